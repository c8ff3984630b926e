"""Entities: people, organisations and places, from a curated file plus discovery.

Matching is rule-based and precision-first: one compiled alternation of every curated
name and alias (longest first, whole words, acronyms case-sensitive, other names must
start with a capital in the text; in Arabic or Hebrew script, also with the one-letter words
those languages join to a name: "للحوثيين", "שהחות'ים"; in Bengali, with the case ending joined after
it: "বিএনপির", "শেখ হাসিনাকে"), plus a person's surname alone once
the full name has appeared earlier in the same article. Statistical NER was not needed: on
these texts the curated list with discovery finds the actors, and a model's noisy labels
would put wrong entity pages on the site.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import takewhile
from pathlib import Path
from typing import Collection, Iterator

import yaml

from .extract_dates import WEEKDAY_NAME_RE, month_number
from .model import PROSE, Article, Briefing, CandidateHit, Entity, Mention
from .read import ConfigError, misspelt_key, read_yaml, yaml_problem
from .scripts import ARABIC, BENGALI, DEVANAGARI, HEBREW, HEBREW_FORMS, RTL_FORMS
from .text import (CALL_HOSTS, CJK_CHARS, HANGUL_CHARS, LOWER, UPPER, clean_field, slugify, split_sentences,
                   any_word_re, strip_marks, unique_slug, word_trie)

ENTITY_TYPES = ("person", "organization", "place")
TEXT_BLOCKS = PROSE  # captions and headings are not searched for mentions
# Words that may stand before a surname used alone ("Mr Rubio", "President Xi").
HONORIFICS = {
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sen", "senator", "rep", "gov",
    "governor", "president", "premier", "minister", "secretary", "chairman", "general", "gen",
    "judge", "justice", "commissioner", "director", "ambassador", "sir", "dame", "lord", "lady",
    # Swahili's: Bwana (Mr), Daktari (Dr), Jaji (Judge), Mheshimiwa (Hon.): "Jaji Mwambegele"
    "bw", "dkt", "jaji", "mhe",
    "hon",  # (a Commonwealth parliament's Member: "Hon. Wandayi")
}
# ... and in a Swahili article (article.language "sw"), two that are names too elsewhere (see _SWAHILI_TITLES): Bi
# (Ms), Rais (President), "Rais Ruto"; not before the Chinese film director "Bi Gan", whose "Gan" is no one else's
SWAHILI_HONORIFICS = frozenset(HONORIFICS | {"bi", "rais"})
# Entity slugs that would collide with a generated page in the entities folder.
RESERVED_ENTITY_SLUGS = {"index", "tags", "search"}
MAX_EXAMPLES = 3
MIN_REPEATED_NAME = 2  # a capitalised name must occur this often to become a candidate
MAX_NAME_WORDS = 6
_APOSTROPHES = "'’\u05f3"  # (and Hebrew's geresh, which some sites write for its apostrophe: "חות׳ים")


@dataclass
class Catalogue:
    """The curated entities: canonical name, type, aliases (and people's surnames)."""

    entities: list[Entity] = field(default_factory=list)
    surnames: dict[str, str] = field(default_factory=dict)  # entity slug -> surname
    _matcher: "_Matcher | None" = field(default=None, repr=False, compare=False)
    _discovery: tuple[set[str], set[str]] | None = field(default=None, repr=False, compare=False)

    @property
    def matcher(self) -> "_Matcher":
        """The compiled name patterns (built once per catalogue)."""
        if self._matcher is None:
            self._matcher = _Matcher(self)
        return self._matcher

    def known_keys(self) -> set[str]:
        """Every name and alias, with and without its marks, as matching keys (for discovery
        to skip)."""
        return {_key(f) for e in self.entities for form in (e.name, *e.aliases) for f in (form, _twin(form)) if f}

    @property
    def by_slug(self) -> dict[str, Entity]:
        return {e.slug: e for e in self.entities}

    @property
    def discovery_keys(self) -> tuple[set[str], set[str]]:
        """Known names, and every run of words inside one ("Communist Party" in "Chinese
        Communist Party"), for discovery to skip in one set lookup (built once)."""
        if self._discovery is None:
            known = self.known_keys()
            inside = {" ".join(words[i:j]) for k in known for words in [k.split()]
                      for i in range(len(words)) for j in range(i + 1, len(words) + 1)}
            inside |= {k.removesuffix("'s") for k in known}
            self._discovery = (known, inside)
        return self._discovery


# --- loading ---------------------------------------------------------------------------


ENTRY_KEYS = ("name", "type", "aliases", "surname", "description")  # an entities.yml entry's
CANDIDATE_KEYS = ("count", "evidence", "examples")  # ... and those a copied candidate brings, not read


def load_catalogue(path: Path | None) -> Catalogue:
    """Read the curated entities file (missing file: empty catalogue)."""
    if path is None or not path.exists():
        return Catalogue()
    try:
        data = read_yaml(path) or []
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ConfigError(yaml_problem(path, exc)) from exc
    if not isinstance(data, list):
        raise ConfigError(f"{path}: expected a list of entities (- name: ..., type: ...)")
    catalogue = Catalogue()
    forms: dict[str, str] = {}  # matching key -> canonical name that owns it
    slugs: set[str] = set()
    entry_of: dict[str, int] = {}  # matching key of an entry's name -> its entry number
    for i, item in enumerate(data, 1):
        where = f"{path}: entry {i}"
        if not isinstance(item, dict) or not str(item.get("name") or "").strip():
            raise ConfigError(f"{where}: expected a mapping with a `name`")
        name = clean_field(str(item["name"]))
        for field_name in item:  # (a misspelt key: "typ: person" had said "type must be one of …")
            # (close enough to be a typo, not a key of the user's own: "source", "nickname", "fullname")
            close = misspelt_key(str(field_name), ENTRY_KEYS) \
                if field_name not in ENTRY_KEYS and field_name not in CANDIDATE_KEYS else None
            if close:
                raise ConfigError(f"{where} ({name}): unknown key {field_name!r}: did you mean {close!r}?")
        etype = str(item.get("type", "")).strip().lower().replace("organisation", "organization")
        if etype not in ENTITY_TYPES:
            hint = ": a candidate's `unknown` is for you to set" if etype == "unknown" else ""
            raise ConfigError(f"{where} ({name}): type must be one of {', '.join(ENTITY_TYPES)}{hint}")
        raw_aliases = item.get("aliases") or []
        if not isinstance(raw_aliases, list):
            raise ConfigError(f"{where} ({name}): aliases must be a list")
        aliases = tuple(dict.fromkeys(clean_field(str(a)) for a in raw_aliases if str(a).strip()))
        if _key(name) in entry_of:  # (else it would be a second page, "ted-cruz-2", taking its links)
            raise ConfigError(f"{where}: {name!r} is entry {entry_of[_key(name)]} too: merge the two entries "
                              "(one name, its aliases together)")
        entry_of[_key(name)] = i
        for form in (name, *aliases):
            key = _key(form)
            if key in forms and forms[key] != name:
                raise ConfigError(f"{where}: {form!r} already names {forms[key]!r}")
            forms[key] = name
        # (a name no slug can be made of, in Arabic or Hebrew script: its first alias that gives one, "houthis" for
        # "الحوثيون", else a digest of the name: its page's address stays when entries are added over it, as
        # "entity-7", its number in the file, did not)
        slug = _unique_slug(slugify(name) or next((s for a in aliases if (s := slugify(a))), None)
                            or "entity-" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:8], slugs)
        description = item.get("description")
        entity = Entity(slug, name, etype, aliases, clean_field(str(description)) if description else None)  # type: ignore[arg-type]
        catalogue.entities.append(entity)
        if etype == "person":
            surname = clean_field(str(item.get("surname") or name.split()[-1]))
            if len(name.split()) > 1 and surname:
                catalogue.surnames[slug] = surname
    return catalogue


def _unique_slug(base: str, taken: set[str]) -> str:
    if base in RESERVED_ENTITY_SLUGS:
        base = f"{base}-entity"
    return unique_slug(base, taken)


# --- matching --------------------------------------------------------------------------


@functools.lru_cache(maxsize=1 << 16)  # the same names recur in sentence after sentence
def _cased(form: str) -> str:
    """A name as written, its case kept: one space, one apostrophe."""
    return re.sub(f"[{_APOSTROPHES}]", "'", " ".join(re.sub(r"-\s+", "-", clean_field(form)).split()))


def _key(form: str) -> str:
    """The key a matched name is looked up by: case-folded, one space, one apostrophe."""
    form = re.sub(r"-\s+", "-", clean_field(form))
    return re.sub(f"[{_APOSTROPHES}]", "'", " ".join(form.split())).casefold()


def _twin(form: str) -> str | None:
    """A name of two words or more as written without its marks ("Nicusor Dan" for "Nicușor
    Dan"), or None: none to take off, or one word (see _Matcher)."""
    twin = strip_marks(form)
    return twin if twin != form and " " in form.strip() else None


def _is_acronym(form: str) -> bool:
    """Capitals only (CETC, U.S.): matched exactly, never case-insensitively."""
    letters = [c for c in form if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _form_pattern(form: str) -> str:
    """Regex source for one name: any run of spaces, either apostrophe, a stray space after a hyphen."""
    words = []
    for word in form.split():
        escaped = re.escape(word)
        escaped = re.sub(rf"(?:\\)?[{_APOSTROPHES}]", f"[{_APOSTROPHES}]", escaped)
        escaped = escaped.replace(r"\-", r"-\s?")  # "Wei- Ying": a line-broken hyphen
        words.append(escaped)
    body = r"[\s\u00a0]+".join(words)
    return body if _is_acronym(form) else f"(?i:{body})"


class _Matcher:
    """One alternation regex for every curated form, one for people's surnames."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.by_key: dict[str, str] = {}
        self.capitalised: set[str] = set()  # keys whose match must start with a capital
        self.small_tail: set[str] = set()  # keys whose last word is curated in small letters ("Lloyd's market")
        self.people: set[str] = set()  # keys that name a person
        forms: list[str] = []
        small: set[str] = set()  # keys curated in small letters too ("galerie d'Apollon" beside "Galerie d'Apollon")
        # ... each matched as curated, its capitals where they stand ("galerie d'Apollon", not "par la poste" for
        # "la Poste"), or with the capital that opens a sentence
        self.as_written: dict[str, set[str]] = defaultdict(set)
        for entity in catalogue.entities:
            for form in (entity.name, *entity.aliases):
                self.by_key[_key(form)] = entity.slug
                if form[:1].isupper() and not _is_acronym(form):
                    self.capitalised.add(_key(form))
                elif form[:1].islower():
                    small.add(_key(form))
                    self.as_written[_key(form)].add(_cased(form))
                if " " in form.strip() and form.split()[-1][:1].islower():
                    self.small_tail.add(_key(form))
                if entity.type == "person":
                    self.people.add(_key(form))
                forms.append(form)
        self.capitalised -= small  # (an alias in small letters matches as curated: French writes "la galerie d'Apollon")
        # A name of two words or more as a text may write it without its marks: Reuters' "Nicusor
        # Dan" is the curated "Nicușor Dan" (unless the unmarked form names another entity). Not a
        # name of one word, whose unmarked spelling is often another's: "Bale" is not Bâle, "Senat"
        # not the Sénat, "Leon" not León (an alias gives it: "Lodz" for Łódź).
        for entity in catalogue.entities:
            for form in (entity.name, *entity.aliases):
                twin = _twin(form)
                if twin and _key(twin) not in self.by_key:
                    self.by_key[_key(twin)] = entity.slug
                    for flags in (self.capitalised, self.small_tail, self.people):
                        if _key(form) in flags:
                            flags.add(_key(twin))
                    forms.append(twin)
        # Longest first: "Microsoft Research Asia" must win over "Microsoft" at the same place.
        forms.sort(key=lambda f: (-len(f), f))
        latin = [f for f in forms if not _CJK_FORM_RE.search(f) and not _RTL_FORM_RE.match(f)
                 and not INDIC_RE.match(f)]
        self.names = _alternation(latin)
        self.capital_first = all("A" <= f[:1] <= "Z" for f in latin)  # (so every match opens with one: _alternation)
        # Names in Arabic or Hebrew script ("الحوثيين", "החות'ים"): whole words, or with the letters those
        # languages join to the word before a name ("للحوثيين", "שהחות'ים": see _rtl_alternation)
        self.rtl_by_key: dict[str, str] = {}
        rtl = [f for f in forms if _RTL_FORM_RE.match(f)]
        self.rtl_names = _rtl_alternation(rtl, self.by_key, self.rtl_by_key)
        # ... tried on a sentence holding the letters that every match of a name holds (most sentences name
        # none): its first word's after the first letter, up to a sign that is no letter ("لحوثيين" of
        # "الحوثيين", in "للحوثيين" too; "חות" of "החות'ים", in "בחות'ים"), found by one prefix tree's scan
        cores = ["".join(takewhile(lambda c: c.isalpha() and _RTL_FORM_RE.match(c) is not None, f[1:])) for f in rtl]
        self.rtl_gate = any_word_re(cores) if rtl and all(cores) else None
        # Names in Bengali or Devanagari script ("বিএনপি", "শেখ হাসিনা", "भारत"): whole words (their vowel signs are
        # part of them: "भारतीय", Indian, is no भारत), or with the case ending Bengali joins to a name ("বিএনপির",
        # "শেখ হাসিনাকে": see bengali_ending); tried on a sentence holding a letter of those scripts. One branch per
        # first letter, its forms after it in their order (longest first): at a position only the forms opening with
        # its letter are tried, the same match (a code review's: 400 Bengali names cost 0.7 ms a sentence).
        by_first: dict[str, list[str]] = {}
        for f in (f for f in forms if INDIC_RE.match(f)):
            by_first.setdefault(f[0], []).append(f"({_form_pattern(f)}){bengali_ending(f)}")
        self.indic_names = re.compile(f"(?<!{IN_INDIC_WORD})(?:" + "|".join(
            f"(?={re.escape(first)})(?:{'|'.join(group)})" for first, group in by_first.items())
            + ")") if by_first else None
        # Names in Chinese, Japanese or Korean ("微软", "華為"): those languages put no space
        # between words (Korean none before its particles: "삼성전자는"), so they match anywhere.
        cjk = [re.escape(" ".join(f.split())) for f in forms if _CJK_FORM_RE.search(f)]
        self.cjk_names = re.compile("|".join(cjk)) if cjk else None
        self.surname_of: dict[str, list[str]] = defaultdict(list)  # surname -> person slugs
        for slug, surname in catalogue.surnames.items():
            self.surname_of[surname].append(slug)
            if strip_marks(surname) != surname:  # "Pirvulescu", once "Cristian Pirvulescu" was written (find_mentions)
                self.surname_of[strip_marks(surname)].append(slug)
        surnames = sorted(self.surname_of, key=lambda s: (-len(s), s))
        # (not those in Arabic or Hebrew script: no capital tells a name from a word there, "ربيع" is spring and a
        # Hijri month's first word, "12 ربيع الأول", no mention of أسامة ربيع: a code review's; the others keep the
        # pattern that skips to a capital)
        self.surnames = _alternation([s for s in surnames if not _RTL_FORM_RE.match(s)], exact=True)

    def names_in(self, sentence: str) -> Iterator[tuple[int, int, str]]:
        """(start, end, entity slug) for each curated name or alias in the sentence (those in Arabic or
        Hebrew script first, then Chinese, Japanese or Korean, then the others)."""
        if self.rtl_names is not None and not sentence.isascii() and _RTL_FORM_RE.search(sentence):
            for m in self._rtl_matches(sentence):
                start = m.start(m.lastindex or 0)  # (the name's, after its prefix: "ميرسك" of "وميرسك")
                text = sentence[start:m.end()]
                slug = self.rtl_by_key.get(text) or self.rtl_by_key.get(_key(text))
                if slug is not None:
                    yield start, m.end(), slug
        if self.indic_names is not None and not sentence.isascii() and INDIC_RE.search(sentence):
            for m in self.indic_names.finditer(sentence):
                slug = self.by_key.get(_key(m.group(m.lastindex or 0)))  # (the name's, less its case ending)
                if slug is not None:
                    yield m.start(), m.end(), slug
        if not sentence.isascii() and _CJK_FORM_RE.search(sentence):
            for m in self.cjk_names.finditer(sentence) if self.cjk_names is not None else ():
                slug = self.by_key.get(_key(m.group()))
                if slug is not None:
                    yield m.start(), m.end(), slug
            sentence = _latin_view(sentence)  # ("台湾のTSMCは": the Latin names between the CJK words)
        if self.names is None or self.capital_first and not _ASCII_CAPITAL.search(sentence):
            return  # (every name opens with a capital A to Z, and the sentence holds none: an Arabic one's)
        pos, inside = 0, None  # (inside: the span and entity of a name passed over for its capital)
        while (m := self.names.search(sentence, pos)) is not None:
            pos = m.end()
            key = _key(m.group())
            slug = self.by_key.get(key)
            if inside is not None and (m.start() >= inside[1] or slug != inside[2]):
                if m.start() < inside[1]:
                    continue  # (inside it, another entity's name: "la gare de Lyon" is no mention of Lyon)
                inside = None
            if slug is None or (key in self.capitalised and not m.group()[0].isupper()) \
                    or key in self.as_written and _cased(m.group()) not in self.as_written[key] \
                    and _cased(m.group()[:1].lower() + m.group()[1:]) not in self.as_written[key]:
                # "apple" is not Apple; "par la poste" is not "la Poste"; and the same entity's names inside it
                # are still tried: "le musée du Louvre" is no "Musée du Louvre" curated with its capital, but
                # holds its alias "Louvre"
                if slug is not None and inside is None:
                    inside = (m.start(), m.end(), slug)
                    pos = m.start() + 1
                continue
            # (Not a person's: the word before is a title, "of" the body they serve: "said Assistant
            # Attorney General Gail Slater of the Justice Department's Antitrust Division".)
            if " " in key and key not in self.people and _inside_longer_name(sentence, m.start(), m.end()):
                continue  # "Washington State Department of Health" is not the State Department
            if key in _INSTITUTION_NOUNS and _named_before(sentence, m.start()):
                continue  # "the Data Protection Commission" is not the Commission
            if key in self.small_tail and m.group().split()[-1][:1].isupper() \
                    and _CAPITAL_AFTER.match(sentence, m.end()):
                continue  # "Lloyd's market" curated: "the Lloyd's Market Association" is another name
            yield m.start(), m.end(), slug

    def _rtl_matches(self, sentence: str) -> Iterator[re.Match[str]]:
        """The matches of rtl_names in the sentence: tried only at the start of a word holding a name's core
        (rtl_gate), most words holding none; or, some name having none, at every position."""
        if self.rtl_gate is None:
            yield from self.rtl_names.finditer(sentence)  # type: ignore[union-attr]
            return
        done = 0
        for core in self.rtl_gate.finditer(sentence):
            start = core.start()
            while start > done and (sentence[start - 1].isalnum() or sentence[start - 1] == "_"):
                start -= 1  # (back to the word's start, as \w reads it)
            if core.start() < done:
                continue  # (inside the name just found, or in the word just tried)
            m = self.rtl_names.match(sentence, start)  # type: ignore[union-attr]
            if m is not None:
                done = m.end()
                yield m
            else:
                done = start + 1

    def surnames_in(self, sentence: str) -> Iterator[tuple[int, int, str]]:
        """(start, end, surname) for each curated person's surname standing in the sentence."""
        if self.surnames is None:
            return
        if not sentence.isascii() and _CJK_FORM_RE.search(sentence):
            sentence = _latin_view(sentence)
        for m in self.surnames.finditer(sentence):
            yield m.start(), m.end(), m.group()


_CJK_FORM_RE = re.compile(f"[{CJK_CHARS}{HANGUL_CHARS}]")


def _latin_view(sentence: str) -> str:
    """The sentence with each Chinese, Japanese or Korean character made a "·", which is no word's: those languages
    set a name in Latin letters right beside their words, no space between ("台湾のTSMCは", "TSMCの子会社", "TSMC가": a
    first-time user's Taiwan briefing found no TSMC in an NHK story that wrote it three times), and a Latin name must
    stand apart from other letters ("Intelligence" holds no "Intel"). One character for one: the same offsets. (Not
    in the names' pattern: a class of those scripts' ranges in each of its branches made it three times as slow to
    compile.)"""
    return _CJK_FORM_RE.sub("·", sentence)


# A name in Arabic or Hebrew script: its first letter in one ("الحوثيين", "חות'ים", Persian's "انصارالله")
_RTL_CHARS = HEBREW + ARABIC + RTL_FORMS
_RTL_FORM_RE = re.compile(f"[{_RTL_CHARS}]")
_HEBREW_FORM_RE = re.compile(f"[{HEBREW}{HEBREW_FORMS}]")
# Letters only Persian (and Urdu) write: a name holding one is Persian's, whose prepositions stand apart
# ("به الحدیده"): no letter is joined to it
_PERSIAN_LETTERS_RE = re.compile("[\u067e\u0686\u0698\u06a9\u06af\u06cc]")
# The one-letter words Arabic joins to the next word, before a name: "and" و or ف, then "with" ب, "like" ك
# or "for" ل: "وميرسك", "بميرسك", "وبالحوثيين", "كالحوثيين". ل before the article ال takes the place of its
# alef: ل + "الحوثيين" is "للحوثيين" (see _rtl_alternation).
_ARABIC_CLITICS = "[وف]?[بكل]?"
# ... and Hebrew's: "and" ו, "that" ש or "when" כש, then "the" ה, "in" ב, "as" כ, "to" ל or "from" מ
# (מה, "from the"): "והחות'ים", "שהחות'ים", "כשהחות'ים", "מהחות'ים", "באילת". ב, כ and ל before the article
# ה take its place: ב + "החות'ים" is "בחות'ים".
_HEBREW_CLITICS = "ו?(?:כ?ש)?(?:מ?ה|[בכלמ])?"
_HEBREW_BARE_CLITICS = "ו?(?:כ?ש)?[בכלמ]?"  # (before a name that takes no article: "בישראל"; not "השכם", early)
_ASCII_CAPITAL = re.compile("[A-Z]")
_MIN_CLITIC_STEM = 3  # letters of a name (less its article) that a joined letter may stand before
# ... and of a name without the article: a short one is a word too, and a joined letter makes it one more often
# than the name ("بحماس", with enthusiasm; "وفتح", and opened; "بنصر الله", with God's victory; "לכהן", to serve;
# "וברק", and lightning; "العזה"…: a review's probes). "إسرائيل", "ميرسك", "ישראל" take them.
_MIN_BARE_CLITIC_STEM = 5
_CAPITAL_AFTER = re.compile(rf"[\s\u00a0]+[{UPPER}][\w'’-]*")
_CAPITALISED_BEFORE = re.compile(rf"(?<![.!?:;])[\s\u00a0](?:[{UPPER}][\w.&'’-]*)[\s\u00a0]*$")
_OF_A_NAME_AFTER = re.compile(rf"[\s\u00a0]+of[\s\u00a0]+(?:the[\s\u00a0]+)?[{UPPER}]")


# A name in Bengali script: its first letter in the Bengali block ("বিএনপি", "শেখ হাসিনা"); or in Bengali or Devanagari
BENGALI_RE = re.compile(f"[{BENGALI}]")
INDIC_RE = re.compile(f"[{DEVANAGARI}{BENGALI}]")
# A character that goes on a Bengali or Devanagari word: a letter, or a vowel sign or virama, which Python's \w takes
# for none ("ভারতীয়", "भारतीय", Indian, is no mention of ভারত, भारत), or a zero-width joiner
IN_INDIC_WORD = f"[\\w{DEVANAGARI}{BENGALI}\u200c\u200d]"
# The case endings Bengali writes joined to a noun, after it: genitive -র, -এর, -ের ("বিএনপির", BNP's; "মুহাম্মদ
# ইউনূসের", Yunus's), objective -কে ("শেখ হাসিনাকে"), locative -তে, -ে, -য় ("বিএনপিতে", "ভারতে", in India,
# "ঢাকায়", in Dhaka: য় as NFC writes it, য and its nukta, or as one character), and the plural -রা. -র and
# -য় follow a vowel, -ের and -ে a consonant ("ভারতর", "সময়" of সম are none). (Hindi writes its postpositions
# apart: "बीएनपी की" needs none.)
_BENGALI_VOWEL_ENDINGS = "(?:এর|র|কে|তে|য়|য়|রা)?"
_BENGALI_CONSONANT_ENDINGS = "(?:এর|ের|কে|তে|ে|রা)?"
# ... after a word of two letters, only the genitive and objective, and -য় after a vowel: a short word and
# another ending is often another word ("কর", tax, and "করে", "করতে", doing; "আম", mango, and "আমরা", we)
_BENGALI_SHORT_VOWEL_ENDINGS = "(?:এর|র|কে|য়|য়)?"
_BENGALI_SHORT_CONSONANT_ENDINGS = "(?:এর|ের|কে)?"
# A Bengali vowel, as a letter ("এ") or as a sign over a consonant ("া" of "ঢাকা", "ি" of "বিএনপি")
_BENGALI_VOWELS = set("অআইঈউঊঋএঐওঔ" + "".join(map(chr, range(0x09BE, 0x09CD))) + "\u09d7")


def bengali_ending(form: str) -> str:
    """Regex source to follow a name or phrase in Bengali script ("বিএনপি", "শেখ হাসিনা", "ভারত"): the case
    ending Bengali joins to it, if any, then no more of the word. A name of several words takes every
    ending; one of a single word only if it has three letters or more (vowel signs are no letters: "ভারত"
    has three), the genitive, objective and -য় with two ("ভোটের", "ঢাকায়"), none with one; nor does a name
    that ends in a digit ("ট্রাইব্যুনাল-১")."""
    words = form.split()
    last = words[-1] if words else ""
    letters = sum(c.isalpha() for c in last)
    vowel = last[-1:] in _BENGALI_VOWELS
    if not BENGALI_RE.match(last[-1:]) or last[-1].isdigit() or len(words) == 1 and letters < 2:
        endings = ""
    elif len(words) > 1 or letters >= 3:
        endings = _BENGALI_VOWEL_ENDINGS if vowel else _BENGALI_CONSONANT_ENDINGS
    else:
        endings = _BENGALI_SHORT_VOWEL_ENDINGS if vowel else _BENGALI_SHORT_CONSONANT_ENDINGS
    return f"{endings}(?!{IN_INDIC_WORD})"


def _inside_longer_name(sentence: str, start: int, end: int) -> bool:
    """Whether a name of several words sits inside a longer one that goes on on both sides:
    a capitalised word before it, "of" and a capitalised word after it ("Washington State
    Department of Health"). One side alone is not enough: "the Communist Party of China",
    "US State Department"."""
    return (_OF_A_NAME_AFTER.match(sentence, end) is not None
            and _CAPITALISED_BEFORE.search(sentence, 0, start) is not None)


# Nouns that end the names of many bodies: as a curated short form ("the Commission" for
# the European Commission) they are that body only when no other name's words lead up to them.
_INSTITUTION_NOUNS = {
    "commission", "council", "committee", "court", "parliament", "assembly", "senate", "congress",
    "agency", "authority", "bureau", "board", "department", "ministry", "office", "party", "union",
    "bank", "institute", "foundation", "fund", "administration", "service", "directorate",
    "tribunal", "cabinet", "government", "federation", "association", "organisation",
    "organization", "corporation", "company", "group", "army", "navy", "police", "university",
}
_WORD_BEFORE = re.compile(rf"(?:^|([^\s\u00a0]*)[\s\u00a0]+)([{UPPER}][\w'’&.-]*)[\s\u00a0]+$")


_PARTICIPLE_RE = re.compile(r"-(?:led|run|controlled|dominated|backed|based)$")


def _named_before(sentence: str, start: int) -> bool:
    """Whether a capitalised word that does not open the sentence stands right before start,
    so that the word at start ends another name ("Federal Trade Commission"). An acronym
    before it qualifies the same body ("EU Commission"); a capital opening the sentence is
    its first word ("The Commission said"), and a month or weekday no name's ("in May
    Commission officials")."""
    m = _WORD_BEFORE.search(sentence, 0, start)
    word = m.group(2).rstrip(".") if m else ""
    if m is None or m.group(1) is None or _is_acronym(word) or month_number(word) \
            or WEEKDAY_NAME_RE.fullmatch(word) or word.endswith(("'s", "’s")) or _PARTICIPLE_RE.search(word):
        return False  # (a possessive, "Mr Breton's Commission"; "the Republican-led Senate")
    before = m.group(1)
    # (a sentence opens after its end, a quotation's, a bullet or a wire's dateline: "- The
    # Commission will …", "BRUSSELS, March 6 (Reuters) - The Commission …")
    return bool(before) and before[-1] not in ".!?:;\"“‘(—–" and any(c.isalnum() for c in before)


def _alternation(forms: list[str], exact: bool = False) -> re.Pattern[str] | None:
    if not forms:
        return None
    parts = [re.escape(f) if exact else _form_pattern(f) for f in forms]
    if all("A" <= f[:1] <= "Z" for f in forms):
        # Every match starts with a capital (the capital rule): each branch opens with its form's
        # own capital, as a literal out of the case-insensitive group (the same match: only that
        # capital passed the former "(?=[A-Z])" and the group), so the scan skips straight to the
        # positions holding one; "(?<!\w.)" after it is "(?<!\w)" before it. Only when some form
        # starts otherwise is this left out.
        parts = [p[4] + r"(?<!\w.)(?i:" + p[5:] if p.startswith("(?i:") else p[0] + r"(?<!\w.)" + p[1:]
                 for p in parts]
        if exact:
            # Literal forms (the surnames), longest first: a prefix tree of each first capital's forms
            # (word_trie) tries the forms that match at a position in the same order, the longest
            # first (its optional parts are greedy), so the same one is followed by no word character;
            # the capital is tested once, not once per form.
            parts = [first + r"(?<!\w.)" + word_trie([f[1:] for f in forms if f[0] == first])
                     for first in sorted({f[0] for f in forms})]
        else:
            # One branch per first capital, its forms' rests after it in their order (longest
            # first): at a position only the forms opening with its capital can match, and they
            # are tried in the same order as before, the capital tested once, not once per form.
            rests: dict[str, list[str]] = {}
            for p in parts:
                rests.setdefault(p[0], []).append(p[len(p[0] + r"(?<!\w.)"):])
            parts = [first + r"(?<!\w.)" + (group[0] if len(group) == 1 else "(?:" + "|".join(group) + ")")
                     for first, group in rests.items()]
        return re.compile("(?:" + "|".join(parts) + r")(?!\w)")
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)")


def _rtl_alternation(forms: list[str], by_key: dict[str, str], rtl_by_key: dict[str, str]) -> re.Pattern[str] | None:
    """One pattern for the names in Arabic or Hebrew script (longest first), each a whole word, or
    with the letters its language joins to the word before it (_ARABIC_CLITICS, _HEBREW_CLITICS):
    "وميرسك" is "and Maersk", "للحوثيين" "for the Houthis", "שהחות'ים" "that the Houthis". The name is
    the pattern's last group that matched; its text's key is in rtl_by_key (filled here), with the
    name less its article after a letter that took the article's place ("لحوثيين" after ل). Only
    letters before a name: a word going on after one is another ("إسرائيلي", Israeli, is no mention of
    إسرائيل). A name in Persian's letters, or of fewer than _MIN_CLITIC_STEM letters (one of two would
    be found inside many a word), takes none."""
    if not forms:
        return None
    arabic: list[tuple[str, str]] = []  # (form, its pattern)
    hebrew: list[tuple[str, str]] = []
    hebrew_bare: list[tuple[str, str]] = []  # (names without the article: none is written before them)
    bare: list[tuple[str, str]] = []
    for form in forms:
        rtl_by_key[_key(form)] = rtl_by_key[form] = by_key[_key(form)]  # (as written too: no key to make)
        hebrew_form = bool(_HEBREW_FORM_RE.match(form))
        article = "ה" if hebrew_form else "ال"
        stem = form[len(article):] if form.startswith(article) else form
        letters = sum(c.isalpha() for c in (stem.split() or [''])[0])
        if _PERSIAN_LETTERS_RE.search(form) or letters < (_MIN_CLITIC_STEM if stem != form else _MIN_BARE_CLITIC_STEM):
            bare.append((form, _form_pattern(form)))
            continue
        out = (hebrew if stem != form else hebrew_bare) if hebrew_form else arabic
        out.append((form, _form_pattern(form)))
        if stem != form:
            # the name after a letter that took its article's place: "ل" + "لحوثيين", "ב" + "חות'ים"
            shortened = form[len(article) - 1:] if not hebrew_form else stem
            rtl_by_key.setdefault(shortened, by_key[_key(form)])
            rtl_by_key.setdefault(_key(shortened), by_key[_key(form)])
            out.append((shortened, ("(?<=[בכל])" if hebrew_form else "(?<=ل)") + _form_pattern(shortened)))
    branches = [f"{clitics}({'|'.join(p for _, p in sorted(group, key=lambda fp: (-len(fp[0]), fp[0])))})"
                for clitics, group in ((_ARABIC_CLITICS, arabic), (_HEBREW_CLITICS, hebrew),
                                       (_HEBREW_BARE_CLITICS, hebrew_bare), ("", bare)) if group]
    return re.compile(r"(?<!\w)(?:" + "|".join(branches) + r")(?!\w)")


def _surname_allowed(sentence: str, start: int, honorifics: Collection[str] = HONORIFICS) -> bool:
    """A surname alone counts unless another capitalised word stands right before it
    ("Melinda Gates" is not Bill Gates); titles ("Mr Rubio"; honorifics, the article's language's) and punctuation
    are fine."""
    words = sentence[:start].split()
    if not words:
        return True
    prev = words[-1].lstrip("“\"‘'([")
    if not prev or prev[-1] in ",;:—–\"”’)":
        return True
    if not prev[:1].isupper():
        return True
    return prev.rstrip(".").casefold() in honorifics


def sentences(article: Article) -> Iterator[tuple[str, str]]:
    """(paragraph anchor, sentence) for every sentence of the article's paragraphs and quotes."""
    for block in article.blocks:
        if block.kind in TEXT_BLOCKS and block.anchor:
            for sentence in split_sentences(clean_field(block.text)):
                yield block.anchor, clean_sentence(sentence)


def clean_sentence(sentence: str) -> str:
    """A sentence without the excerpt markers quoting sites add ("[…]", "[Source]")."""
    if "[" not in sentence:
        return sentence.strip()
    sentence = re.sub(r"^\s*\[(?:…|\.\.\.)\]\s*", "", sentence)
    return re.sub(r"\s*\[Source\]\s*$", "", sentence).strip()


def find_mentions(article: Article, catalogue: Catalogue,
                  sents: list[tuple[str, str]] | None = None) -> list[tuple[str, str, str, int]]:
    """(entity slug, anchor, sentence, occurrences) per sentence that names a curated entity."""
    matcher = catalogue.matcher
    last_full: dict[str, str] = {}  # surname -> the person most recently named in full
    honorifics = SWAHILI_HONORIFICS if (article.language or "").split("-")[0] == "sw" else HONORIFICS
    out: list[tuple[str, str, str, int]] = []
    for anchor, sentence in sents if sents is not None else sentences(article):
        hits: list[tuple[int, int, str]] = []
        full = list(matcher.names_in(sentence))
        # (most sentences name no entity in full: no lists to build from nothing)
        spans = [(s, e) for s, e, _ in full] if full else ()
        events: list[tuple[int, int, str, str | None]] = [(s, e, slug, None) for s, e, slug in full] if full else []
        # (a surname counts only once its person was named in full: with none so far, nor in this
        # sentence, no surname here can count, and the sentence is not searched for them)
        for s, e, surname in matcher.surnames_in(sentence) if full or last_full else ():
            if not any(fs <= s < fe for fs, fe in spans):
                events.append((s, e, "", surname))
        for s, e, slug, surname in sorted(events, key=lambda x: x[0]) if events else ():
            if surname is None:
                hits.append((s, e, slug))
                name = catalogue.surnames.get(slug)
                if name:
                    # (the surname as the full name was written: "Pirvulescu" alone is Cristian Pîrvulescu
                    # once "Cristian Pirvulescu" was; after "Pedro Sánchez", "Sanchez" is another person)
                    if name not in sentence[s:e] and strip_marks(name) != name:
                        name = strip_marks(name)
                    last_full[name] = slug
            elif surname in last_full and _surname_allowed(sentence, s, honorifics):
                hits.append((s, e, last_full[surname]))
        if not hits:
            continue  # (most sentences name no entity)
        if len(hits) == 1:
            out.append((hits[0][2], anchor, sentence, 1))  # (one name, once: nothing to count)
            continue
        counts = Counter(slug for _, _, slug in hits)
        for slug in dict.fromkeys(slug for _, _, slug in hits):
            out.append((slug, anchor, sentence, counts[slug]))
    return out


def annotate_article(article: Article, catalogue: Catalogue, sents: list[tuple[str, str]] | None = None) -> None:
    """The article's own entities, most mentioned first, and the sentences naming them.

    The mentions carry the article's slug once the corpus has given it one (bind_slug).
    """
    by_slug = catalogue.by_slug
    counts: Counter[str] = Counter()
    article.mentions = []
    article.bound_slug = None  # these mentions carry article.slug, whatever was bound before
    for slug, anchor, sentence, n in find_mentions(article, catalogue, sents):
        article.mentions.append(Mention(slug, article.slug, anchor, sentence))
        counts[slug] += n
    article.entities = sorted(counts, key=lambda s: (-counts[s], by_slug[s].name.casefold()))
    if counts:
        article.decisions.append(
            "entities: " + ", ".join(f"{by_slug[s].name} ({counts[s]})" for s in article.entities))


def collect(briefing: Briefing, catalogue: Catalogue) -> None:
    """briefing.entities from the articles' mentions (each article annotated already)."""
    by_slug = catalogue.by_slug
    found: dict[str, Entity] = {}
    for article in briefing.articles:
        for m in article.mentions:
            entity = found.get(m.entity)
            if entity is None:
                src = by_slug[m.entity]
                entity = found[m.entity] = Entity(src.slug, src.name, src.type, src.aliases, src.description)
            entity.mentions.append(m)
    briefing.entities = {slug: found[slug] for slug in sorted(found)}


def annotate(briefing: Briefing, catalogue: Catalogue) -> None:
    """Find entity mentions in every article; fill briefing.entities and article.entities."""
    for article in briefing.articles:
        annotate_article(article, catalogue)
    collect(briefing, catalogue)


# --- discovery -------------------------------------------------------------------------

_ORG_WORDS = {
    "university", "institute", "institution", "group", "party", "army", "company", "corp", "corp.",
    "corporation", "inc", "inc.", "ltd", "ltd.", "foundation", "commission", "department", "ministry",
    "council", "agency", "bureau", "police", "center", "centre", "centers", "centres", "network", "times", "post",
    "news",
    "association", "committee", "office", "bank", "academy", "laboratory", "lab", "labs", "school",
    "college", "fund", "capital", "technology", "technologies", "systems", "administration",
    "court", "senate", "congress", "parliament", "government", "union", "authority", "service",
    "services", "media", "press", "journal", "review", "research", "watch", "organization",
    "organisation", "federation", "board", "club", "society", "alliance", "holdings", "partners",
}
_PLACE_WORDS = {"sea", "river", "province", "region", "city", "county", "island", "islands",
                "valley", "mountains", "bay", "strait", "state", "district", "street"}
# Capitalised words that open sentences or name roles, never the start of a name.
_NOT_NAME_START = {
    # (French words that open a sentence over a name joined by "des": "Lors des Jeux Olympiques", "Auprès
    # des Nations Unies", "Aucun des Bleus"; a review's probes)
    "lors", "près", "auprès", "aucun", "aucune", "certains", "certaines", "plusieurs", "chacun", "chacune", "selon",
    "parmi", "autour", "beaucoup",
    "the", "a", "an", "in", "on", "at", "but", "and", "or", "if", "when", "while", "after", "before",
    "this", "that", "these", "those", "its", "his", "her", "their", "our", "it", "we", "they", "he",
    "she", "as", "for", "from", "by", "with", "per", "since", "although", "however", "still", "even",
    "many", "some", "several", "both", "other", "another", "last", "next", "so", "then", "there",
    "here", "what", "why", "how", "who", "where", "which", "one", "two", "three", "to", "of", "not",
    "no", "yes", "also", "all", "any", "each", "every", "most", "more", "such", "like", "until",
    "mr", "mrs", "ms", "dr", "former", "chief", "executive", "vice", "president", "senator",
    "secretary", "attorney", "general", "director", "professor", "commissioner", "chairman", "ceo",
    "officer", "minister", "spokesperson", "spokesman", "spokeswoman", "founder", "head", "deputy",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "i", "you", "my", "your", "through", "during", "about", "over", "under",
    "similar", "meanwhile", "mayor", "governor", "premier", "chancellor", "ambassador", "judge", "lawmaker",
    "rep", "sen", "gov",
}


# The last parts of a role written with hyphens ("Vice-President", "Attorney-General"): not "All-In", "How-To"
_HYPHEN_ROLES = {"president", "chancellor", "general", "director", "secretary", "minister", "governor", "premier",
                 "chairman", "commissioner", "ambassador", "mayor", "judge", "senator", "officer", "ceo", "head",
                 "founder"}


# Titles before a name, as written (their case tells them from a word in capitals: "Power BI"): Swahili's, Bwana (Mr),
# Bibi (Ms), Daktari (Dr), Jaji (Judge), Mheshimiwa (Hon.), Rais (President): "Bi Roseline Odede", "Jaji Jacobs
# Mwambegele", "Rais Samia Suluhu Hassan" (a first-time user's East Africa briefing proposed "Rais Samia Suluhu
# Hassan" and "Rais Samia" beside "Samia Suluhu Hassan", and nobody for the others)
_CASED_TITLES = frozenset("Bw Dkt Jaji Mhe".split())
# ... and two that are names too, titles only in a Swahili sentence (_SWAHILI_RE): "Rais Yatim" (Malaysia's), "Amien
# Rais" (Indonesia's), "Bi Gan" (a Chinese film director)
_SWAHILI_TITLES = frozenset({"Bi", "Rais"})
# A Swahili sentence's small words ("wa", "ya", "kwa") or a verb's past, perfect or present ("alisema", "amepata",
# "akiapishwa"): a cheap test, for the two titles above
_SWAHILI_RE = re.compile(r"\b(?:wa|ya|na|kwa|za|cha|katika|(?:aki|ali|ame|ana|ata|wali|wame)[a-z]{3,}a)\b")
# ... and a Commonwealth parliament's, with its full stop (not "Hon Hai", Foxconn's name): "the Hon. Kimani Ichung'wah",
# "the Rt. Hon. Member"
_TITLES_WITH_STOP = frozenset({"Hon.", "Rt."})


def _not_name_start(word: str, opens_sentence: bool = False) -> bool:
    """A word that opens a sentence or names a role, not a name: a listed one, a title as written
    (_CASED_TITLES, _TITLES_WITH_STOP), or, as the sentence's first word, a sentence adverb
    ("Similarly", "Remarkably": -ly words; elsewhere they are names: "Grace Kelly", "Bank of Italy",
    "Mexico News Daily") or a question's auxiliary ("Does")."""
    key = word.casefold().rstrip(".,")
    return key in _NOT_NAME_START or word.rstrip(".,") in _CASED_TITLES or word.rstrip(",") in _TITLES_WITH_STOP \
        or opens_sentence and (len(key) > 4 and key.endswith("ly") or key in _AUXILIARIES) \
        or "-" in key and all(part in _NOT_NAME_START for part in key.split("-")) \
        and key.split("-")[-1] in _HYPHEN_ROLES  # "Vice-President"; not "All-In", "How-To"


# A question's first word ("Does China have a response?"): no name's, at a sentence's start.
# (not "Will", "Can", "Do", "May": given names, "Will Lewis", "Can Dündar", "Do Kwon")
_AUXILIARIES = frozenset("does did is are was were could would should shall has have had might".split())


_ROLE_LIST = (
    "professor", "director", "chairman", "chairwoman", "chair", "president", "founder", "co-founder", "author",
    "analyst", "researcher", "engineer", "executive", "spokesperson", "spokesman", "spokeswoman", "adviser",
    "advisor", "minister", "secretary", "senator", "commissioner", "correspondent", "editor", "reporter", "chief",
    "ceo", "head", "fellow", "expert", "lawyer", "official", "scientist", "economist", "journalist", "member",
    "partner", "manager", "officer", "representative",
)


_ROLE_WORDS = word_trie(_ROLE_LIST)
# A prefilter: the letters a role word can start with when case is ignored (both cases, and
# the four non-ASCII letters re's IGNORECASE matches to ASCII ones: İ ı ſ K). It lets the
# scan skip every other word at once; a case-insensitive class does the same 1.5x slower.
_ROLE_FIRST = "".join(sorted({c for w in _ROLE_LIST for c in (w[0], w[0].upper())}))
_ROLE_START = "(?=[" + _ROLE_FIRST + "\u0130\u0131\u017f\u212a])"
# Capitals and small letters beyond ASCII too: "José Álvarez", "EL PAÍS".
_UP, _LOW = f"[{UPPER}]", f"[{LOWER}]"
_CAP = rf"{_UP}{_LOW}+(?:-{_UP}?{_LOW}+)?"
# (with the particles of Portuguese, Spanish and Italian names inside it: "André Corrêa do Lago" had been
# "André Corrêa"; not German's "von", which is as often "of": "Evangelist von The Linux Foundation")
_PARTICLE = r"(?:da|de|do|dos|das|del|della|di)"
_PERSON = rf"{_CAP}(?:\s+{_UP}\.)?(?:\s+(?:{_PARTICLE}\s+){{0,2}}{_CAP}){{1,2}}"
# The verbs before and after a speaker's name (case-sensitive, as the patterns are).
_VERBS_BEFORE = ("said", "says", "told", "according to", "wrote", "added")
_VERBS_AFTER = ("said", "says", "told", "added", "wrote", "noted", "argued")
# A title before a name: "Dr. Demetre Daskalakis", "Prof Jane Roe", "Mr. John Smith".
_HONORIFIC = r"(?:Dr|Prof|Mr|Mrs|Ms)\.?"
_SPEAKER_PATTERNS = (
    # said Zhang Yaqin, chairman of Baidu / according to Jane Doe, an analyst at X / said Dr. Jane
    # Doe, a CDC official
    re.compile(rf"\b(?:{'|'.join(_VERBS_BEFORE)})\s+(?:{_HONORIFIC}\s+)?(?P<name>{_PERSON}),\s+(?:the\s+|a\s+|an\s+)?"
               rf"(?P<role>[^,.;]{{0,80}}?\b(?:{_ROLE_WORDS})\b[^,.;]{{0,60}})"),
    # Ian Hall, an international relations professor at X, said
    re.compile(rf"(?P<name>{_PERSON}),\s+(?:the\s+|a\s+|an\s+)?(?P<role>[^,.;]{{0,80}}?\b(?:{_ROLE_WORDS})\b"
               rf"[^,.;]{{0,80}}),\s+(?:{'|'.join(_VERBS_AFTER)})\b"),
    # engineer Jiaxin Shan / commissioner Brendan Carr / Professor John Fitzgerald
    re.compile(rf"\b{_ROLE_START}(?P<role>(?i:{_ROLE_WORDS}))\s+(?P<name>{_PERSON})\b(?![\s\u00a0]+{_UP})"),
    # State Veterinarian Dr. Maggie Baldwin issued ... (not "Dr. Martens boots": two words at least)
    # (as a speaker, or with the age: "Dr. Maggie Baldwin issued", "Dr. Jane Roe, a CDC official", "Dr. André
    # Geicke, 63 Jahre alt"; not "Dr. Pepper Zero
    # Sugar", "Mr. Clean Magic Eraser", "Innovation Dr. Santa Clara")
    re.compile(rf"\b(?P<role>{_HONORIFIC})\s+(?P<name>{_PERSON})\b(?![\s\u00a0]+{_UP})"
               rf"(?=,\s+(?:a|an|the)\s|,\s+\d{{1,3}}\b|,\s+(?:[\w.'’-]+\s+){{0,3}}(?i:{_ROLE_WORDS})\b"
               r"|\s+(?:said|says|told|added|issued|announced|wrote|noted|explained|warned|urged|testified"
               r"|confirmed|declared|ordered)\b)"),
    # said Commissioner of Agriculture Kate Greenberg. / said Secretary of State Antony Blinken, ...:
    # the title in capitals, with no article, the name ending the clause (the title's last word
    # must be a role's: see candidate_hits)
    re.compile(rf"\b(?:{'|'.join(_VERBS_BEFORE)})\s+(?P<role>{_CAP}(?:\s+{_CAP})?)\s+of\s+(?:the\s+)?"
               rf"{_CAP}(?:\s+(?:and\s+)?{_CAP}){{0,3}}\s+(?P<name>{_PERSON})(?=\s*[,.;:)]|$)"),
    # a Swahili title before the name, a person's whatever the verb: "Bi Roseline Odede, alilaani …", "Jaji Jacobs
    # Mwambegele amesema …", "Dkt. Nanjala Nyabola"
    # (not "Kimani Ichung" of "Mhe. Kimani Ichung'wah")
    re.compile(rf"\b(?P<role>{'|'.join(sorted(_CASED_TITLES | _SWAHILI_TITLES))})\.?\s+(?P<name>{_PERSON})\b"
               rf"(?![\s\u00a0]+{_UP}|['’]\w)"),
)
_TITLE_OF = _SPEAKER_PATTERNS[-2]
_SWAHILI_TITLE = _SPEAKER_PATTERNS[-1]
_NAME_FIRST = _SPEAKER_PATTERNS[1]
# What every match of the speaker patterns but _NAME_FIRST holds, its name's start: a space (after
# the verb, role or title), then _PERSON's first two words (the capital first: the scan skips to
# capitals), its particles between them. Most sentences have none: a cheap test before those patterns' scans, which try every
# position.
_SPACED_PERSON_START = re.compile(rf"{_UP}(?<=\s.){_LOW}+(?:-{_UP}?{_LOW}+)?\s+(?:{_UP}\.\s+)?"
                                  rf"(?:{_PARTICLE}\s+){{0,2}}{_CAP}")
# A title's region after its body, no name: "Vice President of Sales North America", "… Asia Pacific"
_REGION_WORDS = frozenset("north south east west central global america americas europe asia africa pacific "
                          "atlantic emea apac latin markets operations".split())
# The roles a speaker's "name" ending in is a title's, not a family name's ("Veterinary Officer",
# "Brand Officer"; not Ian Head, Sarah Fellow, Tom Partner, Ann Member)
_ROLES = frozenset(_ROLE_LIST) - {"head", "fellow", "partner", "member", "chief", "expert", "author"}
# A transcript's turn: "[00:01:20] DEREK HOLLOWAY: And that delay matters", "LENA VARGA: Well, ..."
_TRANSCRIPT_SPEAKER = re.compile(rf"\[?\d{{1,2}}:\d{{2}}(?::\d{{2}})?\]?\s+"
                                 rf"(?P<name>{_UP}{{2,}}(?:[\s\u00a0]+{_UP}{{2,}}){{1,3}}):\s")
# Per speaker pattern, words one of which its every match contains (none: no such test).
_SPEAKER_WORDS = (_VERBS_BEFORE, _VERBS_AFTER, (), ("Dr", "Prof", "Mr", "Ms"), _VERBS_BEFORE,
                  tuple(_CASED_TITLES | _SWAHILI_TITLES))
_NAME_FIRST_ONLY = ((_NAME_FIRST, _SPEAKER_WORDS[1]),)  # (the pattern a sentence with no _SPACED_PERSON_START needs)
_ACRONYM_DEF = re.compile(rf"((?:{_UP}[\w'’&.-]*[\s\u00a0]+(?:(?:of|and|for|the|on|de)[\s\u00a0]+)?){{1,9}})"
                          rf"\((?P<acro>{_UP}[{UPPER}{LOWER}&]{{1,9}})\)")
# The lookbehind after the first capital, not before it: a pattern that starts with a class
# lets the scan skip to its candidates (the same matches, faster). A middle initial goes on
# with the name when a name follows it ("John M. Ford", not "M. Ford"). A word in capitals
# may hold an ampersand ("AT&T", "MITRE ATT&CK").
# (The words between the capitalised ones of a name: "of", and the Romance languages' "de", "del",
# "de la", "da", "dos", "para la", … : "Consejo de Seguridad Nacional", "Ministerio para la
# Transición Ecológica", "Charles de Gaulle"; their fragments, "Seguridad Nacional", had been the names.)
# (Not German's "des", "das": its nouns are capitalised, "Feststellungen des Berufungsgerichts", "Wie
# das Internet"; French "des" outside German articles, _CAP_RUN.)
_NAME_JOINERS = r"(?:of|de(?: la| las| los)?|del|da|do|dos|du|di|della|dei|degli|para (?:la|el|os|as|o|a)|per (?:a|la|il))"
_JOINER_WORDS = frozenset("of de del la las los da do dos du di della dei degli para el os as o a per il des".split())
# (The first word's run is atomic, "(?>…)": no shorter part of it can be followed by the space the
# next word needs, since every character of the run is a word's; so giving back characters one by one,
# which the engine otherwise tries for each capitalised word with no name after it, finds nothing.)
_CAP_RUN_PATTERN = (rf"{_UP}(?<![\w'’].)(?:(?>[\w'’.&-]*[{LOWER}0-9.][\w'’.&-]*)|{_UP}+(?:&{_UP}+)*)"
                    rf"(?:[\s\u00a0]+(?:JOINERS[\s\u00a0]+)?(?:{_UP}[\w'’.&-]*[{LOWER}0-9][\w'’.&-]*|{_UP}{{2,}}(?:&{_UP}+)*"
                    rf"|{_UP}\.(?=\s+{_UP}{_LOW})))+")
_CAP_RUN_DE = re.compile(_CAP_RUN_PATTERN.replace("JOINERS", _NAME_JOINERS))
# ... and outside German, French "des" too: "Laurence des Cars", "Ministère des Armées" (a user's Louvre
# briefing named the museum's director in eight articles, and she was never proposed)
_CAP_RUN = re.compile(_CAP_RUN_PATTERN.replace("JOINERS", _NAME_JOINERS[:-1] + "|des)"))

# An institution's name that joins two fields by "and" ("California Department of Food and
# Agriculture", "Ministry of Commerce and Industry"): a run that ends in an institution's word,
# "of" and one or two capitalised words goes on over "and" and the one or two capitalised words after it,
# when all of them name what such a body is about (_FIELDS), no capitalised word follows, nor
# the people of two bodies ("the Academy of Sciences and Tencent", "the Department of Justice
# and Microsoft", "Board of Directors and Management", "Defense and Energy officials": two).
_AND_TAIL = re.compile(rf"[\s\u00a0]+and[\s\u00a0]+({_UP}[\w'’&-]*[{LOWER}][\w'’&-]*"
                       rf"(?:[\s\u00a0]+{_UP}[\w'’&-]*[{LOWER}][\w'’&-]*)?)(?![\s\u00a0]*(?:{_UP}|\())")
_FIELDS = frozenset("""
agriculture environment health human services industry industries commerce trade technology technologies science
sciences education culture energy justice security development planning research innovation finance economy
economic labor labour welfare housing transport transportation tourism sport sports media communications
information fisheries forestry food water resources mines mining infrastructure defence defense veterans affairs
family youth women employment social public natural rural urban arts heritage climate statistics medicine engineering
law policy management markets rights equality immigration migration citizenship enterprise investment land
environmental consumer protection safety telecommunications aviation maritime ports customs revenue
""".split())
_OF_ORG = re.compile(r"\b(?:Department|Ministry|Bureau|Office|Institute|School|College|Faculty|Commission|Council"
                     r"|Secretary|Secretariat|Agency|Academy|Board|Committee|Administration|Centre|Center)"
                     rf" of ({_UP}[\w'’&-]*(?: {_UP}[\w'’&-]*)?)$")
# "the Department of Defense and Energy officials", "Finance and Trade unions": two bodies' people
# (after one word: "Department of Health and Human Services officials" is one body's)
_PEOPLE_AFTER = re.compile(r"\s+(?:officials|leaders|ministers|secretaries|staff|employees|workers|officers|experts"
                           r"|laboratories|labs|agencies|departments|ministries|committees|teams|unions|sectors"
                           r"|industries|spokespeople|representatives|heads|chiefs)\b")


@dataclass
class _Candidate:
    name: str
    type: str
    aliases: set[str] = field(default_factory=set)
    count: int = 0
    evidence: set[str] = field(default_factory=set)
    examples: list[dict[str, str]] = field(default_factory=list)

    def add(self, article: str, anchor: str | None, sentence: str, evidence: str) -> None:
        self.count += 1
        self.evidence.add(evidence)
        if len(self.examples) < MAX_EXAMPLES and all(x["sentence"] != sentence for x in self.examples):
            example = {"article": article, "sentence": sentence}
            if anchor:
                example["anchor"] = anchor
            self.examples.append(example)

    def merge(self, other: "_Candidate") -> None:
        """Take in another spelling's candidate (its count, evidence, aliases, examples)."""
        self.aliases |= other.aliases
        self.evidence |= other.evidence
        self.count += other.count
        self.examples = (self.examples + [x for x in other.examples if x not in self.examples])[:MAX_EXAMPLES]
        if self.type == "unknown":
            self.type = other.type


# The articles of the other languages read here: capitalised at a sentence's start, over a noun that
# German always capitalises ("Der Erzbischof") or any noun a title ("Il Pontefice"): no name. (Within
# a sentence, capitalised, they are the name's: "Der Spiegel", "Le Monde", "Los Angeles".)
_ARTICLES = frozenset("le la les l il lo gli der die das den dem des el los las un une ein eine uno una".split())


# Days of the calendar, named in capitals as names are: no entity ("New Year", "New Year's Day")
_HOLIDAYS = frozenset(_key(h) for h in (
    "New Year", "New Year's Day", "New Year's Eve", "Christmas Day", "Christmas Eve", "Boxing Day", "Easter Sunday",
    "Easter Monday", "Good Friday", "Labor Day", "Labour Day", "Memorial Day", "Independence Day", "Thanksgiving Day",
    "Veterans Day", "Mother's Day", "Father's Day", "Valentine's Day", "Lunar New Year", "Chinese New Year",
    "May Day", "All Saints' Day", "Golden Week"))


# A transcript's speaker over its turn, a heading of its own ("## Tim Archer" / "Thank you, Ram. …"; a first-time
# user's earnings call named its executives and analysts so, and none was a candidate): a person's name, in a
# page whose headings are turns (one of them its operator's, or a name heading two turns or more), not an
# explainer's "## Key Findings".
_TURN_NAME_RE = re.compile(r"[A-Z][\w.'’-]*[a-z.](?: [A-Z][\w.'’-]*[a-z.]){1,3}")


def _turn_headings(article: Article) -> list[tuple[str, str | None]]:
    """The speakers' names a transcript's turns are headed by, each with its first turn's anchor."""
    headings = [(i, b.text) for i, b in enumerate(article.blocks) if b.kind == "heading"]
    if len(headings) < 2:
        return []
    counts = Counter(text for _, text in headings)
    if not (CALL_HOSTS & {t.casefold() for t in counts}
            or any(n >= 2 and _TURN_NAME_RE.fullmatch(t) for t, n in counts.items())):
        return []
    found: dict[str, str | None] = {}
    for i, text in headings:
        if text not in found and _TURN_NAME_RE.fullmatch(text):
            found[text] = next((b.anchor for b in article.blocks[i + 1:i + 2] if b.kind in PROSE), None)
    return list(found.items())


# A transcript's turns without their times, each paragraph opened by its speaker's name in capitals and a colon
# ("WAIHIGA MWAURA: Karibu kwenye Jukwaa la Siasa.", "NANJALA NYABOLA: Asante sana, Waihiga.": a first-time user's
# radio interview proposed both as organisations, capitals read as an acronym's): people, when two names or more each
# open two turns or more (not a shop's "VIEW PRICE: …", a release's "MEDIA CONTACT: …", said once).
_TURN_LABEL_RE = re.compile(rf"({_UP}[{UPPER}'’.-]+(?:[\s\u00a0]+{_UP}[{UPPER}'’.-]+){{1,3}}):\s")
MIN_TURNS = 2
# The words of a script's labels for no one named, each a transcript's turn but no person: "VOICE OVER", "SECOND
# VOICE", "UNIDENTIFIED MALE", "AUDIENCE MEMBER", "ANNOUNCER", "NARRATOR" (CNN's and C-SPAN's)
_SCRIPT_LABEL_WORDS = frozenset("""VOICE OVER VO UNIDENTIFIED UNKNOWN MALE FEMALE MAN WOMAN AUDIENCE MEMBER MEMBERS
ANNOUNCER NARRATOR CROWD CHORUS CALLER SPEAKER SPEAKERS REPORTER REPORTERS PARTICIPANT GROUP OFF CAMERA CAPTION
PROTESTER PROTESTERS STUDENT STUDENTS INTERPRETER TRANSLATOR QUESTION ANSWER CROSSTALK""".split())
# A glossary's terms, each opening its paragraph before a colon and its definition, the next paragraph's another of
# the same kind ("Health Alert: Conveys the highest level of importance …" / "Health Advisory: Provides important
# information …": a CDC alert's, whose label was one of the two mentions that proposed "Health Advisory" to a
# first-time user's measles briefing): no mention (not a caption's or a speaker's, "Keck Observatory: Twin Telescopes
# on Mauna Kea", "Prof. Carlos: Estou aqui …", whose paragraph stands alone or beside another's name)
# (the first words of places', which a roundup's paragraphs open with: "New Mexico: …", "New York: …", "South
# Sudan: …")
_PLACE_FIRST_WORDS = frozenset("New North South East West Upper Lower San Santa Saint St. Los Las El La".split())
_TERM_RE = re.compile(rf"(({_UP}[\w'’-]*)(?:[\s\u00a0]+{_UP}[\w'’-]*){{1,3}}):[\s\u00a0]+[\"“]?{_UP}")


def _glossary(article: Article) -> set[str]:
    """The anchors of the paragraphs that open with a glossary's term (_TERM_RE)."""
    terms = [(block.anchor, m) if block.kind in TEXT_BLOCKS and block.anchor and ":" in block.text[:60]
             and (m := _TERM_RE.match(block.text)) else (None, None) for block in article.blocks]
    found = set()
    for (anchor, m), (next_anchor, n) in zip(terms, terms[1:]):
        if m and n and m.group(2) == n.group(2) and m.group(1) != n.group(1) \
                and m.group(2) not in _PLACE_FIRST_WORDS:  # (not a speaker's two turns, nor a roundup's places)
            found |= {anchor, next_anchor}
    return found


def _turn_labels(article: Article) -> frozenset[str]:
    """The speakers' names in capitals that open the turns of a transcript (_TURN_LABEL_RE)."""
    counts: Counter[str] = Counter()
    for block in article.blocks:
        if block.kind in TEXT_BLOCKS and block.text[:1].isupper() and (m := _TURN_LABEL_RE.match(block.text)):
            counts[m.group(1)] += 1
    names = {name for name, n in counts.items() if n >= MIN_TURNS and not set(name.casefold().split()) & _ORG_WORDS}
    if len(names) < 2:
        return frozenset()
    return frozenset(name for name in names if not set(name.split()) & _SCRIPT_LABEL_WORDS)


def candidate_hits(article: Article, catalogue: Catalogue,
                   sents: list[tuple[str, str]] | None = None) -> list[CandidateHit]:
    """Names in one article that could become curated entities (merged by discover_candidates).

    Three signals: an acronym defined in the text ("Full Name (ABC)"), a person named with
    a role ("said X, title of Y", "engineer X", bylines), and a capitalised multi-word name
    (which must recur across the corpus). Names the catalogue already knows, or that sit
    inside a known name, are left out.
    """
    known, inside_known = catalogue.discovery_keys
    hits: list[CandidateHit] = []

    def add(name: str, etype: str, anchor: str | None, sentence: str, evidence: str,
            alias: str | None = None, opens_sentence: bool = False) -> None:
        name = name if evidence == "acronym" else _trim_name(name, opens_sentence)
        if etype == "person" and len(name.split()) < 2:
            return  # a lone "Rubio" or "Satya" is not a name the analyst can promote
        key = _key(name)
        if not name or key in known or (alias and _key(alias) in known) or len(name) < 3 or key in _HOLIDAYS:
            return
        # (the key has one space between words: _key)
        spaces = key.count(" ")
        if spaces == 1 and " ".join(reversed(key.split(" "))) in known:
            return  # a known person with the family name first, as Japanese or Chinese news writes it ("Kishida Fumio")
        if key in inside_known:
            return  # part of a known name ("Communist Party" in "Chinese Communist Party")
        if spaces >= 2 and key.split(" ", 1)[1] in known:
            return  # a known person under a title ("Kulturministerin Rachida Dati", "Mgr Laurent Ulrich")
        if opens_sentence and spaces == 1 and key[:key.index(" ")] in _ARTICLES:
            return  # an article and a noun, capitalised by the sentence ("Il Pontefice", "Der Erzbischof")
        hits.append(CandidateHit(key, name, etype, evidence, sentence, anchor, alias))

    cap_run = _CAP_RUN_DE if (article.language or "").startswith("de") else _CAP_RUN
    for author in article.authors:
        if 2 <= len(author.split()) <= 4:
            add(author, "person", None, f"Byline of “{article.title}”", "byline")
    for name, anchor in _turn_headings(article):
        add(name, "person", anchor, f"Speaker in “{article.title}”", "speaker")
    speakers, glossary = _turn_labels(article), _glossary(article)
    last_anchor: str | None = None
    for anchor, sentence in sents if sents is not None else sentences(article):
        first = len(hits)
        opens_paragraph, last_anchor = anchor != last_anchor, anchor
        labelled = 0  # (the end of the turn's speaker that opens the sentence: no name in capitals to read again)
        if speakers and (m := _TURN_LABEL_RE.match(sentence)) and m.group(1) in speakers:
            add(" ".join(w.capitalize() for w in m.group(1).split()), "person", anchor, sentence, "speaker")
            labelled = m.end(1)
        if "(" in sentence:
            for m in _ACRONYM_DEF.finditer(sentence):
                full = _expand_acronym(m.group(1), m.group("acro"))
                if full:
                    add(full, _name_type(full, sentence), anchor, sentence, "acronym", m.group("acro"))
        if ":" in sentence and (m := _TRANSCRIPT_SPEAKER.match(sentence)):
            # a transcript's speaker, named in capitals before the timed turn: a person (not
            # without the time: a shop's "VIEW PRICE: ..." reads the same)
            add(" ".join(w.capitalize() for w in m.group("name").split()), "person", anchor, sentence, "speaker")
        spaced = _SPACED_PERSON_START.search(sentence) is not None
        swahili = any(map(sentence.__contains__, _SWAHILI_TITLES)) and _SWAHILI_RE.search(sentence) is not None
        # (unspaced, only _NAME_FIRST can match: the others are not even looked at; most sentences)
        for pattern, words in zip(_SPEAKER_PATTERNS, _SPEAKER_WORDS) if spaced else _NAME_FIRST_ONLY:
            if pattern is _NAME_FIRST and sentence.count(",") < 2:
                continue  # (its every match holds two commas: after the name, after the role)
            if words and not any(map(sentence.__contains__, words)):
                continue  # the pattern's verb is not in the sentence: a substring test, not a scan
            for m in pattern.finditer(sentence):
                name, parts = m.group("name"), m.group("name").casefold().split()
                if pattern is _SWAHILI_TITLE and m.group("role") in _SWAHILI_TITLES and not swahili:
                    continue  # "Rais Yatim said …", "Bi Gan won …": names
                # (a role is no name: "said Dr. Rosemary Sifford, USDA Chief Veterinary Officer")
                if not (set(parts) & _ORG_WORDS or parts[-1] in _ROLES) \
                        and (pattern is not _TITLE_OF or m.group("role").split()[-1].casefold() in _ROLES
                             and not set(parts) & _REGION_WORDS):  # ("said Vice President of Sales North America.")
                    add(name, "person", anchor, sentence, "speaker")
        joined_to = 0
        chains = _for_chains(sentence) if " for " in sentence else []
        for _, _, names in chains:
            for name in names:
                add(name, _name_type(name, sentence), anchor, sentence, "repeated")
        runs = list(cap_run.finditer(sentence))
        for i, m in enumerate(runs):
            if m.start() < joined_to or chains and any(s <= m.start() < e for s, e, _ in chains) \
                    or m.end() <= labelled:
                continue  # the words after "and" that the name before took, a "for" name's; a turn's speaker
            if m.start() == 0 and glossary and anchor in glossary and opens_paragraph:
                continue  # a glossary's term: "Health Advisory: Provides important information …"
            if m.start() < 40 and _in_capitals(m.group()) and _DATELINE_AFTER.match(sentence, m.end()) \
                    and _DATELINE_BEFORE.fullmatch(sentence, 0, m.start()):
                continue  # a wire's dateline: "NEW YORK (AP) —", "(ANSA) - NEW YORK, 07 GEN -"
            if (body := _and_body(sentence, m)) is not None:
                for name in body:
                    add(name, _name_type(name, sentence), anchor, sentence, "repeated")
                continue
            run, opens = m.group(), m.start() == 0
            if swahili and run.split(" ", 1)[0] in _SWAHILI_TITLES and " " in run:
                run, opens = run.split(" ", 1)[1], False  # "Rais Samia Suluhu Hassan wa Chama cha Mapinduzi …"
            if chains and (cut := [s for s, _, _ in chains if m.start() < s < m.end()]):
                run = sentence[m.start():cut[0]]  # "U.S. Centers for …": the "for" name has "Centers"
            elif i + 1 < len(runs) and _AND_BETWEEN.fullmatch(sentence, m.end(), runs[i + 1].start()) \
                    and _and_body(sentence, runs[i + 1]):
                run = run.rsplit(None, 1)[0]  # "U.S. Food and Drug Administration": its "Food" is the next one's
            names = list(_split_run(run, opens))
            if names and m.group().endswith(names[-1]) and (tail := _AND_TAIL.match(sentence, m.end())) \
                    and (of := _OF_ORG.search(names[-1])) and all(w.casefold() in _FIELDS for w in of.group(1).split())\
                    and all(w.casefold() in _FIELDS for w in tail.group(1).split()) \
                    and not (len(tail.group(1).split()) == 1 and _PEOPLE_AFTER.match(sentence, tail.end())):
                names[-1] += " and " + tail.group(1)  # "Department of Food and Agriculture"
                joined_to = tail.end()
            for name in names:
                add(name, _name_type(name, sentence), anchor, sentence, "repeated", opens_sentence=opens)
        if len(hits) > first + 1:
            hits[first:] = _without_fragments(hits[first:])
    return hits


def _without_fragments(hits: list[CandidateHit]) -> list[CandidateHit]:
    """A sentence's hits less the bare names that are words inside a name its acronym defines:
    "Drug Administration" in "the agency's Food and Drug Administration (FDA)"."""
    longer = [f" {h.name} " for h in hits if h.evidence == "acronym" and " " in h.name]
    return [h for h in hits if h.evidence != "repeated"
            or not any(f" {h.name} " in name and len(name) > len(h.name) + 2 for name in longer)]


# A wire's dateline, its place in capitals: "NEW YORK (AP) —", "WASHINGTON —", "BROOMFIELD, Colo. -",
# "NEW YORK, March 14 (Reuters) -", and Italian wires' "(ANSA) - NEW YORK, 07 GEN -".
_DATELINE_BEFORE = re.compile(r"\s*(?:\([A-Za-z]{2,10}\)\s*[-–—]+\s*)?")
_DATELINE_AFTER = re.compile(r"(?:,\s*[A-Z][a-z]{0,4}\.(?:\s*[A-Z][a-z]{0,2}\.)?)?"
                             r"(?:,\s*(?:\d{1,2}\s+[A-Z]{3}|[A-Z][a-z]{2,8}\.?\s+\d{1,2}))?"
                             r"\s*(?:\([^()]{2,30}\)\s*)?(?:--|[-–—])\s")
# Bodies named "<X> for <Y>" ("Centers for Disease Control and Prevention", "Department for
# Education") or "<Y> and <Z> <body>" ("Food and Drug Administration"): one name, not the fragments
# "Disease Control", "Drug Administration" (a capitalised run stops at "for" and "and").
_BODY_WORDS = frozenset("""
administration agency alliance association authority board bureau center centers centre centres coalition commission
committee council department endowment forum foundation fund institute institution league ministry network office
organization organisation partnership programme program service society trust union
""".split())
_BODY_CAPS = "|".join(sorted((w.capitalize() for w in _BODY_WORDS), key=lambda w: (-len(w), w)))
_FOR_CHAIN = re.compile(rf"(?<![\w’'])((?:{_UP}[\w'’.&-]*[\s\u00a0]+(?:of[\s\u00a0]+)?){{0,4}}(?:{_BODY_CAPS}))"
                        rf"[\s\u00a0]+for[\s\u00a0]+"
                        rf"({_UP}[\w'’.&-]*(?:[\s\u00a0]+(?:of[\s\u00a0]+)?{_UP}[\w'’.&-]*){{0,4}})")
# What every match of _FOR_CHAIN holds: a body's word, the spaces and "for" and a space after it (a
# pattern of literal words: the scan skips to their capitals).
_BODY_FOR = re.compile(rf"(?:{_BODY_CAPS})[\s\u00a0]+for[\s\u00a0]")
# ... and the field after "and" that such a name may end with: a common noun's ("and Prevention",
# "and International Studies", "and Pensions"; not "the Office for National Statistics and Microsoft")
_AND_AFTER = re.compile(rf"[\s\u00a0]+and[\s\u00a0]+((?:{_UP}[\w'’&-]*[{LOWER}][\w'’&-]*[\s\u00a0]+){{0,2}}"
                        rf"(?:{_UP}[{LOWER}]*(?:tions?|sions?|ments?|ies|ics|ences?|ances?|ity|isms?|ures?|ing|ness)"
                        rf"|(?i:{'|'.join(sorted(_FIELDS))})))(?![\w'’&-]|[\s\u00a0]*{_UP})")
# "the Food and …", "The Securities and …", "the U.S. Food and …" or the sentence's start, then one
# capitalised word
_AND_BEFORE = re.compile(rf"(?:^|(?<![\w’'])(?:[Tt]he|[A-Z][A-Z.]{{1,5}})[\s\u00a0]+)({_UP}{_LOW}+)[\s\u00a0]+and"
                         rf"[\s\u00a0]+$")
_AND_BETWEEN = re.compile(r"[\s\u00a0]+and[\s\u00a0]+")


def _for_chains(sentence: str) -> list[tuple[int, int, list[str]]]:
    """(start, end, names) of each "<X> for <Y>" body's name in the sentence (see _BODY_WORDS)."""
    if not _BODY_FOR.search(sentence):
        return []  # (no body's word before "for": _FOR_CHAIN, which opens with a lookbehind, tries every position)
    out = []
    for m in _FOR_CHAIN.finditer(sentence):
        body, after = _split_parts(m.group(1), m.start() == 0), _split_parts(m.group(2))
        first = m.group(2).split()[0]
        if not body or not after or after[0][0] != first or month_number(first) or WEEKDAY_NAME_RE.fullmatch(first):
            continue
        name, end = body[-1] + ["for"] + after[0], m.end()
        if len(after) == 1 and (tail := _AND_AFTER.match(sentence, end)) and _field_tail(tail.group(1).split()):
            name, end = name + ["and"] + tail.group(1).split(), tail.end()  # "… Control and Prevention"
        start = m.start(1) + m.group(1).rindex(body[-1][0])
        out.append((start, end, [" ".join(w) for w in [name] + after[1:] if 2 <= len(w) <= MAX_NAME_WORDS + 2]))
    return out


_FIELD_SUFFIX_RE = re.compile(r"(?:tions?|sions?|ments?|ies|ics|ences?|ances?|ity|isms?|ures?|ing|ness)$")


def _field_tail(words: list[str]) -> bool:
    """Whether the words after a "for" name's "and" are a field's ("and Prevention", "and International
    Studies"), not another body's ("and Resolution Foundation", "and Oxford Economics")."""
    return words[-1].casefold() not in _BODY_WORDS and all(
        w.casefold() in _FIELDS or _FIELD_SUFFIX_RE.search(w) or w.endswith("al") for w in words)


# A people's adjective ("British", "Israeli", "European"): "the British and European Union sides" name
# the European Union, not a "British and European Union".
_DEMONYM_RE = re.compile(r"(?:\w{3,}ish|\w+(?:ian|ese|can|ean|man)|\w{3,}i)$")


def _and_body(sentence: str, m: re.Match[str]) -> list[str] | None:
    """The names of the capitalised run m when "<Y> and" before it make a body's name with it
    ("the Food and Drug Administration"), else None."""
    if not sentence[:m.start()].rstrip().endswith("and"):
        return None  # (the words before end in no "and": a test before _AND_BEFORE's search, which ends so)
    before = _AND_BEFORE.search(sentence, 0, m.start())
    if before is None or (first := before.group(1)).casefold() in _ORG_WORDS or _not_name_start(first) \
            or _DEMONYM_RE.search(first):
        return None
    parts = _split_parts(m.group(), m.start() == 0)
    if not parts or not m.group().startswith(parts[0][0]) or parts[0][-1].rstrip(".,").casefold() not in _BODY_WORDS:
        return None
    return [" ".join(w) for w in [[first, "and"] + parts[0]] + parts[1:] if 2 <= len(w) <= MAX_NAME_WORDS]


def _in_capitals(name: str) -> bool:
    """A name of two words or more in capitals: an acronym's ("US FDA"), or a dateline's or a
    label's ("NEW YORK", "KEY POINTS"), which the text may write otherwise."""
    return name.isupper() and " " in name


def discover_candidates(briefing: Briefing, catalogue: Catalogue) -> list[dict[str, object]]:
    """New entity candidates for the analyst to promote into the curated file.

    The hits of every article (candidate_hits, computed with the article's analysis when
    it has one); a bare recurring name needs MIN_REPEATED_NAME occurrences, a byline
    counting as one; a name only bylines give is not proposed (no text names it: promoted,
    it would get no entity page).
    """
    cands: dict[str, _Candidate] = {}
    for article in briefing.articles:
        hits = article.candidate_hits if article.analysed else candidate_hits(article, catalogue)
        for hit in hits:
            cand = cands.get(hit.key)
            capitals = _in_capitals(hit.name)  # typed as an acronym would be ("US FDA", but "NEW YORK")
            if cand is None:
                cand = cands[hit.key] = _Candidate(hit.name, hit.type)
            elif _in_capitals(cand.name) and not capitals:
                # "New York" as the text writes it, typed by it: not by a dateline's "NEW YORK"
                cand.name, cand.type = hit.name, hit.type
            elif cand.type == "unknown" and hit.type != "unknown" and not (capitals and not _in_capitals(cand.name)):
                cand.type = hit.type
            if hit.alias:
                cand.aliases.add(hit.alias)
            cand.add(article.slug, hit.anchor, hit.sentence, hit.evidence)
    for key in [k for k in cands if " " in k and k.split(None, 1)[0] in _ARTICLES]:
        rest = key.split(None, 1)[1]
        if " " in rest and rest in cands:
            # the same name with an article the sentence put before it ("Le Président de la République"
            # beside "Président de la République"): one candidate, as the text names it elsewhere
            cands[rest].merge(cands.pop(key))
    twins: dict[str, list[str]] = {}
    for key in cands:
        twins.setdefault(strip_marks(key), []).append(key)
    for keys in twins.values():
        if len(keys) > 1 and " " in keys[0]:  # (as matching, names of two words or more: see _twin)
            # the same name with and without its marks ("Nicușor Dan", "Nicusor Dan" in an English
            # wire): one candidate, named with them (matching finds the other spelling too)
            keys.sort(key=lambda k: (k.isascii(), -cands[k].count, k))
            for key in keys[1:]:
                cands[keys[0]].merge(cands.pop(key))
    out: list[dict[str, object]] = []
    for cand in cands.values():
        if not _proposed(cand):
            continue
        out.append({
            "name": cand.name, "type": cand.type, "aliases": sorted(cand.aliases), "count": cand.count,
            "evidence": sorted(cand.evidence), "examples": cand.examples,
        })
    out.sort(key=lambda c: (-int(c["count"]), str(c["name"]).casefold()))  # type: ignore[call-overload]
    return out


def _proposed(cand: _Candidate) -> bool:
    """Whether the candidate is one to propose: named in an article's text (a name only bylines give would have no
    page, promoted), by a strong sign (an acronym's definition, a speaker's) or MIN_REPEATED_NAME times (a byline
    counts towards it: a writer the text names once); a bare recurring name of two words or more."""
    if cand.evidence == {"byline"}:
        return False
    if not cand.evidence & {"acronym", "speaker"} and cand.count < MIN_REPEATED_NAME:
        return False
    return not (cand.evidence == {"repeated"} and len(cand.name.split()) < 2)


_POSSESSIVE_END = re.compile(r"[’']s$")
_PLURALS_OPENING_NAMES = frozenset({"People", "Children", "Women", "Men", "Folk"})


@functools.lru_cache(maxsize=1 << 16)  # (names recur, in an article and across a corpus: see _key)
def _trim_name(name: str, opens_sentence: bool = False) -> str:
    """Drop a possessive and sentence-opening or role words from the front of a name."""
    name = _POSSESSIVE_END.sub("", " ".join(name.split())).strip(" .,")
    words = name.split()
    # "China’s National University ...": a possessive opening word belongs to the sentence;
    # not a plural's, which opens the name ("People’s Republic of China", "Children’s Hospital").
    while words and (_not_name_start(words[0], opens_sentence)
                     or words[0][-2:] in ("’s", "'s") and words[0][:-2] not in _PLURALS_OPENING_NAMES
                     or len(words) > 3 and words[0] == "Prime" and words[1].casefold() == "minister"):
        words.pop(0)  # (and "Prime" of "Deputy Prime Minister Jane Roe": not of "Prime Video")
        opens_sentence = False
    while words and words[-1] in ("of", "and", "for", "the"):
        words.pop()
    return " ".join(words)


_INITIAL = re.compile(rf"{_UP}\.")  # a middle initial, "B."


def _split_parts(run: str, opens_sentence: bool = False) -> list[list[str]]:
    """A capitalised run's words cut at role words, each part of one word or more."""
    parts: list[list[str]] = [[]]
    for i, word in enumerate(run.split()):
        if _not_name_start(word, opens_sentence and i == 0) and word not in _JOINER_WORDS:
            parts.append([])
        else:
            parts[-1].append(word)
    out = []
    for words in parts:
        while words and words[0] in _JOINER_WORDS:
            words.pop(0)
        while words and words[-1] in _JOINER_WORDS:
            words.pop()
        while words and _INITIAL.fullmatch(words[-1]):
            words.pop()  # a middle initial ends no name ("Plan B." before "The ...")
        if words:
            out.append(words)
    return out


@functools.lru_cache(maxsize=1 << 16)
def _split_run(run: str, opens_sentence: bool = False) -> tuple[str, ...]:
    """A capitalised run cut at role words: 'Windows Executive Vice President Terry Myerson'."""
    return tuple(" ".join(words) for words in _split_parts(run, opens_sentence) if 2 <= len(words) <= MAX_NAME_WORDS)


def _expand_acronym(run: str, acronym: str) -> str | None:
    """The words before "(ABC)" whose initials spell ABC, or None (precision first); or whose
    initials before a last "and" and one or two words do, as a name grown after its acronym
    ("Centers for Disease Control and Prevention (CDC)")."""
    words = run.split()
    for grown in (False, True):
        for start in range(len(words)):
            tail = words[start:]
            if not tail[0][:1].isupper():
                continue
            spelt = tail
            if grown:
                if "and" not in tail[-3:-1] or tail[0] == "and":
                    continue
                spelt = tail[:len(tail) - 1 - tail[::-1].index("and")]
            initials = "".join(w[0] for w in spelt if w[:1].isupper())
            if initials.casefold() == acronym.casefold():
                return " ".join(tail)
    return None


# The prefixes navies and registers write before a ship's name ("USS Gravely", "HMS Queen Elizabeth", "BRP Sierra
# Madre", "KRI Bung Tomo", "MV Galaxy Leader", "RV Investigator"): a vessel, which the entity types (person,
# organization, place) hold best as a place, where the news happens ("aboard", "resupply mission to"), as a
# first-time user's South China Sea briefing curated "BRP Sierra Madre"; not an organisation, as the capitals of
# a dateline ("USS GRAVELY") would type it. (Not the prefixes that are also words or bodies: "INS", "JS", "FS".)
_VESSEL_PREFIXES = frozenset("USS USNS USCGC HMS HMAS HMCS HMNZS HNLMS BRP KRI ROKS CCGS MV M/V MT RV".split())
# ... of which the merchant and research prefixes are also common abbreviations ("MV Agusta", a motorcycle maker's
# "MV"; "RV Industry Association", recreational vehicles'; "MT" a mountain's, a time zone's): a ship's only when
# its sentence says so, "the tanker MV Ocean Star", "aboard the research vessel RV Investigator" (_SHIP_WORD_RE)
_VESSEL_WORD_PREFIXES = frozenset("MV M/V MT RV".split())
_SHIP_WORD_RE = re.compile(r"\b(?:vessels?|ships?|boats?|tankers?|freighters?|carriers?|ferry|ferries|trawlers?"
                           r"|cutters?|frigates?|destroyers?|aboard|crew|cargo|barko|kapal|navire|schiff)\b",
                           re.IGNORECASE)
# The last words that make a name a company's or a body's, not a ship's, beside _ORG_WORDS: "USS Investment
# Management" (a pension scheme's), "HMS Networks" (a Swedish company), "HMS Industries", "BRP Motors"
_VESSEL_NOT_LAST = frozenset("""
management networks industries industry holdings motors group ltd ltd. inc inc. plc llc ag sa gmbh co co. corp
limited investments investment partners solutions software trust enterprises energy airlines aviation international
global consulting ventures
""".split()) | frozenset(_ORG_WORDS)


def _is_vessel(name: str) -> bool:
    """Whether the name is a ship's: a vessel prefix, then a name ("BRP Suluan"), which does not end in a
    company's or a body's word (_VESSEL_NOT_LAST: "HMS Networks", "RV Industry Association")."""
    first, _, rest = name.partition(" ")
    return first in _VESSEL_PREFIXES and rest[:1].isalnum() \
        and rest.rsplit(None, 1)[-1].casefold() not in _VESSEL_NOT_LAST


def _name_type(name: str, sentence: str) -> str:
    """_guess_type, less a ship's place where the prefix is also an abbreviation and the sentence names no ship
    (_VESSEL_WORD_PREFIXES: "The Italian motorcycle maker MV Agusta", not "the tanker MV Ocean Star")."""
    etype = _guess_type(name)
    if etype == "place" and name.split(" ", 1)[0] in _VESSEL_WORD_PREFIXES and not _SHIP_WORD_RE.search(sentence):
        return _guess_type(name, vessel=False)
    return etype


@functools.lru_cache(maxsize=1 << 16)
def _guess_type(name: str, vessel: bool = True) -> str:
    """organization / place by the name's own words (a ship's a place: _VESSEL_PREFIXES, unless not vessel);
    otherwise unknown for the analyst."""
    if vessel and _is_vessel(name):
        return "place"
    words = {w.casefold().strip(".,") for w in name.split()}
    if words & _ORG_WORDS:
        return "organization"
    if words & _PLACE_WORDS:
        return "place"
    if name.isupper():
        return "organization"
    return "unknown"
