"""Pages in languages whose function words overlap a commoner language's: each keeps its
paragraphs and is labelled in its own language (the page's `lang`, its search stemmer).

A Hungarian page was read as Turkish (or Spanish) and lost every paragraph; Czech, Slovak and
Slovenian pages were labelled Polish, a Bulgarian one Ukrainian: the stoplists of jusText's
other languages were only tried when no common language reached a fifth of the words."""

from __future__ import annotations

from pathlib import Path

import frontmatter
import pytest

from conftest import run_build_site

PAGES = {
    "hu": ("A kormány elfogadta a médiatörvényt", [
        "A kormány szerdán elfogadta a törvényjavaslatot, amelyről hétfőn még vitáztak a képviselők a parlament "
        "bizottságában.",
        "A miniszter szerint a változások jövőre lépnek életbe, és a városok már készülnek rájuk, mondta a szóvivő.",
        "Az ellenzék bírósághoz fordul, ha a törvényt ebben a formában fogadják el, és tüntetést is szervez."]),
    "sk": ("Vláda schválila návrh zákona o médiách", [
        "Vláda v stredu schválila návrh zákona, o ktorom poslanci ešte v pondelok diskutovali vo výbore.",
        "Podľa ministra začnú zmeny platiť budúci rok a mestá sa na ne už pripravujú, povedal hovorca.",
        "Opozícia sa obráti na súd, ak bude zákon prijatý v tejto podobe, a chystá aj protest."]),
    "sl": ("Vlada sprejela predlog zakona o medijih", [
        "Vlada je v sredo sprejela predlog zakona, o katerem so poslanci še v ponedeljek razpravljali na odboru.",
        "Po besedah ministra bodo spremembe začele veljati prihodnje leto, mesta pa se že pripravljajo nanje.",
        "Opozicija se bo obrnila na sodišče, če bo zakon sprejet v tej obliki, in napoveduje tudi protest."]),
    "bg": ("Правителството одобри закона за медиите", [
        "Правителството одобри в сряда законопроекта, по който депутатите още в понеделник дискутираха в комисията.",
        "Според министъра промените ще влязат в сила догодина, а градовете вече се подготвят за тях, каза говорителят.",
        "Опозицията ще се обърне към съда, ако законът бъде приет в този вид, и подготвя протест."]),
}


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, frontmatter.Post]:
    tmp = tmp_path_factory.mktemp("languages")
    seeds = tmp / "seeds"
    seeds.mkdir()
    for code, (title, paragraphs) in PAGES.items():
        (seeds / f"{code}.txt").write_text("\n\n".join([title, *paragraphs]) + "\n", encoding="utf-8")
    run = run_build_site(seeds=seeds, docs=tmp / "docs", command="convert")
    assert run.returncode == 0, run.output
    return {frontmatter.load(p)["source_file"]: frontmatter.load(p) for p in (tmp / "docs" / "articles").glob("*.md")}


@pytest.mark.parametrize("code", sorted(PAGES))
def test_a_page_keeps_its_paragraphs_and_its_language(converted: dict[str, frontmatter.Post], code: str) -> None:
    page = converted[f"{code}.txt"]
    title, paragraphs = PAGES[code]
    assert page["title"] == title
    assert page["language"] == code
    text = f"{page['subtitle']}\n{page.content}"  # (the first paragraph may be the standfirst)
    assert all(paragraph in text for paragraph in paragraphs)
