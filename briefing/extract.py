"""Extract stage: a decoded seed (SourceDoc) -> an Article (title, byline, date, body)."""

from __future__ import annotations

import contextlib
import datetime as dt
import email.utils
import re
import logging
from collections.abc import Iterator
from urllib.parse import urlsplit

from .extract_text import (COLLAPSED_POST, COLLAPSED_TEASER, TextResult, extract_text, join_lone_datelines,
                           strip_reference_marks)
from .extract_dates import first_date
from .extract_records import database_record
from .model import Article, Block, SourceDoc
from .read import email_head
from .text import WEB_ADDRESS_RE, clean_field, site_host, strip_marks

EXTRACTION_FAILED = "extraction failed: "  # the decision that says why an article has no text
# ... and the saved page's, where the file stops inside a tag (saved or copied only in part)
CUT_OFF = "the saved page stops inside a tag, before its end (saved or copied only in part?)"
_CUT_OFF_RE = re.compile(r"<(?!/(?:html|body)\s*\Z)[A-Za-z!/][^>]*\Z", re.I)  # (not a last "</html" whose ">" was lost)
# The HTML extractor's libraries, whose log lines ("discarding data: None", "parsed tree
# length: 0") name no seed: they become the article's decisions (shown with -v).
_LIBRARY_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext")


def extract(doc: SourceDoc) -> Article:
    """Turn one seed into an Article; never raises (odd input gives a sparse Article)."""
    article = Article(source_file=doc.name, sha256=doc.sha256)
    try:
        text, head = doc.text, None
        if doc.name.lower().endswith(".eml"):
            head, text = email_head(text)  # (the mail client's Subject, Date, From over the message)
        if doc.kind == "html":
            from .extract_html import extract_html

            with _library_notes(article):
                extract_html(text, article)
            if _CUT_OFF_RE.search(text.rstrip()):
                article.decisions.append(CUT_OFF)
        elif doc.kind == "markdown":
            _markdown(article, text)
        elif head:  # (the subject is the headline: not the message's first line, "The Council today agreed …")
            _fill(article, extract_text(text, headline=_REPLY_PREFIX_RE.sub("", clean_field(head.get("Subject", "")))
                                        or None))
        elif (record := database_record(text)) is not None:
            # (one document of a research database's export, Factiva's, Nexis Uni's, ProQuest's: its labels say the
            # headline, byline, date and publication; its text goes the text path)
            _fill(article, extract_text(record.text, headline=record.title))
            record.apply(article)
        else:
            _fill(article, extract_text(text))
        if head is not None:
            _email(article, head)
        strip_reference_marks(article.blocks)  # (an encyclopedia's "… in the Red Sea.[1][2]")
        article.blocks = join_lone_datelines(article.blocks)
        _drop_self_description(article)
    except Exception as exc:  # the pipeline decides what to do with an empty article
        article.decisions.append(f"{EXTRACTION_FAILED}{type(exc).__name__}: {exc}")
    return article


def _email(article: Article, head: dict[str, str]) -> None:
    """An email's article with what the mail client shows of it (read.email_seed): the Subject
    is its title, without the client's "Fwd:", "Re:" ("WG:", "TR:", "AW:", "RV:"); its Date
    dates it where the text does not; the sender's name is the publication of a mailing (a
    newsletter) where the text names none; the mail client's forwarding lines, and a mailing's
    "View in browser" and "Unsubscribe" lines, are not its text."""
    subject = _REPLY_PREFIX_RE.sub("", clean_field(head.get("Subject", "")))
    if subject:
        article.title = subject
        article.decisions.append(f"title {subject[:80]!r}: the email's subject")
        if article.subtitle == subject:
            article.subtitle = None
    if article.date is None and head.get("Date"):
        day = _email_date(head["Date"])
        if day is not None:
            article.date, article.date_source = day, "text"
            article.decisions.append(f"date {day}: the email's Date header")
    sender = clean_field(head.get("From", ""))
    if article.source is None and head.get("Mailing") and sender and "@" not in sender:
        article.source = sender
        article.decisions.append(f"source {sender!r}: the sender of a mailing (a newsletter: it has an "
                                 "unsubscribe link)" if head["Mailing"] != "office" else
                                 f"source {sender!r}: the sender, an institution's press office")
    blocks = article.blocks
    k = next((k for k, b in enumerate(blocks[:EMAIL_HEAD_BLOCKS]) if _FORWARD_LINE_RE.match(b.text)), None)
    if k is not None:  # (the forwarder's note, the client's line and the forwarded message's header lines)
        end = k + 1
        while end < len(blocks) and _FORWARD_HEADER_RE.match(blocks[end].text):
            end += 1
        del blocks[:end]
    while blocks and _MAILING_LINE_RE.search(blocks[0].text) and len(blocks[0].text.split()) <= MAILING_LINE_MAX_WORDS:
        article.decisions.append(f"{blocks.pop(0).text[:50]!r}: the mailing's link to its web page")
    while blocks and _UNSUBSCRIBE_LINE_RE.search(blocks[-1].text) \
            and len(blocks[-1].text.split()) <= MAILING_LINE_MAX_WORDS:
        article.decisions.append(f"{blocks.pop().text[:50]!r}: the mailing's footer")


# A subject's reply and forward marks, as mail clients in several languages write them ("Fwd:", "Fw:",
# "Re:", "WG:", "AW:", "TR:", "RV:", "SV:", "Doorst:"), repeated or not ("Re: Fwd: [2] …").
_REPLY_PREFIX_RE = re.compile(r"^(?:\s*(?:fwd?|fw|re|wg|aw|tr|rv|sv|vs|doorst|antw|rif|i)\s*(?:\[\d+\])?\s*:)+\s*",
                              re.I)
EMAIL_HEAD_BLOCKS = 6  # the forwarding lines are at the head of the text, under a short note at most
_FORWARD_LINE_RE = re.compile(r"-{2,}\s*(?:forwarded message|original message|message transféré|weitergeleitete "
                              r"nachricht|ursprüngliche nachricht|mensaje reenviado|messaggio inoltrato|message "
                              r"d'origine)\s*-{2,}|begin forwarded message:", re.I)
_FORWARD_HEADER_RE = re.compile(r"(?:from|von|de|da|date|sent|datum|gesendet|envoyé|fecha|enviado|data|subject"
                                r"|betreff|objet|asunto|oggetto|to|an|à|para|a|cc)\s?:", re.I)
MAILING_LINE_MAX_WORDS = 40
_MAILING_LINE_RE = re.compile(r"\bview (?:this (?:post|email|newsletter) )?(?:on the web|online|in (?:your |a )?"
                              r"browser)\b|\bread (?:it )?online\b|im browser (?:ansehen|anzeigen)|version en ligne"
                              r"|ver en (?:el )?navegador", re.I)
_UNSUBSCRIBE_LINE_RE = re.compile(r"unsubscribe|abmelden|se désabonner|darse de baja|disiscriviti|if you were "
                                  r"forwarded this|manage (?:your )?(?:subscription|preferences)", re.I)


def _email_date(value: str) -> dt.date | None:
    """The day of an email's Date header ("Mon, 24 Nov 2025 09:14:37 +0100", a forwarded
    message's "Mon, 24 Nov 2025 at 09:02"), as the sender wrote it (not in UTC)."""
    try:
        return email.utils.parsedate_to_datetime(value.replace(" at ", " ")).date()
    except (TypeError, ValueError, IndexError):
        return first_date(value)


def _drop_self_description(article: Article) -> None:
    """Under the text, its last paragraphs: the writer's bio, named as the byline names them ("Ayumi
    Sato is Associate Professor of Regional Planning at Kanazawa University."), and the publisher's
    words about itself, named as the page names itself, then what kind of outlet it is ("East Asia
    Forum is a platform for analysis …", "CalMatters is a nonprofit newsroom."). Not someone else's
    bio ("Anna Wintour is Editor-in-Chief of Vogue …"), nor a publication's news about itself ("The
    Guardian is the first major British news publisher to stop posting on X")."""
    names = [a for a in article.authors if " " in a]
    for _ in range(2):
        if len(article.blocks) < 3 or article.blocks[-1].kind != "paragraph":
            return
        text = article.blocks[-1].text
        if len(text.split()) > SELF_DESCRIPTION_MAX_WORDS:
            return
        bio = next((n for n in names if text.startswith(n) and _BIO_IS_RE.match(text, len(n))), None)
        outlet = article.source is not None and text.startswith(article.source) \
            and _OUTLET_IS_RE.match(text, len(article.source)) is not None
        if not bio and not outlet and article.source is None and (m := _OUTLET_NAME_RE.match(text)) \
                and _NEWS_OUTLET_IS_RE.match(text, m.end()):
            # (a page that named itself nowhere else: its words about itself name it, "The Conversation is an
            # independent source of news …")
            article.source, outlet = m.group(), True
            article.decisions.append(f"source {article.source!r}: the publisher's words about itself")
        if not bio and not outlet:
            return
        article.decisions.append(f"last paragraph {text[:50]!r}: " + ("the writer's bio" if bio
                                                                        else "the publisher's words about itself"))
        del article.blocks[-1]


SELF_DESCRIPTION_MAX_WORDS = 60
_OUTLET_NAME_RE = re.compile(r"(?:The )?[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,4}")
# ... a news outlet's, where nothing else named the page's publication (not a story's last words on the
# charity it is about: "The Smith Foundation is a nonprofit organization based in Ohio.")
_NEWS_OUTLET_IS_RE = re.compile(r"\s+is\s+an?\s+(?:[\w-]+\s+){0,4}?(?:newsroom|news|publication|magazine|newspaper"
                                r"|website|outlet|platform|newsletter|source of news)\b")
_BIO_IS_RE = re.compile(r"\s+(?:is|was|has been)\s")
_OUTLET_IS_RE = re.compile(r"\s+is\s+an?\s+(?:[\w-]+\s+){0,4}?(?:platform|publication|newsroom|news\w*|magazine"
                           r"|newspaper|website|site|source|outlet|media|journal|network|service|agency|think[ -]tank"
                           r"|organi[sz]ation|non-?profit|charity|foundation|blog|newsletter)\b")


class _Notes(logging.Handler):
    def __init__(self, article: Article) -> None:
        super().__init__(logging.WARNING)
        self.article = article

    def emit(self, record: logging.LogRecord) -> None:
        self.article.decisions.append(f"{record.name}: {' '.join(record.getMessage().split())[:300]}")


@contextlib.contextmanager
def _library_notes(article: Article) -> Iterator[None]:
    """The libraries' log lines of this extraction, as the article's decisions."""
    handler = _Notes(article)
    loggers = [logging.getLogger(name) for name in _LIBRARY_LOGGERS]
    kept = [logger.propagate for logger in loggers]
    for logger in loggers:
        logger.addHandler(handler)
        logger.propagate = False
    try:
        yield
    finally:
        for logger, propagate in zip(loggers, kept):
            logger.removeHandler(handler)
            logger.propagate = propagate


def _markdown(article: Article, text: str) -> None:
    """A page clipped as Markdown: its text read as a copied page's, then what its front
    matter declares (title, authors, date, address, site) in place of what the text gave."""
    from .extract_markdown import (front_matter_fields, level_one_headings, markdown_as_text, markdownload_address,
                                   reader_export, reader_lines, split_front_matter)

    front, body, problem = split_front_matter(text)
    if problem:
        article.decisions.append(problem)
    # (a read-it-later tool's export: its "## Metadata" list stands for front matter, where there is none to say it;
    # its own lines over the text, "Saved to Pocket · 4 min read · apnews.com", are not the page's)
    listed, body, notes = reader_export(body)
    body, reader_host, reader_url, said = reader_lines(body)
    article.decisions.extend(notes + said)
    listed_keys = set(front_matter_fields(listed)) - set(front_matter_fields(front)) if listed else set()
    front = {**listed, **front}
    address = markdownload_address(body)
    text, headline, stated, excerpt = markdown_as_text(body)
    fields = front_matter_fields(front)
    front_url = "url" in fields
    if address and WEB_ADDRESS_RE.match(address) and not front_url:
        fields["url"] = address  # (MarkDownload's address line under its Excerpt: the page's)
        article.decisions.append(f"url {address[:80]}: the address line under MarkDownload's excerpt")
    elif reader_url and "url" not in fields:
        fields["url"] = reader_url  # (Omnivore's "[Read Original](https://…)" under the title: the page's)
        article.decisions.append(f"url {reader_url[:80]}: the read-it-later tool's link to the original")
    # (the title without the site's name after it, where the page's headline line reads so)
    title = fields.get("title") or headline
    url = fields.get("url")
    bare = title and _without_site_name(title, fields.get("source"), url if isinstance(url, str) else None)
    lines = {" ".join(line.split()) for line in text.splitlines()} if title else set()
    if title and bare == title:
        # (the title over the text's own headline, which says it without what follows: MarkDownload's "# … rules on
        # AI - Consilium" over the page's "# … rules on AI")
        headlines = level_one_headings(body)  # (not a section's "## …" that says the title's first part)
        bare = next((head for sep in _TITLE_SITE_SEPARATORS for head, found, _ in [title.rpartition(sep)]
                     if found and len(head.split()) >= CLIPPED_HEADLINE_MIN_WORDS
                     and " ".join(head.split()) in headlines), title)
    if bare and bare != title and " ".join(bare.split()) in lines:
        title = bare
    _fill(article, extract_text(text, stated, title))
    if excerpt:
        # MarkDownload's "> ## Excerpt", the page's description, read as a line over the text
        # (often the standfirst): not where the text's first paragraphs say it again.
        # (an excerpt cut short ends in "...": what comes before it is what the text says)
        said = excerpt.removesuffix("...").removesuffix("…").rstrip() if len(excerpt) > 40 else excerpt

        def repeated(k: int | None) -> bool:
            return any(j != k and said in " ".join(b.text.split()) for j, b in enumerate(article.blocks[:4]))

        if article.subtitle == excerpt and repeated(None):
            article.subtitle = None
            article.decisions.append(f"excerpt {excerpt[:60]!r} left out: the text says it")
        article.blocks = [b for k, b in enumerate(article.blocks) if not (k < 4 and b.text == excerpt and repeated(k))]
    if headline and "title" not in fields:
        # ("# Headline": the clipping marks it; without the site's name where its text's headline says it so)
        fields["title"] = title if title and " ".join(title.split()) in lines else headline
    if "title" in fields:
        article.title = fields["title"]
        if article.subtitle == article.title:
            article.subtitle = None
        # (the page's headline, where the text path took another line for it)
        article.blocks = [b for k, b in enumerate(article.blocks) if not (k < 3 and b.text == article.title)]
    description = fields.pop("description", None)
    if description and not article.subtitle and (
            len(description.split()) <= DESCRIPTION_STANDFIRST_MAX_WORDS
            # (or longer with no full stop, as the Guardian sets its standfirsts: a lede ends as a sentence)
            or len(description.split()) <= DESCRIPTION_UNSTOPPED_MAX_WORDS
            and not description.rstrip("\"”’' ").endswith((".", "!", "?", "…"))):
        # Obsidian's "description", the page's: where the text's first lines say it, the standfirst
        k = next((k for k, b in enumerate(article.blocks[:3])
                  if b.kind == "paragraph" and " ".join(b.text.split()) == description), None)
        if k is not None:
            article.subtitle = description
            del article.blocks[k]
            article.decisions.append(f"subtitle {description[:60]!r}: the page's description, over the text")
    if description and not article.subtitle and len(article.blocks) > 2 and article.blocks[0].kind == "heading" \
            and len(article.blocks[0].text.split()) <= BOX_LABEL_MAX_WORDS and article.blocks[1].kind == "paragraph" \
            and " ".join(article.blocks[1].text.split()).startswith(description) \
            and len(article.blocks[1].text.split()) <= DESCRIPTION_BOX_MAX_WORDS:
        # A box over the text that says the description and a little more, under its label ("### In brief" /
        # "A year after the … quake itself. Japan's disaster-response model … struggles …"): the standfirst
        article.subtitle = " ".join(article.blocks[1].text.split())
        article.decisions.append(f"subtitle {article.subtitle[:60]!r}: the box under {article.blocks[0].text!r}, "
                                 "the page's description and more")
        del article.blocks[:2]
    if "authors" in fields:
        article.authors = fields["authors"]
    if "date" in fields:
        article.date, article.date_source = fields["date"], "text"  # (the page's own, as a saved page's)
    if "url" in fields:
        article.url = fields["url"]
    if "source" in fields:
        article.source = fields["source"]
    elif not article.source and not article.url and reader_host:
        # (a read-it-later tool's line names the page's site, where nothing else does: "… · apnews.com")
        article.source = reader_host
        article.decisions.append(f"source {reader_host!r}: the host the read-it-later tool's line names")
    elif not article.source and article.url:
        # (Obsidian's template names no site: the clipped page's host rather than none; as the
        # text writes it, where it does: "Your Local Epidemiologist" for yourlocalepidemiologist.substack.com)
        host = site_host(article.url)
        written = _written_name(host, article.blocks)
        article.source = written or host
        article.decisions.append(f"source {article.source!r}: the host of the page's address"
                                 + (", as the text writes it" if written else ""))
    for key, value in fields.items():
        if key == "url" and value in (address, reader_url) and not front_url:
            continue  # (said above)
        where = "the heading of level 1" if key == "title" and value in (headline, title) and "title" not in front \
            else "the export's metadata list" if key in listed_keys else "the front matter"
        article.decisions.append(f"{key} {value!s:.80} from {where}")
    if article.blocks and article.blocks[0].kind == "heading" \
            and _site_name(article.blocks[0].text, article.source, article.url):
        article.decisions.append(f"heading {article.blocks.pop(0).text!r} over the text: the site's name")
    if article.title:
        title = _without_site_name(article.title, article.source, article.url)
        if title == article.title and "title" in front and title.count(" | ") == 1:
            title = _without_pipe_tail(title, article.url)
        if title != article.title:
            cut = article.title[len(title):]
            article.decisions.append(f"title: the site's name after it left out ({cut!r})")
            article.title = title
            # the last part cut: the site's name ("… | Romania | The Guardian": not "Romania | The Guardian")
            last = re.split(r"\s(?:[|·:]|[-–—])\s", cut.strip())[-1]
            name = re.sub(r"\.[a-z]{2,3}$", "", last.strip(" |-–—·:"))  # ("Le Monde.fr": "Le Monde"; NPR's " : NPR")
            if "source" not in fields and article.url and article.source == site_host(article.url) \
                    and _site_name(name, None, article.url, site_only=True) \
                    and not name.islower():
                # (the site's name as the page's title writes it: "Insurance Insider", not
                # "insuranceinsider.com")
                article.source = name
                article.decisions.append(f"source {name!r}: the site's name after the title")
            elif "source" not in fields and article.source and name.startswith("The ") \
                    and _alnum_key(name[4:]) == _alnum_key(article.source):
                # (the publication with its article, as the title writes it: "… | Cop30 | The Guardian"
                # over "Support the Guardian" and "Guardian News & Media Limited")
                article.decisions.append(f"source {name!r}: {article.source!r} as the title names it")
                article.source = name


_TITLE_SITE_SEPARATORS = (" | ", " - ", " – ", " — ", " · ", " : ")  # (NPR's "… : NPR")
CLIPPED_HEADLINE_MIN_WORDS = 3


def _without_pipe_tail(title: str, url: str | None) -> str:
    """A clipper's title (a page's <title>) without the one " | " part after its headline: the site's
    name, where _site_name does not know it but the address says one of its words ("… now available |
    Shaping Europe's digital future" on digital-strategy.ec.europa.eu): a name of up to five words, no
    figure, no sentence's punctuation, after a headline of four words or more (not "Opinion | Why …",
    nor "… | Simion says he lost.", nor "… | What it means for you" on example-news.com; a title of more
    parts, the Guardian's "… | Timothy Garton Ash | The Guardian", is _without_site_name's)."""
    head, _, tail = title.partition(" | ")
    words = tail.split()
    if not url or len(head.split()) < 4 or not 1 <= len(words) <= PIPE_SITE_MAX_WORDS \
            or _SENTENCE_MARK_RE.search(tail):
        return title
    host_words = set(re.split(r"[.-]", site_host(url) or ""))
    said = {w.removesuffix("'s").removesuffix("’s") for w in re.findall(r"[^\W\d_][\w'’]{3,}", tail.lower())}
    return head.rstrip() if said & host_words else title


PIPE_SITE_MAX_WORDS = 5
_SENTENCE_MARK_RE = re.compile(r"[\d.!?:;,\"“”«»()]")
_SITE_WORDS = frozenset("global news online newsroom insights blog magazine uk us usa india international world "
                        "digital media group press today daily weekly europe asia australia canada live tv radio "
                        "español deutschland france mundo sport sports fc".split())
# A clipping's description printed over the text is its standfirst when it is that short; a
# longer one is the lede a wire's page describes itself with (AP's), which stays the text.
DESCRIPTION_STANDFIRST_MAX_WORDS = 25
DESCRIPTION_UNSTOPPED_MAX_WORDS = 45
BOX_LABEL_MAX_WORDS = 3  # "In brief", "Key points", "Summary"
DESCRIPTION_BOX_MAX_WORDS = 80


def _alnum_key(name: str) -> str:
    return "".join(c for c in name.casefold() if c.isalnum())


def _site_label(host: str) -> str:
    """The label of a host that names its site: "flexport" of blog.flexport.com, "bbc" of
    www.bbc.co.uk (not "blog", whose "… | Blog" is a section's name)."""
    labels = [x for x in host.split(".") if x and x != "www"]
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in ("co", "com", "org", "net", "ac", "gov", "ne", "or"):
        return labels[-3]
    return labels[-2] if len(labels) >= 2 else labels[0] if labels else host


def _site_name(text: str, source: str | None, url: str | None, site_only: bool = False) -> bool:
    """Whether text names the site: the publication, or the label of its address's host that
    names it ("reuters" of reuters.com; unless site_only also the host's first label, "blog" of
    blog.flexport.com), or either with a word or two a site's name has after it ("KPMG Global"
    of kpmg.com, "Le Monde.fr"; not "Reuters poll", "Economists disagree", "Fortune 500"), "The"
    before it or not."""
    def key(name: str) -> str:
        return "".join(c for c in name.casefold() if c.isalnum())  # ("The Verge": theverge.com)

    names = {key(label) for n in (source, site_host(url) if url else None) if n
             for label in ((_site_label(n), *(() if site_only else (n.split(".")[0],))) if "." in n and " " not in n
                           else (n,))}
    words = re.sub(r"\.[a-z]{2,3}$", "", text).split()
    if len(words) > 1 and words[0] == "The" and key(" ".join(words[1:])) in names:
        return True  # ("The Washington Post" of washingtonpost.com)
    return key(text) in names or key(" ".join(words)) in names or len(words) <= 3 and any(
        key(" ".join(words[:k])) in names and all(w.casefold() in _SITE_WORDS for w in words[k:])
        for k in range(1, len(words)))


def _without_site_name(title: str, source: str | None, url: str | None) -> str:
    """The title without the site's name a page's <title> ends with ("… diverted ships |
    Reuters"), as a clipper copies it (see _site_name), and without the publisher's name
    before that ("… | Hogan Lovells - JDSupra")."""
    cut, pipe = True, False
    while cut:
        cut = False
        for sep in _TITLE_SITE_SEPARATORS:
            head, found, tail = title.rpartition(sep)
            if found and head.strip() and _site_name(tail, source, url):
                title, cut, pipe = head.rstrip(), True, pipe or sep == " | "
                break
    head, found, tail = title.rpartition(" | ")
    if pipe and found and url and _SECTION_LABEL.fullmatch(tail) and len(head.split()) >= 4:
        # the section the site's name followed, as the Guardian's <title> has it: "… defeating
        # nationalist rival | Romania | The Guardian", "… | World news | The Guardian": when the
        # page's address names it too (/world/…/romania-…), not "| Round 2", "| Timothy Garton Ash"
        # (a section of one word anywhere in the address, /world/…/romania-…; one of more words as a folder of
        # its own, /world-news/: a headline's slug repeats its words, "| A towering epic", "| Keir Starmer")
        path = urlsplit(url).path.lower()
        words = [strip_marks(w).lower() for w in re.findall(r"\w+", tail)]
        if (words[0] in re.findall(r"[a-z0-9]+", path) if len(words) == 1
                else "-".join(words) in path.split("/") or "_".join(words) in path.split("/")):
            title = head.rstrip()
    return title


# A site's section: up to three words, the first capitalised ("World news", "Romania"), no
# figure in more than one word, no sentence's punctuation.
_SECTION_LABEL = re.compile(r"[A-Z]\w*|[A-Z][^\W\d]*(?: [^\W\d]+){1,2}")  # (one word may hold figures: "Cop30")


def _fill(article: Article, res: TextResult) -> None:
    """Copy a text extraction result into the article."""
    article.title = res.title
    article.subtitle = res.subtitle
    article.authors = list(res.authors)
    article.source = res.source
    article.date = res.date
    article.date_source = "text" if res.date else None
    article.updated = res.updated
    article.live = res.live
    article.blocks = list(res.blocks)
    article.language = res.language
    article.decisions.extend(res.decisions)
    if res.collapsed and not any(b.text.endswith(cut) for b in res.blocks for cut in res.collapsed):
        # (the warning is the post's, not a teaser's under an article's share buttons, left out of the text: "… the
        # projects it will fund this year… See more", a probe)
        article.decisions[article.decisions.index(COLLAPSED_POST)] = COLLAPSED_TEASER
    article.dropped_lines = res.dropped


_CAPITALISED_RUN_RE = re.compile(r"(?:[A-Z][\w'’&-]*\s+){0,5}[A-Z][\w'’&-]*")


def _written_name(host: str | None, blocks: list[Block]) -> str | None:
    """The words of the text that spell the host's first name, capitalised ("Your Local
    Epidemiologist" for "yourlocalepidemiologist.substack.com", "The Verge" for "theverge.com"),
    or None."""
    label = re.sub(r"[^a-z0-9]", "", (host or "").split(".")[0].lower())
    if len(label) < 4:
        return None
    for block in blocks:
        for m in _CAPITALISED_RUN_RE.finditer(block.text):
            words = m.group(0).split()
            for i in range(len(words)):
                for j in range(i + 1, len(words) + 1):
                    if re.sub(r"[^a-z0-9]", "", "".join(words[i:j]).lower()) == label:
                        return " ".join(words[i:j])
    return None
