"""End-to-end tests of the pipeline on the five seeds: real converter, real strict MkDocs build."""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import os
import posixpath
import re
import shlex
import shutil
import subprocess
import sys
import time
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import frontmatter
import pytest
import yaml

from conftest import REPO, SEEDS, Run, run_build_site

from briefing.extract import EXTRACTION_FAILED
from briefing.model import Article, Block
from briefing.pipeline import finish_article
from briefing.read import SeedError

CONTRACT_KEYS = ["title", "subtitle", "authors", "source", "date", "date_source",
                 "source_file", "tags", "summary", "word_count"]

# What each seed's own text states (read off the seed files by a person, not by the code).
EXPECTED = {
    "000_83b9743eff533d4b.txt": {
        "title": "Microsoft Partners with CCP-Linked TikTok Parent on ‘Big AI Project’: Report",
        "authors": ["Jimmy Quinn"], "source": "National Review", "date": None,
    },
    "001_93e3014859d63cd8.txt": {
        "title": "Navigating Chinese AI Research Collaboration: Cases from Australia, Microsoft",
        "authors": [], "date": None,
    },
    "002_e6bb970743eb5d51.txt": {
        "title": "Microsoft Wants to Buy TikTok, but Has a History of Working With China",
        "authors": ["Luis Miguel"], "date": "2020-08-31",
    },
    "003_dc4212f7c7f154ab.txt": {
        "title": "Microsoft accused of complicity in human rights abuses after helping China develop ‘disturbing’ AI",
        "authors": ["Zamira Rahim"], "date": "2019-04-12",
    },
    "004_321923032d3455c5.txt": {
        "title": "TikTok sale could jeopardize Microsoft’s future in China",
        "authors": [], "source": None, "date": None,
    },
}
# Site clutter present in the seeds that must not reach any article body.
CLUTTER = [
    "Exit mobile version", "Subscribe to CDT", "Google Ads", "Open popup", "Welcome back!",
    "Please review our Comment Policy", "Whatfinger Featured Videos", "Affiliates and Friends",
    "Support truly", "Whether $5 or $50", "Join our commenting forum", "Thank you for registering",
    "Leave a Reply", "Your email address will not be published", "bloggers like this",
    "Written by", "Louise Thomas",
]


def _articles(run: Run) -> dict[str, frontmatter.Post]:
    posts = {}
    for path in sorted((run.docs / "articles").glob("*.md")):
        post = frontmatter.loads(path.read_text(encoding="utf-8"))
        if "moved_to" not in post:  # (not the page left where an article was before its title changed)
            posts[post["source_file"]] = post
    return posts


def _tree_bytes(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


# --- command line ----------------------------------------------------------------------


def test_help_explains_the_commands() -> None:
    out = subprocess.run([sys.executable, "build_site.py", "--help"], cwd=REPO,
                         capture_output=True, text=True, check=True).stdout
    for word in ("build", "convert", "serve", "--seeds", "--docs", "--site", "-q", "-v", "exit status"):
        assert word in out


def test_version_names_the_tool_and_the_engine() -> None:
    import mkdocs

    from briefing import __version__

    run = subprocess.run([sys.executable, "build_site.py", "--version"], cwd=REPO, capture_output=True, text=True,
                         timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith(f"build_site.py {__version__} (MkDocs {mkdocs.__version__}, Material ")


@pytest.mark.parametrize("command,lists_site", [("build", True), ("convert", False), ("serve", False)])
def test_each_commands_help_lists_only_what_it_uses(command: str, lists_site: bool) -> None:
    """--site is build's alone: convert and serve write no site, so their help does not offer
    it (they still accept it, for scripts that pass the same options to every command)."""
    out = subprocess.run([sys.executable, "build_site.py", command, "--help"], cwd=REPO,
                         capture_output=True, text=True, check=True).stdout
    assert ("--site" in out) is lists_site
    assert "--seeds" in out and "--docs" in out


def test_build_summary_and_outputs(seeds_build: Run) -> None:
    assert "5 articles converted, 0 skipped, site in" in seeds_build.stdout
    # What to do next works as printed: this interpreter (a bare `python` may lack the
    # packages), a web server (opened from disk, the site's links lead to folders).
    assert f"Preview it with: {os.path.relpath(sys.executable, REPO)} build_site.py serve" in seeds_build.stdout
    assert "index.html" not in seeds_build.stdout
    assert "still the placeholder https://example.org/briefing/" in seeds_build.stdout  # (mkdocs.yml's default)
    assert (seeds_build.site / "index.html").is_file()
    assert (seeds_build.site / "timeline" / "index.html").is_file()
    assert (seeds_build.site / "tags" / "index.html").is_file()
    assert (seeds_build.site / "sources" / "index.html").is_file()
    assert (seeds_build.site / "sitemap.xml").is_file()
    slugs = [p.stem for p in (seeds_build.docs / "articles").glob("*.md")]
    assert len(slugs) == 5
    for slug in slugs:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug)
        assert (seeds_build.site / "articles" / slug / "index.html").is_file()


def test_git_ignores_the_generated_pages_and_keeps_the_users_own(seeds_build: Run) -> None:
    # .gitignore lists what the converter writes into docs/: a page the user writes there is
    # committed (the Pages workflow builds from the repository), a generated one is not.
    from briefing.pipeline import ASSETS

    generated = sorted({f"docs/{p.relative_to(seeds_build.docs).as_posix()}"
                        for p in seeds_build.docs.rglob("*") if p.is_file()}
                       | {f"docs/{rel}" for rel in ASSETS.values()}
                       | {"docs/search.md", "docs/timeline/2019.md", "docs/tags/china.md", "docs/sources/a.md"})
    own = ["docs/about.md", "docs/notes.md", "docs/methods/sources.md", "docs/assets/photo.png"]

    def ignored(path: str) -> bool:
        proc = subprocess.run(["git", "check-ignore", "--no-index", "-q", path], cwd=REPO)
        assert proc.returncode in (0, 1)
        return proc.returncode == 0
    assert [p for p in generated if not ignored(p)] == []
    assert [p for p in own if ignored(p)] == []


def test_the_home_page_links_the_pages_written_by_hand(tmp_path: Path) -> None:
    # docs/about.md is outside the nav (not_in_nav in mkdocs.yml): nothing linked to it.
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(REPO / "docs" / "about.md", docs / "about.md")
    run = run_build_site(docs=docs)
    assert run.returncode == 0, run.output
    title = frontmatter.load(docs / "about.md").metadata["title"]
    home = (run.site / "index.html").read_text(encoding="utf-8")
    assert re.search(rf'<a href="about/">{re.escape(title)}</a>', home)
    assert (run.site / "about" / "index.html").is_file()
    assert (docs / "about.md").read_bytes() == (REPO / "docs" / "about.md").read_bytes()


def test_a_hand_written_pages_title_is_read_as_yaml(tmp_path: Path) -> None:
    from briefing.write import own_root_pages

    (tmp_path / "notes.md").write_text('---\ntitle: "Notes: how we \\"cite\\" sources"\n---\n# Other\n', encoding="utf-8")
    (tmp_path / "methods.md").write_text("---\ntitle: >-\n  Methods and\n  limits\n---\nText.\n", encoding="utf-8")
    (tmp_path / "plain.md").write_text("Intro.\n\n# Plain heading\n", encoding="utf-8")
    (tmp_path / "index.md").write_text("# Home\n", encoding="utf-8")  # the converter's name: not listed
    assert own_root_pages(tmp_path) == [("methods.md", "Methods and limits"),
                                        ("notes.md", 'Notes: how we "cite" sources'), ("plain.md", "Plain heading")]


def test_events_of_a_decade_stand_under_the_decades_heading(seeds_build: Run) -> None:
    # "in the late 1990s" is stored as 1990; under a "1990" heading the reader took it for one year.
    html_text = (seeds_build.site / "timeline" / "index.html").read_text(encoding="utf-8")
    sections = re.split(r'<h2 id="', html_text)[1:]
    decades = [(section.split('"', 1)[0], label) for section in sections
               for label in re.findall(r"<time[^>]*>(\d{4}s)</time>", section)]
    assert decades, "the seeds name a decade (\"the late 1990s\"): none on the timeline?"
    assert all(heading == label for heading, label in decades), decades


def test_citations_read_right_with_or_without_publication_and_date(seeds_build: Run) -> None:
    # “Title.”, undated. — with no publication the comma hung after the closing quote.
    site_name = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8").split("\nsite_url")[0])["site_name"]
    seen = set()
    for page in (seeds_build.site / "articles").glob("*/index.html"):
        text = page.read_text(encoding="utf-8")
        meta = frontmatter.load(seeds_build.docs / "articles" / f"{page.parent.name}.md").metadata
        cited = " ".join(re.sub(r"<[^>]+>", "", re.search(r'<p class="citation" id="citation">(.*?)</p>', text,
                                                            re.S).group(1)).split())
        when = "undated" if not meta.get("date") else None
        tail = (f" {meta['source']}, {when or '.*'}." if meta.get("source") else " Undated." if when else r" \d.*\.")
        assert re.fullmatch(rf"(.+\. )?“.+\.”{tail}( In .*)?", html.unescape(cited)), cited
        seen.add((bool(meta.get("source")), bool(meta.get("date"))))
        # The link preview names the briefing, not the article's publication.
        assert f'<meta property="og:site_name" content="{html.escape(site_name)}">' in text
    assert (False, False) in seen and (False, True) in seen  # (the seeds have both)


def _lastmods(site: Path) -> set[str]:
    return set(re.findall(r"<lastmod>([^<]*)</lastmod>", (site / "sitemap.xml").read_text(encoding="utf-8")))


def test_the_site_is_dated_by_its_newest_article_not_by_the_day_of_the_build(seeds_build: Run,
                                                                             tmp_path: Path) -> None:
    # MkDocs dates each page (the sitemap's <lastmod>) by the day of the build: the same
    # docs built tomorrow made another site. The build takes the newest article's date.
    dates = [str(frontmatter.load(p).get("date")) for p in (seeds_build.docs / "articles").glob("*.md")]
    newest = max(d for d in dates if d != "None")
    assert newest < time.strftime("%Y-%m-%d", time.gmtime())  # (else the test could not tell)
    assert _lastmods(seeds_build.site) == {newest}
    # SOURCE_DATE_EPOCH, the reproducible-builds convention, still wins when it is set.
    os.environ["SOURCE_DATE_EPOCH"] = "1262304000"  # 2010-01-01
    try:
        from briefing.site import build_site
        build_site(REPO / "mkdocs.yml", seeds_build.docs, tmp_path / "site")
    finally:
        del os.environ["SOURCE_DATE_EPOCH"]
    assert _lastmods(tmp_path / "site") == {"2010-01-01"}


# --- the conversion contract -----------------------------------------------------------


def test_front_matter_contract(seeds_build: Run) -> None:
    for path in (seeds_build.docs / "articles").glob("*.md"):
        text = path.read_text(encoding="utf-8")
        assert text.startswith("---\n")
        data = yaml.safe_load(text.split("---\n", 2)[1])
        assert list(data)[: len(CONTRACT_KEYS)] == CONTRACT_KEYS, path.name
        assert isinstance(data["title"], str) and data["title"]
        assert isinstance(data["authors"], list) and isinstance(data["tags"], list)
        assert data["date"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", data["date"])
        assert data["date_source"] in (None, "text", "metadata")
        assert (data["date"] is None) == (data["date_source"] is None)
        assert isinstance(data["word_count"], int) and data["word_count"] > 100
        assert data["summary"] and len(data["summary"]) < 400
        assert (SEEDS / data["source_file"]).is_file()


@pytest.mark.parametrize("seed", sorted(EXPECTED))
def test_seed_facts_are_what_the_text_states(seeds_build: Run, seed: str) -> None:
    post = _articles(seeds_build)[seed]
    for key, value in EXPECTED[seed].items():
        assert post[key] == value, f"{seed}: {key}"
    if post["date"]:
        assert post["date_source"] == "text"


def test_article_bodies_have_no_clutter(seeds_build: Run) -> None:
    for seed, post in _articles(seeds_build).items():
        for phrase in CLUTTER:
            assert phrase not in post.content, f"{seed}: clutter {phrase!r} in body"


def test_bodies_keep_the_article_text(seeds_build: Run) -> None:
    """Opening and closing paragraphs of each seed survive (read off the seeds)."""
    posts = _articles(seeds_build)
    checks = {
        "000_83b9743eff533d4b.txt": ["Microsoft is collaborating on an artificial", "presents them with another aspect"],
        "001_93e3014859d63cd8.txt": ["Western institutions", "not part of the DNA"],
        "002_e6bb970743eb5d51.txt": ["which seeks to purchase the Chinese social", "It is to raid the United States"],
        "003_dc4212f7c7f154ab.txt": ["Marco Rubio has accused Microsoft", "benefit from our work"],
        "004_321923032d3455c5.txt": ["More than two decades of efforts", "exchange foreign technology"],
    }
    for seed, phrases in checks.items():
        text = posts[seed].content.replace("\\", "")
        for phrase in phrases:
            assert phrase in text, f"{seed}: lost {phrase!r}"
        # The preview copy some pages show above the article is not repeated.
        assert text.count(phrases[0]) == 1, f"{seed}: opening paragraph duplicated"


def test_photo_captions_stay_off_the_pages_and_a_quotations_source_is_shown(seeds_build: Run,
                                                                           tmp_path: Path) -> None:
    """A caption without its photo is page furniture: the seeds' two photo captions, lines
    of their own under the headline, are on no built page (test_bodies_keep_the_article_text
    holds the paragraphs around them). The line naming a quotation's source ("[Engadget]")
    is shown under the quotation."""
    for seed, credit in (("000_83b9743eff533d4b.txt", "(Mike Segar/Reuters)"),
                         ("003_dc4212f7c7f154ab.txt", "(Getty)")):
        caption = next(line for line in (SEEDS / seed).read_text(encoding="utf-8").splitlines() if credit in line)
        md = next(p for p in (seeds_build.docs / "articles").glob("*.md")
                  if frontmatter.loads(p.read_text(encoding="utf-8"))["source_file"] == seed)
        page = (seeds_build.site / "articles" / md.stem / "index.html").read_text(encoding="utf-8")
        described = caption.split(" (")[0]  # "A Microsoft building in Beijing"
        assert described not in md.read_text(encoding="utf-8") and described not in page, seed
    excerpts = [
        "The service works as promised on a fast connection, and the games look sharp on a television, "
        "though the controller needs a phone to be set up the first time.",
        "It is not a console. It is a platform for streaming games from the cloud, and you can play its "
        "titles on a television, on a computer or on a phone, although not on every phone.",
    ]
    paragraphs = [
        "The reviews of the streaming service arrived on Tuesday, a week before its launch, and most of "
        "the reviewers were happy with the picture but not with the price of the subscription.",
        "The company said it would add more games every month and that the price would stay the same "
        "for the first year, whatever the number of games in the library by then.",
    ]
    text = "\n\n".join(["The early reviews of the streaming service are in", "By Jane Doe", "March 3, 2021",
                         paragraphs[0], excerpts[0], "[Engadget]", excerpts[1], "[CNET]", paragraphs[1]])
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "reviews.txt").write_text(text, encoding="utf-8")
    run = run_build_site(seeds=seeds, docs=tmp_path / "docs", command="convert")
    assert run.returncode == 0, run.output
    body = _articles(run)["reviews.txt"].content
    assert "*\\[Engadget\\]*" in body and "*\\[CNET\\]*" in body
    assert body.index(excerpts[0][:40]) < body.index("\\[Engadget\\]") < body.index(excerpts[1][:40])


def test_topic_tags_are_canonical(seeds_build: Run) -> None:
    topics = yaml.safe_load((REPO / "topics.yml").read_text(encoding="utf-8"))
    for post in _articles(seeds_build).values():
        assert post["tags"], post["source_file"]
        assert len({t.casefold() for t in post["tags"]}) == len(post["tags"])
        assert set(post["tags"]) <= set(topics)


@pytest.mark.parametrize("filler_words, tagged", [(400, True), (2400, False)])
def test_a_topic_needs_its_mentions_to_be_more_than_passing(filler_words: int, tagged: bool,
                                                           tmp_path: Path) -> None:
    """Two mentions tag a short article; in a long one they are passing mentions
    (MIN_TOPIC_MENTIONS_PER_1000_WORDS), and the decision says so."""
    from briefing.enrich import assign_topics, load_topics
    from briefing.model import Article, Block

    topics_file = tmp_path / "topics.yml"
    topics_file.write_text("Harbour works:\n  phrases: [harbour works]\n", encoding="utf-8")
    filler = "The council met again and talked about the budget for the coming year. "  # 14 words
    paragraphs = ["The harbour works began in March.", "The harbour works will end soon."]
    paragraphs += [filler * 10] * (filler_words // 140)
    article = Article(source_file="x.txt", title="Council news", blocks=[Block("paragraph", p) for p in paragraphs])
    assign_topics(article, load_topics(topics_file))
    assert (article.tags == ["Harbour works"]) is tagged
    assert any("passing mention" in d for d in article.decisions) is not tagged


def test_the_default_ccp_topic_is_not_any_communist_party() -> None:
    """A review's probes: the project's topic "Chinese Communist Party" had the bare phrase
    "Communist party", which tagged an article about Vietnam's Communist Party with it (and so
    related it to an article on the CCP's united front); China's party is still the topic."""
    from briefing.enrich import assign_topics, load_topics
    from briefing.model import Article, Block

    topics = load_topics(REPO / "topics.yml")
    texts = {"Vietnam's Communist Party named To Lam its leader. The Communist party's central committee met.": [],
             "China's Communist Party met in Beijing. The Communist Party of China named a new committee.":
                 ["Chinese Communist Party"]}
    for text, tags in texts.items():
        article = Article(source_file="x.txt", title="Party news", blocks=[Block("paragraph", text)])
        assign_topics(article, topics)
        assert article.tags == tags, text


def test_a_topics_phrases_in_chinese_or_japanese_are_found_inside_their_text(tmp_path: Path) -> None:
    """Chinese and Japanese write words without spaces: a topic's phrase "金属镓" or "出口管制"
    was matched only as a whole word, and so never, in a Xinhua story that names export
    control 8 times (a reviewer's critical minerals briefing). A phrase of two characters or
    more is found inside the text; one of one character is a part of too many words ("银" of
    "银行", a bank, in a false-positive review's story) and is not; a phrase in letters is
    still a whole word."""
    from briefing.enrich import assign_topics, load_topics
    from briefing.model import Article, Block

    topics_file = tmp_path / "topics.yml"
    topics_file.write_text("Gallium:\n  phrases: [gallium, 金属镓, 镓价, ガリウム]\n"
                           "Export controls:\n  phrases: [export control*, 出口管制, 輸出規制]\n"
                           "Silver:\n  phrases: [silver, 银]\n", encoding="utf-8")
    topics = load_topics(topics_file)
    paragraphs = ["商务部、海关总署7月3日发布公告，决定对镓、锗相关物项实施出口管制，自8月1日起正式实施。",
                  "公告称，满足相关特性的镓相关物项，未经许可，不得出口。出口经营者应当向商务部申请许可。",
                  "业内人士表示，中国是全球最大的金属镓生产国，此次出口管制将影响海外半导体企业，镓价已经上涨。",
                  "工商银行和建设银行的分析师认为，银行业不会受到影响。"]
    article = Article(source_file="x.txt", title="商务部对镓锗实施出口管制",
                      blocks=[Block("paragraph", p) for p in paragraphs])
    assign_topics(article, topics)
    assert article.tags == ["Export controls", "Gallium"]
    article = Article(source_file="y.txt", title="中国、ガリウムの輸出規制を発表",
                      blocks=[Block("paragraph", "中国商務省は3日、半導体材料のガリウムとゲルマニウムの輸出規制を8月1日から"
                                                 "実施すると発表した。ガリウムの輸出には許可が必要になる。")])
    assign_topics(article, topics)
    assert article.tags == ["Export controls", "Gallium"]
    # Korean sets its particles right after the word (a first-time user's Yonhap story: "수출 통제를" was no "수출 통제")
    (tmp_path / "ko.yml").write_text("Export controls:\n  phrases: [수출 통제, 반도체 장비]\n", encoding="utf-8")
    korean = load_topics(tmp_path / "ko.yml")
    article = Article(source_file="k.txt", title="미국, 중국 공장에 장비 반입 허용",
                      blocks=[Block("paragraph", "미국 정부는 중국에 대한 반도체 장비 수출 통제를 강화했다. 미국산 반도체 "
                                                 "장비를 들여오려면 허가가 필요하다.")])
    assign_topics(article, korean)
    assert article.tags == ["Export controls"]
    article = Article(source_file="k2.txt", title="수출 통제력 논란",
                      blocks=[Block("paragraph", "수출 통제력이 약해졌다는 지적이 나왔다. 수출 통제력 강화가 필요하다.")])
    assign_topics(article, korean)
    assert article.tags == []
    (tmp_path / "ko2.yml").write_text("Economy:\n  phrases: [경기]\n", encoding="utf-8")
    article = Article(source_file="k3.txt", title="경기도 버스 파업",
                      blocks=[Block("paragraph", "경기도 버스 노조가 파업에 들어갔다. 경기도는 비상 수송 대책을 내놓았다.")])
    assign_topics(article, load_topics(tmp_path / "ko2.yml"))
    assert article.tags == []  # (Gyeonggi Province, not "경기" and a particle)
    article = Article(source_file="z.txt", title="Galliumarsenide wafers",
                      blocks=[Block("paragraph", "Galliumarsenide wafers and galliumnitride chips sold well.")])
    assign_topics(article, topics)
    assert article.tags == []


def test_a_topics_phrase_in_bengali_takes_the_case_ending_joined_to_it(tmp_path: Path) -> None:
    """Bengali joins its case endings to a word: a first-time user's Bangladesh briefing gave the topic
    "India–Bangladesh relations" the phrase "ভারত", and a Prothom Alo story's "ভারতকে" (to India) and "ভারতের"
    (India's) were no mentions of it. A word going on otherwise is another word: "ভারতীয়" (Indian), whose
    vowel sign Python's \\w takes for no letter, and "ভোটার" (voter) are no "ভারত", no "ভোট"."""
    from briefing.enrich import assign_topics, load_topics
    from briefing.model import Article, Block

    topics_file = tmp_path / "topics.yml"
    topics_file.write_text("India:\n  phrases: [ভারত]\n  min_mentions: 3\nVote:\n  phrases: [ভোট]\n",
                           encoding="utf-8")
    topics = load_topics(topics_file)
    article = Article(source_file="x.txt", title="রায়ের পর",
                      blocks=[Block("paragraph", "শেখ হাসিনা ভারতে আছেন। ভারতকে চিঠি দেবে সরকার। ভারতের জবাব আসেনি।")])
    assign_topics(article, topics)
    assert article.tags == ["India"]
    article = Article(source_file="y.txt", title="রায়ের পর",
                      blocks=[Block("paragraph", "ভারতীয় দল এল। ভারতীয় ভোটার। ভারত। ভোটারদের সারি।")])
    assign_topics(article, topics)
    assert article.tags == []
    # (nor, in Hindi, "भारतीय" (Indian) the phrase "भारत", a code review's probe: Hindi writes "भारत की", "भारत में")
    topics_file.write_text("India:\n  phrases: [भारत]\n  min_mentions: 2\n", encoding="utf-8")
    for text, tags in (("भारतीय सेना ने कहा। भारतीय दल आया।", []),
                       ("भारत की सरकार ने कहा। भारत में चुनाव।", ["India"])):
        article = Article(source_file="z.txt", title="चुनाव", blocks=[Block("paragraph", text)])
        assign_topics(article, load_topics(topics_file))
        assert article.tags == tags, text


@pytest.mark.parametrize("text, tagged", [
    ("Rationing began in the city.", False),  # one mention, matched by "rationing" and "ration*"
    ("Rainwater harvesting was urged.", False),  # by "rainwater" and "rainwater harvesting"
    ("Rationing began. Rainwater harvesting was urged.", True),  # two mentions
])
def test_a_mention_matched_by_two_phrases_counts_once(text: str, tagged: bool, tmp_path: Path) -> None:
    from briefing.enrich import assign_topics, load_topics
    from briefing.model import Article, Block

    topics_file = tmp_path / "topics.yml"
    topics_file.write_text("Water:\n  phrases: [rationing, ration*, rainwater, rainwater harvesting]\n",
                           encoding="utf-8")
    article = Article(source_file="x.txt", title="City news", blocks=[Block("paragraph", text)])
    assign_topics(article, load_topics(topics_file))
    assert (article.tags == ["Water"]) is tagged


def test_two_code_listings_in_a_row_stay_two_blocks() -> None:
    """Two listings with nothing between them on the page (or only a caption, which the page
    leaves out) are two code blocks, as in the article, not one run of lines."""
    import markdown

    from briefing.model import Article, Block
    from briefing.write import render_body

    first, second = "$ pip install requests\n$ python app.py", "import requests\nprint(requests.get(URL).text)"
    for between in ([], [Block("caption", "Figure 1: the output")]):
        article = Article(source_file="x.txt", blocks=[Block("paragraph", "Run it:"), Block("code", first),
                                                       *between, Block("code", second)])
        html = markdown.markdown(render_body(article), extensions=["toc"])
        blocks = re.findall(r"<pre><code>(.*?)</code></pre>", html, re.S)
        assert [b.strip() for b in blocks] == [first, second], html


def test_bulleted_paragraphs_are_one_list_whose_items_keep_their_anchors() -> None:
    """Items of a list, pasted with their bullets ("- ", "• "), had been a paragraph each,
    spaced apart, the bullet a character of the text: they are one list of items, each
    still the target of its paragraph link. A dash of another width is no bullet."""
    import markdown

    from briefing.model import Article, Block
    from briefing.write import render_body

    items = ["- repairs to twelve schools;", "• a new bus route to the *harbour*;", "- two more street cleaners."]
    article = Article(source_file="x.txt", blocks=[
        Block("paragraph", "It asks for:", "p-1"), *(Block("paragraph", t, f"p-{k}") for k, t in enumerate(items, 2)),
        Block("paragraph", "– Jo Roe, the council's treasurer", "p-5"), Block("paragraph", "- alone", "p-6")])
    html = markdown.markdown(render_body(article), extensions=["toc"])
    lists = re.findall(r"<ul>(.*?)</ul>", html, re.S)
    assert len(lists) == 1, html
    got = re.findall(r'<li><a class="para-anchor" id="(p-\d)"[^>]*>¶</a> (.*?)</li>', lists[0])
    assert got == [("p-2", "repairs to twelve schools;"), ("p-3", "a new bus route to the *harbour*;"),
                   ("p-4", "two more street cleaners.")]
    assert "<p>" not in lists[0]  # a tight list
    assert re.search(r'<p><a class="para-anchor" id="p-5"[^>]*>¶</a> – Jo Roe', html)
    # A lone bulleted paragraph is a note, not a list of one ("* Names marked with an asterisk
    # have been changed"); a listing under a list's last item is not pulled into the item.
    assert re.search(r'<p><a class="para-anchor" id="p-6"[^>]*>¶</a> - alone</p>', html)
    article = Article(source_file="x.txt", blocks=[Block("paragraph", "- Create it:", "p-1"),
                                                   Block("paragraph", "- Then run:", "p-2"),
                                                   Block("code", "python3 -m venv .venv\nsource .venv/bin/activate")])
    html = markdown.markdown(render_body(article), extensions=["toc"])
    assert "<pre><code>python3 -m venv .venv\nsource .venv/bin/activate\n</code></pre>" in html, html
    assert html.count("<li>") == 2


def test_verbose_says_each_decision_once_per_article(tmp_path: Path) -> None:
    """-v: a progress line per seed, then each article's decisions once, under its name."""
    run = run_build_site("-v", docs=tmp_path / "docs", command="convert")
    assert run.returncode == 0, run.output
    seeds = sorted(p.name for p in SEEDS.glob("*.txt"))
    for seed in seeds:
        assert run.output.count(f"{seed} -> articles/") == 1, seed
    titles = re.findall(r"(?<!sub)title: line \d+", run.output)  # the headline decision
    assert len(titles) == len(seeds), titles


# --- the built site --------------------------------------------------------------------


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"])  # type: ignore[arg-type]
        if tag in ("a", "link") and a.get("href"):
            self.links.append(a["href"])  # type: ignore[arg-type]
        if tag in ("script", "img") and a.get("src"):
            self.links.append(a["src"])  # type: ignore[arg-type]


def test_every_internal_link_and_anchor_resolves(seeds_build: Run) -> None:
    """An independent link check of the built HTML (not the converter's own checker)."""
    site = seeds_build.site
    pages: dict[str, _Links] = {}
    for html_file in site.rglob("*.html"):
        parser = _Links()
        parser.feed(html_file.read_text(encoding="utf-8"))
        pages[html_file.relative_to(site).as_posix()] = parser
    broken = []
    checked = 0
    for rel, parser in pages.items():
        if rel == "404.html":
            continue  # uses absolute links under site_url's path, checked in the browser tests
        for link in parser.links:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc:
                continue
            target = rel
            if parts.path:
                target = posixpath.normpath(posixpath.join(posixpath.dirname(rel), unquote(parts.path)))
                if (site / target).is_dir():
                    target = posixpath.join(target, "index.html")
                if not (site / target).exists():
                    broken.append(f"{rel}: {link}")
                    continue
            if parts.fragment and target in pages and unquote(parts.fragment) not in pages[target].ids:
                broken.append(f"{rel}: {link} (no such anchor)")
            checked += 1
    assert checked > 100
    assert not broken, "\n".join(broken[:20])


def test_search_index_holds_every_article(seeds_build: Run) -> None:
    index = json.loads((seeds_build.site / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = {doc["location"].split("#")[0] for doc in index["docs"]}
    titles = {doc["title"] for doc in index["docs"]}
    for seed, post in _articles(seeds_build).items():
        slug = next(p.stem for p in (seeds_build.docs / "articles").glob("*.md")
                    if frontmatter.load(p)["source_file"] == seed)
        assert f"articles/{slug}/" in locations, seed
        assert post["title"] in titles, seed
    kuberay = [d for d in index["docs"] if "KubeRay" in d["text"]]
    assert kuberay and all(d["location"].startswith("articles/") for d in kuberay)
    # The timeline's filter menus, which name every topic and entity, are no text to find it by.
    timeline = " ".join(d["text"] for d in index["docs"] if d["location"].startswith("timeline/"))
    assert timeline and "All topics" not in timeline and "All people" not in timeline
    # Entity pages, which list the articles' headlines, rank under the articles (a first-time user's search
    # for "galerie" listed thirteen entity pages before the second article that says it)
    entities = [d for d in index["docs"] if re.match(r"entities/[^/#]+/", d["location"])]  # (not their overview)
    assert entities and all(d.get("boost", 1) < 1 for d in entities)
    assert all(d.get("boost", 1) == 1 for d in index["docs"] if d["location"].startswith("articles/"))


def test_the_not_found_page_says_where_to_go(seeds_build: Run) -> None:
    """The host's page for an address with no page links to the home page (under site_url's path)."""
    html = (seeds_build.site / "404.html").read_text(encoding="utf-8")
    assert re.search(r'<a href="/briefing/\.?">home page</a>', html), html[-2000:]


def test_timeline_lists_every_article_with_undated_ones_apart(seeds_build: Run) -> None:
    html = (seeds_build.site / "timeline" / "index.html").read_text(encoding="utf-8")
    for post in _articles(seeds_build).values():
        assert post["title"].replace("’", "&rsquo;") in html or post["title"] in html
    assert 'id="undated-articles"' in html
    undated_part = html.split('id="undated-articles"', 1)[1]
    for post in _articles(seeds_build).values():
        if post["date"] is None:
            assert post["title"] in undated_part
    # An undated row says "Undated", with no "Published" label beside it to read as its date.
    assert '<span class="tl-date">Undated</span> <a' in undated_part
    assert '<span class="tl-kind">Published</span>' not in undated_part
    assert 'datetime="2019-04-12"' in html and 'datetime="2020-08-31"' in html
    # The count of articles by date says the undated ones are apart (a first-time user read "14 articles" on a
    # site of 16 as two missing).
    n_undated = sum(post["date"] is None for post in _articles(seeds_build).values())
    assert f"{len(_articles(seeds_build)) - n_undated} articles by publication date" in html
    assert f"{n_undated} article{' does' if n_undated == 1 else 's do'} not state when" in html, n_undated


def test_home_page_summarises_the_briefing(seeds_build: Run) -> None:
    html = (seeds_build.site / "index.html").read_text(encoding="utf-8")
    assert "5 articles" in html
    assert "12 April 2019" in html and "31 August 2020" in html
    assert "National Review" in html


# --- determinism and safety ------------------------------------------------------------


def test_two_conversions_are_byte_identical(tmp_path: Path) -> None:
    first = run_build_site(docs=tmp_path / "a" / "docs", command="convert")
    second = run_build_site(docs=tmp_path / "b" / "docs", command="convert")
    assert first.returncode == second.returncode == 0, first.output + second.output
    assert _tree_bytes(first.docs) == _tree_bytes(second.docs)
    again = run_build_site(docs=tmp_path / "a" / "docs", command="convert")
    assert "0 changed, 0 removed" in again.stdout
    assert _tree_bytes(first.docs) == _tree_bytes(again.docs)


def _seed_dir(tmp_path: Path, extra: dict[str, bytes]) -> Path:
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    for name, data in extra.items():
        (seeds / name).write_bytes(data)
    return seeds


def test_script_in_a_seed_is_shown_as_text(tmp_path: Path) -> None:
    article = (
        "Hostile page copied by an analyst\n\nBy Jane Doe\n\n"
        "The page carried a script tag inside an ordinary paragraph of reporting, which an analyst "
        "copied along with the rest: <script>alert(1)</script> and the story went on from there.\n\n"
        "A second paragraph of ordinary reporting follows, with enough words to read as prose to the "
        "extractor and to anybody reading the briefing later.\n"
    )
    seeds = _seed_dir(tmp_path, {"hostile.txt": article.encode()})
    run = run_build_site(seeds=seeds, docs=tmp_path / "docs", site=tmp_path / "site")
    assert run.returncode == 0, run.output
    page = next((tmp_path / "site" / "articles").glob("hostile-page*/index.html")).read_text(encoding="utf-8")
    content = page.split('class="md-content__inner', 1)[1]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in content
    assert "<script>alert(1)" not in page


def test_one_broken_seed_is_reported_and_the_rest_build(tmp_path: Path) -> None:
    seeds = _seed_dir(tmp_path, {"broken.txt": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4})
    run = run_build_site(seeds=seeds, docs=tmp_path / "docs", site=tmp_path / "site")
    assert run.returncode == 1, run.output
    assert "broken.txt: binary file" in run.stderr
    assert "5 articles converted, 1 skipped" in run.stdout
    assert len(list((tmp_path / "site" / "articles").iterdir())) == 5


def test_a_saved_page_cut_off_inside_a_tag_is_skipped_or_warned_of(tmp_path: Path) -> None:
    """An EU AI Act user's saved page cut off in its <head>, inside a meta tag: the tag's text
    (<meta property="og:description" content="From Sunday, …) was published as the article's
    body and summary, dated from its headline, with no word said. A page cut off with no text
    is skipped, saying why; one cut off in its text is converted with a warning."""
    head = ('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            "<title>The harbour office gets its powers: what changes on 2 August 2026</title>\n"
            '<meta property="og:title" content="The harbour office gets its powers">\n')
    paras = "".join(f"<p>Paragraph {i} of the council's budget story, which runs long enough to be a paragraph "
                    f"of an article and not a line of a page's furniture.</p>" for i in range(6))
    seeds = _seed_dir(tmp_path, {
        "truncated.html": (head + '<meta property="og:description" content="From Sunday, the harbour off').encode(),
        "half.html": (head + f"</head><body><article><h1>Council approves budget</h1>{paras}<p class=").encode()})
    run = run_build_site(seeds=seeds, docs=tmp_path / "docs", command="convert")
    assert run.returncode == 1, run.output
    assert ("truncated.html: no article text found: the saved page stops inside a tag, before its end (saved or "
            "copied only in part?); save the page again, whole") in run.stderr, run.stderr
    assert "half.html: the saved page stops inside a tag, before its end" in run.stderr, run.stderr
    assert "6 articles converted, 1 skipped" in run.stdout, run.stdout
    assert not any("<meta" in str(post) for post in _articles(run).values())


def test_a_saved_page_too_deep_for_the_html_parser_converts_without_anonymous_messages(tmp_path: Path) -> None:
    """A page nested deeper than lxml follows: its article is read from its visible text, and
    the HTML libraries' own log lines, which name no file ("discarding data: None"), are not
    printed among the run's messages (they are the article's decisions: -v)."""
    paras = "".join(f"<p>Paragraph {i} of the council's budget story, which runs long enough to be a paragraph "
                    f"of an article and not a line of a page's furniture.</p>" for i in range(6))
    page = (f"<html><head><title>Council approves budget</title></head><body>{'<font size=2>' * 300}"
            f"<article><h1>Council approves budget</h1>{paras}</article></body></html>")
    seeds = _seed_dir(tmp_path, {"deep.html": page.encode()})
    run = run_build_site(seeds=seeds, docs=tmp_path / "docs", command="convert")
    assert run.returncode == 0, run.output
    assert "6 articles converted, 0 skipped" in run.stdout
    messages = [line for line in run.stderr.splitlines() if line.startswith(("warning:", "error:"))]
    assert all(re.search(r"\.(?:txt|html|yml)\b", line) for line in messages), run.stderr
    assert "discarding data" not in run.stderr and "parsed tree" not in run.stderr, run.stderr
    post = next(p for p in _articles(run).values() if p["source_file"] == "deep.html")
    assert post["title"] == "Council approves budget"


def test_every_extraction_module_is_part_of_the_extraction_caches_key() -> None:
    """A change to any module of the extract stage invalidates the cached extractions:
    extract_markdown.py (new) had been left out of the list, so an edit to it would have
    left .md seeds as the old code extracted them."""
    from briefing import pipeline

    modules = {p.name for p in (REPO / "briefing").glob("extract*.py")}
    assert modules <= set(pipeline._EXTRACT_CODE), modules - set(pipeline._EXTRACT_CODE)


def test_a_seed_whose_extraction_failed_says_why(tmp_path: Path) -> None:
    """An extraction that raised (extract.extract records it, never raises) is reported with
    the error, not as a page without article text."""
    article = Article(source_file="odd.html", decisions=[f"{EXTRACTION_FAILED}RecursionError: too deep"])
    with pytest.raises(SeedError, match=r"could not be converted \(RecursionError: too deep\)"):
        finish_article(article, {})
    with pytest.raises(SeedError, match="no article text found"):
        finish_article(Article(source_file="menu.txt"), {})
    # (a page of tables, no prose, is text: a market-data page's rates, a first-time user's central-banks briefing)
    rates = Article(source_file="rates.txt", title="Central banks: key interest rates",
                    blocks=[Block("table", "Central bank\tRate\tNext meeting\nFederal Reserve\t5.00%\tNov 07, 2024")])
    finish_article(rates, {})
    with pytest.raises(SeedError, match="no article text found"):
        finish_article(Article(source_file="photo.txt", blocks=[Block("caption", "A photo of the harbour.")]), {})


def test_metadata_file_corrects_and_reports(tmp_path: Path) -> None:
    metadata = (
        "004_321923032d3455c5.txt:\n  date: 2020-08-05\n  source: Nikkei Asia\n"
        "001_93e3014859d63cd8.txt:\n  date: 2019-02-30\n  colour: blue\n  autors: Jane Roe\n"
        "002_e6bb970743eb5d51.txt:\n  date: 9999-12-31\n"
    )
    seeds = _seed_dir(tmp_path, {"metadata.yml": metadata.encode()})
    run = run_build_site(seeds=seeds, docs=tmp_path / "docs", command="convert")
    # (corrections not used: the run's status says so, and its summary, which -q keeps; a first-time user's
    # misspelt "autors:" had been ignored with status 0)
    assert run.returncode == 1, run.output
    assert "4 metadata.yml fields not used (why each is said above)" in run.stdout
    assert "metadata.yml: 001_93e3014859d63cd8.txt: date:" in run.stderr
    assert "metadata.yml: 001_93e3014859d63cd8.txt: colour: unknown field (allowed:" in run.stderr
    assert "metadata.yml: 001_93e3014859d63cd8.txt: autors: unknown field: did you mean 'authors'?" in run.stderr
    # (a date past LATEST_YEAR is a typing error: a sitemap cannot even hold it)
    assert "002_e6bb970743eb5d51.txt: date: '9999-12-31' is not a publication date (a year from 1800 to 2099); " \
        "ignored" in run.stderr
    posts = _articles(run)
    assert posts["004_321923032d3455c5.txt"]["date"] == "2020-08-05"
    assert posts["004_321923032d3455c5.txt"]["date_source"] == "metadata"
    assert posts["004_321923032d3455c5.txt"]["source"] == "Nikkei Asia"
    assert posts["001_93e3014859d63cd8.txt"]["date"] is None
    assert posts["002_e6bb970743eb5d51.txt"]["date"] != "9999-12-31"
    # -q keeps them, which the summary points to (a first-time user's quiet run said "why each is said above"
    # of nothing)
    quiet = run_build_site("-q", seeds=seeds, docs=tmp_path / "docs", command="convert")
    assert quiet.returncode == 1 and "(why each is said above)" in quiet.stdout
    assert "autors: unknown field: did you mean 'authors'?" in quiet.stderr, quiet.output


def _nexis_document(title: str, paper: str, day: str, byline: str, text: str) -> str:
    return (f"{title}\n\n{paper}\n\n{day}\n\nCopyright 2024 {paper} All Rights Reserved\n\n"
            f"Section: NEWS; Pg. A1\nLength: 412 words\nByline: {byline}\n\nBody\n\n\n{text}\n\n\n"
            "Classification\n\nLanguage: ENGLISH\n\nPublication-Type: Newspaper\n\n"
            f"Load-Date: {day.rsplit(' ', 1)[0]}\n\n\nEnd of Document\n\n")


_HARBOUR_TEXTS = (
    "The harbour authority said on Monday that it had closed the northern quay after inspectors found cracks in "
    "the concrete piles that carry the container cranes, and that ships would be sent to the southern berths.",
    "Engineers hired by the city told the council on Tuesday that the cracks had grown since the last survey and "
    "that the quay could not reopen before the piles were replaced, which would take most of the year.",
    "The council voted on Wednesday to borrow the money for new piles after a long debate in which the mayor said "
    "the port could not wait for the national government to decide on its own plan for the coast.",
)


def test_a_database_export_of_several_documents_is_an_article_each(tmp_path: Path) -> None:
    """A first-time user's Nexis Uni export of five articles in one file became one page, titled by the results
    list's cover, the other four lost and nothing said. Each document is an article, named "<file>#<k>" (in the
    front matter and in metadata.yml), and one document with the same end line stays one seed."""
    export = "Results list: 3 documents\nDelivered via Nexis Uni, City Library\n\n" + "".join(
        _nexis_document(title, paper, day, byline, text) for title, paper, day, byline, text in (
            ("Harbour closes northern quay after cracks found", "The Harbour Gazette", "March 4, 2024 Monday",
             "Ann Doe", _HARBOUR_TEXTS[0]),
            ("Engineers say quay cannot reopen this year", "Coastal Times", "March 6, 2024 Wednesday",
             "John Roe", _HARBOUR_TEXTS[1]),
            ("Council votes to borrow for new quay piles", "The Harbour Gazette", "March 7, 2024 Thursday",
             "Ann Doe", _HARBOUR_TEXTS[2])))
    single = _nexis_document("Port traffic moves south", "Coastal Times", "March 8, 2024 Friday", "John Roe",
                             _HARBOUR_TEXTS[0].replace("Monday", "Friday"))
    metadata = "export.txt#2:\n  source: Coastal Times Online\n"
    seeds = _seed_dir(tmp_path, {"export.txt": export.encode(), "single.txt": single.encode(),
                                 "metadata.yml": metadata.encode()})
    run = run_build_site(seeds=seeds, docs=tmp_path / "docs", command="convert")
    assert run.returncode == 0, run.output
    assert "export.txt: 3 documents of a database's export, each an article (export.txt#1 … #3)" in run.stderr
    posts = _articles(run)
    assert {name for name in posts if name.startswith(("export", "single"))} == {
        "export.txt#1", "export.txt#2", "export.txt#3", "single.txt"}
    assert [posts[f"export.txt#{k}"]["date"] for k in (1, 2, 3)] == ["2024-03-04", "2024-03-06", "2024-03-07"]
    assert posts["export.txt#3"]["title"] == "Council votes to borrow for new quay piles"
    assert "Engineers hired by the city" in posts["export.txt#2"].content
    assert "Engineers hired by the city" not in posts["export.txt#1"].content + posts["export.txt#3"].content
    assert posts["export.txt#2"]["source"] == "Coastal Times Online"  # (its metadata.yml entry)
    assert "not used" not in run.output
    # from the cache, the same pages
    again = run_build_site(seeds=seeds, docs=tmp_path / "docs", command="convert")
    assert again.returncode == 0 and "0 changed, 0 removed" in again.stdout, again.output


_BODY = "The committee met again to discuss the harbour and its cranes, and the minutes were published later.\n"
_NEXIS = "Length: 412 words\n" + _BODY + "Load-Date: March 5, 2024\n"


@pytest.mark.parametrize("text, expected", [
    # Factiva's accession lines, bare (its article display, its word count) and in the field-coded export
    (f"One\n612 words\n{_BODY}Document WSJO000020240106ek160009x\n\nTwo\nWC 412 words\n{_BODY}"
     "AN Document LBA0000020240112ek1c00abc\n", 2),
    # ProQuest's records, each under "Document k of n"
    ("".join(f"Document {k} of 3\n{title}\n{_BODY}ProQuest document ID: 29334512{k}\n"
             for k, title in enumerate(("One", "Two", "Three"), 1)), 3),
    # Nexis Uni's, each ending "End of Document"; two marks in a row (nothing between them) make no empty document
    (f"One\n{_NEXIS}End of Document\nEnd of Document\nTwo\n{_NEXIS}End of Document\n", 2),
    # one document is a seed as it is; so is a page that mentions the mark in a sentence, or counts out of order
    (f"One\n{_NEXIS}End of Document\n", 1),
    (f"One\n{_BODY}The words End of Document close every record.\nTwo\n{_BODY}End of Document closes it.\n", 1),
    ("".join(f"Document {k} of 9\nOne\n{_BODY}ProQuest document ID: 2933451{k}\n" for k in (2, 7)), 1),
    # ... and a library's guide that shows the marks on their own lines, a story quoting them, a page listing court
    # filings as "Document 1 of 3": no document of theirs holds its database's fields (a review's probes)
    (f"How to save from Nexis Uni\n{_BODY}Each article ends with the line:\nEnd of Document\n{_BODY}"
     f"and the next one with\nEnd of Document\n{_BODY}", 1),
    (f"My notes on the sources\n{_BODY}The WSJ piece was:\nDocument WSJO000020240106ek160009x\n"
     f"and for the Reuters piece it was:\nDocument LBA0000020240112ek1c00abc\n{_BODY}", 1),
    ("".join(f"Document {k} of 3\nThe court's filing number {k}.\n{_BODY}" for k in (1, 2, 3)), 1),
])
def test_the_documents_of_a_database_export(text: str, expected: int) -> None:
    """read.split_documents: a database's batch of documents, split at its own marks, nothing lost."""
    from briefing.read import split_documents

    documents = split_documents(text)
    assert len(documents) == expected
    assert "".join(documents) == text


def test_an_archive_dated_before_1970_builds(tmp_path: Path) -> None:
    """Articles of the 1960s: the site is dated by the newest (the sitemap's <lastmod>), but a
    gzip file holds no time before 1970, and MkDocs' sitemap.xml.gz had crashed the build."""
    names = sorted(p.name for p in SEEDS.glob("*.txt"))
    metadata = "".join(f"{name}:\n  date: 196{i}-07-20\n" for i, name in enumerate(names))
    seeds = _seed_dir(tmp_path, {"metadata.yml": metadata.encode()})
    run = run_build_site(seeds=seeds, docs=tmp_path / "docs", site=tmp_path / "site")
    assert run.returncode == 0, run.output
    assert sorted(post["date"] for post in _articles(run).values()) == [f"196{i}-07-20" for i in range(len(names))]
    assert _lastmods(run.site) == {"1970-01-01"}  # (the earliest a gzip file holds)


def test_metadata_clears_what_the_text_gave_wrong_and_names_the_seed_meant(tmp_path: Path) -> None:
    """An empty date, publication or byline takes the extracted one away (it was ignored);
    a title is never empty; an entry whose name is no seed's says which seed it likely means."""
    metadata = (
        "003_dc4212f7c7f154ab.txt:\n  date: null\n  source: ~\n  authors: []\n  title: ''\n"
        "000_83B9743EFF533D4B.TXT:\n  title: Case\n"
        "001_93e3014859d63cd8:\n  title: No extension\n"
        "002_e6bb970743eb5d51.txt:\n"
    )
    seeds = _seed_dir(tmp_path, {"metadata.yml": metadata.encode()})
    run = run_build_site(seeds=seeds, docs=tmp_path / "docs", command="convert")
    assert run.returncode == 1, run.output  # (two entries unused: see the renamed seed's test)
    post = _articles(run)["003_dc4212f7c7f154ab.txt"]
    assert (post["date"], post["date_source"], post["source"], post["authors"]) == (None, None, None, [])
    assert post["title"]
    assert "003_dc4212f7c7f154ab.txt: title: empty; ignored" in run.stderr
    assert "000_83B9743EFF533D4B.TXT: no such seed file; entry ignored (did you mean 000_83b9743eff533d4b.txt?)" \
        in run.stderr
    assert "001_93e3014859d63cd8: no such seed file; entry ignored (did you mean 001_93e3014859d63cd8.txt?)" \
        in run.stderr
    assert "002_e6bb970743eb5d51.txt: no fields under it" in run.stderr


def test_a_metadata_title_the_text_took_for_a_standfirst_is_not_both() -> None:
    """A blog's tagline was taken for the headline and the headline for the standfirst; the
    analyst's metadata.yml names the headline: it was then title and subtitle both."""
    from briefing.model import Article
    from briefing.pipeline import apply_metadata

    headline = "GPAI obligations, three months in: what the AI Office is actually asking for"
    article = Article("03_lawfirm_blog.md", title="A blog on European technology law", subtitle=headline)
    apply_metadata(article, {"title": headline})
    assert (article.title, article.subtitle) == (headline, None)
    article = Article("a.md", title="A blog", subtitle="Another line")
    apply_metadata(article, {"title": "The headline"})
    assert article.subtitle == "Another line"


def test_a_text_of_few_words_kept_is_reported(tmp_path: Path) -> None:
    """A first-time user's video transcript kept 27 words of its text, and the run said nothing: an article's text
    of under 40 words is worth a look, and the warning says how to see what was taken."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "short.txt").write_text("Council approves budget\n\nBy Jane Doe\n\nMarch 3, 2021\n\n"
                                     "The council voted on Tuesday to approve the new budget for the city.\n",
                                     encoding="utf-8")
    (seeds / "long.txt").write_text("Council delays the vote on parking\n\nBy Jane Doe\n\nMarch 4, 2021\n\n"
                                    + "\n\n".join(f"The council voted on {day} to approve part {n} of the new budget "
                                                    "for the city, which includes more money for schools and roads."
                                                    for n, day in enumerate(("Monday", "Tuesday", "Friday"), 1)),
                                    encoding="utf-8")
    run = run_build_site(seeds=seeds, docs=tmp_path / "docs", command="convert")
    assert run.returncode == 0, run.output
    assert "warning: short.txt: only 13 words of text kept; if the page has more, `build_site.py convert -v` says " \
           "which lines were taken" in " ".join(run.stderr.split()), run.stderr
    assert "long.txt: only" not in run.stderr
    # (nor a text in a script that sets no spaces between its words: a review's Thai page was "only 4 words")
    (seeds / "long.txt").write_text("สภาเมืองอนุมัติงบประมาณ\n\n3 มีนาคม 2564\n\n" + "\n\n".join(
        ["สภาเทศบาลลงมติเมื่อวันอังคารอนุมัติงบประมาณใหม่ของเมืองซึ่งรวมถึงเงินสำหรับโรงเรียนและการซ่อมถนน",
         "ฝ่ายค้านกล่าวว่าแผนดังกล่าวเร่งรีบเกินไปและประชาชนไม่มีเวลาเพียงพอที่จะอ่าน",
         "งบประมาณจะมีผลบังคับใช้ในเดือนมกราคมเมื่อปีงบประมาณใหม่เริ่มต้นขึ้นและจะได้รับการทบทวนอีกครั้งในฤดูร้อน",
         "ภาษีอสังหาริมทรัพย์เชิงพาณิชย์เพิ่มขึ้นร้อยละสองซึ่งเป็นการเพิ่มครั้งแรกนับตั้งแต่สภาตรึงไว้เมื่อสิบปีก่อน"]),
        encoding="utf-8")
    run = run_build_site(seeds=seeds, docs=tmp_path / "docs", command="convert")
    assert "long.txt: only" not in run.stderr, run.stderr


def test_a_metadata_title_the_text_took_for_its_first_paragraph_is_not_both() -> None:
    """A first-time user's UN release and Saba page, their menus or the agency's name taken for the title: the
    headline metadata.yml gives was still the text's first paragraph, and its summary. Not a later paragraph that
    happens to say the same, nor one that says more."""
    from briefing.model import Article, Block
    from briefing.pipeline import apply_metadata

    headline = "Council Demands an End to Attacks on Merchant Vessels"
    text = ["The council today demanded an end to the attacks.", "It voted 11 to none."]
    article = Article("a.txt", title="Home  News  Council", blocks=[Block("paragraph", headline.upper()),
                                                                    *(Block("paragraph", t) for t in text)])
    apply_metadata(article, {"title": headline})
    assert [b.text for b in article.blocks] == text
    article = Article("a.txt", title="Home", blocks=[Block("paragraph", f"{headline}, the council said."),
                                                     *(Block("paragraph", t) for t in text), Block("paragraph", headline)])
    apply_metadata(article, {"title": headline})
    assert len(article.blocks) == 4
    # (nor a post's only paragraph, which the analyst made its title: the seed would have no text left, a code
    # review's)
    article = Article("a.txt", title="Home", blocks=[Block("paragraph", text[0])])
    apply_metadata(article, {"title": text[0]})
    assert len(article.blocks) == 1
    # (nor a quotation the text opens with, which the analyst made the title: the next paragraph speaks of it)
    quote = "“We will not back down,” the mayor said."
    article = Article("a.txt", title="Home", blocks=[Block("paragraph", quote), Block("paragraph", text[0])])
    apply_metadata(article, {"title": quote})
    assert len(article.blocks) == 2


def test_the_article_page_shows_no_summary_that_repeats_the_lead(tmp_path: Path) -> None:
    """The summary box said again, word for word, the paragraph printed right under it (two first-time users'
    reviews): it is shown only where it says something else, as a summary written in metadata.yml. The
    front matter, the feed and the page's description keep it."""
    lead = ("The city council on Tuesday approved a budget that puts schools and road repairs first, after a "
            "debate that ran late into the night and ended with a vote of seven to four.")
    wire = "\n\n".join(["Council approves budget for schools", "By Ann Lee", "March 3, 2021",
                         f"SPRINGFIELD, March 2 (Reuters) - {lead}",
                         "Opponents said residents had too little time to read it. The mayor said the vote could not wait."])
    other = "\n\n".join(["Harbour dredging starts in June", "By Tom Hale", "March 4, 2021",
                          "Dredging of the harbour's channel will begin in June and take three months, the port said.",
                          "Ships will be diverted to the northern quay while the work goes on."])
    summary = "The port will close its main channel for three months from June."
    # (and one that quotes a later paragraph is shown: a review's probe)
    later = "Ships will be diverted to the northern quay while the work goes on."
    seeds = _seed_dir(tmp_path, {"budget.txt": wire.encode(), "harbour.txt": other.encode(),
                                 "harbour2.txt": other.replace("Harbour dredging starts", "Dredging begins").encode(),
                                 "metadata.yml": f"harbour.txt:\n  summary: {summary}\nharbour2.txt:\n  summary: {later}\n"
                                 .encode()})
    run = run_build_site(seeds=seeds, docs=tmp_path / "docs", site=tmp_path / "site")
    assert run.returncode == 0, run.output
    budget = (run.site / "articles" / "council-approves-budget-for-schools" / "index.html").read_text(encoding="utf-8")
    harbour = (run.site / "articles" / "harbour-dredging-starts-in-june" / "index.html").read_text(encoding="utf-8")
    assert frontmatter.load(run.docs / "articles" / "council-approves-budget-for-schools.md")["summary"] == lead
    assert "<strong>Summary</strong>" not in budget and budget.split("<body", 1)[1].count(lead) == 1
    assert f'<meta name="description" content="{lead}"' in budget
    assert f"<strong>Summary</strong> <span lang=\"en\">{summary}</span>" in harbour
    again = (run.site / "articles" / "dredging-begins-in-june" / "index.html").read_text(encoding="utf-8")
    assert f"<strong>Summary</strong> <span lang=\"en\">{later}</span>" in again
    assert lead in (run.site / "feed.xml").read_text(encoding="utf-8")


def test_a_byline_naming_the_publication_is_said_once_on_the_page(tmp_path: Path) -> None:
    """A first-time user's Irrawaddy page: "By The Irrawaddy" was shown as its writer beside the publication,
    and the citation named it twice. The page says it once; the front matter keeps the byline as written."""
    seed = "\n\n".join(["The Harbor Ledger", "Council approves budget for schools", "By The Harbor Ledger",
                         "March 3, 2021",
                         "The city council on Tuesday approved a budget that puts schools and road repairs first, "
                         "after a debate that ran late into the night and ended with a vote of seven to four.",
                         "Opponents said residents had too little time to read it. The mayor said it could not wait.",
                         "Copyright © 2021 The Harbor Ledger. All rights reserved."])
    seeds = _seed_dir(tmp_path, {"budget.txt": seed.encode()})
    run = run_build_site(seeds=seeds, docs=tmp_path / "docs", site=tmp_path / "site")
    assert run.returncode == 0, run.output
    post = frontmatter.load(run.docs / "articles" / "council-approves-budget-for-schools.md")
    assert (post["source"], post["authors"]) == ("The Harbor Ledger", ["The Harbor Ledger"])
    page = (run.site / "articles" / "council-approves-budget-for-schools" / "index.html").read_text(encoding="utf-8")
    assert 'class="article-authors"' not in page
    citation = page.split('id="citation"', 1)[1].split("</p>", 1)[0]
    assert citation.count("The Harbor Ledger") == 1, citation


def test_an_articles_language_is_declared_on_its_page(tmp_path: Path) -> None:
    """A Japanese seed among English ones: its page marks its headline, standfirst, summary
    and text lang="ja" (a screen reader reads them as Japanese; the site's labels stay
    English); metadata.yml may name a seed's language, and a malformed tag is reported."""
    japanese = "\n\n".join([
        "市議会、新年度予算案を可決　学校と道路の補修に重点", "2021年3月3日 10:01",
        "市議会は2日、新年度の予算案を賛成多数で可決した。学校の設備と、長年放置されてきた道路の補修に重点を置いた内容となっている。",
        "反対派は「市民が内容を確認する時間が十分になかった」と批判したが、市長は「採決をこれ以上遅らせることはできない」と述べた。",
        "予算は1月から始まる新しい会計年度に執行され、夏には市議会の財政委員会が改めて見直しを行う予定だ。",
        "マイクロソフトは2020年11月5日、市内に研究所を開設している。"])  # an event, and an entity's mention
    metadata = ("004_321923032d3455c5.txt:\n  language: en-GB\n001_93e3014859d63cd8.txt:\n  language: English!\n"
                "budget_ja.txt:\n  summary: 市議会が新年度予算案を可決した。\n")  # (a summary that is not the lead is shown)
    arabic = "\n\n".join([  # (a script written right to left: its direction is declared too)
        "الحوثيون يختطفون سفينة شحن في البحر الأحمر ويقتادونها إلى سواحل الحديدة", "19 نوفمبر 2023",
        "أعلنت الجماعة الحوثية في اليمن، الأحد، أنها استولت على سفينة شحن في جنوب البحر الأحمر واقتادتها إلى الساحل "
        "اليمني، في أول تنفيذ لتهديدات أطلقها زعيمها باستهداف السفن المرتبطة بإسرائيل.",
        "وقال المتحدث العسكري باسم الجماعة في بيان إن قوات الجماعة البحرية نفذت عملية عسكرية في البحر الأحمر كان من "
        "نتائجها الاستيلاء على سفينة واقتيادها إلى الساحل اليمني.",
        "وكانت الجماعة قد أطلقت منذ 19 أكتوبر الماضي صواريخ وطائرات مسيّرة باتجاه مدينة إيلات، اعترضت معظمها "
        "الدفاعات الإسرائيلية والأميركية."])
    seeds = _seed_dir(tmp_path, {"budget_ja.txt": japanese.encode(), "ship_ar.txt": arabic.encode(),
                                 "metadata.yml": metadata.encode()})
    run = run_build_site(seeds=seeds, docs=tmp_path / "docs", site=tmp_path / "site")
    assert run.returncode == 1, run.output  # (its "English!" is no language tag)
    assert "001_93e3014859d63cd8.txt: language: 'English!' is not a language tag" in run.stderr
    posts = _articles(run)
    assert (posts["budget_ja.txt"]["language"], posts["004_321923032d3455c5.txt"]["language"],
            posts["001_93e3014859d63cd8.txt"]["language"]) == ("ja", "en-GB", "en")
    page = (run.site / "articles" / "budget-ja" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<h1 [^>]*lang="ja"', page) and re.search(r'<div class="article-body"[^>]* lang="ja"', page)
    assert '<strong>Summary</strong> <span lang="ja">' in page
    assert '<html lang="en"' in page  # the site's own words are English
    slug_ar = next(p.stem for p in (run.docs / "articles").glob("*.md")
                   if frontmatter.load(p)["source_file"] == "ship_ar.txt")
    page = (run.site / "articles" / slug_ar / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<h1 [^>]*lang="ar" dir="rtl"', page) and re.search(
        r'<div class="article-body"[^>]* lang="ar" dir="rtl"', page) and 'dir="rtl"' not in page.split("<body", 1)[0]
    assert "<strong>Summary</strong>" not in page  # (its summary is its lead, printed right under it)
    # Quoted on the listing pages, its words keep their language; English articles' add nothing.
    timeline = (run.site / "timeline" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<q class="tl-text" lang="ja">[^<]*マイクロソフトは2020年11月5日', timeline)
    assert 'lang="en' not in timeline.split("<body", 1)[1]
    entity = (run.site / "entities" / "microsoft" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<li><span lang="ja">[^<]*マイクロソフトは', entity)
    # A language set afterwards reaches the listing pages too, not only the article's page.
    (seeds / "metadata.yml").write_text(metadata.replace("budget_ja.txt:\n", "budget_ja.txt:\n  language: ja-JP\n"),
                                           encoding="utf-8")
    again = run_build_site(seeds=seeds, docs=tmp_path / "docs", site=tmp_path / "site")
    assert again.returncode == 1, again.output
    assert '<q class="tl-text" lang="ja-JP">' in (run.site / "timeline" / "index.html").read_text(encoding="utf-8")
    slug = next(p.stem for p in (run.docs / "articles").glob("*.md")
                if frontmatter.load(p)["source_file"] == "004_321923032d3455c5.txt")
    english = (run.site / "articles" / slug / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<div class="article-body"[^>]* lang="en-GB"', english)


def test_user_files_in_docs_are_never_touched(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    (docs / "articles").mkdir(parents=True)
    mine = {"notes.md": b"# My notes\n", "index.md": b"# My own home page\n",
            "articles/keep-me.md": b"---\ntitle: Mine\n---\nhand written\n"}
    for rel, data in mine.items():
        (docs / rel).write_bytes(data)
    run = run_build_site(docs=docs, command="convert")
    assert run.returncode == 0, run.output
    for rel, data in mine.items():
        assert (docs / rel).read_bytes() == data
    assert "index.md exists and was not generated" in run.stderr
    # A removed seed's page is removed; the user's files still stay.
    seeds = _seed_dir(tmp_path, {})
    (seeds / "004_321923032d3455c5.txt").unlink()
    again = run_build_site(seeds=seeds, docs=docs, command="convert")
    assert again.returncode == 0, again.output
    assert len(list((docs / "articles").glob("*.md"))) == 5  # 4 generated + keep-me.md
    for rel, data in mine.items():
        assert (docs / rel).read_bytes() == data


def test_changing_one_seed_re_extracts_only_that_seed(tmp_path: Path) -> None:
    seeds = _seed_dir(tmp_path, {})
    cache = ["--cache", str(tmp_path / "cache")]
    first = run_build_site(*cache, seeds=seeds, docs=tmp_path / "docs", command="convert")
    assert "5 extracted, 0 from cache" in first.stdout, first.output
    run_build_site(*cache, seeds=seeds, docs=tmp_path / "docs", command="convert")  # prunes the cache
    before = _tree_bytes(tmp_path / "docs")
    seed = seeds / "003_dc4212f7c7f154ab.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace(
        "China has claimed that the mass camps are boarding schools.",
        "China has claimed that the mass camps are vocational boarding schools."), encoding="utf-8")
    # Cache entries unused for over a week go; recent ones (another briefing's) stay.
    foreign = tmp_path / "cache" / "ab" / "notes.txt"  # not an entry: never removed
    foreign.parent.mkdir(parents=True, exist_ok=True)
    foreign.write_text("mine", encoding="utf-8")
    recent = tmp_path / "cache" / "ab" / f"ab{'0' * 62}.article.pickle"
    recent.write_bytes(b"another briefing's entry")
    weeks_ago = time.time() - 8 * 86400
    marker = tmp_path / "cache" / "last-prune"  # the cache is pruned at most once a day
    assert marker.is_file()
    for path in [*(tmp_path / "cache").glob("??/*.pickle"), foreign, marker]:
        if path != recent:
            os.utime(path, (weeks_ago, weeks_ago))
    second = run_build_site(*cache, seeds=seeds, docs=tmp_path / "docs", command="convert")
    assert "1 extracted, 4 from cache" in second.stdout, second.output
    entries = sorted(p for p in (tmp_path / "cache").glob("??/*.pickle") if p != recent)
    assert sorted(p.name.split(".")[1] for p in entries) == ["article"] * 5 + ["raw"] * 5, entries
    assert all(time.time() - p.stat().st_mtime < 3600 for p in entries)  # marked as used
    assert recent.is_file() and foreign.read_text(encoding="utf-8") == "mine"
    os.utime(recent, (weeks_ago, weeks_ago))
    again = run_build_site(*cache, seeds=seeds, docs=tmp_path / "docs", command="convert")
    assert "0 extracted, 5 from cache" in again.stdout, again.output
    assert recent.is_file()  # pruned less than a day ago: not again yet
    after = _tree_bytes(tmp_path / "docs")
    changed = {rel for rel in after if before.get(rel) != after[rel]}
    assert any(rel.startswith("articles/microsoft-accused") for rel in changed)
    assert not any(rel.startswith("articles/") and "microsoft-accused" not in rel for rel in changed)
    text = next((tmp_path / "docs" / "articles").glob("microsoft-accused*.md")).read_text(encoding="utf-8")
    assert "vocational boarding schools" in text


def test_a_renamed_seed_is_analysed_again_not_extracted(tmp_path: Path) -> None:
    """The extraction is keyed by the seed's bytes (and whether they are a saved page), not
    its name: a renamed seed is only analysed again, under its new name."""
    seeds = _seed_dir(tmp_path, {})
    cache = ["--cache", str(tmp_path / "cache")]
    first = run_build_site(*cache, seeds=seeds, docs=tmp_path / "docs", command="convert")
    assert "5 extracted, 0 from cache" in first.stdout, first.output
    (seeds / "003_dc4212f7c7f154ab.txt").rename(seeds / "uyghur-camps.txt")
    second = run_build_site(*cache, seeds=seeds, docs=tmp_path / "docs", command="convert")
    assert "0 extracted, 1 re-analysed, 4 from cache" in second.stdout, second.output
    assert _articles(second)["uyghur-camps.txt"]["title"]
    run_build_site(seeds=seeds, docs=tmp_path / "fresh", command="convert", extra_env={})
    assert _tree_bytes(tmp_path / "docs") == _tree_bytes(tmp_path / "fresh")  # as if made afresh


def test_an_email_renamed_as_text_is_extracted_again_as_text(tmp_path: Path) -> None:
    """An .eml is read as an email (its MIME parts decoded); the same bytes renamed .txt are text, which a user
    does when a tool will not read .eml: the cache must not hand the text seed the email's extraction."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    body = ("The harbour council voted on Tuesday to rebuild the old pier, the mayor said. "
            "Work is due to start in the spring and to last two years, the council's engineer said. ") * 3
    (seeds / "note.eml").write_text(
        "From: Harbour Council <news@harbour.example>\nSubject: Fwd: Pier to be rebuilt\n"
        "Date: Tue, 04 Jun 2019 10:00:00 +0000\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
        f"Content-Transfer-Encoding: 8bit\n\n{body}\n", encoding="utf-8")
    cache = ["--cache", str(tmp_path / "cache")]
    first = run_build_site(*cache, seeds=seeds, docs=tmp_path / "docs", command="convert")
    assert "1 extracted, 0 from cache" in first.stdout, first.output
    assert _articles(first)["note.eml"]["title"] == "Pier to be rebuilt"
    (seeds / "note.eml").rename(seeds / "note.txt")
    second = run_build_site(*cache, seeds=seeds, docs=tmp_path / "docs", command="convert")
    assert "1 extracted, 0 from cache" in second.stdout, second.output
    run_build_site(seeds=seeds, docs=tmp_path / "fresh", command="convert", extra_env={})
    assert _tree_bytes(tmp_path / "docs") == _tree_bytes(tmp_path / "fresh")  # as if made afresh


def test_a_seed_edited_to_the_same_size_and_time_is_extracted_again(tmp_path: Path) -> None:
    """Unchanged seeds are known by their size, times and inode (not read again); an edit
    that keeps the size and puts the modification time back must still be seen."""

    seeds = _seed_dir(tmp_path, {})
    day_ago = time.time() - 86400
    for seed in seeds.iterdir():
        os.utime(seed, (day_ago, day_ago))
    time.sleep(2.1)  # the inode's change time too must be over 2 s old to be trusted (SeedDigests)
    cache = ["--cache", str(tmp_path / "cache")]
    first = run_build_site(*cache, seeds=seeds, docs=tmp_path / "docs", command="convert")
    assert "5 extracted, 0 from cache" in first.stdout, first.output
    assert (tmp_path / "cache" / "seed-digests.json").is_file()
    seed = seeds / "003_dc4212f7c7f154ab.txt"
    old_text = seed.read_text(encoding="utf-8")
    new_text = old_text.replace("are boarding schools.", "are Boarding schools.")
    assert new_text != old_text and len(new_text) == len(old_text)
    stat = seed.stat()
    seed.write_text(new_text, encoding="utf-8")
    os.utime(seed, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert (seed.stat().st_size, seed.stat().st_mtime_ns) == (stat.st_size, stat.st_mtime_ns)
    second = run_build_site(*cache, seeds=seeds, docs=tmp_path / "docs", command="convert")
    assert "1 extracted, 4 from cache" in second.stdout, second.output
    text = next((tmp_path / "docs" / "articles").glob("microsoft-accused*.md")).read_text(encoding="utf-8")
    assert "are Boarding schools." in text
    third = run_build_site(*cache, seeds=seeds, docs=tmp_path / "docs", command="convert")
    assert "0 extracted, 5 from cache" in third.stdout, third.output


def test_changing_the_topics_re_analyses_without_re_extracting(tmp_path: Path) -> None:
    seeds = _seed_dir(tmp_path, {})
    topics = tmp_path / "topics.yml"
    topics.write_text((REPO / "topics.yml").read_text(encoding="utf-8"), encoding="utf-8")
    common = ["--cache", str(tmp_path / "cache"), "--topics", str(topics)]
    first = run_build_site(*common, seeds=seeds, docs=tmp_path / "docs", command="convert")
    assert "5 extracted, 0 from cache" in first.stdout, first.output
    # A new topic that every seed discusses (each names Microsoft more than once).
    topics.write_text(topics.read_text(encoding="utf-8") + "\nRedmond watch:\n  phrases: [Microsoft]\n",
                      encoding="utf-8")
    second = run_build_site(*common, seeds=seeds, docs=tmp_path / "docs", command="convert")
    assert second.returncode == 0, second.output
    assert "0 extracted, 5 re-analysed, 0 from cache" in second.stdout, second.output
    tagged = [post for post in _articles(second).values() if "Redmond watch" in post["tags"]]
    assert len(tagged) == 5
    third = run_build_site(*common, seeds=seeds, docs=tmp_path / "docs", command="convert")
    assert "0 extracted, 5 from cache" in third.stdout, third.output


def test_a_page_is_rendered_again_when_what_it_shows_of_another_article_changes(tmp_path: Path) -> None:
    """Article pages are not re-rendered when their inputs are unchanged; a related
    article's new title (here from metadata.yml) is one of those inputs."""
    seeds = _seed_dir(tmp_path, {})
    cache = ["--cache", str(tmp_path / "cache")]
    docs = tmp_path / "docs"
    first = run_build_site(*cache, seeds=seeds, docs=docs, command="convert")
    assert first.returncode == 0, first.output
    posts = _articles(first)
    target = next(p for p in posts.values() if p["source_file"] == "002_e6bb970743eb5d51.txt")
    pointing = [name for name, p in posts.items() if any(r["title"] == target["title"] for r in p["related"])]
    assert pointing, "no article lists the target as related; the test needs one that does"
    (seeds / "metadata.yml").write_text(
        "002_e6bb970743eb5d51.txt:\n  title: A renamed article about Microsoft and China\n", encoding="utf-8")
    second = run_build_site(*cache, seeds=seeds, docs=docs, command="convert")
    assert second.returncode == 0, second.output
    assert "0 extracted, 1 re-analysed, 4 from cache" in second.stdout, second.output
    for post in _articles(second).values():
        titles = [r["title"] for r in post["related"]]
        assert target["title"] not in titles
    assert any("A renamed article about Microsoft and China" in [r["title"] for r in p["related"]]
               for p in _articles(second).values())
    # A generated page deleted by hand is written again, although nothing it shows changed.
    victim = sorted((docs / "articles").glob("*.md"))[0]
    victim.unlink()
    third = run_build_site(*cache, seeds=seeds, docs=docs, command="convert")
    assert third.returncode == 0, third.output
    assert victim.exists()
    assert "1 changed" in third.stdout, third.output


def test_a_generated_page_edited_by_hand_is_kept(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    first = run_build_site(docs=docs, command="convert")
    assert first.returncode == 0, first.output
    page = next((docs / "articles").glob("microsoft-wants-to-buy*.md"))
    edited = page.read_text(encoding="utf-8") + "\nMY NOTES on this article.\n"
    page.write_text(edited, encoding="utf-8")
    seeds = _seed_dir(tmp_path, {})
    (seeds / "002_e6bb970743eb5d51.txt").unlink()  # its page is now stale, but edited
    again = run_build_site(seeds=seeds, docs=docs, command="convert")
    assert again.returncode == 0, again.output
    assert page.read_text(encoding="utf-8") == edited
    assert "edited by hand" in again.stderr


def test_an_edited_home_page_is_kept_and_the_warning_says_where_its_words_come_from(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    first = run_build_site(docs=docs, command="convert")
    assert first.returncode == 0, first.output
    home = docs / "index.md"
    edited = home.read_text(encoding="utf-8") + "\nAnalyst intro.\n"
    home.write_text(edited, encoding="utf-8")
    seeds = _seed_dir(tmp_path, {})
    (seeds / "002_e6bb970743eb5d51.txt").unlink()  # the home page lists one article fewer now
    again = run_build_site(seeds=seeds, docs=docs, command="convert")
    assert again.returncode == 0, again.output
    assert home.read_text(encoding="utf-8") == edited
    assert "index.md was edited by hand since it was generated: left as it is, and no longer updated" in again.stderr
    assert "site_name and site_description in mkdocs.yml" in again.stderr
    assert "seeds/metadata.yml" not in again.stderr


def test_an_address_never_comes_to_name_another_article(tmp_path: Path) -> None:
    """A copy of a seed saved under a name that sorts first takes the -2 address, not the
    address the original's page has had (links to it would open the copy); both are named
    as the same text. A title that changes moves its article's page, says so, and leaves at the old address a
    page that links to the new one."""
    docs = tmp_path / "docs"
    seeds = _seed_dir(tmp_path, {})
    first = run_build_site(seeds=seeds, docs=docs, command="convert")
    assert first.returncode == 0, first.output
    original = "002_e6bb970743eb5d51.txt"
    page = next(p for p in (docs / "articles").glob("*.md") if f"source_file: {original}" in p.read_text("utf-8"))
    shutil.copy(seeds / original, seeds / "000_aaa_copy.txt")
    again = run_build_site(seeds=seeds, docs=docs, command="convert")
    assert again.returncode == 0, again.output
    assert f"source_file: {original}" in page.read_text("utf-8")
    copy = docs / "articles" / f"{page.stem}-2.md"
    assert "source_file: 000_aaa_copy.txt" in copy.read_text("utf-8")
    assert "000_aaa_copy.txt: the same article as 002_e6bb970743eb5d51.txt" in again.stderr
    # Two pages of one text: neither is the other's related article, and the other articles
    # that list one list it once (one of the two, not both).
    for md in (docs / "articles").glob("*.md"):
        related = [r["slug"] for r in frontmatter.load(md)["related"]]
        assert len({page.stem, copy.stem} & {*related, md.stem}) <= 1, (md.name, related)
    # A copy in another encoding is the same text too, though its bytes differ.
    text = (seeds / original).read_text(encoding="utf-8")
    (seeds / "000_aaa_copy.txt").write_bytes(text.encode("utf-16"))
    recoded = run_build_site(seeds=seeds, docs=docs, command="convert")
    assert "000_aaa_copy.txt: the same article as 002_e6bb970743eb5d51.txt" in recoded.stderr, recoded.output
    # Another outlet's copy of the story (a first-time user's AP story from apnews.com and from ABC
    # News): other page furniture, another dateline. The same article too, not
    # each other's related article, its events on the timeline once.
    lines = text.splitlines()
    prose = [k for k, line in enumerate(lines) if len(line) > 200]  # (the lead: the first long line)
    lines[prose[0]] = "HARBOR CITY -- " + lines[prose[0]]
    (seeds / "000_aaa_copy.txt").write_text("\n".join(["Harbor News", "Video", "Live", "Shows", *lines,
                                                        "Copyright 2024 Harbor News"]), encoding="utf-8")
    syndicated = run_build_site(seeds=seeds, docs=docs, command="convert")
    assert "000_aaa_copy.txt: the same article as 002_e6bb970743eb5d51.txt" in syndicated.stderr, syndicated.output
    for md in (docs / "articles").glob("*.md"):
        related = [r["slug"] for r in frontmatter.load(md)["related"]]
        assert len({page.stem, copy.stem} & {*related, md.stem}) <= 1, (md.name, related)
    timeline = (docs / "timeline.md").read_text(encoding="utf-8")
    events = re.findall(r'datetime="([^"]+)">.*?<q class="tl-text"[^>]*>(.*?)</q> <a href="\.\./articles/([^/]+)/#',
                        timeline)
    copies = [(day, said) for day, said, slug in events if slug in (page.stem, copy.stem)]
    assert copies and len(copies) == len(set(copies))
    assert len({slug for _, _, slug in events if slug in (page.stem, copy.stem)}) == 1  # (on the fuller copy)
    (seeds / "metadata.yml").write_text(f"{original}:\n  title: A corrected headline\n", encoding="utf-8")
    moved = run_build_site(seeds=seeds, docs=docs, command="convert")
    assert moved.returncode == 0, moved.output
    assert (docs / "articles" / "a-corrected-headline.md").exists()
    assert f"its page moved from articles/{page.name} to articles/a-corrected-headline.md" in moved.stderr
    assert copy.exists()  # the copy keeps its own address
    # The old address stays (a reader's review: a cited link broke when a title changed), a page out of the search
    # that links to the article where it is now; only that run says the page moved.
    stub = frontmatter.load(page)
    assert (stub["moved_to"], stub["search"]) == ("a-corrected-headline", {"exclude": True})
    assert "It is now at [A corrected headline](a-corrected-headline.md)." in stub.content
    again = run_build_site(seeds=seeds, docs=docs, command="convert")
    assert "moved" not in again.stderr and frontmatter.load(page)["moved_to"] == "a-corrected-headline"
    # ... its seed's own as long as the seed is there: an article titled so now gets another address, and the old
    # address goes with its seed
    (seeds / "000_bbb_new.txt").write_text(text, encoding="utf-8")  # (its title the one the page had)
    renamed = run_build_site(seeds=seeds, docs=docs, command="convert")
    assert frontmatter.load(page)["moved_to"] == "a-corrected-headline", renamed.output
    new = next(p for p in (docs / "articles").glob("*.md") if "source_file: 000_bbb_new.txt" in p.read_text("utf-8"))
    assert new.stem.startswith(page.stem + "-")
    (seeds / "000_bbb_new.txt").unlink()
    (seeds / original).unlink()
    gone = run_build_site(seeds=seeds, docs=docs, command="convert")
    assert not (docs / "articles" / "a-corrected-headline.md").exists(), gone.output


def test_one_offices_notices_of_two_weeks_are_no_twins() -> None:
    """A third review's probes: two weeks' road-closure notices, their lead and paragraphs one template,
    each its own list of streets (lines too short to compare), were "the same article". A wire's
    story and a client's copy appear within days; notices a week apart are two."""
    from briefing.pipeline import _near_twins

    def notice(day: int) -> Article:
        article = Article(source_file=f"{day}.txt", title="Road closures this week", date=dt.date(2025, 11, day))
        article.blocks = [Block("paragraph", p) for p in (
            "The city will close several streets for resurfacing this week, the public works department said.",
            "Drivers should follow the signed detours and allow extra time for their journeys in the mornings.",
            "Buses on the affected routes will stop at temporary stops, which are marked with yellow signs.",
            "Residents can park on the side streets, and the city will not ticket cars during the works.",
            "The resurfacing programme covers forty miles of streets and is paid for by the road bond.")]
        return article

    assert _near_twins([notice(3), notice(4)]) == [(0, 1)]
    assert _near_twins([notice(3), notice(10)]) == []


def test_publications_with_alike_names_each_get_their_own_link(tmp_path: Path) -> None:
    metadata = ("000_83b9743eff533d4b.txt:\n  source: Foo News\n"
                "001_93e3014859d63cd8.txt:\n  source: Foo-News\n"
                "004_321923032d3455c5.txt:\n  source: Sources\n")
    seeds = _seed_dir(tmp_path, {"metadata.yml": metadata.encode()})
    run = run_build_site(seeds=seeds, docs=tmp_path / "docs", site=tmp_path / "site")
    assert run.returncode == 0, run.output
    home = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    sources = (tmp_path / "site" / "sources" / "index.html").read_text(encoding="utf-8")
    for name in ("Foo News", "Foo-News", "Sources"):
        href = re.search(r'<a href="sources/#([^"]+)">' + re.escape(name) + "</a>", home)
        assert href, name
        heading = re.search(r'<h2 id="' + re.escape(href.group(1)) + r'">(.*?)<', sources)
        assert heading and heading.group(1) == name, (name, href.group(1))


def test_cached_articles_load_back_equal(tmp_path: Path) -> None:
    """The extraction cache pickles whole articles; the small slotted model classes pickle
    as a call of the class with their fields, so every field must be an __init__ argument
    and an article read back must equal the one written, nested objects included."""
    import dataclasses
    import pickle

    from briefing import model
    from briefing.pipeline import Options, convert

    for cls in (model.Block, model.Mention, model.Event, model.Related, model.CandidateHit):
        assert all(f.init for f in dataclasses.fields(cls)), cls
    result = convert(Options(seeds=SEEDS, docs=tmp_path / "docs", config=REPO / "mkdocs.yml",
                             topics=REPO / "topics.yml", entities=REPO / "entities.yml",
                             candidates=tmp_path / "candidates.yml", cache=None))
    articles = result.briefing.articles
    assert articles and all(a.blocks and a.mentions and a.events for a in articles[:3])
    assert any(a.related for a in articles) and any(a.candidate_hits for a in articles)
    for article in articles:
        data = pickle.dumps(article, protocol=pickle.HIGHEST_PROTOCOL)
        again = pickle.loads(data)
        # The bulky fields stay packed until read; pickled again unread, nothing is lost.
        assert not set(model.Article.LAZY_FIELDS) & set(vars(again))
        assert pickle.loads(pickle.dumps(again, protocol=pickle.HIGHEST_PROTOCOL)) == article
        assert again == article
        assert type(again.blocks[0]) is model.Block and type(again.events[0]) is model.Event


def test_seed_discovery_skips_hidden_files_metadata_and_other_kinds(tmp_path: Path) -> None:
    from briefing.read import discover

    files = ["b.txt", "A.HTML", ".hidden.txt", ".git/x.txt", "sub/.c.txt", "sub/b.html", "sub/metadata.yml",
             "metadata.yml", "notes.pdf", "z/y/c.md", "sub2/d.htm"]
    for name in files:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "folder.txt").mkdir()  # a folder named like a seed is not one
    expected = ["A.HTML", "b.txt", "sub/b.html", "sub2/d.htm", "z/y/c.md"]
    assert discover(tmp_path) == [(name, tmp_path / name) for name in expected]


def test_the_summary_skips_a_headline_left_at_the_top_of_the_body(tmp_path: Path) -> None:
    """A teaser of another story kept as the first paragraph (no full stop, a headline's
    length) is not the article's summary; the first paragraph of prose is."""
    teaser = "Huawei Shares Climb as the Company Bets on Its Own Processors for the New Range"  # (a related link)
    lead = ("Huawei on Thursday unveiled a flagship phone built without American chips, a test of how far "
            "the company can go after years of export controls cut off its suppliers.")
    article = (f"Huawei unveils a phone built without American chips\n\nBy John Roe\n\nMay 5, 2022\n\n{teaser}\n\n"
               f"{lead}\n\nThe company said the phone would go on sale next month in China and later in Europe, "
               "at a price close to that of its previous models.\n")
    seeds = _seed_dir(tmp_path, {"huawei.txt": article.encode()})
    run = run_build_site(seeds=seeds, docs=tmp_path / "docs", command="convert")
    assert run.returncode == 0, run.output
    post = _articles(run)["huawei.txt"]
    assert teaser in post.content.split("\n\n")[0]  # the extractor kept it: the summary must pass it
    assert post["summary"] == lead


def test_the_summary_leaves_out_a_wire_dateline(tmp_path: Path) -> None:
    """Listings show the summary beside the article's date and publication: the dateline that
    opens a wire story ("SHANGHAI, March 14 (Reuters) - ") is left out of it, not of the text."""
    lead = ("Microsoft said on Thursday it would close its artificial intelligence lab in Shanghai, "
            "citing tighter export controls.")
    article = (f"Microsoft to close Shanghai AI lab\n\nBy Jane Roe\n\nMarch 14, 2024\n\n"
               f"SHANGHAI, March 14 (Reuters) - {lead}\n\nAbout 300 researchers work at the lab, which opened "
               "in 2018 and focused on computer vision and language models.\n")
    seeds = _seed_dir(tmp_path, {"wire.txt": article.encode()})
    run = run_build_site(seeds=seeds, docs=tmp_path / "docs", command="convert")
    assert run.returncode == 0, run.output
    post = _articles(run)["wire.txt"]
    assert post["summary"] == lead
    assert "SHANGHAI, March 14 (Reuters) - " in post.content


def test_the_summary_leaves_out_a_hearings_speaker() -> None:
    """A hearing's record names each speaker before a full stop ("Chairman MOOLENAAR. The committee will come to
    order."): a first-time user's summary opened with the chairman's label. Not a sentence's own words."""
    from briefing.enrich import summarise
    from briefing.model import Article, Block

    lead = "The committee will come to order. Last year, a phone maker unveiled a chip made at home."
    for label in ("Chairman MOOLENAAR. ", "Mr. KRISHNAMOORTHI. ", "Senator WARREN. "):
        article = Article(source_file="h.txt", blocks=[Block("paragraph", label + lead)])
        assert summarise(article) == lead, label
    text = "Dr. Smith said the committee would meet again. It did not say when."
    assert summarise(Article(source_file="s.txt", blocks=[Block("paragraph", text)])) == text
    # (nor a rule's label of its summary: the Federal Register's "SUMMARY: In this interim final rule …")
    article = Article(source_file="r.txt", blocks=[Block("paragraph", "SUMMARY: " + lead)])
    assert summarise(article) == lead


def test_the_summary_leaves_out_a_national_wires_dateline_and_a_paragraphs_number() -> None:
    """A first-time user's Bangladesh briefing: summaries opened with a national agency's dateline, "Dhaka, May 10
    (UNB) – " (Dhaka Tribune carrying UNB), with a site's, "DHAKA, KOMPAS.com - ", and with a judgment's numbered
    paragraph's number, "1. This Tribunal, …". Not a figure that opens a sentence, nor a place that is its subject,
    nor, outside a run of numbered paragraphs, an ordinal that opens a German, Norwegian or Czech lead ("1. FC Köln
    hat …", "9. November 1989: …", "17. mai …", "28. října 1918 …": a boundary probe's)."""
    from briefing.enrich import summarise
    from briefing.model import Article, Block

    lead = "The interim government has decided to ban all activities of the Awami League, including in cyberspace."
    after = "The ban will stay in force until the tribunal has ruled on the party's role in the July killings."
    for label in ("Dhaka, May 10 (UNB) – ", "Dhaka, Nov 17 (BSS) - ", "Kuala Lumpur, Feb. 3, 2026 (Bernama) — ",
                  "DHAKA, KOMPAS.com - ", "JAKARTA, Tribunnews.com – ", "1. ", "12. ", "(2) ", "3) "):
        blocks = [Block("paragraph", label + lead)]
        if label[:-2].isdigit():  # (a judgment's next paragraph, "2. The …")
            blocks.append(Block("paragraph", f"{int(label[:-2]) + 1}. {after}"))
        assert summarise(Article(source_file="w.txt", blocks=blocks)) == lead, label
    for text in ("1. FC Köln hat das rheinische Derby gegen Borussia Mönchengladbach mit 2:1 gewonnen.",
                 "9. November 1989: Nach einer missverständlichen Pressekonferenz öffnete die DDR die Grenze.",
                 "17. mai ble feiret med barnetog i hele landet, og kongefamilien vinket fra slottsbalkongen.",
                 "28. října 1918 vznikl samostatný československý stát, jak připomněl prezident v projevu."):
        blocks = [Block("paragraph", text), Block("paragraph", "3. Liga: " + after)]
        assert summarise(Article(source_file="d.txt", blocks=blocks)) == text, text
    for text in ("1.5 million people voted in the election, which was held on a Thursday in February.",
                 "2024. That was the year the students took to the streets of Dhaka and the government fell.",
                 "Dhaka, May 10 (file photo) shows the capital's streets, which were empty on the day of the vote.",
                 "Dhaka, the capital, was calm on Friday as counting went on in all 299 constituencies."):
        assert summarise(Article(source_file="s.txt", blocks=[Block("paragraph", text)])) == text, text


def test_the_preview_hint_works_where_the_build_ran(tmp_path: Path) -> None:
    """Run from another folder, the hint names build_site.py by its path (it said
    `build_site.py serve`, a file that is not there), and the command it gives works."""
    cmd = [sys.executable, str(REPO / "build_site.py"), "build", "--config", str(REPO / "mkdocs.yml"),
           "--docs", "docs", "--site", "site", "--candidates", "c.yml"]
    run = subprocess.run(cmd, cwd=tmp_path, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout + run.stderr
    hint = next(line for line in run.stdout.splitlines() if line.startswith("Preview it with: "))
    command = hint.removeprefix("Preview it with: ").split(", or put", 1)[0]
    python, script, serve, *options = shlex.split(command)
    assert serve == "serve" and (tmp_path / script).resolve() == (REPO / "build_site.py").resolve()
    assert (tmp_path / python).exists()
    assert "--docs docs" in command and f"--config {REPO / 'mkdocs.yml'}" in command


def test_a_tag_with_markup_in_it_is_reported_and_left_out(tmp_path: Path) -> None:
    """Material writes tag names into the pages as they are: a tag given in metadata.yml as
    "<a href=…>phish</a>" was a live link on the article and tag pages. Such a tag is reported
    with its file, seed and key and left out, the others kept; in topics.yml it stops the run."""
    metadata = ("004_321923032d3455c5.txt:\n  tags: ['<i>unclosed', '<a href=https://evil.example/>phish</a>', "
                "'R&D', 'Firms < 10 staff', Cloud computing]\n002_e6bb970743eb5d51.txt:\n  tags: ['&lt;b&gt;bold']\n")
    seeds = _seed_dir(tmp_path, {"metadata.yml": metadata.encode()})
    run = run_build_site(seeds=seeds, docs=tmp_path / "docs", site=tmp_path / "site")
    assert run.returncode == 1, run.output  # (built, but not with every correction)
    assert ("metadata.yml: 004_321923032d3455c5.txt: tags: '<i>unclosed', '<a href=https://evil.example/>phish</a>' "
            "has markup in it") in run.stderr
    assert "metadata.yml: 002_e6bb970743eb5d51.txt: tags: '&lt;b&gt;bold' has markup in it" in run.stderr
    posts = _articles(run)
    assert posts["004_321923032d3455c5.txt"]["tags"] == ["Cloud computing", "Firms < 10 staff", "R&D"]
    assert posts["002_e6bb970743eb5d51.txt"]["tags"]  # (none left: the topics found in its text)
    for page in run.site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert "evil.example" not in text and "<i>unclosed" not in text and "&lt;b&gt;bold" not in text, page
    topics = tmp_path / "topics.yml"
    topics.write_text("'<b>Cloud</b>':\n  phrases: [cloud computing]\n", encoding="utf-8")
    bad = run_build_site("--topics", str(topics), seeds=seeds, docs=tmp_path / "docs2", command="convert")
    assert bad.returncode != 0
    assert f"{topics}: topic '<b>Cloud</b>' has markup in it" in bad.stderr


def test_metadata_sets_the_standfirst_summary_and_tags(tmp_path: Path) -> None:
    """The analyst may correct the standfirst, the summary and the topic tags too: a wrong
    standfirst is taken away with null, tags given stand instead of the topics found in the
    text (tags: [] leaves none), and a summary given is the one listings and the feed show."""
    metadata = (
        "004_321923032d3455c5.txt:\n  subtitle: null\n"
        "  tags: [TikTok and ByteDance, Cloud computing, tiktok and bytedance]\n"
        "002_e6bb970743eb5d51.txt:\n  summary: The bid for TikTok rests on two decades in China.\n"
        "003_dc4212f7c7f154ab.txt:\n  tags: []\n"
        "001_93e3014859d63cd8.txt:\n  subtitle: How a Beijing lab shaped China's AI industry\n  tags: human RIGHTS\n"
        "000_83b9743eff533d4b.txt:\n  tags: censorship; Human Rights\n  authors: Jane Roe, John Doe and Ann Poe\n"
    )
    seeds = _seed_dir(tmp_path, {"metadata.yml": metadata.encode()})
    run = run_build_site(seeds=seeds, docs=tmp_path / "docs", command="convert")
    assert run.returncode == 0, run.output
    posts = _articles(run)
    post = posts["004_321923032d3455c5.txt"]
    assert post["subtitle"] is None
    assert post["tags"] == ["Cloud computing", "TikTok and ByteDance"]
    assert posts["003_dc4212f7c7f154ab.txt"]["tags"] == []
    assert posts["001_93e3014859d63cd8.txt"]["subtitle"] == "How a Beijing lab shaped China's AI industry"
    # Tags take topics.yml's spelling whatever their case, and a line of text is a list
    # ("human RIGHTS" beside "Human rights" made two tags with one anchor on the Tags page).
    assert posts["001_93e3014859d63cd8.txt"]["tags"] == ["Human rights"]
    assert posts["000_83b9743eff533d4b.txt"]["tags"] == ["Censorship", "Human rights"]
    assert posts["000_83b9743eff533d4b.txt"]["authors"] == ["Jane Roe", "John Doe", "Ann Poe"]
    tags_page = (run.docs / "tags.md").read_text(encoding="utf-8")
    assert "Human Rights" not in tags_page and "human RIGHTS" not in tags_page
    assert posts["002_e6bb970743eb5d51.txt"]["summary"] == "The bid for TikTok rests on two decades in China."
    assert posts["002_e6bb970743eb5d51.txt"]["tags"]  # (no tags given: the topics found in its text)
    assert "metadata.yml" not in run.stderr
    assert "The bid for TikTok rests on two decades in China." in (run.docs / "feed.xml").read_text("utf-8")


@pytest.mark.parametrize("text, header", [
    ("Ticker\tSecurity\tLast\nHD\tTHE HOME DEPOT INC.\t225.86\nLOW\tLOWE'S COMPANIES INC.\t113.40", True),
    # years as the columns' labels, and a table of two rows whose first cell is a word (a
    # reviewer's Markdown table "| Indicator | 2023 | 2024 |" had no header)
    ("Indicator\t2023\t2024\nRevenue\t10.25\t3.99", True),
    ("Month\t2023\t2024\nJanuary\t2,155\t1,362\nApril\t2,180\t1,124", True),
    ("Oct 2023\t0.05\t0.05\nJan 2024\t0.5\t1.0\nJul 2024\t0.7\t1.0", False),  # figures in the first row
    ("2023\t2024\n10\t20", False),
    ("Jane\tRoe\nJohn\tDoe", False),  # no figures under it
    ("Brand\tXADO\nContents\t125 ml", False),  # a product's facts, a label a row
])
def test_a_tables_first_row_is_its_header_when_it_labels_figures(text: str, header: bool) -> None:
    from briefing.write import render_table

    assert ('<th scope="col">' in render_table(text)) is header


def test_the_right_to_left_languages_are_the_same_in_the_template_and_the_pages() -> None:
    """overrides/main.html (the article's page) and pages.py (the listing pages) each name the
    languages written right to left: one list, twice."""
    from briefing.pages import RTL_LANGUAGES

    template = (Path(__file__).resolve().parents[1] / "overrides" / "main.html").read_text(encoding="utf-8")
    listed = re.search(r"in \[([^\]]*)\] %\}", template)
    assert listed is not None and set(re.findall(r'"(\w+)"', listed.group(1))) == RTL_LANGUAGES


def test_no_module_of_the_package_binds_a_top_level_name_twice() -> None:
    """A rule's constant or pattern named like one further up its module silently replaces it for
    every function that reads it: BOX_MAX_LINES = 4, for a newsletter box, made drop_boxes (which
    wants 16) keep a related-links box and lose Yahoo's headline; a second _QUOTED_RE (a quotation
    that opens a paragraph) stood in for the first (every quotation in a paragraph) in the test of
    whether the writer speaks as "I"."""
    import ast

    twice = {}
    for path in sorted((REPO / "briefing").glob("*.py")):
        names: list[str] = []
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign):
                names += [t.id for t in node.targets if isinstance(t, ast.Name)]
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
                names.append(node.target.id)
            elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                names.append(node.name)
        if dup := sorted({n for n in names if names.count(n) > 1}):
            twice[path.name] = dup
    assert twice == {}


def test_a_renamed_seeds_metadata_entry_is_named_with_the_new_name(tmp_path: Path) -> None:
    """A seed renamed after its metadata.yml entry corrected its title: the entry names no seed,
    and the run said only "a seed renamed?"; it names the seed whose text the old page holds."""
    docs = tmp_path / "docs"
    seeds = _seed_dir(tmp_path, {})
    original = "002_e6bb970743eb5d51.txt"
    (seeds / "metadata.yml").write_text(f"{original}:\n  title: A corrected headline\n", encoding="utf-8")
    first = run_build_site(seeds=seeds, docs=docs, command="convert")
    assert first.returncode == 0, first.output
    (seeds / original).rename(seeds / "microsoft-ai-lab.txt")
    again = run_build_site(seeds=seeds, docs=docs, command="convert")
    assert (f"metadata.yml: {original}: no such seed file; entry ignored (renamed to microsoft-ai-lab.txt? its "
            "text is that seed's: give the entry that name)") in again.stderr, again.stderr
    # The page went out without the correction: not a clean run (the Louvre user's build exited 0), and
    # the closing summary, which -q keeps, names the entry at every run until it is renamed too.
    assert again.returncode == 1, again.output
    quiet = run_build_site("-q", seeds=seeds, docs=docs, command="convert")
    assert quiet.returncode == 1, quiet.output
    assert f"1 metadata.yml entry unused, naming no seed: {original}" in quiet.output, quiet.output
    (seeds / "metadata.yml").write_text("microsoft-ai-lab.txt:\n  title: A corrected headline\n", encoding="utf-8")
    fixed = run_build_site("-q", seeds=seeds, docs=docs, command="convert")
    assert fixed.returncode == 0 and "metadata.yml" not in fixed.output, fixed.output
    assert "title: A corrected headline" in (docs / "articles" / "a-corrected-headline.md").read_text(encoding="utf-8")
