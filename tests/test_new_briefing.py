"""`build_site.py new FOLDER`: a briefing on another subject in a folder of its own, built with
--config FOLDER/mkdocs.yml, without copying and editing the project's files by hand."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import frontmatter
import yaml

from conftest import REPO

ARTICLE = """World | Europe
Ferry operator suspends night crossings after storm damage
Inspectors found cracks in two loading ramps, the company said
By Maria Lindqvist
Published 14 March 2024
The operator of the busiest ferry route across the strait suspended its night crossings on Thursday after inspectors found cracks in two loading ramps damaged by last week's storm.
Repairs are expected to take at least three weeks, a spokesperson said, and passengers booked on night sailings will be moved to morning departures at no cost.
The storm, which struck the coast on 7 March 2024, also closed two ports for a day.
"We would rather lose a few weeks than take a risk," said Erik Holm, director of the port authority.
The Maritime Safety Agency (MSA) will inspect the repaired ramps before night crossings resume.
"""


class _EnvLoader(yaml.SafeLoader):
    """Reads mkdocs.yml's `!ENV [NAME, default]` as its default."""


_EnvLoader.add_constructor("!ENV", lambda loader, node: loader.construct_sequence(node)[-1])


def new(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(REPO / "build_site.py"), "new", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=60)


def test_a_new_briefing_builds_under_its_own_name_from_its_own_folder(tmp_path: Path) -> None:
    title = 'Ferries: "the strait", 2024–25'
    run = new(str(tmp_path / "ferries"), "--title", title, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    folder = tmp_path / "ferries"
    assert "--config " + str(folder / "mkdocs.yml") in run.stdout  # says how to build it
    config = yaml.load((folder / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_EnvLoader)
    project = yaml.load((REPO / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_EnvLoader)
    assert config["site_name"] == title
    assert {k: v for k, v in config.items() if k not in ("site_name", "site_description")} == \
        {k: v for k, v in project.items() if k not in ("site_name", "site_description")}
    # (comments only: entries written under the examples are the file's data; a bare "[]" under them had ended the
    # list, and a first-time user's entities added below it stopped the run)
    assert yaml.safe_load((folder / "topics.yml").read_text(encoding="utf-8")) is None
    assert yaml.safe_load((folder / "entities.yml").read_text(encoding="utf-8")) is None
    for name, entry in (("entities.yml", "- name: Harbour Authority\n  type: organization\n"),
                        ("topics.yml", "Ferries:\n  phrases: [ferry]\n")):
        assert yaml.safe_load((folder / name).read_text(encoding="utf-8") + entry)
    assert (folder / "topics.yml").read_text(encoding="utf-8").startswith("# Topic tags for this briefing.")
    assert sorted(p.name for p in folder.iterdir()) == \
        [".gitignore", "docs", "entities.yml", "mkdocs.yml", "overrides", "seeds", "topics.yml"]
    assert not list(tmp_path.glob(".ferries*"))  # the staging folder is gone

    (folder / "seeds" / "ferry.txt").write_text(ARTICLE, encoding="utf-8")
    build = subprocess.run([sys.executable, str(REPO / "build_site.py"), "build", "--config",
                            str(folder / "mkdocs.yml")], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert build.returncode == 0, build.stdout + build.stderr
    assert "not found" not in build.stderr and "match no topic" not in build.stderr
    assert "say what it covers in site_description in " + str(folder / "mkdocs.yml") in build.stdout  # (no --description)
    home = (folder / "site" / "index.html").read_text(encoding="utf-8")
    assert "Ferries: &#34;the strait&#34;, 2024–25" in home or "Ferries: &quot;the strait&quot;, 2024–25" in home
    [page] = (folder / "docs" / "articles").glob("*.md")
    assert frontmatter.load(page)["title"] == "Ferry operator suspends night crossings after storm damage"
    assert (folder / "site" / "about" / "index.html").exists()
    # The home page offers only the listings that list something: no topics, no entities yet.
    intro = (folder / "docs" / "index.md").read_text(encoding="utf-8")
    assert "the articles report; or search the full text" in intro  # (no topic, entity or publication)
    assert "(tags.md)" not in intro and "(entities/index.md)" not in intro
    # The empty files' consequences are said, with where to start: names the articles give.
    assert f"{folder / 'topics.yml'} lists no topics: the articles get no topic tags" in build.stderr
    candidates = yaml.safe_load((folder / "entity-candidates.yml").read_text(encoding="utf-8"))
    assert candidates, "the article names people and places: some are proposed"
    assert (f"{folder / 'entities.yml'} lists no entities, so the site has no entity pages: {len(candidates)} "
            f"names the articles give are listed in {folder / 'entity-candidates.yml'}") in build.stderr
    # Filled in, they are quiet, and the site gets the tag and the entity page.
    (folder / "topics.yml").write_text("Ferry services:\n  phrases: [ferry, crossings, sailings]\n", encoding="utf-8")
    (folder / "entities.yml").write_text("- name: Erik Holm\n  type: person\n", encoding="utf-8")
    settings = (folder / "mkdocs.yml").read_text(encoding="utf-8")
    described = re.sub(r"(?m)^site_description:.*$", "site_description: Ferry crossings of the strait, 2024-25",
                       settings)
    assert described != settings
    (folder / "mkdocs.yml").write_text(described, encoding="utf-8")
    build = subprocess.run([sys.executable, str(REPO / "build_site.py"), "build", "--config",
                            str(folder / "mkdocs.yml")], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert build.returncode == 0, build.stdout + build.stderr
    assert "lists no" not in build.stderr and "no entity pages" not in build.stderr
    assert "site_description" not in build.stdout + build.stderr
    assert frontmatter.load(page)["tags"] == ["Ferry services"]
    assert (folder / "site" / "entities" / "erik-holm" / "index.html").exists()
    assert "browse by [topic](tags.md) or by [person and organisation](entities/index.md); or search" in \
        (folder / "docs" / "index.md").read_text(encoding="utf-8")
    # Its seeds given without its --config: said, with the option that builds it.
    other = subprocess.run([sys.executable, str(REPO / "build_site.py"), "convert", "--seeds", str(folder / "seeds"),
                            "--docs", str(tmp_path / "other-docs"), "--candidates", str(tmp_path / "other.yml")],
                           cwd=REPO, capture_output=True, text=True, timeout=300)
    assert (f"{folder / 'seeds'} is in another briefing's folder, {folder}, which has its own mkdocs.yml; this run "
            f"uses mkdocs.yml") in other.stderr
    assert f"To build that briefing, give --config {folder / 'mkdocs.yml'}" in other.stderr
    assert "another briefing's folder" not in build.stderr
    # Under git, only the briefing's own files are kept: what the runs made is ignored.
    subprocess.run(["git", "init", "-q", str(folder)], check=True)
    tracked = subprocess.run(["git", "-C", str(folder), "ls-files", "--others", "--exclude-standard"],
                             capture_output=True, text=True, check=True).stdout.split()
    assert sorted(tracked) == [".gitignore", "docs/about.md", "entities.yml", "mkdocs.yml",
                               *sorted(f"overrides/{p.relative_to(REPO / 'overrides').as_posix()}"
                                       for p in (REPO / "overrides").rglob("*") if p.is_file()),
                               "seeds/ferry.txt", "topics.yml"]


def test_new_refuses_a_folder_in_use_and_takes_an_empty_one(tmp_path: Path) -> None:
    used = tmp_path / "used"
    used.mkdir()
    (used / "notes.txt").write_text("mine", encoding="utf-8")
    run = new(str(used), cwd=tmp_path)
    assert run.returncode == 2 and "used already exists: give a new folder's name" in run.stderr
    assert [p.name for p in used.iterdir()] == ["notes.txt"]

    empty = tmp_path / "baltic-sea_cables"
    empty.mkdir()
    run = new(str(empty), cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    config = yaml.load((empty / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_EnvLoader)
    assert config["site_name"] == "Baltic sea cables"  # from the folder's name
    helped = subprocess.run([sys.executable, str(REPO / "build_site.py"), "--help"], capture_output=True,
                            text=True, timeout=60).stdout
    assert "\n  new      start a briefing on another subject" in helped


def test_a_briefing_without_topics_or_entities_says_so_rather_than_showing_empty_lists(tmp_path: Path) -> None:
    """A new briefing's topics.yml and entities.yml are empty: its Tags page said only "Every topic tag
    with the articles that carry it." above nothing, the timeline offered Topic and Entity menus whose
    only choice was "All …", and the Search page (Pagefind) sent readers without JavaScript to the tags."""
    folder = tmp_path / "ferries"
    assert new(str(folder), cwd=tmp_path).returncode == 0
    (folder / "seeds" / "ferry.txt").write_text(ARTICLE, encoding="utf-8")
    build = subprocess.run([sys.executable, str(REPO / "build_site.py"), "build", "--config", str(folder / "mkdocs.yml"),
                            "--search", "pagefind"], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert build.returncode == 0, build.stdout + build.stderr
    site = folder / "site"
    tags = (site / "tags" / "index.html").read_text(encoding="utf-8")
    assert "No topic tags are defined for this briefing yet." in tags
    assert "Every topic tag" not in tags
    timeline = (site / "timeline" / "index.html").read_text(encoding="utf-8")
    form = re.search(r'<form class="timeline-filters".*?</form>', timeline, re.S)
    assert form and 'name="events-only"' in form[0]
    assert "<select" not in form[0] and "All topics" not in form[0] and "All people" not in form[0]
    search = (site / "search" / "index.html").read_text(encoding="utf-8")
    noscript = re.search(r'<p class="pagefind-noscript">(.*?)</p>', search, re.S)
    assert noscript and "timeline" in noscript[1] and "tags" not in noscript[1], noscript
    assert re.findall(r'href="([^"]+)"', noscript[1]) == ["../timeline/", "../sources/", "../"]
    for href in ("timeline", "sources", ""):
        assert (site / href / "index.html").exists()
