"""One document of a research database's export read as a record (briefing/extract_records.py): Factiva's
field-coded export and article display, a Nexis Uni document, a ProQuest record. The cases come from a first-time
user's Alaska Airlines door-plug briefing, whose seeds came from those databases: field codes kept in the title
("HD Alaska Airlines Grounds …"), the copyright's owner for the publication, "Byline:" and the citation's authors
lost, "Last updated" taken for the date."""

from __future__ import annotations

import datetime as dt
import hashlib
import textwrap
from pathlib import Path

from briefing.extract import extract
from briefing.extract_records import database_record
from briefing.model import Article, SourceDoc

LEAD = ("The harbour authority said on Tuesday that it would close the north pier for repairs after divers found "
        "cracks in three of its concrete piles, a day after a ferry struck the structure in heavy fog.")
SECOND = ("Engineers expect the work to take about six weeks, and ferries will use the south terminal in the "
          "meantime, the authority said in a statement posted on its website.")
THIRD = ("\"We will not take any chances with a structure that carries thousands of passengers a day,\" the "
         "authority's director, Maria Lindqvist, told reporters at the harbour.")


def _extract(tmp_path: Path, text: str, name: str = "doc.txt") -> Article:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    raw = path.read_bytes()
    return extract(SourceDoc(path=path, name=name, kind="text", text=raw.decode("utf-8"), encoding="utf-8",
                             sha256=hashlib.sha256(raw).hexdigest()))


def _texts(article: Article) -> list[str]:
    return [b.text for b in article.blocks]


def test_factiva_field_coded_export(tmp_path: Path) -> None:
    """Factiva's "Full article report": HD the headline (not "HD Harbour …"), BY the byline, PD the date, SN
    the publication, LP and TD the text (no "TD" subheading), the indexing codes and "AN Document …" no text."""
    a = _extract(tmp_path, f"""
        HD Harbour to Close North Pier After Ferry Strike
        BY By Anna Berg and Tom Walsh
        WC 412 words
        PD 9 January 2024
        ET 21:14
        SN The Coastal Times Online
        SC CTO
        LA English
        CY Copyright © 2024, Coastal Media Inc.
        LP
        {LEAD}

        {SECOND}

        TD
        {THIRD}

        CO hrbaut : Harbour Authority | ferco : Ferry Company
        IN i75 : Ports
        NS gcat : Political/General News
        RE eurz : Europe
        IPD Transportation
        PUB Coastal Media Inc.
        AN Document CTO0000020240109ek190009x
        """)
    assert a.title == "Harbour to Close North Pier After Ferry Strike"
    assert a.authors == ["Anna Berg", "Tom Walsh"]
    assert a.date == dt.date(2024, 1, 9)
    assert a.source == "The Coastal Times Online"
    assert _texts(a) == [LEAD, SECOND, THIRD]
    assert any(d.startswith("record: Factiva's field-coded export") for d in a.decisions)


def test_factiva_article_display(tmp_path: Path) -> None:
    """Factiva's article display: the source line under the date ("Reuters News") is the publication, not the
    copyright's owner ("Thomson Reuters"); the word count, code, language and "Document …" lines are no text."""
    a = _extract(tmp_path, f"""
        Harbour to close north pier after ferry strike
        By Anna Berg
        412 words
        9 January 2024
        Reuters News
        LBA
        English
        Copyright 2024 Thomson Reuters. All Rights Reserved.
        {LEAD}

        {SECOND}

        {THIRD}

        Document LBA0000020240109ek190abc
        """)
    assert a.title == "Harbour to close north pier after ferry strike"
    assert a.authors == ["Anna Berg"]
    assert a.date == dt.date(2024, 1, 9)
    assert a.source == "Reuters News"
    assert _texts(a) == [LEAD, SECOND, THIRD]


def test_factiva_article_display_short_headline_under_a_section(tmp_path: Path) -> None:
    """A section's name over the headline ("Business News") is not the headline; with no byline, a time line under
    the date and "(c)" for the copyright, the text's first paragraph stays text (no standfirst: the display has
    none)."""
    a = _extract(tmp_path, f"""
        Business News
        Pier closes
        1,204 words
        9 January 2024
        21:14 GMT
        Reuters News
        LBA
        English
        (c) 2024 Reuters Limited
        {LEAD}

        {SECOND}

        Document LBA0000020240109ek190abd
        """)
    assert a.title == "Pier closes"
    assert (a.source, a.date, a.subtitle) == ("Reuters News", dt.date(2024, 1, 9), None)
    assert _texts(a) == [LEAD, SECOND]


NEXIS = f"""
    Harbour to close north pier after ferry strike

    The Coastal Times

    January 9, 2024 Tuesday

    Copyright 2024 The Coastal Times Company All Rights Reserved

    Section: NEWS; Pg. A1
    Length: 412 words
    Byline: Anna Berg, Coastal Times transport reporter

    Body


    {LEAD}

    {SECOND}

    {THIRD}


    Classification

    Language: ENGLISH

    Publication-Type: Newspaper

    Subject: PORTS (92%); FERRIES (90%)

    Load-Date: January 11, 2024


    End of Document
    """


def test_nexis_uni_document(tmp_path: Path) -> None:
    """A Nexis Uni document: the line under the headline is the publication, the date line with its weekday
    the date (never "Load-Date:", the day Nexis loaded it), "Byline: Name, role" the name."""
    a = _extract(tmp_path, NEXIS)
    assert a.title == "Harbour to close north pier after ferry strike"
    assert a.authors == ["Anna Berg"]
    assert a.date == dt.date(2024, 1, 9)
    assert a.source == "The Coastal Times"
    assert _texts(a) == [LEAD, SECOND, THIRD]


def test_nexis_uni_document_under_a_results_list_header(tmp_path: Path) -> None:
    """The first document of a results list keeps the list's header over it ("Results list: 5 documents",
    "Delivered via Nexis Uni, …"): not the headline, nor the standfirst. A publication's place in brackets
    ("(London, England)", as Nexis adds it) is not its name; several names in the byline are the writers."""
    text = ("Results list: 5 documents\nDelivered via Nexis Uni, University Library\n\n"
            + textwrap.dedent(NEXIS).lstrip("\n").replace("The Coastal Times\n", "The Coastal Times (Oslo, Norway)\n")
            .replace("Byline: Anna Berg, Coastal Times transport reporter", "Byline: Anna Berg; Tom Walsh"))
    a = _extract(tmp_path, text)
    assert a.title == "Harbour to close north pier after ferry strike"
    assert a.subtitle is None
    assert a.source == "The Coastal Times"
    assert a.authors == ["Anna Berg", "Tom Walsh"]
    assert _texts(a) == [LEAD, SECOND, THIRD]


def test_nexis_uni_document_under_a_note(tmp_path: Path) -> None:
    """A probe's: a user's note over the document ("Here is the one doc I found.", a sentence set apart by a blank
    line) is not part of the headline; a headline on two lines is one."""
    a = _extract(tmp_path, "Here is the one doc I found.\n\n" + textwrap.dedent(NEXIS).lstrip("\n"))
    assert (a.title, a.source, a.authors) == ("Harbour to close north pier after ferry strike", "The Coastal Times",
                                              ["Anna Berg"])
    a = _extract(tmp_path, textwrap.dedent(NEXIS).lstrip("\n").replace(" after ferry", "\nafter ferry"))
    assert a.title == "Harbour to close north pier after ferry strike"
    a = _extract(tmp_path, textwrap.dedent(NEXIS).lstrip("\n").replace(" after ferry", ":\n\nafter ferry"))
    assert a.title == "Harbour to close north pier: after ferry strike"


def test_proquest_record(tmp_path: Path) -> None:
    """A ProQuest record: the citation's "Surname, Given; …" the writers (and not a paragraph), "Abstract" the
    subtitle, "Full Text" where the text starts, "Publication title:" the publication without "(Online)" and its
    place, "Publication date:" the date (not "Last updated:")."""
    a = _extract(tmp_path, f"""
        Harbour to Close North Pier After Ferry Strike

        Berg, Anna; Walsh, Tom. Coastal Times (Online) ; Bergen [Bergen]. 09 Jan 2024.

        Abstract
        The harbour authority will close the north pier for six weeks after a ferry struck it.

        Full Text
        {LEAD}

        {SECOND}

        {THIRD}

        Credit: Anna Berg and Tom Walsh

        Subject: Ports; Ferries
        Title: Harbour to Close North Pier After Ferry Strike
        Publication title: Coastal Times (Online); Bergen
        Publication year: 2024
        Publication date: Jan 9, 2024
        Source type: Blog, Podcast, or Website
        Document type: News
        ProQuest document ID: 2933570001
        Document URL: https://www.proquest.com/blogs-podcasts-websites/harbour/docview/2933570001/se-2
        Copyright: Copyright 2024 Coastal Media
        Last updated: 2024-01-12
        Database: Coastal Times
        """)
    assert a.title == "Harbour to Close North Pier After Ferry Strike"
    assert a.authors == ["Anna Berg", "Tom Walsh"]
    assert a.date == dt.date(2024, 1, 9)
    assert a.source == "Coastal Times"
    assert a.subtitle == "The harbour authority will close the north pier for six weeks after a ferry struck it."
    assert _texts(a) == [LEAD, SECOND, THIRD]


def test_proquest_record_with_a_photo_credit_inside_its_text(tmp_path: Path) -> None:
    """A photo's "Credit: …" line inside the text does not end it: the fields start with ProQuest's own labels
    and the labelled lines right over them."""
    a = _extract(tmp_path, f"""
        Harbour to Close North Pier After Ferry Strike

        Berg, Anna. Coastal Times ; Bergen [Bergen]. 09 Jan 2024.

        Full Text
        {LEAD}

        Credit: Ole Hansen for The Coastal Times

        {SECOND}

        {THIRD}

        Credit: Anna Berg
        Subject: Ports; Ferries
        Publication title: Coastal Times; Bergen
        Publication date: Jan 9, 2024
        ProQuest document ID: 2933570002
        Document URL: https://www.proquest.com/newspapers/harbour/docview/2933570002/se-2
        """)
    assert a.authors == ["Anna Berg"]
    assert (a.source, a.date) == ("Coastal Times", dt.date(2024, 1, 9))
    assert [t for t in _texts(a) if not t.startswith("Credit")] == [LEAD, SECOND, THIRD]


def test_proquest_text_export(tmp_path: Path) -> None:
    """ProQuest's text export: the fields over the text ("Author: Surname, Given; …", "Publication info: …"), the
    text on the line of "Full text:", "Abstract: None available." no subtitle, a line of underscores over it."""
    a = _extract(tmp_path, f"""
        ____________________________________________________________

        Harbour to Close North Pier After Ferry Strike

        Author: Berg, Anna; Walsh, Tom

        Publication info: Coastal Times (Online); Bergen [Bergen]. 09 Jan 2024.

        Abstract: None available.

        Full text: {LEAD}

        {SECOND}

        Subject: Ports; Ferries

        Publication title: Coastal Times (Online); Bergen

        Source type: Newspapers

        ProQuest document ID: 2933570001

        Document URL: https://www.proquest.com/newspapers/harbour/docview/2933570001/se-2

        Last updated: 2024-01-12
        """)
    assert a.title == "Harbour to Close North Pier After Ferry Strike"
    assert a.authors == ["Anna Berg", "Tom Walsh"]
    assert (a.source, a.date, a.subtitle) == ("Coastal Times", dt.date(2024, 1, 9), None)
    assert _texts(a) == [LEAD, SECOND]


def test_proquest_record_with_its_fields_over_the_text(tmp_path: Path) -> None:
    """A probe's: a ProQuest export's document with all its fields over "Full text:" (the document's ID among them)
    and none under the text is a record: "Document 1 of 2" is no headline, "Author: Berg, Anna" one writer."""
    a = _extract(tmp_path, f"""
        Document 1 of 2

        Harbour to Close North Pier After Ferry Strike

        Author: Berg, Anna
        Publication info: Coastal Times; Bergen [Bergen]. 09 Jan 2024: A.1.
        ProQuest document ID: 2933570001
        Full text:
        {LEAD}

        {SECOND}
        """)
    assert (a.title, a.subtitle, a.authors) == ("Harbour to Close North Pier After Ferry Strike", None, ["Anna Berg"])
    assert (a.source, a.date) == ("Coastal Times", dt.date(2024, 1, 9))
    assert _texts(a) == [LEAD, SECOND]


# Pages with one of the databases' labels that are not a database's record: the normal text path reads them.
PROBES = {
    "news page with a byline label": f"""
        Harbour to close north pier after ferry strike
        Byline: Anna Berg
        Length: 3 min read
        January 9, 2024

        {LEAD}

        {SECOND}

        Body
        {THIRD}

        End of Document
        """,
    "email": f"""
        Subject: Pier closure
        From: Harbour Authority <press@harbour.example>
        Date: Tue, 9 Jan 2024 09:14:37 +0100

        {LEAD}

        {SECOND}
        """,
    "court record": f"""
        IN THE DISTRICT COURT OF THE NORTHERN DISTRICT
        RE: Harbour Authority v. Ferry Company
        PD 2024-0109
        HD Case No. 24-cv-0012
        Filed: January 9, 2024

        {LEAD}

        {SECOND}
        """,
    "library catalogue": """
        Harbour engineering : a history of the north pier
        Author: Berg, Anna
        Publication date: 2019
        Publisher: Coastal Press
        Subject: Ports; Piers -- Maintenance and repair
        Language: English
        Abstract
        A history of the north pier and its repairs since 1890.
        Full text: Not available
        Document URL: https://catalogue.example.org/record/12345
        """,
    "library guide": f"""
        How to cite a newspaper article from ProQuest

        Abstract
        This guide explains how to cite articles you found in ProQuest's newspaper databases.

        Full Text
        {LEAD}

        {SECOND}

        Publication title: Library Guides
        Publication date: Jan 5, 2024
        ProQuest document ID: see the record
        Document URL: https://libguides.example.edu/proquest
        """,
    "word count on a blog": f"""
        Harbour to close north pier after ferry strike
        By Anna Berg
        412 words
        9 January 2024
        {LEAD}

        {SECOND}
        """,
}


def test_other_pages_are_no_records(tmp_path: Path) -> None:
    for name, text in PROBES.items():
        assert database_record(textwrap.dedent(text).lstrip("\n")) is None, name
