"""Absolute dates written in page text (several languages), for the extract stage."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from .scripts import ARABIC, BENGALI, DEVANAGARI, HEBREW

# Years outside this window are placeholders or historical references, not publication dates.
MIN_YEAR = 1995
MAX_YEAR = 2035

_MONTHS: dict[str, int] = {}


def _add_months(names: str) -> None:
    for number, name in enumerate(names.split(), start=1):
        for variant in name.split("/"):
            _MONTHS[variant.lower()] = number


# English (full and abbreviated), Portuguese, Spanish, Italian, French, German,
# Indonesian, Dutch, Russian (genitive and nominative).
_add_months("january february march april may june july august september october november december")
_add_months("jan feb mar apr may jun jul aug sep/sept oct nov dec")
_add_months("janeiro fevereiro março/marco abril maio junho julho agosto setembro outubro novembro dezembro")
_add_months("jan fev mar abr mai jun jul ago set out nov dez")
_add_months("enero febrero marzo abril mayo junio julio agosto septiembre/setiembre octubre noviembre diciembre")
_add_months("ene feb mar abr may jun jul ago sep oct nov dic")
_add_months("gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre")
_add_months("gen feb mar apr mag giu lug ago set ott nov dic")
_add_months("janvier février/fevrier mars avril mai juin juillet août/aout septembre octobre novembre décembre/decembre")
# (and as Les Echos and Le Figaro abbreviate them: "Publié le 24 juil. 2025")
_add_months("janv févr/fevr mars avr mai juin juil août/aout sept oct nov déc/dec")
_add_months("januar februar märz/maerz april mai juni juli august september oktober november dezember")
_add_months("jan feb mär apr mai jun jul aug sep okt nov dez")
_add_months("januari februari maret april mei juni juli agustus september oktober november desember")
_add_months("januari februari maart april mei juni juli augustus september oktober november december")
_add_months("января февраля марта апреля мая июня июля августа сентября октября ноября декабря")
_add_months("январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь")
# ... and Russian's, Ukrainian's and Polish's month "in" (the locative) as prose writes a month and its year: "в мае
# 2025 года", "у травні 2025 року", "w maju 2025 roku" (a first-time user's Ukraine briefing had no event of them)
_LOCATIVE_MONTH_NAMES = (
    "январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре",
    "січні лютому березні квітні травні червні липні серпні вересні жовтні листопаді грудні",
    "styczniu lutym marcu kwietniu maju czerwcu lipcu sierpniu wrześniu październiku listopadzie grudniu",
)
for _names in _LOCATIVE_MONTH_NAMES:
    _add_months(_names)
_add_months("янв фев мар апр мая июн июл авг сен окт ноя дек")
# Polish, Czech, Slovak, Ukrainian and Greek as dates write them (the genitive: "26 października
# 2018", "26. října 2018", "26 жовтня 2018", "26 Οκτωβρίου 2018"), Polish also in the nominative;
# Turkish, Swedish, Danish/Norwegian, Finnish (the partitive), Romanian, Malay, Tagalog, Hindi,
# Thai and Burmese; Swahili, as Tanzanian and Kenyan papers write it ("Jumamosi, Novemba 01, 2025", "3 Novemba, 2025":
# a first-time user's Mwananchi and government pages went undated; its "Mei", "Juni", "Julai" are Indonesian's, Dutch's
# and Malay's too, for the same months); Somali, as BBC Somali and Hiiraan write it ("17 Janaayo 2026", "Janaayo 17,
# 2026": the same user's Somali pages went undated). (Thai pages count years in the Buddhist era: see gregorian_year.)
_THAI_MONTH_NAMES = "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม"
_HINDI_MONTH_NAMES = ("जनवरी फ़रवरी/फरवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर/सितम्बर अक्टूबर नवंबर/नवम्बर "
                      "दिसंबर/दिसम्बर")
# Azerbaijani's, Uzbek's (in Latin letters; its Cyrillic ones are Russian's nominatives), Kazakh's in Cyrillic and in
# its Latin alphabet of 2021 (ASCII's too, "nauryz"), Georgian's and Armenian's (its genitive too, as a dateline
# writes it, "ԵՐԵՎԱՆ, 7 ԴԵԿՏԵՄԲԵՐԻ"), as their papers date their pages: "07 dekabr 2025, 14:35" (Trend), "7-dekabr,
# 2025" (Kun.uz), "7 желтоқсан 2025" (Kazinform), "7 jeltoqsan 2025", "29 მაისი, 2024" (Civil.ge), "Դեկտեմբեր 7, 2025"
# (Armenpress): a first-time user's pages in those languages went undated. (Their "may", "mart", "iyun" are English's
# and Turkish's words or months already; see TURKIC_MONTH_STEMS for their case endings and years written first.)
_CAUCASIAN_MONTH_NAMES = (
    "yanvar fevral mart aprel may iyun iyul avqust/avgust sentyabr/sentabr oktyabr/oktabr noyabr dekabr",
    "қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан",
    "qańtar aqpan naýryz/nauryz sáýir/sauir mamyr maýsym/mausym shilde tamyz qyrkúıek/qyrkúiek/qyrkuiek qazan "
    "qarasha jeltoqsan",
    "იანვარი თებერვალი მარტი აპრილი მაისი ივნისი ივლისი აგვისტო სექტემბერი ოქტომბერი ნოემბერი დეკემბერი",
    "հունվար փետրվար մարտ ապրիլ մայիս հունիս հուլիս օգոստոս սեպտեմբեր հոկտեմբեր նոյեմբեր դեկտեմբեր",
    "հունվարի փետրվարի մարտի ապրիլի մայիսի հունիսի հուլիսի օգոստոսի սեպտեմբերի հոկտեմբերի նոյեմբերի դեկտեմբերի",
)
_MORE_MONTHS = (
    "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień",
    "ledna února března dubna května června července srpna září října listopadu prosince",
    "januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra",
    "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου ιουλίου αυγούστου σεπτεμβρίου οκτωβρίου "
    "νοεμβρίου δεκεμβρίου",
    "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
    "januari februari mars april maj juni juli augusti september oktober november december",
    "januar februar marts april maj/mai juni juli august september oktober november december/desember",
    "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta "
    "marraskuuta joulukuuta",
    "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "januari februari mac april mei jun julai ogos september oktober november disember",
    "enero pebrero marso abril mayo hunyo hulyo agosto setyembre oktubre nobyembre disyembre",
    "januari februari machi aprili mei juni julai agosti septemba oktoba novemba desemba",
    "janaayo febraayo/feebarwari maarso abriil maajo/maayo juun luulyo/luuliyo agoosto sebtembar/sebteembar "
    "oktoobar/oktoober nofembar/nofeembar diseembar/desembar",
    _HINDI_MONTH_NAMES,
    _THAI_MONTH_NAMES,
    "ဇန်နဝါရီ ဖေဖော်ဝါရီ မတ် ဧပြီ မေ ဇွန် ဇူလိုင် ဩဂုတ်/သြဂုတ် စက်တင်ဘာ အောက်တိုဘာ နိုဝင်ဘာ ဒီဇင်ဘာ",
    *_CAUCASIAN_MONTH_NAMES,
)
for _names in _MORE_MONTHS:
    _add_months(_names)
# ... and their short forms as those sites print them (Malaysiakini's "Dikemaskini: 12 Ogo 2025, 11:02 pagi": a
# first-time user's page went undated): Malay's (Ogo/Ogs, Dis), Indonesian's (Agu/Agt/Ags), Tagalog's (Peb, Hun, Hul,
# Nob), Dutch's "mrt", Turkish's; the others' are English's, German's, Spanish's or Malay's already ("Jan", "Mei",
# "Okt", "Ene", "Ago", "Set", "Mac"). (Not Indonesian's and Norwegian's "Des": French "des", "3 des 2000 personnes".)
# Some are words too ("Dis", "Hun", "Ara", "Tem"): dates read them between a day and a year, but month_number does not
# (a name's word before another's, "Attila the Hun Society": see entities).
_SHORT_WORDS_TOO = set("dis hun ara tem kas nob".split())
_add_months("jan feb mac apr mei jun jul ogo/ogs sep/sept okt nov dis")
_add_months("jan feb mar apr mei jun jul agu/agt/ags sep okt nov")
_add_months("ene peb mar abr may hun hul ago set okt nob dis")
_add_months("jan feb mrt apr mei jun jul aug sep okt nov dec")
_add_months("oca şub mar nis may haz tem ağu eyl eki kas ara")
# ... and Polish's, Romanian's, Greek's and Ukrainian's ("12 sie 2025", "12 noi 2025", "12 Αυγ 2025", "12 серп 2025"),
# all between a day and a year only (names and words too: "Ian", "lis", "lip", "noi")
_SHORT_MONTH_NAMES = ("sty lut mar kwi maj cze lip sie wrz paź/paz lis gru",
                      "ian feb mar apr mai iun iul aug sep oct noi dec",
                      "ιαν φεβ μαρ απρ μαΐ/μαϊ/μαι ιουν ιουλ αυγ σεπ/σεπτ οκτ νοε/νοεμ δεκ",
                      "січ лют бер кві/квіт тра/трав чер/черв лип сер/серп вер жов/жовт лис/лист гру/груд")
for _names in _SHORT_MONTH_NAMES:
    for _name in re.split(r"[\s/]", _names):
        if _name not in _MONTHS:
            _SHORT_WORDS_TOO |= {_name}
    _add_months(_names)
# Arabic: the Gregorian names of Egypt and the Gulf, and the Syriac names of the Levant and Iraq
# (pages often print both: "28 آب/اغسطس 2013"); two of the Levant's are two words each.
_add_months("يناير فبراير مارس أبريل/ابريل/إبريل مايو يونيو/يونيه/يونية يوليو/يوليه/يولية أغسطس/اغسطس/آغسطس "
            "سبتمبر أكتوبر/اكتوبر نوفمبر ديسمبر")
for _number, _name in enumerate(("كانون الثاني", "شباط", "آذار/اذار", "نيسان", "أيار/ايار", "حزيران", "تموز", "آب/اب",
                                 "أيلول/ايلول", "تشرين الأول/تشرين الاول", "تشرين الثاني", "كانون الأول/كانون الاول"),
                                start=1):
    for _variant in _name.split("/"):
        _MONTHS[_variant] = _number
# Hebrew, with the "in" a date writes the month with ("ב-19 בנובמבר 2023", "19 בנובמבר 2023"), and Persian's
# Gregorian names ("۱۹ نوامبر ۲۰۲۳"; the Solar Hijri calendar's months are others': see JALALI_MONTHS)
_HEBREW_MONTH_NAMES = "ינואר פברואר מרץ/מרס אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר"
_add_months(_HEBREW_MONTH_NAMES)
_add_months(" ".join("/".join("ב" + v for v in name.split("/")) for name in _HEBREW_MONTH_NAMES.split()))
_add_months("ژانویه فوریه مارس آوریل مه ژوئن ژوئیه/جولای اوت/آگوست سپتامبر اکتبر نوامبر دسامبر")
# Urdu's, English's names ("13 فروری ، 2026", Daily Jang's dateline: a first-time user's page went undated), its
# letters perhaps typed as Arabic's ("جولائي", "اكتوبر")
_URDU_MONTH_NAMES = "جنوری فروری مارچ اپریل مئی/مئ جون جولائی اگست ستمبر اکتوبر نومبر دسمبر"
_add_months(_URDU_MONTH_NAMES)
_add_months(_URDU_MONTH_NAMES.translate(str.maketrans({"ی": "ي", "ک": "ك"})))
# Bengali's, as Bangladeshi and Indian papers date their pages and stories ("প্রকাশ: ১৭ নভেম্বর ২০২৫", Prothom
# Alo's: a first-time user's page went undated), in the spellings in use ("জানুয়ারী", "অগাস্ট", "সেপ্টেম্বার"), "য়"
# as one character or two (U+09DF, or U+09AF and its nukta); Hindi's "फ़" too (U+095E, or U+092B and its nukta).
# (Not among FOREIGN_MONTH_NAMES: the timeline reads them with a pattern of their own, see INDIC_MONTH_NAMES.)
_BENGALI_MONTH_NAMES = ("জানুয়ারি/জানুয়ারী ফেব্রুয়ারি/ফেব্রুয়ারী মার্চ এপ্রিল মে জুন জুলাই আগস্ট/অগাস্ট/আগষ্ট "
                        "সেপ্টেম্বর/সেপ্টেম্বার অক্টোবর/অক্টোবার নভেম্বর/নভেম্বার ডিসেম্বর/ডিসেম্বার")
_add_months(_BENGALI_MONTH_NAMES)
_add_months(_BENGALI_MONTH_NAMES.replace("\u09af\u09bc", "\u09df"))
_add_months(_HINDI_MONTH_NAMES.replace("\u092b\u093c", "\u095e"))


# Thai pages count years in the Buddhist era (พ.ศ. 2562 = 2019), sometimes marked so.
# Thai's abbreviations, as datelines write them ("21 ม.ค.2561": no space before the year).
_THAI_MONTH_ABBREVIATIONS = "ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค."
_add_months(_THAI_MONTH_ABBREVIATIONS)
_THAI_MONTHS = frozenset(_THAI_MONTH_NAMES.split()) | frozenset(_THAI_MONTH_ABBREVIATIONS.split())
BUDDHIST_ERA_OFFSET = 543
BUDDHIST_ERA_MARK = r"(?:พ\.\s?ศ\.\s*)"


def gregorian_year(year: int, month_word: str) -> int:
    """The year as the Gregorian calendar counts it: a Thai month's year past 2400 is one of
    the Buddhist era."""
    if year > 2400 and month_word.lower() in _THAI_MONTHS:
        return year - BUDDHIST_ERA_OFFSET
    return year


def month_number(word: str) -> int | None:
    """1-12 for a month's name in one of the languages read here ('Oktober', 'mars'), else None (see
    _SHORT_WORDS_TOO)."""
    return None if word.lower() in _SHORT_WORDS_TOO else _MONTHS.get(word.lower())


_ENGLISH_MONTHS = frozenset("january february march april may june july august september october november december".split())
# The full names of months in the other languages read here (not English: the timeline's own
# patterns read those; no abbreviations: "mar", "set", "mai" are words too), and Thai's
# abbreviations, which are no words ("ม.ค."). (Russian's May of three letters too, "16 мая", "в мае", "май": no
# abbreviation, nor a word of another language; a first-time user's TASS page had no event of its "мая".)
_CYRILLIC_NAME = re.compile("[а-яё]+")
FOREIGN_MONTH_NAMES = tuple(sorted(
    {name for names in (
        "janeiro fevereiro março marco abril maio junho julho agosto setembro outubro novembro dezembro",
        "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre",
        "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
        "janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre decembre",
        "januar februar märz maerz juni juli oktober dezember",
        "januari februari maret mei agustus desember maart augustus",
        "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
        "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
        *_LOCATIVE_MONTH_NAMES, *_MORE_MONTHS, _THAI_MONTH_ABBREVIATIONS)
     for name in re.split(r"[\s/]+", names)
     if (len(name) > 3 or _CYRILLIC_NAME.fullmatch(name)) and name not in _ENGLISH_MONTHS}, key=lambda n: (-len(n), n)))


def is_month_name(word: str) -> bool:
    """Whether the (lower-case) word names a month in one of the languages read here ('march', 'märz')."""
    return word in _MONTHS and word not in _SHORT_WORDS_TOO


# Japanese eras, as government, court and city pages date in Japan ("令和7年4月15日" is 15
# April 2025): the year before each era's first ("元年", year 1). (Their first and last years
# are shared with the era before and after: 平成31年4月 and 令和元年5月 are both 2019.)
JAPANESE_ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925}
JAPANESE_ERA_YEAR = "(" + "|".join(JAPANESE_ERAS) + r")\s*(元|\d{1,2})\s*年"


def japanese_era_year(era: str, year: str) -> int:
    """The Gregorian year of an era's year ("令和", "7" -> 2025; "平成", "元" -> 1989)."""
    return JAPANESE_ERAS[era] + (1 if year == "元" else int(year))


# The Republic of China's (Minguo) era, as Taiwan's government, companies and press date their pages: "民國113年10月
# 12日", "中華民國113年10月12日", in full-width figures too ("發布日期：民國１１３年１０月１２日", a first-time user's Big5
# ministry release went undated), is 12 October 2024 (year + 1911); a later day of the same text may drop the era
# ("自民國113年11月1日起至114年1月31日止"). In figures, "發布日期：113/10/12", "113.10.12", "113-10-12": a year of three
# figures (100 to 124, 2011 to 2035) on a line in Chinese characters, the era's only (not a fraction nor an
# address's: nothing but figures and the separator around it).
ROC_ERA_OFFSET = 1911
ROC_DATE = r"(?:中華|中华)?民[國国]\s*(\d{2,3})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
_ROC_YEAR = "[1１][0-2０-２]\\d"  # (100 to 129, in either figures)
# (after the era's name in the same text: the year alone)
ROC_LATER_DATE = rf"(?<![\d年月])({_ROC_YEAR})\s*年\s*(\d{{1,2}})\s*月\s*(\d{{1,2}})\s*日"
ROC_FIGURES_DATE = rf"(?<![\dA-Za-z/.\-])({_ROC_YEAR})([/.\-])(\d{{1,2}})\2(\d{{1,2}})(?![\dA-Za-z/\-]|\.\d)"
_HAN_LETTER = re.compile("[\u4e00-\u9fff]")
_KANA_OR_HANGUL = re.compile("[\u3040-\u30ff\uac00-\ud7af]")


# Iran's Solar Hijri (Jalali) calendar, as Tasnim, IRNA and Fars date their pages ("۰۱ بهمن ۱۴۰۲ - ۱۰:۲۴" is 21
# January 2024): its months read only before a year of it, 13xx or 14xx ("دی", "تیر", "مهر" are words too), in
# Persian, Arabic-Indic or Western figures; a Persian letter may be typed as the Arabic one ("ارديبهشت").
JALALI_MONTHS = {name.translate(str.maketrans(letters)): number
                 for number, name in enumerate("فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند"
                                               .split(), start=1) for letters in ({}, {"ی": "ي", "ک": "ك"})}
FIGURE = "[0-9۰-۹٠-٩]"  # (Western, Persian and Arabic-Indic figures)
# (its groups named, for the timeline's scan, which has the pattern among its others: see events._PATTERNS)
JALALI_DATE = (rf"(?<!\w)(?P<dfa>{FIGURE}{{1,2}})\s+"
               rf"(?P<mfa>{'|'.join(sorted(JALALI_MONTHS, key=len, reverse=True))})\s+"
               rf"(?P<yfa>[1۱١][34۳۴٣٤]{FIGURE}{{2}})(?!{FIGURE})")


def jalali_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian day of a Solar Hijri one (1 Farvardin 1403 -> 20 March 2024), by the 33-year
    arithmetic of its leap years (exact for 1178-1633); None for a day its month has not."""
    if not 1 <= month <= 12 or not 1 <= day <= (31 if month <= 6 else 30):
        return None

    def ordinal(y: int, m: int, d: int) -> int:
        y += 1595
        return (-355668 - 365 + 365 * y + y // 33 * 8 + (y % 33 + 3) // 4 + d
                + ((m - 1) * 31 if m <= 6 else (m - 7) * 30 + 186))
    if month == 12 and day == 30 and ordinal(year + 1, 1, 1) - ordinal(year, 12, 29) != 2:
        return None  # (Esfand's 30th only in a leap year)
    return dt.date.fromordinal(ordinal(year, month, day))


# Bangladesh's Bengali calendar (Bangabda), as its papers and gazettes date their pages beside the Gregorian day
# ("সোমবার, ১৭ নভেম্বর ২০২৫, ২ অগ্রহায়ণ ১৪৩২"; the gazette's alone): its revision of 1426 (2019), the one in use since,
# alone (its earlier years counted their months' days otherwise). Its year begins on 14 April (1 Boishakh 1432 is 14
# April 2025); its first six months have 31 days, Falgun 29 (30 in a Gregorian leap year), the others 30.
BANGABDA_MONTHS = {name: number for number, names in enumerate(
    ("বৈশাখ", "জ্যৈষ্ঠ জৈষ্ঠ্য জ্যেষ্ঠ", "আষাঢ়", "শ্রাবণ", "ভাদ্র", "আশ্বিন", "কার্তিক কার্ত্তিক",
     "অগ্রহায়ণ অগ্রহায়ন", "পৌষ", "মাঘ", "ফাল্গুন", "চৈত্র"), start=1)
    for written in names.split() for name in (written, written.replace("\u09af\u09bc", "\u09df")
                                               .replace("\u09a2\u09bc", "\u09dd"))}
BANGABDA_FIRST_YEAR = 1426
BANGABDA_DATE = (r"(?<!\w)(?P<dbg>[0-9০-৯]{1,2})\s+"
                 rf"(?P<mbg>{'|'.join(sorted(BANGABDA_MONTHS, key=len, reverse=True))})\s+"
                 r"(?P<ybg>(?:14|১৪)[0-9০-৯]{2})(?![0-9০-৯])")


def bangabda_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian day of a day of the Bengali calendar as Bangladesh counts it (2 Agrahayan 1432 -> 17 November
    2025); None before its revision's first year (1426) or for a day its month has not."""
    falgun = 30 if calendar.isleap(year + 594) else 29
    lengths = (31, 31, 31, 31, 31, 31, 30, 30, 30, 30, falgun, 30)
    if year < BANGABDA_FIRST_YEAR or not 1 <= month <= 12 or not 1 <= day <= lengths[month - 1]:
        return None
    return dt.date(year + 593, 4, 14) + dt.timedelta(days=sum(lengths[:month - 1]) + day - 1)


# Ethiopia's calendar, as Amharic pages date (BBC News Amharic's "ረቡዕ ጥቅምት 12 ቀን 2018 ዓ.ም" is Wednesday 22 October
# 2025, Fana's "ሰኞ፣ ኅዳር 15 ቀን 2018 ዓ.ም"; a first-time user's pages went undated, with no event): its twelve months of
# 30 days and Pagume of 5 or 6, its year 7 or 8 behind the Gregorian, beginning on 11 September (12 in the year before
# a Gregorian leap year). Its months in the spellings in use ("ኅዳር", "ህዳር"; "ታኅሣሥ", "ታህሳስ"; "ሐምሌ", "ሃምሌ"), a
# preposition perhaps joined to the name ("በግንቦት 2017 ዓ.ም", in Ginbot 2017; "ከኅዳር 15 ቀን", from Hidar 15). A date
# so marked ("ቀን", day; "ዓ.ም", the era) or written month first is the Ethiopian calendar's; BBC News Amharic dates its
# own pages day first with the names for the Gregorian months they mostly fall in ("22 ጥቅምት 2025": Tikimt for
# October, Meskerem for September … Nehase for August), unmarked.
ETHIOPIC = "\u1200-\u137f"
ETHIOPIAN_MONTHS = {name: number for number, names in enumerate((
    "መስከረም", "ጥቅምት", "ኅዳር ህዳር ሕዳር", "ታኅሣሥ ታህሳስ ታኅሳስ ታህሣሥ", "ጥር", "የካቲት", "መጋቢት", "ሚያዝያ ሚያዚያ",
    "ግንቦት", "ሰኔ", "ሐምሌ ሃምሌ ሓምሌ", "ነሐሴ ነሃሴ", "ጳጉሜ ጳጉሜን"), start=1) for name in names.split()}
ETHIOPIAN_MONTH = "(?:" + "|".join(sorted(ETHIOPIAN_MONTHS, key=len, reverse=True)) + ")"
ETHIOPIC_PREFIX = "(?:በ|ከ|ለ|እስከ)?"  # (a preposition joined to the month: "በግንቦት", in Ginbot)
ETHIOPIAN_ERA = r"(?:\s*ዓ\s*[./]?\s*ም\.?)"
# (its groups named, for the timeline's scan, which has the patterns among its others: see events._PATTERNS)
# Month first, its "ቀን" and era perhaps: "ጥቅምት 12 ቀን 2018 ዓ.ም", "ኅዳር 15፣ 2018"
ETHIOPIAN_DATE = (rf"(?<![{ETHIOPIC}]){ETHIOPIC_PREFIX}(?P<mea>{ETHIOPIAN_MONTH})\s*(?P<dea>\d{{1,2}})"
                  rf"(?:\s*ቀን)?\s*[፣,]?\s*(?P<yea>\d{{4}})(?!\d){ETHIOPIAN_ERA}?")
# Day first: the Ethiopian calendar's with its era, else the Gregorian: "22 ጥቅምት 2025"
ETHIOPIC_DAY_FIRST = (rf"(?<![\d{ETHIOPIC}])(?P<dag>\d{{1,2}})\s+(?P<mag>{ETHIOPIAN_MONTH})\s*[፣,]?\s*"
                      rf"(?P<yag>\d{{4}})(?!\d)(?P<eag>{ETHIOPIAN_ERA})?")


def ethiopian_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian day of a day of the Ethiopian calendar (12 Tikimt 2018 -> 22 October 2025); None for a day its
    month has not, or a year no date has ("መስከረም 1 ቀን 9999 ዓ.ም", a code review's: it raised, and the article was
    lost)."""
    # (a year that ends in a Pagume of 6 days, 2015, is followed by one that begins on 12 September, 2016: the year
    # before a Gregorian leap year's)
    if not 1 <= month <= 13 or not 1 <= day <= (30 if month < 13 else 6 if calendar.isleap(year + 9) else 5) \
            or not 1 <= year <= dt.MAXYEAR - 8:
        return None
    return dt.date(year + 7, 9, 12 if calendar.isleap(year + 8) else 11) + dt.timedelta(days=(month - 1) * 30 + day - 1)


# An unmarked date's calendar. Against the publication, by its year's plausibility: the Ethiopian year is the
# Gregorian's less 7 or 8, so one written month first with no era whose Ethiopian reading lies years ahead is the
# Gregorian ("ጥቅምት 22, 2025", a review's probe: Ethiopian, it was 1 November 2032); and one written day first with no
# era is the Gregorian only within a couple of years of it ("12 ጥቅምት 2018" on a page of the fiscal "2017 በጀት ዓመት" was
# 12 October 2018 where it was 22 October 2025): else none, which calendar is unsure. With no publication (the page's
# own date, an undated page's events), by how it is written, never by today (the same page would be dated by the day
# it is converted): day first as BBC News Amharic writes the Gregorian at its head ("22 ጥቅምት 2019"), or month first
# with a Latin comma as English writes it ("ጥቅምት 22, 2025"), the Gregorian; month first otherwise ("ኅዳር 15፣ 2018",
# "ጥቅምት 12 2018"), the Ethiopian.
ETHIOPIC_GREGORIAN_SPAN = 2
ETHIOPIAN_ERA_AT_END = re.compile(ETHIOPIAN_ERA + "$")


def ethiopic_date(year: int, month: int, day: int, era: bool, day_first: bool,
                  reference: dt.date | None = None, latin_comma: bool = False) -> dt.date | None:
    """The day of "ጥቅምት 12 ቀን 2018 ዓ.ም" (Ethiopian), "22 ጥቅምት 2025" (Gregorian, the month's name for October) or
    "ጥቅምት 22, 2025" (Gregorian): see ETHIOPIC_GREGORIAN_SPAN (`reference`: the publication; `latin_comma`: a ","
    between the day and the year)."""
    if era or not day_first and reference is None and not latin_comma:
        return ethiopian_to_gregorian(year, month, day)
    if reference is not None:
        if not day_first and year <= reference.year - 7:
            return ethiopian_to_gregorian(year, month, day)
        if abs(year - reference.year) > ETHIOPIC_GREGORIAN_SPAN:
            return None
    if month == 13:
        return None
    try:
        return dt.date(year, (month + 7) % 12 + 1, day)
    except ValueError:
        return None


# The months Arabic, Hebrew and Persian write (the timeline reads them in a sentence of those scripts), longest first.
RTL_MONTH_NAMES = tuple(sorted((name for name in _MONTHS if re.match(f"[{HEBREW}{ARABIC}]", name)), key=len,
                               reverse=True))
# ... and those Bengali and Hindi write (in a sentence of those scripts: see events), longest first.
INDIC_MONTH_NAMES = tuple(sorted((name for name in _MONTHS if re.match(f"[{DEVANAGARI}{BENGALI}]", name)), key=len,
                                 reverse=True))
# Azerbaijani's, Uzbek's, Kazakh's, Georgian's and Armenian's months in their cases, as a sentence writes them: each
# stem with the case endings it takes ("dekabrda", in December; "oktyabrın 21", of October the 21st; "шілдеде";
# "მაისს", "მარტიდან", from March; "օգոստոսի", of August), those endings alone ("5 მარტივი ნაბიჯი" is 5 simple steps,
# "mayor" no May). (Uzbek's in Cyrillic letters, "октябрда", only after a year: see TURKIC_DATE.)
_TURKIC_LATIN_ENDINGS = r"(?:d[aəe]n?|t[aəe]n?|[ıiuü]n|ning|nin|ni|g[aəe]|ğ[aə]|ǵa|d[aə]ki|dagi)?"
_TURKIC_MONTH_FORMS = (
    ("yanvar fevral mart aprel may iyun iyul avqust/avgust sentyabr/sentabr oktyabr/oktabr noyabr dekabr",
     _TURKIC_LATIN_ENDINGS),
    ("qańtar aqpan naýryz/nauryz sáýir/sauir mamyr maýsym/mausym shilde tamyz qyrkúıek/qyrkúiek/qyrkuiek qazan "
     "qarasha jeltoqsan", _TURKIC_LATIN_ENDINGS),
    ("қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан",
     "(?:да|де|та|те|дан|ден|тан|тен|нан|нен|ға|ге|қа|ке|ның|нің|дың|дің|тың|тің|сы|сі|сында|сінде|ында|інде)?"),
    ("იანვარ/იანვრ თებერვალ/თებერვლ მარტ აპრილ მაის ივნის ივლის აგვისტო სექტემბერ/სექტემბრ ოქტომბერ/ოქტომბრ "
     "ნოემბერ/ნოემბრ დეკემბერ/დეკემბრ", "(?:ი|ს|ის|ით|ად|ამდე|მდე|იდან|დან|ში|ზე|ისთვის)?"),
    ("հունվար փետրվար մարտ ապրիլ մայիս հունիս հուլիս օգոստոս սեպտեմբեր հոկտեմբեր նոյեմբեր դեկտեմբեր",
     "(?:ի|ին|ից|ում|ով|ը)?"),
)
_UZBEK_CYRILLIC_MONTH_FORMS = ("январ феврал март апрел май июн июл август сентябр октябр ноябр декабр",
                               "ь?(?:да|дан|га|нинг)?")
TURKIC_MONTH_STEMS = {stem: number for stems, _ in (*_TURKIC_MONTH_FORMS, _UZBEK_CYRILLIC_MONTH_FORMS)
                      for number, names in enumerate(stems.split(), start=1) for stem in names.split("/")}


def _month_forms(forms: tuple[tuple[str, str], ...]) -> str:
    return "(?:" + "|".join("(?:" + "|".join(sorted(re.split(r"[\s/]", stems), key=len, reverse=True)) + ")" + endings
                            for stems, endings in forms) + r")(?![^\W\d])"


TURKIC_MONTH = _month_forms(_TURKIC_MONTH_FORMS)
TURKIC_UZBEK_CYRILLIC_MONTH = _month_forms((_UZBEK_CYRILLIC_MONTH_FORMS,))
# A year written first, its word ("2025-ci il", "2024-cü ilin", "2025-yil", "2025 йил", "2024 жылғы", "2024 jylǵy",
# "2020 წლის", "2025 թվականի", "2025 թ.": of the year), then its day and month or its month and day: "2025-yil
# 15-oktabr", "2024 жылғы 3 шілде", "2025-ci il oktyabrın 21", "2020 წლის 9 იანვარს", "2025 թվականի օգոստոսի 8-ին"
# (a first-time user's pages in those languages had no event of them)
TURKIC_YEAR_WORD = (r"(?:-?\s?(?:c[iıuü]\s+il(?:in)?|yil(?:ning)?|йил(?:нинг)?)"
                    r"|\s+(?:жылғы|жылы|жылдың|ж\.|jylǵy|jylgy|jyly|jyldyń|წლის|թվականի|թ\.))")
TURKIC_DATE = (rf"(?<!\d)((?:19|20)\d\d){TURKIC_YEAR_WORD}\s+(?:(\d{{1,2}})(?:-|\s+)"
               rf"({TURKIC_MONTH}|{TURKIC_UZBEK_CYRILLIC_MONTH})|({TURKIC_MONTH}|{TURKIC_UZBEK_CYRILLIC_MONTH})\s+"
               rf"(\d{{1,2}}))(?!\d)")


def turkic_month_number(word: str) -> int:
    """1-12 for a month of TURKIC_MONTH_STEMS in one of its cases ("oktyabrın", "მარტიდან"), else 0."""
    word = word.lower()
    return next((n for stem, n in _TURKIC_STEMS_LONGEST_FIRST if word.startswith(stem)), 0)


_TURKIC_STEMS_LONGEST_FIRST = sorted(TURKIC_MONTH_STEMS.items(), key=lambda x: -len(x[0]))


_MONTH_ALT = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
_ORD = r"(?:st|nd|rd|th|º|°)?"
# The end of a year: no digit follows, except a time of day or the day of another date glued on
# by the copy ("NOV 15, 20195:45 AM", "20. April 201713. Juni 2017": the page set them in two
# elements, a post's date and its update's, and the dump joined them).
_YEAR_END = rf"(?:(?!\d)|(?=\d{{1,2}}:\d{{2}})|(?=\d{{1,2}}{_ORD}\.?\s*(?:{_MONTH_ALT})\b))"
# A date may start right after another's year: "April 20, 2017June 13, 2017".
_AFTER_YEAR = r"(?<=(?<!\d)(?:1[89]|20)\d\d)"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # (not inside a longer dotted number: a preprint's DOI, "10.1101/2024.12.10.24318777")
    ("ymd", re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)(?!\.\d)")),
    ("cjk", re.compile(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?")),
    ("era", re.compile(JAPANESE_ERA_YEAR + r"\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")),
    # (A section's name in capitals may be glued on: "BUSINESSNOV 7, 2023" in WIRED's copy.)
    # (The lookahead spares the month alternation at every word not followed by a number.)
    # (Or after a time of day: "2019-01-07T17:27:31+02:00Juni 19th, 2018", a theme's timestamp.)
    ("mdy", re.compile(rf"(?:(?<![\w])|{_AFTER_YEAR}|(?<=\d:\d\d)|(?-i:(?<=[A-Z]{{3}})(?=[A-Z]{{3}})))"
                       rf"(?=[^\s\d]+(?:\s[^\s\d]+)?\s+\d)({_MONTH_ALT})\.?\s+(\d{{1,2}}){_ORD},?\s+"
                       rf"(\d{{4}}){_YEAR_END}", re.I)),
    # (A month named twice, in two calendars' names: "28 آب/اغسطس 2013", "5 Aug/Ago 2019", "19 نوفمبر/تشرين الثاني
    # 2023" (Al Jazeera's). The year may follow an abbreviation's full stop with no space: "21 ม.ค.2561", "5 Oct.2019";
    # or Urdu's comma, spaced: "13 فروری ، 2026". The day and its month joined by a hyphen, as Uzbek writes them,
    # "7-dekabr, 2025", "7-December, 2025" (Kun.uz: a first-time user's page went undated). A date offered in two
    # scripts is one: "07 желтоқсан / 7 jeltoqsan 2025", a Kazakh release's in Cyrillic and Latin letters.)
    ("dmy", re.compile(rf"(?:(?<![\w])|{_AFTER_YEAR})(\d{{1,2}}){_ORD}(?:\.?\s*|-)(?:de\s+)?({_MONTH_ALT})"
                       rf"(?:/(?:{_MONTH_ALT}|[^\W\d]{{2,12}})|\s/\s\d{{1,2}}\s(?:{_MONTH_ALT}))?\.?(?:\s?،)?"
                       rf"(?:,?\s+|(?<=\.))"
                       rf"(?:de\s+|{BUDDHIST_ERA_MARK})?(\d{{4}}){_YEAR_END}", re.I)),
    # (and between slashes, as Saba dates its pages: "[١٩/ نوفمبر/٢٠٢٣]", a first-time user's page went undated;
    # "19/Nov/2023")
    ("dms", re.compile(rf"(?<![\w/])(\d{{1,2}})\s*/\s*({_MONTH_ALT})\s*/\s*(\d{{4}})(?![\d/])", re.I)),
    # (see TURKIC_DATE)
    ("turkic", re.compile(TURKIC_DATE, re.I)),
    # (see JALALI_MONTHS)
    ("jalali", re.compile(JALALI_DATE)),
    # (see BANGABDA_MONTHS)
    ("bangabda", re.compile(BANGABDA_DATE)),
    # Thai's Buddhist-era year of two digits after a month's name or abbreviation, as Thai PBS and Thairath
    # date their pages ("4 เม.ย. 68" is 4 April 2568, 2025; a first-time user's page went undated)
    ("th2", re.compile(rf"(?<![\w.])(\d{{1,2}})\s*({'|'.join(map(re.escape, sorted(_THAI_MONTHS, key=len, reverse=True)))})"
                       rf"\s*(?:{BUDDHIST_ERA_MARK})?([4-9]\d)(?![\d:.])"
                       # (2540-2599: not "3 มี.ค. 12 คน", 12 people; nor a count after the day, "ณ 2 เม.ย. 54 ราย",
                       # 54 cases as of 2 April, a review's probe)
                       r"(?!\s*(?:ราย|คน|แห่ง|ครั้ง|หลัง|ล้าน|พัน|หมื่น|แสน|ตัว|ชิ้น|บาท|%|เปอร์เซ็นต์))")),
    # (see ETHIOPIAN_MONTHS)
    ("ethiopian", re.compile(ETHIOPIAN_DATE)),
    ("ethiopic", re.compile(ETHIOPIC_DAY_FIRST)),
    # (see ROC_DATE)
    ("roc", re.compile(ROC_DATE)),
    ("roc2", re.compile(ROC_LATER_DATE)),
    ("rocnum", re.compile(ROC_FIGURES_DATE)),
    # C's ctime, as a BBS post's head and a mail's or a commit's date print it: "時間 Fri Nov  8 13:35:12 2024" (a
    # PTT post's, a first-time user's went undated), "Date: Fri Nov  8 13:35:12 2024 +0800" (the day padded with a
    # space; a zone may stand before the year, "Fri Nov  8 13:35:12 CST 2024"); as written, its weekday and time too.
    ("ctime", re.compile(r"(?<![\w])(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                         r" {1,2}(\d{1,2}) \d\d:\d\d(?::\d\d)? (?:[A-Z]{3,4} )?(\d{4})(?!\d)")),
    # (A day or month of one digit may be padded with a space: "10/ 5/11 09:19 PM ET", HuffPost.)
    ("num", re.compile(r"(?<![\d/.])(\d{1,2})([./-])(?:(?<=/) (?=\d(?!\d)))?(\d{1,2})\2(\d{4}|\d{2})(?![\d/.])")),
]


def _make(year: int, month: int, day: int) -> dt.date | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# Every pattern has digits: a line without one (most lines) needs no scan.
_DIGIT = re.compile(r"\d")
# ... and the Solar Hijri one Persian letters, the one between slashes a slash: not tried on the others' lines
# (each cost the scan a twentieth more).
_ARABIC_LETTER = re.compile(f"[{ARABIC}]")
_BENGALI_LETTER = re.compile(f"[{BENGALI}]")
_ETHIOPIC_LETTER = re.compile(f"[{ETHIOPIC}]")


def _skipped(kind: str, text: str) -> bool:
    return kind == "jalali" and (text.isascii() or _ARABIC_LETTER.search(text) is None) \
        or kind == "bangabda" and (text.isascii() or _BENGALI_LETTER.search(text) is None) \
        or kind == "dms" and "/" not in text \
        or kind == "turkic" and text.isascii() and "il" not in text \
        or kind in ("roc", "roc2") and ("民國" not in text and "民国" not in text) \
        or kind == "rocnum" and (text.isascii() or _HAN_LETTER.search(text) is None
                                 or _KANA_OR_HANGUL.search(text) is not None) \
        or kind == "ctime" and ":" not in text \
        or kind in ("ethiopian", "ethiopic") and (text.isascii() or _ETHIOPIC_LETTER.search(text) is None)


def _roc_era_at(text: str) -> int:
    """Where the ROC era is first named in `text` (see ROC_DATE): its years alone count after it."""
    return min(i for i in (text.find("民國"), text.find("民国"), len(text)) if i >= 0)


def find_dates(text: str, month_first: bool = True) -> list[tuple[int, dt.date]]:
    """All absolute dates in `text` as (offset, date), in order of appearance."""
    if not _DIGIT.search(text):
        return []
    found: list[tuple[int, dt.date]] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        if _skipped(kind, text):
            continue
        for m in pattern.finditer(text, _roc_era_at(text) if kind == "roc2" else 0):
            if any(s <= m.start() < e or s < m.end() <= e for s, e in taken):
                continue
            date = _from_match(kind, m, month_first)
            if date:
                found.append((m.start(), date))
                taken.append((m.start(), m.end()))
    return sorted(found, key=lambda x: x[0])


def _from_match(kind: str, m: re.Match[str], month_first: bool) -> dt.date | None:
    g = m.groups()
    if kind in ("ymd", "cjk"):
        return _make(int(g[0]), int(g[1]), int(g[2]))
    if kind == "era":
        return _make(japanese_era_year(g[0], g[1]), int(g[2]), int(g[3]))
    if kind == "mdy":
        return _make(gregorian_year(int(g[2]), g[0]), _MONTHS[g[0].lower()], int(g[1]))
    if kind in ("dmy", "dms"):
        return _make(gregorian_year(int(g[2]), g[1]), _MONTHS[g[1].lower()], int(g[0]))
    if kind == "turkic":
        return _make(int(g[0]), turkic_month_number(g[2] or g[3]), int(g[1] or g[4]))
    if kind == "jalali":
        date = jalali_to_gregorian(int(g[2]), JALALI_MONTHS[g[1]], int(g[0]))
        return date if date and MIN_YEAR <= date.year <= MAX_YEAR else None
    if kind == "bangabda":
        date = bangabda_to_gregorian(int(g[2]), BANGABDA_MONTHS[g[1]], int(g[0]))
        return date if date and MIN_YEAR <= date.year <= MAX_YEAR else None
    if kind in ("ethiopian", "ethiopic"):
        era = ETHIOPIAN_ERA_AT_END.search(m.group()) is not None
        date = ethiopic_date(int(g[2]), ETHIOPIAN_MONTHS[g[0]], int(g[1]), era, False,
                             latin_comma="," in m.group()) if kind == "ethiopian" \
            else ethiopic_date(int(g[2]), ETHIOPIAN_MONTHS[g[1]], int(g[0]), g[3] is not None, True)
        return date if date and MIN_YEAR <= date.year <= MAX_YEAR else None
    if kind in ("roc", "roc2"):
        return _make(int(g[0]) + ROC_ERA_OFFSET, int(g[1]), int(g[2]))
    if kind == "rocnum":
        return _make(int(g[0]) + ROC_ERA_OFFSET, int(g[2]), int(g[3]))
    if kind == "ctime":
        return _make(int(g[2]), _MONTHS[g[0].lower()], int(g[1]))
    if kind == "th2":
        return _make(2500 + int(g[2]) - BUDDHIST_ERA_OFFSET, _MONTHS[g[1]], int(g[0]))
    a, sep, b, y = int(g[0]), g[1], int(g[2]), int(g[3])
    year = y + 2000 if y < 100 else y
    if a > 12:
        return _make(year, b, a)
    if b > 12:
        return _make(year, a, b)
    # Ambiguous: dots are the European day.month order; slashes follow the page's language.
    if sep == "." or not month_first:
        return _make(year, b, a)
    return _make(year, a, b)


# A day of the Hijri calendar, its year marked "هـ": an Arabic paper's dateline beside the Gregorian day (Asharq
# Al-Awsat's "الاثنين - 3 شعبان 1445 هـ - 12 فبراير 2024 مـ رقم العدد [16512]", a first-time user's headline), with the
# Gregorian day (a headline may name a Hijri day: "احتفالات 12 ربيع الأول 1445 هـ تعم صنعاء", a review's probe)
_HIJRI_DAY_RE = re.compile(r"[\d٠-٩]{1,2}\s+(?:محرم|صفر|ربيع|جمادى|رجب|شعبان|رمضان|شوال|ذو)\S*(?:\s+\S+)?"
                           r"\s+[\d٠-٩]{4}\s*هـ")


def hijri_dateline(text: str) -> bool:
    """Whether `text` gives a Hijri day beside a Gregorian one that find_dates reads (see _HIJRI_DAY_RE)."""
    return "هـ" in text and _HIJRI_DAY_RE.search(text) is not None and bool(find_dates(text))


# (A Bengali calendar's day beside a Gregorian one yields to it, wherever it stands: West Bengal's papers count the
# Bengali months otherwise than Bangladesh's revised calendar, "১ বৈশাখ ১৪৩২, ১৫ এপ্রিল ২০২৫" in Kolkata; see
# BANGABDA_MONTHS.)
_BANGABDA_RE = re.compile(BANGABDA_DATE)


def first_date(text: str, month_first: bool = True) -> dt.date | None:
    """The first absolute date in `text`, or None."""
    dates = find_dates(text, month_first)
    if len(dates) > 1 and not _skipped("bangabda", text):
        bangabda = {m.start() for m in _BANGABDA_RE.finditer(text)}
        dates = [d for d in dates if d[0] not in bangabda] or dates
    return dates[0][1] if dates else None


# Weekdays, written out (and English abbreviations with their stop or comma): a dateline's filler.
WEEKDAY_NAME_RE = re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?=[.,])"
    r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|sonnabend"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|lunes|martes|miércoles|jueves|viernes|sábado|domingo"
    r"|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica"
    r"|(?:segunda|terça|quarta|quinta|sexta)-feira"
    r"|jumatatu|jumanne|jumatano|alhamisi|ijumaa|jumamosi|jumapili"
    r"|ሰኞ|ማክሰኞ|ረቡዕ|ሐሙስ|ሀሙስ|ዓርብ|አርብ|ቅዳሜ|እሑድ|እሁድ)\b", re.I)


# A dateline's label of the update or the publication, at the line's start, is its filler too: "Last updated: 14 Nov
# 2025" (a first-time user's OCHA report went undated: with the month abbreviated, the label outweighed the date),
# "Updated", "Published:", "Posted on", Swahili's "Imesasishwa" (updated), "Ilichapishwa" (published).
_DATELINE_LABEL_RE = re.compile(r"\W*(?:last\s+)?(?:updated|modified|published|posted|imesasishwa|ilichapishwa)"
                                r"(?:\s+(?:on|at))?\s*:?\s", re.I)


def date_share(text: str) -> float:
    """How much of a line the dates (and time-of-day/weekday filler) take: 1.0 for a pure dateline."""
    if not find_dates(text):
        return 0.0
    if (label := _DATELINE_LABEL_RE.match(text)) is not None:
        text = text[label.end():]
    rest = text
    for kind, pattern in _PATTERNS:
        if not _skipped(kind, rest):
            rest = pattern.sub(" ", rest)
    # Times of day and time-zone abbreviations belong to a dateline too.
    rest = re.sub(r"\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?", " ", rest, flags=re.I)
    rest = WEEKDAY_NAME_RE.sub(" ", rest)
    rest = re.sub(r"\b[A-Z]{2,4}\b|[\W\d_]+", " ", rest)
    rest_len = len(rest.replace(" ", ""))
    total = len(re.sub(r"\W", "", text))
    return 1.0 - rest_len / total if total else 0.0


# A chronology's entry: its date (a bullet or an emoji before it), a colon or a dash, then what happened ("21 April
# 2021: The Commission publishes its proposal", "March 2024 – Parliament approves the act", "📅 Jan 13, 2025 — rule
# released", "- 7 Oct 2022: BIS announces its first package."); the label before the colon is a date, little else.
_DATED_ENTRY_RE = re.compile(r"\W*([^:–—]{4,30}?)\s*(?::|\s[–—-])\s+(\S+(?:\s+\S+){0,2})")
DATED_ENTRY_SHARE = 0.8


def dated_entry(text: str, words: int = 1) -> bool:
    """The line opens as a chronology's entry does, with at least `words` words after its date."""
    m = _DATED_ENTRY_RE.match(text)
    return m is not None and len(m.group(2).split()) >= words and date_share(m.group(1)) >= DATED_ENTRY_SHARE


# The order of a page's numeric dates when the numbers alone cannot tell ("06/05/2025"), on an
# English page, whose default is month first: the page's first such date (its dateline, mostly)
# alone, by its own line: a weekday right before it that only one reading agrees with ("Tuesday,
# 06/05/2025", the line's first word or after a separator: not "SANTO DOMINGO, 06/01/2025"), or
# Europe's time zone after a time on its line or on a short line under it ("11:04 GMT+2", "11:04
# CEST": day first). (A review's probes: a weekday elsewhere on the line ("| Sunday Night
# Football"), a zone or a lone unambiguous date in the body, a reader's comment or a quotation
# had reordered the dateline, and North America's zones, "19:30 PT" (a Brazilian party),
# a day-first page's: none of these is read.)
# (Indonesian's and Malay's too: "Kamis (12/2/2026)", Kompas's; Swahili's, "Jumamosi"; and Tagalog's, "Huwebes", its
# "Lunes" and "Martes" Spanish's)
_WEEKDAY_NUMBER: dict[str, int] = {}
for _number, _names in enumerate((
        "monday mon montag lundi lunes lunedì segunda-feira senin isnin jumatatu",
        "tuesday tue tues dienstag mardi martes martedì terça-feira selasa jumanne",
        "wednesday wed mittwoch mercredi miércoles mercoledì quarta-feira rabu jumatano miyerkoles miyerkules",
        "thursday thu thur thurs donnerstag jeudi jueves giovedì quinta-feira kamis khamis alhamisi huwebes",
        "friday fri freitag vendredi viernes venerdì sexta-feira jumat jum'at jumaat ijumaa biyernes",
        "saturday sat samstag sonnabend samedi sábado sabato sabtu jumamosi sabado",
        "sunday sun sonntag dimanche domingo domenica minggu ahad jumapili linggo")):
    for _name in _names.split():
        _WEEKDAY_NUMBER[_name] = _number


def weekday_number(word: str) -> int | None:
    """0 (Monday) to 6 for a weekday's name in one of the languages read here ('Kamis', 'jeudi'), else None."""
    return _WEEKDAY_NUMBER.get(word.lower())


# (The zone after a time of day: "11:04 GMT+2", "9:15 AM ET"; not a word in capitals, "EST".)
_ZONE_AFTER_TIME = r"\d[:.h]\d\d(?::\d\d)?\s*(?:[ap]\.?m\.?\s*)?\(?"
_ZONE_DAY_FIRST_RE = re.compile(
    _ZONE_AFTER_TIME + r"(?:(?:GMT|UTC)\s?\+\s?0?[123](?::?00)?(?!\d)|(?:CET|CEST|EET|EEST|BST|WET|WEST)\b)", re.I)
_NUMERIC_RE = _PATTERNS[-1][1]
ZONE_LINE_MAX_CHARS = 30  # a line of its own with the dateline's time and zone


def numeric_order(texts: list[str], month_first: bool) -> tuple[bool, str | None]:
    """Whether the page's ambiguous numeric dates (slashes or dashes, both numbers 12 or less)
    are month first, and why, when its first one's line decides it (else `month_first`, None)."""
    if not month_first:
        return month_first, None  # (a day-first page stays so: only a month-first one is turned round)
    for k, t in enumerate(texts):
        if "/" not in t and "-" not in t or not _DIGIT.search(t):
            continue
        for m in _NUMERIC_RE.finditer(t):
            a, sep, b, y = int(m.group(1)), m.group(2), int(m.group(3)), int(m.group(4))
            if sep == "." or not 1 <= a <= 12 or not 1 <= b <= 12 or a == b:
                continue
            year = y + 2000 if y < 100 else y
            day_first, mon_first = _make(year, b, a), _make(year, a, b)
            if not day_first or not mon_first:
                continue
            words = t[:m.start()].split()
            last = words[-1].rstrip(",.").lower() if words else ""
            if last in _WEEKDAY_NUMBER and (len(words) == 1 or not words[-2][-1:].isalnum()):
                named = _WEEKDAY_NUMBER[last]
                if (day_first.weekday() == named) != (mon_first.weekday() == named):
                    return mon_first.weekday() == named, f"the weekday beside {m.group(0)!r}"
            under = texts[k + 1] if k + 1 < len(texts) and len(texts[k + 1]) <= ZONE_LINE_MAX_CHARS else ""
            if z := (_ZONE_DAY_FIRST_RE.search(t, m.end()) or _ZONE_DAY_FIRST_RE.search(under)):
                return False, f"the time zone {z.group(0)!r} beside {m.group(0)!r}"
            return month_first, None  # (the first such date's line alone: a body's, a comment's are others')
    return month_first, None


# A live blog's entry stamped with its time alone, or its day and time: "12.58 GMT", "9:41am ET", "2h ago".
LIVE_TIME_RE = re.compile(r"(?:(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? )?(?P<day>\d{1,2} "
                          r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
                          # (the months of the other languages' live pages: Univision's "7 Ene 2024 – 09:15 PM EST")
                          r"|Ene|Abr|Ago|Dic|Fev|Out|Dez|Gen|Mag|Giu|Lug|Ott|Set|Okt|Mär|Mai|Avr|Juil|Déc|Févr|Janv|Août)"
                          r"[a-zé]*\.? \d{4}(?:,? | [–—-] )"
                          # (or in figures, as g1's "20/11/2025 às 16h30", "21.11.2025, 09:30", "11/20/2025 at 4:30")
                          r"|\d{1,2}[./]\d{1,2}[./]\d{4}(?:,? (?:às|as|a las|à|at|um|alle|[–—-]) |,? )))?"
                          r"(?:[01]?\d|2[0-3])[.:h][0-5]\d\s*(?:[ap]\.?m\.?)?"
                          r"(?:\s*(?:GMT|BST|UTC|CET|CEST|ET|EST|EDT|PT|PST"
                          r"|PDT|CT|CST|CDT|AEST|AEDT|IST|JST|HKT|SGT))?|\d{1,2}\s*(?:h|hrs?|hours?|m|mins?|minutes?)\s+ago",
                          re.I)


_STAMP_FIGURES_RE = re.compile(r"(\d{1,2})[./](\d{1,2})[./]\d{4}")


def stamp_days(written: list[str], near: dt.date | None, month_first: bool) -> list[dt.date | None]:
    """The days of a live blog's entries' stamps ("20/11/2025 às 14h02" → "20/11/2025 às "), all
    read in one order: the one a figure over 12 shows, else the one that puts them nearest the
    page's date ("03/12/2025" on a page of 4 December is the 3rd), else month_first."""
    pairs = [(int(m.group(1)), int(m.group(2))) for text in written if (m := _STAMP_FIGURES_RE.search(text))]
    if any(a > 12 for a, _ in pairs):
        month_first = False
    elif any(b > 12 for _, b in pairs):
        month_first = True
    elif pairs and near is not None:
        def distance(first: bool) -> int:
            return sum(abs((found[0][1] - near).days) for text in written if (found := find_dates(text, first)))
        month_first = distance(True) < distance(False) or distance(True) == distance(False) and month_first
    return [found[0][1] if (found := find_dates(text, month_first)) else None for text in written]
