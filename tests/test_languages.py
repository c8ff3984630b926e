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
    # (a first-time user's Malaysiakini and Berita Harian pages were labelled Indonesian, whose function words Malay
    # shares: the words each spells its own way decide)
    "ms": ("Kerajaan tolak dakwaan mengenai kapal asing", [
        "Setiausaha kementerian itu berkata kerajaan telah menghantar nota bantahan selepas kapal itu memasuki "
        "perairan negara pada minggu lalu.",
        "Menurut beliau, tindakan itu diambil kerana kapal berkenaan tidak mempunyai kebenaran untuk berada di "
        "kawasan tersebut.",
        "Beliau berkata bahawa rundingan dengan negara jiran akan diteruskan bagi menyelesaikan pertikaian itu "
        "secara aman."]),
    "id": ("Pemerintah tolak klaim soal kapal asing", [
        "Juru bicara kementerian mengatakan pemerintah telah mengirim nota protes setelah kapal itu memasuki "
        "perairan negara pada pekan lalu.",
        "Menurut dia, tindakan itu diambil karena kapal tersebut tidak memiliki izin untuk berada di kawasan itu.",
        "Dia mengatakan bahwa perundingan dengan negara tetangga akan dilanjutkan untuk menyelesaikan sengketa "
        "itu secara damai."]),
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


FURNITURE = {
    # a news page's furniture in the language: the ad break's label and a teaser's "Read
    # also: …" between paragraphs, share and comment buttons under the last
    "ro": ("Parlamentul a adoptat legea bugetului", ["Publicitate", "Citește și: Cursul leului s-a apreciat după vot",
                                                    "Distribuie", "Comentarii"], [
        "Parlamentul a adoptat marți legea bugetului pe anul viitor, după o dezbatere de peste zece ore în plen.",
        "Opoziția a votat împotrivă și a anunțat că va contesta legea la Curtea Constituțională în zilele următoare.",
        "Ministrul Finanțelor a spus că deficitul va scădea sub cinci procente, dacă veniturile cresc cum se așteaptă."]),
    "pl": ("Sejm przyjął ustawę budżetową", ["Reklama", "Czytaj także: Złoty umocnił się po głosowaniu",
                                            "Udostępnij"], [
        "Sejm przyjął we wtorek ustawę budżetową na przyszły rok po ponad dziesięciu godzinach debaty.",
        "Opozycja głosowała przeciw i zapowiedziała, że zaskarży ustawę do Trybunału w najbliższych dniach.",
        "Minister finansów powiedział, że deficyt spadnie poniżej pięciu procent, jeśli dochody wzrosną."]),
    "cs": ("Sněmovna schválila státní rozpočet", ["Reklama", "Čtěte také: Koruna po hlasování posílila"], [
        "Sněmovna v úterý schválila státní rozpočet na příští rok po více než deseti hodinách debaty.",
        "Opozice hlasovala proti a oznámila, že zákon v nejbližších dnech napadne u Ústavního soudu.",
        "Ministr financí řekl, že schodek klesne pod pět procent, pokud příjmy porostou podle očekávání."]),
}


def test_the_furniture_of_romanian_polish_and_czech_pages_is_left_out(tmp_path: Path) -> None:
    """Digi24's "Publicitate" between two paragraphs became a "## Publicitate" subheading, its
    "Citește și: …" teaser a paragraph of the article."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for code, (title, furniture, paragraphs) in FURNITURE.items():
        lines = [title, paragraphs[0], furniture[0], paragraphs[1], furniture[1], paragraphs[2], *furniture[2:]]
        (seeds / f"{code}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    run = run_build_site(seeds=seeds, docs=tmp_path / "docs", command="convert")
    assert run.returncode == 0, run.output
    pages = {frontmatter.load(p)["source_file"]: frontmatter.load(p) for p in (tmp_path / "docs" / "articles").glob("*.md")}
    for code, (title, furniture, paragraphs) in FURNITURE.items():
        page = pages[f"{code}.txt"]
        text = f"{page['subtitle']}\n{page.content}"
        assert page["title"] == title and all(paragraph in text for paragraph in paragraphs)
        assert not [line for line in furniture if line in text], code


def test_a_sentence_that_opens_with_read_also_is_kept(tmp_path: Path) -> None:
    """"Read also" is furniture alone or before its teaser's colon, not at the head of a sentence
    ("Czytaj także uzasadnienie projektu…", "Citește și semnează petiția…")."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    title, furniture, paragraphs = FURNITURE["pl"]
    sentence = "Czytaj także uzasadnienie projektu, w którym rząd wylicza koszty zmian dla samorządów i szkół."
    (seeds / "pl.txt").write_text("\n".join([title, *paragraphs[:2], sentence, paragraphs[2]]) + "\n", encoding="utf-8")
    run = run_build_site(seeds=seeds, docs=tmp_path / "docs", command="convert")
    assert run.returncode == 0, run.output
    [page] = [frontmatter.load(p) for p in (tmp_path / "docs" / "articles").glob("*.md")]
    assert sentence in page.content


@pytest.mark.parametrize(("text", "words"), [
    ("Pîrvulescu a câștigat", ["pirvulescu", "castigat"]),
    ("Łódź, Øresund, Straße, Œuvre, İstanbul", ["lodz", "oresund", "strasse", "oeuvre", "istanbul"]),
    ("Μητσοτάκης and Фёдор", ["μητσοτακης", "федор"]),  # their own script, without the marks
    ("the ﬁnal report", ["final"]),  # a ligature copied from a PDF
    ("Café, café, CAFÉ", ["cafe"]),  # each once
    ("plain English words only", []),
    ("がっこう and 서울 and हिन्दी", []),  # marks of other scripts are part of their letters
    # Thai's ำ decomposes into two characters, which searched for nothing ("ทํางานท"); Lao's ຳ too
    ("ทำงานที่กรุงเทพ และ ເຮັດວຽກຢູ່ນະຄອນຫຼວງ", []),
    ("ทำงานที่ Hà Nội", ["ha", "noi"]),
])
def test_words_a_reader_types_without_their_marks(text: str, words: list[str]) -> None:
    from briefing.text import unmarked_words

    assert unmarked_words(text) == words


# Datelines in Persian (Iran's own calendar), Hebrew and Arabic (the Levant's and Egypt's months together)
DATELINES = {
    "fa": ("وزیر: مذاکرات هسته‌ای هفته آینده از سر گرفته می‌شود", "۰۱ بهمن ۱۴۰۲ - ۱۰:۲۴", "2024-01-21", [
        "وزیر امور خارجه روز یکشنبه اعلام کرد که دور جدید مذاکرات با طرف‌های اروپایی هفته آینده در ژنو برگزار خواهد "
        "شد و هیئت ایرانی آماده است.",
        "به گزارش این خبرگزاری، وی افزود که پیشنهادهای تازه‌ای برای رفع تحریم‌ها روی میز است و پاسخ طرف مقابل بررسی "
        "می‌شود.",
        "دور پیشین مذاکرات در ۲۲ دی ۱۴۰۲ در وین برگزار شده بود و بدون نتیجه پایان یافت."]),
    "he": ("החות'ים תקפו ספינה נוספת בים האדום", "19 בנובמבר 2023 | 21:40", "2023-11-19", [
        "כוחות החות'ים בתימן השתלטו היום על ספינת משא בים האדום והובילו אותה לנמל חודיידה, כך מסרו גורמים בצבא.",
        "לפי הדיווחים, על הספינה היו עשרים וחמישה אנשי צוות ממדינות שונות, ואיש מהם לא נפגע במהלך ההשתלטות.",
        "בצבא אמרו כי מדובר באירוע חמור שמסכן את חופש השיט הבינלאומי באזור, והבטיחו להגיב בהתאם."]),
    "ar": ("الحوثيون يحتجزون سفينة شحن في البحر الأحمر", "19 نوفمبر/تشرين الثاني 2023", "2023-11-19", [
        "أعلنت جماعة الحوثي في اليمن اليوم احتجاز سفينة شحن في البحر الأحمر واقتيادها إلى ميناء الصليف على الساحل "
        "الغربي.",
        "وقال المتحدث باسم الجماعة إن العملية جاءت ردا على الحرب في غزة، وإن السفن المرتبطة بإسرائيل ستبقى أهدافا "
        "مشروعة.",
        "وأكدت شركة الشحن اليابانية المشغلة للسفينة أن على متنها خمسة وعشرين فردا من طاقمها من جنسيات مختلفة."]),
}


def test_a_persian_hebrew_or_arabic_dateline_dates_the_page(tmp_path: Path) -> None:
    """A first-time user's Tasnim page, dated "۰۱ بهمن ۱۴۰۲ - ۱۰:۲۴" (21 January 2024, in Iran's Solar Hijri
    calendar), was undated; Hebrew's months ("19 בנובמבר 2023") were read nowhere, nor Al Jazeera's two names of a
    month ("19 نوفمبر/تشرين الثاني")."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for code, (title, dateline, _, paragraphs) in DATELINES.items():
        (seeds / f"{code}.txt").write_text("\n".join([title, dateline, "", *paragraphs]) + "\n", encoding="utf-8")
    run = run_build_site(seeds=seeds, docs=tmp_path / "docs", command="convert")
    assert run.returncode == 0, run.output
    pages = {frontmatter.load(p)["source_file"]: frontmatter.load(p)
             for p in (tmp_path / "docs" / "articles").glob("*.md")}
    assert {code: str(pages[f"{code}.txt"]["date"]) for code in DATELINES} == {
        code: date for code, (_, _, date, _) in DATELINES.items()}


@pytest.mark.parametrize(("jalali", "gregorian"), [
    ((1403, 1, 1), "2024-03-20"), ((1402, 1, 1), "2023-03-21"), ((1402, 10, 1), "2023-12-22"),
    ((1402, 11, 11), "2024-01-31"), ((1402, 10, 22), "2024-01-12"), ((1403, 12, 30), "2025-03-20"),
    ((1395, 12, 30), "2017-03-20"), ((1402, 12, 30), None), ((1402, 7, 31), None),  # (no such day)
])
def test_a_solar_hijri_day_in_the_gregorian_calendar(jalali: tuple[int, int, int], gregorian: str | None) -> None:
    from briefing.extract_dates import jalali_to_gregorian

    day = jalali_to_gregorian(*jalali)
    assert (day.isoformat() if day else None) == gregorian


@pytest.mark.parametrize(("text", "expected"), [
    ("[١٩/ نوفمبر/٢٠٢٣]", "2023-11-19"), ("19/Nov/2023", "2023-11-19"), ("19 / نوفمبر / 2023", "2023-11-19"),
    ("/19/Nov/2023", None),  # (inside a path)
])
def test_a_day_with_its_months_name_between_slashes(text: str, expected: str | None) -> None:
    """Saba dates its pages "[١٩/ نوفمبر/٢٠٢٣]" (a first-time user's page went undated)."""
    from briefing.extract_dates import first_date

    day = first_date(text)
    assert (day.isoformat() if day else None) == expected


def test_a_metadata_date_in_another_scripts_digits(tmp_path: Path) -> None:
    """A first-time user's Bangladesh briefing wrote its seed's date in metadata.yml in Bengali digits,
    "২০২৫-১১-১৭", and was told it was "not a valid date": any script's decimal digits make the day (Arabic-Indic,
    Persian, Devanagari, full-width); a date that is none is still reported."""
    import datetime as dt

    from briefing.read import load_metadata

    (tmp_path / "metadata.yml").write_text(
        "bn.txt:\n  date: ২০২৫-১১-১৭\nar.txt:\n  date: ٢٠٢٥-١١-١٧\nfa.txt:\n  date: ۲۰۲۵-۱۱-۱۷\n"
        "hi.txt:\n  date: २०२५-११-१७\nja.txt:\n  date: ２０２５-１１-１７\nbad.txt:\n  date: ২০২৫-১৩-১৭\n", encoding="utf-8")
    meta = load_metadata(tmp_path)
    assert {name: entry["date"] for name, entry in meta.entries.items()} \
        == dict.fromkeys(["bn.txt", "ar.txt", "fa.txt", "hi.txt", "ja.txt"], dt.date(2025, 11, 17))
    assert meta.problems == ["metadata.yml: bad.txt: date: '২০২৫-১৩-১৭' is not a valid date (write YYYY-MM-DD); "
                             "ignored"]


@pytest.mark.parametrize("dateline", ["KUALA LUMPUR, 3 Feb (Bernama) -- ", "KUALA LUMPUR, 3 Feb 2026 (Bernama) – ",
                                      "LONDON, 12 March (Reuters) - ", "Kuala Lumpur, 3 Feb (Bernama) -- ",
                                      "Dhaka, 10 May (UNB) – "])
def test_a_wire_dateline_with_the_day_before_the_month_is_left_out_of_the_summary(dateline: str) -> None:
    """Malaysia's Bernama writes the day first ("KUALA LUMPUR, 3 Feb (Bernama) -- "), as do British wires: the summary
    opened with it (a review's probe, after a first-time user's Bangladesh briefing). Not a street's number."""
    from briefing.enrich import summarise
    from briefing.model import Article, Block

    lead = "Malaysia will send a team of election observers to Dhaka ahead of the vote next week."
    assert summarise(Article(source_file="w.txt", blocks=[Block("paragraph", dateline + lead)])) == lead
    for text in ("PARIS, 3 Rue de Rivoli -- The shop that stood here for a century closed its doors on Monday.",
                 "PARIS, 12 Killed – Twelve people died when the roof of the old market hall fell in on Monday."):
        assert summarise(Article(source_file="s.txt", blocks=[Block("paragraph", text)])) == text  # (a code review's)


@pytest.mark.parametrize("dateline, lead", [
    ("МОСКВА, 25 мая. /ТАСС/. ", "Россия и Украина провели третий этап обмена военнопленными в Стамбуле."),
    ("МОСКВА, 13 мар — РИА Новости. ", "Подразделения группировки войск освободили населенный пункт под Курском."),
    ("MOSCOW, May 25. /TASS/. ", "Russia and Ukraine carried out the third and final stage of the prisoner exchange."),
    ("Bagsværd, Denmark, 8 August 2023 – ", "Novo Nordisk today announced the headline results of the trial."),
    ("Indianapolis, Indiana, 8 August 2023 – ", "Eli Lilly today announced the headline results of the trial."),
])
def test_an_agencys_or_a_releases_day_first_dateline_is_left_out_of_the_summary(dateline: str, lead: str) -> None:
    """First-time users' war and drugs briefings: TASS's "МОСКВА, 25 мая. /ТАСС/. " (and its English service's),
    RIA's "МОСКВА, 13 мар — РИА Новости. " and a European release's "Bagsværd, Denmark, 8 August 2023 – " opened the
    summary. Not a lead whose place is its subject, nor a dash before a sentence ("МОСКВА, 13 мар — Путин уехал …")."""
    from briefing.enrich import summarise
    from briefing.model import Article, Block

    assert summarise(Article(source_file="w.txt", blocks=[Block("paragraph", dateline + lead)])) == lead
    for text in ("МОСКВА, 13 мар — Путин уехал из Кремля рано утром, сообщили в пресс-службе президента.",
                 "Paris, the capital, was calm on 8 August 2023 – and the markets opened on time.",
                 "Berlin, Germany, has 3.7 million people and 12 districts, the city said on Monday.",
                 "Paris, 13 November 2015 – The first shots were fired at 9.25 pm outside a bar in the east."):
        assert summarise(Article(source_file="s.txt", blocks=[Block("paragraph", text)])) == text


@pytest.mark.parametrize("dateline, lead", [
    ("Taipei, Dec. 10 (CNA) ", "Taiwan Semiconductor Manufacturing Co. said on Tuesday its revenue fell in November."),
    ("Taipei, Taiwan, Dec. 10, 2024 (CNA) ", "The cabinet approved a new budget for chip research on Tuesday."),
    ("HSINCHU, Taiwan, R.O.C. – Dec. 10, 2024 - ", "TSMC (TWSE: 2330, NYSE: TSM) today announced its net revenue."),
    ("〔記者洪友芳／新竹報導〕", "花蓮今(3)日上午7點58分發生規模7.2強震，台積電表示已疏散員工並檢查設備。"),
    ("（中央社記者潘姿羽台北7日電）", "美國總統宣布對半導體課徵約100%關稅，台積電表示將持續關注相關政策。"),
    ("（中央社記者楊明珠東京24日專電）", "台積電熊本廠今天舉行開幕典禮，日本經濟產業大臣出席致詞。"),
    ("【台北=龍元秀明】", "台湾積体電路製造（TSMC）は7日、米アリゾナ州の工場で量産を始めたと発表した。"),
])
def test_a_wire_or_a_papers_credit_before_the_lead_is_left_out_of_the_summary(dateline: str, lead: str) -> None:
    """A first-time user's Taiwan briefing: five summaries opened with the lead's credit, CNA's "Taipei, Dec. 10 (CNA) "
    (a place in small letters, no dash), TSMC's release "HSINCHU, Taiwan, R.O.C. – Dec. 10, 2024 - ", the Liberty
    Times' "〔記者洪友芳／新竹報導〕", CNA's Chinese "（中央社記者潘姿羽台北7日電）" and Nikkei's "【台北=龍元秀明】". Not a
    sentence that opens with a place, nor a bracket's other words."""
    from briefing.enrich import summarise
    from briefing.model import Article, Block

    assert summarise(Article(source_file="w.txt", blocks=[Block("paragraph", dateline + lead)])) == lead
    for text in ("Taipei, Taiwan's capital, was calm on Dec. 10 (a Tuesday) as the markets opened on time.",
                 "Paris – Jan. 5 - the first of the sales - brought crowds to the department stores on Monday.",
                 "Apple, Dec. 10 (AAPL): shares rose, and the company said it would buy back more of them.",
                 "【独家】台積電將在熊本興建第二座工廠，預計2027年底開始營運，日本政府將提供大約四千億日圓的補助。",
                 "（記者會）經濟部長今天表示，政府將持續協助國內的半導體業者因應美國新關稅政策帶來的影響。",
                 "（據彭博報導）台積電考慮在阿拉伯聯合大公國興建先進晶圓廠，目前仍在初步討論階段，尚未定案。"):
        assert summarise(Article(source_file="s.txt", blocks=[Block("paragraph", text)])) == text


@pytest.mark.parametrize("paragraphs", [
    ["Kerajaan Majapahit adalah kerajaan Hindu-Buddha terbesar di Nusantara yang didirikan oleh Raden Wijaya.",
     "Pada masa pemerintahan Hayam Wuruk, kerajaan mencapai puncak kejayaan. Beliau didampingi Mahapatih Gajah Mada.",
     "Setelah wafatnya Hayam Wuruk, kerajaan itu mengalami kemunduran akibat perang saudara yang panjang."],
    ["Raja Charles menghadiri upacara peringatan di London pada Kamis. Beliau didampingi Ratu Camilla.",
     "Juru bicara istana berkata upacara itu berjalan lancar. Warga berkata mereka datang sejak pagi.",
     "Dalam pidatonya, beliau berkata terima kasih kepada para veteran karena jasa mereka bagi negara."],
])
def test_an_indonesian_page_on_a_kingdom_is_no_malay(paragraphs: list[str]) -> None:
    """A review's Indonesian pages on Majapahit and on the British royals were labelled Malay: "kerajaan"
    (kingdom) and "beliau" (he, of a person of rank) are Indonesian words too, and "berkata" is written in both
    languages; Malay's own spellings decide, two of them at least."""
    from briefing.extract_text import extract_text

    assert extract_text("\n\n".join(["Sejarah kerajaan di Nusantara", "12 Agustus 2025", *paragraphs])).language == "id"
