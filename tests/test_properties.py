"""Property tests (hypothesis): front matter round-trips any value; any text stays text."""

from __future__ import annotations

import random
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import frontmatter
import markdown
import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from conftest import REPO, run_build_site

from briefing.write import CONTRACT_KEYS, EXTRA_KEYS, TITLE_LT, dump_front_matter, escape_text, inert_title

SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# The extensions of mkdocs.yml, read from it so the test follows the site's config.
_CONFIG = yaml.safe_load(re.sub(r"!ENV \[SITE_URL, (.*)\]", r"\1", (REPO / "mkdocs.yml").read_text()))
EXTENSIONS = [e if isinstance(e, str) else next(iter(e)) for e in _CONFIG.get("markdown_extensions", [])]
# Extensions RELIABILITY.md section 1 names as widening the surface: escaping must hold there too.
RISKY = ["attr_list", "md_in_html", "footnotes", "abbr", "admonition", "def_list", "tables"]

any_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)
# Printable text as a seed body holds it after the read stage (no controls, no bidi).
printable = st.text(
    st.characters(blacklist_categories=("Cs", "Cc", "Cf", "Zl", "Zp", "Co", "Cn")), min_size=1, max_size=120
).filter(lambda s: s.strip())
# Text dense in the characters Markdown and HTML care about.
syntax = st.lists(st.sampled_from(list("<>&\\`*_{}[]()#+-.!|:~=^\"' /\n1aZ;%@$") + ["&amp;", "&#x3c;", "--8<--",
                                                                               "javascript:", "{: ", "[^1]"]),
                  min_size=1, max_size=40).map("".join).filter(lambda s: s.strip())


def _front(title: str, author: str, tag: str) -> dict[str, object]:
    keys = CONTRACT_KEYS + EXTRA_KEYS
    data: dict[str, object] = {k: None for k in keys}
    data.update(title=title, authors=[author], tags=[tag], source=author, summary=title, source_file=tag,
                word_count=1, entities=[], related=[{"title": title, "slug": "s", "reason": tag}])
    return data


@SETTINGS
@given(title=any_text, author=any_text, tag=any_text)
def test_front_matter_round_trips_any_value(title: str, author: str, tag: str) -> None:
    data = _front(title, author, tag)
    text = dump_front_matter(data)
    assert text.startswith("---\n") and text.endswith("---\n\n")
    assert yaml.safe_load(text.split("---\n", 2)[1]) == data
    post = frontmatter.loads(text + "Body.\n")
    assert post.metadata == data and post.content == "Body."


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _render(text: str, extensions: list[str], prefix: str = "", suffix: str = "") -> _Text:
    parser = _Text()
    parser.feed(markdown.markdown(prefix + escape_text(text) + suffix, extensions=extensions))
    parser.close()
    return parser


_MARKS = ("End of Document", "Document 1 of 2", "Document 2 of 2", "AN Document WSJO000020240106ek160009x",
          "Length: 412 words", "Load-Date: March 5, 2024", "612 words", "ProQuest document ID: 2933451")


@SETTINGS
@given(lines=st.lists(st.one_of(st.sampled_from(_MARKS), st.text(max_size=60), st.sampled_from(["", " ", "\n"])),
                      max_size=30))
def test_a_database_exports_documents_hold_all_its_text(lines: list[str]) -> None:
    """read.split_documents never drops or adds a character, and never makes an empty document."""
    from briefing.read import split_documents

    text = "\n".join(lines)
    documents = split_documents(text)
    assert "".join(documents) == text
    assert len(documents) == 1 or all(document.split() for document in documents)


@SETTINGS
@given(text=st.one_of(printable, syntax))
@pytest.mark.parametrize("extensions", [EXTENSIONS, EXTENSIONS + RISKY], ids=["mkdocs.yml", "risky"])
def test_any_text_renders_as_itself(extensions: list[str], text: str) -> None:
    rendered = _render(text, extensions)
    assert [t for t, _ in rendered.tags] == ["p"] and rendered.tags[0][1] == []
    assert "".join(rendered.parts) == " ".join(text.split())


@SETTINGS
@given(text=st.one_of(printable, syntax).filter(lambda t: t.strip()))
@example(text="Why we love C#")  # a trailing '#' closes an ATX heading
@example(text="F# ##")
@pytest.mark.parametrize("wrap,tag", [(("## ", ""), "h2"), (("*", "*"), "em"), (("> ", ""), "blockquote")],
                         ids=["heading", "caption", "quote"])
def test_any_text_renders_as_itself_in_headings_captions_and_quotes(wrap: tuple[str, str], tag: str,
                                                                    text: str) -> None:
    """The other places the writer puts escaped text: '## ' headings, '*…*' captions, '> ' quotes."""
    rendered = _render(text, EXTENSIONS, *wrap)
    assert tag in [t for t, _ in rendered.tags]
    assert "".join(rendered.parts).strip() == " ".join(text.split())


@SETTINGS
@given(title=st.one_of(any_text, syntax))
def test_inert_title_has_no_markup_and_changes_only_tag_openers(title: str) -> None:
    inert = inert_title(title)
    assert inert is not None and not re.search(r"<[A-Za-z!?/]", inert)
    assert inert.replace(TITLE_LT, "<") == title.replace(TITLE_LT, "<")
    if not re.search(r"<[A-Za-z!?/]", title):
        assert inert == title  # ordinary titles stay byte-exact


def test_generated_seeds_survive_a_real_build(tmp_path: Path) -> None:
    """End to end: random hostile paragraphs in real seeds come out as the same text."""
    rng = random.Random(20240405)
    alphabet = list("<>&\\`*_{}[]()#+-.!|:~=^\"'%@$;") + ["&amp;", "--8<--", "javascript:", "{: ", "[^1]", "é", "中"]
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    expected: dict[str, list[str]] = {}
    for n in range(3):
        paras = []
        for _ in range(3):
            noise = "".join(rng.choice(alphabet) for _ in range(25))
            paras.append(f"The report about the research lab in Beijing quoted {noise} as part of the text "
                         "that the editors copied from the original page last year.")
        expected[f"gen_{n}.txt"] = paras
        (seeds / f"gen_{n}.txt").write_text(
            f"Generated article number {n} about Microsoft\n\nBy Jane Reporter\n\n" + "\n\n".join(paras) + "\n",
            encoding="utf-8")
    run = run_build_site(seeds=seeds, docs=tmp_path / "docs", site=tmp_path / "site")
    assert run.returncode == 0, run.output
    from test_reliability import body_of

    for n in range(3):
        html = next((tmp_path / "site" / "articles").glob(f"generated-article-number-{n}-*/index.html"))
        body = body_of(html.read_text(encoding="utf-8"))
        assert body.blocks == [" ".join(p.split()) for p in expected[f"gen_{n}.txt"]]
        assert {t for t, _ in body.tags} <= {"p", "a"}
    shutil.rmtree(tmp_path / "site")


# --- words as readers type them (the search) ----------------------------------------------

@pytest.mark.parametrize(("written", "typed"), [
    ("الأحمر", "الاحمر"), ("إسرائيل", "اسرائيل"), ("آلاف", "الاف"),  # an alif's hamza or madda
    ("شنّتا", "شنتا"), ("إسرائيليًا", "اسرائيليا"),  # harakat: a shadda, a tanwin
    ("الـحوثي", "الحوثي"),  # a tatweel
    ("یمن", "يمن"), ("کشور", "كشور"),  # Persian's yeh and keheh, as Arabic's
    ("החות'ים", "החות׳ים"), ('צה"ל', "צה״ל"),  # Hebrew's geresh and gershayim, typed straight
    ("שָׁלוֹם", "שלום"),  # Hebrew's vowel points
    ("مسؤول", "مسؤول"), ("ทำงาน", "ทำงาน"),  # letters of their own: a hamza on a waw; Thai's "ำ"
])
def test_strip_marks_folds_arabic_and_hebrew_as_typed(written: str, typed: str) -> None:
    """A first-time user's Red Sea briefing: Material's search found "الأحمر" but not "الاحمر", as most
    readers type it, nor "شنتا" without its shadda (for "شنّتا"), nor "החות׳ים" (a Hebrew keyboard's geresh) on a page
    writing "החות'ים". Both spellings fold to one, which the index holds (unmarked_words) and the query
    becomes (assets/timeline.js's unmarked)."""
    from briefing.text import strip_marks, unmarked_words

    assert strip_marks(written) == strip_marks(typed) == typed
    assert unmarked_words(f"قال {written} و") == ([] if written == typed else [typed])


@SETTINGS
@given(st.text(alphabet="اأإآٱيیكکـ\u064e\u0651\u064b\u0670 אבגדהוחטילמנ'\"׳״\u05b8\u05bcaé", max_size=20))
def test_strip_marks_folds_once_for_all(text: str) -> None:
    """What strip_marks gives is as typed: folded again, it stays (index and query meet)."""
    from briefing.text import strip_marks

    assert strip_marks(strip_marks(text)) == strip_marks(text)


# --- the clutter-sentence shortcut ---------------------------------------------------------

def test_ascii_case_twins_are_every_non_ascii_character_that_folds_to_an_ascii_letter() -> None:
    """is_clutter_sentence skips the regex when a line lacks the phrases' words, compared in
    lowercase; that equals re.IGNORECASE only for lines without these characters."""
    from briefing.text import ASCII_CASE_TWINS

    letter = re.compile("[a-z]", re.I)
    twins = {chr(cp) for cp in range(128, 0x110000)
             if letter.fullmatch(chr(cp)) or any("a" <= c <= "z" for c in chr(cp).lower())}
    assert twins == set(ASCII_CASE_TWINS)


def _phrase_texts(phrase: str):  # type: ignore[no-untyped-def]
    """Text holding a match of the phrase (any case, the case twins included), or noise."""
    from briefing.text import ASCII_CASE_TWINS

    noise = st.text(alphabet=st.sampled_from("abcdefghiklmnoprstuy ADEIKLOS0123456789.,’“\n" + ASCII_CASE_TWINS),
                    max_size=80)
    return st.one_of(st.from_regex(re.compile(phrase, re.I)), st.from_regex(re.compile(phrase)), noise)


def _clutter_phrases() -> list[str]:
    from briefing.extract_text import CLUTTER_COUNTER_RE, CLUTTER_PHRASES

    return [phrase for _, phrase in CLUTTER_PHRASES] + [CLUTTER_COUNTER_RE.pattern]


@pytest.mark.parametrize("phrase", _clutter_phrases())
def test_clutter_sentence_shortcut_agrees_with_the_regex(phrase: str) -> None:
    """is_clutter_sentence says what searching the line for any of the phrases says."""
    from briefing.extract_text import is_clutter_sentence

    every_phrase = re.compile("|".join(_clutter_phrases()), re.I)

    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(_phrase_texts(phrase))
    def agrees(text: str) -> None:
        assert is_clutter_sentence(text) == (every_phrase.search(text) is not None), text

    agrees()


@SETTINGS
@given(st.lists(st.text(alphabet="abc( ", min_size=1, max_size=4), min_size=1, max_size=8),
       st.text(alphabet="abc( x", max_size=30))
def test_any_word_re_finds_the_longest_word_where_one_starts(words: list[str], text: str) -> None:
    """any_word_re, the shortcut of is_clutter_sentence and is_caption: it finds a word exactly
    when the text holds one, and at the first place one starts the longest that starts there."""
    from briefing.text import any_word_re

    found = any_word_re(words).search(text)
    starts = [i for i in range(len(text)) if any(text.startswith(w, i) for w in words)]
    assert (found is not None) == bool(starts) == any(w in text for w in words)
    if found is not None:
        assert found.start() == starts[0]
        assert found.group() == max((w for w in words if text.startswith(w, starts[0])), key=len)


@SETTINGS
@given(st.text(alphabet=" \t\u00a0\u2009\u202f\u200b\ufeff\u00adae\u0301\u00e9.", max_size=30))
def test_normalise_line_skips_only_what_would_not_change(text: str) -> None:
    """normalise_line's shortcuts for ASCII lines and lines of single spaces give what NFC,
    dropping the invisible characters and folding the spaces give."""
    import unicodedata

    from briefing.extract_text import _LINE_INVISIBLE, _LINE_SPACES, normalise_line

    plain = _LINE_SPACES.sub(" ", _LINE_INVISIBLE.sub("", unicodedata.normalize("NFC", text))).strip()
    assert normalise_line(text) == plain


def _grouped_patterns() -> list[str]:
    from briefing.extract_text import _CLUTTER_WORDS, CLUTTER_PHRASES

    return [phrase for _, phrase in CLUTTER_PHRASES] + list(_CLUTTER_WORDS)


@pytest.mark.parametrize("pattern", _grouped_patterns())
def test_non_capturing_matches_what_the_pattern_matches(pattern: str) -> None:
    """non_capturing (CLUTTER_LINE_RE, END_MARKER_RE, CAPTION_RE, the clutter phrases …)
    changes no match: the same span in text holding a match, none where there is none."""
    from briefing.text import ASCII_CASE_TWINS, non_capturing

    grouped = re.compile(pattern, re.I)
    plain = re.compile(non_capturing(pattern), re.I)
    assert plain.groups == 0
    letters = "abcdefghiklmnoprstuy ()[]:/ADEIKLOS0123456789.,’“\n" + ASCII_CASE_TWINS
    noise = st.text(alphabet=st.sampled_from(letters), max_size=60)

    @settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.one_of(st.from_regex(grouped), noise))
    def agrees(text: str) -> None:
        found, same = grouped.search(text), plain.search(text)
        assert (found and found.span()) == (same and same.span()), text

    agrees()


@SETTINGS
@given(st.text(alphabet=" \t\n\u00a0\u2028\x1c-ab\u3000", max_size=12))
def test_join_words_is_the_word_join_pattern(text: str) -> None:
    """assign_topics' _join_words gives what _WORD_JOIN.sub(" ", …) gives; its \\s is str.isspace()."""
    from briefing.enrich import _WORD_JOIN, _join_words

    assert _join_words(text) == _WORD_JOIN.sub(" ", text)
    assert all(c.isspace() == bool(re.match(r"\s", c)) for c in map(chr, range(0x3100)))


@SETTINGS
@given(st.data())
def test_brand_self_words_are_in_every_self_reference(data: st.DataObject) -> None:
    """find_source searches a line for BRAND_SELF_RE only where it holds one of _BRAND_SELF_WORDS."""
    from briefing.extract_text import _BRAND_SELF_WORDS, BRAND_SELF_RE

    text = data.draw(st.from_regex(BRAND_SELF_RE))
    assert any(word in text for word in _BRAND_SELF_WORDS), text


def test_read_shortcuts_name_every_character_their_patterns_start_with() -> None:
    """normalise_newlines, strip_controls and repair_mojibake scan a text only where it holds
    a character their patterns' matches start with: the tuples name every such character."""
    from briefing.read import _MOJIBAKE_HINT
    from briefing.text import _BIDI, _BIDI_CHARS, _NEWLINE_STARTS, _NEWLINES

    every = [chr(cp) for cp in range(0x110000)]
    assert {c for c in every if _NEWLINES.match(c) or _NEWLINES.match(c + "\n")} == set(_NEWLINE_STARTS)
    assert {c for c in every if _BIDI.match(c)} == set(_BIDI_CHARS)
    assert _MOJIBAKE_HINT.pattern.startswith("[ÃÂâ]")


def _caption_texts():  # type: ignore[no-untyped-def]
    """Lines that hold a caption or credit somewhere (any case, the case twins included), or noise."""
    from briefing.extract_text import CAPTION_RE
    from briefing.text import ASCII_CASE_TWINS

    noise = st.text(alphabet=st.sampled_from("abcdefghiklmnoprstuy ADEIKLOPRS0123456789.,()/:|’“\n" + ASCII_CASE_TWINS),
                    max_size=80)
    caption = st.from_regex(CAPTION_RE)
    # re.I matches "ſource:" and "phoTo credıt:" too; their lowercase does not hold the words.
    twinned = caption.map(lambda t: t.translate(str.maketrans("sSiIkK", "ſſıİKK")))
    return st.one_of(caption, st.tuples(noise, caption, noise).map("".join), twinned, noise)


def test_caption_shortcut_agrees_with_the_regex() -> None:
    """is_caption says what CAPTION_RE says (but for the matches _not_a_credit sets aside: an
    acronym after the words it stands for, a numbered list's item, a word glossed in brackets),
    on lines with and without its words: the shortcut that skips the search on a line without
    them loses no caption."""
    from briefing.extract_text import CAPTION_RE, _not_a_credit, _without_button, is_caption

    @settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(_caption_texts())
    def agrees(text: str) -> None:
        line = _without_button(text)
        m = CAPTION_RE.search(line)
        assert is_caption(text) == (m is not None and not _not_a_credit(line, m)), text

    agrees()


# --- topic phrases searched in lowercase -----------------------------------------------

# Words of phrases that get a lowercase pattern (ASCII letters; a phrase with other cased
# letters gets none, and the original pattern is used).
_TOPIC_WORDS = st.sampled_from(["ai", "research", "co-written", "people’s", "people's", "uighur", "5g", "ban",
                                "k-pop", "sanction", "state"])


def _topic_phrase_and_text():  # type: ignore[no-untyped-def]
    """A topics.yml phrase, and a text holding it in varied case, joins and neighbours."""
    phrase = st.tuples(st.lists(_TOPIC_WORDS, min_size=1, max_size=3), st.booleans(), st.booleans()).map(
        lambda t: (" ".join(t[0]).title() if t[1] else " ".join(t[0])) + ("*" if t[2] else ""))
    cased = st.sampled_from(["x", "9", "_", " ", "-", "\n", "\u00a0", "’", "Σ", "ß", "É", "ǅ", "ﬁ", "Ⓚ", "K"])
    noise = st.text(alphabet=cased, max_size=6)

    def texts(ph: str):  # type: ignore[no-untyped-def]
        words = ph.rstrip("*").split()
        variant = st.tuples(*[st.sampled_from([w, w.upper(), w.title(), w.swapcase()]) for w in words],
                            st.lists(st.sampled_from([" ", "  ", "-", "\u00a0", "\n"]), min_size=len(words),
                                     max_size=len(words)))
        occurrence = variant.map(lambda v: "".join(w + j for w, j in zip(v[:-1], v[-1])).rstrip())
        return st.lists(st.tuples(noise, occurrence, noise).map("".join), max_size=4).map(" ".join)

    return phrase.flatmap(lambda ph: st.tuples(st.just(ph), texts(ph)))


def test_topic_phrases_find_in_lowercase_what_they_find_ignoring_case() -> None:
    """For a text without ASCII_CASE_TWINS, a phrase's lowercase pattern on the lowercase
    text finds as many matches as its case-insensitive pattern on the text."""
    from briefing.enrich import _lowered_pattern, _phrase_pattern
    from briefing.text import CASE_TWIN_RE

    @settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(_topic_phrase_and_text())
    def agrees(phrase_text: tuple[str, str]) -> None:
        phrase, text = phrase_text
        low = _lowered_pattern(phrase)
        if low is None or CASE_TWIN_RE.search(text):
            return
        assert len(low.findall(text.lower())) == len(_phrase_pattern(phrase).findall(text)), (phrase, text)

    agrees()


_SEGMENTS = st.sampled_from(["..", ".", "", "a", "b", "index.html", "..a", "a."])


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", "articles", "x.y"]), max_size=4),
       st.lists(_SEGMENTS, min_size=1, max_size=7), st.booleans())
def test_link_join_is_normpath_of_join(folder_parts: list[str], path_parts: list[str], slash: bool) -> None:
    """The check resolves a relative link from parts worked out once per URL; the result is
    what normalising the joined path gives."""
    import posixpath

    from briefing import check

    folder = "/".join(folder_parts)
    path = "/".join(path_parts) + ("/" if slash else "")
    if not path or path.startswith("/"):
        return
    form = check._url_form(path)
    assert check._join(folder, form) == posixpath.normpath(posixpath.join(folder, path)), (folder, path, form)


# Every pattern the package compiles at import, tried on lines built to make a regular expression
# backtrack: a pair of tokens repeated (spaces, separators, capitals, digits, brackets, quotes),
# then an ending that makes the match fail. Linear patterns take microseconds; one with nested
# repeats that can share the same characters takes seconds at nine repeats (the limit, 0.5 s,
# leaves room for a busy machine) and hangs the conversion on a longer line (the breadcrumb
# pattern did, before aebaa04).
_BACKTRACK_PROBE = r'''
import importlib, itertools, pkgutil, re, sys, time
import briefing
units = [" a ", "a ", " > ", " | ", " / ", "   ", "- ", " - ", ", ", "A ", "Aa ", ". ", "a.", "1 ", "12:00 ", "(",
         ")", "@", "a/", " by ", "Jane ", "&", "'", '"', "»", "=", "<a ", "x=", "1.", "Mr. ", "\t", "a-", "A.", "#"]
endings = ["", ">", "|", "/", "x" * 60, "\x00!", "(", "<", "."]
for info in pkgutil.iter_modules(briefing.__path__):
    module = importlib.import_module("briefing." + info.name)
    for name, pattern in vars(module).items():
        if not isinstance(pattern, re.Pattern) or isinstance(pattern.pattern, bytes):
            continue
        worst = 0.0
        for (a, b), end in itertools.product(itertools.product(units, repeat=2), endings):
            line = (a + b) * 9 + end
            t = time.perf_counter()
            pattern.search(line)
            pattern.match(line)
            worst = max(worst, time.perf_counter() - t)
        print(f"{worst:.4f} {info.name}.{name}", flush=True)
'''


def test_no_pattern_backtracks_on_lines_built_for_it() -> None:
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-c", _BACKTRACK_PROBE], cwd=REPO, capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr
    times = {name: float(t) for t, name in (line.split() for line in proc.stdout.splitlines())}
    assert len(times) > 100  # (the probe found the package's patterns)
    slow = {name: t for name, t in times.items() if t > 0.5}
    assert not slow, slow



class _SpanCounter:
    """A compiled pattern that counts the characters each search is given to scan (a match, anchored where it
    starts, reads only what it matches)."""

    def __init__(self, pattern: re.Pattern[str], read: list[int]) -> None:
        self.pattern, self.read = pattern, read

    def __getattr__(self, name: str):  # (groups, groupindex, match …: the pattern's own)
        return getattr(self.pattern, name)

    def _count(self, method: str, text: str, pos: int = 0, endpos: int | None = None):
        end = len(text) if endpos is None else min(endpos, len(text))
        self.read[0] += max(0, end - pos)
        return getattr(self.pattern, method)(text, pos, len(text) if endpos is None else endpos)

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        return self._count("search", text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        return self._count("finditer", text, pos, endpos)


@pytest.mark.parametrize("unit", ["on 19 November, ", "19 نوفمبر/", "ב-19 בנובמבר "])
def test_the_timeline_reads_a_long_line_of_dates_in_time_linear_in_its_length(
        unit: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each date's checks read the words right before it (events.CLAUSE_SPAN), not all the line before it: a
    line of a thousand dates ("on 19 November, on 19 November, …", a table copied as one line, or one made to
    be slow) took four seconds, each date searching the whole line before it with five patterns (the code
    review's probe: "19 نوفمبر/" × 1,000). Counted in characters given to the patterns, not timed."""
    import datetime as dt

    import briefing.events as events

    read = [0]
    for name, value in list(vars(events).items()):
        if isinstance(value, re.Pattern):
            monkeypatch.setattr(events, name, _SpanCounter(value, read))
    line = unit * 1000
    assert len(events.find_dates(line, dt.date(2024, 1, 1))) == 1000
    assert read[0] <= 100 * len(line), read[0] / len(line)  # (about 40; it was 3,000 and grew with the line)

# --- related articles --------------------------------------------------------------------

_ENTITY_POOL = ["acme", "beta-corp", "carol-diaz", "delta", "echo-lab", "fox"]
_TOPIC_POOL = ["Cloud", "Export controls", "Fox", "Research", "Security"]  # "Fox" names the entity "fox"


def _reference_related(briefing, n_max: int = 5, n_reasons: int = 3) -> dict[str, list[tuple[str, float, tuple]]]:
    """relate's definition, pair by pair in plain Python: the score of two articles sums the
    idf weights of the features they share (an entity counts twice a topic; a topic named like
    an entity is that entity, which the article tagged with it is about); not related are an article and itself,
    nothing shared, one shared feature that more than half of the articles have, or nothing
    shared that both are about (a topic, or an entity each names MIN_RELATED_MENTIONS times); the five
    best by score rounded to 4 places, ties to the first slug alphabetically. The reasons: the
    three shared features of most weight, leaving out those in more than REASON_MAX_SHARE of
    the articles unless nothing else is shared."""
    import math

    from briefing import enrich as en

    entity_named = {form.casefold(): s for s, e in briefing.entities.items() for form in (e.name, *e.aliases)}
    feats, given = {}, {}
    for a in briefing.articles:
        given[a.slug] = {entity_named[t.casefold()] for t in a.tags if t.casefold() in entity_named}
        feats[a.slug] = ({("entity", e) for e in [*a.entities, *given[a.slug]]}
                         | {("topic", t) for t in a.tags if t.casefold() not in entity_named})
    n = len(briefing.articles)
    df: dict[tuple[str, str], int] = {}
    for fs in feats.values():
        for f in fs:
            df[f] = df.get(f, 0) + 1
    weight = {f: math.log((1 + n) / d) * (en.ENTITY_WEIGHT if f[0] == "entity" else 1.0) for f, d in df.items()}
    prominence: dict[tuple[str, str], int] = {}
    for e in briefing.entities.values():
        for m in e.mentions:
            prominence[(m.article, e.slug)] = prominence.get((m.article, e.slug), 0) + 1

    def about(slug: str, f: tuple[str, str]) -> bool:
        return f[0] == "topic" or f[1] in given[slug] or prominence.get((slug, f[1]), 0) >= en.MIN_RELATED_MENTIONS

    out = {}
    for a in briefing.articles:
        scored = []
        for b in briefing.articles:
            shared = feats[a.slug] & feats[b.slug]
            if b is a or not shared:
                continue
            if len(shared) == 1 and df[next(iter(shared))] > n * en.COMMON_SHARE:
                continue
            if not any(about(a.slug, f) and about(b.slug, f) for f in shared):
                continue  # only entities one of them names in passing
            score = round(math.fsum(weight[f] for f in shared), 4)
            if score > 0:
                scored.append((-score, b.slug, shared))
        best = []
        for neg, other, shared in sorted(scored, key=lambda x: x[:2])[:n_max]:
            shared = {f for f in shared if about(a.slug, f) and about(other, f)} or shared  # what both are about
            named = {f for f in shared if df[f] <= n * en.REASON_MAX_SHARE} or shared
            top = sorted(named, key=lambda f: (-weight[f], -prominence.get((a.slug, f[1]), 0)
                                               - prominence.get((other, f[1]), 0), f[1]))[:n_reasons]
            labels = tuple(dict.fromkeys(briefing.entities[f[1]].name if f[0] == "entity" else f[1] for f in top))
            best.append((other, -neg, labels))
        out[a.slug] = best
    return out


@SETTINGS
@given(st.lists(st.tuples(st.sets(st.sampled_from(_ENTITY_POOL), max_size=4),
                          st.sets(st.sampled_from(_TOPIC_POOL), max_size=3),
                          st.lists(st.sampled_from(_ENTITY_POOL), max_size=6)),
                min_size=2, max_size=30),
       st.integers(1, 8))
def test_related_articles_are_the_best_scored_pairs(corpus: list, block: int) -> None:
    """relate (matrix products in blocks of rows, only the near-best scores rounded and
    ranked) gives what scoring every pair one by one gives, for any block size; generated
    corpora are full of ties, which go to the first slug in alphabetical order."""
    from briefing import enrich as en
    from briefing.model import Article, Briefing, Entity, Mention

    entities = {s: Entity(s, s.replace("-", " ").title(), "organization") for s in _ENTITY_POOL}
    articles = []
    for k, (ents, tags, mentioned) in enumerate(corpus):
        slug = f"article-{(k * 7919) % 1000:03d}-{k}"  # slugs out of corpus order
        articles.append(Article(source_file=f"{k}.txt", slug=slug, entities=sorted(ents), tags=sorted(tags)))
        for e in mentioned:
            entities[e].mentions.append(Mention(e, slug, "p-1", "A sentence."))
    briefing = Briefing(articles=articles, entities=entities)
    old_block = en.RELATE_BLOCK
    en.RELATE_BLOCK = block
    try:
        en.relate(briefing)
    finally:
        en.RELATE_BLOCK = old_block
    expected = _reference_related(briefing)
    for a in articles:
        got = [(r.slug, r.score, r.reasons) for r in a.related]
        assert [g[0] for g in got] == [e[0] for e in expected[a.slug]], a.slug
        assert [g[2] for g in got] == [e[2] for e in expected[a.slug]], a.slug
        assert all(abs(g[1] - e[1]) < 1e-9 for g, e in zip(got, expected[a.slug]))


def test_a_related_articles_reason_is_not_what_every_article_shares() -> None:
    """In a briefing on Acme every article names Acme: two articles that also share Beta
    are related because of Beta, and the reason says so, not "Acme"; a pair that shares
    nothing but what all share is still explained by it."""
    from briefing import enrich as en
    from briefing.model import Article, Briefing, Entity, Mention

    entities = {s: Entity(s, s.title(), "organization") for s in ("acme", "beta", "gamma")}
    ents = [["acme", "beta"], ["acme", "beta"], ["acme", "gamma"], ["acme", "gamma"], ["acme"]]
    articles = [Article(source_file=f"{k}.txt", slug=f"a{k}", entities=e, tags=["Cloud"]) for k, e in enumerate(ents)]
    for article in articles:  # (each names its entities twice: what it is about)
        for e in article.entities:
            entities[e].mentions += [Mention(e, article.slug, f"p-{i}", "A sentence.") for i in (1, 2)]
    briefing = Briefing(articles=articles, entities=entities)
    en.relate(briefing)
    reasons = {a.slug: {r.slug: r.reasons for r in a.related} for a in articles}
    assert reasons["a0"]["a1"] == ("Beta",)
    assert reasons["a2"]["a3"] == ("Gamma",)
    assert set(reasons["a4"]["a0"]) == {"Acme", "Cloud"}  # nothing rarer shared


def _related_briefing(named: dict[str, dict[str, int]]):  # type: ignore[no-untyped-def]
    """Articles (slug -> how often each names each entity), related by enrich.relate."""
    from briefing import enrich as en
    from briefing.model import Article, Briefing, Entity, Mention

    entities = {s: Entity(s, s.upper() if s == "nasa" else s.title(), "organization")
                for counts in named.values() for s in counts}
    articles = []
    for slug, counts in named.items():
        articles.append(Article(source_file=f"{slug}.txt", slug=slug, entities=sorted(counts), tags=[]))
        for entity, k in counts.items():
            entities[entity].mentions += [Mention(entity, slug, f"p-{i}", "A sentence.") for i in range(1, k + 1)]
    briefing = Briefing(articles=articles, entities=entities)
    en.relate(briefing)
    return briefing


def test_a_passing_mention_relates_nothing() -> None:
    """An essay that mentions buying a book "on Amazon" once is not related to a story about
    Amazon's discounts; two stories that each name NASA twice are."""
    briefing = _related_briefing({"essay": {"amazon": 1}, "deals": {"amazon": 3}, "moon": {"nasa": 2},
                                  "probe": {"nasa": 2}})
    related = {a.slug: [r.slug for r in a.related] for a in briefing.articles}
    assert related["essay"] == [] and related["deals"] == []
    assert related["moon"] == ["probe"] and related["probe"] == ["moon"]


def test_a_related_articles_reason_names_what_both_are_about() -> None:
    """Two stories both about NASA (named twice each), each naming the Moon once in passing:
    the reason is NASA, not the Moon, though the Moon is rarer in the briefing."""
    briefing = _related_briefing({"launch": {"nasa": 2, "moon": 1}, "probe": {"nasa": 3, "moon": 1},
                                  "budget": {"nasa": 2}, "hearing": {"nasa": 2}})
    reasons = {a.slug: {r.slug: r.reasons for r in a.related} for a in briefing.articles}
    assert reasons["launch"]["probe"] == ("NASA",) and reasons["probe"]["launch"] == ("NASA",)


def test_verbose_says_why_an_article_has_no_related_articles() -> None:
    """A first-time user's South China Sea briefing: three pages had no related article and -v
    said nothing of it. A decision says why: nothing tagged or named; entities named only in
    passing; no other article about what it is about, or only its copy from another seed."""
    from briefing import enrich as en
    from briefing.model import Article, Briefing, Entity, Mention

    entities = {s: Entity(s, s.title(), "organization") for s in ("acme", "beta")}
    tags = {"bare": [], "passing": [], "alone": ["Cloud"], "copy-a": ["Fleet"], "copy-b": ["Fleet"],
            "x1": ["Rail"], "x2": ["Rail"]}
    articles = [Article(source_file=f"{slug}.txt", slug=slug, tags=t, entities=["acme"] if slug == "passing" else [])
                for slug, t in tags.items()]
    entities["acme"].mentions.append(Mention("acme", "passing", "p-1", "A sentence."))
    briefing = Briefing(articles=articles, entities=entities)
    en.relate(briefing, [["copy-a.txt", "copy-b.txt"]])
    en.note_unrelated(briefing, [["copy-a.txt", "copy-b.txt"]])
    notes = {a.slug: [d for d in a.decisions if d.startswith("related articles")] for a in articles}
    assert notes["bare"] == ["related articles: none: no topic of topics.yml tags it, and it names no entity of "
                             "entities.yml"]
    assert notes["passing"] == ["related articles: none: no topic tags it, and it names none of its entities 2 times "
                                "or more (in passing: 'Acme')"]
    assert notes["alone"] == ["related articles: none: no other article is about 'Cloud' (tagged with the topic, "
                              "or naming the entity 2 times or more)"]
    assert "no other article but its copies is about 'Fleet'" in notes["copy-a"][0]
    assert notes["x1"] == notes["x2"] == []
    en.note_unrelated(briefing)  # (once per run: a second conversion does not add another line)
    assert len([d for d in articles[0].decisions if d.startswith("related articles")]) == 1


def test_a_topic_named_like_an_entity_relates_the_articles_tagged_with_it() -> None:
    """A first-time user's South China Sea briefing named a topic after the shoal it tracks,
    "Second Thomas Shoal", an entity too: the wire story naming the shoal once (and
    "Sierra Madre", a phrase of the topic) and the story writing "Ayungin (Second Thomas)
    Shoal" (no alias) had no related article, though both are tagged with it, as the report
    naming it three times is. The topic is evidence of the entity: the three are related."""
    from briefing import enrich as en
    from briefing.model import Article, Briefing, Entity, Mention

    entities = {"second-thomas-shoal": Entity("second-thomas-shoal", "Second Thomas Shoal", "place", ("Ayungin Shoal",)),
                "reserve": Entity("reserve", "Nature Reserve", "place")}
    tagged = {"wire": 1, "inquirer": 0, "report": 3}
    articles = [Article(source_file=f"{slug}.txt", slug=slug, entities=["second-thomas-shoal"] if k else [],
                        tags=["Second Thomas Shoal"]) for slug, k in tagged.items()]
    for slug, k in tagged.items():
        entities["second-thomas-shoal"].mentions += [Mention("second-thomas-shoal", slug, f"p-{i}", "A sentence.")
                                                     for i in range(1, k + 1)]
    articles += [Article(source_file=f"r{k}.txt", slug=f"r{k}", tags=["Reserve"]) for k in range(4)]
    briefing = Briefing(articles=articles, entities=entities)
    en.relate(briefing)
    related = {a.slug: {r.slug: r.reasons for r in a.related} for a in articles}
    assert related["wire"] == {"inquirer": ("Second Thomas Shoal",), "report": ("Second Thomas Shoal",)}
    assert related["inquirer"] == {"report": ("Second Thomas Shoal",), "wire": ("Second Thomas Shoal",)}
    assert set(related["report"]) == {"inquirer", "wire"}


# --- the date scanner's first-character lookaheads ---------------------------------------

def _guarded_date_patterns() -> list[tuple[str, str]]:
    from briefing.events import _PATTERNS, _first_chars

    return [(p, chars) for _, p in _PATTERNS if (chars := _first_chars(p)) is not None]


# Words and marks the date patterns are made of, for texts dense in near-matches.
_DATE_WORDS = ("in In from From between Between since until during the The a an its his their last Last this "
               "This earlier Earlier year month years months ago said announced today yesterday on On Monday "
               "Tuesday Sunday March May Sept. Jan. June December mid- late early 2019 1998 2024 12 3rd 31 5 "
               "two Five ſix ſeven Nine twenty to through and of at least as early , . - – 1990s 20 "
               "١٢ compared with than later same period").split()
_DATE_TEXTS = st.lists(st.sampled_from(_DATE_WORDS), max_size=14).flatmap(
    lambda words: st.lists(st.sampled_from([" ", " ", "", "\u00a0", "-"]), min_size=len(words),
                           max_size=len(words)).map(lambda joins: "".join(w + j for w, j in zip(words, joins))))


@pytest.mark.parametrize("pattern,chars", _guarded_date_patterns(), ids=lambda v: v[:24])
def test_a_date_pattern_starts_only_with_its_first_chars(pattern: str, chars: str) -> None:
    """The lookahead events._scanner puts before a date pattern (_FIRST_CHARS) names every
    character a match of it can start with: in texts holding matches, and in texts of date
    words, no match starts elsewhere."""
    compiled, first = re.compile(pattern), re.compile(f"[{chars}]")

    @settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.one_of(st.from_regex(compiled), _DATE_TEXTS))
    def starts(text: str) -> None:
        for at in range(len(text)):
            if compiled.match(text, at):
                assert first.match(text, at), (text, at)

    starts()


@SETTINGS
@given(_DATE_TEXTS)
def test_the_guarded_date_scanners_find_what_the_bare_ones_find(text: str) -> None:
    """With the first-character lookaheads or without, each date scanner finds the same
    matches, with the same groups."""
    from briefing.events import _FOREIGN_ONLY, _PATTERNS, _scanner

    for indexed in ([(i, p) for i, (_, p) in enumerate(_PATTERNS) if "月" not in p and i not in _FOREIGN_ONLY],
                    list(enumerate(p for _, p in _PATTERNS))):
        found = [[(m.span(), m.lastgroup, m.groupdict()) for m in scanner.finditer(text)]
                 for scanner in (_scanner(indexed), _scanner(indexed, guard=False))]
        assert found[0] == found[1], text


@SETTINGS
@given(st.lists(st.sampled_from(["the", "The", "Food", "and", "Drug", "U.S.", "FDA", "Securities", " ", "\u00a0",
                                 "\n", "\u2009", ",", "’", "x"]), max_size=12).map(" ".join))
def test_and_body_skips_only_text_without_a_last_and(text: str) -> None:
    """_and_body skips _AND_BEFORE's search where the text before the run, less its trailing
    spaces, does not end in "and": no text so ends where the pattern matches."""
    from briefing.entities import _AND_BEFORE

    for end in range(len(text) + 1):
        if _AND_BEFORE.search(text, 0, end):
            assert text[:end].rstrip().endswith("and"), (text, end)


@SETTINGS
@given(_DATE_TEXTS | _DATE_TEXTS.map(lambda t: t.replace(" ", ""))
       | st.text(alphabet="JanMonthisagoLlTt_0é \u00a0.", max_size=20))
def test_date_word_prefilter_is_the_word_boundary_alternation(text: str) -> None:
    """events._ANY_DATE_WORD (literal words, each with a lookbehind) finds a word where the
    plain "\\b(?:…)" alternation of the same words does."""
    from briefing.events import _ANY_DATE_WORD

    plain = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|[Ll]ast|[Tt]his|ago\b"
                       r"|Mon|Tue|Wed|Thu|Fri|Sat|Sun|today|yesterday)")
    assert [m.span() for m in _ANY_DATE_WORD.finditer(text)] == [m.span() for m in plain.finditer(text)], text


@SETTINGS
@given(st.text(alphabet=".!?…。 \n\u00a0\"'”’“‘)]([aA0À", max_size=30))
def test_sentence_stop_finds_the_sentence_ends_a_character_early(text: str) -> None:
    """split_sentences scans with text._SENTENCE_STOP, which takes in the stop that
    _SENTENCE_END looks behind for: its matches are _SENTENCE_END's, one character earlier."""
    from briefing.text import _SENTENCE_END, _SENTENCE_STOP

    assert [(m.start() + 1, m.end()) for m in _SENTENCE_STOP.finditer(text)] \
        == [m.span() for m in _SENTENCE_END.finditer(text)], text


def _date_sentences() -> list[str]:
    """Sentences naming dates in every form the timeline reads: each month name of every language
    the module knows, weekdays, relative words, numeric and ISO dates, decades; and the dated
    sentences of 150 generated articles."""
    import sys

    from briefing import events
    from briefing.extract_dates import FOREIGN_MONTH_NAMES
    from briefing.text import split_sentences

    sys.path.insert(0, str(REPO / "bench"))
    import make_corpus

    months = list(FOREIGN_MONTH_NAMES) + events._DATE_PHRASE_STARTS_EN[:23]
    weekdays = ["Montag", *events._DATE_WORD_STARTS[events._DATE_WORD_STARTS.index("Dienstag"):],
                *events._DATE_PHRASE_STARTS_EN[23:]]
    out = []
    for m in months:
        out += [f"The council met on 5 {m} 2019 in the capital.", f"It happened on {m} 5, 2019, officials said.",
                f"Am 5. {m} 2019 begann der Prozess.", f"Le 1er {m}, il est parti.", f"El 7 de {m} se firmó el pacto.",
                f"{m} 2020: the plan was announced.", f"It was signed in {m}, the ministry said.",
                f"On {m.lower()} 12 the vote was held.", f"The deal closed in {m} last year.", f"Il 3 {m} è arrivato."]
    for w in weekdays:
        out += [f"The minister resigned on {w}, aides said.", f"{w} the talks collapsed.", f"Am {w} wurde entschieden."]
    out += ["He left two years ago.", "Earlier this month the firm said so; last year it grew.",
            "The law, passed in 1998, changed in the 1990s.", "It began on 31.8.1990 and ended 2019-04-12.",
            "The filing of 12/04/2019 shows it.", "Revenue in FY2019 rose 42 per cent to $5 million.",
            "Yesterday the board met; today it votes.", "The 2008 crisis hit 7 april hard.",
            "2019年4月12日に発表した。", "该公司于2018年3月宣布。", "2020년 5월 3일 발표했다."]
    for i in range(150):
        _, text = make_corpus.article(1, i)
        out += [s for line in text.splitlines() for s in split_sentences(line) if any(ch.isdigit() for ch in s)][:40]
    return out


def test_find_dates_pre_test_never_hides_a_date(monkeypatch: pytest.MonkeyPatch) -> None:
    """find_dates skips its full scan for a sentence its cheap pre-tests say can hold no date (most
    sentences: `_YEAR_OR_MONTH`, `_DAY_FOREIGN_MONTH`, `_DATE_PHRASE`). That holds only while every
    pattern of the scan needs what the pre-tests look for: a pattern added without extending them
    would lose its dates silently. The scan with and without the pre-tests, on every date form."""
    import datetime as dt

    from briefing import events

    sentences = _date_sentences()
    settings_ = [dict(published=dt.date(2020, 6, 15), foreign=f) for f in (False, True)] + [dict(foreign=False)]
    guarded = [[events.find_dates(s, **kw) for kw in settings_] for s in sentences]
    everything = re.compile("")
    monkeypatch.setattr(events, "_DATE_PHRASE_EN", everything)
    monkeypatch.setattr(events, "_DATE_PHRASE", everything)
    unguarded = [[events.find_dates(s, **kw) for kw in settings_] for s in sentences]
    missed = [(s, u) for s, g, u in zip(sentences, guarded, unguarded) if g != u]
    assert not missed, missed[:5]
    assert sum(1 for g in guarded if any(g)) > 0.3 * len(sentences)  # (the sentences do name dates)


def test_the_look_alike_of_a_titles_tag_opening_lt_is_drawn_by_western_fonts() -> None:
    """A reader without CJK fonts saw the fullwidth "＜" as an empty box ("How ▯b>TikTok▯/b>"):
    the look-alike is a character of Windows-1252, which every Western font draws."""
    TITLE_LT.encode("cp1252")
    assert inert_title("How <b>TikTok</b> won") == f"How {TITLE_LT}b>TikTok{TITLE_LT}/b> won"
