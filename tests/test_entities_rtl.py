"""Curated names in Arabic and Hebrew script: the one-letter words those languages join to the
word before a name ("وميرسك", "للحوثيين", "שהחות'ים"); and in Bengali, the case endings it joins after
one ("বিএনপির", "শেখ হাসিনাকে": at the end).

From a first-time user's Red Sea briefing: Asharq Al-Awsat's "للحوثيين", Al Jazeera's "وميرسك" and
Ynet's "שהחות'ים", "באילת" were no mentions of the curated "الحوثيين", "ميرسك", "החות'ים", "אילת",
so Ynet counted the Houthis once where a reader counts them twice, and was related to no article.
"""

from __future__ import annotations

from pathlib import Path

from briefing import entities as entities_mod
from briefing.model import Article, Block

CATALOGUE = """
- {name: Houthis, type: organization, aliases: [Houthi, الحوثيين, الحوثيون, أنصار الله, החות'ים]}
- {name: Maersk, type: organization, aliases: [ميرسك]}
- {name: Hamas, type: organization, aliases: [حماس]}
- {name: Israel, type: place, aliases: [إسرائيل, ישראל]}
- {name: Eilat, type: place, aliases: [אילת]}
- {name: Hodeidah, type: place, aliases: [الحدیده]}
- {name: Yahya Saree, type: person, aliases: [يحيى سريع]}
"""


def _article(*paragraphs: str) -> Article:
    article = Article(source_file="x.txt", title="T", date=None, slug="t", tags=["topic"])
    for n, text in enumerate(paragraphs, 1):
        article.blocks.append(Block("paragraph", text, f"p-{n}"))
    return article


def _catalogue(tmp_path: Path, text: str = CATALOGUE) -> entities_mod.Catalogue:
    path = tmp_path / "entities.yml"
    path.write_text(text, encoding="utf-8")
    return entities_mod.load_catalogue(path)


def _counts(tmp_path: Path, *paragraphs: str, catalogue: str = CATALOGUE) -> dict[str, int]:
    """Each entity's count of mentions in the paragraphs."""
    counts: dict[str, int] = {}
    for slug, _, _, n in entities_mod.find_mentions(_article(*paragraphs), _catalogue(tmp_path, catalogue)):
        counts[slug] = counts.get(slug, 0) + n
    return counts


def test_arabic_names_match_with_the_letters_joined_before_them(tmp_path: Path) -> None:
    """و ف (and), ب ك ل (with, like, for), one of each: "وميرسك", "بالحوثيين", "فبالحوثيين"; ل before
    the article ال takes the place of its alef: "للحوثيين" is ل + "الحوثيين"."""
    assert _counts(tmp_path, "الحوثيون يعلنون استهداف سفينتين وميرسك تعلق عبور سفنها.") \
        == {"houthis": 1, "maersk": 1}
    assert _counts(tmp_path, "ضربات على مواقع للحوثيين في اليمن، وللحوثيين حلفاء.") == {"houthis": 2}
    assert _counts(tmp_path, "ونددت بالحوثيين وبميرسك ولميرسك وكالحوثيين.") == {"houthis": 2, "maersk": 2}
    assert _counts(tmp_path, "قالت جماعة أنصار الله ووأنصار الله.") == {"houthis": 1}  # ("وو": not one letter)
    assert _counts(tmp_path, "وأعلنت وأنصار الله.") == {"houthis": 1}


def test_arabic_names_do_not_take_an_article_or_an_ending(tmp_path: Path) -> None:
    """Only the joined letters before a name: "الحماس" (the enthusiasm) is no mention of Hamas,
    "إسرائيلي" (Israeli) none of Israel, "الميرسك" none of Maersk."""
    assert _counts(tmp_path, "بكل الحماس والإسرائيلي والإسرائيليين الميرسك.") == {}
    assert _counts(tmp_path, "حماس وإسرائيل ولحماس بإسرائيل.") == {"hamas": 1, "israel": 2}


def test_a_short_name_that_is_also_a_word_takes_no_joined_letter(tmp_path: Path) -> None:
    """A review's probes: a name of four letters or fewer without the article is a word too, and a joined letter
    makes it the word far more often than the name: "بحماس" (with enthusiasm) is no Hamas, "وفتح" (and opened) no
    Fatah, "بنصر الله" (with God's victory) no Nasrallah, "לכהן" (to serve) no Cohen, "וברק" (and lightning) no Barak,
    "השכם" (early) no Nablus. Whole, they are the names."""
    catalogue = CATALOGUE + ("- {name: Fatah, type: organization, aliases: [فتح]}\n"
                             "- {name: Hassan Nasrallah, type: person, aliases: [نصر الله]}\n"
                             "- {name: Cohen, type: person, aliases: [כהן]}\n- {name: Ehud Barak, type: person, aliases: "
                             "[ברק]}\n- {name: Nablus, type: place, aliases: [שכם]}\n")
    assert _counts(tmp_path, "لعب الفريق بحماس وفتح باب الأمل بنصر الله.", "הוא ימשיך לכהן, וברק הכה. קמנו השכם.",
                   catalogue=catalogue) == {}
    assert _counts(tmp_path, "قالت حماس إن فتح تعلم أن نصر الله تحدث.", "בשכם אמר כהן כי ברק צדק.",
                   catalogue=catalogue) == {"hamas": 1, "fatah": 1, "hassan-nasrallah": 1, "cohen": 1, "ehud-barak": 1}


def test_hebrew_names_match_with_the_letters_joined_before_them(tmp_path: Path) -> None:
    """ו (and), ש or כש (that, when), then ה (the), ב כ ל מ (in, as, to, from) or מה (from the), the
    article's ה taken by ב, כ or ל: "שהחות'ים", "והחות'ים", "כשהחות'ים", "מהחות'ים", "בחות'ים"; before a name
    without the article, of five letters or more, no ה: "בישראל" (a short one is a word too: "באילת" is not
    read)."""
    assert _counts(tmp_path, "לדברי מנכ\"ל הנמל, מאז שהחות'ים החלו לתקוף אוניות, נמנעות החברות מלעגון באילת.") \
        == {"houthis": 1}
    assert _counts(tmp_path, "והחות'ים וכשהחות'ים מהחות'ים בחות'ים לחות'ים.") == {"houthis": 5}
    assert _counts(tmp_path, "בישראל, לישראל ומישראל.") == {"israel": 3}
    # a word going on after the name is another: "ישראלי" (Israeli), "אילתי" (of Eilat)
    assert _counts(tmp_path, "הישראלי והישראלים האילתי.") == {}
    # (a one-letter prefix that is no Hebrew one's: "זחות'ים")
    assert _counts(tmp_path, "זחות'ים וזאילת.") == {}


def test_hebrew_geresh_is_an_apostrophe(tmp_path: Path) -> None:
    """"החות'ים" curated with an apostrophe: some Hebrew sites write the geresh (U+05F3)."""
    assert _counts(tmp_path, "מאז שהחות\u05f3ים החלו לתקוף.", "החות\u05f3ים הודיעו.") == {"houthis": 2}


def test_no_joined_letter_for_latin_persian_or_short_names(tmp_path: Path) -> None:
    """A Latin name takes no Arabic or Hebrew letter ("وMaersk" is none); Persian writes its
    prepositions apart ("به الحدیده"), so a name in Persian's letters takes none; a name of two
    letters takes none (it would be found inside many a word)."""
    assert _counts(tmp_path, "وMaersk وHouthi ו-Maersk.") == {"maersk": 1}  # (the hyphen stands apart)
    assert _counts(tmp_path, "حملات هوایی به صنعا و الحدیده.", "والحدیده بالحدیده.") == {"hodeidah": 1}
    assert _counts(tmp_path, "בצה הצה צה.", catalogue="- {name: Tsa, type: place, aliases: [צה]}\n") == {"tsa": 1}


def test_a_catalogue_of_arabic_names_only(tmp_path: Path) -> None:
    """No name in Latin letters (no pattern for them): the Arabic ones are still found."""
    cat = _catalogue(tmp_path, "- {name: الحوثيين, type: organization}\n- {name: ميرسك, type: organization}\n")
    found = entities_mod.find_mentions(_article("للحوثيين وميرسك.", "Houthis and Maersk."), cat)
    assert sorted(slug for slug, _, _, _ in found) == sorted(e.slug for e in cat.entities)


def test_the_word_start_scan_finds_what_the_full_scan_finds(tmp_path: Path) -> None:
    """The Arabic and Hebrew names are tried only at the start of a word holding one's letters
    (most sentences hold none): the same matches as a scan of every position."""
    matcher = _catalogue(tmp_path).matcher
    assert matcher.rtl_gate is not None and matcher.rtl_names is not None
    sentences = ["قال المتحدث يحيى سريع إن للحوثيين وأنصار الله والحوثيون وميرسك ميرسكميرسك.",
                 "ميرسك", "xميرسك ميرسكx _ميرسك 3ميرسك", "מאז שהחות'ים והחות'ים החלו באילתבאילת באילת.",
                 "حماس حماسحماس لحماس، (بإسرائيل) «الحوثيين»", "ללא שם כלל", "الحوثيينالحوثيين الحوثيين"]
    for sentence in sentences:
        assert [m.span() for m in matcher._rtl_matches(sentence)] \
            == [m.span() for m in matcher.rtl_names.finditer(sentence)], sentence


def test_names_in_arabic_script_leave_the_latin_ones_their_fast_scan(tmp_path: Path) -> None:
    """Names in Latin letters that all open with a capital are found by a pattern that skips to
    the capitals (entities._alternation); an Arabic alias or an Arabic person's surname in the
    catalogue made every sentence of every article be tried at every position (a person named in
    Arabic, "أسامة ربيع", took a fifth more time over 300 English articles). The Arabic surname alone counts for
    no one: no capital tells it from a word ("ربيع", spring; "12 ربيع الأول", a Hijri month: a code review's)."""
    catalogue = CATALOGUE + "- {name: أسامة ربيع, type: person}\n- {name: Marco Rubio, type: person}\n"
    loaded = _catalogue(tmp_path, catalogue)
    for pattern in (loaded.matcher.names, loaded.matcher.surnames):
        assert pattern is not None and not pattern.pattern.startswith(r"(?<!\w)"), pattern.pattern[:80]
    [rabie] = [e.slug for e in loaded.entities if e.name == "أسامة ربيع"]
    assert _counts(tmp_path, "قال الفريق أسامة ربيع، إن الإيرادات تراجعت.", "وأوضح ربيع أن عدد السفن انخفض.",
                   "Marco Rubio spoke. Rubio left.", catalogue=catalogue) == {rabie: 1, "marco-rubio": 2}
    assert _counts(tmp_path, "قال الفريق أسامة ربيع، إن الإيرادات تراجعت في 12 ربيع الأول.", catalogue=catalogue) \
        == {rabie: 1}


def test_an_entity_named_in_arabic_or_hebrew_has_a_stable_address(tmp_path: Path) -> None:
    """A person curated as written, "أسامة ربيع", had the page "entity-7", its number in entities.yml: an entry
    added over it moved the page. Its Latin alias names it, else a digest of its name does."""
    one = _catalogue(tmp_path, "- {name: أسامة ربيع, type: person}\n- {name: الحوثيون, type: organization, "
                               "aliases: [أنصار الله, Houthis]}\n")
    two = _catalogue(tmp_path, "- {name: Maersk, type: organization}\n- {name: أسامة ربيع, type: person}\n"
                               "- {name: الحوثيون, type: organization, aliases: [Houthis]}\n")
    slugs = [{e.name: e.slug for e in c.entities} for c in (one, two)]
    assert slugs[0]["أسامة ربيع"] == slugs[1]["أسامة ربيع"] and slugs[0]["أسامة ربيع"].startswith("entity-")
    assert slugs[0]["الحوثيون"] == slugs[1]["الحوثيون"] == "houthis"


# Bengali writes its case endings joined AFTER a name (a first-time user's Bangladesh briefing: a talk show's
# "বিএনপির", BNP's, twice, was no mention of the curated "বিএনপি"; "শেখ হাসিনার", "শেখ হাসিনাকে", "মুহাম্মদ
# ইউনূসের" had to be curated by hand)
BENGALI_CATALOGUE = """
- {name: Bangladesh Nationalist Party, type: organization, aliases: [BNP, বিএনপি]}
- {name: Sheikh Hasina, type: person, aliases: [শেখ হাসিনা]}
- {name: Muhammad Yunus, type: person, aliases: [মুহাম্মদ ইউনূস]}
- {name: India, type: place, aliases: [ভারত]}
- {name: Dhaka, type: place, aliases: [ঢাকা]}
- {name: Tax, type: organization, aliases: [কর]}
"""


def test_bengali_names_match_with_the_case_ending_joined_after_them(tmp_path: Path) -> None:
    """-র, -এর, -ের (of), -কে (to), -তে, -ে, -য় (in), -রা (plural): "বিএনপির", "শেখ হাসিনাকে", "মুহাম্মদ
    ইউনূসের", "ভারতে", "ঢাকায়" (য় as NFC writes it, য and its nukta, and as one character)."""
    assert _counts(tmp_path, "বিএনপির নেতারা বিএনপিকে সমর্থন দেন।",
                   "শেখ হাসিনার বিচার শেষে শেখ হাসিনাকে দণ্ড দেওয়া হয়।",
                   "অধ্যাপক মুহাম্মদ ইউনূসের সরকার।", catalogue=BENGALI_CATALOGUE) \
        == {"bangladesh-nationalist-party": 2, "sheikh-hasina": 2, "muhammad-yunus": 1}
    assert _counts(tmp_path, "তিনি ভারতে আছেন, ভারতকে চিঠি দেওয়া হয়েছে।", "ঢাকায় সমাবেশ, ঢাকা\u09df মিছিল।",
                   "শিক্ষার্থীরা ঢাকার পথে।", catalogue=BENGALI_CATALOGUE) == {"india": 2, "dhaka": 3}


def test_a_bengali_name_is_no_part_of_a_longer_word(tmp_path: Path) -> None:
    """A vowel sign is no \\w for Python: "ভারত" was found in "ভারতীয়" (Indian); a word going on after a name
    (other than by a case ending) is another word, and so is one going on before it."""
    assert _counts(tmp_path, "ভারতীয় দল এসেছে। বিএনপিপন্থী নেতারা। অভারত।", catalogue=BENGALI_CATALOGUE) == {}


def test_a_hindi_name_is_a_whole_word_and_takes_no_ending(tmp_path: Path) -> None:
    """Devanagari's vowel signs are no \\w either: "भारत" was found in "भारतीय" (Indian; a code review's probe). Hindi
    writes its postpositions apart ("भारत की", "भारत में"), so a name takes no ending; a whole word is found."""
    catalogue = ("- {name: India, type: place, aliases: [भारत]}\n"
                 "- {name: Sheikh Hasina, type: person, aliases: [शेख़ हसीना]}\n")
    assert _counts(tmp_path, "भारतीय सेना ने कहा। भारतवासी खुश हैं।", catalogue=catalogue) == {}
    assert _counts(tmp_path, "भारत की सरकार ने शेख़ हसीना से बात की। भारत में चुनाव।", catalogue=catalogue) \
        == {"india": 2, "sheikh-hasina": 1}


def test_a_short_bengali_name_takes_only_the_genitive_and_objective(tmp_path: Path) -> None:
    """A word of two letters and a locative or verbal ending is often another word: "কর" (tax), "করে",
    "করতে" (doing); its genitive "করের" and objective "করকে" are its own ("ঢাকা" has two letters too, and
    after its vowel -য়, "ঢাকায়", is its locative: see the test above). -র and -য় follow a vowel only: "সময়"
    (time) is no "সম" and -য়; -ের and -ে a consonant only."""
    assert _counts(tmp_path, "তিনি কাজ করে বাড়ি যান এবং কাজ করতে চান। কররা।", catalogue=BENGALI_CATALOGUE) == {}
    assert _counts(tmp_path, "করের হার বাড়বে, করকে বাড়ানো হবে।", catalogue=BENGALI_CATALOGUE) == {"tax": 2}
    assert _counts(tmp_path, "সময় কম। ভারতর, ঢাকাের।", catalogue=BENGALI_CATALOGUE + "- {name: Sam, type: person, "
                   "aliases: [সম]}\n") == {}
