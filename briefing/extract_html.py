"""Saved-web-page extraction: trafilatura for the body, the page's own metadata for the fields."""

from __future__ import annotations

import copy
import datetime as dt
import html as htmlmod
import itertools
import json
import re
import textwrap
from collections.abc import Iterator
from typing import Any

from .extract_dates import date_share, first_date, is_month_name
from .extract_text import (ATTRIBUTION_RE, CLUTTER_LINE_RE, CONTACT_MAX_CHARS, PROMO_LINE_RE, PROMO_MAX_WORDS,
                           WEEKDAY_RE, brand_key, code_line,
                           code_run, dated_label, detect_language, is_clutter_sentence, language_code, split_names,
                           looks_like_name, table_row, title_case_name, META_LABEL_RE, _CONTACT_REACH_RE,
                           _ZH_AGENCY_DATELINE_RE)
from .model import EARLIEST_YEAR, LATEST_YEAR, PROSE, Article, Block, BlockKind
from .text import WEB_ADDRESS_RE, site_host

# Markers trafilatura leaves in its plain-text output for list items and headings.
_LIST_MARK = re.compile(r"^[-*•]\s+")
_META_RE = re.compile(r"<meta\s+[^>]*>", re.I | re.S)
_ATTR_RE = re.compile(r"""([\w:-]+)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)""", re.S)
_JSONLD_RE = re.compile(r"<script[^>]+application/ld\+json[^>]*>(.*?)</script>", re.I | re.S)
_URL_RE = re.compile(r"^\s*https?://(?:www\.)?", re.I)
_TITLE_TAIL_RE = re.compile(r"\s+[|\-–—·]\s+([^|\-–—·]{2,60})$")
# Other names pages give their publication date under ("og:pubdate", Parse.ly's, Dublin Core's).
_PUBDATE_NAMES = ("og:pubdate", "pubdate", "publishdate", "publish-date", "parsely-pub-date", "dc.date.issued",
                  "sailthru.date")
# <meta itemprop="datePublished" content="..."> may sit deep in the body, past page_meta's reach.
_ITEMPROP_DATE_RE = re.compile(r"""<meta\s[^>]*itemprop\s*=\s*["']?datePublished["'\s][^>]*>""", re.I)
_ARTICLE_TYPES = ("Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle",
                  "OpinionNewsArticle", "WebPage", "Report", "TechArticle", "LiveBlogPosting")


def _unquoted(value: str) -> str:
    """An attribute's value without its delimiters, and only them: content='… victim: "We got
    her!"' keeps the quotation's marks (CBS News' headline had lost its closing one)."""
    if len(value) >= 2 and value[0] in "\"'" and value[-1] == value[0]:
        return value[1:-1]
    return value


def page_meta(html: str) -> dict[str, str]:
    """<meta property/name=... content=...> pairs, first value wins, names lower-cased."""
    meta: dict[str, str] = {}
    for tag in _META_RE.findall(html[:500_000]):
        attrs = {k.lower(): _unquoted(v) for k, v in _ATTR_RE.findall(tag)}
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        if key and "content" in attrs and key not in meta:
            meta[key] = htmlmod.unescape(attrs["content"]).strip()
    return meta


def jsonld_nodes(html: str) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page (graphs flattened)."""
    nodes: list[dict[str, Any]] = []

    def walk(obj: Any) -> None:
        if isinstance(obj, list):
            for x in obj:
                walk(x)
        elif isinstance(obj, dict):
            nodes.append(obj)
            if "@graph" in obj:
                walk(obj["@graph"])

    for raw in _JSONLD_RE.findall(html):
        try:
            walk(json.loads(raw.strip()))
        except (ValueError, RecursionError):  # (nested deeper than Python's reader goes)
            continue
    return nodes


def _types(node: dict[str, Any]) -> list[str]:
    t = node.get("@type", [])
    return t if isinstance(t, list) else [t]


# A one-word name as a person's or an agency's is written: "Reuters", "AP", "王小明" (not a user
# name: "MoritzMeyer", "luxurious").
_ONE_WORD_NAME_RE = re.compile(r"[A-Z][a-z]+|[A-Z]{2,6}|[^\W\d_a-zA-Z]+")

# Words a page's byline element may hold that trafilatura can take for the author's name.
NOT_NAMES = frozenset("submitted posted published updated written uploaded by admin share".split())


def _person_names(values: Any) -> list[str]:
    """Declared author strings as names: "STEVE PEOPLES, AP National Political Writer" ->
    "Steve Peoples", "Ilana Muhlstein, MS, RDN" -> "Ilana Muhlstein", "A and B" -> both.
    A value the byline rules cannot read is kept as the page gives it."""
    names: list[str] = []
    for value in values:
        if " " not in value.strip() and (any(c.isdigit() for c in value) or "admin" in value.lower()):
            continue  # a user name, not a person's: "rmb8090", "jdadmin" (had become "Rmb", "Jdadmin")
        for name in split_names(value) or [value.strip()]:
            if name.casefold() in NOT_NAMES or is_month_name(name.casefold()) or WEEKDAY_RE.match(name):
                continue  # "Submitted on Mon, 2019-01-21": the label of a byline, not a name; a
                # dateline's month or day ("Jeff Foust Monday; November" from the page's byline)
            words = name.split()
            if name.isupper() and len(words) >= 2 and all(len(w) > 2 for w in words):
                name = title_case_name(name)
            if name and name not in names:
                names.append(name)
    return names


def _name(value: Any, nodes_by_id: dict[str, dict]) -> list[str]:
    """Names from a JSON-LD author/publisher value (strings, objects, lists, @id references)."""
    out: list[str] = []
    for v in value if isinstance(value, list) else [value]:
        if isinstance(v, str):
            out.append(v)
        elif isinstance(v, dict):
            if "@id" in v and "name" not in v:
                v = nodes_by_id.get(v["@id"], v)
            name = v.get("name")
            if isinstance(name, str):
                out.append(name)
    return [htmlmod.unescape(x).strip() for x in out if x and x.strip()]


def _web_address(url: str | None) -> str | None:
    """The page's address as a link to it: an http(s) address; one without its scheme
    ("www.elmundo.es/…", "//host/…") gets it; "javascript:…" or a bare path is none."""
    url = (url or "").strip()
    if url.startswith("//") or url.lower().startswith("www."):
        url = ("https:" if url.startswith("//") else "http://") + url
    return url if WEB_ADDRESS_RE.match(url) else None


def _itemprop_date(html: str) -> str | None:
    m = _ITEMPROP_DATE_RE.search(html)
    attrs = {k.lower(): _unquoted(v) for k, v in _ATTR_RE.findall(m.group())} if m else {}
    return attrs.get("content") or attrs.get("datetime")


# A separator and one short name after it (not "BBC中文网 - 两岸三地": a section follows the site).
_SITE_TAIL_RE = re.compile(r"\s*[-|–—_:·]\s*[^-|–—_:·\s][^-|–—_:·]{0,29}")
_H1_RE = re.compile(r"<h1[^>]*>(.{1,400}?)</h1>", re.I | re.S)
_TITLE_ELEMENT_RE = re.compile(r"<title[^>]*>([^<]{1,300})</title>", re.I)


def metadata(html: str) -> dict[str, Any]:
    """Title, date, authors and site as the page declares them (og:, JSON-LD, meta)."""
    meta = page_meta(html)
    nodes = jsonld_nodes(html)
    by_id = {n["@id"]: n for n in nodes if isinstance(n.get("@id"), str)}
    articles = [n for n in nodes if any(t in _ARTICLE_TYPES for t in _types(n))]
    out: dict[str, Any] = {}
    site = meta.get("og:site_name")
    if not site:
        for n in articles + nodes:
            names = _name(n.get("publisher"), by_id) if n.get("publisher") else []
            if names:
                site = names[0]
                break
    if site and _URL_RE.match(site):
        site = site_host(site)  # "https://www.newsnation.in" -> "newsnation.in"
    if site and (twice := re.fullmatch(r"(.{2,80}?)\s+[-|–—]\s+(.{2,80})", site)) \
            and twice.group(1).casefold() == twice.group(2).casefold():
        # the name twice, as a template joins the site's name to the page's ("European Commission - European
        # Commission", the Commission's press corner: a first-time user's Middle Corridor briefing)
        site = twice.group(1)
    out["site"] = site
    title = meta.get("og:title") or meta.get("twitter:title")
    if title and site:
        # Cut a trailing " | Site" / " - Site" that repeats the declared site name, also as
        # a domain: " - News Nation" when the site is "newsnation.in".
        title = re.sub(r"\s*[|\-–—:·]\s*" + re.escape(site) + r"\s*$", "", title)
        m = _TITLE_TAIL_RE.search(title)
        if m and brand_key(m.group(1)) == brand_key(site):
            title = title[:m.start()]
    if title and not site:
        # "<title>Headline | ประชาไท Prachatai.com</title>": the site's name beside the headline.
        m = _TITLE_ELEMENT_RE.search(html)
        parts = re.split(r"\s+[|–—-]\s+", htmlmod.unescape(m.group(1)).strip()) if m else []
        if len(parts) == 2 and brand_key(parts[0]) == brand_key(title) and 1 <= len(parts[1].split()) <= 6:
            out["site"] = parts[1]
    cited = " ".join(meta.get("citation_title", "").split())
    if cited and len(cited) > len(title or ""):
        # A scholarly page's own title (Highwire's and Google Scholar's tag): its og:title is a shorter form for
        # social media (The Lancet's "Semaglutide and heart failure outcomes in obesity: SELECT" for "… in patients
        # with obesity and cardiovascular disease: a prespecified analysis of the SELECT trial", a first-time user's
        # GLP-1 briefing)
        title = cited
    out["title"] = title
    out["title_from"] = "citation_title" if cited and title == cited else "og:title"
    # The first of the page's declared dates that is one: a template's placeholder
    # ("datePublished": "0001-01-01T00:00:00Z", USA TODAY) gives way to the next.
    declared = [n["datePublished"] for n in articles + nodes if isinstance(n.get("datePublished"), str)][:1]
    declared += [meta.get("article:published_time"), meta.get("datepublished"), _itemprop_date(html),
                 meta.get("date"), *(meta.get(k) for k in _PUBDATE_NAMES)]
    out["date"] = next((d for d in map(_iso_date, declared) if d is not None), None)
    if out["date"] is None:
        # A scholarly page's dates: the earliest of the day it went online and its issue's (The Lancet's
        # citation_online_date "2024/05/13", the page's "Published: May 13, 2024"; citation_publication_date
        # "2024/08/31" the print issue's)
        out["date"] = min(filter(None, (_iso_date(meta.get(k)) for k in _CITATION_DATES)), default=None)
    authors: list[str] = []
    for n in articles + nodes:
        if n.get("author"):
            vals = n["author"] if isinstance(n["author"], list) else [n["author"]]
            for v in vals:
                if isinstance(v, dict) and "@id" in v and "name" not in v:
                    v = by_id.get(v["@id"], v)
                if isinstance(v, dict) and "Organization" in _types(v):
                    continue
                authors += _name(v, by_id)
            if authors:
                break
    if not authors:
        authors = _citation_authors(html)
    if not authors:
        value = meta.get("author") or meta.get("article:author")
        if value and not re.match(r"https?://", value):
            authors = [value]
    out["authors"] = _person_names(re.sub(r"^(by|analysis by)\s+", "", a, flags=re.I) for a in authors
                                   if not re.search(r"https?://|@|/", a))
    saved = _SAVED_FROM_RE.search(html, 0, SAVED_FROM_SPAN)
    out["url"] = meta.get("og:url") or (saved.group(1) if saved else None)
    description = meta.get("og:description") or meta.get("description") or meta.get("twitter:description")
    if not description:
        description = next((n["description"] for n in articles if isinstance(n.get("description"), str)), None)
    out["description"] = " ".join(htmlmod.unescape(description).split()) if description else None
    return out


_NAME_SUFFIXES = frozenset(("jr", "sr", "ii", "iii", "iv", "phd", "md"))
_CITATION_DATES = ("citation_online_date", "citation_publication_date", "citation_date")
_CITATION_AUTHOR_RE = re.compile(r"""<meta\s[^>]*name\s*=\s*["']?citation_author["'\s][^>]*>""", re.I)


def _citation_authors(html: str) -> list[str]:
    """A scholarly page's authors, one person a tag (<meta name="citation_author">), as "First Last": Highwire's
    and Google Scholar's tags write most names "Last, First" ("Deanfield, John", "Lincoff, A Michael"), which were
    read as two people each (a first-time user's GLP-1 briefing: "Deanfield", "John", "Verma", "Subodh" …)."""
    names = []
    for tag in _CITATION_AUTHOR_RE.findall(html[:500_000]):
        attrs = {k.lower(): _unquoted(v) for k, v in _ATTR_RE.findall(tag)}
        name = " ".join(htmlmod.unescape(attrs.get("content", "")).split())
        last, comma, first = name.partition(",")
        if comma and last.strip() and first.strip() and "," not in first \
                and first.strip(" .").casefold() not in _NAME_SUFFIXES:  # (not "Martin Luther King, Jr.")
            name = f"{first.strip()} {last.strip()}"
        if name and name not in names:
            names.append(name)
    return names


# The address the browser noted when it saved the page, a comment at its top (Chrome's and Edge's: "<!-- saved
# from url=(0098)https://apnews.com/article/… -->"): the page's own, where its meta tags name none (a first-time
# user's saved page had no "Original article" link)
_SAVED_FROM_RE = re.compile(r"<!--\s*saved from url=\(\d+\)(https?://[^\s<>\"']+?)\s*-->", re.I)
SAVED_FROM_SPAN = 4096  # characters: the comment is among the page's first lines


# Class names of a standfirst (the sentence under the headline): "dek", "content-header__dek",
# "strapline", "sub-headline". Not "intro", "lead" or "summary": sites give those to the
# first paragraph and to promotions.
# (Nature's "c-article-teaser": the element's text must be the page's own description, so a
# promotion's teaser elsewhere is not taken; not "summary", a share box's, USA Today's
# "util-bar-share-summary-description", nor "intro", a first paragraph's: both repeat the lede)
_DEK_CLASS_RE = re.compile(r"(?:^|[\s_-])(?:standfirst|dek|deck|strapline|subtitle|sub-title|subheadline|"
                           r"sub-headline|subhead|sub-head|teaser)(?:$|[\s_-])", re.I)
_DEK_WORD_RE = re.compile(r"standfirst|dek|strapline|subtitle|sub-title|subhead|sub-head|teaser"
                          r"|itemprop=[\"']?description", re.I)
# ... looked for as words in the page lower-cased: the pattern, its alternatives matched case-blind at each of a
# whole page's characters, took 28 ms a page, most of the standfirst's time (a code review's). (The same but where
# the page has one of the letters the pattern's case-blindness takes for an "i" or an "s", "İ", "ı", "ſ".)
_DEK_WORDS = ("standfirst", "dek", "strapline", "subtitle", "sub-title", "subhead", "sub-head", "teaser",
              "itemprop=description", "itemprop=\"description", "itemprop='description")


def _dek_word(html: str) -> bool:
    """Whether the page has one of _DEK_WORD_RE's words anywhere."""
    if "İ" in html or "ı" in html or "ſ" in html:
        return _DEK_WORD_RE.search(html) is not None
    low = html.lower()
    return any(word in low for word in _DEK_WORDS)


STANDFIRST_MIN_WORDS = 4
_H1_OPEN_RE = re.compile(r"<h1[\s>]", re.I)


# A standfirst's class on the paragraph right under the headline, where it is one whatever the page's description
# says: "standfirst", "dek", "chapo" (French), "entradilla", "bajada" (Spanish), "sommario" (Italian) (a first-time
# user's Monitor page: "<h1>…</h1><p class="standfirst">The NUP leader says …</p><div class="byline">"); and the
# classes a first paragraph has too, "lead", "intro", "summary", "excerpt", "teaser": a standfirst only over the
# byline (Radio-Canada's "<p class="lead">Après près d'un an, …</p><figure>…</figure><div
# class="auteur">"), else the lede.
# A class is one of these when a whole token of it is, or ends in one ("dcr-standfirst", "c-article-dek",
# "article__chapo", "sommario-art"), and no part of the element's classes says it is something else: a byline's or a
# date's ("lead-author", "summary-date", "lead-meta"), a player's ("intro-audio"), a label, a note or a credit
# ("teaser-label", "intro-note", "subtitle-credit"), another story's ("related-dek"), the site's ("site-subtitle"),
# or the lede's drop cap ("<p class="deck dropcap">").
_DECK_CLASS_WORDS = frozenset(("standfirst", "dek", "deck", "chapo", "chapeau", "strapline", "subtitle", "subheadline",
                               "entradilla", "bajada", "sommario", "vorspann"))
_LEDE_CLASS_WORDS = frozenset(("lead", "lede", "intro", "summary", "excerpt", "teaser"))
_NOT_DECK_CLASS_WORDS = frozenset(("author", "authors", "byline", "date", "time", "meta", "updated", "audio", "listen",
                                   "player", "label", "note", "credit", "credits", "caption", "related", "promo",
                                   "site", "dropcap", "drop", "cap", "kicker", "eyebrow", "tag", "tags"))


def _class_says(classes: str, words: frozenset[str]) -> bool:
    """Whether an element's classes mark it with one of words (_DECK_CLASS_WORDS, _LEDE_CLASS_WORDS)."""
    found = False
    for token in classes.lower().split():
        parts = [p for p in re.split(r"[-_]+", token.replace("sub-title", "subtitle").replace(
            "sub-headline", "subheadline")) if p]
        if any(p in _NOT_DECK_CLASS_WORDS for p in parts):
            return False
        found = found or any(p in words for p in parts)
    return found


# A standfirst's text is sentence text, not a byline or a date line ("Posted by Jane Morris on May 14, 2024"), nor a
# promotion's or a player's line ("Read more: …", "Listen to this article · 4 min"), nor a language switch ("English
# version below / Versione italiana": a slash between words)
# (a byline's word before a name, not a sentence's "By the end of the year", "Por primera vez", "Di fronte a")
_NOT_DECK_START_RE = re.compile(r"(?:by|par|por|di|von)\s+(?-i:[A-ZÀ-Ý])|(?:posted|published|updated|written|photo"
                                r"|image|read\s+more|listen|watch|publié|mis\s+à\s+jour|publicado)\b", re.I)
# ... and a lede's class marks the standfirst only over its byline, and not the lede with its dateline ("HARBOR CITY
# (AP) — The city council …", "HARBOR CITY — …")
_DATELINE_START_RE = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý .,'’-]{2,40}(?:\([^)]{1,20}\))?\s*[—–-]")
# (the cheap test before the page is parsed: one of the words whole in a class, not "leaderboard", "introduction")
_DECK_CLASS_WORD_RE = re.compile(r"class=[\"']?[^\"'>]*(?<![a-z])(?:"
                                 + "|".join(sorted(_DECK_CLASS_WORDS | _LEDE_CLASS_WORDS
                                                   | {"sub-title", "sub-headline"}, key=len, reverse=True))
                                 + r")(?![a-z])", re.I)
STANDFIRST_MIN_CHARS, STANDFIRST_MAX_WORDS = 15, 80


def standfirst(html: str, description: str | None) -> str | None:
    """The page's standfirst: an element with a standfirst's class whose text is the page's
    own description (so a promotion's "dek" elsewhere on the page is not taken), or the
    subheading right under the headline that says it, or the paragraph there, over the byline or the date;
    or the paragraph right under the headline that a standfirst's class marks (_classed_deck)."""
    if not description or not 15 <= len(description) <= 400 or len(description.split()) < STANDFIRST_MIN_WORDS:
        return _classed_deck(html)
    marked = _dek_word(html)
    if not marked and _H1_OPEN_RE.search(html) is None:
        return None
    import lxml.html

    try:
        doc = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None
    for el in doc.iter() if marked else ():
        # (or the heading the page marks as its description: WSJ's <h2 itemprop="description">;
        # not a paragraph so marked, which may be the lede)
        if isinstance(el.tag, str) and (_DEK_CLASS_RE.search(el.get("class") or "")
                                        or el.tag in ("h2", "h3", "h4")
                                        and "description" in (el.get("itemprop") or "").split()):
            # (as the description says it, but for its full stop, quotes or case: Science's "<div
            # class="standfirst">… rivalling tokamaks on a key measure</div>", described "… on a key measure.", was
            # lost, a first-time user's fusion briefing)
            # (not the description cut short, "…": a teaser of the lede, "<div class="teaser-detail"><p>Frankfurt/Main
            # (dpa) - Für einen Roman …", which the text repeats)
            text = " ".join(el.text_content().split())
            if text == description or _fold(text).rstrip(" .") == _fold(description).rstrip(" ."):
                return text
    for h1 in doc.iter("h1"):
        # A deck set as a subheading right under the headline, the page's description again (The
        # Register's "<h1>CrowdStrike exec apologizes to Congress …</h1><h2>'We're deeply sorry,'
        # Adam Meyers tells House subcommittee, as lawmakers question kernel access</h2>", its
        # <meta name="description"> the same). Not a subheading of the text, nor one with a byline
        # or a paragraph between it and the headline.
        deck = _under_headline(h1)
        if deck is not None and deck.tag in ("h2", "h3", "h4") \
                and _same_text(text := _deck_text(deck), description):
            return text
        # ... or a paragraph there, the description again, over the byline or the date: bdnews24's "<h1>EC suspends
        # Awami League's registration</h1><p class="summary">The party cannot contest any election …</p><div
        # class="byline">…" (a first-time user's Bangladesh briefing: it was the text's first paragraph). Not one
        # under them, nor one the text goes on after: a lede the description repeats.
        if deck is not None and deck.tag == "p" and _same_text(text := _deck_text(deck), description) \
                and _byline_or_date(deck):
            return text
    return _classed_deck(html, doc)


def _classed_deck(html: str, doc: Any = None) -> str | None:
    """The paragraph right under the headline that a standfirst's class marks (or the element it alone is in):
    one of _DECK_CLASS_WORDS, or of _LEDE_CLASS_WORDS over the byline; a sentence or a few, not a byline or a date."""
    if _DECK_CLASS_WORD_RE.search(html) is None or _H1_OPEN_RE.search(html) is None:
        return None
    if doc is None:
        import lxml.html

        try:
            doc = lxml.html.fromstring(html)
        except (ValueError, lxml.etree.ParserError):
            return None
    for h1 in doc.iter("h1"):
        deck = _under_headline(h1)
        if deck is None or deck.tag not in ("p", "div"):
            continue
        text = _deck_text(deck)
        if not STANDFIRST_MIN_CHARS <= len(text) <= STANDFIRST_MAX_WORDS * 8 \
                or len(text.split()) > STANDFIRST_MAX_WORDS:
            continue
        parent = deck.getparent()
        classes = [deck.get("class") or ""]
        if parent is not None and parent.tag in ("div", "header") and " ".join(parent.text_content().split()) == text:
            classes.append(parent.get("class") or "")  # ("<div class="article-dek"><p>…</p></div>")
        if _NOT_DECK_START_RE.match(text) or " / " in text or date_share(text) >= DATE_LINE_MIN_SHARE \
                or _furniture(text):
            continue
        if any(_class_says(c, _DECK_CLASS_WORDS) for c in classes) \
                or any(_class_says(c, _LEDE_CLASS_WORDS) for c in classes) and _byline_or_date(deck, byline=True) \
                and not _DATELINE_START_RE.match(text):
            return text
    return None


# A byline's or a date's element, by its class: "byline", "author", "article-date", "time", "dateline", "published"
_BYLINE_CLASS_RE = re.compile(r"(?:^|[\s_-])(?:byline|bylines|author|authors|date|dateline|time|timestamp|published"
                              r"|posted|pubdate|auteur|auteurs|autor|autores|autora|autore|autori)(?:$|[\s_-])", re.I)
# ... a byline's alone
_AUTHOR_CLASS_RE = re.compile(r"(?:^|[\s_-])(?:byline|bylines|author|authors|auteur|auteurs|autor|autores|autora"
                              r"|autore|autori)(?:$|[\s_-])", re.I)
# ... not a reading time's ("read-time", "reading-time": "4 min read", under many a site's lede)
_READ_TIME_CLASS_RE = re.compile(r"read(?:ing)?[_-]?time|time[_-]to[_-]read", re.I)
# A box of other stories inside the text (its date is theirs, not the article's): "inline-related", "promo-box",
# "teaser", "recommended"
_OTHER_STORIES_CLASS_RE = re.compile(r"related|promo|teaser|recommend", re.I)


def _byline_or_date(deck: Any, byline: bool = False) -> bool:
    """Whether the element after a paragraph, where the page's text goes on, is a byline or a date: a <time>, an
    <address>, an element of a byline's or a date's class (or in one), or one of the author's or the date's
    itemprop, rel="author". Not a reading time ("4 min read"), nor an element in a box of related stories.
    With byline, only a byline (not a date)."""
    # (past a photo between them: Radio-Canada's "<p class="lead">…</p><figure>…</figure><div class="auteur">")
    following = deck.xpath("following::*[normalize-space(text())][not(ancestor-or-self::figure)][1]")
    el = following[0] if following else None
    for box in el.iterancestors() if el is not None else ():
        if box.tag in ("article", "main", "body", "section"):
            break
        if _OTHER_STORIES_CLASS_RE.search(box.get("class") or ""):
            return False  # (a related story's date, in its box after the lede)
    if el is not None and len(el.text_content().split()) <= BYLINE_MAX_WORDS \
            and any(_author_mark(d) for d in itertools.islice(el.iterdescendants(), BYLINE_CHILDREN_MAX)):
        # (the byline's link marked, its paragraph not: Le Monde's "<p class="meta__publisher">Par <a
        # class="article__author-link" href="/signataires/…">Virginie Malingre</a> (Bruxelles, bureau européen)</p>"
        # under its "article__desc", a first-time user's standfirst lost; a byline's few words, not a paragraph of
        # text that links a colleague's page, "As our colleague <a class="author-link">Dina Temple</a> reported …", a
        # review's probe)
        return True
    for _ in range(3):  # (the author's <span> inside the byline's <div>)
        if el is None or el.tag in ("article", "main", "body", "section"):
            return False
        classes = el.get("class") or ""
        if byline:
            if el.tag == "address" or _author_mark(el):
                return True
        elif el.tag in ("time", "address") or _BYLINE_CLASS_RE.search(classes) \
                and not (_READ_TIME_CLASS_RE.search(classes) or _OTHER_STORIES_CLASS_RE.search(classes)) \
                or (el.get("itemprop") or "") in ("author", "datePublished", "dateModified") \
                or el.get("rel") == "author":
            return True
        el = el.getparent()
    return False


BYLINE_CHILDREN_MAX = 4  # of the element after a deck, the first elements inside it looked at for the author's mark


def _author_mark(el: Any) -> bool:
    """An element the page marks as its author's: a byline's or an author's class, itemprop="author", rel="author"."""
    return isinstance(el.tag, str) and (_AUTHOR_CLASS_RE.search(el.get("class") or "") is not None
                                        or el.get("itemprop") == "author" or el.get("rel") == "author")


def _deck_text(deck: Any) -> str:
    """A deck's text without the date the page sets inside it (National Geographic's "… What’s the
    secret to its recovery?<span class="ngart-hl__date">Monday, 6 January 2020</span>")."""
    deck = copy.deepcopy(deck)
    for el in list(deck.iterdescendants()):
        if isinstance(el.tag, str) and (el.tag == "time" or _DATE_CLASS_RE.search(el.get("class") or "")):
            el.drop_tree()
    return " ".join(deck.text_content().split())


_DATE_CLASS_RE = re.compile(r"(?:^|[\s_-])(?:date|dateline|time|timestamp)(?:$|[\s_-])", re.I)


def _under_headline(h1: Any) -> Any:
    """The block element after a headline's, where the page's text goes on (the first element
    after the <h1> that holds text of its own, as the <h2>, <h3>, <h4> or <p> it is in), or None."""
    following = h1.xpath("following::*[normalize-space(text())][1]")
    if not following:
        return None
    el = following[0]
    if el.tag == "div" and not len(el):  # (a <div> that is the deck itself, its text its own: "<div class="dek">…")
        return el
    for _ in range(3):  # (an <h2><a>…</a></h2>, an <h2><span><a>…</a></span></h2>)
        if el.tag in ("h2", "h3", "h4", "p"):
            return el
        el = el.getparent()
        if el is None or el.tag in ("div", "header", "section", "article", "body"):
            return None
    return None


def _same_text(text: str, description: str) -> bool:
    """Whether a line says the page's description: as it is, but for quotation marks, dashes,
    case and the full stop (BusinessWeek's "… who she says "control popularity"" / its description
    "… "control popularity"."), or as the whole of which the description is the start cut short
    ("…" or "...")."""
    line, said = _fold(text).rstrip(" ."), _fold(description)
    cut = said.removesuffix("...").removesuffix("…").rstrip()
    if cut != said:
        return len(cut) >= DESCRIPTION_CUT_MIN_CHARS and line.startswith(cut)
    return line == said.rstrip(" .")


DESCRIPTION_CUT_MIN_CHARS = 40


# Dates a template fills in for none: the Unix epoch's first day (and year 1 or 9999, outside
# the years a date may fall in).
_PLACEHOLDER_DATES = (dt.date(1970, 1, 1),)


def _iso_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value)
    if m:
        try:
            day = dt.date(*map(int, m.groups()))
        except ValueError:
            return None
        return day if EARLIEST_YEAR <= day.year <= LATEST_YEAR and day not in _PLACEHOLDER_DATES else None
    return first_date(value)


# A page's <title> that names no story, only a document's number beside the site's name (and the language): a legal
# database's "EUR-Lex - 62023CJ0233 - EN - EUR-Lex" (a CELEX number), "ECLI:EU:C:2025:110 | Lexdata", a docket's
# "1:20-cv-03010 - CourtListener", or the number alone (trafilatura's title cuts the site's name). The number is a
# token of five digits or more and a letter (not "COVID-19 - Wikipedia", "ISO-8601 | Docs", "2024-25 - Premier
# League"); the rest, a short name without digits and a language's code ("EN").
_TITLE_PARTS_RE = re.compile(r"\s+[|–—-]\s+")
_DOCUMENT_NUMBER_RE = re.compile(r"(?=(?:[^\d\s]*\d){5})(?=[^\s]*[A-Za-z])[\w.:/-]{5,40}")
_LANGUAGE_PART_RE = re.compile(r"[A-Z]{2}")
DOCUMENT_TITLE_MAX_WORDS = 40  # a description longer than this is a summary, not a document's title


def _identifier_title(title: str) -> str | None:
    """The document's number, where the title is such a number and the site's name; else None."""
    parts = _TITLE_PARTS_RE.split(title.strip())
    if not any(c.isdigit() for c in title):
        return None
    numbers = [p for p in parts if _DOCUMENT_NUMBER_RE.fullmatch(p)]
    rest = {brand_key(p) for p in parts if p not in numbers and not _LANGUAGE_PART_RE.fullmatch(p)}
    return numbers[0] if len(numbers) == 1 and len(rest) <= 1 and all(not any(c.isdigit() for c in p) for p in rest) \
        and all(len(p.split()) <= 3 for p in parts) else None


# ... where no metadata names the document, the first line over its text that reads as a title: a few words, not the
# line that repeats the number ("Document 62023CJ0233", the page's label of it, which is left out), nor a date alone
NUMBERED_HEAD_BLOCKS = 4  # the blocks over the text looked at
NUMBER_LABEL_MAX_WORDS = 3
HEADLINE_MIN_WORDS, HEADLINE_MAX_WORDS = 3, 25


def _numbered_page_head(blocks: list[Block], number: str, article: Article) -> list[Block]:
    """The blocks without the page's label of the document's number, the title set from its first line where the
    title is still the number."""
    head = [b for b in blocks[:NUMBERED_HEAD_BLOCKS]
            if not (number in b.text and len(b.text.split()) <= NUMBER_LABEL_MAX_WORDS)]
    blocks = head + blocks[NUMBERED_HEAD_BLOCKS:]
    if article.title and _identifier_title(article.title):
        line = next((b.text for b in head if b.kind in ("heading", "paragraph") and number not in b.text
                     and HEADLINE_MIN_WORDS <= len(b.text.split()) <= HEADLINE_MAX_WORDS
                     and date_share(b.text) < DATE_LINE_MIN_SHARE), None)
        if line:
            article.title = line.rstrip(".")
            article.decisions.append(f"title {article.title!r}: the first line over the text, the <title> being a "
                                     "document's number and the site's name")
    return blocks


def _title_beside_site(html: str, title: str, url: str | None) -> str | None:
    """The <title>'s other part where the title taken is the one that names the site, its address's ("<title>NVD -
    CVE-2024-3094</title>" on nvd.nist.gov, no og:title: trafilatura took "NVD", a first-time user's cyber briefing),
    else None."""
    m = _TITLE_ELEMENT_RE.search(html)
    host = site_host(url or "") or ""
    if m is None or not host:
        return None
    parts = _TITLE_PARTS_RE.split(" ".join(htmlmod.unescape(re.sub(r"<[^>]+>", "", m.group(1))).split()))
    labels = [label for label in host.lower().split(".") if len(label) >= 3]
    if len(parts) != 2 or title not in parts or brand_key(title) not in labels:
        return None
    other = parts[1 - parts.index(title)]
    # (not where the other part names the site too: "<title>Signal | Signal Blog</title>", a review's probe)
    return other if not any(label in brand_key(other) for label in labels) else None


def _dublin_core_title(html: str) -> str | None:
    """The document's title as the page's Dublin Core metadata names it, a library's or a legal database's:
    "DC.title", else "DC.description" ("Judgment of the Court (Grand Chamber) of 25 February 2025. Alphabet Inc. and
    Others v Autorità Garante …"), its closing full stop left out."""
    if "DC." not in html and "dc." not in html and "dcterms." not in html.lower():
        return None
    meta = page_meta(html)
    for key in ("dc.title", "dcterms.title", "dc.description", "dcterms.description"):
        value = " ".join(meta.get(key, "").split()).rstrip(".")
        if len(value.split()) >= 2 and len(value.split()) <= DOCUMENT_TITLE_MAX_WORDS and not _identifier_title(value):
            return value
    return None


LEDE_FOLLOWING_TEXTS = 200  # the text nodes after the lede looked at for the text's first paragraph
LEDE_FURNITURE_CHARS = 200  # ... the characters of furniture between them at most (a share row, "Read also:")
_NOT_LEDE_BOXES = ("nav", "aside", "footer", "form")


def _lede_outside_body(html: str, description: str | None, subtitle: str | None,
                       blocks: list[Block]) -> tuple[str, int, bool] | None:
    """The lede a page sets between its headline and the element of its text, the page's description again, which
    trafilatura leaves out with the headline's furniture (Ukrinform's "<div class="newsHeading">У суботу, 24 травня,
    Україна повернула …</div>" after the photo, before "<div class="newsText__body">": a first-time user's Ukraine
    briefing lost it, and the summary was the attribution line after it). An element whose whole text is the
    description, after the <h1>, right before a paragraph kept (put before it), in no box of other stories or the
    site's; not one the text or the standfirst already has."""
    if not description or len(description.split()) < STANDFIRST_MIN_WORDS or not 15 <= len(description) <= 400 \
            or not any(b.kind in PROSE for b in blocks) or subtitle and _same_text(subtitle, description) \
            or any(_same_text(b.text, description) for b in blocks) or _H1_OPEN_RE.search(html) is None:
        return None
    import lxml.html

    try:
        doc = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None
    body = doc.find("body")
    for el in body.iter("div", "p") if body is not None else ():
        text = " ".join(el.text_content().split())
        if len(text) > len(description) + 5 or not _same_text(text, description):
            continue
        if any(box.tag in _NOT_LEDE_BOXES or _OTHER_STORIES_CLASS_RE.search(box.get("class") or "")
               for box in el.iterancestors()) or not el.xpath("preceding::h1"):
            return None
        # (the block kept that the page sets right after it, past a few words of furniture at most)
        after = "".join("".join(t.split()) for t in el.xpath("following::text()")[:LEDE_FOLLOWING_TEXTS])
        for i, block in enumerate(blocks):
            start = after.find("".join(block.text.split())[:40])
            if block.kind in PROSE and 0 <= start <= LEDE_FURNITURE_CHARS:
                # under the date or the byline, it opens the text (Ukrinform's); over them, right under the
                # headline, it is the standfirst (WIRED's "<div class="ContentHeaderDek-bIqFFZ">")
                h1 = el.xpath("preceding::h1[1]")[0]
                between = h1.xpath("following::*[self::time or self::address or contains(@class, 'date') or "
                                   "contains(@class, 'Date') or contains(@class, 'byline') or "
                                   "contains(@class, 'author')][1]")
                lede = bool(between) and between[0] in el.xpath("preceding::*")
                return text, i, lede
        return None
    return None


# Telegram Desktop's chat export ("Export chat history", HTML: messages.html, messages2.html …), a fixed layout: the
# chat's name in <div class="page_header">, then <div class="history"> of <div class="message default"> (the
# post's <div class="text">, its time in <div class="date details" title="23.05.2025 14:02:31 UTC+03:00">, and
# the app's furniture: userpic, initials, from_name, signature, edited, reactions, media_wrap) and <div
# class="message service"> (a day's separator, "23 May 2025", or "Channel created", "… pinned a message").
# (and its <title>, "Exported Data", in every version: a forum's page whose divs a review's probe gave the same three
# classes had been read as an export)
_TG_EXPORT_MARKS = ('class="page_header"', 'class="history"', 'class="message default', "<title>Exported Data</title>")
_TG_DATE_RE = re.compile(r"(\d{2})\.(\d{2})\.(\d{4})")  # the date's title, "23.05.2025 14:02:31 UTC+03:00"
_TG_CLASS = "contains(concat(' ', normalize-space(@class), ' '), ' {} ')"
TG_TITLE_MAX_WORDS = 20  # a post's first line longer than this is a paragraph: its first sentence is the title
_TG_SENTENCE_END_RE = re.compile(r"(?<=[.!?…])\s+(?=\S)")


def _telegram_export(html: str, article: Article) -> bool:
    """Fill `article` from a Telegram Desktop chat export, if the page is one: every post's text, a line a
    paragraph (the post's <br>s), each day under its separator as a subheading; the chat's name is the
    publication, the first post's first line (or sentence) the title, as a channel's post opens with its
    headline ("🇺🇦 Додому повертаються 390 українців!"; the chat's name would title every export of
    the channel alike), the first post's day the date. The app's furniture is never text (a first-time user's
    Ukraine briefing: the export's <title> "Exported Data" was the title, one post of four was kept)."""
    if not all(mark in html for mark in _TG_EXPORT_MARKS):
        return False
    import lxml.html

    try:
        doc = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return False
    history = doc.xpath(f"//div[{_TG_CLASS.format('history')}]")
    header = doc.xpath(f"//div[{_TG_CLASS.format('page_header')}]")
    if not history or not header:
        return False
    blocks: list[Block] = []
    day: dt.date | None = None
    first_post = 0  # the first post's lines
    for message in history[0].xpath(f"./div[{_TG_CLASS.format('message')}]"):
        classes = (message.get("class") or "").split()
        if "service" in classes:
            line = " ".join(message.text_content().split())
            if line and first_date(line, month_first=False) is not None and len(line.split()) <= 5:
                if blocks and blocks[-1].kind == "heading":
                    del blocks[-1]  # (a day of photos alone)
                blocks.append(Block("heading", line))  # the day's separator ("23 May 2025"), not "Channel created"
            continue
        if "default" not in classes:
            continue
        if day is None:
            stamp = message.xpath(f".//div[{_TG_CLASS.format('date')}]/@title")
            m = _TG_DATE_RE.match(stamp[0].strip()) if stamp else None
            if m:
                try:
                    day = dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
                except ValueError:
                    pass
        for text in message.xpath(f".//div[{_TG_CLASS.format('text')}]"):
            text = copy.deepcopy(text)
            for br in text.iter("br"):
                br.tail = "\n" + (br.tail or "")
            lines = [Block("paragraph", line) for line in (" ".join(s.split()) for s in
                                                           text.text_content().split("\n")) if line]
            first_post = first_post or len(lines)
            blocks += lines
    if not any(b.kind == "paragraph" for b in blocks):
        return False
    while blocks and blocks[-1].kind == "heading":
        del blocks[-1]  # (a day's separator over no post of the chat's)
    i = next(i for i, b in enumerate(blocks) if b.kind == "paragraph")
    first = blocks[i].text
    if len(first.split()) > TG_TITLE_MAX_WORDS:
        first = _TG_SENTENCE_END_RE.split(first, maxsplit=1)[0]
    elif first_post > 1:
        del blocks[i]  # the post's headline, over the rest of the post: the title, as an article's is
    article.title = first
    article.source = " ".join(header[0].text_content().split()) or None
    article.authors = []
    article.date = day
    article.date_source = "text" if day else None
    article.blocks = blocks
    article.decisions.append(f"a Telegram Desktop chat export: {sum(b.kind == 'paragraph' for b in blocks)} "
                             f"line(s) of its posts, the chat {article.source!r} the publication, the first post's "
                             f"first line the title, its day ({day}) the date")
    texts = [article.title or "", *(b.text for b in blocks)]
    article.language = language_code(detect_language(texts), texts)
    return True


def extract_html(html: str, article: Article) -> None:
    """Fill `article` from a saved web page."""
    if _telegram_export(html, article):
        return
    import trafilatura

    # No extensive date search: it takes a footer's "© 2024" for 1 January 2024.
    date_params = {**trafilatura.settings.set_date_params(), "extensive_search": False}
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                      include_tables=True, favor_recall=True, date_extraction_params=date_params)
    meta = metadata(html)
    traf = {}
    if doc is not None:
        traf = {"title": doc.title, "author": doc.author, "date": doc.date, "site": doc.sitename,
                "text": _rendered_text(doc), "url": doc.url}
        article.decisions.append("body from trafilatura (saved web page)")
    else:
        article.decisions.append("trafilatura found no article body")
    article.title = meta["title"] or traf.get("title")
    if not meta["title"] and article.title:
        # "<title>Headline-新华网</title>", and the page's <h1> the headline alone: the rest is the site.
        h1, page_title = (" ".join(htmlmod.unescape(re.sub(r"<[^>]+>", "", m.group(1))).split()) if m else ""
                          for m in (_H1_RE.search(html), _TITLE_ELEMENT_RE.search(html)))
        tail = page_title[len(h1):] if h1 and page_title.startswith(h1) else ""
        if article.title in (page_title, h1) and _SITE_TAIL_RE.fullmatch(tail):
            article.title = h1
            if not meta["site"]:
                meta["site"] = tail.strip(" -|–—_:·")
    article.decisions.append(f"title {article.title!r} from "
                             + (meta["title_from"] if meta["title"] else "trafilatura"))
    if not meta["title"] and article.title and (other := _title_beside_site(html, article.title, traf.get("url"))):
        article.decisions.append(f"title {other!r}: the <title>'s other part, {article.title!r} being the site's name")
        article.title = other
    number = _identifier_title(article.title) if article.title else None
    if article.title is None or number:
        named = _dublin_core_title(html)
        if named:
            article.decisions.append(f"title {named!r} from the page's Dublin Core metadata: "
                                     + ("its <title> names none" if article.title is None
                                        else "its <title> is a document's number and the site's name"))
            article.title = named
    article.source = meta["site"] or traf.get("site")
    if article.source and article.title and brand_key(article.source) == brand_key(article.title):
        article.source = None  # trafilatura's guess from a <title> that is the headline alone
    # trafilatura's guess from the page's markup, when the page declares none. It capitalises
    # a user name and cuts its digits ("jdadmin" / "rmb8090" came back as "Jdadmin", "Rmb";
    # "majainfos_zlfca4v6" as "Majainfos Zlfca"): a name is kept only where the page has it
    # (a name of one word as written, and shaped as a name or an agency: "Reuters", "AP",
    # "王小明"; not "MoritzMeyer", "luxurious").
    # (Nor the text of a link to a topic's page: EDRi's "Digital Omnibus", <a href="/tag/…">.)
    article.authors = meta["authors"] or [
        name for name in _person_names(re.split(r";", traf.get("author") or ""))
        if re.search(r"(?<!\w)" + re.escape(name).replace(r"\ ", r"\s+") + r"(?!\w)", html,
                     re.I if " " in name else 0) is not None and (" " in name or _ONE_WORD_NAME_RE.fullmatch(name))
        and not re.search(_TOPIC_LINK + re.escape(name) + r"\s*</a>", html, re.I)]
    article.date = meta["date"] or _iso_date(traf.get("date"))
    # The page itself states this date (its own meta tags / JSON-LD): "text", as a dateline would be.
    # "metadata" is reserved for dates the analyst supplies in seeds/metadata.yml.
    article.date_source = "text" if article.date else None
    if article.date:
        article.decisions.append(f"date {article.date} from the saved page's own date metadata")
    shown_byline = (not article.authors or not article.date) and _byline_from_text(html, article)
    article.url = next(filter(None, map(_web_address, (meta["url"], traf.get("url")))), None)
    article.subtitle = standfirst(html, meta["description"])
    if article.subtitle:
        article.decisions.append(f"subtitle {article.subtitle[:60]!r}: the standfirst, as the page describes itself")
    blocks: list[Block] = []
    dropped = notices = 0
    kinds = _element_kinds(doc.body if doc is not None else None)
    listings = _listings(doc.body if doc is not None else None)
    listing_rest: list[str] = []  # the lines of the listing being passed over
    banner = False  # (the line before was a government site's banner)
    rows: list[str] = []  # a table's rows so far, as trafilatura writes them ("| a | b |")
    for para in (traf.get("text") or "").split("\n") + [""]:
        if _TABLE_ROW_RE.match(para):
            if not _TABLE_RULE_RE.match(para):  # (a "|" in a cell is "\|")
                rows.append("\t".join(" ".join(c.replace("\\|", "|").split())
                                      for c in _CELL_SPLIT_RE.split(para.strip()[1:-1])))
            continue
        if rows:
            title = [c for c in rows[0].split("\t") if c]
            if len(title) == 1 and rows[0].split("\t")[0] and len(rows) >= 3 \
                    and all(table_row(row.split("\t")) for row in rows[1:]):
                # trafilatura writes a table's <caption> as a first row of one cell: its title
                blocks.append(Block("paragraph", title[0]))
                rows = rows[1:]
            if len(rows) >= 2 and all(table_row(row.split("\t")) for row in rows):
                blocks.append(Block("table", "\n".join(rows)))
            else:  # a page laid out in a table (The Space Review): its cells are the text
                # (as is a one-column table, or one of sentences)
                blocks += [Block("paragraph", c) for row in rows for c in row.split("\t") if c and not _furniture(c)]
            rows = []
        folded = " ".join(para.split())
        if listing_rest and folded == listing_rest[0]:
            del listing_rest[0]
            continue
        if listings and folded == listings[0][0][0]:
            lines, code = listings.pop(0)
            blocks.append(Block("code", code))
            listing_rest = lines[1:]
            continue
        para = _LIST_MARK.sub("", para.strip())
        if para and _kickers_only(blocks) and (_same_line(para, article.title) or _same_line(para, article.subtitle)
                                               or _dated_deck(para, article.subtitle)):
            # the headline or the standfirst, which trafilatura kept as the text's first paragraph, and
            # the kicker over it ("COP30" / the standfirst, on Climate Home's page)
            dropped += len(blocks)
            blocks = []
            continue
        if not para or para == article.title:
            continue
        if script_notice(para) or script_loader(para):
            notices += 1  # (counted with the furniture below)
        if _furniture(para) or not any(b.kind in PROSE for b in blocks) and len(para.split()) <= DATE_LINE_MAX_WORDS \
                and date_share(para) >= DATE_LINE_MIN_SHARE:
            # (a date alone over the text, a press release's "May 1, 2024": the page's date is its
            # metadata's; not the dates of a timeline's entries further down)
            dropped += 1
            continue
        if banner and _BANNER_QUESTION_RE.fullmatch(para) or not any(b.kind in PROSE for b in blocks) \
                and _gov_banner(para):  # (over the text, as the page's banner is)
            banner = True  # (its question on a line of its own after it, "Here's how you know")
            dropped += 1
            continue
        banner = False
        kind = kinds.get(" ".join(para.split()), "paragraph")
        if kind == "quote" and blocks and blocks[-1].kind == "quote" and ATTRIBUTION_RE.match(para) \
                and not ATTRIBUTION_RE.match(blocks[-1].text):
            kind = "source"  # "— Dimitris Kourakos, broker" under the excerpt: who said it (not a dialogue's line)
        elif kind == "quote" and blocks and blocks[-1].kind == "source":
            blocks[-1].kind = "quote"  # (a dialogue's dashed line, the quote going on under it)
        blocks.append(Block(kind, para))
    tabs = _tab_lists(html) if any(b.kind == "item" for b in blocks) else []
    if any(marked for _, marked in tabs):
        kept = _without_tab_lists(blocks, tabs)
        dropped += len(blocks) - len(kept)
        blocks = kept
    if number and blocks:
        kept = _numbered_page_head(blocks, number, article)
        dropped += len(blocks) - len(kept)
        blocks = kept
    while blocks and blocks[-1].kind == "paragraph" and _staff_credit(blocks[-1].text):
        # the staff credit under the story ("Pewarta: …" / "Editor: …"), only after the last paragraph of
        # text: not a book's "Penulis: …" in a review's box, nor "Editor: Jane Roe" a story announces
        del blocks[-1]
        dropped += 1
    if (k := _release_contacts(blocks)) is not None:
        article.decisions.append(f"dropped the release's contacts under its text ({blocks[k].text[:40]!r} and "
                                 f"{len(blocks) - k - 1} line(s) under it)")
        dropped += len(blocks) - k
        del blocks[k:]
    if (lede := _lede_outside_body(html, meta["description"], article.subtitle, blocks)) and lede[2]:
        article.decisions.append(f"paragraph {lede[0][:60]!r} kept: the page's description, set over its text "
                                 "outside the text's container")
        blocks.insert(lede[1], Block("paragraph", lede[0]))
    elif lede:
        article.decisions.append(f"subtitle {lede[0][:60]!r}: the page's description, under its headline outside "
                                 "the text's container")
        article.subtitle = lede[0]
    if len(blocks) > 1 and blocks[0].kind == blocks[1].kind == "heading" \
            and len(blocks[0].text.split()) <= KICKER_MAX_WORDS:
        # a label over the whole text, with no text under it, right over the first section's heading: both shown
        # alike, it reads as an empty section (The Lancet's abstract, "Summary" over "Background", a first-time
        # user's GLP-1 briefing; a site's "Neuigkeiten"). Not one further down, over its subsections (a guide's
        # "Linux" over "Debian", "Fedora"), nor a subheadline ("Vom europäischen Mahnverfahren bis zur …").
        del blocks[0]
        dropped += 1
    if not any(b.kind in PROSE for b in blocks):
        blocks, dropped = _body_from_visible_text(html, article)
    if not any(b.kind in PROSE for b in blocks):
        blocks = _body_from_script_state(html, article) or blocks
    if not any(b.kind in PROSE for b in blocks) and (notices or _APP_SHELL_RE.search(html) or any(
            map(script_notice, filter(None, visible_text(html).split("\n"))))):
        article.decisions.append(SCRIPT_DRAWN)
    if (k := next((k for k, b in enumerate(blocks[:2]) if b.kind == "paragraph" and b.text[:4].lstrip("（( ")[:1]
                   == "中" and _ZH_AGENCY_DATELINE_RE.match(b.text)), None)) is not None:
        # A Taiwanese agency's dateline opening the lead, CNA's "（中央社記者潘姿羽台北7日電）美國總統川普…", as the
        # text path reads it (extract_text's _ZH_AGENCY_DATELINE_RE): the reporters, and the lead without it (a
        # first-time user's Taiwan briefing: the saved page kept it, or lost the whole lead as a byline)
        m = _ZH_AGENCY_DATELINE_RE.match(blocks[k].text)
        assert m is not None
        if not article.authors:
            article.authors = m.group("names").split("、")
            article.decisions.append(f"authors {article.authors} from the agency's dateline opening the lead")
        rest = blocks[k].text[m.end():].lstrip()
        if rest:
            blocks[k] = Block("paragraph", rest)
        else:
            del blocks[k]
            dropped += 1
        shown_byline = False  # (the byline the page shows was this dateline)
    if shown_byline and blocks and _byline_block(blocks[0].text, article):
        del blocks[0]  # the byline line, which trafilatura kept as the first paragraph
        dropped += 1
    if dropped:
        article.decisions.append(f"dropped {dropped} line(s) of the page's furniture from trafilatura's body")
    article.dropped_lines = dropped
    article.blocks = blocks
    # The language of the text itself (a site's template may declare "en" on every page).
    texts = [article.title or "", *(b.text for b in blocks)]
    article.language = language_code(detect_language(texts), texts)


_SOURCE_BREAK_RE = re.compile(r"[ \t\r\f\v]*\n\s*")
# trafilatura's elements whose lines are the page's: code, and <pre>, which it makes a <quote>
# as it does a <blockquote> (a wrapped block quote keeps its breaks: it cannot be told apart).
_PREFORMATTED = ("code", "quote")


KICKER_MAX_WORDS = 3


# A release's contacts under its text, as the text path drops them (extract_text's flag_contacts_and_citations): a
# heading "Press contacts", "Media contacts", "Contacts", "Media enquiries" among the last blocks, with nothing under
# it but short lines that are no sentences, or an address to write to or a telephone ("## Press contacts" / "Ana
# PISONERO HERNANDEZ"; "## Contacts" / "In Washington: Jane Smith, jsmith@worldbank.org": a first-time user's saved
# Commission and World Bank releases kept them as text). Not a heading with a paragraph of text under it ("Contact"
# / "Readers can reach the helpline on 0800 123 456 from Monday.").
_RELEASE_CONTACTS_RE = re.compile(r"\W*(?:(?:media|press|news) )?(?:contacts?|inquiries|enquiries)"
                                  r"(?: for (?:further|more) information)?\W*"
                                  r"|\W*(?:media|press) (?:information|relations|office)\W*", re.I)
RELEASE_CONTACTS_MAX_BLOCKS = 8


def _release_contacts(blocks: list[Block]) -> int | None:
    """Where a release's contacts start under its text (see _RELEASE_CONTACTS_RE), or None."""
    for k in range(max(1, len(blocks) - RELEASE_CONTACTS_MAX_BLOCKS - 1), len(blocks) - 1):
        if blocks[k].kind == "heading" and _RELEASE_CONTACTS_RE.fullmatch(blocks[k].text) and all(
                b.kind in ("paragraph", "item") and len(b.text) <= CONTACT_MAX_CHARS
                and (not b.text.rstrip().endswith((".", "!", "?")) or _CONTACT_REACH_RE.search(b.text))
                for b in blocks[k + 1:]):
            return k
    return None


def _kickers_only(blocks: list[Block]) -> bool:
    """Nothing yet but a section's label or two over the headline ("COP30", "Climate politics")."""
    return all(b.kind == "paragraph" and len(b.text.split()) <= KICKER_MAX_WORDS and "," not in b.text
               and not b.text.rstrip().endswith((".", "!", "?")) for b in blocks)  # (not "Good morning, everyone")


def _rendered_text(doc: Any) -> str:
    """trafilatura's text of the body with the HTML source's line breaks as a browser renders
    them: a space. A paragraph wrapped in the source ("… who in 2008, won the⏎Africa Movie
    Academy Award …") had been two paragraphs, and its second half the summary. A <br> (its
    <lb/>) stays a break, and code and quotations keep their lines."""
    from trafilatura.xml import xmltotxt

    if doc.body is None:
        return doc.text or ""
    body = copy.deepcopy(doc.body)
    for el in body.iter():
        inside = any(a.tag in _PREFORMATTED for a in el.iterancestors())
        if el.text and "\n" in el.text and el.tag not in _PREFORMATTED and not inside:
            el.text = _SOURCE_BREAK_RE.sub(" ", el.text)
        if el.tail and "\n" in el.tail and not inside:  # (an element's tail is outside it)
            el.tail = _SOURCE_BREAK_RE.sub(" ", el.tail)
    return xmltotxt(body, False)


# A table's row in trafilatura's text ("| HD | THE HOME DEPOT INC. | 225.86 |"), and the rule
# under its header row ("|---|---|").
_TABLE_ROW_RE = re.compile(r"^\s*\|.*\|\s*$")
_TABLE_RULE_RE = re.compile(r"^\s*\|(?:\s*:?-+:?\s*\|)+\s*$")
_CELL_SPLIT_RE = re.compile(r"(?<!\\)\|")


_DASHES_RE = re.compile(r"\s*[‐‑‒–—―-]\s*")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "„": '"'})


def _fold(text: str) -> str:
    return " ".join(_DASHES_RE.sub("-", text).translate(_QUOTES).casefold().split())


def _same_line(para: str, heading: str | None) -> bool:
    """The headline (or standfirst) again as the body's first line, as the page prints it: in
    other case, with another dash or other quotation marks (Newsweek's title case, VG247's en
    dash). Further down, a subheading that reads as the title is the article's."""
    return bool(heading) and (para == heading or _fold(para) == _fold(heading))  # type: ignore[arg-type]


def _dated_deck(para: str, deck: str | None) -> bool:
    """The standfirst with the date the page sets inside it, as trafilatura's text has it ("… What’s the
    secret to its recovery?Monday, 6 January 2020")."""
    rest = para[len(deck):].strip() if deck and len(para) > len(deck) and para.startswith(deck) else ""
    return bool(rest) and date_share(rest) >= DATE_LINE_MIN_SHARE


_TOPIC_LINK = (r"""<a\b[^>]*\bhref=["'][^"']*/(?:tags?|topics?|categor(?:y|ies)|keywords?|themes?|subjects?)/"""
               r"""[^"']*["'][^>]*>\s*""")


def _byline_block(text: str, article: Article) -> bool:
    """Whether a paragraph is the byline the authors came from: short, naming them all."""
    folded = text.casefold()
    return len(text.split()) <= BYLINE_MAX_WORDS and bool(article.authors) \
        and all(name.casefold() in folded for name in article.authors)


BYLINE_MAX_WORDS = 16


def _page_title(html: str) -> str | None:
    """The text of the page's <title>."""
    m = _TITLE_TAG_RE.search(html)
    return " ".join(htmlmod.unescape(m.group(1)).split()) if m else None


# (its text up to the next tag: an unclosed "<title>" is passed at the next "<", not searched to the page's end from
# each, which took a page of 20,000 of them 18 s: a code review's)
_TITLE_TAG_RE = re.compile(r"<title\b[^>]*>([^<]*)</title\s*>", re.I)


def _body_from_visible_text(html: str, article: Article) -> tuple[list[Block], int]:
    """The body as the text path reads the page's visible text, where trafilatura found none:
    a page nested deeper than its parser follows (lxml stops at 255 levels: 300 unclosed
    <font> tags before the article), or laid out in a way it does not know. The blocks and
    the number of lines dropped as clutter."""
    from .extract_text import extract_text

    found = extract_text(visible_text(html))
    # (not a client-rendered page's "Loading…" and its notice, nor its <title> repeated: no text of its own)
    titles = {article.title, _page_title(html)}
    blocks = [b for b in found.blocks if not (script_notice(b.text) or script_loader(b.text) or b.text in titles)]
    if not any(b.kind in PROSE for b in blocks):
        return [], 0
    article.decisions.append("no body from trafilatura: the body read from the page's visible text")
    if not article.title and found.title:
        article.title = found.title
        article.decisions.append(f"title {found.title!r} from the page's visible text")
    return blocks, found.dropped + len(found.blocks) - len(blocks)


def _byline_from_text(html: str, article: Article) -> bool:
    """A page whose markup names no author or no date (no meta tags, no JSON-LD) may still
    state them where a reader sees them: "By Sam Nussey — October 14, 2021" under the <h1>.
    The text path reads the page's visible text for them, as it would a copied page.
    Whether authors were taken so (their byline is then no paragraph of the body)."""
    from .extract_text import extract_text

    found = extract_text(visible_text(html))
    took = False
    if not article.authors and found.authors:
        article.authors = found.authors
        article.decisions.append(f"authors {found.authors} from the byline the page shows (no author in its markup)")
        took = True
    if not article.date and found.date:
        article.date = found.date
        article.date_source = "text"
        article.decisions.append(f"date {found.date} from the dateline the page shows (no date in its markup)")
    return took


_INVISIBLE_OPEN_RE = re.compile(r"(?i)<(script|style|noscript|template|svg)\b|<!--")
_INVISIBLE_CLOSE_RE = {name: re.compile(rf"</{name}\s*>", re.I) for name in ("script", "style", "noscript", "template",
                                                                             "svg")}
_COMMENT_CLOSE_RE = re.compile("-->")


def without_invisible(html: str) -> str:
    """The page with its scripts, styles, templates, drawings and comments left out (each element to its closing tag,
    as a browser shows none of it; one with none is left as it is). One pass: a closing tag looked for once that is
    not there is not looked for again (a page of 20,000 unclosed "<script" had been searched to its end from each).
    (Searched in the page as it is: a lower-cased copy's positions are not the page's, "İ" lower-cased is two
    characters, a code review's.)"""
    parts: list[str] = []
    pos = 0
    unclosed: set[str] = set()
    while (m := _INVISIBLE_OPEN_RE.search(html, pos)) is not None:
        name = (m.group(1) or "--").lower()
        close = None if name in unclosed else \
            (_COMMENT_CLOSE_RE if name == "--" else _INVISIBLE_CLOSE_RE[name]).search(html, m.end())
        if close is None:
            unclosed.add(name)
            parts.append(html[pos:m.end()])
            pos = m.end()
            continue
        parts.append(html[pos:m.start()])
        parts.append(" ")
        pos = close.end()
    parts.append(html[pos:])
    return "".join(parts)


_BLOCK_TAG_RE = re.compile(r"(?i)<br\s*/?>|</?(?:p|div|h[1-6]|li|ul|ol|tr|td|th|table|section|article|header|footer"
                           r"|nav|aside|main|blockquote|figure|figcaption|dd|dt|dl|pre|hr|form)\b[^>]*>")


def visible_text(html: str) -> str:
    """The page's text roughly as a browser's "select all, copy" gives it: a line per block
    element, scripts and styles left out."""
    # (a line break in the source is a space on the screen: "By⏎Matthew Digby⏎,⏎Minh Do")
    text = _BLOCK_TAG_RE.sub("\n", without_invisible(html))
    # (and a tag the file stops inside, a page saved or copied only in part: "<meta content="From Sunday, the")
    text = htmlmod.unescape(re.sub(r"<[^>]+>|<[A-Za-z!/][^>]*\Z", " ", text))
    return "\n".join(" ".join(line.split()) for line in text.split("\n"))


HEADING_MAX_WORDS = 14  # as the text path's subheadings (heading_like)


def _listings(body: Any) -> list[tuple[list[str], str]]:
    """The code in trafilatura's body, in order: its <code> blocks, and a <quote> (a <pre>) of
    no paragraphs whose lines are a listing as the text path tells one (code_run). Each as its
    lines, whitespace folded (as the text splits them), and its text as written."""
    found: list[tuple[list[str], str]] = []
    for element in body if body is not None else ():
        if element.tag not in ("code", "quote") or element.tag == "quote" and len(element):
            continue
        text = "".join(element.itertext())
        raw = [line for line in text.split("\n") if line.strip()]
        lines = [" ".join(line.split()) for line in raw]
        if lines and (element.tag == "code" or all(map(code_line, raw)) and code_run(raw)):
            found.append((lines, textwrap.dedent(text.rstrip()).strip("\n")))
    return found


def _element_kinds(body: Any) -> dict[str, BlockKind]:
    """The text of each subheading (<h2>...), quoted excerpt (<blockquote>) and item of a
    bulleted list (<ul><li>) in trafilatura's body, whitespace folded: its plain text has lost which lines they
    were."""
    kinds: dict[str, BlockKind] = {}
    if body is None:
        return kinds
    for element in body:
        kind: BlockKind | None = {"head": "heading", "quote": "quote", "list": "item"}.get(element.tag)
        if kind is None or kind == "item" and element.get("rend") == "ol":
            continue  # (an ordered list's numbers are not in trafilatura's text: its items stay paragraphs)
        parts = [item for item in element if item.tag == "item"] if kind == "item" else [element]
        for line in (line for part in parts for line in _element_lines(part)):
            text = " ".join(_LIST_MARK.sub("", line.strip()).split())
            if kind == "heading" and (len(text.split()) > HEADING_MAX_WORDS or text.endswith((".", ":", ",", ";"))):
                continue  # a sentence set large (a standfirst, an excerpt's introduction) reads as a paragraph
            if text:
                kinds.setdefault(text, kind)
    return kinds


# trafilatura's elements that its text puts on lines of their own (not <hi>, <ref>, <code>
# inside a line)
_BLOCK_TAGS = frozenset({"p", "lb", "list", "item", "head", "quote", "table", "row", "cell"})


def _element_lines(element: Any) -> list[str]:
    """An element's text as trafilatura's text has it, a line each: a quote's <p> and the
    attribution after it apart, "built-in: <code>venv</code>" in a heading one line."""
    parts = [element.text or ""]
    for child in element:
        text = "".join(child.itertext())
        parts.append(f"\n{text}\n" if child.tag in _BLOCK_TAGS else text)
        parts.append(child.tail or "")
    return "".join(parts).split("\n")


FURNITURE_MAX_WORDS = 30  # a longer paragraph that holds a clutter phrase is article text
DATE_LINE_MAX_WORDS, DATE_LINE_MIN_SHARE = 8, 0.9  # a paragraph that is a date and a time, no more
# A wire story's closing credit: "Reporting by Jane Roe; Editing by John Doe".
_WIRE_CREDIT_RE = re.compile(r"^\(?(?:(?:additional )?reporting|writing|editing|compiled|produced) by\b", re.I)


# A staff credit under the story, a label and a name: "Pewarta: Jane Roe", "Editor: John Doe" (an
# Indonesian wire's, a line each), "Redaktur: …"; the name must read as one (not "Editor: the
# board decided …").
_STAFF_CREDIT_RE = re.compile(r"(?:pewarta|editor|redaktur|penulis|reporter|fotografer|penerjemah)\s*:\s*(.{3,60})",
                              re.I)


def _staff_credit(para: str) -> bool:
    m = _STAFF_CREDIT_RE.fullmatch(para) if ":" in para[:12] else None
    if m is not None and looks_like_name(m.group(1).strip()):
        return True
    return para[:1] in "（(" and ("編輯" in para[:8] or "编辑" in para[:8]) \
        and _BRACKETED_CREDIT_RE.fullmatch(para) is not None and META_LABEL_RE.match(para[1:]) is not None


# A Chinese story's editor credit closing it, in brackets, the day's code after it (the Republic's year, month,
# day): CNA's "（編輯：張均懋）1140807", a label the text path reads as the article's metadata (META_LABEL_RE; an
# editor's only: not a recipe's "(Quelle: cozy & cuddly…)").
_BRACKETED_CREDIT_RE = re.compile(r"[（(][^（()）]{3,24}[）)]\s*\d{0,8}")


# The site's copyright notice as the body's last paragraph: "© 2021 Example Tech News".
COPYRIGHT_MAX_WORDS = 12
_COPYRIGHT_START_RE = re.compile(r"^\s*(?:©|\(c\)\s*\d{4}|copyright\b)", re.I)


# Lines of the page's machinery that trafilatura keeps as text: a style's names in lower case
# ("narrow-browser-and-phone", Reuters' breakpoints; not "Stratford-upon-Avon"), a score's
# "0 : 0", the agency's "Our Standards:The Thomson Reuters Trust Principles.", a closing label
# in capitals, "SOURCE: Al Jazeera News" (not a chart's "Source: Ministry of Health").
_MACHINERY_RE = re.compile(r"(?-i:[a-z]+(?:-[a-z\d]+){2,})|\d+ : \d+|our standards:\s*the thomson reuters trust principles\.?"
                           r"|(?-i:SOURCE: [A-Z][\w .&-]{1,40})", re.I)
SOURCE_LINE_MAX_WORDS = 6


def _furniture(para: str) -> bool:
    """What the text path drops as the page's furniture, in trafilatura's body: an ad
    label, a share row, "Updated 10:21 a.m. ET", "Updated 2 hours ago", a support plea."""
    return (CLUTTER_LINE_RE.match(para) is not None or dated_label(para)
            or len(para.split()) <= SOURCE_LINE_MAX_WORDS and _MACHINERY_RE.fullmatch(para) is not None
            or len(para.split()) <= PROMO_MAX_WORDS and PROMO_LINE_RE.fullmatch(para) is not None
            or _WIRE_CREDIT_RE.match(para) is not None
            or (len(para.split()) <= COPYRIGHT_MAX_WORDS and _COPYRIGHT_START_RE.match(para) is not None)
            or (len(para.split()) <= FURNITURE_MAX_WORDS and is_clutter_sentence(para))
            or script_notice(para))


# The banner over a government's sites, a line of its own (or two): "An official website of the European Union" /
# "How do you know?", "An official website of the United States government" / "Here's how you know", "An official
# Pennsylvania Government Website", and the US banner opened ("Official websites use .gov A .gov website belongs to
# an official government organization …", "Secure .gov websites use HTTPS …"), its sentences only, as it words them,
# over the text. The page's chrome, as its menu is: not a sentence that speaks of such a site ("An official website
# of the ministry said …", its name in lower case; "Official websites use .gov domains, but scammers have started
# registering look-alike addresses …", a news story on such scams).
_BANNER_QUESTION = r"(?:here['’]?s\s+how\s+you\s+know|how\s+do\s+you\s+know\s*\??|how\s+to\s+identify)"
_BANNER_QUESTION_RE = re.compile(_BANNER_QUESTION + r"\s*[.:]?", re.I)
_OFFICIAL_NAME = r"(?-i:[A-Z][\w.'’&-]*(?:\s+(?:of|and|the|for|[A-Z][\w.'’&-]*))*)"
_BANNER_SENTENCE = (r"(?:a\s+\.gov\s+website\s+belongs\s+to\s+an\s+official\s+government\s+organi[sz]ation\s+in"
                    r"\s+the\s+united\s+states|a\s+lock\b.{0,80}?\bmeans\s+you(?:['’]ve|\s+have)\s+safely\s+connected"
                    r"\s+to\s+the\s+\.gov\s+website|share\s+sensitive\s+information\s+only\s+on\s+official,?\s+secure"
                    r"\s+websites)")
_GOV_BANNER_RE = re.compile(
    r"(?:(?:an?\s+)?official\s+(?:website|web\s+site|site)\s+of\s+(?:the\s+)?" + _OFFICIAL_NAME
    + r"(?:\s+government)?|(?:an?\s+)?official\s+" + _OFFICIAL_NAME + r"\s+government\s+(?:website|web\s+site|site)"
    r"|(?:official|secure)\s+(?:\.gov\s+)?websites?\s+use\s+(?:\.gov|https)"
    r"(?:(?:\.\s*|\s+)" + _BANNER_SENTENCE + r")*\.?)"
    r"(?:\.?\s*" + _BANNER_QUESTION + r"\s*[.:]?)?", re.I | re.S)
GOV_BANNER_MAX_WORDS = 50


def _gov_banner(para: str) -> bool:
    if "fficial" not in para[:12] and ".gov" not in para[:20] or len(para.split()) > GOV_BANNER_MAX_WORDS:
        return False
    return _GOV_BANNER_RE.fullmatch(para.strip()) is not None


# A list the page's markup calls its tabs or its menu ("<ul class="tabs"><li>Text</li><li>Document information</li>
# …", a legal database's, over the document; its class, role or id, or a <nav> around it), which trafilatura may keep
# as a list of the text: the text's list whose every item is one of such a list's is the page's, unless a list the
# markup does not mark holds them all, the text's own ("France / Germany / Italy / Poland", the countries that signed
# a letter, each also in the site's menu of editions; a review's "Overview / Price / Reviews", in its tabs too; a
# wine's facts, "süß" / "Zinfandel" / "USA", though "USA" is in the shop's menu of countries).
_LIST_RE = re.compile(r"<(ul|ol)\b([^>]*)>(.*?)</\1\s*>", re.I | re.S)
_TAB_MARK_RE = re.compile(r"\b(?:class|role|id)\s*=\s*[\"']?[^\"'>]*?(?<!\w)(?:tabs?|tablist|nav|navbar|navigation|menu"
                          r"|menubar|breadcrumbs?)(?!\w)", re.I)
_NAV_RE = re.compile(r"<nav\b.*?</nav\s*>", re.I | re.S)
_LIST_ITEM_RE = re.compile(r"<li\b[^>]*>", re.I)
TAB_MAX_WORDS = 4


def _tab_lists(html: str) -> list[tuple[frozenset[str], bool]]:
    """The items of each of the page's lists, of TAB_MAX_WORDS words at the most, and whether the markup marks the
    list as tabs or a menu."""
    navs = [m.span() for m in _NAV_RE.finditer(html)] if "<nav" in html.lower() else []
    lists = []
    for m in _LIST_RE.finditer(html):
        texts = (" ".join(htmlmod.unescape(re.sub(r"<[^>]*>", " ", item)).split())
                 for item in _LIST_ITEM_RE.split(m.group(3))[1:])
        marked = _TAB_MARK_RE.search(m.group(2)) is not None or any(a <= m.start() < b for a, b in navs)
        lists.append((frozenset(t for t in texts if t and len(t.split()) <= TAB_MAX_WORDS), marked))
    return lists


def _without_tab_lists(blocks: list[Block], tabs: list[tuple[frozenset[str], bool]]) -> list[Block]:
    """The blocks without a list (a run of items) each of whose items is in the same one of the page's tab lists,
    and not all in one list the markup does not mark."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        j = i
        while j < len(blocks) and blocks[j].kind == "item":
            j += 1
        items = {" ".join(b.text.split()) for b in blocks[i:j]}
        if j > i and any(marked and items <= listed for listed, marked in tabs) \
                and not any(not marked and items <= listed for listed, marked in tabs):
            i = j
            continue
        out += blocks[i:max(j, i + 1)]
        i = max(j, i + 1)
    return out


# A client-rendered page's placeholder, saved before its script drew the text ("Webpage, HTML only"): the <noscript>
# notice, a line of its own that is nothing but the notice: "You need to enable JavaScript to run this app." (a React
# app's), "Please enable JavaScript.", "This site requires JavaScript.", "JavaScript is disabled in your browser.",
# "We're sorry but app doesn't work properly without JavaScript enabled. Please enable it to continue." (Vue's),
# "Veuillez activer JavaScript dans votre navigateur.", "Para ver este sitio, habilite JavaScript en su navegador."
# Furniture, never the text: not an article's sentence that
# speaks of it ("You can enable JavaScript again at any time.", "Without JavaScript, your banking app is just a
# blank white page.") nor one that quotes it ("« Veuillez activer JavaScript », affichait le portail").
_NOTICE_PAGE = r"(?:this|the)\s+(?:site|app|application|page|website|web\s+site|content)"
_NOTICE_SENTENCE = (
    r"(?:(?:para\s+(?:ver|usar)|pour\s+(?:afficher|voir|utiliser)|per\s+(?:vedere|usare))\s+[\w\s'’]{1,30},\s+)?(?:"
    r"(?:(?:oops|sorry)[!,.]?\s+)?(?:(?:please|kindly|you\s+(?:need|must|have)\s+to|you\s+should|to\s+(?:use|view|see)"
    r"\s+" + _NOTICE_PAGE + r",\s+(?:please\s+)?)\s+)?(?:enable|turn\s+on|switch\s+on|activate|allow)\s+(?:your\s+)?"
    r"javascript(?:\s+(?:in|on)\s+your\s+browser(?:\s+settings)?)?(?:\s+(?:to|and)\s+(?:run|use|view|see|continue|load"
    r"|access|reload|refresh|try\s+again)(?:\s+" + _NOTICE_PAGE + r")?)?(?:\s+(?:and|then)\s+(?:reload|refresh)"
    r"(?:\s+the\s+page)?)?"
    r"|(?:" + _NOTICE_PAGE + r"|javascript)\s+(?:requires?\s+javascript|is\s+(?:required|disabled|not\s+enabled"
    r"|turned\s+off)(?:\s+(?:in|on)\s+(?:your\s+browser|" + _NOTICE_PAGE + r"))?)"
    r"(?:\s+to\s+(?:run|work|function)(?:\s+properly)?)?"
    r"|(?:we'?re\s+sorry\s+but\s+)?[\w .'’-]{1,40}\s+(?:doesn'?t|does\s+not|won'?t|will\s+not|can'?t|cannot)\s+work"
    r"(?:\s+properly)?\s+without\s+javascript(?:\s+enabled)?"
    r"|please\s+enable\s+it\s+to\s+continue"
    r"|(?:veuillez\s+|vous\s+devez\s+|merci\s+d['’])?(?:activer|activez)\s+(?:le\s+)?javascript"
    r"(?:\s+dans\s+votre\s+navigateur)?(?:\s+pour\s+(?:afficher|utiliser|continuer|voir)(?:\s+(?:ce|cette|le|la)"
    r"\s+(?:site|page|application|contenu))?)?"
    r"|(?:bitte\s+)?(?:aktivieren\s+sie|javascript\s+aktivieren)(?:\s+javascript)?(?:\s+in\s+ihrem\s+browser)?"
    r"|(?:por\s+favor,?\s+)?(?:habilite|habilitar|active|activa|ative|ativar)\s+(?:el\s+|o\s+)?javascript"
    r"(?:\s+en\s+su\s+navegador|\s+no\s+seu\s+navegador)?"
    r"|(?:per\s+favore,?\s+)?(?:abilita|abilitare|attiva|attivare)\s+(?:il\s+)?javascript"
    r"(?:\s+nel\s+(?:tuo\s+)?browser)?)")
# ... and its loader, a line of its own on a page with no text: "Loading…", "Loading...", "Chargement…" (never the
# bare word: "Chargement", a heading of a freight article), or run into the notice ("You need to enable JavaScript to
# run this app. Loading…", the page's two lines as one paragraph)
_LOADER = (r"(?:loading|chargement|cargando|carregando|caricamento|wird\s+geladen|laden|загрузка|読み込み中|加载中"
           r"|載入中)\s*(?:…|\.\.\.)")
_LOADING_RE = re.compile(_LOADER, re.I)
_SCRIPT_NOTICE_RE = re.compile(r"(?:" + _LOADER + r"\s*)?(?:" + _NOTICE_SENTENCE + r")(?:\s*[.!]\s*(?:"
                               + _NOTICE_SENTENCE + r"))*\s*[.!]?(?:\s*" + _LOADER + r")?", re.I)
SCRIPT_NOTICE_MAX_WORDS = 20
_LOADING_MAX_CHARS = 20


def script_notice(para: str) -> bool:
    """Whether a line is nothing but a client-rendered page's notice to turn JavaScript on."""
    return ("avaScript" in para or "avascript" in para or "AVASCRIPT" in para) \
        and len(para.split()) <= SCRIPT_NOTICE_MAX_WORDS and _SCRIPT_NOTICE_RE.fullmatch(para.strip()) is not None


def script_loader(para: str) -> bool:
    """Whether a line is a client-rendered page's loader, "Loading…" (furniture only on a page with no text)."""
    return len(para) <= _LOADING_MAX_CHARS and _LOADING_RE.fullmatch(para.strip()) is not None


# The decision that says why a client-rendered page has no text (the pipeline skips it with this reason)
SCRIPT_DRAWN = ("the page was saved before its script drew the text: save it again after it has loaded, as "
                "'Webpage, Complete' or as a single file, or copy its text into a .txt file")
# A client-rendered page's shell: a <noscript> that asks for JavaScript, or the state its script draws from
# (not Disqus' "<noscript>Please enable JavaScript to view the comments powered by Disqus.</noscript>" on any page)
_APP_SHELL_RE = re.compile(r"<noscript\b[^>]*>(?![\s\S]{0,300}?(?:comments|disqus))[^<]{0,300}javascript"
                           r"|<script[^>]+id=[\"']?__NEXT_DATA__"
                           r"|__NUXT__\s*=|__INITIAL_STATE__\s*=|Fusion\.globalContent\s*=", re.I)
# The script that holds the state of a client-rendered page, as JSON: Next.js' <script id="__NEXT_DATA__"
# type="application/json">{…}</script>, or a variable set to it: "window.__INITIAL_STATE__ = {…}",
# "window.__NUXT__={…}" (not Nuxt's function of it, no JSON), Arc's "Fusion.globalContent={…}"
_STATE_SCRIPT_RE = re.compile(r"<script\b([^>]*)>", re.I)
_SCRIPT_END_RE = re.compile(r"</script", re.I)
_STATE_ASSIGN_RE = re.compile(r"(?:__NUXT__|__INITIAL_STATE__|__PRELOADED_STATE__|Fusion\.globalContent)"
                              r"\s*=\s*(?=[{[])")
# The keys a state gives a paragraph's text under ({"type": "p", "text": "…"}, Arc's {"type": "text", "content":
# "…"}), and a whole body's ("articleBody", "body": "<p>…</p><p>…</p>")
_STATE_TEXT_KEYS = ("text", "content", "html", "value", "body", "articleBody")
# ... under a key that holds a body: "body", "content", Arc's "content_elements", "paragraphs", "blocks", "corps"
# (French), "cuerpo", "contenido" (Spanish), "articleBody" (not a list of stories' blurbs, "items", "stories", a
# photo's "text")
_STATE_BODY_KEYS = frozenset(("body", "content", "contents", "content_elements", "contentElements", "paragraphs",
                              "blocks", "articleBody", "html", "bodyHtml", "body_html", "corps", "contenu", "cuerpo",
                              "contenido", "texto", "corpo", "testo", "inhalt"))
# ... and the parts of a state that hold other texts than the article's: its comments ("discussion": {"posts":
# […]}, "replies"), related, most read, latest and next stories, a front page's sections, photos' captions
_STATE_OTHER_RE = re.compile(r"comment|related|recommend|promo|teaser|nav|menu|footer|discussion|^posts$|repl(?:y|ies)"
                             r"|thread|next|prev|most|popular|trending|latest|caption|image|photo|media|gallery"
                             r"|stories|sections|front|home", re.I)
_STATE_TAG_RE = re.compile(r"<[^>]*>")
_STATE_BLOCK_RE = re.compile(r"(?i)<br\s*/?>|</?(?:p|div|h[1-6]|li|blockquote)\b[^>]*>|\n\s*\n")
STATE_MIN_WORDS = 25  # a body of fewer words from a page's state is no article's
STATE_SENTENCE_MIN_WORDS = 8


def _state_texts(value: str) -> list[str]:
    """A state's string as paragraphs of text: HTML inside it read as text, its tags taken out, never run."""
    if "<" in value:  # (and a script's or a style's content is none: "<script>alert(1)</script>")
        value = without_invisible(value)
    parts = _STATE_BLOCK_RE.split(value) if "<" in value or "\n" in value else [value]
    return [t for t in (" ".join(htmlmod.unescape(_STATE_TAG_RE.sub(" ", part)).split()) for part in parts) if t]


def _state_item_text(item: Any) -> str | None:
    """A list item's text in a page's state: a string, or one under a text's key, or a rich text block's pieces
    joined (Sanity's Portable Text {"_type": "block", "children": [{"text": "…"}, …]}, Contentful's {"nodeType":
    "paragraph", "content": [{"nodeType": "text", "value": "…"}]})."""
    if isinstance(item, str):
        return item
    if not isinstance(item, dict):
        return None
    value = next((item[k] for k in _STATE_TEXT_KEYS if isinstance(item.get(k), str)), None)
    if value is not None:
        return value
    pieces = item.get("children") if isinstance(item.get("children"), list) else item.get("content")
    if isinstance(pieces, list) and pieces and all(isinstance(p, dict) for p in pieces):
        texts = [p.get("text") if isinstance(p.get("text"), str) else p.get("value") for p in pieces]
        if all(isinstance(t, str) for t in texts):
            return "".join(texts)
    return None


def _state_candidates(state: Any) -> Iterator[tuple[list[str], list[bool]]]:
    """Runs of text in a page's state under a body's key (_STATE_BODY_KEYS): each list's items that are strings or
    hold text (a heading's item, {"type": "header"}, "h2", Sanity's "style": "h2", marked), and each long string."""
    stack: list[tuple[Any, str]] = [(state, "")]
    while stack:
        node, parent = stack.pop()
        if isinstance(node, dict):
            for key, value in node.items():
                if isinstance(key, str) and _STATE_OTHER_RE.search(key):
                    continue
                if isinstance(value, str) and key in _STATE_BODY_KEYS and len(value) > 200:
                    yield _state_texts(value), []
                elif isinstance(value, (dict, list)):
                    stack.append((value, key))
        elif isinstance(node, list):
            texts: list[str] = []
            heads: list[bool] = []
            for item in node:
                if isinstance(item, (dict, list)):
                    stack.append((item, parent))
                value = _state_item_text(item)
                if value is None:
                    continue
                kind = str(item.get("type") or item.get("tag") or item.get("style") or item.get("nodeType") or "") \
                    if isinstance(item, dict) else ""
                for text in _state_texts(value):
                    texts.append(text)
                    heads.append("head" in kind.lower() or kind.lower() in ("h2", "h3", "h4"))
            if texts and parent in _STATE_BODY_KEYS:
                yield texts, heads


def _page_states(html: str) -> Iterator[Any]:
    """The JSON a client-rendered page's scripts hold its state in, and its JSON-LD articleBody."""
    for node in jsonld_nodes(html):
        if isinstance(node.get("articleBody"), str):
            yield {"articleBody": node["articleBody"]}
    for m in _STATE_SCRIPT_RE.finditer(html):
        close = _SCRIPT_END_RE.search(html, m.end())
        if close is None:
            break  # (no script after it is closed either: not searched to the page's end from each, a code review's)
        attrs, code = m.group(1), html[m.end():close.start()]
        try:
            if re.search(r"id=[\"']?__NEXT_DATA__", attrs, re.I):
                yield json.loads(code)
            elif (a := _STATE_ASSIGN_RE.search(code)) is not None:
                yield json.JSONDecoder().raw_decode(code, a.end())[0]
        except (ValueError, RecursionError):
            continue


def _body_from_script_state(html: str, article: Article) -> list[Block]:
    """The body of a client-rendered page saved before its script drew it, from the state the script draws it
    from: the longest run of paragraphs of text in it (Next.js' "body": [{"type": "p", "text": "…"}, …]). The
    strings are text: any HTML in them is taken out as tags, none is run."""
    if "<script" not in html:
        return []
    best: list[Block] = []
    best_words = 0
    for state in _page_states(html):
        for texts, heads in _state_candidates(state):
            blocks = [Block("heading" if i < len(heads) and heads[i] and len(t.split()) <= HEADING_MAX_WORDS
                            else "paragraph", t) for i, t in enumerate(texts)
                      if t != article.title and not _furniture(t)]
            words = sum(len(b.text.split()) for b in blocks if b.kind == "paragraph")
            if words > best_words and any(len(b.text.split()) >= STATE_SENTENCE_MIN_WORDS
                                          and b.text.rstrip("\"'”’»)").endswith((".", "!", "?", "。"))
                                          for b in blocks):
                best, best_words = blocks, words
    if best_words < STATE_MIN_WORDS:
        return []
    article.decisions.append(f"no text on the page (drawn by its script): the body read from the state its script "
                             f"holds, {len(best)} block(s)")
    return best
