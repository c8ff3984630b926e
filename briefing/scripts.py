"""The character ranges of the scripts that rules read apart (right to left, Indic), defined once for every stage.

Each is the inside of a regular expression's character class ("[" + HEBREW + ARABIC + "]"). A leaf
module: `extract_dates` reads them, and `text` imports `extract_dates`.
"""

from __future__ import annotations

# The Hebrew block: letters, vowel points (niqqud), cantillation, maqaf, geresh and gershayim ("צה״ל")
HEBREW = "\u0590-\u05ff"
# Hebrew's 27 letters alone, the five final forms among them ("ם", "ן")
HEBREW_LETTERS = "\u05d0-\u05ea"
# The Arabic block and its supplement: Arabic's, Persian's and Urdu's letters, harakat, the tatweel,
# Arabic-Indic and Persian digits ("٢٠٢٣", "۱۴۰۲")
ARABIC = "\u0600-\u06ff\u0750-\u077f"
# The Arabic letters alone, Persian's and Urdu's with them ("پ", "چ", "ک", "گ", "ی"): no digit, no harakat,
# no tatweel ("الـحوثي" is stretched, not spelt so)
ARABIC_LETTERS = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3"
# Arabic's short vowels and other marks over and under a letter (harakat; "شنّتا"), and the dagger alif: not
# composed with their letters in NFC, so Python's \w takes them for no part of a word
ARABIC_HARAKAT = "\u064b-\u065f\u0670"
# The presentation forms, Hebrew's (U+FB1D–U+FB4F) and Arabic's (A and B: ligatures and each letter's
# joined shapes, as old PDFs and some fonts' copies give them)
HEBREW_FORMS = "\ufb1d-\ufb4f"
RTL_FORMS = HEBREW_FORMS + "\ufb50-\ufdff\ufe70-\ufefc"  # (not U+FEFF, the byte-order mark)
# Every script written right to left: Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic …, their
# presentation forms, and the historic ones of the supplementary planes
RTL_SCRIPTS = "\u0590-\u08ff" + RTL_FORMS + "\U00010800-\U00010fff\U0001e800-\U0001efff"

# The Indic scripts that pages in Hindi, Marathi, Nepali (Devanagari) and Bengali, Assamese (Bengali's) come in: each
# block holds the letters, the vowel signs and virama (no \w to Python: "में" is no word to it), the digits ("२०२५",
# "২০২৫") and the danda
DEVANAGARI = "\u0900-\u097f"
BENGALI = "\u0980-\u09ff"
