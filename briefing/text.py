"""Text helpers shared by the stages: normalisation, metadata cleaning, slugs."""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from typing import Callable, Iterable

from .extract_dates import month_number
from .scripts import ARABIC, ARABIC_HARAKAT, ARABIC_LETTERS, HEBREW, HEBREW_LETTERS

# Line separators that str.splitlines() honours but Markdown and YAML do not:
# fold them all into "\n" once, then split on "\n" only.
_NEWLINES = re.compile(r"\r\n|\r|\u2028|\u2029|\x85")
_NEWLINE_STARTS = ("\r", "\u2028", "\u2029", "\x85")
# ANSI escape sequences (colour codes pasted from terminals): drop them whole.
_ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")
# C0 controls except TAB and LF, DEL, and C1 controls.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Explicit bidi embeddings, overrides and isolates ("Trojan Source").
_BIDI = re.compile(r"[\u202a-\u202e\u2066-\u2069]")
_BIDI_CHARS = tuple(map(chr, [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]))  # (a test each: faster than the scan)
# Invisible characters that have no business in a title, a name, a tag or a slug.
# ZWJ/ZWNJ (U+200D/U+200C) are kept: emoji sequences and Persian need them.
_INVISIBLE = re.compile(r"[\u200b\u2060\ufeff\u00ad\u200e\u200f\u061c\u180e]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# The characters outside ASCII that re.IGNORECASE matches with an ASCII letter, or whose
# lowercase holds one (İ ı ſ and the Kelvin sign; tests/test_properties.py checks the list
# against every code point). In a text without them, searching its lowercase for an ASCII
# word finds what re.IGNORECASE finds: the shortcut of several scans.
ASCII_CASE_TWINS = "\u0130\u0131\u017f\u212a"
CASE_TWIN_RE = re.compile(f"[{ASCII_CASE_TWINS}]")


def non_capturing(pattern: str) -> str:
    """The pattern with each plain group "(…)" made "(?:…)", for a pattern whose groups no
    one reads: Python's engine takes up to twice as long to try a line against an
    alternation holding a hundred groups. Escapes and character classes stay as written;
    which text the pattern matches does not change. A pattern that refers to a group by its
    number (a backreference, a conditional) is refused, since the numbers would change."""
    out: list[str] = []
    i = 0
    in_class = False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            if pattern[i + 1:i + 2] in tuple("123456789") and not in_class:
                raise ValueError(f"a backreference at {i}: {pattern[:60]!r}")
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            j = i + 1 + (pattern[i + 1:i + 2] == "^")
            j += pattern[j:j + 1] == "]"  # (a "]" first in the class is one of its characters)
            out.append(pattern[i:j])
            i = j
            continue
        elif ch == "(" and pattern[i + 1:i + 2] != "?":
            out.append("(?:")
            i += 1
            continue
        elif pattern.startswith(("(?(", "(?P="), i):
            raise ValueError(f"a reference to a group at {i}: {pattern[:60]!r}")
        out.append(ch)
        i += 1
    return "".join(out)


def word_trie(words: list[str] | tuple[str, ...]) -> str:
    """An alternation of words as a prefix tree ("c(?:eo|h(?:air(?:man|woman)?|ief))"): the
    regex engine tests a position's first letter once instead of once per word."""
    groups: dict[str, list[str]] = {}
    for word in words:
        if word:
            groups.setdefault(word[0], []).append(word[1:])
    alts = [re.escape(first) + word_trie(rests) for first, rests in sorted(groups.items())]
    if not alts:
        return ""
    if "" in words:
        return "(?:" + "|".join(alts) + ")?"
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


def any_word_re(words: Iterable[str]) -> re.Pattern[str]:
    """A pattern (no flags) whose search finds something exactly when the text holds one of
    the words as written, and then the longest word that starts where it finds one: the
    words as a trie of their characters ("(?:a(?:bonn|lready )|…)"), which Python's engine
    scans a line for several times faster than testing each word with `in`, or than a plain
    alternation of them."""
    trie: dict[str, dict] = {}
    for word in words:
        if not word:
            raise ValueError("an empty word is in every text")
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + pattern(node[ch]) for ch in sorted(node) if ch]
        if not branches:
            return ""
        longer = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:  # a word ends here: a longer one if the text goes on to one (greedy), else this one
            return "(?:" + longer + ")?"
        return longer

    return re.compile(pattern(trie))


def _letters(test: Callable[[str], bool]) -> str:
    spans = ((0xC0, 0x250), (0x370, 0x530), (0x1E00, 0x1F00))
    return "".join(c for lo, hi in spans for c in map(chr, range(lo, hi)) if test(c))


# The capital and the small letters of Latin (ASCII, Latin-1, Extended-A and -B, Vietnamese:
# "Łukasz", "Šťastný", "PAÍS", "Đặng"), Greek and Cyrillic, as the inside of a character
# class: names are found by their capitals, and "[A-Z]" cut "EL PAÍS" to "EL PA".
UPPER = "A-Z" + _letters(str.isupper)
LOWER = "a-z" + _letters(str.islower)


def normalise_newlines(text: str) -> str:
    """All line breaks as "\\n"."""
    # (a test for each of the characters every match starts with: faster than the scan)
    return _NEWLINES.sub("\n", text) if any(map(text.__contains__, _NEWLINE_STARTS)) else text


def strip_controls(text: str) -> tuple[str, list[str]]:
    """Remove control and bidi-override characters from body text; say what went."""
    notes: list[str] = []
    cleaned = _ANSI.sub("", text)
    cleaned = _CONTROLS.sub("", cleaned)
    if cleaned != text:
        notes.append(f"removed {len(text) - len(cleaned)} control character(s)")
    no_bidi = _BIDI.sub("", cleaned) if any(map(cleaned.__contains__, _BIDI_CHARS)) else cleaned
    if no_bidi != cleaned:
        notes.append(f"removed {len(cleaned) - len(no_bidi)} bidi override character(s)")
    return no_bidi, notes


# A web address an article may link to as its original ("javascript:…" or a bare path is not).
WEB_ADDRESS_RE = re.compile(r"https?://[^\s/]", re.I)


def site_host(url: str) -> str | None:
    """A web address's host, as a site's name: "https://www.newsnation.in/x" -> "newsnation.in"."""
    return re.sub(r"^\s*https?://(?:www\.)?", "", url, flags=re.I).split("/")[0].strip() or None


# Markup in a tag's name: Material's templates write tag names into pages as they are (no
# escaping), so "<a href=…>" would be a live link on every page that carries the tag.
_LABEL_MARKUP_RE = re.compile(r"<[A-Za-z/!?]|&(?:#\w+|[A-Za-z]\w*);")  # (not "<5 employees", "Temps > 40°C")
LABEL_MARKUP = "has markup in it (a tag or an &entity;), which the theme would render as HTML"


def label_markup(name: str) -> bool:
    """Whether a tag's name holds markup (LABEL_MARKUP): "<i>new" or "&lt;b&gt;", not "R&D" or
    "Firms < 10 staff"."""
    return _LABEL_MARKUP_RE.search(name) is not None


def clean_field(value: str) -> str:
    """A metadata value (title, author, tag) as one clean NFC line of visible text."""
    if value.isprintable() and "  " not in value and value[:1] != " " and value[-1:] != " " \
            and unicodedata.is_normalized("NFC", value):
        # Clean already (most paragraphs and names): every character the patterns below
        # remove or fold is unprintable, but for the single spaces kept as they are.
        return value
    value = unicodedata.normalize("NFC", value)
    value = _ANSI.sub("", value)
    value = _CONTROLS.sub(" ", value)
    value = _BIDI.sub("", value)
    value = _INVISIBLE.sub("", value)
    value = value.replace("\n", " ")
    return _SPACES.sub(" ", value).strip()


# Cyrillic and Greek letters -> Latin for slugs, the common English-language romanisation
# ("Диета Аткинса" -> "dieta-atkinsa", where dropping the letters left the title's digits
# alone). Other scripts have no letter-by-letter romanisation worth the name: their slugs
# come from the Latin letters and digits in the title, else from the file name.
_ROMAN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "e", "є": "ye", "ж": "zh",
    "з": "z", "и": "i", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "ў": "u", "ђ": "dj",
    "ј": "j", "љ": "lj", "њ": "nj", "ћ": "c", "џ": "dz", "ѓ": "gj", "ќ": "kj", "ѕ": "dz",
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i", "κ": "k",
    "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t",
    "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o",
}
_TRANSLITERATE = str.maketrans({**_ROMAN, **{k.upper(): v for k, v in _ROMAN.items() if k.upper() != k}})


# Letters a search should find without their marks that Unicode does not decompose into a
# letter and a mark: "Łódź" is typed "Lodz", "Øresund" "Oresund", "Đorđe" "Dorde", "Straße"
# "Strasse", "Œuvre" "Oeuvre".
_UNMARKED = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ħ": "h", "Ħ": "H",
                           "ı": "i", "ŧ": "t", "Ŧ": "T", "ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "Ae",
                           "œ": "oe", "Œ": "Oe", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th"})


@functools.lru_cache(maxsize=8192)  # the timeline slugs the same few topic names thousands of times
def slugify(text: str, max_length: int = 80) -> str:
    """An ASCII slug, lowercase, `[a-z0-9-]`, at most max_length characters; may be ''."""
    # composed: "й" is "y", not "i" + a breve; "Łódź" is "lodz", not "odz" (ł has no decomposition)
    text = clean_field(text).translate(_TRANSLITERATE).translate(_UNMARKED)
    # Decomposed, then once more: accented Greek ("ή") becomes its letter and a mark.
    text = unicodedata.normalize("NFKD", text).translate(_TRANSLITERATE)
    ascii_text = text.encode("ascii", "ignore").decode("ascii")
    ascii_text = ascii_text.lower().replace("&", " and ")
    ascii_text = re.sub(r"['’`]", "", ascii_text)  # "Microsoft's" -> "microsofts"
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    return slug.strip("-")


# A word of unmarked_words: Python's \w takes no combining mark, and Arabic's and Hebrew's are not composed with
# their letters (NFC): "شنّتا" was two words, "شن" and "تا"; nor a Hebrew word's geresh or gershayim ("החות׳ים",
# "צה״ל", or as typed with a straight apostrophe or quote, "החות'ים", "צה"ל"), which the search takes in its words.
_WORD = re.compile(rf"(?:\w|[\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7{ARABIC_HARAKAT}]"
                   rf"|(?<=[{HEBREW_LETTERS}])['\u05f3]|(?<=[{HEBREW_LETTERS}])[\"\u05f4](?=[{HEBREW_LETTERS}]))+")
# A run of the scripts whose marks strip_marks drops (Latin, Greek, Cyrillic, and the compatibility forms it folds:
# ligatures, fullwidth letters); as assets/timeline.js's FOLDED. Another script's text is left as written: taken
# apart, Thai's "ำ" made "ทำ" a word no page holds. Arabic and Hebrew are folded apart (_RTL_FOLD).
_FOLDED_RUN = re.compile(r"[\u0000-\u052f\u1e00-\u1fff\ufb00-\ufb06\uff00-\uffef]+")
# Arabic as typed: without its short vowels and other harakat ("شنّتا" typed "شنتا"; U+064B–U+065F and the dagger
# alif, U+0670), without the tatweel that stretches a word ("الـحوثي"), and with a bare alif for the alif with a
# hamza or a madda ("الأحمر", "إسرائيل", "آلاف" typed "الاحمر", "اسرائيل", "الاف"), as most readers type them;
# Persian's "ی" and "ک" are the Arabic "ي" and "ك" ("یمن" on Tasnim is "يمن" in Arabic: typed either way, found
# either way). Hebrew without its vowel points (niqqud), and its geresh and gershayim as Hebrew keyboards type
# them ("החות׳ים", "צה״ל") for the straight apostrophe and quote written in their place ("החות'ים", "צה"ל"):
# the quote is not a straight one's split of words ("צה" and "ל"). As assets/timeline.js's unmarked().
_RTL_FOLD = str.maketrans({"\u0623": "\u0627", "\u0625": "\u0627", "\u0622": "\u0627", "\u0671": "\u0627",
                           "\u06cc": "\u064a", "\u06a9": "\u0643", "\u0640": None,
                           **{chr(c): None for c in [*range(0x064b, 0x0660), 0x0670, *range(0x0591, 0x05be), 0x05bf,
                                                     0x05c1, 0x05c2, 0x05c4, 0x05c5, 0x05c7]}})
_RTL_CHARS = re.compile(f"[{HEBREW}{ARABIC}]")
_HEBREW_APOSTROPHE = re.compile(f"(?<=[{HEBREW_LETTERS}])'")
_HEBREW_QUOTE = re.compile(f'(?<=[{HEBREW_LETTERS}])"(?=[{HEBREW_LETTERS}])')


@functools.lru_cache(maxsize=1 << 14)
def strip_marks(text: str) -> str:
    """text as typed without its marks: "Nicușor Dan" -> "Nicusor Dan", "Łódź" -> "Lodz",
    "Фёдор" -> "Федор", "ﬁnal" -> "final" (a ligature copied from a PDF), "إسرائيل" -> "اسرائيل",
    "החות'ים" -> "החות׳ים" (see _RTL_FOLD). Only Latin, Greek and Cyrillic letters lose their marks,
    and Arabic's and Hebrew's; kana's and Devanagari's are part of their letters. Case is kept."""
    if text.isascii():
        return text
    text = _FOLDED_RUN.sub(_fold_run, text)
    if _RTL_CHARS.search(text):
        text = _HEBREW_QUOTE.sub("\u05f4", _HEBREW_APOSTROPHE.sub("\u05f3", text.translate(_RTL_FOLD)))
    return text


def _fold_run(m: re.Match[str]) -> str:
    """A run of Latin, Greek or Cyrillic letters without their marks (see strip_marks)."""
    out = [ch for ch in unicodedata.normalize("NFKD", m.group().translate(_UNMARKED)) if not unicodedata.combining(ch)]
    return unicodedata.normalize("NFC", "".join(out))


def unmarked_words(text: str) -> list[str]:
    """The words of text that a reader may type without their marks, so typed, in lowercase:
    "Pîrvulescu a câștigat" -> ["pirvulescu", "castigat"] (see strip_marks). A word without
    marks, or of another script, is not given. In the order found, each once."""
    seen: dict[str, None] = {}
    if text.isascii():
        return []
    for word in _WORD.findall(unicodedata.normalize("NFC", text)):
        if not word.isascii():
            bare = strip_marks(word).lower()
            if bare != word.lower():
                seen.setdefault(bare, None)
    return list(seen)


def unique_slug(base: str, taken: set[str], also_taken: Callable[[str], bool] | None = None) -> str:
    """base, else base-2, base-3, ...: the first one not in taken (which records it) nor
    also_taken."""
    slug, n = base, 1
    while slug in taken or (also_taken is not None and also_taken(slug)):
        n += 1
        slug = f"{base}-{n}"
    taken.add(slug)
    return slug


def casefold_key(text: str) -> str:
    """The key under which two names count as the same (tags, entities)."""
    return clean_field(text).casefold()


# A list item's mark before its text, as pasted lists carry them: the bullets, which mean a list only,
# and the dashes, which may also open a line of dialogue ("— Où allez-vous ? demanda-t-il") and so make
# no list of the page's paragraphs (write.py reads "-" alone of them as one).
LIST_BULLETS = "•*·▪►◦‣"
LIST_DASHES = "-–—"
LIST_MARKS = LIST_DASHES + LIST_BULLETS
LIST_MARK_CLASS = "[" + re.escape(LIST_MARKS) + "]"  # (as a pattern's character class)
# Ethiopic's stops: the full stop "።" (U+1362), the question mark "፧" and the paragraph's mark "፨", which Amharic,
# Tigrinya and Ge'ez write for "." and "?" ("… ቦርዱ ገልጿል።": a first-time user's Amharic sentence, ending with none of
# the Latin stops, was read as a heading and never split); "፣" and "፤" are its comma and semicolon.
ETHIOPIC_STOPS = "።፧፨"
ETHIOPIC_PAUSES = "፣፤"
# Armenian's full stop, "։" (U+0589), which ends a sentence as "." does ("… լրացնել Բաքու-Թբիլիսի-Կարս գիծը։": a
# first-time user's Armenpress paragraph, ending with none of the Latin stops, was dropped as clutter). (Its question
# and exclamation marks, "՞" and "՜", and its "՝", a comma's pause, stand over or after a word inside the sentence.)
ARMENIAN_STOP = "։"
# Ethiopic's syllables (the block's and its supplement's, and the extended blocks'): no capitals, spaces between words
ETHIOPIC_LETTERS = "\u1200-\u135a\u1380-\u138f\u2d80-\u2dde\uab01-\uab2e"
# How a line that ends a sentence ends (closing quotes and brackets included).
SENTENCE_END = tuple(".!?…。！？\"”’»)" + ETHIOPIC_STOPS + ARMENIAN_STOP)
# Chinese characters and Japanese kana; Korean's Hangul apart (it puts spaces between words).
CJK_CHARS = "\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff"
KANA_RE = re.compile(r"[\u3040-\u30ff]")  # Japanese kana: a Japanese text, not a Chinese one
HANGUL_CHARS = "\uac00-\ud7af"
CJK_RE = re.compile(f"[{CJK_CHARS}]")
HANGUL_RE = re.compile(f"[{HANGUL_CHARS}]")
# A Korean wire's lead opens with where, which agency, then the reporters, each name two to
# four syllables, with their role ("기자", reporter; "특파원", correspondent; "통신원", stringer): Yonhap's
# "(워싱턴=연합뉴스) 김동현 특파원 = …", Newsis's "[서울=뉴시스] 홍길동 기자 = …".
KO_WIRE_LEAD_RE = re.compile(r"^[(\[（［][^()\[\]=＝]{1,15}[=＝][^()\[\]]{1,15}[)\]）］]\s*"
                             r"(?P<credit>(?:[가-힣]{2,4}[\s·,]*)+?(?:기자|특파원|통신원))\s*=\s*")
# A transcript's speaker in capitals, with the role: "MARY LOUISE KELLY, HOST:", "STONE:"
# A call's or a panel's host, who heads turns and is in no list of participants (casefolded; see
# extract_text.transcript_speakers, entities._turn_headings)
CALL_HOSTS = frozenset({"operator", "moderator"})
_SPEAKER_NAME = r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}"
_SPEAKER_ROLE = r", (?:[A-Z]+ ?){1,3}"
SPEAKER_LABEL_RE = re.compile(rf"{_SPEAKER_NAME}(?:{_SPEAKER_ROLE})?:")
# (with the role, and the space after it: not a dateline's "NEW DELHI: Centre blocks …")
SPEAKER_ROLE_LABEL_RE = re.compile(rf"^{_SPEAKER_NAME}{_SPEAKER_ROLE}: \s*")
# (the next sentence opens with a capital, Latin ("Łódź" too), Greek or Cyrillic (UPPER), a digit, or a letter of
# the scripts without capitals that put spaces between words, Hebrew and Arabic: a first-time user's Arabic,
# Hebrew and Persian paragraphs were each one sentence, their events the whole paragraph; Arabic asks with "؟"),
# or Ethiopic's (Amharic's "።": see ETHIOPIC_STOPS); and Armenian's, its capitals (its "։", see ARMENIAN_STOP), and
# Georgian's letters, which have none (a first-time user's Armenpress and Civil.ge paragraphs were each one sentence)
_ARMENIAN_CAPITALS_GEORGIAN = "\u0531-\u0556\u10d0-\u10fa"
_SENTENCE_END = re.compile(rf"(?<=[.!?…。！？؟{ETHIOPIC_STOPS}{ARMENIAN_STOP}])[\"'”’)\]]*\s+"
                           rf"(?=[\"'“‘(\[«]?[{UPPER}0-9{HEBREW_LETTERS}{ARABIC_LETTERS}{ETHIOPIC_LETTERS}"
                           rf"{_ARMENIAN_CAPITALS_GEORGIAN}])")
# Chinese and Japanese end a sentence with 。！？ and start the next without a space (a
# pattern of its own: tried at every position of every text, it cost the split a half more).
_SENTENCE_END_CJK = re.compile(_SENTENCE_END.pattern + r"|(?<=[。！？])[」』”’）)]*(?=[^\s」』”’）)])")
# _SENTENCE_END with its stop taken in, not looked behind for: a pattern that starts with a
# class lets the engine skip to the stops (its matches are _SENTENCE_END's, a character
# earlier; the scan twice as fast).
_SENTENCE_STOP = re.compile(f"[.!?…。！？؟{ETHIOPIC_STOPS}{ARMENIAN_STOP}]"
                            + _SENTENCE_END.pattern.removeprefix(f"(?<=[.!?…。！？؟{ETHIOPIC_STOPS}{ARMENIAN_STOP}])"))
_CJK_STOPS = ("。", "！", "？")
# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "st",
    "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "u.s", "u.k", "u.n", "e.g", "i.e",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    # Russian, Greek and Hebrew titles and a street's before a name ("Проф. А. И. Смирнов", "ул. Ленина", "καθ.
    # Παπαδόπουλου", "פרופ. לוי", "גב. כהן": a review's probes, once a capital of theirs opens a sentence)
    "проф", "акад", "ул", "пер", "пл", "им", "св", "ген", "гг", "καθ", "δρ", "βλ", "פרופ", "גב",
    # ... and Ukrainian's street and lane ("вул.", "пров."), Arabic's "Prof. Dr." ("أ.د."), Persian's a.m., p.m. and
    # the Solar Hijri era's mark ("ق.ظ.", "ب.ظ.", "ه.ش.", "۱۴۰۲ ه.ش. سال …")
    "вул", "пров", "أ.د", "ق.ظ", "ب.ظ", "ه.ش", "ه.ق",
    # ... Amharic's Ethiopian-calendar era, "E.C." ("በ2018 ዓ.ም. ጀምሮ"), written with full stops by some copies
    "ዓ.ም",
}
# A law report's abbreviations, before the volume's series or the page ("747 F. Supp. 3d 1",
# "142 S. Ct. 2111", "99 L. Ed. 2d 1", "12 Cal. App. 5th 3", "89 Fed. Reg. 1234").
_REPORTER_ABBREVIATIONS = {"supp", "ct", "ed", "app", "rptr", "reg", "stat"}
# A full stop inside a parenthesis that closes this soon after it ends no sentence: a court's
# and year in a citation, "747 F. Supp. 3d 1 (D.D.C. 2024)", "(9th Cir. 2021)".
PARENTHESIS_CLOSE_CHARS = 40
_REPORTER_BEFORE = re.compile(r"(?:\b[A-Z][A-Za-z]{0,5}\.|\b\d{1,4})\s+$")  # "F.", "L.", "Cal.", "Fed.", "124"
# German ones, as written ("ab dem 31. Oktober bzw. dem 1. November", "z.B. Kärcher", "ca. 300
# Euro"): "Irvine, CA. It employs …" ends a sentence.
_CASED_ABBREVIATIONS = {"bzw", "z.B", "vgl", "ca", "d.h", "u.a", "ggf", "inkl", "evtl"}
# A Member of a Commonwealth parliament's titles, before the name or the office ("Hon. Kimani Kuria (Molo, UDA): Hon.
# Speaker, I beg to move …", "the Rt. Hon. Member": a first-time user's Kenyan Hansard was summarised as "Hon.
# Kimani Kuria (Molo, UDA): Hon."), and Swahili's: Mheshimiwa ("Mhe. Rais"), Bwana ("Bw. Msigwa"), Daktari ("Dkt.
# Mpango"). As written: in capitals they are names ("… revoked the licence of RT. The decision …"); and before "The"
# the title ends its sentence ("… now styled the Rt. Hon. The list was published …").
_TITLE_ABBREVIATIONS = {"Hon", "Rt", "Mhe", "Bw", "Dkt"}
# A person's initials run together before the surname ("CEO C.C. Wei said", "Economy Minister J.W. Kuo told": a
# first-time user's Taiwan briefing had the events "Wei said on Thursday, …" and "Kuo told lawmakers …"); as written,
# in capitals, before a capitalised word that opens no sentence. Not a place's or a time's ("Washington, D.C. Officials
# said …", "at 5 P.M. Police …"), whose full stop may end one.
# (Two of them: three are an agency's as often, "the F.B.I. Agents …"; spaced, "J. R. R. Tolkien", each is one letter.)
_INITIALS_RE = re.compile(r"[A-Z]\.[A-Z]")
_NOT_INITIALS = frozenset("D.C N.Y L.A N.J N.C S.C N.H N.M N.D S.D R.I P.R B.C A.D A.M P.M E.U A.I S.A N.V A.G P.O "
                          "T.V".split())
# (nor a thing's after an article or a possessive: "taken to the E.R. Doctors said …", "She holds an M.A. Students
# …", a review's probes; a person's stand after a title or a first name, "CEO C.C. Wei", "George H.W. Bush")
_DETERMINERS_BEFORE = frozenset("the The a A an An his His her Her their Their its Its our Our my My your Your "
                                "this This".split())
_NAME_AFTER_INITIALS_RE = re.compile(rf"[\"'“‘(]?[{UPPER}][{UPPER}{LOWER}'’-]*[{LOWER}]\b")  # "Wei", "O'Brien", "McNeil"
_SENTENCE_OPENERS = frozenset(
    "The A An It Its They Their He His She Her This These That Those There We Our I You In On At By For From With As If "
    "But And Or So Yet Still Now Then Also After Before While When Since Despite During Under Over Among Some Many "
    "Most Last Next Earlier Later Meanwhile However According".split())


# After "a.m." or "p.m.", a date, a weekday or a time zone goes on with the same sentence
# ("from 10:30 p.m. Aug. 9 to 6:30 a.m."; "at 5 p.m. Friday"; "at 9 a.m. ET"; "at 7:58 a.m. Taiwan
# time"), and so does a short bracket that the sentence goes on after ("At approximately 7:45 p.m. (Sanaa time),
# Iranian-backed Houthi terrorists fired …").
# The first word of a new sentence's "… time": a determiner, a quantity, a preposition or a meal, no
# place nor zone.
_NOT_A_ZONE = (r"(?:This|That|These|Those|The|Last|Next|Each|Every|Any|Some|One|Other|Another|Same|Such|First|Second"
               r"|Third|Half|Full|Part|Prime|Over|From|For|All|Most|Much|Long|Extra|Injury|Lunch|Dinner|Bed|Tea|Play|Show"
               r"|Game|Screen|Face|Story|Question|What|Which|Whose|Our|Their|His|Her|Its|Your|Free|Spare|Real|Dead)")
_AFTER_TIME_OF_DAY = re.compile(
    r"[\"'“‘(]?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d"
    r"|(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b|(?:[ECMP][SD]?T|GMT|UTC|BST|CES?T)\b"
    # ... a place's or a zone's time: "at 7:58 a.m. Taiwan time on April 3", "6 p.m. Eastern Standard Time",
    # "9 a.m. Pacific" (not a new sentence's "Last time, …", "This time …", "From time to time …", nor
    # "Pacific Gas and Electric said …", "Eastern Airlines resumed …": a name goes on after the zone's word)
    r"|(?:Eastern|Pacific)\b(?!\s+[A-Z])|(?!" + _NOT_A_ZONE + r"\b)[A-Z][a-z]{2,15}(?:\s[A-Z][a-z]{2,15})?\s[Tt]ime\b)"
    r"|\([^()]{1,30}\)(?:[,;:]|\s+[a-z])")


_DAY_NUMBER = re.compile(r"\d{1,2}\.")
# German words an ordinal follows ("im 4. Stock", "zum 2. Mal", "der 3. Platz"), as written
# (lower case: "Die 3." may end an English sentence's list).
_ORDINAL_LEADS = frozenset("im zum zur vom beim ins der die das den dem des ihr ihre ihrem ihrer sein "
                           "seine seinem seiner jeder jedem jeden einem einer Im Zum Zur Vom Beim".split())
# (Not "am": "I am 12. My brother is 14." "am 19. Oktober" is a day: see _DAY_LEADS.)
_DAY_LEADS = frozenset("am vom zum bis ab seit den dem des im und oder sowie bzw "  # German ("vom 12. und 30. September")
                       "dne od do ke před po "  # Czech, Slovak
                       "til fra på "  # Danish, Norwegian
                       "alkaen asti".split())  # Finnish
_NEXT_WORD = re.compile(r"[^\W\d_]+")


def _day_before_month(candidate: str, last_word: str, text: str, at: int) -> bool:
    """A day written as an ordinal before its month ("am 19. Oktober", "le 3. mars"), or a
    German ordinal after its article ("im 4. Stock", "den 3. Platz"): the full stop ends no
    sentence."""
    if not _DAY_NUMBER.fullmatch(last_word):
        return False
    before = candidate[: len(candidate) - len(last_word)].split()
    if before and before[-1] in _ORDINAL_LEADS:
        return True
    nxt = _NEXT_WORD.match(text, at)
    if not nxt or month_number(nxt.group()) is None:
        return False
    # At the text's start, after a comma ("Freitag, 19. Oktober", "Berlin, 19. Oktober") or a
    # word that leads into a day ("am 19. Oktober", "den 19. oktober", "dne 19. října"); not
    # after an English sentence's number ("He scored 12. March was his best month.").
    return not before or before[-1].endswith(",") or before[-1].lower().rstrip(".") in _DAY_LEADS


def _inside_parenthesis(text: str, start: int, stop: int, after: int) -> bool:
    """Whether the full stop at stop lies in a parenthesis opened since start and closed
    within PARENTHESIS_CLOSE_CHARS after it (with no other one opened in between)."""
    opened = text.rfind("(", start, stop)
    if opened < 0 or text.find(")", opened, stop) >= 0 or ")" in text[stop:after]:
        return False  # (none open; or closed right after the stop: "(The company declined to comment.) Shares …")
    closed = text.find(")", after, after + PARENTHESIS_CLOSE_CHARS)
    return closed >= 0 and "(" not in text[after:closed]


# A quotation of sentences, then who said it: "“My parents' house was built in 1968. It just folded,”
# said Takeshi Nakano, 54, …" is one sentence (its second part alone read “It just folded,” said …).
_SAID_AFTER_QUOTE = re.compile(r"[”\"]\s*(?:said|says|added|told|asked|wrote|recalled|explained)\b")
QUOTATION_CLOSE_CHARS = 200


def _inside_quotation(text: str, start: int, stop: int, after: int) -> bool:
    """Whether the stop lies in a quotation opened since start (curly marks, or an odd count of
    straight ones) that closes within QUOTATION_CLOSE_CHARS after it, with who said it next."""
    opened = text.rfind("“", start, stop)
    if opened >= 0 and text.find("”", opened, stop) < 0:
        closing, opening = "”", "“"
    elif text.count('"', start, stop) % 2 == 1:
        closing = opening = '"'
    else:
        return False
    closed = text.find(closing, after, after + QUOTATION_CLOSE_CHARS)
    return closed >= 0 and opening not in text[after:closed] and _SAID_AFTER_QUOTE.match(text, closed) is not None


# Notes' marks set after a sentence's full stop and a space, as a report copied from its page has them ("… would
# conduct "on-site verification" of supplies. [3] The Philippine Department of Foreign Affairs rejected …"), are no
# words of either sentence: left out (a first-time user's timeline event opened with "[3]").
_NOTE_MARKS_RE = re.compile(r"\s*(?:\[\d{1,3}\])+(?=\s+\S)")


def split_sentences(text: str) -> list[str]:
    """Split prose into sentences (good enough for summaries, events and mentions)."""
    parts: list[str] = []
    start = 0
    if any(map(text.__contains__, _CJK_STOPS)):
        ends = ((m.start(), m.end()) for m in _SENTENCE_END_CJK.finditer(text))
    else:
        ends = ((m.start() + 1, m.end()) for m in _SENTENCE_STOP.finditer(text))  # (after the stop)
    for stop, after in ends:
        candidate = text[start : stop].rstrip()
        last_word = candidate.rsplit(None, 1)[-1] if candidate else ""  # (rstripped: "" or holds a word)
        word = last_word.rstrip(".").lower().lstrip("(“\"'")
        bare = last_word.rstrip(".").lstrip("(“\"'")
        if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or bare in _CASED_ABBREVIATIONS \
                or bare in _TITLE_ABBREVIATIONS and not text.startswith("The ", after):
            continue  # "Mr. Rubio", "Elsa B. Kania": not a sentence end
        if len(bare) == 3 and bare[1:2] == "." and _INITIALS_RE.fullmatch(bare) and bare not in _NOT_INITIALS \
                and (m := _NAME_AFTER_INITIALS_RE.match(text, after)) \
                and m.group().lstrip("\"'“‘(") not in _SENTENCE_OPENERS \
                and not _DETERMINERS_BEFORE.intersection(candidate[:-len(last_word)].rsplit(None, 1)[-1:]):
            continue  # "C.C. Wei" (see _INITIALS_RE)
        if word in ("a.m", "p.m") and _AFTER_TIME_OF_DAY.match(text, after):
            continue
        if _day_before_month(candidate, last_word, text, after):
            continue
        if word in _REPORTER_ABBREVIATIONS and text[after:after + 1].isdigit() \
                and _REPORTER_BEFORE.search(candidate[:len(candidate) - len(last_word)]):
            continue  # (after a reporter's other abbreviation or a volume: not "… came from the app. 2025 …")
        if _inside_parenthesis(text, start, stop, after) \
                or ("“" in text or '"' in text) and _inside_quotation(text, start, stop, after):
            continue
        parts.append(text[start : after].strip())
        start = after
        if text[after:after + 2].lstrip()[:1] == "[" and (m := _NOTE_MARKS_RE.match(text, after)):
            start = m.end()  # (a note's mark after the full stop: neither sentence's words, "… supplies. [3] The …")
    tail = text[start:].strip()
    if tail:
        parts.append(tail)
    return parts


# A transcript's turn, its time in brackets and its speaker's label, opening a paragraph: "[00:00:24] MAYA OKONKWO: Last
# month we saw …", "[00:00:00] HOST (MAYA OKONKWO): Welcome …". Left out of the summary and of a timeline's event.
TRANSCRIPT_TURN_RE = re.compile(r"\[\d{1,2}:\d{2}(?::\d{2})?\]\s+(?:[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}"
                                r"(?: \([^()]{1,40}\))?:\s+)?")


# A month's name as a dateline writes it after the day, short or whole ("3 Feb", "12 March"): the day-first forms below
# take no other word ("PARIS, 12 Killed – Twelve people died": a code review's probe)
_DAY_FIRST_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?"
# A day in brackets, its month by name and its year, maybe its time after a comma: "(April 17, 2025, 11:42 AM EDT)",
# "(17 April 2025)"; nothing else (not a life's span, "Lynn Conway (January 2, 1938 – June 9, 2024) — …", nor a
# price's day, "Nvidia (June 18, 2024 close) - …": a review's probes)
BRACKETED_DAY = (rf"\((?:{_DAY_FIRST_MONTH} \d{{1,2}},? \d{{4}}|\d{{1,2}} {_DAY_FIRST_MONTH} \d{{4}})"
                 r"(?:,?\s+\d{1,2}(?:[:.]\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,5})?)?\)")
BRACKETED_DAY_RE = re.compile(BRACKETED_DAY)
# ... and what stands before it in a wire's dateline: the place in capitals (its state after it, "SPRINGFIELD, Ill."),
# or the outlet's name ("Law360")
# (not a note's label, "Correction (March 4, 2025) -- …": a review's probe)
BRACKETED_DAY_BEFORE = (r"(?!(?i:correction|clarification|update|updated|editor|note)\b)"
                        r"(?:[A-ZÀ-Þ][A-ZÀ-Þ.'’/ -]{2,40}(?:,\s*[A-Z][a-z]{1,4}\.)?|[A-Z][\w.]*(?: [A-Z][\w.]*){0,2})")
# A wire story's dateline opening its first paragraph: "SHANGHAI, March 14 (Reuters) - ",
# "BOSTON (AP) — ". The place in capitals, then the agency in brackets or the day (or both),
# then a dash; or the place alone before a long dash ("NEW YORK--", "MONTGOMERY, Ala. --").
# Left out of the summary, which listings show beside the article's date, and of a timeline's event.
WIRE_DATELINE_RE = re.compile(
    # (first a newswire's, whose place and dashes the next would take alone: "NASHVILLE, Tenn.--(BUSINESS WIRE)--")
    r"^(?:[A-ZÀ-Þ][A-ZÀ-Þ.'’ ]{2,40}(?:,\s*[A-Z][a-z]{0,4}\.(?:\s*[A-Z][a-z]{0,2}\.)?)?\s*--\s*\([A-Z][A-Z ]{2,25}\)"
    r"\s*--\s*"
    r"|[A-ZÀ-Þ][A-ZÀ-Þ.'’/ -]{2,40}"  # SHANGHAI, NEW YORK, LONDON/ADEN
    r"(?:,\s*[A-Z][a-z]{2,8}\.? \d{1,2}(?:,? \d{4})?\s*(?:\([^()]{2,30}\))?"  # , March 14 (Reuters)
    # (the day first: Malaysia's Bernama, "KUALA LUMPUR, 3 Feb (Bernama) -- ", a first-time user's review's probe)
    rf"|,\s*\d{{1,2}} {_DAY_FIRST_MONTH}(?: \d{{4}})?\s*(?:\([^()]{{2,30}}\))?"
    r"|,\s*[A-Z][a-z]{0,4}\.(?:\s*[A-Z][a-z]{0,2}\.)?\s*(?:\([^()]{2,30}\))?"  # , Ala. / , N.Y. (AP)
    r"|,\s*[A-Z][a-z]+(?: [A-Z][a-z]+){0,3}(?:\s*\([^()]{2,30}\))?"  # DUBAI, United Arab Emirates (AP) —
    # NEW YORK--, MONTGOMERY, Ala. --, WASHINGTON –; Univision's "HANFORD, California.– "; a typeset "--"
    # as two dashes, a House committee's "WASHINGTON, D.C. –– Today, …"
    r"|\s*\([^()]{2,30}\))?\.?\s*(?:--|[—–]{1,2})\s*(?![a-z])"
    r"|[A-ZÀ-Þ][A-ZÀ-Þ.'’/ -]{2,40}"
    # (the country after a place outside a capital: "TOKYO/WAJIMA, Japan, Jan 2 (Reuters) - ")
    r"(?:,\s*[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?=,\s*[A-Z][a-z]{2,8}\.? \d))?"
    r"(?:,\s*[A-Z][a-z]{2,8}\.? \d{1,2}(?:,? \d{4})?\s*(?:\([^()]{2,30}\))?"
    rf"|,\s*\d{{1,2}} {_DAY_FIRST_MONTH}(?: \d{{4}})?\s*\([^()]{{2,30}}\)"  # (the day first, with the agency)
    r"|\s*\([^()]{2,30}\))\s*[-–—]+\s+"  # SHANGHAI, March 14 (Reuters) -, LONDON (AP) -
    # Washington (CNN) --, Hong Kong (CNN Business) —: a place in small letters, with a news
    # agency's name ("Apple (AAPL) --" is no dateline), the dash left out by some copies
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?:,\s*[A-Z][a-z]{1,8}\.?)?\s*\((?:CNN[^()]{0,12}|AP|AFP|Reuters|Bloomberg"
    r"|UPI|dpa|DPA|Xinhua|EFE|ANSA|Kyodo|Yonhap|TASS|[A-Z][\w.]*News[\w.]*)\)\s*(?:[-–—]+\s*)?(?![a-z])"
    # ... its brackets left out by the copy (CNN sets them in its style sheet: "Washington CNN — The
    # container ship …", from <cite>'s "Washington" and "CNN"), before a long dash (not another
    # agency's name, which a company's may end with: "Thomson Reuters — The Toronto-based …")
    r"|(?!The )[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?:,\s*[A-Z][a-z]{1,8}\.?)?\s+CNN(?: [A-Z][a-z]+)?"
    r"\s*(?:—|–|--)\s*(?![a-z])"
    # ... South and Southeast Asia's agencies, with the day: "New Delhi, Jun 1 (PTI) India's peak power demand …",
    # Bangladesh's "Dhaka, May 10 (UNB) – The interim government …" (a first-time user's Dhaka Tribune page: its
    # summary and its event opened with it), Pakistan's APP, Malaysia's Bernama ("Kuala Lumpur, Feb. 3, 2026
    # (Bernama) — "), Indonesia's Antara
    rf"|[A-Z][a-z]+(?: [A-Z][a-z]+){{0,2}},\s*(?:[A-Z][a-z]{{2,8}}\.? \d{{1,2}}|\d{{1,2}} {_DAY_FIRST_MONTH})"
    r"(?:,? \d{4})?\s*"
    # (or the day first: "Dhaka, 10 May (UNB)")
    r"\((?:PTI|IANS|ANI|UNI|UNB|BSS|APP|Bernama|Antara)\)\s*(?:[-–—:]+\s*)?"
    # ... a release's: "Washington, D.C., March 25, 2024 – ", "BROOMFIELD, Colo. - "
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2},\s*(?:[A-Z][a-z]{0,4}\.(?:\s*[A-Z][a-z]{0,2}\.)?,\s*)?"
    r"[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}\s*[-–—]+\s+"
    r"|[A-ZÀ-Þ][A-ZÀ-Þ.'’/ -]{2,40},\s*[A-Z][a-z]{0,4}\.(?:\s*[A-Z][a-z]{0,2}\.)?\s+-\s+"
    # ... a newswire's: "PHILADELPHIA, Jan. 8, 2025 /PRNewswire/ -- "
    r"|[A-ZÀ-Þ][A-ZÀ-Þ.'’/ -]{2,40},\s*(?:[A-Z][a-z]{0,4}\.(?:\s*[A-Z][a-z]{0,2}\.)?,\s*)?[A-Z][a-z]{2,8}\.? \d{1,2},? "
    r"\d{4}\s*/[A-Za-z-]{3,30}/\s*(?:--|[–—])\s*"
    # ... a place in capitals and its state's code: "YAKIMA, WA – " (not a name in capitals alone, "NATO -
    # The alliance …", nor a title's comma, "Paris, Texas – Wim Wenders' road movie …")
    r"|[A-ZÀ-Þ][A-ZÀ-Þ.'’ ]{2,40}?,\s*[A-Z]{2}\s+[-–—]\s+(?=[A-ZÀ-Þ])"
    # ... the agency first, then the place and the day: ANSA's "(ANSA) - NEW YORK, 07 GEN - "
    r"|\((?:ANSA|AGI|EFE|AFP|dpa|AP|Reuters)\)\s*[-–—]\s*[A-ZÀ-Þ][A-ZÀ-Þ.'’/ -]{2,40}?"
    r",\s*\d{1,2}\s+[A-Z]{3}\.?\s*[-–—]\s+"  # (its day: not Reuters' "(Reuters) - BHP - the world's …")
    # ... the place or the outlet, then the day in brackets, with its time: Law360's "Law360 (April 17, 2025, 11:42 AM
    # EDT) -- A Virginia federal judge …", "WASHINGTON (September 17, 2025, 11:42 AM EDT) --" (a first-time user's
    # court briefing: the summary and its event opened with it); the day's month by its name, the date whole
    # (and a place's state after it: "SPRINGFIELD, Ill. (June 2, 2025) —")
    rf"|{BRACKETED_DAY_BEFORE}\s*{BRACKETED_DAY}"
    r"\s*(?:--|[-—–]{1,2})\s*(?![a-z])"
    r")(?=\S)"
    f"|{KO_WIRE_LEAD_RE.pattern[1:]}"  # ... Korean wires': "(워싱턴=연합뉴스) 김동현 특파원 = "
    # ... Chinese agencies' and papers': "新华社合肥1月20日电（记者戴威、徐海涛）", "中新网北京3月5日电 ", "本报北京7月3日电（记者
    # 王某）", "本报讯（记者李某）" (a first-time user's Xinhua page: its summary opened with it)
    # (the agency's or the paper's name first: not "我们在1月20日电话会议上说", the 20 January call)
    # (and in Traditional characters, Taiwan's CNA with the day alone: "中央社台北5日電")
    r"|^(?:(?:新华社|新華社|中新社|中新网|中国新闻网|新华网|人民网|央视网|央视新闻|本报|本報|环球网|澎湃新闻|光明网|法新社"
    r"|美联社|美聯社|路透社|共同社|韩联社|韓聯社|中央社)[\u4e00-\u9fff]{0,8}(?:\d{1,2}月)?\d{1,2}日[电電]|本[报報]讯)"
    r"(?:\s*[（(][^（）()]{1,40}[）)])?\s*(?=\S)")
# An online paper's dateline, the place in capitals and the site's address where an agency's name would stand:
# Indonesia's "DHAKA, KOMPAS.com - Partai …", "JAKARTA, Tribunnews.com — " (a first-time user's Kompas page: its
# summary and its event opened with it). Left out of the summary and of a timeline's event, as WIRE_DATELINE_RE.
SITE_DATELINE_RE = re.compile(r"^[A-ZÀ-Þ][A-ZÀ-Þ.'’/ -]{2,40},\s*[A-Za-z][\w-]*\.(?:com|net|org|co\.id|id|in|news|tv)"
                              r"\s*(?:--|[-–—])\s*(?=[A-Z“\"])")


# A place's dateline as East African, Ethiopian and Mexican papers open a lead with it, no agency's name nor day by it:
# the place, then a full stop and a dash (Mexico's "Chihuahua.- La Secretaría …", "Lugar, Edo.- "), a spaced en dash
# ("Addis Abeba – The National Election Board …", "Nairobi, Kenya – The …"; not an em dash, after which a name may be
# the lead's subject: "Apple — The company said …"), or a full stop alone (Tanzania's "Dar es Salaam. President Samia
# …", "Dodoma. Tume Huru …"); or Amharic's place, day and agency ("አዲስ አበባ፣ ኅዳር 15፣ 2018 (ኤፍ ኤም ሲ) …", Addis Ababa,
# Hidar 15, 2018 (FMC); "… 15 ቀን 2018 ዓ.ም"). A first-time user's East Africa and measles briefings' summaries opened
# with them. The place's words are capitalised, with a name's small words between them ("Dar es Salaam", "Ciudad de
# México", "Rio de Janeiro"). See place_dateline: the en dash and the full stop alone are a dateline's only after a
# place the article names as one.
_PLACE_WORD = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
_PLACE_PARTICLES = "es de del la las los el da do dos das di al"
_PLACE = rf"{_PLACE_WORD}(?: (?:(?:{'|'.join(_PLACE_PARTICLES.split())}) )?{_PLACE_WORD}){{0,3}}"
_ETHIOPIC_WORD = f"[{ETHIOPIC_LETTERS}]+"
PLACE_DATELINE_RE = re.compile(
    rf"(?:{_PLACE}|[A-ZÀ-Þ][A-ZÀ-Þ' ]{{2,30}}?)(?:,\s*[{UPPER}][{LOWER}]{{1,6}})?\.[-–]\s*(?=[{UPPER}¿¡\"“])"
    rf"|(?P<dashed>{_PLACE})(?P<region>, {_PLACE_WORD})? – (?=[{UPPER}\"“])"
    rf"|(?P<stopped>{_PLACE})\.\s+(?=[{UPPER}\"“])"
    rf"|{_ETHIOPIC_WORD}(?: {_ETHIOPIC_WORD}){{0,2}}{ETHIOPIC_PAUSES[0]}\s*{_ETHIOPIC_WORD} \d{{1,2}}"
    rf"(?:{ETHIOPIC_PAUSES[0]}| ቀን) ?\d{{4}}(?: ዓ\.ም\.?)?\s*(?:\([^()]{{2,30}}\)\s*)?(?:[-–—:፦]\s*)?(?=\S)")
# The words of place before a place named again ("Officials in Dar es Salaam", "jijini Dodoma"): not "at" ("engineers
# at Boeing"), "of" ("supporters of Donald Trump"), "on" ("on Black Friday"), "for" ("support for Ukraine"), "de"
# ("la temporada de La Casa de Papel"), after which a company's, a person's, a day's or a title's name comes as often
PLACE_PREPOSITIONS = frozenset("in from near outside across around en à desde dans em jijini mjini katika huko "
                               "mkoani wilayani kwenye".split())
# Titles and a name's last word before their full stop, never a place's: "Rev. Al Sharpton led …", "Fr. James Martin
# told …", "Martin Luther King Jr. Day …", "Mt. Kilimanjaro"
_STOPPED_TITLES = frozenset("rev fr capt det supt msgr cllr mt ft hon rt mhe bw dkt insp sgt".split())
# A lead's first sentence after a place's full stop, opening with a pronoun that refers back to the words before it,
# not a dateline's: "New Year. It arrived in a blaze …", "Eggs. They have become …"
# ... or, after a spaced en dash, an article and a common noun: "Acme Robotics – The warehouse automation startup …"
_ARTICLES = frozenset("The A An La El Los Las Le Les O Os As Il Lo Die Der Das".split())
_REFERRING_BACK = frozenset("It Its They Their He His She Her This These Il Elle Ils Elles Él Ella Ele Ela".split())


def place_dateline(lead: str, elsewhere: Iterable[str]) -> int:
    """The length of the place's dateline that opens the lead (PLACE_DATELINE_RE), 0 if none. A place before a spaced
    en dash must be of two words or more, the lead after it opening with an article and a name ("Addis Abeba – The
    National Election Board …"; not "Acme Robotics – The warehouse startup …", "Elon Musk – Tesla's chief
    executive – said …"), or be named again as a
    place, after a word of place (PLACE_PREPOSITIONS), in the article's other texts (elsewhere, or the lead after it:
    "Nairobi, Kenya – The …" / "Motorists in Nairobi …"; not "Paris, Texas – Wim Wenders' road movie …", "Apple – The
    company …"); before a full stop alone, be named again so, and the sentence
    after it not refer back to it (_REFERRING_BACK): not a lead's first word, "Yes. The council voted …", "Boeing.
    The name once stood …", a person's name ("Leonardo da Vinci. Few names …"), nor a title's abbreviation ("Gov.
    Hochul …", "Rev. Al Sharpton …", _STOPPED_TITLES)."""
    first = lead[:1]
    if not (first.isupper() or "\u1200" <= first <= "\u137f"):  # (a capital or an Ethiopic letter: the test cheap)
        return 0
    m = PLACE_DATELINE_RE.match(lead)
    if m is None:
        return 0
    place = m.group("stopped") or m.group("dashed")
    if place is None:
        return m.end()
    after_it = lead[m.end():].split(" ", 2)
    if after_it[0] in _REFERRING_BACK:
        return 0
    if m.group("stopped"):
        last = place.rsplit(" ", 1)[-1].lower()
        if last in _ABBREVIATIONS or last in _STOPPED_TITLES:
            return 0
    elif " " in place and not m.group("region") and after_it[0] in _ARTICLES and len(after_it) > 1 \
            and after_it[1][:1].isupper():
        # "Addis Abeba – The National Election Board …"; not "Acme Robotics – The warehouse startup …", nor a name
        # before an apposition set off by dashes, "Elon Musk – Tesla's chief executive – said …" (a code review's)
        return m.end()
    for text in itertools.chain((lead[m.end():],), elsewhere):
        at = text.find(place)
        while at >= 0:
            before = text[max(0, at - 12):at]
            after = text[at + len(place): at + len(place) + 1]
            if before.endswith(" ") and before.split()[-1:] and before.split()[-1].lower() in PLACE_PREPOSITIONS \
                    and not after.isalnum() and after not in "'’":  # (not "in Leonardo da Vinci's hall")
                return m.end()
            at = text.find(place, at + 1)
    return 0
