"""Dated events stated in article text, for the timeline.

What counts as an event: a sentence of a paragraph or quoted excerpt that dates
something with a full date ("July 28, 2015"), a month and year ("In February 2019"), a
year in a context that dates a happening ("in 2015", "since at least 1999", "founded in
1998", "the 2015 paper"), a decade ("in the late 1990s": year precision at the decade's
first year, because the model has no decade precision; the event text keeps the words),
or a relative date ("last year", "five years ago", "in July", "on June 2"; in Chinese and
Japanese, "2018年6月18日", "2018年6月" and "6月18日" are read too) resolved against
the article's publication date ("in July" is the latest July up to it, or the next July
from it when the sentence speaks of the future: "will", "is set to", "should start", "We expect
cuts in November", "the next meeting on July 18"; "June 2" likewise, and the next one when it is
within a month). In a narrative, a day or
month without a year that lies within two months of a full date or month-and-year named just
before it (in the same paragraph or the two before, and no other year named in between)
takes that date's year ("In December 2017, ... On December 12, ...": 12 December 2017),
unless placed by the publication date it is a recent one (two months before it at most:
news names recent days without a year). A day or month named in the sentence stands for
the coarser year or month it lies in ("In 2022 ... by 15 November 2022" is one event).

What does not: captions and headings (not paragraphs); questions and hypotheticals
("close the lab in, say, 2012"; "what if ..."); ranges ("between 2014 and July 2019",
"from 2014 to 2019", "2014-2019"): a range dates a measurement or a period, not a
happening, so neither end becomes an event; dates inside the quoted title of a work
("in a piece titled “... 2019 ...”"); numbers that are not years (25,256; 2.5m; 2019
percent); a year opening a title ("from 2001: A Space Odyssey"); possessives ("last year's
runner-up"); a day after "the" ("the Jan. 6 committee"); an editor's bracketed note and a
headline left in the text (every word capitalised); relative dates when the publication
date is unknown, and relative dates in quoted excerpts (they are relative to the
excerpt's own, unknown, publication date); the date a superlative is measured from ("its worst day
since Black Monday in October 1987", "die erste Senkung seit 2019"); the year a forecast's figure is
for ("The median dot shows 50bp more in 2024"); a farewell ("See you in January.").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .entities import sentences
from .extract_dates import (BUDDHIST_ERA_MARK, ETHIOPIAN_DATE, ETHIOPIAN_ERA, ETHIOPIAN_ERA_AT_END, ETHIOPIAN_MONTH,
                            ETHIOPIAN_MONTHS, ETHIOPIC, ETHIOPIC_DAY_FIRST, ETHIOPIC_PREFIX, FIGURE,
                            FOREIGN_MONTH_NAMES, INDIC_MONTH_NAMES, JALALI_DATE, JALALI_MONTHS, JAPANESE_ERAS,
                            LIVE_TIME_RE, ROC_ERA_OFFSET, RTL_MONTH_NAMES, ethiopian_to_gregorian, ethiopic_date, gregorian_year,
                            jalali_to_gregorian, japanese_era_year, month_number, weekday_number)
from .extract_dates import (TURKIC_MONTH, TURKIC_MONTH_STEMS, TURKIC_UZBEK_CYRILLIC_MONTH, TURKIC_YEAR_WORD,
                            turkic_month_number)
from .extract_dates import find_dates as find_day
from .extract_dates import DATED_ENTRY_SHARE, date_share, dated_entry, stamp_days
from .model import EARLIEST_YEAR, LATEST_YEAR, Article, Entity, Event, Precision
from .scripts import ARABIC, BENGALI, DEVANAGARI, HEBREW
from .text import (BRACKETED_DAY_RE, HANGUL_RE, KANA_RE, LIST_MARKS, SITE_DATELINE_RE, TRANSCRIPT_TURN_RE,
                   WIRE_DATELINE_RE, place_dateline, word_trie)

# A day and month without a year lies ahead of the publication date when it is this near
# ("cuts start around April 5" on 18 March); otherwise it is the latest one before.
NEAR_FUTURE_DAYS = 31
# A day or month without a year this near (in months) to a date named just before, within
# this many paragraphs, is in that date's year (see the module docstring).
NARRATIVE_MONTHS = 2
NARRATIVE_PARAGRAPHS = 2
# ... unless, placed by the publication date, it lies within this many days before it: news
# names recent days without their year ("the attack on October 7", a month after it).
NARRATIVE_RECENT_DAYS = 60
MAX_EVENT_CHARS = 220  # longer sentences are cut to the clause that holds the date

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
}
# Full month names always; abbreviations only with a dot or before a day/year ("Sept. 4").
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)")
# A year: four digits, not part of a bigger number ("25,256"), an amount ("2.5m") or a name ("Windows 2000"?
# still a year: names of works are handled by the title rule).
_YEAR = r"(?<![\d,.$£€/])(?:1[89]\d\d|20\d\d)(?![\d,]\d|\.\d|\s*(?:%|percent|per cent)|[\w-])"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
# A month in capitals, as military, maritime and NAVTEX texts write it, read only between a day and a year ("02 MAR
# 2024 – RUBYMAR sank", "struck on 18 FEB 2024", "NOV 7, 2023"): alone it is a headline's word ("MAY", "MARCH").
_MONTH_CAPS = (r"\b(?:JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEPT?(?:EMBER)?"
               r"|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)\b")
# (as a prefix tree, word_trie: the same matches, the longest name first, but each position's letter tried once, not
# once a name; with Azerbaijani's, Kazakh's, Georgian's and Armenian's names the list had cost the scan of English
# text, whose days d9's pattern reads, a sixth more)
_FOREIGN_MONTH = "(?i:" + word_trie(FOREIGN_MONTH_NAMES) + ")"
_FOREIGN_MONTH_SMALL = "(?:" + word_trie(FOREIGN_MONTH_NAMES) + ")"  # (as written: small letters)
# Months written "de"/"del" before their year ("março de 1941", "marzo del 2024"): the Romance
# languages'. Another language's month before "de" is a word of these: "a marca de 1941" (the
# 1941 mark, not Polish March).
_ROMANCE_MONTH_NAMES = frozenset(
    "janeiro fevereiro março marco abril maio junho julho agosto setembro outubro novembro dezembro "
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre "
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split())
# May's names of three letters ("mai", "mei", "maj"), which FOREIGN_MONTH_NAMES leaves out (alone they are
# words too: Romanian "mai", "more"; Italian "mai", "never"), read after a day only: "Le 18 mai 2025", "am
# 18. Mai", "den 18. maj", "op 18 mei" (see _MAI_DAY_BEFORE).
_SHORT_MAY = r"(?-i:[Mm]a[ij]|[Mm]ei)\b"
_SHORT_MAY_NAMES = frozenset("mai maj mei Mai Maj Mei".split())
# Kazakh's October, "қазан" ("qazan"), is a cauldron too, and "Қазан" is Kazan: after a day with no year, or
# capitalised (Kazakh writes its months small), no month ("5 қазан сатып алды", bought 5 cauldrons; "Қазан 2024
# саммиті", the Kazan summit of 2024: a review's probes)
_CAULDRON = frozenset(("қазан", "qazan"))
# The languages whose months those are. Their months in Latin letters that no other language's are ("iyun", "dekabr",
# "jeltoqsan"; not "mart", "may") make a day with no year on those languages' pages only, as Tagalog's and Swahili's
# month first does: a Turkish page's "14 mart ve 2 iyun tarihlerinde düzenlenen mitinglere" held no June 2 (a review's
# probes had it Planned).
_CAUCASIAN_LANGUAGES = frozenset("az uz kk ka hy".split())
_CAUCASIAN_LATIN_MONTHS = tuple(stem for stem in TURKIC_MONTH_STEMS if stem < "\u0400" and stem not in ("mart", "may"))
# A day before a street's, a square's, an avenue's or a metro station's word, or "named", is a name, not a date:
# Tbilisi's "9 აპრილის ქუჩაზე" (on 9 April Street), "26 მაისის მოედნის" (of 26 May Square), Baku's "28 May küçəsi",
# "20 Yanvar metrostansiyası", "10 iyun nomli do'kon" (a shop named 10 June), "16 Желтоқсан көшесі", "Երևանի 9
# Մայիսի փողոց" (a review's probes had Tbilisi's for days of the page's year)
_NAMED_FOR_DAY_AFTER = re.compile(r"\s+(?:ქუჩ|მოედ|გამზირ|სახელობის|(?i:küçə|prospekt|meydan|metro|ko['‘’ʻ`]?cha"
                                  r"|nomli|nomidagi|maydon|adına|adlı|көше|даңғыл|алаң|атындағы|kóshe|dańǵyl|alań"
                                  r"|atyndaǵy|փողոց|հրապարակ|պողոտա))")
# A verb of the future at the end of the clause a day or month with no year stands in, on those languages' pages
# (they put the verb last), puts it ahead as English's "will" does: Azerbaijani's "-acaq/-əcək" ("dekabrın 20-də
# açıqlanacaq", "mayın 14-də başlayacaq", "olacaq"), "planlaşdırılır" (is planned), "gözlənilir" (is expected);
# Uzbek's "-moqchi" (means to), "-ajak", "bo'ladi", "rejalashtirilgan" (planned), "kutilmoqda" (is expected); Kazakh's
# passive "-ылады/-іледі" ("15 қазанда іске қосылады", will be launched; "өткізіледі", will be held), "-йды/-йді"
# ("бастайды"), "болады", "-мақшы/-мекші" (means to), "жоспарлан-" (planned), "күтілуде" (expected); Georgian's
# preverb with "-ება" ("გაიმართება", will be held; "დაიწყება", will begin; "ამოქმედდება", will take effect),
# "დაგეგმილია" (is planned), "მოსალოდნელია" (is expected); Armenian's "կ-…-վի" ("կվերագործարկվի", will be
# relaunched), "կլինի" (will be), "-ելու/-ալու" ("է կայանալու"), "նախատեսվում" (is planned). Not their present
# ("sotilmoqda", is on sale; "მდებარეობს", lies), nor their past: a review's probes had those days in the year gone by.
# (Uzbek's and Kazakh's "-adi/-ады" after a consonant is also an "-a" stem's past, "boshladi", "бастады": none.)
_CAUCASIAN_FUTURE = re.compile(r"\w(?:acaq|əcək)(?:dır|dir|lar|lər)?$|^(?:olacaq|planlaşdırıl\w*|gözlənil\w*"
                               r"|bo['‘’ʻ`]?ladi|rejalashtiril\w*|kutilmoqda|болады|жоспарлан\w*|күтілуде"
                               r"|დაგეგმილია|იგეგმება|მოსალოდნელია|կլինի|կկայանա|նախատեսվ\w*)$"
                               r"|\w(?:moqchi\w*|ajak\w*|ылады|іледі|ынады|інеді|[ая]йды|ейді|мақшы|мекші)$"
                               r"|^(?:გა|და|ამო|შე|გამო|ჩა|წა)(?:ი\w+|\w*დ)ება$|^կ\w{2,}վի$|\w(?:ելու|ալու)$")
_CAUCASIAN_CLAUSE_END = re.compile(r"[,;:.!?։]")


def _caucasian_future_after(sentence: str, end: int) -> bool:
    """Whether the clause a day or month ending at `end` stands in ends in a verb of the future (see
    _CAUCASIAN_FUTURE)."""
    stop = _CAUCASIAN_CLAUSE_END.search(sentence, end, end + CLAUSE_SPAN)
    words = [w.strip("\"'«»“”()") for w in sentence[end:stop.start() if stop else end + CLAUSE_SPAN].split()]
    return any(_CAUCASIAN_FUTURE.search(w) for w in words[-2:] if w)


_NOT_BEFORE_DE = ("(?!(?i:" + "|".join(map(re.escape, (n for n in FOREIGN_MONTH_NAMES if n not in _ROMANCE_MONTH_NAMES)))
                  + r")\s+del?\s)")
_NO_YEAR = r"\b(?!,?\s*(?:\d|of\b))"  # "June 2" alone: not "June 2, 25,000 people", "June 2 of"
_RTL_MONTH = "(?:" + "|".join(RTL_MONTH_NAMES) + r")\b"
_RTL_YEAR = f"(?:[1۱١][89۸۹٨٩]|[2۲٢][0۰٠]){FIGURE}{{2}}"
# Bengali's and Hindi's months, in Western, Bengali or Devanagari figures (see the pattern); a Bengali month's case
# ending written joined to it ("৫ আগস্টের পর", after 5 August; "ফেব্রুয়ারিতে", in February), and no other letter of
# those scripts after it ("১২ মেঘনা" is no May); a name of two letters takes no ending that begins with "য়" ("৩ মেয়ে",
# 3 girls, "২ মেয়ের মা", mother of 2 daughters: মেয়ে is a word, no "মে" + "-য়ে")
_INDIC = DEVANAGARI + BENGALI
_INDIC_FIGURE = "[0-9০-৯०-९]"
_INDIC_MONTH = "(?:" + "|".join(name + ("(?!\u09af\u09bc|\u09df)" if len(name) <= 2 else "")
                                for name in INDIC_MONTH_NAMES) + ")"
_INDIC_ENDING = rf"(?:ের|এর|র|\u09af\u09bcের|\u09dfের|\u09af\u09bcে|\u09dfে|তে|ে|এ)?(?![{_INDIC}])"
_INDIC_YEAR = f"(?<!{_INDIC_FIGURE})(?:[1১१][89৮৯८९]|[2২२][0০०]){_INDIC_FIGURE}{{2}}(?!{_INDIC_FIGURE})"
_CJK_YEAR = r"(?<![\d０-９])(?:1[89]|20|１[８９]|２０)[\d０-９]{2}"
_CJK_MONTH = r"(?:1[0-2]|0?[1-9]|１[０-２]|０?[１-９])"
_CJK_DAY = r"(?:[12]\d|3[01]|0?[1-9]|[１２][０-９]|３[０１]|０?[１-９])"
_ERA = "|".join(JAPANESE_ERAS)
_ERA_YEAR = r"(?:元|\d{1,2})"  # (元: the era's first year)
_NUM = r"(?i:\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)"
# Words before a bare year that make it date a happening.
_YEAR_CONTEXT = (r"(?:\b(?:in|In|since|Since|from|From|until|Until|during|During|as of|As of|as early as|"
                 r"As early as|by the end of|in early|in mid-?|in late|In early|In late|In mid-?)"
                 r"(?:\s+at\s+least)?\s+)")

# "Last year" after a month's name (or a day's), as the other languages read here write it: "april vorig jaar",
# "abril del año pasado", "avril de l'an dernier", "aprile dell'anno scorso", "abril do ano passado", and German's
# "April letzten Jahres"
_LAST_YEAR_SMALL = (r"(?:(?:van\s+)?(?:vorig|verleden|afgelopen)\s+jaar"
                    r"|(?:del|de)\s+año\s+pasado|(?:de\s+)?l['’](?:an|année)\s+(?:dernier|dernière|passé|passée)"
                    r"|(?:dell['’]\s*|dello\s+)?anno\s+scorso|(?:do|de)\s+ano\s+passado)\b")
_LAST_YEAR_DE = r"(?:des\s+)?(?:letzten|vergangenen|vorigen)\s+Jahres\b"
# ... right after a day and its month, which it places in the year before the publication's: "on 12 April last
# year", "le 12 avril de l'an dernier" (not "last year's")
_LAST_YEAR_RIGHT_AFTER = re.compile(rf"\s+(?:(?:of\s+)?last\s+year\b(?!['’])|{_LAST_YEAR_SMALL}|{_LAST_YEAR_DE})")
# ... and "this year" there, which places it in the publication's year, and is no year of its own: "from 2 August
# this year", "a partir del 2 de agosto de este año", "le 2 août de cette année", "am 2. Juli dieses Jahres", "il 2
# agosto di quest'anno" (an EU AI Act user's El País page of March had 2 August of the year before, and the year)
_THIS_YEAR_RIGHT_AFTER = re.compile(r"\s+(?:(?:of\s+)?this\s+year\b(?!['’])|(?:de\s+)?(?:este|cette)\s+(?:año|année)\b"
                                    r"|(?:deste|desse)\s+ano\b|dieses\s+Jahres\b|(?:di\s+)?quest['’]\s*anno\b)")
THIS_YEAR_SPAN = 24
# ... and the day before a month of last year: "am 12. April letzten Jahres"
_DAY_RIGHT_BEFORE = re.compile(r"(?<![\d.,])([12]\d|3[01]|0?[1-9])\.?\s+(?:de\s+)?$")
_MONTHS_AS_IN_GERMAN = ("April", "August", "September", "November")  # (read as a day in German text only)
# Months the Nordic languages, Dutch and Indonesian spell as English does, written small as
# they write them ("den 17 november", "17. december 2024", "i september 2023"): no English
# month's name, so not among FOREIGN_MONTH_NAMES.
_SMALL_MONTH_AS_IN_ENGLISH = r"|(?-i:april|august|september|november|december)\b"
# ... but English text writes them small as other words ("12 august members", the adjective); a day
# with no year in a sentence on a yearly day ("som vanligt den 10 december", "varje år", "hvert år",
# "zoals elk jaar … op 5 december") is no event; nor is this year's ("den 13 december ställs in i
# år", "dit jaar") one of another year, where a day alone may be placed.
_SMALL_MONTHS_AS_IN_ENGLISH = frozenset(("april", "august", "september", "november", "december"))
_RECURRING_BEFORE_OR_AFTER = re.compile(r"\b(?:som vanligt|som vanlig|som sædvanlig|varje år|hvert år"
                                        r"|(?:elk|ieder) jaar|setiap tahun)\b", re.I)
_THIS_YEAR = re.compile(r"\b(?:i år|dit jaar|tahun ini)\b", re.I)
_PART = r"(?:(?:early|mid|late)[\s-]+)?"  # a part of a month: "mid-March", "late June"
_RANGE_YEAR = rf"(?:,?\s+|\s+of\s+){_YEAR}"  # a range's year: "June 2024", "June, 2024", "June of 2024"
_MONTHS_JOINED = r"(?:\s*[-–—]\s*|-to-|\s+(?:to|through|until|till|and|or)\s+)"  # "July-August", "June to August"
# A span or a pair of months sharing "last year" or "this year", dated by its first as a span of days is ("in
# July-August last year", a first-time user's Daily Star page had July of this year and August of the last; "from
# June to August this year"): the first month before the last (its "in July" no month alone, see _PATTERNS)
_MONTH_JOINED_BEFORE = re.compile(rf"\b({_MONTH}){_MONTHS_JOINED}{_PART}$")
MONTH_JOINED_SPAN = 32

_DAY_RO = r"(?:[12]\d|3[01]|0?[1-9])º?"  # a day after a Portuguese or Spanish weekday: "(5)", "(1º)"
_WEEKDAY_RO_BEFORE = [w for word in "el este esta o a na no nesta neste desta deste de da do última último desde aquest"
                      .split() for w in (word, word.capitalize())]
# ... and Spanish "del" after a time of that day: "Eran las 9.30 del domingo", "la noche del sábado" (not a noun's
# weekday, "las elecciones del domingo", "la misa del domingo", "la edición del domingo")
_WEEKDAY_RO_DEL = ["noche del", "mañana del", "tarde del", "madrugada del", "mediodía del", *(f"{d} del" for d in "0123456789")]
_WEEKDAY_ES_PT_CA = (r"(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|segunda-feira|terça-feira"
                     r"|quarta-feira|quinta-feira|sexta-feira|dilluns|dimarts|dimecres|dijous|divendres|dissabte"
                     r"|diumenge)")
_WEEKDAY_FR = "lundi mardi mercredi jeudi vendredi samedi dimanche".split()
_WEEKDAY_IT = "lunedì martedì mercoledì giovedì venerdì sabato domenica".split()
_WEEKDAY_FR_IT = "(?:" + "|".join(_WEEKDAY_FR + _WEEKDAY_IT) + ")"
_WEEKDAY_FR_IT_CAPITAL = "(?:" + "|".join(w.capitalize() for w in _WEEKDAY_FR + _WEEKDAY_IT) + ")"
# (see the French and Italian weekday's pattern: a habit's, an ordinal's, a period's bound)
_NOT_THAT_DAY_BEFORE_FR_IT = "".join(rf"(?<!\b{w}\s)" for word in (
    "le les la il lo un une una uno chaque tous toutes ogni du au dal al dallo della dello delle depuis avant après "
    "dopo prima entro premier première deuxième troisième dernier dernière primo seconda secondo terza terzo "
    "ultima ultimo quarta quarto quel quella jusqu'à jusqu’à jusqu'au jusqu’au d'ici d’ici a à").split()
    for w in (word, word.capitalize()))
# A capitalised weekday opening the sentence that is its subject, a name or a title, no day: "Domenica ha
# raccontato la sua storia", "Mercredi, la série de Tim Burton …, a battu des records", "Vendredi ou la
# Vie sauvage, le roman de Michel Tournier, a été adapté" (a verb right after it, or after its apposition
# between commas; "ou")
_SUBJECT_VERB_FR_IT = r"(?:a|ont|est|sont|avait|avaient|était|étaient|fut|ha|hanno|è|sono|aveva|avevano|era|erano|fu)"
_NAMED_WEEKDAY_AFTER = rf"(?!\s+{_SUBJECT_VERB_FR_IT}\s|,[^,.;:]+,\s*{_SUBJECT_VERB_FR_IT}\s|\s+(?:ou|o)\s)"
# A Portuguese or Spanish range's first day: "27 de abril", "o dia 27", "1º"
_RO_RANGE_END = (rf"(?:(?:el|o|os|los|dia|dias|día|días)\s+)?{_DAY}(?:\.?º)?"
                 rf"(?:\s+de\s+{_FOREIGN_MONTH}(?:,?\s+(?:de\s+)?{_YEAR})?)?")
# ... and a French or Italian one's: "8", "1er décembre", "16 dicembre 2024"
_FR_IT_RANGE_END = rf"{_DAY}(?:er)?(?:\s+{_FOREIGN_MONTH}(?:\s+{_YEAR})?)?"
# Where a weekday after a verb ends its phrase ("killed Friday, …", "met Tuesday in Geneva"):
_WEEKDAY_PHRASE_END = (r"(?:\s*(?:[,.;:!?)—–]|$)|\s+(?:in|at|on|by|and|after|before|that|as|when|to|from|with|for"
                       r"|amid|while|during|near|off|outside|inside|over|against|because|but|he|she|it|they|we|its"
                       r"|their|his|her|our|the|a|an|this|these|those|what|how|whether|why|new)\b)")
_IRREGULAR_PAST = ("began came went took gave left met rose fell struck won lost held sent spoke wrote broke became "
                   "led fled flew told sold paid made found saw ran brought bought caught fought sought knew grew "
                   "drew threw chose stole shook drove spent built kept").split()
_IRREGULAR_PAST_BEFORE = "|".join(rf"(?<=\b{verb}\s)" for verb in _IRREGULAR_PAST)
# ... or a phrasal verb's past: "A fire broke out Thursday", "talks wrapped up Friday", "shut down Monday"
_PHRASAL_PAST_BEFORE = "|".join(rf"(?<=\b{verb}\s{particle}\s)" for verb in ("broke", "set", "took", "shut", "went")
                                for particle in ("out", "up", "down", "off")) \
    + "|" + "|".join(rf"(?<=[a-z]ed\s{particle}\s)" for particle in ("out", "up", "down", "off"))
# (nor a day compared, named or one of a range: "as quiet as Sunday morning", "remembers the
# Saturday morning when …", "from Monday morning to Friday evening")
_NOT_THAT_DAY_BEFORE = "".join(rf"(?<!\b{word}\s)" for word in (
    "every each a an one any some next this coming following until till by the that as like from to through thru")
    .split()) \
    + "".join(rf"(?<![A-Z]\w{{{n}}}\s)" for n in range(1, 13))  # (the word before in small letters: not "Black")
# AP's weekday without "on" (see the weekday pattern) is a habit's in a sentence that tells one: "the
# diner stayed open late Friday night for years", "For most of the twentieth century, the town
# kept Sunday as a day of rest"; ...
_HABIT_EN = re.compile(r"\b(?:for\s+(?:most\s+of\s+)?(?:years|decades|generations|centuries|(?:the|a)\s+(?:\w+\s+)?"
                       r"century)|every\s+(?:week|weekend|year|month|summer|winter|spring|fall|autumn|season)"
                       r"|usually|often|always|typically|traditionally|normally|regularly|routinely)\b", re.I)
# ... and with its part of the day after any word, needs a verb of the past or of what will come
# in its clause ("grounded all flights Friday morning", "was 3 percent contained as of Friday
# morning", "will play out Wednesday night"), not a schedule's present ("The market runs Saturday
# morning", "airs Thursday night at 7", "Parking is free … Saturday morning", "families spend
# Sunday morning at the shrine").
_TOLD_VERB_EN = re.compile(r"\b(?:was|were|had|did|will)\b"
                           r"|(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)\b(?!(?:need|speed|seed|feed|bed|red|hundred|shed"
                           r"|proceed|exceed|succeed|breed|bleed|sacred|naked|wicked|beloved)\b)[a-z]{2,}ed\b"
                           r"|\b(?:" + "|".join(_IRREGULAR_PAST) + r"|said|got|heard|felt|stood|sat|shot|hit|cut|shut"
                           r"|put|set|spread|burst|hung|swept|sank|tore|rang|ate|drank|dealt|withdrew|arose|blew)\b")
_CLAUSE_CUTS_EN = ",;:(—–"
# (the weekday rule's first readings, "on Friday", "said Friday", "killed Friday"; and its second's)
_REPORTED_BEFORE_WEEKDAY = re.compile(r"(?:\b[Oo]n|\bsaid|\bsays|[a-z]ed)\s$")
# A weekday at the earliest is one to come ("The Commission is set to announce its decision as early as Friday", a
# first-time user's newsletter had no event of it), unless its clause tells the past ("Shops had sold out as early as
# Friday": see _past_clause)
_AS_EARLY_AS_BEFORE = re.compile(r"\bas\s(?:early|soon)\sas\s$")
_NEXT_WEEK_AFTER = re.compile(r"\s+next\s+week\b")
_IRREGULAR_PAST_BEFORE_WEEKDAY = re.compile(rf"\b(?:{'|'.join(_IRREGULAR_PAST)})\s$")


def _untold_weekday(sentence: str, m: re.Match[str]) -> bool:
    """Whether an English weekday read without "on" (AP's, "began Thursday", "grounded all flights
    Friday morning") is a habit's or a schedule's (see _HABIT_EN and _TOLD_VERB_EN)."""
    if _REPORTED_BEFORE_WEEKDAY.search(sentence, max(0, m.start() - 8), m.start()) \
            or _AS_EARLY_AS_BEFORE.search(sentence, max(0, m.start() - 14), m.start()):
        return False
    if _HABIT_EN.search(sentence):
        return True
    if _IRREGULAR_PAST_BEFORE_WEEKDAY.search(sentence, max(0, m.start() - 12), m.start()):
        return False
    clause = max(sentence.rfind(c, 0, m.start()) for c in _CLAUSE_CUTS_EN) + 1
    return _TOLD_VERB_EN.search(sentence, clause, m.start()) is None
_REPORTED = ("(?:said|announced|reported|confirmed|issued|released|published|declared|unveiled|revealed"
             "|stated|disclosed|warned)")  # (not "ordered": "Items ordered today ship Monday")

# (see the weekday patterns)
_WEEKDAY_WITH_DAY_RO = re.compile(
    r"(?P<wdn>lunes|martes|miércoles|jueves|viernes|sábado|domingo|(?:segunda|terça|quarta|quinta"
    r"|sexta)(?=(?:-feira)?\s+\()(?:-feira)?|segunda-feira|terça-feira|quarta-feira|quinta-feira"
    rf"|sexta-feira)(?:\s+\((?P<dn>{_DAY_RO})\)|,\s+(?P<dn2>{_DAY_RO})(?=[,.;]|$))")

# (see the Azerbaijani, Uzbek, Kazakh, Georgian and Armenian patterns: a day of the month; a month after its year, in
# Uzbek's Cyrillic letters too, in capitals too; Azerbaijani's in the genitive, "mayın", "oktyabrın")
_DAY_NUMBER = r"(?:[12]\d|3[01]|0?[1-9])"
_TURKIC_MONTH_ANY = f"(?i:{TURKIC_MONTH}|{TURKIC_UZBEK_CYRILLIC_MONTH})"
_AZ_MONTH_GENITIVE = (r"(?i:(?:yanvar|fevral|mart|aprel|may|iyun|iyul|avqust|sentyabr|oktyabr|noyabr|dekabr)"
                      r"(?:ın|in|un|ün))")
# A word that opens a period, right before its first day (see the dash's span of days in _PATTERNS)
_PERIOD_WORD_BEFORE = (r"(?:(?<=[Dd]uring\s)|(?<=[Ff]rom\s)|(?<=[Bb]etween\s)|(?<=[Oo]ver\s)"
                       r"|(?<=[Tt]hroughout\s))")
_PATTERNS: list[tuple[str, str]] = [
    # Ranges first so their ends are consumed and never become events.
    ("range", rf"\b[Bb]etween\s+(?:{_MONTH}\s+)?{_YEAR}\s+and\s+(?:{_MONTH}\s+)?{_YEAR}"),
    ("range", rf"\b[Ff]rom\s+(?:at\s+least\s+|as\s+early\s+as\s+)?(?:{_MONTH}\s+)?{_YEAR}\s+"
              rf"(?:to|until|through|till)\s+(?:at\s+least\s+|as\s+late\s+as\s+)?(?:{_MONTH}\s+)?{_YEAR}"),
    # ... to a day: "From 2003 to 1 April 2024, a total of 889 cases …", "between 2019 and March 3, 2020"
    ("range", rf"\b(?:[Ff]rom\s+(?:{_MONTH}\s+)?{_YEAR}\s+(?:to|until|through|till)|[Bb]etween\s+(?:{_MONTH}\s+)?"
              rf"{_YEAR}\s+and)\s+(?:{_MONTH}\s+{_DAY},?|{_DAY}\s+{_MONTH},?)\s+{_YEAR}"),  # (not "from 2022 and …")
    ("range", rf"{_YEAR}\s*[-–—]\s*(?:{_YEAR}|\d\d(?!\d))"),
    # ... of days and months: "between January 1 and January 11", "from 5 to 9 March", "November
    # 2023–June 2024"
    ("range", rf"\b[Bb]etween\s+(?:{_MONTH}\s+{_DAY}|{_DAY}\s+{_MONTH})(?:,?\s+{_YEAR})?\s+and\s+"
              rf"(?:{_MONTH}\s+)?{_DAY}(?:\s+{_MONTH})?(?:,?\s+{_YEAR})?"),
    ("range", rf"\b[Ff]rom\s+(?:{_MONTH}\s+{_DAY}|{_DAY}(?:\s+{_MONTH})?)(?:,?\s+{_YEAR})?\s+(?:to|until|through|till)\s+"
              rf"(?:{_MONTH}\s+)?{_DAY}(?:\s+{_MONTH})?(?:,?\s+{_YEAR})?"),
    # ... and by a dash, from a day of one month to one of another, after a word of a period: "During January
    # 1–April 17, 2025, CDC was notified of …", "From 1 January–17 April 2025" (a measurement's period: a first-time
    # user's MMWR page had events of both ends). (An event's span is its first day, as "March 3–5" is: "Voting took
    # place March 28–April 2, 2025", a review's probe; see _DASH_BETWEEN.)
    ("range", rf"{_PERIOD_WORD_BEFORE}{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?\s*[-–—]\s*{_MONTH}\s+{_DAY},?\s+{_YEAR}"),
    ("range", rf"{_PERIOD_WORD_BEFORE}(?<!\d){_DAY}\s+{_MONTH}(?:\s+{_YEAR})?\s*[-–—]\s*{_DAY}\s+{_MONTH},?\s+{_YEAR}"),
    # ("June–August 2024", "November 2023 – June 2024", "from June to August 2024", "June
    # through August 2024", "between mid-March and June of 2024", "from late June to early
    # August, 2024", "June-to-August 2024")
    ("range", rf"{_MONTH}(?:\s+{_YEAR})?\s*(?:[-–—]|-to-)\s*{_MONTH}{_RANGE_YEAR}"),
    ("range", rf"\b(?:[Ff]rom|[Bb]etween)\s+{_PART}{_MONTH}(?:\s+{_YEAR})?\s+(?:to|until|through|till|and)\s+"
              rf"{_PART}{_MONTH}{_RANGE_YEAR}"),
    ("range", rf"{_MONTH}(?:\s+{_YEAR})?\s+through\s+{_MONTH}{_RANGE_YEAR}"),
    # ... in Portuguese and Spanish: "entre 27 de abril e 3 de maio", "del 27 de abril al 3 de mayo",
    # "desde 1º até 5 de maio"
    ("range", rf"\b(?:[Ee]ntre\s+{_RO_RANGE_END}\s+(?:e|y|i)"
              rf"|(?:[Dd]el?|[Dd]esde)\s+{_RO_RANGE_END}\s+(?:al?|até|hasta))\s+(?:(?:el|o|a|dia|día)\s+)?"
              rf"(?P<rgro>{_DAY})(?:\.?º)?\s+de\s+{_FOREIGN_MONTH}(?:,?\s+(?:de\s+)?{_YEAR})?"),
    # ... and in French and Italian: "Du 8 au 15 décembre, une « octave » de célébrations est
    # organisée", "Entre le 16 et le 22 décembre, la cathédrale sera ouverte", "dal 16 al 22 dicembre",
    # "tra il 16 e il 22 dicembre"
    # (not a night's two days: "ont sauvé l'édifice dans la nuit du 15 au 16 avril")
    ("range", rf"(?<!\bnuit\s)(?<!\bnotte\s)\b(?:[Dd]u\s+{_FR_IT_RANGE_END}\s+au"
              rf"|[Ee]ntre\s+(?:le\s+)?{_FR_IT_RANGE_END}\s+et(?:\s+le)?"
              rf"|[Dd]al(?:l['’]|\s+)?{_FR_IT_RANGE_END}\s+al(?:l['’])?"
              rf"|[Tt]ra\s+(?:il\s+|l['’])?{_FR_IT_RANGE_END}\s+e\s+(?:il|l['’]))"
              rf"\s*(?P<rgfi>{_DAY})(?:er)?\s+{_FOREIGN_MONTH}(?:\s+{_YEAR})?"),
    # A day and month, with a year or without ("on June 2", "from 5 April": day_only, placed
    # by the publication date, see NEAR_FUTURE_DAYS).
    # (an abbreviation without its dot too, before the day: "said on Nov 13 that …")
    # (a month in capitals before its day and year: see _MONTH_CAPS)
    ("day", rf"(?P<m1>{_MONTH}|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?=\s+\d)"
            rf"|{_MONTH_CAPS}(?=\s+{_DAY},?\s+{_YEAR}))\s+(?P<d1>{_DAY})(?:,?\s+(?P<y1>{_YEAR})|{_NO_YEAR})"),
    # (and day first, an abbreviation without its dot before a year: "7 Oct 2022: BIS announces …", a
    # first-time user's notes, had no event; or in capitals, "02 MAR 2024 – RUBYMAR sank", a first-time user's
    # UKMTO advisory; an ordinal day "of" its month, "on the 2nd of August 2025": an EU AI Act user's video
    # transcript had August 2025)
    ("day", rf"(?<!\d)(?P<d2>{_DAY})(?:(?<=st|nd|rd|th)\s+of)?\s+(?P<m2>{_MONTH}"
            rf"|(?:\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)|{_MONTH_CAPS})(?=\s+{_YEAR}))"
            rf"(?:,?\s+(?P<y2>{_YEAR})|{_NO_YEAR})"),
    # ... in the other languages read here: "am 14. Oktober", "le 22 octobre 2025", "7 de mayo de 2025"
    # (Thai: "21 มกราคม 2562", "21 ม.ค.2562": the Buddhist era's year, perhaps marked "พ.ศ.".)
    # (German writes some months as English does, after a day with its dot: "am 1. August 2024";
    # with the year, or "… 3-1. April saw …" would be a day)
    # (the first of a month as Portuguese writes it, "Em 1º de maio", and Spanish, "1.º de mayo"; and
    # French, "créé le 1er décembre 2019")
    ("day", rf"(?<!\d)(?P<d9>{_DAY})(?:\.?º|(?<=(?<!\d)1)er)?\.?\s+(?:de\s+)?(?P<m9>{_FOREIGN_MONTH}|{_SHORT_MAY}"
            rf"|(?<=\.\s)(?:{'|'.join(_MONTHS_AS_IN_GERMAN)})(?=\s+{_YEAR}){_SMALL_MONTH_AS_IN_ENGLISH})"
            rf"(?:(?:,?\s+|(?<=\.))(?:de\s+|{BUDDHIST_ERA_MARK})?"
            rf"(?P<y9>{_YEAR}|(?<=\.)(?:1[89]|20)\d\d(?!\d)|25\d\d(?!\d))|{_NO_YEAR})"),
    # ... and month first, its day and year apart by a comma, as Swahili and Tagalog write them as English does:
    # "Oktoba 29, 2025", "Jumatatu, Novemba 3, 2025", "Hunyo 5, 2024" (a first-time user's Tanzanian pages had no
    # event of theirs); without its year on a page in those languages only, placed as "August 11" is ("nitong Lunes,
    # Agosto 11", GMA's: a first-time user's Tagalog pages had no event; see MONTH_FIRST_LANGUAGES)
    ("day", rf"(?<!\w)(?P<m10>{_FOREIGN_MONTH})\s+(?P<d10>{_DAY})(?:,\s*(?P<y10>{_YEAR})|{_NO_YEAR})"),
    # ... and in Arabic, Hebrew and Persian (a first-time user's Al Jazeera, Asharq Al-Awsat, Ynet and Tasnim pages
    # had no event): "احتجزوا في 19 نوفمبر 2023", the Levant's and Egypt's names together ("19 نوفمبر/تشرين الثاني",
    # "12 يناير (كانون الثاني)"), "ב-19 בנובמבר 2023", "۱۹ نوامبر ۲۰۲۳", in any figures; without a year, placed by
    # the publication as "on June 2" is, or as the last such day before it, "الماضي" ("في 12 يناير الماضي"), but
    # not by a month's name of three letters ("آب", "مه": words too); an Iranian calendar's day only with its year
    # ("از ۲۲ دی ۱۴۰۲", 12 January 2024: see extract_dates.JALALI_MONTHS); Urdu's, its comma before the year spaced
    # ("25 دسمبر ، 2025"), the year then at the phrase's end or before a word that takes a date ("کو", on; "میں", in;
    # "سے", "تک", "کے", "کی"): "25 دسمبر ، 2000 اہلکار" is "on 25 December, 2,000 personnel" (a count after the
    # comma, no year; nor a day with no year then). (See _OWN_SCRIPT_ONLY.)
    ("day", rf"(?<!\w)(?P<dr>{FIGURE}{{1,2}})\s*(?P<mr>{_RTL_MONTH})(?:\s?/\s?{_RTL_MONTH}|\s\({_RTL_MONTH}\))?"
            rf"(?:(?P<urc>\s?،)?,?\s+(?P<yr>{_RTL_YEAR})(?!{FIGURE})"
            r"(?(urc)(?=ء|\s*(?:$|[^\w\s]|(?:کو|میں|سے|تک|کے|کی)(?!\w))))"
            rf"|(?:(?<=\w{{4}})|(?<=\)))(?:\s+(?P<lastr>الماضي|المنصرم))?(?!\s*،?\s*{FIGURE}))"),
    ("day", JALALI_DATE),
    # ... and in Amharic, in Ethiopia's calendar or the Gregorian (a first-time user's BBC News Amharic page had no
    # event): "ጥቅምት 12 ቀን 2018 ዓ.ም" (22 October 2025), "22 ጥቅምት 2025"; a month and its year of that calendar,
    # "ሰኔ 2018 ዓ.ም" (its first day's month, June 2026); see extract_dates.ETHIOPIAN_MONTHS. (See _OWN_SCRIPT_ONLY.)
    ("day", ETHIOPIAN_DATE),
    ("day", ETHIOPIC_DAY_FIRST),
    ("month", rf"(?<![{ETHIOPIC}]){ETHIOPIC_PREFIX}(?P<mem>{ETHIOPIAN_MONTH})\s*(?P<yem>\d{{4}})(?!\d){ETHIOPIAN_ERA}"),
    # ... and in Bengali and Hindi, in their figures or ours (a first-time user's Prothom Alo page and a Hindi paper's
    # had no event): "১৮ জুলাই", "২৫ दिसंबर २०२५", its year first as Bengali writes it too ("২০২৪ সালের ১৪ জুলাই",
    # 14 July of the year 2024); the last such day before the publication after "গত" ("গত ১২ মে", last 12 May), the
    # next after "আগামী" ("আগামী ১২ ফেব্রুয়ারি"), last year's after "গত বছরের" ("গত বছরের ১০ মে").
    # (See _OWN_SCRIPT_ONLY.)
    ("day", rf"(?<!\w)(?:(?P<lastb>গত|বিগত)\s+|(?P<nextb>আগামী)\s+|(?P<lastyb>গত\s+বছরের)\s+)?"
            rf"(?:(?P<yb0>{_INDIC_YEAR})\s+সালের\s+)?(?P<db>{_INDIC_FIGURE}{{1,2}})\s*"
            rf"(?P<mb>{_INDIC_MONTH}){_INDIC_ENDING}(?:\s*,?\s*(?P<yb>{_INDIC_YEAR}))?"),
    # ... a month and its year: "জুলাই ২০২৪", "২০২৪ সালের জুলাই", "जुलाई २०२४"
    ("month", rf"(?<!\w)(?:(?P<yb2>{_INDIC_YEAR})\s+সালের\s+(?P<mb2>{_INDIC_MONTH}){_INDIC_ENDING}"
              rf"|(?P<mb3>{_INDIC_MONTH}){_INDIC_ENDING}\s*,?\s*(?P<yb3>{_INDIC_YEAR}))"),
    # ... and in Azerbaijani, Uzbek, Kazakh, Georgian and Armenian, their year first (see extract_dates.TURKIC_DATE):
    # "2025-ci il oktyabrın 21-də", "2024-yil 27-dekabrda", "2024 жылғы 3 шілдеде", "2024 jylǵy 3 shildede", "2020
    # წლის 9 იანვარს", "2026 წლის 1 მარტიდან" (from 1 March), "2025 թվականի օգոստոսի 8-ին"; a day and its month in
    # one of its cases, no year, placed as "on June 2" is: "29 მაისს", "3 шілдеде", "27-dekabrda" (in small letters,
    # as those languages write a month: not a word in capitals), Azerbaijani's month first, "mayın 14-də" (of May the
    # 14th); a year's month, "2024-cü ilin may ayında" (in the month of May of 2024), "2024 წლის მარტში" (not a span's
    # first, "2025-ci ilin yanvar-noyabr aylarında", as "January-November 2025" is none); a year, "2024 жылы" (in
    # 2024), "2020 წლიდან" (from 2020), "2018-ci ildə" (a first-time user's pages in those languages had no event of
    # them). (See _FOREIGN_ONLY.)
    ("day", rf"(?<!\d)(?P<ytk>(?:19|20)\d\d){TURKIC_YEAR_WORD}\s+(?:(?P<dtk>{_DAY_NUMBER})(?:-|\s+)"
            rf"(?P<mtk>{_TURKIC_MONTH_ANY})|(?P<mtk2>{_TURKIC_MONTH_ANY})\s+(?P<dtk2>{_DAY_NUMBER}))(?!\d)"),
    ("day", rf"(?<![\d-])(?P<dtk3>{_DAY_NUMBER})(?:-|\s+)(?P<mtk3>{TURKIC_MONTH})(?!\s*,?\s*\d)"),
    ("day", rf"(?<!\w)(?P<mtk4>{_AZ_MONTH_GENITIVE})\s+(?P<dtk4>{_DAY_NUMBER})-[^\W\d]{{1,4}}(?![^\W\d])"),
    ("month", rf"(?<!\d)(?P<ytk5>(?:19|20)\d\d){TURKIC_YEAR_WORD}\s+(?P<mtk5>{_TURKIC_MONTH_ANY})(?!\s*\d|[-–—])"),
    ("year", rf"(?<!\d)(?P<ytk6>(?:19|20)\d\d)(?:-?\s?(?:c[iıuü]\s+il(?:də|dən)|yil(?:da|dan))"
             r"|\s+(?:жылы|жылдан|jyly|jyldan|წელს|წლიდან|թվականին|թվականից))(?![^\W\d])"),
    # Chinese and Japanese: "2018年6月18日", "2018年6月", "6月18日" (placed as "June 18" is).
    ("day", rf"(?P<yc>{_CJK_YEAR})\s*年\s*(?P<mc>{_CJK_MONTH})\s*月\s*(?P<dc>{_CJK_DAY})\s*[日号]"),
    ("month", rf"(?P<yc2>{_CJK_YEAR})\s*年\s*(?P<mc2>{_CJK_MONTH})\s*月(?![\d０-９])"),
    ("day", rf"(?<![\d０-９年])(?P<mc3>{_CJK_MONTH})\s*月\s*(?P<dc3>{_CJK_DAY})\s*[日号]"),
    # ... and in a Japanese era's years: "令和7年4月15日", "平成元年1月" (see JAPANESE_ERAS)
    ("day", rf"(?P<era1>{_ERA})\s*(?P<ey1>{_ERA_YEAR})\s*年\s*(?P<em1>{_CJK_MONTH})\s*月\s*(?P<ed1>{_CJK_DAY})\s*日"),
    # (not a disaster's name: "平成30年7月豪雨", the heavy rains of July 2018, named in a later story)
    ("month", rf"(?P<era2>{_ERA})\s*(?P<ey2>{_ERA_YEAR})\s*年\s*(?P<em2>{_CJK_MONTH})\s*月(?![\d０-９]|豪雨|大雨|水害)"),
    # ... and in the Republic of China's (Minguo) years, as Taiwan's government and companies write them inside the text:
    # "民國113年10月8日", "民國113年10月", and, with the era named only at the top or not at all, a day in a year of
    # three figures, "自114年1月1日起" (see extract_dates.ROC_DATE; a first-time user's Taiwanese ministry release had
    # no event of them). (A bare year's month is none: "114年1月" is read after the era's name only.)
    ("day", rf"(?:民[國国]\s*(?=[\d０-９]{{2,3}}\s*年)|(?<![\d０-９])(?=[1１][0-2０-２][\d０-９]\s*年))"
            rf"(?P<ry1>[\d０-９]{{2,3}})\s*年\s*(?P<rm1>{_CJK_MONTH})\s*月\s*(?P<rd1>{_CJK_DAY})\s*日"),
    ("month", rf"民[國国]\s*(?P<ry2>[\d０-９]{{2,3}})\s*年\s*(?P<rm2>{_CJK_MONTH})\s*月(?![\d０-９])"),
    # Korean: "2011년 3월 11일", "2011년 3월", "3월 11일", as the Chinese and Japanese are read.
    ("day", rf"(?P<yk>{_CJK_YEAR})\s*년\s*(?P<mk>{_CJK_MONTH})\s*월\s*(?P<dk>{_CJK_DAY})\s*일"),
    ("month", rf"(?P<yk2>{_CJK_YEAR})\s*년\s*(?P<mk2>{_CJK_MONTH})\s*월(?!\s*[\d０-９])"),
    ("day", rf"(?<![\d０-９])(?P<mk3>{_CJK_MONTH})\s*월\s*(?P<dk3>{_CJK_DAY})\s*일"),
    # A year before the noun it dates, or as the time of a happening ("2011年の東日本大震災",
    # "1995年に発生した", "2016년의", "2020年から"); not "2024年度" (a fiscal year), "10年間", "2030年目標".
    # (and Chinese "2012年起", from 2012: a first-time user's CNA page had no event of it)
    ("year", rf"(?P<yj>{_CJK_YEAR})\s*[年년](?=の|に|から|以来|以降|まで|起|의|에|부터|이후|까지)"),
    # Last year's or this year's month, and its day: "去年5月", "昨年12月", "今年3月", "지난해 5월", "올해 3월";
    # "지난해 10월 7일" (a first-time user's Yonhap page had the month of last year and the 7th of this one)
    ("month_rel", rf"(?:去年|昨年|지난해|작년)\s*(?P<mj>{_CJK_MONTH})\s*[月월](?:\s*(?P<dj>{_CJK_DAY})\s*[日号일])?"),
    # (Japanese writes this year in kana too, "ことし2月に開所式": a first-time user's NHK page had no event)
    ("month_this", rf"(?:今年|本年|ことし|올해|금년)\s*(?P<mj2>{_CJK_MONTH})\s*[月월](?:\s*(?P<dj2>{_CJK_DAY})\s*[日号일])?"),
    # ... and this month's day: "이달 11일" (the Yonhap page's "이달 11일 만료될 예정이었다" had been the 11th of
    # the month before), "今月11日", "本月11日"
    # (and Taiwan's papers' today with its day in brackets, "花蓮今(3)日上午7點58分發生…強震", "今（3）日": a first-time
    # user's Liberty Times page had no event of its earthquake)
    ("month_this", rf"(?:今月|本月|이달|이번\s*달|今\s*[(（](?=\s*{_CJK_DAY}\s*[)）]))\s*(?P<dj3>{_CJK_DAY})\s*[)）]?"
                   r"\s*[日号일]"),
    # A year's end, "2027年底開始營運", "2027年末の稼働" (the first-time user's CNA and NHK pages had no event of
    # those plans): its December (not a figure's point in time, "截至2023年底", "2023年末時点で", "2023年末現在"; nor
    # the one a figure is compared with or counted since, "較2023年底增加", "與2023年底相比", "自2023年底以來",
    # "2023年末から5%増えました", "2023年末比")
    ("month", rf"(?<!截至)(?<!截止)(?<!較)(?<!较)(?<!比)(?P<yc4>{_CJK_YEAR})\s*年\s*(?:底|末)"
              r"(?!\s*(?:時点|現在|比|の残高|止|以來|以来|相比|相較|より|から\s*(?:[\d０-９]|約|[増減])))"),
    # A day of the month alone, as Chinese, Japanese and Korean news names the days it reports
    # ("総務省消防庁は3日、", "1日午後4時10分ごろ", "2日朝", "2일 NHK와"): placed by the publication date
    # (see _resolve). Not a number of days ("3日間", "3日目", "3日後", "3日ぶり", "1日2回", "1日あたり",
    # "2일간", "3일째", "3일 동안"), an ordinal ("第3日"), about ("約3日"), nor a range's end ("1～3日"); nor
    # the time figures stand at ("15日14時00分現在", "as of").
    # (nor after a week's, a stay's or a count's word: "週3日", "多待1日", "中6日"; see _MDAY_JA_AFTER, _MDAY_ZH_NOT_AFTER)
    # ... and "同月19日" (the 19th of the same month), after a full date in its sentence ("令和6年6月12日に成立し、同月19日に
    # 公布", a first-time user's JFTC page had the 12th alone): that month's (see find_dates)
    ("mday", rf"同月\s*(?P<dsm>{_CJK_DAY})\s*日"),
    ("mday", rf"(?<![\d０-９年月第毎約～〜~週周每中计計各数多待-])(?P<dm>{_CJK_DAY})\s*日"
             r"(?!間|目|後|前|以内|以上|未満|ぶり|分|連続|程度|余り|当たり|あたり|[にで]?\s*[\d０-９][\d０-９,，.]*\s*[^\d０-９時\s]"
             r"|\s*(?:[\d０-９]{1,2}時(?:[\d０-９]{1,2}分)?)?\s*現在)"),
    ("mday", rf"(?<![\d０-９년월주매약총각])(?<!주 )(?P<dmk>{_CJK_DAY})일(?!간|째|치|\s*(?:동안|만에|연속|이내|이상|정도|\d))"),
    ("month_rel", rf"(?P<m4>{_MONTH})\s+(?:of\s+)?last\s+year\b"),
    # ... and in the other languages read here: "in april vorig jaar", "en marzo del año pasado", "en avril de l'an
    # dernier", "ad aprile dell'anno scorso", "em abril do ano passado", "im April letzten Jahres"
    # (the month in small letters but German's: "Mars l'an dernier" is the planet, "son amie Avril" a name)
    # (and May's short names, "en mai de l'an dernier", "im Mai letzten Jahres", "in mei vorig jaar": the
    # phrase after them leaves no other reading, Romanian's "more" nor Italian's "never")
    ("month_rel", rf"(?P<mf>{_FOREIGN_MONTH_SMALL}|april|august|september|november|december|mai|mei)\s+"
                  rf"{_LAST_YEAR_SMALL}"),
    ("month_rel", rf"(?P<mf2>{_FOREIGN_MONTH}|(?i:april|august|september|november|december)|Mai)\s+{_LAST_YEAR_DE}"),
    ("month_this", rf"(?P<m6>{_MONTH})\s+(?:of\s+)?this\s+year\b"),
    ("month", rf"(?P<m3>{_MONTH}),?\s+(?:of\s+)?(?P<y3>{_YEAR})"),
    # ... and in the other languages read here: "im März 2017", "en mars 2017", "en marzo de 2017"
    # (May's short names too, a year after them: "im Mai 2019", "en mai 2019"; not NASA's
    # "Mars 2020", a French month is written small, but where a chronology's line starts with it,
    # its colon or dash after the year, the sentence's first word: "Mars 2022 : découverte … d'un sarcophage")
    ("month", rf"(?:(?!Mars\b)|(?<![\s\S])(?=Mars\s+{_YEAR}\s*[:–—]\s)){_NOT_BEFORE_DE}"
              rf"(?P<m7>{_FOREIGN_MONTH}|[Mm]ai|[Mm]ei|[Mm]aj{_SMALL_MONTH_AS_IN_ENGLISH})\s+(?:de\s+|del\s+)?(?P<y7>{_YEAR})"),
    # A day written with slashes and its year, in either order where one figure can only be the day
    # ("ngày 28/3/2025", "expires on 22/4/2025", "on 12/25/2024"; a first-time user's Vietnamese page and desk
    # note had no event): not "2/4/2025", which is 2 April to some and 4 February to others (see _slashed).
    ("day", r"(?<![\w/.])(?P<sa>[12]\d|3[01]|0?[1-9])/(?P<sb>[12]\d|3[01]|0?[1-9])/(?P<sy>(?:19|20)\d\d)(?![\d/]|\.\d)"),
    # ... and in Vietnamese, day first after its word, with its year or without (placed as "June 2" is): "ngày 11-8",
    # "ngày 11/8/2025", "sáng 11-8" (in the morning), "Hôm 11/8"; a month and its year, "tháng 6-2024", "tháng 6 năm
    # 2024"; a year, "năm 2016", "từ năm 2012" (a first-time user's Tuổi Trẻ and VnExpress pages had no event)
    # (not a count by the day or the morning, "uống ngày 2-3 tách cà phê" (2–3 cups a day), "ngày 1-2 lần", "buổi
    # sáng 7-9 giờ", "Mỗi ngày 3-4 chuyến bay": a review's probes had events of them)
    ("day", r"(?<![Mm]ỗi\s)\b(?:[Nn]gày|[Ss]áng|[Tt]rưa|[Cc]hiều|[Tt]ối|[Đđ]êm|[Hh]ôm|[Rr]ạng\s+sáng)\s+"
            r"(?P<dv>[12]\d|3[01]|0?[1-9])"
            r"(?P<sv>[-/])(?P<mv>1[0-2]|0?[1-9])(?:(?P=sv)(?P<yv>(?:19|20)\d\d))?(?![-/]?\d)"
            r"(?!\s*(?:lần|giờ|h\b|tách|ly|cốc|chén|chuyến|người|phút|tiếng|bữa|viên|km|kg|lít|triệu|tỷ|nghìn|ngàn"
            r"|%|cái|con|chiếc|trận|bàn|điểm|quả|ca\b|đợt|buổi|lượt))"),
    ("month", r"\b[Tt]háng\s+(?P<mv2>1[0-2]|0?[1-9])(?:\s*[-/]\s*|\s+năm\s+)(?P<yv2>(?:19|20)\d\d)(?!\d)"),
    ("year", rf"\b[Nn]ăm\s+(?P<yv3>{_YEAR})"),
    # A day as ISO 8601 writes it ("2023-07-03: MOFCOM announces …"; not inside a path, a name or a longer number)
    # (nor a time stamp's, "기사입력 2013-10-24 03:00:00")
    ("day", r"(?<![\w/.-])(?P<yi>(?:19|20)\d\d)-(?P<mi>0[1-9]|1[0-2])-(?P<di>0[1-9]|[12]\d|3[01])"
            r"(?![\w/-]|\.\d|\s*\d{1,2}:\d\d)"),
    # A day written with dots, day first ("Am 31.8.1990 fand …"): no other order writes it so (in English text too,
    # "17.10.2023: second package", a first-time user's notes).
    ("day", r"(?<![\d.])(?<![Vv]ersion )(?<![Rr]elease )(?<![Bb]uild )(?<!\bv)(?<!\bv )(?P<d8>[12]\d|3[01]|0?[1-9])\.(?P<m8>1[0-2]|0?[1-9])\.(?P<y8>(?:1[89]|20)\d\d)(?![\d.]\d)"),
    ("decade", r"\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Tt]hroughout)\s+the\s+(?:(?P<part>early|mid|late)[\s-]+)?"
               r"(?P<decade>(?:1[89]|20)\d0)s\b"),
    ("year", rf"{_YEAR_CONTEXT}(?P<y4>{_YEAR})"),
    # ... the same words in the other languages read here ("im Jahr 1990", "seit 2004", "en 2017")
    # (Not Dutch "en", "and": "Tussen 2010 en 2015".)
    ("year", rf"\b(?:[Ii]m\s+Jahre?|[Ss]eit|(?<!\d )[Ee]n|[Dd]epuis|[Dd]esde|[Nn]el|[Dd]al|[Ee]m|[Nn]o\s+ano\s+de)\s+(?P<y6>{_YEAR})"),
    ("year", rf"\b(?:[Tt]he|[Aa]|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?P<y5>{_YEAR})\s+(?=[a-z])"),
    ("ago", rf"\b(?P<n>{_NUM})\s+(?P<unit>years?|months?)\s+ago\b"),
    # "last year’s runner-up", "this year’s best": the words qualify a thing, not date a happening
    # (not "later this year": what is still to come, at no date the text gives, is no event of
    # the year it was written in; nor the year a figure is compared with: "than last year", "down
    # from last year", "5.1m in the same period last year", "compared with last year"; but "in
    # the same month last year, floods killed …" and "a report from last year" date what they say)
    ("rel", r"(?<![Ll]ater\s)(?<!\bsame\speriod\s)(?<!\bsame\speriod\sof\s)(?<!\bsame\stime\s)"
            r"(?<!\bsame\squarter\s)(?<!\bcompared\swith\s)(?<!\bcompared\sto\s)(?<!\bthan\s)(?<!\bup\sfrom\s)"
            r"(?<!\bdown\sfrom\s)(?<!\bover\s)(?<!\bversus\s)(?<!\bvs\.\s)"
            r"\b(?P<which>[Ll]ast|[Tt]his|[Ee]arlier\s+this)\s+(?P<runit>year|month)\b(?![’']s\b)"),
    ("month_only", rf"\b[Ii]n\s+{_PART}(?P<m5>{_MONTH})\b(?!,?\s+(?:of\s+)?(?:\d|last|this|next)"
                   rf"|{_MONTHS_JOINED}{_PART}{_MONTH}\s+(?:of\s+)?(?:last|this)\s+year\b)"),
    # "today" and "yesterday" next to a verb of reporting in the past ("The Louisiana Department of
    # Health today announced …", "USDA announced yesterday that …"): the publication date's day, or
    # the day before. Not elsewhere: "Today, farmers face …", "today's farms"; nor "said today
    # is …" (the day is what was said of), "will be announced today".
    # (After the verb, only where its clause goes on as a report's does, "announced yesterday that
    # …", "said today.", not "books published today never sell …".)
    ("today", rf"\b(?:(?P<tv>{_REPORTED})\s+(?P<td>today|yesterday)\b(?![’']s)"
              r"(?=\s*(?:[.,;:]|$)|\s+(?:that|in|at|on|by|after|with|from|to|its|his|her|their|a|an|the)\b)"
              rf"|(?P<td2>today|yesterday)\s+(?:{_REPORTED})\b"
              # ... "yesterday" anywhere else too: unlike "today" ("Today, farmers face …"), it is never the present
              # at large ("Yesterday the Pan American Health Organization told Canada …", a first-time user's
              # newsletter had no event of it; not "yesterday's", nor a likeness's, "as if it were yesterday", "seems
              # like yesterday"; nor a word alone, a visitors' counter's "Gestern" / "21")
              r"|(?<!\bwere\s)(?<!\bwas\s)(?P<td3>[Yy]esterday)\b(?![’']s))"),
    # ... and in the other languages: "ayer", "ieri", "ontem", "gestern"; French "hier" after a participle of the past
    # or before a part of the day ("a annoncé hier", "hier soir": "hier" is "here" in German and Dutch; on a French page
    # only, see _loose_yesterday_is_no_day)
    # (and Malay's "semalam", Indonesian's "kemarin", Vietnamese "hôm qua", each on a page of its language: see
    # _YESTERDAY_LANGUAGE)
    # (not a night's stay, "menginap semalam", "bermalam semalam": a review's probe)
    ("today", r"\b(?P<td4>[Aa]yer|[Ii]eri|[Oo]ntem|[Gg]estern|(?<!menginap\s)(?<!bermalam\s)(?<!tinggal\s)[Ss]emalam"
              r"|[Kk]emarin|[Hh]ôm\s+qua"
              r"|(?:(?<=é\s)|(?<=ée\s)|(?<=és\s)|(?<=ées\s)|(?<=\bdit\s))hier"
              r"|[Hh]ier(?=\s+(?:soir|matin|après-midi)\b))\b"),
    # ... and Chinese "今天" (today), "昨天" (yesterday), as its news names the day it reports ("外交部发言人郭嘉昆今天表示",
    # "菲律宾海警昨天称"; a first-time user's CNA and MFA pages had no event): not today's something, "今天的中国", nor a
    # period's end, "到今天", "至今天"
    # (nor "nowadays", before a subject and "已" with a verb of being, "今天中国已成为地区和平的重要力量": a review's probe)
    ("today", r"(?<![到至])(?P<td5>今天(?![^\s，,。；：]{1,8}?已(?:经)?(?:成为|是|变成|成了|拥有|具备|进入|迈入|跻身))|昨天)(?!的)"),
    # A weekday, as news names the days of the week it reports ("seized the ship on Sunday", AP's
    # "said Tuesday"): the latest such day up to the publication date. Not one before a date
    # ("on Tuesday, March 12"), nor "on Tuesdays".
    # (Not a paper's name, "the Mail on Sunday"; nor a show's, "Saturday Night Live"; nor a
    # habit, "on Tuesday mornings"; after a participle, only where the weekday ends the phrase:
    # "killed Friday", not "a planned Sunday march".)
    # (AP's too, after an irregular past, "a problem … that began Thursday", and with its part of
    # the day after any word in small letters, "grounded all flights Friday morning"; not a habit's,
    # "every Friday morning", nor one to come or a period's end, "next Friday morning", "until
    # Friday night"; "Good Friday", "Black Friday" are names.)
    # (and a day to come at the earliest, "set to announce its decision as early as Friday": see _AS_EARLY_AS_BEFORE)
    ("weekday", rf"(?=(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun))(?:(?<=\b[Oo]n\s)(?<!Mail on )(?<!Independent on )(?<!Observer on )"
                rf"|(?<=\bas\searly\sas\s)|(?<=\bas\ssoon\sas\s)"
                rf"|(?:(?<=\bsaid\s)|(?<=\bsays\s)|(?<=[a-z]ed\s)|{_IRREGULAR_PAST_BEFORE}|{_PHRASAL_PAST_BEFORE})"
                rf"(?=\w+day(?:\s+(?:night|morning|afternoon|evening))?{_WEEKDAY_PHRASE_END})"
                rf"|(?<=[a-z]\s){_NOT_THAT_DAY_BEFORE}"
                rf"(?=\w+day\s+(?:night|morning|afternoon|evening){_WEEKDAY_PHRASE_END}))"
                rf"(?P<wd>Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:night|morning|afternoon|evening))?\b"
                rf"(?!s\b|\s+(?:night|morning|afternoon|evening)s\b|\s+Night\s+[A-Z])"
                rf"(?!,?\s+\(?(?:the\s+)?(?:\d|{_MONTH}))"
                # (nor the first day of a range: "opened before dawn Monday morning through Saturday night")
                rf"(?!\s+(?:to|through|thru|until|till)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"),
    # ... and in German, as its news names them: "Am Freitag war das Schiff … getroffen worden",
    # "kündigte am Montagabend an" (not before a date: "am Freitag, 15. Dezember").
    ("weekday", r"(?<=\b[Aa]m\s)(?P<wdde>Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)"
                r"(?:abend|morgen|nachmittag|vormittag|mittag)?\b(?!,?\s+(?:den\s+|dem\s+)?\d)"),
    # ... in Portuguese and Spanish with its day of the month after it, as Brazilian news writes
    # it: "deste domingo (5)", "na quarta-feira (1º)", "nesta quinta-feira, 9, um pacote" (the
    # day and the weekday place it, whatever the tense; see _weekday_and_day)
    ("weekday", _WEEKDAY_WITH_DAY_RO.pattern),
    # ... in Tagalog after "nitong" or "noong" (this past, last): "nitong Huwebes", "noong Miyerkoles" (not before a
    # date, "noong Miyerkoles, Setyembre 10"; "linggo" in small letters is a week); and in Malay and Indonesian after
    # "pada" (on): "pada Rabu", "pada hari Isnin", "pada Minggu" (not before a date, Kompas's "pada Kamis (12/2/2026)";
    # "minggu" in small letters is a week): a first-time user's GMA, ABS-CBN and Berita Harian pages had no event of
    # theirs. (Past, as English's "on Friday"; Malay's to come by its "akan", "depan": see _FUTURE_MS.)
    ("weekday", rf"(?:(?<=\b[Nn]itong\s)|(?<=\b[Nn]oong\s))(?P<wdtl>Lunes|Martes|Miyerkoles|Miyerkules|Huwebes|Biyernes"
                rf"|Sabado|Linggo)\b(?!,?\s+(?:\d|{_FOREIGN_MONTH}|{_MONTH}))"
                # (nor a feast's, "Noong Sabado de Gloria", "Noong Linggo ng Palaspas", "Biyernes Santo": a review's
                # probes; still "noong Lunes ng umaga")
                r"(?!\s+(?:de|ng)\s+[A-Z]|\s+Sant[oa]\b)"),
    ("weekday", r"(?<=\b[Pp]ada\s)(?:hari\s+)?(?P<wdms>Isnin|Senin|Selasa|Rabu|Khamis|Kamis|Jumaat|Jumat|Sabtu|Ahad"
                r"|Minggu)\b(?!\s*[,(]?\s*\d)"),
    # ... in Spanish, Portuguese and Catalan, after its article or "this": "descartó este martes",
    # "na segunda-feira", "aquest dimarts" (not before a date: "el lunes 28 de abril"); the
    # sentence's opening word too ("El domingo, el Guaíba … alcanzó"), and "deste", "na noite de",
    # "na última" ("desde a noite da última sexta-feira")
    # ... and in French and Italian, as their news names them, alone: "a présenté mardi les comptes",
    # "Il était 10 h 30 ce dimanche lorsque les cloches … ont sonné", "la veille, samedi soir", "Alle
    # 19.15 di sabato Notre-Dame … è tornata a vivere", "mercoledì scorso", "Venerdì sera" (its
    # capital only as the sentence's first word: not "Baron Samedi", nor "Domenica Rossi"). Not a
    # habit's ("le samedi", "il sabato", "la domenica", "tous les samedis", "chaque dimanche", "ogni
    # sabato"), an ordinal's ("le premier dimanche de l'Avent", "seconda domenica di Avvento"), nor a
    # period's bound ("depuis samedi", "jusqu'à dimanche", "fino a sabato", "entro venerdì", "du
    # lundi au vendredi": see _WEEKDAY_RANGE_RO).
    ("weekday", "(?:(?:" + "|".join([rf"(?<=\b{w}\s)" for w in _WEEKDAY_RO_BEFORE]
                                   + [rf"(?<={w}\s)" for w in _WEEKDAY_RO_DEL]) + rf")(?={_WEEKDAY_ES_PT_CA}\b)"
                rf"|(?={_WEEKDAY_FR_IT}\b)(?<=\s){_NOT_THAT_DAY_BEFORE_FR_IT}"
                rf"|(?<![\s\S])(?=(?:{_WEEKDAY_FR_IT_CAPITAL})\b(?!\s+[A-ZÀ-Ý]){_NAMED_WEEKDAY_AFTER}))"
                rf"(?P<wdro>{_WEEKDAY_ES_PT_CA}|{_WEEKDAY_FR_IT}|{_WEEKDAY_FR_IT_CAPITAL})\b"
                r"(?!,?\s+(?:\d|passat|pasado|passado))"
                # (not a weekday of a month, "na última quarta-feira de abril", nor a feast, "El domingo de
                # Ramos", "sexta-feira Santa", "Vendredi saint", "Mardi gras", "domenica di Avvento"; nor a
                # noun's, "o entretenimento de domingo de milhões de famílias": see _OF_WEEKDAY_RO. Still
                # "salió el sábado de su casa", "na segunda-feira de manhã".)
                rf"(?!\s+(?:de|del|di)\s+{_FOREIGN_MONTH}\b|\s+(?:de|del|da|do|di|des|della|delle|dell['’])\s*"
                r"[A-ZÁÉÍÓÚÀÈÌÒÙÂÊÎÔÛÇ]|\s+(?:[Ss]ant[ao]|[Ss]ainte?|[Gg]ras|[Gg]rass[oa])\b)"),
]
# The year a figure is compared with is no event: "rose 2.4% compared with the same month last
# year", "against 3.1 percent in the same month last year", "fell 6.4% from last year", "down
# from 5.1m teu in the same period last year". A "same …" or "from" right before "last year",
# with a comparison's word or a share in the clause before it. ("In the same month last year,
# floods killed …" and "a UN report from last year" date what they say; the words "than last
# year", "compared with last year", "over last year" are in the pattern's lookbehinds.)
COMPARISON_SPAN = 80
_COMPARED_BEFORE = re.compile(r"(?:\b(?:compared|against|versus|vs\.?|than|up|down|rose|fell|higher|lower)\b"
                              r"|\d\s?%|\d\s(?:percent|per cent)\b)[^.;,]{0,60}?"
                              r"(?:\bsame\s+(?:month|week|day|period|quarter|time)\s+(?:of\s+)?|\bfrom\s+)$", re.I)
# ... nor is the date a superlative or a comparative is measured from: "Turnout was 64.7%, the highest
# in a runoff since 1996", "the lowest level since March 2020", "the first time since 1996", "higher
# than in November", "more than in 2019" (a superlative, then "since" in its clause, no verb between: "He was the first to arrive and
# has lived there since 1996" keeps its year); unless a clause on what happened then follows it
# ("since 1996, when he founded it": see _WHEN_AFTER). ("than" with its "in", "on": "no later than March 1" is
# a deadline.)
_SUPERLATIVE = (r"(?:highest|lowest|biggest|largest|smallest|greatest|worst|best|strongest|weakest|fastest|slowest"
                r"|sharpest|steepest|deepest|heaviest|hottest|coldest|warmest|wettest|driest|longest|shortest"
                r"|busiest|tightest|closest|widest|narrowest|deadliest|costliest|(?:the|its|their|his|her|our)\s+"
                r"(?:most|least|fewest|first)|first\s+time)")
# (English only: French "ne reprendra plus qu'en janvier", "alors qu'en mai 2019", Spanish "el mayor …
# declaró que en enero", "Le plus jeune député … siège depuis le 21 juin 2017" are what happened then;
# a review's probes lost those dates to the other languages' forms, which were dropped)
# (An initialism's stops are no sentence's: "the first U.S. measles death since 2015", a first-time user's CDC page had
# a 2015 event. And the year every one since is compared with, "more than in any full year since 2019", "the total
# number for each year since 2019"; and the same period of a year a figure is compared with, "a 29-fold increase
# compared with the same period in 2024": the first-time user's pages had events of them; and a date right after
# "compared with", "a 46 per cent increase compared with March 2025 (164 killed …)", another's OHCHR update.)
# (A reference named between "since" and its date is one too: "its worst day in percentage terms since Black Monday in
# October 1987", "the biggest drop since the global financial crisis in 2008": a first-time user's live blog had a 1987
# event of the Nikkei's fall of 5 August 2024; its words, no figure, no clause's word nor a verb's past: "The worst
# floods since 1953 hit the town in March", "The first shipment since January arrived on March 3" keep their days.)
_BASELINE_BEFORE = re.compile(
    rf"\b{_SUPERLATIVE}\b(?:(?!\b(?:and|but|who|which|where|has|have|had|was|were|is|are)\b)"
    r"(?:[A-Z]\.|[^.;:,()!?])){0,60}?\bsince\s+(?:(?:at\s+least|the)\s+)?"
    r"(?:(?:(?!(?:and|but|when|who|which|where|while|until|before|" + "|".join(_IRREGULAR_PAST) + r")\b)"
    r"(?![a-z][\w’'-]*ed\b)[^\W\d][\w’'-]*\s+){1,3}?(?:in|on|of)\s+)?$"
    r"|\b(?:any|each|every)\s+(?:[a-z]+\s+)?(?:year|month|week|season|quarter|period)\s+since\s+$"
    r"|\b(?:compared|against|versus|vs\.?|than|up|down|rose|fell|higher|lower)\b[^.;,]{0,60}?"
    r"\bsame\s+(?:month|week|day|period|quarter|time)\s+(?:of|in)\s+$"
    r"|(?<!\blater\s)(?<!\bearlier\s)(?<!\bsooner\s)\bthan\s+(?:in|on|during|at)\s+(?:the\s+)?$"
    r"|\b(?:compared\s+(?:with|to)|versus|vs\.)\s+$", re.I)
# ... and the year or month a figure is compared with, a figure then: "averaging more than 10 vessels a day in the first
# half of 2025, compared with roughly 4 a day in 2023" (a first-time user's AMTI report had a 2023 event), "up from 3.1%
# in May", "versus 12,000 in 2019" (not "compared with the fine imposed in 2017", no figure)
_FIGURE_CHAR = r"(?:[^.;,]|(?<=\d)[.,](?=\d))"  # (within a clause; a figure's point or comma: "3.1", "9,800")
# (A quantity, not a name with a digit, "the board of 3M", "the G20", "the U-19 side", "Formula 1", "Renault 2.0",
# "vs. the 76ers": a review's probes lost those years; after "up/down from", right after it, "up from $3.1 billion",
# "down from 11%", "up from 8-7", "down from a peak of 14.7%", not "up from a regional role at the G20")
_QUANTITY = r"(?<![\w-])[$€£¥]?\d(?:\d|(?<=\d)[.,](?=\d))*(?:%|(?:m|bn|b|k|tn|mn)\b|(?![\w-])|-(?=\d))"
_COMPARED_FIGURE_BEFORE = re.compile(r"(?:\b(?:compared\s+(?:with|to)|versus|vs\.?)\s+"
                                     rf"{_FIGURE_CHAR}{{0,40}}?"
                                     r"|\b(?P<ud>up|down)\s+from\s+(?:[a-z]+\s+){0,3})"
                                     rf"{_QUANTITY}{_FIGURE_CHAR}{{0,30}}?\b[Ii]n\s+$")
# ... and a results release's periods: the one a percentage is measured from ("a decrease of 12.2 percent from
# October 2024 and an increase of 34.0 percent from November 2023", "up 8% over March 2024"), the period a figure
# is of ("net income … for the third quarter ended September 30, 2024", "for the fiscal year ending June 2015",
# "Revenue for November 2024 was NT$276 billion"): no happenings (a first-time user's TSMC revenue release had six
# events of its periods)
_REFERENCE_PERIOD_BEFORE = re.compile(r"\b(?:increase|decrease|rise|decline|drop|growth|gain|fall|jump|up|down)"
                                      r"\s+(?:of\s+)?(?:about\s+|approximately\s+|nearly\s+|almost\s+)?\d[\d.,]*\s*"
                                      r"(?:%|\bper\s?cent)\s+(?:from|over|against|compared\s+(?:with|to)|versus|vs\.?)"
                                      r"\s+(?:(?:the\s+)?same\s+(?:period|month|quarter)\s+(?:of|in)\s+)?(?:in\s+)?$"
                                      # (a period that closed is a happening, "The public comment period ended on
                                      # March 3", "The grace period ended Jan. 1": a review's probes; a results
                                      # period is a quarter's, a half's, a fiscal year's, or "for the" period's)
                                      r"|\b(?:quarter|half|(?:fiscal|financial)\s+year|(?:three|six|nine|twelve|3|6|9"
                                      r"|12)[\s-]+months)\s+ended\s+(?:on\s+)?$"
                                      r"|\bfor\s+the\s+(?:[\w-]+\s+){0,2}?(?:period|month|months|weeks)\s+ended"
                                      r"\s+(?:on\s+)?$"
                                      # (what is to be done in a quarter ending is in it: "expects to record the
                                      # fine … in the quarter ending September 30, 2025")
                                      r"|\bfor\s+the\s+(?:[\w-]+\s+){0,2}?(?:quarter|period|half"
                                      r"|(?:fiscal|financial)\s+year|month|months|weeks)\s+ending\s+(?:on\s+)?$"
                                      r"|\b(?:[Rr]evenues?|[Ss]ales|[Nn]et\s+(?:income|profit|loss)|[Ee]arnings"
                                      r"|[Pp]rofits?|[Oo]perating\s+(?:income|profit))\s+for\s+"
                                      r"(?:the\s+(?:month|quarter)\s+of\s+)?(?:(?:fiscal|full[\s-]year)\s+)?"
                                      r"(?:in\s+)?$")
REFERENCE_PERIOD_SPAN = 60
_REFERENCE_WORDS = ("%", "per", "end", " for ")  # (the cheap test first)
_RANGE_TO_AFTER = re.compile(r"\s+(?:to|through|until)\b")  # (a span's first: "rose 20 percent from March to June")
# ... but "up/down from" after a verb of moving is a happening's, not a comparison's: "stepped down from the board in
# 2019", "moved up from the England U-19 side in 2021", "worked his way up from a $5-an-hour job in 1998", "brought
# Flight 1549 down from 2,800 feet in January 2009" (a review's probes lost those years)
_MOVED_BEFORE = re.compile(r"\b(?:step(?:s|ped|ping)?|climb(?:s|ed|ing)?|mov(?:e|es|ed|ing)|call(?:s|ed|ing)?"
                           r"|work(?:s|ed|ing)?|came|com(?:e|es|ing)|br(?:ought|ing|ings|inging)|promot(?:ed|es|ing)"
                           r"|hand(?:ed|s)|pass(?:ed|es)|clamber(?:s|ed)|fought|battl(?:ed|es))"
                           r"\s+(?:[^\s.,;:]+\s+){0,4}?$",
                           re.I)
_COMPARED_WORDS = ("compared", "from", "vs", "versus")  # (the cheap test first)
# A year before "level(s)" is the baseline of a figure, not a happening: "from 2025 levels", "to 1990 levels".
_LEVELS_AFTER = re.compile(r"[\s-]+levels?\b", re.I)
# ... and in the other languages read here, a first's or a highest's, its noun at most, right before "since": "Das ist
# die erste Senkung seit 2019", "den höchsten Stand seit 2008", "a primeira desde agosto de 2022", "la mayor caída desde
# 2008", "le plus haut niveau depuis 2008", "per la prima volta dal 2019" (a first-time user's Handelsblatt and Valor
# pages had events of 2019 and August 2022; and the plural's, "las mayores pérdidas desde 2008", a strength's, "la
# plus forte baisse depuis mars 2020", a review's probes); not a subject's, before its verb ("Der größte Konzern der
# Stadt sitzt seit 2010 in Berlin", "Le plus jeune député siège depuis le 21 juin 2017"), nor a prime minister's
_BASELINE_BEFORE_FOREIGN = re.compile(
    r"(?:\b(?:erstmals|zum\s+ersten\s+Mal|(?:[Dd]ie|[Dd]er|[Dd]as|[Dd]en|[Dd]em|ihre[nrms]?|seine[nrms]?)\s+(?:erste"
    r"|höchste|niedrigste|tiefste|stärkste|größte|schwächste|schlimmste|schlechteste)[nrs]?(?:\s+[A-ZÄÖÜ]\w+)?)"
    r"|\b(?:Höchst|Tiefst|Rekord)\w*"
    r"|\b(?:el|la|los|las|su|o|a|os|as|seu|sua|le|les|sa|son|il|lo)\s+(?:primer[oa]?s?|primeir[oa]s?|premi(?:er|ère)s?"
    r"|prim[oaie]|mayor|peor|maior|pior|pire|mayores|peores|maiores|piores|pires)(?!\s+(?:ministr|minist))"
    r"(?:\s+[^\W\d][\w-]*)?"
    r"|\b(?:por\s+primera\s+vez|pela\s+primeira\s+vez|pour\s+la\s+première\s+fois|per\s+la\s+prima\s+volta)"
    r"|\b(?:más|mais|plus|più)\s+(?:alt[oa]s?|baj[oa]s?|baix[oa]s?|haut|bas|élevée?s?|faibles?|bass[oa]|fortes?"
    r"|fuertes?|fort[ei]|grandes?|grand)"
    r"(?:\s+[^\W\d][\w-]*)?)"
    r"\s+(?:seit|desde|depuis|dal|dai|dalla)\s+(?:(?:dem|el|o|a|le|la|il)\s+)?$")
# ... and in Russian, Ukrainian and Polish, a first's or a superlative's, its noun's words at most (none a verb's form,
# no "and" but between names), right before "с", "з", "від", "od" (since) and a date with its year: "В пятницу, 16 мая,
# … прошли первые с марта 2022 года прямые переговоры", "były pierwszymi bezpośrednimi negocjacjami Rosji i Ukrainy od
# marca 2022 roku", "найвищий рівень з травня 2023 року" (a first-time user's Meduza and Rzeczpospolita pages had a
# March 2022 event); not a start, "Первые поставки начнутся с 1 июля 2026 года", "Pierwsze przepisy będą obowiązywać od
# lipca 2026 roku". (Those words are "from" too: a date without its year, "с 1 июля", is a start's, and so is one
# after the publication, _ahead_of: "Первые … рейсы с 1 июля 2025 года будет выполнять", "Najważniejsze zmiany od 1
# stycznia 2025 roku dotyczą …", told before them, a review's probes: no baseline lies ahead.)
_SUPERLATIVE_SLAVIC = (r"(?:перв|перш|pierwsz|вперв)\w*|вперше|наи(?:больш|меньш|высш|низш|худш|лучш|боле)\w*"
                       r"|най\w*?[шщч]\w*|naj\w*?(?:sz|ż)\w*|najbardziej|najmniej|(?!дальн|ближ)\w+[еа]йш\w*"
                       r"|сам(?:ый|ая|ое|ые|ого|ой|ую|ом|ых|ым|ыми)\s+\w+|(?:рекордн|максимальн|минимальн|мінімальн"
                       r"|rekordow)\w*")
_VERB_SLAVIC = (r"(?:\w*(?:л|ла|ло|ли|лся|лась|лось|лись|ся|сь|ет|ёт|ют|ут|ит|ят|ть|ти|чь|ł|ła|ło|li|ły|łem|łam|ć|ą|uje"
                r"|ują)|був|будет|будут|буде|будуть|є|есть|się|jest|są|będzie|będą|ma|mają|może|mogą)\b")
_BASELINE_BEFORE_SLAVIC = re.compile(rf"\b(?:{_SUPERLATIVE_SLAVIC})(?:\s+(?:(?:и|і|та|i|oraz)(?=\s+[A-ZА-ЯІЇЄҐ])"
                                     rf"|(?!{_VERB_SLAVIC}|(?:и|і|та|i|oraz|а|но|але|a|ale)\b)[\w’'-]+)){{0,6}}?"
                                     r"\s+(?:с|со|з|із|зі|від|od|ode)\s+$", re.I)
_WHEN_AFTER_SLAVIC = re.compile(r"(?:\s+(?:года|році|року|roku|r\.))?,?\s+(?:когда|коли|kiedy|gdy)\b")  # (as _WHEN_AFTER)
_SINCE_WORD_SLAVIC = re.compile(r"(?<!\w)(?:с|со|з|із|зі|від|od|ode)\s+$", re.I)
# (Not the sentence's own day after the reference's words, "its best day since the election on Wednesday", "their
# first military talks since the Pelosi visit on Monday", nor a date after a verb of any tense, the sentence's own:
# "The first direct talks since the war will start on Monday", "The first ferry since the storm is due on Friday",
# "The first direct flights since the pandemic resume on March 1": a review's probes lost those events.)
_SINCE_WORDS_TAIL = re.compile(r"\bsince\s+(?:(?:at\s+least|the)\s+)?(?P<words>(?:[^\W\d][\w’'-]*\s+){1,3}?)"
                               r"(?:in|on|of)\s+$", re.I)
_VERB_WORD_EN = re.compile(r"\b(?:will|would|is|are|was|were|has|have|had|can|could|shall|should|may|might|must"
                           r"|does|do|did|be|takes|gets|goes|comes)\b", re.I)
# (nor a subject's at the sentence's head, who it is after it: "Der größte Aktionär seit 2015 ist der Staat, der damals
# eingestiegen war", a review's probe, is the state's since it bought in in 2015)
_COPULA_AFTER_DE = re.compile(r"\s+(?:ist|sind|war|waren|bleibt|bleiben)\s+(?:der|die|das|[A-ZÄÖÜ])")
# (First the cheap test for its last words, near the date: most dates have none.)
_BASELINE_WORD = re.compile(r"since|than|same|compared|versus|vs", re.I)
_BASELINE_WORD_FOREIGN = re.compile(r"seit|desde|depuis|dal", re.I)
BASELINE_WORD_SPAN = 48
# A relative date in a clause that looks back from the sentence's own date ("a US judge ruled
# Tuesday, rejecting the most drastic remedy sought by the government after finding last year
# that the tech giant held an illegal monopoly"): what the sentence states happened Tuesday;
# the clause's "last year" adds no second event of it. (Alone it dates the sentence: "After
# finding last year that …, the court ordered …" with no other date is last year's.)
_BACKGROUND_BEFORE = re.compile(r"\b(?:after|before|since)\s+"
                                r"(?:(?!(?:spring|morning|evening|thanksgiving|wedding|beijing|nothing|something"
                                r"|anything|everything|building|meeting|ceiling|king|thing|wing|ring|string)\b)"
                                r"[\w’']+ing"
                                r"|(?:it|he|she|they|we)\s+(?:had\s+)?[\w’']+)\s+$", re.I)
# (a noun that ends so is no verb: "since spring last year")
# A weekday right after a verb of the past ("said Wednesday", "announced on Friday", "was
# killed on Sunday") is past, whatever the rest of the sentence says will come; not after a
# passive's participle of the present or future ("will be formally signed on Friday", "is
# scheduled Tuesday").
_VERB_BEFORE = re.compile(r"(?:\b([\w’']+)\s+)?(?:\w+ly\s+)?\b(?:said|says|\w+ed)\s+(?:on\s+)?$")
_NOT_PAST = frozenset("be been being is are am to will shall".split())


_YEAR_IN_SENTENCE = re.compile(r"(?<![\d,.])((?:1[89]|20)\d\d)(?![\d,])")
_QUOTES = "\"“”«»"


def _quoted_at(sentence: str, start: int) -> bool:
    """Whether this position is inside a quotation (an odd count of quotation marks before it)."""
    return sum(sentence.count(q, 0, start) for q in _QUOTES) % 2 == 1


def _ahead_of(text: str, published: dt.date | None) -> bool:
    """Whether a date with its year ("1 июля 2025 года", "lipca 2026 roku") lies after the publication."""
    if published is None:
        return False
    days = find_day(text, False)
    if days:
        return days[0][1] > published
    year = re.search(r"\d{4}", text)
    if year is None or int(year.group()) != published.year:
        return year is not None and int(year.group()) > published.year
    month = next((n for word in text.split() if (n := month_number(word.strip(".,")))), None)
    return month is not None and month > published.month


def _compared_from(sentence: str, m: re.Match[str], kind: str, foreign: bool | str = False,
                   published: dt.date | None = None) -> bool:
    """Whether the date matched is the one a superlative or a comparative is measured from (see
    _BASELINE_BEFORE). (A year's and a decade's match hold their "since", "in": searched before its digits;
    a month's alone, "in November", before its name.)"""
    if kind in ("year", "decade"):
        digit = _ANY_DIGIT.search(m.group())
        at = m.start() + (digit.start() if digit else 0)
    else:
        at = m.start("m5") if kind == "month_only" else m.start()
    if foreign and _BASELINE_WORD_FOREIGN.search(sentence, max(0, at - 8), at) \
            and (f := _BASELINE_BEFORE_FOREIGN.search(sentence, max(0, at - COMPARISON_SPAN), at)) is not None \
            and not _WHEN_AFTER.match(sentence, m.end()) \
            and not (not sentence[:f.start()].strip() and _COPULA_AFTER_DE.match(sentence, m.end())):
        return True
    if foreign and kind in ("day", "month") and (m.groupdict().get("y9") or m.groupdict().get("y7")) \
            and _SINCE_WORD_SLAVIC.search(sentence, max(0, at - 5), at) \
            and _BASELINE_BEFORE_SLAVIC.search(sentence, max(0, at - COMPARISON_SPAN), at) is not None \
            and not _WHEN_AFTER_SLAVIC.match(sentence, m.end()) and not _ahead_of(m.group(), published):
        return True  # (see _BASELINE_BEFORE_SLAVIC; not a day ahead, a start's: see _ahead_of)
    if _BASELINE_WORD.search(sentence, max(0, at - BASELINE_WORD_SPAN), at) is None:
        return False
    b = _BASELINE_BEFORE.search(sentence, max(0, at - COMPARISON_SPAN), at)
    if b is None or _WHEN_AFTER.match(sentence, m.end()):
        return False
    words = _SINCE_WORDS_TAIL.search(b.group())
    return words is None or not (kind == "weekday" or _VERB_WORD_EN.search(words.group("words"))
                                 or _TIMETABLE_BEFORE.search(sentence, max(0, at - CLAUSE_SPAN), at))


# A plan given up is no event, neither Planned nor the past's: "Research operations will now begin in 2034, no longer
# in 2025 as planned since 2016", "… commenceront en 2034, et non plus en 2025 comme prévu depuis 2016", "in 2034
# instead of in 2025", "first plasma had been planned for December 2025", "Der Start war für Dezember 2025 geplant" (a
# first-time user's fusion briefing had those as Planned, beside the new date the same sentence gives); not a plan of
# the past that took place, "The plant opened in March as planned", nor one told as it was, "The vote, which was
# expected in February, was delayed", "The ruling, originally expected in May, finally came down".
_PLAN_PARTICIPLE = r"(?:planned|scheduled|expected|slated|due|intended|meant)(?:\s+to\s+[a-z]+)?"
_SUPERSEDED_BEFORE = re.compile(
    r"\b(?:no\s+longer|instead\s+of|rather\s+than|et\s+non\s+plus|au\s+lieu\s+de|plutôt\s+qu['’]|nicht\s+mehr"
    r"|(?:an)?statt|en\s+lugar\s+de|en\s+vez\s+de|ya\s+no|em\s+vez\s+de|já\s+não|invece\s+che|anziché"
    rf"|had\s+been\s+(?:originally\s+|initially\s+|previously\s+|once\s+)?{_PLAN_PARTICIPLE}"
    r"|(?:avait|avaient)\s+été\s+(?:\w+ment\s+)?prévue?s?|(?:había|habían)\s+sido\s+previst[oa]s?"
    r"|(?:tinha|tinham)\s+sido\s+previst[oa]s?|(?:era|erano)\s+stat[oaie]\s+previst[oaie])"
    r"(?:\s+(?:in|on|for|by|at|until|around|en|le|pour|à|para|per|nel|im|für|am|el|o|il|the|l['’]|de|la))*\s*$", re.I)
_SUPERSEDED_WORD = re.compile(r"longer|instead|rather|non\s+plus|lieu|plutôt|mehr|statt|lugar|vez|ya\s+no|já|invece"
                              r"|anziché|had\s+been|prévu|previst", re.I)
# (German's participle after it: "war für Dezember 2025 geplant", "ursprünglich für 2025 vorgesehen")
_SUPERSEDED_BEFORE_DE = re.compile(r"\b(?:war|waren|ursprünglich|eigentlich)\s+(?:\w+\s+){0,2}?(?:für|auf|im)"
                                   r"(?:\s+(?:den|das\s+Jahr|Jahr))?\s+$")
_PLAN_AFTER_DE = re.compile(r"\s+(?:geplant|vorgesehen|angesetzt|terminiert)\b")
SUPERSEDED_SPAN = 60


def _superseded(sentence: str, m: re.Match[str], kind: str) -> bool:
    """Whether the date matched is a plan given up (see _SUPERSEDED_BEFORE)."""
    at = _digits_or_month(m, kind) if kind in ("year", "month_only") else m.start()
    lo = max(0, at - SUPERSEDED_SPAN)
    return _SUPERSEDED_WORD.search(sentence, lo, at) is not None \
        and _SUPERSEDED_BEFORE.search(sentence, lo, at) is not None \
        or _PLAN_AFTER_DE.match(sentence, m.end()) is not None \
        and _SUPERSEDED_BEFORE_DE.search(sentence, lo, at) is not None


def _digits_or_month(m: re.Match[str], kind: str) -> int:
    """Where the year's digits or the month's name of a match start (after its "in", "since")."""
    if kind == "month_only":
        return m.start("m5")
    digit = _ANY_DIGIT.search(m.group()) if kind == "year" else None
    return m.start() + (digit.start() if digit else 0)


# A day alone a few days ahead of the publication (NEAR_FUTURE_DAYS) right after a verb of the past is last year's: "The
# agreement was reached on 16 July", "Договоренность была достигнута 16 июля", told on 25
# June (a first-time user's variant of a TASS page had 16 July ahead, Planned). English's participle after "was",
# "were", "had (been)", or its past, then "on"; Russian's and Ukrainian's "был", "була" and a participle (-на, -но,
# -ты, -то …). Not a plan's ("was scheduled on", "was expected on"), nor what is
# moved ("was postponed to 16 July": no "on").
_DONE_RIGHT_BEFORE_EN = re.compile(r"\b(?:was|were|had|had\s+been)\s+(?:\w+ly\s+)?(?P<verb>[a-z]{2,}(?:ed|en|wn)|"
                                   + "|".join(_IRREGULAR_PAST) + r"|held|met|signed|took\s+place)\s+on\s+$")
_PLANNED_PARTICIPLE_EN = re.compile(r"(?:schedul|plann|expect|slat|intend|timetabl|propos|pencill?)ed$"
                                    r"|^(?:set|due)$"
                                    # (nor a page's note of its later change: "This blog post was edited on 9 July to
                                    # include …", a benchmark page's, is after its publication)
                                    r"|^(?:edit|updat|correct|amend|revis|modifi|chang)ed$")
# (the passive's alone in Russian and Ukrainian, "была достигнута 16 июля": an active past's day is mostly of what
# it says will be done, "договорились 28 июня провести встречу", "пообещал 29 июня представить план", a review's
# probes)
_DONE_RIGHT_BEFORE_SLAVIC = re.compile(r"(?<!\w)(?:был[аои]?|був|була|було|були)\s+\w+(?:н|т)(?:а|о|ы|и|ий|ый|е)?\s+$",
                                       re.I)
DONE_RIGHT_BEFORE_SPAN = 40


def _done_right_before(sentence: str, start: int, foreign: bool | str) -> bool:
    """Whether a verb of the past is right before a day alone (see _DONE_RIGHT_BEFORE_EN)."""
    lo = max(0, start - DONE_RIGHT_BEFORE_SPAN)
    if not foreign:
        done = _DONE_RIGHT_BEFORE_EN.search(sentence, lo, start)
        return done is not None and not _PLANNED_PARTICIPLE_EN.search(done.group("verb"))
    return isinstance(foreign, str) and foreign.split("-")[0].lower() in ("ru", "uk") \
        and _DONE_RIGHT_BEFORE_SLAVIC.search(sentence, lo, start) is not None


# ... and English's simple past in the day's own clause, "on" right before the day: "The board met on January 5",
# "months after a door plug blew off an Alaska Airlines Boeing 737 MAX 9 on Jan. 5" (a first-time user's AP story of 5
# December 2024 had 5 January 2025, Planned). Not a plan's infinitive after the verb ("agreed to meet on Jan. 5",
# "voted to hold the election on Jan. 5"), a plan's or a page's change's participle ("was scheduled on", "was edited
# on": see _PLANNED_PARTICIPLE_EN), nor a day moved ("postponed the vote to Jan. 5": no "on"); a future's word before
# the day puts it ahead first (see find_dates). Only a day more than a week ahead: a page's date may lag its text's
# days by one or two, "This is the extended version of an interview that was first published … in the print edition
# of Die Weltwoche on January 24th", on a web page of 23 January (the benchmark's), is the next day's. Nor a day its
# own clause then says recurs, "the inauguration took place on Jan. 20 in previous years and would again this year"
# (a review's probe: this year's, Planned; not "met on Dec. 20 and will meet again in March", nor "…on Jan. 5 and the
# FAA will decide", another verb's future, see _RECURS_AFTER).
PAST_ON_AHEAD_DAYS = 7
_TO_VERB_EN = re.compile(r"\bto\s+(?!(?:the|a|an|its|their|his|her|our|this|that|these|those)\b)[a-z]+\b")
_RECURS_AFTER = re.compile(r"[^,;:(—–]*?\b(?:in\s+(?:previous|past|earlier|recent|other)\s+years|every\s+year"
                           r"|each\s+year|annually|(?:will|would|shall)\s+(?:again|do\s+so)\b)")


def _past_on_before(sentence: str, start: int) -> bool:
    """Whether an English day alone right after "on" ends a clause told in the past (see _TO_VERB_EN)."""
    if sentence[max(0, start - 3):start].lower() != "on " or not _past_clause(sentence, start):
        return False
    clause = max((c.end() for c in _CLAUSE_START_EN.finditer(sentence, 0, start)), default=0)
    last = None
    for last in _PAST_VERB_EN.finditer(sentence, clause, start):
        pass
    verb = last.group().lower() if last is not None else ""
    if not verb or _PLANNED_PARTICIPLE_EN.search(verb) or _EXPECTED_EN.search(verb) \
            or _TO_VERB_EN.search(sentence, last.end(), start) is not None:
        return False
    return _RECURS_AFTER.match(sentence, start) is None


def _past_verb_before(sentence: str, start: int) -> bool:
    m = _VERB_BEFORE.search(sentence, max(0, start - CLAUSE_SPAN), start)
    return m is not None and (m.group(1) or "").casefold() not in _NOT_PAST


# A date that opens its clause ("In February, the league will …", "On Sunday the group will
# …"): what the clause then says of the future is the date's. One that ends a clause ("met on
# Monday and will meet again") is not put ahead by what follows it.
_OPENS_CLAUSE = re.compile(r"(?:^|[,;:(—–]\s*)(?:[\w’']+\s+)?$")
# (and a connective's before "on": "And then on March 1 there will be the first review", "and then on the 1st of
# March there will be …", a review's probe of a video's transcript had the March before)
_OPENS_CLAUSE_ON = re.compile(r"(?:^|[,;:(—–]\s*)(?:and|but|so|then)\s+(?:then\s+)?on\s+(?:the\s+)?$", re.I)
_WEEKDAYS = {"Mon": 0, "Tues": 1, "Wednes": 2, "Thurs": 3, "Fri": 4, "Satur": 5, "Sun": 6}
_WEEKDAYS_RO = {day: k for k, days in enumerate((
    "lunes segunda-feira dilluns", "martes terça-feira dimarts", "miércoles quarta-feira dimecres",
    "jueves quinta-feira dijous", "viernes sexta-feira divendres", "sábado dissabte", "domingo diumenge"))
    for day in days.split()} | {day: k for days in (_WEEKDAY_FR, _WEEKDAY_IT) for k, day in enumerate(days)}
_WEEKDAYS_DE = {"Montag": 0, "Dienstag": 1, "Mittwoch": 2, "Donnerstag": 3, "Freitag": 4, "Samstag": 5, "Sonntag": 6}
# A weekday is placed by the publication date only where the text's narrative is that recent:
# under a date named just before that lies further from the publication, it is that time's.
WEEKDAY_CONTEXT_DAYS = 14
# ... but not the day something was said: "The committee said Tuesday that …", "Gov. Hiroshi Hase
# said on Thursday …" is the news, however long ago the paragraph before it looked back to a month ("a
# magnitude 6.5 quake in May 2023"; a month is its first day here); after a day's story ("On March 10,
# 2019, Ethiopian Airlines Flight 302 crashed …" / "Boeing said Monday …") it may be that day's week.
_NEWS_PEG_BEFORE = re.compile(r"\b(?:said|says|told|announced|confirmed|reported|added|warned|stated|declared"
                              r"|insisted|estimated)\s+(?:on\s+)?$")
NEWS_PEG_SPAN = 30
# The patterns only sentences in the other languages need (see find_dates: `foreign`): a long
# list of month names tried at every word of English text cost the scan a quarter more.
_FOREIGN_ONLY = {i for i, (_, p) in enumerate(_PATTERNS)
                 if "?P<m7>" in p or "?P<m10>" in p or "?P<y6>" in p or "?P<wdde>" in p or "?P<wdro>" in p
                 or "?P<wdn>" in p or "?P<td4>" in p or "?P<rgro>" in p or "?P<rgfi>" in p
                 or any(f"?P<{g}>" in p for g in ("dv", "mv2", "yv3", "td5", "wdtl", "wdms", "ytk", "dtk3", "mtk4",
                                                  "ytk5", "ytk6"))}
# ... and those only a sentence in Arabic, Hebrew, Bengali, Devanagari or Ethiopic letters needs, the scripts whose
# dates have their own month names and figures (see _own_script_dated)
_OWN_SCRIPT_ONLY = {i for i, (_, p) in enumerate(_PATTERNS)
             if "?P<dr>" in p or "?P<dfa>" in p or "?P<db>" in p or "?P<mb2>" in p or "?P<mea>" in p or "?P<dag>" in p
             or "?P<mem>" in p}
_OWN_SCRIPT_LETTER = re.compile(f"[{HEBREW}{ARABIC}{_INDIC}{ETHIOPIC}]")
# Every pattern starts with a word character, and only those that start with a digit or a
# month's capital can match from inside a word ("FY2019-20"); the others start at "\b". So
# the lead lets the scan pass every other position inside a word without trying the
# thirteen alternatives there: the same matches, 2.5x faster.
_ERA_INITIALS = "".join(era[0] for era in JAPANESE_ERAS)  # (an era's name follows a kana: "遅くとも令和2年")
_CJK_REL_INITIALS = "去昨今本こ지작올금民"  # (so do last and this year's: "能登地方では去年5月", "ことし2月"; "民國")


# The characters a pattern's match can start with, by how the pattern starts: a lookahead for
# them before it fails at a position where it cannot start in one test, instead of a run
# through its lookbehinds or alternatives (the same matches: the scan 1.4x faster). In _NUM,
# case ignored, "ſ" is an "s" too. (Not every pattern needs one: the weekday's has its own.)
_MONTH_INITIALS = "ADFJMNOS"
_FIRST_CHARS = (
    (_MONTH, _MONTH_INITIALS), ("(?P<m1>", _MONTH_INITIALS), ("(?P<m3>", _MONTH_INITIALS),
    ("(?P<m4>", _MONTH_INITIALS), ("(?P<m6>", _MONTH_INITIALS), (_YEAR, "12"), (r"(?<!\d)(?P<d", "0-9"),
    (r"\b(?P<n>", "\\daotfsenAOTFSEN\u017f"), ("(?<![Ll]ater", "LlTtEe"), (r"\b(?:(?P<tv>", "sacirpudwtyY"),
    (r"\b(?:[Tt]he|[Aa]|", "TtAaIiHh"), (_YEAR_CONTEXT, "iIsSfFuUdDaAbB"), (r"\b(?:[Ii]n|[Ss]ince|", "IiSsDdTt"),
    (r"\b[Ii]n\s", "Ii"), (r"\b[Bb]etween", "Bb"), (r"\b[Ff]rom", "Ff"), (r"\b(?:[Ff]rom", "FfBb"),
)


def _first_chars(pattern: str) -> str | None:
    """The class of the characters the pattern's matches start with (see _FIRST_CHARS), or None."""
    return next((chars for start, chars in _FIRST_CHARS if pattern.startswith(start)), None)


def _scanner(patterns: list[tuple[int, str]], guard: bool = True) -> re.Pattern[str]:
    lead = r"(?:(?<!\w)|(?=[\dJFMASOND" + _ERA_INITIALS + _CJK_REL_INITIALS + r"]))"
    guarded = [(i, p if not guard or (chars := _first_chars(p)) is None else f"(?=[{chars}]){p}")
               for i, p in patterns]
    return re.compile(lead + "(?:" + "|".join(f"(?P<k{i}>{p})" for i, p in guarded) + ")")


# The Chinese, Japanese and Korean patterns only for sentences with one of their date's words
# (see _cjk_dated): three more alternatives tried at every digit of every other sentence cost the
# scan a sixth more.
_CJK_PATTERN_WORDS = ("月", "日", "年", "월", "일", "년")
_CJK_ONLY = {i for i, (_, p) in enumerate(_PATTERNS) if any(w in p for w in _CJK_PATTERN_WORDS)}
_SCANNER = _scanner([(i, p) for i, (_, p) in enumerate(_PATTERNS)
                     if i not in _CJK_ONLY and i not in _FOREIGN_ONLY and i not in _OWN_SCRIPT_ONLY])
_SCANNER_FOREIGN = _scanner([(i, p) for i, (_, p) in enumerate(_PATTERNS)
                             if i not in _CJK_ONLY and i not in _OWN_SCRIPT_ONLY])
_SCANNER_OWN_SCRIPT = _scanner([(i, p) for i, (_, p) in enumerate(_PATTERNS) if i not in _CJK_ONLY])
_SCANNER_CJK = _scanner(list(enumerate(p for _, p in _PATTERNS)))
# Cheap first test: every pattern needs a digit, a month, or a relative word. (Two scans, one
# for a digit and one for the words, take half the time of one for "\d|\b(?:Jan|…)".)
_ANY_DIGIT = re.compile(r"\d")
# The words: a month's or a weekday's first letters (the cheapest test), "last", "this", "ago",
# "today", "yesterday"; where a word starts ("\b(?:Jan|…)"), but written as literals, each
# followed by its own test that no word character comes before it: a pattern whose every
# alternative starts with a literal letter lets the engine skip to the positions holding one
# (the same sentences pass, the test a third faster). (find_dates tests _DATE_PHRASE_EN or
# _DATE_PHRASE, below, instead: what they find starts with one of these words, and less passes.)
_DATE_WORD_STARTS = ("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec Last last This this "
                     "Mon Tue Wed Thu Fri Sat Sun today yesterday "
                     "Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag "  # (German's, "Montag" in "Mon")
                     "lunes martes miércoles jueves viernes sábado domingo segunda terça quarta quinta sexta "
                     "dilluns dimarts dimecres dijous divendres dissabte diumenge "
                     "lundi mardi mercredi jeudi vendredi samedi dimanche Lundi Mardi Mercredi Jeudi Vendredi Samedi "
                     "Dimanche lunedì martedì mercoledì giovedì venerdì sabato domenica Lunedì Martedì Mercoledì "
                     "Giovedì Venerdì Sabato Domenica").split()
# (The words grouped by first letter, each group's rest a prefix tree (word_trie): at a position
# holding one of those letters the engine tries one alternative, not each word. The test that no
# word character comes before the word follows its first letter, "D(?<!\wD)": the same test.)
_DATE_WORD_FIRSTS = sorted({w[0] for w in _DATE_WORD_STARTS})
_ANY_DATE_WORD = re.compile("|".join(rf"{f}(?<!\w{f}){word_trie([w[1:] for w in _DATE_WORD_STARTS if w[0] == f])}"
                                     for f in _DATE_WORD_FIRSTS) + r"|a(?<!\wa)go\b")
# The test that the words above pass only where a pattern that needs no digit can match: a month's
# or a weekday's whole name (a month's short name with its dot: "Sept."), "today", "yesterday",
# "ago", "last" or "this" before "year" or "month", where a word starts; every such pattern holds
# one so ("in March", "on Monday", "last year", "earlier this month", "two years ago"; a month
# inside a word, "XMarch last year", with its "last year"). ("Mar" and "This" alone pass "Mark"
# and "This is …": a scan for nothing.) A sentence with neither these words nor _YEAR_OR_MONTH's
# (below) gives no date, and is not scanned. The other languages' weekdays only for a sentence
# the scan reads them in (`foreign`, or one with Chinese, Japanese or Korean dates: its scan has
# every pattern): in English text their small letters ("lunes", "martes", …) stop the test at
# most words. (Built as the words' test is, for the same reason.)
_DATE_PHRASE_STARTS_EN = ("January February March April May June July August September October November December "
                          "Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec. "
                          "Monday Tuesday Wednesday Thursday Friday Saturday Sunday today yesterday Yesterday").split()
# ("last" and "this" only before "year" or "month": their rests, in the same groups.)
_DATE_PHRASE_RESTS = {"L": r"ast\s+(?:year|month)", "l": r"ast\s+(?:year|month)",
                      "T": r"his\s+(?:year|month)", "t": r"his\s+(?:year|month)"}


def _date_phrases(starts: list[str]) -> re.Pattern[str]:
    def group(first: str) -> str:
        rests = [word_trie(words)] if (words := [w[1:] for w in starts if w[0] == first]) else []
        rests += [_DATE_PHRASE_RESTS[first]] if first in _DATE_PHRASE_RESTS else []
        return rf"{first}(?<!\w{first})" + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")")
    return re.compile("|".join(map(group, sorted({w[0] for w in starts} | set(_DATE_PHRASE_RESTS)))) + r"|a(?<!\wa)go\b")


_DATE_PHRASE_EN = _date_phrases(_DATE_PHRASE_STARTS_EN)
# The month of last year a figure is compared with, in the other languages ("par rapport à avril de l'an dernier",
# "face a abril do ano passado", "más que en mayo del año pasado", "Anders als im März vorigen Jahres"), or a range's
# last ("Entre abril y junio del año pasado"): no event of that month (a review's probes)
_BASELINE_OR_RANGE_BEFORE_FOREIGN = re.compile(
    r"(?:par rapport (?:à|au|aux)|comparé (?:à|au)|face (?:à|a|ao)|em relação (?:a|ao)|comparado com|rispetto a"
    r"|\b(?:más|menos|mais|plus|moins|più|meno) (?:que|qu['’]|di|do que)|\b(?:anders|mehr|weniger) als|im Vergleich zu"
    r"|gegenüber|vergeleken met|ten opzichte van|\b(?:meer|minder) dan"
    r"|\b(?:entre|de|du|von|van|tra|fra|dal|da)\s+\w+\s+(?:y|e|et|und|en|a|au|tot|bis|al|à))\s+(?:en\s+|in\s+|im\s+|em\s+)?$",
    re.I)
# ... and the other languages' "last year", after a month's name ("in april vorig jaar": see _PATTERNS)
_LAST_YEAR_FOREIGN = re.compile(r"(?:vorig|verleden|afgelopen) jaar|año pasado|l['’](?:an|année) (?:derni|pass)"
                                r"|anno scorso|ano passado|(?:letzten|vergangenen|vorigen) Jahres")
# (the other languages' weekdays whole, as above: German's "Montag" too; Malay's, Indonesian's and Tagalog's, and
# Malay's and Indonesian's "yesterday")
_DATE_PHRASE = _date_phrases(_DATE_PHRASE_STARTS_EN + "Montag ayer Ayer ieri Ieri ontem Ontem gestern Gestern hier Hier"
                             .split() + list(_DATE_WORD_STARTS[_DATE_WORD_STARTS.index("Dienstag"):])
                             + "Isnin Senin Selasa Rabu Khamis Kamis Jumaat Jumat Sabtu Ahad Minggu Lunes Martes"
                               " Miyerkoles Miyerkules Huwebes Biyernes Sabado Linggo semalam Semalam kemarin Kemarin"
                               .split())
# ... and those of a sentence not in ASCII alone: Chinese "今天", "昨天" (no word's bound in Chinese), Vietnamese "hôm qua",
# and a Vietnamese day's word before its figures ("ngày 11-8", "sáng 11-8": no year, no month's name)
_NON_ASCII_DATE_WORD = re.compile(r"今天|昨天|(?i:hôm\s+qua|(?:ngày|sáng|trưa|chiều|tối|đêm|hôm)\s+\d)")
# What a sentence with digits but none of those words needs for another pattern but a range's to
# match (ranges give no date): a year's digits (the year patterns, the decades, a month's and a day's
# year, "31.8.1990"), an English month's first letters anywhere (the scan lets a month start
# inside a word: "FY2019", "XJanuary 5") or one in small letters ("7 april"), or a foreign month
# after a day ("22 octobre", "7 de mayo", "1er décembre": _DAY, its ending, " de "), or a date
# word of Chinese, Japanese or Korean (_cjk_dated, their own patterns). Most numbers ("42 per
# cent", "$5 million") are none of these: no scan.
# (Two patterns: each starts with a literal or a digit, so the engine skips to those.)
_YEAR_OR_MONTH = re.compile(r"1[89]\d\d|20\d\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
                            r"|april|august|september|november|december")
_DAY_FOREIGN_MONTH = re.compile(rf"\d(?:st|nd|rd|th)?(?:\.?º|er)?\.?\s+(?:de\s+)?(?:{_FOREIGN_MONTH}|{_SHORT_MAY})")
# ... or an Azerbaijani, Uzbek, Kazakh, Georgian or Armenian month in its case with a day (see their patterns)
_DAY_TURKIC_MONTH = re.compile(rf"\d[\s-]{TURKIC_MONTH}|{_AZ_MONTH_GENITIVE}\s+\d")
# Romanian's "mai" ("more") after a number is no month: "cu 18 mai mulți" (18 more), "are 3 mai puține"; a day of
# "mai" in small letters with no year is read only after a day's word ("le 18 mai", "du", "au", "den", "pe",
# "din", "mardi 18 mai") or its dot ("18. mai"), and not before a comparative's word.
_MAI_DAY_BEFORE = re.compile(r"(?:\b(?i:le|du|au|den|pe|din|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
                             r"\s+\d{1,2}(?:er)?|\d\.)\s+$")
# ... and after Romanian's "pe"/"din" ("on", "of") only what may follow a date: a stop, a year, "și", "la", "în"
# … ("pe 18 mai, când"): "2 din 5 mai cred" (two out of five still believe), "pe 3 mai scumpe" (for three
# dearer) are numbers before "mai" ("still", "more").
_MAI_RO_BEFORE = re.compile(r"\b(?i:pe|din)\s+\d{1,2}\s+$")
_MAI_RO_AFTER = re.compile(r"\s*(?:$|[.,;:!?)»”\"–—-]|\s(?i:și|şi|si|iar|la|în|in|când|cand|de|după|dupa|ora|a|au|va|vor|s-a|se)\b)")
_NUMBER_DIN_BEFORE = re.compile(r"\d\s+din\s+\d{1,2}\s+$")
_COMPARATIVE_AFTER_RO = re.compile(r"\s+(?:mult|multe|mulți|mulţi|multi|puțin|puţin|putin|puține|puţine|puțini|puţini"
                                   r"|mare|mari|mic|mică|mici|bine|bun|bună|buni|bune|ales|departe|târziu|devreme|tare"
                                   r"|jos|sus|greu|ușor|uşor|repede|rău|slab|înalt|vechi|nou|noi|vârstnic|tânăr|tineri)\b",
                                   re.I)
# A German sentence about what is to come: "Die Minister wollen am Montag beraten", "wird am
# Freitag entscheiden".
_FUTURE_DE = re.compile(r"\b(?:wird|werden|werde|würde|soll|sollen|will|wollen|plant|planen|kommenden?|nächsten?"
                        r"|geplant|vorgesehen|angesetzt)\b")  # ("ist am Montag eine Sitzung geplant": not placed)
# ... and one that tells what happened: a perfect ("hat … entschieden", "war … getroffen
# worden") or a reporting verb's past ("teilte … mit", "kündigte … an", "gab … bekannt").
_PAST_DE = re.compile(r"\b(?:hat|haben|hatte|hatten|ist|sind|war|waren|wurde|wurden)\b[^.;]*"
                      r"\b(?:ge\w{3,}|(?:ent|ver|be|er|zer|über|unter|emp|miss)\w{3,}|\w{3,}ier)(?:t|en)\b"
                      r"|\b(?:war|waren|wurde|wurden)\b|\b(?:mit|an|bekannt)?(?:teilte|sagte"
                      r"|erklärte|kündigte|meldete|berichtete|bestätigte|gab|nannte|warnte|forderte|entschied"
                      r"|beschloss|traf|stellte|legte|kam)n?\b|\b\w{2,}(?:kündigte|teilte|gab)n?\b")
# Where a German clause ends: a semicolon, a colon, or a comma before a relative or a
# subordinate clause's word, a pronoun or a reporting verb ("…, der im Oktober …", "…, sie wird
# …", "…, teilte die GDL … mit"); not a list's comma ("mit Apple, Samsung und …").
_CLAUSE_DE = re.compile(r"[;:]|,(?=\s+(?:der|die|das|den|dem|deren|dessen|denen|wie|als|nachdem|weil|bevor|wenn|ob|dass"
                        r"|er|sie|es|wir|man|teilte|teilten|sagte|sagten|erklärte|hieß|so)\b)")
# Spanish, Portuguese and Catalan: what happened (a preterite, "descartó", "anunciou", "abrieron";
# a perfect, "ha presentado", "han anunciat"; Catalan's "va/van" with an infinitive, "va anunciar")
# and what is to come (a future, "presentará", "votarão", "votarà"; "va a votar", "vai votar";
# "el próximo", "que viene", "vinent"; "mañana", not "la mañana", the morning).
_PAST_RO = re.compile(r"\b\w{2,}(?:ó|ió|aron|ieron|ou|iu|aram|eram|iram)\b|\b(?:dijo|hizo|fue|fueron|tuvo|disse|fez|foi"
                      r"|foram|teve|deu|viu|veio|houve|esteve"
                      # (Spanish's irregular ones: "el arzobispo … dio este sábado por concluido")
                      r"|dio|dieron|vio|vieron|puso|pusieron|estuvo|estuvieron|pudo|pudieron|quiso|supo|hubo"
                      r"|trajo|dijeron|condujo|produjo)\b"
                      # (Portuguese's second conjugation, "reconheceu", "choveu", "morreu"; not "europeu", "museu")
                      r"|\b(?!(?:europeu|museu|judeu|hebreu|plebeu|liceu|apogeu|coliseu|ateu|pigmeu)\b)"
                      r"[a-zà-ú]\w+eu\b|\b(?:ha|han|he|hemos|há|têm)\s+\w{2,}(?:ado|ido|at|it|ut|ada|ida)\b"
                      r"|\b(?:va|van)\s+(?!a\b)\w{2,}(?:ar|er|ir|re)\b")
# ... and the compounds of the irregular ones ("se detuvo", "obtuvo", "impusieron", "redujo"), which tell the past
# only in a sentence that tells no future ("el partido, que obtuvo …, votará el jueves": see find_dates); not
# "dispuso", "propuso", over what is to come in the subjunctive ("El juez dispuso que … comparezca el lunes")
_PAST_RO_COMPOUND = re.compile(r"\b(?:\w+(?:tuvo|tuvieron|dujo|dujeron)|impuso|impusieron)\b")
_FUTURE_RO = re.compile(r"\b\w{3,}(?:rá|rán|rão|rà|ran)\b|\b(?:va|van)\s+a\s+\w{2,}(?:ar|er|ir)\b"
                        r"|\b(?:vai|vão)\s+\w{2,}(?:ar|er|ir)\b"
                        r"|\b(?:próxim[oa]|que viene|vinent|propera?|amanhã|(?<!la )(?<!esta )mañana|demà)\b")
# ... and in French (a passé composé or a pluperfect, "ont sonné", "a présenté", "s'est posé", "avait
# pris", "est arrivé"; a passé simple, "fut", "déclarèrent"; "hier") and what is to come there (a
# future, "célébrera", "seront"; "va/vont" with an infinitive; "doit/doivent"; "prochain", "demain")
_ADVERB_FR = (r"(?:\w+ment|déjà|ensuite|aussi|encore|enfin|bien|pas|jamais|toujours|toutefois|pourtant|ainsi|alors"
              r"|même|tout|beaucoup|été|d[ée]jà)")
_PAST_FR = re.compile(r"(?<!\by\s)\b(?:a|ont|avait|avaient|ai|avons|avez|eut|eurent)\s+(?:" + _ADVERB_FR + r"\s+){0,2}"
                      r"(?!(?:lui|qui|ici|aussi|depuis|parmi|tous|nous|vous|plus|sous|lieu|du|su|pu|vu)\b)"
                      r"\w+(?:é|ée|és|ées|i|ie|is|ies|it|ite|its|ites|u|ue|us|ues|ert|erte|erts|ertes|int|inte)\b"
                      r"|\b(?:a|ont|avait|avaient)\s+(?:su|pu|vu)\b"
                      r"|\b(?:s['’]est|se\s+sont|s['’]était|s['’]étaient)\s+(?:" + _ADVERB_FR + r"\s+)?"
                      r"\w+(?:é|ée|és|ées|i|ie|is|ies|it|ite|u|ue|us|ues|t|te|ts|tes)\b"
                      r"|\b(?:est|sont|était|étaient)\s+(?:" + _ADVERB_FR + r"\s+)?"
                      r"(?:arrivé|venu|parti|allé|mort|décédé|né|tombé|rentré|revenu|retourné|resté|entré|sorti"
                      r"|devenu|intervenu|survenu|apparu|monté|descendu)(?:e|s|es)?\b"
                      r"|\b(?:fut|furent|fit|firent|vint|vinrent|prit|prirent|mit|mirent|\w{2,}èrent|hier)\b")
# (a future is a verb, lower case: not a name that ends as one, "Ankara", "Al-Qahera", "Clara")
_FUTURE_FR = re.compile(r"\b(?!(?:opéra|caméra|extra|ultra|cobra|tiara|choléra|contra|intra|sierra|front|affront)\b)"
                        r"[a-zà-ÿ]\w*(?:ra|ront)\b"
                        r"|\b(?:va|vont)\s+(?:se\s+|s['’]|y\s+|en\s+|l['’]|le\s+|la\s+|les\s+|lui\s+)?"
                        r"\w+(?:er|ir|re|oir)\b|\b(?:doit|doivent|prochaine?s?|demain)\b")
# ... and in Italian (a passato prossimo or a pluperfect, "è tornata", "ha fatto", "avevano deciso"; a
# passato remoto, "annunciò", "fu"; "ieri") and what is to come (a future, "sarà", "apriranno";
# "prossimo", "domani")
_ADVERB_IT = r"(?:\w+mente|già|poi|anche|ancora|appena|finalmente|stat[oaie]|non|mai|sempre|invece)"
_PARTICIPLE_IT = (r"(?:\w+(?:ato|ata|ati|ate|uto|uta|uti|ute|ito|ita|iti|ite)|fatto|detto|preso|messo|scritto|deciso"
                  r"|visto|chiesto|risposto|vinto|perso|letto|aperto|chiuso|promesso|permesso|espresso|discusso"
                  r"|concesso|raggiunto|spento|acceso|offerto|scelto|tolto|posto|proposto|dato|stat[oaie]"
                  r"|nat[oaie]|mort[oaie]|giunt[oaie]|rimast[oaie]|success[oaie])")
# (with "è/sono" only a verb that takes "essere" tells the past, "è tornata", "sono arrivati", "è stato
# convocato": a transitive one's participle is a present passive or an adjective, "Il consiglio comunale è
# convocato lunedì", "Il museo è chiuso lunedì", "Il transito è vietato domenica", "l'ingresso … è gratuito")
_ESSERE_PARTICIPLE_IT = (r"(?:stat|andat|tornat|ritornat|rientrat|arrivat|giunt|partit|ripartit|venut|divenut|diventat"
                         r"|nat|mort|decedut|cadut|crollat|success|accadut|avvenut|capitat|entrat|uscit|salit|sces"
                         r"|rimast|restat|sbarcat|atterrat|decollat|fuggit|scappat|evas|scompars|appars|emers|esplos"
                         r"|scoppiat|iniziat|cominciat|finit|terminat|passat|cresciut|aumentat|calat|diminuit"
                         r"|precipitat|affondat|deragliat|naufragat|annegat|mancat|riuscit|sopravvissut|vissut"
                         r"|durat|costat|divampat|scattat|slittat|saltat|franat|esondat|straripat|approdat|spirat"
                         r"|sfumat|ricompars)[oaie]")
_PAST_IT = re.compile(r"\b(?:ha|hanno|ho|abbiamo|avete|aveva|avevano|era|erano|fu|furono|si\s+è|si\s+sono)\s+"
                      r"(?:" + _ADVERB_IT + r"\s+){0,2}" + _PARTICIPLE_IT + r"\b"
                      r"|\b(?:è|sono)\s+(?:" + _ADVERB_IT + r"\s+){0,2}" + _ESSERE_PARTICIPLE_IT + r"\b"
                      r"|\b(?!(?:però|perciò|può|ciò)\b)\w{2,}(?:ò|arono|erono|irono|ettero)\b"
                      r"|\b(?:fu|furono|disse|dissero|fece|fecero|ebbe|ebbero|venne|vennero|prese|presero|mise"
                      r"|misero|scrisse|decise|vide|ieri)\b")
# ... and more irregular participles, after "avere" only ("ha diffuso domenica un comunicato"; not "era ridotto
# il sabato", a timetable), in a clause that tells no future ("ha diffuso una nota: giovedì le scuole resteranno
# chiuse"; see find_dates)
_PAST_IT_IRREGULAR = re.compile(
    r"\b(?:ha|hanno|ho|abbiamo|avete|aveva|avevano)\s+(?:" + _ADVERB_IT + r"\s+){0,2}"
    r"(?:diffuso|concluso|escluso|incluso|ucciso|diviso|sospeso|speso|reso|difeso|sceso|arreso|deluso|condotto"
    r"|prodotto|ridotto|introdotto|distrutto|costretto|eletto|diretto|interrotto|rotto|raccolto|sciolto|rivolto"
    r"|coinvolto|svolto|assunto|aggiunto|spinto|nascosto|trascorso|corso)\b")
_FUTURE_IT = re.compile(r"\b\w{2,}(?:rà|ranno)\b|\b(?:prossim[oaie]|domani|dopodomani)\b")
# A weekday's language says which of these tell its sentence's tense.
_TENSES_RO = {**{w: (_PAST_FR, _FUTURE_FR) for w in _WEEKDAY_FR}, **{w: (_PAST_IT, _FUTURE_IT) for w in _WEEKDAY_IT}}
# "dimanche prochain", "samedi dernier", "sabato scorso", "la prossima domenica": the week before or
# after the publication's, whatever the verb (see _resolve: not the page's own day)
_WEEKDAY_MARK_AFTER = re.compile(r"(?:\s+(?:soir|matin|sera|mattina))?\s+(?:(prochaine?|prossim[oa])|dernière|dernier"
                                 r"|scors[oa])\b")
_WEEKDAY_MARK_BEFORE = re.compile(r"\b(?:(prossim[oa])|scors[oa])\s+$")
# A French or Italian weekday in a relative clause is dated by that clause's verb, not the
# sentence's: "plusieurs établissements en grève … ont permis de … : lycée Angela Davis (Saint-Denis,
# 93) qui est reçu jeudi au rectorat" (this Thursday's), "del blackout che lunedì ha lasciato al buio
# la Spagna". (The clause runs from its "qui", "où", "che" to the next comma or stop.)
# (and a French "que" clause, as the Italian "che" one: "a annoncé qu'il recevrait les partenaires sociaux lundi")
_RELATIVE_FR_IT = re.compile(r"(?:\b(?:qui|où|che|que)\b|\bqu['’])[^,;:.!?]*$")
_NE_BEFORE_FR = re.compile(r"\b(?:ne|n['’])[^,;:.!?]*$")
# A verb of the past that announces, calls for or plans what is to come: the weekday after its object
# may be that thing's, still to come ("L'intersyndicale a appelé à une nouvelle journée de grève et de
# manifestations jeudi", "Le gouvernement a prévu de présenter mardi", "Les syndicats ont décidé de se
# revoir vendredi", "Cgil e Uil hanno proclamato uno sciopero generale di otto ore venerdì"); right
# after it, it is the day it was said ("La mairie a annoncé mercredi"). Those that call for or plan
# something (group 1) leave even the weekday before them untold ("Jeudi, l'intersyndicale a appelé à
# manifester": the protest's Thursday, or the call's).
_ANNOUNCE_FR_IT = re.compile(
    r"\b(?:a|ont|avait|avaient|ha|hanno|aveva|avevano)\s+(?:(?:" + _ADVERB_FR + "|" + _ADVERB_IT + r")\s+){0,2}"
    r"(?:(prévu|appelé|programmé|convoqué|fixé|planifié|envisagé|projeté|previst[oaie]|convocat[oaie]"
    r"|fissat[oaie]|proclamat[oaie]|indett[oaie]|programmat[oaie]|organizzat[oaie])"
    r"|annoncé|indiqué|précisé|déclaré|affirmé|décidé|promis|demandé|confirmé|assuré|expliqué|dit|menacé|proposé"
    r"|réclamé|exigé|prévenu|averti|fait\s+savoir|annunciat[oaie]|dett[oaie]|decis[oaie]|chiest[oaie]"
    r"|promess[oaie]|confermat[oaie]|spiegat[oaie]|dichiarat[oaie]|comunicat[oaie]|assicurat[oaie]"
    r"|minacciat[oaie]|propost[oaie]|fatto\s+sapere)(?:e|s|es)?\b")
_ANNOUNCE_DAY_RIGHT_AFTER = re.compile(r"[\s,]*(?:(?:ce|cette|dès|questo|questa)\s+)?")
# A conditional before the weekday tells of no day that was, nor surely of one to come: the future
# in the past, "L'Elysée a indiqué que le président se rendrait mardi à Kiev", "la réunion … aurait lieu
# jeudi"; hearsay, "Le Hamas aurait accepté mercredi"; "il ministro si recherebbe martedì".
_CONDITIONAL_FR_IT = re.compile(r"\b(?!(?:portrait|attrait|retrait|extrait|abstrait|distrait|soustrait|trait)s?\b)"
                                r"\w+(?:rait|raient)\b|\b\w+(?:rebbe|rebbero)\b")
_CLAUSE_END_FR_IT = re.compile(r"[,;:.!?]")


def _relative_clause(sentence: str, m: re.Match[str]) -> tuple[int, int]:
    """The bounds of the relative clause the weekday matched stands in, or the whole sentence's."""
    rel = _RELATIVE_FR_IT.search(sentence, 0, m.start())
    if rel is not None and rel.group().startswith("qu") and _NE_BEFORE_FR.search(sentence, 0, rel.start()):
        rel = None  # (a "ne … que" is no clause: "Le texte n'a été adopté que mardi")
    if rel is None:
        return 0, len(sentence)
    end = _CLAUSE_END_FR_IT.search(sentence, m.end())
    return rel.start(), end.start() if end else len(sentence)


# Who said it is no tense of the sentence: "El Consejo de Ministros aprobará el martes el anteproyecto,
# según dijeron fuentes de Moncloa"; and a Spanish or Portuguese "que" splits the clauses of a past and a
# future (see find_dates)
# (but a weekday in it is the day it was said: "según ha anunciado este viernes el Gobierno de Aragón", "segons ha
# anunciat l'empresa aquest dimecres")
_ATTRIBUTION_RO = re.compile(r"\b(?:según|segundo|segons|conforme)\s+$", re.I)
_SAID_ON_RO = re.compile(r"[^,;:.!?]{0,60}")
_QUE_RO = re.compile(r"\bque\b")


def _told_past_ro(sentence: str, lo: int, hi: int) -> bool:
    """Whether a Spanish, Portuguese or Catalan past tells of the sentence between lo and hi, not of who said it."""
    return any(not _ATTRIBUTION_RO.search(sentence, max(0, p.start() - 12), p.start())
               for p in _PAST_RO.finditer(sentence, lo, hi))


def _said_on_weekday_ro(sentence: str, m: re.Match[str]) -> bool:
    """Whether the weekday stands in a "según …" (see _ATTRIBUTION_RO)."""
    return any(_ATTRIBUTION_RO.search(sentence, max(0, p.start() - 12), p.start())
               and _SAID_ON_RO.fullmatch(sentence, p.end(), m.start())
               for p in _PAST_RO.finditer(sentence, max(0, m.start() - 80), m.start()))


def _weekday_of_what_was_announced(sentence: str, m: re.Match[str], lo: int, hi: int) -> bool:
    """Whether the French or Italian weekday may be that of what a verb of the past announced (see
    _ANNOUNCE_FR_IT), or stands after a conditional (see _CONDITIONAL_FR_IT), in its clause."""
    if _CONDITIONAL_FR_IT.search(sentence, lo, m.start()):
        return True
    before = [a for a in _ANNOUNCE_FR_IT.finditer(sentence, lo, m.start())]
    if before and not _ANNOUNCE_DAY_RIGHT_AFTER.fullmatch(sentence, before[-1].end(), m.start()):
        return True
    return any(a.group(1) for a in _ANNOUNCE_FR_IT.finditer(sentence, m.end(), hi))


# A weekday that ends a period: "pronosticó acumulados de hasta 150 milímetros hasta el lunes"
# (a forecast's end, not a day it names as past), "fechado até segunda-feira"; and the first of a
# pair, "a chuva acumulada entre segunda-feira (29) e a manhã desta quinta-feira" (group 1: also
# with its day of the month; the day a period lasts until is, "chuva até sábado (4)").
# (and "até a manhã de quinta-feira", "hasta la noche del lunes")
_PERIOD_END_RO = re.compile(r"(?:\b(?:hasta|até|fins)(?:\s+(?:el|la|o|a|al))?"
                            r"(?:\s+(?:manhã|tarde|noite|madrugada|mañana|noche)\s+(?:de|del|da|do))?"
                            r"|\b(entre))\s+$", re.I)
PERIOD_END_SPAN = 30  # characters before a weekday searched for its "até", "hasta"
# A weekday between a noun's "de" and another "de" is what the noun is of, no day: "o Programa Silvio
# Santos foi o entretenimento de domingo de milhões de famílias" ("o apagão de segunda-feira" is one).
_OF_WEEKDAY_RO = re.compile(r"\bde\s+$")
_OF_WEEKDAY_RO_AFTER = re.compile(r"\s+(?:de|da|do|das|dos)\s+(?!(?:manhã|tarde|noite|madrugada|mañana|noche)\b)")
# A weekday something is set for is one to come, after a verb of the past too: "Os sindicatos
# marcaram uma concentração para esta sexta-feira", "aplazó la votación para el lunes".
_FOR_BEFORE_RO = re.compile(r"\b(?:para|pour|per)\s+(?:(?:esta|este|o|a|el|la|ce|questo|questa)\s+)?"
                            r"(?:(?:manhã|tarde|noite|madrugada|mañana|noche)\s+(?:de|del|da|do|desta|deste)\s+)?$",
                            re.I)
FOR_SPAN = 30  # characters before a weekday searched for its "para"
# A week's days as a timetable gives them: "de lunes a viernes de 10 a 16", "Los cortes se aplicarán
# de lunes a domingo", "de segunda a sexta-feira", "desde el lunes hasta el viernes".
# (and "du lundi au vendredi", "de samedi à dimanche", "dal lunedì al venerdì", "da lunedì a venerdì")
_WEEKDAY_NAME_RO = (r"(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo"
                    r"|(?:segunda|terça|quarta|quinta|sexta)(?:-feira)?|" + _WEEKDAY_FR_IT[3:-1] + ")")
# (and "dal martedì alla domenica", "dalla domenica al giovedì")
_WEEKDAY_RANGE_RO = re.compile(rf"\b(?:de|del|desde|du|dal|dalla|da)\s+(?:(?:el|la|o|a|le|il|lo)\s+)?"
                               rf"{_WEEKDAY_NAME_RO}(?:\s+(?:soir|matin|sera|mattina))?\s+(?:a|al|alla|hasta|até|au|à)"
                               rf"\s+(?:(?:el|la|o|a|le|il|lo)\s+)?{_WEEKDAY_NAME_RO}\b", re.I)
# An Italian weekday's habit, "di" after a conjunction, a comma or "aperto/chiuso": "aperto dal lunedì al
# sabato …, e di domenica dalle 9 alle 13", "chiuso di lunedì" (not "Alle 19.15 di sabato", "la notte di sabato")
_HABIT_DI_IT = re.compile(r"(?:(?<![\s\S])|[,;:]\s*|\b(?:e|ed|o|ma|anche|solo|soltanto|pure|sia|né|neanche|mai"
                          r"|sempre|apert[oaie]|chius[oaie])\s+)[Dd]i\s+$")
_HEARSAY_DE = re.compile(r"\b(?:soll|sollen)\b[^.;]*\b(?:sein|haben)\b|\b(?:nächste[nr]?|kommende[nr]?)\s+Woche\b")
# A Chinese, Japanese or Korean sentence about what is to come, which puts a day of the month
# alone ahead of the publication date: "…を5日に開く予定だ", "…する方針", "…할 예정이다".
_CJK_FUTURE = re.compile(r"予定|見通し|見込み|方針|計画|する考え|将于|将在|计划|预计|예정|계획|방침")
# The patterns that end at the date ("$": _FUTURE_NEAR_BEFORE, _SCHEDULED_RO, _OPENS_CLAUSE, _TIMETABLE_BEFORE,
# _VERB_BEFORE, _HYPOTHETICAL_BEFORE) read the words right before it, and are searched for there alone: from
# the sentence's start, each date of a line of a thousand ("on 19 November, on 19 November, …", a table copied
# as one line) searched all the line before it, and the line took four seconds.
CLAUSE_SPAN = 120
# A hypothetical date: "in, say, 2012", "for example 2012".
HYPOTHETICAL_SPAN = 40
_HYPOTHETICAL_BEFORE = re.compile(r"(?:\bsay|\bfor example|\bfor instance|\be\.g\.|\bsuppose|\bimagine)[,\s]*(?:in\s+)?$",
                                  re.IGNORECASE)
_HYPOTHETICAL_SENTENCE = re.compile(r"\b(?:what if|suppose that|imagine if)\b", re.IGNORECASE)
# A live blog's welcome to its coverage, its first entry's first sentence: "Good morning and welcome to our rolling
# coverage of the world economy …", "Welcome to our live coverage of …" (a first-time user's markets blog had it for
# an event of its day)
_ENTRY_GREETING = re.compile(r"(?i:(?:good\s+(?:morning|afternoon|evening)|hello|hi|hey)(?:\s+(?:everyone|all))?[,!.]?"
                             r"\s+(?:and\s+)?welcome\b|welcome\s+(?:back\s+)?to\s+(?:our|the|this)\s+(?:\w+\s+)?"
                             r"(?:live|rolling|continuing|coverage|blog)\b)")
# A letter's or a newsletter's farewell: "See you in January.", "Talk to you next week" (a first-time user's newsletter
# of 20 December had a January event of it); a short sentence of its own, no day's number: not an appointment, "See
# you at the annual meeting on January 8 at the town hall", nor a title, "See You Yesterday premiered at the Tribeca
# festival in April", "See You Again topped the Billboard Hot 100 in April 2015" (a review's probes lost those)
_CLOSING = re.compile(r"\s*(?:[Ss]ee|[Cc]atch|[Tt]alk\s+to|[Ss]peak\s+to)\s+(?:you|y['’]all)(?:\s+all)?"
                      r"(?:\s+(?:again|then|soon|there))?(?:\s+(?:in|next|after|over|on|at)(?:\s+[^\W\d][\w-]*){1,3})?"
                      r"\s*[.!]*\s*$")
# Before a month named alone, words that put it ahead of the publication date: "the license
# is set to expire in February", "it will be in its third year in January".
_FUTURE_BEFORE = re.compile(r"\b(?:will|won[’']t|shall|(?:is|are)(?:\s+(?:now|also|still|\w+ly))?\s+"
                            r"(?:set|scheduled|expected|slated|due)\s+to)\b|\w[’']ll\b", re.IGNORECASE)
# A modal or an intention shortly before the date puts it ahead too ("the rainy season
# should start in June", "plans to open on 5 April"); only nearby: "would" or "may" earlier
# in a long sentence may belong to another clause.
_FUTURE_NEAR_BEFORE = re.compile(r"\b(?:should|could|may|might|would|(?:expects?|plans?|aims?|hopes?|intends?)\s+to"
                                 r"|going\s+to)\b(?:\s+[\w’'-]+){0,5}\s+$"
                                 # "which members must still approve at the ITER Council in November" (a first-time
                                 # user's fusion briefing of July had last November; not "must have met in May", nor
                                 # a past's participle after it, "must pay the fine imposed in March")
                                 r"|\bmust\s+(?:still\s+|now\s+|first\s+|also\s+)?(?!have\b|not\s+have\b)"
                                 r"(?![a-z]+ed\b)[\w’'-]+(?:\s+(?![a-z]+ed\b)[\w’'-]+){0,4}\s+$"
                                 # "..., expected in May", "is due in June" (not "was expected in May", "as
                                 # expected in July", "originally expected in May", "Payments due in January")
                                 r"|(?:,|\b(?:is|are|now))\s+(?:expected|due|scheduled|slated)"
                                 r"(?:\s+(?:in|on|for|by))?\s+$"
                                 # "guidelines, to be published still in July", "are to be adopted in September",
                                 # "Talks are to proceed in May" (an EU AI Act user's note of July had last July;
                                 # not "the first woman to be elected in May")
                                 r"|(?:,|\b(?:is|are))\s+to\s+(?:be\s+[a-z]+(?:ed|en|wn)|[a-z]+)"
                                 r"(?:\s+(?:still|only|later))?(?:\s+(?:in|on|by))?\s+$")
# ... and an intention reported in the past, its verb put back a tense as reported speech does ("United Airlines said
# it planned to return the jets to service on Sunday", a first-time user's AP story of Wednesday 24 January 2024 had
# the Sunday before, an Event; "told reporters they expected to reopen in March"): still to come when it was said. Not
# one told of earlier ("said it had planned to …"), nor the intention alone ("The airline planned to fly on Sunday"),
# nor one given up ("said he planned to leave on Sunday but stayed": see _PLAN_NOT_KEPT_AFTER), nor one carried out
# ("said he planned to leave office on Friday and did so", "…, and he did so from the Oval Office": the Friday before,
# an Event; see _PLAN_KEPT_AFTER), nor one said in an earlier year the sentence names ("In a 2019 interview, the
# senator said she planned to retire on Friday of that week": see _EARLIER_YEAR) (a review's probes).
_SAID_PLANNED_BEFORE = re.compile(r"\b(?:said|announced|told\s+[\w’'-]+)\s+(?:that\s+)?"
                                  r"(?:it|he|she|they|we|[A-Z][\w’'-]*)\s+(?:planned|expected|intended|hoped|aimed)"
                                  r"\s+to(?:\s+[\w’'-]+){0,7}\s+$")
# ... and in French, Italian and Spanish: "les conseillers doivent se revoir le 10 janvier",
# "l'investiture de Donald Trump, prévue le 20 janvier", "prevista per il 20 gennaio", "prevista
# para el 20 de enero" (not "qui était prévue le 3 décembre", "initialement prévue le 3 décembre",
# "Comme prévu le 10 janvier", "que estaba prevista para el", "fue programada para el"); for the
# coming months only (SCHEDULED_MAX_DAYS): told on 20 January, "La Corte deve pronunciarsi sul
# ricorso depositato il 3 dicembre" is last December's.
_SCHEDULED_RO = re.compile(r"\b(?:doit|doivent|devrait|devraient|dovrebbe|dovrebbero|deve|devono)\b"
                           r"(?:\s+[\w’'-]+){0,5}\s+$"
                           r"|(?<!\bétait\s)(?<!\bétaient\s)(?<!\bété\s)(?<!\bera\s)(?<!\bstata\s)(?<!\bstato\s)"
                           r"(?<!\binitialement\s)(?<!\binizialmente\s)(?<!\binicialmente\s)(?<!\boriginariamente\s)"
                           r"(?<!\b[Cc]omme\s)(?<!\b[Cc]ome\s)(?<!\b[Cc]omo\s)(?<!\bestaba\s)(?<!\bestaban\s)"
                           r"(?<!\bfue\s)(?<!\bfueron\s)(?<!\berano\s)"
                           r"\b(?:prévue?s?|programmée?s?|previst[oaie]|programmat[oaie]|previst[oa]s?"
                           r"|programad[oa]s?)(?:\s+(?:pour|per|para))?(?:\s+(?:le|il|l['’]|el|en|in))?\s*$")
SCHEDULED_MAX_DAYS = 183
# ... but not where the date's own clause tells the past: "Rebuilding the … Bridge will cost …,
# officials said Thursday, offering the first estimate of the price … for replacing the span that
# collapsed into the Patapsco River in March" (the clause after a comma, "that", "which", "who" or
# "where", with a verb of the past and no "will" of its own).
_CLAUSE_START_EN = re.compile(r"[,;:(—–]|\b(?:that|which|who|whom|whose|where)\b")
_PAST_VERB_EN = re.compile(_TOLD_VERB_EN.pattern.replace("|did|will)", "|did)", 1))


# (not a present perfect's participle, "futures markets have priced in a first cut in June"; a
# noun after its article, "a first cut in June"; nor a past of what is expected, "adding that it
# expected output to resume in April": those say nothing of the date's time)
_NOT_PAST_BEFORE_EN = re.compile(r"\b(?:have|has|having|a|an|the|first|its|their|this|that|another)\s+$|[’']ve\s+$",
                                 re.I)
_EXPECTED_EN = re.compile(r"(?:expect|plann|hop|intend|aim|schedul|forecast|predict|project|anticipat|promis"
                          r"|pledg|vow)ed$")


def _tells_past_en(sentence: str) -> bool:
    """Whether an English sentence has a verb of the past (not who said it, "said", "told"; nor "expected", "planned").
    A sentence that has none and sets a deadline in the publication's year ("They require Apple to give third-party
    devices access to features … by the end of 2025 and in 2026", a first-time user's Euractiv page of June 2025 had a
    2025 Event) tells of that year's end, to come: its December (a Planned event), not the year gone by."""
    return any(v.group().lower() not in _REPORTING_WORDS and not _EXPECTED_EN.search(v.group())
               and not _NOT_PAST_BEFORE_EN.search(sentence, max(0, v.start() - 12), v.start())
               for v in _PAST_VERB_EN.finditer(sentence))


# ... and a weekday at the earliest told in the past otherwise: "may have entered the network as early as Thursday",
# "Evidence … dates back as early as Monday", or a verb of the past after it where nothing before it is to come ("The
# first reports, as early as Saturday, suggested only a minor glitch"; not "is set to open as early as Friday, the
# promoter said"): a review's probes had them Planned
_EARLY_PAST_BEFORE = re.compile(r"\b(?:may|might|could|must)\s+have\s+(?:been\s+)?[a-z]+(?:ed|en|wn)\b"
                                r"|\b(?:dates?|dated|dating)\s+back\b", re.I)
_AHEAD_WORD_EN = re.compile(r"\b(?:will|would|could|may|might|should|shall|can|expects?|expected|plans?|planned"
                            r"|set|scheduled|slated|due|aims?|hopes?|likely|intends?|going|ready|wants?|seeks?)\b"
                            r"|[’']ll\b", re.I)


def _early_past(sentence: str, m: re.Match[str]) -> bool:
    """Whether an English weekday after "as early as" is told in the past (see _EARLY_PAST_BEFORE)."""
    if _EARLY_PAST_BEFORE.search(sentence, 0, m.start()):
        return True
    return _AHEAD_WORD_EN.search(sentence, 0, m.start()) is None and any(
        v.group().lower() not in _REPORTING_WORDS and not _EXPECTED_EN.search(v.group())
        and not _NOT_PAST_BEFORE_EN.search(sentence, max(0, v.start() - 12), v.start())
        for v in _PAST_VERB_EN.finditer(sentence, m.end()))


# A plan's participle before "to" or "for", no past: "Patches will be released in a staggered schedule, with the first
# version targeted to customers the week of 22 January and the final version targeted to be available the week of 19
# February" (a first-time user's vendor advisory of 10 January had 19 February of the year before, an Event)
_PLAN_PARTICIPLE_TO_EN = re.compile(r"(?:targeted|earmarked|pencill?ed)\s+(?:to|for)\b")


# A deadline's day with no year, English's: "pharmacies have until April 22 to stop making the drug", "no later than
# June 1", "the deadline of March 3" (a first-time user's STAT page of 21 February 2025 had 22 April 2024, an Event,
# where "must stop by June 30" was Planned): the next such day, unless its clause tells the past ("He remained in
# office until March 3", "Firms had until April 22"; not who said so, "The FDA said pharmacies have until April 22").
# Not "through": a figure's is the day its data end ("Year to date through March 7, the S&P is down", "Figures
# through June 30 show …", a review's probes, went a year ahead).
_DEADLINE_BEFORE = re.compile(r"\b(?:until|till|no\s+later\s+than|deadline\s+(?:of|is|on))\s+(?:the\s+)?$", re.I)
DEADLINE_SPAN = 24


def _deadline_told_past(sentence: str, start: int) -> bool:
    """Whether the clause of a deadline's day has a verb of the past, not who said so (see _DEADLINE_BEFORE): from
    its start to the next clause's end ("Until 22 April, the board met twice")."""
    clause = max((c.end() for c in _CLAUSE_START_EN.finditer(sentence, 0, start)), default=0)
    cuts = [k for k, ch in enumerate(sentence[start:], start) if ch in _CLAUSE_CUTS_EN]
    end = cuts[1] if len(cuts) > 1 else len(sentence)
    return any(v.group().lower() not in _REPORTING_WORDS and not _EXPECTED_EN.search(v.group())
               and not _NOT_PAST_BEFORE_EN.search(sentence, max(clause, v.start() - 12), v.start())
               and sentence[v.start() - 1:v.start()] != "-" and sentence[clause:v.start()].strip()
               for v in _PAST_VERB_EN.finditer(sentence, clause, end))  # (not an adjective: "State-licensed
    # pharmacies have until …", "Registered voters have until …")


def _past_clause(sentence: str, start: int) -> bool:
    """Whether the clause a month or day alone ends tells the past (see _CLAUSE_START_EN)."""
    clause = max((c.end() for c in _CLAUSE_START_EN.finditer(sentence, 0, start)), default=0)
    return any(not _NOT_PAST_BEFORE_EN.search(sentence, clause, v.start()) and not _EXPECTED_EN.search(v.group())
               and not _PLAN_PARTICIPLE_TO_EN.match(sentence, v.start())
               for v in _PAST_VERB_EN.finditer(sentence, clause, start)) \
        and _FUTURE_BEFORE.search(sentence, clause, start) is None


# ... or a timetable's present ("the exhibition opens in March", "the ban takes effect on 1
# July", "Applications close on November 30": a verb's third person, or its plain form after a
# plural or a plural's "which" or "that", "The rules, which take effect on Sept. 1, cover …"; not a
# noun, "the lowest close on", "a slow start in", nor "had to close in"), for
# the coming months only (TIMETABLE_MAX_DAYS): "The novel begins in June", "Each year the
# market opens on June 1", told in September, are no timetable's. (A law's too: "a new
# smartphone competition law takes full effect in December", told on 3 September 2025;
# "enters into force", "come into effect".)
_EFFECT = r"\s+(?:full\s+)?effect"  # "takes (full) effect"
_INTO_FORCE = r"\s+into\s+(?:full\s+)?(?:force|effect)"  # "enters into force", "comes into effect"
_TIMETABLE_BEFORE = re.compile(rf"\b(?:closes|opens|begins|starts|ends|expires|resumes|takes{_EFFECT}"
                               rf"|(?:comes|goes|enters){_INTO_FORCE}|kicks\s+off)(?:\s+(?:on|in))?\s+$"
                               r"|\b(?:(?!(?:was|has|is|does|its|this|as|us|his)\b)[A-Za-z]{3,}s|which|that"
                               # (a plural subject's, after its reference: "The first direct flights since the
                               # pandemic resume on March 1")
                               r"|since\s+(?:the\s+)?[a-z][\w’'-]*)\s+"
                               rf"(?:close|open|begin|start|end|expire|resume|take{_EFFECT}"
                               rf"|(?:come|go|enter){_INTO_FORCE}|kick\s+off)(?:\s+(?:on|in))?\s+$")
TIMETABLE_MAX_DAYS = 183
# ... or its timetable's verb in the other languages read here: "cujo mandato termina em 31 de dezembro", "el plazo
# vence el 30 de abril", "endet am 31. Dezember", "entre en vigueur le 1er juillet", "scade il 30 giugno" (a
# first-time user's Valor page of 6 November had 31 December of the year before)
_TIMETABLE_BEFORE_FOREIGN = re.compile(r"\b(?:termina|terminam|vence|vencem|expira|expiram|encerra|começa|comienza"
                                       r"|empieza|inicia|entra\s+e[nm]\s+vigor|endet|beginnt|startet|prend\s+fin"
                                       r"|se\s+termine|expire|débute|commence|entre\s+en\s+vigueur|scade|inizia"
                                       r"|entra\s+in\s+vigore)\s+(?:(?:em|en|el|o|a|no|na|dia|am|le|il|l['’])\s+)?$")
# A day or month alone in a sentence that looks ahead lies ahead, as "will" puts it: the next meeting's or session's
# day, in the coming year ("For the next meeting on July 18, most economists expect …", "Für die nächste Sitzung am 18.
# Juli", "la próxima reunión del 16 de mayo", "bir sonraki toplantısı 25 Nisan"), or one after what is expected, in
# its clause, in the coming months (SCHEDULED_MAX_DAYS: "We now expect 25bp cuts in November", "Analysts expect the
# bank to cut again at the meeting of September 12", "esperan que Banxico vuelva a recortar en la reunión del 16 de
# mayo"): a first-time user's central-banks briefing had those dates in the year before. Not where the clause tells
# the past ("The next meeting on March 3 ended without a deal"), nor a reference after "from", "since", "after", a
# likeness's ("We expect inflation to fall from its peak in March", "delays similar to those in March").
_NEXT_MEETING_BEFORE = re.compile(
    r"\b(?:(?i:next|upcoming|forthcoming)\s+(?:[\w-]+\s+){0,2}?(?:meeting|session|decision|review|vote|election|summit"
    r"|hearing|deadline|auction|announcement)"
    r"|(?i:nächste|kommende)[nrms]?\s+\w*(?i:sitzung|treffen|entscheidung|termin|frist|wahl|gipfel)"
    r"|(?i:próxim[oa]|prochaine?|prossim[oa])\s+(?:\w+\s+)?(?:reunión|reunião|sesión|sessão|decisión|decisão|junta"
    r"|réunion|séance|décision|riunione|seduta|decisione)"
    r"|(?i:bir\s+sonraki|önümüzdeki)\s+(?:\w+\s+)?toplantı\w*)"
    r"(?:,?\s+(?:[\w-]+,?\s+){0,4}?(?:on|of|in|for|at|am|vom|für|den|del|de|do|da|el|em|le|du|il|dello|della))?"
    r"[\s,]*(?:\(\w+\)\s*)?$")
_EXPECT_BEFORE = re.compile(
    r"\b(?:(?i:expects?|anticipates?|forecasts?|predicts?)|(?:is|are)\s+(?:widely\s+|now\s+|still\s+)?(?:expected"
    r"|forecast|projected|seen)|erwarten|erwarte|rechnen\s+mit|esperan?|esperam|prevén?|prevê|preveem|pronostican?"
    r"|attendent|prévoient|prévoit|anticipent|attendono|prevedono|prevede)\b(?P<between>[^,;:.!?()]{0,100}?)$")
# (a day's meeting after it: "at the November 7 and December 18 meetings", "the July 18 meeting")
_MEETING_AFTER = re.compile(rf"(?:\s+and\s+(?:{_MONTH}\s+)?{_DAY})?\s+(?:policy\s+)?(?:meetings?|sessions?|decisions?"
                            r"|deadline|vote|hearing)\b")
_REFERENCE_BETWEEN = re.compile(r"\b(?:from|since|after|following|than|like|similar|those|repeat|seit|nach|desde"
                                r"|después|depois|depuis|après|dopo|dal)\b", re.I)
# (a word of either cue in the sentence, before either pattern is tried at a date: a line of a thousand dates read
# the span before each with both, a quarter more than the timeline's checks had read)
_AHEAD_CUE = re.compile(r"next|upcoming|forthcoming|nächst|kommend|próxim|prochain|prossim|sonraki|önümüzdeki|expect"
                        r"|anticip|forecast|predict|projected|seen|erwart|rechnen|espera|prev|pronostic|attend"
                        r"|prévo", re.I)
EXPECT_SPAN = 140
NEXT_MAX_DAYS = 366  # (the next meeting's day: any in the coming year)
# (Turkish's past, "yapıldı", "toplandılar", "ertelenmişti"; not "kendi", "şimdi")
_PAST_TR = re.compile(r"\b(?!(?:kendi|şimdi|ikindi)\b)\w{2,}(?:dı|di|du|dü|tı|ti|tu|tü|mış|miş|muş|müş)(?:lar|ler)?\b")
_PASTS_BY_LANGUAGE = {"de": (_PAST_DE,), "es": (_PAST_RO,), "pt": (_PAST_RO,), "ca": (_PAST_RO,), "fr": (_PAST_FR,),
                      "it": (_PAST_IT,), "tr": (_PAST_TR,)}
# (who said so tells nothing of the date: "Die nächste Sitzung findet am 18. Juli statt, teilte die Notenbank mit")
_REPORTING_FOREIGN = ("teilte", "sagte", "erklärte", "hieß", "dijo", "disse", "afirmó", "afirmou", "a déclaré",
                      "ha detto")
# (a past's form that is a noun too, "no further cut", "a 25bp cut": the past's only after its subject)
_NOUN_OR_PAST = frozenset("cut hit set put cost spread bid shut burst".split())
_NOUN_BEFORE_EN = re.compile(r"\b(?:have|has|having|a|an|the|its|their|another|no|further)\s+$|[’']ve\s+$", re.I)
_SUBJECT_BEFORE = re.compile(r"\b(?:which|who|that|it|they|he|she|we|I)\s+$")
_PRESENT_EN = re.compile(r"\b(?:will|shall|is|are|am|expects?|sees?|forecasts?|predicts?|anticipates?|says|say)\b")


def _looks_ahead(sentence: str, m: re.Match[str], foreign: bool | str) -> int:
    """How many days ahead a day or month alone may lie as the next meeting's (a year) or an expected one's (the coming
    months), in a clause that tells no past (see _NEXT_MEETING_BEFORE): in English by its verbs of the past (not who
    said it, nor a noun, "no further cut"), in another language by its own; 0 where it is not looked ahead to."""
    lo = max(0, m.start() - EXPECT_SPAN)
    hit = _NEXT_MEETING_BEFORE.search(sentence, lo, m.start())
    days = NEXT_MAX_DAYS
    if hit is None:
        hit, days = _EXPECT_BEFORE.search(sentence, lo, m.start()), SCHEDULED_MAX_DAYS
        if hit is None or _REFERENCE_BETWEEN.search(hit.group("between")):
            return 0
    # (the clause the date is in, from the cue to the next clause's cut, tells no past; not the cue's own verb, a
    # present that ends as a past, "esperam")
    start = hit.start("between") if "between" in hit.re.groupindex else hit.start()
    end = len(sentence)
    for cut in (";", ", and ", ", but ", ", while ", " – ", " — ", ", und ", ", y ", ", e ", ", et "):
        k = sentence.find(cut, m.end())
        if k != -1:
            end = min(end, k)
    if foreign:
        language = foreign.split("-")[0].lower() if isinstance(foreign, str) else ""
        pasts = _PASTS_BY_LANGUAGE.get(language, () if language else (_PAST_DE, _PAST_RO, _PAST_FR, _PAST_IT, _PAST_TR))
        return 0 if any(not v.group().lower().startswith(_REPORTING_FOREIGN)
                        for past in pasts for v in past.finditer(sentence, start, end)) else days
    # (nor before the cue, from its clause's start: "Members postponed the decision to their next meeting on September
    # 10", "The bank held rates in July and left them unchanged at its next meeting in September", "the party won the
    # next election in May"; who said so too where what was said is told as a past's future, "In March, the bank said
    # its next meeting in April would bring a decision": a review's probes had those in the coming year)
    # (the next meeting's cue only, and no present after that past: "Economists polled by Reuters expect …", "Analysts
    # who had forecast a cut now expect the bank to hold at its next meeting on December 18" look ahead)
    first = max(0, *(sentence.rfind(cut, 0, hit.start()) + 1 for cut in _CLAUSE_CUTS_EN))
    reported = " would " in sentence[hit.start():end]
    before = [v for v in _PAST_VERB_EN.finditer(sentence, first, hit.start())
              if (reported or v.group().lower() not in _REPORTING_WORDS) and not _EXPECTED_EN.search(v.group())
              and not _NOUN_BEFORE_EN.search(sentence, max(0, v.start() - 12), v.start())
              and not (v.group() in _NOUN_OR_PAST
                       and not _SUBJECT_BEFORE.search(sentence, max(0, v.start() - 8), v.start()))] \
        if days == NEXT_MAX_DAYS else []
    return 0 if any(v.group().lower() not in _REPORTING_WORDS and not _EXPECTED_EN.search(v.group())
                    and not _NOUN_BEFORE_EN.search(sentence, max(0, v.start() - 12), v.start())
                    and not (v.group() in _NOUN_OR_PAST
                             and not _SUBJECT_BEFORE.search(sentence, max(0, v.start() - 8), v.start()))
                    for v in _PAST_VERB_EN.finditer(sentence, start, end)) \
        or before and not _PRESENT_EN.search(sentence, before[-1].end(), hit.start()) else days


# ... or the clause the date opens goes on in the future within a few words ("In February, the
# league will begin …"), unless someone said so then ("In February, Microsoft said it will …").
# (As written: "In September, Will Smith won …" names someone.)
# (an adverb too: "where, on Friday, the Commission is widely expected to fine Google", a first-time user's
# Stratechery page of Wednesday had the Friday before as an event)
_FUTURE_AFTER = re.compile(r",?\s+((?:[\w’'-]+\s+){0,3}?)(?:will|shall|(?:is|are)\s+(?:\w+ly\s+)?(?:set|scheduled"
                           r"|expected|slated|due|poised)\s+to)\b|,?\s+((?:[\w’'-]+\s+){0,2}?)[\w-]+[’']ll\b")
_REPORTING_WORDS = frozenset("said says say announced announces told tells reported wrote writes added adds "
                             "promised pledged warned".split())


# ... or the month is the subject's, its verb a modal's right after it ("the onset of the monsoon in May could
# bring disease", a first-time user's Reuters story of April, had been placed in May the year before)
# (within the coming months; not a past's possibility, "The vote in March could not be held", "The flood in May
# may have killed 300 people", nor what "would", "might" tell of a past ("The floods in June would later be
# blamed on …", "The law in February might explain the exodus"), nor a sentence that goes on in the past ("The
# election in March could prove decisive for the party, which won …": a review's probes; who said so, "…, the
# WHO warned", tells nothing of it)
_MODAL_RIGHT_AFTER = re.compile(r"\s+(?:(?:could|will)\b(?!\s+(?:not|never|have|well have)\b)"
                                r"|(?:is|are)\s+(?:expected|likely|set|due)\s+to\b)")


# ... and only the month to come within two months, the one gone by ten or more back (a past one's consequence,
# "The attack in May will haunt the city", told in November, or "Losses from the floods in July could reach $5
# billion", told in April, is that past month's: a review's probes)
MODAL_AHEAD_MAX_DAYS = 62


# A day or month alone that something applies from, in a clause of what can or will be ("the penalties can only be
# imposed from 2 August", "les sanctions ne pourront être prononcées qu'à partir du 2 août", "podrán ser sancionadas
# a partir del 2 de agosto", "Die Pflichten gelten ab dem 2. Juli"): the next such day (an EU AI Act user's pages of
# February and March 2025 had 2 August 2024, told as done). Not a day just gone by (see _ahead_from), nor a past's
# possibility ("would", "could", "might"), nor a period that ran from it ("Prices rose from 2 August").
_FROM_BEFORE = re.compile(r"(?:\b(?:from|starting|as\s+of)|\bà\s+partir\s+d[ue]|\bdès\s+le|\ba\s+partir\s+del?"
                          r"|\bab(?:\s+dem)?|\ba\s+partire\s+dal)\s+(?:the\s+)?$", re.I)
_MODAL_EN = re.compile(r"\b(?:will|shall|can|cannot|may|must)\b(?!\s+(?:not\s+)?have\b)|\w[’']ll\b")
_MODAL_DE = re.compile(r"\b(?:kann|können|darf|dürfen|muss|müssen)\b")
_FROM_BEFORE_SPAN = 20
_FROM_WORDS = ("from", "From", "as of", "starting", "partir", "dès", "ab ", "Ab ")  # (the cheap test first)
FROM_RECENT_DAYS = 92  # (a day gone by within a quarter: what applies since, "Tickets can be bought from 2 March")
# ... and the modal governs the "from": not one that hangs on a past participle or a relative clause ("refunds for
# season tickets bought from March 3", "les abonnements achetés à partir du 3 mars", "statements made from 1 May",
# "shareholders who bought stock from 1 May": a review's probes had the next March and May), but on a verb ("can only
# be imposed from", "seront appliquées à partir du")
_PARTICIPLE_RIGHT_BEFORE = re.compile(r"\s(?:\w+ed|bought|made|sold|paid|sent|built|held|won|brought|taken|given"
                                      r"|written|spent|lost)\s+$")
_PARTICIPLE_RIGHT_BEFORE_FOREIGN = re.compile(r"\s\w+(?:é|ée|és|ées|us|ues|ado|ada|ados|adas|ido|ida|idos|idas|ato|ata"
                                              r"|ati|ate|ito|ita|iti|ite)\s+$")
_PASSIVE_BEFORE = re.compile(r"\b(?:be|been|being|être|été|sera|seront|serait|est|sont|ser|sido|será|serán|es|son"
                             r"|essere|stato|stati|sarà|saranno|è|sono)\s+(?:\w+(?:ly|ment|mente)\s+)?$")
_RELATIVE = re.compile(r"\b(?:who|which|whom|whose|qui|quienes|cuyos?|cuyas?)\b")


def _ahead_from(sentence: str, m: re.Match[str], kind: str, foreign: bool | str, published: dt.date) -> bool:
    """Whether a day or month alone after "from" lies ahead (see _FROM_BEFORE)."""
    if not _FROM_BEFORE.search(sentence, max(0, m.start() - _FROM_BEFORE_SPAN), m.start()):
        return False
    lo = max(0, m.start() - CLAUSE_SPAN, *(sentence.rfind(cut, 0, m.start()) for cut in ",;:"))
    if not foreign:
        told = _MODAL_EN.search(sentence, lo, m.start())
    else:
        told = any(p.search(sentence, lo, m.start()) for p in (_FUTURE_FR, _FUTURE_RO, _FUTURE_IT, _FUTURE_DE,
                                                                _MODAL_DE))
    if not told:
        return False
    lead = _FROM_BEFORE.search(sentence, max(0, m.start() - _FROM_BEFORE_SPAN), m.start())
    if lead and (_RELATIVE.search(sentence, lo, lead.start()) or (
            part := (_PARTICIPLE_RIGHT_BEFORE_FOREIGN if foreign else _PARTICIPLE_RIGHT_BEFORE).search(
                sentence, max(lo, lead.start() - 24), lead.start()))
            and not _PASSIVE_BEFORE.search(sentence, max(lo, part.start() - 30), part.start() + 1)):
        return False  # (see _PARTICIPLE_RIGHT_BEFORE)
    recent = _resolve(kind, m, published)  # (the last one, or the next when it is near)
    return recent is None or not 0 < (published - recent[0]).days <= FROM_RECENT_DAYS


def _future_after(sentence: str, at: int) -> bool:
    m = _FUTURE_AFTER.match(sentence, at)
    return m is not None and not _REPORTING_WORDS.intersection((m.group(1) or m.group(2) or "").lower().split())


# The quoted title of a work: "a piece titled “...”".
_TITLE_SPAN = re.compile(r"\b(?:titled|entitled|headlined|called|named)\s*:?\s*[“\"‘]([^”\"’]*)[”\"’]")


# A date that opens a period ("since 2019", "since its founding in 1973", "2015年以来", "1973年の
# 創業から") places no day or month alone after it in the sentence: "The group, banned since
# 2014, staged a rally on March 3" is this March 3 (near the publication), not 3 March 2014;
# "In 1973, … attacked on Oct. 6" still is 6 October 1973.
_SINCE_BEFORE = re.compile(r"\b(?:since|seit|depuis|desde)\s+(?:[\w’'-]+\s+){0,3}(?:in\s+)?$", re.I)
_SINCE_AFTER_CJK = re.compile(r"[^、。，,]{0,8}?(?:から|以来|以降|起|부터|이후)")
# ... unless a clause on what happened then follows it: "since 2020, when the city abruptly
# closed it on March 23", "Seit 2019, als der Betrieb am 3. Juni … eröffnete" (that year's day).
# (German's "als" with its comma: "seit 2019 als Ministerin" is "as".)
_WHEN_AFTER = re.compile(r"(?:,?\s+when|,\s+(?:als|quando|cuando|lorsque|quand|où))\b")


def _opens_period(sentence: str, m: re.Match[str]) -> bool:
    """Whether the date matched opens a period (see _SINCE_BEFORE)."""
    digit = _ANY_DIGIT.search(m.group())
    start = m.start() + (digit.start() if digit else 0)
    if _WHEN_AFTER.match(sentence, m.end()):
        return False
    if _ATTRIBUTIVE_BEFORE.search(sentence, max(0, start - 8), start):
        return False  # (a year that says which: "since the 2020 emergency declared on March 26", "since the
        # 2019 general election, whose results were announced on May 23")
    return _SINCE_BEFORE.search(sentence, max(0, start - SINCE_SPAN), start) is not None \
        or _SINCE_AFTER_CJK.match(sentence, m.end()) is not None


SINCE_SPAN = 40  # characters before a date searched for its "since"
# A day right after "since" is when a period began, not the day of what the sentence tells where
# it names another (see find_dates): "la première messe célébrée dans la cathédrale depuis le 15
# avril 2019", "the first Mass held there since April 15, 2019". (A month is kept: "Since December
# 2020 the peninsula had experienced an intense earthquake swarm, including … on 5 May 2023".)
_SINCE_RIGHT_BEFORE = re.compile(r"\b(?:since|seit|depuis|desde)\s+(?:(?:le|el|the|dem)\s+)?$", re.I)
# ... but it is the day of what happened where the words after it name that: "held since May 2, 2024,
# when he was arrested", "Since October 7, 2023, the day of the attack", "Depuis le 15 octobre 2024,
# jour de la fermeture de la frontière".
_SINCE_DAY_NAMED_AFTER = re.compile(r",?\s+(?:when|the\s+(?:day|date)|(?:le\s+)?jour|(?:la\s+)?date|quand|lorsque"
                                    r"|cuando|(?:el\s+)?día|(?:la\s+)?fecha|quando|(?:il\s+)?giorno|(?:la\s+)?data"
                                    r"|als|(?:dem|der)\s+Tag)\b", re.I)
_ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our|this|that)\s+$", re.I)
# ... and so does the date of a relative clause that tells when what the sentence speaks of began ("The outbreak that
# began in January was declared over on Tuesday", "The strike, which started on May 2, ended on Friday": Tuesday's
# and Friday's): it is the clause's, not what the sentence tells, where the sentence names another date; alone it
# dates the sentence, as "since April 15, 2019" does ("The war that began on 24 February 2022 has killed thousands").
_BEGAN_CLAUSE_BEFORE = re.compile(r"\b(?:that|which)\s+(?:first\s+)?(?:began|started|erupted|broke\s+out)\s+"
                                  r"(?:(?:in|on|around)\s+)?(?:(?:early|mid|late)[\s-]+)?$")
_BEGAN_WORDS = ("began", "started", "erupted", "broke out")  # (the cheap test first)
BEGAN_SPAN = 40


# A place named after a date, as streets, squares and dams are in Brazil, Spanish America and
# France: the place's noun, then the day and its month with a capital ("A barragem 14 de Julho,
# entre Cotiporã e Bento Gonçalves, sofreu rompimento", "Moradores da Rua 7 de Setembro", "la
# Avenida 9 de Julio", "rue du 4 Septembre"); not "o feriado de 7 de Setembro", a date.
_PLACE_BEFORE = re.compile(r"\b(?i:rua|avenida|av\.|praça|largo|travessa|rodovia|estrada|ponte|viaduto|barragem"
                           r"|usina|escola|colégio|hospital|bairro|vila|parque|estação|estádio|terminal|calle|plaza"
                           r"|paseo|puente|colonia|barrio|estadio|represa|rue|place|boulevard|pont|quai|cours)"
                           r"\s+(?:(?:d[aeo]s?|del|du)\s+)?$")
PLACE_SPAN = 20  # characters before a day searched for a place's noun
# A year that opens a title: "from 2001: A Space Odyssey to Event Horizon".
_WORK_AFTER_YEAR = re.compile(r":[ \u00a0]+[A-Z]")
# An editor's note set apart in brackets: "(Graphic: Global assets in 2019 - here)".
_LABELLED_NOTE = re.compile(r"\s*[(\[][A-Z][\w ]{0,24}:.*[)\]]\W*$")
# A numbered reference or note under the text, a paragraph of its own: "[2] JWC circular
# JWLA-032, 18 December 2023." (Not a note's mark inside a paragraph: "… in 2023. [1] The crew …")
_REFERENCE = re.compile(r"\s*\[\d{1,3}\]\s")
# A citation: a legal brief's or opinion's, opening with its signal ("See Minute Entry, May 9,
# 2025.", "See also …", "Cf. …"), dates the record it cites, not a happening; so does a
# paper's "Suggested Citation:" (on SSRN, a paragraph of its own over the reference: "Marsh,
# Helena and Adeyemi, Oluwaseun, Default Rules and Data Duties: … (September 10, 2025)."), and
# WHO's "Citable reference: World Health Organization (9 April 2024). Disease Outbreak News; …".
_CITATION_SIGNAL = re.compile(r"\s*(?:See(?:\s+also|\s+generally)?|Cf\.|But\s+see|But\s+cf\.)(?:,\s+e\.g\.,)?\s+[A-Z]")
# ... with what a citation cites: a case, a docket's entry, a page ("See Tickets said …", "See
# Section 3 in the PDF, it says from April 1, 2025 …" cite nothing)
_CITATION_MARK = re.compile(r"\bv\.\s|\b[Ii]d\.|\bsupra\b|\binfra\b|\bECF\b|\bDkt\.|\bEntry\b|\bTr\.|§|¶"
                            r"|\b\d+\s+(?:U\.S\.|F\.|S\.\s?Ct\.|Fed\.\s?Reg\.)")
# (not a bare "Citation:", a medal's or a police blotter's: "Citation: Silver Star, 6 June 1944 …")
_CITATION_LABEL = re.compile(r"\s*(?:(?:Suggested|Recommended|Preferred)\s+citation|Citable\s+reference)\s*:"
                             r"|\s*Cite\s+(?:this\s+\w+\s+)?as\s*:"
                             r"|\s*(?:How\s+to|To)\s+cite(?:\s+this(?:\s+\w+)?)?\s*:", re.I)
# The editors' note of a fix: "Correction, Nov. 15, 2019: This article originally
# misidentified ...". Its date is the fix's, not a happening's. (An update states news.)
_CORRECTION_NOTE = re.compile(r"\W*(?:corrections?|clarifications?)\b(?:[^:]{0,30}\d[^:]{0,12})?\s*:", re.I)
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
MIN_TITLE_CASE_WORDS = 5


def _is_title_case(sentence: str) -> bool:
    """A headline (a related link or a teaser left in the text): every word capitalised,
    small ones too ("Stadia Is Essentially A Beta Version Until 2020, But The Price ...")."""
    words = _WORD.findall(sentence)
    return len(words) >= MIN_TITLE_CASE_WORDS and all(w[0].isupper() for w in words)


# A table's header row left as a line of text, its columns' periods and labels: "Period November 2024 October 2024
# M-o-M Increase (Decrease) % November 2023 Y-o-Y Increase (Decrease) %" (a first-time user's TSMC revenue release
# had its three months as events): three dates or more, and besides them two words or more of three letters or more,
# all capitalised; no stop.
HEADER_ROW_MIN_DATES = 3


def _is_header_row(sentence: str, hits: list[DateHit]) -> bool:
    if "." in sentence.rstrip()[-1:]:
        return False
    words = [w for k, h in enumerate(hits) for w in _WORD.findall(sentence, hits[k - 1].end if k else 0, h.start)
             if len(w) >= 3] + [w for w in _WORD.findall(sentence, hits[-1].end) if len(w) >= 3]
    return len(words) >= 2 and all(w[0].isupper() for w in words)  # (labels besides the dates: "Period", "Increase")


@dataclass(frozen=True)
class DateHit:
    """One date expression in a sentence, resolved."""

    date: dt.date
    precision: Precision
    start: int
    end: int
    phrase: str
    relative: bool = False


# The tense a Japanese or Korean sentence ends in, which says whether its day alone has passed:
# "…を進めてきました。", "…と話した。", "…고시됐다." (past; not pushed ahead by a "計画" inside);
# "…で行われる。", "…열린다." (to come, with no "予定" said)
_CJK_PAST_END = re.compile(r"(?:た|だ|ました|でした|ている|ています|[었았였했됐웠겼렸졌봤왔갔났]다)[」』）)\s]*[。．.]?[」』）)\s]*$")
_CJK_NONPAST_END = re.compile(r"(?:る|ます|[ㄴ는린된한]다|겠다|예정이다)[」』）)\s]*[。．.]?[」』）)\s]*$")


_CJK_CHAR_RE = re.compile(r"[月日월일]")
# What follows a Japanese day of the month that dates something: a comma, a particle ("に", not "にも"; "の",
# "は", "まで", "から"), a time of day, a bracket; not a count's "置く", "ほど", "で", "も早く" (as soon as possible)
_MDAY_JA_AFTER = re.compile(r"[、,，）)]|に(?!も)|の|は|まで|から|付|\s*(?:午前|午後|朝|昼|夕方|夜|未明|深夜|正午|早朝)"
                            r"|\s*[\d０-９]{1,2}時")
# ... and what follows a Chinese one that counts days ("5日后", "3日游", "1日往返")
_MDAY_ZH_NOT_AFTER = re.compile(r"后|游|內|内|左右|以上|以内|往返|之内|来|多")


def _cjk_future(sentence: str) -> bool:
    """Whether a day alone in this Chinese, Japanese or Korean sentence lies ahead (see _CJK_PAST_END)."""
    if _CJK_PAST_END.search(sentence):
        return False
    return _CJK_NONPAST_END.search(sentence) is not None or _CJK_FUTURE.search(sentence) is not None


def _own_script_dated(sentence: str) -> bool:
    """The sentence may hold an Arabic, Hebrew, Persian, Urdu, Bengali, Hindi or Amharic date: figures and those
    scripts' letters."""
    return not sentence.isascii() and _OWN_SCRIPT_LETTER.search(sentence) is not None \
        and _ANY_DIGIT.search(sentence) is not None


def _cjk_dated(sentence: str) -> bool:
    """The sentence may hold a Chinese, Japanese or Korean date: it holds one of their date's words
    (a test of its characters, skipped for a sentence of ASCII alone, which Python knows at once)."""
    return not sentence.isascii() and any(w in sentence for w in _CJK_PATTERN_WORDS)


# A day of the month a yearly habit falls on is no event: "Le Smic est revalorisé chaque année au
# 1er janvier", "tous les ans le", "ogni anno il", "cada año el" (but "Comme chaque année le 14
# juillet, le défilé a eu lieu" is this year's).
_HABIT_BEFORE_RO = re.compile(r"(?<!\bcomme\s)(?<!\bcome\s)(?<!\bcomo\s)\b(?:chaque\s+année|tous\s+les\s+ans"
                              r"|ogni\s+anno|cada\s+año|todos\s+los\s+años)(?:\s+(?:au|le|à|il|al|el|a))?\s+$", re.I)
HABIT_SPAN = 30


def _scheduled_near(kind: str, m: re.Match[str], published: dt.date | None, max_days: int = SCHEDULED_MAX_DAYS) -> bool:
    """Whether a day or month alone said to be scheduled (_SCHEDULED_RO), or before a modal (_MODAL_RIGHT_AFTER),
    lies within the coming months (max_days)."""
    ahead = _resolve(kind, m, published, True) if published is not None else None
    return ahead is None or (ahead[0] - published).days <= max_days  # type: ignore[operator]


# Days listed before the one a date names, its month after it: "6 and 7 November", "6, 7 e 8 de novembro",
# "6 y 7 de noviembre", "6 et 7 novembre", "6. und 7. November", "23 и 24 мая"
_DAY_MARK = r"(?:st|nd|rd|th|º|er|\.)?"
_DAYS_LISTED_BEFORE = re.compile(rf"\b(\d{{1,2}}){_DAY_MARK}(?:,\s*\d{{1,2}}{_DAY_MARK})*,?\s+"
                                 r"(?:and|&|e|y|et|und|i|și|şi|si|en|och|og|ja|и|і|та)\s+$")
_BETWEEN_BEFORE = re.compile(r"\b(?:between|entre|zwischen|tra|fra|între|intre|tussen|mellan)\s+(?:(?:the|os|as|les|los"
                             r"|las|le|il|i|dem|den|dias|días|jours|giorni)\s+)*$", re.I)
# ... after the word that leads a date there, or a comma ("Ранее, 23 и 24 мая, стороны обменялись …", a first-time
# user's TASS page had the 24th) (not a number's: "scored 2 and 7 November was …"; nor a range's "between 6 and 7
# November")
_DAYS_LIST_LEAD = re.compile(r"(?:^|,\s+|\b(?:on|of|from|the|dias|días|giorni|jours|zile|tagen|dagen|days|el|los|les"
                             r"|le|am|an|den|del|de|du|des|il|i|pe|în|in|op|em|en|nos|nas|os|a|à|al|au)\s+)$", re.I)
DAYS_LIST_SPAN = 24
# A count after "Since 1900, ": how many there have been since, no event of that year (a first-time user's USGS
# page: "Since 1900, six other earthquakes of magnitude 7 or greater have occurred within 250 km")
_COUNT_AFTER = re.compile(r",?\s+(?:(?:more than|at least|about|nearly|over|some|only|just|fewer than)\s+)?"
                          r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds"
                          r"|thousands|millions|several|many|few)\b(?!\s*(?:%|per\s*cent|percent))"
                          # (not a day: "Since 2022, 3 March has been a public holiday", a review's probe)
                          r"(?!(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))")
# ... and after a day or month and its year that opens the sentence ("Since 24 February 2022, HRMMU has verified that
# 12,910 civilians have been killed", a first-time user's OHCHR update had a 24 February 2022 event; "Since January
# 1, 2024, more than 3,000 migrants have crossed"): a figure and a present perfect in the sentence (not "Since 24
# February 2022, when Russia invaded, …": see _SINCE_DAY_NAMED_AFTER)
_SINCE_OPENING = re.compile(r"\W*Since\s+$")
# (a count of two digits at the least: not "Since 1 January 2025, Bulgaria and Romania have been full members … its
# 2 land borders", a review's probe, whose day is an accession's)
_COUNT_SINCE_AFTER = re.compile(r",\s[^.;]*?(?:\b(?:has|have)\b[^.;]*?(?<![\w.,])\d[\d,.]*\d(?!\d)"
                                r"(?!\s*(?:st|nd|rd|th)\b)|(?<![\w.,])\d[\d,.]*\d(?!\d)[^.;]*?\b(?:has|have)\b)")
# ... and a span of days in one month by a dash: "planned for 8–12 April" (as "April 8-12" is read), a
# first-time user's WHO update had 12 April; not a score's or a date's figures ("won 3-1 April …", "2024-8-12"),
# nor a number set apart by a spaced dash or after its label ("Flash update 3 - 9 April 2025", "Pages 4–12
# April edition": a review's probes; see _NUMBER_LABEL_BEFORE)
_DAY_SPAN_BEFORE = re.compile(rf"(?<![\d.,:/–-])(\d{{1,2}}){_DAY_MARK}[-–]$")
# ... but a sentence's last words may be its day: "… is due to expire on 22/4/2025." (not "Retrieved 13/3/2025.",
# "Last updated: 28/3/2025.", a review's probes)
# (and Swahili's "tarehe", "on the date": "zilirejeshwa tarehe 13/11/2025.")
_DATE_LEAD_BEFORE = re.compile(r"\b(?:on|by|until|till|since|from|to|before|after|ngày|hôm|le|el|am|il|em|op|du|au"
                               r"|tarehe)\s+$", re.I)
# A number's label: an update's, a page's, a law's or a court case's number is no day ("Suit No. J1/21/2023",
# "Decree 25/12/2024", "update 3-9 April")
_NUMBER_LABEL_BEFORE = re.compile(r"(?:\b(?:no|nr|number|decree|decision|resolution|circular|law|act|case|suit|ref"
                                  r"|reference|file|dossier|update|issue|edition|episode|pages?|vol|volume|report|part"
                                  r"|chapter|art|article|décret|decreto|dekret|ley|lei|legge|resoluci[oó]n|resolução"
                                  r"|acórdão|arrêté|sentencia|số|nghị định|quyết định|thông tư)\.?|#|\bn\.?\s?[°º]|\bn\.º)"
                                  r"\s*:?\s*$", re.I)


# A byline's line, a desk's or a writer's name and the page's day after it, no stop at its end ("ویب ڈیسک 13 فروری ،
# 2026", Daily Jang's "Web Desk" and its dateline, a first-time user's page had it as an event; "Web Desk 13 February,
# 2026"; a weekday's, "jeudi 13 juin 2019"): no statement. (A name's words: none in small letters but a weekday's,
# "He died 13 February 2026" is a sentence; nor in a script
# written without spaces, whose sentence ends with no stop, "ตำรวจพบศพเมื่อวันที่ 21 มกราคม 2562".) Its words a
# newsroom's label ("Desk", "Staff", "ڈیسک", "প্রতিবেদক") or a weekday: a list's or a table's named days are events
# ("EU Referendum 23 June 2016", "Cyclone Bhola 12 November 1970", a review's probes).
DATED_BYLINE_MAX_WORDS = 3
_UNSPACED_SCRIPT = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u9fff\uac00-\ud7af]")
# (or a place's dateline, its dash before the day, "Paris - 2 février 2019", a photo's; or a post's handle, "Dave
# Schukin (@schukin) July 3, 2019", an embedded tweet's foot)
_DASH_BEFORE_DAY = re.compile(r"\s[-–—|]\s*$")
# (the label's last word, or its word before a comma and the place: "Web Desk", "নিজস্ব প্রতিবেদক, ঢাকা"; not a
# named day's "Memorial Service 12 May 2025", "Bangladesh Team 4 March 2025", a code review's)
_DESK_WORDS = frozenset("desk bureau staff correspondent correspondents reporter reporters newsroom "
                        "ڈیسک رپورٹر نمائندہ نمائندے ডেস্ক প্রতিবেদক সংবাদদাতা डेस्क संवाददाता ब्यूरो".split())


# (a weekday in full: "sat" and "wed" are verbs, "Parliament sat 12 May 2025", "Couple wed 12 May 2025")
_WEEKDAY_SHORT = frozenset("mon tue tues wed thu thur thurs fri sat sun".split())


def _dated_byline(sentence: str, hit: DateHit) -> bool:
    before, after = sentence[:hit.start].strip(" ,|:–—-"), sentence[hit.end:].strip(" ,|–—-")
    words = before.split()
    return not hit.relative and hit.precision == "day" and not after \
        and 0 < len(words) <= DATED_BYLINE_MAX_WORDS \
        and not any(w[0].islower() and weekday_number(w.rstrip(",")) is None for w in words) \
        and not _ANY_DIGIT.search(before) and not _UNSPACED_SCRIPT.search(before) \
        and (any((w is words[-1] or w.endswith(",")) and w.rstrip(",").lower() in _DESK_WORDS
                 or weekday_number(w.rstrip(",")) is not None and w.rstrip(",.").lower() not in _WEEKDAY_SHORT
                 for w in words)
             or len(words) == 1 and _DASH_BEFORE_DAY.search(sentence, 0, hit.start) is not None or "(@" in before)


# A paragraph that is only a date, or a date and its time or weekday, a judgment's or a release's dateline standing
# alone ("25 February 2025" under "JUDGMENT OF THE COURT (Grand Chamber)", a first-time user's EUR-Lex page had it as
# an event beside "Judgment of the Court (Grand Chamber) of 25 February 2025."; "Tuesday, 4 March 2025, 10:30 CET"):
# it tells nothing that happened (it still sets the narrative's time for the paragraphs under it).
DATE_ONLY_MAX_CHARS = 60
_CLOCK_TIME = re.compile(r"\d{1,2}[:.h]\d\d(?:[:.]\d\d)?(?:\s*[ap]\.?\s?m\b\.?)?(?:\s*(?:GMT|UTC|[A-Z]{2,4}\b)"
                         r"(?:\s?[+-]\s?\d{1,2}(?::?\d\d)?)?)?", re.I)
_CLOCK_WORDS = frozenset("at um à às alle h uhr".split())
# ... or a section's label over an updated statement, the words of its kind and its date: "UPDATE – Jan. 7, 2024, 7:20
# p.m. PT", "Original statement – Jan. 6, 2024", "Updated on March 3, 2024" (a first-time user's airline newsroom page
# of 6 January had the update's label a Planned event, the original's an Event): it dates the section under it.
_SECTION_LABEL_WORDS = frozenset("update updated updates original originally statement post posted published edited "
                                 "corrected revised first last version on as of".split())


def _date_only(sentence: str, hits: list[DateHit]) -> bool:
    rest, at = [], 0
    for hit in sorted(hits, key=lambda h: h.start):
        rest.append(sentence[at:hit.start])
        at = max(at, hit.end)
    rest.append(sentence[at:])
    words = re.findall(r"[^\W_]+", _CLOCK_TIME.sub(" ", " ".join(rest)))
    if words and all(len(w) > 1 and w.isupper() for w in words) and rest[0].rstrip().endswith(",") \
            and rest[0].strip(" ,").isupper():
        return True  # (a wire's dateline, its place and agency in capitals: "МОСКВА, 25 мая. /ТАСС/.", "MOSCOW, May
        # 25. /TASS/.", a first-time user's TASS page had it as an event)
    return all(weekday_number(w) is not None or w.lower() in _CLOCK_WORDS or w.lower() in _SECTION_LABEL_WORDS
               for w in words)


# A plan as a report told it, its time right after "would be held" and a preposition ("he announced that the election
# would be held in the first half of April 2026", a first-time user's Wikipedia copy, undated, had it as an event after
# the election held in February): no happening on an undated page; on a dated one, a day before the publication was
# most often kept, and is an event unless the sentence says it was not ("…, but it was postponed"); after it, Planned
# (see pages._planned). (Not a date further on, "could take place again after the 25 April 2015 earthquake"; nor a
# detention, "would be held in custody until a hearing on 15 March 2024".)
# (its place, a preposition, a part of the time: "would be held in Paris in 2024 and in Los Angeles in 2028", "in
# the first half of April 2026", "in early March 2024")
_PLAN_TIME_BEFORE = (r"\s+(?:in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,?\s+)?(?:(?:on|in|by|between|before|during)\s+"
                     r"(?:the\s+(?:first|second|last)\s+(?:half|week|weeks|days)\s+of\s+|(?:early|late|mid)[\s-]+)?)?")
_REPORTED_PLAN_BEFORE = re.compile(r"\b(?:said|announced|declared|stated|agreed|decided|confirmed)\b[^.;]*?"
                                   r"\b(?:would|could)\s+(?:(?:now|only|still|instead)\s+)?(?:be\s+held|take\s+place"
                                   r"|be\s+staged|be\s+conducted|go\s+ahead)"
                                   rf"{_PLAN_TIME_BEFORE}(?:[^.;]{{0,20}}?\d{{4}},?\s+(?:and|or){_PLAN_TIME_BEFORE})?$")
# (a plan that was not kept: "…, but it was postponed", or a "but" right after its time, "would be held in April
# 2026,[9] but after a meeting … agreed that it could be held in February 2026")
_PLAN_NOT_KEPT_AFTER = re.compile(r"(?:\[\d+\])*,?(?:\[\d+\])*\s+but\b|[^.;]*?\b(?:postponed|cancell?ed|called\s+off"
                                  r"|delayed|put\s+off|deferred|never\s+held)\b")
REPORTED_PLAN_SPAN = 160


# Hindi, Urdu and Bengali put the verb last in its clause, and the future in the verb's ending: Hindi's -गा, -गी, -गे
# after the vowel of its stem ("मतदान होगा", "घोषित किए जाएंगे", "वोट डालेंगे"; not the past "लगा", "मांगा", nor
# "आगे", ahead), Urdu's گا, گی, گے written apart or joined to "ہو" ("ہوں گے", "کی جائے گی", "ہوگا"), Bengali's -বে,
# -বেন ("অনুষ্ঠিত হবে", "ঘোষণা করবেন", "খেলবে"; see _BENGALI_NOT_FUTURE), and Hindi's "about to" ("होने वाला
# है"). So a day with no year in such a clause lies ahead (a review's Hindi page of 6 October: "6 और 11 नवंबर
# को मतदान होगा, … नतीजे 14 नवंबर को घोषित किए जाएंगे" had placed the polls a year back). The clause runs from
# the date to a punctuation mark or a conjunction ("और", "लेकिन", "जबकि", "এবং", "اور"); a negation after the verb is
# passed over.
_SCRIPT_CLAUSE_END = re.compile(r"[,،।॥!?;:|۔]|\.(?!\d)|\s(?:और|लेकिन|जबकि|एवं|तथा|এবং|কিন্তু|আর|اور|لیکن|جبکہ)\s")
_SCRIPT_FUTURE_VERB = re.compile(r"(?:[ोेएऊ][ंँ]?(?:गा|गी|गे|गें)|ہوگا|ہوگی|ہوگے|वाला है|वाली है|वाले हैं"
                                 r"|(?<!\S)(?:گا|گی|گے)|\Sবেন?)$")
# ... not a Bengali noun's or adverb's "-বে" (a code review's: "জবাবে", in reply, "শান্তিপূর্ণভাবে", peacefully,
# "হিসেবে", as; "তবে", but; "কবে", when)
_BENGALI_NOT_FUTURE = ("ভাবে", "জবাবে", "হিসাবে", "হিসেবে", "প্রস্তাবে", "নবাবে")
_BENGALI_NOT_FUTURE_WORDS = frozenset("তবে কবে সবে যবে".split())
_SCRIPT_NEGATION = frozenset("नहीं न না নি نہیں نہ".split())


def _script_future_after(sentence: str, end: int) -> bool:
    """Whether the Hindi, Urdu or Bengali clause a date ends at `end` in has a verb of the future (see
    _SCRIPT_FUTURE_VERB)."""
    stop = _SCRIPT_CLAUSE_END.search(sentence, end, end + CLAUSE_SPAN)
    words = sentence[end:stop.start() if stop else end + CLAUSE_SPAN].split()
    while words and words[-1] in _SCRIPT_NEGATION:
        words.pop()
    if not words or words[-1].endswith(("योगी", "रोगी") + _BENGALI_NOT_FUTURE) \
            or words[-1] in _BENGALI_NOT_FUTURE_WORDS:
        return False  # (nor "मुख्यमंत्री योगी", "सहयोगी", ally, "रोगी", patient: nouns)
    return _SCRIPT_FUTURE_VERB.search(" ".join(words[-3:])) is not None


# A "yesterday" that ends a period: "A chuva acumulada entre segunda-feira (29) e a manhã de ontem passou de 400 mm",
# "until yesterday" (a pair's "and" only after "between": group 1; not "Not until yesterday did the two sides agree")
_SPAN_END_BEFORE = re.compile(r"(?:\b(and|e|y|et|und)|(?<!\bnot\s)\b(?:until|till|through|hasta|até|bis|fins"
                              r"|jusqu['’]à|fino\s+a))\s+"
                              r"(?:(?:the|a|la|el|o|al)\s+)?(?:(?:morning|evening|night|manhã|tarde|noite|madrugada"
                              r"|mañana|noche|matin|soir)\s+(?:of|de|del|da|do|d['’])\s*)?$", re.I)
_BETWEEN_WORD = re.compile(r"\b(?:between|entre|zwischen|tra|fra)\b", re.I)

# An event's span from a day of one month to one of another, by a dash: its first day ("Voting in the runoff took
# place March 28–April 2, 2025", "held talks on 28 March–1 April 2025", as "March 3–5" is; a measurement's period is
# no event, see _PATTERNS); not a dash set apart, "on October 24, 2025 — October 10 had been a partial one", a review's
# probe)
_DASH_BETWEEN = re.compile(r"\s*[-–]\s*|—")


# A "yesterday" with no verb of reporting by it (td3, td4) that is no day: a noun's, "the world of yesterday", "el
# mundo de ayer", "Die Welt von Gestern", "Lisboa de Ontem" (not a part of the day's, "na manhã de ontem", "la sera di
# ieri"); another day's, "the day before yesterday", "antes de ayer", "L'altro ieri", "Avant-hier soir", "yesterday
# week", or the day before a past one's, "Every story we printed had happened yesterday"; an idiom's, "voters were not
# born yesterday" (group 1: a preposition)
_LOOSE_YESTERDAY_BEFORE = re.compile(r"(?:\b(of|de|von|di|del|do|da|d['’])|\bday\s+before|\bantes\s+de|\baltro"
                                     r"|\bhad\s+\w+|\bnot\s+born|n['’]t\s+born"
                                     r"|\blike(?:\s+(?:only|just))?)\s*$|(?<=\w)-$", re.I)
_PART_OF_DAY_BEFORE = re.compile(r"\b(?:morning|evening|night|afternoon|manhã|tarde|noite|madrugada|mañana|noche"
                                 r"|mattina|sera|notte|pomeriggio|matin|soir|Morgen|Abend|Nacht)\s+\S+\s*$", re.I)
# ... a pair's, "Yesterday and Today", "yesterday and tomorrow", "Milano ieri e oggi", "Ayer, hoy y mañana", "Lisboa de
# Ontem e de Hoje"; the subject of a verb, "yesterday was the only day that mattered"
_LOOSE_YESTERDAY_AFTER = re.compile(r",?\s+(?:(?:and|&|e|y|und|et)\s+)?(?:(?:de|of)\s+)?(?:today|tomorrow|oggi|domani"
                                    r"|hoy|mañana|hoje|amanhã|heute|morgen|aujourd['’]hui|demain)\b"
                                    r"|\s+(?:week|was|is)\b", re.I)


_SMALL_WORD_END = re.compile(r"[a-z]\s+$")


# The other languages' "yesterday", each on a page of its language only: French "hier" is "here" in Dutch and German,
# "Ayer" a surname (A. J. Ayer) and a town (a code review's: "Ayer said the ruling was wrong" on a page of no language
# known had been the day before the publication)
# (Malay's "semalam" and Indonesian's "kemarin" on a page of either: Malay may be taken for Indonesian; "semalam" is
# "last night" in Indonesian)
_YESTERDAY_LANGUAGE = {"hier": ("fr",), "ayer": ("es",), "ieri": ("it",), "ontem": ("pt",), "gestern": ("de",),
                       "semalam": ("ms", "id"), "kemarin": ("id", "ms"), "hôm qua": ("vi",)}


def _loose_yesterday_is_no_day(sentence: str, start: int, end: int, language: bool | str) -> bool:
    """Whether a "yesterday" (td3, td4) with no verb of reporting by it names no day (see _LOOSE_YESTERDAY_BEFORE);
    a title's too, capitalised after a word in small letters ("He played Yesterday alone", "Five years after
    Yesterday", "In Yesterday, a struggling musician …"); French "hier" only on a French page (`language`: the
    page's, see find_dates), for "hier" is "here" in Dutch and German ("In het café hier op de hoek")."""
    word = sentence[start:end]
    if not word.isascii() and "qua" not in word:
        return False  # (Chinese "昨天": see the pattern)
    own = _YESTERDAY_LANGUAGE.get(" ".join(word.lower().split()))
    if own is not None and (not isinstance(language, str) or language.split("-")[0].lower() not in own):
        return True  # (a page's language with its region too: "pt-BR", "es-MX", a code review's)
    if word[0].isupper() and _SMALL_WORD_END.search(sentence, max(0, start - 20), start):
        return True
    before = _LOOSE_YESTERDAY_BEFORE.search(sentence, max(0, start - 30), start)
    if before and not (before.group(1) and _PART_OF_DAY_BEFORE.search(sentence, max(0, start - 30), start)):
        return True
    return _LOOSE_YESTERDAY_AFTER.match(sentence, end) is not None


# A span of days in Bengali or Hindi, dated by its first ("২০২৪ সালের ১ জুলাই থেকে ১৫ আগস্টের মধ্যে", from 1 July to
# 15 August 2024; "१२ दिसंबर से १५ दिसंबर तक"): the word "from" after the first, right before the last
_SPAN_FROM_BEFORE = re.compile(r"\s*(?:থেকে|হতে|से)\s+")


# A Tagalog or Swahili month and day of a habit, "tuwing Hunyo 12", "Bawat Disyembre 30" (every), "kila Desemba 9"
# (every), dates nothing; nor does one of a thing the sentence opens with, "Ang pag-atake noong Setyembre 11 ay naging
# aral …" (the attack of September 11, as English "the September 11 attacks"): a review's probes had events of them
_EVERY_TL_SW_BEFORE = re.compile(r"\b(?:[Tt]uwing|[Bb]awat|[Kk]ila)\s+$")
_THING_OF_DAY_TL = re.compile(r"\s+ay\b")
# A Tagalog month and day to come, "Inaasahang maipapasa ang batas bago ang Hulyo 28" (expected, before), or one gone
# by, "noong Hunyo 4" (last): a review's probes
_FUTURE_TL_BEFORE = re.compile(r"\b(?:[Ii]naasahan(?:g|\s)|[Bb]ago\s+ang\s+$)[^.;]*$")
_LAST_TL_BEFORE = re.compile(r"\b(?:[Nn]oong|[Nn]itong)\s+$")
# A Vietnamese day to come: "sẽ" (will) before it in the sentence, "tới" or "sắp tới" (coming) after it ("Đội tuyển sẽ
# gặp Malaysia vào ngày 14-10 tới": a review's probe had the 14 October before)
_FUTURE_VI_BEFORE = re.compile(r"\bsẽ\b(?:(?!\bđã\b|\bxảy\s+ra\b)[^.;:])*$", re.I)  # (not "sẽ xử lý vụ việc xảy ra
# ngày 5-8", what happened then)
_FUTURE_VI_AFTER = re.compile(r"\s+(?:sắp\s+)?tới\b")
# The year a Vietnamese figure is compared with, "7,09%, so với 5,05% năm 2023" (compared with), as English's (see
# _COMPARED_FIGURE_BEFORE)
_COMPARED_VI_BEFORE = re.compile(rf"\bso\s+với\s+{_FIGURE_CHAR}{{0,40}}$", re.I)

# The languages that write a month before its day, whose day alone without a year is read (see _PATTERNS)
MONTH_FIRST_LANGUAGES = ("tl", "fil", "sw")
_FOREIGN_MONTH_DAY = re.compile(rf"{_FOREIGN_MONTH}\s+\d")
# A Malay or Indonesian weekday to come: "akan" (will) or "bakal" before it in its clause, or "depan", "mendatang"
# (next) after it ("Mesyuarat akan diadakan pada Rabu", "pada Rabu depan"); not "lalu", "lepas" (last) after it
# (and "dijangka", "dijadual(kan)", "dijadwalkan" (expected, scheduled), "rencananya" (as planned), "bermula" (to
# begin); "minggu ini" (this week) after it: "Keputusan kes dijadualkan pada Jumaat minggu ini", a review's probes)
_FUTURE_MS_BEFORE = re.compile(r"\b(?:akan|bakal|dijangka|dijadual|dijadualkan|dijadwalkan|rencananya|bermula)\b"
                               r"[^,;:.]*$", re.I)
_WEEKDAY_MS_AFTER = re.compile(r"\s+(?:(depan|mendatang|hadapan|minggu\s+ini)|lalu|lepas|kemarin)\b", re.I)


def _malay_future(sentence: str, m: re.Match[str]) -> bool:
    """Whether a Malay or Indonesian weekday after "pada" lies ahead (see _FUTURE_MS_BEFORE)."""
    if (after := _WEEKDAY_MS_AFTER.match(sentence, m.end())) is not None:
        return after.group(1) is not None
    return _FUTURE_MS_BEFORE.search(sentence, max(0, m.start() - CLAUSE_SPAN), m.start()) is not None


# The day a source said what the sentence tells, in the clause that names who said it, at the sentence's end after a
# comma ("… seized Philippine Navy boats at Ayungin Shoal on Monday, the Armed Forces of the Philippines (AFP) said on
# Wednesday.", a first-time user's Inquirer lead had two events of the same text, the 17th and the 19th) or as its
# opening ("The ministry said Tuesday the talks ended on June 12."): no event of its own where another date of the
# sentence dates what happened. (Not a saying that is a happening of its own, "Police arrested him on Monday and he
# said on Wednesday that he was innocent": neither the sentence's end nor its opening clause.)
_SAID_VERB = r"\s(?:said|says|told\s[^,;:]{2,40}?|added|stated)(?:\s+in\s+a\s+statement)?\s+(?:on\s+)?$"
_SAID_AT_END_BEFORE = re.compile(r",\s+[^,;:]{2,80}?" + _SAID_VERB)
_SAID_AT_END_AFTER = re.compile(r"[\s.!\"”’')\]]*$")
_SAID_FIRST_BEFORE = re.compile(r"^[^,;:]{2,80}?" + _SAID_VERB)
SAID_SPAN = 160
_PERIOD_PHRASE = re.compile(r"(?:since|from|until|till)\b", re.I)  # (what it says of a time since: "losing money
# since 2019, the CEO said on Wednesday" is Wednesday's)


# A day alone in the clause that names who said the sentence, after a comma that ends what was said of a time to come
# ("… is scheduled to start production in 2028, TSMC said at an investor conference on Oct. 17.", a first-time user's
# CNA story of 10 December 2024 had 17 October 2028): the day it was said, the last such day up to the publication,
# not one of the year what was said names. (Not after a date that opens the sentence alone, "In 2029, the company
# will …"; nor after a past's date, "Troops entered the city in 1944, the general reported on June 6": that year's.)
_SAID_CLAUSE_BEFORE = re.compile(r",\s+[^,;:]{2,80}?\s(?:said|told|announced|added|stated|confirmed|wrote|reported)\s"
                                 r"(?P<what>[^,;:]{0,60}?)\bon\s+$")
# ... but not a day of what was said, a future's or a modal's between the saying and the day ("the company said it
# would hold a groundbreaking ceremony on March 3", "told analysts that a formal design presentation would follow on
# June 12": a review's probes had them a year back)
_SAID_CONTENT = re.compile(r"\b(?:that|would|will|shall|could|should|may|might|must|can|to\s+be|due\s+to|set\s+to"
                           r"|plans?\s+to|expects?\s+to|scheduled)\b|['’]ll\b")


def _said_after_stated(sentence: str, stated_end: int, start: int) -> bool:
    """Whether a day alone at `start` is the day a source said what a date before it (ending at `stated_end`) dates."""
    comma = sentence.rfind(",", max(stated_end, start - SAID_SPAN), start)
    return comma != -1 and len(sentence[:stated_end].split()) > 4 \
        and (said := _SAID_CLAUSE_BEFORE.match(sentence, comma, start)) is not None \
        and not _SAID_CONTENT.search(said.group("what"))


def _said_on(sentence: str, hit: DateHit, first: bool) -> bool:
    """Whether the date is the day a source said the sentence (see _SAID_AT_END_BEFORE); `first`: no date before it."""
    if first and _SAID_FIRST_BEFORE.match(sentence, 0, hit.start):
        return True
    return _SAID_AT_END_AFTER.match(sentence, hit.end) is not None \
        and _SAID_AT_END_BEFORE.search(sentence, max(0, hit.start - SAID_SPAN), hit.start) is not None


# The day a Chinese wire's dateline was filed, "（中央社記者潘姿羽台北7日電）", is when it was written, not a happening:
# a first-time user's CNA page had its sentence twice, on the day it tells (the 6th) and on the dateline's 7th
_DISPATCH_AFTER = re.compile(r"\s*[電电]\s*[）)]")
_ON_THE_BEFORE = re.compile(r"\b(?:on|by|from|until|till|before|after)\s+the\s+$", re.I)  # ("on the 2nd of August")


# (a plan carried out, "… on Friday and did so", "…, and he did so from the Oval Office"; a year the sentence names
# before the day, opening the sentence, "In a 2019 interview, …", "In March 2019, …" (not "United, which grounded 79
# jets in 2023, said …": see _SAID_PLANNED_BEFORE)
_PLAN_KEPT_AFTER = re.compile(r"[^.;]{0,40}?\band\s+(?:(?:it|he|she|they|we|[A-Z][\w’'-]*)\s+)?did\s+(?:so|just\s+that"
                              r"|that|it)\b")
_EARLIER_YEAR = re.compile(r"\s*(?:(?:Back|Earlier|Later|Then)\s+)?(?:In|At|During|On|By)\s+(?:[\w’'.]+\s+){0,3}?"
                           r"((?:1[89]|20)\d\d)\b")


def _said_planned(sentence: str, m: re.Match[str], published: dt.date | None) -> bool:
    """Whether a day or month ends an intention reported in the past, still to come (see _SAID_PLANNED_BEFORE)."""
    if _SAID_PLANNED_BEFORE.search(sentence, max(0, m.start() - CLAUSE_SPAN), m.start()) is None \
            or _PLAN_NOT_KEPT_AFTER.match(sentence, m.end()) or _PLAN_KEPT_AFTER.match(sentence, m.end()):
        return False
    return published is None or (y := _EARLIER_YEAR.match(sentence, 0, m.start())) is None \
        or int(y.group(1)) >= published.year


def find_dates(sentence: str, published: dt.date | None = None, context: dt.date | None = None,
               foreign: bool | str = False, year: int | None = None, scene: bool = False) -> list[DateHit]:
    """Every event-dating expression in the sentence (relative ones only with a publication
    date; `context`: the full date or month named just before, for a day or month alone;
    `foreign`: a sentence of another language than English, whose month and year ("im März
    2017"), year ("seit 2004", "en 2017") and dotted day ("am 31.8.1990") are read too; `year`:
    an undated page's year, which its title names, for a day or month alone nothing else places;
    `scene`: the context opened its sentence or a clause, "In March 2023, …", see _own_years_day)."""
    if not (_ANY_DIGIT.search(sentence) and (_YEAR_OR_MONTH.search(sentence) or _DAY_FOREIGN_MONTH.search(sentence)
                                             or foreign and _DAY_TURKIC_MONTH.search(sentence)
                                             or _cjk_dated(sentence) or _own_script_dated(sentence))
            or (_DATE_PHRASE if foreign or _cjk_dated(sentence) else _DATE_PHRASE_EN).search(sentence)
            or foreign and _LAST_YEAR_FOREIGN.search(sentence)
            or foreign and not sentence.isascii() and _NON_ASCII_DATE_WORD.search(sentence)
            or isinstance(foreign, str) and foreign.split("-")[0].lower() in MONTH_FIRST_LANGUAGES
            and _ANY_DIGIT.search(sentence) and _FOREIGN_MONTH_DAY.search(sentence)):
        return []  # most sentences name no date: skip the full scan
    if sentence.rstrip().endswith("?") or _HYPOTHETICAL_SENTENCE.search(sentence) or _CLOSING.match(sentence):
        return []  # a question, a hypothetical or a farewell states no event
    titles = [(m.start(1), m.end(1)) for m in _TITLE_SPAN.finditer(sentence)] \
        if '"' in sentence or "“" in sentence or "‘" in sentence else []  # (each match holds an opening quote)
    hits: list[DateHit] = []
    stated: tuple[dt.date, Precision] | None = None  # the sentence's last full date, month-and-year or year
    stated_end = 0  # (where it ends)
    inferred: set[int] = set()
    background: set[int] = set()  # relative dates in a clause that looks back (_BACKGROUND_BEFORE)
    periods: set[int] = set()  # days a period runs from (see _SINCE_RIGHT_BEFORE)
    beginning = any(w in sentence for w in _BEGAN_WORDS)
    loose: set[int] = set()  # a "yesterday" with no verb of reporting by it (see the "today" pattern)
    attributive: set[int] = set()  # years before their noun, "a 2021 settlement" (see below)
    cjk = _cjk_dated(sentence)
    carried = context is not None and not scene  # (a date an earlier sentence named inside its clause: see
    # _own_years_day)
    consumed = 0  # (the end of a "last year" read with the day before it)
    counted = -1  # (the date a count runs since: see _COUNT_SINCE_AFTER)
    will = _FUTURE_BEFORE.search(sentence)  # (the first: one before a date puts it ahead, see below)
    ahead = _AHEAD_CUE.search(sentence) is not None  # (one read of the sentence, not two patterns' at each date)
    froms = any(w in sentence for w in _FROM_WORDS)  # (see _FROM_BEFORE)
    own = not cjk and _own_script_dated(sentence)
    scanner = _SCANNER_CJK if cjk else _SCANNER_OWN_SCRIPT if own else _SCANNER_FOREIGN if foreign else _SCANNER
    for m in scanner.finditer(sentence):
        index = int(m.lastgroup[1:])  # type: ignore[index]
        kind = _PATTERNS[index][0]
        script = index in _OWN_SCRIPT_ONLY  # (an Arabic, Hebrew, Persian, Bengali, Hindi or Amharic date: its groups)
        if kind == "range" or m.start() < consumed:
            continue
        if kind == "mday" and m.group("dm") is not None and (
                not _MDAY_JA_AFTER.match(sentence, m.end()) if KANA_RE.search(sentence)
                else _MDAY_ZH_NOT_AFTER.match(sentence, m.end()) is not None):
            continue  # a count of days, not a date: "1日置く", "3日ほど", "2日で", "1日も早く", "5日后", "3日游"
        if kind == "mday" and _DISPATCH_AFTER.match(sentence, m.end(), m.end() + 8):
            continue  # a wire's dateline, "（中央社記者潘姿羽台北7日電）" (see _DISPATCH_AFTER)
        if kind == "mday" and m.groupdict().get("dsm") is not None and (stated is None or stated[1] != "day"):
            continue  # "同月19日" with no day of its month before it in the sentence
        if kind == "day" and not (m.group("y1") or m.group("y2") or m.group("y9") or m.groupdict().get("yc")
                                  or m.groupdict().get("y8") or m.groupdict().get("ey1") or m.groupdict().get("yk")
                                  or m.groupdict().get("sy") or m.groupdict().get("yi") or m.groupdict().get("yr")
                                  or m.groupdict().get("yfa") or m.groupdict().get("y10") or m.groupdict().get("yea")
                                  or m.groupdict().get("yag") or m.groupdict().get("yv") or m.groupdict().get("ry1")
                                  or m.groupdict().get("ytk")
                                  or script and (m.groupdict().get("yb") or m.groupdict().get("yb0"))):
            kind = "day_only"
        if kind == "day_only" and (first := m.groupdict().get("m10")) and not (
                first[0].isupper() and isinstance(foreign, str)
                and foreign.split("-")[0].lower() in MONTH_FIRST_LANGUAGES):
            continue  # (a month and a day after it, no year, on a Tagalog or Swahili page only: see _PATTERNS)
        if kind == "day_only" and m.groupdict().get("m10") and (
                _EVERY_TL_SW_BEFORE.search(sentence, max(0, m.start() - 12), m.start())
                or sentence.startswith(("Ang ", "ang ")) and _THING_OF_DAY_TL.match(sentence, m.end())):
            continue  # a habit's day, "tuwing Hunyo 12", "kila Desemba 9"; a thing's, "Ang pag-atake noong Setyembre 11
            # ay …" (see _EVERY_TL_SW_BEFORE)
        if kind in ("year", "month") and (m.groupdict().get("yv3") or m.groupdict().get("yv2")) and "so" in sentence \
                and _COMPARED_VI_BEFORE.search(sentence, max(0, m.start() - COMPARISON_SPAN), m.start()):
            continue  # the year a figure is compared with, in Vietnamese (see _COMPARED_VI_BEFORE)
        if kind == "day_only" and (month := m.groupdict().get("m9")) and month[0].isupper() \
                and _PLACE_BEFORE.search(sentence, max(0, m.start() - PLACE_SPAN), m.start()):
            continue  # a place named after a date: "A barragem 14 de Julho", "Rua 7 de Setembro"
        if (kind in ("day", "day_only") and not foreign and m.groupdict().get("m9") in _SHORT_MAY_NAMES
                or kind == "day_only" and m.groupdict().get("m9") == "mai" and (
                not _MAI_DAY_BEFORE.search(sentence, max(0, m.start("m9") - 30), m.start("m9"))
                or _COMPARATIVE_AFTER_RO.match(sentence, m.end("m9"))
                or _MAI_RO_BEFORE.search(sentence, max(0, m.start("m9") - 12), m.start("m9"))
                and (not _MAI_RO_AFTER.match(sentence, m.end("m9"))
                     or _NUMBER_DIN_BEFORE.search(sentence, max(0, m.start("m9") - 16), m.start("m9"))))):
            continue  # English text's names ("aged 18 Mai Tran"), Romanian's "more" (see _MAI_DAY_BEFORE)
        if foreign and kind in ("day_only", "month") and ("азан" in sentence or "azan" in sentence) \
                and (month := m.groupdict().get("m9") or m.groupdict().get("m7")) and month.lower() in _CAULDRON \
                and (kind == "day_only" or month[0].isupper()):
            continue  # (see _CAULDRON)
        caucasian = isinstance(foreign, str) and foreign.split("-")[0].lower() in _CAUCASIAN_LANGUAGES
        if kind in ("day_only", "month_only") and isinstance(foreign, str) and not caucasian \
                and (month := m.groupdict().get("m9") or m.groupdict().get("m7") or m.groupdict().get("mtk3")
                     or m.groupdict().get("mtk4")) and month.lower().startswith(_CAUCASIAN_LATIN_MONTHS):
            continue  # (see _CAUCASIAN_LANGUAGES)
        if kind == "day_only" and foreign and _NAMED_FOR_DAY_AFTER.match(sentence, m.end()):
            continue  # (see _NAMED_FOR_DAY_AFTER)
        if any(s <= m.start() < e for s, e in titles) or (kind == "year" and _WORK_AFTER_YEAR.match(sentence, m.end())):
            continue  # a date in the title of a work ("titled “...2019”", "from 2001: A Space Odyssey")
        if _HYPOTHETICAL_BEFORE.search(sentence, max(0, m.start() - HYPOTHETICAL_SPAN), m.start()):
            continue
        if script and hits and m.groupdict().get("db") \
                and _SPAN_FROM_BEFORE.fullmatch(sentence, hits[-1].end, m.start()):
            continue  # a span's last day, in Bengali or Hindi (see _SPAN_FROM_BEFORE)
        if kind == "day_only" and _HABIT_BEFORE_RO.search(sentence, max(0, m.start() - HABIT_SPAN), m.start()):
            continue  # a yearly habit's day (see _HABIT_BEFORE_RO)
        small = (m.groupdict().get("m9") or m.groupdict().get("m7")) in _SMALL_MONTHS_AS_IN_ENGLISH
        if small and (not foreign or kind == "day_only" and _RECURRING_BEFORE_OR_AFTER.search(sentence)):
            continue  # (see _SMALL_MONTHS_AS_IN_ENGLISH: not in English text, nor a yearly day)
        figures = m.groupdict().get("sa") or m.groupdict().get("yi") or not foreign and m.groupdict().get("d8")
        if figures and _NUMBER_LABEL_BEFORE.search(sentence, max(0, m.start() - 16), m.start()):
            continue  # a law's or a case's number ("Decree 25/12/2024", "Suit No. 21/3/2023")
        if figures and (not sentence[m.end():].strip(" .)") and not _DATE_LEAD_BEFORE.search(
                sentence, max(0, m.start() - 8), m.start())
                        or not sentence[:m.start()].strip() and sentence[m.end():m.end() + 1] == " "):
            continue  # a list of other stories, each its headline and its day ("Guinée : un trafiquant … 20/06/2019",
            # "20/06/2019 Guinée : …"), no statement; nor a label's ("Retrieved 2018-04-16.", "Date 10.06.2013"), a
            # reference's ("Schubert, Erich (2017-10-04).")
        if (m.groupdict().get("yi") or not foreign and m.groupdict().get("d8")) \
                and not _DATE_LEAD_BEFORE.search(sentence, max(0, m.start() - 8), m.start()) \
                and not (not sentence[:m.start()].strip(_BULLETS) and _CHRONOLOGY_LINE_AFTER.match(sentence, m.end())
                         and not _CHANGE_NOTE_AFTER.match(sentence, m.end())):
            continue  # ISO's day, and English text's with dots, only as a line's date ("2023-07-03: MOFCOM announces …")
            # or after "on", "by", "until" …: not a citation's ("(Allen 2022-10-11, p. 4)", "retrieved 2018-04-16
            # from"), a data set's, a web address's ("?from[gte]=2023-01-01"), a version's ("firmware 4.2.2019"), a
            # section's ("Section 3.5.2020"); nor a page's log of its corrections ("2023-07-03: Corrected the …")
        if kind in ("day", "day_only") and _ACCESSED_BEFORE.search(sentence, max(0, m.start() - 16), m.start()):
            continue  # a source's day of reading: "(BIS, Semiconductor Survey, accessed 7 Oct 2022)"
        if kind in ("day", "day_only") and _LAST_UPDATED_AFTER.match(sentence, m.end()):
            continue  # a page's stamp (see _LAST_UPDATED_AFTER)
        if kind == "day_only" and sentence[max(0, m.start() - 4):m.start()] in ("the ", "The ") \
                and not (m.groupdict().get("d2") and sentence.startswith(" of ", m.end("d2"))
                         and _ON_THE_BEFORE.search(sentence, max(0, m.start() - 12), m.start())) \
                and not (_MEETING_AFTER.match(sentence, m.end()) and published is not None
                         and _looks_ahead(sentence, m, foreign)):
            continue  # "the Jan. 6 committee", "the September 11 attacks": happenings of other years (not the
            # days of meetings looked ahead to, "We expect two cuts at the November 7 and December 18 meetings")
        if kind == "today" and (m.group("tv") and not _past_verb_before(sentence, m.start("td"))
                                or _quoted_at(sentence, m.start())
                                or published is not None and any(int(y) != published.year
                                                                 for y in _YEAR_IN_SENTENCE.findall(sentence))):
            continue  # "will be announced today"; a quotation's ("\"The phone we unveiled today …,\" Jobs said
            # in 2007"), or a sentence of another year's
        if kind == "today" and not (m.group("td") or m.group("td2")) and (
                len(sentence.split()) < 3 and not m.groupdict().get("td5")
                or (end := _SPAN_END_BEFORE.search(sentence, max(0, m.start() - 30), m.start()))
                and (end.group(1) is None or _BETWEEN_WORD.search(sentence, max(0, end.start() - 80), end.start()))):
            continue  # (a word alone: see the pattern; a period's end, "entre segunda-feira (29) e a manhã de ontem")
        if kind in ("day", "day_only") and hits and hits[-1].precision == "day" \
                and _DASH_BETWEEN.fullmatch(sentence, hits[-1].end, m.start()):
            continue  # a span's last day, by a dash (see _DASH_BETWEEN)
        if kind == "today" and not (m.group("td") or m.group("td2")) \
                and _loose_yesterday_is_no_day(sentence, m.start(), m.end(), foreign):
            continue  # a noun's, a title's, another day's (see _loose_yesterday_is_no_day)

        if kind == "year" and m.group().startswith(("Since ", "since ")) and _COUNT_AFTER.match(sentence, m.end()):
            continue  # how many since: "Since 1900, six other earthquakes of magnitude 7 or greater have occurred …"
        if kind in ("day", "month") and m.start() < 12 and _SINCE_OPENING.fullmatch(sentence, 0, m.start()) \
                and _COUNT_SINCE_AFTER.match(sentence, m.end()) and not _SINCE_DAY_NAMED_AFTER.match(sentence, m.end()):
            counted = len(hits)  # ... and since a day: "Since 24 February 2022, HRMMU has verified that 12,910 …"
        if kind == "year" and _LEVELS_AFTER.match(sentence, m.end()):
            continue  # a level a figure is measured against ("tripled by 2035 from 2025 levels", "below 1990 levels")
        if kind == "rel" and _COMPARED_BEFORE.search(sentence, max(0, m.start() - COMPARISON_SPAN), m.start()):
            continue  # the year a figure is compared with (see _COMPARED_BEFORE)
        if kind == "month_rel" and (m.groupdict().get("mf") or m.groupdict().get("mf2")) \
                and _BASELINE_OR_RANGE_BEFORE_FOREIGN.search(sentence, max(0, m.start() - COMPARISON_SPAN), m.start()):
            continue  # ... and in the other languages, or a range's last month
        if kind in ("year", "month", "month_only") and any(w in sentence for w in _COMPARED_WORDS) \
                and (cmp := _COMPARED_FIGURE_BEFORE.search(sentence, max(0, m.start() - COMPARISON_SPAN),
                                                           _digits_or_month(m, kind))) \
                and not (cmp.group("ud") and _MOVED_BEFORE.search(sentence, max(0, cmp.start() - 60), cmp.start())):
            continue  # the year a figure is compared with (see _COMPARED_FIGURE_BEFORE)
        if kind in ("year", "month", "day", "month_only", "day_only") \
                and any(w in sentence for w in _REFERENCE_WORDS) \
                and _REFERENCE_PERIOD_BEFORE.search(sentence, max(0, m.start() - REFERENCE_PERIOD_SPAN),
                                                    _digits_or_month(m, kind)) \
                and not _RANGE_TO_AFTER.match(sentence, m.end(), m.end() + 10):
            continue  # a figure's period or the one it is measured against (see _REFERENCE_PERIOD_BEFORE)
        if kind in ("year", "decade", "month", "day", "month_only", "day_only", "weekday") \
                and _compared_from(sentence, m, kind, foreign, published):
            continue  # the date a superlative or a comparative is measured from (see _BASELINE_BEFORE)
        if kind in ("year", "month", "day", "month_only", "day_only") and _superseded(sentence, m, kind):
            continue  # a plan given up (see _SUPERSEDED_BEFORE)
        if kind == "weekday" and m.groupdict().get("wd") and _untold_weekday(sentence, m):
            continue  # AP's weekday without "on" in a habit, or with no verb that tells (see _untold_weekday)
        german = kind == "weekday" and m.groupdict().get("wdde") is not None
        if kind == "weekday" and (m.groupdict().get("wdro") or m.groupdict().get("wdn")) \
                and (end := _PERIOD_END_RO.search(sentence, max(0, m.start() - PERIOD_END_SPAN), m.start())) \
                and (m.groupdict().get("wdro") or end.group(1)):
            continue  # the end of a period, not a happening (see _PERIOD_END_RO)
        if kind == "weekday" and (m.groupdict().get("wdro") or m.groupdict().get("wdn")) and any(
                r.start() <= m.start() < r.end() for r in _WEEKDAY_RANGE_RO.finditer(sentence)):
            continue  # a timetable's days (see _WEEKDAY_RANGE_RO)
        if kind == "weekday" and m.groupdict().get("wdro") in _WEEKDAY_IT \
                and _HABIT_DI_IT.search(sentence, max(0, m.start() - 16), m.start()):
            continue  # "di domenica", a habit (see _HABIT_DI_IT)
        if kind == "weekday" and m.groupdict().get("wdro") and _OF_WEEKDAY_RO.search(sentence, max(0, m.start() - 16), m.start()) \
                and _OF_WEEKDAY_RO_AFTER.match(sentence, m.end()):
            continue  # a noun's weekday (see _OF_WEEKDAY_RO)
        if kind == "weekday" and m.groupdict().get("wdn") and _counts_after_weekdays(sentence, published, context):
            continue  # counts, not days of the month (see _counts_after_weekdays)
        if kind == "weekday" and m.groupdict().get("wdro") is not None:
            # (a sentence that tells either what happened or what is to come, not both; a weekday
            # "para" comes, whatever the verb: see _FOR_BEFORE_RO)
            # (French and Italian by their own tenses, see _TENSES_RO; "dimanche prochain", "sabato
            # scorso" by that word)
            past_re, future_re = _TENSES_RO.get(m.group("wdro").lower(), (_PAST_RO, _FUTURE_RO))
            lo, hi = _relative_clause(sentence, m) if m.group("wdro").lower() in _TENSES_RO else (0, len(sentence))
            past = past_re.search(sentence, lo, hi) is not None if past_re is not _PAST_RO \
                else _told_past_ro(sentence, lo, hi)
            if not past and not future_re.search(sentence, lo, hi):
                # (the past's rarer forms, where nothing in the sentence is to come: see _PAST_RO_COMPOUND,
                # _PAST_IT_IRREGULAR)
                rarer = _PAST_RO_COMPOUND if past_re is _PAST_RO else _PAST_IT_IRREGULAR if past_re is _PAST_IT else None
                past = rarer is not None and rarer.search(sentence, lo, hi) is not None
            if past_re is _PAST_RO and past and _FUTURE_RO.search(sentence, lo, hi):
                # (a past and a future: the weekday's side of a "que" may tell one alone, "El Gobierno dio a
                # conocer este sábado que el lunes se reunirá con los alcaldes")
                lo = max((q.end() for q in _QUE_RO.finditer(sentence, lo, m.start())), default=lo)
                hi = min((q.start() for q in _QUE_RO.finditer(sentence, m.end(), hi)), default=hi)
                past = _told_past_ro(sentence, lo, hi)
                future_re = _FUTURE_RO
            mark = _WEEKDAY_MARK_AFTER.match(sentence, m.end()) \
                or _WEEKDAY_MARK_BEFORE.search(sentence, max(0, m.start() - 12), m.start())
            if not mark and m.group("wdro").lower() in _TENSES_RO \
                    and _weekday_of_what_was_announced(sentence, m, lo, hi):
                continue  # (see _ANNOUNCE_FR_IT, _CONDITIONAL_FR_IT)
            if mark:
                past = mark.group(1) is None
            elif past_re is _PAST_RO and _said_on_weekday_ro(sentence, m):
                past = True
            elif _FOR_BEFORE_RO.search(sentence, max(0, m.start() - FOR_SPAN), m.start()):
                past = False
            elif past == (future_re.search(sentence, lo, hi) is not None):
                continue
            german = True  # (placed as a German weekday is, by that verb)
        if german and m.groupdict().get("wdde") is not None:
            # Its clause says when (between commas: "Am Mittwoch wird … bestreikt, teilte die GDL
            # am Montag mit"): a past's or a future's verb, not both, nor neither (German's present
            # tells the past and the future alike: "Am Freitag folgt Kapitel 122"), nor a
            # hearsay's "soll … festgenommen worden sein", nor "nächster Woche".
            cuts = [c.start() for c in _CLAUSE_DE.finditer(sentence)]
            lo = max((k + 1 for k in cuts if k < m.start()), default=0)
            hi = min((k for k in cuts if k >= m.end()), default=len(sentence))
            past = _PAST_DE.search(sentence, lo, hi) is not None
            if past == (_FUTURE_DE.search(sentence, lo, hi) is not None) or _HEARSAY_DE.search(sentence, lo, hi):
                continue
        # (a month and day alone in Chinese, Japanese or Korean, "10월 27일 치러질 …": by the sentence's tense too)
        malay = kind == "weekday" and (m.groupdict().get("wdms") or m.groupdict().get("wdtl")) is not None
        future = not past if german else m.groupdict().get("wdms") is not None and _malay_future(sentence, m) if malay \
            else _cjk_future(sentence) if kind == "mday" or cjk and kind == "day_only" \
            and _CJK_CHAR_RE.search(m.group()) else kind in (
            "month_only", "day_only", "weekday") and not (
            kind == "weekday" and _past_verb_before(sentence, m.start())) and (
            will is not None and will.end() <= m.start() and not _past_clause(sentence, m.start())
            or _FUTURE_NEAR_BEFORE.search(sentence, max(0, m.start() - CLAUSE_SPAN), m.start()) is not None
            or not foreign and "ed to " in sentence and _said_planned(sentence, m, published)
            or _SCHEDULED_RO.search(sentence, max(0, m.start() - CLAUSE_SPAN), m.start()) is not None
            and _scheduled_near(kind, m, published)
            or (_OPENS_CLAUSE.search(sentence, max(0, m.start() - CLAUSE_SPAN), m.start()) is not None
                or "on" in sentence[max(0, m.start() - 10):m.start()].lower()  # (cheap: most days have none)
                and _OPENS_CLAUSE_ON.search(sentence, max(0, m.start() - 20), m.start()) is not None)
            and _future_after(sentence, m.end())
            or kind == "weekday" and _AS_EARLY_AS_BEFORE.search(sentence, max(0, m.start() - 14), m.start()) is not None
            and not _past_clause(sentence, m.start()) and not _early_past(sentence, m)
            or _MODAL_RIGHT_AFTER.match(sentence, m.end()) is not None and kind != "weekday"
            and not any(v.group().lower() not in _REPORTING_WORDS for v in _PAST_VERB_EN.finditer(sentence, m.end()))
            and _scheduled_near(kind, m, published, MODAL_AHEAD_MAX_DAYS)) \
            or script and m.groupdict().get("nextb") is not None \
            or own and kind == "day_only" and _script_future_after(sentence, m.end())
        if caucasian and kind in ("day_only", "month_only"):
            future = _caucasian_future_after(sentence, m.end())  # (by their tense, not English's "may": see above)
        if kind == "day_only" and not future and (
                m.groupdict().get("m10") and _FUTURE_TL_BEFORE.search(sentence, max(0, m.start() - CLAUSE_SPAN),
                                                                      m.start())
                or m.groupdict().get("dv") and (_FUTURE_VI_BEFORE.search(sentence, max(0, m.start() - CLAUSE_SPAN),
                                                                         m.start())
                                                or _FUTURE_VI_AFTER.match(sentence, m.end()))):
            future = True  # (see _FUTURE_TL_BEFORE, _FUTURE_VI_BEFORE)
        if kind == "day_only" and not future and not foreign and published is not None \
                and _DEADLINE_BEFORE.search(sentence, max(0, m.start() - DEADLINE_SPAN), m.start()) \
                and not _deadline_told_past(sentence, m.start()):
            future = True  # (see _DEADLINE_BEFORE)
        if kind in ("day_only", "month_only") and not future and published is not None and froms \
                and _ahead_from(sentence, m, kind, foreign, published):
            future = True  # (see _FROM_BEFORE)
        if kind in ("day_only", "month_only") and not future and published is not None and not cjk \
                and (context is None or abs((published - context).days) <= TIMETABLE_MAX_DAYS) \
                and ahead and (days := _looks_ahead(sentence, m, foreign)) \
                and _scheduled_near(kind, m, published, days):
            future = True  # (see _NEXT_MEETING_BEFORE)
        # (not in a history told in the present, its last date long before the publication: "The
        # Fiscal Compact is signed in March 2012 … The treaty enters into force in January")
        # (and an English weekday's: "The ban takes effect on Sunday", "Polls close on Sunday")
        timetable = not future and (kind in ("month_only", "day_only") or kind == "weekday" and m.groupdict().get("wd")) \
            and published is not None \
            and (_TIMETABLE_BEFORE.search(sentence, max(0, m.start() - CLAUSE_SPAN), m.start()) is not None
                 or foreign and kind == "day_only"
                 and _TIMETABLE_BEFORE_FOREIGN.search(sentence, max(0, m.start() - CLAUSE_SPAN), m.start())
                 is not None) \
            and (context is None or (published - context).days <= TIMETABLE_MAX_DAYS)
        # (the last such day before the publication, "الماضي", "গত": whatever year the narrative is in)
        last_one = script and (m.groupdict().get("lastr") or m.groupdict().get("lastb"))
        # (the day it was said, in the past: see _said_after_stated; or a day told done after a plan's date, "… can
        # only fine companies from August 2026 so what about the code of practice it was published on July 10th …",
        # an EU AI Act user's video transcript, its captions joined with no stop, had 10 July 2027)
        said_day = kind == "day_only" and stated is not None and published is not None and stated[0] > published \
            and (_said_after_stated(sentence, stated_end, m.start())
                 or _done_right_before(sentence, m.start(), foreign is not True and foreign))
        if said_day:
            future = timetable = False
        after = _after_stated(kind, m, stated, None if future else published, future) \
            if stated and not last_one and not said_day else None
        done = kind == "month_only" and _DONE_BEFORE.search(sentence, max(0, m.start() - DONE_SPAN), m.start()) is not None \
            and _WILL_BE.search(sentence, 0, _clause_end(sentence, m.end())) is None
        narrative = None if last_one or said_day or carried and kind == "day_only" and not (future or timetable) \
            and published is not None and _own_years_day(sentence, m, published) else context
        resolved = after or _resolve(kind, m, published, future or timetable, narrative, year, done)
        if said_day and resolved and published is not None and resolved[0] > published:
            try:
                resolved = resolved[0].replace(year=resolved[0].year - 1), "day"
            except ValueError:
                continue
        start = m.start()
        if published is not None and kind == "day_only" and (last := _LAST_YEAR_RIGHT_AFTER.match(sentence, m.end())):
            try:  # "on 12 April last year", "le 12 avril de l'an dernier"
                resolved = dt.date(published.year - 1, _day_month(m.groupdict()), _day_of(m.groupdict())), "day"
            except ValueError:
                continue
            after, consumed = None, last.end()
        elif published is not None and kind in ("day_only", "month_only") \
                and (this := _THIS_YEAR_RIGHT_AFTER.match(sentence, m.end(), m.end() + THIS_YEAR_SPAN)):
            try:  # "from 2 August this year" (see _THIS_YEAR_RIGHT_AFTER)
                resolved = dt.date(published.year, _day_month(m.groupdict()) if kind == "day_only" else
                                   _month(m.group("m5")), _day_of(m.groupdict()) if kind == "day_only" else 1), \
                    resolved[1] if resolved else ("day" if kind == "day_only" else "month")
            except ValueError:
                continue
            after, consumed = None, this.end()
        elif kind == "month_rel" and resolved and (day_before := _DAY_RIGHT_BEFORE.search(
                sentence, max(0, m.start() - 8), m.start())):
            try:  # "am 12. April letzten Jahres"
                resolved, start = (resolved[0].replace(day=int(day_before.group(1))), "day"), day_before.start()
            except ValueError:
                continue
        elif kind in ("month_rel", "month_this") and resolved and (m.groupdict().get("m4") or m.groupdict().get("m6")) \
                and (first := _MONTH_JOINED_BEFORE.search(sentence, max(0, m.start() - MONTH_JOINED_SPAN), m.start())):
            resolved, start = (resolved[0].replace(month=_month(first.group(1))), "month"), first.start()
        if kind == "day_only" and not (future or timetable or after) and resolved and published is not None \
                and resolved[0] > published and (_done_right_before(sentence, m.start(), foreign)
                                                  or not foreign and _past_on_before(sentence, m.start())
                                                  and (resolved[0] - published).days > PAST_ON_AHEAD_DAYS):
            try:  # "The agreement was reached on 16 July", told on 25 June: last July's (see _DONE_RIGHT_BEFORE_EN)
                resolved = resolved[0].replace(year=resolved[0].year - 1), "day"
            except ValueError:
                continue
        if timetable and not after and resolved and published and (resolved[0] - published).days > TIMETABLE_MAX_DAYS:
            resolved = _resolve(kind, m, published, future, context)  # (no timetable so far ahead)
        if kind == "year" and published is not None and resolved and resolved[0].year == published.year \
                and published.month < 12 and m.group().startswith("by the end of") and not _tells_past_en(sentence) \
                and sentence[m.end():m.end() + 2] not in ("'s", "’s"):
            resolved = dt.date(published.year, 12, 1), "month"  # (see _tells_past_en; not "by the end of 2025's
            # first quarter", a review's probe)
        if kind == "weekday" and resolved and published is not None and m.groupdict().get("wd") \
                and _NEXT_WEEK_AFTER.match(sentence, m.end()):
            # "on Wednesday next week": that day of the week after the publication's (a review's probe had the
            # publication's Wednesday)
            resolved = published + dt.timedelta(days=7 - published.weekday() + _WEEKDAYS[m.group("wd")]), "day"
        if kind == "day_only" and resolved and published is not None and resolved[0] > published \
                and m.groupdict().get("m10") and _LAST_TL_BEFORE.search(sentence, max(0, m.start() - 8), m.start()):
            try:  # "noong Hunyo 4": the last one (see _LAST_TL_BEFORE)
                resolved = resolved[0].replace(year=resolved[0].year - 1), "day"
            except ValueError:
                continue
        if resolved is None and kind == "day" and m.groupdict().get("sa") \
                and (named := _weekday_slashed(sentence, m)) is not None:
            resolved = named, "day"
        if resolved is None:
            continue
        if kind in ("year", "rel") and not foreign and _horizon(sentence, m, resolved, published):
            continue  # (see _FORECAST_WORD)
        if kind in ("day", "month", "year") and (published is None or resolved[0] <= published) \
                and ("would" in sentence or "could" in sentence) \
                and _REPORTED_PLAN_BEFORE.search(sentence, max(0, m.start() - REPORTED_PLAN_SPAN), m.start()) \
                and (published is None or _PLAN_NOT_KEPT_AFTER.match(sentence, m.end())):
            continue  # a plan reported, not a happening (see _REPORTED_PLAN_BEFORE)
        if script and published is not None and m.groupdict().get("lastyb"):
            try:  # "গত বছরের ১০ মে", 10 May of last year
                resolved = (resolved[0].replace(year=published.year - 1), "day")
            except ValueError:
                continue
        if last_one and published is not None and resolved[0] > published:
            try:
                resolved = (resolved[0].replace(year=resolved[0].year - 1), "day")  # "الماضي": the last one before it
            except ValueError:
                continue  # (a 29 February a year back: a code review's)
        if small and kind == "day_only" and published is not None and resolved[0].year != published.year \
                and _THIS_YEAR.search(sentence):
            continue  # (this year's day, not the year before's: see _SMALL_MONTHS_AS_IN_ENGLISH)
        if not foreign and kind == "day" and m.groupdict().get("m9") in _MONTHS_AS_IN_GERMAN:
            resolved = (resolved[0].replace(day=1), "month")  # (English: "won 3-1. August 2024 will …")
        if after:
            inferred.add(len(hits))  # says no more than the date it was placed by
        day, precision = resolved
        if precision == "day" and m.group()[:1].isdigit() \
                and (listed := _DAYS_LISTED_BEFORE.search(sentence, max(0, start - DAYS_LIST_SPAN), start)) \
                and (_DAYS_LIST_LEAD.search(sentence, max(0, listed.start() - 16), listed.start())
                     or _BETWEEN_BEFORE.search(sentence, max(0, listed.start() - 24), listed.start())) \
                and 1 <= int(listed.group(1)) < day.day:
            # the first of the days listed: "nos dias 6 e 7 de novembro", "on 6 and 7 November" (as "November 6
            # and 7" is); and a span's, "killed between 29 and 31 October" (as "8–12 April" is: a first-time user's
            # Amnesty release had the 31st)
            day, start = day.replace(day=int(listed.group(1))), listed.start()
        elif precision == "day" and m.group()[:1].isdigit() \
                and (span := _DAY_SPAN_BEFORE.search(sentence, max(0, start - 8), start)) \
                and 1 <= int(span.group(1)) < day.day and not _BETWEEN_BEFORE.search(sentence, max(0, span.start() - 24),
                                                                                     span.start()) \
                and not _NUMBER_LABEL_BEFORE.search(sentence, max(0, span.start() - 16), span.start()):
            day, start = day.replace(day=int(span.group(1))), span.start()
        since = kind == "day" and _SINCE_RIGHT_BEFORE.search(sentence, max(0, m.start() - SINCE_SPAN),
                                                                        m.start()) is not None
        if since:  # (nor places a weekday after it: "… since April 15, 2019, was held on Sunday")
            if not _SINCE_DAY_NAMED_AFTER.match(sentence, m.end()):
                periods.add(len(hits))
        elif kind in ("day", "month"):
            context, carried = day, False  # "On December 18, 2017, ... and on December 20 ...": the same year
        began = beginning and not since \
            and _BEGAN_CLAUSE_BEFORE.search(sentence, max(0, m.start() - BEGAN_SPAN), m.start()) is not None
        if began:
            periods.add(len(hits))  # (see _BEGAN_CLAUSE_BEFORE; nor places a day alone after it, as "since 2014")
        if kind in ("day", "month", "year") and not began and not _opens_period(sentence, m):
            stated, stated_end = resolved, m.end()
        relative = kind in ("month_rel", "month_this", "ago", "rel", "month_only", "day_only", "weekday", "today",
                            "mday")
        if kind in ("month_rel", "ago", "rel") and _BACKGROUND_BEFORE.search(sentence, 0, m.start()):
            background.add(len(hits))
        if kind == "today" and not (m.group("td") or m.group("td2")):
            loose.add(len(hits))
        if kind == "year" and m.groupdict().get("y5") and not _SCENE_NOUN_BEFORE.match(sentence[:m.start()]):
            attributive.add(len(hits))
        hits.append(DateHit(day, precision, start, m.end(), sentence[start:m.end()].strip(), relative))
    if loose and any(not h.relative and h.precision == "day" for h in hits):
        background |= loose  # (the day before the sentence's own day: "Unser Bayern 02.10.2017 09:21 Seit gestern …")
    if not hits or _LABELLED_NOTE.match(sentence) or _CORRECTION_NOTE.match(sentence) or _is_title_case(sentence) \
            or len(hits) >= HEADER_ROW_MIN_DATES and _is_header_row(sentence, hits) \
            or _CITATION_SIGNAL.match(sentence) and _CITATION_MARK.search(sentence):
        return []  # "(Graphic: ...)", a headline standing in the text, a citation: no statement
    if len(hits) == 1:
        return [] if _dated_byline(sentence, hits[0]) or counted == 0 else hits  # (a count since its only date: see
        # _COUNT_SINCE_AFTER; beside another date it is a period's start, see _SINCE_RIGHT_BEFORE)
    if len(background) == len(hits):
        background = set()  # (the clause that looks back holds the sentence's only dates)
    # A date that opens a period is not the day of what the sentence tells, where it names another:
    # "Il était 10 h 30 ce dimanche lorsque les cloches … ont sonné … pour la première messe célébrée
    # dans la cathédrale depuis le 15 avril 2019" is Sunday's. (Not where the others are background already: "…
    # yesterday appointed a commission … to investigate the violence that erupted on October 29, 2025" keeps its day.)
    if len(background | periods) < len(hits):
        background |= periods
    if len(hits) - len(background) > 1 and not foreign and any(
            w in sentence for w in (" said ", " says ", " told ", " added ", " stated ")):
        said = {i for i, h in enumerate(hits) if i not in background and h.precision == "day"
                and _said_on(sentence, h, all(o.start >= h.start for o in hits))}
        if any(k not in background and k not in said and hits[k].date not in {hits[i].date for i in said}
               and not _PERIOD_PHRASE.match(hits[k].phrase) for k in range(len(hits))):
            background |= said  # (the day it was said: see _SAID_AT_END_BEFORE)
    # A year that says which thing, before its noun ("violated a 2021 settlement", "the 2019 election"), dates the
    # thing, not what the sentence tells, where the sentence names a date of its own that the year does not place:
    # "Boeing agreed in July to plead guilty … after prosecutors said it violated a 2021 settlement" (a first-time
    # user's AP stories had 2021 events) is July's; alone it dates the sentence ("The 2015 paper is the most
    # cited"), as it does a day it places ("since the 2020 emergency declared on March 26"), and where its noun's
    # phrase opens the sentence, the scene of what it tells ("In a 2019 interview, the senator said she planned to
    # retire on Friday of that week", a review's probe: see _SCENE_NOUN_BEFORE).
    if attributive and any(k not in attributive and k not in inferred and k not in background
                           for k in range(len(hits))):
        background |= attributive
    # "In 2022 ... by 15 November 2022": the year says less than the day it holds, and "in November 2022"
    # less than "on 15 November 2022" (a year or a month that another date, not inferred nor background, names
    # a day or month of; as sets, not each date against each: a line of a thousand took seconds).
    placing = [other for k, other in enumerate(hits) if k not in inferred and k not in background]
    years = {other.date.year for other in placing if other.precision != "year"}
    months = {(other.date.year, other.date.month) for other in placing if other.precision == "day"}
    return [h for i, h in enumerate(hits) if i not in background
            and not (h.precision == "year" and h.date.year in years
                     or h.precision == "month" and (h.date.year, h.date.month) in months)]


# A day alone inside its clause, as news names a day of its own year ("Boeing reached a $2.5 billion settlement in
# January 2021 … Scrutiny … intensified after a door plug blew out of an Alaska Airlines 737 Max 9 on Jan. 5", a
# first-time user's AP story of 14 May 2024 had 5 January 2021): that year's, on or before the publication, not the
# year an earlier sentence named. A narrative's next step opens its sentence or clause ("In March 2019 the board met.
# On May 5, it voted …"; "…; on May 5, it …") and still takes the narrative's year (see _resolve), as does a day the
# publication's year does not hold before it ("In December 2017 … he flew back on December 12", told in May 2020),
# and any day after a date that set the scene, opening its sentence or a clause, "In March 2023, the ministry ran test
# trips. The first train arrived in the capital on May 3", "Ранее, в марте 2023 года, …" (a review's probes: the
# story's next sentence, told in December 2024, had May 2024; see _SCENE_BEFORE and extract_events).
# (its sentence's first word or two, "In ", "Back in ", or a clause's one, ", в "; not an article's nor an owner's, "A
# January 2021 settlement", "Boeing's January 2021 settlement")
_SCENE_WORD = r"(?!(?i:an?|the|its|their|his|her|our|this|that)\s)[\w’']+(?<![’']s)\s+"
_SCENE_BEFORE = re.compile(rf"(?:^\s*(?:{_SCENE_WORD}){{0,2}}|[,;:(—–]\s*(?:{_SCENE_WORD})?)$")
# (a year before its noun at the sentence's opening, "In a 2019 interview, …": see find_dates's "attributive")
_SCENE_NOUN_BEFORE = re.compile(r"\s*(?:In|At|During|Since|After|Before)\s+$")  # (the year's "a ", "the " follow)


def _own_years_day(sentence: str, m: re.Match[str], published: dt.date) -> bool:
    """Whether a day alone, within its clause, is of the publication's year before it (see above)."""
    if _OPENS_CLAUSE.search(sentence, max(0, m.start() - CLAUSE_SPAN), m.start()):
        return False
    own = _resolve("day_only", m, published)
    return own is not None and own[0].year == published.year and own[0] <= published


def _month(name: str) -> int:
    return _MONTHS[name.rstrip(".").casefold()]


def _slashed(g: dict[str, str | None]) -> tuple[int, int]:
    """(month, day) of a day written with slashes ("28/3/2025", "12/25/2024"), by the figure that can only be
    the day; (0, 0) where either could be (dt.date refuses it: no date)."""
    a, b = int(g["sa"]), int(g["sb"])  # type: ignore[arg-type]
    return (b, a) if a > 12 else (a, b) if b > 12 else (a, a) if a == b else (0, 0)


def _day_month(g: dict[str, str | None]) -> int:
    """The month of a "day" match, English or not."""
    if g.get("sa"):
        return _slashed(g)[0]
    if g["m1"] or g["m2"]:
        return _month(g["m1"] or g["m2"])  # type: ignore[arg-type]
    if g.get("mr"):
        return month_number(g["mr"]) or 0  # type: ignore[arg-type]
    if g.get("mb"):
        return month_number(g["mb"]) or 0  # type: ignore[arg-type]
    month = g.get("mc") or g.get("mc3") or g.get("m8") or g.get("em1") or g.get("mk") or g.get("mk3") or g.get("mi") \
        or g.get("mv") or g.get("rm1")
    if month:
        return int(month)
    if turkic := g.get("mtk") or g.get("mtk2") or g.get("mtk3") or g.get("mtk4"):
        return turkic_month_number(turkic)
    return month_number(g["m9"] or g.get("m10") or "") or 0  # 0: not a month; dt.date refuses it


def _foreign_year(year: str, month: str) -> int | None:
    """The year of "21 มกราคม 2562" (2019) or "7 de mayo de 2025"; None for a Buddhist-era
    year with another language's month ("5 mars 2500 personnes")."""
    gregorian = gregorian_year(int(year), month)
    return gregorian if EARLIEST_YEAR <= gregorian <= LATEST_YEAR else None


# A day written with slashes that either order reads ("12/2/2026"), its weekday right before it, which only one
# order agrees with: "Kamis (12/2/2026)" (Thursday 12 February; Kompas's, a first-time user's page had no event of it,
# where "Jumat (13/2/2026)" had one)
_WEEKDAY_BEFORE_SLASHED = re.compile(r"(?<![\w'])([^\W\d_]+(?:'[^\W\d_]+|-feira)?)\s*[,(]?\s*$")
WEEKDAY_SLASHED_SPAN = 24


def _weekday_slashed(sentence: str, m: re.Match[str]) -> dt.date | None:
    """The day of an ambiguous slashed date (see _slashed) that the weekday named right before it gives, or None."""
    a, b, year = int(m.group("sa")), int(m.group("sb")), int(m.group("sy"))
    before = _WEEKDAY_BEFORE_SLASHED.search(sentence, max(0, m.start() - WEEKDAY_SLASHED_SPAN), m.start())
    named = weekday_number(before.group(1)) if before else None
    if named is None or a == b:
        return None
    days = []
    for month, day in ((a, b), (b, a)):
        try:  # (a day neither order makes, "Kamis (31/2/2026)", is none: it had raised, and the article was lost)
            days += [d] if (d := dt.date(year, month, day)).weekday() == named else []
        except ValueError:
            continue
    return days[0] if len(days) == 1 else None


def _day_of(g: dict[str, str | None]) -> int:
    if g.get("sa"):
        return _slashed(g)[1]
    return int(re.sub(r"\D", "", g["d1"] or g["d2"] or g["d9"] or g.get("dc") or g.get("dc3") or g.get("d8")
                               or g.get("ed1") or g.get("dk") or g.get("dk3") or g.get("dm") or g.get("dmk") or g.get("di")
                               or g.get("dr") or g.get("db") or g.get("d10") or g.get("dv") or g.get("dsm")
                               or g.get("rd1") or g.get("dtk") or g.get("dtk2") or g.get("dtk3") or g.get("dtk4")
                               or ""))


# A year a forecast is for, after its figure, is no event: "The median dot shows 50bp more in 2024 and 100bp in 2025",
# "the median shows another 50 basis points of cuts this year", "The IMF forecasts growth of 3.1% in 2025" (a
# first-time user's research note and press-conference transcript had them as events); in English text that tells no
# past ("The economy grew 2.8% in 2024, beating forecasts" is that year's), the year the publication's or a later one,
# the forecast's word before it ("Sales are up 5% this year, and the firm expects more" tells this year's).
# ("guidance" is none, a rule's too: "Under the new guidance, large banks must hold 2 percentage points more capital
# in 2025"; nor a present perfect after the forecast's word, what happened: "Despite gloomy forecasts, the S&P 500 has
# risen 20% this year": a review's probes lost those)
_FORECAST_WORD = re.compile(r"\b(?:median|dots?|dot\s+plot|projections?|projected|projects|forecasts?|forecasting"
                            r"|forecasters?|predicts?|anticipates?|pencil(?:s|l?ed)?\s+in|expects?|expected"
                            r"|expectations?|outlook)\b", re.I)
_PERFECT_EN = re.compile(r"\b(?:has|have)\s+(?:(?:already|now|also|just|\w+ly)\s+)?(?!been\b)(?:[a-z]{2,}ed|risen"
                         r"|fallen|grown|shrunk|sunk|lost|gained|hit|won|slid|held|doubled|tripled)\b", re.I)
_FIGURE_BEFORE = re.compile(r"(?:\d%|\d\s*(?:bps?|basis\s+points?|percentage\s+points?|per\s*cent|percent)\b"
                            r"|\b(?:two|three|four|five|six|\d)\s+(?:more\s+)?(?:\w+\s+)?"
                            r"(?:cuts|hikes|increases|reductions)\b)"
                            r"[^.;,]{0,30}?\s+$", re.I)
FIGURE_SPAN = 60


def _horizon(sentence: str, m: re.Match[str], resolved: tuple[dt.date, Precision], published: dt.date | None) -> bool:
    """Whether a year (or "this year") is the horizon of a forecast's figure (see _FORECAST_WORD)."""
    return resolved[1] == "year" and (published is None or resolved[0].year >= published.year) \
        and _FIGURE_BEFORE.search(sentence, max(0, m.start() - FIGURE_SPAN), m.start()) is not None \
        and (word := _last_forecast_word(sentence, m.start())) is not None \
        and not _tells_past_en(sentence[:m.start()]) and not _PERFECT_EN.search(sentence, word, m.start())


def _last_forecast_word(sentence: str, end: int) -> int | None:
    """Where the last forecast's word before `end` ends (see _FORECAST_WORD), or None."""
    last = None
    for w in _FORECAST_WORD.finditer(sentence, 0, end):
        last = w.end()
    return last


# A participle of the past right before a month named alone: "The template, published in July, …"
# (not a passive's to come, "to be published in July", "must be approved in September", nor a plan's participle,
# "planned in September", nor a word of "-eed", "proceed in September"; nor in a sentence that tells what will be,
# "Breaches identified in September … are likely to set the tone": a review's probes)
_DONE_BEFORE = re.compile(r"(?<!\bbe\s)(?<!\bbeen\s)\b(?!(?:planned|scheduled|expected|proposed|slated|foreseen|intended"
                          r"|designed|timed|penciled|pencilled)\b)(?:\w{2,}[^e\W]ed|made|found|held|sent|built|paid"
                          r"|sold|won|lost|given|taken|written|shown|seen|begun|done)\s+(?:\w+\s+)?$")
_SUBORDINATE = re.compile(r"\b(?:because|since|although|though|while|whereas|which|who|so that|but)\b", re.I)


def _clause_end(sentence: str, at: int) -> int:
    """Where the sentence's main clause ends after `at`: at its next subordinate clause ("…, because it is
    the only one that will be public"), else at its end."""
    m = _SUBORDINATE.search(sentence, at)
    return m.start() if m else len(sentence)


_WILL_BE = re.compile(r"\b(?:will|shall|would|is|are) (?:\w+ )?(?:meant|likely|expected|due|set|about|going) to\b"
                      r"|\b(?:will|shall|would)\b|\b(?:is|are) to\b", re.I)
DONE_SPAN = 30


def _resolve(kind: str, m: re.Match[str], published: dt.date | None, future: bool = False,
             context: dt.date | None = None, year: int | None = None,
             done: bool = False) -> tuple[dt.date, Precision] | None:
    """The date and precision a match stands for, or None when it cannot be placed (`future`:
    a month named alone lies ahead of the publication date; `context`: a date named just
    before, whose year a day or month alone near it takes; `done`: a participle of the past
    right before it, "published in July")."""
    g = m.groupdict()
    if context is not None and not future and kind in ("day_only", "month_only"):
        # Unless it is a recent day (news speaks of those without a year), the narrative's year.
        recent = _resolve(kind, m, published) if published is not None else None
        if recent is None or (published - recent[0]).days > NARRATIVE_RECENT_DAYS:  # type: ignore[operator]
            month = _day_month(g) if kind == "day_only" else _month(g["m5"])
            near = _near_context(context, month, _day_of(g) if kind == "day_only" else 1)
            # (not a plan's time, after the publication, for what a participle before it tells was done: "… have
            # until 2 August 2026 …" / "The template, published in July, …" is last July's)
            if near is not None and not (done and published is not None and near > published and context > published):
                return near, "day" if kind == "day_only" else "month"
    if year is not None and published is None and kind in ("day_only", "month_only"):
        try:  # (an undated page's year, its title's: see find_dates)
            if kind == "day_only":
                return dt.date(year, _day_month(g), _day_of(g)), "day"
            return dt.date(year, _month(g["m5"]), 1), "month"
        except ValueError:
            return None
    try:
        if kind == "day":
            if g.get("yea") or g.get("yag"):  # (see extract_dates.ETHIOPIAN_MONTHS)
                day = ethiopic_date(int(g["yea"]), ETHIOPIAN_MONTHS[g["mea"]], int(g["dea"]),
                                    ETHIOPIAN_ERA_AT_END.search(m.group()) is not None, False, published,
                                    "," in m.group()) \
                    if g.get("yea") \
                    else ethiopic_date(int(g["yag"]), ETHIOPIAN_MONTHS[g["mag"]], int(g["dag"]),
                                       g.get("eag") is not None, True, published)
                return (day, "day") if day and EARLIEST_YEAR <= day.year <= LATEST_YEAR else None
            if g.get("yfa"):
                day = jalali_to_gregorian(int(g["yfa"]), JALALI_MONTHS[g["mfa"]],  # type: ignore[arg-type,index]
                                          int(g["dfa"]))  # type: ignore[arg-type]
                return (day, "day") if day and EARLIEST_YEAR <= day.year <= LATEST_YEAR else None
            if g.get("era1"):
                year = japanese_era_year(g["era1"], g["ey1"])  # type: ignore[arg-type]
            elif g.get("ry1"):
                year = int(g["ry1"]) + ROC_ERA_OFFSET  # type: ignore[arg-type]
            elif g.get("y10"):
                year = _foreign_year(g["y10"], g["m10"])  # type: ignore[arg-type]
            elif g.get("ytk"):
                year = int(g["ytk"])  # type: ignore[arg-type]
            elif g["y9"]:
                year = _foreign_year(g["y9"], g["m9"])
            else:
                year = int(g["y1"] or g["y2"] or g.get("yc") or g.get("y8") or g.get("yk") or g.get("sy")  # type: ignore[arg-type]
                           or g.get("yi") or g.get("yr") or g.get("yb") or g.get("yb0") or g.get("yv"))
            if year is None:
                return None
            return dt.date(year, _day_month(g), _day_of(g)), "day"
        if kind == "month":
            if g.get("yv2"):
                return dt.date(int(g["yv2"]), int(g["mv2"]), 1), "month"  # type: ignore[arg-type]
            if g.get("yc4"):
                return dt.date(int(g["yc4"]), 12, 1), "month"
            if g.get("yc2") or g.get("yk2"):
                return dt.date(int(g["yc2"] or g["yk2"]), int(g["mc2"] or g["mk2"]), 1), "month"
            if g.get("ry2"):
                return dt.date(int(g["ry2"]) + ROC_ERA_OFFSET, int(g["rm2"]), 1), "month"  # type: ignore[arg-type]
            if g.get("era2"):
                year = japanese_era_year(g["era2"], g["ey2"])  # type: ignore[arg-type]
                return dt.date(year, int(g["em2"]), 1), "month"  # type: ignore[arg-type]
            if g.get("yem"):
                first = ethiopian_to_gregorian(int(g["yem"]), ETHIOPIAN_MONTHS[g["mem"]], 1)
                return (first.replace(day=1), "month") if first and EARLIEST_YEAR <= first.year <= LATEST_YEAR else None
            if g.get("yb2") or g.get("yb3"):
                return dt.date(int(g["yb2"] or g["yb3"]), month_number(g["mb2"] or g["mb3"]) or 0, 1), "month"
            if g.get("ytk5"):
                return dt.date(int(g["ytk5"]), turkic_month_number(g["mtk5"]), 1), "month"  # type: ignore[arg-type]
            if g.get("y7"):
                month = month_number(g["m7"])
                return (dt.date(int(g["y7"]), month, 1), "month") if month else None
            return dt.date(int(g["y3"]), _month(g["m3"]), 1), "month"
        if kind == "decade":
            return dt.date(int(g["decade"]), 1, 1), "year"  # the decade's first year: see the module docstring
        if kind == "year":
            year = int(g["y4"] or g["y5"] or g.get("y6") or g.get("yj") or g.get("yv3") or g.get("ytk6"))
            return (dt.date(year, 1, 1), "year") if EARLIEST_YEAR <= year <= LATEST_YEAR else None
    except ValueError:
        return None  # "February 30, 2019": not a date
    if published is None:
        return None
    if kind == "month_rel":
        foreign = g.get("mf") or g.get("mf2")
        month = int(g["mj"]) if g.get("mj") else month_number(foreign) if foreign else _month(g["m4"])
        try:
            if g.get("dj") and month:
                return dt.date(published.year - 1, month, int(g["dj"])), "day"  # (int reads full-width figures)
            return (dt.date(published.year - 1, month, 1), "month") if month else None
        except ValueError:
            return None  # "지난해 2월 30일"
    if kind == "month_this":
        month = int(g["mj2"]) if g.get("mj2") else published.month if g.get("dj3") else _month(g["m6"])
        try:
            return (dt.date(published.year, month, int(day)), "day") if (day := g.get("dj2") or g.get("dj3")) \
                else (dt.date(published.year, month, 1), "month")
        except ValueError:
            return None
    if kind == "mday":  # the latest such day of a month up to publication (or the next, of what is to come)
        day = _day_of(g)
        options = [d for k in (-1, 0, 1) if (d := _day_in_month(_month_shift(published, k), day))]
        ahead = [d for d in options if d >= published]
        if future and ahead:
            return ahead[0], "day"
        past = [d for d in options if d <= published]
        return (past[-1], "day") if past else None
    if kind == "day_only":  # the latest such day up to publication, or the next one when it is near
        month, day = _day_month(g), _day_of(g)
        try:
            options = [dt.date(published.year + k, month, day) for k in (-1, 0, 1)]
        except ValueError:
            return None  # "February 30"; a 29 February only in a leap year is rare enough to drop
        ahead = min(d for d in options if d >= published)
        if future or (ahead - published).days <= NEAR_FUTURE_DAYS:
            return ahead, "day"
        return max(d for d in options if d <= published), "day"
    if kind == "weekday" and g.get("wdn"):  # (placed by its day of the month: see _weekday_and_day)
        return _weekday_and_day(g, published, context)
    if kind == "weekday":  # the latest such day up to publication (or the next after it)
        # (a narrative's time far from the page's places no weekday of this week; a plan's month to come,
        # named just before, tells nothing of a day gone by: "… antes de la COP31 de noviembre de 2026." /
        # "El jueves, un incendio … obligó a evacuar …")
        if context is not None and abs((published - context).days) > WEEKDAY_CONTEXT_DAYS \
                and not (context > published and not future) \
                and not (context.day == 1 and _NEWS_PEG_BEFORE.search(m.string, max(0, m.start() - NEWS_PEG_SPAN),
                                                                       m.start())):
            return None
        day = _WEEKDAYS[g["wd"]] if g.get("wd") else _WEEKDAYS_DE[g["wdde"]] if g.get("wdde") \
            else weekday_number(g.get("wdms") or g.get("wdtl") or "") if g.get("wdms") or g.get("wdtl") \
            else _WEEKDAYS_RO[g["wdro"].lower()]
        back = (published.weekday() - day) % 7
        if back == 0 and g.get("wdro") and (_WEEKDAY_MARK_AFTER.match(m.string, m.end())
                                            or _WEEKDAY_MARK_BEFORE.search(m.string, max(0, m.start() - 12),
                                                                           m.start())):
            return published + dt.timedelta(days=7 if future else -7), "day"  # ("dimanche prochain", on a Sunday)
        if future:  # (the same day, when the article is of that weekday: "will vote on Wednesday")
            return published + dt.timedelta(days=-back % 7), "day"
        return published - dt.timedelta(days=back), "day"
    if kind == "today":  # (not where the narrative is of another time, as a weekday)
        if context is not None and abs((published - context).days) > WEEKDAY_CONTEXT_DAYS:
            return None
        word = g["td"] or g["td2"] or g.get("td5")
        return published - dt.timedelta(days=word in ("yesterday", "昨天") if word else 1), "day"  # (td3, td4: yesterday)
    if kind == "month_only":  # the latest such month on or before publication (or the next from it)
        month = _month(g["m5"])
        if future:
            year = published.year if month >= published.month else published.year + 1
        else:
            year = published.year if month <= published.month else published.year - 1
        return dt.date(year, month, 1), "month"
    if kind == "ago":
        n = int(g["n"]) if g["n"].isdigit() else _NUMBER_WORDS[g["n"].casefold()]
        if g["unit"].startswith("year"):
            return dt.date(published.year - n, 1, 1), "year"
        return _month_shift(published, -n), "month"
    if kind == "rel":
        which = " ".join(g["which"].casefold().split())
        if g["runit"] == "year":
            return dt.date(published.year - (which == "last"), 1, 1), "year"
        return _month_shift(published, -1 if which == "last" else 0), "month"
    return None


def _counts_after_weekdays(sentence: str, published: dt.date | None, context: dt.date | None) -> bool:
    """Whether the numbers in brackets after the weekdays of this sentence are counts, not their days of
    the month: a list of them that no one week holds, as statistics pages write "X (n)" for every count
    ("As chamadas se concentraram em três dias da semana: terça-feira (18), quarta-feira (11) e sábado
    (9)", "foram a sexta-feira (23) e o sábado (19)"); days of one week may be named so ("na sexta-feira
    (3) e no sábado (4)")."""
    days = [_weekday_and_day(w.groupdict(), published, context) for w in _WEEKDAY_WITH_DAY_RO.finditer(sentence)]
    if len(days) < 2:
        return False
    if any(d is None for d in days):
        return True
    dates = [d[0] for d in days if d]
    return (max(dates) - min(dates)).days > WEEK_OF_DAYS


WEEK_OF_DAYS = 7  # the span of a list of weekdays with their days of the month, at most


def _weekday_and_day(g: dict[str, str | None], published: dt.date | None,
                     context: dt.date | None) -> tuple[dt.date, Precision] | None:
    """A Portuguese or Spanish weekday with its day of the month ("neste domingo (5)"): the day of
    that number and weekday nearest the publication date, as news names the days of its week so
    (though a date named before looks back: "Em setembro de 2023, … " / "… na noite de domingo
    (5)"); or the narrative's date, on an undated page; none where no such day is near (a slip)."""
    number = int((g["dn"] or g["dn2"] or "").rstrip("º"))
    name = g["wdn"] if g["wdn"] in _WEEKDAYS_RO else f'{g["wdn"]}-feira'  # ("nesta quarta (8)")
    weekday = _WEEKDAYS_RO[name]  # type: ignore[index]
    for near in (published, context):
        options = [d for k in (-2, -1, 0, 1) if near and (d := _day_in_month(_month_shift(near, k), number))
                   and d.weekday() == weekday]
        if options:
            return min(options, key=lambda d: (abs((d - near).days), d > near)), "day"  # type: ignore[operator]
    return None


# (a day alone a few days before the stated day is of its year, whatever the publication's: "🇺🇦 17 листопада 2024 року
# (з 17:30 16 листопада) противник атакував …", a first-time user's undated Telegram post had 16 November 2025; "On 22
# January 2020, days after a ceasefire took effect on 19 January", told in 2025, had 19 January 2021)
STATED_DAYS_BEFORE = 31


def _after_stated(kind: str, m: re.Match[str], stated: tuple[dt.date, Precision],
                  published: dt.date | None = None, future: bool = False) -> tuple[dt.date, Precision] | None:
    """A day or month alone after a date the same sentence states ("joined in March 2001 and
    became CEO in August"): the first such day or month from it, or a day a few days before it (STATED_DAYS_BEFORE)
    (in the stated year, when that is all the sentence says); but not past the publication date (`published`, given
    unless the sentence speaks of the future, `future`) where the stated year holds it: "on 22
    January 2025, days after a ceasefire took effect on 19 January" is 19 January 2025."""
    g = m.groupdict()
    if kind == "mday" and stated[1] != "year":
        # "1月2日に本部を設置し、3日に…": the stated month's, or the next month's when the day is past
        base = stated[0]
        later = [d for k in (0, 1) if (d := _day_in_month(_month_shift(base, k), _day_of(g))) and d >= base]
        return (later[0], "day") if later else None
    if kind not in ("day_only", "month_only"):
        return None
    month = _day_month(g) if kind == "day_only" else _month(g["m5"])
    day = _day_of(g) if kind == "day_only" else 1
    base, precision = stated
    for year in (base.year, base.year + 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            return None
        since = base.replace(day=1) if kind == "month_only" else base
        if precision == "year" or candidate >= since \
                or kind == "day_only" and precision == "day" and not future \
                and (base - candidate).days <= STATED_DAYS_BEFORE:
            if year > base.year and published is not None and candidate > published:
                candidate = candidate.replace(year=base.year)  # (a 29 February has no next year's)
            return candidate, "day" if kind == "day_only" else "month"
    return None


def _day_in_month(first: dt.date, day: int) -> dt.date | None:
    """The day of the month `first` opens, or None where it has none (a 31st of April)."""
    try:
        return first.replace(day=day)
    except ValueError:
        return None


def _near_context(context: dt.date, month: int, day: int) -> dt.date | None:
    """The date with this month and day nearest to context, if within NARRATIVE_MONTHS of it."""
    best: tuple[int, dt.date] | None = None
    for year in (context.year - 1, context.year, context.year + 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            return None
        gap = abs((year * 12 + month) - (context.year * 12 + context.month))
        if gap <= NARRATIVE_MONTHS and (best is None or gap < best[0]):
            best = (gap, candidate)
    return best[1] if best else None


def _month_shift(day: dt.date, months: int) -> dt.date:
    """First day of the month `months` away from day's month."""
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


# A release's dateline: the place (perhaps none), the date, a dash, then what happened: "Washington,
# D.C., March 25, 2024 – The United States Department of Agriculture …", "BOSTON, May 2, 2024
# /PRNewswire/ -- …". (Not "January 6, 2021 – a day that …": the text goes on in small letters.)
_DATELINE_PLACE = re.compile(r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*,\s*){1,3}")
_SMALL_WORD = re.compile(r"\b[a-z]+\b")
_DATELINE_DASH = re.compile(r",?\s*(?:\([^()]{2,30}\)\s*)?(?:/[^/\s][^/]{0,40}/\s*)?(?:--|[-–—])\s*(?=[A-Z“\"])")


_NEWSWIRE_RE = re.compile(r"/[A-Za-z][\w -]{2,30}/")  # "PHILADELPHIA, Jan. 8, 2025 /PRNewswire/ -- "
_WIRE_AGENCY_RE = re.compile(r"\((?:AP|AFP|Reuters|Bloomberg|EFE|dpa|DPA|ANSA|AGI|UPI|Xinhua|Kyodo|Yonhap|TASS|PTI|IANS"
                             r"|ANI|UNB|BSS|APP|Bernama|Antara|Lusa|Europa Press"
                             r"|CNN[^()]{0,12}|[A-Z][\w.]*News[\w.]*)\)")


def event_text(sentence: str, hit: DateHit) -> str:
    """The sentence, or for a long one the clause holding the date; a dateline that holds the
    date is left out (the text after it says what happened that day), and a wire's that does
    not ("BELEM, Brazil (AP) — United Nations climate talks ended Saturday …": two outlets'
    copies of the story, "(AP) —" and "--", tell it in the same words)."""
    # (a pasted list's item: its bullet is no part of it)
    if sentence[:1] in LIST_MARKS and sentence[1:2] == " " and hit.start >= 2:
        return event_text(sentence[2:], DateHit(hit.date, hit.precision, hit.start - 2, hit.end - 2, hit.phrase,
                                                hit.relative))
    turn = TRANSCRIPT_TURN_RE.match(sentence) if sentence[:1] == "[" else None
    if turn and hit.start >= turn.end() and turn.end() < len(sentence):  # (a transcript's time and speaker: no part of it)
        return event_text(sentence[turn.end():], DateHit(hit.date, hit.precision, hit.start - turn.end(),
                                                         hit.end - turn.end(), hit.phrase, hit.relative))
    wire = WIRE_DATELINE_RE.match(sentence) if sentence[:1].isupper() else None
    # (an agency's or a newswire's: not a subject in capitals, "IBM — The company said …", "WHO (World Health
    # Organization) — …", "PFIZER/BIONTECH — …", "JANE DOE, Chief Executive — …", nor a speaker's label; or the day in
    # brackets, "Law360 (April 17, 2025, 11:42 AM EDT) -- …")
    if wire and (_WIRE_AGENCY_RE.search(wire.group()) or _NEWSWIRE_RE.search(wire.group())
                 or BRACKETED_DAY_RE.search(wire.group())) \
            and (hit.start >= wire.end() or hit.end <= wire.end()) \
            and len(_SMALL_WORD.findall(sentence, wire.end())) >= 3:
        if hit.end <= wire.end():  # (the dateline's own day, "ADEN/ATHENS, Aug 22 (Reuters) - …": as a release's)
            return event_text(sentence[wire.end():], DateHit(hit.date, hit.precision, 0, MAX_EVENT_CHARS // 2,
                                                              hit.phrase, hit.relative))
        return event_text(sentence[wire.end():], DateHit(hit.date, hit.precision, hit.start - wire.end(),
                                                          hit.end - wire.end(), hit.phrase, hit.relative))
    # (a Chinese agency's or paper's, its text after it as an English wire's: "新华社合肥1月20日电（记者戴威、徐海涛）记者从
    # …获悉，1月20日，…", "本报讯（记者李某）…"; a first-time user's Xinhua page's event opened with it)
    wire = WIRE_DATELINE_RE.match(sentence) if "\u4e00" <= sentence[:1] <= "\u9fff" else None
    if wire and (hit.start >= wire.end() or hit.end <= wire.end()) and len(sentence) - wire.end() >= 8:
        return event_text(sentence[wire.end():], DateHit(hit.date, hit.precision, hit.start - wire.end(),
                                                          hit.end - wire.end(), hit.phrase, hit.relative)
                          if hit.start >= wire.end()
                          else DateHit(hit.date, hit.precision, 0, MAX_EVENT_CHARS // 2, hit.phrase, hit.relative))
    # (an online paper's, its site's name for the agency's: "DHAKA, KOMPAS.com - Partai …", a first-time user's page)
    site = SITE_DATELINE_RE.match(sentence) if sentence[:1].isupper() else None
    if site and hit.start >= site.end():
        return event_text(sentence[site.end():], DateHit(hit.date, hit.precision, hit.start - site.end(),
                                                          hit.end - site.end(), hit.phrase, hit.relative))
    # (a place's, no agency by it: "Dar es Salaam. Tume Huru …", "Chihuahua.- La Secretaría …", Amharic's "አዲስ አበባ፣
    # ኅዳር 15፣ 2018 (ኤፍ ኤም ሲ) …", its own day: see text.place_dateline; a full stop alone only after a place with a
    # name's small word, the sentence's article unread here; nor a name and a spaced en dash, "Apple – The company …",
    # which only the lead's place may be)
    place = place_dateline(sentence, ())
    if place and sentence[:place].rstrip().endswith(" –"):
        place = 0
    if place and (hit.start >= place or hit.end <= place) and len(sentence[place:].split()) >= 4:
        return event_text(sentence[place:], DateHit(hit.date, hit.precision, hit.start - place, hit.end - place,
                                                    hit.phrase, hit.relative) if hit.start >= place
                          else DateHit(hit.date, hit.precision, 0, MAX_EVENT_CHARS // 2, hit.phrase, hit.relative))
    # (a day without its year too, before an agency's name: "Dhaka, May 10 (UNB) – The interim government …", a
    # first-time user's Dhaka Tribune page had the dateline alone as the event)
    dash = _DATELINE_DASH.match(sentence, hit.end)
    if dash and hit.relative and not (hit.precision == "day" and _WIRE_AGENCY_RE.search(dash.group())):
        dash = None
    if dash and (hit.start == 0 or _DATELINE_PLACE.fullmatch(sentence, 0, hit.start)) \
            and len(_SMALL_WORD.findall(sentence, dash.end())) >= 3:  # (not CNN's "… -- Updated 1057 GMT")
        # (the date stands for the whole text after it: a long one's clause or window from its start)
        return event_text(sentence[dash.end():], DateHit(hit.date, hit.precision, 0, MAX_EVENT_CHARS // 2, hit.phrase))
    if len(sentence) <= MAX_EVENT_CHARS:
        return sentence
    # (not at a colon or semicolon in brackets, a label's: "TSMC (TWSE: 2330, NYSE: TSM) today announced …")
    cuts = [m for m in re.finditer(r"[;:]\s+|\s+[—–]\s+", sentence)
            if sentence[m.start()] not in ";:" or sentence.count("(", 0, m.start()) <= sentence.count(")", 0, m.start())]
    bounds = [0] + [m.end() for m in cuts] + [len(sentence)]
    for start, end in zip(bounds, bounds[1:]):
        if start <= hit.start < end:
            clause = sentence[start:end].strip(" ;:—–")
            if len(clause) <= MAX_EVENT_CHARS:
                return clause
            break
    # Still long: a window of words around the date.
    half = MAX_EVENT_CHARS // 2
    lo = max(0, hit.start - half)
    hi = min(len(sentence), hit.end + half)
    lo = sentence.find(" ", lo) + 1 if lo else 0
    hi = sentence.rfind(" ", 0, hi) if hi < len(sentence) else hi
    return ("…" if lo else "") + sentence[lo:hi].strip() + ("…" if hi < len(sentence) else "")


# A reference's shape, under a label standing alone: "Marsh, Helena and …, Default Rules … (September
# 10, 2025). … Available at SSRN: https://…" (not the paragraph a blog's "How to cite:" heads)
_CITED_WORK = re.compile(r"^[A-Z][\w'’-]+, [A-Z]|\((?:[^()]*\s)?(?:19|20)\d\d\)|(?i:\bdoi\b|https?://|available at)")


def _citations(article: Article) -> set[str]:
    """The anchors of the paragraphs a citation label opens, or stands over alone (see
    _CITATION_LABEL)."""
    out: set[str] = set()
    label_over = False
    for block in article.blocks:
        label = _CITATION_LABEL.match(block.text)
        if block.anchor and (label or label_over and _CITED_WORK.search(block.text)):
            out.add(block.anchor)
        label_over = label is not None and not block.text[label.end():].strip()  # "Suggested Citation:" alone
    return out


_TITLE_YEAR_RE = re.compile(r"((?:1[89]|20)\d\d) (?=[^\W\d])(?!.*\b(?:1[89]|20)\d\d\b)")
NARRATIVE_CONTEXTS = 3  # the dates named before the last that may place a day alone (see _nearest_placed)


def _nearest_placed(sentence: str, paragraph: int, hits: list[DateHit], context: tuple[dt.date, int] | None,
                    earlier: list[tuple[dt.date, int]], foreign: bool | str) -> list[DateHit]:
    """With no publication date a day or month alone is placed only by a date named before it:
    by the one, of the last and those before it that lie after it, that it lies nearest to ("…
    struck on 1 January 2024" / "Since December 2020 … a magnitude 6.5 earthquake on 5 May 2023." /
    "… set up headquarters on 2 January": 2 January 2024, not nothing, nor 2 January 2021). A date
    before the last is no flashback's end where the text goes forward in time ("On 19 November 2023
    …" / "On 6 March [2024] …" / "… towed to safety in September": not September 2023), nor in the
    flashback's own paragraph ("… signed on 10 December 2019. Negotiations had begun on 14 March
    2018. The first draft was circulated on 2 November.": November 2018, not November 2019)."""
    best: dict[int, tuple[int, DateHit]] = {}
    tried = [(context[0], hits)] if context is not None else []
    tried += [(c, find_dates(sentence, None, c, foreign)) for c, _ in reversed(earlier)
              if context is None or c > context[0] and context[1] < paragraph]
    for when, found in tried:
        for hit in found:
            gap = abs((hit.date - when).days) if hit.relative else 0
            if hit.start not in best or gap < best[hit.start][0]:
                best[hit.start] = (gap, hit)
    return [hit for _, (_, hit) in sorted(best.items())]


def _since_published(hit: DateHit, published: dt.date, updated: dt.date) -> DateHit:
    """A weekday read as the one before the publication, as the one after it when that is no later
    than the update (see extract_events)."""
    if not hit.relative or hit.precision != "day" or hit.date >= published \
            or hit.date + dt.timedelta(days=7) > updated or not _WEEKDAY_WORD_RE.search(hit.phrase):
        return hit
    return DateHit(hit.date + dt.timedelta(days=7), hit.precision, hit.start, hit.end, hit.phrase, hit.relative)


UPDATED_DAYS = 3  # an update this many days after the publication at most (extract_text's UPDATED_WEEKDAY_DAYS)
_WEEKDAY_WORD_RE = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|" + "|".join(
    sorted({*_WEEKDAYS_DE, *_WEEKDAYS_RO}, key=lambda w: (-len(w), w))), re.I)


LIVE_STAMPS_MIN = 3  # entries' day-and-time headings that make a page a live blog
DAY_HEADING_MAX_CHARS = 40  # a live blog's heading of a day ("Sunday 19 October 2025")
LIVE_DAYS_AROUND = 7  # ... within this many days of the page's (not a recap's "11 septembre 2001")
_CLOCK_RE = re.compile(r"(\d{1,2})[.:h](\d{2})\s*([ap])?\.?m?", re.I)


def _clock(heading: str) -> int:
    """The minutes past midnight of an entry's time ("14:42 · …", "2.10pm"); 0 when none is read."""
    m = _CLOCK_RE.search(heading.split(" · ", 1)[0])
    if m is None:
        return 0
    hour = int(m.group(1)) % 12 + (12 if (m.group(3) or "").lower() == "p" else 0) if m.group(3) else int(m.group(1))
    return hour * 60 + int(m.group(2))
ENTRY_EVENT_MIN_WORDS = 4  # the entry's first sentence this long says what happened at its time


def _stamp(text: str) -> str | None:
    """The day of a live blog's entry's heading ("20/11/2025 às 14h02", "28 Apr 2025 16.48 BST ·
    Insurers say …"), as written."""
    m = LIVE_TIME_RE.fullmatch(text.split(" · ", 1)[0])
    return m.group("day") if m is not None and m.group("day") else None


def live_entries(article: Article) -> dict[str, tuple[dt.date, bool]]:
    """For a live blog's entries under their time (the extraction says it is one, and
    LIVE_STAMPS_MIN of them at least), each paragraph's anchor: the entry's day, and whether
    the paragraph opens the entry. An entry stamped with its time alone ("14:42 · Laure Beccuau
    évoque …") is of the day the stamps or a day's heading before it name, else of the page's
    date. Days in figures are read in one order for the whole page (extract_dates.stamp_days:
    "12/01/2023" is 12 January on a Portuguese page of January, "03/12/2025" the 3rd on an
    English page of 4 December)."""
    if not getattr(article, "live", False):
        return {}  # (a list of the latest stories, each its time over its line, is no live blog's entries)
    headings = [block.text for block in article.blocks if block.kind == "heading"]
    stamps = {text: day for text in headings if (day := _stamp(text))}
    timed = {text for text in headings if text not in stamps and LIVE_TIME_RE.fullmatch(text.split(" · ", 1)[0])}
    if len(stamps) + len(timed) < LIVE_STAMPS_MIN:
        return {}
    days = dict(zip(stamps, stamp_days(list(stamps.values()), article.date, article.language == "en")))
    out: dict[str, tuple[dt.date, bool]] = {}
    clocks = [_clock(text) for text in headings if text in timed]
    # (newest first, as most live pages are: a later time under an earlier one is the day before; oldest
    # first, an earlier time under a later one the day after)
    newest_first = sum(b < a for a, b in zip(clocks, clocks[1:])) >= sum(b > a for a, b in zip(clocks, clocks[1:]))
    updated = getattr(article, "updated", None)
    current = (updated if newest_first and updated else article.date)  # (the day of entries stamped with a time alone)
    previous: int | None = None
    day: dt.date | None = None
    first = False
    for block in article.blocks:
        if block.kind == "heading":
            if block.text in timed and current is not None:
                clock = _clock(block.text)
                if previous is not None and (clock > previous if newest_first else clock < previous):
                    current += dt.timedelta(days=-1 if newest_first else 1)  # (over midnight)
                previous = clock
            day = days.get(block.text) or (current if block.text in timed else None)
            if block.text in days:
                current, previous = days[block.text], None
            elif day is None and (found := find_day(block.text, article.language == "en")) \
                    and found[0][0] == 0 and len(block.text) <= DAY_HEADING_MAX_CHARS and article.date \
                    and abs((found[0][1] - article.date).days) <= LIVE_DAYS_AROUND:
                current, previous = found[0][1], None  # a day's heading over its entries: "19 octobre 2025"
            first = True
        elif day is not None and block.anchor:
            out[block.anchor] = (day, first)
            first = False
    return out


# A chronology's line: a day, a colon or a dash, what happened ("- 7 Oct 2022: BIS announces its first package.
# Effective Oct 21 for most provisions.", an analyst's notes edited in December 2025): the line's later
# sentences tell of its day's time, their day alone is placed near it, not near the publication (the 21st
# had been October 2025's).
_CHRONOLOGY_LINE_AFTER = re.compile(r"\s*(?::|[–—-]\s)")
_BULLETS = " " + LIST_MARKS


def _chronology_anchors(article: Article) -> set[str]:
    """The anchors of the paragraphs that open as a chronology's entries, each beside another that does (a
    chronology's, not a feature's lede: "7 Oct 2022: the date is etched in the memory of every chip executive …",
    a review's probe)."""
    dated = [i for i, b in enumerate(article.blocks) if b.anchor and dated_entry(b.text)]
    return {article.blocks[i].anchor for k, i in enumerate(dated)  # type: ignore[misc]
            if k > 0 and dated[k - 1] == i - 1 or k + 1 < len(dated) and dated[k + 1] == i + 1}


# A table's rows that date what they tell: a day alone in a cell, what happened in a cell to its right ("Oct 20,
# 2020 | COMPLAINT against GOOGLE LLC … filed by UNITED STATES OF AMERICA | Download PDF", a court's docket, a
# first-time user's; an advisory's "2024-03-29 | Backdoor reported to the distributions"; an encyclopedia's "Date |
# Event"). Not a table whose days stand right of its names (people and their birthdays, central banks and the day
# of their last decision), nor one whose cells to the right are figures or a few words (prices, a match's opponent,
# a poll's pollster, a market's movers: a review's probes): the text column's cells hold TABLE_EVENT_WORDS words on
# average, TABLE_EVENT_SMALL_WORDS of them in small letters as a sentence's are (not a name's, "Marist College
# Institute for Public Opinion"), and the day column is a day in most of its rows. The row's other cells of words up to
# the text's are the event's too (an earnings calendar's "Alphabet | April 24, 2025 | Cloud growth and spending on AI":
# "Alphabet — Cloud …"; a recall's brand; not the docket's "Download PDF" right of its description).
TABLE_EVENT_MIN_ROWS = 2
TABLE_EVENT_WORDS = 4
TABLE_EVENT_SMALL_WORDS = 2
TABLE_DAY_MAX_CHARS = 32
_LETTERS_WORD = re.compile(r"[^\W\d_]{2,}")


def _table_day(cell: str, month_first: bool) -> dt.date | None:
    """The day a table's cell holds alone ("Oct 20, 2020", "2024-03-29 14:00 UTC", "12 березня 2025")."""
    cell = cell.strip()
    if not cell or len(cell) > TABLE_DAY_MAX_CHARS or not any(ch.isdigit() for ch in cell):
        return None
    days = find_day(cell, month_first)
    if len(days) != 1 or date_share(cell) < DATED_ENTRY_SHARE:
        return None
    return days[0][1]


def table_rows(text: str, month_first: bool) -> list[tuple[dt.date, str]]:
    """(day, what happened) for each row of a table block (rows a line, cells split by tabs) that dates
    what it tells (see TABLE_EVENT_MIN_ROWS), in the table's order."""
    rows = [row.split("\t") for row in text.split("\n")]
    width = max(map(len, rows))
    for col in range(width - 1):
        days = {k: day for k, row in enumerate(rows) if col < len(row) and (day := _table_day(row[col], month_first))}
        filled = sum(1 for row in rows[1:] if col < len(row) and row[col].strip())
        if len(days) < TABLE_EVENT_MIN_ROWS or 2 * len(days) < filled:
            continue
        # what happened: the cell right of the day with the most words over the dated rows
        words = {c: [len(_LETTERS_WORD.findall(rows[k][c])) if c < len(rows[k]) else 0 for k in days]
                 for c in range(col + 1, width)}
        text_col = max(words, key=lambda c: (sum(words[c]), -c))
        counts = words[text_col]
        small = sum(sum(w[0].islower() for w in _LETTERS_WORD.findall(rows[k][text_col])) for k in days
                    if text_col < len(rows[k]))
        if sum(counts) < TABLE_EVENT_WORDS * len(counts) or small < TABLE_EVENT_SMALL_WORDS * len(counts):
            return []
        return [(day, " — ".join(" ".join(cell.split()) for j, cell in enumerate(rows[k][:text_col + 1])
                                 if j != col and _LETTERS_WORD.search(cell)))
                for (k, day), n in zip(days.items(), counts) if n >= 2]
    return []


# An update's note, under a text or over it, dated by its label: "Update, May 13: The Commerce Department said it
# would rescind the rule instead of enforcing it on May 15." (a first-time user's newsletter of January 2025: its
# 13 and 15 May had gone a year back, before the post); "UPDATE (May 13):", "Correction, Jan. 4 —". Written after the
# publication: its day alone is the next one after it (within a year), and the note's other days are placed
# from it.
_UPDATE_LABEL_RE = re.compile(r"\W*(?:update[sd]?|correction|clarification|editor['’]s note)\b[,:]?\s*\(?"
                              r"([^:()—–]{3,30}?)\)?\s*(?::|[—–-]\s)", re.I)


# ... whose note opens with the day of what it tells ("Update, December 4, 2024: On Tuesday, CISA … released
# guidance", a first-time user's news page had the label's 4 December as a second event of the sentence): that day is
# its event's, the label's is only when it was written (not a note whose day is its own, "Update, May 13: The
# Commerce Department said …, on May 15")
_OWN_DAY_AFTER_LABEL = re.compile(r"\s*(?:[Oo]n|[Ll]ast|[Ee]arlier|[Ll]ate|[Ee]arly)?\s*$")


def _update_day(label: str, published: dt.date, foreign: bool | str) -> dt.date | None:
    """The day an update's label names, on or after the publication (None if it names none)."""
    hits = find_dates(label, published, None, foreign)
    if not hits or hits[0].precision != "day":
        return None
    day = hits[0].date
    if hits[0].relative and day < published:
        try:
            later = day.replace(year=day.year + 1)
        except ValueError:
            return None
        day = later if (later - published).days <= 366 else day
    return day if day >= published else None


# A statement that opens with its day and tells what was done then, past the publication: a page's later addition,
# no plan ("On 31 January 2024, patches were released …", "On 8 February 2024 a further issue … was disclosed and
# fixed" on an advisory first published on 10 January and modified on 9 February; "Updated August 6, 2024: The full
# Root Cause Analysis has been published."; "2024年7月8日，两家机构又发布了第二份报告": a first-time user's pages had them
# Planned). Its day first, after "On" or an update's label; in English a finite past (_DONE_EN) and no word of what
# is to come ("will", "expected", "set to") nor of what must be (_OBLIGED_EN); in Chinese "了" or "已" (not "为了",
# "除了", "了解"), in Japanese and Korean the past's ending (_CJK_PAST_END), no "予定", "将".
_OPENING_DAY_EN = re.compile(rf"(?:[Oo]n\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:,?\s+{_MONTH}\s+{_DAY})?"
                             rf"|{_MONTH}\s+{_DAY}(?:,?\s+(?:19|20)\d\d)?|{_DAY}\s+{_MONTH}(?:\s+(?:19|20)\d\d)?)"
                             r"(?:,|:|\s+(?=[a-z]+\s|[A-Z]))\s*")
_OPENING_DAY_CJK = re.compile(rf"{_CJK_YEAR}年{_CJK_MONTH}月{_CJK_DAY}日(?:（[^（）]{{1,8}}）)?[，,、]")
_PAST_ZH = re.compile(r"(?<!为)(?<!除)了(?!解)|已")


def told_done(text: str) -> bool:
    """Whether an event's text opens with its day and tells it done (see _OPENING_DAY_EN): no plan, though it lies
    after the page's publication."""
    if text[:1] in "Uu" and (label := _UPDATE_LABEL_RE.match(text)) and any(c.isdigit() for c in label.group(1)):
        rest = text[label.end():].lstrip()
    elif (m := _OPENING_DAY_CJK.match(text)) is not None:
        rest = text[m.end():]
        if _CJK_FUTURE.search(rest) or "将" in rest:
            return False
        return _CJK_PAST_END.search(rest) is not None if KANA_RE.search(rest) or HANGUL_RE.search(rest) \
            else _PAST_ZH.search(rest) is not None
    elif (m := _OPENING_DAY_EN.match(text)) is not None:
        rest = text[m.end():]
    else:
        return False
    rest = rest[m.end():] if (m := _OPENING_DAY_EN.match(rest)) else rest  # ("… 2024: On Tuesday, the agencies …")
    return _DONE_EN.search(rest) is not None and _AHEAD_WORD_EN.search(rest) is None \
        and _OBLIGED_EN.search(rest) is None


# What told_done takes for a thing done, in English: a passive's or a perfect's past ("patches were released", "was
# disclosed and fixed", "has been published"), or a past right after its subject at the clause's start ("the agencies
# released guidance", "CISA, the FBI, the NSA and international partners released guidance"); not a participle after
# a noun ("the duties agreed by member states enter into force"), nor one in a relative clause ("the scheme, which
# helped 360,000 households, closes"), a review's probes, which a check for any past in the sentence had made Events
# (a subject's word in small letters: no preposition nor relative pronoun, "bans on prohibited practices adopted under
# the act start to apply", a review's probe; the past not followed by one either, "the undertakings negotiated with
# carmakers replace the duties")
_SUBJECT_WORD_EN = r"(?!(?:on|of|in|for|with|by|under|to|at|from|which|that|who)\b)[a-z]+"
_NAME_WORD_EN = r"[A-Z][\w.&'’-]*"
_DONE_EN = re.compile(r"\b(?:was|were|had)\s+(?:(?:\w+ly|also|then|first|not)\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn)\b"
                      r"|\b(?:has|have)\s+(?:(?:\w+ly|also|now|just)\s+)?been\s+[a-z]+(?:ed|en|wn)\b"
                      rf"|^(?:the\s+)?(?:{_NAME_WORD_EN}|{_SUBJECT_WORD_EN})"
                      rf"(?:,\s+(?:and\s+)?(?:the\s+)?{_NAME_WORD_EN}"
                      rf"|\s+(?:and\s+)?(?:{_NAME_WORD_EN}|{_SUBJECT_WORD_EN})){{0,6}}\s+"
                      r"(?:\w+ly\s+)?(?:[a-z]+ed|said|made|took|gave|won|lost|met|paid|sold|held|found|began|struck|led"
                      r"|rose|fell|sent|issued|put|set|cut|hit)\b(?!\s+(?:by|with|under|in|on|for|to|at|from)\b)")
_OBLIGED_EN = re.compile(r"\b(?:must|needs?\s+to|has\s+to|have\s+to|enters?\s+into|takes?\s+effect|comes?\s+into)\b",
                         re.I)


# ... but a page's log of its own changes is none ("Update history" / "2023-07-03: Corrected the number …")
_CHANGE_NOTE_AFTER = re.compile(r"\s*(?::|[–—-])\s*(?:corrected|correction|updated|update|added|fixed|clarified|removed"
                                r"|changed|edited|amended)\b", re.I)
# A page's stamp left in its text, a day and its update's label: "الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00
# (GMT+0400)" (CNN Arabic's), "Wednesday, 28 August 2013, last updated 14:00"
_LAST_UPDATED_AFTER = re.compile(r"[\s,،|–—-]*(?:last\s+updated|آخر\s+تحديث)\b", re.I)
# A source's day of reading, in a citation: "accessed 7 Oct 2022", "retrieved on March 3, 2020"
_ACCESSED_BEFORE = re.compile(r"\b(?:accessed|retrieved|consulted|abgerufen(?: am)?|consulté le)\s+(?:on\s+)?$", re.I)


def extract_events(article: Article, entities: dict[str, Entity],
                   mentions: dict[tuple[str, str], list[str]] | None = None,
                   sents: list[tuple[str, str]] | None = None) -> list[Event]:
    """Dated statements in the article's paragraphs, each linked to its paragraph anchor.

    mentions maps (anchor, sentence) to the entity slugs named there (enrich builds it once
    for the corpus); without it the article's own entities' mentions are used.
    """
    if mentions is None:
        mentions = {}
        for slug in article.entities:
            for m in entities[slug].mentions if slug in entities else ():
                if m.article == article.slug:
                    mentions.setdefault((m.anchor, m.sentence), []).append(slug)
    quote_anchors = {b.anchor for b in article.blocks if b.kind == "quote"}
    references = {b.anchor for b in article.blocks if b.anchor and _REFERENCE.match(b.text)}
    references |= _citations(article)
    foreign: bool | str = article.language != "en" and (article.language or True)  # (unknown too: the other
    # languages' dates are tried; the language's code where known, for French "hier", see _loose_yesterday_is_no_day)
    events: dict[tuple[object, ...], Event] = {}
    paragraph, previous_anchor = 0, None
    context: tuple[dt.date, int] | None = None  # the last full date or month named, and its paragraph
    scene = False  # (whether it opened its sentence or a clause, "In March 2023, …": see _own_years_day)
    earlier: list[tuple[dt.date, int]] = []  # the ones named before it, latest last
    # (an undated page about one year's happening, its title led by the year: "2024 Noto earthquake",
    # Wikipedia's way; not "2023–24 Red Sea crisis", nor "History of X since 1990")
    title_year = int(m.group(1)) if article.date is None and article.title \
        and (m := _TITLE_YEAR_RE.match(article.title)) else None
    # A page updated a few days after it was published (a live page's "Updated: … January 7") tells
    # of the days since: its weekday is the one after the publication, up to the update, before
    # the one a week back ("said Sunday night", on a Friday's page updated on the Sunday).
    updated = getattr(article, "updated", None)
    if updated is not None and (article.date is None or not 0 < (updated - article.date).days <= UPDATED_DAYS):
        updated = None
    entries = live_entries(article)
    opening = None  # the anchor of an entry's first paragraph, until its first sentence is read
    chronicled: dt.date | None = None  # the day a chronology's line opens with (see _CHRONOLOGY_LINE_AFTER)
    update_day: dt.date | None = None  # the day an update's note under the text is dated (see _UPDATE_LABEL_RE)
    chronology = _chronology_anchors(article)
    for anchor, sentence in sents if sents is not None else sentences(article):
        if anchor != previous_anchor:
            paragraph, previous_anchor = paragraph + 1, anchor
            opening = anchor if anchor in entries and entries[anchor][1] else None
            first_sentence, chronicled, update_day = True, None, None
        else:
            first_sentence = False
        if anchor in references:
            continue
        if anchor in entries:
            # A live blog's entry: its day and time date what it says first, and what it says
            # "this morning" or "on Wednesday" is of its own day, not the page's.
            day = entries[anchor][0]
            hits = find_dates(sentence, day, context[0] if context else None, foreign, scene=scene)
            if anchor == opening and len(sentence.split()) >= ENTRY_EVENT_MIN_WORDS \
                    and not _ENTRY_GREETING.match(sentence):  # (not its "Good morning!", nor its welcome)
                opening = None
                if not hits:  # (its own date, if it names one: "took off on Friday, January 5")
                    hits = [DateHit(day, "day", 0, 0, "", relative=True)]
            for hit in hits:
                if hit.relative and hit.phrase and anchor in quote_anchors:
                    continue  # (an excerpt's "yesterday" is its own; the entry's day dates the entry)
                event = Event(hit.date, hit.precision, event_text(sentence, hit), article.slug, anchor,
                              tuple(article.tags), tuple(mentions.get((anchor, sentence), ())))
                events.setdefault((hit.date, hit.precision, anchor, sentence), event)
            continue
        if context is not None and paragraph - context[1] > NARRATIVE_PARAGRAPHS:
            context = None
        earlier = [c for c in earlier if context is not None and paragraph - c[1] <= NARRATIVE_PARAGRAPHS] \
            if earlier else earlier  # (mostly none: no list made from nothing)
        if first_sentence and article.date is not None and (label := _UPDATE_LABEL_RE.match(sentence)):
            update_day = _update_day(label.group(1), article.date, foreign)
        if update_day is not None:  # an update's note: of its own day, not the publication's
            hits = find_dates(sentence, update_day, None, foreign)
            if first_sentence and len(hits) > 1 and hits[0].end <= label.end() \
                    and _OWN_DAY_AFTER_LABEL.match(sentence, label.end(), hits[1].start):
                hits = hits[1:]  # (the label's day, where the note opens with its own: see _OWN_DAY_AFTER_LABEL)
        elif chronicled is not None:  # the line's later sentences: of its day's time, not the publication's
            hits = find_dates(sentence, None, chronicled, foreign)
        else:
            hits = find_dates(sentence, article.date, context[0] if context else None, foreign,
                              title_year if context is None else None, scene)
            if first_sentence and anchor in chronology and hits and not hits[0].relative and hits[0].precision == "day" \
                    and not sentence[:hits[0].start].strip(_BULLETS) and _CHRONOLOGY_LINE_AFTER.match(sentence, hits[0].end):
                chronicled = hits[0].date
        if article.date is None and earlier:
            hits = _nearest_placed(sentence, paragraph, hits, context, earlier, foreign)
        if updated is not None:
            hits = [_since_published(hit, article.date, updated) for hit in hits]  # type: ignore[arg-type]
        for hit in hits:
            if not hit.relative and hit.precision != "year":
                if context is not None and context[0] != hit.date:
                    earlier = (earlier + [context])[-NARRATIVE_CONTEXTS:]
                context = (hit.date, paragraph)
                scene = _SCENE_BEFORE.search(sentence, max(0, hit.start - CLAUSE_SPAN), hit.start) is not None
            elif not hit.relative and context is not None and hit.date.year != context[0].year:
                context, earlier = None, []  # "In April 2019 ... left in 2020. ... in May": not May 2019
        if hits and len(sentence) <= DATE_ONLY_MAX_CHARS and _date_only(sentence, hits):
            continue  # (a dateline standing alone: see _date_only)
        for hit in hits:
            if hit.relative and anchor in quote_anchors:
                continue  # relative to the excerpt's own publication date, which is unknown
            text = event_text(sentence, hit)
            event = Event(hit.date, hit.precision, text, article.slug, anchor, tuple(article.tags),
                          tuple(mentions.get((anchor, sentence), ())))
            # (one entry for a sentence that names the same date twice: "… $1 billion in 2010 …
            # totaled $70 billion in 2010")
            events.setdefault((hit.date, hit.precision, anchor, sentence), event)
    month_first = article.language == "en"
    for block in article.blocks:
        if block.kind == "table" and block.anchor:
            for day, text in table_rows(block.text, month_first):
                text = _event_cell(text)
                events.setdefault((day, "day", block.anchor, text),
                                  Event(day, "day", text, article.slug, block.anchor, tuple(article.tags), ()))
    return list(events.values())


def _event_cell(text: str) -> str:
    """A table cell's text as an event's: cut at a word, MAX_EVENT_CHARS at most."""
    if len(text) <= MAX_EVENT_CHARS:
        return text
    return text[:text.rfind(" ", 0, MAX_EVENT_CHARS - 1)].rstrip(" ,;:") + "…"
