"""The scale path on a small N, through the real CLI, so bench/make_corpus.py and
bench/scale.py cannot rot: the generator is deterministic, the generated corpus converts
and builds, and every generated article reaches the built site and its search index.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import REPO, run_build_site

sys.path.insert(0, str(REPO / "bench"))
import make_corpus  # noqa: E402

N = 30


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def _front_matter(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\n"), path
    return yaml.safe_load(text.split("\n---\n", 1)[0][4:])


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("scale") / "seeds"
    make_corpus.generate(N, out, seed=7)
    return out


def test_generator_is_deterministic_and_varied(corpus: Path, tmp_path: Path) -> None:
    # Same N and seed through the command line: byte-identical files.
    proc = subprocess.run([sys.executable, str(REPO / "bench" / "make_corpus.py"), str(N), str(tmp_path / "again"),
                           "--seed", "7"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert _digest(tmp_path / "again") == _digest(corpus)
    # A larger corpus starts with the same files; another seed gives other files.
    make_corpus.generate(N + 5, tmp_path / "more", seed=7)
    assert {k: v for k, v in _digest(tmp_path / "more").items() if k in _digest(corpus)} == _digest(corpus)
    make_corpus.generate(5, tmp_path / "other", seed=8)
    assert list(_digest(tmp_path / "other").values()) != list(_digest(corpus).values())[:5]
    # Realistic variety over a bigger sample: lengths, undated articles, saved HTML pages.
    sample = [make_corpus.article(1, i) for i in range(300)]
    words = sorted(len(text.split()) for _, text in sample)
    assert words[0] < 600 and words[-1] > 2000
    assert 5 <= sum(name.endswith(".html") for name, _ in sample) <= 30
    html_page = next(text for name, text in sample if name.endswith(".html"))
    assert 'property="og:title"' in html_page and "application/ld+json" in html_page
    texts = [text for name, text in sample if name.endswith(".txt")]
    assert sum("Advertisement" in t or "ADVERTISEMENT" in t for t in texts) > 30


def test_generated_corpus_converts_builds_and_every_article_is_on_the_site(corpus: Path, tmp_path: Path) -> None:
    extra = ("--cache", str(tmp_path / "cache"))  # not the repo's cache
    run = run_build_site(*extra, seeds=corpus, docs=tmp_path / "docs", site=tmp_path / "site", timeout=300)
    # Every generated seed is an article (at 10,000, three were once lost to a rule).
    assert run.returncode == 0, run.output
    articles = {}
    for md in (run.docs / "articles").glob("*.md"):
        fm = _front_matter(md)
        articles[fm["source_file"]] = md.stem
    assert set(articles) == {p.name for p in corpus.iterdir()}
    index = json.loads((run.site / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = {d["location"].split("#")[0] for d in index["docs"]}
    for source, slug in articles.items():
        page = run.site / "articles" / slug / "index.html"
        assert page.is_file(), f"{source}: no page {page}"
        assert f"articles/{slug}/" in locations, f"{source}: not in the search index"
    timeline = (run.site / "timeline" / "index.html").read_text(encoding="utf-8")
    for slug in articles.values():
        assert f"{slug}/" in timeline, f"{slug} missing from the timeline"
    # The page furniture the generator scatters between paragraphs never reaches an article.
    furniture = {line for block in make_corpus.SUBSCRIBE for line in block if line} \
        | set(make_corpus.ADS) | set(make_corpus.SHARE) | set(make_corpus.COMMENTS)
    for slug in articles.values():
        body = (run.docs / "articles" / f"{slug}.md").read_text(encoding="utf-8").split("\n---\n", 1)[1]
        blocks = {re.sub(r"^(#+ |> )?(<a [^>]*>¶</a> )?", "", b.strip()) for b in body.split("\n\n")}
        assert not blocks & furniture, f"{slug}: furniture in the body: {sorted(blocks & furniture)}"
    # Dated as often as real articles: their timelines have 1.4-3.9 events per 1,000 words
    # (bench/README); the generator once dated every sentence that could be, 13.7.
    words = sum(_front_matter(md)["word_count"] for md in (run.docs / "articles").glob("*.md"))
    events = sum(page.read_text(encoding="utf-8").count("tl-event")
                 for page in [run.docs / "timeline.md", *(run.docs / "timeline").rglob("*.md")] if page.is_file())
    assert 1.0 <= 1000 * events / words <= 6.0, (events, words)
    # bench/markdown_cost.py times MkDocs' two passes over these pages.
    proc = subprocess.run([sys.executable, str(REPO / "bench" / "markdown_cost.py"), str(run.docs), "articles",
                           "nonesuch"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    row = rf"^\| articles \| {len(articles)} \| [\d.]+ \| [\d.]+ \| [\d.]+ \|$"
    assert re.search(row, proc.stdout, re.M), proc.stdout
    assert "nonesuch: no pages" in proc.stderr


def test_scale_script_runs_on_a_small_n(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    proc = subprocess.run([sys.executable, str(REPO / "bench" / "scale.py"), "--sizes", "12", "--repeat", "1",
                           "--no-browser", "--no-hugo", "--out", str(out)],
                          cwd=REPO, capture_output=True, text=True, timeout=240)
    assert proc.returncode == 0, proc.stderr[-3000:] + proc.stdout[-2000:]
    result = json.loads(out.read_text())["sizes"][0]
    assert result["n"] == 12
    assert result["convert_s"] > 0 and result["site_build_s"] > 0
    assert result["search"]["material_index_bytes"] > 0
    assert result["pages"]["home"] > 0 and result["pages"]["timeline"] > 0
    assert 1 <= result["incremental_docs_changed"] < result["incremental_docs_total"]


def test_parallel_conversion_writes_the_same_pages_as_one_process(tmp_path: Path) -> None:
    """Extraction, analysis and page rendering run on every core past 25 seeds a worker:
    the pages (and the manifest) must be byte for byte those of a single process."""
    seeds = tmp_path / "seeds"
    make_corpus.generate(60, seeds, seed=11)
    trees = []
    for jobs in ("1", "2"):
        docs = tmp_path / f"docs-{jobs}"
        run = run_build_site("--jobs", jobs, "--no-cache", command="convert", seeds=seeds, docs=docs,
                             timeout=300)
        assert run.returncode in (0, 1), run.output
        trees.append({p.relative_to(docs).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
                      for p in sorted(docs.rglob("*")) if p.is_file()})
    assert len([p for p in trees[0] if p.startswith("articles/")]) >= 55
    assert trees[0] == trees[1]


@pytest.fixture(scope="module")
def pagefind_docs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Converted pages of 60 generated seeds, written for Pagefind (no search plugin)."""
    root = tmp_path_factory.mktemp("split")
    make_corpus.generate(60, root / "seeds", seed=11)
    run = run_build_site("--search", "pagefind", "--no-cache", command="convert", seeds=root / "seeds",
                         docs=root / "docs", timeout=300)
    assert run.returncode in (0, 1), run.output
    return root / "docs"


def _split_build(docs: Path, site: Path, jobs: int, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from briefing import site as site_module

    monkeypatch.setattr(site_module, "PARALLEL_MIN_PAGES", 1)  # the forked build inherits it
    config = site_module.load_mkdocs_config(REPO / "mkdocs.yml", docs, site, "pagefind")
    assert site_module._PageSplit.applies(config, jobs) == (jobs > 1)
    site_module.run_mkdocs(config, jobs=jobs)


def _owned_by_worker(docs: Path) -> str:
    """An article page the second process renders in a two-process build."""
    from mkdocs.structure.files import get_files

    from briefing import site as site_module

    config = site_module.load_mkdocs_config(REPO / "mkdocs.yml", docs, docs.parent / "unused", "pagefind")
    plan = site_module._PageSplit(2, (None, None, None))._plan(get_files(config).documentation_pages())
    assert sorted(set(plan.values())) == [0, 1]
    return next(uri for uri, rank in plan.items() if rank == 1 and uri.startswith("articles/"))


def test_parallel_site_build_writes_the_same_site_as_one_process(pagefind_docs: Path, tmp_path: Path,
                                                                 monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Large sites are rendered by one MkDocs process per core: every file of the site
    must be byte for byte that of a one-process build."""
    for jobs in (1, 2):
        _split_build(pagefind_docs, tmp_path / f"site-{jobs}", jobs, monkeypatch)
    one, two = _tree(tmp_path / "site-1"), _tree(tmp_path / "site-2")
    assert len([p for p in one if p.startswith("articles/")]) >= 55
    assert "tags.json" in one and "sitemap.xml" in one
    assert one == two


@pytest.mark.parametrize("where", ["page", "anchor"])
def test_parallel_site_build_fails_on_a_warning_from_a_page_another_process_rendered(
        pagefind_docs: Path, tmp_path: Path, monkeypatch, where: str) -> None:  # type: ignore[no-untyped-def]
    """Strict mode still holds when pages are shared out: a broken link on a page the second
    process renders, or a link from the home page (first process) to an anchor that page
    lacks, fails the build as it would in one process."""
    from briefing.site import SiteError

    docs = tmp_path / "docs"
    shutil.copytree(pagefind_docs, docs)
    victim = _owned_by_worker(docs)
    if where == "page":
        with (docs / victim).open("a", encoding="utf-8") as f:
            f.write("\n\nSee [the notes](../no-such-page.md).\n")
        expected = "no-such-page.md"
    else:
        with (docs / "index.md").open("a", encoding="utf-8") as f:
            f.write(f"\n\nSee [this paragraph]({victim}#p-9999).\n")
        expected = "p-9999"
    log_file = tmp_path / "mkdocs.log"  # MkDocs' own warning, from whichever process logged it
    handler = logging.FileHandler(log_file, mode="a", encoding="utf-8")
    handler.setLevel(logging.WARNING)
    logging.getLogger("mkdocs").addHandler(handler)
    try:
        with pytest.raises(SiteError, match="strict"):
            _split_build(docs, tmp_path / "site", 2, monkeypatch)
    finally:
        logging.getLogger("mkdocs").removeHandler(handler)
        handler.close()
    logged = log_file.read_text(encoding="utf-8")
    assert expected in logged and victim in logged, logged[-2000:]


def _inodes(site: Path) -> dict[str, int]:
    return {p.relative_to(site).as_posix(): p.stat().st_ino for p in site.glob("articles/*/index.html")}


def _article_with_a_related_link(docs: Path) -> tuple[str, str]:
    """An article page and another article its Related list links to."""
    for path in sorted((docs / "articles").glob("*.md")):
        related = _front_matter(path).get("related") or []
        if related:
            return path.stem, related[0]["slug"]
    raise AssertionError("no article with related articles")


@pytest.mark.parametrize("jobs", [1, 2])
def test_rebuild_reuses_unchanged_pages_and_writes_what_a_fresh_build_writes(
        pagefind_docs: Path, tmp_path: Path, monkeypatch, jobs: int) -> None:  # type: ignore[no-untyped-def]
    """After one article's Markdown changed, the next site build takes every other article
    page over from the previous site (the same file) and renders that one again, and
    Pagefind indexes only the parts of the index with a changed page; the site is byte for
    byte that of a build from scratch. A page edited by hand in the built site is rendered
    again, not taken over."""
    from briefing import site as site_module

    monkeypatch.setattr(site_module, "PARALLEL_MIN_PAGES", 1)
    monkeypatch.setattr(site_module, "PAGEFIND_PART_PAGES", 20)  # three index parts
    docs, site = tmp_path / "docs", tmp_path / "site"
    shutil.copytree(pagefind_docs, docs)
    site_module.build_site(REPO / "mkdocs.yml", docs, site, jobs=jobs)
    record = site_module.pages_manifest(site)
    assert record.is_file() and not (site / record.name).exists()
    before = _inodes(site)
    parts = [{p.relative_to(site).as_posix() for p in part} for part in site_module.pagefind_parts(site)]
    assert len(parts) == 3
    entries = [site / "pagefind" / (f"part-{i}/" if i > 1 else "") / "pagefind-entry.json" for i in (1, 2, 3)]
    entries_before = [e.stat().st_ino for e in entries]
    edited, _ = _article_with_a_related_link(docs)
    page = docs / "articles" / f"{edited}.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nA sentence added after the first build.\n",
                    encoding="utf-8")
    tampered = next(rel for rel in sorted(before) if not rel.startswith(f"articles/{edited}/"))
    with (site / tampered).open("a", encoding="utf-8") as f:
        f.write("<!-- edited by hand -->")
    html_before = {p.relative_to(site).as_posix(): p.stat().st_ino for p in site.rglob("*.html")}
    result = site_module.build_site(REPO / "mkdocs.yml", docs, site, jobs=jobs)
    after = _inodes(site)
    changed = {rel for rel in before if after.get(rel) != before[rel]}
    assert changed == {f"articles/{edited}/index.html", tampered}, changed
    # The post-build check parsed again exactly the pages that are not the previous files.
    same = {rel for rel, ino in html_before.items() if (site / rel).is_file() and (site / rel).stat().st_ino == ino}
    assert result.report.pages_unchanged == len(same) > 0
    assert site_module.check_record(site).is_file() and not (site / site_module.check_record(site).name).exists()
    assert "A sentence added after the first build." in (site / f"articles/{edited}/index.html").read_text("utf-8")
    # Pagefind indexed again only the parts with those pages; the others were taken over.
    reindexed = {i for i, e in enumerate(entries) if e.stat().st_ino != entries_before[i]}
    assert reindexed == {i for i, part in enumerate(parts) if part & changed} != {0, 1, 2}
    site_module.build_site(REPO / "mkdocs.yml", docs, tmp_path / "fresh", jobs=jobs, reuse_pages=False)
    assert _tree(site) == _tree(tmp_path / "fresh")


def test_rebuild_after_a_configuration_change_renders_every_page(pagefind_docs: Path, tmp_path: Path,
                                                                 monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Every page shows the site's name: with another name in mkdocs.yml no page is taken over."""
    from briefing import site as site_module

    docs, site = tmp_path / "docs", tmp_path / "site"
    shutil.copytree(pagefind_docs, docs)
    config = tmp_path / "mkdocs.yml"
    text = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    config.write_text(text, encoding="utf-8")
    shutil.copytree(REPO / "overrides", tmp_path / "overrides")
    site_module.build_site(config, docs, site, jobs=1)
    before = _inodes(site)
    config.write_text(text.replace('site_name: "', 'site_name: "Renamed - ', 1), encoding="utf-8")
    site_module.build_site(config, docs, site, jobs=1)
    after = _inodes(site)
    assert before and not {rel for rel in before if after.get(rel) == before[rel]}
    assert "Renamed - " in next(iter(site.glob("articles/*/index.html"))).read_text("utf-8")


def test_rebuild_still_fails_on_a_link_to_a_removed_page(pagefind_docs: Path, tmp_path: Path) -> None:
    """A page whose Markdown did not change but whose link now points nowhere is not taken
    over: MkDocs renders it, reports the link, and strict mode fails the build."""
    from briefing import site as site_module

    docs, site = tmp_path / "docs", tmp_path / "site"
    shutil.copytree(pagefind_docs, docs)
    # A hand-written page outside the navigation (so it could be taken over) links to an
    # article. (The generated pages outside it link to articles in HTML, which the check
    # after the build resolves; MkDocs reads only Markdown links.)
    linked = sorted((docs / "articles").glob("*.md"))[0].stem
    entity = docs / "entities" / "analyst-note.md"
    entity.write_text(f"# Analyst note\n\nSee [the article](../articles/{linked}.md).\n", encoding="utf-8")
    site_module.build_site(REPO / "mkdocs.yml", docs, site, jobs=1)
    (docs / "articles" / f"{linked}.md").unlink()
    log_file = tmp_path / "mkdocs.log"
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setLevel(logging.WARNING)
    logging.getLogger("mkdocs").addHandler(handler)
    try:
        with pytest.raises(site_module.SiteError, match="strict"):
            site_module.build_site(REPO / "mkdocs.yml", docs, site, jobs=1)
    finally:
        logging.getLogger("mkdocs").removeHandler(handler)
        handler.close()
    logged = log_file.read_text(encoding="utf-8")
    assert f"Doc file 'entities/{entity.name}' contains a link '../articles/{linked}.md" in logged, logged[-2000:]
    assert (site / "articles" / linked / "index.html").is_file()  # the previous site is unchanged


def test_site_build_reports_progress(seeds_build, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A long build says what it is doing: pages MkDocs has written so far, then the checks."""
    from briefing import site as site_module

    monkeypatch.setattr(site_module, "PROGRESS_SECONDS", 0.02)
    heard: list[str] = []
    result = site_module.build_site(REPO / "mkdocs.yml", seeds_build.docs, tmp_path / "site", say=heard.append)
    assert (result.site_dir / "index.html").is_file()
    assert any(m.startswith("mkdocs: ") for m in heard), heard
    assert heard[-1].startswith("checking ") and " pages " in heard[-1], heard


def _tree(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_incremental_conversion_writes_what_a_fresh_one_writes(tmp_path: Path) -> None:
    """An incremental run reuses the listing pages when only an article's body changed and
    makes them again when its listed facts changed; either way the docs are byte for byte
    those of a conversion from scratch."""
    seeds = tmp_path / "seeds"
    make_corpus.generate(40, seeds, seed=5)
    docs, cache = tmp_path / "docs", tmp_path / "cache"

    def convert(target: Path, *extra: str) -> str:
        run = run_build_site(*extra, command="convert", seeds=seeds, docs=target, timeout=300)
        assert run.returncode in (0, 1), run.output
        return run.output

    def fresh() -> dict[str, str]:
        target = tmp_path / "fresh"
        shutil.rmtree(target, ignore_errors=True)
        convert(target, "--no-cache")
        return _tree(target)

    convert(docs, "--cache", str(cache))
    seed = sorted(seeds.glob("*.txt"))[3]
    lines = seed.read_text(encoding="utf-8").split("\n")
    longest = max(range(len(lines)), key=lambda i: len(lines[i]))
    lines[longest] += " The ministry declined to comment on the matter."
    seed.write_text("\n".join(lines), encoding="utf-8")
    candidates = tmp_path / "candidates.yml"  # both conversions write it (run_build_site)
    before = candidates.read_bytes()
    output = convert(docs, "--cache", str(cache))
    assert "1 extracted" in output and "listing pages unchanged" in output, output
    kept = candidates.read_bytes()
    assert kept == before and b"# made from: " in kept  # reused: the corpus stamp is the same
    assert _tree(docs) == fresh()
    assert candidates.read_bytes() == kept

    # A corrected title is on the home, tag, source and timeline pages: they are made again.
    (seeds / "metadata.yml").write_text(f"{seed.name}:\n  title: A corrected headline for this story\n",
                                        encoding="utf-8")
    output = convert(docs, "--cache", str(cache))
    assert "listing pages unchanged" not in output, output
    after = _tree(docs)
    # (but for the page left at the article's old address, which links to its new one: a fresh conversion has no
    # old address, and the manifest that records that page)
    moved = [rel for rel in after if rel.startswith("articles/") and "moved_to:" in (docs / rel).read_text("utf-8")]
    assert len(moved) == 1, moved
    assert {k: v for k, v in after.items() if k not in (*moved, ".briefing-manifest.json")} \
        == {k: v for k, v in fresh().items() if k != ".briefing-manifest.json"}
    assert "articles/a-corrected-headline-for-this-story.md" in after
