"""Pages an analyst saves with the browser rather than copies: "Save Page As…" as "Webpage,
Single File" (a web archive, .mhtml) and as "Webpage, Complete" (the page plus a folder of
its images, scripts and frames), and the files beside the seeds the tool cannot read.

The web archives are made by the real Chromium (DevTools' Page.captureSnapshot, what its
"Save Page As…, Webpage, Single File" writes), except the legacy .mht, which is written out
by hand in the shape Internet Explorer and Word wrote it."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import frontmatter
import pytest

from conftest import SEEDS, run_build_site

ARTICLE_HTML = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Regulators widen chip export curbs | Example Wire</title>
<meta property="og:title" content="Regulators widen chip export curbs">
<meta property="og:site_name" content="Example Wire">
<meta property="og:url" content="https://wire.example.com/tech/chip-curbs">
<meta property="article:published_time" content="2024-12-02T14:05:00Z">
<style>body { font-family: sans-serif }</style></head>
<body><nav><a href="/">Home</a> <a href="/tech">Tech</a> <a href="/world">World</a></nav>
<article><h1>Regulators widen chip export curbs</h1>
<p class="byline">By Jane Roe and Ahmed Sayed</p><time datetime="2024-12-02">December 2, 2024</time>
<figure><img alt="" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==">
<figcaption>A wafer plant outside the capital. Photo: Example Agency</figcaption></figure>
<p>The Commerce Department on Monday added 140 companies to its entity list, widening curbs on
exports of chip-making tools to China; naïve hopes of a pause were dashed.</p>
<p>Officials said the rules close gaps left by controls issued in October 2022 and October 2023,
and that more could follow within weeks.</p>
<p>One engineer posted &lt;script&gt;alert(1)&lt;/script&gt; on a forum to show how the filter failed.</p>
</article><footer>© 2024 Example Wire</footer></body></html>"""


def _mhtml_by_chromium(browser, page_html: str) -> str:  # type: ignore[no-untyped-def]
    """The page as Chromium saves it as a single file (MHTML)."""
    context = browser.new_context()
    try:
        pg = context.new_page()
        pg.set_content(page_html)
        return context.new_cdp_session(pg).send("Page.captureSnapshot", {"format": "mhtml"})["data"]
    finally:
        context.close()


def test_a_page_saved_as_a_single_file_is_read_as_the_page(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A .mhtml seed was skipped as "not a seed"; named .html it was read as text with its MIME
    headers and quoted-printable "=3D" in it. Either way the page inside is now read as a saved
    page: its metadata, its article, its markup shown as text."""
    archive = _mhtml_by_chromium(browser, ARTICLE_HTML)
    assert archive.startswith("From: <Saved by Blink>") and "quoted-printable" in archive  # the real format
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "curbs.mhtml").write_text(archive, encoding="utf-8", newline="")
    (seeds / "curbs-renamed.html").write_text(archive, encoding="utf-8", newline="")  # saved under .html
    run = run_build_site(seeds=seeds, docs=tmp_path / "docs", timeout=300)
    assert run.returncode == 0, run.output
    articles = sorted((tmp_path / "docs" / "articles").glob("*.md"))
    assert len(articles) == 2, [a.name for a in articles]
    for path in articles:
        post = frontmatter.load(path)
        assert post["title"] == "Regulators widen chip export curbs"
        assert post["authors"] == ["Jane Roe", "Ahmed Sayed"]
        assert post["source"] == "Example Wire"
        assert str(post["date"]) == "2024-12-02"
        assert post["url"] == "https://wire.example.com/tech/chip-curbs"
        body = post.content
        assert "140 companies to its entity list" in body and "naïve hopes" in body  # UTF-8 kept
        assert "more could follow within weeks" in body
        assert "=3D" not in path.read_text(encoding="utf-8") and "Saved by Blink" not in body
        assert "wafer plant" not in body and "Home" not in body  # caption and navigation dropped
        built = (run.site / "articles" / path.stem / "index.html").read_text(encoding="utf-8")
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in built and "<script>alert(1)" not in built


def test_a_legacy_mht_is_read_in_its_charset_from_the_part_its_start_names(tmp_path: Path) -> None:
    """Internet Explorer's and Word's .mht: the charset only in the part's header, base64 or
    quoted-printable, and the page the one the archive's "start" parameter names (here not the
    first part, which is an advertisement's frame)."""
    page = ("<html><head><title>Tarifs: l'Europe répond</title></head><body><h1>Tarifs: l'Europe répond</h1>"
            "<p>Par Élodie Marchand</p><p>La Commission européenne a présenté mardi une riposte aux "
            "nouveaux droits de douane, visant 26 milliards d'euros d'importations.</p>"
            "<p>Les États membres doivent se prononcer d'ici à la fin du mois, selon Bruxelles.</p>"
            "</body></html>").encode("cp1252")
    quoted = "".join(f"={b:02X}" if b > 126 or b == 61 else chr(b) for b in page)
    frame = "<html><body><p>Publicite : profitez de nos offres exceptionnelles aujourd'hui.</p></body></html>"
    mht = (
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/related; boundary="----=_NextPart_000_0000_01DA0000.00000000";\r\n'
        '\ttype="text/html"; start="<page@example>"\r\n'
        "\r\n"
        "This is a multi-part message in MIME format.\r\n"
        "\r\n"
        "------=_NextPart_000_0000_01DA0000.00000000\r\n"
        'Content-Type: text/html; charset="windows-1252"\r\n'
        "Content-Transfer-Encoding: 7bit\r\n"
        "Content-Location: https://ads.example.net/frame.html\r\n"
        "\r\n"
        + frame + "\r\n"
        "------=_NextPart_000_0000_01DA0000.00000000\r\n"
        'Content-Type: text/html; charset="windows-1252"\r\n'
        "Content-Transfer-Encoding: quoted-printable\r\n"
        "Content-ID: <page@example>\r\n"
        "Content-Location: https://journal.example.fr/tarifs\r\n"
        "\r\n"
        + quoted + "\r\n"
        "------=_NextPart_000_0000_01DA0000.00000000--\r\n"
    )
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "tarifs.mht").write_bytes(mht.encode("ascii"))
    run = run_build_site(seeds=seeds, docs=tmp_path / "docs", command="convert", timeout=120)
    assert run.returncode == 0, run.output
    [path] = (tmp_path / "docs" / "articles").glob("*.md")
    post = frontmatter.load(path)
    assert post["title"] == "Tarifs: l'Europe répond"
    assert "Élodie Marchand" in post["authors"]
    assert "Les États membres doivent se prononcer" in post.content
    assert "Publicite" not in post.content and "offres" not in post.content


def test_a_broken_web_archive_is_skipped_with_its_name_and_the_others_build(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    (seeds / "photo-only.mhtml").write_text(
        'MIME-Version: 1.0\nContent-Type: multipart/related; boundary="b"\n\n--b\n'
        "Content-Type: image/png\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n--b--\n", encoding="ascii")
    run = run_build_site(seeds=seeds, docs=tmp_path / "docs", command="convert", timeout=120)
    assert run.returncode == 1, run.output  # built, one seed skipped
    assert "photo-only.mhtml: a web archive (MHTML) with no web page in it" in run.stderr
    assert "Traceback" not in run.output
    assert len(list((tmp_path / "docs" / "articles").glob("*.md"))) == len(list(SEEDS.glob("*.txt")))


def test_a_complete_saved_pages_folder_is_not_read_and_unreadable_files_say_what_to_do(tmp_path: Path) -> None:
    """"Webpage, Complete" writes "Title.html" and "Title_files/" with the page's frames as
    .html files: an advertisement's frame became an article, and each of the folder's dozens
    of images and scripts a line of output. A folder of seeds that only shares a page's name
    is still read. A PDF or a .docx among the seeds is an article the run could not read: it
    counts as skipped (exit 1, and -q shows it), with what to do."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "Chip curbs widen.html").write_text(ARTICLE_HTML, encoding="utf-8")
    files = seeds / "Chip curbs widen_files"
    files.mkdir()
    (files / "ad_frame.html").write_text(
        "<html><body><p>Sponsored: the best deals on laptops this week, only at our partner's store, "
        "while stocks last.</p></body></html>", encoding="utf-8")
    (files / "app.js").write_text("var x = 1;", encoding="utf-8")
    (files / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    mine = seeds / "Chip curbs widen_notes"  # the analyst's own folder, named after the page
    mine.mkdir()
    shutil.copy(SEEDS / "001_93e3014859d63cd8.txt", mine / "earlier.txt")
    (seeds / "report.pdf").write_bytes(b"%PDF-1.7\n")
    (seeds / "memo.docx").write_bytes(b"PK\x03\x04")
    run = run_build_site(seeds=seeds, docs=tmp_path / "docs", command="convert", timeout=120)
    assert run.returncode == 1, run.output  # the PDF and the .docx: articles not read, counted as skipped
    sources = sorted(frontmatter.load(p)["source_file"] for p in (tmp_path / "docs" / "articles").glob("*.md"))
    assert sources == ["Chip curbs widen.html", "Chip curbs widen_notes/earlier.txt"]
    assert "Chip curbs widen_files/: the images, scripts and frames of a saved page beside it" in run.output
    assert "app.js" not in run.output and "logo.png" not in run.output
    assert "error: report.pdf: not read (a PDF: copy its text into a .txt file to include it)" in run.stderr
    assert "error: memo.docx: not read (a word-processor document: save it as plain text (.txt)" in run.stderr
    assert "2 articles converted, 2 skipped (memo.docx: not read" in run.stdout


def _eml_seed(tmp_path: Path, message: "EmailMessage", name: str = "mail.eml") -> "Article":
    """The article of one email seed, read and extracted as a run reads it."""
    from briefing.extract import extract
    from briefing.read import read_source

    (tmp_path / name).write_bytes(bytes(message))
    return extract(read_source(tmp_path / name, tmp_path))


def test_a_forwarded_newsletter_saved_as_eml_is_read_from_its_html_part(tmp_path: Path) -> None:
    """A first-time user's EU briefing: a newsletter forwarded and saved from the mail client as .eml was
    ignored ("not a seed") with exit status 0; renamed .txt, it published "Fwd:" in its title, quoted-printable
    soft breaks ("Com= mission"), then the HTML part as text, every event twice. Its HTML part is now read as a
    saved page; the forwarded message's Subject (without "Fwd:"), Date and sender (a mailing: it has an
    "Unsubscribe" link) are its title, date and publication; the client's forwarding lines and the mailing's
    "View this post on the web" and "Unsubscribe" lines are not its text."""
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"] = "Analyst <analyst@example.org>"
    message["Subject"] = "Fwd: The Grid Letter #12: Interconnector approved"
    message["Date"] = "Mon, 24 Nov 2025 09:14:37 +0100"
    forwarded = ("---------- Forwarded message ---------\nFrom: The Grid Letter <gridletter@news.example>\n"
                 "Date: Fri, 21 Nov 2025 at 18:02\nSubject: The Grid Letter #12: Interconnector approved\n"
                 "To: <analyst@example.org>\n\n")
    paragraphs = ["The regulator approved the North Sea interconnector on 19 November 2025, clearing the way for "
                  "construction to begin next spring after three years of hearings.",
                  "The cable will carry 1.4 gigawatts between the two grids and is due to enter service by "
                  "2 December 2029, the operator said in a statement on Thursday.",
                  "Consumer groups welcomed the decision but asked for the cost to be spread over forty years."]
    message.set_content(forwarded + "View this post on the web at https://gridletter.example/p/12\n\n"
                        + "\n\n".join(paragraphs) + "\n\nUnsubscribe https://gridletter.example/unsubscribe\n",
                        cte="quoted-printable")
    message.add_alternative(
        '<html><body><div style="font-family:Georgia">' + forwarded.replace("\n", "<br>")
        + '<p style="margin:0">View this post on the web at <a href="https://gridletter.example/p/12">'
        'gridletter.example</a></p>' + "".join(f'<p style="margin:0 0 16px 0">{p}</p>' for p in paragraphs)
        + '<p>Unsubscribe <a href="https://gridletter.example/unsubscribe">here</a></p></div></body></html>',
        subtype="html", cte="quoted-printable")
    assert "=3D" in bytes(message).decode("ascii")  # (the real encoding: quoted-printable)
    article = _eml_seed(tmp_path, message)
    assert article.title == "The Grid Letter #12: Interconnector approved"
    assert article.date == dt.date(2025, 11, 21)  # the forwarded message's, not the forwarder's
    assert article.source == "The Grid Letter"
    body = [b.text for b in article.blocks]
    assert body == paragraphs, body
    # the same message with no HTML part is read through the text path, as pasted text is
    plain = EmailMessage()
    for key in ("From", "Subject", "Date"):
        plain[key] = message[key]
    plain.set_content(forwarded + "\n\n".join(paragraphs) + "\n", cte="quoted-printable")
    article = _eml_seed(tmp_path, plain, "plain.eml")
    assert article.title == "The Grid Letter #12: Interconnector approved"
    assert [b.text for b in article.blocks] == paragraphs
    assert article.date == dt.date(2025, 11, 21)


def test_an_email_from_a_person_is_no_newsletter_and_its_reply_marks_are_left_out(tmp_path: Path) -> None:
    """(the same user's case, in other mail clients) Apple Mail's "Begin forwarded message:" under the
    forwarder's note, a subject marked "WG: AW:" as German clients write it, a Latin-1 body: the note and the
    header lines are not the text; a sender who is a person, with no unsubscribe link, is not the publication;
    a date the text gives stays."""
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"] = "Maria Rossi <maria@example.org>"
    message["Subject"] = "WG: AW: Hafenstreik beendet"
    message["Date"] = "Tue, 03 Jun 2025 08:00:00 +0200"
    message.set_content("Zur Info für Donnerstag.\n\nBegin forwarded message:\n\nFrom: Jan Berg <jan@example.org>\n"
                        "Subject: Hafenstreik beendet\nDate: 2 June 2025 at 18:40:12 CEST\n\n"
                        "Hamburg, 1. Juni 2025\n\n"
                        "Die Hafenarbeiter in Hamburg haben am Sonntag die Arbeit wieder aufgenommen, nachdem die "
                        "Gewerkschaft ein neues Lohnangebot angenommen hatte. Der Streik hatte den Containerverkehr "
                        "drei Wochen lang lahmgelegt.\n\nDie Einigung erhöht die Löhne um sechs Prozent über zwei "
                        "Jahre, teilte die Gewerkschaft mit.\n", charset="latin-1", cte="quoted-printable")
    article = _eml_seed(tmp_path, message)
    assert article.title == "Hafenstreik beendet"
    assert article.source is None
    assert article.date == dt.date(2025, 6, 1)
    text = " ".join(b.text for b in article.blocks)
    assert "Donnerstag" not in text and "Begin forwarded" not in text and "jan@example.org" not in text
    assert "Die Einigung erhöht die Löhne" in text


def test_an_email_is_a_mailing_by_its_unsubscribe_link_and_a_press_office_is_its_publication(tmp_path: Path) -> None:
    """A review's probes of the same reader: a colleague's mail that says "clicks unsubscribe" in a sentence was
    made a mailing, its sender the publication (a mailing has List-Unsubscribe or List-Id, or an unsubscribe link);
    a message saved with its lines ending in CRLF, as mail clients save them, had its forwarded head ("Begin
    forwarded message:", a blank line, "From: …") left unread, the forwarder made the publication and the
    forwarded "Von: Pressestelle BMWK" an author, re-cased; the message's first line was taken for the headline."""
    from briefing.extract import extract
    from briefing.read import read_source

    def seed(name: str, head: str, body: str, kind: str = "plain") -> "Article":
        (tmp_path / name).write_bytes((head + f"MIME-Version: 1.0\nContent-Type: text/{kind}; charset=\"utf-8\"\n\n"
                                       + body).replace("\n", "\r\n").encode("utf-8"))
        return extract(read_source(tmp_path / name, tmp_path))

    personal = ("Priya,\n\nI looked into why readers complained last week. When someone clicks unsubscribe, the "
                "preference centre takes up to ten days to sync with the mailing tool, so they get two more issues."
                "\n\nI think we should fix this before the audit. Can we talk on Monday?\n\nMark\n")
    article = seed("a.eml", "From: Mark Ellis <mark@example.org>\nSubject: The opt-out problem\n"
                   "Date: Thu, 20 Jun 2024 14:10:00 +0100\n", personal)
    assert article.source is None
    article = seed("b.eml", "From: Mark Ellis <mark@example.org>\nSubject: The opt-out problem\n",
                   personal + "\nUnsubscribe https://list.example/u\n")
    assert article.source == "Mark Ellis"  # (a link to unsubscribe)
    paragraphs = "".join(f"<p>{p}</p>" for p in personal.split("\n\n"))
    article = seed("e.eml", "From: Mark Ellis <mark@example.org>\nSubject: The opt-out problem\n", paragraphs, "html")
    assert article.source is None
    article = seed("f.eml", "From: Mark Ellis <mark@example.org>\nSubject: The opt-out problem\n",
                   paragraphs + "<p>Unsubscribe https://list.example/u\nThe List, 1 Main Street</p>", "html")
    assert article.source == "Mark Ellis"
    lead = ("Das Ministerium hat heute die neue Förderrichtlinie für effiziente Gebäude veröffentlicht. Eigentümer "
            "können ab sofort Zuschüsse von bis zu 70 Prozent für den Einbau einer Wärmepumpe beantragen.")
    article = seed("c.eml", "From: Julia Weber <j.weber@example.de>\nSubject: WG: Neue Förderrichtlinie\n"
                   "Date: Wed, 13 Mar 2024 08:02:11 +0100\n",
                   "Zur Info.\n\n-----Ursprüngliche Nachricht-----\nVon: Pressestelle BMWK <presse@bmwk.example>\n"
                   "Gesendet: Dienstag, 12. März 2024 16:30\nBetreff: Neue Förderrichtlinie\n\n" + lead + "\n\n"
                   "Die Anträge werden von der KfW bearbeitet. Die Grundförderung beträgt 30 Prozent der Kosten.\n")
    assert (article.title, article.source, article.authors) == ("Neue Förderrichtlinie", "Pressestelle BMWK", [])
    assert article.date == dt.date(2024, 3, 12) and article.blocks[0].text == lead
    article = seed("d.eml", "From: Chris Hall <chris@example.net>\nSubject: Fwd: Your order has shipped\n"
                   "Date: Fri, 6 Dec 2024 10:00:00 +0000\n",
                   "Nina - this is the camera I told you about.\n\nBegin forwarded message:\n\n"
                   "From: Camera Store <orders@camerastore.example>\nSubject: Your order has shipped\n"
                   "Date: 5 December 2024 at 18:22:10 GMT\nTo: Chris Hall <chris@example.net>\n\n"
                   "Good news: your order has shipped and will arrive on Monday, December 9, by the usual courier.\n"
                   "\nTo stop receiving order updates, manage your preferences.\n")
    assert article.source is None and article.date == dt.date(2024, 12, 5)
    assert "camera I told you" not in " ".join(b.text for b in article.blocks)


def test_an_outlook_message_among_the_seeds_is_counted_as_not_read(tmp_path: Path) -> None:
    """(the same user's case) An .eml is a seed; an Outlook .msg is an article in a form not read: skipped,
    with what to do (exit status 1, as a PDF); an image beside them is only mentioned."""
    from briefing.read import discover

    (tmp_path / "a.eml").write_bytes(b"Subject: x\n\nText.\n")
    (tmp_path / "b.msg").write_bytes(b"\xd0\xcf\x11\xe0")
    (tmp_path / "c.png").write_bytes(b"\x89PNG")
    unnamed: list[tuple[str, str]] = []
    assert [name for name, _ in discover(tmp_path, unnamed)] == ["a.eml"]
    assert unnamed == [("b.msg", "not read (an Outlook message: save it as an .eml file (\"Save As\", "
                                  "Outlook Message Format: no) to include it)")]


def _telegram_export(channel: str, posts: list[tuple[str, str, str]]) -> str:
    """A Telegram Desktop chat export's messages.html (its layout as the app writes it): (day, time, text) posts,
    a day's separator before each new day, the app's userpic, from_name, signature, edited mark and reactions."""
    rows, last = [], None
    for i, (day, time, text) in enumerate(posts):
        d, m, y = day.split(".")
        if day != last:
            month = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                     "October", "November", "December"][int(m) - 1]
            rows.append(f'<div class="message service" id="message-{i}"><div class="body details">{int(d)} {month} '
                        f'{y}</div></div>')
        last = day
        rows.append(f'<div class="message default clearfix" id="message{100 + i}"><div class="pull_left userpic_wrap">'
                    f'<div class="userpic userpic5"><div class="initials">CH</div></div></div><div class="body">'
                    f'<div class="pull_right date details" title="{day} {time}:31 UTC+03:00">{time}</div>'
                    f'<div class="from_name">{channel}</div><div class="text">{text}</div>'
                    '<div class="signature details">Admin</div><div class="pull_right edited details">edited</div>'
                    '<div class="reactions"><span class="reaction">❤️ 3.1K</span></div></div></div>')
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"/><title>Exported Data</title></head><body><div '
            f'class="page_wrap"><div class="page_header"><div class="content"><div class="text bold">{channel}</div>'
            '</div></div><div class="page_body chat_page"><div class="history">' + "".join(rows)
            + "</div></div></div></body></html>")


def test_a_telegram_desktop_chat_export_is_read_whole_with_its_days_and_channel() -> None:
    """A first-time user's Ukraine briefing: a channel's Telegram Desktop export (messages.html) kept one post of
    four, its title "Exported Data" (the export's <title>), no publication. Every post is text (a line of it a
    paragraph), each day under its separator; the channel is the publication, the first post's headline the title
    (not the channel's name, which would title every export of it), its day the date; the app's furniture (initials,
    time, signature, "edited", reactions) is never text."""
    from briefing.extract_html import extract_html
    from briefing.model import Article

    page = _telegram_export("Coordination HQ", [
        ("23.05.2025", "14:02", "390 Ukrainians are coming home!<br><br>Today 270 soldiers and 120 civilians were "
                                "freed."),
        ("23.05.2025", "14:05", "Among them are defenders of Mariupol."),
        ("24.05.2025", "15:20", "Second stage: another 307 defenders came home.<br>We thank the mediators."),
        ("25.05.2025", "12:47", "Third stage completed. In three days 1000 Ukrainians were freed.")])
    article = Article(source_file="messages.html")
    extract_html(page, article)
    assert article.title == "390 Ukrainians are coming home!"
    assert article.source == "Coordination HQ" and article.authors == []
    assert article.date == dt.date(2025, 5, 23)
    assert [(b.kind, b.text) for b in article.blocks] == [
        ("heading", "23 May 2025"), ("paragraph", "Today 270 soldiers and 120 civilians were freed."),
        ("paragraph", "Among them are defenders of Mariupol."),
        ("heading", "24 May 2025"), ("paragraph", "Second stage: another 307 defenders came home."),
        ("paragraph", "We thank the mediators."),
        ("heading", "25 May 2025"), ("paragraph", "Third stage completed. In three days 1000 Ukrainians were freed.")]
    # a page of another layout that names the same classes is read as any page
    other = Article(source_file="x.html")
    extract_html('<html><head><title>Chat history, explained</title></head><body><article><h1>Chat history, '
                 'explained</h1><p>Apps keep a class="history" of every message default to the chat.</p><p>Their '
                 'exports are plain pages, and class="page_header" names the chat in each of them.</p></article>'
                 '</body></html>', other)
    assert other.title == "Chat history, explained"
    # (a review's probe: a forum's thread in divs of the export's classes, its own <title>, is no export)
    forum = Article(source_file="x.html")
    thread = _telegram_export("Riverside Forum", [("23.05.2025", "14:02", "Who is going to the budget vote?")])
    extract_html(thread.replace("Exported Data", "Budget vote thread"), forum)
    assert forum.source != "Riverside Forum"


def test_a_paragraph_over_the_byline_that_says_the_pages_description_is_its_standfirst() -> None:
    """A first-time user's Bangladesh briefing: bdnews24's standfirst, "<p class="summary">" under the <h1> and over
    the byline, the page's og:description, was the text's first paragraph and the page had no subtitle. A paragraph
    there, over the byline or the date, is the standfirst; one under them, or one the text goes on after, is the
    lede the description repeats (many a site's description is the lede), even with a reading time under it ("4 min
    read") or a related story's box with its date (boundary probes: both read as the article's date)."""
    from briefing.extract_html import extract_html
    from briefing.model import Article

    deck = "The party cannot contest any election while the suspension is in force, the commission says."
    paras = ["The Election Commission has suspended the registration of the party, hours after the government "
             "issued a notification banning all of its activities.",
             "The secretary announced the decision on Monday evening, after a meeting of the commission.",
             "The party rejected the move in a post on its verified page, calling the government illegal."]
    head = ('<html><head><title>EC suspends party | Example News</title><meta property="og:title" content="EC '
            f'suspends party"><meta name="description" content="{deck}"><meta property="og:description" '
            f'content="{deck}"></head><body><article><h1>EC suspends party</h1>')
    byline = '<div class="byline"><span class="author">Staff Correspondent</span></div>'
    date = '<div class="time">Published : 12 May 2025, 09:35 PM</div>'
    text = "".join(f"<p>{p}</p>" for p in paras) + "</article></body></html>"
    for between in (byline + date, date, '<p class="meta"><time datetime="2025-05-12">12 May 2025</time></p>'):
        article = Article(source_file="x.html")
        extract_html(head + f'<p class="summary">{deck}</p>' + between + text, article)
        assert article.subtitle == deck, between
        assert [b.text for b in article.blocks if b.kind == "paragraph"][0] == paras[0], between
    related = '<div class="inline-related"><span class="date">11 May 2025</span> <a href="/x">Party banned</a></div>'
    for page in (head + byline + f"<p>{deck}</p>" + text, head + f"<p>{deck}</p>" + text,
                 head + f'<p>{deck}</p><span class="read-time">4 min read</span>' + text,
                 head + f"<p>{deck}</p>{related}" + text):
        article = Article(source_file="x.html")
        extract_html(page, article)
        assert article.subtitle is None
        assert [b.text for b in article.blocks if b.kind == "paragraph"][0] == deck


@pytest.mark.parametrize("lede_class", ["newsHeading", "lead"])
def test_a_lede_between_the_photo_and_the_texts_element_that_says_the_description_is_kept(lede_class: str) -> None:
    """A first-time user's Ukraine briefing: Ukrinform's lede, "<div class="newsHeading">" after the photo and before
    "<div class="newsText__body">", the page's description, was neither subtitle nor text (trafilatura left it out
    with the headline's furniture, once the text's element holds enough of it; the summary became the attribution line
    after it). Under the date it is the text's first paragraph, over it the standfirst; the same text in a box of other
    stories is not taken."""
    from briefing.extract_html import extract_html
    from briefing.model import Article

    lede = "On Saturday, May 24, the city brought home 307 more workers under the exchange agreed in June."
    paras = ["The mayor announced it on his channel, the city's news service reports.",
             "The workers had been held for two years at the plant, their families said on Sunday evening.",
             "Among them were engineers who had kept the plant running, and the youngest is 22 years old.",
             "A day earlier, on May 23, the first stage brought home 390 people, 270 workers and 120 others.",
             "The exchange was agreed in June at the first direct talks in three years between the two sides.",
             "The council thanked the mediators for their help in the talks, which had gone on for weeks.",
             "The families of those freed have been told by the office that works at the council every day.",
             "The next round of talks is planned for the end of the month, the council said.",
             "The last stage of the exchange is expected on Sunday, the mayor said."]
    head = (f'<html><head><title>Second stage: 307 home</title><meta property="og:title" content="Second stage: 307 '
            f'home"><meta name="description" content="{lede}"><meta property="og:description" content="{lede}">'
            '</head><body><main><article class="newsText"><div class="newsTitle"><h1>Second stage: 307 home</h1></div>'
            '<div class="newsMetaBlock"><span class="newsDate"><time datetime="2025-05-24T15:41">24.05.2025 15:41'
            '</time></span> <span class="newsViews">Views: 8 420</span></div><div class="newsPicture"><figure><img '
            'src="a.jpg" alt=""><figcaption>Photo: City Hall</figcaption></figure></div>')
    text = '<div class="newsText__body">' + "".join(f"<p>{p}</p>" for p in paras) + "</div></article>"
    article = Article(source_file="x.html")
    extract_html(head + f'<div class="{lede_class}">{lede}</div>' + text + "</main></body></html>", article)
    kept = [b.text for b in article.blocks if b.kind == "paragraph"]
    assert kept[-len(paras) - 1:] == [lede, *paras]
    related = f'<aside class="related"><div>{lede}</div></aside>'
    article = Article(source_file="x.html")
    extract_html(head + text + related + "</main></body></html>", article)
    assert lede not in [b.text for b in article.blocks]
    # right under the headline, over the date, it is the standfirst (WIRED's "<div class="ContentHeaderDek-…">")
    meta = '<div class="newsMetaBlock">'
    article = Article(source_file="x.html")
    extract_html(head.replace(meta, f'<div class="{lede_class}">{lede}</div>{meta}') + text + "</main></body></html>",
                 article)
    assert article.subtitle == lede
    assert [b.text for b in article.blocks if b.kind == "paragraph"][-len(paras):] == paras
    assert lede not in [b.text for b in article.blocks]


@pytest.mark.parametrize("deck_class, under, taken", [
    ("standfirst", '<div class="byline">By Jane Roe</div>', True),  # (the Monitor's)
    ("dek", "", True),
    ("dek", '<div class="byline">By Jane Roe</div>', "By the end of the year, the mayor says, roads will be fixed."),
    ("lead", '<figure><img src="a.jpg"><figcaption>The town hall, on Monday.</figcaption></figure>'
             '<div class="auteur">Camille Roy <time datetime="2025-10-06">6 octobre 2025</time></div>', True),
    ("summary", '<p class="meta"><span class="author">Jane Roe</span></p>', True),
    ("summary", '<p class="meta"><time datetime="2025-10-06">6 October 2025</time></p>', False),  # a lede, dated
    ("lead", "", False),  # a lede so classed: the text goes on under it
    ("intro", '<figure><img src="a.jpg"><figcaption>The town hall, on Monday.</figcaption></figure>', False),
])
def test_a_paragraph_under_the_headline_with_a_standfirsts_class_is_the_standfirst(deck_class: str, under: str,
                                                                                   taken: bool | str) -> None:
    """First-time users' East Africa and measles briefings: the Monitor's "<p class="standfirst">" under the <h1>,
    and Radio-Canada's "<p class="lead">" over its photo and byline, were the text's first paragraph (and its
    summary), the page's description being worded otherwise or the photo between. A standfirst's class marks one
    there; a class a first paragraph has too ("lead", "intro") only over the byline. (A standfirst may begin "By the
    end of the year": no byline's "By" before a name.)"""
    from briefing.extract_html import extract_html
    from briefing.model import Article

    deck = taken if isinstance(taken, str) else "The mayor says the city could not wait another year for the roads."
    paras = ["The council voted on Tuesday to approve the new budget for the city, with more money for schools.",
             "Opponents said the plan was rushed, but the mayor said the vote could not wait any longer."]
    page = ('<html><head><title>Council approves budget</title><meta property="og:title" content="Council approves '
            'budget"><meta name="description" content="Budget news from the Harbor Ledger, every day of the week.">'
            f'</head><body><article><h1>Council approves budget</h1><p class="{deck_class}">{deck}</p>{under}'
            + "".join(f"<p>{p}</p>" for p in paras) + '</article><aside><p class="dek">Read our guide to the new '
            "parking rules before the summer</p></aside></body></html>")
    article = Article(source_file="x.html")
    extract_html(page, article)
    assert article.subtitle == (deck if taken else None)
    assert [b.text for b in article.blocks if b.kind == "paragraph"] == (paras if taken else [deck, *paras])


@pytest.mark.parametrize("description", ["The mayor says the city could not wait another year for the roads.",
                                         "Budget news from the Harbor Ledger, every day of the week."])
def test_a_div_under_the_headline_with_a_standfirsts_class_is_the_standfirst(description: str) -> None:
    """A first-time user's fusion briefing: Science's "<div class="standfirst">… on a key measure</div>" under the
    <h1>, its description the same with a full stop, was lost (neither subtitle nor text): a deck in a <div> of its own
    is one as a <p> is, and the description says it but for its full stop."""
    from briefing.extract_html import extract_html
    from briefing.model import Article

    deck = "The mayor says the city could not wait another year for the roads"
    paras = ["The council voted on Tuesday to approve the new budget for the city, with more money for schools.",
             "Opponents said the plan was rushed, but the mayor said the vote could not wait any longer."]
    page = ('<html><head><title>Council approves budget</title><meta property="og:title" content="Council approves '
            f'budget"><meta name="description" content="{description}"></head><body><article>'
            f'<h1>Council approves budget</h1><div class="standfirst">{deck}</div>'
            '<div class="byline">By Jane Roe</div>' + "".join(f"<p>{p}</p>" for p in paras)
            + "</article></body></html>")
    article = Article(source_file="x.html")
    extract_html(page, article)
    assert article.subtitle == deck
    assert [b.text for b in article.blocks if b.kind == "paragraph"] == paras


_LEDE = "The city council voted 7-2 on Tuesday night to approve a $48 million plan to rebuild the Harbor Street bridge."
_BYLINE = '<div class="byline">By Jane Morris</div>'


@pytest.mark.parametrize("deck_class, deck, under", [
    # a class that holds a standfirst's word but says it is something else
    ("lead-author", "By Jane Morris and Tom Reyes, Staff Writers", '<time datetime="2024-05-14">May 14, 2024</time>'),
    ("summary-date", "Published 14 May 2024, 18:30 BST", _BYLINE),
    ("lead-meta", "Updated 2 hours ago, a four minute read", _BYLINE),
    ("intro-audio", "Listen to this article, four minutes", _BYLINE),
    ("related-dek", "How the bridge got this bad, and who is to blame for it", _BYLINE),
    ("site-subtitle", "Independent local news for Harbor City since 1898", _BYLINE),
    ("subtitle-credit", "Harbor Gazette file picture of the bridge by Ken Wu", _BYLINE),
    ("intro-note", "This article is more than five years old", '<time datetime="2019-05-14">May 14, 2019</time>'),
    ("teaser-label", "Analysis of what the vote means for your commute", _BYLINE),
    ("deck dropcap", _LEDE, _BYLINE),  # the lede, its first letter a drop cap
    # a standfirst's class on what is no standfirst's text
    ("post-subtitle", "Posted by Jane Morris on May 14, 2024", ""),
    ("dek", "Read more: How the bridge got this bad, and who is to blame", _BYLINE),
    ("subtitle", "English version below / Versione italiana", '<div class="autore">di Marco Rossi</div>'),
    # a lede's class on the lede: over its date alone, or with its dateline
    ("lead", _LEDE, '<div class="meta"><span class="date">May 12, 2024</span></div>'),
    ("article-intro", "HARBOR CITY — " + _LEDE, '<span class="author">By Jane Morris</span>'),
    ("story-lead", "HARBOR CITY (AP) — " + _LEDE, '<span class="byline">By The Associated Press</span>'),
])
def test_a_paragraph_under_the_headline_whose_class_only_looks_like_a_standfirsts_is_none(
        deck_class: str, deck: str, under: str) -> None:
    """A probe review of the standfirst's class (after the Monitor's and Radio-Canada's pages above): the rule took a
    class that holds the word ("lead-author", "summary-date", "site-subtitle"), a byline, a date line or a promotion
    under a standfirst's class, and the lede under a lede's class over the date or with its dateline. None is."""
    from briefing.extract_html import extract_html
    from briefing.model import Article

    page = ('<html><head><title>Council approves bridge plan</title></head><body><article>'
            f'<h1>Council approves bridge plan</h1><p class="{deck_class}">{deck}</p>{under}'
            '<p>Engineers told the council in March that the bridge, built in 1958, had deteriorated faster than '
            'expected.</p><p>Construction is expected to begin in the spring of 2025 and to last about 18 months.</p>'
            '</article></body></html>')
    article = Article(source_file="x.html")
    extract_html(page, article)
    assert article.subtitle is None
    if deck.endswith(_LEDE):
        assert [b.text for b in article.blocks if b.kind == "paragraph"][0] == deck


_APP_HEAD = ('<html><head><title>Alberta measles cases rise | Example News</title><meta property="og:title" '
             'content="Alberta measles cases rise"><meta name="description" content="More than 1,600 cases this '
             'year."><meta property="article:published_time" content="2025-07-15T08:00:00Z"></head><body>')
_APP_SHELL = ('<div id="__next"><div class="loading">Loading…</div><noscript>You need to enable JavaScript to run '
              'this app.</noscript></div>')
_APP_PARAS = ["Alberta has confirmed 1,612 measles cases since March, the health authority reported on Monday.",
              "The South zone accounts for more than half of the cases, and vaccination rates there are low.",
              "The province recorded 156 hospitalizations, 13 of them in intensive care."]


@pytest.mark.parametrize("state", [
    # Next.js' state, the page's text as {"type": "p", "text": …} (comments beside it are not the text)
    '<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"story":{"body":[%s]},'
    '"comments":[{"text":"%s"}]}}}</script>' % (",".join('{"type":"p","text":"%s"}' % p for p in _APP_PARAS),
                                                " ".join(_APP_PARAS * 3)),
    # Arc's, HTML in its strings (text: its tags are taken out, never run)
    '<script>Fusion.globalContent={"content_elements":[%s]};</script>'
    % ",".join('{"type":"text","content":"<b>%s</b><script>alert(1)<\\/script>"}' % p for p in _APP_PARAS),
    # a state set to a variable, and JSON-LD's articleBody (which trafilatura reads, as one paragraph)
    '<script>window.__INITIAL_STATE__ = {"article": {"paragraphs": %s}};</script>' % json.dumps(_APP_PARAS),
    '<script type="application/ld+json">{"@type": "NewsArticle", "articleBody": %s}</script>'
    % json.dumps("\n\n".join(_APP_PARAS)),
])
def test_a_client_rendered_page_saved_before_its_script_ran_has_its_text_from_its_state(state: str) -> None:
    """A first-time user's measles briefing: a news site's page drawn by its script (Next.js), saved as "Webpage, HTML
    only", published "Loading… You need to enable JavaScript to run this app." as the article, under the headline,
    author and date of its meta tags. The loader and the notice are furniture; the text is the state's."""
    from briefing.extract_html import extract_html
    from briefing.model import Article

    article = Article(source_file="x.html")
    extract_html(_APP_HEAD + _APP_SHELL + state + "</body></html>", article)
    assert [b.text for b in article.blocks] == (_APP_PARAS if "articleBody" not in state else [" ".join(_APP_PARAS)])
    assert "alert" not in " ".join(b.text for b in article.blocks)


@pytest.mark.parametrize("line", ["You need to enable JavaScript to run this app.", "Loading…",
                                  "Please enable JavaScript in your browser to view this page.",
                                  "This site requires JavaScript.", "Veuillez activer JavaScript.",
                                  "Para ver este sitio, habilite JavaScript en su navegador."])
def test_a_client_rendered_page_with_no_state_is_skipped_saying_how_to_save_it(line: str) -> None:
    """... and without a state to read, the seed is skipped with the reason and what to do (not published as an
    article of ten words). An article that names JavaScript keeps its lines."""
    from briefing.extract_html import extract_html
    from briefing.model import Article
    from briefing.pipeline import finish_article
    from briefing.read import SeedError

    article = Article(source_file="x.html")
    extract_html(_APP_HEAD + f'<div id="root"><p>{line}</p></div><script src="app.js"></script></body></html>',
                 article)
    with pytest.raises(SeedError, match="saved before its script drew the text: save it again after it has loaded"):
        finish_article(article, {})
    article = Article(source_file="x.html")
    said = "The library is written in JavaScript, and the team says the browser must enable JavaScript modules."
    extract_html(_APP_HEAD + f"<article><h1>Alberta measles cases rise</h1><p>{_APP_PARAS[0]}</p><p>{said}</p>"
                 f"<p>{_APP_PARAS[1]}</p></article></body></html>", article)
    assert [b.text for b in article.blocks] == [_APP_PARAS[0], said, _APP_PARAS[1]]


_SHELL_HEAD = _APP_HEAD.replace("Alberta measles cases rise | Example News", "Fed holds rates at 5.25% as inflation "
                                "cools, signals two cuts this year")


def _next_data(props: dict) -> str:  # type: ignore[type-arg]
    state = json.dumps({"props": {"pageProps": props}})
    return f'<script id="__NEXT_DATA__" type="application/json">{state}</script>'


_OTHER = [{"headline": "Bus fares to rise", "body": p, "text": p} for p in _APP_PARAS]


@pytest.mark.parametrize("state", [
    _next_data({"article": {"headline": "Alberta measles cases rise"}, "mostRead": {"items": _OTHER}}),
    _next_data({"article": {"headline": "Alberta measles cases rise"}, "latestStories": _OTHER}),
    _next_data({"frontPage": {"sections": [{"name": "Top", "stories": _OTHER}]}}),
    _next_data({"article": {"headline": "Alberta measles cases rise", "body": [{"type": "p", "text": "Subscribe."}]},
                "nextArticle": {"body": [{"type": "p", "text": p} for p in _APP_PARAS]}}),
    _next_data({"article": {"thread": {"replies": [{"text": p} for p in _APP_PARAS]}}}),
    _next_data({"article": {"images": [{"text": p} for p in _APP_PARAS]}}),
    "",  # none, under a <title> that reads as a sentence
])
def test_a_client_rendered_pages_state_with_other_texts_than_its_own_is_no_body(state: str) -> None:
    """A probe review of the state's text: a shell whose state holds only other stories (most read, latest, a front
    page's), the next article, readers' replies or the photos' captions published them as the article. Only a body
    under the article's own body key is its text; else the page is skipped, saying how to save it. The <title>,
    repeated in the visible text, is no text of the page's own."""
    from briefing.extract_html import extract_html
    from briefing.model import Article
    from briefing.pipeline import finish_article
    from briefing.read import SeedError

    article = Article(source_file="x.html")
    extract_html(_SHELL_HEAD + _APP_SHELL + state + "</body></html>", article)
    with pytest.raises(SeedError, match="saved before its script drew the text"):
        finish_article(article, {})


@pytest.mark.parametrize("body", [
    # Sanity's Portable Text, each paragraph a block of spans
    [{"_type": "block", "style": "normal", "children": [{"_type": "span", "text": p[:20]},
                                                         {"_type": "span", "text": p[20:]}]} for p in _APP_PARAS],
    # Contentful's rich text
    {"json": {"nodeType": "document", "content": [{"nodeType": "paragraph", "content": [
        {"nodeType": "text", "value": p[:20], "marks": []}, {"nodeType": "text", "value": p[20:], "marks": []}]}
        for p in _APP_PARAS]}},
])
def test_a_client_rendered_pages_rich_text_body_is_read_whole(body: object) -> None:
    """A probe review: a state's rich text (Sanity, Contentful) gave one paragraph of six, each block's pieces read as
    a run of their own. A block's pieces are its paragraph; the article's paragraphs are all read, under a <title>
    that reads as a sentence."""
    from briefing.extract_html import extract_html
    from briefing.model import Article

    article = Article(source_file="x.html")
    extract_html(_SHELL_HEAD + _APP_SHELL + _next_data({"post": {"title": "Fed holds rates", "body": body}})
                 + "</body></html>", article)
    assert [b.text for b in article.blocks] == _APP_PARAS


@pytest.mark.parametrize("line", [
    "Without JavaScript, your banking app is just a blank white page.",
    "Why does your bank's site require JavaScript?",
    "You can enable JavaScript again at any time.",
    "Your browser must allow JavaScript for the unemployment claims site to work at all, the audit noted.",
    "« Veuillez activer JavaScript », affichait le portail des impôts pendant toute la matinée.",
    "Chargement",
])
def test_an_articles_line_that_speaks_of_javascript_or_loading_is_kept(line: str) -> None:
    """A probe review: the JavaScript notice's rule dropped an article's sentences that speak of it, or quote it, and a
    French freight article's heading "Chargement" (loading). Only a line that is nothing but the notice is one."""
    from briefing.extract_html import extract_html
    from briefing.model import Article

    article = Article(source_file="x.html")
    extract_html(_APP_HEAD + f"<article><h1>Alberta measles cases rise</h1><p>{_APP_PARAS[0]}</p><p>{line}</p>"
                 f"<p>{_APP_PARAS[1]}</p></article></body></html>", article)
    assert line in [b.text for b in article.blocks]


def test_a_listing_with_a_comments_notice_is_not_said_to_be_drawn_by_its_script() -> None:
    """A probe review: a listing page with Disqus' "<noscript>Please enable JavaScript to view the comments…" was
    skipped as a page saved before its script drew its text, which it is not."""
    from briefing.extract_html import extract_html
    from briefing.model import Article
    from briefing.pipeline import finish_article
    from briefing.read import SeedError

    article = Article(source_file="x.html")
    extract_html(_APP_HEAD + '<main><h1>Transportation</h1><ul><li><a href="/a">Council approves bridge plan</a></li>'
                 '<li><a href="/b">Bus fares to rise</a></li></ul></main><noscript>Please enable JavaScript to view '
                 'the <a href="https://disqus.com/?ref_noscript">comments powered by Disqus.</a></noscript>'
                 "</body></html>", article)
    with pytest.raises(SeedError) as failed:
        finish_article(article, {})
    assert "script" not in str(failed.value)


def test_scripts_styles_and_comments_are_left_out_in_one_pass() -> None:
    """(A code review's: a page of 20,000 unclosed "<title>" or "<script>" tags took 18 s, each searched to the
    page's end.) An element to its closing tag is left out, as the pattern before did; one never closed is left as
    it is, and so is each after it, without another search."""
    from briefing.extract_html import _page_title, without_invisible

    assert without_invisible("a<script>x</script>b<STYLE type=x>y</style >c<!-- z -->d") == "a b c d"
    assert without_invisible("a<script>x</script foo>b</script>c") == "a c"
    assert without_invisible("a<svg><script>x</script>b") == "a<svg> b"
    unclosed = "<script>a" * 20000 + "<p>Hello there.</p>"
    assert without_invisible(unclosed) == unclosed
    assert _page_title("<title>a" * 20000 + "<title>The page</title>") == "The page"
    # (a Turkish page's "İ", two characters lower-cased: a copy's positions had let its script's code into the text)
    assert without_invisible("İstanbul İzmir <script>a()</script> text") == "İstanbul İzmir   text"
    from briefing.extract_html import _page_states
    state = '<p>İİİ</p><script id="__NEXT_DATA__" type="application/json">{"a": 1}</script>'
    assert list(_page_states(state)) == [{"a": 1}]
