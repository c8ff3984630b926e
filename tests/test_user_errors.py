"""Mistakes a user makes, and what the command line does about them.

Each runs the real `build_site.py`, as a user would: a wrong folder or file, a broken
configuration, two runs at once, Ctrl-C, a seed in a legacy encoding, a hand-written page
in the way. The rule in every case: a one-line error that says what to do, exit status 2
when nothing could be built, and nothing the user had is lost or left half-written.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import frontmatter
import pytest

from conftest import REPO, SEEDS, SHARED, run_build_site

SEED_NAMES = sorted(p.name for p in SEEDS.glob("*.txt"))


def _snapshot(folder: Path) -> dict[str, str]:
    """Every file under folder (hidden ones too) -> digest of its bytes."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _errors(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("error:")]


def _converted(tmp_path: Path) -> tuple[Path, Path, dict[str, str], bytes]:
    """The five seeds converted into tmp_path/docs; the docs' snapshot and the candidates file."""
    docs = tmp_path / "docs"
    run = run_build_site(docs=docs, command="convert")
    assert run.returncode == 0, run.output
    candidates = tmp_path / "candidates.yml"
    return docs, candidates, _snapshot(docs), candidates.read_bytes()


def test_a_run_with_no_usable_seed_leaves_the_pages_as_they_were(tmp_path: Path) -> None:
    docs, candidates, before, listed = _converted(tmp_path)
    assert len(list((docs / "articles").glob("*.md"))) == 5
    empty = tmp_path / "empty"
    empty.mkdir()
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "blank.txt").write_text("  \n\n", encoding="utf-8")
    for seeds, extra in ((empty, ()), (broken, ()), (SEEDS, ("--max-size", "0.000001"))):
        run = run_build_site(*extra, seeds=seeds, docs=docs, command="build")
        assert run.returncode == 2, run.output
        assert f"nothing to build, and {docs}/ is left as it was" in run.stderr
        assert _snapshot(docs) == before  # no page removed, no manifest rewritten
        assert candidates.read_bytes() == listed
        assert not run.site.exists()


def test_a_hand_written_page_with_a_generated_name_keeps_its_name(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    run = run_build_site(docs=docs, command="convert")
    names = sorted(p.name for p in (docs / "articles").glob("*.md"))
    shutil.rmtree(docs)
    (docs / "articles").mkdir(parents=True)
    mine = docs / "articles" / names[0]
    mine.write_text("---\ntitle: My notes on this story\n---\nMy own text.\n", encoding="utf-8")
    run = run_build_site(docs=docs)
    assert run.returncode == 0, run.output  # before: 79 broken links, "site NOT built"
    assert mine.read_text(encoding="utf-8") == "---\ntitle: My notes on this story\n---\nMy own text.\n"
    moved = docs / "articles" / names[0].replace(".md", "-2.md")
    assert frontmatter.load(moved).metadata["source_file"] in SEED_NAMES
    assert (run.site / "articles" / moved.stem / "index.html").is_file()
    assert "My own text." in (run.site / "articles" / mine.stem / "index.html").read_text(encoding="utf-8")


def test_a_page_the_nav_leaves_out_fails_the_build_with_what_to_do(tmp_path: Path) -> None:
    # The README's advice, where the user meets the failure: MkDocs only says the page is not
    # in the nav, and strict mode makes that fatal.
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "notes.md").write_text("# My notes\n\nText.\n", encoding="utf-8")
    run = run_build_site(docs=docs)
    assert run.returncode == 2
    assert "notes.md" in run.stderr
    assert "must be listed in mkdocs.yml" in run.stderr and "not_in_nav" in run.stderr
    assert (docs / "notes.md").read_text(encoding="utf-8") == "# My notes\n\nText.\n"


def test_a_hand_written_page_may_embed_what_an_article_may_not(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "about.md").write_text(
        "# About\n\n<iframe title=\"Briefing video\" src=\"https://www.youtube-nocookie.com/embed/x\"></iframe>\n\n"
        "<button onclick=\"window.print()\">Print this briefing</button>\n", encoding="utf-8")
    run = run_build_site(docs=docs)
    assert run.returncode == 0, run.output  # before: "<iframe> element in article content", exit 2
    about = (run.site / "about" / "index.html").read_text(encoding="utf-8")
    assert "<iframe" in about and 'onclick="window.print()"' in about
    # A generated page is still checked: the same markup put into one fails the build; so
    # does a page of the user's among the articles (pasted from a seed, it was never escaped).
    page = next((docs / "articles").glob("*.md"))
    generated = page.read_text(encoding="utf-8")
    page.write_text(generated + "\n<iframe src=\"https://example.org/\"></iframe>\n", encoding="utf-8")
    run = run_build_site(docs=docs, command="build")
    assert run.returncode == 2 and f"articles/{page.stem}/index.html: <iframe> element in article content" \
        in run.stderr, run.output
    page.write_text(generated, encoding="utf-8")
    (docs / "articles" / "pasted.md").write_text("---\ntitle: Pasted\n---\n\n<iframe src=\"x\"></iframe>\n",
                                                 encoding="utf-8")
    run = run_build_site(docs=docs, command="build")
    assert run.returncode == 2 and "articles/pasted/index.html: <iframe> element in article content" \
        in run.stderr, run.output


def test_configuration_mistakes_are_one_line_errors_before_anything_is_written(tmp_path: Path) -> None:
    docs, _, before, _ = _converted(tmp_path)
    bad_yaml = tmp_path / "bad.yml"
    bad_yaml.write_text("site_name: [unclosed\n", encoding="utf-8")
    a_list = tmp_path / "list.yml"  # say, the entity candidates file given by mistake
    a_list.write_text("- name: Satya Nadella\n  type: person\n", encoding="utf-8")
    # mkdocs.yml copied into a new briefing's folder without the theme's overrides/ beside it:
    # MkDocs said so only after the conversion (the site build's own check)
    elsewhere = tmp_path / "briefing" / "mkdocs.yml"
    elsewhere.parent.mkdir()
    shutil.copy(REPO / "mkdocs.yml", elsewhere)
    for name in ("topics.yml", "entities.yml"):
        shutil.copy(REPO / name, elsewhere.parent / name)
    # a topic written twice (the second was kept, the first one's phrases silently lost)
    twice = tmp_path / "twice-topics.yml"
    twice.write_text((REPO / "topics.yml").read_text(encoding="utf-8") + "\nTikTok and ByteDance:\n  phrases: [TikTok]\n",
                     encoding="utf-8")
    # entities added under the bare "[]" an older `new` wrote below its examples (a first-time user's run stopped
    # with "expected '<document start>', but found '<block sequence start>'" and no word of the "[]")
    closed = tmp_path / "closed-entities.yml"
    closed.write_text("# Entities\n#\n# - name: Gina Raimondo\n\n[]\n- name: Harbour Authority\n  type: organization\n",
                      encoding="utf-8")
    cases = [
        (("--topics", str(twice)), f"{twice}: cannot be read: 'TikTok and ByteDance' is written twice (keep one entry)"),
        (("--entities", str(closed)), "(line 5, '[]', is an empty list that ends the file's data before the entries "
                                      "under it: delete that line)"),
        (("--config", str(elsewhere)), f"{elsewhere}: the theme's custom_dir, 'overrides', is no folder beside it: "
                                        "copy the project's overrides/"),
        (("--config", str(tmp_path / "nope.yml")), f"{tmp_path / 'nope.yml'} not found"),
        # (a folder: the briefing's, with its mkdocs.yml in it, is taken for it; one without says so)
        (("--config", str(bad_yaml.parent / "nothing")), f"--config {tmp_path / 'nothing'} is a folder with no "
                                                          "mkdocs.yml in it"),
        (("--config", str(bad_yaml)), f'in "{bad_yaml}", line 1'),
        (("--config", str(a_list)), f"{a_list} is not an MkDocs configuration: its top level is a list"),
        (("--topics", str(tmp_path / "nope-topics.yml")), "nope-topics.yml not found"),
        (("--entities", str(tmp_path / "nope-entities.yml")), "nope-entities.yml not found"),
        (("--seeds", str(SEEDS / SEED_NAMES[0])), "is a file; give the folder that holds the articles"),
    ]
    (tmp_path / "nothing").mkdir()
    for args, message in cases:
        run = run_build_site(*args, docs=docs)
        assert run.returncode == 2, (args, run.output)
        assert "Traceback" not in run.stderr and message in run.stderr, (args, run.stderr)
        assert len(_errors(run.stderr)) == 1, run.stderr
        assert _snapshot(docs) == before, args


def test_a_file_where_a_folder_of_pages_goes_is_reported_as_such(tmp_path: Path) -> None:
    """docs/articles as a file: the run stops, leaves the file, and says a file is in the way
    (it had said to check the folder's permissions and free space)."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "articles").write_text("notes\n", encoding="utf-8")
    run = run_build_site(docs=docs, command="convert")
    assert run.returncode == 2, run.output
    assert _errors(run.stderr) == [f"error: File exists: {docs / 'articles'}; nothing was changed there (a file is "
                                   "in the way of a folder the pages go in: move it away)"]
    assert _snapshot(docs) == {"articles": hashlib.sha256(b"notes\n").hexdigest()}


def test_an_invalid_site_url_or_an_unwritable_site_fails_cleanly(tmp_path: Path) -> None:
    run = run_build_site(docs=tmp_path / "docs", extra_env={"SITE_URL": "not a url"})
    assert run.returncode == 2 and "site NOT built" in run.stdout, run.output
    assert "Traceback" not in run.stderr and "site_url" in run.stderr
    blocker = tmp_path / "file"
    blocker.write_text("a file where the site's folder should go\n", encoding="utf-8")
    run = run_build_site(docs=tmp_path / "docs", site=blocker / "site")
    assert run.returncode == 2 and "site NOT built" in run.stdout, run.output
    assert "Traceback" not in run.stderr and str(blocker) in run.stderr


def test_project_files_default_to_the_configuration_folder(tmp_path: Path) -> None:
    """Run from another folder with --config: topics.yml and entities.yml beside it are used."""
    docs = tmp_path / "docs"
    cmd = [sys.executable, str(REPO / "build_site.py"), "convert", "--seeds", str(SEEDS), "--docs", str(docs),
           "--config", str(REPO / "mkdocs.yml"), "--candidates", str(tmp_path / "c.yml"), "--no-cache"]
    proc = subprocess.run(cmd, cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "not found" not in proc.stderr
    tagged = [frontmatter.load(p).metadata["tags"] for p in (docs / "articles").glob("*.md")]
    assert all(tagged), tagged  # every seed article has topic tags from the project's topics.yml
    assert len(list((docs / "entities").glob("*.md"))) > 10
    # Without mkdocs.yml where it is looked for, the run stops before writing anything.
    proc = subprocess.run(cmd[:-5] + ["--no-cache"], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and "mkdocs.yml not found in" in proc.stderr, proc.stderr
    # ... and a --config that names no file says so, and how to start a briefing there (a first-time user's
    # typo had been told to give --config)
    proc = subprocess.run(cmd[:-7] + ["--config", "nosuch/mkdocs.yml", "--no-cache"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and f"nosuch/mkdocs.yml not found in {tmp_path}: give --config the mkdocs.yml " \
        "of a briefing, or start a briefing there with: build_site.py new nosuch" in proc.stderr, proc.stderr


def test_nested_folders_are_refused(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    for docs, site in ((seeds / "docs", tmp_path / "site"), (tmp_path / "docs", seeds / "site"),
                       (tmp_path / "docs", tmp_path / "docs" / "site")):
        run = run_build_site(seeds=seeds, docs=docs, site=site)
        assert run.returncode == 2 and "give folders side by side" in run.stderr, run.output
        assert not docs.exists() and not site.exists()


def test_bad_option_values_are_refused_by_the_parser(tmp_path: Path) -> None:
    for args in (("--jobs", "0"), ("--jobs", "-3"), ("--max-size", "nan"), ("--max-size", "0"), ("--max-size", "x")):
        run = run_build_site(*args, docs=tmp_path / "docs")
        assert run.returncode == 2 and "Traceback" not in run.stderr, (args, run.output)
        assert f"argument {args[0]}:" in run.stderr, run.stderr
        assert not (tmp_path / "docs").exists()


def test_a_second_run_at_the_same_time_is_refused(tmp_path: Path) -> None:
    docs, _, before, _ = _converted(tmp_path)
    lock = tmp_path / ".docs.lock"
    assert lock.exists()  # the first run took it and let it go
    with open(lock, "a") as held:  # as a run still converting would hold it
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        run = run_build_site(docs=docs)
    assert run.returncode == 2, run.output
    assert _errors(run.stderr) == [f"error: another run of build_site.py is writing the pages in {docs}/ (it holds "
                                   f"{lock}); wait for it to finish, then run again"]
    assert _snapshot(docs) == before
    site_lock = tmp_path / ".site.lock"
    site_lock.touch()
    with open(site_lock, "a") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        run = run_build_site(docs=docs)
    assert run.returncode == 2 and "is writing the site in" in run.stderr, run.output
    assert not (tmp_path / "site").exists() and not (tmp_path / ".site.building").exists()
    assert run_build_site(docs=docs).returncode == 0  # the locks die with their holders


def test_a_broken_link_and_a_legacy_encoding_are_reported_not_garbled(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    (seeds / "moved.txt").symlink_to(tmp_path / "nowhere" / "moved.txt")
    ru = ("Майкрософт расширяет исследования в Китае. Компания заявила во вторник, что расширит свой "
          "центр искусственного интеллекта в Пекине и наймёт больше исследователей. ") * 4
    zh = "微软公司周二表示，将在北京扩大其人工智能研究中心，并招聘更多研究人员参与新的项目。" * 6
    page = ('<!DOCTYPE html><html><head>{meta}<title>{title}</title></head><body><article><h1>{title}</h1>'
            '<p>{body}</p><p>{body}</p></article></body></html>')
    (seeds / "ru-page.html").write_bytes(page.format(
        meta='<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">',
        title="Майкрософт расширяет исследования", body=ru).encode("cp1251"))
    (seeds / "zh-page.html").write_bytes(page.format(
        meta='<meta charset="gb2312">', title="微软扩大在华研究", body=zh).encode("gbk"))
    (seeds / "ru-notes.txt").write_bytes(("Майкрософт в Китае\n\n" + ru + "\n\n" + ru).encode("cp1251"))
    # Thai, under the label Thai sites declare, which Python's codecs do not know (a first-time user's Khaosod
    # page was refused); a label no browser knows is named in the error
    th = "ไมโครซอฟท์ประกาศขยายศูนย์วิจัยปัญญาประดิษฐ์ในกรุงปักกิ่งและจะรับนักวิจัยเพิ่มอีกหลายสิบคน " * 6
    (seeds / "th-page.html").write_bytes(page.format(
        meta='<meta charset="windows-874">', title="ไมโครซอฟท์ขยายงานวิจัยในจีน", body=th).encode("cp874"))
    (seeds / "th-typo.html").write_bytes(page.format(
        meta='<meta charset="windows-8740">', title="ไมโครซอฟท์ขยายงานวิจัย", body=th).encode("cp874"))
    # Two stray NUL bytes in a text are stripped as other control characters are (they had
    # made it a "binary file")
    (seeds / "nuls.txt").write_bytes((
        "Council approves budget\n\nBy Jane Doe\n\nThe council voted on Tuesday to approve the new budget for the "
        "city, which includes more money for schools and roads.\x00 Opponents said the plan was rushed.\n\nThe budget "
        "takes effect in January, when the new fiscal year begins, and it will be reviewed again in the summer.\x00\n\n"
        "Taxes on commercial property rise by two percent, the first increase since the council froze them.\n"
    ).encode())
    # A Russian or Japanese headline over an English text: the English does not hide it.
    english = "\n\n".join(["By Jane Reporter", "March 3, 2021", *[
        "Microsoft has operated a research laboratory in Beijing since 1998, and the company said on Tuesday "
        "that it would keep the lab open despite the growing pressure from lawmakers in Washington."] * 4])
    (seeds / "ru-title.txt").write_bytes(("Майкрософт и пекинская лаборатория\n\n" + english).encode("cp1251"))
    (seeds / "ja-title.txt").write_bytes(("マイクロソフトと北京の研究所\n\n" + english).encode("shift_jis"))
    # ... and those of the legacy encodings read where their reading looks like the language's text (a first-time
    # user's Bank of Japan statement saved as Shift_JIS, and a Japanese release saved with no <meta charset>, were
    # refused), in Korean's, Chinese's and KOI8 too; not Greek, Hebrew or Thai, whose bytes any of them reads
    ja = ("日本銀行は、本日、政策委員会・金融政策決定会合において、次回金融政策決定会合までの金融市場調節方針を"
          "決定した。マイナス金利政策は解除する。") * 3
    (seeds / "ja-boj.txt").write_bytes(("金融政策の変更について\n\n" + ja + "\n\n" + ja).encode("shift_jis"))
    (seeds / "ja-page.html").write_bytes(page.format(meta="", title="金融政策の変更について", body=ja).encode("euc_jp"))
    ko = "한국은행 금융통화위원회는 다음 통화정책방향 결정시까지 한국은행 기준금리를 현 수준에서 유지하기로 하였다. " * 4
    (seeds / "ko-bok.txt").write_bytes(("한국은행 기준금리 동결\n\n" + ko + "\n\n" + ko).encode("euc_kr"))
    (seeds / "zh-notes.txt").write_bytes(("微软扩大在华研究\n\n" + zh + "\n\n" + zh).encode("gbk"))
    (seeds / "ru-koi8.txt").write_bytes(("Майкрософт в Пекине\n\n" + ru + "\n\n" + ru).encode("koi8_r"))
    el = "Η Ευρωπαϊκή Κεντρική Τράπεζα μείωσε τα επιτόκια κατά είκοσι πέντε μονάδες βάσης την Πέμπτη. " * 4
    (seeds / "el-notes.txt").write_bytes(("Η ΕΚΤ μείωσε τα επιτόκια\n\n" + el + "\n\n" + el).encode("cp1253"))
    # A label that names no charset a browser knows ("base64", a Python codec), or UTF-16 in
    # the page's own single-byte text: read as a browser does (cp1252, UTF-8).
    (seeds / "b64-page.html").write_bytes(page.format(
        meta='<meta charset="base64">', title="Café crème", body="Le café coûte deux euros. " * 10).encode("cp1252"))
    (seeds / "u16-page.html").write_bytes(page.format(
        meta='<meta charset="utf-16">', title="Crème brûlée", body="La crème brûlée coûte trois euros. " * 10
    ).encode("utf-8"))
    run = run_build_site(seeds=seeds, docs=tmp_path / "docs", command="convert")
    assert run.returncode == 1, run.output
    legacy = ("not UTF-8, and read as {} it is not text in a Latin alphabet (Greek, Hebrew, Arabic or Thai in a "
              "legacy encoding?): save it as UTF-8")
    assert set(_errors(run.stderr)) == {
        f"error: moved.txt: broken symbolic link (to {tmp_path / 'nowhere' / 'moved.txt'}, which does not exist)",
        "error: el-notes.txt: " + legacy.format("cp1252"),
        "error: th-typo.html: " + legacy.format("cp1252") + ", or correct its <meta charset> tag, which names "
                                                           "'windows-8740', no charset a browser knows",
    }
    titles = {frontmatter.load(p).metadata["source_file"]: frontmatter.load(p).metadata["title"]
              for p in (tmp_path / "docs" / "articles").glob("*.md")}
    assert titles["ru-page.html"] == "Майкрософт расширяет исследования"
    assert (tmp_path / "docs" / "articles" / "maykrosoft-rasshiryaet-issledovaniya.md").is_file()
    assert titles["zh-page.html"] == "微软扩大在华研究"
    assert titles["th-page.html"] == "ไมโครซอฟท์ขยายงานวิจัยในจีน"
    assert (titles["b64-page.html"], titles["u16-page.html"]) == ("Café crème", "Crème brûlée")
    assert "nuls.txt" in titles
    assert (titles["ja-boj.txt"], titles["ja-page.html"]) == ("金融政策の変更について", "金融政策の変更について")
    assert (titles["ko-bok.txt"], titles["zh-notes.txt"]) == ("한국은행 기준금리 동결", "微软扩大在华研究")
    assert (titles["ru-notes.txt"], titles["ru-koi8.txt"]) == ("Майкрософт в Китае", "Майкрософт в Пекине")
    assert (titles["ru-title.txt"], titles["ja-title.txt"]) == ("Майкрософт и пекинская лаборатория",
                                                                "マイクロソフトと北京の研究所")
    assert "ja-boj.txt: not valid UTF-8; decoded as cp932, the legacy encoding of Japanese" in run.stderr
    assert len(titles) == 19


def test_bengali_in_a_legacy_font_encoding_is_refused_with_what_to_do(tmp_path: Path) -> None:
    """A first-time user's Bangladesh briefing: a gazette's text copied from a SutonnyMJ (Bijoy) PDF, "evsjv‡`k
    †M‡RU" for বাংলাদেশ গেজেট, was skipped as "no article text found (only headlines, navigation or clutter)",
    which sent the user looking at the wrong thing. It is refused as what it is, in UTF-8 and in its code page
    (Windows-1252: read so, it looked like no Latin alphabet either). Not an English paper's footnote daggers,
    nor German's "Ö", nor code's "^", nor Croatian saved as UTF-8 twice, where "ć" is "Ä‡" ("VuÄ‡iÄ‡": a boundary
    probe's, refused as Bijoy)."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    bijoy = ("evsjv‡`k wbe©vPb Kwgkb\n\nAvIqvgx jx‡Mi wbeÜb ¯’wMZ\n\nXvKv, 12 †g 2025 - wbe©vPb Kwgk‡bi mwPe †mvgevi "
             "mÜ¨vq Kwgk‡bi mfv †k‡l G wm×v‡šÍi K_v Rvbvb| miKvi Av‡M `jwUi mKj Kvh©µg wbwl× K‡i‡Q|\n\n"
             "Kwgkb ej‡Q, wbeÜb ¯’wMZ _vKv Ae¯’vq `jwU †Kv‡bv wbe©vP‡b AskMÖnY Ki‡Z cvi‡e bv| ÿgZvq _vKvi mgq "
             "†_‡K `jwU †`‡ki me‡P‡q eo `j wQj|\n")
    (seeds / "gazette.txt").write_text(bijoy, encoding="utf-8")
    (seeds / "gazette-ansi.txt").write_bytes(bijoy.encode("cp1252"))
    paper = ("Export controls and the chip industry\n\nJane Smith†, Ahmed Sayed‡ and Li Wei†\n\n"
             + "\n\n".join(["The council voted on Tuesday to approve the new rules for exports of chip-making tools, "
                            "which the ministry said would take effect in January after a review by the board."] * 4)
             + "\n\n† These authors contributed equally. ‡ Corresponding author: jane@example.org\n")
    (seeds / "paper.txt").write_text(paper, encoding="utf-8")
    # (a short one, mostly its authors and their daggers: a code review's probe, refused as Bijoy)
    (seeds / "abstract.txt").write_text(
        "Flood forecasting in the Ganges delta\n\nJane Smith†, John Doe‡, Wei Zhang†‡, Ana Ruiz†, Omar Ali‡, Lee Kim†, "
        "Rita Sen‡\n\n† University of Dhaka ‡ BUET\n\nGraph networks forecast the delta's floods two days sooner.\n",
        encoding="utf-8")
    german = ("Ölpreis steigt in Österreich\n\n" + "\n\n".join(
        ["Der Ölpreis ist am Dienstag in Österreich gestiegen, teilte die Österreichische Energieagentur mit; "
         "Ökonomen erwarten weitere Ölpreissteigerungen † und ‡ markieren Fußnoten der Übersicht."] * 4))
    (seeds / "de.txt").write_bytes(german.encode("cp1252"))
    (seeds / "code.md").write_text("# XOR in Python\n\n" + "\n\n".join(
        ["The operator a ^ b returns the bitwise exclusive or of a and b; x^y^z chains it, and mask^0xFF flips "
         "the low byte, as the footnote† says."] * 4) + "\n", encoding="utf-8")
    (seeds / "hr.txt").write_text("Vučić najavio izbore\n\n" + "\n\n".join(
        ["Predsjednik Srbije Aleksandar VuÄ‡iÄ‡ najavio je da Ä‡e izbori biti odrÅ¾ani u lipnju. RijeÄ‡ je o "
         "Ä‡etvrtim izborima, a VuÄ‡iÄ‡ je rekao da Ä‡e odluka biti donesena do 15. ožujka."] * 3) + "\n",
        encoding="utf-8")
    run = run_build_site(seeds=seeds, docs=tmp_path / "docs", command="convert")
    assert run.returncode == 1, run.output
    reason = ("text in a legacy Bengali font encoding (Bijoy/SutonnyMJ); convert it to Unicode (e.g. with a "
              "Bijoy-to-Unicode converter) and save it as UTF-8")
    assert set(_errors(run.stderr)) == {f"error: gazette.txt: {reason}", f"error: gazette-ansi.txt: {reason}"}
    sources = {frontmatter.load(p)["source_file"] for p in (tmp_path / "docs" / "articles").glob("*.md")}
    assert sources == {"paper.txt", "abstract.txt", "de.txt", "code.md", "hr.txt"}


CENTRAL_EUROPEAN = {
    # (file, its code page, headline, paragraphs): pages saved from Romanian, Polish and Czech
    # sites in their legacy code pages (Hungarian's ő and ű read as "õ" and "û" leave no sign
    # that Estonian's "õ" and French "û" do not: it stays as Windows-1252 gives it)
    "ro.txt": ("cp1250", "Alegeri 2025: Simion şi Dan în turul doi", [
        "George Simion şi Nicuşor Dan se vor înfrunta în turul al doilea al alegerilor prezidenţiale pe 18 mai, "
        "după ce au obţinut cele mai multe voturi în primul tur.",
        "Prezenţa la vot a fost mai mare decât în noiembrie, potrivit datelor publicate duminică seara de "
        "Biroul Electoral Central.",
        "Ţara aşteaptă rezultatul, iar analiştii spun că turul doi va fi strâns şi că diaspora poate decide."]),
    "pl.txt": ("iso8859_2", "Rząd przyjął projekt ustawy o mediach", [
        "Minister powiedział w środę, że zmiany będą wprowadzone w przyszłym roku, a samorządy Łodzi i Krakowa "
        "już się do nich przygotowują.",
        "Opozycja zapowiada, że złoży skargę do Trybunału, jeśli ustawa zostanie uchwalona w obecnym kształcie.",
        "Według sondażu większość Polaków nie słyszała o projekcie, a dziennikarze obawiają się cięć."]),
    "cs.txt": ("cp1250", "Vláda schválila návrh zákona o médiích", [
        "Ministr ve středu řekl, že změny budou zavedeny příští rok a město může čekat na peníze z rozpočtu.",
        "Opozice tvrdí, že zákon je příliš rychlý a že ho napadne u Ústavního soudu, pokud projde sněmovnou.",
        "Podle průzkumu většina lidí o návrhu neslyšela; novináři se obávají škrtů v regionálních redakcích."]),
}


WESTERN = {
    # Western texts in Windows-1252 or latin-1 whose symbols and letters are the signs' look-alikes
    # (a reviewer's probes: each was read as Central European, "£5bn" as "Ł5bn", "Tõnis" as "Tőnis")
    "en.txt": ("cp1252", "Council approves £5bn plan for new pipes", [
        "The council approved a £5bn plan on Tuesday to replace 1¼in and 3¼in pipes with 10m³ tanks across the city.",
        "The group’s results table, in £m as its reports give it, put net debt at 88 and revenue at 1,204.",
        "Engineers expect costs within ±5% of the estimate, and ¼lb fittings will be phased out by 2027."]),
    "pt.txt": ("cp1252", "Governo aprova as Leis n.ºs 12 e 13", [
        "O Governo aprovou na 3.ª-feira as Leis n.ºs 12 e 13, e os 1.ºs classificados recebem as informações hoje.",
        "As eleições e as opções da comissão põem milhões de euros em questão, segundo as associações.",
        "A Lei n.º 5/2024 e os Decretos-Leis n.ºs 10 e 11 entram em vigor em junho, disse o ministério."]),
    "et.txt": ("cp1252", "Tõnis Mägi kõneles Põhja-Eesti õpetajatele", [
        "Tõnis Mägi kõneles teisipäeval Põhja-Eesti õpetajatele, kes kogunesid Tallinnas suurele õppepäevale.",
        "Kõik on hästi, ütles Tõnu, ja Põltsamaa õlu võitis konkursil esimese koha juba kolmandat aastat järjest.",
        "Õpetajad küsisid, kas õppekava muutub, ning minister lubas vastata järgmisel nädalal kõigile kirjadele."]),
    "gd.txt": ("latin-1", "Tha an riaghaltas ag ràdh gum bi sgìre ùr ann", [
        "Thuirt an riaghaltas Diluain gum bi sgìre ùr ann an Dùn Èideann ro dheireadh na bliadhna seo tighinn.",
        "Bha daoine san sgìre toilichte, ach thuirt cuid gu bheil cus ùine air a dhol seachad mus tàinig an naidheachd.",
        "Bidh coinneamh phoblach ann an talla a' bhaile air an ath sheachdain, a rèir na comhairle ionadail."]),
}


def test_central_european_code_pages_are_read_in_their_letters(tmp_path: Path) -> None:
    """A Romanian page saved in Windows-1250 was published as "Simion ºi Dan" ("şi" read as
    Windows-1252), with only a warning. Central European text in Windows-1250 or ISO-8859-2 is
    now read in its own letters, said as such; a Western text with "£5bn", "nº 5", "m³" and
    Spanish questions stays Windows-1252."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, (codec, title, paragraphs) in CENTRAL_EUROPEAN.items():
        (seeds / name).write_bytes("\n\n".join([title, *paragraphs]).encode(codec))
    western = ("Precios: 5 £ y ¿por qué?",
               "El contrato de £5bn, firmado el 1º de mayo, cubre la nº 5 y 20 m³ de agua. ¿Quién paga? ¿Cuándo? "
               "El café cuesta más, dijo la ministra, y la crème brûlée también.")
    (seeds / "es.txt").write_bytes(f"{western[0]}\n\n{western[1]}\n\n{western[1]}\n".encode("cp1252"))
    for name, (codec, title, paragraphs) in WESTERN.items():
        (seeds / name).write_bytes("\n\n".join([title, *paragraphs]).encode(codec))
    run = run_build_site(seeds=seeds, docs=tmp_path / "docs", command="convert")
    assert run.returncode == 0, run.output
    pages = {frontmatter.load(p)["source_file"]: frontmatter.load(p) for p in (tmp_path / "docs" / "articles").glob("*.md")}
    for name, (codec, title, paragraphs) in CENTRAL_EUROPEAN.items():
        assert pages[name]["title"] == title
        text = f"{pages[name]['subtitle']}\n{pages[name].content}"  # (the first may be the standfirst)
        assert all(paragraph in text for paragraph in paragraphs), (name, text)
        # (Romanian and Hungarian letters are the same bytes in both code pages)
        assert re.search(rf"{name}: not valid UTF-8; decoded as (cp1250|iso8859_2) \(Central European", run.stderr)
    for name, (codec, title, paragraphs) in WESTERN.items():
        text = f"{pages[name]['title']}\n{pages[name]['subtitle']}\n{pages[name].content}"
        assert title in text and all(paragraph in text for paragraph in paragraphs), name
        assert "Central European" not in "".join(line for line in run.stderr.splitlines() if name in line)
    assert pages["es.txt"]["title"] == western[0]
    assert "El contrato de £5bn, firmado el 1º de mayo" in pages["es.txt"].content
    assert "es.txt: not valid UTF-8; decoded as cp1252" in run.stderr


def test_cyrillic_garbled_through_cp1251_or_under_a_wrong_charset_is_read_in_its_letters(tmp_path: Path) -> None:
    """A first-time user's Ukrainian briefing: UTF-8 text once decoded as Windows-1251 and saved again as UTF-8 was
    published as "РџРѕР»С–С‚РёРєР°" ("Політика"), title and all, with no warning; a saved page that declares
    <meta charset="utf-8"> but holds cp1251 bytes was refused as "Greek, Hebrew, Arabic or Thai"; a KOI8-R file was
    announced as "decoded as koi8_u". Each is now read in its letters, and said so; genuine Cyrillic with a pair of
    the same letters ("Рівне", "Січ", "«ТАСС»") and an English text stay as they were."""
    from briefing.read import read_source

    uk = ("Президент України Володимир Зеленський у вечірньому зверненні 14 березня заявив, що Україна готова до "
          "повного припинення вогню на 30 днів, якщо Росія погодиться. «Тепер черга Росії», – наголосив він.")
    ru = "Дорога из Доброполья на Покровск теперь закрыта сеткой. Водители говорят, что дроны висят над трассой."
    garbled = "\n\n".join(["Політика", uk, uk]).encode("utf-8").decode("cp1251", errors="replace")
    (tmp_path / "garbled.txt").write_text(garbled, encoding="utf-8")
    doc = read_source(tmp_path / "garbled.txt", tmp_path)
    assert garbled.startswith("РџРѕР»С–С‚РёРєР°") and doc.text == "\n\n".join(["Політика", uk, uk])
    assert any(note.startswith("repaired mojibake (UTF-8 text that had been decoded as cp1251") for note in doc.notes)
    genuine = "\n\n".join(["Рівне: Січ «ТАСС»", uk, ru, "English text, with a “quote” – and a dash."])
    (tmp_path / "genuine.txt").write_text(genuine, encoding="utf-8")
    doc = read_source(tmp_path / "genuine.txt", tmp_path)
    assert (doc.text, doc.notes) == (genuine, ())
    # (an English explainer that quotes garbled text as an example, a review's probe: its examples stay as written)
    example = "РџСЂРёРІРµС‚ Р±СЂР°С‚ Рё СЃРµСЃС‚СЂР°"
    explainer = (f"If you have ever seen {example} instead of a greeting in Russian, your browser read the page in the "
                 "wrong encoding. The fix is to choose the right one in the menu, or to save the file again as UTF-8.")
    (tmp_path / "explainer.txt").write_text(explainer, encoding="utf-8")
    assert read_source(tmp_path / "explainer.txt", tmp_path).text == explainer
    page = f'<html><head><meta charset="utf-8"><title>Політика</title></head><body><p>{uk}</p></body></html>'
    (tmp_path / "page.html").write_bytes(page.encode("cp1251"))
    doc = read_source(tmp_path / "page.html", tmp_path)
    assert (doc.text, doc.encoding) == (page, "cp1251")
    assert doc.notes[0].startswith("not valid UTF-8, the charset the page declares; decoded as cp1251")
    (tmp_path / "ru.txt").write_bytes(f"{ru}\n\n{ru}".encode("koi8_r"))
    plain = uk.replace("«", '"').replace("»", '"').replace("–", "-")  # (KOI8 has no such quotes and dashes)
    (tmp_path / "uk.txt").write_bytes(f"{plain}\n\n{plain}".encode("koi8_u"))
    assert [read_source(tmp_path / name, tmp_path).encoding for name in ("ru.txt", "uk.txt")] == ["koi8_r", "koi8_u"]


def test_a_duplicate_entry_in_the_metadata_file_stops_the_run(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    (seeds / "metadata.yml").write_text(
        f"{SEED_NAMES[0]}:\n  title: First correction\n{SEED_NAMES[0]}:\n  title: Second correction\n",
        encoding="utf-8")
    run = run_build_site(seeds=seeds, docs=tmp_path / "docs")
    assert run.returncode == 2 and not (tmp_path / "docs").exists(), run.output
    assert _errors(run.stderr) == [
        f"error: {seeds / 'metadata.yml'}: cannot be read ('{SEED_NAMES[0]}' is written twice (keep one entry) in "
        f"\"{seeds / 'metadata.yml'}\", line 3, column 1); fix it, or move it out of the seeds folder to build "
        "without its corrections"]


def test_the_project_folders_default_to_the_configs_folder_from_anywhere(tmp_path: Path) -> None:
    # "Works from any folder given --config": seeds, docs and site are the project's, not
    # folders of the current one; an option before the command gets a message that helps.
    project = tmp_path / "project"
    project.mkdir()
    for name in ("mkdocs.yml", "topics.yml", "entities.yml"):
        shutil.copy(REPO / name, project / name)
    shutil.copytree(REPO / "overrides", project / "overrides")
    shutil.copytree(SEEDS, project / "seeds")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    cmd = [sys.executable, str(REPO / "build_site.py"), "build", "-q", "--config", str(project / "mkdocs.yml")]
    proc = subprocess.run(cmd, cwd=elsewhere, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert (project / "site" / "index.html").is_file() and len(list((project / "docs" / "articles").glob("*.md"))) == 5
    assert (project / "entity-candidates.yml").is_file()
    assert list(elsewhere.iterdir()) == []
    # (the briefing's folder for its mkdocs.yml: an EU AI Act user's "--config brief" was "brief not found")
    proc = subprocess.run([sys.executable, str(REPO / "build_site.py"), "convert", "--config", str(project)],
                          cwd=elsewhere, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0 and f"pages in {project / 'docs'}/" in proc.stdout, proc.stdout + proc.stderr
    assert list(elsewhere.iterdir()) == []
    proc = subprocess.run([sys.executable, str(REPO / "build_site.py"), "--config", str(project / "mkdocs.yml"),
                           "convert"], cwd=elsewhere, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and "the command comes first: build_site.py convert --config" in proc.stderr
    assert list(elsewhere.iterdir()) == []


def test_serve_on_a_busy_port_says_so_before_converting(tmp_path: Path) -> None:
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        run = run_build_site("--port", str(port), docs=tmp_path / "docs", command="serve", timeout=60)
    assert run.returncode == 2
    assert f"cannot serve on 127.0.0.1:{port}" in run.stderr and "choose another with --port N" in run.stderr
    assert not (tmp_path / "docs").exists()  # nothing converted, nothing rewritten


def test_the_original_articles_address_is_a_link_and_only_a_web_address(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    (seeds / "metadata.yml").write_text(
        f"{SEED_NAMES[0]}:\n  url: https://news.example.com/story?id=1&part=2\n"
        f"{SEED_NAMES[1]}:\n  url: \"javascript:alert(9)\"\n", encoding="utf-8")
    run = run_build_site(seeds=seeds, docs=tmp_path / "docs")
    assert run.returncode == 1, run.output  # (built, but not with every correction)
    assert f"error: metadata.yml: {SEED_NAMES[1]}: url: 'javascript:alert(9)' is not a web address" in run.stderr
    pages = {frontmatter.load(p).metadata["source_file"]: p for p in (tmp_path / "docs" / "articles").glob("*.md")}
    assert frontmatter.load(pages[SEED_NAMES[1]]).metadata.get("url") is None
    html = (run.site / "articles" / pages[SEED_NAMES[0]].stem / "index.html").read_text(encoding="utf-8")
    assert '<a class="article-original" href="https://news.example.com/story?id=1&amp;part=2" ' \
           'rel="noopener noreferrer nofollow" data-pagefind-ignore>Original article</a>' in html
    other = (run.site / "articles" / pages[SEED_NAMES[1]].stem / "index.html").read_text(encoding="utf-8")
    assert "article-original" not in other and "alert(9)" not in other


def test_a_lost_manifest_takes_back_identical_pages_and_says_what_to_do(tmp_path: Path) -> None:
    # docs/.briefing-manifest.json records which files the converter wrote. Lost, every page
    # was "not generated by build_site.py: left untouched", and the site was built from them.
    docs = tmp_path / "docs"
    assert run_build_site(docs=docs, command="convert").returncode == 0
    before = _snapshot(docs)
    (docs / ".briefing-manifest.json").unlink()
    run = run_build_site(docs=docs, command="convert")
    assert run.returncode == 0 and "left untouched" not in run.stderr, run.output
    assert _snapshot(docs) == before  # the same pages, taken back; the record written again
    (docs / ".briefing-manifest.json").unlink()
    page = sorted((docs / "articles").glob("*.md"))[0]
    page.write_text(page.read_text(encoding="utf-8") + "\nAn older version.\n", encoding="utf-8")
    run = run_build_site(docs=docs, command="convert")
    assert f"{page} exists and was not generated by build_site.py: left untouched" in run.stderr
    assert f"{docs}/.briefing-manifest.json, the record of the pages build_site.py wrote, was missing, and 1 " \
           "file(s) in the way were left untouched" in run.stderr


def test_serve_converts_an_edited_seed_and_the_preview_shows_it(tmp_path: Path) -> None:
    import socket
    import time
    import urllib.request

    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    cmd = [sys.executable, str(REPO / "build_site.py"), "serve", "--port", str(port), "--seeds", str(seeds),
           "--docs", str(tmp_path / "docs"), "--candidates", str(tmp_path / "candidates.yml")]
    proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            start_new_session=True)

    def page(url: str) -> str:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")

    def wait_for(check, seconds: float = 90):  # type: ignore[no-untyped-def]
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                if check():
                    return True
            except OSError:
                pass
            time.sleep(0.5)
        return False

    try:
        docs = tmp_path / "docs" / "articles"
        assert wait_for(lambda: len(list(docs.glob("*.md"))) == 5)
        article = next(p for p in docs.glob("*.md") if frontmatter.load(p).metadata["source_file"] == SEED_NAMES[0])
        url = f"http://127.0.0.1:{port}/articles/{article.stem}/"
        assert wait_for(lambda: "article-body" in page(url))
        seed = seeds / SEED_NAMES[0]
        longest = max(seed.read_text(encoding="utf-8").splitlines(), key=len)
        added = "Harbor officials confirmed the new schedule on Friday afternoon."
        # With the edit, a metadata.yml entry for no seed: the warning reaches the terminal (the
        # conversions the preview ran again were quiet, so an analyst never heard of it).
        (seeds / "metadata.yml").write_text("nonesuch.txt:\n  title: Nothing\n", encoding="utf-8")
        seed.write_text(seed.read_text(encoding="utf-8").replace(longest, f"{longest} {added}"), encoding="utf-8")
        assert wait_for(lambda: added in page(url)), "the preview never showed the edited seed"
    finally:
        os.killpg(proc.pid, signal.SIGINT)
        try:
            out, _ = proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            out, _ = proc.communicate()
    assert "changed: converting again" in out, out
    assert "metadata.yml: nonesuch.txt: no such seed file" in out, out
    assert "prefix dict" not in out  # jieba's chatter (Material's search segments Chinese with it)


def test_a_metadata_file_that_is_not_a_mapping_stops_the_run(tmp_path: Path) -> None:
    # A list where the file names should be keys: every correction would be dropped, and
    # the articles published as extracted.
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    (seeds / "metadata.yml").write_text(f"- {SEED_NAMES[0]}\n- title: First correction\n", encoding="utf-8")
    run = run_build_site(seeds=seeds, docs=tmp_path / "docs")
    assert run.returncode == 2 and not (tmp_path / "docs").exists(), run.output
    assert _errors(run.stderr) == [
        f"error: {seeds / 'metadata.yml'}: expected each seed file's name followed by its fields (\"name.txt:\", "
        "then \"  title: ...\" under it), not a list; fix it, or move it out of the seeds folder to build without "
        "its corrections"]


def test_ctrl_c_stops_every_process_quietly_and_loses_nothing(tmp_path: Path) -> None:
    """SIGINT to the whole process group, as a terminal sends it, while the seeds convert."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for dump in sorted((SHARED / "bench" / "extraction" / "dev").glob("*.txt")):
        shutil.copyfile(dump, seeds / dump.name)
    docs, site = tmp_path / "docs", tmp_path / "site"
    cmd = [sys.executable, str(REPO / "build_site.py"), "build", "--seeds", str(seeds), "--docs", str(docs),
           "--site", str(site), "--candidates", str(tmp_path / "c.yml"), "--no-cache", "--jobs", "2"]
    proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    assert proc.stderr is not None
    seen = []
    for line in proc.stderr:  # wait until the workers are busy
        seen.append(line)
        if "converting" in line:
            break
    os.killpg(proc.pid, signal.SIGINT)
    stdout, rest = proc.communicate(timeout=120)
    stderr = "".join(seen) + rest
    assert proc.returncode == 130, stderr
    assert "Traceback" not in stderr and "KeyboardInterrupt" not in stderr, stderr
    assert "error: interrupted. Nothing is half-written" in stderr
    assert not docs.exists() or not any(docs.rglob("*.md"))  # a first run: nothing reached docs/
    assert not site.exists() and not (tmp_path / ".site.building").exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == [".docs.lock"]


def _kitchen_seed(title: str, topic: str) -> str:
    return (f"{title}\n\nBy Ann Cook\n\nMarch 3, 2021\n\n"
            f"The {topic} came out of the oven golden at the edges, and the cooks at the village bakery said it "
            "had taken them most of the winter to get the recipe right for the spring fair.\n\n"
            "They weighed the flour by hand, rested the dough overnight in the cold room, and baked it at a "
            "lower heat than the old recipe asked for, which kept the crumb soft for two days.\n")


def test_a_briefing_on_another_subject_is_told_its_topics_do_not_fit(tmp_path: Path) -> None:
    """Articles on baking against the project's topics (Microsoft and China): the run says
    that most articles match no topic and where to describe the subject. And a headline that
    asks a question is cited as written, without a full stop after the question mark."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for k, topic in enumerate(("rye loaf", "apple cake", "plum tart", "seed bun")):
        (seeds / f"bake{k}.txt").write_text(_kitchen_seed(f"How the village bakery made its {topic}", topic),
                                            encoding="utf-8")
    (seeds / "metadata.yml").write_text("bake0.txt:\n  title: Is this the best rye loaf in the county?\n",
                                        encoding="utf-8")
    run = run_build_site(seeds=seeds, docs=tmp_path / "docs")
    assert run.returncode == 0, run.output
    assert "warning: 4 of 4 articles match no topic in" in run.stderr and "Starting a new briefing" in run.stderr
    # ... and the site is still named after the project's example subject: it says so
    from briefing.site import raw_config

    site_name = raw_config(REPO / "mkdocs.yml")["site_name"]
    assert f"check the site's name, {site_name!r}, and description in" in run.stderr.replace("\n", " ")
    page = next((run.site / "articles").glob("is-this-the-best-rye-loaf*/index.html")).read_text(encoding="utf-8")
    citation = re.search(r'<p class="citation" id="citation">(.*?)</p>', page, re.S).group(1)
    assert "“Is this the best rye loaf in the county?”" in re.sub(r"</?bdi>", "", citation), citation


def test_the_projects_own_briefing_gets_no_topics_warning(seeds_build) -> None:  # type: ignore[no-untyped-def]
    assert "match no topic" not in seeds_build.stderr


def test_pipes_devices_and_undecodable_names_are_reported_and_skipped(tmp_path: Path) -> None:
    """A FIFO named like a seed hung the run; a link to /dev/zero was read until memory ran
    out; a file name that is not UTF-8 crashed the whole run. Each is now one seed skipped."""
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    os.mkfifo(seeds / "pipe.txt")
    (seeds / "zero.txt").symlink_to("/dev/zero")
    shutil.copy(SEEDS / "001_93e3014859d63cd8.txt", os.fsencode(seeds) + b"/caf\xe9.txt")
    run = run_build_site(seeds=seeds, docs=tmp_path / "docs", command="convert", timeout=120)
    assert run.returncode == 1, run.output  # built, some seeds skipped
    assert "pipe.txt: not a regular file" in run.stderr and "zero.txt: not a regular file" in run.stderr
    assert "caf\\xe9.txt: the file's name is not valid UTF-8 (rename it)" in run.stderr
    assert "Traceback" not in run.output
    assert len(list((tmp_path / "docs" / "articles").glob("*.md"))) == 5
    assert "5 articles converted, 3 skipped" in run.stdout
    # Alone, the undecodable name still makes the run "some seeds skipped", and -q shows it
    # (it was a warning: exit 0, and nothing at all with -q).
    (seeds / "pipe.txt").unlink()
    (seeds / "zero.txt").unlink()
    run = run_build_site("-q", seeds=seeds, docs=tmp_path / "docs", command="convert", timeout=120)
    assert run.returncode == 1, run.output
    assert "caf\\xe9.txt: the file's name is not valid UTF-8 (rename it)" in run.stderr


def test_a_file_where_the_pages_go_is_refused_and_left_alone(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.write_text("not a folder", encoding="utf-8")
    run = run_build_site(docs=tmp_path / "docs", site=site)
    assert run.returncode == 2, run.output
    assert _errors(run.stderr) == [f"error: --site {site} is a file, where the pages go: move it away, or give "
                                   "another folder"]
    assert site.read_text(encoding="utf-8") == "not a folder" and not (tmp_path / ".site.old").exists()


def test_an_unexpected_failure_of_the_site_build_is_one_line_and_leaves_nothing_behind(tmp_path: Path) -> None:
    """A file of the analyst's named like a folder MkDocs must make (docs/timeline beside
    timeline.md) made MkDocs crash: a traceback and exit 1, which means "some seeds skipped",
    and the half-built site left beside the old one."""
    docs, _, _, _ = _converted(tmp_path)
    (docs / "timeline").write_text("my notes", encoding="utf-8")
    run = run_build_site(docs=docs)
    assert run.returncode == 2, run.output
    assert "Traceback" not in run.output
    assert any(line.startswith("error: stopped by an unexpected error: ") and line.endswith(
        "(run again with -v for the details)") for line in _errors(run.stderr)), run.stderr
    assert not (tmp_path / ".site.building").exists() and not (tmp_path / "site").exists()


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL])
def test_a_run_killed_mid_conversion_leaves_no_worker_holding_the_lock(sig: int, tmp_path: Path) -> None:
    """SIGTERM is taken as Ctrl-C; after SIGKILL the workers end with the run (they held its
    lock on docs/, and every later run was refused)."""
    seeds = tmp_path / "seeds"
    subprocess.run([sys.executable, str(REPO / "bench" / "make_corpus.py"), "2000", str(seeds)], check=True,
                   capture_output=True)
    cmd = [sys.executable, str(REPO / "build_site.py"), "convert", "--seeds", str(seeds), "--docs",
           str(tmp_path / "docs"), "--candidates", str(tmp_path / "candidates.yml"), "--no-cache", "--jobs", "2"]
    proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(3)  # (2,000 seeds take well over that, even on a machine several times faster)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    if sig == signal.SIGTERM:
        assert proc.returncode == 130 and "interrupted" in err and "Traceback" not in err, err
    time.sleep(1)
    again = run_build_site(seeds=SEEDS, docs=tmp_path / "docs", command="convert", timeout=120)
    assert again.returncode == 0, again.output
