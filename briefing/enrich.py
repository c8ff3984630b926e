"""Enrich stage: slugs, paragraph anchors, topic tags, summaries, entities, events, related.

Works on the whole corpus at once (slugs must be unique, related articles and
entity pages look across articles) and does no I/O except loading its config files.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Iterable, Mapping, Protocol

import yaml
from pymdownx.slugs import slugify as pymdownx_slugify

from . import entities as entities_mod
from . import events as events_mod
from .model import PROSE, Article, Block, Briefing, Event, Mention, Related, anchor_number
from .read import ConfigError, read_yaml, yaml_problem
from .scripts import BENGALI, DEVANAGARI
from .text import (CASE_TWIN_RE, CJK_RE, ETHIOPIC_PAUSES, HANGUL_RE, LABEL_MARKUP, LIST_MARK_CLASS, SENTENCE_END,
                   SITE_DATELINE_RE, SPEAKER_ROLE_LABEL_RE, TRANSCRIPT_TURN_RE, WIRE_DATELINE_RE, casefold_key,
                   clean_field, label_markup, place_dateline, slugify, split_sentences, unique_slug)

log = logging.getLogger(__name__)

DEFAULT_MIN_MENTIONS = 2
# Material's default tag slug (tags_slugify: pymdownx, lowercase), to find colliding anchors.
_material_tag_slug = pymdownx_slugify(case="lower")
TITLE_WEIGHT = 2
# A topic's mentions must also reach this many per 1,000 words of the article: two
# mentions in a 3,600-word profile are passing ones ("police" in the life of a novelist).
MIN_TOPIC_MENTIONS_PER_1000_WORDS = 1.0
SUMMARY_MAX_CHARS = 320
# A paragraph of fewer words that ends no sentence is a headline (a teaser of another
# article, a section title left as a paragraph), not the lead to summarise.
SUMMARY_HEADLINE_WORDS = 20
MAX_RELATED = 5
MAX_REASONS = 3
ENTITY_WEIGHT = 2.0  # a shared named actor outweighs a shared topic of the same rarity
COMMON_SHARE = 0.5  # a feature in more than this share of articles is common
REASON_MAX_SHARE = 0.8  # ... and one in more than this share is no reason to read another article
MIN_RELATED_MENTIONS = 2  # an entity named fewer times is a passing mention, relating nothing
RELATED_SCORE_STEP = 0.00005  # half the last place of a rounded score
RELATE_BLOCK = 512  # rows of the pairwise score matrix computed at once (512 x 10,000: 40 MB)
MAX_ACRONYM_LABEL = 6
ACRONYM_LABEL_MIN_NAME = 29  # ... said for a name this long only ("CETC"; not "SAO" for "State Audit Office")
# Names MkDocs or the file system treat specially: never an article slug.
RESERVED_SLUGS = {
    "index", "readme", "con", "prn", "aux", "nul", "templates", "assets", "search",
    *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10)),
}


@dataclass(frozen=True)
class Topic:
    name: str
    patterns: tuple[re.Pattern[str], ...]
    min_mentions: int = DEFAULT_MIN_MENTIONS
    # Per pattern, text its every match contains (see _needle): a cheap substring test
    # skips the regex for phrases a text cannot contain.
    needles: tuple[str, ...] = ()
    # Per pattern, the same phrase as a case-sensitive pattern for lowercase text (None
    # where there is none): see _lowered_pattern.
    lowered: tuple[re.Pattern[str] | None, ...] = ()


# --- topics ----------------------------------------------------------------------------


def load_topics(path: Path | None) -> list[Topic]:
    """Read the topics file; a missing file means no topic tags."""
    if path is None or not path.exists():
        return []
    try:
        data = read_yaml(path) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ConfigError(yaml_problem(path, exc)) from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping of topic names to phrases")
    topics: list[Topic] = []
    seen: dict[str, str] = {}
    anchors: dict[str, str] = {}
    for raw_name, spec in data.items():
        name = clean_field(str(raw_name))
        key = casefold_key(name)
        if not name:
            raise ConfigError(f"{path}: a topic has an empty name")
        if label_markup(name):
            raise ConfigError(f"{path}: topic {name!r} {LABEL_MARKUP}; rename it")
        if key in seen:
            raise ConfigError(f"{path}: topic {name!r} repeats {seen[key]!r} (tags ignore case)")
        seen[key] = name
        # Material gives each tag the anchor tag:<slug>; "C++" and "C" would share one and
        # the second tag's listing could not be reached (RELIABILITY row 31).
        anchor = _material_tag_slug(name, "-")
        if anchor in anchors:
            raise ConfigError(f"{path}: topics {anchors[anchor]!r} and {name!r} would share the tag "
                              f"anchor 'tag:{anchor}'; rename one of them")
        anchors[anchor] = name
        if isinstance(spec, list):
            spec = {"phrases": spec}
        if not isinstance(spec, dict) or not isinstance(spec.get("phrases"), list):
            raise ConfigError(f"{path}: {name}: expected `phrases: [...]`")
        phrases = [str(p) for p in spec["phrases"] if str(p).strip()]
        min_mentions = spec.get("min_mentions", DEFAULT_MIN_MENTIONS)
        if not isinstance(min_mentions, int) or min_mentions < 1:
            raise ConfigError(f"{path}: {name}: min_mentions must be a whole number >= 1")
        topics.append(Topic(name, tuple(_phrase_pattern(p) for p in phrases), min_mentions,
                            tuple(_needle(p) for p in phrases), tuple(_lowered_pattern(p) for p in phrases)))
    return topics


# Korean's particles, and its plural's "들" before them (see _phrase_pattern)
_KOREAN_PARTICLE = (r"(?:들)?(?:은|는|이|가|을|를|의|에|에서|에게|께|으로|로|와|과|도|만|까지|부터|보다|처럼|이나|나"
                    r"|이며|며|이라는|라는|에는|에도|으로는|로는|과의|와의|에서의|에서는)?")


def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    """Whole-word pattern; capitals-only phrases (acronyms) match case-sensitively."""
    stem = phrase.endswith("*")
    words = [re.escape(w) for w in phrase.rstrip("*").split()]
    body = re.sub("[’']", "['’]", r"[\s\u00a0-]+".join(words))  # either apostrophe
    core = phrase.rstrip("*")
    # (Chinese and Japanese write words without spaces: "出口管制" is found inside "对镓、锗相关
    # 物项实施出口管制", where no word boundary is; but one character is a part of too many
    # words, "银" of "银行", "锡" of "无锡": alone it is a word only where it stands apart)
    inside = len(core) >= 2 and CJK_RE.match(core[-1:]) is not None
    # (Korean sets its particles right after a word: "수출 통제를", "반도체 장비의" are the phrases "수출 통제",
    # "반도체 장비", which a first-time user's Yonhap story named and was given no topic for)
    # (not a word of two syllables, whose particle may be the next word's syllable: "경기" of "경기도", the province,
    # "세종" of "세종로", a street: a review's probes)
    end = r"\w*" if stem else "" if inside else _KOREAN_PARTICLE + r"(?!\w)" if HANGUL_RE.match(core[-1:]) \
        and (" " in core or len(core) >= 3) else r"(?!\w)"
    flags = 0 if core.isupper() else re.IGNORECASE  # acronyms: exact case
    if entities_mod.INDIC_RE.match(core[-1:]):
        # (Bengali joins its case endings to a word: "ভারতে", in India, and "ভারতের", India's, are the phrase "ভারত",
        # which a first-time user's Bangladesh briefing wrote and a Prothom Alo story was given no topic for; and
        # its vowel signs, as Devanagari's, are no \w: "ভারতীয়", "भारतीय", Indian, go on after "ভারত", "भारत")
        word = rf"[\w{DEVANAGARI}{BENGALI}]*" if stem else entities_mod.bengali_ending(core)
        return re.compile(rf"(?<!{entities_mod.IN_INDIC_WORD})" + body + word, flags)
    if len(core) >= 2 and CJK_RE.match(phrase[:1]):
        return re.compile(body + end, flags)
    if phrase[:1].isalnum():
        # "(?<!\w)ab…" as "a(?<!\w.)b…": the same matches, but a pattern that starts with
        # a letter lets the regex engine skip ahead to its candidates (~3x faster).
        return re.compile(body[0] + r"(?<!\w.)" + body[1:] + end, flags | re.DOTALL)
    return re.compile(r"(?<!\w)" + body + end, flags)


def _lowered_pattern(phrase: str) -> re.Pattern[str] | None:
    """The phrase's pattern for the lowercase of a text without ASCII_CASE_TWINS: it finds
    there what _phrase_pattern finds in the text, and faster, because it starts with the
    literal first word (the check that no letter precedes comes after it).

    Only for phrases matched regardless of case whose letters (characters with a case) are
    ASCII and that start with one or a digit (None for the others).
    """
    core = phrase.rstrip("*")
    if core.isupper() or not (core[:1].isascii() and core[:1].isalnum()) \
            or not all(c.isascii() for c in core if c.lower() != c.upper()):
        return None
    stem = phrase.endswith("*")
    words = [re.escape(w) for w in core.lower().split()]
    body = re.sub("[’']", "['’]", r"[\s\u00a0-]+".join(words))
    lead = len(re.match(r"[a-z0-9]*", body).group())  # type: ignore[union-attr]
    end = r"\w*" if stem else r"(?!\w)"
    return re.compile(body[:lead] + rf"(?<!\w.{{{lead}}})" + body[lead:] + end, re.DOTALL)


# The phrase patterns join words by any run of these; the needles' text has one space there.
_WORD_JOIN = re.compile(r"[\s\u00a0-]+")


def _join_words(text: str) -> str:
    r"""_WORD_JOIN.sub(" ", text), three times as fast on an article's text (str.split() finds
    the same runs of \s as the pattern: what str.isspace() says, the no-break space among it)."""
    spaced = text.replace("-", " ")
    core = " ".join(spaced.split())
    if not core:
        return " " if spaced else ""
    return (" " if spaced[0].isspace() else "") + core + (" " if spaced[-1].isspace() else "")


def _needle(phrase: str) -> str:
    """What every match of the phrase contains once case-folded and its word joins made one
    space: the longest run of words and spaces in the phrase ('' if none). The whole phrase
    where it can be ("research papers", not "research", which most articles contain)."""
    runs = re.findall(r"[\w ]+", _WORD_JOIN.sub(" ", phrase.rstrip("*").casefold()))
    return max(runs, key=len) if runs else ""


def assign_topics(article: Article, topics: list[Topic]) -> None:
    """Tag the article with each topic its text really discusses (threshold, not one mention)."""
    if not topics:  # (no topics file, or the analyst's tags stand: nothing to find in the text)
        article.tags = canonical_tags(article.tags)
        return
    title = article.title or ""
    body = article.body_text
    folded = _join_words(f"{body.casefold()}\n{title.casefold()}")
    lowercase = not (CASE_TWIN_RE.search(body) or CASE_TWIN_RE.search(title))
    low_body, low_title = body.lower(), title.lower()
    tags = []
    words: int | None = None  # counted when a topic reaches min_mentions
    for topic in topics:
        needles = topic.needles or ("",) * len(topic.patterns)
        lowered = topic.lowered if lowercase and topic.lowered else (None,) * len(topic.patterns)
        # (pattern, text) pairs: the lowercase text has the same offsets (no ASCII_CASE_TWINS)
        found = [(low, low_body, low_title) if low is not None else (pattern, body, title)
                 for pattern, low, needle in zip(topic.patterns, lowered, needles) if needle in folded]
        if len(found) == 1:  # one phrase: its matches cannot overlap another's
            regex, in_body, in_title = found[0]
            hits = len(regex.findall(in_body)) + TITLE_WEIGHT * len(regex.findall(in_title))
        else:
            hits = (_distinct([m.span() for regex, text, _ in found for m in regex.finditer(text)])
                    + TITLE_WEIGHT * _distinct([m.span() for regex, _, text in found for m in regex.finditer(text)]))
        if hits < topic.min_mentions:
            continue
        if words is None:
            words = article.word_count
        if hits >= math.ceil(words * MIN_TOPIC_MENTIONS_PER_1000_WORDS / 1000):
            tags.append(topic.name)
            article.decisions.append(f"topic {topic.name!r}: {hits} mention(s)")
        else:
            article.decisions.append(f"topic {topic.name!r} not given: {hits} mention(s) in "
                                     f"{words} words, a passing mention")
    article.tags = canonical_tags(article.tags + tags)


def _distinct(spans: list[tuple[int, int]]) -> int:
    """How many places the spans mark: overlapping ones are one mention ("rainwater
    harvesting" matched by both "rainwater" and "rainwater harvesting", "rationing" by both
    "rationing" and "ration*")."""
    count, end = 0, -1
    for start, stop in sorted(spans):
        if start >= end:
            count += 1
            end = stop
        else:
            end = max(end, stop)
    return count


def canonical_tags(tags: list[str]) -> list[str]:
    """Non-empty, cleaned, one per case-folded name, first spelling wins, sorted."""
    out: dict[str, str] = {}
    for tag in tags:
        name = clean_field(str(tag))
        if name and casefold_key(name) not in out:
            out[casefold_key(name)] = name
    return sorted(out.values(), key=casefold_key)


# --- per-article fields ----------------------------------------------------------------


def assign_anchors(article: Article) -> None:
    """Number body paragraphs, quotes, list items and tables p-1, p-2, ... in reading order
    (stable for the same input): a table's rows may date events (events.table_rows)."""
    n = 0
    for block in article.blocks:
        if block.kind in PROSE or block.kind == "table":
            n += 1
            block.anchor = f"p-{n}"
        else:
            block.anchor = None


_CJK_ENDS = tuple("。！？」』）")
# The commas and semicolons a cut summary does not end with before its "…": Chinese and Japanese ones, Amharic's
_PAUSES = ",;:、，" + ETHIOPIC_PAUSES


# The label of a structured abstract's first part, run into its text by the copy.
_ABSTRACT_LABEL_RE = re.compile(r"^(?:Background|Objectives?|Purpose|Aims?|Context|Introduction)(?::\s*|\s+)(?=[A-Z])")
# ... when the abstract's other parts are there too (not "Purpose Built Communities, the Atlanta nonprofit …")
_ABSTRACT_PART_RE = re.compile(r"(?:Methods|Results|Findings|Conclusions?|Interpretation)(?::\s*|\s+)[A-Z]")
# A wire service's note of a later change over the text: "(Corrects 10th paragraph to show
# the Wii is from Nintendo, not Sony.)", "(Updates with closing prices)". No lead.
_CHANGE_NOTE_RE = re.compile(r"^\((?:corrects|updates|adds|recasts|changes|refiles|clarifies|fixes|removes"
                             r"|rewrites|inserts|deletes)\b[^()]*\)\.?$", re.I)


# A note of where the article appeared first, over its text: "This article originally
# appeared on VICE US.", "This post originally appeared on Grist." The text's, not its lead.
_PROVENANCE_RE = re.compile(r"^(?:this|the following|a version of this) (?:article|story|post|piece|essay|interview"
                            r"|report|column)\b.{0,80}?\b(?:appeared|was (?:originally |first )?published|ran)\b"
                            r".{0,100}$", re.I)

# A note on the text over it: "Editor's note: This story has been updated …" (AP's "EDITOR'S
# NOTE — This story is part of ..."; not an "Update:", which is the news), "Please note: This is being updated in
# real-time." (a first-time user's blog had it for its summary), "This transcript
# was generated automatically and may contain errors.", "This article is a preprint and has
# not been certified by peer review." The text's, not its lead.
# A form's field, its label in capitals and a short value: "AGENCY: Bureau of Industry and
# Security, Department of Commerce.", "ACTION: Interim final rule." over a rule's "SUMMARY: …"
_FIELD_RE = re.compile(r"[A-Z][A-Z’'&-]+(?: [A-Z][A-Z’'&-]+){0,4}:\s+(?:\S+\s+){0,7}\S+$")
_NOTE_RE = re.compile(
    r"^(?:editor['’]?s['’]? note|correction|clarification|disclosure|disclaimer)\s*[:—–]"
    # (a note on the page itself: "Please note: This is being updated in real-time."; not the notice a page is,
    # "Please note: the offices will be closed on Monday", a review's probe)
    r"|^please note\s*[:—–]\s*this\b"
    # a dated update's stamp over the text: "Updated August 6, 2024: The full Root Cause Analysis has been
    # published.", "Update (March 30): …", "Updated 8/6/2024:" (a first-time user's incident report had it for its
    # summary; not an undated "Update:" of a live page's news, nor a time's, "Updated 2:45 p.m. ET: The Senate …",
    # nor "Updated COVID-19 vaccines: …", a review's probes)
    r"|^updated?\b[,:]?\s*\(?(?:on\s+)?(?:[A-Za-z]{3,9}\.?\s+\d{1,2}\b|\d{1,2}\s+[A-Za-z]{3,9}\b"
    r"|\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2})[^:()—–.!?]{0,20}?\)?\s*[:—–]"
    r"|^this (?:transcript|article|story|post|piece|report|preprint|interview|episode|page|text)\b"
    r"(?=.{0,240}$)[^.]{0,40}?\b(?:(?:was|has been|have been|is being|is|were)"
    r" (?:automatically |machine[- ]|lightly |originally )?"
    r"(?:generated|updated|corrected|transcribed|translated|edited|condensed|produced with|written with|a preprint"
    r"|part of|not (?:been )?(?:peer|certified|reviewed))|may contain errors|contains affiliate links"
    r"|was produced in (?:partnership|collaboration) with)\b"
    # "This is a rush transcript.", "An earlier version of this article misstated ..."
    r"|^this is a rush transcript\b|^an earlier version of this (?:article|story|post|report)\b"
    # a newsletter's word on itself over the post: "Your Local Epidemiologist (YLE) is written by
    # Dr. Katelyn Jetelina ...", "The Brussels Byte is a reader-supported publication."
    r"|^[^.!?]{2,80}? is (?:written|edited) by\b"
    r"|^[^.!?]{2,80}? is a reader-supported (?:publication|newsletter)\b",
    re.I)


CAPITALS_SHARE = 0.8  # of a paragraph's letters: a TV station's transcript, set in capitals


def _shouted(text: str) -> bool:
    """A paragraph set in capitals ("SOFIA: I'M STANDING OUTSIDE ONE OF THE DAIRIES ..."): a
    video's transcript over the story, no lead to quote."""
    letters = list(filter(str.isalpha, text))  # (the same letters and count as a loop's, in C)
    return len(letters) >= 20 and sum(map(str.isupper, letters)) >= CAPITALS_SHARE * len(letters)


# A pasted list's bullet before its item's first word (see extract_text.BULLET_ITEM_RE)
_SUMMARY_BULLET_RE = re.compile("^" + LIST_MARK_CLASS + r"\s+(?=\w)")


# A hearing's record names each speaker by title and surname in capitals, then a full stop (the Government Publishing
# Office's way: "Chairman MOOLENAAR. The committee will come to order.", "Mr. KRISHNAMOORTHI. Thank you.", "Senator
# WARREN. …"): a first-time user's summary opened with it.
# (also as a press conference's transcript writes them, the title in capitals too: the Fed's "CHAIR POWELL. Good
# afternoon." was a first-time user's summary)
_HEARING_TURN_RE = re.compile(r"(?:Chairman|Chairwoman|Chair|Mr\.|Ms\.|Mrs\.|Dr\.|Senator|Representative|Secretary"
                              r"|Ambassador|General|Admiral|CHAIRMAN|CHAIRWOMAN|CHAIR|MR\.|MS\.|MRS\.|DR\.|PRESIDENT"
                              r"|SECRETARY|GOVERNOR|SENATOR)\s+[A-Z][A-Z'’-]{2,}(?:\s+of\s+[A-Z][a-z]+)?\.\s+"
                              r"(?=[A-Z\[])")


# A paragraph labelled as the summary it is: the Federal Register's "SUMMARY: In this interim final rule (IFR), …"
# (a first-time user's summary kept the label), a post's "TL;DR: …"
_SUMMARY_LABEL_RE = re.compile(r"(?:SUMMARY|Summary|ABSTRACT|TL;DR|TLDR|tl;dr)\s*:\s+(?=\S)")


# A numbered paragraph's number in brackets: a report's "(2) The committee …", "3) The …" (not a figure: "1.5
# million", "2024. The …")
_PARAGRAPH_NUMBER_RE = re.compile(r"^\(?\d{1,3}\)\s+(?=\w)")
# ... or with a full stop, a judgment's "1. This Tribunal, the International Crimes Tribunal-1 …": only in a run of
# numbered paragraphs (another opens with the number after it or before it), as in German, Norwegian, Czech "N." is
# an ordinal that a lead may open with: "1. FC Köln hat …", "9. November 1989: …", "17. mai ble …", "2. Bundesliga:
# …", "28. října 1918 …"
# (and in full-width digits and stop, as Japanese writes a statement's points: "１．日本銀行は、本日、…", "２．…", the Bank
# of Japan's, a first-time user's summary opened with "２．")
_DOTTED_NUMBER_RE = re.compile(r"^(\d{1,3})\.\s+(?=\w)|^([０-９]{1,3})．\s*(?=\w)")


# A Korean agency's credit that WIRE_DATELINE_RE (with a reporter, "(세종=연합뉴스) 김다혜 기자 = ", "(서울=뉴스1) 홍길동
# 기자 = ", "[서울=뉴시스] 홍길동 기자 = ") leaves: without one, "(서울=뉴시스) 공정위가 …", a column's "[엔터미디어=정덕현의
# 이슈공감] …", or in Newsis's other brackets, "【서울=뉴시스】홍길동 기자 = …"; before Korean text.
_KO_CREDIT_RE = re.compile(r"^[(\[【（［][^()\[\]【】=＝]{1,15}[=＝][^()\[\]【】]{1,15}[)\]】）］]\s*"
                           r"(?:(?:[가-힣]{2,4}[\s·,]*)+?(?:기자|특파원|통신원)\s*=\s*)?(?=[\"'“‘]?[가-힣])")
# A newsletter's kicker, a label of two to six words in capitals over each item: Politico's "THIS IS TOMORROW: The
# Commission is set to …", "DMA REVIEW: The Commission's consultation …" (a first-time user's competition-law
# briefing's summary opened with it, once its greeting was left out); a speaker's name in capitals ("WAIHIGA MWAURA:
# Karibu …") or a dateline ("NEW DELHI: Centre blocks …") there is no part of the lead's sentence either.
_KICKER_RE = re.compile(r"^[A-ZÀ-Þ][A-ZÀ-Þ0-9'’&.-]+(?: [A-ZÀ-Þ0-9][A-ZÀ-Þ0-9'’&.-]*){1,5}:\s+(?=[\"“‘']?[A-ZÀ-Þ])")
# ... a filing's item, its number and its name in capitals ("Item 8.01 Other Events.", "Item 5.02 Departure of
# Directors or Certain Officers; Election of Directors; …", "Item 1A. Risk Factors"), alone or over its text on the
# same line (a first-time user's SEC 8-K, and a review's, had "Item 2.02 Results of Operations and Financial
# Condition." for their summary)
_ITEM_NAME_WORD = r"(?:[A-Z][\w'’&,-]*|of|and|or|to|for|in|on|the|a|an|by|with|under|into|from|as|at)"
_FILING_ITEM_RE = re.compile(rf"^Item\s+\d{{1,2}}(?:\.\d{{2}}|[A-C]?\.)\s+[A-Z][\w'’&,-]*(?:\s+{_ITEM_NAME_WORD})*"
                             rf"(?:;\s+[A-Z][\w'’&,-]*(?:\s+{_ITEM_NAME_WORD})*)*(?:\.$|\.\s+(?=[A-Z])|$)")

# A Russian or Ukrainian agency's dateline, the place in capitals, the day, then the agency between slashes or after
# a dash: TASS's "МОСКВА, 25 мая. /ТАСС/. " (and its English service's "MOSCOW, May 25. /TASS/. "), RIA's "МОСКВА,
# 13 мар — РИА Новости. ", "КИЇВ, 14 березня /Укрінформ/. " (a first-time user's war briefing: the summaries opened
# with it); the month a word in small Cyrillic letters or an English month's name, the agency after a dash in
# capitalised words only (not "МОСКВА, 13 мар — Путин уехал.")
_EN_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?"
_AGENCY_DATELINE_RE = re.compile(
    rf"^[A-ZА-ЯЁІЇЄҐ][A-ZА-ЯЁІЇЄҐ.'’ -]{{2,40}},\s*"
    rf"(?:\d{{1,2}}\s+(?:[а-яёіїєґ]{{3,9}}\.?|{_EN_MONTH})"
    rf"|{_EN_MONTH} \d{{1,2}})(?:\s+\d{{4}})?"
    r"(?:\.?\s*/[^/\s][^/]{0,30}/\.?|\s*[—–-]+\s*[A-ZА-ЯЁІЇЄҐ][\w-]*(?: [A-ZА-ЯЁІЇЄҐ][\w-]*){0,2}\.)\s+(?=\S)")
# ... a European release's, the day before the month, the place and its country in small letters: "Bagsværd, Denmark,
# 8 August 2023 – Novo Nordisk today announced …", "Indianapolis, Indiana, 8 August 2023 – " (a first-time user's
# drugs briefing: WIRE_DATELINE_RE reads "BAGSVÆRD, Denmark, August 8, 2023 --", not this); before the release's
# news ("today", "announced"): not a feature's scene, "Paris, 13 November 2015 – The first shots were …", a probe's)
_DAY_FIRST_RELEASE_DATELINE_RE = re.compile(
    r"^[A-ZÀ-Þ][\w'’.-]+(?: [A-ZÀ-Þ][\w'’.-]+){0,2}(?:,\s*[A-ZÀ-Þ][\w'’.-]+(?: [A-ZÀ-Þ][\w'’.-]+){0,2}){0,2},\s*"
    rf"\d{{1,2}} {_EN_MONTH} \d{{4}}\s*(?:--|[–—-])\s+(?=[A-ZÀ-Þ\"“])"
    r"(?=[^.!?]{0,120}\b(?:today|announced|announces|launched|launches|unveiled|unveils|reported|reports)\b)")

# ... an agency's with the place in small letters, the day and the agency in brackets, no dash after it: Taiwan's CNA,
# "Taipei, Dec. 10 (CNA) Taiwan Semiconductor …", "Taipei, Taiwan, Dec. 10, 2024 (CNA) " (a first-time user's Taiwan
# briefing: the summary opened with it; WIRE_DATELINE_RE reads such a place in capitals, or in small letters before
# the agencies it names); the agency's name one word ("(Xinhua)", "(CNA)"), the day by it: no sentence's words
_AGENCY_DAY_DATELINE_RE = re.compile(
    rf"^[A-Z][a-z]+(?: [A-Z][a-z]+){{0,2}}(?:,\s*[A-Z][a-z]+(?: [A-Z][a-z]+){{0,2}})?,\s*{_EN_MONTH} \d{{1,2}}"
    r"(?:,? \d{4})?\s*\((?:[A-Z]{2,6}|[A-Z][a-z]{2,10})\)\s*(?:[-–—:]+\s*)?(?=[A-Z\"“])")
# ... a company's release, its day between two dashes after the place and its country: TSMC's "HSINCHU, Taiwan, R.O.C.
# – Dec. 10, 2024 - TSMC (TWSE: 2330) today announced …" (a first-time user's summary opened with it); the day whole,
# with its year (not "Paris – Jan. 5 - …" of a list's item)
_DASHED_DAY_DATELINE_RE = re.compile(
    r"^[A-ZÀ-Þ][\w.'’]*(?: [A-ZÀ-Þ][\w.'’]*){0,3}(?:,\s*[A-ZÀ-Þ][\w.'’]*(?: [A-ZÀ-Þ][\w.'’]*){0,3}){0,2}"
    rf"\s*(?:--|[–—-])\s*{_EN_MONTH} \d{{1,2}},? \d{{4}}\s*(?:--|[–—-])\s+(?=[A-ZÀ-Þ\"“])")
# ... a Chinese or Japanese paper's credit in brackets before the lead: the reporter's, Liberty Times' "〔記者洪友芳／新竹
# 報導〕", "（記者王小明／台北報導）", "〔編譯魏國金／綜合報導〕", CNA's "（中央社記者潘姿羽台北7日電）", "（中央社記者楊明珠東京24日
# 專電）" (a reporter's or a compiler's report, 報導, or the day and 電, "cable"); Nikkei's place and reporter, "【台北=
# 龍元秀明】", "【ワシントン=坂口幸裕】" (a first-time user's Taiwan briefing: three summaries opened with them). Not a
# bracket's other words ("【独家】", "（記者會）", "（據彭博報導）", according to Bloomberg), before Chinese or Japanese text.
_CJK_CREDIT_RE = re.compile(
    r"^[〔【（(［\[](?:[^〔〕【】（）()\[\]［］。，]{0,20}?(?:記者|记者|編譯|编译|特派員|特派员|綜合|综合|／)"
    r"[^〔〕【】（）()\[\]［］。，]{0,20}?(?:報導|报道|報道)|[^〔〕【】（）()\[\]［］。，]{1,30}?\d{1,2}日[專专]?[電电]"
    r"|[\u3040-\u30ff\u3400-\u9fff]{1,10}[=＝][\u3040-\u30ff\u3400-\u9fff・]{1,12})[〕】）)］\]]\s*"
    r"(?=[\u3040-\u30ff\u3400-\u9fff「『“\"])")

# What may stand before a lead's first sentence, each in the place it takes there: a transcript's turn, a wire's
# dateline, a pasted list's bullet ("- 7 Oct 2022: …"), a transcript's first speaker with the role ("MARY LOUISE
# KELLY, HOST: For almost …"), a hearing's record's ("Chairman MOOLENAAR. The committee …"), a label that says what
# the paragraph is (a rule's "SUMMARY: In this interim final rule …"), a paragraph's number; a Korean agency's credit,
# a Chinese or Japanese paper's, a newsletter's kicker.
_LEAD_LABELS = (TRANSCRIPT_TURN_RE, WIRE_DATELINE_RE, _AGENCY_DATELINE_RE, _DAY_FIRST_RELEASE_DATELINE_RE,
                _AGENCY_DAY_DATELINE_RE, _DASHED_DAY_DATELINE_RE, _KO_CREDIT_RE, _CJK_CREDIT_RE, SITE_DATELINE_RE,
                _SUMMARY_BULLET_RE, SPEAKER_ROLE_LABEL_RE, _HEARING_TURN_RE,
                _SUMMARY_LABEL_RE, _PARAGRAPH_NUMBER_RE, _KICKER_RE, _FILING_ITEM_RE)


# A newsletter's, a live blog's or a show's greeting before its first sentence: "Good morning, and welcome to
# Thursday.", "Hello and welcome to our live coverage …", "Hi everyone!", "Happy Friday!", "Guten Morgen!", "Bonjour à
# tous." (the greeting word alone or with whom it greets: not "Good news for farmers: …", "Hello Kitty's maker …",
# "Happy Valley residents …")
_SALUTATION_RE = re.compile(
    r"(?:good (?:morning|afternoon|evening)|hello|hi|hey|happy (?:monday|tuesday|wednesday|thursday|friday|weekend"
    r"|new year|holidays)|guten (?:morgen|tag|abend)|hallo|bonjour|bonsoir|buenos días|buenas (?:tardes|noches)|hola"
    r"|goedemorgen|goedemiddag|buongiorno|bom dia)(?=\s*[,!.—–]|\s*$|\s+(?:and|und|et|y|en|e|everyone|everybody|all"
    r"|there|folks|friends|readers|zusammen|à tous|a todos|allemaal)\b)", re.I)
# ... or its welcome to itself or to the day: "Welcome to Morning Tech.", "Welcome back to Outbreak Outlook.",
# "Willkommen zum Morgen-Briefing.", "Bienvenue dans Le Brief.", a podcast's "Welcome to the show." (a short
# sentence, to a name or to the show: not "Welcome to the new normal.", nor a feature's "Welcome to DoctorX's
# Barcelona lab, where the drugs you bought online are …"; a first-time user's podcast had "Welcome to the show. I'm
# Stephen Lacey." for its summary)
_WELCOME_RE = re.compile(
    r"(?i:welcome|willkommen|bienvenue|bienvenid[oa]s|welkom|benvenut[io])(?i: back| zurück| de retour| terug)?"
    r"\s+(?i:to|zu[mr]?|bei|im|à|au|dans|a|al|en|bij|in|su)\s+(?:(?i:the|this week['’]s|today['’]s|our|der|die|das"
    r"|le|la|el|de|het)\s+)?(?:[A-Z0-9][\w'’.&-]*(?:\s+[A-Z0-9][\w'’.&-]*){0,4}"
    r"|(?i:show|podcast|program|programme|episode|broadcast|newsletter))\s*[.!]?")
GREETING_MAX_WORDS = 15
# ... with the host's name after it: "Welcome to Harbour Policy Unpacked. I'm Jane Doe.", "This is Jane Doe, …"
_INTRODUCTION_RE = re.compile(r"(?:I['’]m|I am|This is|My name is)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
                              r"(?:,[^.!?]{0,60})?\s*[.!]?")


def _after_greeting(text: str) -> str:
    """The text from its first sentence that is no greeting ("Welcome to Morning Tech. Good morning, and welcome to
    Thursday. THIS IS TOMORROW: …"): '' if it is all greetings (a first-time user's competition-law briefing: a
    newsletter's summary was its greeting)."""
    if not (_SALUTATION_RE.match(text) or _WELCOME_RE.match(text)):
        return text
    sentences = split_sentences(text)
    k = 0
    while k < len(sentences) and (_SALUTATION_RE.match(sentences[k]) and len(sentences[k].split()) <= GREETING_MAX_WORDS
                                  or _WELCOME_RE.fullmatch(sentences[k])
                                  or k and _INTRODUCTION_RE.fullmatch(sentences[k])):
        k += 1
    if k == len(sentences):
        return ""
    return text[text.find(sentences[k]):] if k else text


# The brackets a Chinese or Japanese sentence's "。" may stand inside, which end no sentence: "…に関する法律（令和6年法律第
# 58号。以下「スマホソフトウェア競争促進法」という。）第3条第1項の規定に基づき、…指定しました。" (a first-time user's
# JFTC release had its summary cut at the "。" inside)
_CJK_BRACKETS = (("（", "）"), ("「", "」"), ("『", "』"), ("【", "】"))
_CJK_CLOSES = tuple(c for _, c in _CJK_BRACKETS)


def _bracketed_joined(sentences: list[str]) -> list[str]:
    """The sentences, each that leaves a Chinese or Japanese bracket open joined to the next, and to the one after
    where it ends with the bracket's close, "。）", the sentence going on after it (see _CJK_BRACKETS)."""
    out: list[str] = []
    joined = False
    for sentence in sentences:
        if out and (any(out[-1].count(o) > out[-1].count(c) for o, c in _CJK_BRACKETS)
                    or joined and out[-1].endswith(_CJK_CLOSES)):
            out[-1] += sentence
            joined = True
        else:
            out.append(sentence)
            joined = False
    return out


def summarise(article: Article) -> str | None:
    """One or two sentences from the lead paragraph: the first paragraph of 40 characters or
    more that is not headline-like (SUMMARY_HEADLINE_WORDS), else the first of 40 or more;
    never a note of where the article first appeared, nor a wire service's note of a change,
    nor an editor's note on the text ("Editor's note: …", "This transcript was generated …");
    without the wire dateline that opens it, nor a greeting ("Welcome to Morning Tech. Good morning, …")."""
    # (a list's items after the paragraphs: a page that is a list; the candidates are tried
    # in turn, as the first one that reads as a sentence is usually the first paragraph)
    blocks = article.blocks

    def field(k: int) -> bool:
        """Block k is a form's field beside another (not a lead's dateline: "NEW DELHI: Centre
        blocks 119 more Chinese-linked apps.")."""
        return _FIELD_RE.match(blocks[k].text) is not None and any(
            0 <= j < len(blocks) and _FIELD_RE.match(blocks[j].text) for j in (k - 1, k + 1))
    leads = (block for kinds in (("paragraph",), ("item",)) for k, block in enumerate(blocks)
             if block.kind in kinds and len(block.text) >= 40
             and not _PROVENANCE_RE.match(block.text) and not _CHANGE_NOTE_RE.match(block.text)
             and not _NOTE_RE.match(block.text) and not field(k) and not _shouted(block.text)
             and _after_greeting(_unlabelled(block.text)) and not _repeats(block.text, article.title))
    lead = first = next(leads, None)
    # (a Chinese or Japanese lead that announces what follows, after its sentence: "…决定对镓、锗相关
    # 物项实施出口管制。现将有关事项公告如下：", a notice's, over its clauses; its sentence is the summary)
    while lead is not None and not (lead.text.rstrip().endswith(SENTENCE_END)
                                    or len(lead.text.split()) >= SUMMARY_HEADLINE_WORDS
                                    or lead.text.rstrip().endswith("：") and "。" in lead.text):
        lead = next(leads, None)
    lead = lead or first
    if lead is None:
        return None
    summary = ""
    text = clean_field(lead.text)
    text = _unlabelled(text)
    text = text[place_dateline(text, (b.text for b in blocks if b is not lead)):]  # ("Dar es Salaam. President …")
    if (number := _DOTTED_NUMBER_RE.match(text)) \
            and _numbered_run(blocks, lead, int(number.group(1) or number.group(2))):
        text = text[number.end():]
    text = _after_greeting(text) or text  # ("Good morning. The Commission is set to …")
    if any(_ABSTRACT_PART_RE.match(b.text) for b in blocks):
        text = _ABSTRACT_LABEL_RE.sub("", text, count=1)  # (a paper's "Background Since March 2024, …")
    sentences = split_sentences(text)
    if "（" in text or "「" in text or "『" in text or "【" in text:
        sentences = _bracketed_joined(sentences)
    if len(sentences) >= 2 and sentences[-1].endswith("：") and sentences[-2].endswith("。"):
        sentences.pop()  # (what it announces, left out)
    for sentence in sentences[:2]:
        if summary and len(summary) + len(sentence) > SUMMARY_MAX_CHARS:
            break
        # (Chinese and Japanese sentences follow one another without a space.)
        summary = f"{summary}{'' if summary.endswith(_CJK_ENDS) else ' '}{sentence}".strip()
    if len(summary) > SUMMARY_MAX_CHARS:
        cut = summary[:SUMMARY_MAX_CHARS]
        # At a space; in text without spaces (Chinese, Japanese), where the limit falls.
        summary = (cut.rsplit(" ", 1)[0] if " " in cut[SUMMARY_MAX_CHARS // 2:] else cut).rstrip(_PAUSES) + "…"
    return summary or None


def _repeats(text: str, title: str | None) -> bool:
    """Whether a paragraph is the title again, but for case, spaces and its closing stop: a thread's first post, whose
    first line titles the page and stays its text (a first-time user's Mastodon thread was summed up by its title)."""
    return title is not None and " ".join(text.casefold().split()).rstrip(".!?…") \
        == " ".join(title.casefold().split()).rstrip(".!?…")


def _unlabelled(text: str) -> str:
    """The text without what may stand before a lead's first sentence (_LEAD_LABELS)."""
    for label in _LEAD_LABELS:
        text = label.sub("", text, count=1)
    return text


def _numbered_run(blocks: list[Block], lead: Block, number: int) -> bool:
    """Whether another of the blocks opens with the number after the lead's or the one before it ("2. ", "11. "): the
    lead is one of a run of numbered paragraphs."""
    for block in blocks:
        if block is not lead and block.text[:1].isdigit() and (other := _DOTTED_NUMBER_RE.match(block.text)) \
                and abs(int(other.group(1) or other.group(2)) - number) == 1:
            return True
    return False


def assign_slugs(articles: list[Article], taken_slugs: Iterable[str] = (),
                 kept_for_another: Callable[[str, str], bool] | None = None,
                 held: Mapping[str, str] | None = None) -> dict[str, str]:
    """Unique, stable ASCII slugs from titles; collisions (with each other, with taken_slugs,
    or with a name kept_for_another(slug, source_file) seed) get -2, -3 in source-file order.

    held (slug -> seed file, the last build's pages): an article whose title still gives the
    name its seed's page had keeps it, before any other article is named. So an address
    never comes to name another article: a new or renamed seed of the same title as an
    older one gets the -2, and a copy's removal does not hand its name to the original.
    The names a seed's pages had that its title no longer gives (its title changed: the
    extraction read it anew, or the analyst corrected it) stay its own too, as pages that
    link to its new one; returned: old slug -> the article's slug now.
    """
    taken: set[str] = set(taken_slugs)
    ordered = sorted(articles, key=lambda a: a.source_file)
    had: dict[str, list[str]] = {}
    for slug, seed in sorted((held or {}).items()):
        had.setdefault(seed, []).append(slug)
    old: dict[str, Article] = {}  # a present seed's earlier names: no other article takes them
    rest = []
    for article in ordered:
        also = functools.partial(kept_for_another, source_file=article.source_file) if kept_for_another else None
        base = base_slug(article)
        names = [s for s in had.get(article.source_file, ()) if s not in taken and not (also and also(s))]
        slug = next((s for s in names if _slug_of_title(s, base)), None)
        if slug is not None:
            article.slug = slug
        else:
            rest.append((article, also))
        for name in names:
            taken.add(name)
            if name != slug:
                old[name] = article
    for article, also in rest:
        article.slug = unique_slug(base_slug(article), taken, also)
    return {name: article.slug for name, article in sorted(old.items())}


def _slug_of_title(slug: str, base: str) -> bool:
    """Whether slug is base or base-N: a name the title gives."""
    return slug == base or (slug.startswith(base + "-") and slug[len(base) + 1:].isdigit())


def base_slug(article: Article) -> str:
    """The slug the article gets unless another article took it first: its title's, or its
    file's name when the title is mostly in a script with no Latin spelling here (Chinese,
    Japanese, Thai, Arabic: "動画：…31人死亡" would give "31")."""
    title = article.title or ""
    base = slugify(title)
    # (the share of the whole title's letters its slug spells, before the slug is cut to its length: a journal's or
    # a release's title of 140 characters in English had fallen below it, a first-time user's medRxiv preprint)
    whole = slugify(title, max_length=4 * len(title))
    if not base or sum(map(str.isalpha, whole)) < SLUG_MIN_LETTER_SHARE * sum(map(str.isalpha, title)):
        base = slugify(Path(article.source_file).stem) or base or "article"
    return f"{base}-article" if base in RESERVED_SLUGS else base


SLUG_MIN_LETTER_SHARE = 0.5


# --- related articles ------------------------------------------------------------------


def relate(briefing: Briefing, twins: Iterable[Iterable[str]] = ()) -> None:
    """Up to five related articles per article, by shared entities and topics weighted by rarity;
    not the copies of itself that other seeds hold (twins: groups of seed file names).

    Scores are idf-weighted overlaps, entities counting ENTITY_WEIGHT times a topic (a shared
    actor says more than a shared broad theme). An article sharing a single feature that more
    than COMMON_SHARE of the corpus has ("Microsoft") is noise, not related; so is one that
    shares nothing both are about (a topic, or an entity each names MIN_RELATED_MENTIONS
    times), only entities that one of them mentions in passing. Every pair of
    articles is scored, as a matrix product in blocks of rows (numpy): exact, and about a
    second for 10,000 articles where a loop over shared postings took minutes.
    """
    import numpy as np

    articles = briefing.articles
    n = len(articles)
    features, about, prominence = _corpus_features(briefing)
    names = sorted({f for fs in features for f in fs})
    if n < 2 or not names:
        for article in articles:
            article.related = []
        return
    column = {f: j for j, f in enumerate(names)}
    present = np.zeros((n, len(names)), dtype=np.float64)
    for i, fs in enumerate(features):
        present[i, [column[f] for f in fs]] = 1.0
    df = present.sum(axis=0)
    kind = np.array([ENTITY_WEIGHT if f[0] == "entity" else 1.0 for f in names])
    weights = np.log((1 + n) / df) * kind
    weight = {f: float(weights[j]) for f, j in column.items()}
    labels = {f: _feature_label(f, briefing) for f in names}
    common = df > n * COMMON_SHARE
    everywhere = df > n * REASON_MAX_SHARE
    weighted = present * weights
    present32 = present.astype(np.float32)  # shared-feature counts: small integers, exact in float32
    common32 = present32[:, common]
    slugs = [a.slug for a in articles]
    substantial32 = present32.copy()
    for i, fs in enumerate(features):
        for f in fs:
            if f[0] == "entity" and f[1] not in about[i]:
                substantial32[i, column[f]] = 0.0
    copies: dict[int, list[int]] = {}  # row -> the rows of the same article from other seeds
    row_of_seed = {a.source_file: i for i, a in enumerate(articles)} if twins else {}
    for group in twins:
        members = [row_of_seed[name] for name in group if name in row_of_seed]
        for i in members:
            copies[i] = [j for j in members if j != i]
    # Ties in score go to the slug first in alphabetical order (slugs are unique).
    slug_rank = np.empty(n, dtype=np.int64)
    slug_rank[sorted(range(n), key=slugs.__getitem__)] = np.arange(n)
    for start in range(0, n, RELATE_BLOCK):
        rows = slice(start, min(n, start + RELATE_BLOCK))
        scores = weighted[rows] @ present.T
        shared = present32[rows] @ present32.T
        shared_common = common32[rows] @ common32.T
        # Not related: itself, nothing shared, one shared feature that most articles have, or
        # nothing that both are about (only entities one of them names in passing).
        scores[(shared == 1) & (shared_common == 1)] = -1.0
        scores[(substantial32[rows] @ substantial32.T) == 0] = -1.0
        scores[np.arange(scores.shape[0]), np.arange(rows.start, rows.stop)] = -1.0
        for i in range(rows.start, rows.stop) if copies else ():
            for j in copies.get(i, ()):
                scores[i - rows.start, j] = -1.0
        # Scores are compared rounded to 4 places (sums of the same weights in another order
        # are equal). Rounding is monotonic and moves a score by at most 0.00005, so the five
        # best rounded scores are among those within 0.0001 of the fifth best unrounded one:
        # only those are rounded and ranked.
        if n > MAX_RELATED:
            kth = np.partition(scores, -MAX_RELATED, axis=1)[:, -MAX_RELATED] - 2 * RELATED_SCORE_STEP
            near = (scores >= kth[:, None]) & (scores > 0)
        else:
            near = scores > 0
        row_of, col_of = np.nonzero(near)
        values = np.round(scores[row_of, col_of], 4)
        keep = values > 0
        row_of, col_of, values = row_of[keep], col_of[keep], values[keep]
        order = np.lexsort((slug_rank[col_of], -values, row_of))
        bounds = np.searchsorted(row_of[order], np.arange(scores.shape[0] + 1))
        for offset in range(scores.shape[0]):
            i = rows.start + offset
            mine = prominence.get(slugs[i], {})
            related: list[Related] = []
            chosen: set[int] = set()
            for k in order[bounds[offset]:bounds[offset + 1]]:
                if len(related) == MAX_RELATED:
                    break
                j = int(col_of[k])
                if copies and chosen.intersection(copies.get(j, ())):
                    continue  # the same article from another seed is listed already
                chosen.add(j)
                other = slugs[j]
                theirs = prominence.get(other, {})
                fs = features[i] & features[j]
                # The reason names what both are about (a topic, or an entity each names
                # MIN_RELATED_MENTIONS times), not what one mentions in passing; what
                # nearly every article shares ("Microsoft" in a briefing on Microsoft) tells the
                # reader nothing: named only when nothing rarer is shared.
                fs = {f for f in fs if f[0] != "entity" or f[1] in about[i] and f[1] in about[j]} or fs
                fs = {f for f in fs if not everywhere[column[f]]} or fs
                top = sorted(fs, key=lambda f: (-weight[f], -mine.get(f[1], 0) - theirs.get(f[1], 0), f[1]))
                reasons = tuple(dict.fromkeys(labels[f] for f in top[:MAX_REASONS]))
                related.append(Related(other, float(values[k]), reasons))
            articles[i].related = related


UNRELATED_NOTE = "related articles: none"


def note_unrelated(briefing: Briefing, twins: Iterable[Iterable[str]] = ()) -> None:
    """A decision (-v) for each article relate left without related articles, saying why: it
    has no topic and names no entity; it names its entities only in passing; no other article
    is about what it is about (but its copies from other seeds); or what it shares with those
    is one feature most articles have. (A first-time user saw three pages without related
    articles, and -v said nothing about them.) Only the articles without any are looked at."""
    articles = briefing.articles
    lonely = [i for i, a in enumerate(articles) if not a.related]
    if not lonely:
        return
    features, about, _ = _corpus_features(briefing)
    n = len(articles)
    df: Counter[tuple[str, str]] = Counter(f for fs in features for f in fs)
    holders: dict[tuple[str, str], list[int]] = defaultdict(list)  # feature -> the articles about it
    for i, fs in enumerate(features):
        for f in fs:
            if f[0] == "topic" or f[1] in about[i]:
                holders[f].append(i)
    copies = {name: set(group) for group in map(set, twins) for name in group}

    def listed(fs: Iterable[tuple[str, str]]) -> str:
        names = [repr(_feature_label(f, briefing)) for f in sorted(fs)]
        more = len(names) - MAX_REASONS
        return ", ".join(names[:MAX_REASONS]) + (f" and {more} more" if more > 0 else "")

    for i in lonely:
        article = articles[i]
        mine = {f for f in features[i] if i in holders[f]}
        theirs = copies.get(article.source_file, set())
        shared = {f for f in mine if any(j != i and articles[j].source_file not in theirs for j in holders[f])}
        if n < 2:
            why = "it is the only article"
        elif not features[i]:
            why = "no topic of topics.yml tags it, and it names no entity of entities.yml"
        elif not mine:
            why = (f"no topic tags it, and it names none of its entities {MIN_RELATED_MENTIONS} times or more "
                   f"(in passing: {listed(features[i])})")
        elif not shared:
            why = (f"no other article{' but its copies' if theirs else ''} is about {listed(mine)} (tagged with "
                   f"the topic, or naming the entity {MIN_RELATED_MENTIONS} times or more)")
        elif all(df[f] > n * COMMON_SHARE for f in shared):
            why = (f"the articles about {listed(shared)} share nothing else with it, and more than half of "
                   f"the articles have {'it' if len(shared) == 1 else 'each'}")
        else:
            why = "no article scores above zero"
        article.decisions[:] = [d for d in article.decisions if not d.startswith(UNRELATED_NOTE)]
        article.decisions.append(f"{UNRELATED_NOTE}: {why}")


def _corpus_features(briefing: Briefing) -> tuple[list[set[tuple[str, str]]], list[set[str]],
                                                   dict[str, dict[str, int]]]:
    """Each article's features (_features), the entities each is about, and how often each
    article (by slug) names each entity (the reasons list the most prominent first).

    What an article is about: its topics (given only past a threshold of mentions) and the
    entities it names MIN_RELATED_MENTIONS times or a topic of their name gives; not one
    passing mention ("$200 on Amazon")."""
    named_by: dict[str, list[str]] = defaultdict(list)
    for slug, e in briefing.entities.items():
        for key in dict.fromkeys(casefold_key(form) for form in (e.name, *e.aliases)):
            named_by[key].append(slug)
    prominence: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for entity in briefing.entities.values():
        for m in entity.mentions:
            prominence[m.article][entity.slug] += 1
    features, about = [], []
    for article in briefing.articles:
        fs, given = _features(article, named_by)
        named = prominence.get(article.slug, {})
        features.append(fs)
        about.append(given | {e for e, k in named.items() if k >= MIN_RELATED_MENTIONS})
    return features, about, prominence


def _features(article: Article, named_by: Mapping[str, list[str]]) -> tuple[set[tuple[str, str]], set[str]]:
    """The article's entities and topics, and the entities its topics give (named_by: each
    entity's name and aliases, casefold_key'd, to the entities so named).

    A topic named like an entity is that entity's feature, counted once: a user names the
    topics after the places and bodies the briefing tracks ("Second Thomas Shoal" in
    topics.yml and in entities.yml). Its phrases are evidence of the entity: the article
    tagged with it is about the entity, though it names it once or by a phrase that is no
    alias ("Ayungin (Second Thomas) Shoal", "Sierra Madre"), as the article naming it twice
    is. (A first-time user's South China Sea briefing: the topic was dropped where the
    article named the entity, and three articles tagged with it had no related article.)"""
    features = {("entity", e) for e in article.entities}
    given: set[str] = set()
    for tag in article.tags:
        slugs = named_by.get(casefold_key(tag))
        if slugs:
            given.update(slugs)
        else:
            features.add(("topic", tag))
    return features | {("entity", e) for e in given}, given


def _feature_label(feature: tuple[str, str], briefing: Briefing) -> str:
    """An entity by its short acronym when it has one and its name is long ("CETC" for "China Electronics
    Technology Group Corporation"), else its name (two first-time users read "AP" and "SAO" in the reasons, not
    knowing them: "Autoriteit Persoonsgegevens", "State Audit Office"); a topic as is."""
    kind, value = feature
    if kind == "entity" and value in briefing.entities:
        entity = briefing.entities[value]
        acronyms = [a for a in entity.aliases if a.isupper() and len(a) <= MAX_ACRONYM_LABEL]
        return acronyms[0] if acronyms and len(entity.name) >= ACRONYM_LABEL_MIN_NAME else entity.name
    return value


# --- the stage -------------------------------------------------------------------------


def analyse(article: Article, topics: list[Topic], catalogue: entities_mod.Catalogue) -> None:
    """Everything enrich learns from one article alone: anchors, tags, summary, entity
    mentions, events and entity candidates.

    The pipeline runs this in its worker processes and caches the result with the
    extraction, so an unchanged article is not analysed again. Mentions and events name
    the article by its slug, which only the corpus can give (bind_slug fills it in).
    """
    article.bound_slug = None  # mentions and events are made again below
    assign_anchors(article)
    assign_topics(article, topics)
    article.summary = article.summary or summarise(article)
    sents = list(entities_mod.sentences(article))
    entities_mod.annotate_article(article, catalogue, sents)
    by_sentence: dict[tuple[str, str], list[str]] = {}
    for m in article.mentions:
        by_sentence.setdefault((m.anchor, m.sentence), []).append(m.entity)
    events = events_mod.extract_events(article, {}, by_sentence, sents)
    article.events = sorted(events, key=_event_key)
    article.candidate_hits = entities_mod.candidate_hits(article, catalogue, sents)
    # Bound now to the slug it will most likely get, so that bind_slug (every run, over the
    # whole corpus, cached articles included) has nothing to redo but for colliding titles.
    bind_slug(article, base_slug(article))
    article.listing_digest = listing_digest(article)
    article.analysed = True


# What a publication's name may carry besides the name: "The", a domain's ending, "www.".
_SOURCE_NOISE_RE = re.compile(r"^(?:www\.)?(?:the\s*)?|\.(?:com|org|net|co\.uk|com\.au|[a-z]{2})$")


_DOMAIN_END_RE = re.compile(r"\.[a-z]{2,}$")


def source_key(name: str) -> str:
    """What two spellings of one publication share: "Bloomberg" and "Bloomberg.com", "The
    Huffington Post" and "TheHuffingtonPost.com", "USA TODAY" and "USA Today"."""
    folded = name.strip().casefold()
    return re.sub(r"\W+", "", _SOURCE_NOISE_RE.sub("", folded)) or folded


_ACRONYM_NAME_RE = re.compile(r"[A-Z]{2,5}")
_NAME_SMALL_WORDS = frozenset({"of", "the", "and", "for", "&", "The"})


def _initials(name: str) -> str | None:
    """"CNN" for "Cable News Network", "WSJ" for "The Wall Street Journal": the first letters of
    a name of two capitalised words or more ("of", "and", "the" aside); None for another name."""
    words = [w for w in name.split() if w not in _NAME_SMALL_WORDS]
    if len(words) < 2 or not all(w[:1].isupper() and w[1:2].islower() for w in words):
        return None
    return "".join(w[0] for w in words)


def _abbreviates(short: str, long: str) -> bool:
    """Whether a name in Chinese, Japanese or Korean characters may be the short form of a longer one: its characters
    in the longer's order, the first the same ("中央社" of "中央通訊社", "中央通讯社"; "聯合報" of "聯合晚報" too, two
    papers: only a hint, see _linked_sources)."""
    if not (2 <= len(short) < len(long)) or short[0] != long[0]:
        return False
    rest = iter(long)
    return all(c in rest for c in short)


# A name's other form in brackets after it ("Central News Agency (CNA)", "中央通訊社（中央社）"), or a copyright line
# that names the publication in two scripts ("中央通訊社 版權所有 © 2024 Central News Agency"; a rights statement, not
# a photo's credit "© Reuters")
_RIGHTS_RE = re.compile(r"版權所有|版权所有|著作権|저작권|(?i:all rights reserved|copyright)")
# (a Latin name stands apart from other Latin letters, not from Chinese, Japanese or Korean ones; one in those scripts
# anywhere)
_IN_LATIN_WORD = f"[^\\W{entities_mod.CJK_CHARS}{entities_mod.HANGUL_CHARS}]"
_NO_LATIN_BEFORE = f"(?<!{_IN_LATIN_WORD})"
_NO_LATIN_AFTER = f"(?!{_IN_LATIN_WORD})"


def _linked_sources(articles: list[Article], names: set[str]) -> list[tuple[str, str]]:
    """Pairs of publications' names that the briefing's own text gives as one publication's: a name and its other
    form in brackets after it ("Central News Agency (CNA)", "中央通訊社（中央社）"), or its copyright line naming both
    ("中央通訊社 版權所有 © 2024 Central News Agency"). A first-time user's Taiwan briefing listed one agency under
    three names. Only names that may be one another's (one in Latin letters, the other in none; or a short form of
    the other in Chinese, Japanese or Korean characters, _abbreviates) are looked for, and only in the articles of
    the publications named in no Latin letters, which write their names both ways: most briefings have none, and
    nothing is read."""
    latin = {n for n in names if n.isascii()}
    other = {n for n in names if not any(c.isascii() and c.isalpha() for c in n)}
    candidates = (other | latin) if other and latin else set()
    candidates |= {n for a in other for b in other if _abbreviates(a, b) for n in (a, b)}
    if len(candidates) < 2:
        return []
    alternation = "|".join(re.escape(n) for n in sorted(candidates, key=lambda n: (-len(n), n)))
    bracketed = re.compile(f"{_NO_LATIN_BEFORE}({alternation})\\s*[(（]\\s*({alternation})\\s*[)）]")
    whole = re.compile(f"{_NO_LATIN_BEFORE}(?:{alternation}){_NO_LATIN_AFTER}")
    pairs: list[tuple[str, str]] = []
    for article in articles:
        if article.source not in candidates or article.source in latin or article.source_given:
            continue
        for block in article.blocks:
            found = bracketed.findall(block.text) if "(" in block.text or "（" in block.text else []
            if block.kind not in ('caption', 'source') and len(block.text) <= 200 and _RIGHTS_RE.search(block.text):
                named = whole.findall(block.text)
                found += [(article.source, n) for n in named if article.source in named]
            pairs += [(a, b) for a, b in found
                      if a != b and ((a in latin) != (b in latin) or _abbreviates(*sorted((a, b), key=len)))]
    return pairs


def unify_sources(articles: list[Article], catalogue: entities_mod.Catalogue | None = None) -> None:
    """One name per publication across the briefing (the Sources page, bylines, search): the
    analyst's spelling (seeds/metadata.yml) if any; else the name of the organisation of
    entities.yml whose name, initials or name in another script the publication's is ("CISA" and
    "国家计算机病毒应急处理中心" written "Cybersecurity and Infrastructure Security Agency" and "National
    Computer Virus Emergency Response Center", as the analyst named them: a first-time user's cyber briefing);
    else, a name before a domain name ("Bloomberg", not "Bloomberg.com"), the commonest, the
    one with the most words; a name whose initials another article's publication is ("Cable
    News Network" beside "CNN"), that acronym. A name the analyst gave is never changed ("Foo
    News" and "Foo-News" may be two publications)."""
    # (by its name, its initials or its name in another script; not any alias, which names what the text speaks of:
    # "Google" as an alias of "Alphabet", "The New York Times" of "The New York Times Company" renamed publications
    # after their owners, a review's probes)
    curated = {source_key(form): e.name for e in (catalogue.entities if catalogue is not None else ())
               if e.type == "organization" for form in (e.name, *e.aliases)
               if form == e.name or form == _initials(e.name) or not form.isascii()}
    named = set()  # (the articles whose publication entities.yml names: as the analyst's own names, they stand)
    for article in articles if curated else ():
        name = curated.get(source_key(article.source)) if article.source and not article.source_given else None
        if name is not None:
            named.add(id(article))
            if name != article.source:
                article.decisions.append(f"source {article.source!r} written {name!r}, as entities.yml names it")
                article.source = name
                article.listing_digest = listing_digest(article)
    # "Cable News Network" (a copyright line's name) beside "CNN": the acronym the briefing
    # already uses, which readers know.
    acronyms = {a.source for a in articles if a.source and _ACRONYM_NAME_RE.fullmatch(a.source)}
    for article in articles if acronyms else ():
        short = _initials(article.source) if article.source and not article.source_given \
            and id(article) not in named else None
        if short in acronyms and short != article.source:
            article.decisions.append(f"source {article.source!r} written {short!r}, its initials, as in the "
                                     "briefing's other articles from it")
            article.source = short
            article.listing_digest = listing_digest(article)
    # (and the names the briefing's own text gives as one publication's, in one group: _linked_sources)
    same: dict[str, str] = {}
    for a, b in _linked_sources(articles, {a.source for a in articles if a.source and id(a) not in named}):
        while a in same:
            a = same[a]
        while b in same:
            b = same[b]
        if source_key(a) != source_key(b):
            same[b] = a
    groups: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        if article.source:
            name = article.source
            while name in same:
                name = same[name]
            groups[source_key(name)].append(article)
    for group in groups.values():
        counts = Counter(a.source for a in group)
        if len(counts) < 2:
            continue
        given = {a.source for a in group if a.source_given or id(a) in named}
        name = min(counts, key=lambda s: (s not in given, bool(_DOMAIN_END_RE.search(s)), -counts[s], -s.count(" "), s))
        for article in group:
            if article.source != name and not article.source_given and id(article) not in named:
                # (the analyst's names stand)
                article.decisions.append(f"source {article.source!r} written {name!r}, as in the briefing's "
                                         "other articles from it")
                article.source = name
                article.listing_digest = listing_digest(article)


def unify_tags(articles: list[Article], topics: list[Topic]) -> None:
    """One spelling per tag across the briefing, whatever the case: topics.yml's name where it
    has the tag, else the spelling of the first article (in seed order) that has it. The
    analyst's tags in metadata.yml ("human Rights") would otherwise stand beside the topic's
    ("Human rights") as a second tag with the same anchor on the Tags page."""
    spelling = {casefold_key(t.name): t.name for t in topics}
    for article in articles:
        for tag in article.tags:
            spelling.setdefault(casefold_key(tag), tag)
    for article in articles:
        tags = canonical_tags([spelling[casefold_key(t)] for t in article.tags])
        if tags != article.tags:
            article.tags = tags
            # (its events, on the timeline, are filtered by the article's tags)
            article.events = [replace(e, topics=tuple(tags)) for e in article.events]
            article.listing_digest = listing_digest(article)


def listing_digest(article: Article) -> str:
    """Digest of every field of the article that a page other than its own reads (home,
    timeline, tags, sources, entity pages, the feed, related articles, the entity
    candidates file): all but the body."""
    fields = (article.source_file, article.title, article.subtitle, tuple(article.authors), article.source,
              article.date, article.date_source, article.url, article.language, tuple(article.tags),
              tuple(article.entities), article.events, article.mentions,
              article.candidate_hits)  # the feed's summary: apart
    return hashlib.sha256(repr(fields).encode("utf-8")).hexdigest()


def bind_slug(article: Article, slug: str | None = None) -> None:
    """Put the article's slug (or the one given) into its mentions and events (analysed
    before it had one)."""
    slug = article.slug if slug is None else slug
    if article.bound_slug == slug:
        return  # (not reading the events: they stay packed in a cached article, see Article)
    article.bound_slug = slug
    if any(m.article != slug for m in article.mentions):
        article.mentions = [Mention(m.entity, slug, m.anchor, m.sentence) for m in article.mentions]
    if any(e.article != slug for e in article.events):
        article.events = [replace(e, article=slug) for e in article.events]


class RelatedStore(Protocol):
    """Where related-article lists computed for a corpus key are kept (pipeline.ArticleCache)."""

    def get_related(self, key: str) -> dict[str, list[Related]] | None: ...

    def put_related(self, key: str, related: dict[str, list[Related]]) -> None: ...


def enrich(briefing: Briefing, topics: list[Topic], catalogue: entities_mod.Catalogue,
           store: RelatedStore | None = None, salt: str = "", taken_slugs: Iterable[str] = (),
           kept_for_another: Callable[[str, str], bool] | None = None,
           held: Mapping[str, str] | None = None, twins: Iterable[Iterable[str]] = ()) -> None:
    """Fill slugs, anchors, tags, summaries, entities, events and related articles.

    Articles the pipeline analysed already (analyse, in its workers) keep that analysis;
    what needs the whole corpus is done here: unique slugs, entity pages' mentions,
    related articles. With a store, related lists are reused when nothing they depend on
    changed (the corpus key, with salt for the code that made the analysis).
    taken_slugs: names no article may have (hand-written pages in docs/articles/);
    kept_for_another(slug, source_file): whether a name is kept for another seed's page;
    held: the seed each article page's name was given to last time (see assign_slugs);
    twins: groups of seeds (file names) that hold the same article, never each other's
    related articles.
    """
    for article in briefing.articles:
        if not article.analysed:
            analyse(article, topics, catalogue)
    unify_sources(briefing.articles, catalogue)
    unify_tags(briefing.articles, topics)
    briefing.moved = assign_slugs(briefing.articles, taken_slugs, kept_for_another, held)
    for article in briefing.articles:
        bind_slug(article)
    entities_mod.collect(briefing, catalogue)
    twins = [sorted(group) for group in twins]
    drop_twin_events(briefing.articles, twins)
    # (the twins in the key: they decide the related lists and which copy's events are listed)
    key = briefing.corpus_key = corpus_key(briefing, salt if not twins else f"{salt}\0{twins!r}")
    related_key = key
    known = store.get_related(related_key) if store is not None and related_key else None
    if known is not None and all(a.slug in known for a in briefing.articles):
        for article in briefing.articles:
            article.related = known[article.slug]
        note_unrelated(briefing, twins)
        return
    relate(briefing, twins)
    note_unrelated(briefing, twins)
    if store is not None and related_key:
        store.put_related(related_key, {a.slug: a.related for a in briefing.articles})


def drop_twin_events(articles: list[Article], twins: Iterable[Iterable[str]]) -> None:
    """The timeline lists an event of one article once, not once for each seed that holds it
    (twins: groups of seed file names): the fullest copy keeps it (a client's copy of a wire
    story may be cut short), the first in the seeds' order of those as full."""
    order = {a.source_file: k for k, a in enumerate(articles)}

    def said(event: Event) -> tuple[object, ...]:  # (the same words, whatever the wire's dateline before them)
        return event.date, event.precision, WIRE_DATELINE_RE.sub("", event.text, count=1)

    for group in twins:
        members = sorted((order[name] for name in group if name in order),
                         key=lambda k: (-sum(len(b.text) for b in articles[k].blocks), k))
        seen = {said(e) for e in articles[members[0]].events} if members else set()
        for k in members[1:]:
            article = articles[k]
            kept = [e for e in article.events if said(e) not in seen]
            if len(kept) < len(article.events):
                article.events = kept
                article.listing_digest = listing_digest(article)
            seen.update(said(e) for e in kept)


def corpus_key(briefing: Briefing, salt: str = "") -> str | None:
    """Digest of everything but the article bodies: each article's slug and listing digest,
    and the entities' names, types, aliases and descriptions. None when an article has no
    listing digest (not analysed by analyse)."""
    parts = [salt]
    for article in briefing.articles:
        if not article.listing_digest:
            return None
        parts.append(f"{article.slug}\0{article.listing_digest}")
    parts.append(repr([(e.slug, e.name, e.type, e.aliases, e.description) for e in briefing.entities.values()]))
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()


def _event_key(event: Event) -> tuple[object, ...]:
    return (event.date, anchor_number(event.anchor), event.text)
