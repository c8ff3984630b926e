"""Text-dump extraction: find headline, byline, dateline, publication and body in a page's text.

The input is the text of a rendered web page (one rendered block per line), so
navigation, share buttons, related links and footers are mixed with the
article.  Lines are classified in the spirit of jusText (length, sentence
punctuation, share of the language's function words), the article is the
densest run of prose (a maximum-sum segment over per-line weights), and the
headline, byline and dateline are looked for just above it.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import functools
import itertools
import re
import textwrap
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from .extract_dates import (BANGABDA_MONTHS, DATED_ENTRY_SHARE, INDIC_MONTH_NAMES, JAPANESE_ERAS, LIVE_TIME_RE,
                            WEEKDAY_NAME_RE, date_share, dated_entry, find_dates, first_date, hijri_dateline,
                            is_month_name, numeric_order, stamp_days)
from .model import Block
from .scripts import ARABIC, ARABIC_HARAKAT, ARABIC_LETTERS, HEBREW
from .text import (BRACKETED_DAY, BRACKETED_DAY_BEFORE, CALL_HOSTS, CASE_TWIN_RE, CJK_RE, ETHIOPIC_STOPS, HANGUL_CHARS,
                   HANGUL_RE, KANA_RE, KO_WIRE_LEAD_RE, LIST_MARKS, SENTENCE_END, SPEAKER_LABEL_RE, UPPER, any_word_re,
                   non_capturing, split_sentences)

# ---------------------------------------------------------------------------
# thresholds (jusText's defaults where they exist)
# ---------------------------------------------------------------------------
LENGTH_LOW = 70  # shorter lines are "short" (jusText length_low)
LENGTH_HIGH = 200  # longer lines with enough stopwords are "good" outright
STOPWORDS_LOW = 0.30
STOPWORDS_HIGH = 0.32
STOPWORDS_DENSE = 0.20  # a long line of sentences between good ones is near-good from here
STOPWORDS_DENSE_SENTENCES = 0.10  # ... and a line of two sentences or more from here
DENSE_MIN_CHARS = 100
STOPWORDS_DENSE_SHORT = 0.25  # ... and a shorter line of one sentence between them from here
AD_LABEL_MAX_CHARS = 30  # a clutter line an ad break may be: "Advertisement", "Sponsored"
CJK_LENGTH_LOW = 25  # CJK text packs more into fewer characters
SHORT_PENALTY = 25  # weight of a short non-prose line in the content-segment search
_CJK_ENDS = ("。", "？", "！", "。」", "。”", "？”", "！”")
CJK_WEIGHT_MIN_CHARS = 40
CJK_WEIGHT_FACTOR = 2.5  # a Chinese or Japanese paragraph's weight, by its characters, against a line of letters
CLUTTER_PENALTY = 40
REPEATED_LINE_MIN = 3  # a line this often in the page weighs no more against the text than a short one
NEAR_GOOD_FACTOR = 0.6
HEAD_LOOKBACK = 40  # lines above the body searched for headline / byline / dateline
STATED_HEAD_LOOKBACK = 4  # ... and above a headline the source states, for byline / dateline
TITLE_FULL_WORDS = 8  # headlines with this many words get the full length bonus
# Chinese and Japanese have no spaces to count words by: a headline's length in characters
# ("輪島朝市の火災、焼失約300棟・5万平方メートル　断水と倒壊家屋が消火阻む" is one of 40 and 4 "words"),
# a label's a few ("能登半島地震", "写真・図版", "毎日新聞").
CJK_TITLE_FULL_CHARS = 20
CJK_SHORT_TITLE_CHARS = 8  # ... shorter is a label, as a line of fewer than four words is
CJK_LABEL_MAX_CHARS = 4  # a section's or a flag's label between a headline and its date ("社会", "速報", "有料記事")
END_SHARE = 0.4  # an end marker cuts the segment when less than this share of prose follows
END_MIN_PARAGRAPHS_AFTER = 3  # ... and no run of this many paragraphs of running text
BOX_MAX_LINES = 16  # items of a box set into the article (its teasers' kickers and headlines)
END_BOX_MAX_LINES = 8  # ... begins within this many lines after it
ANCHOR_BONUS = 1.5  # a byline/dateline right under a line makes it the headline
NAME_ANCHOR_BONUS = 1.0  # ... and a bare author name
FIRST_LINE_BONUS = 0.5  # the copy starts at the headline
ANCHOR_SCAN = 9  # lines below a headline candidate searched for its byline/dateline
ANCHOR_MAX_HOPS = 3  # ... passing at most this many lines that are not share rows, breadcrumbs or captions
LEAD_SIM_BONUS = 0.8  # times the share of the candidate's words that the first paragraphs repeat
REPEAT_BONUS = 0.4  # the headline recurs elsewhere in the page (share text, breadcrumb, comments header)
REPEAT_MAX_EXTRA_CHARS = 40  # ... in a line at most this much longer ("Share on Facebook: <headline>")
MASTHEAD_PENALTY = 1.0  # a site's name over its header's buttons, or over a headline that opens with it
MASTHEAD_SCAN = 10  # lines under a masthead where the headline that repeats it may stand
# A site header's buttons, a line of them: "Menu  Search  Donate", "Subscribe", "Sign in".
SITE_BUTTONS_RE = re.compile(r"(?:(?:menu|search|subscribe|sign in|sign up|log ?in|donate|register|account"
                             r"|newsletters?|s[’']abonner|se connecter|abonnieren|anmelden|suscr[ií]bete"
                             r"|iniciar sesi[oó]n|abbonati|accedi"
                             # (Japanese, Chinese, Korean: "ログイン", "有料会員登録", "登录", "로그인")
                             r"|ログイン|(?:有料|無料|新規)?会員登録|メニュー|検索|登录|注册|搜索|菜单|로그인|회원가입|검색|메뉴)\W*){1,5}",
                             re.I)
STANDFIRST_PAST_BUTTON_WORDS = 5  # a standfirst under a button under the headline is a phrase at least
LIST_PENALTY = 1.0  # one of a run of similar headline-like lines (related stories)
RELATED_BOX_PENALTY = 2.0  # a line in a box under a "Related" / "More from X" heading
BIO_NAME_ABOVE = 5  # lines above the headline where a bare author name is looked for (with a bio)
LOGO_SOCIAL_LINES = 2  # a bare name over this many social-network links is a logo (counted twice at most)
LOGO_LINES = 3  # a bare brand name among the first lines of the page is its logo
BRAND_MIN_SCORE = 2.0  # a publication name needs two signals (or a copyright line) to be named
# The header of a public body's press pages over a release: "European Commission - Press corner",
# "Newsroom | Ministry of Health": the body (capitalised words, one of them an institution's) before or
# after the section's name. Not a site called Newsroom's "Labour unveils housing plan | Newsroom", a
# byline's "Jo Moir | Newsroom", a section's "Health | Newsroom", a part's "Part 2 - Newsroom".
_INSTITUTION = (r"(?:Commission|Ministry|Department|Council|Parliament|Government|Agency|Authority|Office|Bank|Union"
                r"|Organi[sz]ation|Institute|Court|Police|Embassy|Secretariat|Administration|Senate|Assembly"
                r"|Minist[eè]re|Ministerium|Minist[ei]r[io]o?|Regierung|Gouvernement|Gobierno|Kommission"
                r"|Comisi[óo]n|Commissione)")
# (the institution's word ends the name, or "of", "for", "on" and capitalised words follow it: not a
# headline in Title Case, "Reserve Bank Holds Rates Steady | Newsroom")
_CAP = r"[A-Z][\w'’.&-]*"
_ORG = (rf"(?-i:(?:The )?(?:{_CAP} ){{0,4}}{_INSTITUTION}(?: (?:of|for|on|de|du|des|für|der|del|di)(?: the| la| le| l')?"
        rf" {_CAP}(?: (?:and |& |et |und |y )?{_CAP}){{0,4}})?)")
_ORG_NAME_RE = re.compile(_ORG)
_PRESS_LABEL = r"(?:press corner|press ?room|newsroom|media cent(?:re|er)|press releases)"
PRESS_PAGES = rf"\W*(?:({_ORG}) ?[-–—|:] {_PRESS_LABEL}|{_PRESS_LABEL} ?[-–—|:] ({_ORG}))\W*"
_PRESS_PAGES_RE = re.compile(PRESS_PAGES, re.I)
# How a press release ends: its contacts, "###", "- ENDS -", the notes to editors
_RELEASE_END_RE = re.compile(r"\W*(?:press|media) (?:contacts?|office|enquiries)\W*|#{3}|\W*ends\W*|\W*notes? to editors\W*"
                             r"|\W*for (?:more|further) information\W*|\W*pressekontakt\W*|\W*contacts? presse\W*", re.I)
# A newsroom's desk, not a paper ("From: City Desk", "Staff Reports", "Lokalredaktion Nord", "Rédaction")
_DESK_RE = re.compile(r"(?:\b(?:Desk|Staff|Team|Bureau|Newsroom|Reports?|Services|Unit)|[Rr]edaktion(?:\s+\w+)?"
                      r"|R[ée]daction|Redacci[óo]n)$"
                      # ... nor an edition or a product of one ("From: Print Edition", "Business Desk Plus")
                      r"|\b(?:Edition|Ausgabe|[ÉE]dition|Edici[óo]n|Plus|Premium|Extra|Weekend|Magazine?|Newsletter"
                      r"|Briefing|Podcast|Money|Sports?|Travel|Games|Opinion|Business|Culture|Life(?:style)?)\b")
# A wire story's dateline at its lead's start: the city in capitals, maybe the day, the agency
# in brackets, a dash ("NEW YORK (Reuters) -", "BUCHAREST, May 4 (Reuters) -", "KYIV, Ukraine (AP) —"); two
# cities, the story filed from both ("ADEN/ATHENS, Aug 22 (Reuters) -", a first-time user's: no publication).
_WIRE_DATELINE_RE = re.compile(r"[A-Z][A-Z.'’ -]{1,30}(?:/[A-Z][A-Z.'’ -]{1,30})?(?:, [A-Z][\w.'’ -]{1,25}){0,2} "
                               r"\((Reuters|AP|AFP|Bloomberg)\) [-–—] ")
# Of two headline-like lines over one byline the lower is the standfirst. It outweighs what
# a standfirst gains from repeating the lead's words (at most LEAD_SIM_BONUS).
STANDFIRST_PENALTY = 1.0
DECK_PENALTY = 1.5
SERIES_NAME_PENALTY = 1.5
SERIES_NAME_MAX_WORDS = 5
DECK_HEADLINE_MIN_WORDS = 10
DECK_LEAD_SHARE = 0.6  # of the headline's words the first paragraphs say (not a blog's tagline over it)
DECK_LABEL_SPAN = 20  # (nor "Previous: …", "Live Updates: …" over it)
# Of the post's title under the dateline (see find_title), this share of the words at least
# is repeated by the first paragraphs.
TAGLINE_TITLE_SHARE = 0.3
SUBTITLE_MAX_CHARS = 250
STANDFIRST_UNDER_DATE_MIN_WORDS = 8
SUBTITLE_MAX_IN_BODY = 160  # a standfirst directly followed by the body is at most this long
MAX_DUP_RUN = 12  # longest run of lines checked for an immediate verbatim repeat

# (and the vowel signs, the virama and the nasal marks of the Indic scripts, Devanagari to Sinhala, which are no
# letters to Python: "में" was the words "म" and "ें", and a Hindi page, its function words unread, Nepali by the
# letters alone; a Bengali one had no language, a first-time user's; not the danda, "।", which ends a sentence, nor
# the signs and symbols, Bengali's taka "৳" and the abbreviation sign "॰": "৫০০৳" and "ডা॰" glued them onto the word)
_INDIC_MARKS = "".join(chr(c) for c in range(0x0900, 0x0E00) if unicodedata.category(chr(c)) in ("Mn", "Mc"))
WORD_RE = re.compile(rf"[^\W_]+(?:[{_INDIC_MARKS}]+[^\W_]*)*", re.UNICODE)


@functools.lru_cache(maxsize=8192)
def line_words(text: str) -> tuple[str, ...]:
    """WORD_RE's words of a line, found once for the passes that count them (the page's
    language, the line's class, the headline's key words); a site's menu lines recur too."""
    return tuple(WORD_RE.findall(text))

# Stoplists tried for language detection; jusText ships them (it comes with trafilatura).
STOPLIST_LANGUAGES = ("English", "German", "French", "Spanish", "Portuguese", "Italian", "Dutch",
                      "Russian", "Ukrainian", "Indonesian", "Polish", "Swedish", "Turkish", "Korean")
# Below this share of one of those languages' function words, the page may be in another
# language: all of jusText's stoplists are tried (Latvian, Arabic, ...), and one that fits
# OTHER_LANGUAGE_FACTOR times better wins. Of 624 pages of the corpora (real pages, the dev
# split, reviews' pages, generated ones), 603 score 0.35 or more in their own language, and
# none of them fits another stoplist 1.5 times better; below 0.2 only, Hungarian (0.25-0.26
# Spanish or Turkish, 0.5-0.6 Hungarian), Czech, Slovak and Slovenian (0.2-0.26 Polish,
# 0.67-0.74 their own) and Bulgarian (0.26 Ukrainian, 0.55 its own) were never tried: a
# Hungarian page read as Turkish lost all its paragraphs.
OTHER_LANGUAGE_BELOW = 0.35
OTHER_LANGUAGE_FACTOR = 1.5
# When no stoplist reaches this share (Thai, Burmese: none, or no spaces between words), lines
# are judged by their length alone, as jusText's language-independent mode does.
KNOWN_LANGUAGE_MIN_SHARE = 0.08
# ... and so when the best one's share is below PROSE_LANGUAGE_MIN_SHARE on the page and on its sentences too (the
# lines ending in "." or "?", RELATED_PROSE_MIN_WORDS words of them at least): a language in Latin letters no list
# reads, whose short words fit some list by chance (Kinyarwanda: 0.085 of Spanish's; Somali, before it had a list:
# 0.14 of Polish's "ku", "u", "in"), and by that list not one of its lines was text. (A recipe page in English scores
# 0.10 on all its lines, its ingredients', and over 0.3 on its sentences: of SENTENCE_MIN_WORDS words and more, each
# once, not its "Portion Fix Containers: 1 Green, 1 Red, 1 tsp." thirty times.)
PROSE_LANGUAGE_MIN_SHARE = 0.16
SENTENCE_MIN_WORDS = 12

# "Also read" in Hindi, Bengali and Urdu (BBC Hindi's "ये भी पढ़ें-", Dainik Bhaskar's "ये भी पढ़ें:", "আরও পড়ুন",
# "یہ بھی پڑھیں"), in NFC as the lines are read
_ALSO_READ_SCRIPTS = unicodedata.normalize("NFC", "ये भी पढ़ें|यह भी पढ़ें|আরও পড়ুন|یہ بھی پڑھیں")

# Short boilerplate any news reader recognises, in the languages of our pages.
_CLUTTER_WORDS = [
    # English
    r"advertisements?", r"ads?", r"skip (this )?(advertisement|ad)", r"sponsored( content)?", r"sponsor message",
    r"listen to this (article|story)( \d+ min(ute)?s?)?", r"gift (this )?(article|story)", r"learn more",
    r"related( articles?| stories| posts?)?: .{1,150}", r"subscribe( now| today| to .{1,40})?",
    r"sign (up|in)( .{0,40})?",
    r"log ?in( .{0,40})?", r"register", r"newsletters?", r"share( this)?( article| story| post)?( on .{1,20})?",
    r"((show|hide|view|see|read|load|post)( ?/ ?post)? (all )?(\d+ )?)?comments?( [(\[]\d+[)\]])?", r"\d+ comments?",
    r"read more( .{0,40})?", r"(read|see) (more|also|next):.*",
    # a teaser's label and its headline: The Hindu's "Also Read | Crew of ship that hit Baltimore bridge …"
    # (a headline's capital after a colon: not "Also read: the NTSB's preliminary findings, which …"), or after a
    # dash (the Dhaka Tribune's "Also Read - NCP, Jamaat rally at Shahbagh demanding AL ban", a first-time user's)
    r"also read\s*(\||(?::|\s[-–—])\s*(?-i:[A-Z0-9¿¡\"“‘'])).*",
    # ... in Hindi, Bengali, Urdu, after a colon, a dash or a bar: Dainik Bhaskar's "ये भी पढ़ें: रोहित शर्मा ने कप्तानी
    # छोड़ी" between the paragraphs (a review's probe: a subheading), "আরও পড়ুন: …", "یہ بھی پڑھیں: …"
    f"(?:{_ALSO_READ_SCRIPTS})" + r"\s*[:|\-–—]\s*\S.{0,150}",
    # a video player's and a page's switches: Hearst's TV sites' "Infinite Scroll Enabled" and "Hide Transcript" /
    # "Show Transcript" round the writer's name
    r"infinite scroll( (enabled|disabled|on|off))?", r"(show|hide) (the )?transcript",
    r"full (story|article|coverage)", r"top (stories|news|headlines)",  # Yahoo's "Full Story »", "Top Stories »"
    # a shop's button under a product ("See it now: Amazon", "Buy now at Walmart", "View deal")
    r"(see|buy|shop|view) (it|deal|now)( now)?((:| at| on| from) [\w.&'’ -]{1,30})?",
    r"(see|buy|shop) at [\w.&'’ -]{1,30}", r"view (the )?deal",
    r"more( stories| from .{1,40})?:?",
    r"related( articles?| stories| posts?| content| coverage)?:?", r"recommended( for you)?", r"trending( now)?",
    r"most (popular|read|viewed)", r"you (may|might) also like:?", r"click (here|for|to)\b.*",
    r"follow us( on .{1,30})?", r"show key events( only)?", r"(ampliar|ver) imagen", r"enlarge (this )?image",
    r"(photo )?gallery \(click to enlarge\)", r"click to enlarge",
    # a link's hint: "Go to Reddit Home", "Go to comments", "Go to content" (not "Go to bed earlier")
    r"go to ((the|reddit|main) )?(home( ?page)?|comments|content|main content|navigation|top|feed)",
    r"view (the )?profile( for .{1,60})?", r"report this (post|comment|article)",  # a social post's buttons
    r"see new posts",  # (X's, over a post)
    r"(leave|post) a (reply|comment)", r"be the first to (comment|reply|review).*", r"print", r"e-?mail",
    r"facebook", r"twitter", r"linkedin", r"whatsapp", r"print (this )?(page|article)",
    r"print[- ]friendly( pdf| version)?",
    r"download (the )?(pdf|report|article)( \(.{1,20}\))?",
    # (a preprint server's tabs and button: "Preview PDF" was a byline, "Comment on this paper" a headline)
    # (a transcript's notice: "This transcript was generated automatically and may contain errors."; its short form
    # may be the text's: "This transcript was generated automatically.")
    r"this transcript (was|has been|is) (generated|created|produced|made)"
    r" (automatically|by (an? )?(machine|ai|computer)) and may contain errors\.?",
    r"(preview|view) (the )?pdf", r"info ?/ ?history", r"comment on this (paper|preprint|article|post|story)",
    r"reddit", r"pinterest", r"menu", r"search", r"close", r"skip to (main )?(content|navigation)",
    r"(direkt )?zum (haupt)?inhalt( springen)?", r"aller au contenu( principal)?", r"saltar al contenido( principal)?",
    r"vai al contenuto( principale)?", r"pular para o conte[uú]do", r"home", r"loading\.*",
    r"exit mobile version", r"privacy( policy)?", r"terms( of (use|service|sale)| (and|&) conditions)?( apply)?",
    # (the footer's links after it: "Terms of service | Privacy guidelines | Ad choices"; not
    # "Terms of the deal were not disclosed.")
    r"terms (of (use|service|sale)|(and|&) conditions)\b[^.!?]*$", r"cookie.*", r"accept",
    r"continue reading( (the )?(main )?(story|article|below|here|more))?", r"scroll (down )?to continue( with content)?",
    # (and BBC's World Service's: Hindi's, Bengali's, Urdu's "continue reading", a first-time user's)
    unicodedata.normalize("NFC", r"पढ़ना जारी रखें|পড়া চালিয়ে যান|پڑھنا جاری رکھیں"),
    # (The Inquirer's "Article continues after this advertisement", between every few paragraphs)
    r"(the )?(story|article) continues (below|after)( (this )?(advertisement|ad))?", r"back to top",
    # a blog's or a newsroom's link back to its list, over or under a post ("Browse All Posts", "← Back to News",
    # "View all articles"; a company blog in the extraction benchmark)
    r"back to (all |the )?(posts|news|articles|stories|blog|press releases)", r"(browse|view|see) all (posts|news"
    r"|articles|stories|blog posts|press releases)",
    r"(what do you think\?\s*)?(let us|tell us) (know )?(what you think )?in the comments( below| section)?\.?",
    r"load more", r"show more", r"see more",
    # Phys.org's label over one other story, between the text and the paper's reference
    # ("More information: …", which the text keeps)
    r"explore further",
    # a pager's links: "Next", "« previous episode", "Older posts"
    r"(next|prev(ious)?|older|newer)( (article|post|story|episode|page|entry|item|slide|photo|image|video)s?)?",
    # (not a sentence: "Tags sind problematisch, wenn …", "Tag Heuer unveiled …")
    r"tags?(?::.*|\s+(?-i:[A-Z#0-9])[^.!?]*$)?", r"tagged( with)?(:.*)?", r"filed under:?.*", r"topics?:?", r"watch( now)?", r"video",
    r"image \d+ of \d+", r"caption", r"photo", r"open popup", r"(link )?copied( to clipboard)?!?", r"copy link",
    # ... in the other languages read here (a share button's feedback: Le Figaro's "Lien copié")
    r"lien copi[ée]|enlace copiado|link kopiert|link copiato|link copiado",
    r"[\w.-]+\.(jpe?g|png|gif|webp)",  # an image's file name in place of the image
    # a photo library's name alone under a photo ("GETTY"): a credit without a caption
    r"getty( images)?", r"shutterstock", r"istock(photo)?", r"alamy", r"statista",
    # French sites' subscription button ("Je m'abonne"; not "Pub", a British pub's or an article's heading)
    r"je m['’]abonne",
    # a video's teaser, its label before its title ("Vidéo Vol au Louvre : les images de la nacelle …"); El
    # País's link to its comments' rules ("Normas ›")
    r"vid[ée]o\s*[:|–-]?\s+(?-i:[A-ZÀ-Þ])[^.!?]{10,140}", r"normas",
    r"((like|save|print|share|tweet|e-?mail|bookmark|comment|adjust)\s+){1,5}"
    r"(like|save|print|share|tweet|e-?mail|bookmark)",
    r"slideshow( \(\s*\d+ (images|photos)\s*\))?",  # Reuters' "Slideshow ( 15 images )"
    r"save( (this )?(article|story))?",  # a bookmark's button
    # a share row's links, as a screen reader's hint names them ("Share on Facebook (opens in new
    # tab)", "Share this page", "The following links open in a new tab")
    r"share (this (page|article|story|post)|on [\w+. ]{1,20})( \(?opens in (a )?new (tab|window)\)?)?",
    r"(the following )?links? opens? in a new (tab|window)",
    r"our standards: ?the thomson reuters trust principles",  # (the agency's link under its stories)
    # the page's feedback prompt ("Is this page useful?", "Was this article helpful?")
    r"(is|was) this (page|article|information|answer|post) (useful|helpful)\??",
    r"did you find this( page| article| information)? (useful|helpful)\??",
    # a podcast transcript's mark of a break ("[AD BREAK]", "[MUSIC]")
    r"\[(ad break|commercial break|break|music|music playing|applause|laughter|crosstalk|inaudible)\]",
    # a press release's label over its date ("FOR IMMEDIATE RELEASE"), no byline; its contact
    # ("Media Contact: Jennifer Holton, 517-282-2872"); its end ("###", "-30-", "- ENDS -")
    r"(for immediate release|(press|news|media) release)", r"(media|press|news) contacts?:( .{0,80})?",
    # (and its contact under the text: "For media inquiries, please email media@frb.gov or call 202-452-2955.", under
    # the votes' paragraph that ends a central bank's statement, a probe review's)
    r"for (media|press) (inquiries|enquiries|queries),? (please )?(e-?mail|contact|call|write to) .{1,100}",
    r"#{3}", r"-30-", r"-? ?ends ?-?",
    # a reference's address under a science story ("doi: https://doi.org/10.1038/...")
    r"doi: ?\S+", r"https?://(dx\.)?doi\.org/\S+",
    # Spanish: "Te puede interesar: ¿Qué es ...", "Síguenos en Facebook, Instagram y TikTok."
    r"(tambi[eé]n )?te (puede|podr[ií]a) interesar(:.{0,150})?", r"s[ií]guenos en .{1,60}", r"use our content",
    # an email newsletter's links ("View in browser", "Update your preferences | Unsubscribe")
    r"unsubscribe( here| now)?", r"(update|manage) (your )?(email )?(preferences|subscriptions?)",
    r"view (this (e-?mail|newsletter|message) )?(in|on) (your |a )?(web )?browser", r"forward (this )?to a friend",
    r"(font|text) size", r"welcome back!?", r"thank you for registering", r"welcome to [\w-]+\.[a-z]{2,4}!?",  # "Welcome to Sott.net"
    r"\d+ min(ute)?s?\.? read", r"(estimated )?reading time:? \d+ min(ute)?s?\.?( read)?",
    # a wire story's closing credit: "Reporting by Jane Roe in Shanghai; Editing by John Doe"
    r"\(?(additional )?(reporting|writing) by .{1,200}; ?(additional reporting|writing|editing) by .{1,200}",
    # the label of an article for subscribers only ("Article réservé aux abonnés"), in a
    # paragraph's place: it read as a subheading
    r"(premium|exclusive)( content| article)?( for subscribers)?|(for )?subscribers only",
    r"subscriber(s)?[ -]only( content| article)?",
    # a release's number beside its date: "Jan. 27, 2024 | Release Number 20240127-01"
    r"[\w.,: ]{0,30}\|?\s*(press )?release (number|no\.?|#)\s*:?\s*[\w-]{2,20}",
    # "This article is available to subscribers only.", "This story is reserved for members"
    r"this (article|story|content|report|analysis) is (only )?(available|reserved|open) (to|for) (paying )?"
    r"(subscribers|members)( only)?\.?",
    # a story's credit of the agencies it was written from: "Source: Al Jazeera and news agencies"
    r"sources?\s*:\s*([\w .'’&-]{1,40}(,| and| &) )?(news|wire) agencies\.?",
    r"(article )?r[ée]serv[ée] aux abonn[ée]s", r"(artikel )?(nur|exklusiv) f[üu]r abonnenten",
    # Japanese, Chinese and Korean sites' buttons and flags, a line of their own: a paper's "ログイン",
    # "有料会員登録", its "有料記事" (for subscribers), its share row's "この記事をシェア", "はてなブックマーク",
    # Asahi's "写真・図版" over a photo; "登录", "注册", "分享"; "로그인", "공유"
    r"ログイン|(有料|無料|新規)?会員登録|有料記事|会員限定(記事)?|メニュー|検索|(この記事を)?シェア(する)?"
    r"|(はてな)?ブックマーク|印刷|写真・図版|登录|注册|分享|收藏|打印|로그인|회원가입|공유(하기)?|인쇄|스크랩",
    r"[［\[【]pr[］\]】]",  # a Japanese page's ad, labelled "［PR］" between the paragraphs
    r"(art[ií]culo |contenido )?(exclusivo|s[oó]lo) para suscriptores",
    r"(conte[uú]do |mat[ée]ria )?exclusiv[oa] para assinantes",
    r"(articolo |contenuto )?riservato agli abbonati",
    # Portuguese / Spanish / Italian / German / Indonesian / Russian
    r"lire aussi(\b|(?-i:(?=[A-ZÀ-Þ]))).*",  # (France 24's glued to its teaser: "Lire aussiEn direct : …")
    r"[àa] lire (aussi|[ée]galement)\b.*", r"mehr zum thema\b.*", r"m[aá]s informaci[oó]n",
    r"publicidade", r"publicit[ée]", r"an[uú]ncio", r"leia (mais|tamb[eé]m).*", r"(com)?partilh(e|ar)",
    r"coment[aá]rios?",
    r"assine( j[aá])?", r"publicidad", r"comparte?", r"lee (m[aá]s|tambi[eé]n).*",
    # (Prensa Libre's teaser with its label, "Lea también: …"; "Lea" is a name too, "Lea también recuerda …")
    r"lea (m[aá]s|tambi[eé]n)\s*[:|].*", r"suscr[ií]bete",
    r"pubblicit[aà]", r"leggi (anche|di pi[uù]).*", r"condividi", r"commenti", r"iscriviti",
    r"approfondisci",  # (Il Sole 24 Ore's label over a teaser, "Approfondisci" / its headline: see _BOX_LABEL_RE)
    # Catalan ("Publicitat", "Comparteix", "Subscriu-t'hi", "Més informació", "Regala aquest article")
    r"publicitat", r"comparteix", r"subscriu-t(e|['’]hi)( a .{1,40})?", r"m[ée]s informaci[oó]",
    r"llegeix (m[ée]s|tamb[ée]).*",
    r"regala aquest article", r"comentaris",
    r"werbung", r"anzeige", r"lesen sie (auch|mehr).*", r"jetzt weiterlesen", r"teilen", r"kommentare?", r"abonnieren",
    r"(weiter ?lesen|lire la suite|leer m[aá]s|seguir leyendo|continua a leggere)( \d+ min(uten?|utes?|utos|uti)?\.?)?",
    r"partager (cet|l[’']) ?article",
    # a share bar's and a comment link's words in the other languages ("Compartir en Bluesky",
    # "Copiar enlace", "Ir a los comentarios": El País's, over the text, were its headline)
    r"(compartir|compartilhar|compartilhe|comparte|partager|partagez|condividi|teilen|delen|bagikan) "
    r"(en|no|na|por|sur|su|auf|bei|op|via|ke|di) "
    r"(facebook|twitter|x|whatsapp|linkedin|bluesky|threads|mastodon|telegram|reddit|pinterest|xing|e-?mail|flipboard"
    r"|tiktok|instagram|messenger|line|wechat)",
    r"(copiar|copier|copia|kopieren|salin) (el |le |il |o |den )?(enlace|lien|link|tautan)|link kopieren",
    r"(ir a|ver) los comentarios|aller aux commentaires|vai ai commenti|zu den kommentaren|ir para os coment[aá]rios"
    r"|go to (the )?comments",
    r"lee sin l[ií]mites",
    # a newsletter box's address field, as its placeholder ("Type your email…", "Enter your email
    # address"): under a subscription plea, over its button
    r"(type|enter) your e-?mail( address)?( here)?(…|\.{3})?",
    # an archive's banner over an old story (The Times of India's "This story is from June 18, 2024")
    r"this (story|article) is from [a-z]{3,9}\.? \d{1,2}, \d{4}",
    r"iklan", r"baca (juga|selengkapnya).*", r"bagikan", r"komentar", r"berlangganan",
    # Vietnamese: a teaser's label alone or with its headline after a colon or a bar, Tuổi Trẻ's "Đọc thêm:
    # Philippines phản đối …" (read more), "Xem thêm: …" (see more), "Tin liên quan" (related news): a first-time
    # user's South China Sea briefing kept one as a paragraph ("Xem thêm các …" with no colon is a sentence)
    unicodedata.normalize("NFC", r"(đọc thêm|xem thêm|tin liên quan|tin cùng chuyên mục)(\s*[:|–—-]\s*\S.{0,150})?"),
    # Thai: a teaser's label and its headline ("อ่านข่าวเพิ่ม : นายกฯ สั่งตั้งกรรมการ…", Thai PBS; "อ่านเพิ่มเติม",
    # "อ่านต่อ", "read more"), "ข่าวที่เกี่ยวข้อง" (related news), "แชร์" (share), "โฆษณา" (advertisement)
    r"อ่าน(ข่าว)?(เพิ่ม(เติม)?|ต่อ)(\s*[:|].*)?", r"ข่าวที่เกี่ยวข้อง", r"แชร์", r"โฆษณา",
    r"tempo de leitura:? \d+ minutos?", r"tiempo de lectura:? \d+ minutos?", r"tempo di lettura:? \d+ minuti?",
    r"lesezeit:? \d+ min(uten)?\.?", r"temps de lecture ?:? \d+ min(utes?)?",
    r"\d+ mn",  # France 24's reading time, a line alone under the date: "3 mn"
    r"реклама", r"читайте (также|еще).*", r"поделиться", r"комментари[ийя]", r"подписаться",
    # ... and Ukrainian's "Читайте також: …" (read also), "Дивіться також" (see also), Russian's "Смотрите также",
    # "Читать далее" (read on), "Читать также" (a first-time user's war briefing kept each as a paragraph or a
    # subheading), with its teaser after a colon or a bar, or alone ("Смотрите также на карте…" is a sentence);
    # after a dash, a headline's capital or quotation mark (not a sentence, "Читать далее — это то, что многие …",
    # reading on is what many do: a review's probe)
    r"читайте (також|ще).*", r"(дивіться також|смотрите также|читать (далее|также))"
    r"(\s*[:|].*|\s*[–—]\s*(?-i:[А-ЯЁІЇЄҐ0-9«\"„“]).*)?",
    # Romanian, Polish, Czech: the ad break's label, a teaser's "Read also: …", share and comments
    # ("Read also" alone, or with its teaser after a colon or a bar: "Citește și semnează petiția" is a sentence)
    r"publicitate", r"cite[șş]te [șş]i(\s*[:|–—].*)?", r"distribuie", r"comentarii", r"aboneaz[ăa]-te( la newsletter)?",
    r"czytaj (te[żz]|tak[żz]e)(\s*[:|–—].*)?", r"[čc]t[ěe]te (tak[ée]|tak[ée] si)(\s*[:|–—].*)?",
    # Dutch and the Nordic languages: "Lees ook: …" (NOS, a first-time user's page: had been a subheading), "Läs
    # också: …", "Les også: …", "Læs også: …" (with its teaser after a colon or a bar, or alone)
    r"(lees ook|l[äæe]s ogs[åa]|l[äa]s ocks[åa])(\s*[:|–—].*)?",
    # the ad break's label in the Nordic, Finnish, Baltic, Slavic and Hungarian languages ("Annons",
    # "Annonce", "Reklame", "REKLAMA", "Reklāma", "Reklaam", "Mainos" / "Mainos päättyy", "Hirdetés"),
    # and "continues after the ad" ("Jatkuu mainoksen jälkeen", as "The story continues below")
    r"annons", r"annonce", r"reklame", r"rekl[aā]ma", r"reklaam", r"mainos( päättyy)?", r"hirdetés",
    r"(artikkeli |juttu )?jatkuu mainoksen jälkeen",
    # ... in Greek, Hebrew, Arabic, Persian and Turkish ("ΔΙΑΦΗΜΙΣΗ", "פרסומת", "إعلان", "تبلیغات", "Reklam"), and
    # WordPress's link under its ads ("Report This Ad"): a first-time user's pages kept each as a subheading
    r"διαφ[ηή]μιση", r"פרסומת", r"إعلان", r"تبلیغات", r"reklam", r"report this ad",
    # a share row's bookmark button (its "Mehr Optionen" is no clutter: "Weitere Optionen", "Other
    # options" head a section of a text; NOT_NAME_WORDS keeps it from the byline)
    r"zur merkliste hinzuf[üu]gen",
    # A teaser's label alone and its headline, "READ: Ruto vows to crush …", "Read: Chadema rejects inquiry …" (a
    # headline's capital after the colon: not "Read: the board's minutes, which …"); Swahili's "Soma zaidi: …", "SOMA
    # PIA: …" (read more, read also), "Habari zinazohusiana" (related news), "Endelea kusoma" (continue reading),
    # "Tangazo" (advertisement); Somali's "Akhri sidoo kale" (read also); French "À lire Tanzanie : …", "À lire
    # aussi" (a first-time user's East Africa briefing: each was a subheading, or a paragraph); a headline ends in no
    # full stop (not a text read out, "Read: Please process the attached invoice today, it is urgent."), nor does
    # "À lire" with no colon open a sentence with a comma ("À lire Le Monde ou The Citizen, on comprend que …")
    # (a link to a document's text is one: "Read: The full text of the resolution, as released on Sunday.")
    r"read\s*:\s*(?:(?!.*\.\W*$)(?-i:[A-Z0-9\"“‘]).{0,150}|(?:the )?full text\b.{0,150})",
    # ... a video's teaser, its label in capitals ("WATCH: Residents of Kharkiv react to news of the proposed
    # truce.", RFE/RL's, a first-time user's war briefing; "VIDEO: …"), one clause of four words or more after it,
    # with its full stop (not a local station's headline, "WATCH: Crews battle large brush fire near Highway 71"; nor
    # a review's "Watch: on Netflix."; nor "LISTEN: …", which a radio show's page has over its own recording; nor a
    # report's sentence, with its commas, "WATCH: NASA's live stream drew …, the agency said, and …", nor "Watch:"
    # over a weather story's alert, "Watch: Flood watches are in effect …": a review's probes)
    r"(?-i:WATCH|VIDEO)\s*:\s*(?-i:[A-Z0-9\"“‘])(?=(?:\S+\s+){3}\S)[^.!?,;]{0,150}\.",
    r"soma (zaidi|pia|hii pia)(\s*[:|–—-]\s*\S.{0,150})?", r"habari (zinazohusiana|zaidi)", r"endelea kusoma",
    r"tangazo", r"akhri sidoo kale(\s*[:|–—-]\s*\S.{0,150})?",
    r"[àa] lire( aussi| également)?(\s*[:|]\s*(?-i:[A-ZÀ-Þ«\"“]).{0,150}"
    r"|\s+(?!.*[,.]\W*$)(?-i:[A-ZÀ-Þ«\"“])(?:[^,]{0,150}|[^,:]{1,60}\s:\s.{0,150}))?",
]
SOCIAL_RE = re.compile(r"\b(facebook|twitter|linkedin|reddit|pinterest|whatsapp|e-?mail|google\+|flipboard)\b", re.I)
# A line that is one social network's link or button ("Facebook", "YouTube", "Email").
SOCIAL_LINE_RE = re.compile(r"\W*(?:facebook|twitter|x|instagram|linkedin|youtube|tiktok|reddit|pinterest|whatsapp"
                            r"|e-?mail|flipboard|rss|telegram)\W*", re.I)
# An Indian agency's desk codes under its story: "PTI KKS HVA", "IANS ab/vd".
_DESK_CODES_RE = re.compile(r"(?:PTI|IANS|ANI|UNI)(?: (?!AND\b|VS\b|OR\b|AS\b)[A-Z]{2,4}){1,4}"
                            r"|IANS [a-z]{2,4}(?:/[a-z]{2,4}){1,3}")
# A share row in the other languages read, its buttons' words with spaces only between them, as the English one
# above ("Share  Print  Email"): "Teilen  Drucken  E-Mail", "Partager  Imprimer", "Compartir  Imprimir  Correo",
# "Condividi  Stampa", "Delen  Afdrukken" (a first-time user's fusion briefing: IPP's German release was by "Teilen
# Drucken E-Mail")
_SHARE_ROW_WORD = (r"(?:teilen|drucken|merken|partager|imprimer|enregistrer|courriel|compartir|imprimir|guardar|correo"
                   r"|compartilhar|condividi|stampa|salva|delen|afdrukken|opslaan|dela|skriv ut|del|print|share|e-?mail"
                   r"|tweet)")
_CLUTTER_WORDS.append(rf"(?:{_SHARE_ROW_WORD}\s+){{1,5}}{_SHARE_ROW_WORD}")
# A line of nothing but such words ("Advertisement - Scroll to continue", "Share | Tweet").
_CLUTTER_WORD = r"(?:" + "|".join(_CLUTTER_WORDS) + r")"
# (only ever tested for a match, as END_MARKER_RE, RELATED_MARKER_RE, HARD_END_RE, CAPTION_RE and the
# clutter phrases: see non_capturing)
CLUTTER_LINE_RE = re.compile(
    non_capturing(r"^\W*" + _CLUTTER_WORD + r"(?:\s*[-–—|·•:/]\s*" + _CLUTTER_WORD + r")*\W*$"), re.I)


@functools.lru_cache(maxsize=8192)  # (every line is tried, its long alternation at its start; furniture recurs)
def _clutter_line(text: str) -> bool:
    """Whether CLUTTER_LINE_RE matches the line."""
    return CLUTTER_LINE_RE.match(text) is not None


# Lines of the page's furniture with words of their own around a fixed phrase, apart from CLUTTER_LINE_RE
# (whose repeated alternation would backtrack on such wildcards, on every line):
# the writer's tie to the paper under a byline, as Brazilian papers print it ("Colaboração para o UOL, em
# Porto Alegre", "Do UOL, em São Paulo", "Especial para a Folha") and English ones ("Special to The
# Washington Post"); a share row's button to copy the page's address, in any language (gov.br's "link para
# Copiar para área de transferência", "Copy link to clipboard", "Copiar al portapapeles", "In die
# Zwischenablage kopieren")
_AFFILIATION_OR_COPY_LINE_RE = re.compile(
    r"\W*(?:(?:colabora[çc][ãa]o para|especial para|special to) (?:o |a |the )?[\w.&'’-]+(?: [\w.&'’-]+){0,3}"
    r"(?:, (?:em|en|in) [\w .'’-]{2,40})?"
    r"|(?:do|da) [\w.&'’-]+(?: [\w.&'’-]+){0,2}, em [\w .'’-]{2,40}"
    r"|[\w ]{0,30}\b(?:clipboard|[áa]rea de transfer[êe]ncia|portapapeles|presse-papiers|zwischenablage)\b[\w ]{0,12})"
    r"\W*", re.I)
AFFILIATION_LINE_MAX_CHARS = 100
# A promo's link between paragraphs, a title after "Also:" or "More:" (ZDNet's "Also: See
# Black Friday coverage at CNET", TIME's "(MORE: 'Laughter Shocks': 13 Best Tweets ...)"),
# not a sentence ("More: the committee has asked ..."). Apart from CLUTTER_LINE_RE, whose
# repeated alternation would backtrack on such a wildcard.
PROMO_LINE_RE = re.compile(r"\W*(?i:also|more):\s+(?=[A-Z'‘\"“])[^.!?]{1,100}")
PROMO_MAX_WORDS = 14
# Sentences that are boilerplate wherever they appear (comment forms, donation boxes, sharing).
# Sentences only a site's furniture says, each with the words one of which every match of
# it contains (lowercase): see is_clutter_sentence.
_NOTICE = r"^(?=[^«»\"“”„]{0,200}$)"  # a line of 200 characters at most, no quotation in it
_FILE_TYPE = r"pdf|docx?|xlsx?|pptx?|odt|ods|csv|zip|mp3|mp4|epub"  # a download's file type ("PDF, 1.2 MB")
# A report's number, its issuer's letters, then numbers and letters between hyphens, three digits at least:
# "GAO-23-105813", "EPA-600-R-23-001", "CRS-R47273" (not a name's "COVID-19")
_REPORT_NUMBER = (r"(?-i:(?=[A-Z]{2,6}-[\w-]*\d[\w-]*\d[\w-]*\d)[A-Z]{2,6}"
                  r"(?:-[A-Z]{0,3}\d[\dA-Z]*|-[A-Z]{1,3})*-[A-Z]{0,3}\d[\dA-Z]*)")
# Wikipedia's tagline under an article's title, in its languages
_WIKI_TAGLINE = (r"(?:from wikipedia, the free encyclopedia|aus wikipedia, der freien enzyklopädie"
                 r"|de wikipedia, la enciclopedia libre|(?:origem: |da )?wikipédia, a enciclopédia livre"
                 r"|(?:un article de )?wikipédia, l['’]encyclopédie libre"
                 r"|da wikipedia, l['’]enciclopedia libera)")

CLUTTER_PHRASES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("your email",), r"your email address will not be published"),
    (("required fields",), r"required fields are marked"),
    (("bloggers like",), r"bloggers like this"),
    (("rights reserved", "derechos reservados", "droits réservés", "rechte vorbehalten", "diritti riservati",
      "direitos reservados"),
     r"all rights reserved|todos los derechos reservados|tous droits réservés|alle rechte vorbehalten"
     r"|tutti i diritti riservati|todos os direitos reservados"),
    # A PDF's running footer, its page number at the end: "USDA APHIS | HPAI in Livestock
    # Situation Update | February 3, 2025 Page 2 of 3"
    (("page ",), r"^(?=.{0,200}$)(?=[^|]*\|).*\bpage \d{1,3} (of|/) \d{1,3}\W*$"),
    # ... or its page number (arabic or roman) first, then the report's number and short title, or these first:
    # "Page i GAO-23-105813 Fusion Energy", "GAO-23-105813 Fusion Energy Page 1" (a first-time user's report)
    (("page ",), r"^(?=.{0,120}$)page (\d{1,4}|[ivxlc]{1,7}) " + _REPORT_NUMBER + r"( [\w,:&'’-]+){1,8}$"
                 r"|^(?=.{0,120}$)" + _REPORT_NUMBER + r"( [\w,:&'’-]+){1,8}?,? page (\d{1,4}|[ivxlc]{1,7})$"),
    # a public agency's notice: "USDA is an equal opportunity provider, employer, and lender."
    (("equal opportunity",),
     _NOTICE + r"^\W*[\w.&'’ ]{1,60} is an equal opportunity (provider|employer)[,\w ]{0,30}\.?$"),
    # a non-profit newsroom's end matter: "This story can be republished for free (details).",
    # "We’d love to hear from readers.", "Share your questions and comments with us."
    (("republished",), _NOTICE + r"^\W*(this|the) (story|article) (can|may) be republished\b"),
    # a bulletin's distribution stamp over its date: "Distributed via the CDC Health Alert Network"
    (("distributed via", "distributed through", "disseminated via", "disseminated through"),
     # (a system's name after it, nothing else: not a list's "- Distributed through 40 county health
     # departments", nor a headline's "Disseminated Through WhatsApp, Fake Cholera Cures Spread")
     r"^(distributed|disseminated) (via|through) (the )?(?-i:[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,6})$"),
    # a preprint server's notice: "This article is a preprint and has not been certified by peer review"
    (("preprint",), r"^\W*this (article |paper |manuscript |study )?is a preprint\b[^.]{0,80}"
                    r"\b(not been|not yet been|yet to be) (certified|peer[- ]reviewed|reviewed)"),
    # a wire's note on who funds its desk: "The AP is solely responsible for all content."
    (("solely responsible",), r"\bis solely responsible for all (content|its content)\b"),
    (("hear from",), _NOTICE + r"^\W*we(['’]d| would) love to hear from (you|readers|our readers)\b"),
    (("share your",), _NOTICE + r"^\W*share your (questions|thoughts|comments|stories|tips)( and \w+)? with us\b"),
    (("please ",), r"please (refresh|enable|review our comment)"),
    (("comment policy",), r"comment policy"),
    # a plea to follow the site, in Hindi and Bengali: BBC Hindi's "(… आप हमें फ़ेसबुक, ट्विटर, इंस्टाग्राम और यूट्यूब
    # पर फ़ॉलो भी कर सकते हैं.)" under every story (a first-time user's last paragraph), Prothom Alo's "প্রথম আলোর
    # খবর পেতে গুগল নিউজ চ্যানেল ফলো করুন"
    (tuple(unicodedata.normalize("NFC", "फ़ॉलो फॉलो ফলো").split()), unicodedata.normalize(
        "NFC", r"^(?!.*(?:कहा|बताया|বলেন|বলেছেন|জানান|[‘“\"']))"  # (not one someone says, in quotes: see below)
        r"(?:.*?हमें\s.{0,80}(?:फ़ेसबुक|फेसबुक|ट्विटर|इंस्टाग्राम|यूट्यूब|व्हॉट्सऐप).{0,80}(?:फ़ॉलो|फॉलो)"
        r"|(?=.{0,100}$).*?(?:গুগল নিউজ|ফেসবুক|ইউটিউব|হোয়াটসঅ্যাপ).{0,60}ফলো করুন)")),
    # (a plea is short, the site's own: not a spokesman's in a story, "পুলিশের মুখপাত্র বলেন, ‘সঠিক তথ্যের জন্য শুধু
    # পুলিশের ভেরিফায়েড ফেসবুক পেজ ফলো করুন।’", a review's probe, dropped so)
    # a plea for money: "Support independent journalism", "Please support us", "Fund our work",
    # "please consider supporting us with a monthly gift", "Support quality, independent
    # journalism" (not a paragraph's "would support our allies", "will also fund independent
    # audits", "to support Ukrainian journalists", "support the reporting requirements"); at a
    # line's start, any newsroom's: "Support local news", "Help fund investigative reporting"
    (("support", "fund"), r"(support|fund)(ing)? (our (journalism|reporting|newsroom|work|mission|journalists"
                          r"|coverage|newsletter)|(truly )?independent,? (nonprofit )?(journalism|news|media)"
                          r"|quality,? (independent )?(journalism|news))\b"
                          r"|^\W*(please )?(help )?(support|fund)(ing)? (us|[\w'’ ,-]{0,30}(journalism|reporting|newsroom"
                          r"|news))\b"
                          r"|\bsupport(ing)? us (today|now|by (making|becoming|donating|subscribing|giving)"
                          r"|with an? (monthly |one-time |small )?(donation|gift|contribution|subscription)"
                          r"|from (just |as little as )?[$£€])|\bconsider supporting us\b"),
    (("every contribution",), r"every contribution"),
    # ... in French, Portuguese, Spanish and German, at a short line's start: Libération's "Soutenez une rédaction
    # indépendante", "Apoie o jornalismo profissional", "Unterstützen Sie unabhängigen Journalismus"
    (("soutenez", "apoie", "apoya", "unterstützen sie"),
     r"^\W*(?:soutenez|apoie|apoya|unterstützen sie)\s+(?:(?:une|la|le|notre|nuestra|nuestro|nosso|nossa|o|a|el"
     r"|unsere[nm]?|den|die|das)\s+)?(?:rédaction|journalisme|information|jornalismo|periodismo|journalismus"
     r"|redaktion)\b[^.!?]{0,30}$"),
    # Substack's own boxes, word for word on every newsletter: "X is a reader-supported publication. To
    # receive new posts and support my work, consider becoming a free or paid subscriber.", "Thanks for
    # reading X! Subscribe for free to receive new posts and support my work."
    # (the box's own sentence, first or second on its line: not a paragraph that quotes it, "… closes with
    # the default line "Thanks for reading! Subscribe for free to receive new posts …"")
    # (and the sign-off's shorter form, "Thanks for reading The AI Policy Ledger! Subscribe for free to receive new
    # posts.": a first-time user's EU briefing kept it as the post's last paragraph)
    (("new posts",), r"^\W*([^.!?\"“”]{1,80}[.!?]\s+)?(subscribe for free )?to receive new posts and support "
                    r"(my|our) work\b"
                    r"|^\W*thanks for reading\b[^.!?\"“”]{0,80}[.!?]\s+subscribe for free to receive new posts\b"),
    (("small favo",), r"we have a small favou?r to ask"),  # (The Guardian's plea, and others')
    # an email newsletter's footer: "You are receiving this email because you subscribed to …"
    # (at the line's start: not a quotation, "If you received this email, do not click ...")
    (("receiving this", "received this"),
     _NOTICE + r"\W*you( are|'re|’re| were)? receiv(ing|ed) this (e-?mail|newsletter|message) (because|as)\b"),
    # ... its sender's address in the footer, "This email was sent to you by POLITICO, Rue de la Loi 62, 1040 Brussels,
    # Belgium." (a first-time user's newsletter pasted from the email), and the credit line over it, "THANKS to our
    # editor, Kate Day, and producer Giedre Peseckyte." (Politico's, every issue): an editor's and a producer's names,
    # capitalised, not a sentence's "Thanks to our editors, the paper caught the error."
    (("was sent to you", "were sent to you"),
     _NOTICE + r"^\W*this (e-?mail|newsletter|message) (was|were) sent to you (by|from)\b"),
    (("thanks to our", "thank you to our"),
     _NOTICE + r"^\W*(thanks|thank you) (also )?to our (\w+ )?(editors?|producers?),? "
               r"(?-i:[A-Z])[\w.'’-]*( [\w.'’-]+){0,3},? and (our )?(\w+ )?(editors?|producers?),? "
               r"(?-i:[A-Z])[\w.'’-]*( [\w.'’-]+){0,3}\W*$"),
    (("make a ",), r"make a (donation|contribution)"),
    # An SEC filing's copy from EDGAR (a first-time user's 6-K): the archive's listing line over the form, its type,
    # its sequence number, its file's name and its description ("6-K 1 d123456d6k.htm FORM 6-K", "EX-99.1 2
    # d123456dex991.htm EX-99.1"); the cover's instructions to the registrant and their check boxes ("(Indicate by
    # check mark whether the registrant files or will file annual reports under cover of Form 20-F or Form 40-F.)",
    # "Form 20-F ☒ Form 40-F ☐"), its file number ("Commission File Number: 001-14700") and the SEC's address under its
    # name ("Washington, D.C. 20549"): none of them the filing's text, the title, nor the summary
    ((".htm", ".txt"), r"(?-i:^[A-Z0-9][A-Z0-9.-]{0,9}(?: [A-Z0-9]{1,4})? \d{1,3} [\w.-]{1,60}\.(?:htm|html|txt))"
                       r"( .{0,80})?$"),
    (("check mark",), r"^\W*indicate by check mark (whether|if) (the |such )?(registrant|company|issuer|filer)\b"),
    (("☒", "☐"), r"^\W*((form [\w-]{2,6}|yes|no)\s*[☒☐]\s*){2,3}$"),
    (("commission file",), r"^\W*commission file (number|no\.?)\W*(\d[\d-]{2,15}\W*)?$"),
    (("20549",), r"^\W*washington,? d\.? ?c\.?,? 20549\W*$"),
    # an Indian site's notes on a wire story it carries: "(This story has not been edited by HT
    # staff and is auto-generated from a syndicated feed.)"; its plugs: "Catch all the Latest
    # India News … on Live Mint. Download The Mint News App …", "Download The Times of India
    # News App for Latest City News."
    (("syndicated feed",), _NOTICE + r"^\W*\(?(this|only the)\b.{0,160}\bauto-?generated from a syndicated feed\b"),
    # a republished story's notes (The Texas Tribune's): "This article originally appeared in The
    # Texas Tribune at https://…" (see REPUBLISHED_RE), "Disclosure: … have been financial
    # supporters of The Texas Tribune, …", "The Texas Tribune is a member-supported, nonpartisan
    # newsroom …"
    (("originally appeared", "first appeared"),
     r"(?-i:^\W*[Tt]his (article|story|post|piece) (originally|first) appeared (in|on) (the )?[A-Z][^.]{1,60}"
     r"( at \S+|\.?$))"),
    (("financial supporter",), r"^\W*disclosure:.{0,300}\bfinancial supporters? of\b"),
    (("newsroom", "news organization", "news organisation"),
     _NOTICE + r"^\W*(the )?[\w .&'’-]{2,40} is an? (member-supported|nonprofit|non-profit|nonpartisan|independent)"
               r"[\w ,-]{0,60}\b(newsroom|news organi[sz]ation)\b,? (informing|engaging|covering|dedicated|committed"
               r"|that (informs|covers))\b"),
    (("catch all the",), _NOTICE + r"^\W*catch all the (latest|breaking) [\w ,&'’-]{0,60}\bnews\b"),
    (("download the", "download our"), _NOTICE + r"^\W*download (the [\w .&'’-]{1,40} news app|our app)\b"),
    # a wire's note of a later version over or under the text: "(Updates with analyst comment in
    # fifth paragraph.)", "(Corrects spelling of name in third paragraph)"; a line of its own
    (("(updates", "(corrects", "(adds", "(recasts", "(refiles", "(clarifies"),
     r"^\((updates|corrects|adds|recasts|refiles|clarifies)\b(?=[^()]{0,200}\b(paragraphs?|paras?|grafs?|headline"
     r"|byline|dateline|throughout|story|details|quotes?|comments?|background|reaction|analysts?|links?|graphics?"
     r"|figures|prices"
     r"|results|statement|spelling|name)\b)[^()]{0,200}\)\.?$"),
    # Bloomberg's promotion between its paragraphs
    (("bloomberg terminal",), r"^before it['’]s here, it['’]s on the bloomberg terminal\W*$"),
    # a WordPress feed's line under each post, kept by feed readers: "The post … appeared first
    # on MINING.COM." (see POST_FIRST_RE)
    (("appeared first",), r"(?-i:^The post [A-Z0-9\"“‘'].{2,300} appeared first on [A-Z0-9][\w.&'’-]*"
                          r"(?: [A-Z0-9][\w.&'’-]*){0,3}\.?$)"),
    (("donate",), r"donate( now| today)?\b"),
    # ... a writer's own plea under the text, in the first person: "Hi, this is Martin Fornusek. I wrote this article.
    # We rely on our readers to keep independent journalism in Ukraine alive. Become a member today." (a first-time
    # user's war briefing kept it as text); the call to join at its end, the line's last sentence (not a story's "We
    # rely on our readers to tell us about potholes."; nor a banner's words quoted, "… Become a member and help us
    # keep reporting, reads the banner on every article.": a review's probe)
    (("rely on", "rely upon", "depend on", "depend upon"),
     _NOTICE + r"^\W*([^.!?]{1,80}[.!?]\s+){0,3}we (rely|depend) (on|upon) (our )?readers\b[^.!?]{0,100}[.!?]\s+"
               r"(become a (paying )?(member|subscriber|supporter|patron)|subscribe|donate|support us|join us)\b"
               r"[^.!?,;]{0,80}[.!?]?\W*$"),
    # a report's note of when its data stop, over its text: ISW's "Note: The data cut-off for this product was 1:45 pm
    # ET on May 16. ISW will cover subsequent reports in …" (a first-time user's war briefing had it for the summary
    # and an event); the time it states, with its full stop (not a story's sentence, "The data cut-off for this
    # analysis was 31 January, and officials said …", "The cut-off for this update was set by the CDC, which …": a
    # review's probes)
    (("cut-off", "cutoff"), _NOTICE + r"^\W*(note\s*:\s*)?the (data )?cut-?off (date |time )?for (the data in )?this "
                                      r"(product|report|update|assessment|brief|briefing|analysis) (was|is) "
                                      r"[^,;!?]{0,40}?\d[^,;!?]{0,40}?\.(\s|$)"),
    # a journal's note of the day it put the paper online, under the text: "This article was published on June 4,
    # 2022, at NEJM.org." (a first-time user's drugs briefing: a paragraph, and an event); the site's address after it
    (("published on",), _NOTICE + r"^\W*this (article|paper|study|report) was (first )?published (online )?on "
                                      r"[^.!?]{4,30}\b(at|on) [\w-]+\.(org|com|net)\W*$"),
    # ... and of what it keeps there, provided by the authors: "Disclosure forms provided by the authors are
    # available with the full text of this article at NEJM.org.", "A data sharing statement provided by the authors
    # is available with the full text of this article at …" (not a news story's "The trial's protocol … are available
    # with the full text of this article at NEJM.org.", where to find it: a review's probe)
    (("full text of this article",), _NOTICE + r".*?\bprovided by the authors (is|are) available with the full text "
                                                r"of this article at [\w-]+\.(org|com|net)\W*$"),
    # a paper's plea to follow it on a messaging app, between the paragraphs or under them: The Straits
    # Times' "Join ST’s WhatsApp Channel and get the latest news and must-reads.", "Join ST's Telegram
    # channel and get the latest breaking news delivered to you." (Not reported advice: "Follow the ministry's
    # WhatsApp channel for official updates, MOH said, adding that it would publish weekly case figures …")
    (("whatsapp channel", "telegram channel", "whatsapp-kanal", "canal de whatsapp", "chaîne whatsapp"),
     _NOTICE + r"(?!.*\b(said|says|told|adding|added|according to)\b)"
     r"^\W*(join|follow|subscribe to) [^.!?]{0,30}\b(whatsapp|telegram) channel\b[^.!?]{0,100}[.!]?\s*$"),
    # a forum's notice under an old post: Reddit's "Archived post. New comments cannot be posted and votes
    # cannot be cast."
    (("archived post",), r"^\W*archived post\. new comments cannot be posted\b"),
    (("free article",), r"you have \d+ free articles?"),
    (("join ",), r"\bjoin (our|the) (commenting|conversation|discussion|community)\b"),
    (("guidelines",), r"\bplease read (the|our) (conversation|community|commenting|comment) guidelines\b"),
    (("newsletter", "mailing list", "email list"),
     r"(sign up (for|to)|join|get|subscribe to) (our|the|a|my) (\S+ ){0,4}(newsletter|mailing list|email list)"
     # (SCMP: "Get the latest insights from China with our China Briefing newsletter")
     r"|^\W*(get|receive|stay (up to date|informed)|keep up)\b[^,;]{0,60}\b(with|in|from|via|through) our (\S+ ){0,3}"
     r"newsletter\W*$"
     r"|^(?=.{0,200}$).*\b(selects?|picks?|chooses?|rounds? up) (her|his|their|our|the) (\S+ ){0,3}(stories|articles"
     r"|reads) (in|for) (this|our) (\S+ ){0,2}newsletter\W*$"
     # ... in French, Italian, Spanish, German, a line of its own: Libération's "Pour ne rien rater de
     # l’actualité culturelle, abonnez-vous à notre newsletter", Corriere's "Iscriviti alla newsletter "Il
     # Punto" del Corriere della Sera. Ogni mattina le notizie più importanti."; not a quoted advice, "« Pour
     # être prévenus, inscrivez-vous à la newsletter de la ville », conseille l’adjoint Thomas Quéro."
     r"|" + _NOTICE + r"(?:[^.!?]{0,80},\s*)?(abonnez-vous|inscrivez-vous) (à|a) (notre|nos|la|nuestra) "
     r"(\S+ ){0,3}newsletters?\b[^.!?]{0,60}[.!]?\s*$"
     r"|^(?=.{0,200}$)\W*(iscriviti alla|suscr[ií]bete a (nuestra|la|nuestro)|abonnieren sie (unseren|den)) "
     r"(\S+ ){0,2}newsletter\b"),
    (("clicking", "signing up", "registering"), r"(by|when) (clicking|signing up|registering)"),
    # a promotion's link, a phrase then "click here" after a comma: GMA's "Mga bago at kapaki-pakinabang na
    # balita, i-click dito" (Tagalog: new and useful news, click here) between the paragraphs, "For the latest
    # news, click here" (a line of its own, no sentence before it); one phrase only, no colon nor quotation: not
    # the text a story quotes, "The message says: We tried to deliver your parcel today, click here.", nor an
    # instruction, "To apply, visit the city's website and follow the steps, click here" (a review's probes)
    (("i-click dito", "click here"), r"^(?=.{0,120}$)[^.!?,;:«»\"“”„]{2,100},\s*(i-click dito|click here)\W*$"),
    # a download's link, its file's size in brackets: the Bundeskartellamt's "Pressemitteilung als PDF (124 KB)" under
    # its release (a first-time user's competition-law briefing: a paragraph), "Factsheet (PDF, 1.2 MB)"; no sentence,
    # and a file's type, a download's word or a file's name in it: not a story's list of the files it describes,
    # "Staff payroll spreadsheet (2.3 MB)", nor "Original photo (4.2 MB)" over "Compressed photo (380 KB)" (a review's
    # probes); a file's name, "Jahresbericht_2024.pdf (2,1 MB)", a publisher's "Leseprobe_12 Wege zu guter Pflege
    # (983 kB)"
    (tuple(f"{u}{s})" for u in ("kb", "mb", "gb", "kib", "mib", "gib") for s in ("", " ")),
     r"^(?=.{0,120}$)(?=.*(?:\b(?:" + _FILE_TYPE + r"|download|herunterladen|t[ée]l[ée]charger|descargar|scaricare)\b"
     r"|\w\.[a-z0-9]{2,4}\b|[^\W_]_[^\W_]))(?:[^.!?]|\.(?=[a-z0-9]{2,4}\b)){1,90}"
     r"\(\s*(?:" + _FILE_TYPE + r")?\s*[,|-]?\s*\d[\d.,]*\s*[kmg]i?b ?\)\s*$"),  # (its words: the unit and ")")
    (("uses cookies",), r"this (site|website) uses cookies"),
    (("tip",), r"(have|got) a (confidential |news )?tip\b.{0,30}\b(reporters|journalists|newsroom|us)\b"),
    # "A version of this article appears in print on April 8, 2024, Section A, Page 1 ..."
    # A printed page's footer: "This article was printed from http://www.deadline.com/..."
    (("printed from",), r"\bthis (article|page|story|post) (was|is) printed from\b"),
    # The author box's form: "If you have a question or comment for Jane Doe, you can submit it here."
    (("submit it",), r"\bif you have a (question|comment|tip)\b.{0,60}\byou can submit it\b"),
    (("in print", "print edition"), r"(article|story) (appears|appeared) in (print|the \w+ print edition)"),
    (("we use cookies",), r"we use cookies"),
    # The page's notice to a reader without JavaScript (or Flash): "JavaScript is disabled in
    # your browser", "Sie haben Javascript für Ihren Browser deaktiviert", "Diese Diashow benötigt
    # JavaScript", "現在JavaScriptが無効になっています", "Please turn on JavaScript to use this
    # feature". (An article may say "enable JavaScript".)
    (("javascript",), r"\bjavascript\b[^.]{0,40}?\b(?:ihrem|ihren|your|votre) (?:browser|navigateur)\b[^.]{0,20}?"
                      r"(?:deaktiviert|disabled|désactivé|aktivier|aktiver|enable)"
                      r"|\bjavascript (?:is|seems to be) (?:currently )?(?:disabled|turned off)\b(?:[^.]{0,20}?\byour browser\b|\W*$)"
                      r"|\bto (?:view|use|see|read|display|watch)\b[^.]{0,40}?\bjavascript must be enabled"
                      r"|\b(?:(?:bitte|please)\b[^.]{0,20}?\b(?:aktivieren|aktiveren|enable|activate"
                      r"|(?<=^please )(?:turn|switch) on(?=.{0,40}$))|aktivieren sie|activez)\b"
                      r"[^.]{0,20}?\bjavascript\b"
                      r"|\b(?:benötigt|erfordert|requires|nécessite)\s+javascript\W*$|javascriptが無効"),
    (("flash player",), r"flash player must be installed"),
    (("browser version",), r"\busing a browser version with limited support\b"),
    (("subscribe ",), r"(un)?subscribe (at any time|here)"),
    # An audio player's label: "Listen to this article · 7:12 min Learn more", "Listen to article"
    # A social post's reply settings and box: Bluesky's "Everybody can reply", "Write your reply"
    (("can reply", "your reply"), r"^\W*(?:(?:everybody|everyone|nobody|who) can reply\??|write your reply)\W*$"),
    # ... and a Mastodon post's counters under it, a row of their own: "2.9K boosts · 3.1K favourites" (a first-time
    # user's thread was titled by it)
    (("boost", "favourite", "favorite", "reblog", "repl", "like", "quote"),  # (the words of each counter)
     r"^(?:[\d.,]+\s?[km]? (?:boosts?|favou?rites?|reblogs?|replies|reply|likes?|quotes?)(?:\s*[·•|,]\s*|$)){1,4}$"),
    (("listen to",), r"^\W*listen to (this )?(article|story)(\W*$|\s*[·|•–-]|\s+\d{1,2}:\d\d|\s+\d+\s*min)"),
    # ... in Portuguese, Spanish, Catalan, Italian, French: "Ouça este artigo", "Escuchar artículo"
    (("ouça", "ouvir", "escuch", "escolta", "ascolta", "écouter"),
     r"^\W*(ouça|ouvir|escuchar?|escolta|ascolta|écouter) (este |esta |aquest |questo |l['’])?"
     r"(artigo|notícia|artículo|noticia|article|articolo)\W*$"),
    # ... and its note on the voice, a line alone: POLITICO's "Voiced by artificial intelligence."
    (("voiced by",), r"^\W*voiced by (artificial intelligence|ai)\W*$"),
    # An opinion page's note on its writer, a sentence alone: "The writer is international
    # policy director at Stanford University's Cyber Policy Center and author of 'The Tech Coup'"
    # (a role and where it is held: not "The author is a former diplomat", "The writer is due in court")
    (("the writer", "the author"), r"^\W*the (writer|author)s? (is|are) (a |an |the )?([\w'’-]+ ){0,5}(director|professor"
                                   r"|fellow|editor|correspondent|columnist|chair(man|woman)?|president|founder|co-founder"
                                   r"|lecturer|researcher|analyst|head|partner|adviser|advisor|economist|member|chief"
                                   r"|executive|ceo)\b[^.!?]{0,200}\b(at|of|for|in)\b[^.!?]{0,200}[.!?]?['’\"”]?$"),
    # A paywall's notice where the text stops: "Thank you for your patience while we verify
    # access.", "Il vous reste 32.41% de cet article à lire. La suite est réservée aux abonnés."
    # (On a short line of its own, not quoted: an article may report on a paywall's words.)
    (("verify access", "verify your access"), _NOTICE + r"\W*(?:thank you for your patience )?while we verify (your )?access\b"),
    # ... a journal's over the rest of a paper: "View all available purchase options and get full access to this
    # article." (a first-time user's NEJM page kept it as text); the whole line (not a review's "Check the purchase
    # options below, because the phone is often discounted by $100 …": a review's probe)
    (("purchase options",), _NOTICE + r"^\W*(view|see|check) (all )?(the )?(available )?purchase options"
                                      r"( (and|to) (get|gain) (full )?access"
                                      r"( to (this|the) (article|paper|content))?)?\W*$"),
    (("abonn", "il vous reste"), _NOTICE + r"(?:.*[.!?]\s+|\W*)(?:la suite est r[ée]serv[ée]e aux abonn[ée]s\W*$|il vous reste "
                                 r"\d+(?:[.,]\d+)?\s?% (?:de (?:cet |l[’'])article [àa] lire\b|[àa] d[ée]couvrir\W*$)"
                                 # (Le Figaro's: "Cet article est réservé aux abonnés. Il vous reste 70% à découvrir.")
                                 r"|cet article est r[ée]serv[ée] aux abonn[ée]s\W*(?:$|il vous reste))"
                                 r"|" + _NOTICE + r"\W*(?:(?:dieser|der) (?:artikel|beitrag|rest dieses artikels) (?:ist )?)?"
                                 r"(?:nur|exklusiv) für abonnent(?:en|innen)\b"),
    # ... Handelsblatt's: "Erhalten Sie Zugriff zu diesem und jedem weiteren Artikel …", "Jetzt 4
    # Wochen kostenlos testen", "Sie sind bereits registriert?", "… Monatlich kündbar."; Nikkei's
    # "この記事は有料会員限定です。日経電子版に登録すると続きをお読みいただけます。", "残り1023文字"
    (("zugriff",), _NOTICE + r"\W*erhalten sie (vollen |unbegrenzten |sofortigen )?zugriff (zu|auf) "
                   r"(diesem|diesen|alle)"
                   r"[^.]{0,40}\b(artikel|inhalte|beitr[aä]ge)\b"),
    (("kostenlos testen", "gratis testen"), r"^\W*jetzt( \d+ (wochen|monate|tage))? (kostenlos|gratis) testen\W*$"),
    (("bereits registriert", "bereits abonnent"), r"^\W*(sie )?sind (sie )?bereits (registriert|abonnent(in)?)\?"),
    (("weiterlesen mit",), r"^\W*weiterlesen mit [^.]{2,40}\b(premium|plus|pur|abo)\b"),
    # (and the other form of it: "この記事は有料記事です。残り1024文字有料会員になると続きをお読みいただけます。")
    # (that form only as the whole line: a story's sentence may start "この記事は有料記事ですという表示…" or
    # hold "…会員になると続きを読める本数を…")
    (("会員限定", "有料会員", "有料記事", "続きを", "残り"), r"^(この)?記事は(有料)?会員限定(です|の記事です)"
                                          r"|^(この)?記事は有料記事です。?(残り\d+文字)?([^「」。]{0,20}会員になると続きをお?読み"
                                          r"いただけます。?)?$|^[^「」]{0,40}(登録|ログイン)すると続きを(お)?読"
                                          r"|^[^「」。]{0,40}会員になると続きをお?読みいただけます。?$"
                                  r"|^残り\d+文字$|^有料会員になる\W*$"),
    (("abbonati",), _NOTICE + r".*\barticol\w*[^.]{0,20}\briservat[oa] agli abbonati\W*$"),
    (("suscriptores", "abonados"), _NOTICE + r"\W*(?:este|el) (?:contenido|art[íi]culo) (?:es )?exclusivo para "
                                   r"(?:suscriptores|abonados)\W*$"),
    (("already ",), r"already (a subscriber|have an account)"),
    # The Japan Times' box between the paragraphs: "In a time of both misinformation and too much
    # information, quality journalism is more crucial than ever." / "By subscribing, you can help us
    # get the story right."
    # (the box's own lines, short and in its words; not a paragraph that quotes an editor on journalism,
    # nor a consumer story's "By subscribing, you usually agree to …")
    (("quality journalism",), r"^[^.!?]{0,80}\bquality journalism is (more )?(crucial|important|essential|vital"
                              r"|needed) than ever\W*$"),
    (("by subscribing",), r"^\W*by subscribing,? you (can |will )?(help|support) (us|our)\b[^.!?]{0,60}\W*$"),
    # a form's consent: "By submitting you agree to our Terms of Service" (USA TODAY's), "By signing up, you agree
    # to our Privacy Policy", "By becoming a registered user, you are also agreeing to our Terms" (not a story's
    # "By subscribing, you usually agree to …")
    (("agree", "accept", "consent", "acknowledge"),
     _NOTICE + r"\W*by [a-z]+ing\b[^.!?]{0,80}?,? you (?:also )?(?:agree|accept|consent|acknowledge"
               r"|are (?:also )?agreeing)\b"),
    # a market-data site's legal notices under its tables: "Risk Disclosure: Trading in financial instruments and/or
    # cryptocurrencies involves high risks …", "Fusion Media would like to remind you that the data contained in this
    # website is not necessarily real-time nor accurate." (a first-time user's page of rates kept them as its text)
    # (the notice's own words after its label, and the notice's line from its start: not a story's subhead, "Risk
    # warnings: what the adverts must say", nor its sentence that quotes a notice, "The company pointed to its terms
    # of service, which warn that the data contained in this website is not necessarily real-time …", a probe review's)
    (("risk disclosure", "risk warning"), r"^(?=.{60})\W*risk (disclosure|warning)s?\s*:[^:]{0,80}?\b(involves?"
                                          r"|risks?|los[es]|losing|losses)\b"),
    (("not necessarily real-time",), r"^\W*(?:[^.!?]{0,60}\b(?:remind|inform|note)s? you that )?the data contained in "
                                     r"this (website|site|page)\b.{0,40}\bnot necessarily real-time\b"),
    # a topic's sign-up box over the text, both its lines: the FT's "Receive free Bank of England updates" / "We'll
    # send you a myFT Daily Digest email rounding up the latest Bank of England news every morning." ("Get alerts on
    # Bank of England", "Sign up to Bank of England updates"; a first-time user's summary was the second line)
    (("receive free", "get alerts on", "get free alerts on", "sign up to", "sign up for"),
     r"^(?=.{0,80}$)\W*(receive free [^.!?]{1,50} (updates|alerts|news)|get (free )?alerts on [^.!?]{1,50}"
     r"|sign up (to|for) [^.!?]{1,50} (updates|alerts))\W*$"),
    # (its digest, newsletter, or alerts of the news: not a service's "We'll send you an email when your application
    # has been approved", nor a company's message quoted in a story, "We will send you a text alert as soon as the
    # water in your area is safe", a probe review's)
    (("send you",), _NOTICE + r"\W*we(['’]ll| will) (also )?send you (an? |our )?(\S+ ){0,4}(digest|newsletters?\b"
                   r"|(alerts?|updates)\b[^!?]{0,80}?\b(news|stor(y|ies)|articles?|published)\b)[^!?]{0,120}$"),
    # a newsletter's promo between the paragraphs: Reuters' "Get a look at the day ahead in Asian and global
    # markets with our Morning Bid Asia newsletter. Sign up here."
    (("sign up here",), r"\bnewsletters?\b.{0,60}\bsign up here\W*$"),
    # ... "East Asia Forum Weekly Digest — Subscribe to get the latest analysis delivered to your inbox every Monday."
    # (ending in its button; not a paragraph on newsletters that names them)
    (("to your inbox",), r"\bsubscribe\b.{0,80}\bto your inbox\b[^.!?]{0,40}[.!]?\s*(sign up|subscribe|join)"
                         r"( now| here| today)?\W*$"),
    # El País's plea between the paragraphs: "Únete a EL PAÍS para seguir toda la información y leer sin límites."
    (("únete a",), r"^\W*únete a [^.]{2,40}? para (seguir (toda )?la información|leer sin límites|seguir leyendo)\b"),
    (("create a",), r"create (an|a free) account"),
    (("follow ",), r"follow (him|her|them|us) on"),
    # a public body's press pages' name over a release, as the page's header prints it ("European Commission -
    # Press corner", "Newsroom | Ministry of Health"): the site's section, not the release's headline
    (("press corner", "press room", "pressroom", "newsroom", "media centre", "media center", "press releases"),
     "^" + PRESS_PAGES + "$"),
    # a follow button's two states run together as a line of its own, "Follow Jane Doe Followed" (an
    # author's, a topic's, the site's: find_source reads the site's name from it)
    (("follow ",), r"^\W*follow (?-i:[A-Z0-9][\w'’.&-]*( [A-Z0-9][\w'’.&-]*){0,4} Followed)\W*$"),
    # a live blog's line over its entries: "Follow The Times of Israel's live blog for the latest updates."
    (("follow ",), r"^\W*follow ([\w'’.&-]+ ){0,5}live (blog|coverage|updates)"
                   r"( for (the )?latest (updates|news))?[.!]?$"),
    (("courtesy", "credit"), r"(photo|image)s? (courtesy|credit)"),
    (("getty images",), r"getty images"),
    (("shutterstock",), r"shutterstock"),
    # A site's legal disclaimer (health, fitness and finance pages close with one).
    (("informational purposes",), r"for (general )?informational purposes only"),
    # A company's legal notice in the footer: "Harbour Times Ltd. Registered in England and Wales, No. 04567123."
    (("registered in", "registered office", "company number", "company no"),
     r"\bregistered in (england|scotland|ireland|northern ireland)\b|\bregistered office\s*:|\bcompany (number|no\.?)\s*:?\s*\d"),
    # ... in the languages law firms' alerts close with, the alert speaking of itself: "Este boletim tem
    # caráter meramente informativo e não constitui opinião legal.", "Esta nota … no constituye
    # asesoramiento jurídico" (not a story that quotes such a notice, nor "à titre informatif" in prose)
    (("informativo", "informatif", "constitui", "constituye", "constitue", "rechtsberatung"),
     r"^\W*(este|esta|el presente|o presente|a presente|ce|cette|le présent|la présente|questo|questa|il presente"
     r"|dieser|diese|dies)\b[^.]{0,80}?\b((caráter|carácter|carattere) meramente informativo|fin(e)?s (meramente )?"
     r"informativos|à titre (purement )?informatif|n(ão|o) constitu(i|ye) (uma |una )?(opinião|aconselhamento"
     r"|asesoramiento|asesoría|opinión) (legal|jurídic[oa])|ne constitue pas un (avis|conseil) juridique"
     r"|stellt keine rechtsberatung dar)"),
    # ("DISCLAIMER: Because of the generality of this update, … without specific legal advice …")
    (("disclaimer",), r"^disclaimer\s*:.*\b(legal advice|acted upon|informational purposes|does not constitute"
                      r"|attorney advertising|not intended to|no liability|not be liable|not responsible)\b"),
    # A wiki's page furniture: "From Wikipedia, the free encyclopedia", "This page was last
    # edited on 3 March 2025, at 17:02 (UTC).", its licence, "Categories: …", and a reference
    # list's lines ("^ "Maersk pauses Red Sea shipments". Reuters. 15 December 2023.")
    # ... in the wiki's other languages: "Origem: Wikipédia, a enciclopédia livre.", "Esta página foi
    # editada pela última vez às 18h05min de 21 de junho de 2024.", "Este texto é disponibilizado nos
    # termos da licença Atribuição-CompartilhaIgual 4.0 Internacional (CC BY-SA 4.0) da Creative
    # Commons; …", "Categorias: Enchentes no Brasil…"; Spanish, French, German and Italian as MediaWiki
    # words them ("Esta página se editó por última vez el …", "La dernière modification de cette page a
    # été faite le …", "Diese Seite wurde zuletzt am … bearbeitet.", "Questa pagina è stata modificata
    # per l'ultima volta il …")
    (("wikip",), _NOTICE + r"^\W*" + _WIKI_TAGLINE + r"\W*$"),
    (("last edited",), _NOTICE + r"^\W*this page was last edited on\b"),
    (("última vez", "dernière modification", "zuletzt am", "ultima volta"),
     _NOTICE + r"^\W*(esta página foi editada pela última vez|esta página se editó por última vez|la dernière "
               r"modification de cette page a été faite|diese seite wurde zuletzt am\b.{1,40}\bbearbeitet|questa "
               r"pagina è stata modificata per l['’]ultima volta)\b"),
    (("creative commons",), _NOTICE + r"^\W*text is available under the creative commons\b"),
    # a podcast's sponsor read between its turns, the whole paragraph: "This episode is brought to you by Arcadia. Go
    # to arcadia.com/energygang to learn more." (a first-time user's transcript kept it as text)
    (("brought to you", "sponsored by", "supported by"),
     _NOTICE + r"^\W*this (episode|show|podcast) is (brought to you|sponsored|supported) by [^.!]{2,60}[.!]"
               r"( (go to|visit|head to) [\w-]+\.(com|org|net|io|co|fm)\S* [^.!]{0,60}[.!]?"
               # (or its offer's code: "Use code POLICY for 20% off your first box.", a first-time user's drugs
               # briefing's podcast)
               r"| (use|enter) (the )?(promo |discount |offer )?code [\w-]+ (for|to get|at) [^.!]{2,60}[.!]?)?\W*$"),
    # ... and its credits, the show's producer with the transcript's notice, or the episode's alone: "The Energy Gang
    # is produced by Latitude Media. Transcripts are generated automatically and may contain errors."
    (("produced by",), _NOTICE + r"^\W*((the )?[\w'’&.-]+( [\w'’&.-]+){0,5} is produced by [^.]{2,60}\. "
                                 r"transcripts? (are|is) (generated|created|produced) automatically\b"
                                 r"|(this|the) (episode|show|podcast) (is|was) produced by [^.]{2,60}\.?$)"),
    # a journal's licence under an open paper's dates: "Published by the American Physical Society under the terms
    # of the Creative Commons Attribution 4.0 International license.", "This article is an open access article
    # distributed under the terms of the Creative Commons …" (a first-time user's paper kept it as its text)
    (("creative commons",), _NOTICE + r"^\W*(published by [^.]{2,80} under the terms of the creative commons\b"
                                      r"|(this|the) (article|paper) is (an open access article )?(licensed|distributed)"
                                      r" under (the terms of )?(a|the) creative commons\b)"),
    # (their licences' lines run longer, and the German one quotes the licence's name)
    (("licença", "licencia", "licence", "lizenz", "licenza"),
     r"^\W*(este texto é disponibilizado nos termos da licença|el texto está disponible bajo la licencia creative"
     r"|(droit d['’]auteur\s*:\s*)?les textes sont disponibles sous licence creative|der text ist unter der lizenz"
     r"\W+creative[- ]commons|il testo è disponibile secondo la licenza creative)"),
    (("categor", "kategor", "catégor"), _NOTICE + r"^(categories|category|kategorien|kategorie|catégories|catégorie"
                                                  r"|categorías|categoría|categorias|categoria|categorie)\s*:[^.]*$"),
    # Foreign Policy's rubric under an opinion piece's standfirst
    (("point of view",), _NOTICE + r"^\W*argument: an expert['’]s point of view on a current event\W*$"),
    # A live page's notice that it is over: "Our live coverage has ended. Read more … in the posts below.",
    # "This live blog is now closed.", "We've ended our live coverage …" (not "We're closing the blog
    # now. Here's a summary …", which leads into the text)
    (("live",), _NOTICE + r"^\W*((our|this|the) live (coverage|blog|updates?) (has|have|is|are) (now )?(ended|closed"
                          r"|finished|concluded|over)|we(['’]ve| have) (now )?(ended|concluded|wrapped up) (our|this) live "
                          r"(coverage|blog|updates))\b"),
    # a broadcaster's note of when its programmes aired the story, under the text (ARD's sites: "Dieses
    # Thema im Programm: Das Erste, tagesschau, 08. Juli 2024 um 09:00 Uhr")
    (("im programm",), _NOTICE + r"^\W*dieses thema im programm\b"),
    # the UN's notice under its meetings coverage
    (("official record",), _NOTICE + r"^\W*(for information media\W+)?not an official record\W*$"),
    # (Each in a disclaimer's words: "The drug is not intended to treat severe cases" or "Results
    # vary across the districts" in a news story is article text.)
    (("not intended to",), r"not intended to diagnose|not intended to (be a substitute for|replace) (the )?"
                           r"(professional|medical|advice)|not intended to (be|constitute|provide) (medical|legal"
                           r"|financial|investment|tax) advice"),
    (("food and drug administration",), r"not been evaluated by the food and drug administration"),
    (("results ",), r"individual results (may |will |can )?vary|\bresults may vary|^[+*†]\s*results vary"),
    (("trademarks of",), r"\bare registered trademarks of\b"),
    # A shopping disclosure: "some of the links on X are affiliate links ... we may earn a commission"
    (("affiliate links",), r"\blinks (on|in) [\w .'’-]{1,40}? (are|may be) affiliate links"),
    (("commission", "share of sales"), r"\bwe (may )?(earn|receive|get) (a )?(small )?(commission|share of sales)"),
    # ... "If you purchase a product … through a link on our site, we may receive compensation." (not a
    # quoted "we may get compensation from the airline")
    # (the notice's own line: not a story's "… said that if passengers booked through a link on our site, we
    # may receive compensation …")
    (("compensation",), r"^[^\w\"“‘'«]*(if you (buy|purchase|register|click|shop|subscribe|sign up)\b.{0,120}?\blinks?"
                        r"|(some )?links?) on (our|this) (site|website|page)\b.{0,40}\bwe (may )?(earn|receive|get) compensation"),
    # The site's terms in its footer: "Use of and/or registration on any portion of this site constitutes
    # acceptance of our User Agreement …", "Use of this site constitutes acceptance of our User Agreement"
    # (not a story's quotation of such a notice: "\"Use of this site constitutes …,\" read the notice …")
    (("constitutes",), r"^[^\w\"“‘'«]*(use of|registration on|access to)\b.{0,60}\b(this|our) (web ?)?site\b.{0,20}"
                       r"\bconstitutes (your )?(acceptance|agreement)"),
    # A wire's promotion of its podcast: "Catch up on the 2020 election campaign with AP experts
    # on our weekly politics podcast, “Ground Game.”"
    # (One sentence: a podcast's own page opens "Listen to episode 38 of our podcast X. ...")
    (("podcast",), r"^(catch up on|listen to|subscribe to|tune in to)\b[^.!?]{0,80}\bour (\w+ ){0,2}podcast\b"
                   r"[^.!?]*[.!?]?[”\"’']?\W*$"),
    # A teaser's blurb with its link: "This is the best ... news we've heard all day. Read More"
    (("read more", "continue reading"), r"[.!?…”\"]\s*(read more|continue reading)\W{0,3}$"),
    # A link to a chart the copy left without it: "(Graphic: Global assets in 2019 - here)"
    (("graphic", "interactive", "factbox"), r"^\((graphics?|interactive|factbox)\s*:.{0,100}\)\W*$"),
    (("subject to copyright",), r"this (document|article|story|material|content|page) is subject to copyright"),
    (("reproduced",), r"no part (of (this|the) [\w ]{1,40} )?may be reproduced"),
    (("website", "web site", "this site", "our site"),
     r"(information|content|contents|materials?) (provided|published|contained) on (this|our) (web ?)?site\b"),
    # The site's licence and liability notices in its footer: "This work is licensed under a
    # Creative Commons ...", "Die Bilder in diesem Blog stehen unter einer Creative Commons ...
    # Lizenz", "... übernehme ich keine Haftung für die Inhalte externer Links".
    (("licensed under",), r"\b(this|the) (work|blog|site|website|content|contents|text|texts|images|photos)"
                          r"( (on|of|in) this (blog|site|website))? (is|are) licensed under\b"),
    (("stehen unter", "steht unter"), r"\b(bilder|fotos|texte|inhalte|beiträge) (in|auf) diese[mr] "
                                      r"(blog|seite|website|webseite|homepage) stehen unter\b"
                                      r"|\b(dieses|der) (werk|blog|inhalt) steht unter (einer|der) creative"),
    (("keine haftung",), r"\bübernehmen? (ich|wir) keine haftung\b"),
    (("not responsible",), r"\b(is|are) not responsible for the contents? of (external|third[- ]party|linked) "
                           r"(sites|websites|links|pages)\b"),
    # The Trust Project's labels of a story's kind, as a news site prints them over its text (Euractiv's
    # "News Based on facts, either observed and verified directly by the reporter, or reported and verified from
    # knowledgeable sources.", "Opinion Advocates for ideas and draws conclusions based on …")
    (("based on facts", "advocates for ideas", "based on factual reporting"),
     r"^\W*(news\s+)?based on facts, either observed and verified directly by the reporter"
     r"|^\W*(opinion\s+)?advocates for ideas and draws conclusions based on the interpretation of facts"
     r"|^\W*(analysis\s+)?based on factual reporting, although it incorporates the expertise of the author"),
    # A publisher's pitch for its paid service, a podcast's for its patrons, a conference's for its tickets:
    # "POLITICO Pro is our premium intelligence service for professionals.", "Support Tech Policy Unpacked on
    # Patreon and get ad-free episodes.", "Get in front of 10,000+ tech and VC leaders. Save up to $675 before
    # prices rise."
    # (a sentence of the page's own, not a quotation, "\"Ultimate is our premium subscription offering …,\" a
    # spokeswoman said"; the imperative, not "Support for podcasters on Patreon has grown", "customers could still
    # save $150 … before prices rise": a review's probes)
    (("premium",), r"(?:^|[.?!]\s+)(?-i:[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,3}) is our premium "
                   r"(intelligence |news |subscription |information )?(service|product|offering)\b(?![^\"”]*[\"”]\s*,)"),
    (("patreon",), r"^\W*(support|join|back) (us|(?-i:[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,5})) on patreon\b"),
    (("prices rise", "prices go up", "prices increase"),
     r"(?:^|[.!?]\s+)save (up to )?[$€£]\s?\d[\d,.]*\b[^.]{0,20}\bbefore prices (rise|go up|increase)\b"),
)
CLUTTER_SENTENCE_RE = re.compile(non_capturing("|".join(phrase for _, phrase in CLUTTER_PHRASES)), re.I)
# Per phrase, the words one of which its every match contains, and its own pattern.
_PHRASE_PATTERNS = tuple((words, re.compile(non_capturing(phrase), re.I)) for words, phrase in CLUTTER_PHRASES)
_PHRASE_WORDS = tuple(dict.fromkeys(word for words, _ in CLUTTER_PHRASES for word in words))
_PHRASE_WORD_RE = any_word_re(_PHRASE_WORDS)  # finds one of _PHRASE_WORDS in a lowercase line, or nothing
# Per word, the phrases (indices in _PHRASE_PATTERNS) with that word or one it starts with among
# their words: where _PHRASE_WORD_RE finds the word (the longest one starting there), the
# phrases a match may start from.
_PHRASES_OF = {word: tuple(i for i, (words, _) in enumerate(_PHRASE_PATTERNS) if word.startswith(words))
               for word in _PHRASE_WORDS}
CLUTTER_COUNTER_RE = re.compile(r"^\d+ of \d+$", re.I)  # "3 of 12" under a gallery photo
# A call to subscribe, register or pay, as a line of its own ("Subscribe now for unlimited
# access.", "Become a member today …", "You have read 3 of 5 free articles this month."):
# only at the start of a short line and followed by what a plea says next, since an
# article may say "… to become a member of the WTO" or begin "Become a member of the board".
PLEA_MAX_CHARS = 200
PUBLISHER_VOICE_RE = re.compile(r"\b(?:we|our|us)\b", re.I)
# ... or, longer, the publisher's pitch between a box's heading and its button, which may name
# no "we": "Mais de 180 reportagens … Um jornalismo profissional que …" (Folha's box), in the
# voice of any of the languages whose buttons PLEA_RE knows
PITCH_MAX_CHARS = 400
_JOURNALISM = "journalism|jornalismo|periodismo|journalisme|journalismus|giornalismo"
PITCH_VOICE_RE = re.compile(r"\b(?:we|our|us|nós|nosso|nossa|nossos|nossas|nosotros|nuestro|nuestra|nuestros|nuestras"
                            rf"|nous|notre|wir|unser\w*|noi|nostro|nostra|nostri|nostre|{_JOURNALISM})\b", re.I)
# ... which a box's heading over it must speak of: the publisher's journalism, not "our" test or team
PITCH_JOURNALISM_RE = re.compile(rf"\b(?:{_JOURNALISM}|reportagens|reportajes|reportages|reportagen|colunistas"
                                 r"|columnistas|columnists|chroniqueurs|kolumnisten|editorialistas)\b", re.I)
# ... and a subscription box's own heading over its pitch and button, the reader's subscription: "Sua
# assinatura vale muito", "Your subscription matters" (a short line, no sentence; only right over the pitch
# and the button: "## Your subscription can be paused" heads an article's section)
_BOX_HEADING_RE = re.compile(r"\W*(?:your|sua|tua|tu|votre|ihr) (?:subscription|assinatura|suscripci[oó]n|abonnement"
                             r"|abo)\b[^.!?]{0,40}", re.I)
PLEA_RE = re.compile(
    r"^\W*(?:(?:subscribe|register|sign up|join)(?: now| today| here| for free)?"
    r"\s+(?:now|today|here|for|to|and|free)\b"
    r"|(?:subscribe|register|sign up|join) (?:now|today|here)\W*$"
    r"|[^.!?]{1,80}\?\s+(?:subscribe|log in|sign in)(?: now| today| here)?\W*$"  # "Want all of The Times? Subscribe."
    r"|become a (?:paying )?(?:member|subscriber|supporter|patron)(?:\W*$|\s+(?:today|now|and|to|for)\b)"
    r"|you(?:'ve|’ve| have) (?:read|used|viewed|reached|enjoyed) .{0,40}\bfree (?:articles?|stories|story)\b"
    # "Our journalism needs your support. Subscribe today to …", "Independent journalism depends on readers like you."
    # (the publisher's call to its readers, not a media story's "Local journalism depends on readers, advertisers
    # and …" or "Independent journalism relies on the support of foundations …", nor a quotation)
    r"|(?<![\"“‘'«])(?:our|quality|independent|local) journalism (?:needs|depends on|relies on) (?:your|readers like you)\b"
    r"(?=.{0,60}\b(?:subscribe|donate|support us|become a (?:member|subscriber|supporter))\b|.{0,30}$)"
    r"|(?:unlock|get|enjoy) (?:full|unlimited) (?:digital )?access\b"
    r"|unlock (?:the|our|this) (?-i:[A-Z])[\w'’]*(?: [\w'’]+){0,4} for free\W*$"  # "Unlock the Editor's Digest for free"
    # USA TODAY's comment box: "Join the Nation's Conversation"
    r"|join (?:our|the) [\w'’]+ (?:conversation|discussion|community)\W*$"
    r"|get\b.{0,40}\b(?:news|alerts|newsletters?|stories|updates|headlines|deals)\b.{0,30}\bto your inbox\b"
    # the same buttons in other languages, the imperative opening a short line with no sentence in it: "ASSINE
    # POR R$ 1,90 NO 1º MÊS", "Suscríbete ahora", "Abonnez-vous", "Jetzt abonnieren" (not "Assinar o acordo …",
    # an infinitive, nor a sentence: "Suscríbete al canal de alertas de Protección Civil …", "Jetzt abonnieren
    # können Bürgerinnen und Bürger …", "Abonnez-vous aux alertes SMS de votre préfecture …"; nor Italian
    # "abbonati", also the subscribers)
    # ... or with its price: "Abonnez-vous à Libération pour 1€ le premier mois"
    r"|(?![^\n]*:\s)(?:assine|suscr[ií]bete|abonnez-vous|jetzt abonnieren)\b[^.!?\n]{0,50}"
    r"(?:\d\s?(?:€|euros?\b)|R\$\s?\d|[$£]\s?\d)[^.!?\n]{0,12}\b(?:le premier mois|(?:le )?1er mois|(?:no )?1º m[êe]s"
    r"|(?:no )?primeiro m[êe]s|(?:el )?primer mes|(?:the )?first month|(?:im )?ersten monat|(?:il )?primo mese)\W*$"
    r"|(?![^\n]*[.!?:]\W*$)(?:assine|suscr[ií]bete|abonnez-vous|jetzt (?:abonnieren|abonnent werden))"
    r"(?:\s+(?:j[aá]|agora|ahora|ya|hoy|aqui|aquí|maintenant|ici|now|und|por|pour|par|für|f[uü]r|ab|a partir"
    r"|gr[aá]tis|gratuitamente|gratuitement|gratis|kostenlos|(?:à|a|al|la|le|o|a\s+nossa|à\s+notre|a\s+nuestra)"
    r"\s+(?:\w+\s+)?newsletter)\b(?![^.!?]*[,:]\s)[^.!?]{0,40})?\W*$)",
    re.I)


# Markup shown as text: a page's <noscript> fallback (a style sheet's <link>, a tracking
# pixel's <img>) or a comment form's list of allowed tags, rendered as the characters they
# are. A line that starts with a tag and keeps under MARKUP_TEXT_SHARE of its characters
# once its tags are taken out is code, not prose, however long ("<p>Gleiche Haarteile …" is
# text in a tag, and is prose).
_HTML_ELEMENTS = ("a|abbr|acronym|audio|b|blockquote|br|button|cite|code|del|div|em|embed|figcaption|figure|font|"
                  "form|h[1-6]|hr|i|iframe|img|input|ins|label|li|link|meta|noscript|object|ol|option|p|param|"
                  "picture|pre|q|s|script|section|select|source|span|strike|strong|style|sub|sup|svg|table|tbody|"
                  "td|textarea|th|tr|u|ul|video")
MARKUP_TAG_RE = re.compile(rf"</?(?:{_HTML_ELEMENTS})(?:\s[^<>]*)?/?>", re.I)
MARKUP_TEXT_SHARE = 0.2


def is_markup(text: str) -> bool:
    """A line of HTML tags with (almost) no text between them."""
    if not (text.startswith("<") and text.endswith(">")):
        return False
    rest = MARKUP_TAG_RE.sub("", text)
    return len(rest.strip()) < MARKUP_TEXT_SHARE * len(text) and rest != text


@functools.lru_cache(maxsize=8192)  # (a pure function of the line: a site's furniture recurs)
def is_clutter_sentence(text: str) -> bool:
    """Whether the line holds one of CLUTTER_PHRASES or is a CLUTTER_COUNTER_RE.

    A line holding none of the phrases' words (compared in lowercase, which is what re.I
    does unless one of ASCII_CASE_TWINS is there) cannot match, and most lines hold none:
    under re.I the alternation tries every phrase at every position, which made it the
    largest cost of classifying lines.
    """
    if CLUTTER_COUNTER_RE.match(text):
        return True
    if CASE_TWIN_RE.search(text):
        return CLUTTER_SENTENCE_RE.search(text) is not None
    low = text.lower()
    found = _PHRASE_WORD_RE.search(low)  # one scan: most lines hold none of the words
    if found is None:
        return False
    # Only the phrases whose words the line holds: most lines that hold one ("please ",
    # "support") hold no other, and a single phrase scans faster than the alternation.
    # Every place a word starts at is visited, so every word held is the one found there or
    # a word that one starts with.
    phrases: set[int] = set()
    while found is not None:
        phrases.update(_PHRASES_OF[found.group()])
        found = _PHRASE_WORD_RE.search(low, found.start() + 1)
    return any(_PHRASE_PATTERNS[i][1].search(text) for i in sorted(phrases))


def _anchored_split(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The pattern's top-level branches that start with "^" (no re.M: they can match only at
    the line's start) and the others, as two patterns with its flags: pattern.search(text)
    finds something exactly when the first .match(text) or the second .search(text) does,
    and search no longer tries every "^" branch at every position."""
    branches, depth, in_class, start, i, src = [], 0, False, 0, 0, pattern.pattern
    while i < len(src):
        ch = src[i]
        if ch == "\\":
            i += 1
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            i += src[i + 1:i + 2] == "^"
            i += src[i + 1:i + 2] == "]"  # (a "]" first in a class is the character)
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            branches.append(src[start:i])
            start = i + 1
        i += 1
    branches.append(src[start:])
    if pattern.flags & re.M or not any(b.startswith("^") for b in branches):
        raise ValueError(f"no branch anchored at the line's start only: {src[:60]!r}")
    flags = pattern.flags & ~re.U

    def either(parts: list[str]) -> re.Pattern[str]:
        return re.compile("|".join(f"(?:{b})" for b in parts) or "(?!)", flags)

    return either([b for b in branches if b.startswith("^")]), either([b for b in branches if not b.startswith("^")])


_GLUED_CREDIT = r"(?:Credit|Photo|Image|Picture)s?:"  # (case-sensitive: after a lower-case letter)
_CREDIT_PART = r"[A-ZÀ-Þ][\w'’.&-]*(?: [A-ZÀ-Þ][\w'’.&-]*){0,3}"  # "Le Figaro", "AFP", "Hans Lucas"
_CREDIT_PERSON = (r"[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?(?: [A-ZÀ-Þ][a-zà-ÿ]+)?"  # "Jean-Christophe MARMARA"
                  r" [A-ZÀ-Þ][A-ZÀ-Þ'’-]{2,}(?: [A-ZÀ-Þ][A-ZÀ-Þ'’-]{2,})?")
# A Finnish photo credit's names and agencies after "Kuva:": capitalised words, parts joined by
# "/", "," or "|" ("Jussi Nukari / Lehtikuva"), no sentence.
_KUVA_NAME = r"(?-i:[A-ZÀ-Þ])[\w'’.&-]*(?: (?-i:[A-ZÀ-Þ])[\w'’.&-]*){0,3}"
_KUVA_CREDIT = _KUVA_NAME + r"(?:\s*[/,|]\s*" + _KUVA_NAME + r"){0,2}\s*"
_SCRIPT_CREDIT = unicodedata.normalize("NFC", r"|(?:(?<=[।.!?’”\"])|(?<=\s))(?:ছবি|ফটো|फ़ोटो|फोटो|तस्वीर|فوٹو|تصویر)"
                                        r"\s*[:：]\s*[^\s.!?।:][^.!?।:]{0,50}$")
CAPTION_RE = re.compile(non_capturing(
    r"^(photograph|photo(?: credits?)?|image|picture|foto|credit|cr[ée]dits?|source|fonte|фото|(?:photo )?illustration"
    r"|bild|(?-i:Ảnh)|ภาพ)\s*(by|:|\||/)"
    # Swahili's "Picha na Maktaba" (photo by: the archive), "Picha: Mwananchi", alone or after the caption's full stop
    # (Mwananchi's "… akitangaza matokeo jijini Dodoma. Picha na Maktaba", a first-time user's headline)
    # (and the Nation's "… Dodoma. PHOTO | FILE")
    r"|(?:^|[.!?]\s+)(?-i:Picha|PICHA)\s*(?:na|NA|:)\s+(?-i:[A-Z])[\w.'’ /|-]{1,40}$"
    r"|[.!?]\s+(?-i:PHOTO)\s*\|\s*(?-i:[A-Z])[\w.'’ /|-]{1,40}$"
    # A Canadian paper's credit in capitals over the caption, as copied ("PHOTO ARCHIVES LA PRESSE", "PHOTO JOHN
    # DOE, LA PRESSE")
    r"|^(?-i:PHOTO [A-ZÀ-Þ][A-ZÀ-Þ'’ ,.-]{2,60})$"
    # A credit in square brackets after the caption's last sentence, the photographer and the paper: The Standard's
    # "… the June 25, 2024 protests. [Edward Kiplimo, Standard]": a person's whole name, capitalised words only
    # (not a citation's year or surname, "[Smith, 2019]", "[Gadroen, Lancet ID]", nor Reuters' "[Reporting by Khalid
    # Abdelaziz, Editing by Aidan Lewis]", "[Additional reporting by …]" after the text's last sentence)
    r"|[.!?]\s*\[(?-i:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}),\s*(?-i:[A-Z])[\w.'’ &-]{1,40}\]$"
    # Finnish "Kuva: Jussi Nukari / Lehtikuva": the label, then a credit's capitalised names and
    # agencies only (a headline opens with the label too, "KUVAT: Myrsky kaatoi puita …").
    r"|^kuvat?\s*:\s*" + _KUVA_CREDIT + r"$"
    # A Lithuanian credit, its abbreviated "photo" last: "BNS nuotr.", "Asociatyvi nuotr.", "… Vilniuje. LRT nuotr."
    # (a caption's length: a paragraph may end on the word, "… kabo garsioji Antano Sutkaus nuotr.")
    r"|^(?:\S+\s+){0,11}nuotr\.\s*$"
    # A label the page hides from sight and a copy keeps: "Image caption Protesters in ...",
    # "Image copyright Getty Images", "Media caption Watch: ...".
    r"|^(?:image|media|video|photo) (?:caption|copyright)\s+\S"
    # ... and BBC's other services' ("Legenda da foto, Bairro Mathias Velho …", "Pie de foto, …")
    r"|^(?:legenda da (?:foto|imagem)|pie de (?:foto|imagen)|leyenda de la (?:foto|imagen)),\s+\S"
    # A caption's label before it, in the languages read: "Caption: …", "Bildunterschrift: Blick in das Plasmagefäß
    # von Wendelstein 7-X. Foto: IPP, Jan Michael Hosan" (a first-time user's German release kept it as text),
    # "Légende : …", "Pie de foto: …", "Didascalia: …"
    r"|^(?:(?:image |photo )?caption|bildunterschrift|bildtext|légende|pie de foto|leyenda|didascalia"
    r"|legenda)\s?:\s+\S"
    # An aggregator's credit under a syndicated story's photo: MSN's "© Provided by CNBC"
    r"|^[©ⓒ]\s*provided by\s+(?-i:[A-Z])[\w.&'’ -]{1,40}$"
    # ... and a photo library's licence after the caption: the European Parliament's "Personal facial recognition
    # technologies used for biometric identification © Image used under the license from Adobe Stock" (a first-time
    # user's EU briefing: its first paragraph)
    r"|[©ⓒ]\s*(?:image|photo|picture)s? used under (?:the |a )?licen[cs]e (?:from|of)\s+(?-i:[A-Z])[\w.&'’ -]{1,40}$"
    # (not a dateline's time zone: "JANUARY 10, 2020 9:00AM (UTC)"; nor a code in brackets
    # glued to a word's letter, a name's part: "influenza A(H5N1)", "Microsoft(R)"; a credit
    # glued on is one, "Athens(Reuters)", "parliament(Courtesy of the Greek government)")
    r"|(?:(?<![^\W\d_])|(?!\((?:[^()\s]*\d[^()\s]*|[^()\s]{1,2})\)))"
    r"\((?!(?:UTC|GMT|[ECMP][SD]?T|BST|CES?T|IST|JST|KST|HKT|SGT|AE[SD]T)\))"
    # (nor a sentence set in brackets: "... (Plus de détails le jour même.)")
    r"(?!(?:[^\s()]+\s+){3,}[^\s()]*[.!?]\)\s*$)"
    # (not what a headline ends in: "... (podcast)", "... (Video)", "... (Updated)")
    r"(?!(?:podcast|videos?|audio|photos|updated?|opinion|analysis|live|exclusive|interview|review|poll"
    r"|infographic|op-ed|watch|listen)\))"
    # (nor a song's featured singer: "Only One (Ft. Stevie Wonder)")
    r"(?!(?:ft|feat|featuring)\b)"
    # (a wire photo's own marks after it: "(AP Photo/Alan Diaz, File)")
    r"(?:photo(?: by)?:? |via )?(?-i:[A-Z])[\w.'’ -]{0,40}(?:/[\w.'’ -]{1,40})?(?:, (?:file|pool|handout))?\)\s*$"
    # (and Vietnamese's "Ảnh:", VnExpress's "… tại Naypyidaw ngày 2/4. Ảnh: Bộ Quốc phòng", a first-time user's)
    # (capitalised, as a credit's label is: not "… vài tấm ảnh: Chùa Mahamuni", "a few photos: …", a review's probe)
    r"|\b(?:photo(?:grapher)?|image|cr[ée]dit|foto|bild|(?-i:Ảnh))s?\s*(?:by|:)\s*©?\s*[A-Z0-9][\w.'’ -]{1,40}"
    r"(?:/\s?[\w.'’ -]{1,40})*\)?\s*$"
    # (an institution's and its photographer's after a comma, past the caption's full stop: "… 7-X. Foto: IPP, Jan
    # Michael Hosan", "… Photo: ITER Organization, EJF Riche")
    r"|[.!?]\s+(?:photo|foto|bild|image|crédit)s?\s?:\s*(?-i:[A-Z0-9])[\w.'’ -]{1,40}, (?-i:[A-Z])[\w.'’ -]{1,40}$"
    r"|[.;]\s+(?:graph|chart)\s+by\s+(?-i:[A-Z])[\w.'’ -]{1,40}"  # a chart's: "… Source: CDC; Graph by YLE"
    r"(?:/\s?[\w.'’ -]{1,40})*\)?\s*$"
    # A credit in capitals after the caption's last sentence, a photographer and an agency (Le
    # Monde's "… à Paris, le 11 juin 2025. JULIEN DE ROSA / AFP", "… STRINGER / AFP", "… / NYT-REDUX-REA":
    # the agency a word in capitals; not "SLAVA UKRAINI / GLORY TO UKRAINE", nor "EFE / Madrid").
    r"|[.!?»”\"]\s+(?-i:(?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]+(?:\s[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]+){1,4}|STRINGER|HANDOUT|POOL)"
    r"\s?/\s?(?:[A-Z][A-Z.&-]+[A-Z]|AP|Getty Images|Reuters|Bloomberg|Sipa|dpa|Abaca|Hans Lucas|Divergence|Le Monde"
    r"|Picture Alliance|Imago))\s*$"
    # A credit of a paper and its photographer, a first name and a surname in capitals, after the caption's
    # last sentence (Le Figaro's "… photographiée le 15 novembre 2024. Le Figaro / Jean-Christophe MARMARA",
    # "… Jean-Christophe MARMARA / Le Figaro"): the surname in capitals is the credit's, not a sentence's
    r"|[.!?»”\"]\s+(?-i:(?:" + _CREDIT_PART + r"\s?/\s?)+" + _CREDIT_PERSON
    + r"|" + _CREDIT_PERSON + r"(?:\s?/\s?" + _CREDIT_PART + r")+)\s*$"
    # An Arabic caption's agency in brackets after its few words, no sentence's end before it (Al Jazeera's "سفينة
    # حاويات في البحر الأحمر قرب مضيق باب المندب (رويترز-أرشيف)", Asharq Al-Awsat's "قناة السويس (أ.ف.ب)": a first-time
    # user's summary and first paragraph): Reuters, AFP, AP, EPA, dpa, Anadolu, Getty, Xinhua, "agencies"; nine
    # words at most before it (not a short paragraph signed by its agency, "وأعلن حزب الله أنه قصف موقعاً … (رويترز)")
    r"|^(?:[^\s.!?؟()]+\s+){1,9}\((?:[^()]{0,30}[-–/]\s?)?"
    r"(?:رويترز|[أا]\.?\s?ف\.?\s?ب\.?|أ\.?\s?ب\.?|[إا]\.?\s?ب\.?\s?[أا]\.?"
    r"|د\.?\s?ب\.?\s?[أا]\.?|الأناضول|غيتي|شينخوا|وكالات|أسوشييتد برس)(?:\s?[-–/]\s?[^()]{1,20})?\)\s*$"
    # A credit in square brackets at the end: "... [File: Jane Roe/Reuters]", "... [SpaceX via Nasa]".
    r"|\[(?:file(?: photo)?:\s*)?[^\[\]]{0,60}(?:/|\bvia\b|\bphoto\b|\bgetty\b)[^\[\]]{0,60}\]\s*$"
    r"|\((?:photo |image )?credit:?[^)]*\)\s*$"
    # A labelled credit in brackets naming the paper and the agency (Prensa Libre's "… en Baltimore, Maryland.
    # (Foto Prensa Libre: EFE)", "(Foto Hemeroteca PL: AFP)")
    r"|\((?:photo|foto|image|imagen)s?\b[^():]{0,40}:\s*[^():]{1,40}\)\s*$"
    # A wire caption: "In this Nov. 5, 2019, photo, ...", "This undated file photo provided by ...".
    # A gallery's caption led by its counter: "Item 1 of 3 A view shows ...", "[1/3]A view ...".
    r"|^(?:(?:item|image|photo|picture|slide)\s+\d+\s+of\s+\d+|\[\d+/\d+\])\s*[:.–-]?\s*\w"
    # Who is who in a photo: "(L-R) Jane Roe, John Doe", "(From left) ...".
    r"|^\((?:l\s*-\s*r|r\s*-\s*l|(?:from )?left(?: to right)?|from right)\)"
    # A photographer's credit on a line of its own, the name and the agency: "Jenny Kane/AP" under a
    # caption (not a byline's "By Jane Doe/AP")
    r"|^(?!by\s)(?-i:[A-ZÀ-Þ][\w'’.-]+(?: [A-ZÀ-Þ][\w'’.-]+){1,3})\s?/\s?(?-i:AP|AFP|Reuters|REUTERS|EPA(?:-EFE)?"
    r"|Getty Images|Bloomberg|dpa|Xinhua|XINHUA|Anadolu|Sipa|Redux|Shutterstock|Alamy|ZUMA Press|Polaris)\s*$"
    # A wire photographer's credit ending the line: "... REUTERS/Henry Romero/File Photo".
    r"|(?-i:\b(?:REUTERS|Reuters|AFP|EPA|AP|XINHUA|Xinhua)/[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3})"
    r"(?:/[\w ]{1,30})?\s*$"
    r"|^(?:in )?this (?:[\w.,'’ ]{0,40}? )?(?:file |handout |undated )?(?:photo|photograph|image)"
    r"(?:,| provided| released| taken| made| shows)"
    # The same behind the wire's "FILE - " (and a photographer's name the page set before it):
    # "Jeff Chiu, File - FILE - In this March 2, 2011 file photo, Apple Inc. Chairman ...".
    r"|^(?:[\w.'’ ,-]{0,40}\s[-–—]\s+)?(?-i:FILE)\s*[-–—]\s+in this (?:[\w.,'’ ]{0,40}? )?(?:file )?"
    r"(?:photo|photograph|image)\b"
    # A "©" credit after a caption, with no year ("Stau © aremac / Clipdealer", "Will nichts
    # sagen: der PR-Berater Bendels. © Nicolas Armer/dpa"): a notice has its year; a few words,
    # no sentence's end ("… still run Microsoft Office© on old machines." is text).
    r"|(?:(?<=\S)\s|(?<=[.!?]))©\s*(?!\s*(?:copyright|\d))(?:[^\s©]+\s*){1,7}(?<![.!?])$"
    # A credit glued to the caption by the page's layout: "... ate a rabbitCredit: Getty".
    r"|(?-i:(?<=[a-z])" + _GLUED_CREDIT + r")[^.!?]{0,60}$"
    # ... and Bengali's, Hindi's and Urdu's "photo:" after the caption's last word or its full stop (Prothom Alo's
    # "… উল্লাস প্রকাশ করেন।ছবি: প্রথম আলো", a first-time user's paragraph): "ছবি", "ফটো", "फ़ोटो", "तस्वीर", "فوٹو"
    + _SCRIPT_CREDIT +
    # An agency at the end is a credit only after a credit's separator ("Name/AFP", "(Reuters)",
    # ". Getty Images", "via AP Photo"): a headline may end in "... and Reuters".
    # (Postmedia's papers add "files" for an archive photo: "… Mike Blake/Reuters files")
    r"|(?:/|\(|[.:|,;–—-]\s*|\bvia\s+)(?:getty images|afp|reuters|ap photo|epa|shutterstock|istock(?:photo)?)"
    r"(?:\s+files?)?\)?\s*$"
    r"|/[\w.'’ -]{1,40}\bvia\s+(?:ap|the associated press)\s*$"  # "Cynthia Goldsmith, … / CDC via AP"
    # A credit after a pipe, past the caption's full stop (The Japan Times': "A collapsed house in Wajima,
    # Ishikawa Prefecture, on Thursday. … built before 1981. | KYODO", "… | BLOOMBERG", "… | AFP-JIJI", in
    # capitals; not a title's "Is this the end? | Opinion", nor a result's scorer, "… at home. | Yuma Suzuki")
    # … or a photographer's, a pool's and an agency's apart by slashes (Ouest-France's "… dimanche 8 décembre
    # 2024. | SARAH MEYSSONNIER / POOL / AFP")
    r"|^(?:\S+\s+){5,}\S*[^\W_]{2}\.\s+\|\s+(?-i:[A-Z][A-Z.&'’-]+(?:\s?[ /-]\s?[A-Z][A-Z.&'’-]*){0,5})\s*$"
    # Brazilian papers' credits after a caption with no full stop: a dash or a pipe, then the photographer
    # and the agency apart by a slash (Folha's "… tomado pela água da enchente - Gustavo Mansur/Palácio
    # Piratini/Divulgação", MetSul's "… desde 26 de abril | ESTAÇÕES METSUL/INMET", CNN Brasil's "… • 05/05/2024
    # - Reprodução/Redes sociais"); or glued to the caption's full stop (GZH's "… Avenida Castelo Branco.Jefferson
    # Botega / Agencia RBS")
    # (a credit's word, or capitals: not a song's writers, "… in October 1962 - Lennon/McCartney")
    r"|^(?:\S+\s+){4,}\S*[^\W_]\s+[-–|]\s+(?=[^-–|]*(?:divulga[çc][ãa]o|reprodu[çc][ãa]o|arquivo|ag[êe]ncia|folhapress"
    r"|estad[ãa]o|afp|reuters|efe|getty|redes sociais|prefeitura|governo|pal[áa]cio|/pr$|foto|photo)"
    r"|(?-i:[A-ZÀ-Ö][A-ZÀ-Ö .-]+/[A-ZÀ-Ö][A-ZÀ-Ö ./-]+$))"
    r"(?-i:[A-ZÀ-Ö])[\w.'’ -]{1,40}(?:\s?/\s?(?-i:[A-ZÀ-Ö])[\w.'’ -]{1,40}){1,3}$"
    r"|(?-i:[a-zà-ö]\.[A-ZÀ-Ö])[\w'’-]+(?: [\w'’-]+){0,3} / (?-i:[A-ZÀ-Ö])[\w'’-]+(?: [\w'’-]+){0,3}$"),
    re.I)
# CAPTION_RE finds something exactly when the first matches the line or the second finds something in it
_CAPTION_START_RE, _CAPTION_ANYWHERE_RE = _anchored_split(CAPTION_RE)
# Every match of CAPTION_RE holds ")" or one of these (in lowercase): see is_caption.
_CAPTION_WORDS = ("photo", "image", "picture", "foto", "credit", "source", "fonte", "фото", "illustration", "graph", "kuva",
                  "nuotr",
                  "chart", "afp", "reuters", "epa", "shutterstock", "istock", "item", "slide", "/", "bild", "via", "getty",
                  "caption", "copyright", "crédit", "©", "provided", "|", "ảnh", "ภาพ", "picha", "]",
                  "bildunterschrift", "bildtext", "légende", "leyenda", "didascalia", "legenda",
                  *unicodedata.normalize("NFC", "ছবি ফটো फ़ोटो फोटो तस्वीर فوٹو تصویر").split())
_CAPTION_WORD_RE = any_word_re(_CAPTION_WORDS + (")",))  # finds ")" or one of them in a lowercase line


# "... sought treatmentCredit: EPA": where the layout glued a credit to its caption.
_GLUED_CREDIT_RE = re.compile(r"(?<=[a-z])(?=" + _GLUED_CREDIT + ")")


_GALLERY_COUNTER_RE = re.compile(r"^(?:(?:item|image|photo|picture|slide)\s+\d+\s+of\s+\d+|\[\d+/\d+\])"
                                 r"\s*[:.–-]?\s*(?=\w)", re.I)


def caption_text(text: str) -> str:
    """A caption as it reads: a space where the page glued the credit on, without the
    gallery's counter ("Item 1 of 3", "[1/3]") or the photo viewer's button."""
    return _GALLERY_COUNTER_RE.sub("", _GLUED_CREDIT_RE.sub(" ", _without_button(text)))


# A photo viewer's button the page's text runs into its caption's end: "... | AP Photo Close".
VIEWER_BUTTONS = ("Close", "Enlarge", "Expand", "Schließen", "Vergrößern", "Fermer", "Agrandir", "Cerrar",
                  "Ampliar", "Chiudi", "Ingrandisci")


def _without_button(text: str) -> str:
    if text.endswith(VIEWER_BUTTONS):
        head, _, button = text.rpartition(" ")
        if head and button in VIEWER_BUTTONS:
            return head.rstrip()
    return text


# (a sentence of eight words at least, ended by a word in small letters, not an abbreviation's
# "U.S." or "Dr."; then two or three capitalised words)
_NAMED_CREDIT_RE = re.compile(r"^(?:\S+\s+){7,}\S*[^\W\d_A-ZÀ-Þ]{3}[.!?][”\"’)]?\s+"
                              r"([^\W\d_][\w'’-]+(?: [^\W\d_][\w'’-]+){1,2})$")


# A Japanese paper's photo caption: what the photo shows, then "＝" and when, where and who took
# it, "撮影" (Asahi's "焼け落ちた「輪島朝市」周辺の建物=2024年1月2日午前9時27分、石川県輪島市、…、小玉重隆撮影",
# Mainichi's "…中学校体育館＝同市で2024年1月10日、国本ゆきこ撮影"), or who provided it ("＝…提供"), or
# the agency's name ("…＝2日、石川県輪島市、共同", "…＝ロイター"); or the same in brackets at the end ("…（2日、
# 輪島市、山田太郎撮影）"). No sentence of the text ends so: it ends with "。".
_JA_CAPTION_RE = re.compile(r"[=＝][^=＝。]{0,120}(?:撮影|提供)[)）]?$|[(（][^()（）。]{0,60}撮影[)）]$"
                            r"|[=＝](?:[^=＝。]{0,120}、)?(?:共同|時事|ロイター|AP|AFP|EPA|新華社|聯合)$")


# A Chinese paper's photo credit closing its caption: "…（中央社記者王大明攝 113年4月3日）", "（記者王大明攝）",
# the photographer's name, "攝" (photographed), maybe the day (not "攝氏", Celsius).
# (Only a credit's form, "記者" or the agency before the name: not a sentence's own bracket,
# "（由攝影師陳志明掌鏡拍攝）", "（管理處空拍攝）", where "拍攝" is the verb "to film".)
_ZH_PHOTO_CREDIT_RE = re.compile(r"[（(][^（）()]{0,20}(?:記者|记者|中央社)[\u4e00-\u9fff]{2,4}(?<!拍)[攝摄]"
                                 r"(?:\s*[\d年月日/.\s]{0,16})?[）)]\s*$")
# An agency's credit after a caption's last sentence, with the photo's day: "… on Saturday. CNA photo
# April 6, 2024", "… in Taipei. CNA file photo".
_AGENCY_PHOTO_RE = re.compile(r"[.!?]\s+[A-Z]{2,6} (?:file )?photo(?: [A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})?\s*$")
_NEXT_SENTENCE_RE = re.compile(r"[.!?]\s+[A-Z]")  # (a sentence's end, then the next: no caption's one sentence)


@functools.lru_cache(maxsize=8192)  # (a pure function of the line: a site's furniture recurs)
def is_caption(text: str) -> bool:
    """Whether CAPTION_RE finds a photo credit or caption in the line (a viewer's button
    glued to its end aside) that _not_a_credit does not set aside; skipped, as in
    is_clutter_sentence, when the line holds none of the words every match needs."""
    if ("撮影" in text or "＝" in text or "=" in text) and _JA_CAPTION_RE.search(text):
        return True
    if ("攝" in text or "摄" in text) and _ZH_PHOTO_CREDIT_RE.search(text):
        return True
    if " photo" in text and (m := _AGENCY_PHOTO_RE.search(text)) and not _NEXT_SENTENCE_RE.search(text, 0, m.start()):
        return True  # (a caption's one sentence: not a paragraph of two, "… backpack. Police urged … FBI photo")
    text = _without_button(text)
    if not CASE_TWIN_RE.search(text) and not _CAPTION_WORD_RE.search(text.lower()):
        return False
    if not _CAPTION_START_RE.match(text) and not _CAPTION_ANYWHERE_RE.search(text):
        return False  # (CAPTION_RE finds nothing: most lines with a caption's word; see _anchored_split)
    m = CAPTION_RE.search(text)
    return m is not None and not _not_a_credit(text, m)


# A caption is a line of CAPTION_MAX_CHARS at most, or one that ends in full sentences and then
# "Credit: Name" (a science site explaining a figure at length: "Functional areas of the
# hibernation module: (1) … Credit: ESA", 651 characters). A credit glued to a paragraph's last
# word ("… der Kartellbehörden.Foto: photocase.de") is the layout's, under article text.
CAPTION_MAX_CHARS = 400
LONG_CAPTION_RE = re.compile(r"[.!?)][\"”’]?\s+(?:Image |Photo )?Credit:\s*[A-Z][\w.'’&, -]{1,60}$")

_LIST_ITEM_RE = re.compile(r"\d{1,3}[.)] ")


def _not_a_credit(text: str, m: re.Match[str]) -> bool:
    """CAPTION_RE's match in the line is no credit: an acronym after the words it stands for;
    an item of a numbered list ("12) Roger Waters – The Wall (DVD)"); a bracket after one or
    two words, which glosses a label ("Name (Required)", "Kernteam (OSAlliance)", "TVI
    (Portugal)"): a credit in brackets stands alone or under a caption's few words at least."""
    return (_spelled_out_before(text, m) or _LIST_ITEM_RE.match(text) is not None
            # (nor a day in square brackets, Saba's dateline "[١٩/ نوفمبر/٢٠٢٣]", a first-time user's: a caption)
            or m.group().startswith("[") and date_share(m.group().strip("[] ")) >= DATED_ENTRY_SHARE
            or m.group().startswith("(") and 1 <= len(text[:m.start()].split()) <= 2
            or m.group().startswith("(") and _words_in_brackets(m.group())
            or _signed_paragraph(text, m))


# A paper's and its photographer's credit after a caption's sentence: "… photographiée le 15 novembre 2024. Le
# Figaro / Jean-Christophe MARMARA" (see CAPTION_RE)
_PERSON_CREDIT_RE = re.compile(r"[.!?»”\"]\s+(?:(?:" + _CREDIT_PART + r"\s?/\s?)+" + _CREDIT_PERSON
                               + r"|" + _CREDIT_PERSON + r"(?:\s?/\s?" + _CREDIT_PART + r")+)\s*")


def _signed_paragraph(text: str, m: re.Match[str]) -> bool:
    """A name in capitals and an organisation after sentences, not one: a statement's signature glued to its
    last paragraph (a union's release: "Nous demandons le maintien de tous les postes … Nous comptons sur la
    solidarité des usagers. Claire MARTIN / CGT Cheminots"), no photographer's credit under a caption."""
    return _PERSON_CREDIT_RE.fullmatch(m.group()) is not None \
        and _SENTENCE_SPLIT_RE.search(text, 0, m.start() + 1) is not None


def _words_in_brackets(bracket: str) -> bool:
    """A bracket that says something in small words, a headline's gloss ("(GPAI rules
    explained)"), not a credit's names and agencies ("(AP Photo/Alan Diaz, File)"; "(Courtesy
    of the Greek government)" is one)."""
    words = bracket.strip("() ").split()
    if not words or words[0].casefold() in ("courtesy", "photo", "photos", "image", "credit", "via", "foto"):
        return False
    small = [w for w in words[1:] if w[:1].islower() and w.casefold().strip(",.") not in _CREDIT_SMALL_WORDS]
    return len(small) >= 2


_CREDIT_SMALL_WORDS = frozenset("via by of the for and from file pool handout photo de la le du des van von".split())


# An acronym in brackets after the words it stands for: "künstliche Intelligenz (KI)",
# "the Food and Drug Administration (FDA)". Not a credit: "(AP)" or "(dpa)" after a caption
# stands for no words before it.
# (with a word after it: "... on Artificial Intelligence (AI Act)"; not a wire's "(AP Photo)")
_ACRONYM_END_RE = re.compile(r"\(([A-ZÄÖÜ]{2,6})(?:\s+(?!Photo|Images?|Pool|File|Video)[A-Z][a-z]{1,12})?\)\s*$")


def _spelled_out_before(text: str, m: re.Match[str]) -> bool:
    """The match is an acronym at the line's end that the words before it spell out."""
    acro = _ACRONYM_END_RE.search(text)
    if acro is None or acro.start() < m.start():
        return False
    words = [w for w in _ACRONYM_WORD_RE.findall(text[:acro.start()])
             if w[:1].isupper() or w.casefold() not in _ACRONYM_SKIP]
    letters = acro.group(1).casefold()
    initials = "".join(w[0].casefold() for w in words[-len(letters):])
    return len(words) >= len(letters) and initials == letters


# (a possessive is one word: "the People's Republic of China (PRC)")
_ACRONYM_WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_ACRONYM_SKIP = frozenset({"and", "of", "for", "the", "und", "der", "die", "des", "für", "de", "la", "du", "et", "di",
                           "del", "y", "e", "do", "da"})


BYLINE_RE = re.compile(
    r"^(?:(?:written|authored|posted|published|reported|prepared|compiled|words|text|story|analysis|photos?|opinion"
    # ... the same in the other languages read: "geschrieben von", "Gespeichert von" (Drupal's
    # "Submitted by"), "publié par", "escrito por"
    r"|geschrieben|verfasst|gespeichert|eingestellt|ver[öo]ffentlicht|[ée]crit|publi[ée]e?|escrito|publicado"
    # ... and France 24's label, "Texte par :", "Texto por:"
    r"|texte|texto|testo"
    r")\s+)?"
    # (Danish "Af", as Swedish "Av"; Swahili "Na", "NA": "Na Winnie Onyando", names only, see _nordic_by_names)
    # (and Tagalog "Ni", "Nina" for more than one: GMA's "Ni JOVILAND RITA, GMA Integrated News", see byline_match)
    r"(?:by|por|di|von|oleh|par|door|av|af|автор|текст|(?-i:Na|NA|Ni|NI|Nina|NINA))\s*[:\-–]?\s+"
    r"(?:(?:autor(?:in)?|author|auteure?)\s*:\s*)?(.+)$", re.I)  # (the label's word again: "von Autor: Jana Roe")
# The same words open a sentence, a headline or a heading: "Por que o sistema contra cheias de Porto Alegre
# falhou" (why), "By the late game, T1 was too far ahead", "Par komandantstundas neievērošanu sāktas 725
# lietas": the word, capitalised, then a word in small letters (not an article or a particle over a name: "By
# the Associated Press", "Von der Leyen"; nor one word, "By admin"; nor "Posted by the Summit Team").
_SENTENCE_NOT_BYLINE_RE = re.compile(r"(?:By|Por|Di|Von|Oleh|Par|Door|Av|Af)\s+(?!(?:the|der|die|la|le|el|il|de|da|do)"
                                     r"\s+[" + UPPER + r"])[^\W\d_" + UPPER + r"]\S*\s+\S")


# ... or the word, a capitalised word and a count of something, a sentence's share ("Av Sveriges 290
# kommuner har …", "Af Danmarks 98 kommuner …": "Of Sweden's 290 municipalities"), not a name.
_SHARE_NOT_BYLINE_RE = re.compile(r"\w+\s+[" + UPPER + r"][^\W\d_]*\s+\d[\d.,]*\s+[^\W\d_" + UPPER + r"]")


# The Nordic labels "Af" / "Av" ("by") are also the word "of" opening a headline or a sentence on a
# proper noun ("Af Ukraines allierede giver …", "Af Klint-utställningen slog …", a noble particle):
# a byline only when the rest is names ("Af Mette Hansen", "Av Anna Svensson och Per Olsson"), a
# publication or a role after a comma at most.
_NORDIC_BY_RE = re.compile(r"a[fv]\s*[:\-–]?\s", re.I)
NORDIC_BY_TAIL_MAX_WORDS = 3


def _nordic_by_names(rest: str) -> bool:
    head, _, tail = rest.partition(",")
    head = head.strip()
    return (looks_like_name(head) or names_only(head) is not None) and len(tail.split()) <= NORDIC_BY_TAIL_MAX_WORDS


def byline_match(text: str) -> re.Match[str] | None:
    """BYLINE_RE's match of a line that reads as a byline, not as a sentence opening with "By"."""
    m = BYLINE_RE.match(text)
    return None if m is None or _SENTENCE_NOT_BYLINE_RE.match(text) \
        or text.endswith((".", "!", "?")) and _SHARE_NOT_BYLINE_RE.match(text) \
        or text[:1] in "Aa" and _NORDIC_BY_RE.match(text) and not _nordic_by_names(m.group(1)) \
        or text[:1] == "N" and text[1:2] in "aAiI" and not _tagalog_by_names(text, m.group(1)) else m


_TAGALOG_AND_RE = re.compile(r"\s+(?:at|AT)\s+")


# The language of the page extract_text reads (None outside it): Tagalog's "Nina" (by, of two or more) opens an
# English caption too, a name's first word ("Nina Hagen Band at Rockpalast Festival", read as two writers joined by
# "at": a review's probe).
_PAGE_LANGUAGE: contextvars.ContextVar[str | None] = contextvars.ContextVar("page_language", default=None)


def _tagalog_by_names(text: str, rest: str) -> bool:
    """Swahili's "Na" and Tagalog's "Ni" (by) over names only; Tagalog's "Nina" over two names at least, joined by
    "at" (and) or a comma ("Nina Juan dela Cruz at Maria Santos"), on a page in Tagalog: not a name, "Nina
    Totenberg". "NI" in capitals only over names in capitals ("NI JOVILAND RITA"): not Northern Ireland's, "NI
    Secretary Hilary Benn" (a caption on a BBC NI page, a review's probe)."""
    if text[2:4].casefold() == "na":
        if _PAGE_LANGUAGE.get() not in (None, "Tagalog"):
            return False
        names = split_names(_TAGALOG_AND_RE.sub(" and ", rest))
        return len(names) >= 2 and all(" " in name for name in names)
    if text[1:2] == "I" and not _in_capitals(rest.partition(",")[0]):
        return False
    return _nordic_by_names(rest)


# A report's byline verbs, which in its text, without a label's colon, credit a source: "Compiled by OCHA" under a
# paragraph (see find_byline_and_date)
_LABEL_ONLY_BY_RE = re.compile(r"(?:prepared|compiled)\s+by(?!\s*:)", re.I)
DOUBLED_BYLINE_RE = re.compile(r"^([A-Z][^|]{2,60}?)\s*\b(?:by|By|BY)\s+\1$")
# ("Kathrin Bierling21.05.2019Beauty10 Kommentare": the date glued to the name.)
NAME_THEN_DATE_RE = re.compile(r"^([A-Z](?:[^\W\d_]|[.'’-])*(?: [A-Z](?:[^\W\d_]|[.'’-])*){1,3})"
                               r"(?: |(?=\d{1,2}\.\d{1,2}\.\d))\d")
# (a name in any script with capitals: Ukrainska Pravda's "Ольга Кириленко — П'ятниця, 22 березня 2024, 09:14", "Élodie
# Martin — 12 mars 2024")
LEADING_NAME_RE = re.compile(r"^([" + UPPER + r"][\w.'’-]+(?: [" + UPPER + r"][\w.'’-]+){1,3})\s*(?:[-|/•·–—]\s|@)")
# What follows a reporter's name after a separator: a news agency, or the paper's staff.
AGENCY_RE = re.compile(r"^(?:reuters|(?:the )?associated press|ap|afp|agence france-presse|bloomberg(?: news)?|dpa"
                       r"|efe|ansa|pa(?: media)?|xinhua|kyodo(?: news)?|yonhap|upi|staff)\W*$", re.I)
# Words of a section label that looks like a name ("World News | Reuters").
SECTION_WORDS = frozenset("news world business politics breaking latest live video markets opinion sport sports "
                          "technology tech home update updates analysis".split())
# Words between names that are not names ("and"), kept lower case when a byline's capitals go.
NAME_JOINERS = frozenset({"and", "und", "et", "dan", "de", "da", "do", "dos", "van", "von", "der", "del", "la", "le",
                          "bin", "al"})
# A newsroom credited as the author: "ET Bureau", "Web Desk", "Express News Service".
DESK_RE = re.compile(r"^(?:[A-Z][\w&.'’-]*\s+){1,3}(?:Bureau|Desk|News Service|Staff|Correspondent)$")
AUTHOR_LINK_TAIL_RE = re.compile(r"^(\S.{2,50}?)\s*(?:[|•·–—-]\s*)?(?:(?:view|see|read)\s+)?(?:more|all)\s+"
                                 r"(?:articles|posts|stories)(?:\s+by\s+.{1,50})?$", re.I)
# "February 1, 2019 | BY: Ilana Muhlstein, MS, RDN"
MID_BY_RE = re.compile(r"[|•·]\s*(?:by|BY|By):?\s+([A-Z].{2,60})$")
TRAILING_BY_RE = re.compile(r"(?:\s|(?<=\d))(?i:by|por|di|von|oleh)\s+([A-Z][^,|]{2,60})$")  # "2.03.2018von Jo Roe"
# The label at the end of a post's meta row: "… 18.03.2020 13:15 Uhr Autor/in: Korinna Hennig".
LABELLED_AUTHOR_TAIL_RE = re.compile(r"\s(?i:author|autor(?:in|/in|\*in|:in|_in)?)\s*:\s+([A-Z][^,|:]{2,60})$")
# A post's meta row: its date (and time), its author, its count of comments ("19.6.2007 9:40 Uhr
# Christoph Becker 71 Kommentare", "June 19, 2007 · Jane Doe · 12 Comments").
COMMENT_COUNT_TAIL_RE = re.compile(r"[\s·|•–—-]+\d+\s+(?:comments?|kommentare?|commentaires?|comentarios?|commenti"
                                   r"|reacties|reacciones)\s*$", re.I)
_CLOCK = r"\d{1,2}:\d{2}(?![\d:])"
CLOCK_RE = re.compile(r"(?<![\d:.,])" + _CLOCK)  # a time of day: "6:37", "10:37"
# ... with its words: "9:40 Uhr", "9:40 am EST", "9.40 Uhr"
CLOCK_WORDS_RE = re.compile(r"(?<![\d:.,])(?:" + _CLOCK + r"\s*(?:Uhr\b|h\b|[AaPp]\.?[Mm]\.?)?|\d{1,2}\.\d{2}\s*Uhr\b)"
                            r"(?:\s*[A-Z]{2,4}\b)?")
NAME_BEFORE_COUNT_RE = re.compile(r"(?:^|[\s·|•–—-])([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2})[\s·|•–—-]*$")
# A byline's label in a script without capitals: Bengali's "লেখক" (writer), "প্রতিবেদক" (reporter), Hindi's "लेखक",
# "संवाददाता" (correspondent), Urdu's "تحریر" (written by), "رپورٹ" (report)
_SCRIPT_BYLINE_LABELS = frozenset("লেখক প্রতিবেদক लेखक संवाददाता تحریر رپورٹ".split())
# "Author: Jane Doe", "Autori: Anna Ūdre (...)": the label and the names on one line (and "লেখক: …", "संवाददाता: …").
AUTHOR_INLINE_RE = re.compile(r"^(?:authors?|autor(?:es|en|in|e|i|s|/in|\*in|:in|_in)?|auteure?s?|autore|autori"
                              r"|penulis|автор[ыи]?|作者|기자|" + "|".join(sorted(_SCRIPT_BYLINE_LABELS))
                              + r")\s*[:：]\s*(\S.{0,120})$", re.I)
# "編集委員　中沢克二": a newsroom role (senior staff writer, ...), then a name in kanji or kana.
CJK_ROLE_BYLINE_RE = re.compile(r"^(?:編集委員|論説委員|特別編集委員|本社コメンテーター|コメンテーター|特派員|記者|編集部)[\s\u3000]*"
                                r"([\u4e00-\u9fff\u3040-\u30ff]{1,4}(?:[\s\u3000][\u4e00-\u9fff\u3040-\u30ff]{1,4})?)$")
# A Japanese paper's reporters, run into the date under the headline (Asahi's "山田健一、中村さやか2024年1月3日
# 20時30分"): names of kanji and kana, then the date and its time, nothing else. Not a label run into
# the date ("更新2024年…", "配信日2024年…"), which ends as one of _JA_DATE_LABEL_ENDS.
_JA_NAMES_DATE_RE = re.compile(r"([\u4e00-\u9fff\u3040-\u30ff]{2,8}(?:、[\u4e00-\u9fff\u3040-\u30ff]{2,8}){0,5})"
                               r"\s*(?:19|20)\d\d年\d{1,2}月\d{1,2}日\s*(?:\d{1,2}(?:時\d{1,2}分|:\d\d))?"
                               r"\s*(?:[(（][^()（）]{0,30}[)）])?")
_JA_DATE_LABEL_ENDS = ("日", "時", "更新", "公開", "配信", "掲載", "投稿", "発表", "発行", "作成", "現在")
# ... and at the end of the text's last paragraph, in brackets (Mainichi's "…にとどまる。【国本ゆきこ、阿部弘賢】"):
# the story's byline, not its text. An agency's credit there ("【共同】") names no reporter.
_JA_CLOSING_BYLINE_RE = re.compile(r"\s*【([\u4e00-\u9fff\u3040-\u30ff]{2,8}(?:、[\u4e00-\u9fff\u3040-\u30ff]{2,8}){0,5})】$")
_JA_AGENCIES = ("共同", "時事", "共同通信", "時事通信")
# A Japanese reporter's name: the family name in two kanji or more, the given name in kanji or kana ("山田健一",
# "国本ゆきこ"); not a label ("つづく", "プレスリリース", "締め切り", "お知らせ") nor a section's ("写真特集")
_JA_NAME_RE = re.compile(r"[\u4e00-\u9fff]{2}[\u4e00-\u9fff\u3040-\u30ff]{0,6}")
_JA_NOT_NAME_WORDS = ("写真", "特集", "動画", "速報", "詳報", "続報", "関連", "未完", "待续", "図解", "解説", "社説", "号外",
                      "連載", "完")


def _ja_name(name: str) -> bool:
    return _JA_NAME_RE.fullmatch(name) is not None and not any(w in name for w in _JA_NOT_NAME_WORDS)
# "Author:" / "Autor" / "By" / "Von" on a line of its own, with the name on the next line.
AUTHOR_LABEL_RE = re.compile(r"^(?:authors?|written by|posted by|published by|by|von|par|por|door|autor(?:es|e)?"
                             r"|escrito por|écrit par|scritto da|geschrieben von"
                             r"|penulis|автор|作者|기자)\s*:?\s*$", re.I)
# Lines that label the article's metadata or pagination, never its headline: "来源： 中国日报网"
# ("Source: China Daily"), "Fonte: Agência Brasil", "（1/3ページ）", "Page 2 of 3".
META_LABEL_RE = re.compile(r"^(?:sources?|fonte|fuente|quelle|источник|sumber|来源|來源|出典|出处|出處"
                           r"|责任编辑|責任編輯|编辑|編輯|记者|記者|作者)\s*[:：]", re.I)
# A credit's label and the name after it, never a headline: ERR's "Autor: Urmet Kook" / "Toimetaja:
# Karin Koppel" (editor), "Redaktør: …", "Kuvaaja: …" (photographer); a headline may open with a
# role, but a claim follows it ("Asiantuntija: Kaapelit ovat helppo kohde"). Not the English labels:
# English headlines are title-cased, so a claim after them reads as a name ("Reporter: Biden Aide
# Lied", "Editor: Owner Killed Story", "Text: Zelensky Address To Congress").
_CREDIT_LABEL_RE = re.compile(r"(?:autor(?:ius|s|in)?|toimetaja|toimittaja|kuvaaja|fotograf"
                              r"|redakt(?:or|ør|ör|eur|orius|ors)|texto|tekst)\s*:\s*(.+)", re.I)
PAGE_COUNTER_RE = re.compile(r"^[(（\[]?\s*(?:page\s+)?\d{1,3}\s*(?:/|of)\s*\d{1,3}\s*(?:ページ|页|頁)?\s*[)）\]]?$", re.I)
def _live_entry_headline(lines: list[Line], i: int, dated: bool = False) -> bool:
    """Whether line i is a live blog's entry's headline: a subheading's shape, under a line
    that is a time alone, which is not a dateline's time (the line over the time is no short
    line with a date and without a time of day: "March 6, 2024" / "9:15 AM"; "Updated 3 Mar
    2021 14.27 GMT" has its own). With `dated`, also under its day and time ("28 Apr 2025
    16.48 BST": only among other entries, as a story's dateline is that too)."""
    if i < 1 or not heading_like(lines[i]) or lines[i].text.endswith(":") \
            or not (m := LIVE_TIME_RE.fullmatch(lines[i - 1].text)) or m.group("day") and not dated:
        return False
    above = lines[i - 2] if i >= 2 else None
    return not (above is not None and above.chars <= 60 and find_dates(above.text)
                and not re.search(r"\b\d{1,2}[:.]\d{2}\b", above.text))


DOWNLOAD_MAX_CHARS = 300
_DOWNLOAD_RE = re.compile(r"\((?:PDF|DOCX?|XLSX?|PPTX?|ODT|ZIP|CSV)[,;]?\s*[\d.,]+\s*[KMG]i?B\)$", re.I)
_DOWNLOADS_LABEL_RE = re.compile(r"\W*(?:documentos?|documents?|downloads?|descargas?|anexos?|attachments?"
                                 r"|documentaci[óo]n|dokumente|t[ée]l[ée]chargements?)\W*", re.I)


def wiki_title(lines: list[Line]) -> int | None:
    """A Wikipedia article's title: the line over its languages' count and its tabs ("Red Sea
    crisis" / "49 languages" / "Article" / "Talk" / … / "From Wikipedia, the free encyclopedia"),
    not a caption or an infobox's line the text's words favour. The current skin copies its tabs
    in rows ("JT-60SA" / "Article Talk" / "Read Edit View history" / "Tools" / the tagline), the
    older one over the title ("Article Talk" / "Read Edit View history" / "JT-60SA" / the tagline);
    without the tagline, the title is the line over the first row of tabs: a first-time user's
    fusion briefing had its wiki titled "Read Edit View history", and by "Article Talk"."""
    head = lines[:WIKI_HEAD_SPAN]
    anchor = next((ln for ln in head if ln.chars <= WIKI_TAGLINE_MAX_CHARS and _WIKI_TAGLINE_RE.fullmatch(ln.text)),
                  None)
    if anchor is None:  # (no tagline: the first row of the tabs, one of its pages' and its history's)
        anchor = next((ln for ln in head if ln.chars <= 40 and " " in ln.text and wiki_tabs_line(ln.text)
                       and _WIKI_TAB_ROW_RE.search(ln.text)), None)  # (not a site's menu's "Talk")
    if anchor is None:
        return None
    k = anchor.index - 1
    while k >= 0 and (wiki_tabs_line(lines[k].text) or _WIKI_LANGUAGES_RE.fullmatch(lines[k].text)):
        k -= 1
    if k < 0 or not heading_like(lines[k]) or _COORDINATES_RE.match(lines[k].text):
        return None
    for ln in lines[max(0, k - 6):anchor.index + 4]:
        if ln.index != k and wiki_tabs_line(ln.text):
            ln.clutter = True  # (never a byline: "Article Talk")
    for ln in lines[anchor.index + 1:anchor.index + WIKI_HEAD_SPAN]:
        if ln.text == lines[k].text:
            ln.clutter = True  # (nor its infobox's head, the title again: "Harbour Dispute" / "Location …")
            break
    return k


REPORT_COVER_LINES = 10  # a report's cover's lines, at the file's top


def report_cover(lines: list[Line]) -> int | None:
    """A report's cover, copied from its PDF: its title in capitals over its subtitle, under the
    issuer's "Report to …" and over the report's number ("United States Government Accountability
    Office" / "Report to Congressional Requesters" / "March 2023" / "FUSION ENERGY" / "Potentially
    Transformative Technology Still Faces Fundamental Challenges" / "GAO-23-105813"): the line in
    capitals, or None. A first-time user's report was titled by the heading of its highlights' box
    ("Why GAO Did This Study"), a section's, under the cover."""
    for ln in lines[:REPORT_COVER_LINES]:
        k = ln.index
        if not ln.text.isupper() or not 1 <= ln.words <= 8 or ln.chars > 80 or ln.text.endswith(_SENTENCE_END) \
                or k + 1 >= len(lines):
            continue
        sub = lines[k + 1]
        if sub.text.isupper() or not 3 <= sub.words <= 20 or not _title_cased(sub.text) \
                or sub.text.endswith(_SENTENCE_END):
            continue
        if any(_REPORT_TO_RE.match(lines[j].text) for j in range(max(0, k - 3), k)) \
                or k + 2 < len(lines) and _REPORT_NUMBER_RE.fullmatch(lines[k + 2].text):
            return k
    return None


_REPORT_NUMBER_RE = re.compile(_REPORT_NUMBER)
# The cover's line of whom a report is for: "Report to Congressional Requesters", "Report to the Chairman, …",
# "Testimony Before the Committee on …"
_REPORT_TO_RE = re.compile(r"(?:report|testimony|statement) (?:to|before) (?:the )?[A-Z]")


def wiki_tabs_line(text: str) -> bool:
    """A wiki's tabs, one a line ("Talk", "View history") or a row of them ("Article Talk",
    "Read Edit View history", "Artikel Diskussion", "Lesen Quelltext bearbeiten Versionsgeschichte"),
    as copied from its skin."""
    folded = text.casefold()
    if folded in _WIKI_TABS:
        return True
    if len(text) > 60 or not text[:1].isalpha() or " " not in text:
        return False
    return all(w in _WIKI_TABS for w in _WIKI_TAB_PHRASES_RE.sub(" ", folded).split())


def flag_wiki_appendix(lines: list[Line]) -> None:
    """A wiki's appendix: its last sections, "See also", "Notes", "References", "External links"
    (Wikipédia's "Ver também" / "Referências[editar | editar código-fonte]" / "↑ «Defesa Civil
    atualiza balanço das enchentes no RS». Defesa Civil RS. 20 de junho de 2024" / …), and the
    page's footer under them, are none of the text. From the first such heading the wiki marks
    ("[edit]") under which it heads no other section (not a river's "Sources" among its sections)."""
    start = None
    for ln in lines:
        if "wiki-heading" in ln.flags:
            if _WIKI_APPENDIX_RE.fullmatch(ln.text):
                start = ln.index if start is None else start
            else:
                start = None
    for ln in lines[start:] if start is not None else ():
        ln.clutter = True


_REFERENCE_MARKS_END_RE = re.compile(r"(?:\[\d{1,3}\])+$")  # a wiki's sentence's notes: "… on 17 February 2026.[18]"


def _wiki_span(lines: list[Line], wiki: int, start: int, end: int, decisions: list[str]) -> tuple[int, int]:
    """A wiki copy's text, from its lead to its appendix (see flag_wiki_appendix): the lead over the contents box,
    and the last sections, a table or a short sentence under their headings ("Results[edit]" / its table /
    "Aftermath[edit]" / "Tarique Rahman was sworn in as Prime Minister on 17 February 2026.[18]" / "References[edit]":
    a first-time user's copy lost them, and the event that records the outcome), which weigh too little alone."""
    k = start
    while k > wiki + 1 and "wiki-heading" in lines[k - 1].flags and not lines[k - 1].clutter:
        k -= 1  # (the first section's heading)
    heading = k
    while k > wiki + 1 and lines[k - 1].clutter:
        k -= 1
    if k < heading and k > wiki + 1 and lines[k - 1].cls in ("good", "near"):
        while k > wiki + 1 and lines[k - 1].cls in ("good", "near") and not lines[k - 1].clutter:
            k -= 1
        decisions.append(f"wiki: its lead, lines {k + 1}-{heading}, over the contents, is its text")
        start = k
    else:
        start = heading
    appendix = next((j for j in range(end, len(lines)) if "wiki-heading" in lines[j].flags and lines[j].clutter),
                    None)
    if appendix is not None and appendix > end and all(
            "wiki-heading" in ln.flags or ln.cells or not ln.clutter
            and _REFERENCE_MARKS_END_RE.sub("", ln.text).endswith((".", "!", "?")) for ln in lines[end:appendix]):
        decisions.append(f"wiki: its last sections, lines {end + 1}-{appendix}, up to its appendix, are its text")
        for ln in lines[end:appendix]:
            ln.sentence = ln.sentence or not ln.cells and "wiki-heading" not in ln.flags  # (its notes' marks aside)
        end = appendix
    return start, end


# The headings of a wiki's appendix, in the languages it is read in
_WIKI_APPENDIX_RE = re.compile(
    r"see also|notes|footnotes|references|notes and references|citations|sources|works cited|bibliography"
    r"|further reading|external links"
    r"|ver também|notas|referências|notas e referências|bibliografia|leitura adicional|ligações externas|fontes"
    r"|véase también|referencias|notas y referencias|bibliografía|lecturas adicionales|enlaces externos|fuentes"
    r"|voir aussi|notes et références|références|bibliographie|liens externes|articles connexes"
    r"|siehe auch|einzelnachweise|anmerkungen|literatur|weblinks|quellen"
    r"|voci correlate|note|riferimenti|collegamenti esterni|altri progetti", re.I)
WIKI_HEAD_SPAN = 80
WIKI_TAGLINE_MAX_CHARS = 60
_WIKI_TAGLINE_RE = re.compile(r"\W*" + _WIKI_TAGLINE + r"\W*", re.I)
_WIKI_LANGUAGES_RE = re.compile(r"\d{1,3} (?:languages|sprachen|idiomas|langues|lingue|línguas)", re.I)
_WIKI_TABS = frozenset("""article talk read edit tools artikel diskussion lesen bearbeiten werkzeuge artículo discusión
    leer editar herramientas discussion lire modifier outils artigo discussão ler ferramentas voce discussione leggi
    modifica strumenti""".split()) | frozenset((
    "view history", "edit source", "view source", "quelltext bearbeiten", "versionsgeschichte", "ver historial",
    "modifier le code", "voir l'historique", "add links", "editar código-fonte", "ver histórico",
    "modifica wikitesto", "cronologia"))
# A row of the tabs with several of them ("Read Edit View history"), the phrases first
_WIKI_TAB_PHRASES_RE = re.compile("|".join(sorted((re.escape(t) for t in _WIKI_TABS if " " in t), key=len,
                                                  reverse=True)))
# A row of the tabs only a wiki has: its talk page's or its history's ("Article Talk", "Read Edit View history")
_WIKI_TAB_ROW_RE = re.compile(r"\b(?:talk|view history|diskussion|versionsgeschichte|discusión|ver historial"
                              r"|discussion|voir l'historique|discussão|ver histórico|discussione|cronologia)\b",
                              re.I)
# A wiki's place's coordinates under its title ("Coordinates: 36°32′N 140°36′E"), never its title
_COORDINATES_RE = re.compile(r"(?:coordinates|koordinaten|coordenadas|coordonnées|coordinate)\s*:", re.I)


def live_entry_text(lines: list[Line], i: int) -> int | None:
    """Where the text of a live blog's entry headed by line i starts: right under its headline,
    or under the entry's own byline ("8:42 pm" / "Houthi spokesman says …" / "By Agencies" /
    its text); None when no paragraph follows."""
    for j in range(i + 1, min(i + 3, len(lines))):
        if lines[j].cls in ("good", "near"):
            return j
        if lines[j].chars > ENTRY_BYLINE_MAX_CHARS or not byline_match(lines[j].text):
            return None
    return None


ENTRY_BYLINE_MAX_CHARS = 60
LIVE_ENTRIES_MIN = 3  # entries of a live blog, each its time, headline and text, that make a page one


def live_blog_entries(lines: list[Line]) -> list[int]:
    """The headlines of a live blog's entries, when there are enough of them."""
    entries = [i for i in range(1, len(lines)) if LIVE_TIME_RE.fullmatch(lines[i - 1].text)
               and _live_entry_headline(lines, i, dated=True) and live_entry_text(lines, i) is not None]
    if len(entries) < LIVE_ENTRIES_MIN:
        return []
    # (Not a list of the latest stories, each its time, headline and teaser, over or under an
    # article: the article's paragraphs, a run of them outside the entries, are the page's text.)
    last = live_entry_text(lines, entries[-1]) or entries[-1]
    while last < len(lines) and lines[last].cls in ("good", "near"):
        last += 1
    if _prose_run(lines[:entries[0] - 1]) or _prose_run(lines[last:]):
        return []
    return entries


def live_blog_stamps(lines: list[Line]) -> list[int]:
    """The time stamps of a live blog whose entries have no headlines, each its day and time
    right over its text (g1's "20/11/2025 às 14h02" / "URGENTE: Um incêndio atinge …"), when
    the page says it is live over them ("AO VIVO", "COP30 ao vivo: …", "Live updates"), there
    are enough of them, each its own, and no article's run of paragraphs stands over the first
    or under the last. (Not readers' comments, a forum's posts, a list of the latest stories or
    of fixtures under a short article, a chronology in one: each its day and time over a line.)"""
    stamps = [i for i in range(len(lines) - 1)
              if (m := LIVE_TIME_RE.fullmatch(lines[i].text)) and m.group("day")
              and (lines[i + 1].cls in ("good", "near") or _short_sentence(lines[i + 1])) and not lines[i + 1].clutter]
    if len(stamps) < LIVE_ENTRIES_MIN or len({lines[i].text for i in stamps}) < len(stamps) \
            or not any(ln.chars <= LIVE_MARK_MAX_CHARS and _live_mark(ln.text) for ln in lines[:stamps[0]]):
        return []
    last = stamps[-1] + 1
    while last < len(lines) and lines[last].cls in ("good", "near"):
        last += 1
    if _prose_run(lines[:stamps[0]]) or _prose_run(lines[last:]):
        return []
    # (not a list under its heading, "Últimas notícias", "Comentários", "Próximos partidos", the line over a
    # stamp; nor an agenda's or a season's fixtures, weeks apart)
    for i in stamps:
        k = i - 1
        while k >= 0 and lines[k].clutter and not _live_mark(lines[k].text):
            k -= 1
        if k >= 0 and lines[k].words <= LIST_HEADING_MAX_WORDS and not lines[k].sentence \
                and not any(c.isdigit() for c in lines[k].text) and not _live_mark(lines[k].text):
            return []  # (over any stamp: the article's dateline may be the first)
    written = [m.group("day") for i in stamps if (m := LIVE_TIME_RE.fullmatch(lines[i].text))]
    days = [d for d in stamp_days(written, None, True) if d]
    if days and (max(days) - min(days)).days > LIVE_SPAN_DAYS:
        return []
    # (and the entries hold most of the page's text: not a promotion's "Live coverage: …" or a menu's
    # "Liveticker" over an article, and a list of the latest stories, of listeners' comments or of
    # fixtures under it)
    texts = {k for i in stamps for k in range(i + 1, min(len(lines), i + 1 + LIVE_ENTRY_MAX_LINES))
             if k not in stamps and lines[k].cls in ("good", "near") and not lines[k].clutter
             and all(j not in stamps for j in range(i + 1, k))}
    prose = sum(1 for ln in lines if ln.cls in ("good", "near") and not ln.clutter)
    return stamps if len(texts) >= LIVE_ENTRIES_SHARE * prose else []


# A channel's posts as a messenger copies them, each under its channel's name and its day and time
# (Telegram Desktop's "Mandalay Free Press, [28.03.2025 13:07]" over the post's text)
_POST_HEADER_RE = re.compile(r"(?P<name>[^\[\]]{1,80}?),? "
                             r"\[(?P<stamp>\d{1,2}\.\d{1,2}\.\d{4},? \d{1,2}:\d{2})(?::\d{2})?\]")


CHANNEL_OWN_SHARE = 0.8  # of the posts' headers, those under the channel's name


def channel_posts(lines: list[Line], decisions: list[str]) -> tuple[list[int], str | None]:
    """A channel's posts copied from a messenger (see _POST_HEADER_RE), LIVE_ENTRIES_MIN of them
    at least under the same name, are a live blog's entries: each header becomes the post's day
    and time, over its text (the name is the channel's, the page's). Their lines and the channel's
    name, or ([], None)."""
    heads = [(ln.index, m) for ln in lines if ln.chars <= 120 and "[" in ln.text
             and (m := _POST_HEADER_RE.fullmatch(ln.text))]
    names = Counter(m.group("name") for _, m in heads)
    if not names:
        return [], None
    name, count = names.most_common(1)[0]
    own = [i for i, m in heads if m.group("name") == name]
    # (a post of a photo alone, "[Photo]", has no text to head)
    posts = [i for i, j in zip(own, own[1:] + [len(lines)]) if any(not ln.clutter for ln in lines[i + 1:j])]
    if count < LIVE_ENTRIES_MIN or len(posts) < LIVE_ENTRIES_MIN or count < CHANNEL_OWN_SHARE * len(heads):
        return [], None  # (a group's chat, many writers' messages, is no channel's)
    if own[0] == 0 or any(_reads_as_sentence(ln.text) for ln in lines[:own[0]]):
        # (not a copy that opens with a post, no channel's name over it: its first post was lost; nor an article
        # that quotes a channel's posts, whose headers name whom it quotes: a review's probes)
        return [], None
    for i, m in heads:
        if m.group("name") != name:
            continue
        lines[i].text = m.group("stamp").replace(",", "")
        lines[i].chars = len(lines[i].text)
        if i not in posts:
            lines[i].clutter = True
    decisions.append(f"{len(posts)} posts of the channel {name!r}, each under its day and time "
                     f"(from line {posts[0] + 1})")
    return posts, name.strip()


LIVE_ENTRY_MAX_LINES = 6  # an entry's paragraphs under its time
LIST_HEADING_MAX_WORDS = 4  # a list's heading over its first stamp ("Últimas notícias")
LIVE_SPAN_DAYS = 7  # from a live blog's first entry to its last, at most
LIVE_ENTRIES_SHARE = 0.6  # of the page's paragraphs, the entries'


LIVE_OUTSIDE_RUN = 3  # paragraphs in a row, over a live blog's entries or under them, that are an article
# A live page's label over its entries, alone or in its headline ("AO VIVO", "COP30 ao vivo: …", "Live: …",
# "Live updates", the Guardian's "… – as it happened", "… – live"; not a menu's "Live" alone, nor a promotion's or a schedule's "Siga ao vivo: …", "Dónde ver en vivo:
# …", "Guarda in diretta …", "Ouça ao vivo", "Watch live coverage", "Startseite | Liveticker | Kontakt")
_LIVE_MARK_RE = re.compile(r"(?<!\|\s)\b(?:ao vivo|en vivo|en directo|en direct|in diretta|live ?blog|live updates"
                           r"|live coverage|live-?ticker|as it happened)\b(?!\s*\|)"
                           r"|^\W*(?:live|direct|directo|diretta)\s*[.:–—-]\s*\S|\s[–—-]\s*live\W*$",  # ("… – live")
                           re.I)
_WATCH_OR_HEAR = ("siga|sigue|segue|acompanhe|acompaña|assista|ouça|oiga|escute|escucha|escuche|guarda|segui|seguite"
                  "|ascolta|watch|follow|listen|suivez|regardez|écoutez|ver|mira|schauen|hören|verfolgen|sehen")
_LIVE_PROMO_BEFORE_RE = re.compile(rf"\b(?:{_WATCH_OR_HEAR})(?:\s+(?:[\w'’-]+\s+){{0,2}})?\s*$", re.I)
# ... nor "Live coverage: follow election night results on Tribune TV"
_LIVE_PROMO_AFTER_RE = re.compile(rf"\W*(?:{_WATCH_OR_HEAR})\b", re.I)
LIVE_MARK_MAX_CHARS = 160


def _live_mark(text: str) -> bool:
    """Whether the line says the page is live (_LIVE_MARK_RE), not invites to watch or hear something live."""
    m = _LIVE_MARK_RE.search(text)
    return m is not None and not _LIVE_PROMO_BEFORE_RE.search(text, 0, m.start()) \
        and not _LIVE_PROMO_AFTER_RE.match(text, m.end())


def _prose_run(lines: list[Line]) -> bool:
    run = 0
    for ln in lines:
        run = run + 1 if ln.cls in ("good", "near") and not ln.clutter else 0 if not ln.clutter else run
        if run >= LIVE_OUTSIDE_RUN:
            return True
    return False


def _live_dateline(text: str) -> bool:
    """A live blog's date under its label: "Liveblog March 3, 2021", "Live updates: 28 April 2025"."""
    m = _LIVE_LABEL_RE.match(text)
    return m is not None and date_share(text[m.end():]) >= 0.8


_LIVE_LABEL_RE = re.compile(r"\W*(?:live ?blog|live(?: updates| coverage)?|en directo|en vivo|ao vivo|en direct"
                            r"|liveticker|live-ticker|in diretta|diretta)\b\s*[:|·–—-]?\s*", re.I)


# "Today, 17:40", "Yesterday 09:12", "2 hours ago": when, relative to the day the page was copied.
RELATIVE_TIME_RE = re.compile(
    r"^(?:today|yesterday|just now|\d+\s+(?:min(?:ute)?s?|hours?|hrs?|days?)\s+ago|heute|gestern|hoy|ayer|hoje|ontem"
    r"|oggi|ieri|aujourd'hui|hier|сегодня|вчера|сьогодні|вчора"
    r"|hari ini|šodien|vakar)\b[\s,.:|·-]*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]m)?)?$"
    # ... and BBC Hindi's and Bengali's "updated an hour ago" under the date ("अपडेटेड एक घंटा पहले", "আপডেট ২ ঘণ্টা
    # আগে": a first-time user's Hindi copy took it for the headline); Urdu's "ایک گھنٹہ پہلے"
    r"|^(?:अपडेटेड\s+)?(?:एक|[\d०-९]+)\s+(?:मिनट|घंटा|घंटे|दिन)\s+पहले$"
    r"|^(?:আপডেট\s+)?(?:এক|[\d০-৯]+)\s+(?:মিনিট|ঘণ্টা|দিন)\s+আগে$"
    r"|^(?:اپ ڈیٹ\s+)?(?:ایک|[\d۰-۹]+)\s+(?:منٹ|گھنٹہ|گھنٹے|دن)\s+(?:پہلے|قبل)$",
    re.I)
# Words of a site's menu: a name holding one is a row of links run together ("About Press T&C
# Contact Us"), not a brand.
MENU_WORDS = frozenset("contact privacy terms t&c faq cookies sitemap imprint impressum".split())
# ... and a line mostly of these is such a row, not a headline.
_MENU_ROW_WORDS = MENU_WORDS | frozenset(
    "about us press advertise careers jobs help "
    # the site's own buttons: "Videos Sign In Subscribe", "Open Search Close Search"
    "search open close menu sign log login logout register subscribe account newsletters videos "
    # and its sections: "Sections Top Stories Video Contact Us"
    "sections video podcasts".split())


# The links to the reader's account, after the label of what they open: "Heise-Foren: Einloggen |
# Registrieren", "Forums: Log in | Register", "Espace abonnés : Connexion | Inscription"
_ACCOUNT_ACTIONS = frozenset({
    "log in", "login", "log out", "logout", "sign in", "sign up", "sign out", "register", "einloggen", "ausloggen",
    "anmelden", "abmelden", "registrieren", "connexion", "se connecter", "déconnexion", "inscription",
    "s'inscrire", "s’inscrire", "iniciar sesión", "registrarse", "regístrate", "accedi", "registrati", "esci",
    "inloggen", "uitloggen", "registreren", "aanmelden", "entrar", "sair", "cadastre-se", "cadastrar"})


def _account_row(text: str) -> bool:
    """A row of account links, "Log in | Register", after its label if any."""
    parts = [p.strip().casefold() for p in text.rpartition(":")[2].split("|")]
    return len(parts) >= 2 and all(p in _ACCOUNT_ACTIONS for p in parts)


# A Korean paper's sections, a row of them under its masthead: "전체기사 정치 경제 산업 IT/과학 세계"
# (all the articles, politics, economy, industry, IT and science, the world).
_KO_SECTION_WORDS = frozenset(
    "전체기사 최신기사 주요뉴스 많이본뉴스 정치 경제 산업 사회 세계 국제 문화 스포츠 연예 북한 전국 지역 오피니언 사설 칼럼 "
    "it/과학 it·과학 과학 생활 라이프 건강 포토 영상 비디오 마켓+ 증권 금융 부동산 엔터".split())
KO_SECTIONS_MIN_WORDS = 4  # (and all but one of them sections: not a headline's "세계 경제 전망")


# Languages by their own names, as a site's switch between its editions lists them (casefolded, a word each)
_AUTONYMS = frozenset(
    "english français español deutsch italiano português русский українська polski čeština nederlands svenska "
    "dansk norsk suomi türkçe ελληνικά العربية عربي فارسی עברית हिन्दी বাংলা 中文 简体中文 繁體中文 日本語 한국어 "
    "bahasa indonesia melayu tiếng việt ไทย kiswahili română magyar".split())


def _menu_row(text: str) -> bool:
    if "|" in text and _account_row(text):
        return True
    words = text.casefold().split()
    if len(words) < 3:
        return False
    if len(words) >= KO_SECTIONS_MIN_WORDS and HANGUL_RE.search(text) \
            and sum(w in _KO_SECTION_WORDS for w in words) >= len(words) - 1:
        return True
    if all(w in _AUTONYMS for w in words):
        return True  # (a site's languages, each in its own: "العربية 中文 English Français Русский Español")
    menu = sum(w in _MENU_ROW_WORDS for w in words)
    # "Home About Me Accolades Contact / Disclaimer Dining Reviews ...": a site's menu, led by its
    # home page, holds other words too.
    return menu * 2 > len(words) or words[0] in _HOME_WORDS and len(words) >= 5 and menu >= 2


_HOME_WORDS = frozenset({"home", "homepage", "startseite", "accueil", "inicio", "início"})


# A site's home page and its first sections, as its menu names them, in English and in the languages whose words
# have no capitals (Hebrew, Arabic, Persian) or whose menus are seldom in English's (Russian, Greek, Turkish):
# "Home  News  Sport  Business", "חדשות  כלכלה  ספורט"
_SECTION_WORDS = frozenset(
    "news world politics business sport sports culture opinion science health technology entertainment travel "
    "ראשי חדשות כלכלה ספורט תרבות בריאות דעות "
    "الرئيسية أخبار اخبار اقتصاد رياضة ثقافة رأي سياسة منوعات "
    "خانه اخبار اقتصادی ورزشی فرهنگی سیاسی "
    "главная новости экономика спорт культура политика "
    "αρχική ειδήσεις οικονομία αθλητικά πολιτισμός πολιτική "
    "anasayfa haberler ekonomi spor kültür gündem".split())


# A site's menu as a browser copies it, its links apart by runs of spaces, each a word or a few: the UN's "Home
# Secretary-General  General Assembly  Security Council  Economic and Social Council", Asharq Al-Awsat's
# "الرئيسية  العالم العربي  الخليج  اقتصاد  ثقافة وفنون  رأي  اشترك" (a first-time user's headlines, both). No
# figures in them (a table's row, "Brent  82.10  +1.2%  …"), no sentence's end.
_SPACED_LINKS_RE = re.compile(r" {2,}|\t")
SPACED_MENU_MIN_LINKS = 4
SPACED_MENU_MAX_WORDS = 4


def _spaced_menu(raw: str) -> bool:
    """(each link capitalised, or in a script without capitals; and one of them of words apart by single spaces,
    "General Assembly", or half of them a menu's words, "Home", "חדשות": not a headline copied with double spaces,
    "Biden  Signs  Sweeping  Climate  Bill", "Minister resigns  over  leaked  emails", "Spor  Toto  Süper  Lig
    Ertelendi", reviews' probes)"""
    parts = [p.strip() for p in _SPACED_LINKS_RE.split(raw.strip()) if p.strip()]
    return len(parts) >= SPACED_MENU_MIN_LINKS and all(
        len(p.split()) <= SPACED_MENU_MAX_WORDS and p[-1] not in ".!?:;,…" and not any(map(str.isdigit, p))
        and not p[0].islower() for p in parts) \
        and (any(" " in p for p in parts) or 2 * sum(p.casefold() in _MENU_ROW_WORDS or p.casefold() in _HOME_WORDS
                                                     or p.casefold() in _SECTION_WORDS for p in parts) >= len(parts))


# A line that is one HTML tag the page printed as text ('<link href="..." rel="stylesheet">'):
# markup, never a headline. (A headline with a tag in it is still text, shown as such.)
MARKUP_RE = re.compile(r"^\s*</?[a-z][a-z0-9-]*(?:\s+[\w-]+(?:=(?:\"[^\"]*\"|'[^']*'|[^\s>]*))?)*\s*/?>\s*$")
# "Home > News > Politics", "BLOG » Nutrition » Meal Plans": a trail of short links.
_CRUMB_SEP_RE = re.compile(r"\s+[>»›|/]\s+")


def is_breadcrumb(text: str) -> bool:
    """Three links or more of at most 40 characters (60 after "Home": WHO's "Home / Emergencies / Disease
    Outbreak News & Situation Reports" was a first-time user's headline), split by '>', '»', '›', '|' or '/'
    between spaces, 120 characters in all. (Split, not matched by one pattern with nested repeats: on
    a hostile line such as "a    |     |     | ..." that one backtracked for minutes.)"""
    if len(text) > 120:
        return False
    parts = _CRUMB_SEP_RE.split(text)
    return len(parts) >= 3 and all(1 <= len(p) <= CRUMB_MAX_CHARS or len(p) <= CRUMB_AFTER_HOME_MAX_CHARS
                                   and parts[0].casefold() in _HOME_WORDS and _SECTION_NAME_RE.fullmatch(p) is not None
                                   for p in parts) and not any(c in p for p in parts for c in ">»›|/")


# A section's name, each word capitalised but its small joiners ("Disease Outbreak News & Situation Reports"); not
# a headline's sentence ("Home / Office / School: quake survivors crowd into monastery halls", a review's probe)
_SECTION_NAME_RE = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|&|and|of|the|for|in|on|de|la|y|et|und))*")


CRUMB_MAX_CHARS = 40
CRUMB_AFTER_HOME_MAX_CHARS = 60


# "> Blog > Politics > The headline in full", "You are here: Home » Travel » The headline":
# a trail led by its arrow or its label, ending in the page's own (long) headline.
TRAIL_LEAD_RE = re.compile(r"^(?:(?:you are here|sie sind hier|vous êtes ici|usted está aquí|sei qui)\s*:?\s*"
                           r"|[>»›]\s*)", re.I)
_ARROW_RE = re.compile(r"\s*[>»›]\s*")


def is_trail(text: str) -> bool:
    """A trail (TRAIL_LEAD_RE, then links split by arrows, the last the headline). Split, not
    matched by one pattern: nested repeats over a hostile line of arrows would backtrack for ever."""
    m = TRAIL_LEAD_RE.match(text)
    if not m:
        return False
    parts = _ARROW_RE.split(text[m.end():])
    return len(parts) >= 2 and all(1 <= len(p) <= 40 for p in parts[:-1]) and 1 <= len(parts[-1]) <= 150


ICON_WORD_RE = re.compile(r"\b[a-z]+_[a-z]+\b")  # icon-font ligatures ("chevron_left"): UI, not words
# Who said the quotation above (and when): "— Neil Gaiman", "– Jane Doe on Sunday, October
# 13th, 2019" (an embedded post's credit, "— Name (@handle) date", is EMBED_CREDIT_RE's).
ATTRIBUTION_RE = re.compile(r"^[—―–]\s*\S")
BYLINE_EMPTY_RE = re.compile(r"^(?:written|posted|published)?\s*by\s*:?\s*$", re.I)
# A journalist's role, as a line under the writer's name gives it (not "Senior Minister Resigns").
_WRITER_ROLE_RE = re.compile(r"\b(?:writer|correspondent|reporter|editor|contributor|columnist|journalist|producer"
                             r"|photographer)\b", re.I)
_WRITER_ROLE_ALONE_RE = re.compile(r"(?:(?:senior|chief|staff|investigative|political|digital) )?"
                                   + _WRITER_ROLE_RE.pattern, re.I)  # "Reporter", "Senior Correspondent"
ROLE_WORDS = re.compile(
    r"\b(writer|correspondent|reporter|editor|contributor|columnist|journalist|staff writer|analyst|"
    r"producer|photographer|intern|associate|senior|chief|national|political|business|news editor)\b", re.I)
# Letters after a name, set off by a comma: degrees and professional credentials
# ("Jane Doe, MS, RDN", "John Roe, Ph.D."), compared without dots or case. Not co-authors.
CREDENTIALS = frozenset(
    "phd dphil md do dds dmd dvm pharmd mbbs psyd edd jd llm mba mph msc ms ma mfa msn bsn bsc bs ba "
    "rd rdn ld ldn rn np pa cpa cfa cfp lcsw cscs cpt facs frcp mrcp faan".split())
# "Martin Luther King, Jr.": a suffix that belongs to the name before it.
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
WEEKDAY_RE = re.compile(r"^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?$|^(today|yesterday)$", re.I)
BIO_RE = re.compile(
    r"^(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})(?:\s+\([^)]{1,40}\))?\s+(?:is|has been)\s+(?:a|an|the)\s+(?P<rest>.{3,300})$")
ABOUT_NAME_RE = re.compile(r"^(?:about|sobre|über|à propos de|tentang|об)\s+(.{3,60}?)\W*$", re.I)
BIO_ROLE_RE = re.compile(
    r"\b(writer|reporter|correspondent|editor|journalist|author|columnist|contributor|marketer|producer|"
    r"fellow|analyst|blogger|freelancer|critic)\b", re.I)
BIO_FOR_RE = re.compile(r"\b(?:for|at|of|with)\s+((?:The\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z&][\w&'’.-]*){0,4})")
# A notice of a name in small letters, alone after its year: "© 2024 heise online", "© 2025 t3n".
_LOWER_BRAND_NOTICE_RE = re.compile(r"\W{0,3}(?:©|\([cC]\)|[Cc]opyright)\s*(?:19|20)\d{2}\s+([a-z][\w.-]+(?: [a-z][\w.-]+)?)\s*")
_SMALL_NOTICE_WORDS = frozenset("all rights reserved todos tous alle diritti by the".split())
_BENGALI_LETTERS = "\u0980-\u09E5\u09F0-\u09F1"  # (its letters and signs, not its digits)
_DEVANAGARI_LETTERS = "\u0900-\u0963\u0971-\u097F"  # (nor the danda)
COPYRIGHT_RE = re.compile(
    # (a Thai site's year in the Buddhist era: "© 2568 Thai PBS สงวนลิขสิทธิ์")
    r"(?:[©ⓒ]|\([cC]\)|[Cc]opyright|COPYRIGHT)\s*(?:(?:[©ⓒ]|[Cc]opyright|COPYRIGHT)\s*)?(?:(?:19|20|25)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2,4})?)?\s*[,.]?\s*(?:by\s+)?"
    # (a small word inside the name is one of these, whole: "Bundesministerium der Justiz" had
    # given "Bundesministerium de")
    # (a channel's number after its name: "France 24", "Channel 4", "Antena 3")
    # (Bengali's word for the rights before the name: Prothom Alo's "© স্বত্ব প্রথম আলো ১৯৯৮ - ২০২৫")
    r"(?:স্বত্ব\s+)?"
    # (its next words' capitals in any Latin alphabet: "© Deutscher Ärzteverlag GmbH" was "Deutscher")
    rf"((?:[Tt]he )?[A-Z][\w&'’.-]*(?: (?:[{UPPER}&][\w&'’.-]*|\d+[a-z][\w&'’.-]*|\d{{1,3}}(?![\w.,]|\s+[a-z])"
    r"|(?:of|de|da|do|di|der|des|für|for|on|and)\b(?= [A-Z])))*"  # ("Centre for Maritime Security Studies")
    # ... or in Korean: Yonhap's "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>" (not Japanese: an image's
    # rights, "©尾田栄一郎／集英社・フジテレビ", "©2024 映画「正体」製作委員会"); or in Arabic or Hebrew
    # script: "جميع الحقوق محفوظة © 2023 الشرق الأوسط"; or in Greek or Cyrillic capitals, "© 2024 Ναυτεμπορική" (a
    # first-time user's), "© 2024 РИА Новости"
    f"|[{HANGUL_CHARS}]{{2,12}}|[{ARABIC}{HEBREW}]{{2,20}}(?: [{ARABIC}{HEBREW}]{{2,20}}){{0,3}}"
    # ... or in Bengali or Devanagari letters, no digits ("© চ্যানেল আই ২০২৬": a first-time user's talk show)
    f"|[{_BENGALI_LETTERS}]{{2,20}}(?: [{_BENGALI_LETTERS}]{{1,20}}){{0,3}}"
    f"|[{_DEVANAGARI_LETTERS}]{{2,20}}(?: [{_DEVANAGARI_LETTERS}]{{1,20}}){{0,3}}"
    # (not a company's legal form, "© 2024 АО «Коммерсантъ»": a review's probe)
    # (and a name in another capital of text.UPPER, Latin's other letters among them: "© 2024 Łódź Media")
    rf"|(?!(?:АО|ООО|ЗАО|ПАО|ОАО|ФГУП|АНО)\b)[{UPPER}][\w'’.-]+(?: [{UPPER}][\w'’.-]+){{0,3}})")
# An Arabic or a Persian site's notice with no "©", all rights reserved to its holder: Saba's "جميع الحقوق محفوظة
# لوكالة الأنباء اليمنية سبأ ٢٠٢٣" (to the Yemeni news agency Saba), Tasnim's "تمامی حقوق این سایت متعلق به خبرگزاری
# تسنیم است." (all rights of this site belong to the Tasnim news agency): a first-time user's, neither named
_AR_LETTERS = ARABIC_LETTERS + ARABIC_HARAKAT + "\u200c"  # (no digits: "٢٠٢٣" ends the name)
_AR_RIGHTS_RE = re.compile(rf"الحقوق محفوظة\s*لـ?\s*([{_AR_LETTERS}]{{2,20}}(?: [{_AR_LETTERS}]{{2,20}}){{0,4}})"
                           rf"|(?:تمامی|کلیه) حقوق (?:این [{_AR_LETTERS}]{{2,12}} )?(?:(?:محفوظ و )?متعلق به|برای) "
                           rf"([{_AR_LETTERS}]{{2,20}}(?: [{_AR_LETTERS}]{{2,20}}){{0,3}}?) (?:است|می‌?باشد|محفوظ است)")
# (not whoever holds them, "للمؤلف", "لدى الناشر": the author's, the publisher's; a review's probes)
_AR_RIGHTS_NOT_NAMES = frozenset("المؤلف المؤلفين الكاتب الناشر الموقع الجريدة الصحيفة المجلة دى".split())


def _ar_holder(m: re.Match[str]) -> str | None:
    """The holder an Arabic or Persian notice names (_AR_RIGHTS_RE), its article whole again: "للجزيرة" is "ل" and
    "الجزيرة", whose alef the "ل" drops."""
    if m.group(2):
        return m.group(2)
    name = m.group(1)
    if m.group(0)[m.start(1) - m.start(0) - 1:m.start(1) - m.start(0)] == "ل" and name.startswith("ل"):
        name = "ا" + name  # ("للجزيرة": "ل" + "الجزيرة")
    return None if name.split()[0] in _AR_RIGHTS_NOT_NAMES or name.startswith("دى") else name


# A Chinese site's notice, "all rights reserved" and its holder, after it or before it: "版权所有：中华人民共和国
# 商务部 京ICP备05004093号", "Copyright©2024 新华网 版权所有" (a name in Han characters).
_ZH_RIGHTS_RE = re.compile(r"(?<!图片)(?<!照片)(?<!图)(?:版权|版權)所有\s*[:：]?\s*(?:[©ⓒ]\s*)?"
                           r"(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s*)?"
                           r"(?!翻印|违者|違者|侵权|侵權|不得|未经|未經|转载|轉載|盗版|盜版)([\u4e00-\u9fff]{2,24})(?![\u4e00-\u9fff])"
                           r"|(?:^|[^\u4e00-\u9fff])(?!本网|本站|本刊|本报|图片|照片|圖片)([\u4e00-\u9fff]{2,24})\s*(?:版权|版權)所有")
# (not a photo's credit, "图片版权所有：视觉中国"; nor the notice's warning, "版权所有 翻印必究", "违者必究"; nor "本网站
# 版权所有", this site's: a review's probes)
COMPANY_SUFFIX_RE = re.compile(r"[\s,]+(LLC|L\.L\.C\.|Inc\.?|Ltd\.?|Limited|Corp\.?|Corporation|Company|Co\.|"
                               r"GmbH|S\.?A\.?|PLC|Group|Media|All|Rights|Reserved)\b.*$")
PUBLISHED_HINT_RE = re.compile(r"\b(published|posted|publicado|pubblicato|ver[öo]ffentlicht|diterbitkan|"
                                r"опубликовано|publié|date)\b", re.I)
# The date of something else than the article: a review's "Release Date 2014-06-26" (a
# game's, in its info box), an event's, a product's sale.
OTHER_DATE_RE = re.compile(r"\W*(?:(?:release|launch|air|premiere|event|opening|closing|start|end|expiry"
                           r"|expiration|due|sale|shipping|delivery|exam|election)\s+date|date de sortie"
                           r"|erscheinungsdatum|veranstaltungsdatum|fecha de (?:lanzamiento|estreno)"
                           # (a forum's or a profile's: "Created Jan 25, 2008" in a community's box, "Joined")
                           r"|joined|member since|cake day|next (?:meeting|session|hearing))\b", re.I)
# The label of the publication itself (not PUBLISHED_HINT_RE's bare "date": "Meeting date:")
_PUBLISHED_LABEL_RE = re.compile(r"\b(?:published|posted|publicado|pubblicato|ver[öo]ffentlicht|diterbitkan|"
                                 r"опубликовано|publié)\b", re.I)
# A reference's day its source was read or archived, in a wiki's or a paper's list of them ('^ "JT-60SA". QST.
# Retrieved 2 November 2023.', "Archived from the original on 3 May 2021", "accessed 12 March 2024", "abgerufen
# am 4. Mai 2023", "consulté le 2 mars 2024"): a first-time user's Wikipedia copy was dated by its first reference
_REFERENCE_DATE_RE = re.compile(r"\b(?:retrieved|archived from the original|accessed|abgerufen am|consulté le"
                                r"|consultado (?:el|em|en))\b", re.I)
# A revision's label before its date, as UPDATED_HINT_RE's: "Correction 14 December 2022" under Nature's "13
# December 2022" (a first-time user's fusion briefing was dated by it), "Corrected", "Clarification", "modifié le",
# "mis à jour le", "korrigiert", "corregido"
_REVISION_HINT_RE = re.compile(r"\b(?:correct(?:ed|ion)|clarifi(?:ed|cation)|modifié|mis à jour|korrigiert|berichtigt"
                               r"|geändert|corregido|rectificado|corrigé|corretto)\b", re.I)
# (Swahili's "Imesasishwa", "Updated")
UPDATED_HINT_RE = re.compile(r"\b(updated|atualizado|actualizado|aggiornato|aktualisiert|обновлено|diperbarui|modified"
                             r"|imesasishwa)\b", re.I)
# Lines after which a page's article is over (comment forms, subscription boxes, related lists).
# Boxes of other articles, and comment sections, as the languages news is written in head
# them: "Mehr zum Thema", "Notícias relacionadas", "Articoli correlati", "Berita terkait",
# "Похожие статьи", "Самые популярные диеты", "Lo más leído", "À lire aussi", "Lees ook",
# "Czytaj też", "Läs också", "Saistītie raksti", "関連記事", "관련기사", ...
_RELATED_ELSEWHERE = (
    r"mehr zum thema( .{1,40})?|(das )?könnte (sie|dich) auch interessieren|(weitere|ähnliche|verwandte) "
    r"(artikel|beiträge|themen|nachrichten)|meistgelesen(e)?( artikel| nachrichten)?|lesen sie auch|auch interessant"
    # (a box's two tabs run together: "MeistgelesenEmpfohlen"; "Unsere Lesetipps")
    r"|meistgelesen ?empfohlen|(unsere )?lesetipps"
    r"|(dir|ihnen|euch) (könnte|könnten) (auch|das) gefallen|(das|dieses) thema könnte (dich|sie|euch) auch interessieren"
    r"|verwandte themen( auf .{1,30})?|weiterführende links|redaktionstipps?"
    r"|articles? (précédent|suivant)s?|(à lire|voir) (aussi|également)"
    r"|(notícias|artigos|matérias|posts) relacionad[ao]s|veja (também|mais)|mais (lidas|lidos|populares|vistos)"
    r"|articoli correlati|(i|gli|le) più (letti|lette|popolari|visti)|(ti )?potrebbe (anche )?interessar(ti|e)"
    r"|(berita|artikel) (terkait|lainnya|terpopuler)|terpopuler"
    r"|(noticias|artículos) relacionad[oa]s|lo más (leído|visto)|(también )?te puede interesar|más noticias"
    r"|(à )?lire aussi|les plus (lus|populaires)|articles similaires|sur le même sujet"
    r"|похожие (статьи|новости|материалы|записи)|(самые )?популярные( \w+){0,2}|смотрите также|е[щш]ё по теме"
    r"|другие (статьи|новости)"
    # Dutch, Polish, Czech, Swedish, Danish/Norwegian, Turkish, Latvian, Lithuanian, Estonian
    r"|lees ook|gerelateerde (artikelen|berichten)|meest gelezen|czytaj (też|także|również)|zobacz (też|także)"
    r"|powiązane (artykuły|tematy)|najpopularniejsze|(čtěte|přečtěte si) (také|též)|související (články|zprávy)"
    r"|nejčtenější|läs (också|mer)|relaterade artiklar|mest lästa?|l[æe][sr] også|relater(ede|te) artikler"
    r"|mest (læste?|leste?)|ilgili haberler|benzer haberler|en çok okunanlar|saistītie raksti|populārākie|jaunākie"
    r"|susiję straipsniai|populiariausi|naujausi|seotud artiklid|loe ka|populaarsed"
    # Chinese, Japanese, Korean
    r"|相关(新闻|文章|阅读|报道)|相關(新聞|文章|閱讀|報導)|热门(文章|新闻)|熱門(文章|新聞)|延伸阅读|延伸閱讀"
    r"|関連(記事|ニュース)|人気(記事|ランキング)|アクセスランキング|관련\s?(기사|뉴스)|많이 본 (뉴스|기사)|인기\s?기사")
_COMMENTS_ELSEWHERE = (
    r"was (denkst du|meinst du|meinen sie)\??|[ée]crire un commentaire|отзывы|(добавить|оставить) (отзыв|комментарий)|(deixe|deixar) (um|seu|o seu) comentário"
    r"|lascia un commento|tinggalkan (komentar|balasan)|deja (un|tu) comentario|laisser un commentaire"
    r"|reacties|komentarze|komentáře|kommentarer|yorumlar|komentāri|komentarai|kommentaarid|评论|評論|コメント|댓글")
# A list of other stories under its heading: "More stories", "More from The Ledger", and in
# title case with the site's or section's name between ("More Great WIRED Stories", "Next
# Auto News"); not a sentence that opens so ("More readers want good news.").
_MORE_STORIES = (r"more (stories|articles|news)|(?-i:More(?: [A-Z0-9][\w'’&-]*){1,3} (?:Stories|Articles|News))"
                 r"|more from .{1,40}|suggested (reads?|reading|articles|stories|posts)"
                 # The Verge's "Next Up In Tech"
                 r"|(?-i:Next Up(?: In [A-Z][\w'’&-]*)?)")
_NEXT_STORY = (r"next (news|articles?|stor(y|ies)|posts?)"
               r"|(?-i:Next(?: [A-Z0-9][\w'’&-]*){1,2} (?:News|Articles?|Stor(?:y|ies)|Posts?))")
END_MARKER_RE = re.compile(non_capturing(
    r"^\W*(subscribe( to .{1,40})?|comments?( [(\[]\d+[)\]])?|\d+ comments?|(leave|post|add) a (reply|comment)"
    r"|join (our|the) (commenting|conversation|discussion).*|related(( \w+)? (articles?|stories|posts?|news|coverage|content|links|reading|videos?)( (on|from|at) .{1,40})?)?:?"
    r"|you (may|might) (also )?(like|enjoy)( this| these)?:?|(also )?like this:?"
    r"|share this:?|tags?(:.*)?|" + _MORE_STORIES + r"|" + _NEXT_STORY +
    r"|recommended.*|(\w+ ){1,2}recommends?|editor'?s'?[’]? (picks?|recommendations?)"
    r"|read (more|next)|most (popular|read|viewed|shared)( in .{1,40})?|popular (articles|stories|posts)"
    r"|topics|trending"
    r"|sign up .{0,60}newsletter.*|newsletters?"
    r"|coment[aá]rios|commenti|kommentare|komentar|комментарии|leia (mais|tamb[eé]m)|leggi anche"
    r"|baca juga|читайте также|" + _RELATED_ELSEWHERE + r"|" + _COMMENTS_ELSEWHERE +
    r"|about the authors?|sobre o autor|sobre el autor|über den autor|zum autor|à propos de l'auteur"
    r"|sull'autore|archivado en"
    r"|tentang penulis|об авторе|sources|references|bibliography|further reading"
    # how to cite the paper, its repository's apparatus under the abstract (SSRN's "Suggested Citation:")
    r"|(suggested|recommended|preferred) citation|cite this (article|paper|report))\W*$"),
    re.I)
# The end markers that head a box of links to other articles, which a page may set into
# the article's last lines (not a subscription box, comments or the author's bio).
RELATED_MARKER_RE = re.compile(non_capturing(
    r"^\W*(related(( \w+)? (articles?|stories|posts?|news|coverage|content|links|reading|videos?)"
    r"( (on|from|at) .{1,40})?)?:?"
    r"|recommended.*|(\w+ ){1,2}recommends?|editor'?s'?[’]? (picks?|recommendations?)"
    r"|read (more|next)|" + _MORE_STORIES +
    r"|most (popular|read|viewed|shared)( in .{1,40})?|popular (articles|stories|posts)"
    r"|you (may|might) (also )?(like|enjoy)( this| these)?:?|(also )?like this:?"
    r"|leia (mais|tamb[eé]m)|leggi anche|baca juga|читайте также|" + _RELATED_ELSEWHERE + r")\W*$"), re.I)
# Lines that end an article however much text follows: the page's copyright notice, and
# the heading of a comment section (readers' comments or teasers can outweigh the article).
# Only once the body has begun (HARD_END_MIN_PARAGRAPHS paragraphs above, or
# HARD_END_MIN_PROSE_ALONE paragraphs of running text): a comment count also sits under some
# headlines.
HARD_END_RE = re.compile(non_capturing(
    r"^\W*(((copyright\s*)?(©|\(c\)|copyright)\s*\d{4}(\s*[-–]\s*\d{4})?\b.{0,80}"
    r"(all rights reserved|todos los derechos reservados|tous droits réservés|alle rechte vorbehalten"
    r"|tutti i diritti riservati|todos os direitos reservados)\b.*)"
    r"|\d+ comments?|comments? [(\[]\d+[)\]]|(top|most) (rated|liked|popular|recent) comments"
    r"|(reader|user)s?'? comments"
    # ... in the languages read: "54 Kommentare", "Kommentare Schreibe einen Kommentar",
    # "Laisser un commentaire", and a comment's reply button ("Antworten", "Balas")
    r"|\d+ (kommentare?|commentaires?|comentarios?|comentários?|commenti|reacties|komentar|комментари[йея])"
    r"|(kommentare\s+)?(schreibe|schreiben sie) einen kommentar|kommentar schreiben|laisser un commentaire"
    r"|deja (un|tu) comentario|deixe (um|seu) comentário|lascia un commento|tinggalkan balasan"
    r"|(leave|post|add|write) a (reply|comment)|comments (are|have been) closed.*"
    r"|reply|antworten|répondre|responder|rispondi|balas|ответить"
    # a mailing list's archive under the post: "Powered by blists - more mailing lists" (Openwall's); not Pipermail's
    # "More information about the Dev mailing list", which a post quoting a list's message copies with it (a review's
    # probe lost the post's last paragraphs)
    r"|powered by (blists|mhonarc|pipermail|hypermail|mailman)\b.*)\W*$"),
    re.I)
# A research note's legal end matter, its heading on a line of its own: "Analyst Certification", "Disclosure Section",
# "Important disclosures" (a first-time user's bank note kept them as its last paragraphs). Only on a research note's
# page, under its analysts' cards (see _research_note): not a consumer story's subhead "Important disclosures" over
# more of the story, nor a news story quoting "This report has been prepared for information purposes only …" (a probe
# review's lost their last paragraphs).
_RESEARCH_END_RE = re.compile(r"(?:analysts?['’]? certifications?|disclosure section"
                              r"|important (?:disclosures?|information and disclaimers?))\s*:?", re.I)
RESEARCH_END_MAX_CHARS = 40
HARD_END_MIN_PARAGRAPHS = 3
# ... one of them running text (a long line of prose, or a sentence): a headline, its
# standfirst and a kicker are none, and a share bar's "Leave a comment" under them heads no
# comment section.
HARD_END_MIN_PROSE = 1
# ... or that many paragraphs of running text, however few lines (a podcast's two-paragraph
# description over "Comments [3]" and its readers' long comments).
HARD_END_MIN_PROSE_ALONE = 2
# An item of a list the writer numbered ("1) Lego Star Wars ...", "2. Blade Runner ..."); a
# browser's copy of an HTML list keeps no numbers, so these were typed as text.
LIST_ITEM_RE = re.compile(r"^(\d{1,3})\s?[.)]\s+\S")
LIST_MIN_ITEMS = 3
LIST_ITEM_GAP = 3  # lines from one item to the next at most (a link or a note between)
LIST_ITEM_MAX_CHARS = 300
SOURCE_MARK_RE = re.compile(r"\[(source|fonte|quelle|источник|sumber)\]\s*$", re.I)
ELLIPSIS_START_RE = re.compile(r"^\[\s*(…|\.\.\.)")
QUOTE_START = tuple("“\"«„‘'")
_CAPITAL = f"[{UPPER}]"  # Latin, accented ones too, Greek and Cyrillic
NAME_WORD_RE = re.compile(rf"^(?:{_CAPITAL}[\w'’.-]*|[\"“]{_CAPITAL}[\w'’.-]*|{_CAPITAL}[\w'’.-]*[\"”]|{_CAPITAL}\."
                          r"|de|da|do|dos|van|von|der|del|la|le|bin|al|y)$")

_STOPLISTS: dict[str, frozenset[str]] = {}
# Function words of languages jusText ships no stoplist for, tried as its others are (_other_language): Somali's
# ("Guddiga doorashooyinka ayaa ku dhawaaqay in madaxweyne Museveni uu ku guuleystay …", BBC Somali's, Hiiraan's) and
# Afaan Oromo's ("Galmeen kun … kan gaggeeffamu yoo ta'u hanga ji'a itti aanutti ni itti fufa"). Read by no list, a
# Somali page fitted Polish's (0.14: "ku", "u", "in") and every line of it was clutter (a first-time user's East
# Africa briefing: BBC Somali, Hiiraan Online and an Oromo page were "only headlines, navigation or clutter").
_OWN_STOPLISTS = {
    "Somali": frozenset("""ayaa ayuu ayay iyo oo waxa waxaa waxaana wuxuu waxay in inuu inay uu ay ka ku u la lagu laga
        loo ugu kaga kula ee ah ahaa ahayd yahay tahay ahaayeen waa wuu way aan ma soo sii si isla iska haddii hadii
        marka markii sida sidoo kale mid ama laakiin balse kuwa kuwaas taas kaas tan kan halkaas wax ilaa intii inta
        kadib kaddib dhex kor hoos hore gudaha jira jiray jirta jiro leh lahaa tiro badan""".split()),
    "Oromo": frozenset("""fi kan kana sana keessa keessatti irratti irraa akka garuu ykn yookiin yoo ture turan jira
        jiru jedhe jedhan jedhame jedhaniiru kanaan waliin gara hanga booda dura ni hin isaan inni ishee kun sun kanneen
        kanaaf kunis ta'e ta'uu ta'an ta'u qaba qabu ammo immoo illee ammas bira jala akkasumas yeroo innis isaa isaanii
        itti eega osoo har'a""".split()),
}


def _stoplist(language: str) -> frozenset[str]:
    if language in _OWN_STOPLISTS:
        return _OWN_STOPLISTS[language]
    if language not in _STOPLISTS:
        try:
            import justext  # shipped with trafilatura

            _STOPLISTS[language] = frozenset(w.lower() for w in justext.get_stoplist(language))
        except Exception:  # a missing stoplist only weakens the classifier
            _STOPLISTS[language] = frozenset()
    return _STOPLISTS[language]


@functools.lru_cache(maxsize=None)
def _word_stoplist(language: str) -> frozenset[str]:
    """The stoplist without its numbers (some lists hold "10"): what classify counts."""
    return frozenset(w for w in _stoplist(language) if not w.isdigit())


# ---------------------------------------------------------------------------
# line model
# ---------------------------------------------------------------------------
@dataclass
class Line:
    """One rendered block of the dump, with the features the classifier uses."""

    index: int
    text: str
    words: int = 0
    numbers: int = 0  # of the words, those that are numbers
    chars: int = 0
    stop_density: float = 0.0
    cls: str = "bad"  # good | near | short | bad
    clutter: bool = False
    caption: bool = False
    sentence: bool = False
    flags: set[str] = field(default_factory=set)
    cells: tuple[str, ...] = ()  # a table's row: the cells the copy separated by tabs
    code: str = ""  # on a run of code's first line: the run as written (see flag_code)


# Chinese and Japanese papers name their reporters in the lead, not in a byline: Xinhua's
# "新华社北京7月3日电（记者张文彬、刘佳音）…", Nikkei's "【北京=田中健一】中国商務省は…".
# The names are Han characters, two to four each (Chinese) or three to six (Japanese: "共同",
# Kyodo, and "時事", Jiji, are the agencies').
_ZH_REPORTERS_RE = re.compile(r"[（(]\s*记者\s*([\u4e00-\u9fff]{2,4}(?:[、，\s]+[\u4e00-\u9fff]{2,4}){0,5})\s*[）)]")
# Taiwanese papers' credit opening the lead: "〔記者王大明／台北報導〕", "〔記者王大明、李小華／花蓮報導〕" (the
# reporters, then where from: "報導", reported).
# (Not a press conference's "〔記者會直擊／…〕" nor "記者節": "記者" then "會/会/節/节" is another word; and the
# credit ends at "報導": a bracket's end or a space, not a sentence going on, "…報導的新聞…".)
_TW_REPORTERS_RE = re.compile(r"^[〔\[［【(（]?\s*[記记]者(?![會会節节])\s*([\u4e00-\u9fff]{2,4}(?:[、，][\u4e00-\u9fff]{2,4})"
                              r"{0,5})\s*[／/]\s*[\u4e00-\u9fff]{1,8}[報报][導道](?=[〕\]］】)）\s]|$)")
_JA_REPORTER_RE = re.compile(r"^【[^】=＝]{1,12}[=＝]([\u4e00-\u9fff]{3,6}(?:、[\u4e00-\u9fff]{3,6}){0,3})】")
# (and Korean wires' at the lead's start: see KO_WIRE_LEAD_RE)
# A Korean wire photo's caption ends with its date and the photographer's address or credit:
# "… 2024.2.22 jin90@yna.co.kr", "… 2024.03.04. kmn@newsis.com", "… 2024.11.20/뉴스1 ⓒ News1 이승배 기자"
_KO_PHOTO_CAPTION_RE = re.compile(r"(?:19|20)\d\d\.\d{1,2}\.\d{1,2}\b.*(?:@[\w.-]+\.\w+|ⓒ)|[\w.-]+@[\w.-]+\.\w+\s*$")
_KO_ROLES = frozenset("기자 특파원 선임기자 수석기자 객원기자 인턴기자 통신원".split())
LEAD_CREDIT_LINES = 3  # the lead's lines looked at


def lead_credit(lead: list[str], body: list[str] | tuple[str, ...] = ()) -> list[str]:
    """The reporters a Chinese, Japanese or Korean lead names (see _ZH_REPORTERS_RE), or []: not a
    role (the correspondent, "通讯员", the intern, "实习生", of "（记者 王建国 通讯员 李晓红）"
    are named too), nor where one filed from ("发自北京"), a photo's credit ("刘一鸣摄") or a
    column's label ("手记"); not an agency or a bureau ("【北京=新華社】", "【ニューヨーク=米州総局】").
    Not a Korean photo's caption, which opens with the photographer's credit as a story does
    ("(서울=연합뉴스) 진연수 기자 = … 2024.2.22 jin90@yna.co.kr"), nor where the body holds two
    stories' credits (a digest of wire stories: whose are they?)."""
    stories = [t for t in body if KO_WIRE_LEAD_RE.match(t) and not _KO_PHOTO_CAPTION_RE.search(t[-80:])]
    for text in lead:
        m = KO_WIRE_LEAD_RE.match(text)
        if m and not _KO_PHOTO_CAPTION_RE.search(text[-80:]):
            if len(set(stories)) >= 2:
                return []
            return [n for n in re.split(r"[\s·,]+", m.group("credit")) if n and n not in _KO_ROLES]
        m = _TW_REPORTERS_RE.match(text)
        if m:
            return re.split(r"[、，]", m.group(1))
        m = _JA_REPORTER_RE.match(text)
        if m:
            return [n for n in m.group(1).split("、") if not n.endswith(_JA_NOT_REPORTER_ENDS)]
        m = _ZH_REPORTERS_RE.search(text[:80])
        if m:
            return [n for n in re.split(r"[、，\s]+", m.group(1)) if n not in _ZH_ROLES
                    and not n.startswith("发自") and not n.endswith(("摄", "手记", "报道"))]
    return []


_ZH_ROLES = frozenset("通讯员 实习生 见习记者 特约记者 记者 摄影 摄 报道 编辑".split())
# A Taiwanese agency's dateline: the agency, "記者" (reporter), the reporters' names, where from, the day and "電"
# (wire) or "專電" (special wire), CNA's "中央社記者陳妍君馬尼拉11日專電" over its lead or "（中央社記者王大明台北11日電）"
# opening it (a first-time user's South China Sea briefing: no writer, no publication). The names run into the
# place: the last one of three characters, most Chinese names', unless the place would be left one.
_ZH_AGENCY_DATELINE_RE = re.compile(r"[（(]?\s*(?P<agency>中央社|中央通訊社)\s*[記记]者\s*"
                                    r"(?P<names>(?:[\u4e00-\u9fff]{2,4}、)*(?:[\u4e00-\u9fff]{3}|[\u4e00-\u9fff]{2}))"
                                    r"[\u4e00-\u9fff]{2,6}\d{1,2}日\s*[專专]?[電电]\s*[）)]?")
_JA_NOT_REPORTER_ENDS = ("社", "局", "通信")  # (支社, 総局, 支局 end so too)
# After "＝", a reporter's name has three characters or more ("石田耕一郎"), and does not end as a place
# does: not a market report's headline, "東京株式＝続伸", nor a photo's caption, "岸田文雄首相＝首相官邸".
_JA_PLACE_ENDS = frozenset("邸庁省駅港場堂館所前内外市県町村区府")


@dataclass
class TextResult:
    """What the text extractor found; `extract()` copies it into an Article."""

    title: str | None = None
    subtitle: str | None = None
    authors: list[str] = field(default_factory=list)
    source: str | None = None
    date: dt.date | None = None
    updated: dt.date | None = None  # a later day the page says it was updated on, a few days on at most
    live: bool = False  # a live blog's entries, each under its time (and headline), are the text
    blocks: list[Block] = field(default_factory=list)
    decisions: list[str] = field(default_factory=list)
    dropped: int = 0
    language: str | None = None  # BCP 47 code of the page's language ("en", "ja"), when known
    collapsed: list[str] = field(default_factory=list)  # a post's lines cut at "… See more", as they end (see
    # collapsed_post)


# jusText's stoplist names -> BCP 47 codes (its languages that news is written in).
LANGUAGE_CODES = {
    "Afrikaans": "af", "Albanian": "sq", "Arabic": "ar", "Armenian": "hy", "Assamese": "as", "Azerbaijani": "az",
    "Basque": "eu",
    "Belarusian": "be", "Bengali": "bn", "Bosnian": "bs", "Bulgarian": "bg", "Catalan": "ca", "Croatian": "hr",
    "Czech": "cs", "Danish": "da", "Dutch": "nl", "English": "en", "Estonian": "et", "Finnish": "fi",
    "French": "fr", "Galician": "gl", "Georgian": "ka", "German": "de", "Greek": "el", "Gujarati": "gu",
    "Hebrew": "he", "Hindi": "hi", "Hungarian": "hu", "Icelandic": "is", "Indonesian": "id", "Irish": "ga",
    "Italian": "it", "Kannada": "kn", "Kazakh": "kk", "Korean": "ko", "Latvian": "lv", "Lithuanian": "lt",
    "Macedonian": "mk", "Malay": "ms", "Malayalam": "ml", "Marathi": "mr", "Nepali": "ne",
    "Norwegian_Bokmal": "nb", "Norwegian_Nynorsk": "nn", "Oromo": "om", "Persian": "fa", "Polish": "pl",
    "Portuguese": "pt", "Romanian": "ro", "Russian": "ru", "Serbian": "sr", "Slovak": "sk", "Slovenian": "sl",
    "Somali": "so", "Spanish": "es",
    "Swahili": "sw", "Swedish": "sv", "Tagalog": "tl", "Tamil": "ta", "Telugu": "te", "Turkish": "tr",
    "Ukrainian": "uk", "Urdu": "ur", "Uzbek": "uz", "Vietnamese": "vi", "Welsh": "cy",
}
# Scripts that name their language when no stoplist fits: (first, last code point, code).
_SCRIPT_LANGUAGES = ((0x0E00, 0x0E7F, "th"), (0x1000, 0x109F, "my"), (0x1780, 0x17FF, "km"), (0x0E80, 0x0EFF, "lo"),
                     (0x0590, 0x05FF, "he"), (0x0370, 0x03FF, "el"), (0x10A0, 0x10FF, "ka"), (0x0530, 0x058F, "hy"),
                     (0x0D80, 0x0DFF, "si"), (0x1200, 0x137F, "am"),
                     # (Bengali's script, and Devanagari's, Hindi's by default: too few function words to tell)
                     (0x0980, 0x09FF, "bn"), (0x0900, 0x097F, "hi"))


# Of those, the scripts of languages that have no stoplist (Thai, Burmese, Khmer, Lao, Sinhala, Amharic)
_UNREAD_SCRIPTS = tuple((lo, hi) for lo, hi, code in _SCRIPT_LANGUAGES if code in ("th", "my", "km", "lo", "si", "am"))


_UNREAD_SCRIPT_RE = re.compile("[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _UNREAD_SCRIPTS) + "]")


def _unread_script(text: str) -> bool:
    """Most of the line's letters are in a script of _UNREAD_SCRIPTS. (A line without one, most lines
    with a curly quote or a dash, is told by one search: counting every line's letters cost the
    conversion a seventh more.)"""
    if not _UNREAD_SCRIPT_RE.search(text):
        return False
    unread = len(_UNREAD_SCRIPT_RE.findall(text))
    return unread > sum(1 for ch in text if ch.isalpha()) - unread


def language_code(language: str, texts: list[str]) -> str | None:
    """The BCP 47 code for detect_language's answer on these lines: "cjk" is Japanese when
    there is kana, Korean when Hangul outnumbers Chinese characters, else Chinese; an
    unknown language ("") is named by its script when that script is one language's."""
    if language in LANGUAGE_CODES:
        return LANGUAGE_CODES[language]
    sample = " ".join(texts)[:20_000]
    if language == "cjk":
        if KANA_RE.search(sample):
            return "ja"
        return "ko" if len(HANGUL_RE.findall(sample)) > len(CJK_RE.findall(sample)) else "zh"
    counts = Counter(code for ch in sample if ord(ch) >= 0x0370
                     for lo, hi, code in _SCRIPT_LANGUAGES if lo <= ord(ch) <= hi)
    if counts:
        code, n = counts.most_common(1)[0]
        if n >= sum(map(str.isalpha, sample)) / 2:
            return "as" if code == "bn" and _assamese(sample) else code
    return None


# Assamese writes the Bengali script with two letters of its own, "ৰ" and "ৱ" ("ব্ৰহ্মপুত্ৰৰ", "ব্যৱস্থাপনা"), which
# Bengali never writes: a page with a few of them is Assamese, not Bengali (a Pratidin story was read as Bengali, and
# by Bengali's stoplist not one of its lines was text).
ASSAMESE_MIN_LETTERS = 3


def _assamese(sample: str) -> bool:
    return sample.count("ৰ") + sample.count("ৱ") >= ASSAMESE_MIN_LETTERS


@functools.lru_cache(maxsize=8192)  # (a pure function of its text: lines and words recur)
def normalise_line(text: str) -> str:
    """NFC, no zero-width spaces or soft hyphens, single spaces, no "Click To Tweet" button
    glued to a quotation's end ("... much less stress.Click To Tweet").

    ZWJ and ZWNJ (U+200D, U+200C) stay: emoji sequences and Persian words need them.
    The line is never cut: a one-line article must reach the page whole.
    """
    if not text.isascii():  # (ASCII is NFC already, and holds none of the invisible characters)
        text = _LINE_INVISIBLE.sub("", unicodedata.normalize("NFC", text))
    if "  " in text or "\t" in text or not text.isascii():  # (else the spaces are single " ": nothing to fold)
        text = _LINE_SPACES.sub(" ", text)
    text = text.strip()
    if text.endswith("]") and len(text) <= WIKI_HEADING_MAX_CHARS and ". " not in text:
        text = _WIKI_EDIT.sub("", text)
    if ("new tab" in text or "new window" in text or "external" in text) and "+" not in text:
        text = _LINK_HINT_RE.sub("", text)  # (not where a shortcut's doing is told: "Ctrl+T, opens new tab")
    if "ORCID" in text:
        text = _ORCID_BUTTON.sub("", text).strip()
    if "_" in text and text.isascii():
        text = _ICON_LIGATURE.sub("", text)
    return _TWEET_BUTTON.sub("", text) if text.endswith(("Tweet", "tweet")) else text


# An icon font's ligature, copied as the name that draws the icon: Material Icons' "chevron_left Browse All Posts",
# "insert_chart Data Solutions", "Read more arrow_forward" (a company blog in the extraction benchmark: the subtitle
# was "chevron_left Browse All Posts"). Only the icons' names of two words or more, at a line's start or end: a
# name of one word is a word ("menu", "search", "close"), and prose does not write words joined by "_".
_ICON_NAMES = (
    "arrow_back", "arrow_back_ios", "arrow_back_ios_new", "arrow_forward", "arrow_forward_ios", "arrow_upward",
    "arrow_downward", "arrow_drop_down", "arrow_drop_up", "arrow_right_alt", "arrow_outward", "chevron_left",
    "chevron_right", "expand_more", "expand_less", "keyboard_arrow_down", "keyboard_arrow_up", "keyboard_arrow_left",
    "keyboard_arrow_right", "keyboard_backspace", "navigate_next", "navigate_before", "first_page", "last_page",
    "open_in_new", "play_arrow", "play_circle", "play_circle_outline", "play_circle_filled", "insert_chart",
    "insert_drive_file", "picture_as_pdf", "file_download", "cloud_download", "content_copy", "more_vert",
    "more_horiz", "access_time", "calendar_today", "calendar_month", "date_range", "local_offer", "thumb_up",
    "thumb_down", "mail_outline", "chat_bubble", "chat_bubble_outline", "bookmark_border", "bookmark_add",
    "account_circle", "person_outline", "favorite_border", "volume_up", "format_quote", "remove_red_eye",
    "question_answer", "library_books", "trending_up", "zoom_in", "zoom_out", "check_circle", "error_outline",
    "info_outline", "help_outline", "star_border", "location_on", "arrow_circle_right", "arrow_circle_left",
    "south_east", "north_east")
_ICON_NAME = "|".join(sorted(_ICON_NAMES, key=len, reverse=True))
_ICON_LIGATURE = re.compile(rf"^(?:(?:{_ICON_NAME})\s+)+|(?:\s+(?:{_ICON_NAME}))+$|^(?:{_ICON_NAME})$")


# A preprint server's icon by an author's name, its alt text glued on as a copy keeps it: medRxiv's and bioRxiv's
# "View ORCID ProfileLauren A. Castro, Benjamin J. Ridenhour, …" (a first-time user's measles briefing: the authors'
# line was the title)
_ORCID_BUTTON = re.compile(r"View ORCID Profile\s*")


# A post's button to unfold it, glued to its last words as a copy of LinkedIn keeps it: "Curious to hear from
# people on the provider side. …see more" (after an ellipsis only: not "… and you will see more"); and on a social
# post's or a video's page (see collapsed_post), Facebook's "shattering … See more" and YouTube's "…more"
_SEE_MORE_BUTTON = re.compile(r"(?<=\S)\s*(?:…|\.\.\.)\s*see more$", re.I)
_MORE_BUTTON = re.compile(r"(?<=\S)\s*(?:…|\.\.\.)\s*(?:see )?more$", re.I)
COLLAPSED_POST = "the post was copied collapsed ('… See more'): expand it before copying, for its whole text"
COLLAPSED_TEASER = "lines cut at '… See more' are not in the text kept: no warning"
COLLAPSED_MIN_WORDS = 4  # the visible part of a paragraph, at least (not a lone button, nor a teaser's label)
COLLAPSED_BUTTONS_SPAN = 8  # the lines between a cut post and its buttons, at most (see _post_cut_end)
EMBEDDED_PROSE_WORDS = 12  # a paragraph's words, at least, in an article's text that goes on under a post's buttons
# A video page's labels under its description, over its comments: "Transcript", "Show transcript", "Comments 2,314"
_VIDEO_FURNITURE_RE = re.compile(r"(?:Show )?[Tt]ranscript|Comments?(?: [\d.,]+[KMB]?)?")
# Facebook's description of a post's photo, for a screen reader, as it writes it under the post: "May be an image of
# ship, ocean and text that says 'PHILIPPINE COAST GUARD'", "May be a graphic of text", and its note where it has none
# ("No photo description available."). Its nouns only, no sentence (not a critic's "May be an image of loss, one
# critic wrote at the time; …", nor "May be an image of the future of accessibility, Meta argues: …": a review's
# probes); and on a post's page only (see collapsed_post), not a story that quotes it ("… described the first photo
# only as:" / "May be an image of fire and night").
_PHOTO_DESCRIPTION_RE = re.compile(r"May be an? (?:black-and-white |Twitter )?(?:image|graphic|closeup|illustration"
                                   r"|cartoon|meme|screenshot) of [^.!?;:\"“”]{1,160}?"
                                   r"(?: and text that says ['‘\"“].{0,200})?|No photo description available\.?")


def _network_buttons(texts: list[str], k: int) -> bool:
    """Whether line k is a social network's buttons under a post or a comment: "Like" over "Comment", a comment's
    "Reply", or their row ("Like Comment Repost Send", "412 comments 87 reposts")."""
    x = texts[k]
    return (x == "Like" and k + 1 < len(texts) and texts[k + 1] == "Comment" or x == "Reply" or len(x)
            <= POST_BUTTONS_MAX_CHARS and ("Like" in x or "comment" in x) and bool(_POST_BUTTONS_RE.search(x)))


def _post_cut_end(texts: list[str], k: int, video: bool) -> int | None:
    """Where the post cut at line k ("… See more") ends: the network's buttons right under it, or close after it over
    short lines only ("See translation", the photo's description, "+3", "All reactions:", "12K", "1.2K comments");
    on a video's page (video: a channel's subscribers over the line), its labels over the comments ("Transcript",
    "Comments 2,314") or the page's end. None where the page's text goes on under the line: an article's own line
    ending "… more" (a news page's or a Substack post's, their share buttons under the text; a news story under an
    embedded video's "18.6K subscribers": a review's probes)."""
    for j in range(k + 1, min(k + 1 + COLLAPSED_BUTTONS_SPAN, len(texts))):
        x = texts[j]
        if _network_buttons(texts, j) or video and x[:1] in "CTSt" and _VIDEO_FURNITURE_RE.fullmatch(x):
            return j
        if len(x) > POST_BUTTONS_MAX_CHARS and not _PHOTO_DESCRIPTION_RE.fullmatch(x) \
                or x.endswith(_SENTENCE_END) and len(x.split()) > COLLAPSED_MIN_WORDS:
            return None
    return len(texts) if video and len(texts) <= k + COLLAPSED_BUTTONS_SPAN else None


def _embedded_post(texts: list[str], j: int) -> bool:
    """Whether the post over the buttons at line j is embedded in an article whose text goes on under them, two
    paragraphs in a row ("In a post on Facebook, the city's fire chief backed the mayor:" / "Harbour Point Fire
    Department" / "… we had to move two engines to … See more" / "Like" / "Comment" / "Share" / "Mayor Alan Whitfield
    said …" / "Work on the seawall …": a review's probe); not a post's comments, each over its own "Like" / "Reply"."""
    after = [i for i in range(j + 1, min(j + 6, len(texts))) if len(texts[i]) > POST_BUTTONS_MAX_CHARS]
    return len(after) >= 2 and all(len(texts[i].split()) >= EMBEDDED_PROSE_WORDS for i in after[:2]) \
        and not any(_network_buttons(texts, i) for i in range(after[0], after[1]))


def collapsed_post(numbered: list[tuple[int, str]], decisions: list[str], cut: list[str]) -> list[tuple[int, str]]:
    """The lines without the button that unfolds a post, glued to their end ("… See more"). Where the network's
    buttons stand right under the line, or close after it ("Like" / "Comment", "Like Comment Repost Send", a comment's
    "Reply"; on a video's page, under a channel's "18.6M subscribers", the page's end: see _post_cut_end), its visible
    part stays, its cut sentence marked with an ellipsis, and a decision says the post was copied collapsed (a
    first-time user's Facebook post lost its cut sentence "The water cannon directly hit the vessel's bridge,
    shattering … See more", and nothing said so); each such line, as it now ends, goes in `cut` (see
    TextResult.collapsed), but a post embedded in an article (see _embedded_post) is no warning of the article's.
    Elsewhere only "…see more" goes, the rest of the line kept (not an article's "… and more", nor its own line that
    ends "a little patience… more" above its share buttons). On a post's page, Facebook's description of its photo
    (see _PHOTO_DESCRIPTION_RE) goes too."""
    texts = [x for _, x in numbered]
    social = any(x == "Like" and k + 1 < len(texts) and texts[k + 1] == "Comment"
                 or len(x) <= POST_BUTTONS_MAX_CHARS and ("Like" in x or "comment" in x or "subscribers" in x)
                 and (_POST_BUTTONS_RE.search(x) or _SUBSCRIBERS_RE.fullmatch(x)) for k, x in enumerate(texts))
    out = []
    video = False
    for k, (n, x) in enumerate(numbered):
        if social and x.startswith(("May be a", "No photo")) and _PHOTO_DESCRIPTION_RE.fullmatch(x):
            decisions.append(f"line {n} {x[:40]!r}: the network's description of the post's photo, left out")
            continue
        video = video or "subscribers" in x and len(x) <= POST_BUTTONS_MAX_CHARS and bool(_SUBSCRIBERS_RE.fullmatch(x))
        m = _MORE_BUTTON.search(x) if x.endswith(("more", "More")) else None
        if m and social and len(x[:m.start()].split()) >= COLLAPSED_MIN_WORDS \
                and (end := _post_cut_end(texts, k, video)) is not None:
            visible = x[:m.start()]
            x = visible if visible.endswith(_SENTENCE_END) else visible + " …"
            if end < len(texts) and _embedded_post(texts, end):
                decisions.append(f"line {n} {x[-40:]!r}: an embedded post's visible part, its button to unfold it left "
                                 "out (the article's text goes on under it: no warning)")
            else:
                if COLLAPSED_POST not in decisions:
                    decisions.append(COLLAPSED_POST)
                decisions.append(f"line {n} {x[-40:]!r}: the post's visible part, its button to unfold it left out")
                cut.append(x)
        elif m and x.endswith(("see more", "See more")):
            x = _SEE_MORE_BUTTON.sub("", x)
        out.append((n, x))
    return out


WIKI_HEADING_MAX_CHARS = 160  # (a sentence about editing that ends "… labelled [edit]" is no heading)
# A wiki's link to edit a section, glued to its heading as a copy keeps it: "Background[edit]",
# "Hintergrund[Bearbeiten | Quelltext bearbeiten]", "Contexte[modifier | modifier le code]".
_WIKI_EDIT = re.compile(r"(?<=\S)\s?\[(?:edit|edit source|bearbeiten|modifier|editar|modifica|редактировать|править)"
                        r"(?: \| [^\[\]]{1,25})?\]$", re.I)


# A link's hint for screen readers, copied with its words: Reuters' "… said in a statement,
# opens new tab.", "(opens in a new window)" before a stop or a comma, "(link is external)"; or before
# the sentence's verb: "Hokuriku Electric Power (9505.T), opens new tab said …" (not a text's words in
# brackets: "a middle click (opens in a new tab) is the fastest way").
# (Not a shortcut's doing: "Ctrl+T, opens new tab.")
_LINK_HINT_RE = re.compile(r", opens new tab(?=[.,;:!?\"”’)]|$| [a-z])"
                           r"|\s?\(opens in (?:a )?new (?:tab|window)\)(?=[.,;:!?\"”’)]|$)"
                           r"|\s?\((?:link is external|external link)\)", re.I)
_LINE_INVISIBLE = re.compile(r"[\u200b\ufeff\u00ad]")
_TWEET_BUTTON = re.compile(r"(?<=\S)\s*Click [Tt]o [Tt]weet$")
_LINE_SPACES = re.compile(r"[ \t\u00a0\u2009\u202f]+")


# Text wrapped at a fixed width (an e-mail, a print view, `lynx -dump`, a plain-text wire
# copy, a PDF's page): every paragraph is cut into lines of some 60-100 characters, each line of
# it followed by the next with no empty line between. Left so, each piece is a short line
# and the article reads as verse or as nothing. A file is taken for wrapped text when
# WRAP_MIN_LINES lines at least, and WRAP_MIN_SHARE of the lines of WRAP_MIN_CHARS to
# WRAP_MAX_WIDTH characters that another line follows, end where a greedy wrap ends them: the
# next line's first word would not have fit on them within the width (the longest such line,
# but for a tenth of them), a width of WRAP_MIN_WIDTH at least; and WRAP_MIN_SMALL_STARTS of
# the lines after them start with a small letter (or one of a script without capitals), as a
# sentence's middle does (a box of links, a line each, is none of that: "Web-Anwendungen vor
# Bot-Angriffen schützen" over "Content Marketing für Ihr Unternehmen"). Those lines are
# joined to the line after them. Only lines of WRAP_MIN_WORDS words count: Chinese and
# Japanese, without spaces, wrap anywhere, and nothing tells a wrapped line from a paragraph.
WRAP_MIN_CHARS = 40
WRAP_MIN_WORDS = 4
WRAP_MIN_WIDTH = 50
# Under WRAP_PROSE_WIDTH, a poem's, a list's, a recipe's or a listing's lines are as long as a
# narrow column's: only prose wrapped so ends WRAP_SMALL_END_SHARE of its lines at least in a
# small word ("… restore service on the" / "three bus routes"; about a third in a newsletter
# wrapped at 52 or 55, none in a list or a poem, a tenth in song lyrics).
WRAP_PROSE_WIDTH = 60
WRAP_SMALL_END_SHARE = 0.15
WRAP_MAX_WIDTH = 100
WRAP_MIN_SMALL_STARTS = 0.3
WRAP_MIN_LINES = 6
WRAP_MIN_SHARE = 0.6
_LIST_BULLET_RE = re.compile(r"^\s*(?:[" + re.escape(LIST_MARKS) + r"■□▫●○▸➢➤✓✔❖◆◇]\s"
                             r"|\d{1,3}[.)]\s|\(?[a-z][.)]\s)")
# Text copied out of a PDF (a CDC MMWR report, a USDA situation update) is wrapped too, but
# in a justified column: the breaks are not where a greedy wrap puts them (proportional type,
# stretched spaces), so a line of 85 characters ends "... and the Colorado Department" over
# "of Public Health and Environment ...", where "of" would have fit. And a file holds more
# than running text: a references list, a table, page footers, whose lines end no sentence,
# so a share over the whole file is not reached (57% on a real MMWR copy) and no line was
# joined. Such a column is judged paragraph by paragraph (a block: lines with no empty line
# between): a line is *full* when it is WRAP_FULL_SHARE of the file's width (as above) at
# least, and no paragraph of the block is on a line of its own, longer than WRAP_MAX_WIDTH (a
# web page's list of short items without stops, between its paragraphs, is no column). A full
# line that ends no sentence is joined to the next when that one starts with a small letter
# ("with the Colorado Department" / "of Public Health") or it ends in a word's hyphen
# ("personal pro-" / "tective equipment"); in blocks with two such lines at least they are
# counted, and WRAP_MIN_LINES of them in the file show it is wrapped so. In a block where
# WRAP_MIN_SHARE of the lines that another follows are full, and WRAP_MIN_SMALL_STARTS of
# those go on in a small letter, a full line is also joined when it ends mid-sentence ("...
# are now enrolled, and" / "26 states"), or when the line after is a sentence of
# WRAP_MIN_WORDS words ("... the herd was affected." / "These findings suggest that ...").
# A line short of the column ends its paragraph ("on both assays." / "Results"), so the
# line it goes on must be full or end as a paragraph does (_PARAGRAPH_END: not "1 day ago",
# "see also" or "Learn More" under a headline); a list item's start, or a table's row (see
# _table_row_line) on either side, is never joined.
WRAP_FULL_SHARE = 0.8
# Amharic's stops end a sentence as "." does (ETHIOPIC_STOPS: "።", its "?" "፧", and "፨"): "… ቦርዱ ገልጿል።"
_SENTENCE_END = (".", "!", "?", ":", ";", "…", '."', ".”", "?”", "!”", ".)", *ETHIOPIC_STOPS)
_STATEMENT_ENDS = tuple(e for e in _SENTENCE_END if e not in ("?", "!", "፧"))  # (a headline may ask or exclaim)
_PARAGRAPH_END = (*_SENTENCE_END, '"', "”", "’", "'", ")", "]", "»")
# A note's mark after a sentence's end, as a PDF's text keeps it: "… never fell to zero.3"
_NOTE_MARK_END_RE = re.compile(r"(?<=[.!?\"”’)])\d{1,3}$")


def _bare_end(line: str) -> str:
    """The line without a note's mark after its last sentence's end (see _NOTE_MARK_END_RE)."""
    return _NOTE_MARK_END_RE.sub("", line) if line[-1:].isdigit() else line
# A word broken across lines by a hyphen: "pro-" / "tective" is "protective", "con-" /
# "firmed" is "confirmed". Without a dictionary it is not always told from a compound broken
# at its own hyphen ("forward-" / "looking", "long-" / "delayed"), the only break a program
# that wraps text makes in a word (Python's textwrap). What the file shows decides. The
# hyphen stays (and no space is put) where the part before it is no small-lettered word of
# its own ("cow-to-" / "cow", "COVID-" / "19", "Michigan-" / "based") or the line after does
# not start with a small letter. It goes where the file writes the word whole elsewhere
# ("confirmed"). Otherwise it goes only from text a typesetter hyphenated, as a PDF's is: one
# joined line in HYPHEN_TYPESET_SHARE at least ends so (one in 7 to 12 of the MMWR and USDA
# copies; one in 17 or fewer of the benchmark's pages wrapped by textwrap, whose line-end
# hyphens are all compounds'); and there it stays where the file writes the word with the
# hyphen elsewhere ("state-run"), or writes its second part as a word ("tried-" / "and"), or
# its first part of HYPHEN_HEAD_MIN_CHARS letters at least ("long" of "long-" / "delayed";
# "in-" / "fection" is a syllable), or the second part is one of HYPHEN_COMPOUND_TAILS
# ("cloud-" / "based"). A typesetter's syllables ("tective", "junctivitis", "pleted") are no
# words of the file; pdftotext and most tools drop the hyphen before a small letter.
HYPHEN_TYPESET_SHARE = 0.075
HYPHEN_HEAD_MIN_CHARS = 4
HYPHEN_COMPOUND_TAILS = frozenset({"based", "related", "known", "term", "run", "led", "owned", "level", "scale",
                                   "wide", "free", "like", "borne", "funded", "sponsored", "specific", "sized"})
_HYPHEN_BREAK_RE = re.compile(r"(?:^|\s)([^\W\d_]*[a-zß-ÿ])-$")
_FIRST_WORD_RE = re.compile(r"[^\W\d_]+")


# A paged copy (a PDF's, a print view's) repeats its running header or footer at every page
# break: "1002 MMWR / November 7, 2024 / Vol. 73 / No. 44" over "US Department of Health and
# Human Services/Centers for Disease Control and Prevention" and "Morbidity and Mortality Weekly
# Report", between "none reported using eye protection, and" and "two reported using gloves".
# A line that recurs with a page number before or after it that differs (the rest the same,
# digits and all), and the lines next to it that the file repeats as they are, are the page's
# furniture (three words at least, but for the number; the numbers go up from page to page):
# they go, with the empty lines round them where they cut a sentence, but for their
# first occurrence among the file's first PAGE_HEAD_LINES lines (the first page's head, which
# names the journal and the issue). Lines of PAGE_LINE_MAX_CHARS at most.
PAGE_HEAD_LINES = 12
PAGE_LINE_MAX_CHARS = 150
PAGE_FURNITURE_MAX_LINES = 4  # next to the numbered line, on either side
PAGE_MIN_CHARS = 300  # a page's text at least, between two of its running headers
_NUMBERING_WORDS = frozenset("part chapter episode no number vol volume issue step day week round season item game "
                             "match stage leg class lesson question figure table exhibit appendix phase level act "
                             "scene article amendment district ward route floor room group heat race grade unit "
                             "section book track term".split())
PAGE_YEARS = (1900, 2099)  # a number this high is a year, not a page
_PAGE_NUMBER_RE = re.compile(r"^(?:page\s+)?(\d{1,4})\s+(?=\S)|(?<=\S)\s+(?:page\s+)?(\d{1,4})(?:\s+of\s+\d{1,4})?$",
                             re.I)


def page_furniture(stripped: list[str], notes: set[int] | None = None) -> tuple[set[int], set[int]]:
    """The indices of the lines of a paged copy's running headers and footers (above) to drop,
    and of those kept in the first page's head; with its pages' footnotes (see _NOTE_RULE_RE),
    whose lines' indices notes, if given, gets."""
    cores: dict[str, list[tuple[int, str]]] = {}
    lone: set[str] = set()  # (the cores of page numbers on a line of their own)
    for i, line in enumerate(stripped):
        if len(line) <= PAGE_LINE_MAX_CHARS and (line[:1].isdigit() or line[-1:].isdigit()):
            if (number := line.strip()).isdigit() and len(number) <= 4:
                # (a page's number alone on its line, its footer on the line next to it: "1" / "Testimony of Adam
                # Meyers, CrowdStrike — House Homeland Security Committee, September 24, 2024", a first-time user's
                # cyber briefing, whose footer read as a sentence and dated two events)
                for k in (i - 1, i + 1):
                    if 0 <= k < len(stripped) and len(stripped[k]) <= PAGE_LINE_MAX_CHARS \
                            and len(stripped[k].split()) >= 3 and not stripped[k].strip().isdigit():
                        cores.setdefault(stripped[k].strip(), []).append((i, number))
                        lone.add(stripped[k].strip())
                continue
            m = _PAGE_NUMBER_RE.search(line.strip())
            core = line.strip()[:m.start()] + line.strip()[m.end():] if m else ""
            if len(core.split()) >= 3:
                cores.setdefault(core.strip(), []).append((i, m.group(1) or m.group(2)))  # type: ignore[union-attr]
    # (the pages' numbers go up, a page's text between: not a list's dates, "26 October 2018"
    # over "31 October 2018", nor a row of teasers, "Another story about the roads, part 2",
    # nor years, "Best budget laptops of 2024" over a link to "… of 2025", nor a numbered
    # thing, "Public comment on agenda item 5", "Celtics vs. Heat, Game 3")
    running = {core: found for core, found in cores.items() if len(found) >= 2
               and core.split()[-1].casefold().strip(".,:#") not in _NUMBERING_WORDS
               and not any(PAGE_YEARS[0] <= int(n) <= PAGE_YEARS[1] for _, n in found)
               and all(int(a) < int(b) and sum(map(len, stripped[j:k])) >= PAGE_MIN_CHARS
                       for (j, a), (k, b) in zip(found, found[1:]))}
    # (and only in a copy wrapped as a PDF's or a print view's is: a web page's paragraphs are
    # a line each; but a footer the same next to each page's number alone, a PDF's copy with
    # its paragraphs a line each, is no web page's)
    if running and sum(WRAP_MIN_CHARS <= len(line) <= WRAP_MAX_WIDTH and _small_start(after)
                       and not line.endswith(_SENTENCE_END) for line, after in zip(stripped, stripped[1:])) \
            < WRAP_MIN_LINES:
        running = {core: found for core, found in running.items() if core in lone}
    runs = list(running.values())
    numbered = {i for found in runs for i, _ in found}
    drop = set(numbered)
    # (the lines next to it that are next to another of its occurrences too: the journal's name
    # over one page's number and under the next's; not a minutes' "Motion carried 4-1")
    for found in runs:
        near = [{stripped[k].strip() for k in range(max(0, i - PAGE_FURNITURE_MAX_LINES),
                                                      min(len(stripped), i + PAGE_FURNITURE_MAX_LINES + 1))
                 if k != i and stripped[k].strip() and len(stripped[k]) <= PAGE_LINE_MAX_CHARS} for i, _ in found]
        for n, (i, _) in enumerate(found):
            elsewhere = set().union(*(near[m] for m in range(len(found)) if m != n))
            for step in (-1, 1):
                k = i + step
                while 0 <= k < len(stripped) and abs(k - i) <= PAGE_FURNITURE_MAX_LINES \
                        and stripped[k].strip() in elsewhere:
                    drop.add(k)
                    k += step
    # (the first page's head stays: the first of each line there)
    first: dict[str, int] = {}
    for i in sorted(drop):
        key = _PAGE_NUMBER_RE.sub("", stripped[i].strip()) if i in numbered else stripped[i].strip()
        first.setdefault(key, i)
    # (a first page's footer is none: a page of text over it, "… thank you for the opportunity." / "1" / "Testimony
    # of …", a short page's)
    head = {i for i in first.values() if i < PAGE_HEAD_LINES and sum(map(len, stripped[:i])) < PAGE_MIN_CHARS}
    drop -= head
    if drop or any(line[:1] == "_" or line[:1] == " " and line.lstrip()[:1] == "_" for line in stripped):
        found = _page_notes(stripped, drop)
        drop |= found
        if notes is not None:
            notes |= found
    # (the empty lines round them, where the page broke a sentence)
    for i in sorted(drop):
        above = i - 1
        while above >= 0 and (above in drop or not stripped[above].strip()):
            above -= 1
        if above >= 0 and not _bare_end(stripped[above]).endswith(_SENTENCE_END):
            for k in (i - 1, i + 1):
                while 0 <= k < len(stripped) and not stripped[k].strip():
                    drop.add(k)
                    k += k - i
    return drop, head


# A PDF's footnotes, copied with its page: under a rule at the page's foot ("____________________"), each note's number
# alone on its line or before its text ("1" / "  The Colorado plaintiffs' case was consolidated …"), over the next
# page's running header. Read as text, they were paragraphs between the page's and the next page's (the next note's
# number glued on: "… for trial. 2"), and their marks stayed on the sentences that call them ("… filed a similar
# complaint.1": a first-time user's court briefing). The rule and the notes under it go, up to the next page's running
# header, or an empty line over a line that is no note's start (a signature's rule, "____________" over the judge's
# name, has no note under it); so does the mark of one of them after a sentence's end (see _PAGE_NOTE_MARK_RE).
_NOTE_RULE_RE = re.compile(r"\s*_{8,}\s*")
_PAGE_NOTE_RE = re.compile(r"\s*(\d{1,3})(?:\s*|\s{1,4}[A-Z“\"(].*)")


def _page_notes(stripped: list[str], furniture: set[int]) -> set[int]:
    """The indices of the lines of a paged copy's footnotes (see _NOTE_RULE_RE), the running headers' in furniture."""

    def note_start(k: int) -> int | None:  # (a note's number, alone over its text or before it)
        m = _PAGE_NOTE_RE.fullmatch(stripped[k]) if k < len(stripped) and k not in furniture else None
        if m is None or stripped[k].strip().isdigit() and not (k + 1 < len(stripped) and stripped[k + 1].strip()
                                                                 and not stripped[k + 1].strip().isdigit()):
            return None
        return int(m.group(1))

    out: set[int] = set()
    for i, line in enumerate(stripped):
        # (in a paged copy only: not a newsletter's, a recipe's or an op-ed's numbered points under a rule, a review's
        # probes, which lost them)
        if line.lstrip()[:1] != "_" or not furniture or not _NOTE_RULE_RE.fullmatch(line):
            continue
        k = i + 1
        while k < len(stripped) and not stripped[k].strip():
            k += 1
        if note_start(k) is None:
            continue
        end, found = k, []
        while end < len(stripped) and end not in furniture:
            if not stripped[end].strip():
                after = end
                while after < len(stripped) and not stripped[after].strip():
                    after += 1
                if after >= len(stripped) or note_start(after) is None:
                    break
                end = after
            if (n := note_start(end)) is not None:
                found.append(n)
            end += 1
        # (numbered as notes are, each one more than the last; at the page's foot, its running header or the text's
        # end right under them)
        foot = end
        while foot < len(stripped) and not stripped[foot].strip():
            foot += 1
        if all(b == a + 1 for a, b in zip(found, found[1:])) and (foot >= len(stripped) or foot in furniture):
            out.update(range(i, end))
    # (with no rule, as a PDF's text tool copies the page: the notes' blocks right over the next page's running
    # header, each note's number a mark in the page's text over them, "… a similar complaint.1")
    for h in sorted(furniture):
        if h - 1 in furniture or h in out:
            continue
        k, first, found = h - 1, h, []
        while True:
            while k >= 0 and not stripped[k].strip():
                k -= 1
            top = k
            while top > 0 and stripped[top - 1].strip() and top - 1 not in furniture:
                top -= 1
            if k < 0 or k in furniture or (n := note_start(top)) is None:
                break
            found.insert(0, n)
            first, k = top, top - 1
        page = max((j for j in furniture if j < first), default=-1) + 1
        marks = {int(m.group(3)) for line in stripped[page:first] if line[-1:].isdigit() or ". " in line
                 for m in _PAGE_NOTE_MARK_RE.finditer(line)}
        if found and all(b == a + 1 for a, b in zip(found, found[1:])) and set(found) <= marks:
            out.update(range(first, h))
    return out


# (a mark after a word of three letters at least, or a year, and its sentence's end or a clause's: "… a similar
# complaint.1", "… in 2020,3 and", "… 7440:18–23 (Pichai).2"; not an abbreviation's number, "Fig.2", "No.1", nor a
# decimal's, "rose to 2.5")
_PAGE_NOTE_MARK_RE = re.compile(r"(?:(?<![^\W\d_])([^\W\d_]{3,})|(?<=(?<!\d)\d{4}))([)\]]?[.,;:!?][”\"’)]?)(\d{1,3})"
                                r"(?=\s|$)")


def _strip_page_note_marks(stripped: list[str], notes: set[int], drop: set[int], decisions: list[str]) -> list[str]:
    """The lines without the marks of the page's footnotes (see _NOTE_RULE_RE) after their words."""

    def bare(m: re.Match[str]) -> str:
        word = m.group(1)
        if int(m.group(3)) not in notes or word and (word.isupper() or word.lower() in _NUMBERED_ABBREVIATIONS) \
                or not word and "." in m.group(2):  # (after a year, a comma's mark only: "2020,3", not "§ 1502.2",
            return m.group(0)  # "IntelliJ IDEA 2023.3", a review's probes)
        return m.group(0)[:m.start(3) - m.start()]

    out = list(stripped)
    marks = 0
    for i, line in enumerate(stripped):
        if i not in drop and any(ch.isdigit() for ch in line):
            out[i] = _PAGE_NOTE_MARK_RE.sub(bare, line)
            marks += out[i] != line
    if marks:
        decisions.append(f"{marks} line(s): the marks of the page's footnotes after their words, left out")
    return out


def unwrap_lines(lines: list[str], decisions: list[str], titles: list[int] | None = None,
                 heads: set[int] | None = None) -> list[tuple[int, str]]:
    """The file's lines with their numbers (from 1), each hard-wrapped paragraph joined into
    one line numbered as its first (see WRAP_MIN_LINES and WRAP_FULL_SHARE); the lines as they
    are otherwise, but a paged copy's running headers and footers (see page_furniture). titles,
    if given, gets the number of a wrapped title's line (see TITLE_WRAP_BLOCKS); heads, the
    numbers of the running header's lines kept in the first page's head."""
    stripped = [line.rstrip() for line in lines]
    if len(stripped) >= 2 * LABELLED_CUES_MIN and (track := _caption_track(stripped, decisions)) is not None:
        return track
    notes: set[int] = set()
    drop, head = page_furniture(stripped, notes) if len(stripped) > PAGE_HEAD_LINES else (set(), set())
    if heads is not None:
        heads.update(i + 1 for i in head)
    if drop:
        decisions.append(f"lines {', '.join(str(i + 1) for i in sorted(drop)[:8])}: a paged copy's running header "
                         f"or footer{', its footnotes' if notes else ''}, and the empty lines round it")
        if notes:
            numbers = {int(m.group(1)) for i in notes if (m := _PAGE_NOTE_RE.fullmatch(stripped[i]))}
            stripped = _strip_page_note_marks(stripped, numbers, drop, decisions)
        kept = [i for i in range(len(stripped)) if i not in drop]
        numbered_kept = [(i + 1, stripped[i]) for i in kept]
        # (the footnotes' lines unwrapped with the rest, after them, then left out: they are lines of the page's
        # column too, whose width they help tell, a narrow column's, a Crisis Group brief's)
        if notes:
            numbered_kept += [(0, "")] + [(i + 1, stripped[i]) for i in sorted(notes)]
        before = len(titles) if titles is not None else 0
        out = _unwrap([line for _, line in numbered_kept], decisions, titles)
        if titles is not None and len(titles) > before:  # (the file's number of the title's line)
            titles[-1] = numbered_kept[titles[-1] - 1][0]
        return [(numbered_kept[n - 1][0], line) for n, line in out
                if numbered_kept[n - 1][0] and numbered_kept[n - 1][0] - 1 not in notes]
    return _unwrap(stripped, decisions, titles)


# A video's transcript as YouTube shows it and a copy keeps it, each caption under its time or after it ("0:04" /
# "struck more than 60 targets across Yemen", "0:31 and the Houthis control almost the entire Yemeni coast"): a
# first-time user's kept 27 words of it, the rest short lines and subheadings. Its captions are one text, in
# paragraphs; the times and the marks of sound ("[Music]") no part of it. Times that rise a few seconds apart, over
# short captions: not a live blog's entries, newest first, under their times. From the video's start, and a sentence
# run on from one caption into the next, small letters opening many (not a TV schedule's "06:00 Morning News",
# a recipe's plan, a log's "14:02", a podcast's turns, "3:11" of Proverbs: a review's probes).
_CUE_LINE_RE = re.compile(r"\s*(?:(\d{1,2}):)?(\d{1,2}):(\d{2})(?:\s+(\S.*))?")
_SOUND_MARK_RE = re.compile(r"\s*\[(?:music|applause|laughter|laughs|inaudible|silence|no audio|sound|__)\]\s*", re.I)
CUES_MIN = 8  # times in the run
LABELLED_CUES_MIN = 3  # ... under the page's "Transcript" label, right over the first
_TRANSCRIPT_LABEL_RE = re.compile(r"\W*(?:show )?(?:transcript|transkript|transcription|transcripción|trascrizione"
                                  r"|transcrição|transcriptie)\W*", re.I)
# Under the last time, the page's comments' heading, no caption: "Comments 214", "214 Comments", "Sort by"
_CUE_END_RE = re.compile(r"(?:comments?|kommentare|commentaires|comentarios|comentários|commenti|reacties"
                         r"|комментарии)\s*[(\[]?[\d.,]+[KkM]?[)\]]?|[\d.,]+[KkM]? comments?|sort by", re.I)
CUE_MAX_STEP = 30  # seconds between two times, at most
CUE_MAX_WORDS = 20  # of a caption
CUE_FIRST_MAX_SECONDS = 10  # the first time of the run
CUE_LOWER_SHARE = 0.4  # of the captions, those that open with a small letter
CUE_PARAGRAPH_WORDS = 80  # a paragraph of the transcript ends at a sentence's end past these many words (or twice
# as many: automatic captions have no stops)


def _caption_track(stripped: list[str], decisions: list[str]) -> list[tuple[int, str]] | None:
    """The file's lines with a video transcript's run of timed captions (see _CUE_LINE_RE) joined into paragraphs,
    each numbered as its first caption's line; None where the file holds no such run."""
    cues: list[tuple[int, int, str]] = []  # (line, seconds, caption)
    i = 0
    while i < len(stripped):
        m = _CUE_LINE_RE.fullmatch(stripped[i])
        if m is None:
            i += 1
            continue
        seconds = int(m.group(1) or 0) * 3600 + int(m.group(2)) * 60 + int(m.group(3))
        caption, at = m.group(4), i
        if caption is None and i + 1 < len(stripped) and stripped[i + 1].strip() \
                and not _CUE_LINE_RE.fullmatch(stripped[i + 1]) and not _CUE_END_RE.fullmatch(stripped[i + 1].strip()):
            caption, at = stripped[i + 1].strip(), i + 1
            i += 1
        cues.append((at, seconds, caption or ""))
        i += 1
    runs: list[list[tuple[int, int, str]]] = []
    for cue in cues:
        if runs and 0 <= cue[1] - runs[-1][-1][1] <= CUE_MAX_STEP and cue[0] - runs[-1][-1][0] <= 2:
            runs[-1].append(cue)
        else:
            runs.append([cue])
    # (a short video's few captions under the page's label: "Transcript" / "0:00" / …, a first-time user's six)
    runs = [run for run in runs if (len(run) >= CUES_MIN or len(run) >= LABELLED_CUES_MIN and any(
        _TRANSCRIPT_LABEL_RE.fullmatch(stripped[k]) for k in range(max(0, run[0][0] - 3), run[0][0])))
            and run[0][1] <= CUE_FIRST_MAX_SECONDS
            and sum(len(c[2].split()) <= CUE_MAX_WORDS for c in run) >= 0.9 * len(run)
            and sum(c[2][:1].islower() for c in run) >= CUE_LOWER_SHARE * len(run)]
    if not runs:
        return None
    out: list[tuple[int, str]] = []
    taken: set[int] = set()
    for run in runs:
        first = run[0][0] - (0 if _CUE_LINE_RE.fullmatch(stripped[run[0][0]]) else 1)
        taken.update(range(first, run[-1][0] + 1))
    paragraphs: dict[int, str] = {}
    for run in runs:
        start, words = None, []
        for at, _, caption in run:
            caption = _SOUND_MARK_RE.sub(" ", caption).strip()
            if not caption:
                continue
            start = at if start is None else start
            words.append(caption)
            count = sum(len(w.split()) for w in words)
            if count >= CUE_PARAGRAPH_WORDS and caption.endswith((".", "?", "!")) or count >= 2 * CUE_PARAGRAPH_WORDS:
                paragraphs[start] = " ".join(words)
                start, words = None, []
        if words and start is not None:
            paragraphs[start] = " ".join(words)
    for i, line in enumerate(stripped):
        if i in paragraphs:
            out.extend([(i + 1, paragraphs[i]), (i + 1, "")])
        elif i not in taken:
            out.append((i + 1, line))
    decisions.append(f"a video's transcript: {sum(map(len, runs))} timed captions joined into {len(paragraphs)} "
                     "paragraph(s)")
    return out


def _unwrap(stripped: list[str], decisions: list[str], titles: list[int] | None) -> list[tuple[int, str]]:
    """unwrap_lines, on the lines left."""

    def continues(i: int) -> bool:
        return i + 1 < len(stripped) and bool(stripped[i + 1].strip()) \
            and not _LIST_BULLET_RE.match(stripped[i + 1])

    numbered = list(enumerate(stripped, 1))
    candidates = [i for i, line in enumerate(stripped)
                  if WRAP_MIN_CHARS <= len(line) <= WRAP_MAX_WIDTH and len(line.split()) >= WRAP_MIN_WORDS
                  and continues(i)]
    if len(candidates) < WRAP_SHORT_MIN_LINES:
        return numbered
    lengths = sorted(len(stripped[i]) for i in candidates)
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if width < WRAP_MIN_WIDTH or width < WRAP_PROSE_WIDTH and sum(
            stripped[i].rsplit(None, 1)[-1].casefold() in _TITLE_OPEN_ENDS for i in candidates) \
            < WRAP_SMALL_END_SHARE * len(candidates):
        return numbered
    # (a line past the width, one of the widest tenth, is wrapped too where its sentence goes on
    # into a small letter: "… including the root cause analysis and recommendations, will" / "be
    # published …", 86 characters in a copy wrapped at 85)
    wrapped = {i for i in candidates if (len(stripped[i]) <= width or len(stripped[i]) <= COLUMN_OVER * width
                                         and not _bare_end(stripped[i]).endswith(_PARAGRAPH_END)
                                         and _small_start(stripped[i + 1]))
               and len(stripped[i]) + 1 + len(stripped[i + 1].split()[0]) > width
               and _name_and_title(stripped[i]) is None  # (see _column_joins)
               and not _unjoinable(stripped[i], stripped[i + 1])}
    # (a form's fields a line each, "Aircraft: Boeing 737-9 Injuries: 7 Minor", between the
    # paragraphs of a report's PDF are no lines of its text: not counted against the wraps)
    fields = sum(1 for i in candidates if i not in wrapped and ": " in stripped[i][:60]
                 and _ONE_FIELD_RE.match(stripped[i]) is not None)
    if len(wrapped) < WRAP_MIN_LINES or len(wrapped) < WRAP_MIN_SHARE * (len(candidates) - fields) \
            or sum(_small_start(stripped[i + 1]) for i in wrapped) < WRAP_MIN_SMALL_STARTS * len(wrapped):
        wrapped = set()
    wrapped |= _column_joins(stripped, candidates, min(width, _column_width(lengths)), bool(wrapped))
    if not wrapped:
        return numbered
    title = _title_joins(stripped)
    if title and titles is not None:
        titles.append(min(title) + 1)
        decisions.append(f"lines {min(title) + 1}-{max(title) + 2}: a title wrapped as the text is")
    if title:
        # (the title a line of its own: not run on from the running header over it, nor into the
        # authors under it, which a column's width may take for the column's lines)
        wrapped -= {min(title) - 1, max(title) + 1}
        wrapped |= title | _names_joins(stripped, max(title) + 2)
    out: list[tuple[int, str]] = []
    joined = 0
    text = " ".join(stripped)
    broken = sum(bool(_HYPHEN_BREAK_RE.search(stripped[i])) and _small_start(stripped[i + 1]) for i in wrapped)
    typeset = broken >= HYPHEN_TYPESET_SHARE * len(wrapped)
    for i, (number, line) in enumerate(numbered):
        if i - 1 in wrapped and out:
            first, above = out[-1]
            out[-1] = (first, _join_wrapped(above, line.strip(), text, typeset))
            joined += 1
        else:
            out.append((number, line))
    decisions.append(f"text wrapped at {width} characters: {joined} line(s) joined to the line above them")
    return out


def _column_joins(stripped: list[str], candidates: list[int], width: int, wrapped: bool = False) -> set[int]:
    """The lines of a justified column (see WRAP_FULL_SHARE) to join to the line after them. wrapped: whether the
    file is shown wrapped already (a greedy wrap's lines, see WRAP_MIN_LINES), so that a paragraph's column shape
    decides alone (an opinion's "… A bench trial was held" / "from September 9 to September 27, 2024.", in a copy
    whose other lines a greedy wrap ends, a first-time user's court briefing)."""
    in_block = set(candidates)
    joins: set[int] = set()
    shown = 0  # the sure joins in paragraphs of two of them at least: they show the column
    sure, paragraphs = 0, 0  # (all of them, and the paragraphs that hold one: a short text's, see WRAP_SHORT_MIN_LINES)
    for start, end in _blocks(stripped):
        # (a table's rows, a PDF's block of statistics, are no lines of the column)
        followed = [i for i in range(start, end) if i in in_block and not _table_row_line(stripped[i])]
        # (but a footer or header wider than the column, in smaller type, at the block's end or
        # start: "This is an unofficial announcement of Commission action. Release of the full
        # text …", a report's disclaimer under its last page)
        first, last = start, end
        while first < last and len(stripped[first]) > WRAP_MAX_WIDTH:
            first += 1
        k = end
        while k > first and (len(stripped[k]) > WRAP_MAX_WIDTH or k == end or len(stripped[k + 1]) > WRAP_MAX_WIDTH):
            if len(stripped[k]) > WRAP_MAX_WIDTH:
                last = k - 1  # (the wide lines' paragraphs, each with its last line shorter)
            k -= 1
        if any(len(stripped[i]) > WRAP_MAX_WIDTH for i in range(first, last + 1)):
            followed = []  # a paragraph on a line of its own: no column
        # (no wider than the column, nor the line after: a table's caption, "Table 1: Temporary Housing
        # Provided After the Maui Wildfires, by Type", runs wider than a GAO report's column)
        # (nor a report's authors a line each: "Jeremy M. Sharp, Specialist in Middle Eastern Affairs")
        full = [i for i in followed if WRAP_FULL_SHARE * width <= len(stripped[i]) <= COLUMN_OVER * width
                and len(stripped[i + 1]) <= COLUMN_OVER * width and not _table_row_line(stripped[i])
                and not _SPACED_LINE_RE.search(stripped[i]) and not _NUMBERED_HEADING_RE.match(stripped[i + 1])
                and _name_and_title(stripped[i]) is None
                and (not _table_row_line(stripped[i + 1])  # (but a word broken over them: "As of No-" / "vember 1, …")
                     or _HYPHEN_BREAK_RE.search(stripped[i]) is not None and _small_start(stripped[i + 1]))
                and (len(stripped[i + 1]) >= WRAP_FULL_SHARE * width
                     or _bare_end(stripped[i + 1]).endswith(_PARAGRAPH_END))]
        small = [i for i in full if not _bare_end(stripped[i]).endswith(_SENTENCE_END)
                 and (_small_start(stripped[i + 1]) or _HYPHEN_BREAK_RE.search(stripped[i]))]
        if small and len(full) >= WRAP_MIN_SHARE * len(followed):
            if len(small) > 1:
                shown += len(small)
            sure, paragraphs = sure + len(small), paragraphs + 1
            joins.update(small)
            if len(small) >= WRAP_MIN_SMALL_STARTS * len(full):
                joins.update(i for i in full if not _bare_end(stripped[i]).endswith(_SENTENCE_END)
                             or len(stripped[i + 1].split()) >= WRAP_MIN_WORDS)
    if shown >= WRAP_MIN_LINES or wrapped or len(candidates) < 2 * WRAP_MIN_LINES and sure >= WRAP_SHORT_MIN_LINES \
            and paragraphs >= WRAP_SHORT_PARAGRAPHS and any(_INNER_STOP_RE.search(stripped[i]) for i in joins):
        return joins
    return set()


# A short text (an e-mail, a note, a page saved from a PDF viewer) has too few lines to show
# WRAP_MIN_LINES joins: three paragraphs wrapped at 85 characters, "… brought this civil action
# alleging that" / "Google monopolized key digital advertising technologies. A bench trial was
# held" / "from September 9 to September 27, 2024.", were a paragraph a line, and a line of them
# was lost (a first-time user's court briefing). In a file of fewer than twice WRAP_MIN_LINES
# lines that may be wrapped, WRAP_SHORT_MIN_LINES full lines that go on in a small letter, in
# WRAP_SHORT_PARAGRAPHS paragraphs at least, show the column.
# And one of its lines, at least, holds a sentence's end ("… technologies. A bench trial was held"): prose's lines
# do, a poem's long lines, each a clause ("I walked along the river where the lanterns used to burn in the summers
# of" / "my childhood, …"), a probe's, need not.
WRAP_SHORT_MIN_LINES = 3
WRAP_SHORT_PARAGRAPHS = 2
_INNER_STOP_RE = re.compile(r"[^\W\d_]{2}[.!?][”\"’]? [A-Z]")


def _column_width(lengths: list[int]) -> int:
    """The longest length of the span of lengths (COLUMN_WINDOW of it below it) that most lines
    fill, when COLUMN_MIN_SHARE of them do: a justified column's width, however many of a PDF's footnotes, affiliations or
    references run wider (an MMWR copy's lines of 55 to 60 characters under a 90th percentile
    of 69). lengths: sorted."""
    counts = Counter(lengths)
    filled, best = max((sum(counts[k] for k in range(w - int(COLUMN_WINDOW * w), w + 1)), w)
                       for w in range(lengths[0], lengths[-1] + 1))
    # (enough lines to be a column: not a page's few lines of 40 to 100 characters, its list's items)
    return best if filled >= max(WRAP_MIN_LINES, COLUMN_MIN_SHARE * len(lengths)) else lengths[-1]


COLUMN_OVER = 1.1  # a column's line may run this much past its width (justified type), no more
COLUMN_WINDOW = 0.15  # of the width: a justified column's lines in proportional type vary so much
COLUMN_MIN_SHARE = 0.4


def _blocks(stripped: list[str]) -> Iterator[tuple[int, int]]:
    """The file's blocks, lines with no empty line between: each one's first and last line."""
    start = 0
    while start < len(stripped):
        if not stripped[start].strip():
            start += 1
            continue
        end = start
        while end + 1 < len(stripped) and stripped[end + 1].strip():
            end += 1
        yield start, end
        start = end + 1


# A wrapped file's title is wrapped too, in its own type: a PDF's "Serologic Evidence of
# Recent Infection with Highly" / "Pathogenic Avian Influenza A(H5) Virus Among Dairy" /
# "Workers — Michigan and Colorado, June–August 2024", each piece too short to be taken for the
# headline, under the journal's name. One of the file's first TITLE_WRAP_BLOCKS blocks, of two
# to TITLE_WRAP_MAX_LINES lines in title case (see _title_cased), none ending a sentence,
# TITLE_WRAP_MAX_WORDS words in all, is one line where a greedy wrap ends its lines (the next
# line's first word would not have fit within the block's longest line) and it shows it
# wraps: a line ends in a word no headline ends with ("… Infection with" / "Highly …"), or
# three lines or more are full (WRAP_FULL_SHARE of the longest). A headline over its deck
# ("Critical Minerals and China" / "A Strategy for Supply Chain Resilience") is neither.
TITLE_WRAP_BLOCKS = 4
WRAPPED_TITLE_LEAD_SHARE = 0.5  # of its words, at least, in the text's first paragraphs
WRAPPED_TITLE_PENALTY = 0.5  # ... or it weighs less than another headline-like line
TITLE_WRAP_MAX_LINES = 4
TITLE_WRAP_MAX_WORDS = 30
_TITLE_OPEN_ENDS = frozenset("a an the of with and or to for from in on at by as among between into over under "
                             "about against during through than vs versus its their his her our your".split())


def _title_joins(stripped: list[str]) -> set[int]:
    """The lines of a wrapped file's wrapped title (see TITLE_WRAP_BLOCKS) to join to the line after them."""
    text = " ".join(" ".join(stripped).split())
    whole = "\n" + "\n".join(line.strip() for line in stripped) + "\n"
    for (start, end), _ in zip(_blocks(stripped), range(TITLE_WRAP_BLOCKS)):
        block = [line.strip() for line in stripped[start:end + 1]]
        if _wrapped_title(block, text, whole):
            return set(range(start, end))
        if len(block) > TITLE_WRAP_MAX_LINES:
            # (a PDF's copy with no empty line: the title's lines among the page's first, between
            # its running header and its authors; "US Department of Health and Human
            # Services/Centers for Disease Control and Prevention" over them is no part of it)
            k = 0
            while k < min(len(block), TITLE_SCAN_LINES):
                run = k
                while run < len(block) and _title_cased(block[run]) and len(block[run].split()) >= 3 \
                        and not block[run].endswith((*_SENTENCE_END, ",")):
                    run += 1
                for first in range(k, run - 1):
                    for last in range(min(run, first + TITLE_WRAP_MAX_LINES), first + 1, -1):
                        if _wrapped_title(block[first:last], text, whole):
                            return set(range(start + first, start + last - 1))
                k = run + 1
        # (a report's cover, set large, in a block with its subtitle and authors: "Mineral
        # Security at a" / "Crossroads": a line that ends in an article or a preposition)
        for k in range(min(len(block) - 1, TITLE_SCAN_LINES)):
            line, after = block[k], block[k + 1]
            # (not a paragraph's lines under a run-in heading: "War powers. Some Members have
            # questioned whether the" / "Administration required …", far down a PDF's one block)
            if len(line.split()) >= 3 and line.split()[-1] in _TITLE_BREAK_ENDS and _opens_capitalised(line) \
                    and not re.search(r"[a-z]{2}\. [A-Z]", line) \
                    and _opens_capitalised(after) and len(after.split()) <= TITLE_BREAK_MAX_WORDS \
                    and not after.endswith((*_SENTENCE_END, ",")):
                return {start + k}
    return set()


def _wrapped_title(block: list[str], text: str = "", lines: str = "") -> bool:
    """Whether these lines are one title, wrapped (see TITLE_WRAP_BLOCKS). text: the file's, its
    whitespace made single spaces: a break inside a name the text writes whole is a wrap
    ("Contact of Containership Dali with the Francis Scott Key" / "Bridge and Subsequent Bridge
    Collapse", NTSB's report on "the Francis Scott Key Bridge"), a headline over its deck is not. lines: the
    file's lines, each between newlines: the title whole on a line of its own elsewhere is one too."""
    if 2 <= len(block) <= TITLE_WRAP_MAX_LINES and sum(len(x.split()) for x in block) <= TITLE_WRAP_MAX_WORDS \
            and all(_title_cased(x) and not x.endswith((*_SENTENCE_END, ",")) for x in block[:-1]) \
            and (_title_cased(block[-1]) or _title_cased(" ".join(block)) and block[-1][:1].isupper()) \
            and not block[-1].endswith((*_STATEMENT_ENDS, ",")) \
            and all(len(x.split()) >= 3 for x in block[:-1]):
        width = max(map(len, block))
        greedy = all(len(x) + 1 + len(y.split()[0]) > width for x, y in zip(block, block[1:]))
        open_end = any(x.split()[-1].casefold() in _TITLE_OPEN_ENDS for x in block[:-1])
        full = sum(len(x) >= WRAP_FULL_SHARE * width for x in block) >= 3
        # (or printed whole on a line of its own elsewhere, a paged copy's running header: "Houthis at Sea: Can the Red
        # Sea Truce" / "Hold?" under the cover's, a first-time user's; not a masthead's two lines that a running
        # header sets apart by a run of spaces, "National Transportation Safety Board          Marine …")
        # (nor bodies' names stacked, a line each: see _ISSUER_LINE_RE)
        return greedy and (open_end or full or any(_split_name(x, y, block, text) for x, y in zip(block, block[1:]))
                           or f"\n{' '.join(block)}\n" in lines) \
            and not all(_ISSUER_LINE_RE.fullmatch(x) for x in block)
    return False


def _split_name(line: str, below: str, block: list[str], text: str) -> bool:
    """Whether the break between the two lines of the block splits a name of capitalised words
    that the text writes whole elsewhere: not only where the block is (a PDF's running header
    repeats its masthead, "National Transportation Safety Board" / "Marine Investigation …")."""
    last, first = line.split()[-1], below.split()[0]
    if not (last[:1].isupper() and first[:1].isupper() and last.isalpha() and first.isalpha()):
        return False
    pair = len(re.findall(rf"(?<!\w){re.escape(last)} {re.escape(first)}(?!\w)", text))
    return pair > text.count(" ".join(" ".join(block).split()))


TITLE_SCAN_LINES = 12  # a long first block's lines searched for a wrapped title
_TITLE_BREAK_ENDS = frozenset("a an the of and at to for in on with from by".split())
TITLE_BREAK_MAX_WORDS = 8


def _opens_capitalised(text: str) -> bool:
    """A line that opens with a capital, as a title's lines do in title case or in sentence case
    ("Mineral Security at a" / "Crossroads"; a paper's "Heat waves, air-conditioning adoption
    and peak electricity demand in" / "South and Southeast Asian megacities, 2015–2024")."""
    return text[:1].isupper()


def _names_joins(stripped: list[str], k: int) -> set[int]:
    """The lines of a paper's list of authors wrapped under its title, from line k or the
    first line after the empty ones there ("Kristen L. Marshall, DVM1,2; …; Daniel Ortega,
    MD5;" / "Hannah Kirking, MD3; …"): each line but the last ends in a comma or a semicolon."""
    while k < len(stripped) and not stripped[k].strip():
        k += 1
    end = k
    while end + 1 < len(stripped) and stripped[end + 1].strip() and stripped[end].rstrip().endswith((",", ";")) \
            and end - k < TITLE_WRAP_MAX_LINES:
        end += 1
    if end > k and names_only(" ".join(x.strip() for x in stripped[k:end + 1])):
        return set(range(k, end))
    return set()


def _unjoinable(line: str, below: str) -> bool:
    """Lines a hard wrap never runs together: a copied table's rows, its cells apart by tabs; a
    running header, its page's number set out with spaces ("ICS Investigation Expert Panel –
    Factual Report          11"); a numbered heading under a line ("4 Sequence of events",
    "4.1 Voltage increase and generation losses"); a title over a short field under it ("Enhanced Visibility and
    Hardening Guidance for Communications Infrastructure" / "Publication: December 3, 2024", a PDF's cover)."""
    if len(below) <= HEADING_OVER_MAX_CHARS and ": " in below and _ONE_FIELD_RE.match(below.strip()) \
            and _title_cased(line):
        return True
    return _tabbed_row(line) or _tabbed_row(below) or bool(_SPACED_LINE_RE.search(line)) \
        or bool(_NUMBERED_HEADING_RE.match(below)) and (
            line.rstrip().endswith((".", ":", "!", "?")) or len(line.strip()) <= HEADING_OVER_MAX_CHARS
            or bool(_SPACED_LINE_RE.search(line)))  # (not a sentence's wrap: "… on" / "14 April 2024 after …")


def _tabbed_row(line: str) -> bool:
    """Cells apart by a tab; not a list's item or a numbered paragraph, its marker before the tab
    ("•\tThe plant …", "1.\tPlaintiff …")."""
    text = line.strip()
    return "\t" in text and not _TAB_MARKER_RE.match(text)


_TAB_MARKER_RE = re.compile(r"(?:[•·\-–*▪◦]|\(?\w{1,3}[.)])\t")


def _numbered_heading(ln: Line) -> bool:
    # (and with an aside in brackets at its end: a desk note's "2. Key figures (sources vary; see notes)")
    return ln.cls == "short" and heading_like(ln) and bool(_NUMBERED_HEADING_RE.match(_ASIDE_END_RE.sub("", ln.text)))


NUMBERED_SECTIONS_MIN = 2  # numbered headings over text that make a report's other numbered lines headings
_SPACED_LINE_RE = re.compile(r"\S {6,}\d{1,4}$")
_NUMBERED_HEADING_RE = re.compile(r"(?=.{4,60}$)\d{1,2}(?:\.\d{1,2}){0,3}\.? [A-Z][^.!?\t,;]*$")
# ... and an outline's, as rules and reports number theirs: "I. Background" / "A. October 7 IFR" / "B. Changes in
# This Rule", the Federal Register's, whose first two a first-time user's page lost (see body_blocks); in a script
# without capitals too, a Japanese alert's "I. 概要" / "II. 対象" (a first-time user's JPCERT alert lost all five)
_OUTLINE_HEADING_RE = re.compile(r"(?=.{4,60}$)(?:[IVX]{1,4}|[A-H])\. (?:[A-Z]|[^\W\d_A-Za-z\u00c0-\u024f])"
                                 r"[^.!?\t,;。]*$")


def _section_heading(ln: Line) -> bool:
    """A numbered section's heading (_numbered_heading), or an outline's ("I. Background", "A. …")."""
    return _numbered_heading(ln) or ln.cls == "short" and heading_like(ln) and bool(_OUTLINE_HEADING_RE.match(ln.text))


_ROMAN_NUMBERS = {r: n for n, r in enumerate("I II III IV V VI VII VIII IX X XI XII XIII XIV XV".split(), 1)}


def _section_number(ln: Line) -> tuple[str, int] | None:
    """A section heading's (_section_heading) numbering and number: ("1", 4) for "4. Findings", ("I", 4) for "IV.
    CONCLUSION", ("A", 2) for "B. Changes"; None for a subsection's ("4.1 Voltage increase") or no heading."""
    if not _section_heading(ln):
        return None
    mark = ln.text.split(None, 1)[0].rstrip(".")
    if mark.isdigit():
        return "1", int(mark)
    if mark in _ROMAN_NUMBERS:
        return "I", _ROMAN_NUMBERS[mark]
    return ("A", ord(mark) - ord("A") + 1) if len(mark) == 1 and "A" <= mark <= "H" else None
_ASIDE_END_RE = re.compile(r"\s+\([^()]{1,40}\)$")
HEADING_OVER_MAX_CHARS = 40  # a line over a numbered heading: a heading too, or a sentence's end


def _table_row_line(line: str) -> bool:
    """Whether a line reads as a table's row: three numbers at least, a third of its words or
    more ("Worked in milking parlor 8 (100) 61 (57)", "California 715 01/15/2025"); not a
    sentence's, a comma after them ("vember 1, 2024, USDA had confirmed infection in 446"); or
    cells apart by tabs, as a copied table's rows are ("12:33:21\tLoss of synchronism; AC lines
    to France trip\tSpain–France border": joined to the row above, it was lost)."""
    if _tabbed_row(line):
        return True
    words = line.split()
    numbers = sum(any(ch.isdigit() for ch in w) and not any(ch.isalpha() for ch in w) and w[-1] not in ",;"
                  for w in words)
    return numbers >= 3 and 3 * numbers >= len(words)


def _join_wrapped(above: str, line: str, text: str, typeset: bool) -> str:
    """A wrapped line joined to the line above it: with a space, or without one after a hyphen,
    which goes when it broke a word (see HYPHEN_TYPESET_SHARE). text: the file's, whose words
    tell a compound from a broken word; typeset: whether the file's text was hyphenated."""
    if not above.endswith("-"):
        return above + " " + line
    m = _HYPHEN_BREAK_RE.search(above)
    tail = _FIRST_WORD_RE.match(line)
    if m is None or tail is None or not _small_start(line):
        return above + line

    def written(word: str) -> bool:  # a word of the file, not where a line's end broke it
        return bool(re.search(rf"(?<![\w-])(?<!- ){re.escape(word)}(?![\w-])(?!- )", text, re.IGNORECASE))

    if not m.group(1).islower():
        # (a capitalised word broken, "As of No-" / "vember 1": whole only where the file writes it so)
        return above[:-1] + line if written(m.group(1) + tail.group(0)) else above + line

    head, rest = m.group(1), tail.group(0)
    if written(head + rest) or typeset and not (
            written(f"{head}-{rest}") or written(rest) or rest.lower() in HYPHEN_COMPOUND_TAILS
            or len(head) >= HYPHEN_HEAD_MIN_CHARS and written(head)):
        return above[:-1] + line
    return above + line


def _small_start(line: str) -> bool:
    """Whether a line starts with a small letter, or a letter of a script without capitals."""
    first = line.lstrip()[:1]
    return first.isalpha() and not first.isupper()


ALT_CREDIT_MAX_CHARS = 120  # what a caption adds to its image's alt text: a credit, a sentence


def dedupe_lines(lines: list[str], decisions: list[str], numbers: list[int] | None = None) -> list[str]:
    """Drop a run of lines repeated verbatim right after itself, and a line that the next one
    extends. numbers, if given (a number per line), loses the same items."""
    out = list(lines)
    nums = numbers if numbers is not None else list(range(len(lines)))
    i = 0
    while i < len(out):
        for k in range(min(MAX_DUP_RUN, (len(out) - i) // 2), 0, -1):
            # (the runs' first lines equal first: only then are two slices made to compare)
            if out[i] == out[i + k] and out[i:i + k] == out[i + k:i + 2 * k]:
                if k > 1:
                    decisions.append(f"dropped a repeated run of {k} lines starting {out[i][:50]!r}")
                del out[i:i + k]
                del nums[i:i + k]
                break
        else:
            # Image alt text followed by the same caption with a credit: keep the longer one.
            nxt = out[i + 1] if i + 1 < len(out) else ""
            # (Not a headline over a paragraph that starts by repeating it: that is no credit.)
            if len(out[i]) >= 15 and nxt.startswith(out[i]) and 0 < len(nxt) - len(out[i]) <= ALT_CREDIT_MAX_CHARS \
                    and not out[i].endswith((".", ":")):
                del out[i]
                del nums[i]
                continue
            i += 1
    return out


def _running_text(text: str) -> bool:
    """A line of running text, not a tag cloud or a row of names and titles: a quarter of its
    words or more that start with a letter start with a small one (or none has a case: Chinese,
    Arabic ...), among its first RUNNING_TEXT_WORDS. Only such lines decide the page's
    language (a tag cloud's names read as Finnish)."""
    return _small_share(" ".join(text.split(None, RUNNING_TEXT_WORDS)[:RUNNING_TEXT_WORDS])) >= 0.25


RUNNING_TEXT_WORDS = 16  # (the whole of every long line cost 5% of the extraction)


def detect_language(lines: list[str]) -> str:
    """'cjk' for Chinese/Japanese text, else the stoplist language with the highest stopword share."""
    sample = " ".join(lines)[:200_000]
    if CJK_RE.search(sample):  # counting letters is the slow part: only when there is CJK
        letters = sum(map(str.isalpha, sample)) or 1
        if len(CJK_RE.findall(sample)) / letters > 0.3:
            return "cjk"
    # (the lines' words, as the sample's: the space joining them is no word's)
    per_line = list(map(line_words, lines)) if len(sample) < 200_000 else [WORD_RE.findall(sample)]
    total = sum(map(len, per_line))
    if not total:
        return "English"
    hits = [0] * len(STOPLIST_LANGUAGES)
    languages_of = _stopword_languages()
    lowered = Counter(map(str.lower, itertools.chain.from_iterable(per_line)))
    for word, count in lowered.items():
        for k in languages_of.get(word, ()):
            hits[k] += count
    best, best_share = "English", -1.0
    for k, lang in enumerate(STOPLIST_LANGUAGES):
        share = hits[k] / total
        if share > best_share:
            best, best_share = lang, share
    if best == "Indonesian" and _malay(lowered):
        return "Malay"
    siblings = RELATED_LANGUAGES.get(best, ())
    if siblings:
        # (a language close to the best one shares many of its function words: Catalan text
        # read as Spanish held too few of them, and its paragraphs were dropped as boilerplate;
        # judged by the lines that end a sentence, the text's, when there are enough of them: a
        # Spanish brief on a Catalan site, its menus and lists of headlines in Catalan, is Spanish)
        prose = [words for line, words in zip(lines, per_line) if line.rstrip().endswith((".", "!", "?", ".”", '."'))
                 ] if len(per_line) == len(lines) else []  # (a sample cut short is one list of words)
        if sum(map(len, prose)) >= RELATED_PROSE_MIN_WORDS:
            words = Counter(map(str.lower, itertools.chain.from_iterable(prose)))
        else:
            words = lowered
        n = sum(words.values())
        own = sum(count for word, count in words.items() if word in _stoplist(best)) / n
        shares = {sibling: sum(count for word, count in words.items() if word in _stoplist(sibling)) / n
                  for sibling in siblings}
        sibling = max(siblings, key=shares.__getitem__)  # (of two siblings, the closer: Danish, not Norwegian)
        if shares[sibling] > RELATED_LANGUAGE_FACTOR * own:
            return sibling
    if best_share < OTHER_LANGUAGE_BELOW:
        other, other_share = _other_language(lowered, total)
        if other_share > max(KNOWN_LANGUAGE_MIN_SHARE, OTHER_LANGUAGE_FACTOR * best_share):
            if other == "Bengali" and _assamese(sample):
                return "Assamese"  # (no stoplist of its own: see LENGTH_JUDGED_LANGUAGES)
            return _hindi_or_nepali(lowered) if other in ("Hindi", "Nepali") else other
        if best_share < KNOWN_LANGUAGE_MIN_SHARE:
            return ""  # unknown: classify by length
        if best_share < PROSE_LANGUAGE_MIN_SHARE and len(per_line) == len(lines):
            prose = [w.lower() for line, words in dict(zip(lines, per_line)).items() if len(words) >= SENTENCE_MIN_WORDS
                     and line.rstrip().endswith((".", "?", ".”", '."')) for w in words]
            if len(prose) >= RELATED_PROSE_MIN_WORDS \
                    and sum(map(_stoplist(best).__contains__, prose)) < PROSE_LANGUAGE_MIN_SHARE * len(prose):
                return ""  # (its sentences fit the list no better: no language of the lists)
    return best


# Languages whose function words overlap one of STOPLIST_LANGUAGES': a page read as the one may be
# in the other, when that other's stoplist takes RELATED_LANGUAGE_FACTOR times the share. (A
# Catalan page: 0.45 Catalan, 0.26 Spanish; Spanish and Portuguese pages score 0.39-0.41 Galician
# against 0.49-0.51 of their own.)
# (Danish and Norwegian are not among STOPLIST_LANGUAGES, and their text shares enough of Swedish's
# function words to be read as Swedish: a reviewer's DR page lost most of its paragraphs so)
RELATED_LANGUAGES = {"Spanish": ("Catalan", "Galician"), "Portuguese": ("Galician",), "French": ("Catalan",),
                     "Italian": ("Catalan",), "Swedish": ("Danish", "Norwegian_Bokmal")}
RELATED_LANGUAGE_FACTOR = 1.3
RELATED_PROSE_MIN_WORDS = 40


# Nepali's stoplist holds Hindi's function words too ("है", "के", "में"): a Hindi page scored 0.40 Nepali against 0.43
# Hindi, a Bhaskar-style one more Nepali (a first-time user's BBC Hindi copy was tagged "ne"). The words only one of
# them writes decide, Hindi when they do not: Hindi's "है / हैं / में / ने / से / था / थे / और / किया / गया / रहा",
# Nepali's "छ / छन् / मा / थियो / गरेको / पनि / र / हुन्छ". ("हो" and "ले" are Hindi words too, "हो गया", "ले जाना":
# a review's Hindi text of them was tagged Nepali.)
_HINDI_ONLY = frozenset("है हैं में ने से था थे थी और किया कहा गया गई रहा रही".split())
_NEPALI_ONLY = frozenset("छ छन् मा थियो गरेको पनि र गर्न भएको हुन्छ".split())


# Malay and Indonesian share most of their function words, and a Malay page scores as Indonesian (a first-time
# user's Malaysiakini and Berita Harian pages were tagged "id"). The words each spells its own way, or prefers,
# decide: Malay's "berkata / kerana / selepas / setiausaha / bahawa", Indonesian's "mengatakan / karena / setelah /
# pemerintah / bahwa / sebesar"; two of Malay's at least, not one again ("berkata" is written in Indonesian too).
# (Not "kerajaan" nor "beliau", Indonesian's words too, "Kerajaan Majapahit", "Beliau didampingi Ratu Camilla": a
# review's Indonesian pages on a kingdom were labelled Malay.)
_MALAY_ONLY = frozenset("berkata kerana selepas setiausaha bahawa".split())
_INDONESIAN_ONLY = frozenset("mengatakan karena setelah pemerintah bahwa sebesar".split())
MALAY_MIN_MARKERS = 2


def _malay(lowered: Counter[str]) -> bool:
    markers = [lowered[w] for w in _MALAY_ONLY if lowered[w]]
    return len(markers) >= MALAY_MIN_MARKERS and sum(markers) > 2 * sum(lowered[w] for w in _INDONESIAN_ONLY)


def _hindi_or_nepali(lowered: Counter[str]) -> str:
    hindi = sum(lowered[w] for w in _HINDI_ONLY)
    return "Nepali" if sum(lowered[w] for w in _NEPALI_ONLY) > hindi else "Hindi"


def _other_language(lowered: Counter[str], total: int) -> tuple[str, float]:
    """The jusText stoplist language whose function words take the largest share of the page."""
    import justext  # shipped with trafilatura

    best, best_share = "", 0.0
    for lang in sorted(justext.get_stoplists()) + list(_OWN_STOPLISTS):
        stops = _stoplist(lang)
        share = sum(count for word, count in lowered.items() if word in stops) / total
        if share > best_share:
            best, best_share = lang, share
    return best, best_share


@functools.lru_cache(maxsize=1)
def _stopword_languages() -> dict[str, tuple[int, ...]]:
    """Each stopword of STOPLIST_LANGUAGES -> the indices of the languages it is one of:
    one lookup a word instead of one per language."""
    out: dict[str, list[int]] = {}
    for k, lang in enumerate(STOPLIST_LANGUAGES):
        for word in _stoplist(lang):
            out.setdefault(word, []).append(k)
    return {word: tuple(ks) for word, ks in out.items()}


# An entry of a table of contents, its dots leading to the page: a report's or a court
# opinion's "C. Data-Sharing Remedies ..................... 93" (its long leader made it text)
_TOC_ENTRY_RE = re.compile(r"\S.{1,150}?(?:(?:\s?\.){5,}|(?:\s?…){2,})\s*(?:(\d{1,4})|[ivxlc]{1,6})")


def _toc_entry(text: str) -> int | None:
    """The page number a contents entry leads to (-1 for a Roman one), or None."""
    if not ("....." in text or ". . . . ." in text or "……" in text):
        return None
    m = _TOC_ENTRY_RE.fullmatch(text)
    return None if m is None else int(m.group(1)) if m.group(1) else -1


def flag_contents(lines: list[Line]) -> None:
    """A table of contents: CONTENTS_MIN_ENTRIES entries or more, their pages in order, or under
    a contents heading, are clutter (not a price list set so: "Marriage license ........ 85" /
    "Marriage ceremony (civil) ........ 25")."""
    k = 0
    while k < len(lines):
        if _toc_entry(lines[k].text) is None:
            k += 1
            continue
        run = [k]
        # (over a part's heading between its entries: "Part II" / "4. Remedies ...... 41")
        while run[-1] + 1 < len(lines) and (_toc_entry(lines[run[-1] + 1].text) is not None or run[-1] + 2 < len(lines)
                                            and lines[run[-1] + 1].words <= 4
                                            and _toc_entry(lines[run[-1] + 2].text) is not None):
            run.append(run[-1] + (1 if _toc_entry(lines[run[-1] + 1].text) is not None else 2))
        pages = [p for p in (_toc_entry(lines[j].text) for j in run) if p is not None and p >= 0]
        headed = any(_CONTENTS_RE.fullmatch(lines[j].text) for j in range(max(0, k - 2), k))
        if headed or len(run) >= CONTENTS_MIN_ENTRIES and pages == sorted(pages):
            for j in run:
                lines[j].clutter = True
                lines[j].cls = "bad"
        k = run[-1] + 1


CONTENTS_MIN_ENTRIES = 3


_KOREAN_PUNCTUATION_RE = re.compile(r"[.,!?。]")


# A paper's affiliation under its authors, the number of their mark glued on: "1Department of
# Population Health and Reproduction, School of Veterinary Medicine, University of California,
# Davis, CA, USA" (the number glued on, no sentence: not a ranking's "1 University of Oxford", a
# numbered heading's "3 Partnerships with the County Health Department")
_AFFILIATION_RE = re.compile(r"\d{1,2}[A-Z][^!?;]{0,250}\b(?:Department|University|Institute|School|College|Center"
                             r"|Centre|Laborator(?:y|ies)|Hospital|Faculty|Division|Universit[yéàä]t?|Universidad"
                             r"|Universidade|Università|Unit|Program(?:me)?|Service|Agency|Ministry)\b[^!?;]*(?<![.:])")


# A line that opens with a copyright notice and its year ("© 2024 Radio X. Terms & Conditions
# apply ...", "Copyright © 2019 by ..."): the page's footer, never the article's text, though it
# ends as a sentence does and may follow the last paragraph at once (with no "All rights
# reserved" to end the body: HARD_END_RE). The mark, not the word alone: "Copyright 2024 was a
# busy year for the courts" is text, as is a lettered point, "(c) 2024 figures show ...".
_NOTICE_LINE_RE = re.compile(r"\W{0,3}(?:(?i:copyright)\s*(?:[©ⓒ]|\([cC]\))|[©ⓒ])\s*(?:19|20)\d{2}\b")
NOTICE_MAX_CHARS = 200


_INDIC_LETTER_RE = re.compile("[\u0900-\u09FF]")


def _indic_language(text: str) -> str | None:
    """"Bengali" or "Hindi" when most of the line's letters are in the Bengali or the Devanagari script."""
    if not _INDIC_LETTER_RE.search(text):
        return None
    bengali = sum("\u0980" <= c <= "\u09FF" for c in text)
    devanagari = sum("\u0900" <= c <= "\u097F" for c in text)
    if 2 * max(bengali, devanagari) < sum(c.isalpha() or "\u0900" <= c <= "\u09FF" for c in text):
        return None
    return "Bengali" if bengali >= devanagari else "Hindi"


# Languages whose lines the length judges, not their stoplist's share (see classify); Assamese has none. (Afaan
# Oromo's function words are endings as often, "magaalaatiif", "keessatti": its list tells the language only.)
LENGTH_JUDGED_LANGUAGES = frozenset({"Bengali", "Marathi", "Nepali", "Assamese", "Oromo"})
INDIC_SENTENCE_LOW, INDIC_SENTENCE_WORDS = 30, 5


def classify(line: Line, language: str, unread: bool = False) -> None:
    """jusText-style class from length and stopword density, plus clutter / caption flags."""
    text = line.text
    tokens = line_words(text)
    line.words = len(tokens)
    line.numbers = sum(map(str.isdigit, tokens))
    cjk = len(CJK_RE.findall(text)) if not text.isascii() else 0  # (no CJK character is ASCII)
    line.chars = len(text)
    line.sentence = text.endswith(SENTENCE_END)
    if is_clutter_sentence(text) or (len(text) <= PLEA_MAX_CHARS and PLEA_RE.match(text)):
        line.flags.add("plea")  # furniture's own sentences (see absorb_pleas)
    line.clutter = "plea" in line.flags or _clutter_line(text) \
        or len(text) <= CONTENTS_MAX_CHARS and _CONTENTS_RE.fullmatch(text) is not None \
        or text.startswith(("^ ", "↑ ")) and _REFERENCE_YEAR_RE.search(text) is not None \
        or (line.words <= PROMO_MAX_WORDS and bool(PROMO_LINE_RE.fullmatch(text))) \
        or line.words == 0 or bool(BYLINE_EMPTY_RE.match(text)) \
        or (len(text) < 120 and len(SOCIAL_RE.findall(text)) >= 2) \
        or (len(text) <= 24 and _DESK_CODES_RE.fullmatch(text) is not None) \
        or text[:1].isdigit() and _AFFILIATION_RE.fullmatch(text) is not None \
        or len(text) <= NOTICE_MAX_CHARS and _NOTICE_LINE_RE.match(text) is not None \
        or len(text) <= AFFILIATION_LINE_MAX_CHARS and _AFFILIATION_OR_COPY_LINE_RE.fullmatch(text) is not None
    # (a row of share buttons; desk codes; a paper's affiliation, numbered as its authors' marks;
    # a copyright notice, which reads as a short sentence: "© 2010–2025, The Conversation US, Inc.")
    line.caption = (line.chars < CAPTION_MAX_CHARS or bool(LONG_CAPTION_RE.search(text))) and is_caption(text)
    if not line.caption and not line.sentence and line.chars < CAPTION_MAX_CHARS \
            and (m := _NAMED_CREDIT_RE.search(text)) and looks_like_name(m.group(1)) \
            and not BYLINE_RE.match(m.group(1)):
        line.flags.add("named-credit")  # (a caption where a photo stands: see flag_named_credits)
    # (a line in Bengali or Devanagari letters on a page in another language is read as its own script's language: a
    # bilingual post, Bengali over English, had lost its Bengali half, a first-time user's)
    own = _indic_language(text) if not text.isascii() and language not in ("Bengali", "Hindi", "Nepali", "Marathi",
                                                                            "Assamese") else None
    if language == "cjk" or cjk > len(text) * 0.3:
        # No spaces to count words by: use sentence punctuation as the prose signal.
        punct = len(re.findall(r"[。、，,！？]", text))
        line.stop_density = 0.4 if punct else 0.1
        low = CJK_LENGTH_LOW
    elif not language or unread and not text.isascii() and _unread_script(text):
        # no stoplist fits: the length decides (and so for a line in a script no stoplist reads, a
        # Burmese post on a channel that posts in English too: all its words were no function words)
        line.stop_density = STOPWORDS_HIGH
        low = LENGTH_LOW
    elif language in LENGTH_JUDGED_LANGUAGES or own == "Bengali":
        # Bengali's, Marathi's, Nepali's function words are endings glued onto the words as often as words, and their
        # stoplists miss the prose: a Prothom Alo story's paragraphs scored 0.20 and 0.25 ("খাদ্য মূল্যস্ফীতি কমেছে
        # সবচেয়ে বেশি। চাল, ডাল ও সবজির দাম কমায় …"), a Kantipur one lost its lead, an Assamese one every line. The
        # page keeps its language; the length decides, as for a language no stoplist reads, and a sentence ended by
        # the danda of five words and more is text however short ("জামায়াতে ইসলামীর নেতৃত্বাধীন জোট সত্তরটির বেশি
        # আসন পেয়েছে।", a paragraph of BBC Bangla's, was a subheading).
        line.stop_density = STOPWORDS_HIGH
        # (opening with a letter: not a reference, "↑ "Bangladesh protests". BBC. ৫ আগস্ট ২০২৪।")
        low = INDIC_SENTENCE_LOW if text.endswith(("।", ".")) and line.words >= INDIC_SENTENCE_WORDS \
            and text[:1].isalpha() else LENGTH_LOW
    elif language == "Korean":
        # Korean's function words are endings glued onto the words: a wire's paragraphs hold
        # from 0.22 to 0.45 of the stoplist's (Yonhap's "메타 판사는 230쪽 분량의 판결문에서 …" was
        # no text). A sentence's punctuation is the prose signal, as in Chinese.
        line.stop_density = 0.4 if _KOREAN_PUNCTUATION_RE.search(text) else 0.1
        low = LENGTH_LOW
    else:
        # Numbers are neither function words nor content words: leave them out of the share.
        wordish = len(tokens) - line.numbers
        stops = _word_stoplist(own or language)  # (a number is never in it: one lookup a token)
        line.stop_density = sum(map(stops.__contains__, map(str.lower, tokens))) / wordish if wordish else 0.0
        low = LENGTH_LOW
    if line.clutter:
        line.cls = "bad"
    elif line.chars < low:
        line.cls = "short"
    elif line.stop_density >= STOPWORDS_HIGH:
        line.cls = "good" if line.chars > LENGTH_HIGH else "near"
    elif line.stop_density >= STOPWORDS_LOW:
        line.cls = "near"
    else:
        line.cls = "bad"
    if line.cls in ("good", "near") and is_markup(text):
        line.cls = "short"  # no prose, however long; shown as the text it is where it stands among paragraphs


# A run of parallel lines, each a clause ended by a comma, is a list of the text's: a legal act's citations, "Having
# regard to the proposal from the European Commission," / "Having regard to the opinion of the European Central Bank
# (2)," (a first-time user's EUR-Lex regulation lost the short ones as clutter, with the Commission they name), in
# French "vu la proposition de la Commission européenne,", in German "gestützt auf …,". Three lines at least, two of
# them opening with the same two words, each of a clause's words and function words (fewer than a sentence's: "vu
# l’avis du Comité des régions (3)," holds 0.29 of French's; a list of names ended by commas holds none).
CITATION_RUN_MIN_LINES = 3
CITATION_MIN_WORDS = 4
CITATION_MIN_STOPS = 0.2


def flag_citation_runs(lines: list[Line]) -> None:
    """The short lines of a run of citations (see CITATION_RUN_MIN_LINES) are text ("near"), not too short to be."""
    def clause(ln: Line) -> bool:
        return ln.text.endswith(",") and not ln.clutter and not ln.caption and ln.words >= CITATION_MIN_WORDS \
            and ln.stop_density >= CITATION_MIN_STOPS

    i, n = 0, len(lines)
    while i < n:
        if not clause(lines[i]):
            i += 1
            continue
        k = i
        while k < n and clause(lines[k]):
            k += 1
        openings = Counter(" ".join(lines[j].text.split()[:2]).casefold() for j in range(i, k))
        if k - i >= CITATION_RUN_MIN_LINES and openings.most_common(1)[0][1] >= 2:
            for j in range(i, k):
                if lines[j].cls in ("short", "bad"):
                    lines[j].cls = "near"
        i = k


# A photo library's credit on a line of its own over the caption it credits, as BBC News copies
# ("Getty Images" / "Screens at airports around the world displayed the so-called "blue screen of
# death""; "AFP via Getty Images", "EPA-EFE/REX/Shutterstock", "PA Media" over theirs): the caption
# a line of a few words that ends no sentence, as such captions do. (Not an agency's name alone:
# "AFP" / "Reuters" is a wire story's byline, over its headline or its dateline.)
_CREDIT_ALONE_RE = re.compile(r"(?:[\w.&'’ -]{1,40} via )?(?:getty(?: images)?|shutterstock|istock(?:photo)?|alamy"
                              r"|epa-efe/rex(?:/shutterstock)?|pa (?:media|wire))", re.I)
CREDITED_CAPTION_WORDS = (7, 40)  # (fewer: a subheading under a photo with no caption, "Where the warnings are in force")
# ... or a credit with its label, over a caption of a sentence's length, as gov.br copies ("Foto: Ricardo
# Stuckert/PR" / "Ministro Waldez Góes participa de reunião com o presidente Lula e o governador …"; not a
# subheading's few words under a photo whose caption stood over its credit; nor Mashable's byline and
# date under its "Image: SixThirty"; and the credit under a paragraph, not under its own caption: "Council
# members vote on …" / "Foto: REUTERS, NTB" / the headline)
_CREDIT_LINE_RE = re.compile(r"(?i:foto|fotos|photo|photograph|cr[ée]dito?|imagem|imagen|image|bild)\s*:\s*\S.{0,50}")
LABELLED_CAPTION_MIN_WORDS = 8
# (nor a line that sends the reader to an address: "Consulte a tabela completa … em www.gov.br/inss")
_WEB_ADDRESS_RE = re.compile(r"\bwww\.|https?://|\b[\w-]+\.(?:gov|com|org)(?:\.[a-z]{2})?/")


def flag_credited_captions(lines: list[Line]) -> None:
    """The caption under a photo library's credit alone (see _CREDIT_ALONE_RE), or under a labelled
    credit (_CREDIT_LINE_RE)."""
    for ln in lines[1:]:
        credit = lines[ln.index - 1]
        if not ln.clutter and not ln.caption and CREDITED_CAPTION_WORDS[0] <= ln.words <= CREDITED_CAPTION_WORDS[1] \
                and not _bare_end(ln.text).endswith((*_SENTENCE_END, ":")) and not ln.text.endswith(("?", "!")) \
                and 3 * ln.numbers < ln.words and not BYLINE_RE.match(ln.text) and not _WEB_ADDRESS_RE.search(ln.text) \
                and (len(credit.text) <= 40 and _CREDIT_ALONE_RE.fullmatch(credit.text)
                     or ln.words >= LABELLED_CAPTION_MIN_WORDS and _CREDIT_LINE_RE.fullmatch(credit.text)
                     and credit.index > 0 and lines[credit.index - 1].sentence):
            ln.caption = True
        elif credit.text.startswith("PHOTO ") and ln.index + 1 < len(lines) and not ln.clutter and not ln.caption \
                and not (credit.index and _bare_end(lines[credit.index - 1].text).endswith(_SENTENCE_END)) \
                and CREDIT_UNDER_MIN_WORDS <= ln.words <= CAPTION_SENTENCE_MAX_WORDS and credit.caption \
                and _CREDIT_ONLY_RE.match(credit.text) and _SENTENCE_BREAK_RE.search(ln.text) is None \
                and not any(q in ln.text for q in "“”\"«»") and lines[ln.index + 1].cls in ("good", "near"):
            # (a credit in capitals over its caption's one sentence, the text under it, as the Canadian papers'
            # copies run: "PHOTO ARCHIVES LA PRESSE" / "Une infirmière prépare une dose de vaccin RRO à Montréal.",
            # "PHOTO BY JOHN MAHONEY / Montreal Gazette" / its caption: a first-time user's summary was the caption;
            # not under a sentence, its caption's or the text's: National Geographic's "The island of Redonda, once
            # thought doomed by ravenous goats and rats." / "PHOTOGRAPH BY ED MARSHALL, …" / the lead)
            ln.caption = True


CREDIT_UNDER_MIN_WORDS = 4


# A video's teaser set between the paragraphs, as CNBC copies ("WATCH NOW" / "VIDEO06:34" / "Delta CEO on
# IT outage: "We're not going to be the ones to absorb this"" / "Squawk Box"): its length, marked as a
# video's or under a player's label (VIDEO_LABEL_RE), then its title and its show, lines that end no sentence.
_VIDEO_LENGTH_RE = re.compile(r"(?i:video)\s*\d{1,2}:\d{2}(?::\d{2})?")
_LENGTH_RE = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
_ZERO_LENGTH_RE = re.compile(r"(?<!\d)0?0:00(?::00)?$")
VIDEO_TEASER_LINES = 3  # under its length: its title, its show, the length again (its title: VIDEO_TITLE_MAX_WORDS)


def flag_video_teasers(lines: list[Line]) -> None:
    """The lines of a video's teaser between the paragraphs (see _VIDEO_LENGTH_RE) are no text."""
    for ln in lines:
        if not (_VIDEO_LENGTH_RE.fullmatch(ln.text) or ln.index and _LENGTH_RE.fullmatch(ln.text)
                and VIDEO_LABEL_RE.fullmatch(lines[ln.index - 1].text)) or _ZERO_LENGTH_RE.search(ln.text):
            continue  # (a transcript's chapter at "00:00" under "Watch": its heading is the text's)
        under = lines[ln.index + 1:ln.index + 1 + VIDEO_TEASER_LINES]
        titles = list(itertools.takewhile(lambda x: 0 < x.words <= VIDEO_TITLE_MAX_WORDS
                                          and not _bare_end(x.text).endswith((".", "!", "?")), under))
        if titles and ln.index + 1 + len(titles) < len(lines) \
                and lines[ln.index + 1 + len(titles)].cls in ("good", "near"):
            for x in (ln, *titles):
                x.clutter = True


# A video player's time, shown under its title and blurb before it plays ("0:00 / 2:34"), and the
# label over them while it loads (Univision's "Cargando video..." / "Quiénes son los trabajadores
# desaparecidos …" / "Los familiares de las víctimas viven momentos de angustia. Más información
# aquí." / "0:00 / 2:34", over the text's first paragraph).
_PLAYER_TIME_RE = re.compile(r"0?0:00\s*/\s*\d{1,2}:\d{2}(?::\d{2})?")
_LOADING_VIDEO_RE = re.compile(r"\W*(?:loading video|cargando (?:el )?v[ií]deo|carregando v[ií]deo|chargement de la vid[ée]o"
                               r"|video wird geladen|caricamento (?:del )?video)\W*", re.I)
PLAYER_CAPTION_LINES = 3  # between the label and the time: the video's title, its blurb


def flag_video_players(lines: list[Line]) -> None:
    """A video player's time ("0:00 / 2:34") is no text, nor, with a player's label a few lines
    over it (see _LOADING_VIDEO_RE), the video's title and blurb between them."""
    for ln in lines:
        if not _PLAYER_TIME_RE.fullmatch(ln.text):
            continue
        ln.clutter = True
        above = lines[max(0, ln.index - PLAYER_CAPTION_LINES - 1):ln.index]
        # (only a player's own label: a menu's or a live blog's "Video" over a headline or a post
        # is no player's, though a player's time is under them)
        label = next((x for x in reversed(above) if _LOADING_VIDEO_RE.fullmatch(x.text)), None)
        if label is not None and all(0 < x.words <= VIDEO_BLURB_MAX_WORDS for x in lines[label.index + 1:ln.index]):
            for x in lines[label.index:ln.index]:
                x.clutter = True


# A page template that writes each item of its head as a label, a comma and the value, a line each: BBC News's, in
# English and in its World Service languages ("Image source, Getty Images" / "Image caption, BNP supporters celebrate
# in Dhaka" / "Article Information" / "Author, Anbarasan Ethirajan" / "Role, South Asia regional editor"; Hindi
# "इमेज स्रोत, Getty Images" / "इमेज कैप्शन, …" / "लेखक, शुभज्योति घोष" / "पदनाम, बीबीसी न्यूज़ बांग्ला"; Bengali
# "ছবির উৎস, …" / "ছবির ক্যাপশান, …"; Urdu "تصویر کا ذریعہ، …" with its own comma). The labels are known, the shape is
# the template's: two such lines together at least (a first-time user's Bangladesh briefing took "Role, South Asia
# regional editor", and in Hindi a subheading far down, for the headline, and named no writer). A photo's credit is
# no text; its caption a caption; the writer's name a byline; the role, the box's label, furniture.
_TEMPLATE_LABELS = {
    "credit": ("image source", "image copyright", "photo source", "इमेज स्रोत", "तस्वीर का स्रोत", "ছবির উৎস",
               "تصویر کا ذریعہ", "fuente de la imagen", "crédito", "autor de la foto", "автор фото", "صدر الصورة",
               "منبع تصویر", "fotoğraf kaynağı",
               # (BBC Swahili's, Somali's, Amharic's: "Chanzo cha picha, Getty Images", "Xigashada sawirka, Reuters",
               # "የፎቶው ምንጭ, Getty Images"; their captions' "Maelezo ya picha,", "Qoraalka sawirka,", "የምስሉ መግለጫ,"; the
               # writer's "Mwandishi, …" and role's "Nafasi, BBC Swahili, Nairobi": a first-time user's East Africa
               # briefing named no author)
               "chanzo cha picha", "xigashada sawirka", "የፎቶው ምንጭ"),
    "caption": ("image caption", "media caption", "video caption", "इमेज कैप्शन", "ছবির ক্যাপশান", "ছবির ক্যাপশন",
                "تصویر کا کیپشن", "legenda da foto", "pie de foto", "подпись к фото", "التعليق على الصورة",
                "توضیح تصویر", "fotoğraf altı yazısı", "maelezo ya picha", "qoraalka sawirka", "የምስሉ መግለጫ"),
    "author": ("author", "लेखक", "লেখক", "مصنف", "autor", "автор", "yazan", "mwandishi"),
    "role": ("role", "पदनाम", "পদবি", "পদবী", "عہدہ", "cargo", "должность", "unvan", "nafasi"),
}
_TEMPLATE_KIND = {label: kind for kind, labels in _TEMPLATE_LABELS.items() for label in labels}
_TEMPLATE_LINE_RE = re.compile("(" + "|".join(sorted(map(re.escape, _TEMPLATE_KIND), key=len, reverse=True))
                               + r")\s*[,،]\s*(\S.{0,150}|$)", re.I)  # (a caption's value may be on the next line)
# ... and the label of the head's box ("Article Information") among them
_TEMPLATE_BOX_RE = re.compile(r"article information|informações do artigo|información del artículo", re.I)
TEMPLATE_LINES_GAP = 2  # lines from one labelled line to the next at most


TEMPLATE_VALUE_MAX_WORDS = 8  # of a credit's, a writer's, a role's value


def _template_value(m: re.Match[str]) -> bool:
    """A labelled line's value is one (see _TEMPLATE_LABELS): a credit, a writer's name or a role is a few words and no
    sentence ("Image source, provenance and price are the questions visitors actually ask, curators say." is prose);
    a caption may be a sentence."""
    value = m.group(2)
    return _TEMPLATE_KIND[m.group(1).casefold()] == "caption" and (value or m.string.endswith(",")) \
        or len(value.split()) <= TEMPLATE_VALUE_MAX_WORDS and not value.rstrip().endswith((".", "।", "۔"))


def flag_template_labels(lines: list[Line]) -> None:
    """The lines of a page template's head written as "Label, value" (see _TEMPLATE_LABELS)."""
    found = [(ln.index, m) for ln in lines if ln.chars <= 160 and ("," in ln.text or "،" in ln.text)
             and (m := _TEMPLATE_LINE_RE.fullmatch(ln.text)) and _template_value(m)]
    # (a caption's value may be a sentence; two of them together are no template's head without a credit, a writer or
    # a role among them: The Atlantic's "Image caption, wall text and audio guide: museums now give …")
    if all(_TEMPLATE_KIND[m.group(1).casefold()] == "caption" for _, m in found):
        return
    for k, (i, m) in enumerate(found):
        if not any(0 < abs(i - j) <= TEMPLATE_LINES_GAP for j, _ in found[max(0, k - 1):k + 2]):
            continue  # (one line alone: "Author, activist and mother of three, …" may open a sentence)
        ln, kind, value = lines[i], _TEMPLATE_KIND[m.group(1).casefold()], m.group(2).strip()
        if kind == "caption" and not value:
            # (the label alone, its caption the next line: BBC Swahili's "Maelezo ya picha," / "Waandamanaji …"; it
            # weighs nothing, as the label and caption on one line weigh one line: a photo's three lines had cut the
            # body before its last paragraph)
            ln.clutter = True
            ln.flags.add("label-alone")
            if i + 1 < len(lines) and not lines[i + 1].clutter:
                lines[i + 1].caption = True
        elif kind == "caption":
            ln.text, ln.chars, ln.caption = value, len(value), True
        elif kind == "author" and not value:
            # (the label alone, the name on the next line: BBC's "Author," / "Wycliffe Muia", Swahili's "Mwandishi," /
            # "Anne Ngugi": a review's probes lost the name)
            ln.clutter = True
            if i + 1 < len(lines) and looks_like_name(lines[i + 1].text):
                lines[i + 1].flags.add("byline")
        elif kind == "author":
            ln.text, ln.chars = value, len(value)
            ln.flags.add("byline")
        else:
            ln.clutter = True
        ln.flags.add("template-label")
        for j in (i - 1, i + 1):
            if 0 <= j < len(lines) and _TEMPLATE_BOX_RE.fullmatch(lines[j].text):
                lines[j].clutter = True


def flag_named_credits(lines: list[Line]) -> None:
    """A photo's caption, its photographer's name after it ("Eduardo Prieto, director de …, durante
    la rueda de prensa de este martes en Madrid. Claudio Álvarez": El País, Ara), where the lead
    photo stands: under the head's share buttons.
    (Not a letter to the editor signed on its line, "… so poor. Margaret Holloway", nor a
    standfirst with its writer's name glued on, under the headline; nor the first letter under
    the page's dateline.)"""
    for ln in lines:
        if "named-credit" in ln.flags and ln.index and lines[ln.index - 1].clutter:
            ln.caption = True


# A photo's caption that names no photographer: one sentence of what the picture shows, its place
# and then its day set off by a comma ("Collapsed houses line a street in Wajima City, Ishikawa
# Prefecture, on Tuesday.", AP's "… in Tokyo, Tuesday, Jan. 2, 2024."). Text says when with no
# comma ("… said on Tuesday."); on the 21 corpora one paragraph ends so, a proclamation's last,
# "Signed in Washington, DC, on November 1, 2024.", with no paragraph under it.
_MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DAY_OF_MONTH = rf"{_MONTH_WORD} \d{{1,2}}(?:, \d{{4}})?"
_SCENE_CAPTION_RE = re.compile(r"[A-Z][^.!?“”\"]{10,220}, (?:on )?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
                               rf"(?:,? {_DAY_OF_MONTH})?|{_DAY_OF_MONTH})\.")
SCENE_CAPTION_MAX_WORDS = 30


def flag_scene_captions(lines: list[Line]) -> None:
    """A photo's caption with no credit (_SCENE_CAPTION_RE) over the text's first paragraph: no
    paragraph above it, in the present as captions are ("… houses line a street …"; not a lede's
    "began desilting … across the city, on Monday.", nor "His funeral will take place …, on
    Friday.")."""
    for ln in lines:
        if ln.cls in ("good", "near") and not ln.clutter and not ln.caption \
                and not (ln.text.endswith(".") and ", " in ln.text):
            return  # (the text has begun: a chronology's "… in Doha, on January 15." is its own)
        if ln.text.endswith(".") and ", " in ln.text and ln.words <= SCENE_CAPTION_MAX_WORDS and not ln.clutter \
                and ln.index + 1 < len(lines) and lines[ln.index + 1].cls in ("good", "near") \
                and _SCENE_CAPTION_RE.fullmatch(ln.text) and not _NOT_PRESENT_RE.search(ln.text):
            ln.caption = True
            return


# A past's or a future's verb: "began", "announced", "will take place" (not an adjective in -ed after an
# article or a preposition, "walks past a collapsed building", nor the caption's first word, "Collapsed
# houses …")
_NOT_PRESENT_RE = re.compile(r"(?<=\s)(?<!\b[Aa] )(?<!\b[Aa]n )(?<!\b[Tt]he )(?<!\bof )(?<!\bin )(?<!\bon )(?<!\bby )"
                             r"(?<!\band )(?<!\bwith )\w+ed\b"
                             r"|(?<=\s)(?:was|were|had|did|began|said|took|made|went|came|fell|struck|hit|left|met|won"
                             r"|lost|told|gave|got|saw|ran|rose|sank|held|led|broke|spoke|will|would|shall|could"
                             r"|should|may|might)\b")


def _text_follows(lines: list[Line], start: int) -> bool:
    """Whether a sentence of the text (six words or more, no clutter) comes under line `start` before
    the page's end or a comment section ("Comentários", a copyright notice)."""
    for ln in lines[start:]:
        if END_MARKER_RE.match(ln.text) or COPYRIGHT_RE.search(ln.text):
            return False
        if ln.sentence and ln.words >= 6 and not ln.clutter:
            return True
    return False


# A newsletter's own sign-up box, wherever in the post it stands: "Subscribe to The Fusion Report" / a line of pitch
# or two, "Thousands of readers get the fusion industry in their inbox every week." / "Type your email…" /
# "Subscribe" (Substack's). Its heading names the newsletter, which the page names elsewhere too (its masthead, its
# "Thanks for reading The Fusion Report!"); its address field is the proof of a form.
_OWN_SIGN_UP_HEADING_RE = re.compile(r"\W*(?:subscribe to|sign up (?:to|for)|get)"
                                     r" ((?:the )?[\w&'’.-]+(?: [\w&'’.-]+){0,5})\W*", re.I)
OWN_SIGN_UP_PITCH_MAX_LINES = 2
OWN_SIGN_UP_PITCH_MAX_CHARS = 200


def flag_own_sign_up_boxes(lines: list[Line]) -> None:
    """A newsletter's own sign-up box (see _OWN_SIGN_UP_HEADING_RE), its heading, its pitch, its address field and
    its button: all of it is no text, and the text does not end there (a first-time user's fusion briefing: its pitch
    was a paragraph of a Substack post with the box after paragraph 2; with the box over the post's last paragraph,
    that paragraph was lost, the text ended at the box's heading)."""
    n = len(lines)
    for i in range(n - 2):
        text = lines[i].text
        if text[:1] not in "SsGg" or lines[i].words > 9 or not (m := _OWN_SIGN_UP_HEADING_RE.fullmatch(text)):
            continue
        field = next((k for k in range(i + 1, min(n, i + 2 + OWN_SIGN_UP_PITCH_MAX_LINES))
                      if _EMAIL_FIELD_RE.match(lines[k].text)), None)
        if field is None or any(lines[k].chars > OWN_SIGN_UP_PITCH_MAX_CHARS for k in range(i + 1, field)):
            continue
        name = m.group(1).casefold()
        if not any(k != i and name in lines[k].text.casefold() for k in range(n)):
            continue  # (the page's own name: printed elsewhere on the page too)
        last = field + 1 if field + 1 < n and _SIGN_UP_FORM_RE.fullmatch(lines[field + 1].text) else field
        for k in range(i, last + 1):
            lines[k].clutter = True
            lines[k].cls = "bad"
            lines[k].flags.update(("plea", "own-sign-up"))


# A plea's label over it: "Note from the author:", "A message from the editor:", "A note to our readers:"
_PLEA_LABEL_RE = re.compile(r"\W*(?:an? )?(?:(?:personal )?note|message|word|letter) (?:from|to) (?:the|our) "
                            r"(?:author|editors?|editor-in-chief|writer|reporter|publisher|newsroom|readers)\W*", re.I)
PLEA_LABEL_MAX_WORDS = 6


def absorb_pleas(lines: list[Line]) -> None:
    """A short line in the publisher's own voice between two lines of a subscription or
    donation box is part of the box ("Support independent journalism" / "Our mission is to …"
    / "Every contribution counts."); so is a longer pitch (PITCH_MAX_CHARS) that speaks of
    "our" or of journalism in one of the box's languages, and, with the pitch, the box's
    heading of the reader's subscription over a pitch of the publisher's journalism ("Sua
    assinatura vale muito" / "Mais de 180 reportagens … Um jornalismo profissional …" /
    "ASSINE POR R$ 1,90 NO 1º MÊS"; not an article's "Votre abonnement peut être suspendu" /
    "Notre comparatif montre …" over a newsletter's button).
    Neither neighbours alone (a news site puts promotions between its paragraphs: "… BY
    CLICKING HERE") nor an ad label is enough. A plea's label right over it ("Note from the author:",
    _PLEA_LABEL_RE) goes with it."""
    for i in range(1, len(lines) - 1):
        ln = lines[i]
        if not ln.clutter and "plea" in lines[i + 1].flags and i >= 2 and _BOX_HEADING_RE.fullmatch(lines[i - 1].text) \
                and ln.chars <= PITCH_MAX_CHARS and PITCH_JOURNALISM_RE.search(ln.text) \
                and not _text_follows(lines, i + 2):
            # (under the text, over the page's end: in the text, such lines are an article on subscriptions')
            for k in (i - 1, i):
                lines[k].clutter = True
                lines[k].cls = "bad"
                lines[k].flags.add("plea")
            continue
        if not ln.clutter and "plea" in lines[i + 1].flags and ln.words <= PLEA_LABEL_MAX_WORDS \
                and _PLEA_LABEL_RE.fullmatch(ln.text):
            # (its label over it: Kyiv Independent's "Note from the author:" / "Hi, this is … Become a member today.")
            ln.clutter = True
            ln.cls = "bad"
            continue
        if not ln.clutter and "plea" in lines[i - 1].flags and "plea" in lines[i + 1].flags \
                and (ln.chars <= PLEA_MAX_CHARS and PUBLISHER_VOICE_RE.search(ln.text)
                     or ln.chars <= PITCH_MAX_CHARS and PITCH_VOICE_RE.search(ln.text)):
            ln.clutter = True
            ln.cls = "bad"


# The Guardian's newsletter box between the paragraphs, as a copy keeps it: "Sign up to Down to Earth" / "Free
# weekly newsletter" / its pitch / "Privacy Notice: Newsletters may contain …" / "after newsletter promotion" (the
# label of the link past it, which marks its end)
_PROMO_END_RE = re.compile(r"\W*after (?:newsletter )?promotion\W*", re.I)
_PROMO_SIGN_UP_RE = re.compile(r"\W*sign up (?:to|for)\b[^.!?]{1,60}$", re.I)  # (not "Sign up for the trial closes …")
_PROMO_LABEL_RE = re.compile(r"(?:\w+\s+){0,3}newsletters?", re.I)  # "Free weekly newsletter" (no sentence)
PROMO_BOX_MAX_LINES = 6


def flag_promo_boxes(lines: list[Line]) -> None:
    """A promotion box that the page marks the end of ("after newsletter promotion"): that
    line, and the box's lines from its heading down to it: its "Sign up to …", else its label
    ("Free weekly newsletter"), the nearest (not an article's line that ends in "newsletter.")."""
    for i, ln in enumerate(lines):
        if not _PROMO_END_RE.fullmatch(ln.text):
            continue
        ln.clutter = True
        span = range(max(0, i - PROMO_BOX_MAX_LINES), i)
        start = next((k for k in span if _PROMO_SIGN_UP_RE.match(lines[k].text)), None)
        if start is None:
            start = next((k for k in reversed(span) if _PROMO_LABEL_RE.fullmatch(lines[k].text)), i)
        for k in range(start, i):
            lines[k].clutter = True


# A newsletter's sponsor block between its items, its label over the sponsor's paragraph: Politico's "A MESSAGE FROM
# MICROSOFT:" / "Microsoft is committed to helping European businesses … Learn more at microsoft.eu/aiact." (a
# first-time user's newsletter pasted from the email kept both as a quotation), "A word from our sponsor". The label
# in capitals, a name after it (not "A MESSAGE FROM THE EDITOR:", "A WORD FROM OUR READERS:", the newsletter's own
# note), or naming the sponsor so: not "A message from the mayor:" over the text's own quotation.
_SPONSOR_LABEL_RE = re.compile(r"\W*(?:(?-i:A (?:MESSAGE|WORD) FROM (?!(?:THE|OUR|YOUR|MY) )"
                               r"[A-Z0-9][A-Z0-9&.'’ -]{1,40})"
                               r"|(?:an? )?(?:message|word|note) from (?:our|today['’]s|this week['’]s) sponsors?)\W*",
                               re.I)
# (a newsletter's next item under the label, its kicker in capitals, "STOP THE CLOCK? The code's …": no sponsor's)
_KICKER_START_RE = re.compile(r"[A-Z0-9][A-Z0-9'’ -]{2,40}[:?!]\s")
SPONSOR_LABEL_MAX_WORDS = 8


def flag_sponsor_blocks(lines: list[Line]) -> None:
    """A sponsor's block (see _SPONSOR_LABEL_RE): its label and the paragraph under it are an ad. The sponsor's
    paragraph names it ("Microsoft is committed to …"): not the text going on under a label of a name ("A MESSAGE FROM
    JANE ROE:" / a paragraph of the story, a review's probe)."""
    for i, ln in enumerate(lines[:-1]):
        if ln.text[:1] not in "AaMmWw" or ln.words > SPONSOR_LABEL_MAX_WORDS \
                or not _SPONSOR_LABEL_RE.fullmatch(ln.text):
            continue
        under = lines[i + 1]
        name = ln.text.split(" FROM ", 1)[1].strip(" :").split() if " FROM " in ln.text else []
        if name and name[0].casefold() not in under.text.casefold():
            continue
        ln.clutter = True
        ln.cls = "bad"
        if not under.clutter and not _KICKER_START_RE.match(under.text) \
                and not _SPONSOR_LABEL_RE.fullmatch(under.text):
            under.clutter = True
            under.cls = "bad"
            under.flags.add("sponsor")


# A company release's legal notice on forward-looking statements, as its heading: "Forward-looking statements" (Novo
# Nordisk's), "Cautionary Statement Regarding Forward-Looking Statements" (Lilly's), "Safe Harbor Statement" (not
# "Safe Harbor" alone: the EU-US data framework's name), "Zukunftsgerichtete Aussagen", "Fremadrettede udsagn",
# "Déclarations prospectives"
_SAFE_HARBOR_HEAD_RE = re.compile(
    r"\W*(?:(?:cautionary|important) (?:statements?|notes?|language|information) (?:regarding|concerning|about|on"
    r"|relating to) )?(?:(?:forward[- ]looking (?:statements?|information)|safe harbou?r statements?)"
    r"(?: (?:and|&) (?:risk factors|disclaimers?))?|(?:disclaimer|note) (?:regarding|on) forward[- ]looking statements"
    r"|zukunftsgerichtete aussagen|fremadrettede (?:udsagn|udtalelser)|(?:déclarations|énoncés) prospectifs?"
    r"|framåtriktade uttalanden)\W*", re.I)
SAFE_HARBOR_HEAD_MAX_WORDS = 10
# ... and what its text says, in the first paragraph under it ("This press release contains forward-looking
# statements", "may contain forward-looking statements", "undertakes no duty to update"): not an article's
# subheading over its own text (a law firm's note on the SEC's rules, "Forward-looking statements" / "The SEC's new
# rule asks …")
_SAFE_HARBOR_TEXT_RE = re.compile(r"contains? (?:certain )?forward[- ]looking|undertakes? no (?:obligation|duty)"
                                  r"|actual results (?:could|may|might) differ|securities litigation reform act"
                                  r"|(?:identify|constitute) forward[- ]looking|enthält zukunftsgerichtete"
                                  r"|indeholder fremadrettede|contient des (?:déclarations|énoncés) prospectifs", re.I)
# ... said by its issuer of its own text, in the same paragraph: "This press release contains …", "this company
# announcement … may contain …", "This Current Report on Form 8-K contains …", "Dieses Dokument enthält …" (not a column's prose on such notices under its own
# "Safe harbor statements" or "Forward-looking statements", "These notices exist because of the Private Securities
# Litigation Reform Act of 1995 …", "Every release that contains forward-looking statements must now …": a review's
# probes, which lost their text down to the end)
_SAFE_HARBOR_SELF_RE = re.compile(r"\bthis (?:[\w-]+ ){0,2}(?:announcement|release|document|communication|presentation"
                                  r"|report|webcast|call|filing|form)\b"
                                  r"|\b(?:diese[rs]?|vorliegende[rn]?) (?:dokument|pressemitteilung|mitteilung|bericht)"
                                  r"|\bdenne (?:selskabs)?meddelelse|\bdenna (?:rapport|pressmeddelande)"
                                  r"|\bce (?:communiqué|document)|\bla présente", re.I)


def flag_safe_harbor(lines: list[Line]) -> None:
    """A release's notice on forward-looking statements (see _SAFE_HARBOR_HEAD_RE), its heading and its paragraphs of
    running text under it down to the next line that is none (the contacts' label, "Refer to:", the end): legal
    boilerplate, no text and no events (a first-time user's drugs briefing kept Novo Nordisk's, its heading dropped,
    as if "About Novo Nordisk" went on, and dated an event by its "Form 20-F, which was filed with the SEC in February
    2023")."""
    for i, ln in enumerate(lines[:-1]):
        if ln.words > SAFE_HARBOR_HEAD_MAX_WORDS or not _SAFE_HARBOR_HEAD_RE.fullmatch(ln.text) \
                or not (_prose(lines[i + 1]) and _SAFE_HARBOR_TEXT_RE.search(lines[i + 1].text)
                        and _SAFE_HARBOR_SELF_RE.search(lines[i + 1].text)):
            continue
        k = i + 1
        while k < len(lines) and _prose(lines[k]):
            k += 1
        for x in lines[i:k]:
            x.clutter = True
            x.cls = "bad"


# A release's contacts' heading, alone on its line: "Media Contacts", "Press contact", "Contacts for further
# information", "Media enquiries:"; and what is under it: names, the office, a telephone, an address to write to
_CONTACTS_HEAD_RE = re.compile(r"\W*(?:(?:media|press|news) (?:contacts?|inquiries|enquiries)"
                               r"|contacts? for (?:further|more) information"
                               r"|(?:media|press) (?:contacts? )?(?:information|relations))\W*", re.I)
_CONTACT_REACH_RE = re.compile(r"\S@\S|\+?\d[\d\s().-]{6,18}\d")  # an e-mail address, a telephone number
CONTACTS_MAX_LINES = 10
CONTACT_MAX_CHARS = 100
# A page's box of how to cite it, its label alone on a line over the reference: KFF's "Citation" / "Juliette
# Cubanski, "How Much Could Medicare Spend on GLP-1s for Obesity?" KFF, November 26, 2024."
_CITE_LABEL_RE = re.compile(r"\W*(?:(?:suggested |recommended )?citation|cite this (?:article|page|report|paper|brief"
                            r"|analysis)|how to cite(?: this (?:article|page|report|paper))?)\W*", re.I)
# (the reference: its authors' names, then its title in quotation marks; not a sentence quoting a title, "The court's
# citation of the 1998 ruling, "Doe v. Harbor City", was …", a review's probe)
_CITED_TITLE_RE = re.compile(r"(?:(?:[A-ZÀ-Þ][\w.'’-]*|and|&|et al\.?)(?:,? |\s*$)){1,16}?,?\s*[\"“].{4,200}[\"”]")
CITATION_MAX_CHARS = 400
# ... and after the title, the publisher, the day, the pages, an address, small words: "KFF, November 26, 2024.",
# "Harbor Ledger, accessed March 3, 2021, https://…" (not a sentence going on after the quotation, "Officer Dale
# Brooks, "Vehicle travelling 68 in a 45 zone," the 2023 ticket reads, with no calibration record attached.": a
# courts story's "Citation", a traffic ticket's, a review's probe)
_REFERENCE_TAIL_WORDS = frozenset("accessed retrieved available online from updated published".split())


def _reference_tail(text: str) -> bool:
    """Whether each word of text (a reference's, after its title) is a name's or a number's, an address, a word of
    three letters at most, or one of _REFERENCE_TAIL_WORDS."""
    for w in text.split():
        w = w.strip(".,;:()[]\"“”'’")
        if w and not (w[0].isupper() or w[0].isdigit() or len(w) <= 3 or w.lower() in _REFERENCE_TAIL_WORDS
                      or w.startswith(("http", "www.", "doi"))):
            return False
    return True


def flag_contacts_and_citations(lines: list[Line], start: int, end: int) -> None:
    """A release's contacts (see _CONTACTS_HEAD_RE: its heading, then up to CONTACTS_MAX_LINES short lines, none a
    sentence, one an address or a telephone at least: "Media Contacts" / "WHO Media Team" / "World Health
    Organization" / "Email: mediainquiries@who.int") and a page's citation box ("Citation" / the reference, its title
    in quotation marks, a year) are no text, nor the reference an event (a first-time user's drugs briefing kept
    both as paragraphs, WHO's and KFF's). In the body (start to end), once it is found: so the table over the box stays
    in it."""
    for i in range(start, end - 1):
        ln = lines[i]
        if ln.words > 6 or ln.clutter:
            continue
        if _CONTACTS_HEAD_RE.fullmatch(ln.text):
            k = i + 1
            while k < end and k - i <= CONTACTS_MAX_LINES and 0 < lines[k].chars <= CONTACT_MAX_CHARS \
                    and not _prose(lines[k]) and not _CONTACTS_HEAD_RE.fullmatch(lines[k].text):
                k += 1
            if k > i + 1 and any(_CONTACT_REACH_RE.search(x.text) for x in lines[i + 1:k]):
                for x in lines[i:k]:
                    x.clutter = True
                    x.cls = "bad"
        elif _CITE_LABEL_RE.fullmatch(ln.text):
            ref = lines[i + 1]
            if ref.chars <= CITATION_MAX_CHARS and (m := _CITED_TITLE_RE.match(ref.text)) \
                    and _REFERENCE_YEAR_RE.search(ref.text) and _reference_tail(ref.text[m.end():]):
                for x in (ln, ref):
                    x.clutter = True
                    x.cls = "bad"


# A Chinese portal's menu words ("原创" / "视频" / "专题" over the date is a menu, no WeChat post's head)
_ZH_MENU_WORDS = frozenset("首页 视频 图片 专题 评论 直播 时政 国际 财经 军事 社会 体育 娱乐 科技 汽车 房产 教育 健康 文化 旅游 观点 "
                           "要闻 地方 数据 访谈 高层 理论 法治 生态 双语 漫画 专栏".split())
_HAN_NAME_RE = re.compile(r"[\u4e00-\u9fff]{2,4}")  # a Chinese name: "李思远"
ACCOUNT_MAX_CHARS = 20


# A word of an organisation's name, no person's ("Grid Deployment Office", "Princeton University")
_ORG_WORD_RE = re.compile(r"\b(?:Office|Lab|Laboratory|University|Institute|Department|Center|Centre|Agency"
                          r"|Council|Program|Programme|Foundation|Association|Commission|Ministry|Bureau|School"
                          r"|College|Group|Committee|Studies|Project|Initiative|Team)\b")


CARD_LINES = 2  # lines under an author's name on a card (a role, an e-mail address)
# ... and its telephone numbers, which do not count (a first-time user's law-firm alert: each author's role, e-mail
# address and telephone, "+32 2 555 0142", under the name; only the first was taken)
_CARD_PHONE_RE = re.compile(r"(?:[TtPpMm]\w{0,8}\.?:?\s*)?\+?\(?\d[\d\s().-]{6,18}\d")
FORM_ANSWERS = frozenset({"Yes", "No", "N/A", "Not applicable", "YES", "NO"})
FORM_STATEMENT_MIN_WORDS = 8
# A role on an author's card, not a name ("Senior Associate", "Managing Partner", "Sócia")
_CARD_STOP_RE = re.compile(r"\W*(?:(?:media|press|news) (?:inquiries|enquiries|contacts?)|related (?:experts|people"
                           r"|authors|content|reading)|contacts?|experts|share|more (?:from|by) .{2,40})\W*", re.I)
# The words of a job title outside newsrooms (a law firm's, a think tank's, a report's authors):
# "Senior Associate", "Managing Partner", "Legislative Attorney", "Sócia", "Rechtsanwältin".
PROFESSIONAL_ROLES = frozenset("""partner associate counsel senior managing director fellow professor lecturer scholar
    attorney lawyer specialist officer manager coordinator legislative researcher head chair principal consultant
    adviser advisor analyst economist editor sócio sócia socio socia associado associada asociado asociada
    abogado abogada advogado advogada avocat rechtsanwalt rechtsanwält rechtsanwaltin rechtsanwältin""".split())
_CARD_ROLE_RE = re.compile(rf"\b(?:{'|'.join(sorted(PROFESSIONAL_ROLES))})\b", re.I)


def _card_contact(text: str) -> bool:
    """An author's card's e-mail address or telephone number ("jane.smith@lawfirm.com", "T: +44 20 7946 0958")."""
    return "@" in text and " " not in text or len(text) <= 30 and _CARD_PHONE_RE.fullmatch(text) is not None


def flag_labels(lines: list[Line]) -> None:
    """Breadcrumb trails, "Author: Name" lines, and a name under an 'Author:' label (a byline split
    over two lines)."""
    for i, ln in enumerate(lines):
        if is_breadcrumb(ln.text) or is_trail(ln.text):
            ln.flags.add("breadcrumb")
        if AUTHOR_INLINE_RE.match(ln.text):
            ln.clutter = True  # "Author: Jane Doe (jd)": the byline, wherever it stands, is no text
        if ln.text in FORM_ANSWERS and i and lines[i - 1].words >= FORM_STATEMENT_MIN_WORDS \
                and lines[i - 1].text.endswith((".", ":", ")")):
            ln.flags.add("answer")  # a form's answer under its statement ("I confirm all relevant ethical … ." / "Yes")
        if AUTHOR_LABEL_RE.match(ln.text) and i + 1 < len(lines):
            ln.clutter = True
            nxt = lines[i + 1]
            if nxt.chars <= 60 and looks_like_name(nxt.text, loose=True):
                nxt.flags.add("byline")
                # (a report's cover: "AUTHORS" / "Eleanor M. Vance" / "Thomas J. Okafor", a name a line;
                # a law firm's cards, each name over its role and address: "Autores" / "Ana Luísa
                # Barreto" / "Sócia" / "abarreto@…" / "Rafael M. Quintela" / "Sócio" / …)
                j, between = i + 2, 0
                # (the cards set apart by blank lines, as a copy may give them, where each holds an e-mail address
                # or a telephone number: "Authors" / "Jane Smith" / "Partner" / "jane.smith@…" / "+32 2 555 0142" /
                # "Peter Brown" / …, a review's probe)
                cards = any(_card_contact(x.text) for x in lines[i + 2:i + 4 + CARD_LINES])
                while ln.text.rstrip(" :").casefold() in ("authors", "autores", "autoren", "auteurs") \
                        and j < len(lines) and j - i <= NAMES_MAX and ("joined" in lines[j].flags or cards) \
                        and lines[j].chars <= 60:
                    if _CARD_STOP_RE.fullmatch(lines[j].text):
                        break  # (the card's press contact, the page's experts: "Media Inquiries" / "Katherine Wood")
                    if looks_like_name(lines[j].text) and not _ORG_WORD_RE.search(lines[j].text) \
                            and not _CARD_ROLE_RE.search(lines[j].text) and not ROLE_WORDS.search(lines[j].text) \
                            and ("joined" in lines[j].flags
                                 or any(_card_contact(x.text) for x in lines[j + 1:j + 3 + CARD_LINES])):
                        nxt.text = f"{nxt.text}, {lines[j].text}"
                        lines[j].clutter = True
                        between = 0
                    elif _card_contact(lines[j].text):
                        pass  # the name's e-mail address or telephone number, however many: "+32 2 555 0142"
                    elif between < CARD_LINES and ("@" in lines[j].text or lines[j].words <= 6
                                                   and not lines[j].text.endswith(SENTENCE_END)):
                        between += 1  # the name's role, affiliation or address
                    else:
                        break
                    j += 1
        if ln.text == "原创" and i + 3 < len(lines) and _HAN_NAME_RE.fullmatch(lines[i + 1].text) \
                and not {lines[i + 1].text, lines[i + 2].text} & _ZH_MENU_WORDS \
                and lines[i + 2].chars <= ACCOUNT_MAX_CHARS and not re.search(r"[\d。，、：:！？>|]", lines[i + 2].text) \
                and re.match(r"(?:19|20)\d\d-\d\d-\d\d\b", lines[i + 3].text):
            # A WeChat post's head: "原创" ("original") / its writer / the account / the date
            # (not a site's menu: "原创" / "观天下" / "评论 > 海外观察").
            ln.clutter = True
            lines[i + 1].flags.add("byline")
            lines[i + 2].clutter = True  # (the account, the publication: no headline)
            lines[i + 2].flags.add("account")
        if CAPTION_LABEL_RE.fullmatch(ln.text) and i + 1 < len(lines) \
                and lines[i + 1].words <= PHOTO_CAPTION_MAX_WORDS:
            # "Image caption," on its own line, the caption on the next (a copy of the BBC's page)
            ln.clutter = True
            lines[i + 1].caption = True
        if CONTENTS_LABEL_RE.fullmatch(ln.text):
            # "Page contents" / "Top" / "Next steps" / "For More Information": the page's table of
            # contents, links to its own subheadings (the Commission's press corner, gov.ie):
            # no headline among them, no text
            j = i + 1
            while j < len(lines) and j - i <= CONTENTS_MAX_ENTRIES and "joined" in lines[j].flags \
                    and lines[j].words <= CONTENTS_ENTRY_MAX_WORDS and not lines[j].text.endswith((".", ":")) \
                    and "wiki-heading" not in lines[j].flags:  # (the first section's heading under the contents)
                j += 1
            later = {ln.text for ln in lines[j:]}
            if j - i > 2 and 2 * sum(_TOC_NUMBER.sub("", entry.text) in later or bool(_TOC_HELPER.fullmatch(entry.text))
                                     for entry in lines[i + 1:j]) >= j - i - 1:
                # (the page's own subheadings, which its text repeats; not a kit's "Contents"
                # or an article's list of what is in it)
                for entry in lines[i:j]:
                    entry.clutter = True


# A table of contents' label: "Page contents", "Contents", "On this page", "In this article".
CONTENTS_LABEL_RE = re.compile(r"\W*(?:page contents|contents|table of contents|on this page|in this (?:article|page)"
                               r"|jump to|inhalt|inhaltsverzeichnis|sommaire|índice|indice)\W*", re.I)
# A wiki's reference ("^ "Maersk pauses Red Sea shipments". Reuters. 15 December 2023.", in
# Wikipédia's "↑ «…». g1. 20 de junho de 2024"), not a forum's reply quoting the post above ("^ Same here").
_REFERENCE_YEAR_RE = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
_TOC_NUMBER = re.compile(r"^\d+(?:\.\d+)*\s+")  # ("2.1 Attacks on shipping")
# A wiki's contents' helpers: "hide", "(Top)", "Toggle Attacks on shipping subsection"
_TOC_HELPER = re.compile(r"hide|show|\(top\)|toggle .{1,80} subsection|toggle the table of contents", re.I)
CONTENTS_MAX_ENTRIES = 15
CONTENTS_ENTRY_MAX_WORDS = 8
# A caption's label alone on its line: "Image caption,", "Media caption", "Caption:".
CAPTION_LABEL_RE = re.compile(r"(?:(?:image|media|video|photo) )?caption\s*[,:]?", re.I)


# A video player's label ("Video", "WATCH"): the lines under it are the video's title and blurb.
VIDEO_LABEL_RE = re.compile(r"\W*(?:video|watch|watch video|play video|play)\W*", re.I)
VIDEO_TITLE_MAX_WORDS = 20
VIDEO_BLURB_MAX_WORDS = 45
VIDEO_BLURB_SHARE = 0.5  # of the video title's longer words, that its blurb repeats


def flag_video_cards(lines: list[Line], lo: int, hi: int, decisions: list[str], headline: str | None = None) -> None:
    """A video's card among the text (Fox News: "Video", "Fox News Flash top entertainment
    headlines for Nov. 19", "Fox News Flash top entertainment and celebrity headlines for
    Nov. 19 are here. ..."): its title and the blurb under it that repeats the title's
    words are the player's captions, not the article's first paragraphs. Only with such a
    blurb: a label over the headline and its standfirst, or over a paragraph, is left alone;
    and only over the text (a video set among its paragraphs may be the writer's subject)."""
    paragraphs = 0
    for i in range(max(lo, 0), min(hi, len(lines) - 2)):
        label, title, blurb = lines[i], lines[i + 1], lines[i + 2]
        paragraphs += label.cls in ("good", "near")
        if paragraphs >= 2:
            break  # the text has begun (a standfirst may stand over the card)
        if not VIDEO_LABEL_RE.fullmatch(label.text) or title.text == headline or title.clutter or title.caption \
                or title.sentence or title.text.endswith(".") or not 3 <= title.words <= VIDEO_TITLE_MAX_WORDS \
                or blurb.clutter or blurb.caption or not 0 < blurb.words <= VIDEO_BLURB_MAX_WORDS:
            continue
        words = {w for w in WORD_RE.findall(title.text.casefold()) if len(w) >= 4}
        said = set(WORD_RE.findall(blurb.text.casefold()))
        if words and len(words & said) >= VIDEO_BLURB_SHARE * len(words):
            title.caption = blurb.caption = True
            decisions.append(f"video card at line {i + 1}: {title.text[:50]!r} and its blurb are no text")


# The publisher's summary over the text, a list under its label ("KEY POINTS", "Story Highlights").
KEY_POINTS_RE = re.compile(r"\W*(?:key points|(?:story )?highlights)\W*", re.I)
KEY_POINTS_ITEMS = (2, 6)  # how many lines such a list has
KEY_POINTS_MAX_WORDS = 60  # in each


def flag_key_points(lines: list[Line], numbers: list[int], decisions: list[str]) -> None:
    """A list of key points under its label (CNBC's "KEY POINTS", CNN's and USA Today's "Story
    Highlights") is the publisher's summary, not the article: its first point repeats the
    lead. Its items are the lines under the label up to the dump's next blank line (a list's
    items follow one another; paragraphs are set apart), two to six of them, none longer
    than a paragraph's few sentences, and the text goes on under them: over the text (at most
    one paragraph above), not among its paragraphs (the writer's own list). `numbers` holds
    each line's number in the file."""
    lo, hi = KEY_POINTS_ITEMS
    for i, ln in enumerate(lines):
        if not KEY_POINTS_RE.fullmatch(ln.text):
            continue
        j = i + 1
        while j < len(lines) and j - i <= hi and numbers[j] == numbers[j - 1] + 1:
            j += 1
        items = lines[i + 1:j]
        if j == len(lines) or numbers[j] == numbers[j - 1] + 1:
            continue  # more lines than a list of key points (a menu: "Highlights", "Ideas"), or no text after
        text_before = sum(k.cls in ("good", "near") for k in lines[:i])
        if text_before > 1 or text_before >= sum(k.cls in ("good", "near") for k in lines[j:]):
            continue  # among the text's paragraphs: the writer's own list
        if lo <= len(items) <= hi and all(item.words <= KEY_POINTS_MAX_WORDS for item in items) \
                and _said_again_below(items, lines[j:]):
            for item in (ln, *items):
                item.clutter = True
            decisions.append(f"key points: lines {i + 1}-{j} under {ln.text!r} (the publisher's summary)")


KEY_POINTS_REPEATED_SHARE = 0.5  # of the points' words, those the text under them says again


def _said_again_below(items: list[Line], below: list[Line]) -> bool:
    """Whether the text under the key points says most of what they say (a summary of it),
    rather than leaving it to them: a situation report's "Key Points" ("As of January 31,
    2025, APHIS has confirmed ... in 928 dairy herds in 16 states.") hold figures its text
    does not repeat, and are its own."""
    def words(text: str) -> set[str]:
        return {w for w in re.findall(r"\w{4,}", text.casefold()) if not w.isdigit()}

    said = words(" ".join(ln.text for ln in below if ln.cls in ("good", "near")))
    points = set().union(*(words(item.text) for item in items))
    return not points or len(points & said) >= KEY_POINTS_REPEATED_SHARE * len(points)


# A reader's comment under its header: "marktheshark on Sep 21, 4:23 PM said:" (dated), or
# "Jasmin sagt:" (a blog's, in the present tense: "X wrote:" and "X said:" introduce quotes).
COMMENT_HEADER_RE = re.compile(
    r"^(?:(?:\S+(?: \S+){0,4}?\s+)?(?:on|at|[-|•·,])\s+(?=[^\n]{0,40}\d)[^\n]{3,40}?\s+(?:said|says|wrote|writes)"
    r"|[^\s.!?:]+(?: [^\s.!?:]+){0,3}\s+(?:says|sagt))\s*:$", re.I)
COMMENT_REPLY_RE = re.compile(r"^(?:reply|antworten|beantworten|répondre|responder|rispondi)$", re.I)
COMMENT_HEADER_MAX_CHARS = 100
COMMENT_MAX_LINES = 6  # a comment's lines under its header, up to its "Reply" link


def flag_comments(lines: list[Line]) -> set[int]:
    """Readers' comments: from two comment headers on, each header and the lines under it up to
    its "Reply" link, the next header or COMMENT_MAX_LINES lines. They are no article text,
    however long (a thread of long comments under a short post outweighs the post)."""
    heads = [ln.index for ln in lines
             if ln.chars <= COMMENT_HEADER_MAX_CHARS and ln.text.endswith((":", ":\n"))  # (as few do: "\s*:$")
             and COMMENT_HEADER_RE.match(ln.text)]
    if len(heads) < 2:
        return set()
    out: set[int] = set()
    for n, i in enumerate(heads):
        stop = heads[n + 1] if n + 1 < len(heads) else len(lines)
        out.add(i)
        for k in range(i + 1, min(stop, i + 1 + COMMENT_MAX_LINES)):
            out.add(k)
            if COMMENT_REPLY_RE.match(lines[k].text):
                break
    for k in out:
        lines[k].clutter = True
        lines[k].flags.add("comment")  # its date is the comment's, not the article's
    return out


_SENTENCE_SPLIT_RE = re.compile(r"[a-z%)][.!?]\s+[A-Z]")  # one sentence ending, another beginning


# A chronology's entry among the text's lines tells what happened in a few words (see extract_dates.dated_entry)
DATED_ENTRY_WORDS = 3


# A point's label, a few words (the first capitalised), then its text: "Trauma care: fractures, …"
_LABELLED_POINT_RE = re.compile(r"[A-Z][\w&/()'’-]*(?: [\w&/()'’-]+){0,4}: (?=\S)")
LABELLED_POINT_MIN_STOPS = 0.1  # of its words, function words (a list of tags or names has none)


def _in_order(earlier: str, later: str) -> bool:
    """Two dated entries in a chronology's order, oldest first (a list of related articles
    runs newest first)."""
    a, b = first_date(earlier), first_date(later)
    return a is not None and b is not None and a <= b


ENTRIES_TEXT_UNDER_LINES = 3


def _text_under_entries(lines: list[Line], i: int) -> bool:
    """A paragraph of text within ENTRIES_TEXT_UNDER_LINES lines under the list of dated entries line i is in
    (past a subheading: "Recommendations")."""
    k = i
    while k < len(lines) and dated_entry(lines[k].text, DATED_ENTRY_WORDS):
        k += 1
    return any(ln.cls in ("good", "near") and not ln.clutter for ln in lines[k:k + ENTRIES_TEXT_UNDER_LINES])


def _chronology_item(lines: list[Line], i: int) -> bool:
    """Line i is one of a chronology's items, with another right over or under it ("📅 Jan 13,
    2025 — rule released" / "📅 Jan 15, 2025 — foundry rule published")."""
    return dated_entry(lines[i].text) and any(0 <= k < len(lines) and dated_entry(lines[k].text)
                                              for k in (i - 1, i + 1))


# A release's dateline on its own line: "TAMPA, Fla. –", "WASHINGTON —", "TULARE, Calif. --"
# A lede's dateline, the place in capitals and a long dash before the text: "BALTIMORE — The Key Bridge
# Response 2024 Unified Command successfully refloated …" (a Coast Guard release's first paragraph, flush
# under its headline), "NEW YORK (AP) — ": the text's first paragraph, never a standfirst. (Not a label
# over a hyphen: Le Figaro's standfirst "DÉCRYPTAGE - À quelques jours …".)
_LEDE_DATELINE_RE = re.compile(r"[A-Z][A-Z.'’ -]{2,30}(?:,\s+[A-Z][\w.]{1,12}(?:\s+[A-Z][\w.]{1,12})?)?"
                               r"(?:\s*\([A-Za-z .]{2,20}\))?\s*(?:—|–|--)\s*(?=[A-Z“\"‘'])")
_PLACE_DATELINE_RE = re.compile(r"[A-Z][A-Z.'’ -]{2,30}(?:,\s+[A-Z][\w.]{1,12}(?:\s+[A-Z][\w.]{1,12})?)?\s*(?:[–—]|--?)")


LISTED_SENTENCES_MAX = 10


def _list_sentence_under_heading(lines: list[Line], i: int) -> bool:
    """Over line i, sentences kept as text, each right under the other, the first right under a
    subheading (see revise_with_context)."""
    j = i - 1
    while j >= 0 and i - j <= LISTED_SENTENCES_MAX and lines[j].cls in ("good", "near") and not lines[j].clutter \
            and lines[j].text.endswith(".") and "joined" in lines[j].flags:
        j -= 1
    return 0 <= j < i - 1 and lines[j].cls == "short" and not lines[j].sentence and heading_like(lines[j])


NAMES_LIST_MIN_PARTS = 5  # a list's parts, between commas and semicolons


def _names_listed(text: str) -> bool:
    """A list of names runs through the text, NAMES_LIST_MIN_PARTS parts between commas and semicolons at least
    ("… were Jerome H. Powell, Chair; John C. Williams, Vice Chair; Thomas I. Barkin; …"): not a paywall's pitch
    ("Then $75 per month. Complete digital access to quality FT journalism. Cancel anytime during your trial.")."""
    return text.count(",") + text.count(";") >= NAMES_LIST_MIN_PARTS - 1


def revise_with_context(lines: list[Line]) -> None:
    """jusText's second pass: near-good lines next to good ones become good. Before it, a long
    line of sentences between two (near-)good ones, poor in function words only because it is
    full of names and figures ("Japan's Nikkei 225 (N225) declined 0.3%, while ..."), is
    near-good; so is such a line under the text past an ad break ("Advertisement", and a
    video's "Thanks for watching!"), and such a line that ends the text (clutter follows). A
    line of two sentences or more may be poorer still (tickers: "NKc1", ".MIAPJ0000PUS"), and
    have a paragraph of one short sentence under it before the text goes on."""
    n = len(lines)

    def prose_beside(i: int, step: int, ad_break: bool = False) -> bool:
        """The line next to i (over a subheading: one short line, no clutter; past a table's
        rows) is (near-)good; with ad_break, also past a short clutter line (an ad's label)
        beyond that one."""
        j = i + step
        if 0 <= j < n and lines[j].cls == "short" and not lines[j].clutter and not lines[j].sentence:
            j += step
        while 0 <= j < n and lines[j].cells and not lines[j].clutter:
            j += step  # (an advisory's table of addresses between its paragraphs, under "Mitigations")
        if ad_break and 0 <= j < n and lines[j].clutter and lines[j].chars <= AD_LABEL_MAX_CHARS:
            j += step
        return 0 <= j < n and lines[j].cls in ("good", "near")

    def sentence_then_prose(i: int) -> bool:
        """Under line i (past a short line that is no sentence, such as the name under a
        photo), a short sentence of the text and then prose."""
        j = i + 1
        if j < n and lines[j].cls == "short" and not lines[j].clutter and not lines[j].sentence:
            j += 1
        return j < n - 1 and lines[j].sentence and lines[j].cls == "short" and not lines[j].clutter \
            and prose_beside(j, 1)

    for i, ln in enumerate(lines):
        # An entry of a list of dates, poor in function words ("2 February 2025: Prohibitions of
        # unacceptable-risk AI practices apply."), beside an entry of the same list kept as text: oldest
        # first, or newest first where the text goes on under the list (an advisory's "Recent incidents":
        # "06 MAR 2024 – TRUE CONFIDENCE (Barbados flag bulk carrier) struck by ASBM 54NM SW of Aden. Three crew
        # fatalities.", a first-time user's; not a list of related articles under the text).
        if ln.cls == "bad" and not ln.clutter and dated_entry(ln.text, DATED_ENTRY_WORDS) and any(
                0 <= j < n and lines[j].cls in ("good", "near") and dated_entry(lines[j].text, DATED_ENTRY_WORDS)
                and "joined" in lines[max(i, j)].flags
                and (_in_order(lines[min(i, j)].text, lines[max(i, j)].text) or _text_under_entries(lines, i))
                for j in (i - 1, i + 1)):
            ln.cls = "near"
        # ... and an item of a list of labelled points, a sentence under its label, poor in function
        # words ("Mental health: survivors report acute distress, sleep disruption and fear of
        # aftershocks."), beside an item of the same list kept as text (an agency's situation report
        # under "Main health risks": the third of four had been dropped).
        elif ln.cls == "bad" and not ln.clutter and not ln.caption and ln.words >= TERSE_ITEM_MIN_WORDS \
                and ln.stop_density >= LABELLED_POINT_MIN_STOPS and ln.text.endswith(".") \
                and _LABELLED_POINT_RE.match(ln.text) and any(
                    0 <= j < n and lines[j].cls in ("good", "near") and not lines[j].clutter
                    and _LABELLED_POINT_RE.match(lines[j].text) and lines[j].text.endswith(".")
                    and "joined" in lines[max(i, j)].flags for j in (i - 1, i + 1)):
            ln.cls = "near"
        # ... and a sentence of a list under its subheading, poor in function words, the list's first
        # sentence kept as text right over it ("Recommendations for Healthcare Providers" / "Ensure all
        # patients are current on MMR vaccine, …" / "Consider measles in patients with febrile rash illness and
        # clinically compatible symptoms." / "Isolate patients …": a CDC health alert had lost the two last).
        elif ln.cls == "bad" and not ln.clutter and not ln.caption and "joined" in ln.flags \
                and ln.words >= SECTION_TEXT_MIN_WORDS and ln.stop_density >= STOPWORDS_DENSE \
                and ln.text.endswith(".") and ln.text[:1].isupper() and _list_sentence_under_heading(lines, i):
            ln.cls = "near"
    for i in range(1, n):
        ln = lines[i]
        # (Of two sentences or more, a line needs fewer function words: "Emerging market stocks
        # rose 0.48%. MSCI's broadest index of Asia-Pacific shares outside Japan .MIAPJ0000PUS
        # closed 0.68% higher, while Japan's Nikkei futures NKc1 lost 0.66%." A shorter one
        # needs more: "Gross federal debt increased from 60 percent to 75 percent of nominal GDP.")
        # (A line that leads into a quotation, "…, sagt Volker Tripp vom Digitale Gesellschaft
        # e.V.:", between paragraphs: its speaker was lost, and the quotation read as the author's.)
        if ln.cls != "bad" or ln.clutter or ln.caption or ln.chars < LENGTH_LOW \
                or not (ln.sentence or ln.text.endswith(":")):
            continue
        several = bool(_SENTENCE_SPLIT_RE.search(ln.text))
        # (The shorter line, and one with a short sentence under it, must end as a statement
        # does: not in a title's quotation mark, nor a reader's plea's "!".)
        statement = ln.text.rstrip("”’\"'»)")[-1:] == "."
        dense = ln.stop_density >= STOPWORDS_DENSE_SHORT and statement if ln.chars < DENSE_MIN_CHARS \
            else ln.stop_density >= STOPWORDS_DENSE or several and ln.stop_density >= STOPWORDS_DENSE_SENTENCES
        # (and a paragraph of two sentences or more, poor in function words for the names it lists, that ends the
        # text over the page's footer, short lines: the votes of a central bank's statement, "Voting for the monetary
        # policy action were Jerome H. Powell, Chair; … Voting against this action was …" over "For media inquiries,
        # …", "A decisão foi unânime. Votaram: …" over "Atendimento", a first-time user's, were cut off)
        if dense and prose_beside(i, -1, ad_break=True) \
                and (i + 1 == n or prose_beside(i, 1) or lines[i + 1].clutter or statement and sentence_then_prose(i)
                     or several and statement and ln.stop_density >= STOPWORDS_DENSE
                     and lines[i + 1].cls in ("short", "bad") and _names_listed(ln.text)):
            ln.cls = "near"  # (the copy's last line too: it ends the text)
        elif statement and ln.chars >= DENSE_MIN_CHARS and i + 1 < n and lines[i + 1].cls in ("good", "near") \
                and not lines[i + 1].clutter and (ln.stop_density >= STOPWORDS_DENSE_SHORT or ln.stop_density
                                                  >= STOPWORDS_DENSE and _PLACE_DATELINE_RE.fullmatch(lines[i - 1].text)):
            # The lead over the text, the page's buttons above it: "Walt Disney Co. executive
            # Kevin Mayer said overwhelming demand and a computer-coding glitch led to ..."; or
            # a release's dateline ("TAMPA, Fla. –" / "On Jan. 26, Iranian-backed Houthi …")
            ln.cls = "near"
        elif ln.chars >= DENSE_MIN_CHARS and i + 1 < n and lines[i + 1].cls in ("good", "near") \
                and not lines[i + 1].clutter and "/" in ln.text[:90] \
                and (m := _LEAD_DATELINE_RE.match(ln.text)) is not None and "/" in m.group(0):
            # A newswire's dateline opens the release's lead, however full of names and titles it
            # is: "ARLINGTON, Va., Feb. 6, 2024 /PRNewswire/ -- Boeing President and CEO … issued
            # the following statement on …:" (it and the release's date were lost)
            ln.cls = "near"
    for i, ln in enumerate(lines):
        if ln.cls != "near":
            continue
        prev_good = any(lines[j].cls == "good" for j in range(max(0, i - 2), i))
        next_good = any(lines[j].cls == "good" for j in range(i + 1, min(n, i + 3)))
        if prev_good or next_good:
            ln.cls = "good"


# A social post's counters between the posts of a thread ("1.2M" / "Views" / "1,204" / "417"),
# its poster's handle and a lone "·": a line each, and so many that, weighed as short lines,
# they cut the thread's first post off. Where a handle heads two posts or more (a thread), they
# weigh COUNTER_PENALTY each.
_COUNTER_RE = re.compile(r"[\d.,]+[KkMB]?(?: (?:views|likes|reposts|replies|comments|shares|quotes))?|views|likes"
                         r"|reposts|replies|quotes|bookmarks|·?\s*\d{1,2}[smhdw]", re.I)  # (a post's age: "· 2d")
COUNTER_PENALTY = 5
_POST_AGE_RE = re.compile(r"·?\s*\d{1,2}[smhdw]|·")
# (X's "@CFerris_LL"; Bluesky's, a domain, "@helenamarsh.bsky.social"; Mastodon's "@jane@mastodon.social")
_REPLY_SETTINGS_RE = re.compile(r"\W*(?:(?:everybody|everyone|nobody|who) can reply\??|write your reply)\W*", re.I)
_HANDLE_RE = re.compile(r"@(?:\w{1,15}|[\w-]{1,40}(?:\.[\w-]{1,40}){1,4}|\w{1,30}@[\w-]+(?:\.[\w-]+)+)")


# An ad break whose label takes two lines, the ad's and the reader's prompt past it, in either order
# ("ADVERTISEMENT" / "SCROLL TO CONTINUE WITH CONTENT", "Story continues below advertisement" /
# "Advertisement"): one break between two paragraphs. Weighed as two clutter lines it cut off the
# paragraph under it, the article's last.
_AD_WORD_RE = re.compile(r"\W*(?:advertisements?|ads?|anzeige|publicidade?|publicité|pubblicità|iklan|реклама|광고|広告"
                         r"|διαφ[ηή]μιση|פרסומת|إعلان|تبلیغات|reklam)\W*", re.I)
_AD_PROMPT_RE = re.compile(r"\W*(?:scroll (?:down )?to continue(?: with content| reading)?"
                           r"|(?:the )?(?:story|article) continues (?:below|after)"
                           r"(?: (?:this )?(?:advertisement|ad))?)\W*", re.I)


def _weigh_two_line_ad_breaks(lines: list[Line], weights: list[float]) -> None:
    """The second line of a two-line ad break (see _AD_PROMPT_RE) weighs nothing."""
    for k in range(1, len(lines)):
        a, b = lines[k - 1], lines[k]
        if a.clutter and b.clutter and a.chars <= 2 * AD_LABEL_MAX_CHARS and b.chars <= 2 * AD_LABEL_MAX_CHARS and (
                _AD_WORD_RE.fullmatch(a.text) and _AD_PROMPT_RE.fullmatch(b.text)
                or _AD_PROMPT_RE.fullmatch(a.text) and _AD_WORD_RE.fullmatch(b.text)):
            weights[k] = 0.0


# A Korean photo's notice under its caption, "[재판매 및 DB 금지]" (no resale, no database), "[AP 연합뉴스
# 자료사진. 재판매 및 DB 금지]", the caption's lines over it: its title, the wire's caption ("(화롄 AFP=연합뉴스)
# 4일 … 2024.4.4"). Between two paragraphs the three weighed as three short lines and cut the short
# Korean paragraph under them, the article's last, off.
_KO_PHOTO_NOTICE_RE = re.compile(r"[\[(［][^\[\]()［］]{0,40}재판매 및 DB ?금지[\])］]")
_KO_WIRE_CAPTION_RE = re.compile(r"[(\[（［][^()\[\]=＝]{1,20}[=＝][^()\[\]]{1,15}[)\]）］]")
KO_PHOTO_TITLE_MAX_CHARS = 40


def _weigh_korean_photo_captions(lines: list[Line], weights: list[float]) -> None:
    """A Korean photo's notice (_KO_PHOTO_NOTICE_RE) is no text, and the caption's line over it (no
    paragraph of the text's), and over a wire's caption ("(화롄 AFP=연합뉴스) …") the photo's title (a
    short line, no sentence, no date), are its caption: they weigh nothing."""
    for ln in lines:
        if "DB" not in ln.text or ln.chars > 60 or not _KO_PHOTO_NOTICE_RE.fullmatch(ln.text):
            continue
        ln.clutter = True
        weights[ln.index] = 0.0
        k = ln.index - 1
        if k < 0 or lines[k].cls in ("good", "near") or lines[k].clutter:
            continue
        if lines[k].text.endswith("다.") and not _KO_WIRE_CAPTION_RE.match(lines[k].text):
            continue  # (a sentence of the story's, "부상자는 1천여명에 달한다.", not a caption: the notice alone goes)
        lines[k].caption = True
        weights[k] = 0.0
        title = lines[k - 1] if k > 0 else None
        if title is not None and _KO_WIRE_CAPTION_RE.match(lines[k].text) and title.chars <= KO_PHOTO_TITLE_MAX_CHARS \
                and title.cls not in ("good", "near") and not title.clutter and not title.sentence \
                and not find_dates(title.text):
            title.caption = True
            weights[title.index] = 0.0


def line_weight(ln: Line) -> float:
    """Contribution of a line to the content segment: prose is positive, chrome negative."""
    if ln.clutter:
        # (nor is a newsletter's own sign-up box, set into the text: see flag_own_sign_up_boxes)
        return 0.0 if "label-alone" in ln.flags or "own-sign-up" in ln.flags else -CLUTTER_PENALTY
    if ln.cls in ("good", "near"):
        weight = ln.chars if ln.cls == "good" else ln.chars * NEAR_GOOD_FACTOR
        # (Chinese and Japanese say in a character what takes some three in English: a
        # paragraph of 50 characters weighed less than a section's "01" / "出口几乎停滞" over
        # it, and a WeChat article lost its lead and its last section; a sentence's, not a
        # related story's headline, "金正恩氏が訪中、習国家主席と会談", nor a reader's comment or a
        # teaser's sentence, short, under the text: "用户7382910：我们小区昨晚又停电了，空调开不了，太热了。")
        cjk = ln.chars >= CJK_WEIGHT_MIN_CHARS and not ln.text.isascii() \
            and ("。" in ln.text or ln.text.endswith(_CJK_ENDS)) and 2 * len(CJK_RE.findall(ln.text)) > ln.chars
        return weight * CJK_WEIGHT_FACTOR if cjk else weight
    if ln.cls == "short":
        # (Three words besides numbers: "December 2019 (6)", a blog's archive link, is none.)
        if ln.sentence and ln.stop_density >= 0.2 and ln.words - ln.numbers >= 3:
            return ln.chars * 0.3
        return -SHORT_PENALTY
    return -max(SHORT_PENALTY, ln.chars * 0.5)


# Verse: a song's lyrics or a poem, one line of it to a line. No line is long enough to be a
# paragraph, so a page of verse had no body and was skipped; where the densest run holds no
# paragraph, a run of verse is the text: VERSE_MIN_LINES lines and VERSE_MIN_WORDS words at
# least, none of more than VERSE_LINE_MAX_WORDS words, VERSE_MIN_FULL_SHARE of them of three
# words or more (a menu's items have one or two; a refrain's "Ooh" is let through), in
# running text's case and words (VERSE_MIN_SMALL_SHARE of the words start with a small
# letter and VERSE_MIN_STOP_DENSITY are function words: a list of headlines has neither), and
# not sentences one to a line (VERSE_MAX_STOP_SHARE of them at most end in a full stop, a
# question or an exclamation mark: a recipe's steps all do).
VERSE_MIN_LINES = 8
VERSE_MIN_WORDS = 60
VERSE_LINE_MAX_WORDS = 16
VERSE_MIN_FULL_SHARE = 0.75
VERSE_MIN_SMALL_SHARE = 0.5
VERSE_MIN_STOP_DENSITY = 0.3
VERSE_MAX_STOP_SHARE = 0.5


def find_verse(lines: list[Line], start: int, end: int, month_first: bool,
               decisions: list[str]) -> tuple[int, int] | None:
    """The longest run of verse lines (see VERSE_MIN_LINES), flagged to be kept as the body's
    lines, when the body found, [start, end), holds no paragraph of prose or lies inside it
    (a line of verse that reads as a sentence); None when there is none."""
    best: tuple[int, int, int] | None = None
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _verse_line(lines[j], month_first):
            j += 1
        lo, hi = i, j
        while lo < hi and lines[lo].words < 3:
            lo += 1
        while hi > lo and lines[hi - 1].words < 3:
            hi -= 1
        run = lines[lo:hi]
        words = sum(ln.words for ln in run)
        if len(run) >= VERSE_MIN_LINES and words >= VERSE_MIN_WORDS and (best is None or words > best[2]) \
                and sum(ln.words >= 3 for ln in run) >= VERSE_MIN_FULL_SHARE * len(run) \
                and sum(ln.stop_density * ln.words for ln in run) >= VERSE_MIN_STOP_DENSITY * words \
                and sum(ln.text.rstrip("”\"’')").endswith((".", "!", "?")) for ln in run) \
                <= VERSE_MAX_STOP_SHARE * len(run) \
                and _small_share(" ".join(ln.text for ln in run)) >= VERSE_MIN_SMALL_SHARE:
            best = (lo, hi, words)
        i = max(j, i + 1)
    if best is None:
        return None
    lo, hi, words = best
    if any(lines[k].cls == "near" for k in range(start, end)) and not lo <= start < end <= hi:
        return None  # a paragraph of prose elsewhere
    for k, ln in enumerate(lines[lo:hi]):
        ln.flags.add("list")  # kept by body_blocks, short as they are
        if k:
            ln.flags.add("verse")  # neither headline nor standfirst (the first line may be the title)
    decisions.append(f"body: lines {lo + 1}-{hi} of verse ({hi - lo} lines, {words} words; no paragraph of prose)")
    return lo, hi


def _verse_line(ln: Line, month_first: bool) -> bool:
    return not ln.clutter and not ln.caption and 0 < ln.words <= VERSE_LINE_MAX_WORDS \
        and not is_dateline(ln, month_first) and byline_names(ln) is None and not COPYRIGHT_RE.search(ln.text)


def _small_share(text: str) -> float:
    """Of the words that start with a letter that has a case, the share that start with a small one."""
    cased = small = 0
    for word in text.split():
        first = word[0]
        if first.islower():
            small += 1
            cased += 1
        elif first.isupper():
            cased += 1
    return small / cased if cased else 1.0


def extend_through_list(lines: list[Line], end: int, decisions: list[str]) -> int:
    """A body whose last paragraph announces a list ("... da non lasciarsi sfuggire:") goes on
    through the list, when the writer numbered its items 1, 2, 3 ...: short lines that would
    otherwise count as navigation. Ends with the last item."""
    if end == 0 or end >= len(lines):
        return end
    lead = lines[end - 1]
    if not (lead.text.endswith(":") and lead.words >= 5 and not lead.clutter):
        return end
    last, expected, i = -1, 1, end
    while i < len(lines) and i - (last if last >= 0 else end - 1) <= LIST_ITEM_GAP:
        ln = lines[i]
        if ln.clutter or ln.chars > LIST_ITEM_MAX_CHARS:
            break
        m = LIST_ITEM_RE.match(ln.text)
        if m and int(m.group(1)) == expected:
            last, expected = i, expected + 1
        i += 1
    if expected - 1 < LIST_MIN_ITEMS:
        return end
    decisions.append(f"body goes on through a numbered list of {expected - 1} items announced at line {end} "
                     f"(to line {last + 1})")
    for ln in lines[end:last + 1]:
        ln.flags.add("list")  # kept by body_blocks, short as they are
    return last + 1


# An agency's page ends in short sections, each a subheading over a sentence or two ("Public health
# response" / "Countries are conducting vaccination campaigns, contact tracing and active case finding." /
# "WHO risk assessment" / "WHO assesses the risk as high at the regional level."): light as they are, they
# weighed less than their subheadings, and a WHO outbreak news page lost its last three sections. Where
# the text is in sections already (a subheading between two of its paragraphs), it goes on through such
# sections under it, up to SECTION_TEXT_MAX_LINES sentences each, until a line is neither; not into a
# section of references or contacts ("Further information" / "PAHO/WHO. Epidemiological Alert: …").
SECTION_HEADING_MAX_WORDS = 6
SECTION_TEXT_MAX_LINES = 3
SECTION_TEXT_MIN_WORDS = 6
SECTION_TEXT_MIN_STOPS = 0.15
# (nor the sender's "About the City of Lindholm" and its "Press office", nor a box of promotions under the text,
# "Partner content" / "Around the web": a review's probes)
_SECTION_END_RE = re.compile(r"(?:for )?(?:further|more|additional) (?:information|reading|resources|details)"
                             r"|(?:useful )?(?:links|resources|contacts?)|(?:media|press) (?:contacts?|office|enquiries"
                             r"|inquiries)|contact us|learn more|notes? to editors|about .{2,60}|disclaimer"
                             r"|acknowledg(?:e)?ments?|citations?|footnotes?|around the web|from (?:the|around the) web"
                             r"|sponsored(?: \w+)?|partner content|promoted(?: \w+)?|paid (?:content|post)", re.I)


def _short_section_heading(ln: Line) -> bool:
    return ln.cls == "short" and heading_like(ln) and ln.words <= SECTION_HEADING_MAX_WORDS \
        and not ln.text.endswith((":", "?", "!")) and ln.text[:1].isupper() \
        and END_MARKER_RE.match(ln.text) is None and _SECTION_END_RE.fullmatch(ln.text) is None \
        and not looks_like_name(ln.text)


def _short_section_text(ln: Line) -> bool:
    return not ln.clutter and not ln.caption and ln.text.endswith((".", "!", "?")) \
        and ln.words >= SECTION_TEXT_MIN_WORDS and (ln.text[:1].isupper() or ln.text[:1].isdigit()) \
        and (ln.cls in ("good", "near") or ln.stop_density >= SECTION_TEXT_MIN_STOPS) \
        and ln.chars <= SERIES_ITEM_MAX_CHARS and END_MARKER_RE.match(ln.text) is None


def extend_through_sections(lines: list[Line], start: int, end: int, decisions: list[str]) -> int:
    """A body in sections whose last paragraph is followed by short sections (a subheading over
    a sentence or a few) goes on through them (see _SECTION_END_RE). Ends with the last one's text."""
    n = len(lines)
    if not 0 < end < n or lines[end - 1].cls not in ("good", "near") or not lines[end - 1].sentence \
            or not _short_section_heading(lines[end]):
        return end
    if not any(_short_section_heading(lines[k]) and lines[k - 1].cls in ("good", "near")
               and lines[k + 1].cls in ("good", "near") for k in range(start + 1, end - 1)):
        return end
    last = end
    while last + 1 < n and _short_section_heading(lines[last]):
        j = last + 1
        while j < n and j - last - 1 < SECTION_TEXT_MAX_LINES and _short_section_text(lines[j]):
            j += 1
        if j == last + 1:
            break
        for ln in lines[last + 1:j]:
            if ln.cls not in ("good", "near"):
                ln.cls = "near"  # (kept by body_blocks as the paragraph it is, its subheading over it)
        last = j
    if last > end:
        decisions.append(f"body goes on through short sections under it (to line {last})")
    return last


# A Chinese notice's clauses, numbered "一、" / "二、" / "三、…": the last, short ("三、本公告自2023年8月1日起
# 正式实施。", when it takes effect), is the notice's as the others are.
_ZH_CLAUSE_RE = re.compile(r"([一二三四五六七八九])、")
_ZH_CLAUSE_NUMERALS = "一二三四五六七八九"
# (not a page's numbered links under its text, "三、推荐阅读。", "四、点击进入专题。", "…关注公众号。": a review's probes)
_ZH_PROMO_RE = re.compile(r"推荐|阅读|点击|关注|公众号|专题|扫码|下载|客户端|订阅")


def extend_through_clauses(lines: list[Line], end: int, decisions: list[str]) -> int:
    """A body whose last paragraph is a Chinese notice's numbered clause ("二、…") goes on through
    the clauses right under it, numbered next ("三、…"), each a sentence: short lines that would
    otherwise count as the page's. Ends with the last of them."""
    if end == 0 or end >= len(lines) or (m := _ZH_CLAUSE_RE.match(lines[end - 1].text)) is None:
        return end
    number, last = _ZH_CLAUSE_NUMERALS.index(m.group(1)), end
    while last < len(lines) and number + 1 < len(_ZH_CLAUSE_NUMERALS) \
            and (m := _ZH_CLAUSE_RE.match(lines[last].text)) is not None \
            and m.group(1) == _ZH_CLAUSE_NUMERALS[number + 1] and lines[last].text.endswith("。") \
            and not _ZH_PROMO_RE.search(lines[last].text) \
            and not lines[last].clutter:
        lines[last].flags.add("list")  # (kept by body_blocks, short as it is)
        number, last = number + 1, last + 1
    if last > end:
        decisions.append(f"body goes on through the notice's numbered clauses (to line {last})")
    return last


TURNS_MIN = 4  # a transcript's turns in the text, each under its speaker's label, two speakers at least
# A transcript's turn, its speaker's label in capitals: "TAMMY MA: Thank you.", "STEPHEN LACEY: Tammy Ma, thank you.";
# or under its time, as join_timed_turns writes it: "[00:02:15] Rachel Moreno: Kevin Ashby, thank you."
_TURN_LABEL_RE = re.compile(r"([A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,3}): \S"
                            r"|\[\d{1,2}:\d{2}(?::\d{2})?\] ([^\W\d_][\w'’.-]*(?: [\w'’.-]+){0,3}): \S")


def _turn_label(text: str) -> str | None:
    if not (text[:1].isupper() or text[:1] == "[") or (m := _TURN_LABEL_RE.match(text)) is None:
        return None
    return m.group(1) or m.group(2)


def extend_through_turns(lines: list[Line], start: int, end: int, decisions: list[str]) -> int:
    """A transcript's text goes on through its last turns under the labels of its speakers, short as they are
    ("STEPHEN LACEY: Tammy Ma, thank you." / "TAMMY MA: Thank you."), over its credits: a first-time user's
    podcast lost them once its producer's credit under them was no text (another's, its turns under their times,
    "[00:02:15] Rachel Moreno: Kevin Ashby, thank you.")."""
    if end >= len(lines) or _turn_label(lines[end].text) is None:
        return end
    labels = [label for ln in lines[start:end] if (label := _turn_label(ln.text))]
    if len(labels) < TURNS_MIN or len(set(labels)) < 2:
        return end
    last = end
    while last < len(lines) and not lines[last].clutter and _turn_label(lines[last].text) in labels:
        last += 1
    if last > end:
        decisions.append(f"body goes on through the transcript's last turns (to line {last})")
    return last


ANNOUNCED_LIST_MIN_ITEMS = 3
_SERIES_ENDS = (";", "; and", "; or", "; et", "; y", "; und")  # a list's items run on as one sentence
SERIES_ITEM_MAX_CHARS = 400
ANNOUNCED_LIST_MAX_ITEMS = 40
ANNOUNCED_ITEM_MAX_CHARS = 120


def _weigh_announced_lists(lines: list[Line], weights: list[float]) -> None:
    """A list a paragraph announces with a colon, between it and more of the text ("… in zehn
    Punkten:" / "Habe Zeit für Träume" / "Bleibe stets aktiv" / … / "Mithilfe der folgenden
    Fragen …"), weighs nothing instead of a short line's penalty each: ten items had cut the
    article before them, and everything after. Its items are kept as the list they are."""
    n = len(lines)
    for k, ln in enumerate(lines):
        # (The announcing line may be short under a paragraph: "Aus dem Inhalt:")
        if not (ln.text.endswith(":") and not ln.clutter and (
                ln.cls in ("good", "near") or k > 0 and ln.words >= 2 and lines[k - 1].cls in ("good", "near")
                and not lines[k - 1].clutter and END_MARKER_RE.match(ln.text) is None)):
            continue
        j = k + 1
        # (an item may be a paragraph's length where the list runs on with semicolons: "Inspection of
        # specific bolts, guide tracks and fittings;" / "Detailed visual inspections of … dozens of
        # associated components; and" / "Retorquing fasteners …." — its short first item was lost)
        while j < n and j - k - 1 < ANNOUNCED_LIST_MAX_ITEMS and (_announced_item(lines[j]) or (
                lines[j].text.endswith(_SERIES_ENDS) or j > k + 1 and lines[j - 1].text.endswith(_SERIES_ENDS))
                and not lines[j].clutter and not lines[j].caption and lines[j].chars <= SERIES_ITEM_MAX_CHARS):
            j += 1
        if j - k - 1 >= ANNOUNCED_LIST_MIN_ITEMS and j < n and lines[j].cls in ("good", "near") \
                and not lines[j].clutter:
            for item in lines[k + 1:j]:
                weights[item.index] = max(weights[item.index], 0.0)
                item.flags.add("list")
                # (an agency's name with its acronym in brackets reads as a caption's credit:
                # "Canadian Centre for Cyber Security (Cyber Centre)", under "… the following
                # partners are releasing this joint Cybersecurity Advisory:")
                item.caption = False


# A list of figures a sentence announces with a colon, each item a label, a dash and a number, with its change in
# brackets and its unit: an army's daily loss tally, "Загальні бойові втрати противника … орієнтовно склали:" /
# "особового складу ‒ близько 893 040 (+1 230) осіб" / "танків ‒ 10 263 (+4) од" / … (its English copy, "tanks ‒
# 10,263 (+4)"), a count of casualties by region, a market's closing levels. Short lines of few function words, in
# small letters: the items weighed as a menu's, and a post that is nothing but such a list had no text at all. They
# are the text, however little follows them (a first-time user's General Staff post was skipped, "no article text").
FIGURE_LIST_MIN_ITEMS = 5
FIGURE_ITEM_MAX_CHARS = 100
FIGURE_ITEM_WEIGHT = 1.0  # (each item: the text's run goes on through the list, past its last line)
_FIGURE_ITEM_RE = re.compile(r"[^\W\d_][^\d:;.!?]{0,60}? [‒–—-] (?:[^\W\d_]{1,12}\.? |[~≈<>] ?)?"
                             r"\d{1,3}(?:[ ,.\u202f\u00a0]\d{3})*(?:[.,]\d+)?%?(?: ?\([+−-] ?\d[\d ,.\u202f\u00a0]*\))?"
                             r"(?: [^\W\d_]{1,12}\.?){0,2}")


# (not a box of headlines, each with its age: "Storm hits the coast overnight – 2 hours ago", "… – vor 2 Stunden",
# "… – 2 часа назад", a review's probe)
_TEASER_AGE_RE = re.compile(r".*(?:\b(?:ago|назад|тому|temu|fa)|[‒–—-] (?:vor|hace|há|il y a) \d.*)", re.I)


def _figure_item(ln: Line) -> bool:
    # (a cheap test first: a dash and a digit, on a short line)
    return ln.chars <= FIGURE_ITEM_MAX_CHARS and not ln.clutter and " " in ln.text \
        and any(c in ln.text for c in "‒–—-") and any(c.isdigit() for c in ln.text) \
        and _FIGURE_ITEM_RE.fullmatch(ln.text) is not None and _TEASER_AGE_RE.fullmatch(ln.text) is None


def _weigh_figure_lists(lines: list[Line], weights: list[float]) -> None:
    """A list of figures under the sentence that announces it (see _FIGURE_ITEM_RE): FIGURE_LIST_MIN_ITEMS lines or
    more, each a label, a dash and a number, weigh a little (the text's run goes on through them, whatever is under
    them) and are kept as a list's items."""
    n = len(lines)
    for k, ln in enumerate(lines):
        if not (ln.text.endswith((":", "：")) and not ln.clutter and ln.words >= 3
                and (ln.cls in ("good", "near") or ln.sentence)) or k + FIGURE_LIST_MIN_ITEMS >= n + 1:
            continue
        j = k + 1
        while j < n and _figure_item(lines[j]):
            j += 1
        if j - k - 1 < FIGURE_LIST_MIN_ITEMS:
            continue
        weights[k] = max(weights[k], 0.0)
        for item in lines[k + 1:j]:
            weights[item.index] = max(weights[item.index], FIGURE_ITEM_WEIGHT)
            item.flags.add("figure")  # (a list's item: see body_blocks)
            item.caption = False


def _announced_item(ln: Line) -> bool:
    # (a short line, or a longer one poor in function words: "CVE-2024-3400 – Palo Alto Networks
    # PAN-OS GlobalProtect arbitrary file creation leading to OS command injection")
    return ln.cls in ("short", "bad") and not ln.clutter and ln.chars <= ANNOUNCED_ITEM_MAX_CHARS \
        and (ln.text[:1].isupper() or ln.text[:1].isdigit() or BULLET_ITEM_RE.match(ln.text) is not None) \
        and END_MARKER_RE.match(ln.text) is None and not ln.text.endswith(":")


def best_segment(weights: list[float]) -> tuple[int, int]:
    """Maximum-sum contiguous segment [start, end) (Kadane)."""
    best, best_span = float("-inf"), (0, 0)
    run, start = 0.0, 0
    for i, w in enumerate(weights):
        if run <= 0:
            run, start = w, i
        else:
            run += w
        if run > best:
            best, best_span = run, (start, i + 1)
    return best_span


def _prose_follows(lines: list[Line], weights: list[float], start: int, end: int,
                   box_lines: int = END_BOX_MAX_LINES) -> bool:
    """Whether END_MIN_PARAGRAPHS_AFTER paragraphs of running text, one after another, follow
    the marker within a box's length (END_BOX_MAX_LINES): the marker heads a "Related articles"
    box set into the article, not its end. (Teasers below an article alternate a headline and
    a sentence; a footer's legal notices come further down.) The page's furniture between
    two paragraphs ("Continue reading the main story"), or a line leading into a quote,
    does not break their run."""
    run = 0
    for i in range(start, min(end, start + box_lines + END_MIN_PARAGRAPHS_AFTER)):
        if lines[i].clutter or lines[i].text.endswith(":"):
            continue  # "Continue reading the main story", an ad's label, "Tencent wrote:" over a quote
        run = run + 1 if weights[i] > 0 and lines[i].sentence and lines[i].cls in ("good", "near") else 0
        if run >= END_MIN_PARAGRAPHS_AFTER:
            return True
    return False


DIGEST_ITEM_SCAN = 3  # lines under a digest's repeated link where its next item's paragraph stands
# A digest's link after each item: "Read more →", "Continue reading", "Full story »".
_DIGEST_LINK_RE = re.compile(r"\W*(?:read (?:more|the full story)|continue reading|full story|more)\W*", re.I)


def _digest_item_follows(lines: list[Line], start: int, end: int) -> bool:
    """Under a marker the text has already run past once (a newsletter's "Read more →" after
    each of its items), the digest's next item: a paragraph of running text within a few lines
    (under its heading, "RAW MILK RECALL EXPANDS"). One is enough, as the first marker, judged
    as any, had more after it. Not under a "Related articles" box printed twice, nor a
    teaser's cut-off line ("... confirmed in wild a...")."""
    return any(lines[k].cls in ("good", "near") and lines[k].sentence and not lines[k].clutter
               and not lines[k].text.endswith(("...", "…"))
               for k in range(start, min(end, start + DIGEST_ITEM_SCAN)))


CLOSING_MIN_WORDS = 30
CLOSING_MIN_SENTENCES_WORDS = 25  # ... or this many in two sentences
_ALSO_MARKER_RE = re.compile(r"\W*(?:(?:[àa] )?(?:leia|veja|ver|lire|lee|lea|leggi|read|see|lesen sie|lees|bekijk)"
                             r" (?:tamb[eé]m|aussi|tambi[eé]n|anche|also|auch|ook)"
                             r"|soma (?:pia|zaidi)|akhri sidoo kale"  # (Swahili's, Somali's)
                             # (Russian's, Ukrainian's: "Читайте также", "Читать далее", "Дивіться також")
                             r"|читайте (?:также|також|еще|ещё|ще)|читать (?:далее|также)"
                             r"|смотрите также|дивіться також"
                             # (Hindi's, Bengali's, Urdu's: BBC Hindi's "ये भी पढ़ें-", a first-time user's)
                             + "|" + _ALSO_READ_SCRIPTS
                             + r")\W*", re.I)
# one sentence's end, another's start
_SENTENCE_END_RE = re.compile(r"[.!?](?:[\"”’)]|\s?»)?\s+(?=(?:[\"“‘(]|[«„]\s?)?[A-ZÀ-ÖØ-Þ])")
_NEXT_MARKER_RE = re.compile(r"\W*(?:read|up|coming up|what's|what’s)? ?next\b", re.I)


ASKING_HEADLINE_MAX_WORDS = 20


def _asks(ln: Line) -> bool:
    """A teaser's headline that asks, in a box of links ("Vol au Louvre : qui sont les « petites
    mains » du grand banditisme recrutées pour le casse ?"): one short sentence, a question."""
    return ln.words <= ASKING_HEADLINE_MAX_WORDS and ln.text.rstrip("\"”’')»").endswith("?") \
        and not _SENTENCE_END_RE.search(ln.text)


def _asking_item(lines: list[Line], k: int, end: int) -> bool:
    """A teaser that asks (_asks) as one of a box's items: another item under it, not the paragraph
    that answers it ("Related" / a teaser / "So what happens to the subcontractors now?" / the answer)."""
    return _asks(lines[k]) and k + 1 < end and (not _prose(lines[k + 1]) or _asks(lines[k + 1]))


def _teaser_asking_under(lines: list[Line], i: int, end: int) -> bool:
    """A teaser that asks right under a "read also" label with no colon (NOS's "Bekijk ook" / "Wat mag
    wel en niet onder de AI-wet?"); not the article's own question under it, in an article of such
    questions, each over its answer, nor under "See also:" (a review's probes)."""
    label = lines[i].text.rstrip()
    return _ALSO_MARKER_RE.fullmatch(label) is not None and not label.endswith(":") and i + 1 < end \
        and _asks(lines[i + 1]) and not any(lines[k].text.rstrip().endswith("?") for k in range(i + 2, end))


# A paywall's note on the page it stops, under the text's last lines: "This article is for subscribers only. Get
# unlimited access to Nikkei Asia for $1.99 a month." (a first-time user's: the text's last paragraph). Not a clutter
# line: as such, the paragraphs over it and under a "Read next" box would read as the box's blurb, and be lost. Alone
# or before its pitch only (not an op-ed's "This content is exclusive to subscribers. That is exactly the problem: …").
_PAYWALL_NOTE_RE = re.compile(r"\W*this (?:article|story|content|page|post) is (?:only )?(?:for|available (?:only )?to"
                              r"|reserved for|exclusive to|exclusively for) (?:paying |paid )?(?:subscribers|members)"
                              r"(?: only)?(?:\W*$|\.\s)", re.I)


# The label of a box set into the text, over one headline: "READ MORE", "Lisez aussi", "Lee también"
_SET_IN_LABEL_RE = re.compile(r"\W*(?:read more|lisez aussi)\W*", re.I)
SET_IN_HEADLINE_MAX_WORDS = 15


# (not a teaser's card over blurbs, one labelled "Letters: Readers weigh in …", nor readers' comments under the box,
# each signed at its start, "Bob T. This is …": a review's probes; but a title and a name's initial open a paragraph,
# "Senator J. Smith said …", a code review's)
_SIGNED_OR_LABELLED_RE = re.compile(r"(?!(?:Senator|President|Governor|Mayor|Judge|Justice|General|Minister|Director"
                                    r"|Professor|Doctor|Chief|Commissioner|Secretary|Chairman|Sen|Rep|Gov|Gen|Dr|Mr"
                                    r"|Mrs|Ms|Prof)\b)[A-Z][a-z]+ [A-Z]\. |[A-Z][a-z]+: ")


def _teaser_over_text(lines: list[Line], label: int, item: int) -> bool:
    """Line item, one headline under a label of a box set into the text ("READ MORE" / "Measles: should you get a
    second dose?", "LISEZ AUSSI" / "Rougeole : faut-il …"), with the article's paragraphs going on under it (first-time
    users' measles briefing lost them): not a "Read next" card's headline over its blurb."""
    text = lines[label].text
    if text.rstrip().endswith(":"):
        return False  # (Les Echos' "Lire aussi :" / "DECRYPTAGE - …" / its blurb: a teaser's card)
    return (_SET_IN_LABEL_RE.fullmatch(text) is not None or _ALSO_MARKER_RE.fullmatch(text) is not None) \
        and lines[item].words <= SET_IN_HEADLINE_MAX_WORDS and not lines[item].text.endswith((".", ":"))


# A person the text names in full, first name or initials and surname ("CEO C.C. Wei said", "Jane Doe told"), then
# by the surname alone as the subject of what they said ("Wei also said", "Doe added")
_FULL_NAME_RE = re.compile(r"\b(?:[A-Z][a-z]+|(?:[A-Z]\.){1,3}) ([A-Z][a-z]{2,})\b")
_SURNAME_SAID_RE = re.compile(r"\b([A-Z][a-z]{2,}) (?:also |further |then )?(?:said|says|told|added|noted|explained"
                              r"|warned|stressed)\b")
NAMED_ABOVE_MAX_LINES = 60  # lines over the box where the text names its people


def _named_again_under(lines: list[Line], label: int, item: int, prose: list[int]) -> bool:
    """Under a box's label and one headline ("Read Next" / "Japan's Rapidus begins pilot line construction"), the
    text's own paragraphs: one names by the surname alone someone the text over the box named in full ("Wei also
    said …" under "CEO C.C. Wei said"), as a story's later paragraphs do; a teaser's blurb, another story's, names
    them in full (a first-time user's Nikkei Asia page lost its last two paragraphs under such a box)."""
    said = {m.group(1) for k in prose for m in _SURNAME_SAID_RE.finditer(lines[k].text)
            if not lines[k].text[:m.start()].rstrip().rsplit(" ", 1)[-1][:1].isupper()}  # (not "C.C. Wei said")
    if not said:
        return False
    said -= set(line_words(lines[item].text))  # (not the teaser's own subject)
    above = " ".join(ln.text for ln in lines[max(0, label - NAMED_ABOVE_MAX_LINES):label] if not ln.clutter)
    return any(m.group(1) in said for m in _FULL_NAME_RE.finditer(above))


def _closing_paragraph_follows(lines: list[Line], start: int, end: int) -> bool:
    """Whether a box set into the article's last lines (a "Read more:" marker, a headline or
    two) is followed by the article's last paragraphs: one paragraph of running text, or
    fewer than END_MIN_PARAGRAPHS_AFTER one right under the other (CLOSING_MIN_WORDS words
    or more together: longer than a teaser's line), after at least one of the box's
    items and before any other end marker ("Join the conversation"), and no other running
    text in the rest of the body. A list of teasers below an article has a headline between
    the sentences under them."""
    prose = [k for k in range(start, end) if _prose(lines[k]) and not lines[k].clutter and not _asking_item(lines, k, end)]
    if not prose or len(prose) >= END_MIN_PARAGRAPHS_AFTER \
            or any(not lines[k].clutter for k in range(prose[0], prose[-1] + 1) if k not in prose):
        return False
    items = [k for k in range(start, prose[0]) if not lines[k].clutter]
    set_in = len(items) == 1 and (_teaser_over_text(lines, start - 1, items[0])
                                  or _named_again_under(lines, start - 1, items[0], prose)) \
        and not any(_SIGNED_OR_LABELLED_RE.match(lines[k].text) for k in prose)
    if len(prose) > 1 and not set_in and (_NEXT_MARKER_RE.match(lines[start - 1].text) or len(items) < 2):
        # (one teaser's headline and its blurb of two paragraphs under "Read next", or "Lire aussi :": a review's
        # probes in five languages; Les Echos' last two paragraphs under such a box are lost so)
        return False
    words = sum(lines[k].words for k in prose)
    return (start < prose[0] <= start + END_BOX_MAX_LINES
            and (words >= CLOSING_MIN_WORDS or set_in and len(prose) > 1
                 # (or two sentences a little shorter, under two of the box's items, where the box is one
                 # set into the text, "LEIA TAMBÉM", "Lire aussi": a teaser's card has one headline over its
                 # blurb, and a "Related" box below the article a blurb under its second)
                 or len(prose) == 1 and words >= CLOSING_MIN_SENTENCES_WORDS
                 and _ALSO_MARKER_RE.fullmatch(lines[start - 1].text) is not None
                 and len(_SENTENCE_END_RE.findall(lines[prose[0]].text)) >= 1
                 and sum(not lines[k].clutter for k in range(start, prose[0])) >= 2)
            and not any(END_MARKER_RE.match(lines[k].text) for k in range(start, prose[0])))


# A newsletter box's heading ("Subscribe to The Export Letter", "Sign up for our newsletter") and, a few
# lines under it, its form: the address field's placeholder, its button glued to it or alone ("Type your
# email... Subscribe", "Enter your email address", "Sign up")
# (a newsletter's, a letter's, a briefing's: not another outlet's ad, "Subscribe to Morning Brew", a sister
# publication's, a podcast's: a review's probes)
_SIGN_UP_HEADING_RE = re.compile(r"\W*(?:subscribe to (?!.*\b(?:podcast|channel|youtube|show)\b).{0,40}\b"
                                 r"(?:newsletter|letter|briefing|digest|dispatch)s?|sign up .{0,60}newsletter.*)\W*$",
                                 re.I)
_SIGN_UP_FORM_RE = re.compile(r"\W*(?:(?:type|enter) your e-?mail(?: address)?(?: here)?(?:…|\.{3})?\s*"
                              r"(?:subscribe|sign up)?|subscribe(?: now)?|sign up(?: now)?)\W*", re.I)
_EMAIL_FIELD_RE = re.compile(r"\W*(?:type|enter) your e-?mail", re.I)
SIGN_UP_BOX_MAX_LINES = 4  # heading to form: a line of pitch or two between


def _sign_up_box_over_closing(lines: list[Line], i: int, end: int) -> int | None:
    """A newsletter's sign-up box set into a post over its last paragraphs (Substack's "Subscribe to
    X" / its pitch / "Type your email... Subscribe" / "My take: …" / "Update, May 13: …"): its form
    within a few lines, and under it nothing but paragraphs of running text to the text's end,
    CLOSING_MIN_WORDS or more. Not a box with no form, nor a bare label over its button alone
    (teasers under "Newsletters" / "Sign up"), nor one over the site's links or the publisher's
    blurb ("Example Times is an independent newsroom …"). Returns the box's last line, or None."""
    if not _SIGN_UP_HEADING_RE.match(lines[i].text):
        return None
    form = next((k for k in range(i + 1, min(end, i + 1 + SIGN_UP_BOX_MAX_LINES))
                 if _SIGN_UP_FORM_RE.fullmatch(lines[k].text)), None)
    if form is None or any(_prose(lines[k]) for k in range(i + 1, form)) \
            or form == i + 1 and not _EMAIL_FIELD_RE.match(lines[form].text):
        return None  # (a box: its pitch or its address field under its heading; not a bare button)
    if form + 1 < end and _EMAIL_FIELD_RE.match(lines[form].text) and _SIGN_UP_FORM_RE.fullmatch(lines[form + 1].text):
        form += 1  # (the field, then its button on a line of its own: "Type your email…" / "Subscribe")
    rest = [ln for ln in lines[form + 1:end] if not ln.clutter]
    return form if rest and all(_prose(ln) and not BRAND_IS_RE.match(ln.text) for ln in rest) \
        and sum(ln.words for ln in rest) >= CLOSING_MIN_WORDS else None


# "Read more", "weiterlesen 5 Minuten": the link that ends a teaser's card (label, headline, lede).
READ_MORE_LINE_RE = re.compile(
    r"^(?:read more|read the rest|continue reading|keep reading|weiterlesen|mehr lesen|lire la suite|lire plus|leer m[aá]s"
    r"|seguir leyendo|leggi (?:tutto|di pi[uù])|continua a leggere|ler mais|lees meer|czytaj wi[eę]cej)"
    r"(?:\s+\d+\s*(?:min(?:uten?|utes?|utos|uti)?\.?(?: read)?))?\s*[›»>→…]*$", re.I)
TEASER_CARD_LINES = 5  # a teaser's card: label, headline, a lede of a line or two, its "Read more"


def _teaser_cards(lines: list[Line], start: int, end: int, decisions: list[str]) -> int:
    """Where a run of teasers' cards begins after the article ("Read more" lines, each within a
    card's length of the next): the body ends there, however much text the page's other
    articles, shown in full below, add. Two cards after three paragraphs of the article, or
    three after one (a short post); cards above the article are no end. `end` when none."""
    in_cards: set[int] = set()
    for i in range(start, end):
        if not READ_MORE_LINE_RE.match(lines[i].text):
            continue
        k = i - 1  # the lede, then its headline and label: no paragraphs of running text
        while k - 1 > start and i - k < TEASER_CARD_LINES - 2 and not _prose(lines[k - 1]):
            k -= 1
        run, last = 1, i
        for j in range(i + 1, end):
            if j - last > TEASER_CARD_LINES:
                break
            if READ_MORE_LINE_RE.match(lines[j].text):
                run, last = run + 1, j
        prose = sum(_prose(lines[j]) for j in range(start, k) if j not in in_cards)
        if run >= 2 and prose >= HARD_END_MIN_PARAGRAPHS or run >= 3 and prose >= 1:
            decisions.append(f"body ends at line {k + 1} {lines[k].text[:50]!r} (teasers' cards of other articles)")
            return k
        in_cards.update(range(k, i + 1))
    return end


# The wire's closing credit, the article's last line: "AP Technology Writer Barbara Ortutay
# in San Francisco contributed to this report."
CONTRIBUTED_RE = re.compile(r"\bcontributed( reporting| research)? to this (report|story|article)\.?$", re.I)
CONTRIBUTED_MAX_CHARS = 200
# A note that is still the article's: "Correction: ...", "This story has been corrected to ..."
NOTE_AFTER_RE = re.compile(r"\W*(?:correction|clarification|update|editor['’]s note)\b"
                           r"|\W*this (?:story|article|report|post) (?:has been|was) (?:corrected|updated|changed)",
                           re.I)


# (or the sender's mission: "The Colorado Department of Agriculture's mission is to …")
_ABOUT_SENDER_RE = re.compile(r"About (?:the )?[A-Z][\w.&'’ -]{1,50}:?$|(?:Media|Press) [Cc]ontacts?:?.*"
                              r"|(?:The )?[A-Z][\w.&'’ -]{1,60}['’]s mission is\b.*")
# A release's contact lines under the sender's boilerplate, beside the ends _RELEASE_END_RE knows ("Press
# contacts", "###"): "For more information, please contact:", its office named ("UN Climate Change Press
# Office"), a label, an address to write to
_CONTACT_LINE_RE = re.compile(r"\W*(?:for (?:more|further) information,? (?:please )?contact\W*|(?:[\w.&'’-]+\s+){1,5}"
                              r"(?:media|press) (?:contacts?|office|enquiries|inquiries)\W*|contacts?:.*"
                              r"|\S+@\S+\.\w+)", re.I)
CONTACT_LINE_MAX_CHARS = 80
SENDER_NOTES_SPAN = 4  # lines from "About X" to the contact lines under its boilerplate


def cut_at_end_marker(lines: list[Line], weights: list[float], start: int, end: int,
                      decisions: list[str]) -> tuple[int, bool]:
    """End the body at a 'Subscribe' / 'Comments' / 'Related' line when little prose follows it,
    and at a copyright notice or a comment section's heading (HARD_END_RE) once it has begun;
    at a run of teasers' cards first (_teaser_cards).
    Also says whether a comment section was cut off (readers' words: no evidence of the site).
    How much prose follows a marker is counted up to the hard end: the comments under it do
    not make the teasers above them part of the article."""
    end = _teaser_cards(lines, start, end, decisions)
    hard = _hard_end(lines, weights, start, end)
    limit = end if hard is None else hard
    total = sum(max(w, 0) for w in weights[start:limit]) or 1.0
    # The same share counted in paragraphs alone (long lines of running text, lines that end as
    # sentences do): a related box's many headlines outweigh a short article above them, but
    # are none of its text. It counts where no run of paragraphs follows the box at all (else
    # the lines are the article's own list, its text going on below it).
    paragraphs = [max(w, 0) if ln.sentence or ln.cls == "good" else 0.0 for ln, w in zip(lines, weights)]
    in_paragraphs = sum(paragraphs[start:limit]) or 1.0
    before = before_in_paragraphs = 0.0
    seen: set[str] = set()
    box_end = -1  # (the last line of a sign-up box over the text's last paragraphs: its button is no end either)
    for i in range(start, limit):
        if "own-sign-up" in lines[i].flags:
            continue  # (the newsletter's own sign-up box, wherever it stands: see flag_own_sign_up_boxes)
        if "thread-reply" in lines[i].flags:
            continue  # (a thread's counters and reply buttons: its comments are its text)
        if i + 1 < limit and (lines[i].text in ("###", "-30-") and _ABOUT_SENDER_RE.match(lines[i + 1].text)
                              or lines[i].text.casefold() == "sobre la firma" and looks_like_name(lines[i + 1].text)):
            # a release's end mark over the sender's boilerplate ("###" / "About ERCOT" / …); not a
            # section break, a newscast's "-30-" between its stories, nor the notes to editors; El
            # País's "Sobre la firma" over its writers' names and bios (not a subheading on a signing)
            decisions.append(f"body ends at line {i + 1} {lines[i].text!r} (the sender's or the writers' notes under it)")
            return i, False
        if lines[i].text.startswith("About ") and _ABOUT_SENDER_RE.fullmatch(lines[i].text) \
                and before / total >= 1 - END_SHARE \
                and any(lines[k].chars <= CONTACT_LINE_MAX_CHARS
                        and (_RELEASE_END_RE.fullmatch(lines[k].text) or _CONTACT_LINE_RE.fullmatch(lines[k].text))
                        for k in range(i + 2, min(len(lines), i + 2 + SENDER_NOTES_SPAN))):
            # a release's "About the UNFCCC" / "With 198 Parties, …" / "For more information, please contact:"
            # with no "###" over it: the sender's boilerplate, then its contacts
            decisions.append(f"body ends at line {i + 1} {lines[i].text!r} (the sender's notes and contacts under it)")
            return i, False
        if END_MARKER_RE.match(lines[i].text) \
                and (before / total >= 1 - END_SHARE
                     or before_in_paragraphs / in_paragraphs >= 1 - END_SHARE
                     and not _prose_follows(lines, weights, i + 1, limit, limit)) \
                and not _prose_follows(lines, weights, i + 1, limit,
                                       # (the box the article's text has already run around: as long as then)
                                       BOX_MAX_LINES if lines[i].text in seen else END_BOX_MAX_LINES) \
                and not (RELATED_MARKER_RE.match(lines[i].text) and _closing_paragraph_follows(lines, i + 1, limit)) \
                and i > box_end \
                and not (lines[i].text in seen and _DIGEST_LINK_RE.fullmatch(lines[i].text)
                         and _digest_item_follows(lines, i + 1, limit)):
            box = _sign_up_box_over_closing(lines, i, limit)
            if box is None:
                decisions.append(f"body ends at line {i + 1} {lines[i].text[:50]!r} (end-of-article marker)")
                return i, False
            box_end = box
        if lines[i].chars <= CONTRIBUTED_MAX_CHARS and i + 1 < limit and CONTRIBUTED_RE.search(lines[i].text) \
                and before / total >= 1 - END_SHARE \
                and not any(lines[k].cls == "good" or NOTE_AFTER_RE.match(lines[k].text) for k in range(i + 1, limit)):
            decisions.append(f"body ends after line {i + 1} {lines[i].text[:50]!r} (the reporting credit)")
            return i + 1, False
        before += max(weights[i], 0)
        before_in_paragraphs += paragraphs[i]
        seen.add(lines[i].text)
    if hard is None:
        return end, False
    decisions.append(f"body ends at line {hard + 1} {lines[hard].text[:50]!r} (copyright notice or comments)")
    return hard, not COPYRIGHT_RE.search(lines[hard].text)


def _hard_end(lines: list[Line], weights: list[float], start: int, end: int) -> int | None:
    """The first copyright notice or comment section's heading (HARD_END_RE, or "Comments" over
    its count) after HARD_END_MIN_PARAGRAPHS lines of text, HARD_END_MIN_PROSE of them
    paragraphs of running text, or after HARD_END_MIN_PROSE_ALONE such paragraphs; None when
    there is none."""
    paragraphs = prose = 0
    for i in range(start, end):
        begun = paragraphs >= HARD_END_MIN_PARAGRAPHS and prose >= HARD_END_MIN_PROSE \
            or prose >= HARD_END_MIN_PROSE_ALONE
        if begun and (HARD_END_RE.match(lines[i].text) or _counted_heading(lines, i)
                      or lines[i].chars <= RESEARCH_END_MAX_CHARS and lines[i].text[:1] in "AaDdIi"
                      and _RESEARCH_END_RE.fullmatch(lines[i].text) and _research_note(lines, start)) \
                and "thread-reply" not in lines[i].flags and "code" not in lines[i].flags:
            return i  # (not a listing's line: a file's "# Copyright (c) 2024 … All rights reserved.")
        if weights[i] > 0:
            paragraphs += 1
            prose += lines[i].cls == "good" or _prose(lines[i])
    return None


def _research_note(lines: list[Line], start: int) -> bool:
    """The page is a research note: an analyst's card over its text, the name over the job title and firm ("Michael
    Gapen" / "Chief US Economist | MS&Co."), or over the title and a telephone number or e-mail address."""
    return any(looks_like_name(lines[k - 1].text) and _card_role(lines, k)
               and ("|" in lines[k].text or k + 1 < len(lines) and _card_contact(lines[k + 1].text))
               for k in range(1, min(start + 1, len(lines))))


COMMENTS_HEADING_RE = re.compile(
    r"^\W*(comments?|kommentare|commentaires|comentarios|comentários|commenti|reacties|комментарии)\W*$", re.I)
COUNT_LINE_RE = re.compile(r"^\d[\d,.]*$")


def _counted_heading(lines: list[Line], i: int) -> bool:
    """"Comments" over its count ("863"): a comment section's heading, as "863 Comments" is."""
    return bool(COMMENTS_HEADING_RE.match(lines[i].text)) and i + 1 < len(lines) \
        and bool(COUNT_LINE_RE.match(lines[i + 1].text))


def _prose(ln: Line) -> bool:
    """A paragraph of running text: 8+ words ending in a full stop (a teaser's headline has none)."""
    return ln.cls in ("good", "near") and ln.words >= 8 \
        and ln.text.rstrip("\"”’')»").endswith((".", "!", "?", "…"))


# A structured abstract copied with its labels run into their paragraphs (a preprint server's,
# a journal's page: "Background Since March 2024, …" / "Methods Between October 2 …" / "Results
# …"): the labels are its subheadings. Two labelled paragraphs in a row at least, each label
# once, one of them a part after the first ("Methods", "Results", …): not "Purpose Built
# Communities, the Atlanta nonprofit …", nor "Results Matter" opening a paragraph.
_ABSTRACT_PART_RE = re.compile(
    r"(Background|Objectives?|Purpose|Aims?|Context|Introduction|Importance|Design, Setting,? and Participants"
    r"|Methods and Findings|Methods|Design|Setting|Participants|Interventions?|Exposures?"
    r"|Main Outcomes? and Measures?|Results|Findings|Conclusions? and Relevance|Conclusions?|Interpretation"
    r"|Limitations|Funding)\s+(?=[A-Z])")
# An encyclopedia's marks of its references, glued to the word or stop they follow: "… with
# the Palestinians.[1][2] The attacks …", "[citation needed]", "[note 3]", "[a]".
_REFERENCE_MARK_RE = re.compile(r"(?<=[^\s\[])(?:\[(?:\d{1,3}|note \d{1,3}|citation needed|clarification needed"
                                r"|when\?|who\?|according to whom\?|failed verification)\])+")
# (a court's alteration of a quotation, "[t]he", "[a] State", stays; so does a listing's "arr[0]")
REFERENCE_MARKS_MIN = 3


def join_lone_datelines(blocks: list[Block]) -> list[Block]:
    """The blocks, a release's dateline alone in a paragraph ("TAMPA, Fla. –", a saved page's
    <p> of its own) run into the paragraph under it, as the release prints it."""
    out: list[Block] = []
    for b in blocks:
        if out and out[-1].kind == "paragraph" and b.kind == "paragraph" \
                and _PLACE_DATELINE_RE.fullmatch(out[-1].text) is not None:
            out[-1] = Block("paragraph", f"{out[-1].text} {b.text}")
        else:
            out.append(b)
    return out


def strip_reference_marks(blocks: list[Block]) -> None:
    """An encyclopedia's reference marks (above) out of the text's blocks, when it has three
    numbered ones at least after a stop (not a listing's "arr[0]", "arr[1]" and "arr[7]")."""
    prose = [b for b in blocks if b.kind in ("paragraph", "quote", "item") and "[" in b.text]
    # (marks after a sentence's or a clause's stop, as an encyclopedia sets them: ".[1]", ",[2]")
    if len({m for b in prose for m in re.findall(r"[.,;:”\")]\[(\d{1,3})\]", b.text)}) >= REFERENCE_MARKS_MIN:
        for b in prose:
            b.text = _REFERENCE_MARK_RE.sub("", b.text)
_ABSTRACT_HEADING_RE = re.compile(r"\W*(?:structured )?(?:abstract|summary)\W*", re.I)
_ABSTRACT_LATER = ("Methods", "Results", "Findings", "Conclusion", "Interpretation", "Main Outcome")


def _abstract_rank(label: str) -> int:
    """Where a structured abstract's part comes: the question, the method, the results, the conclusions."""
    for rank, starts in enumerate((("Background", "Objective", "Purpose", "Aim", "Context", "Introduction", "Importance"),
                                   ("Methods", "Design", "Setting", "Participants", "Intervention", "Exposure",
                                    "Main Outcome"),
                                   ("Results", "Findings"), ("Conclusion", "Interpretation", "Limitations"),
                                   ("Funding",))):
        if label.startswith(starts):
            return rank
    return 0


def _abstract_parts(blocks: list[Block], decisions: list[str]) -> list[Block]:
    """The blocks, a structured abstract's labels run into its paragraphs (above) made its
    subheadings."""
    labels = [m.group(1) if b.kind == "paragraph" and (m := _ABSTRACT_PART_RE.match(b.text)) else None
              for b in blocks]
    split: set[int] = set()
    k = 0
    while k < len(blocks):
        run = k
        while run < len(blocks) and labels[run] is not None:
            run += 1
        found = labels[k:run]
        order = [_abstract_rank(x) for x in found]  # type: ignore[arg-type]
        # (three parts at least, or Methods and Results; in an abstract's order: not an agency's
        # list, "Methods Analytics, the Sheffield-based …" / "Results International …" / "Purpose
        # Digital …", nor an opinion's "Context Matters …" / "Results Were mixed …")
        # (and where an abstract stands: the text's start, or under its "Abstract")
        if len(found) >= 2 and len(set(found)) == len(found) and order == sorted(order) \
                and (len(found) >= 3 or {"Methods", "Results"} <= set(found)) \
                and (k == 0 or _ABSTRACT_HEADING_RE.fullmatch(blocks[k - 1].text) is not None) \
                and any(x.startswith(_ABSTRACT_LATER) for x in found):  # type: ignore[union-attr]
            split.update(range(k, run))
        k = run + 1
    if not split:
        return blocks
    decisions.append(f"a structured abstract's labels made subheadings: {', '.join(labels[k] for k in sorted(split))}")
    out: list[Block] = []
    for k, b in enumerate(blocks):
        if k in split:
            label = labels[k]
            out += [Block("heading", label), Block("paragraph", b.text[len(label):].strip())]  # type: ignore[arg-type]
        else:
            out.append(b)
    return out


RELATED_LABEL_MAX_CHARS = 40  # "Related News", "You might also like": a label, not a sentence that opens so
# A box's label that ends no article: El País's "Más información" over two teasers, mid-text, or over one (a
# first-time user's EU briefing kept it as a paragraph); "Te puede interesar", Il Sole 24 Ore's "Approfondisci",
# "Potrebbe interessarti", "Mehr zum Thema", "Das könnte Sie auch interessieren"
_BOX_LABEL_RE = re.compile(r"\W*(?:m[aá]s informaci[oó]n|m[ée]s informaci[oó]|saiba mais|ver tamb[ée]m"
                           r"|(?:tambi[eé]n )?te (?:puede|podr[ií]a) interesar|approfondisci"
                           r"|(?:ti )?potrebbe interessarti"
                           r"|mehr zum thema|das k[öo]nnte sie (?:auch )?interessieren)\W*", re.I)


HEADING_WORDS_SAID = 0.6  # of a subheading's words (three letters or more), those the paragraph under it says
BOX_TEASER_MIN_WORDS = 6  # of the one teaser's headline under a box's label (see drop_boxes)


# A subheading's question or label ("What Yunus said", "How the vote works", Hindi "… ने क्या कहा", Bengali "… কী
# বললেন", Urdu "… نے کیا کہا"), which a teaser's headline is not
_HEADING_QUESTION_RE = re.compile(r"\b(?:what|how|why|who|when|where|which)\b|(?:^|\s)(?:क्या|कैसे|क्यों|কী|কেন|কীভাবে"
                                  r"|کیا|کیسے|کیوں)(?:\s|$)", re.I)
HEADING_LABEL_MAX_WORDS = 4


def _heads_paragraph(ln: Line, para: Line) -> bool:
    """Line ln, a heading's shape, is the subheading of the paragraph under it, which says most of its words: a
    question's or a label's, or one whose rarer words (no function words) the paragraph says every one of. A teaser's
    headline shares a few by chance ("Interest rate cut expected next month" over "Interest rate markets now price in
    a cut in February, with … expected …", a review's probe: no "month")."""
    words = {w.casefold() for w in line_words(ln.text) if len(w) >= 3}
    said = {w.casefold() for w in line_words(para.text)}
    shared = len(words & said)
    if not (heading_like(ln) and not looks_like_name(ln.text) and shared >= 2
            and shared >= HEADING_WORDS_SAID * len(words)):
        return False
    stops = _stoplist("English")
    return ln.words <= HEADING_LABEL_MAX_WORDS or ln.text.endswith("?") or _HEADING_QUESTION_RE.search(ln.text) \
        is not None or all(w in said for w in words if w not in stops)


CJK_PROSE_MIN_CHARS = 30


def _box_prose(ln: Line) -> bool:
    """A paragraph of running text under a box (_prose), or one in Chinese or Japanese, which ends at its "。"."""
    return _prose(ln) or ln.text.endswith("。") and ln.cls in ("good", "near") and ln.chars >= CJK_PROSE_MIN_CHARS


def drop_boxes(lines: list[Line], start: int, end: int, decisions: list[str]) -> None:
    """A box set into the article ("Most read in world news", then teasers' kickers and
    headlines, then the article goes on): its heading and items are not article text.
    The items are the lines up to the next paragraph of running text, at least two and at
    most BOX_MAX_LINES of them. A marker that is a sentence leading into a list is no box's
    heading."""
    i = start
    while i < end:
        ln = lines[i]
        # ("Recommended steps for residents who want to comment:" introduces the article's list.)
        also = _ALSO_MARKER_RE.fullmatch(ln.text) is not None or _SET_IN_LABEL_RE.fullmatch(ln.text) is not None
        box = _BOX_LABEL_RE.fullmatch(ln.text) is not None  # (over one teaser too, as "read also": El País's)
        # (and a related box's label over one headline set into the text, the text going on under it: "Related News" /
        # "What do foreign investors think of TSMC shares after the quake?", "相關新聞" / "地震後台積電股價 外資怎麼看？",
        # "Read Next" / "Japan's Rapidus begins pilot line construction": a first-time user's Liberty Times and Nikkei
        # Asia pages kept the teaser as a paragraph; one item only, as under "READ MORE")
        one = also or box or ln.chars <= RELATED_LABEL_MAX_CHARS and RELATED_MARKER_RE.match(ln.text) is not None
        if (END_MARKER_RE.match(ln.text) or box or also) \
                and not (ln.text.endswith(":") and ln.words > 3) and "thread-reply" not in ln.flags:
            j = i + 1
            # (a teaser that asks right under a "read also" label is its item: NOS's "Bekijk ook" / "Wat mag wel en
            # niet onder de AI-wet?"; one under the label's teaser may be the article's, its answer under it)
            while j < end and j - i <= BOX_MAX_LINES and (not _box_prose(lines[j]) or _asking_item(lines, j, end)
                                                          or j == i + 1 and _teaser_asking_under(lines, i, end)):
                j += 1
            # (one item under a "read also" label set into the text: Libération's "A lire aussi" / a headline;
            # with a colon, one only, Les Echos' "Lire aussi :" / a headline: a press review's "A lire aussi :"
            # introduces its own list of the journals' issues, France Culture's)
            most = 1 if also and ln.text.rstrip().endswith(":") and not END_MARKER_RE.match(ln.text) else BOX_MAX_LINES
            # (not the article's own question under the label, in an article of questions over their answers: "See
            # also:" / "Who has to register?" / … / "What happens if a landlord does not register?": a review's probes)
            faq = j - i - 1 == 1 and lines[i + 1].text.rstrip().endswith("?") \
                and any(lines[k].text.rstrip().endswith("?") and not _prose(lines[k]) for k in range(j + 1, end))
            # (nor, alone under a label, a short sentence of the story with its full stop, no teaser's headline:
            # "Читайте также" / "Строительство велось шесть лет.", a review's probe)
            told = one and j - i - 1 == 1 and (lines[i + 1].text.rstrip("\"”’»)").endswith(".")
                                               and not lines[i + 1].text.endswith("...")
                                               or not also and not box
                                               and lines[i + 1].words > SET_IN_HEADLINE_MAX_WORDS)
            # (nor, under a box's label alone, a few words of the text's own subheading: "Más información" / "Plazo de
            # resolución" / its paragraph, a review's probe; a teaser's headline is longer)
            told = told or box and not also and j - i - 1 == 1 and lines[i + 1].words < BOX_TEASER_MIN_WORDS
            if (2 if not one else 1) <= j - i - 1 <= most and j < end and _box_prose(lines[j]) and not faq \
                    and not told:
                # (the last line over the paragraph may be the text's subheading, the box over it, when the paragraph
                # says what it says: BBC's "Related stories" / "Hasina sentenced to death in absentia" / "What Yunus
                # said" / "Chief Adviser Muhammad Yunus said on Friday …", a first-time user's control copy)
                above = i - 1
                while above > start and lines[above].clutter:
                    above -= 1  # (past the page's skip link over the box, BBC's "Continue reading")
                sub = j - 1 if j - i - 1 >= 2 and above >= start and _prose(lines[above]) \
                    and not lines[above].clutter and _heads_paragraph(lines[j - 1], lines[j]) else j
                for k in range(i, sub):
                    lines[k].clutter = True
                if sub < j:
                    lines[sub].flags.add("box-subheading")
                decisions.append(f"lines {i + 1}-{j}: a box set into the article ({lines[i].text[:40]!r})")
                i = j
                continue
        i += 1


# ---------------------------------------------------------------------------
# headline, byline, dateline
# ---------------------------------------------------------------------------
def is_dateline(ln: Line, month_first: bool) -> bool:
    """A short line that is mostly a date (optionally with 'Published', a time, a weekday); in
    Chinese or Japanese, not a headline that opens with one ("令和7年4月1日から資源ごみの出し方が変わります")."""
    if ln.chars > 120 or ln.caption or not (dates := find_dates(ln.text, month_first)):
        return False
    if (m := _DATE_PREFIX_RE.match(ln.text)) and len(ln.text) - m.end() >= DATED_HEADLINE_MIN_CHARS \
            and date_share(m.group(1)) >= 0.8:
        return False  # (a headline its release's date opens, in brackets: "（令和7年4月15日）グーグル・…について")
    if _reads_as_sentence(ln.text) and len(ln.text[:dates[0][0]].split()) >= DATELINE_SENTENCE_WORDS_BEFORE \
            and date_share(ln.text) < DATELINE_MIN_SHARE_IN_SENTENCE:
        # (a body's sentence with its date inside, up to 120 characters, is no dateline: "Uchaguzi huo ulifanyika
        # Oktoba 29, 2025, huku vyama vya upinzani …", whose paragraph above outscored the headline on Swahili
        # pages, a review's probes; a sentence that opens on its date, "As of December 31, 2014, the Company …", may
        # still anchor the line over it)
        return False
    if date_share(ln.text) < DATELINE_MIN_SHARE_IN_SENTENCE and all(_ends_a_span(ln.text, *d) for d in dates):
        return False  # (a headline with the span of days it tells of: see _ends_a_span)
    return ln.text.isascii() or _CJK_DATE_CLAUSE_RE.match(ln.text) is None and not _cjk_sentence(ln.text)


# The first day of a span of days, before the dash, as a meeting's or a conference's headline gives its days: EMA's
# "Meeting highlights from the Committee for Medicinal Products for Human Use (CHMP) 22-25 January 2024", "22 January
# – 25 January 2024" (a first-time user's GLP-1 briefing: the page was dated by the meeting's last day, the breadcrumb
# line ending in the headline read as its dateline, over the page's own "News 26/01/2024"). The span is what the page
# tells of, never when it was published. (A day, not an issue's number, "No. 3 – 25 January 2024", nor a time,
# "14:05 - 25 January 2024".)
_SPAN_START_RE = re.compile(r"(?<![\w:.,/#])(\d{1,2})\.?(?:\s+([^\W\d_]{3,12})\.?)?\s*[-–—]\s*$")
_NUMBER_LABEL_RE = re.compile(r"(?:no|nr|vol|issue|edition|number|n[º°])\.?\s*$", re.I)


def _ends_a_span(text: str, at: int, date: dt.date) -> bool:
    """The date at `at` in text ends a span of days that opens before its dash (see _SPAN_START_RE)."""
    head = text[max(0, at - 24):at].rstrip()
    if not head.endswith(("-", "–", "—")) or (m := _SPAN_START_RE.search(head + " ")) is None \
            or _NUMBER_LABEL_RE.search(head, 0, m.start()):
        return False
    month = m.group(2)
    return 1 <= int(m.group(1)) < date.day if month is None else is_month_name(month.casefold())


DATED_HEADLINE_MIN_CHARS = 10
OUTLET_MAX_WORDS = 5  # an outlet's name under its writer's
DATELINE_MIN_SHARE_IN_SENTENCE = 0.5
DATELINE_SENTENCE_WORDS_BEFORE = 3


CJK_LINE_SHARE = 0.3  # of a line's characters, Chinese or Japanese ones: a line in those languages
# A date that a Japanese or Chinese headline opens with, a particle joining it to the sentence:
# "令和7年4月1日から資源ごみの出し方が変わります" ("from"), "令和6年1月1日に発生した能登半島地震に係る…" ("on")
_CJK_DATE_CLAUSE_RE = re.compile(f"(?:{'|'.join(JAPANESE_ERAS)})?" r"\s*(?:元|\d{1,4})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*"
                                 r"(?:から|に|まで|より|の|以降|以来|起|开始|至)")


_MONTH_NAME = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
               r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)")
_MONTH_WORD_RE = re.compile(r"\b" + _MONTH_NAME + r"\b")


def clean_name(name: str) -> str:
    """Trim a byline name: glued site names, roles after a comma, trailing dates and separators."""
    # "By Joseph Tsidulko November 19, 2019": a date right after the name.
    name = re.sub(r"\s+" + _MONTH_NAME + r"\.?\s+\d{1,2}\b.*$", "", name)
    # Stop at separators, e-mail addresses, handles ("Jon Porter@JonPorty": the name stays),
    # phone numbers and dates.
    name = re.split(r"\s+[|•·–—/]\s*|\s+-\s+|\s{2,}|\S*@\S*\.\w|@|\(|\d", name)[0]
    # "Diane Buckstegge Veröffentlicht am 1. Mai 2019": published/updated, in the languages read
    # ("Posted by Ned Deily at 5:11 AM": the time, its digits cut off above, goes with its "at").
    name = re.sub(r"\b(updated|published|posted|ver[öo]ffentlicht|aktualisiert|publié|publicado|pubblicato|"
                  r"actualizado|atualizado|aggiornato|on|am|em|il|le|el)\b(\s+.*)?$", "", name, flags=re.I)
    name = re.sub(r"\s(?:at|um)\s.*$", "", name)  # (lower case: "Um Ji-won" is a name)
    # "Jonathan GarberFOXBusiness": a lower-case letter glued to an upper-case run is a new
    # word, after the name's first word ("LinkNaija", "TechCrunch Staff" are one name).
    first, space, rest = name.partition(" ")
    if first.casefold() not in NEWSROOM_WORDS:  # (a desk's brand is the name: "Redação MetSul")
        name = first + space + _GLUED_RE.sub("", rest)
    return name.strip(" ,;:.-–—|")


# "Newsroom", in the languages read: a desk credited as the author ("Redação MetSul", "Redazione ANSA")
NEWSROOM_WORDS = frozenset("redação redacao redacción redaccion redazione rédaction redaction redaktion redactie "
                           "newsroom".split())


_GLUED_RE = re.compile(r"(?<![A-Z][a-z])(?<!Ma[a-z])(?<=[a-z])(?=[A-Z]).*$")


# A statement, a testimony or remarks, and whose: "DISSENTING STATEMENT OF" / "COMMISSIONER
# BRENDAN CARR" (an FCC commissioner's, copied from its PDF, under the commission's running
# header), "Testimony of Jane Doe", "Prepared Remarks of Secretary John Roe"; its "Re:" line
# under it says what about, and often when.
_STATEMENT_OF_RE = re.compile(r"(?P<label>(?:(?:dissenting|concurring|separate|joint|prepared|opening|written"
                              r"|additional|supplemental)\s+)*(?:statement|testimony|remarks))\s+of\b\s*(?P<rest>.*)",
                              re.I)
_STATEMENT_ROLE_RE = re.compile(r"(?:the\s+)?(?:hon(?:orable|\.)?\s+)?(?:(?:acting|deputy|assistant|vice)\s+)*"
                                r"(?:commissioner|chairwoman|chairman|chair|senator|representative|rep\.|sen\."
                                r"|secretary|director|administrator|governor|ambassador|general|admiral|attorney general"
                                r"|dr\.?|mr\.?|ms\.?|mrs\.?)\s+", re.I)
STATEMENT_HEAD_LINES = 8  # from the copy's top, where the label stands
# A testimony's cover, under the label and the witness's role and firm: the committee it is given to, "Before the" /
# "United States House of Representatives" / "Committee on Homeland Security" / "Subcommittee on Cybersecurity and
# Infrastructure Protection", then the hearing's name in quotation marks, "“Testing Resilience: Lessons Learned
# from …”" (a first-time user's cyber briefing: the subcommittee's name was the title, the witness no author). The
# hearing's name titles it; the committee's lines are no headline.
_BEFORE_RE = re.compile(r"before(?: the)?(?: [A-Z].{0,100})?", re.I)
STATEMENT_COVER_LINES = 6  # under the label, to the "Before the"; and under it, to the hearing's name


@dataclass
class Statement:
    title: str
    name: str
    line: int
    subject: int | None


def statement_of(lines: list[Line], start: int, title: int | None) -> Statement | None:
    """A statement's label and its author's name at the top of its copy, over its text (or
    under the running header taken for its headline), or None."""
    for ln in lines[:min(start + 1, STATEMENT_HEAD_LINES)]:
        m = _STATEMENT_OF_RE.fullmatch(ln.text) if ln.chars <= 80 and not ln.clutter else None
        if m is None:
            continue
        before = next((j for j in range(ln.index + 1, min(len(lines), ln.index + STATEMENT_COVER_LINES))
                       if lines[j].text[:1] in "Bb" and _BEFORE_RE.fullmatch(lines[j].text)), None)
        hearing = next((j for j in range(before + 1, min(len(lines), before + STATEMENT_COVER_LINES))
                        if lines[j].text[:1] in _OPENING_QUOTES and lines[j].text[-1:] in "\"”’'"
                        and lines[j].words >= 2), None) if before is not None else None
        if title is not None and title > ln.index and (hearing is None or title > hearing) and (
                before is None or not before <= title < before + STATEMENT_COVER_LINES or hearing is not None):
            continue  # (but the committee's lines under "Before the" are no headline: "Before the Senate Committee
            # on Finance", "Subcommittee on …")
        rest, k = m.group("rest").strip(" ,:"), ln.index
        if not rest and k + 1 < len(lines):
            k += 1
            rest = lines[k].text.strip(" ,:")
        name = rest
        while (role := _STATEMENT_ROLE_RE.match(name)) is not None:
            name = name[role.end():]
        name = name.split(",")[0].strip()
        if not name or not looks_like_name(name) or name == rest and name.isupper() and len(name.split()) > 3:
            continue
        cased = title_case_name(name) if name.isupper() else name
        who = title_case_name(rest.split(",")[0]) if rest.isupper() else rest.split(",")[0]
        label = " ".join(w.capitalize() for w in m.group("label").split())
        subject = k + 1 if k + 1 < len(lines) and lines[k + 1].text[:3].casefold() == "re:" else None
        if hearing is not None:
            return Statement(lines[hearing].text.strip("\"“”‘’'"), cased, ln.index, subject)
        return Statement(f"{label} of {who}", cased, ln.index, subject)
    return None


def title_case_name(text: str) -> str:
    """'IVAN MURPHY AND ANKE O'BRIEN' -> 'Ivan Murphy and Anke O'Brien' (a byline set in capitals)."""
    def word(m: re.Match[str]) -> str:
        w = m.group(0)
        if (cut := _CAPITALS_AFTER_PREFIX_RE.fullmatch(w)) is not None:
            return cut.group(1) + cut.group(2).lower()  # "McGRATH", "MacDONALD", "DeLUCA": the prefix as printed
        if w[:2] == "MC" and len(w) > 4:
            return "Mc" + w[2] + w[3:].lower()  # "MCGRATH": "McGrath"
        return w.lower() if w.lower() in NAME_JOINERS and m.start() else w[:1] + w[1:].lower()
    return re.sub(r"[^\W\d_]+", word, text)


# (with the ranks and small words such titles hold: "Visiting Scholar", "Director of Research Programs")
_ROLE_VOCABULARY = PROFESSIONAL_ROLES | frozenset("""visiting staff writer reporter correspondent research chief deputy
    assistant executive nonresident vice of and for the program programs studies""".split())


def _role_only(text: str) -> bool:
    """A role, every word of it ("Legislative Attorney", "Senior Fellow"; not "Megan L. Head")."""
    return all(w.strip(",.").casefold() in _ROLE_VOCABULARY for w in text.split())


def _surname_cased(name: str) -> str:
    """AFP's style, the family name in capitals, "Daniel KOHLER" -> "Daniel Kohler", "Jean-Pierre
    DE LA SOURCE" -> "Jean-Pierre De la Source" (a first name in small letters before it; not
    letters after a name, "Jane Doe MD", "John Roe III", nor an acronym, "Tom CBS", "Redazione ANSA")."""
    words = name.split()
    k = len(words)
    while k > 1 and words[k - 1].isupper():
        k -= 1
    run = words[k:]
    if not run or k == 0 or not any(w[:1].isupper() and not w.isupper() for w in words[:k]) \
            or sum(len(re.sub(r"\W", "", w)) for w in run) < SURNAME_MIN_LETTERS \
            or any(w.replace(".", "").casefold() in CREDENTIALS or re.fullmatch(r"[IVX]+", w)
                   or _POST_NOMINAL_RE.fullmatch(w.replace(".", "")) or AGENCY_RE.match(w.casefold()) for w in run):
        # (nor a desk's agency: "Redazione ANSA")
        return name
    return " ".join([*words[:k], title_case_name(" ".join(run))])


SURNAME_MIN_LETTERS = 4  # (fewer is as likely an acronym: "CBS")
# Honours and fellowships after a British name: "Jane Smith OBE FRSE", "Sarah Jarvis MBE FRCGP"
_POST_NOMINAL_RE = re.compile(r"[OMCKDG]BE|OM|CH|KC|QC|MP|MSP|MEP|JP|F[A-Z]{2,6}|NASA")


# The writer's job, printed before the name in the byline: a law firm's "Rechtsanwalt Dennis Tölle",
# "Von Rechtsanwältin Anna Berg", "Journaliste Claire Dubois", "Avvocato Marco Rossi". The words of
# writers and lawyers, who sign articles so, in the languages read (an author's label, "Autor", is
# _LABEL_THEN_NAME_RE's). Not an office of two words, whose second is part of it: "Attorney General
# Jane Roe", "Abogado General Tomás Herrero" (English "attorney" is left out: that is its office).
JOB_BEFORE_NAME = frozenset(
    "rechtsanwalt rechtsanwältin fachanwalt fachanwältin redakteur redakteurin korrespondent korrespondentin "
    "journalist journalistin reporterin correspondent journaliste rédacteur rédactrice avocat avocate "
    "correspondant correspondante periodista redactor redactora abogado abogada corresponsal giornalista "
    "redattore redattrice avvocato avvocata corrispondente advocaat redacteur verslaggever jornalista "
    "advogado advogada".split())
_OFFICE_SECOND_WORDS = frozenset("general generalin général générale generale geral generaal".split())


# ... and a byline's label with no colon, kept before the name where no rule took it off (Kompas's "Penulis
# Bernadette Aderi Puspaningrum | Editor …", a first-time user's author): Indonesian's and Malay's "Penulis", "Oleh",
# "Pewarta", "Wartawan", the English labels; _SCRIPT_BYLINE_LABELS (no capitals to tell a name by: a word or more
# after it, no digit)
BYLINE_LABEL_WORDS = frozenset("penulis oleh pewarta wartawan reporter editor author autor by".split())
SCRIPT_NAME_MAX_WORDS = 6  # (a name of a script without capitals after its label: "লেখক: শুভজ্যোতি ঘোষ")


def _without_job_title(name: str) -> str:
    """The name without the job title the byline put before it ("Rechtsanwalt Dennis Tölle" -> "Dennis
    Tölle"), when a name of two words or more follows it; or without a byline's label ("Penulis Jane Roe")."""
    job, _, rest = name.partition(" ")
    if job.casefold() in JOB_BEFORE_NAME and rest.split(" ", 1)[0].casefold() not in _OFFICE_SECOND_WORDS \
            and looks_like_name(rest):
        return rest
    label = job.rstrip(":：").casefold()
    if label in BYLINE_LABEL_WORDS and looks_like_name(rest) \
            or label in _SCRIPT_BYLINE_LABELS and rest.strip(" :：") and not any(c.isdigit() for c in rest):
        return rest.strip(" :：")
    return name


def names_only(text: str) -> list[str] | None:
    """'Jane Doe and John Roe', 'A, B & C': the names when the line holds nothing else; a
    paper's authors too ("Rachel M. Okafor, Thomas Brandt, ..., Jesse D. Bloom"; "Kristen L.
    Marshall, DVM1,2; Alexandra M. Mellis, PhD3", each with degrees and affiliations' marks); a
    live blog's, with when each wrote ("Helen Livingstone (now), Tom Ambrose (earlier)")."""
    text = _NAME_NOTE_RE.sub("", text)
    if " for the " in text or " on behalf of " in text:
        text = _FOR_GROUP_RE.sub("", text)  # (NEJM's "…, and Adam Stefanski, for the SURMOUNT-1 Investigators")
    marks = 0
    if "*" in text or _MIDDLE_INITIAL_RE.search(text) or _BARE_INITIAL_RE.search(text):
        # "Anjali Krishnan1,*, Tran Minh Duc2 … and Marco Bellini4", the corresponding author
        # starred, or "Priya S. Raman1, Daniel J. Okafor1, …", initials as a paper gives them (not a
        # brief's footnoted "Costa Rica1, Sri Lanka2 and New Zealand3"); PubMed's, the initials with no
        # point and the marks glued or spaced ("John P H Wilding 1, Rachel L Batterham 2, …")
        text, marks = _AFFILIATION_MARKS_RE.subn("", text)
    if ";" in text and _CREDENTIALS_AFTER_RE.search(text.split(";")[0]):
        parts = [_CREDENTIALS_AFTER_RE.sub("", p.strip()) for p in text.rstrip("; ").split(";")]
        if len(parts) > 2 and _GROUP_AUTHOR_RE.search(parts[-1]):
            parts.pop()  # (a group signs last: "…; CDC H5 Serosurvey Team")
    else:
        if ";" in text and _GROUP_AUTHOR_RE.search(group := text.rpartition(";")[2].strip()) and marks >= 2:
            text = text[:-len(group)].rstrip(" ;")  # (PubMed's "…, Robert F Kushner 1; STEP 1 Study Group")
        # (where one filed from is no part of the name: "Jennifer Rankin in Brussels and Dan Milmo")
        # ("Luísa Pinto e Victor Ferreira", "Ana García y Pedro Ruiz", "Núria Vidal i Anna Puig")
        parts = [_IN_PLACE_RE.sub("", p.strip()) for p in _NAMES_SPLIT_RE.split(text)]
        # (NEJM's degrees, each set off by a comma: "Ania M. Jastreboff, M.D., Ph.D., Louis J. Aronne, M.D., …")
        degrees = [k for k, p in enumerate(parts) if k and p and all(w.replace(".", "").casefold() in CREDENTIALS
                                                                       for w in p.split())]
        if degrees and any("." in parts[k] or not parts[k].isupper() for k in degrees):
            parts = [p for k, p in enumerate(parts) if k not in degrees]
    if parts and not text.isupper():
        # "Kevin Johnson and Kevin McCoy USA TODAY": the paper's name in capitals after the last.
        parts[-1] = re.sub(r"(?<=[a-z])(?:\s+[A-Z]{2,})+$", "", parts[-1])
    if (2 <= len(parts) <= 4 or len(parts) <= NAMES_MAX and any(_MIDDLE_INITIAL_RE.search(p) for p in parts)
            or len(parts) <= PAPER_NAMES_MAX and marks >= max(2, len(parts) - 1)) \
            and all(looks_like_name(p) for p in parts) \
            and not any(_PRODUCT_WORD_RE.match(w) for p in parts for w in p.split()):
        # (a name and its role, set off by a comma: "Valerie C. Brannon, Legislative Attorney")
        names = [p for p in parts if not _role_only(p)]
        if len(names) >= 2 and all(" " in name for name in names[:-1]) \
                and names[-1].rsplit(None, 1)[-1] in _NEWSROOM_ENDS and text.rstrip(" .").endswith(", " + names[-1]):
            return names[:-1]  # (the newsroom after a comma, "Nina Totenberg, NPR News": no other writer; a review's
            # probe)
        return names if len(names) >= 2 else None
    return None


# A product's or a format's name, its capitals run into the word ("SQLite", "ESPHome", "KEmulator"), is
# no person's: "SQLite Backups and Litestream Replicas" is a headline, not two writers. (Not "McDonald",
# "DeLuca", "MacKenzie", nor a Dutch "IJzerman", nor an Irish, Indian or French name whose apostrophe
# the page left out, "ONeill", "DSouza", "LEstrange"; a name in capitals, "JOHN HANNA", has no lower case.)
_PRODUCT_WORD_RE = re.compile(r"(?!IJ[a-z]|[ODL][A-Z][a-z])[A-Z]{2,}[a-z]")
# (and the Nordic, Finnish and Baltic "och", "og", "ja", "ir", "un": "Anna Svensson och Per Olsson")
# ... but a line of names so joined whose surnames the headline gives is the story's subjects, not
# its writers ("Kristersson och Andersson möttes i debatt" / "Ulf Kristersson och Magdalena Andersson").
_NORDIC_AND_RE = re.compile(r"\s(?:och|og|ja|ir|un)\s")
_NAMES_SPLIT_RE = re.compile(r",\s*(?:(?:and|&)\s+)?|\s+(?:and|&|e|y|i|et|und|dan|и|och|og|ja|ir|un)\s+")
# "(now)", "(earlier)": when a live blog's writer wrote (not a caption's "(left)", "(pictured)")
# (and MMWR's link after its authors' line, "… Paul A. Gastañaduy, MD1 (View author affiliations)")
_NAME_NOTE_RE = re.compile(r"\s*\((?:now|earlier|later|before|previously|until \w+|from \w+|since \w+"
                           r"|[Vv]iew author affiliations)\)")
# More than four names on one line are a paper's authors when one has a middle initial, as
# papers write them ("Rachel M. Okafor"); not a line of the people a story is about ("Ursula
# von der Leyen, Giorgia Meloni, Emmanuel Macron, ...") or of its topics ("Bird Flu, Dairy
# Cattle, Public Health, ...").
NAMES_MAX = 12
_MIDDLE_INITIAL_RE = re.compile(r"\s[A-Z]\.\s")
# A paper's marks after an author's name: her affiliations' numbers, the corresponding
# author's "*": "Anjali Krishnan1,*, Tran Minh Duc2, Siti Rahmawati3 and Marco Bellini4".
# (or spaced, as PubMed's page copies them: "John P H Wilding 1, Rachel L Batterham 2", "… 1 2, …"; before a group's
# name after a semicolon: "Robert F Kushner 1; STEP 1 Study Group")
_AFFILIATION_MARKS_RE = re.compile(r"(?<=[a-z])(?:\s?\d{1,2}(?:,\d{1,2}|\s\d{1,2})*(?:,?\*)?|\*)"
                                   r"(?=,|;|\s+(?:and|&)\s|\s*$)")
# An initial with no point, as PubMed gives them: "John P H Wilding", "Rachel L Batterham"
_BARE_INITIAL_RE = re.compile(r"\s[A-Z]\s")
PAPER_NAMES_MAX = 40  # a paper's authors, each with the marks of her affiliations
# A collaboration the named authors write for, after them: NEJM's "…, for the SURMOUNT-1 Investigators*", "… on
# behalf of the STEP 1 Study Group"
_FOR_GROUP_RE = re.compile(r",?\s+(?:and\s+)?(?:for|on behalf of)\s+the\s+[^,;]{1,80}?\b(?:Investigators|Study Group"
                           r"|Group|Collaborators|Collaboration|Consortium|Team|Network|Committee|Trialists)\*?\s*$")
# A group among a paper's authors: "CDC H5 Serosurvey Team", "the RECOVERY Collaborative Group".
_GROUP_AUTHOR_RE = re.compile(r"\b(?:Team|Group|Consortium|Investigators|Network|Collaborators|Collaboration)$")
# Degrees and post-nominal letters, as a paper's byline writes them after a name (no publication's).
DEGREES = frozenset("phd md mph ms msc ma mba dvm rn bsn drph jd llm dphil mpp mpa ba bsc frcp mrcp cpa msw pharmd "
                    "dds do np msph mhs facp faap mbbs frcpc mrcs frcs fmedsci scd edd".split())
# A name's degrees after a comma, with the marks of its affiliations: ", DVM1,2", ", PhD3", ", MPH".
_CREDENTIALS_AFTER_RE = re.compile(r",\s*(?:[A-Z][A-Za-z.]{1,7}\d*(?:,\d+)*(?:,\s*)?)+$")


# "Christine Murray in Mexico City": where the reporter filed from, after the name.
# ("VON Jo Roe IN Fashion"; a place's particle: The Guardian's "Ana Beatriz Lemos in Rio de Janeiro")
_IN_PLACE_RE = re.compile(r"\s+(?:in|IN)\s+[A-Z][\w.'’-]*(?:\s+(?:(?:de|da|do|dos|das|del|di|la|le|el|al)\s+)?"
                          r"[A-Z][\w.'’-]*){0,3}$")


# The button to follow the writer, glued to a byline's name in the copy: France 24's "Texte par : FRANCE 24 Suivre",
# "Text by: Jane Doe Follow"
_CHANNEL_RE = re.compile(r"[A-Z][A-Za-z]+ \d{1,3}")  # a channel, its name and number ("FRANCE 24", "Channel 4")
_FOLLOW_BUTTON_RE = re.compile(r"\s+(?:Follow|Suivre|Seguir|Segui|Folgen|Volgen)$")


def split_names(text: str) -> list[str]:
    """'A, B and C' -> names; a role after a comma ('X, AP Writer') and a place after a name
    ('X in London') are dropped."""
    # ("Texte par : Jane Doe Suivre": the button; "FRANCE 24": a channel's number after its name)
    channel = _CHANNEL_RE.fullmatch(_FOLLOW_BUTTON_RE.sub("", text))
    text = channel.group(0) if channel else _FOLLOW_BUTTON_RE.sub("", clean_name(text))
    if _in_capitals(text) and len(text) > 3:
        text = title_case_name(_IN_PLACE_RE.sub("", text))  # ("BY JANE DOE IN LONDON": the place in capitals too)
    parts = re.split(r",\s*(?:(?:and|&)\s+)?|\s+(?:and|&|e|und|dan|и|y|et|och|og|ja|ir|un)\s+", text)  # "A, B, and C"
    if len(parts) == 2 and "," not in text and _org_and(parts):
        return [text]  # one organisation: "National Institute of Standards and Technology" (a meta author)
    names: list[str] = []
    for i, part in enumerate(_IN_PLACE_RE.sub("", p.strip()) for p in parts):
        if not part:
            continue
        letters = [w.replace(".", "").casefold() for w in part.split()]
        if i > 0 and all(w in CREDENTIALS for w in letters):
            continue
        if names and len(letters) == 1 and letters[0] in NAME_SUFFIXES:
            names[-1] += " " + part
            continue
        if i > 0 and (ROLE_WORDS.search(part) or WEEKDAY_RE.match(part) or _SPECIAL_FOR_RE.match(part)):
            break  # (a role, a day, "By Jane Doe, Special to The Washington Post": the paper she wrote for)
        if len(letters) == 1 and (WEEKDAY_RE.match(part) or is_month_name(letters[0])):
            continue  # "By March 3, 2015, ...", "By Tuesday, the council ...": a sentence, not a byline
        if i == len(parts) - 1 and names and _newsroom(part) and text.rstrip(" .").endswith(", " + part) \
                and any(" " in name for name in names):
            break  # "By Jane Doe and John Roe, CNN": the newsroom they write for, not a third author
        if i == len(parts) - 1 and names and part.casefold() in WELL_KNOWN_PLACES \
                and text.rstrip(" .").endswith(", " + part):
            break  # "By Roland Lindner, New York", "Von …, Hong Kong": where the writer filed from (a first-time
            # user's FAZ copy had "New York" as a second author)
        words = part.split()
        dated = len(words) >= 3 and WEEKDAY_RE.match(words[-1]) is not None
        if dated:
            part = " ".join(words[:-1])  # "By Bryan Walsh Tuesday, Aug. 17, 2010": the day begins the dateline
        if not _in_capitals(part) and (m := _CAPITALS_THEN_OUTLET_RE.fullmatch(part)) and _newsroom(m.group(2)) \
                and (len(m.group(2).split()) > 1 or AGENCY_RE.match(m.group(2))):
            part = m.group(1)  # "By SETH BORENSTEIN and ALEXA ST. JOHN Associated Press": the outlet in its own case
        if _in_capitals(part) and len(part) > 3:
            part = title_case_name(part)  # "By JORDAN ROBERTSON and RACHEL METZ - AP Technology Writers"
        if looks_like_name(part, loose=True):
            names.append(part)
        if dated:
            break
    return names


# An organisation's word, in a name its "and" is part of
_ORG_AND_WORD_RE = re.compile(rf"{_ORG_WORD_RE.pattern}|\b(?:Centers|Centres|Institutes|Services|Organi[sz]ation"
                              r"|Administration|Authority|Society|Federation)\b")
# Where an organisation's name opens: "Department of Health", "U.S. Department of Health", "Centers for Disease …"
_ORG_OF_RE = re.compile(rf"(?:[\w.'’-]+\s+){{0,2}}(?:{_ORG_AND_WORD_RE.pattern})\s+(?:of|for)\s+[A-Z]")


def _org_and(parts: list[str]) -> bool:
    """A name split at its "and" that is one organisation's: a part of one word, or a first part that opens as an
    organisation's name does, beside the organisation's word: "National Institute of Standards" / "Technology",
    "Department of Health" / "Human Services", "Cybersecurity" / "Infrastructure Security Agency" (a first-time
    user's NVD page had two authors, "National Institute of Standards" and "Technology"). Not two people, "Jane Doe
    of Harvard University and John Roe"."""
    return any(_ORG_AND_WORD_RE.search(p) for p in parts) and (
        any(len(p.split()) == 1 for p in parts) or _ORG_OF_RE.match(parts[0]) is not None)


# A name in capitals, then words that are not ("ALEXA ST. JOHN Associated Press")
_CAPITALS_THEN_OUTLET_RE = re.compile(r"((?:[A-Z][A-Z.'’-]*\s+)+[A-Z][A-Z.'’-]+)\s+((?:The )?[A-Z][a-z].*)")
# A name's word in capitals after a prefix that keeps its small letters ("McGRATH", "MacDONALD", "DeLUCA").
_CAPITALS_AFTER_PREFIX_RE = re.compile(r"([A-Z][a-z]{1,2}[A-Z])([A-Z]{2,})")


def _in_capitals(text: str) -> bool:
    """A name set in capitals, a prefix such as "Mc" in small letters too ("STEPHEN McGRATH"; not
    "Stephen McGrath", "DeLuca")."""
    return text.isupper() or text.upper() != text and any(w.isupper() and len(w) > 1 for w in text.split()) and all(
        w.isupper() or _CAPITALS_AFTER_PREFIX_RE.fullmatch(w) for w in re.findall(r"[^\W\d_]+", text))


def _newsroom(part: str) -> bool:
    """A byline's last part that names the outlet, not a person: an agency, one word ("CNN",
    "Reuters"), a name with an article ("The Washington Post"), or in capitals after names
    that are not ("By Jane Doe, USA TODAY")."""
    return bool(AGENCY_RE.match(part)) or len(part.split()) == 1 or part.startswith("The ") or part.isupper() \
        or part.rsplit(None, 1)[-1] in _NEWSROOM_ENDS


# The last word of a newsroom's name after a writer's: "Ni JOVILAND RITA, GMA Integrated News", "Jane Doe, ABS-CBN
# News" (the newsroom, not a second author: a first-time user's South China Sea briefing)
_NEWSROOM_ENDS = frozenset("News Newsroom".split())


# After a byline's name and its comma: an outlet in capitals ("USA TODAY"), then a date.
_OUTLET_THEN_DATE_RE = re.compile(r"\s*((?:[A-Z][A-Z&'’.-]*\s+){0,3}[A-Z][A-Z&'’.-]{3,})\s+\S")


# Words of a site's widgets and labels, never of a person's name: "Recent Posts", "Get
# Business Alerts", "Powered By Foursquare", "Play Video", "Home ECONOMIE Conjoncture",
# "Select Month", "View Your Contribution".
NOT_NAME_WORDS = frozenset(
    "recent comments posts play video videos powered activity alerts get home subscribe follow share related "
    "advisory advisories bulletin "
    "popular trending latest newsletter newsletters login register search menu print email contact privacy "
    "advertise platforms mediathek click download watch listen archive archives categories tags more select month "
    "view your my our you about try another help cancel send "
    # a blog's account, not a person: "Posted by admin"
    "admin administrator webmaster "
    # a share row's menu button: Der Spiegel's "Mehr Optionen" ("More options"), in a name's shape
    "options optionen opciones opzioni opções "
    # a job's title alone, as a press release's contact block gives it ("Communications Director")
    "director officer manager spokesperson spokesman spokeswoman coordinator communications "
    # a report's labels over its parts ("Key Points", "Story Highlights"), an opinion's sections ("I. INTRODUCTION")
    "points highlights takeaways summary overview background introduction conclusion conclusions "
    # a release's label over its dateline: "COMMUNIQUÉ DE PRESSE", "Comunicado de prensa", "Pressemitteilung"
    "communiqué communiqués comunicado comunicados comunicato comunicati pressemitteilung pressemitteilungen "
    # (Turkish's: "Basın Duyurusu", "Basın Açıklaması"; a "Press Conference" over a central bank's statement)
    "duyurusu duyuru açıklaması conference "
    # a broadcaster, the newsroom's owner under its byline: franceinfo's "Article rédigé par franceinfo" / "France
    # Télévisions"
    "télévisions télévision television televisión televisione televisão fernsehen médias medien "
    # a journal article's page's tabs and buttons: "Export Citation", "Citing Articles (312)", "Figures", "Metrics"
    # (a first-time user's fusion briefing had a paper by "Export Citation")
    "citation citations references figures metrics "
    # a record's tabs: ClinicalTrials.gov's "Study Details" / "Tabular View" / "Study Results" / "Researcher View" (a
    # first-time user's obesity-drug briefing had a trial by "Study Details")
    "details results".split())
# A report's labels over its version's date, no writers: "ICS Investigation Expert Panel" / "Factual
# Report" / "Version 1.0 – 3 October 2025" (as a headline, "Marketplace Tech Report" is still one)
_DOCUMENT_LABEL_RE = re.compile(r"\b(?:Report|Panel|Committee|Findings)$")
# A blog's or a site's section, a label beside its date and byline where a writer's name would stand:
# "July 24, 2024" / "CrowdStrike" / "Executive Viewpoint" (CrowdStrike's blog), "News Releases" (a state
# attorney general's), "Press Releases", "India News", "Root Cause Analysis", "SPR Quick Facts", "Startseite
# Politik". A person's name holds no such noun (not "Press": "Eyal Press" writes for The New Yorker; nor "Date",
# a Marathi surname: TOI's "Vidyadhar Date" over "Mar 12, 2024, 06:15 IST"; CISA's "Release Date" has "release").
SECTION_LABEL_WORDS = SECTION_WORDS | frozenset(
    "viewpoint viewpoints perspective perspectives insight insights research engineering product products company "
    "corporate security strategy science health culture lifestyle entertainment travel economy economics finance "
    "announcements events stories features reviews release releases facts downloads shopping guides tutorials "
    "blog blogs podcast podcasts newsroom alert "
    "startseite nachrichten politik wirtschaft kultur notícias noticias política economia economía actualités "
    # (and in Cyrillic and Polish, whose names a dash and the date follow as much: "Новости Украины — 22 марта 2024")
    "новости новини политика політика экономика економіка wiadomości polityka gospodarka "
    # (and a parliament's, in capitals over its release: the European Parliament's "PLENARY SESSION" over the
    # committees', "IMCO" / "LIBE", a first-time user's EU briefing: it was the author)
    "plenary session sessions plénière plenaria plenartagung plenarsitzung sesión sessione séance sitzung".split())
# A question opens a section's heading, never a name: "What GAO Found" (a GAO report's highlights)
_QUESTION_WORDS = frozenset("what how why who when where which".split())


def section_label(text: str) -> bool:
    """A bare line that reads as a name ("Executive Viewpoint", "Product News") but is a section's label."""
    raw = text.split()
    words = [w.casefold().strip(".,:;!?") for w in raw]
    labels = [w for w in words if w in SECTION_LABEL_WORDS]
    if labels == ["news"] and words[-1] == "news" and not text.isupper() \
            and any(w.isupper() and 2 <= len(w) <= 5 for w in raw[:-1]):
        return False  # a newsroom's name, its letters in capitals: "BBC News" under the headline, over the date
    return bool(words) and (words[0] in _QUESTION_WORDS or bool(labels))


# Definite and indefinite articles (English, German, French, Spanish, Italian, Dutch).
ARTICLE_WORDS = frozenset("the an der die das ein eine le la les un une el los las il lo gli het een".split())


def _newsroom_label(words: list[str]) -> bool:
    """The newsroom's pick, a label over a teaser or beside the date, in a name's shape: "Tipp der Redaktion",
    "Empfehlung der Redaktion", "Elección de la Redacción" (not a desk's byline, which opens with the word:
    "Redaktion Stadtanzeiger", "Redação MetSul"; nor a headline about a newsroom, "Umbau der Redaktion")."""
    return 3 <= len(words) <= 4 and words[0].casefold() in _PICK_WORDS and words[-1].casefold() in NEWSROOM_WORDS \
        and all(w in _NEWSROOM_OF for w in words[1:-1])


# The small words of "the newsroom's" between the two ("der", "de la", "van de", "della", "da"), and no other:
# "Wahl in der Redaktion", "Elección en la Redacción" are headlines about an election in a newsroom
_NEWSROOM_OF = frozenset("der de la del van da do della dello dei du des of the".split())


# What a newsroom's pick is called, in the languages read
_PICK_WORDS = frozenset("tipp tipps empfehlung empfehlungen wahl auswahl favorit favoriten liebling lieblinge "
                        "tip tips keuze elección selección recomendación recomendaciones escolha escolhas dica dicas "
                        "scelta scelte consigli choix sélection".split())


@functools.lru_cache(maxsize=8192)  # (a pure function of its text: lines and words recur)
def looks_like_name(text: str, loose: bool = False) -> bool:
    """2-4 capitalised words (loose: 1-6, e.g. 'Reuters', 'Science X staff'), no digits."""
    words = text.split()
    lo, hi = (1, 6) if loose else (2, 4)
    if not lo <= len(words) <= hi or re.search(r"\d|[@/:]", text):
        return False
    if CLUTTER_LINE_RE.match(text) or any(w.casefold().strip(".,:;!?") in NOT_NAME_WORDS for w in words):
        return False
    if any(w.endswith(("’s", "'s")) for w in words) and not ROLE_WORDS.search(text):
        # a possessive: "Russian Federation’s Amendments Rejected" is a deck (not "BBC's Africa Correspondent")
        return False
    if not loose and words[0].casefold() in ARTICLE_WORDS:
        return False  # "Ein Albtraum", "The Reckoning": a headline; a person's name opens with no article
    if _newsroom_label(words):
        return False
    capitalised = sum(bool(NAME_WORD_RE.match(w)) for w in words)
    return capitalised >= len(words) - (1 if loose and len(words) >= 3 else 0) and text[0].isupper()


# What a transcript's or a report's title holds and a byline's place, role or label ("Palma de
# Mallorca |", "Updated:", "4 min read -", "Senior Economics Correspondent (Washington) -") does
# not: a year, a quarter, a ticker ("Q4 2023", "(OTCPK:AMKBY)").
_NOT_A_BYLINES_RE = re.compile(r"\b(?:1[89]|20)\d\d\b|\bQ[1-4]\b|\([A-Z]+:[A-Z.]+\)")
PLACE_OR_LABEL_MAX_WORDS = 12


# A byline and the writer's bio after a comma: "By Tom Warren, a senior editor covering …"
_BIO_BYLINE_RE = re.compile(r"(?i:by)\s+([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}),\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}"
                            r"(?:editor|reporter|writer|correspondent|columnist|journalist|critic|producer)\b")
BIO_BYLINE_MAX_CHARS = 600
# The bio's next sentence, of the writer: "… console, and tech. He founded WinRumors, …" (not a paragraph's
# own clause after the appositive: "By Carl Bernstein, a former reporter for The Washington Post, this memoir
# of his first years …", a review's opening, names the book's author)
_BIO_SENTENCE_RE = re.compile(r"[.;]\s+(?:He|She|They|His|Her|Their|Previously|Prior|Before|Since)\b")


def _bio_byline(text: str) -> str | None:
    """The writer's name in a byline with a bio run into it, whose next sentence is the bio's."""
    m = _BIO_BYLINE_RE.match(text) if len(text) <= BIO_BYLINE_MAX_CHARS else None
    if not m or not looks_like_name(m.group(1)):
        return None
    surname = m.group(1).split()[-1]
    bio = _BIO_SENTENCE_RE.search(text, m.end()) or re.search(rf"[.;]\s+{re.escape(surname)}\b", text[m.end():])
    return m.group(1) if bio else None


# The date, then the writer and the job title: "Jul 20, 2024 | David Weston - Vice President, …"
_DATE_NAME_ROLE_RE = re.compile(r"(?P<date>[^|•·]{6,40}?)\s*[|•·]\s*(?P<name>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3})"
                                r"(?:\s+[-–—]\s+|,\s+)(?P<role>[A-Z].{1,80})")
# A job's title, a newsroom's or a company's ("Vice President, Enterprise and OS Security")
_JOB_TITLE_RE = re.compile(rf"{ROLE_WORDS.pattern}|{_CARD_ROLE_RE.pattern}|\b(?:president|founder|co-founder|ceo"
                           r"|cto|cfo|coo|ciso|cio|cmo|vp|svp|evp|engineer|scientist|architect|evangelist)\b", re.I)
# An organisation's word where the name should be: "March 12, 2024 · University Affairs - President's Office"
# (a section and the office it belongs to), "Jan 30, 2024 | Engineering Team - Staff Engineer Series"
_NOT_A_WRITER_RE = re.compile(rf"{_ORG_WORD_RE.pattern}|\b(?:Affairs|Services?|Desk|Staff|Relations|Communications"
                              r"|Newsroom|Editorial|Engineering|Research|Marketing|Security|Blog|News|Updates)\b")


_NAME_OUTLET_PLACE_RE = re.compile(r"([^,]{5,60}),\s+d[ao]s?\s+[\w&'’.-]+(?:\s+[A-Z0-9][\w&'’.-]*){0,3},"
                                   r"\s+(?:em|no|na|nos|nas|direto de|de)\s+[A-Z][\w'’.-]*(?:\s+(?:d[aoe]s?\s+)?"
                                   r"[A-Z][\w'’.-]*){0,3}")
# A place after a dash, its words capitalised but for a particle ("Città del Vaticano", "Rio de Janeiro")
_DASH_PLACE_RE = re.compile(r"\s+[-–—]\s+([A-Z][\w.'’-]*(?:\s+(?:(?:de|da|do|dos|das|del|della|di|la|le|el|al|am"
                            r"|an|sur|upon)\s+)?[A-Z][\w.'’-]*){0,3})$")
_NAME_PUBLISHED_RE = re.compile(r"([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}),\s+(?i:published|updated|posted"
                                r"|publié(?:e)?|mis à jour|publicado|publicada|atualizado|actualizado|pubblicato"
                                r"|aggiornato|ver[öo]ffentlicht|aktualisiert)\b")


def _place_or_label(text: str) -> bool:
    """What may stand between a byline's name and its date: a place, a role or a label."""
    return len(text.split()) <= PLACE_OR_LABEL_MAX_WORDS and not _NOT_A_BYLINES_RE.search(text)


_LABEL_THEN_NAME_RE = re.compile(r"(?i:author|autor|auteur|autore|penulis|pewarta|wartawan|reporter)\s+([A-Z][^\W\d_]"
                                 r"[^\d:|]*)")
LABEL_THEN_NAME_MAX_CHARS = 60


_JA_PLACE_BYLINE_RE = re.compile(r"[\u30a0-\u30ff\u4e00-\u9fff]{1,10}＝([\u4e00-\u9fff\u3040-\u30ff]{2,6}"
                                 r"(?:、[\u4e00-\u9fff\u3040-\u30ff]{2,6}){0,3})")


_NEWSROOM_WORD_RE = re.compile(r"\b(?:News|Times|Post|Media|Press|Radio|TV|Television|Journal|Herald|Tribune|Daily"
                                r"|Magazine|Agency|Network|Channel)\b")
_POSTED_ON_BY_RE = re.compile(r"(?:posted|published|written)(?:\s+on)?\s+(\w[\w ,.]{5,30}?\d)\s+by\s+(.+)$", re.I)


_ET_AL_RE = re.compile(r"([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}) et al\.?(?: \((?:[Tt]he )?[^()]{3,80}\))?")


# A journal's label over its authors and the button to their affiliations after them: NEJM's "Authors: Ania M.
# Jastreboff, M.D., Ph.D., Louis J. Aronne, M.D., …, for the SURMOUNT-1 Investigators* Author Info & Affiliations"
_AUTHORS_LABEL_LIST_RE = re.compile(r"(?i:authors?)\s*:\s*(.+?)(?:\s*(?i:author info(?:rmation)?\s*(?:&|and)\s*"
                                    r"affiliations|(?:show|view|hide)\s+(?:all\s+)?(?:author\s+)?affiliations))?\s*")
AUTHORS_LINE_MAX_CHARS = 1000


# A name in Cyrillic before a dash and the date is a writer's where its last word is a surname's shape ("Ольга
# Кириленко — П'ятниця, 22 березня 2024, 09:14", "Ирина Гарина — …": -енко, -ов, -ова, -ин, -ина, -ський, -ич …),
# not a place's, a programme's or an office's dateline ("Нижний Новгород — 22 марта 2024", "Біла Церква — …", "Вести
# Недели — …", "Кабінет Міністрів — …", a review's probes).
_CYRILLIC_LETTER_RE = re.compile("[\u0400-\u04ff]")
_SLAVIC_SURNAME_RE = re.compile("(?:[оеё]в|[оеё]ва|[иы]н|[иы]на|енко|ко|[сц]ь?ки[йх]|[сц]ька|[сц]кая|[юу]к|чук|[иі]ч|"
                                "евич|ович|івна|овна|евна|ић|ов[аи]?)$")


# A Taiwanese paper's byline over its text, after the date or on a line of its own: the paper, "／", "記者" (reporter)
# and the names, "／", where from and "(即時)報導" (reported, live): UDN's "2024-08-14 06:20 聯合報／ 記者楊秀瑜／台北即時報導",
# "記者王大明、李小華／花蓮報導" (a first-time user's Taiwan briefing: no writer, no publication). The paper is the
# publication (see find_source).
_TW_BYLINE_RE = re.compile(r"(?:(?P<outlet>[\u4e00-\u9fff]{2,8})\s*[／/]\s*)?[記记]者(?![會会節节])\s*"
                           r"(?P<names>[\u4e00-\u9fff]{2,4}(?:[、，][\u4e00-\u9fff]{2,4}){0,5})\s*[／/]\s*"
                           r"[\u4e00-\u9fff]{1,8}[報报][導道]")
TW_BYLINE_MAX_CHARS = 80


def _tw_byline(text: str) -> re.Match[str] | None:
    """_TW_BYLINE_RE's match of a line that is the byline, alone or after its date (see find_dates), or None."""
    m = _TW_BYLINE_RE.search(text) if len(text) <= TW_BYLINE_MAX_CHARS and "者" in text else None
    if m is None or text[m.end():].strip(" 〕]）)"):
        return None
    before = text[:m.start()].strip(" 〔[（(")
    return m if not before or date_share(before) >= 0.9 else None


# Writers each with where they filed from or their paper, parted by semicolons: DigiTimes's "Monica Chen, Hsinchu;
# Jessie Shen, DIGITIMES Asia" (a first-time user's Taiwan briefing: it was the subtitle), "Jane Doe, London; John Roe".
SEMICOLON_BYLINE_MAX_CHARS = 120
SEMICOLON_BYLINE_TAIL_MAX_WORDS = 3


def _semicolon_byline(text: str) -> list[str] | None:
    """The writers of a byline "Name, Place; Name, Outlet" (two parts or more), or None: each part a person's name
    and, after a comma, a few capitalised words (a place, the paper); not places alone ("New York, NY; Paris")."""
    if len(text) > SEMICOLON_BYLINE_MAX_CHARS or text.rstrip().endswith((".", ";")):
        return None
    names = []
    for part in text.split(";"):
        name, _, tail = part.partition(",")
        name, tail = name.strip(), tail.split()
        if not looks_like_name(name) or name.casefold() in WELL_KNOWN_PLACES or name.isupper() \
                or len(tail) > SEMICOLON_BYLINE_TAIL_MAX_WORDS or not all(w[:1].isupper() for w in tail):
            return None
        names.append(name)
    return names if len(names) >= 2 else None


def byline_names(ln: Line) -> list[str] | None:
    """Names from a byline line ('By X and Y', 'X, Role'); None when the line is not a byline."""
    m = _tw_byline(ln.text) if "者" in ln.text else None
    if m:
        return re.split(r"[、，]", m.group("names"))
    names = _semicolon_byline(ln.text) if ";" in ln.text else None
    if names:
        return names
    if ln.text[:6].casefold() == "author" and ln.chars <= AUTHORS_LINE_MAX_CHARS \
            and (m := _AUTHORS_LABEL_LIST_RE.fullmatch(ln.text)) and (names := names_only(m.group(1))):
        # (a paper's authors, their degrees and their group: see names_only)
        return names
    if ln.chars > 150:
        # "By Tom Warren, a senior editor covering Microsoft, PC gaming, console, and tech. He founded
        # WinRumors, …" (The Verge): the writer's bio run into the byline, however long.
        name = _bio_byline(ln.text)
        return [name] if name else None
    if "byline" in ln.flags:
        # "Penulis Aditya Putra", "Autor Jan Nowak": a byline's label with no colon, then the name (the
        # label had been kept as part of it). Only on a line already placed as the byline: a headline
        # opens with these words too ("Reporter Jane Doe Freed", "Autor Max Muster Gestorben").
        m = _LABEL_THEN_NAME_RE.match(ln.text) if ln.chars <= LABEL_THEN_NAME_MAX_CHARS else None
        if m and looks_like_name(m.group(1)):
            return [m.group(1)]
        return split_names(ln.text) or [ln.text]
    # A paper's first author and "et al.", its collaboration's name after it or not: "H. Abu-Shawareb et al. (The
    # Indirect Drive ICF Collaboration)" under the title of a journal's page (a first-time user's fusion briefing: it
    # was a photo's caption, and the page's "Export Citation" its byline)
    m = _ET_AL_RE.fullmatch(ln.text) if " et al" in ln.text and ln.chars <= 120 else None
    if m and looks_like_name(m.group(1)):
        return [f"{m.group(1)} et al."]
    m = byline_match(ln.text)
    if m:
        # (Tagalog's names after "Nina" joined by "at", and: "Nina Juan dela Cruz at Maria Santos")
        tagalog = ln.text[:4].casefold() == "nina"
        return split_names(_TAGALOG_AND_RE.sub(" and ", m.group(1)) if tagalog else m.group(1))
    # A blog's date, then its writer: WordPress's "Posted on April 18, 2025 by Jane Doe", an NGO's "Posted on 18 April
    # 2025 by Aye Chan Moe, Programme Officer, Mandalay" (a first-time user's seed had no writer)
    m = _POSTED_ON_BY_RE.match(ln.text) if " by " in ln.text and ln.chars <= 150 else None
    if m and date_share(m.group(1)) >= 1.0:
        names = split_names(m.group(2))
        # (not a publication's name, "Posted on 5 April 2025 by Mizzima News, Yangon": a review's probe)
        if names and all(looks_like_name(name) and not _NEWSROOM_WORD_RE.search(name) for name in names):
            return names
    # "Aus Paris berichtet Julia Hagen" (Der Spiegel), "De notre envoyée spéciale à Paris, Julia Hagen": where
    # the reporter filed from, then her name.
    m = _REPORTS_FROM_RE.match(ln.text) if ln.chars <= 100 else None
    names = split_names(next(g for g in m.groups() if g)) if m else None
    if names and all(looks_like_name(name) for name in names):
        return names
    # "Author: Jane Doe", "Autori: Anna Ūdre (LTV Ziņu dienesta redaktore)": a label, then the names.
    m = AUTHOR_INLINE_RE.match(ln.text) if ":" in ln.text or "：" in ln.text else None
    if m:
        value = re.sub(r"\s*\([^()]*\)\s*$", "", m.group(1))
        if value.isascii() or any(c.isupper() or c.islower() or c.isdigit() for c in value):
            return split_names(value) or None
        # (a name in a script without capitals, Bengali's "লেখক: শুভজ্যোতি ঘোষ": its words, a few)
        return [value.strip()] if len(value.split()) <= SCRIPT_NAME_MAX_WORDS else None
    m = LABELLED_AUTHOR_TAIL_RE.search(ln.text) if ":" in ln.text else None
    if m and looks_like_name(m.group(1).strip()):
        return [m.group(1).strip()]
    # "台北＝石田耕一郎", "ワシントン＝清宮涼": where the reporter filed from, "＝", the name (a Japanese
    # paper's byline over the date); not an agency's or a bureau's ("北京＝共同", "ニューヨーク＝米州総局")
    m = _JA_PLACE_BYLINE_RE.fullmatch(ln.text) if ln.chars <= 30 and "＝" in ln.text else None
    if m and all(_ja_name(n) and len(n) >= 3 and not n.endswith(_JA_NOT_REPORTER_ENDS) and n not in _JA_AGENCIES
                 and n[-1] not in _JA_PLACE_ENDS for n in m.group(1).split("、")):
        return m.group(1).split("、")
    # "編集委員　中沢克二" (senior staff writer, then the name): a Japanese byline.
    m = CJK_ROLE_BYLINE_RE.match(ln.text) if ln.chars <= 30 else None
    if m:
        return [" ".join(m.group(1).split())]
    m = _JA_NAMES_DATE_RE.fullmatch(ln.text) if ln.chars <= 60 and "年" in ln.text else None
    if m and all(_ja_name(n) and not n.endswith(_JA_DATE_LABEL_ENDS) for n in m.group(1).split("、")):
        return m.group(1).split("、")
    # "National Desk By National Desk": a name over its own byline, run together in the copy.
    m = DOUBLED_BYLINE_RE.match(ln.text) if "y " in ln.text or "Y " in ln.text else None
    if m:
        return split_names(m.group(1))
    # "Steve Peoples, AP National Political Writer", "Valerie C. Brannon, Legislative Attorney"
    name = _name_and_role(ln.text)
    if name:
        return [name]
    names = _special_for(ln.text) if ", " in ln.text else None  # "Irina Garina, special to Novaya Gazeta Europe"
    if names:
        return names
    # "KENJI KAWASE and AKANE OKUTSU, Nikkei staff writers" (Nikkei Asia), "Jane Doe, John Roe and Ann
    # Lee, Staff Reporters": two writers or more, a comma, their job title in the plural
    names, _, rest = ln.text.rpartition(",") if ln.chars <= WRITERS_ROLE_MAX_CHARS else ("", "", "")
    if names and len(rest.split()) <= WRITERS_ROLE_MAX_WORDS and _WRITERS_ROLE_RE.search(rest) \
            and not _FORMER_ROLE_RE.search(rest) \
            and (found := names_only(names.strip())) and len(found) >= 2:
        return [title_case_name(name) if name.isupper() else name for name in found]
    first, _, rest = ln.text.partition(",")
    # "Jefferson Graham, USA TODAY 3:53 p.m. EST January 25, 2014": the name, the outlet in
    # capitals, the time (a dateline's "NEW YORK, N.Y." is in capitals throughout).
    m = _OUTLET_THEN_DATE_RE.match(rest) if rest and ln.chars <= 120 else None
    if m and not first.isupper() and looks_like_name(first.strip()) and find_dates(rest[m.end(1):]) \
            and CLOCK_RE.search(rest):
        return [first.strip()]
    # "Richard Adams Education editor": a name run into its job title, which the page set apart
    # only by its style; "Eine Analyse von Jana Schmidt" ("An analysis by ...").
    name = _name_before_role(ln.text)
    if name:
        return [name]
    names = _piece_by(ln.text) if ln.chars <= 80 else None
    if names:
        return names
    # "Chris Davies - Nov 19, 2019", "Catherine Shu @catherineshu / 2 days"
    # (the date soon after the name: not "A.P. Møller - Mærsk A/S (OTCPK:AMKBY) Q4 2023 Earnings
    # Conference Call February 8, 2024", a transcript's title)
    m = LEADING_NAME_RE.match(ln.text)
    if m and looks_like_name(m.group(1)) and not section_label(m.group(1)) \
            and (m.group(1).isascii() or not _CYRILLIC_LETTER_RE.search(m.group(1))
                 or _SLAVIC_SURNAME_RE.search(m.group(1))) \
            and (_HANDLE_AT_RE.search(ln.text) or _EMAIL_RE.fullmatch(ln.text[m.end():].strip())
                 or any(_place_or_label(ln.text[m.end():m.end() + pos])
                        for pos, _ in find_dates(ln.text[m.end():])[:1])):
        return [m.group(1)]
    # "Gabriel Tavares, da CNN, em Porto Alegre" (CNN Brasil; "Fulano, do g1, no Rio", Brazil's sites): the name,
    # the outlet after "da"/"do", and where the reporter is.
    m = _NAME_OUTLET_PLACE_RE.fullmatch(ln.text) if ln.chars <= 100 and ", d" in ln.text else None
    if m and looks_like_name(m.group(1)):
        return [m.group(1)]
    # "Salvatore Cernuzzi - Città del Vaticano" (Vatican News; "Ana Ruiz – Madrid"): the name, a dash and where
    # she filed from, a place (one word, or with a particle, or a well-known one): not a name ("Tom Roe - Jane
    # Doe"), nor a label ("Jane Doe - Share"), nor an acronym ("Empresa Brasil de Comunicação - EBC").
    m = _DASH_PLACE_RE.search(ln.text) if ln.chars <= 60 else None
    place = m.group(1).split() if m else []
    if m and looks_like_name(ln.text[:m.start()]) and not m.group(1).isupper() and (
            len(place) == 1 or any(w.islower() for w in place) or m.group(1).casefold() in WELL_KNOWN_PLACES) \
            and not any(w.casefold() in NOT_NAME_WORDS or w.casefold() in SECTION_LABEL_WORDS
                        for w in ln.text.split()):
        return [ln.text[:m.start()]]
    # "Jacques Cheminat, publié le 13 Septembre 2024" (Le Monde Informatique): the name, a comma, when
    # it was published.
    m = _NAME_PUBLISHED_RE.match(ln.text) if ln.chars <= 100 else None
    if m and looks_like_name(m.group(1)) and find_dates(ln.text[m.end():]):
        return [m.group(1)]
    # (a handle's "@", not an address's: "ENTSO-E AISBL • Rue de Spa, 8 • … • info@entsoe.eu", a letterhead)
    # "Jane Doe | Reuters", "Jane Doe and John Roe - Staff"
    names, sep, rest = ln.text.partition(" | ") if " | " in ln.text else ln.text.partition(" - ")
    if sep and ln.chars <= 80 and (AGENCY_RE.match(rest.strip())
                                   or ROLE_WORDS.search(rest) and len(rest.split()) <= 4):
        found = [names.strip()] if looks_like_name(names.strip()) else names_only(names.strip())
        if found and not any(w.casefold() in SECTION_WORDS for name in found for w in name.split()):
            return found
    # "Jul 20, 2024 | David Weston - Vice President, Enterprise and OS Security" (the Official Microsoft
    # Blog, a company's newsroom): the date, then the writer and the job title.
    m = _DATE_NAME_ROLE_RE.match(ln.text) if ln.chars <= 150 else None
    if m and date_share(m.group("date")) >= 0.9 and looks_like_name(m.group("name")) \
            and _JOB_TITLE_RE.search(m.group("role")) and not _JOB_TITLE_RE.search(m.group("name")) \
            and not _NOT_A_WRITER_RE.search(m.group("name")):
        return [m.group("name")]
    # "New Delhi, News Nation Bureau | Updated: 19 November 2019": a newsroom desk, then the date.
    if sep and ln.chars <= 120 and find_dates(rest):
        desk = names.rpartition(",")[2].strip()
        if DESK_RE.match(desk):
            return [desk]
    # "Monday November 18, 2019 7:45 am PST by Joe Rossignol"
    m = MID_BY_RE.search(ln.text)
    if m:
        return split_names(m.group(1))
    # "Jose AltoverosView More Articles": the name, and its link to the author's other pieces.
    # (its "more" or "all", in any case: neither word's letters have a case twin outside ASCII)
    m = AUTHOR_LINK_TAIL_RE.match(ln.text) if ln.chars <= 80 and ("more" in (low := ln.text.lower()) or "all" in low) \
        else None
    if m and looks_like_name(m.group(1)):
        return [m.group(1)]
    # ("Freitag | 14. Juni 2019 | 15:49 VON Sina Giebel IN Fashion | 0 COMMENTS": its count after it.)
    text = COMMENT_COUNT_TAIL_RE.sub("", ln.text) if ln.chars <= 150 else ln.text
    m = TRAILING_BY_RE.search(text)
    if m and find_dates(text[:m.start()]):
        return split_names(m.group(1))
    m = COMMENT_COUNT_TAIL_RE.search(ln.text) if ln.chars <= 100 else None
    if m:
        head = CLOCK_WORDS_RE.sub(" · ", ln.text[:m.start()])
        named = NAME_BEFORE_COUNT_RE.search(head)
        dated = named and find_dates(head[:named.start(1)])
        if named and dated and dated[0][0] == 0 and looks_like_name(named.group(1)):
            return [named.group(1)]
    return None


_NAME_WITH_ACRONYM_RE = re.compile(r"((?:[A-Z][\w'’-]*|of|and|for|the|on|&)(?:\s+(?:[A-Z][\w'’-]*|of|and|for|the|on|&))+)"
                                   r"\s+\(([A-Z]{2,8})\)")


def _named_with_acronym(text: str) -> bool:
    """'Health Alert Network (HAN)', 'Centers for Disease Control and Prevention (CDC)': a line
    that is a name in capitals and its acronym, made of the name's capitals."""
    m = _NAME_WITH_ACRONYM_RE.fullmatch(text)
    return bool(m) and "".join(w[0] for w in m.group(1).split() if w[0].isupper()) == m.group(2)


_SYMBOLS_END_RE = re.compile(r"[\s\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]+$")  # (emoji: "Long post, sorry. 🧵⚡")


def _lead_title(text: str) -> str:
    """A title from a paragraph: its first sentence, or its first LEAD_TITLE_MAX_WORDS words and "…"."""
    first = split_sentences(text)[0] if text.strip() else text  # (not cut at "US v. Google")
    words = first.split()
    return first if len(words) <= LEAD_TITLE_MAX_WORDS else " ".join(words[:LEAD_TITLE_MAX_WORDS]).rstrip(",;:") + "…"


# Writers' job title, in the plural, after their names: "Nikkei staff writers", "Staff Reporters"
_WRITERS_ROLE_RE = re.compile(r"\b(?:writers|reporters|correspondents|editors|journalists|contributors|columnists)$",
                              re.I)
# (not who they were: "…, former New York Times correspondents", a reviewed book's writers; "…, retired
# journalists", a reader's letter: a review's probes)
_FORMER_ROLE_RE = re.compile(r"\b(?:former|retired|onetime|one-time|ex|late)\b", re.I)
WRITERS_ROLE_MAX_CHARS = 120
WRITERS_ROLE_MAX_WORDS = 5  # (the title's words: "Nikkei staff writers", "Senior Political Correspondents")


def _name_and_role(text: str) -> str | None:
    """'Steve Peoples' from 'Steve Peoples, AP National Political Writer': a name, a comma, then a
    newsroom's job title (ROLE_WORDS; any job title's: _name_and_title)."""
    first, _, rest = text.partition(",")
    if rest and len(text) <= 80 and looks_like_name(first.strip()) and ROLE_WORDS.search(rest):
        return first.strip()
    return None


# A writer the paper commissioned, after the name and its comma: "Irina Garina, special to Novaya Gazeta Europe", "Jane
# Doe, Special to The Washington Post", Novaya Gazeta Europe's "Ирина Гарина, специально для «Новой газеты Европа»", "…,
# спеціально для «Української правди»", "…, exclusively for …", in the languages read (a first-time user's Ukraine
# briefing: the byline was the text's first paragraph and its summary). What follows is the paper, no writer.
_SPECIAL_FOR_RE = re.compile(r"(?:special(?:ly)?\s+(?:to|for)|exclusively\s+for|специально\s+для|спеціально\s+для"
                             r"|эксклюзивно\s+для|ексклюзивно\s+для|specjalnie\s+dla|speziell\s+für|exklusiv\s+für"
                             r"|spécialement\s+pour|en exclusivité pour|especial(?:mente)?\s+para|in esclusiva per)\s+"
                             # (a paper's name: a capital or a quotation mark, not "special to all of us", "… to her")
                             r"(?:(?:the|la|le|el|il|die|der)\s+)?(?-i:[" + UPPER + r"«“\"„‘'])", re.I)
SPECIAL_FOR_MAX_CHARS = 120
SPECIAL_FOR_MAX_WORDS = 8  # (the label's words and the paper's name)


def _special_for(text: str) -> list[str] | None:
    """The writers of a byline "Name, special to <paper>" (see _SPECIAL_FOR_RE), or None."""
    first, sep, rest = text.partition(", ")
    if not sep or len(text) > SPECIAL_FOR_MAX_CHARS or not _SPECIAL_FOR_RE.match(rest) \
            or len(rest.split()) > SPECIAL_FOR_MAX_WORDS or rest.rstrip("»”\"'’)").endswith((".", "!", "?", ",", ";")):
        return None  # (a sentence's clause: "Mary Smith, special to her family since she was a child, was …")
    first = first.strip()
    return [first] if looks_like_name(first) else names_only(first)


def _name_and_title(text: str) -> str | None:
    """'Valerie C. Brannon' from 'Valerie C. Brannon, Legislative Attorney': a name, a comma, then
    a job title every word of which is a role's (see _role_only): a report's author, or the person
    a photo's caption, a film's credit or a board's list names, which is why it is a bare name
    (see find_byline_and_date), not a byline."""
    first, _, rest = text.partition(",")
    # (or a role in a field: "Specialist in Macroeconomic Policy", "Analyst in Foreign Affairs")
    role, _, field = rest.partition(" in ")
    if rest.strip() and len(text) <= 80 and (_role_only(rest) or field and _role_only(role)
                                             and all(w[:1].isupper() or w in ("and", "of") for w in field.split())) \
            and looks_like_name(first.strip()):
        return first.strip()
    return None


NAME_AND_ROLE_LINES = 6  # a report's authors, each on a line with the job title


# A reporter's job title after the name: "Education editor", "Senior reporter".
ROLE_NOUNS = frozenset("editor correspondent reporter writer columnist journalist producer photographer critic "
                       "redakteur redakteurin korrespondent korrespondentin".split())
# "A commentary by ...", "Eine Analyse von ...": the kind of piece, then its author. Without "A"
# (PIECE_BY_BARE_RE) only some kinds, and names of two or three words alone after them: a think
# tank's "Commentary by Elizabeth Marwick and Omar Haddad", "Interview by Samuel Okafor"; not
# the headlines "Essay by Salman Rushdie Wins PEN Prize", "Review by Watchdog Finds Flaws",
# "Report by Amnesty International".
PIECE_BY_RE = re.compile(r"^(?:an?|eine?|un|une|una|uno)\s+(?:analys[ie]s|analyse|análisis|analisi|commentary|comment"
                         r"|kommentar|commentaire|essay|review|rezension|critique|reportage|report|column|kolumne"
                         r"|interview|entretien|entrevista|opinion|meinung)\s+(?:by|von|de|par|por|di)\s+(.+)$", re.I)
PIECE_BY_BARE_RE = re.compile(r"^(?:commentary|essay|column|interview|analysis|kommentar|entretien|entrevista)\s+"
                              r"(?:by|von|par|por)\s+(.+)$", re.I)


def _piece_by(text: str) -> list[str] | None:
    """The names of a byline PIECE_BY_RE or PIECE_BY_BARE_RE reads, or None."""
    m = PIECE_BY_RE.match(text)
    if m and (looks_like_name(m.group(1).strip()) or names_only(m.group(1).strip())):
        return split_names(m.group(1))
    m = PIECE_BY_BARE_RE.match(text)
    rest = m.group(1).strip() if m else ""
    names = names_only(rest) or ([rest] if looks_like_name(rest) else None) if m else None
    return names if names and all(2 <= len(n.split()) <= 3 for n in names) else None


def _name_before_role(text: str) -> str | None:
    """'Richard Adams' from 'Richard Adams Education editor': a name of two or three words, then a
    job title of one to three words that starts with a capital and ends in a reporter's role."""
    words = text.split()
    if not 3 <= len(words) <= 6 or words[-1].casefold() not in ROLE_NOUNS:
        return None
    for k in (3, 2):
        role = words[k:]
        # ("MIKE STOBBE AP Medical Writer", "Associated Press Writer": the wire's, in Title Case.)
        wire = next((n for n in (2, 1) if len(role) > n and AGENCY_RE.match(" ".join(role[:n]))), 0)
        # ("Senior Washington Correspondent": a job title in Title Case, led by a rank.)
        if 1 <= len(role) - wire <= 3 and role[0][:1].isupper() and (
                all(w.islower() for w in role[1:])
                or (wire or role[0].casefold() in ROLE_RANKS) and all(w[:1].isupper() for w in role[1:])):
            name = " ".join(words[:k])
            if looks_like_name(name) and not any(w.casefold() in ROLE_NOUNS or w.casefold() in ROLE_RANKS
                                                 for w in words[:k]):
                return title_case_name(name) if name.isupper() else name
    return None


# The rank that leads a job title: "Senior Washington Correspondent", "Chief Political Correspondent".
ROLE_RANKS = frozenset("senior chief deputy associate assistant contributing special staff managing executive "
                       "principal lead".split())


GLUED_DOMAINS_RE = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+){3,}", re.I)  # (dot-separated: no backtracking)
# "Courtesy of Forests News": whom a photo or the article came from, on a line of its own.
CREDIT_LINE_RE = re.compile(r"^(?:(?:photo|image|article|story)\s+)?courtesy\s+of\s+\S[^.!?]{0,60}$", re.I)


_TITLE_CASE_SMALL = frozenset("into with from over onto upon amid near than".split())


def _title_cased(text: str) -> bool:
    """'The Untold Story Of Larry Page's Incredible Comeback': every word of four letters or
    more capitalised (three at least), as English headlines are set and sentences are not;
    the prepositions title case leaves small aside ("Spillover of ... into Dairy Cattle")."""
    long_words = [w for w in text.split() if len(w) >= 4 and w[0].isalpha() and w not in _TITLE_CASE_SMALL]
    return len(long_words) >= 3 and all(w[0].isupper() for w in long_words)


# Where the byline's writers filed from, places alone: "Reporting from London and Brussels"
# (not the headline "Reporting from Gaza has never been more dangerous").
_PLACE = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|of|de|the))*"
_FILED_FROM_RE = re.compile(rf"(?:Reporting|Reported|Filed|Writing) from {_PLACE}(?:(?:,\s*|\s+(?:and|&)\s+){_PLACE})*\.?")


# A reporter's byline with where she filed from, in German and French: "Aus Paris berichtet Julia Hagen", "Aus
# Kiew berichten Jana Roth und Tom Roe", "Julia Hagen berichtet aus Paris", "De notre correspondant à Berlin, Jean
# Dupont" (not a sentence: "Aus Paris berichtet die Agentur, dass …", whose words are no names)
_REPORTS_FROM_RE = re.compile(rf"(?:Aus|In)\s+{_PLACE}\s+berichte[nt]\s+(.+)|(.+?)\s+berichte[nt] aus {_PLACE}"
                              r"|(?i:de|par) (?:notre|nos) (?:envoyée?s?|correspondante?s?)"
                              r"(?: spéciale?s?| permanente?s?)?"
                              r"(?: (?:à|au|aux|en|a))? [A-Z][\w.'’ -]{1,40},\s+(.+)")


# A release's dateline: its place and a comma, the date, a dash and the release's kind
# ("Schengen, 3. Juli 2018 — Aussendung", "Wien, am 12.03.2019 – Pressemitteilung"; not a headline
# that is a place and a date alone, "Paris, 13 novembre 2015", nor an anniversary's headline with a
# word after the dash, "Kiew, 22. Februar 2014 – Maidan", nor an agency's or staff's dateline,
# "Berlin, 5. Dezember 2026 – dpa": the kind is one of a closed list of a release's names).
_RELEASE_PLACE_RE = re.compile(r"[A-ZÀ-Þ][\w.'’-]*(?: [A-ZÀ-Þ][\w.'’-]*){0,2},\s(?:(?:le|am|den|el|il)\s)?$")
_RELEASE_KIND_TAIL_RE = re.compile(
    r"\s[—–-]\s*(?:(?:Presse|Medien)?(?:aussendung|mitteilung|meldung|statement)|(?:Presse|Medien)information"
    r"|(?:press|news|media)\s(?:release|statement)|statement|communiqué(?:\sde\spresse)?"
    r"|comunicado(?:\sde\sprensa)?|comunicato(?:\sstampa)?|persbericht|nota\s(?:de\sprensa|stampa))$", re.I)
RELEASE_DATELINE_MAX_TAIL = 6  # words from the date on: "3. Juli 2018 — Aussendung"


def _release_dateline(text: str, at: int) -> bool:
    """A place, a comma, then (at `at`) the date, a dash and a release's kind: a release's dateline."""
    return 0 < at <= 40 and len(text[at:].split()) <= RELEASE_DATELINE_MAX_TAIL \
        and _RELEASE_KIND_TAIL_RE.search(text, at) is not None and _RELEASE_PLACE_RE.match(text[:at]) is not None


_HASHTAGS_RE = re.compile(r"#\w+(?:\s+#\w+)*")  # a post's tags: "#SaltTyphoon #infosec #telecom"


# A day, a dash, then a headline's capital (see title_score)
_DAY_THEN_HEADLINE_RE = re.compile(r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4}"
                                   r"|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{4})"
                                   r" [-–—] (?=[A-Z])")
DAY_THEN_HEADLINE_MIN_CHARS = 40


# A line that opens with the copyright sign is a credit or a notice ("© Katholisches Medienzentrum,
# 13.07.2021" over the dateline, "© AFP" under the headline), never a headline; a headline about the
# law opens with the word ("Copyright reform passes …"), and one with the sign inside keeps it.
_COPYRIGHT_SIGNS = ("©", "ⓒ")


# A dateline in Devanagari or the Bengali script, the place, a comma, the day, the month and the year, whatever month's
# name it writes: Marathi's "पुणे, ३ मे २०२६", "मुंबई, ८ जुलै २०२६", Nepali's by its own calendar, "काठमाडौं, फागुन १२",
# "काठमाडौं, २०८२ साउन ३". No headline (a Lokmat story's dateline took the headline's place, its month unread).
# The month is one of the months' names (Hindi's and Bengali's, the Bengali calendar's, Marathi's, Nepali's Gregorian
# ones and its Bikram Sambat's), not any word: a headline "এশিয়া কাপ, ফাইনাল ২০২৫" (Asia Cup, final 2025) is no
# dateline (a code review's probe lost its title so); the place's words hold no digit or danda.
_INDIC_DIGITS = "0-9\u0966-\u096F\u09E6-\u09EF"
_INDIC_MONTHS = (*INDIC_MONTH_NAMES, *BANGABDA_MONTHS,
                 *"जानेवारी फेब्रुवारी मार्च एप्रिल मे जून जुलै ऑगस्ट सप्टेंबर ऑक्टोबर नोव्हेंबर डिसेंबर".split(),
                 *"जनवरी फेब्रुअरी मार्च अप्रिल मे जुन जुलाई अगस्ट सेप्टेम्बर अक्टोबर नोभेम्बर डिसेम्बर".split(),
                 *"बैशाख वैशाख जेठ असार साउन श्रावण भदौ असोज कात्तिक कार्तिक मंसिर पुस माघ फागुन चैत".split())
_INDIC_PLACE_WORD = "[\u0900-\u0963\u0970-\u09E5\u09F0-\u09FF]+"
_INDIC_DATELINE_RE = re.compile(rf"{_INDIC_PLACE_WORD}(?: {_INDIC_PLACE_WORD}){{0,2}}\s*,\s*"
                                rf"(?:[{_INDIC_DIGITS}]{{1,4}}\s+)?"
                                rf"(?:{'|'.join(sorted(set(_INDIC_MONTHS), key=len, reverse=True))})\.?"
                                rf"(?:,?\s+[{_INDIC_DIGITS}]{{1,4}}){{1,2}}")
INDIC_DATELINE_MAX_CHARS = 50


# A date's label, then a day, a month's word and a year, and its time: "Dikemaskini: 12 Ogo 2025, 11:02 pagi" (Malay:
# updated; a first-time user's Malaysiakini page had it for its headline, its month's short form unread), "Published:
# Aug 12, 2025 10:15 AM". When, not what, whatever the month's word.
_LABELLED_DAY_RE = re.compile(
    r"(?:(?:first |last )?(?:published|updated|posted|modified)|diterbitkan|dikemaskini|dikemas kini|diperbarui"
    r"|diperbaharui|terbit|cập nhật)\s*:\s*"
    r"(?:\d{1,2}\.?\s+[^\W\d_]{2,12}\.?,?|[^\W\d_]{2,12}\.?\s+\d{1,2},?)\s+(?:19|20)\d\d"
    r"(?:\s*,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[^\W\d_]{1,6}\.?)?)?\s*$", re.I)


# A statement's numbered point, in full-width figures as Japanese and Chinese number them ("１．", "（１）", "①") or
# not ("1.", "(1)"): the first of them is no standfirst, and a summary leaves its number out
_NUMBERED_POINT_RE = re.compile(r"(?:[0-9０-９]{1,2}[.．](?!\d)|[（(][0-9０-９]{1,2}[）)]|[①-⑳])\s*")
_POINT_OPENERS = frozenset("0123456789０１２３４５６７８９(（①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳")
SPEAKERS_MIN = 2  # names in a speakers' line


NUMBERED_RUN_LINES = 6  # the next point's line this close under the first ("1. …" / byline / date / "2. …")


def _numbered_point(lines: list[Line], i: int) -> bool:
    """Line i is a statement's first numbered point: in full-width figures ("１．日本銀行は、本日、…", "（１）", "①"),
    or "1." / "(1)" where the next point follows ("2. Inflation is still too high."): not a German ordinal or date
    that opens a standfirst, "1. FC Köln verliert …", "5. Juni: Nach monatelangem Streit …" (a probe review's)."""
    text = lines[i].text
    m = _NUMBERED_POINT_RE.match(text)
    if m is None:
        return False
    if not text[:1].isascii():
        return True
    number = int("".join(c for c in m.group() if c.isdigit()))
    after = (f"{number + 1}.", f"({number + 1})")
    return any(ln.text.startswith(after) for ln in lines[i + 1:i + 1 + NUMBERED_RUN_LINES])


def _speakers_line(text: str) -> bool:
    """A press conference's speakers, each name with its role after a comma: "Christine Lagarde, President of the
    ECB, Luis de Guindos, Vice-President of the ECB" (a first-time user's headline): no headline."""
    parts = [p.strip() for p in text.split(",")]
    if len(parts) % 2 or len(parts) < 2 * SPEAKERS_MIN:
        return False
    return all(looks_like_name(n) and not looks_like_name(r) and r[:1].isupper()
               for n, r in zip(parts[::2], parts[1::2]))


def title_score(ln: Line, language: str) -> float:
    """How much a line looks like a headline on its own (0 = not at all)."""
    text = ln.text
    if ln.clutter or ln.caption or byline_match(text) or ln.chars > 250 or ln.chars <= 80 and _piece_by(text) \
            or "running-head" in ln.flags or "table-row" in ln.flags or _HASHTAGS_RE.fullmatch(text) \
            or META_LABEL_RE.match(text) or PAGE_COUNTER_RE.match(text) or MARKUP_RE.match(text) \
            or ":" in text and (m := _CREDIT_LABEL_RE.fullmatch(text)) is not None and looks_like_name(m.group(1)) \
            or RELATIVE_TIME_RE.match(text) or _menu_row(text) or "menu-row" in ln.flags \
            or text[:1] in _COPYRIGHT_SIGNS or text.endswith("·") and _FB_STAMP_RE.fullmatch(text) \
            or ln.words <= 4 and _newsroom_label(text.split()) or ln.words <= 4 and _RELEASE_LABEL_RE.fullmatch(text) \
            or ":" in text and ln.chars <= 60 and _LABELLED_DAY_RE.match(text) \
            or ln.words <= 3 and _RELEASE_NUMBER_RE.fullmatch(text) \
            or ln.chars <= 80 and _NUMBERED_MEETING_RE.fullmatch(text):
        return 0.0  # (nor a release's label over its dateline, "COMMUNIQUÉ DE PRESSE")
    cjk = language == "cjk" or not text.isascii() and len(CJK_RE.findall(text)) > len(text) * 0.3
    if cjk:
        # A full stop (。) ends a sentence of running text; a Chinese or Japanese headline has none.
        if not 4 <= ln.chars <= 120 or "。" in text:
            return 0.0
        parts = text.split()
        if len(parts) >= 3 and max(map(len, parts)) <= 6:
            return 0.0  # "ニュース 戦争・紛争 Video": a row of menu items
    elif not (2 if "over-indic-dateline" in ln.flags else 3) <= ln.words <= 30 or ln.chars < 12 \
            or (text.endswith("?") and len(text.split()) <= 2):
        return 0.0  # (a question of two words is a widget's help link: "What's This?")
    if date_share(text) > 0.6 or _live_dateline(text) or text.startswith("http") \
            or hijri_dateline(text) \
            or "_" in text and " " not in text or "@" in text and _EMAIL_LINE_RE.fullmatch(text) \
            or text.endswith(_POST_ENDS) and (m := _POSTER_RE.fullmatch(text)) is not None and looks_like_name(m.group(1)) \
            or byline_names(ln) is not None or "," in text and _name_and_title(text) is not None:
        # (a press contact's address is no headline, nor a name with its job title: "Jerome Powell, Chair";
        # nor a user's name, "guiri_en_valencia", over a forum's post, nor a post's header, "Ana Ruiz’s Post")
        return 0.0
    dates = find_dates(text)
    if dates and dates[0][0] == 0 and text[:1].isalnum() and (m := _DAY_THEN_HEADLINE_RE.match(text)) \
            and len(text) - m.end() >= DAY_THEN_HEADLINE_MIN_CHARS and not ln.sentence and not CLOCK_RE.search(text):
        # A live page's headline after its day: "January 6, 2024 - Alaska Airlines flight makes
        # emergency landing after …" (a dateline's line has no headline after its date)
        text = text[m.end():]
        dates = find_dates(text)
    if dates and (dates[0][0] == 0 and not _CJK_DATE_CLAUSE_RE.match(text) or CLOCK_RE.search(text)):
        # "2018年6月18日 10:01 発信地：カノ": a dateline with the place after the date; "text size:
        # T T Viewpoint September 13, 2011, 8:50 PM EDT", "Mis à jour le 06/04/2013 à 10:37": a
        # date and a time of day, in any words
        return 0.0
    if dates and (PUBLISHED_HINT_RE.search(text) or UPDATED_HINT_RE.search(text)):
        return 0.0  # a dateline with words around it
    if not dates and "," in text and not text.isascii() and _INDIC_DATELINE_RE.fullmatch(text):
        return 0.0  # (a dateline whose month the dates do not read: see _INDIC_DATELINE_RE)
    if dates and _release_dateline(text, dates[0][0]):
        return 0.0  # a release's dateline, its place before the date: "Schengen, 3. Juli 2018 — Aussendung"
    if re.match(r"^(?:published|updated|posted)\b", text, re.I) or _FILED_FROM_RE.fullmatch(text) \
            or re.search(r"\bby:\s|\|\s*by\b", text, re.I):
        return 0.0  # dateline / byline furniture ("Reporting from London and Brussels", under the byline)
    if re.search(r"\w/[A-Z]{2,}", text):
        return 0.0  # a photo credit ("Name/AGENCY")
    if "breadcrumb" in ln.flags or ICON_WORD_RE.search(text) or CREDIT_LINE_RE.match(text):
        return 0.0
    if "." in text and any(len(word) >= 30 and GLUED_DOMAINS_RE.fullmatch(word) for word in text.split()):
        return 0.0  # "kurier.atevents.atfuturezone.at...": links to sister sites run together
    if text.count(",") >= 5 and not ln.sentence \
            and all(len(item.split()) <= 3 for item in text.split(",")):
        return 0.0  # "Anmeldung, BaWü, Beteiligung, Digitale Gesellschaft, ...": the post's tags
    if text.endswith(",") or re.search(r"\s(?:by|von|par|por|di)$", text, re.I):
        return 0.0  # "Home Entertainment, HD Set Tops,": the post's categories, cut off; "Advertising by"
    score = 1.0
    # (and the danda of Hindi and Bengali, the full stop of Urdu, "।", "۔": a Bengali standfirst of two sentences
    # under its headline, a first-time user's Prothom Alo copy, is no headline)
    if text.endswith((".", ":", ",", ";", ".\"", ".”", "।", "۔")) and not text.endswith("..."):
        score -= 0.6
    if text.count(". ") + text.count("। ") >= 2:
        score -= 0.4
    if not cjk:
        caps = sum(w[0].isupper() for w in text.split() if w[0].isalpha())
        alpha_words = sum(w[0].isalpha() for w in text.split()) or 1
        score += 0.4 * caps / alpha_words
        if text.isupper():
            score -= 0.3
    return max(score, 0.0)


@dataclass
class Head:
    """Indices of the head lines found above the body."""

    title: int | None = None
    subtitle: int | None = None
    used: set[int] = field(default_factory=set)


TWO_WORD_HEADLINE_SCORE = 1.0
# A dateline that names its author after the date: "11.09.2011, 16:20 von jane", "December 5, 2026 by jane"
_DATELINE_AUTHOR_RE = re.compile(r"\d\W*\s(?:von|by|par|por|di|door)\s+[^\W\d_]", re.I)
LEDE_HEADLINE_MIN_WORDS = 6  # a headline in title case over the text's dateline ("WASHINGTON, D.C. – …")
LEAD_SENTENCE_MIN_WORDS = 20  # a title line this long, ending as a sentence: the text's first paragraph
LEAD_TITLE_MAX_WORDS = 14  # ... whose first words then title the page


def _two_word_headline(ln: Line, names: bool = False) -> bool:
    """Two words, a capital first, no sentence's end: shaped as a short headline (names: or as a name)."""
    return ln.words == 2 and ln.chars >= 8 and not ln.clutter and not ln.caption and ln.text[:1].isupper() \
        and not ln.text.endswith((".", ":", ",", ";", "!", "?")) and (names or not looks_like_name(ln.text)) \
        and byline_names(ln) is None


def _name_then_date(text: str) -> bool:
    """A name, then at once a date: a byline, "Jane Roe 19. Juni 2019" (no headline of a list's)."""
    m = NAME_THEN_DATE_RE.match(text)
    return m is not None and looks_like_name(m.group(1)) \
        and any(pos - m.end(1) in (0, 1) for pos, _ in find_dates(text))


def is_anchor(ln: Line, month_first: bool) -> bool:
    """A byline or dateline: what sits right under (or over) a headline. Not a quotation's
    attribution ("— Jane Doe on Sunday, October 13th, 2019, in a newspaper")."""
    if ATTRIBUTION_RE.match(ln.text):
        return False
    if (m := BULLET_ITEM_RE.match(ln.text)) and dated_entry(ln.text[m.end() - 1:], DATED_ENTRY_WORDS):
        return False  # (nor a chronology's item, pasted with its bullet: "- 7 Oct 2022: BIS announces …")
    return is_dateline(ln, month_first) or byline_names(ln) is not None or bool(BYLINE_EMPTY_RE.match(ln.text)) \
        or "," in ln.text and ln.chars <= INDIC_DATELINE_MAX_CHARS and not ln.text.isascii() \
        and _INDIC_DATELINE_RE.fullmatch(ln.text) is not None \
        or ln.numbers and ln.chars <= RELATIVE_DATELINE_MAX_CHARS and _relative_dateline(ln.text)


# A time of today or yesterday, as a news agency's page prints the dateline under its headline: RIA's "Сегодня,
# 14:05" and "(обновлено: Сегодня, 14:32)", Ukrainian "Сьогодні, 14:05", "Вчора, 09:12", "Today, 14:05" (a
# first-time user's Ukraine briefing: RIA's headline over it lost the title to its photo's "Перейти в медиабанк").
# It places the headline, though it gives no date. (With its time only: "Today" alone is a menu's item.)
_UPDATE_LABEL_RE = re.compile(r"\(?(?:updated|обновлено|оновлено|aktualisiert|actualizado|atualizado|aggiornato"
                              r"|mis à jour)\s*:?\s*", re.I)
RELATIVE_DATELINE_MAX_CHARS = 40


def _relative_dateline(text: str) -> bool:
    """Line text is a time of today or yesterday, alone or after an update's label (see _UPDATE_LABEL_RE)."""
    if (m := _UPDATE_LABEL_RE.match(text)) is not None:
        text = text[m.end():].rstrip(")")
    return RELATIVE_TIME_RE.match(text) is not None and CLOCK_RE.search(text) is not None


def _key_tokens(text: str, stops: frozenset[str]) -> set[str]:
    """Content words of a line (case-folded, no function words); CJK characters count one by one."""
    toks = {f for t in set(line_words(text)) if len(t) > 2 and (f := t.casefold()) not in stops}
    if not text.isascii():
        toks |= set(CJK_RE.findall(text)) | set(HANGUL_RE.findall(text))
    return toks


def anchor_below(lines: list[Line], i: int, month_first: bool) -> tuple[int, int] | None:
    """The byline/dateline under line i: (index, hops); share rows, breadcrumbs, captions
    and a field's label and value ("From:" / "Ministry of Defence") cost no hop."""
    hops = 0
    for j in range(i + 1, min(len(lines), i + 1 + ANCHOR_SCAN)):
        ln = lines[j]
        if is_anchor(ln, month_first):
            return j, hops
        if ln.cls == "good" and hops and not ln.caption:
            return None  # the body started first (not a photo's caption between the standfirst and the byline:
            # Le Monde Informatique's, The Guardian's)
        if not (ln.clutter or ln.caption or "breadcrumb" in ln.flags or _field_line(lines, j) or _cjk_label(ln)):
            hops += 1
            if hops > ANCHOR_MAX_HOPS:
                return None
    return None


def _cjk_label(ln: Line) -> bool:
    """A Chinese or Japanese label of a word or two, no number ("社会", "速報", "有料記事"): a section's
    or a flag's, between a headline and its date as a breadcrumb is."""
    return ln.chars <= CJK_LABEL_MAX_CHARS and not ln.numbers and len(CJK_RE.findall(ln.text)) == ln.chars


def _shape(text: str) -> str:
    """A line's shape: digits and month names folded, for spotting repeated list items
    ('Name 11/13/19 9:00AM'; 'June 18, 2013' and 'January 14, 2019' under teasers)."""
    return re.sub(r"\d+", "0", _MONTH_WORD_RE.sub("M", text))[:24]


PARAGRAPH_MIN_WORDS = 15


MASTHEAD_DATE_SPAN = 12  # lines under a dateline searched for an earlier one


def _later_than_below(lines: list[Line], i: int, month_first: bool) -> bool:
    """Whether the dateline at i is later than one in the MASTHEAD_DATE_SPAN lines under it: the
    site's date of today over the article's own ("Mon, 25 Dec 2023", the tagline, the headline,
    the author, "Thu, 14 May 2020 17:55 UTC")."""
    above = find_dates(lines[i].text, month_first)
    if not above:
        return False
    for k in range(i + 1, min(len(lines), i + 1 + MASTHEAD_DATE_SPAN)):
        if is_dateline(lines[k], month_first):
            below = find_dates(lines[k].text, month_first)
            if below and below[0][1] < above[0][1]:
                return True
    return False


MENU_ITEM_MAX_CHARS = 24


def _menu_item(ln: Line) -> bool:
    """A menu's or a picker's item: a word or two ("Alfa Romeo", "Subscribe"), no sentence."""
    return ln.words <= 2 and ln.chars <= MENU_ITEM_MAX_CHARS and not ln.sentence and not ln.numbers


MENU_RUN_MIN = 5  # items in a row that make a menu (a lone "Learn More" button is none)
HEAD_INTO_BODY = 12  # lines below the body's start, up to its first paragraph, where the headline may be


def _in_related_box(lines: list[Line], i: int) -> bool:
    """Line i stands in a box of links under a "Related" / "More from X" heading (within
    END_BOX_MAX_LINES lines, no paragraph between): a teaser's title, not the headline."""
    for k in range(i - 1, max(-1, i - 1 - END_BOX_MAX_LINES), -1):
        if lines[k].cls in ("good", "near"):
            return False
        if RELATED_MARKER_RE.match(lines[k].text):
            return True
    return False


def _menu_runs(lines: list[Line], end: int) -> set[int]:
    """Indices above `end` of lines in runs of MENU_RUN_MIN or more menu items."""
    out: set[int] = set()
    run: list[int] = []
    for k in range(end + 1):
        if k < end and _menu_item(lines[k]):
            run.append(k)
            continue
        if len(run) >= MENU_RUN_MIN:
            out.update(run)
        run = []
    return out


# A field's label on a line of its own, its value on the next ("From:" / "Ministry of Defence",
# "Published:" / "12 January 2024"): the value is no headline.
# (Only a record's fields: a kicker over a headline, "Analysis:" or "Exclusive:", is no field.)
_FIELD_LABEL_RE = re.compile(
    r"(?:from|by|authors?|written by|(?:first |last )?published(?: on)?|(?:last )?updated(?: on)?|date|posted(?: on)?"
    r"|filed|issued by"
    r"|released|source|publisher|organi[sz]ations?|departments?|agency|ministry|category|section|location"
    r"|topics?|tags?|document type|type|contact|media contact|press office)\s*:", re.I)


# An email's header as a mail reader shows it, copied over the message: "From: The Outbreak
# Brief <newsletter@…>", "To: …", "Cc:" (empty), "Date: …", "Subject: …"; in Outlook's German,
# French and Spanish too ("Von:", "An:", "Betreff:"; "De :", "À :", "Objet :"; "Para:", "Asunto:");
# and a memo's, which names its subject "Re:".
_EMAIL_FIELDS = {
    "from": "from", "von": "from", "de": "from",
    "to": "to", "an": "to", "à": "to", "a": "to", "para": "to",
    "cc": "cc", "bcc": "cc", "reply-to": "cc", "importance": "cc",
    "date": "date", "sent": "date", "gesendet": "date", "datum": "date", "envoyé": "date", "enviado": "date",
    "fecha": "date",
    "subject": "subject", "betreff": "subject", "objet": "subject", "asunto": "subject",
    "re": "subject", "regarding": "subject", "subj": "subject",  # (a memo's: "To:", "From:", "Date:", "Re:")
}
_EMAIL_HEADER_RE = re.compile(r"(" + "|".join(sorted(_EMAIL_FIELDS, key=len, reverse=True)) + r")\s*:(?:\s*(\S.*))?",
                              re.I)
_REPLY_PREFIX_RE = re.compile(r"^(?:(?:re|fwd?|fw|aw|wg|tr)\s*:\s*)+", re.I)
EMAIL_HEADER_WINDOW = 12  # lines from the top where the header block may start (under a mail reader's buttons)
# A mail reader's sender and recipient lines without labels: "The Guardian <newsletters@theguardian.com>
# Unsubscribe", "to me", "to me, Jane"
_SENDER_RE = re.compile(r"(?:(?P<name>[^<>@:]{2,60}?)\s*)?<[^<>@\s]+@[^<>\s]+>(?:\s+(?:unsubscribe|via \S+))?", re.I)
_RECIPIENT_RE = re.compile(r"to (?:me|you)(?:,? [^@]{1,40})?")


_ALERTS_SENDER_RE = re.compile(r"\b(?:alerts?|digest|notifications?|news ?feed|feedly|inoreader)\b", re.I)
# A longer line over the header block is a page's headline: it quotes the email (not a mail
# reader's "Inbox (3) - jane.doe@example.com - Example Mail", nor the subject "Fwd: …" over it).
EMAIL_ABOVE_MAX_WORDS = 5


THREAD_FURNITURE_MAX_CHARS = 40
THREAD_POST_MIN_CHARS = 60


def _email_headers(lines: list[Line]) -> tuple[str | None, list[int]]:
    """An email copied with its header (a newsletter, a press office's message): its subject
    (without "Re:", "Fwd:"), the headline; and its header lines but the date, which are no
    text, no headline, no standfirst and no byline (the recipient's address is no one's to
    publish). A block of them in a row near the top, above any paragraph (an email an
    article quotes is the article's), with a subject and a sender or recipient; else
    (None, [])."""
    found: dict[str, str] = {}
    block: list[int] = []
    for ln in lines[:EMAIL_HEADER_WINDOW + 8]:
        m = _EMAIL_HEADER_RE.fullmatch(ln.text)
        if m is None:
            if block or ln.index >= EMAIL_HEADER_WINDOW or ln.cls in ("good", "near") \
                    or ln.words > EMAIL_ABOVE_MAX_WORDS and not ln.clutter and "@" not in ln.text \
                    and not _REPLY_PREFIX_RE.match(ln.text):
                break
            continue
        found.setdefault(_EMAIL_FIELDS[m.group(1).casefold()], m.group(2) or "")
        block.append(ln.index)
    if not found.get("subject") or not {"from", "to"} & found.keys():
        return None, []
    subject = _REPLY_PREFIX_RE.sub("", found["subject"]).strip()
    return subject or None, [k for k in block if _EMAIL_FIELDS[_EMAIL_HEADER_RE.fullmatch(  # type: ignore[union-attr]
        lines[k].text).group(1).casefold()] != "date"]


# A record's field, "Label: value", in its block of fields ("Form: Regulation", "CELEX number: 32024R1689")
_FIELD_LINE_RE = re.compile(r"[" + UPPER + r"][\w .()/-]{1,30}:\s+\S.*")
FIELD_AUTHOR_MAX_CHARS = 200


def field_block_authors(lines: list[Line], start: int, decisions: list[str]) -> list[str]:
    """The authors a record's block of fields names over the text, where no byline does: EUR-Lex's "Document
    information" / "Form: Regulation" / "Author: European Parliament, Council of the European Union" / "CELEX
    number: …" (a first-time user's EU briefing: no author). The "Author:" line among field lines above and
    below it; its value parted at commas where each part is an organisation's name of two words or more."""
    for ln in lines[:start]:
        if ln.text[:6].casefold() != "author" or ln.chars > FIELD_AUTHOR_MAX_CHARS or ln.clutter and ln.caption \
                or not 0 < ln.index < len(lines) - 1 or not (m := AUTHOR_INLINE_RE.match(ln.text)) \
                or not all(_FIELD_LINE_RE.fullmatch(lines[k].text) for k in (ln.index - 1, ln.index + 1)):
            continue
        parts = [p.strip() for p in re.split(r"[,;]", m.group(1)) if p.strip()]
        if parts and all(len(p.split()) >= 2 and p[:1].isupper() and p.casefold() not in CREDENTIALS for p in parts) \
                and any(not looks_like_name(p) or _ORG_WORD_RE.search(p) for p in parts):
            names = parts  # (organisations, not "Jane Doe, John Roe": split_names reads people's names)
        else:
            names = split_names(m.group(1))
        if names:
            decisions.append(f"authors {names} from the field line {ln.index + 1} {ln.text[:60]!r}")
            return names
    return []


def mail_sender(lines: list[Line], decisions: list[str]) -> list[str]:
    """An email's writer, its head's "From: Andres Freund <andres@...razel.de>" (a list archive's, the address cut
    short), "Von: Jane Doe <jane.doe@example.org>", among the head's other fields ("To:", "Subject:") over any
    paragraph (not an email a story quotes): the name, when it is a person's whose given name or surname the address
    holds (a first-time user's oss-security post had no author). Not a newsletter's or an office's, "The Asia Brief
    <newsletter@…>", "Morning Memo <hello@…>", "Heatmap Daily <daily@heatmap.news>", "Jane Doe <press@agency.gov>",
    which sends for others."""
    for k, ln in enumerate(lines[:EMAIL_HEADER_WINDOW + 8]):
        m = _EMAIL_HEADER_RE.fullmatch(ln.text) if ln.text[:1] in "FfVvDd" and "@" in ln.text else None
        sender = _SENDER_RE.fullmatch(m.group(2) or "") if m and _EMAIL_FIELDS[m.group(1).casefold()] == "from" \
            else None
        if sender is None:
            continue
        fields = {_EMAIL_FIELDS[f.group(1).casefold()] for j in (k - 2, k - 1, k + 1, k + 2) if 0 <= j < len(lines)
                  and (f := _EMAIL_HEADER_RE.fullmatch(lines[j].text))}
        name = (sender.group("name") or "").strip(' "\'')
        local, _, domain = sender.group(0)[sender.group(0).rfind("<") + 1:].rstrip(">").casefold().partition("@")
        words = [_ascii_fold(w).casefold() for w in name.split()]
        # (the name in the address's local part, not in its domain: a brand's, "Heatmap Daily <daily@heatmap.news>")
        if {"to", "subject"} & fields and not any(lines[j].cls in ("good", "near") for j in range(k)) \
                and 2 <= len(words) <= 4 and looks_like_name(name) and not name.startswith("The ") \
                and not _ALERTS_SENDER_RE.search(name) and any(len(w) >= 3 and w in local for w in words) \
                and not any(len(w) >= 3 and w in domain for w in words) \
                and not any(_FOR_RELEASE_RE.match(lines[j].text) for j in range(k, min(len(lines), k + 12))):
            decisions.append(f"authors [{name!r}] from the email's sender, line {k + 1}")
            return [name]
        break
    return []


# A press release mailed out: its sender is its press officer, no writer ("FOR IMMEDIATE RELEASE", "Press release:",
# "Subject: PRESS RELEASE – …", a review's probe)
_FOR_RELEASE_RE = re.compile(r"(?:subject:\s*)?\W*(?:for immediate release|press release|news release|media release)\b",
                             re.I)


def _ascii_fold(text: str) -> str:
    """'André Müller' -> 'Andre Muller': a name's letters as an email address writes them."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


# A document's subject line under its head's labelled fields: a release's or a notice's "Subject: Unofficial results of
# the 13th Jatiya Sangsad Election …" under "Press Release No. 247   Date: 13 February 2026", a talk show's "বিষয়:
# নির্বাচনের আগে শেষ সপ্তাহ: …" ("Topic:") under "পর্ব: ৭২১৪ | সম্প্রচার: ১০ ফেব্রুয়ারি ২০২৬" (episode, broadcast): the
# headline, as an email's subject is (a first-time user's seeds took the letterhead's street address, and the show's
# name, for it; and Swahili's "Mada:" under "Kipindi: …", the programme's, a radio transcript's). Not a page's tags
# ("Topics: Politics", a few words) nor a subject the text names further down.
_SUBJECT_LINE_RE = re.compile(unicodedata.normalize(
    "NFC", r"(?:subject|subj|sub|topic|বিষয়|विषय|موضوع|perihal|asunto|objet|betreff|oggetto|assunto|onderwerp|temat"
    r"|тема|mada)\s*[.]?\s*[:：]\s*(\S.{10,250})"), re.I)
_LABELLED_FIELD_RE = re.compile(r"(?:^|\s)[^\W\d_][^\s:：]{0,20}(?: [^\W\d_][^\s:：]{0,20}){0,2}\s?[:：]\s*\S")
SUBJECT_HEAD_LINES = 20  # from the top, where the subject line stands
SUBJECT_FIELDS_ABOVE = 3  # lines over it where another labelled field stands
SUBJECT_MIN_WORDS = 4


def _subject_line(lines: list[Line]) -> int | None:
    """The document's subject line (see _SUBJECT_LINE_RE), over its first paragraph, if any."""
    for ln in lines[:SUBJECT_HEAD_LINES]:
        above = range(max(0, ln.index - SUBJECT_FIELDS_ABOVE), ln.index)
        if (":" in ln.text or "：" in ln.text) and (m := _SUBJECT_LINE_RE.fullmatch(ln.text)) \
                and len(m.group(1).split()) >= SUBJECT_MIN_WORDS \
                and any(_LABELLED_FIELD_RE.search(lines[k].text) for k in above):
            return ln.index
        if ln.cls == "good" or ln.cls == "near" and ln.sentence:
            return None  # (the text began)
    return None


FIELD_VALUE_MAX_WORDS = 8
# A form's label in capitals ("AGENCY:", "ACTION:", "SUMMARY:", a rule's head in the Federal
# Register): a field only beside another labelled line, as a headline may open so ("EXCLUSIVE:
# …", "WATCH: …").
_CAPS_LABEL_RE = re.compile(r"[A-Z][A-Z’'&-]+(?: [A-Z][A-Z’'&-]+){0,4}:(?=\s)")


def _field_line(lines: list[Line], i: int) -> bool:
    """Line i is a field's label alone, or the value under a label, or a label with its value
    beside another field ("From: Department of Transport" over "Published: 3 March 2021"; not
    a headline that opens so, "Ministry: Greek deficit target within reach"), or names who
    issued the page ("From: HM Treasury and The Rt Hon Rachel Reeves MP", which no headline
    opens with)."""
    if _FIELD_LABEL_RE.fullmatch(lines[i].text) is not None \
            or i >= 1 and _FIELD_LABEL_RE.fullmatch(lines[i - 1].text) is not None \
            or issuer(lines[i].text) is not None \
            or ": " in lines[i].text and (_form_row(lines, i) or _ONE_FIELD_RE.match(lines[i].text) is not None
                                          and (_form_row(lines, i - 1) or _form_row(lines, i + 1))):
        return True  # (and a field's row beside such a row: "Flight Conducted Under: Part 121: Air carrier")

    def labelled(k: int, pattern: re.Pattern[str] = _FIELD_LABEL_RE) -> bool:
        m = pattern.match(lines[k].text) if 0 <= k < len(lines) else None
        return m is not None and len(lines[k].text[m.end():].split()) <= FIELD_VALUE_MAX_WORDS \
            and (pattern is _FIELD_LABEL_RE or not find_dates(lines[k].text) and byline_names(lines[k]) is None)

    # (a label in capitals beside another in capitals, neither a byline nor a date: a headline
    # that opens so, "WATCH: Crews battle …", is over the page's "by: Jala Washington", "Posted:
    # …", "UPDATED: …")
    return labelled(i) and (labelled(i - 1) or labelled(i + 1)) \
        or labelled(i, _CAPS_LABEL_RE) and (labelled(i - 1, _CAPS_LABEL_RE) or labelled(i + 1, _CAPS_LABEL_RE))


# A form's row of two fields, each its label and its value, as a PDF's two columns copy: "Location:
# Portland, Oregon Accident Number: DCA24MA063" (not a headline's "Analysis: Boeing: what next")
_ONE_FIELD_RE = re.compile(r"[A-Z][\w&/()'’-]*(?: [\w&/()'’-]+){0,3}: \S")
_TWO_FIELDS_RE = re.compile(r"[A-Z][\w&/()'’-]*(?: [\w&/()'’-]+){0,3}: \S[^:]*? [A-Z][\w&/()'’-]*(?: [\w&/()'’-]+){0,3}: \S")


def _two_fields(lines: list[Line], k: int) -> bool:
    return 0 <= k < len(lines) and lines[k].text.count(": ") >= 2 and _TWO_FIELDS_RE.match(lines[k].text) is not None


def _form_row(lines: list[Line], k: int) -> bool:
    """A row of two fields in a form's block: a field's row beside it, and no byline under it (a
    headline with two labels, "Live: Biden and Trump debate: What to watch", over "By Jane Doe", is
    alone, or over its standfirst)."""
    return _two_fields(lines, k) and any(0 <= j < len(lines) and ": " in lines[j].text
                                         and _ONE_FIELD_RE.match(lines[j].text) is not None for j in (k - 1, k + 1)) \
        and not (k + 1 < len(lines) and byline_names(lines[k + 1]))


STANDFIRST_MIN_WORDS = 12
# The heading of a table of contents, in a report's or an opinion's copy: no headline, nor a
# name under one ("TABLE OF CONTENTS" was a report's author)
CONTENTS_MAX_CHARS = 24
_CONTENTS_RE = re.compile(r"\W*(?:table of contents|contents|inhaltsverzeichnis|inhalt|sommaire|table des mati[èe]res"
                          r"|[íi]ndice|sumário|sumario|目次|目录|目錄)\W*", re.I)
# Who issued a government's or an organisation's page, its people after its bodies: "From: HM
# Treasury and The Rt Hon Rachel Reeves MP", "Issued by: Ministry of Defence" (not a mail's
# "From: The Ledger <news@…>").
_ISSUER_FIELD_RE = re.compile(r"(?:from|issued by|publisher)\s*:\s*(?P<value>[^<>@:]{2,160})", re.I)
_ISSUER_PEOPLE_RE = re.compile(r"(?:\s*,|\s+and)?\s+(?:[Tt]he\s+)?(?:Rt\.?\s+Hon\b|Right Honourable\b|Lord\s|Baroness\s"
                               r"|Sir\s|Dame\s|(?:[A-Z][\w'’-]+\s+){1,3}(?:MP|MSP|MS|MLA|TD)\b).*$")


def issuer(text: str) -> str | None:
    """The body a "From:" field names first, without its people (above), when that is one
    name: "HM Treasury"; not "Jane Doe", nor "Ofcom and the CMA and DCMS"."""
    m = _ISSUER_FIELD_RE.fullmatch(text)
    if m is None:
        return None
    value = _ISSUER_PEOPLE_RE.sub("", m.group("value")).strip(" ,.")
    # (a name alone is a person's, "From: Jane Doe", but not "HM Treasury"; before the
    # people's, a body's: "Cabinet Office")
    alone = value == m.group("value").strip(" ,.")
    # (a body's name: capitalised, no figure; not a deal's "From: £5 a month", a flight's "From: 10 March")
    if not value or not value[:1].isupper() or any(c.isdigit() for c in value) \
            or alone and looks_like_name(value) and not value.split()[0].isupper() \
            or value.count(" and ") > 1 or value.count(",") > 2:
        return None
    return value


_SENDER_FIELD_RE = re.compile(r"(?:agency|agencies|department|ministry|issued by|from|publisher|organi[sz]ation)"
                              r"\s*:\s*(.{3,120})$", re.I)
# A paper's series and number, under its title on a repository's page: "Georgetown Law Center
# Research Paper No. 25-04", "NBER Working Paper No. 33012", "IZA Discussion Paper No. 17215"
_SERIES_NUMBER_RE = re.compile(r"\b(?:Working|Research|Discussion|Policy|Occasional|Staff|Technical) Papers?"
                               r"(?: Series)?,? (?:No\.|Number|Nr\.|#)? ?[A-Z]{0,4}[-\d]*\d[-\d]*\s*$")


# A link to the blog's previous or next post, its arrow printed with it ("« Older post's title",
# "Newer post's title »", "← Previous post", "Next post →"), over or under the post's headline:
# no headline, nor a headline-like line over it. Not a quotation in guillemets, which has both
# ("« Nous ne lâcherons rien », promet …", "Stadtrat: Wir sagen «Ja, aber»"), nor German quotes
# (»Wir haben es satt« – …), which open with "»".
# A link is told from a headline that ends in an arrow ("Live updates: Storm hits the coast →") or a
# Swedish quotation (»…» closes as it opens) by its partner: the link the other way on the line
# above or below, or a word for "previous" or "next" on its own line.
_LINK_BEFORE = {"«": "»", "‹": "›", "←": ""}
_LINK_AFTER = {"»": "«", "›": "‹", "→": ""}
_POST_LINK_WORD_RE = re.compile(
    r"(?i)\b(?:previous|next|older|newer|prev|vorherige[rs]?|nächste[rs]?|ältere[rs]?|neuere[rs]?|vorige"
    r"|volgende|précédent|suivant|anterior|siguiente|precedente|successivo|föregående|nästa)\b")


def _post_link_arrow(text: str) -> int:
    """-1 for a line led by a link's back arrow ("« Older post"), +1 for one closed by its
    forward arrow ("Newer post »"), 0 otherwise (a quotation: both marks of a pair, or the
    closing mark twice, as Swedish writes »…»)."""
    if len(text) <= 2:
        return 0
    if text[:1] in _LINK_BEFORE:
        mark, pair, arrow = text[:1], _LINK_BEFORE[text[:1]], -1
    elif text[-1:] in _LINK_AFTER:
        mark, pair, arrow = text[-1:], _LINK_AFTER[text[-1:]], 1
    else:
        return 0
    return 0 if pair and pair in text or text.count(mark) > 1 else arrow


def _post_link(lines: list[Line], i: int) -> bool:
    """Line i is a link to the previous or next post: its arrow first or last, and a word for
    "previous" or "next" in it, or the link the other way beside it."""
    arrow = _post_link_arrow(lines[i].text)
    return bool(arrow) and (_POST_LINK_WORD_RE.search(lines[i].text) is not None or any(
        0 <= j < len(lines) and _post_link_arrow(lines[j].text) == -arrow for j in (i - 1, i + 1)))


def _standfirst_under(lines: list[Line], i: int) -> bool:
    """Line i+1 reads as a standfirst under line i: sentences, twice its words or more, no byline."""
    below = lines[i + 1] if i + 1 < len(lines) else None
    return below is not None and below.words >= max(STANDFIRST_MIN_WORDS, 2 * lines[i].words) \
        and below.text.rstrip("\"”’'").endswith((".", "!", "?", "。")) and not below.caption \
        and byline_names(below) is None


@dataclass
class CourtCaption:
    """A court filing's caption: the parties, the document's name under them, who signed it."""

    title_line: int
    title: str
    parties: str
    judges: list[str]
    court: str | None = None  # the court's name over the caption, which issues it (a South Asian judgment's)


# A US court filing copied out of its PDF: the court, the parties boxed by ")" ("UNITED STATES OF
# AMERICA et al., )" / "Plaintiffs, )" / "v. )" / "GOOGLE LLC, )" / "Defendant. )"), then the
# document's name in capitals ("MEMORANDUM OPINION"); signed at the end ("Dated: September 2,
# 2025 Amit P. Mehta" / "United States District Judge").
_PARTY_ROLE_RE = re.compile(r"(?P<role>Plaintiffs?|Petitioners?|Appellants?|Defendants?|Respondents?|Appellees?)"
                            r"(?:[-–, ]+(?:Appellants?|Appellees?|Petitioners?|Respondents?))?\s*[.,]?\s*\)?")
_DOCUMENT_NAME_RE = re.compile(r"(?:[A-Z][A-Z'’,-]*\s+){0,7}(?:OPINION|ORDER|JUDGMENT|COMPLAINT|MEMORANDUM|BRIEF"
                               r"|MOTION|PETITION|DECREE|INDICTMENT|RULING|DECISION|REPORT AND RECOMMENDATION)"
                               r"(?:\s+[A-Z][A-Z'’,-]*){0,7}")
_JUDGE_RE = re.compile(r"(?:(?:United States|U\.S\.|Chief|Senior) )*(?:District|Circuit|Magistrate|Bankruptcy)?"
                       r"\s?(?:Judge|Justice)", re.I)
CAPTION_SPAN = 60  # the page's first lines, where a caption is
PARTY_MAX_LINES = 4
CAPTION_PROSE_ABOVE = 2  # sentences over a caption that make it a quotation's, not the page's
# The court's name over the parties: "UNITED STATES DISTRICT COURT" / "NORTHERN DISTRICT OF CALIFORNIA"
# / "SAN FRANCISCO DIVISION"
_COURT_LINE_RE = re.compile(r"(?i:\bcourt\b)|^(?i:(?:for the |northern |southern |eastern |western |central |middle )*"
                            r"district of|county of|.*\bdivision\)?$|.*\bcircuit\)?$)")
_CASE_NUMBER_RE = re.compile(r"\bNo\.\s*\d{2}-\d+,?"
                             r"|(?:(?:Case|Civil Action|Criminal|Docket)\s+No\.?\s*)?\b\d{1,2}:\d\d-[a-z]{2}-\d+[\w-]*"
                             r"(?:\s*\([A-Z/]{2,12}\))?|(?:Case|Civil Action|Criminal|Docket)\s+No\.?\s*[\w:.-]+"
                             r"(?:\s*\([A-Z/]{2,12}\))?", re.I)
# What a caption says of a party after its name: "JANE DOE, individually and on behalf of all …",
# "META PLATFORMS, INC., a Delaware corporation"
_PARTY_DESCRIPTION_RE = re.compile(r",\s+(?:a|an|the|individually|in (?:his|her|their|its) official|on behalf)\b")
_CAPTION_SMALL = frozenset("of and the for et al. de in a an to on re by with".split())
_CAPTION_CAPITALS = frozenset("LLC LLP LP PLC N.A. USA U.S. AG SA NV II III IV".split())


# A transcript's caption box holds the case's number, place and date right of its ")" ("GOOGLE LLC, )  10:00 a.m." /
# "Defendant. )  Day 19"): its left column names the parties
_BOX_RIGHT_RE = re.compile(r"(?<=\S)\s+\)\s+\S.*$|^\)\s+\S.*$")
# ... and under it, the transcript's name, where an opinion's is: "TRANSCRIPT OF REMEDIES HEARING: CLOSING ARGUMENTS",
# "TRANSCRIPT OF JURY TRIAL, DAY 3 - MORNING SESSION", "DEPOSITION OF JOHN DOE", "PROCEEDINGS"
_TRANSCRIPT_NAME_RE = re.compile(r"(?:(?:OFFICIAL|CERTIFIED|REPORTER'S|VIDEOTAPED|ORAL) )?"
                                 r"(?:TRANSCRIPT OF|DEPOSITION OF|PROCEEDINGS)(?: [A-Z0-9][A-Z0-9'’,.:&-]*){0,12}")


def transcript_title(lines: list[Line], start: int) -> int | None:
    """The transcript's name (see _TRANSCRIPT_NAME_RE) over its text, which opens with a speaker's turn ("THE COURT:
    All right. …", "Q. Where were you …"), under no court's box (see court_caption): the caption on one line
    ("UNITED STATES OF AMERICA, et al., Plaintiffs, vs. GOOGLE LLC, Defendant."), or none; or None. (The turn under
    it was the title once, its front matter's "Official Court Reporter" the byline: a first-time user's.)"""
    if start >= len(lines) or not _NUMBERED_TURN_RE.match(lines[start].text) or lines[start].text[:1] == "(":
        return None
    return next((k for k in range(min(start, CAPTION_SPAN)) if lines[k].text[:1] in "TDPOCRV" and lines[k].chars <= 120
                 and _TRANSCRIPT_NAME_RE.fullmatch(lines[k].text)), None)


def court_caption(lines: list[Line], start: int) -> CourtCaption | None:
    """The caption of a court filing over its text (see _PARTY_ROLE_RE), or None."""
    roles = [k for k in range(min(len(lines), CAPTION_SPAN))
             if _PARTY_ROLE_RE.fullmatch(_BOX_RIGHT_RE.sub(" )", lines[k].text) if ")" in lines[k].text
                                         else lines[k].text)]
    plaintiffs = [k for k in roles if lines[k].text.startswith(("Plaintiff", "Petitioner", "Appellant")) and k >= 1]
    defendants = [k for k in roles if lines[k].text.startswith(("Defendant", "Respondent", "Appellee")) and k >= 1]
    if not plaintiffs or not defendants or defendants[0] < plaintiffs[0] \
            or sum(lines[k].cls in ("good", "near") and _reads_as_sentence(lines[k].text)
                   for k in range(plaintiffs[0])) >= CAPTION_PROSE_ABOVE:
        return None  # (not an opinion's opening pasted under a post's text; a docket's note is one line)

    def party(k: int) -> str:
        """The party's name over its role, its lines joined, its description and the caption's
        box and case number left out: "META PLATFORMS, INC., a Delaware )" / "corporation, )" ->
        "Meta Platforms, Inc."."""
        pieces: list[str] = []  # the name's lines, the upper first, each with what joins it to the next
        boxed = _BOX_RIGHT_RE.sub(" )", lines[k].text).rstrip().endswith(")")
        while k > 0 and len(pieces) < PARTY_MAX_LINES:
            k -= 1
            left = _BOX_RIGHT_RE.sub(" )", lines[k].text) if boxed else lines[k].text
            text = _CASE_NUMBER_RE.sub("", left).strip(" )_")
            if not text:
                continue
            if boxed and not left.rstrip().endswith(")"):
                break  # (out of the box: the court's "Southern District of New York")
            if re.fullmatch(r"(?:v|vs|and|against)\.?", text.strip(" -"), re.I) or _COURT_LINE_RE.search(text) \
                    or _PARTY_ROLE_RE.fullmatch(text) or text.endswith(":") or re.fullmatch(r"[-_ ]+x?", text):
                break
            # (a boxed caption's lines are a name's pieces, "META PLATFORMS, INC., a Delaware )" /
            # "corporation, )"; an English one's, a party each: "ALPHABET INC." / "GOOGLE LLC")
            pieces.insert(0, text + (" " if boxed or text.endswith(",") else ", "))
        return _caption_case(_PARTY_DESCRIPTION_RE.split("".join(pieces))[0].rstrip(" ,"))
    last = max(defendants)
    name = next((k for k in range(last + 1, min(len(lines), last + 8)) if _DOCUMENT_NAME_RE.fullmatch(lines[k].text)
                 or lines[k].text[:1] in "TDPOCRV" and _TRANSCRIPT_NAME_RE.fullmatch(lines[k].text)), None)
    if name is None:
        return None
    judges: list[str] = []
    for k in range(len(lines) - 1, max(start, len(lines) - 40), -1):
        if _JUDGE_RE.fullmatch(lines[k].text) and k >= 1:
            signer = re.sub(r"^(?:Dated|Date|Signed|Entered)\s*:?\s*.*?\d{4}\s*", "", lines[k - 1].text)
            # (the place where it was signed before the name, apart on the PDF's line but not in its copy:
            # "Alexandria, Virginia Leonie M. Brinkema", a first-time user's; the name from the word before its
            # middle initial)
            if "," in signer and (m := re.search(r",(?: [A-Z][\w.'’-]+)+? ([A-Z][a-z][\w'’-]* [A-Z]\. [A-Z][\w'’-]+)$",
                                                  signer)):
                signer = m.group(1)
            if looks_like_name(signer):
                judges = [title_case_name(signer) if signer.isupper() else signer]
            break
    return CourtCaption(name, _caption_case(lines[name].text), f"{party(plaintiffs[0])} v. {party(defendants[0])}",
                        judges)


# A judgment or an order of the EU's courts, as InfoCuria and EUR-Lex print it: "JUDGMENT OF THE COURT (Grand
# Chamber)" / "10 September 2024" / the case's keywords / "In Case C‑48/22 P," / the parties … (a first-time user's
# competition-law briefing: no title, no publication). The document's name and its case are the title; the court
# issues it.
_EU_JUDGMENT_RE = re.compile(r"(JUDGMENT|ORDER) OF THE (GENERAL )?COURT(?: \([A-Z][\w ]{2,30}\))?\s*(?:\(\*\))?")
_EU_CASE_RE = re.compile(r"In (?:Joined )?Cases? ((?:[CT][‑-]\d{1,4}/\d{2}(?: P)?(?:,? (?:and|to) |, )?){1,6}),?")
EU_CASE_SPAN = 8  # lines under the document's name where its case is


def _eu_court_caption(lines: list[Line], start: int) -> CourtCaption | None:
    for k in range(min(len(lines), CAPTION_SPAN, start + 1)):
        if lines[k].text[:1] not in "JO" or (m := _EU_JUDGMENT_RE.fullmatch(lines[k].text)) is None:
            continue
        case_line, case = next(((i, c) for i in range(k + 1, min(len(lines), k + EU_CASE_SPAN))
                                if (c := _EU_CASE_RE.fullmatch(lines[i].text.strip()))), (k, None))
        if case is None:
            return None
        name = _caption_case(lines[k].text.replace("(*)", "").strip())
        court = "General Court of the European Union" if m.group(2) else "Court of Justice of the European Union"
        cases = case.group(1).strip(" ,")
        # (the case's keywords in brackets between the name and the case, "( Appeal – Competition – Abuse of dominant
        # position – … )": what it is about, its standfirst, not its text's first paragraph nor its summary)
        keywords = next((ln.text for ln in lines[k + 1:case_line] if ln.text.startswith("(") and ln.text.endswith(")")
                         and ln.text.count(" – ") >= 2), "")
        return CourtCaption(k, f"{name} in Case{'s' if ' ' in cases.replace(' P', '') else ''} {cases}", keywords,
                            [], court)
    return None


# A company's filing with the SEC as EDGAR shows it and a copy keeps it: "UNITED STATES" / "SECURITIES AND EXCHANGE
# COMMISSION" / "Washington, D.C. 20549" / "FORM 8-K" / "CURRENT REPORT" / … / "ALPHABET INC." / "(Exact name of
# registrant as specified in its charter)", then the cover page (the registrant's address and numbers, "☐ Written
# communications pursuant to Rule 425 …", "Indicate by check mark …", "Emerging growth company ☐") over its first
# "Item 8.01 Other Events." (a first-time user's competition-law briefing: the title was "Pursuant to Section 13 or
# 15(d) of the Securities Exchange Act of 1934", the text the cover page). The registrant, the form and its first
# item title it; the registrant issues it; the text starts at the item.
_SEC_FORM_RE = re.compile(r"FORM (8-K|10-K|10-Q|6-K|20-F)(?:/A)?", re.I)
_SEC_REGISTRANT_RE = re.compile(r"\(Exact name of registrant as specified in (?:its|their) charters?\)", re.I)
# An item's heading: its number and its name, which may be long ("Item 5.02 Departure of Directors or Certain
# Officers; Election of Directors; …", "Item 7. Management's Discussion and Analysis of Financial Condition and
# Results of Operations"), after a dash ("Item 8.01 — Other Events"), or with the item's text after it on its line
# ("Item 8.01 Other Events. On March 3, 2025, …"): a review's probes, each titled by a later item and its text cut
_SEC_ITEM_RE = re.compile(r"(?i:item)\s+\d{1,2}[A-C]?(?:\.\d{2})?\.?\s*(?:[—–-]\s*)?(?P<name>[A-Z][^.!?]{2,200}?)"
                          r"\s*(?:\.(?=\s|$)|$)")
# ... but not a table of contents' row, its page number after the name ("Item 1. Business\t4", "Item 1A. Risk
# Factors 17"), or alone under it
_SEC_PAGE_NUMBER_RE = re.compile(r"(?:.*\s)?\d{1,4}")
# An amendment's note above its first item, what it changes and why (a Form 8-K/A's "EXPLANATORY NOTE" / "This
# Amendment No. 1 on Form 8-K/A amends …"): the text starts at it
_SEC_NOTE_RE = re.compile(r"explanatory note:?", re.I)
SEC_HEAD_LINES = 8  # the page's first lines, where the commission's name and the form's stand
SEC_COVER_LINES = 80  # the cover page's lines, under the registrant's name, where its first item is
SEC_REGISTRANT_MAX_CHARS = 100
SEC_NAME_LINES = 40  # the text's lines, under its first item, where the registrant is named as it writes it


def _sec_registrant(lines: list[Line], label: int) -> str | None:
    """The registrant's name over its label (line label, "(Exact name of registrant …)"), over a rule of dashes as an
    old filing in plain text draws it ("ENRON CORP." / "-----…-----"); None where the line is no name: another label
    (SEC's blank form's "Date of Report (Date of earliest event reported)"), a news story's paragraph that quotes the
    label (a review's probes). A name's words each hold a capital ("Alphabet Inc.", "AT&T INC.", "eBay Inc."), but
    for its small words ("of", "and")."""
    k = label - 1
    while k > 0 and lines[k].text and not lines[k].text.strip("-=_ "):
        k -= 1
    text = lines[k].text
    if len(text) > SEC_REGISTRANT_MAX_CHARS or text[:1] == "(" or not any(c.isalpha() for c in text):
        return None
    return text if all(w in _CAPTION_SMALL or not w.islower() for w in text.split()) else None


def _sec_registrant_case(name: str, lines: list[Line]) -> str:
    """The registrant's name in capitals ("JPMORGAN CHASE & CO.") as the filing's text writes it ("On June 9, 2025,
    JPMorgan Chase & Co. (the "Firm") detected …"), or in title case, a word with "&" or a digit kept as written
    ("AT&T INC." -> "AT&T Inc.", "3M COMPANY" -> "3M Company"; not "At&t", "3m": a review's probes)."""
    if not name.isupper():
        return name
    words = name.rstrip(".").split()
    pattern = re.compile(r"\b" + r",?\s+".join(re.escape(w.rstrip(",")) for w in words) + r"(?!\w)", re.I)
    for ln in lines:
        for m in pattern.finditer(ln.text):
            if not m.group().isupper():  # (each word's letters as written, its comma or full stop as the name's)
                written = m.group().replace(",", "").split()
                return " ".join(x[:len(w.rstrip(".,"))] + w[len(w.rstrip(".,")):]
                                for w, x in zip(name.split(), written))
    return " ".join(w if "&" in w or any(c.isdigit() for c in w) else c
                    for w, c in zip(name.split(), _caption_case(name).split()))


def sec_form(lines: list[Line]) -> tuple[CourtCaption, int] | None:
    """A filing's cover page with the SEC (see _SEC_FORM_RE): its title and its registrant, and the line where its
    text starts, its first item's (or an amendment's note over it, see _SEC_NOTE_RE); or None (not a news story on
    the commission's filings: no registrant's line, or no name on it)."""
    head = [ln for ln in lines[:SEC_HEAD_LINES] if ln.chars <= 40]
    if not any(ln.chars == 34 and ln.text.upper() == "SECURITIES AND EXCHANGE COMMISSION" for ln in head):
        return None
    form = next((ln for ln in head if _SEC_FORM_RE.fullmatch(ln.text)), None)
    label = next((ln.index for ln in lines[:CAPTION_SPAN] if ln.index and ln.text[:1] == "("
                  and _SEC_REGISTRANT_RE.fullmatch(ln.text)), None)
    if form is None or label is None or (name := _sec_registrant(lines, label)) is None:
        return None
    item = heading = None
    for ln in lines[label + 1:label + SEC_COVER_LINES]:
        if ln.text[:1] in "Ii" and (m := _SEC_ITEM_RE.match(ln.text)) and not _SEC_PAGE_NUMBER_RE.fullmatch(
                m.group("name")) and not (ln.index + 1 < len(lines) and _SEC_PAGE_NUMBER_RE.fullmatch(
                lines[ln.index + 1].text) and lines[ln.index + 1].chars <= 4):
            item, heading = ln, ln.text[:m.end("name")].split(";")[0]
            break
    if item is None or heading is None:
        return None
    note = next((ln.index for ln in lines[label + 1:item.index] if ln.chars <= 20 and _SEC_NOTE_RE.fullmatch(ln.text)),
                None)
    registrant = _sec_registrant_case(name, lines[item.index:item.index + SEC_NAME_LINES])
    title = f"{registrant} — Form {form.text.split()[1].upper()}: {heading}"
    return CourtCaption(form.index, title, "", [], registrant), item.index if note is None else note


# A South Asian court's caption (India's, Pakistan's, Bangladesh's judgments, copied from their PDFs): the parties
# apart by a line of "-Versus-" or "Vs.", numbered when many ("The Chief Prosecutor" / "-Versus-" / "1. Sheikh
# Hasina" / "2. …"), the bench under "Present:" or "Coram:" ("Justice Md. Golam Mortuza Mozumder, Chairman" /
# "Justice …, Member"), counsel under "For the Prosecution:", then the document's name ("JUDGMENT"). A first-time
# user's ICT judgment took a bench member's line for its title and the Chief Prosecutor for its author.
_VERSUS_RE = re.compile(r"[-–—\s]*(?:versus|vs\.?|v\.)[-–—\s]*", re.I)
_BENCH_LABEL_RE = re.compile(r"(?:present|coram|before|bench)\s*:?", re.I)
_NUMBERED_PARTY_RE = re.compile(r"\d{1,2}[.)]\s+")
_BENCH_TITLE_RE = re.compile(r"^(?:(?:the\s+)?(?:hon'?ble|honourable|hon\.)\s+)?(?:(?:mr|mrs|ms|madam)\.?\s+)?"
                             r"(?:(?:chief\s+)?justice|judge)\s+", re.I)
BENCH_MAX = 9
_COURT_NAME_RE = re.compile(r"\b(?:COURT|TRIBUNAL)\b", re.I)  # ("INTERNATIONAL CRIMES TRIBUNAL-1 [ICT-1]")


# A party's role, on a line of its own or after the name, in dots: "...Appellant", "..... Respondents", "Defendant."
# (a review's probes: "..... Respondents" was kept in the parties, "...Appellant" taken for one)
_PARTY_ROLES = (r"(?:petitioners?|respondents?|appellants?|defendants?|plaintiffs?|accused|complainants?|applicants?"
                r"|opposite part(?:y|ies)|condemned[- ]prisoners?)")
_ROLE_ONLY_RE = re.compile(r"[.…\s]*" + _PARTY_ROLES + r"[.\s]*", re.I)
_ROLE_AFTER_RE = re.compile(r"\s*[.…]{2,}\s*" + _PARTY_ROLES + r"\.?$", re.I)


def _party(text: str) -> str:
    """A party's name on its caption's line: no number before it, no role after it."""
    text = _NUMBERED_PARTY_RE.sub("", text, count=1)
    if m := _ROLE_AFTER_RE.search(text):
        text = text[:m.start()]
    return text.rstrip(" ,.…")


def _versus_caption(lines: list[Line], start: int) -> CourtCaption | None:
    """The caption of a judgment in the South Asian form (see _VERSUS_RE), or None."""
    k = next((k for k in range(1, min(len(lines) - 1, CAPTION_SPAN)) if lines[k].chars <= 12
              and _VERSUS_RE.fullmatch(lines[k].text)), None)
    if k is None or sum(lines[j].cls in ("good", "near") and _reads_as_sentence(lines[j].text)
                        for j in range(k)) >= CAPTION_PROSE_ABOVE:
        return None
    name = next((j for j in range(k + 2, min(len(lines), k + 30)) if _DOCUMENT_NAME_RE.fullmatch(lines[j].text)),
                None)
    if name is None:
        return None
    # (the petitioner's line over the "-Versus-", past its role's and its counsel's: "RAJESH KUMAR ..... Petitioner" /
    # "Through: Mr. A. Sharma, Advocate"; "Government of Bangladesh" / "...Appellant")
    above = next((j for j in range(k - 1, max(-1, k - 4), -1)
                  if ":" not in lines[j].text and not _ROLE_ONLY_RE.fullmatch(lines[j].text)), None)
    if above is None or lines[above].text.endswith((".", ":")) and not _ROLE_AFTER_RE.search(lines[above].text):
        return None
    # (the respondents' lines under it, to the first labelled line, "Through: …", "For the Appellant: …", "CORAM:")
    respondents = [ln for ln in itertools.takewhile(lambda ln: ln.words <= 8 and ":" not in ln.text
                                                    and not _BENCH_LABEL_RE.fullmatch(ln.text), lines[k + 1:name])
                   if not _ROLE_ONLY_RE.fullmatch(ln.text)]
    if not respondents:
        return None
    first = _party(respondents[0].text)
    # ("and others" where the caption lists more, numbered, "1. Jane Roe" / "2. John Doe"; "& ORS." as written)
    many = len(respondents) > 1 and all(_NUMBERED_PARTY_RE.match(ln.text) for ln in respondents)
    parties = f"{_party(lines[above].text)} v. {first}" + (" and others" if many else "")
    judges: list[str] = []
    label = next((j for j in range(k + 1, name) if _BENCH_LABEL_RE.fullmatch(lines[j].text)), None)
    for ln in lines[label + 1:name] if label is not None else ():
        if ln.text.endswith(":") or len(judges) >= BENCH_MAX:
            break
        judge = _BENCH_TITLE_RE.sub("", ln.text.partition(",")[0]).strip()
        if not looks_like_name(judge, loose=True):  # (five words: "Md. Mohitul Haq Enam Chowdhury")
            break
        judges.append(judge)
    court = next((_caption_case(re.sub(r"\s*\[[^\[\]]*\]", "", ln.text)) for ln in lines[:k - 1]
                  if ln.chars <= 80 and _COURT_NAME_RE.search(ln.text)), None)
    return CourtCaption(name, _caption_case(lines[name].text), parties, judges, court)


def _caption_case(text: str) -> str:
    """A caption's capitals in title case, as a reader writes the name: "GOOGLE LLC" -> "Google
    LLC", "UNITED STATES OF AMERICA et al." -> "United States of America et al.", "JUDGMENT IN A
    CIVIL ACTION" -> "Judgment in a Civil Action"."""
    return " ".join(w.lower() if w.lower() in _CAPTION_SMALL and j else w
                    if not w.isupper() or w.rstrip(",;") in _CAPTION_CAPITALS else w.capitalize()
                    for j, w in enumerate(text.split()))


SITE_ACRONYM_LINE_MAX_CHARS = 40  # a logo's, a footer link's line ("CISA Logo", "About CISA")
# A body's name ends so: "… Security Agency", "… Department of Justice"
_ORG_END_RE = re.compile(r"\b(?:Agency|Administration|Authority|Board|Bureau|Commission|Committee|Council|Department"
                         r"|Ministry|Office|Service|Institute|Center|Centre|Foundation|Association|Organi[sz]ation"
                         r"|Corporation|Bank|Fund|Court)(?:\s+(?:of|for)\s+[\w&' ]{2,40})?$")
SITE_NAME_MAX_CHARS = 80
_INITIALS_SMALL = frozenset("of and for the on in & de".split())


def _initials(text: str) -> str | None:
    """The acronym a name of three to eight capitalised words makes ("Cybersecurity &
    Infrastructure Security Agency": "CISA"), or None."""
    words = [w for w in text.split() if w.casefold() not in _INITIALS_SMALL]
    if not 3 <= len(words) <= 8 or not all(w[:1].isupper() and w[1:2].islower() for w in words):
        return None
    return "".join(w[0] for w in words)


HOLDER_PENALTY = 3.0  # (more than a dateline under it gives: no headline)


def _rights_holders(lines: list[Line]) -> set[str]:
    """The names the page's notices of rights give their holders ("© 2024 Harbor Ledger", "جميع الحقوق محفوظة
    لوكالة الأنباء اليمنية سبأ"), casefolded."""
    out: set[str] = set()
    for ln in lines:
        if "©" in ln.text or "opyright" in ln.text or "COPYRIGHT" in ln.text:
            if (m := COPYRIGHT_RE.search(ln.text)) is not None:
                out.add(" ".join(m.group(1).casefold().split()))
        elif "حقوق" in ln.text and (m := _AR_RIGHTS_RE.search(ln.text)) is not None \
                and (holder := _ar_holder(m)) is not None:
            out.add(" ".join(holder.casefold().split()))
    return out


# A video's count of views over its description, with its day and its hashtags: YouTube's "86,402 views  Mar 13, 2025
# #measles #Texas #vaccines", "1.2M views  2 years ago" (a first-time user's measles briefing: its title)
# (nothing but a date, its age or tags after it: not a headline, "5 views on the future of NATO", a review's probe)
_VIEWS_LINE_RE = re.compile(r"\d[\d.,]*\s?[KMB]?\s+views(?:\s*$|\s*[•·|#\d]|\s+(?-i:[A-Z][a-z]{2})[a-z]*\.? \d"
                            r"|\s+\w+ \w+ ago\b|\s+(?:streamed|premiered)\b)", re.I)


VIEWS_LINE_SPAN = 12  # lines under a video's title where its count of views stands (past the channel's buttons)
VIDEO_DESCRIPTION_MIN_WORDS = 8
_SUBSCRIBERS_RE = re.compile(r"\d[\d.,]*\s?[KMB]?\s+subscribers", re.I)


# A preprint's or a paper's head, over its title: the subject's path, "Physics > Plasma Physics", "Computer Science >
# Machine Learning" (its parts a few words in capitals each, no sentence), and the server's bracketed history line,
# "[Submitted on 16 Jan 2024]", "[v1] Tue, 16 Jan 2024 18:02:11 UTC (2,104 KB)". Neither is ever the headline: the
# title is the line under them, over the author list (a first-time user's fusion briefing: an arXiv abstract page
# titled "Physics > Plasma Physics", then "[Submitted on 16 Jan 2024]" without it)
_SUBJECT_PATH_RE = re.compile(r"[A-Z][\w&'’,-]*(?: [\w&'’,-]+){0,4}(?: > [A-Z][\w&'’,-]*(?: [\w&'’,-]+){0,4})+")
_SUBMISSION_LINE_RE = re.compile(r"\[(?:Submitted on \d|v\d+\])")


PREPRINT_HEAD_MAX_CHARS = 120


def _preprint_head_line(text: str) -> bool:
    """The line is a subject's path ("Physics > Plasma Physics") or a preprint's history line ("[Submitted on …]")."""
    if text[:1] == "[":
        return _SUBMISSION_LINE_RE.match(text) is not None
    return " > " in text and _SUBJECT_PATH_RE.fullmatch(text) is not None


# An institution's name, as its site's first line sets it over its menu: "Max Planck Institute for Plasma Physics" /
# "About us" / "Research" / "Press" / …, "Lawrence Livermore National Laboratory", "Max-Planck-Institut für
# Plasmaphysik", "Université de Lorraine" (or a name _ORG_END_RE reads)
_SITE_INSTITUTION_RE = re.compile(r"\b(?:Laborator(?:y|ies)|Universit(?:y|ät|é|à|ad|eit)|Institut|Instituto|Istituto"
                                  r"|Observatory|Observatoire|Academy|Akademie|Forschungszentrum|Centro|Zentrum)\b")
INSTITUTION_MASTHEAD_MAX_WORDS = 8
INSTITUTION_MASTHEAD_MAX_LINE = 3  # (past a skip link or two)


def _institution_masthead(lines: list[Line], i: int, menu: set[int]) -> bool:
    """Line i is the page's first line (past its clutter), an institution's name over the site's menu: the masthead
    of its press release, never the headline (a first-time user's fusion briefing: "Max Planck Institute for Plasma
    Physics" over its menu titled the release "Wendelstein 7-X reaches milestone: …" under it; the German page's
    headline won only by chance)."""
    ln = lines[i]
    if i + 1 not in menu or ln.words > INSTITUTION_MASTHEAD_MAX_WORDS or ln.sentence or ln.numbers \
            or any(not lines[k].clutter for k in range(i)):
        return False
    # (a name's words only, capitalised but for its small words: not a headline about the institution over a news
    # site's menu, "Harvard University sued by students over remote classes", a review's probe)
    if any(not (w[:1].isupper() or w.casefold() in _NAME_SMALL_WORDS) for w in ln.text.split()):
        return False
    return _ORG_END_RE.search(ln.text) is not None or _SITE_INSTITUTION_RE.search(ln.text) is not None


_NAME_SMALL_WORDS = frozenset("of for the and & at in on für der die des und de du la le les et del di della d' "
                              "y e do da dos das van von zu".split())


# A release's office, by its date over the text: "Office of Public Affairs" / "December 13, 2022" (the DOE's),
# "Press Office", "Media Relations", "Pressestelle", "Service de presse", "Oficina de prensa", "Ufficio stampa": who
# sent it, never its headline (a first-time user's fusion briefing: the DOE's release, without its headline printed
# again over its text, was titled "Office of Public Affairs")
_PRESS_OFFICE_RE = re.compile(
    r"(?:(?:the )?office of (?:the )?(?:public|media|press|news|external|government|corporate|strategic)"
    r" (?:affairs|relations|communications?|information)(?: and [\w ]{3,30})?"
    r"|(?:press|media|news|public|communications?) (?:office|relations|affairs|team|desk|centre|center|service)"
    r"(?: office)?|pressestelle|pressebüro|pressereferat|presse- und öffentlichkeitsarbeit|service de (?:presse|la"
    r" communication)|bureau de presse|oficina de (?:prensa|comunicación)|gabinete de (?:prensa|imprensa)"
    r"|ufficio stampa|assessoria de (?:imprensa|comunicação))", re.I)
PRESS_OFFICE_MAX_WORDS = 8


def _home_crumb(text: str) -> bool:
    """A trail of two links, home and the page, "Home » DOE National Laboratory Makes History by Achieving Fusion
    Ignition": the breadcrumb over a release's headline, not a list's other entry (the DOE's release, its headline
    between it and its subhead, was taken for an entry of a list and lost to the subhead, a first-time user's)."""
    return text[:1].casefold() in "hsai" and len(parts := _CRUMB_SEP_RE.split(text, 1)) == 2 \
        and parts[0].casefold() in _HOME_WORDS


# A record's field, its label and its value on a line: the FDA's shortage entry's "Manufacturer: Eli Lilly and
# Company" / "Contact Information: 800-545-5979" (a first-time user's GLP-1 briefing: its title), "Status:
# Resolved". A headline may open with a label too, a kicker's ("Exclusive: …", "Analysis: …"): a field is one of a
# run of fields, a line each, or its value has no word (a phone's number, an identifier's digits).
_RECORD_FIELD_RE = re.compile(r"([A-Z][\w&/()'’-]*(?: [\w&/()'’-]+){0,2}): (\S.*)")
_KICKER_LABELS = frozenset("exclusive analysis opinion comment live watch video listen breaking explainer review "
                           "interview update updated factbox editorial photos podcast quiz poll".split())


def _record_field(lines: list[Line], i: int, alone: bool = True) -> bool:
    """Line i is a record's field (see _RECORD_FIELD_RE); `alone`: without a field's line beside it."""
    ln = lines[i]
    if ln.caption or ln.clutter or (m := _RECORD_FIELD_RE.fullmatch(ln.text)) is None \
            or m.group(1).casefold() in _KICKER_LABELS or len(m.group(2).split()) > FIELD_VALUE_MAX_WORDS:
        return False
    if not any(c.isalpha() for c in m.group(2)):
        return True
    return alone and any(0 <= k < len(lines) and ": " in lines[k].text and _record_field(lines, k, False)
                         for k in (i - 1, i + 1))


RECORD_NAME_MAX_WORDS = 4


HOME_TRAIL_MAX_ITEMS = 3  # a trail's links before its last item: "Home", "News", a section
HOME_TRAIL_MIN_CHARS = 12  # of its last item (not one word of a headline's: "Home prices rise …")
HOME_TRAIL_SPAN = 3  # lines over or under it where the headline it ends in stands


def _home_trail(folded: list[str], i: int) -> bool:
    """Line i (casefolded, as all in folded) is a breadcrumb's trail run into one line, from the home page to the
    headline, or its start, printed a few lines over or under it: EMA's "Home News Meeting highlights from the
    Committee … 22-25 January 2024" over the headline (a first-time user's GLP-1 briefing: its title, the headline
    cut short or with a word more than the trail's last item)."""
    words = [w for w in folded[i].split() if w not in _TRAIL_SEPARATORS]
    if not words or words[0] not in _HOME_WORDS:
        return False
    near = [folded[k] for k in range(max(0, i - HOME_TRAIL_SPAN), min(len(folded), i + HOME_TRAIL_SPAN + 1)) if k != i]
    for j in range(1, HOME_TRAIL_MAX_ITEMS + 1):
        tail = " ".join(words[j:])
        if len(tail) < HOME_TRAIL_MIN_CHARS:
            return False
        if any(t.startswith(tail) or tail.startswith(t) and len(t) >= HOME_TRAIL_MIN_CHARS for t in near):
            return True
    return False


_TRAIL_SEPARATORS = frozenset(">»›|/")


# The bodies that issue a joint guide or statement, a line each under its title, as a PDF's cover stacks them:
# "Cybersecurity and Infrastructure Security Agency" / "National Security Agency" / "Federal Bureau of Investigation"
# (a first-time user's cyber briefing: the first was the title). Capitalised words ending in a body's word, or one of
# "of", "for" and a name after it; not a headline that names one, "Department of Justice Sues Google".
_ISSUER_LINE_RE = re.compile(r"(?:The )?(?:[A-Z][\w.&'’-]* (?:(?:and|&|of|for|on) (?:the )?)?){0,5}(?:Agency|Bureau"
                             r"|Department|Administration|Office|Commission|Service|Authority|Ministry|Institute"
                             r"|Council|Command|Directorate|Agencies|Centers?|Centres?)"
                             r"(?: (?:of|for|on)(?: the)? [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?"
                             r"(?: (?:and|&) [A-Z][\w.'’-]*)?)?")
ISSUER_PENALTY = 2.0  # (their authors, not a headline: outweighs the dateline over the first and its words in the text)


# A release's kind, alone on its line over its date: "Update", "Statement", "Press release", "Briefing note", "Media
# advisory", "Readout", "Fact sheet", "Communiqué", "Pressemitteilung" (see find_title)
_KIND_LABEL_RE = re.compile(r"\W*(?:(?:flash |situation |news |press )?update|(?:joint |press |news )?statement"
                            r"|(?:press|news|media) (?:release|advisory|briefing|note)|briefing note|readout"
                            r"|fact ?sheet|communiqu[ée](?: de presse)?|pressemitteilung|comunicado(?: de prensa)?"
                            r"|comunicato stampa|persbericht)\W*", re.I)
KIND_LABEL_MAX_WORDS = 3
# A newsletter's credit line: "With help from Mathieu Pollet", "Presented by Microsoft", "Sponsored by X", "Brought to
# you by X", "In partnership with X" (see find_title)
_NEWSLETTER_CREDIT_RE = re.compile(r"(?:with (?:help|reporting|additional reporting) from"
                                   r"|(?:presented|sponsored|powered|supported|underwritten) by"
                                   r"|brought to you by|in partnership with)\s+", re.I)
# A government's release's letterhead, over its headline: its kind ("經濟部新聞稿", "新闻稿", "新聞資料", "報道発表資料"),
# its office's name ("經濟部國際貿易署", "国家发展和改革委员会"), over the labelled date ("發布日期：2024年10月12日",
# "发布时间：", "日期：") (see find_title)
_ZH_RELEASE_DATE_RE = re.compile(r"(?:發布|发布|發佈|發稿|发稿|新聞|新闻)?(?:日期|時間|时间)\s*[：:]")
_ZH_RELEASE_KIND_RE = re.compile(r"新聞稿|新闻稿|新聞資料|新闻资料|新聞發布|新闻发布|報道発表")
_ZH_LETTERHEAD_RE = re.compile(r"\S{0,16}(?:新聞稿|新闻稿|新聞資料|新闻资料|新聞發布|新闻发布|報道発表(?:資料)?)"
                               r"|[\u4e00-\u9fff]{1,16}(?:部|署|局|院|處|处|會|会|府|所|司|廳|厅|中心|辦公室|办公室)")
LETTERHEAD_LINES = 3  # over the labelled date
NEWSLETTER_NAME_MAX_WORDS = 4  # a newsletter's name over its byline, titling an issue with no headline
HIGHLIGHTS_MIN = 3  # a release's highlights under its dateline, each a line (see find_title)
HIGHLIGHT_MAX_WORDS = 15
HIGHLIGHTS_HEAD_SPAN = 6  # lines over the dateline where the headline stands (past the release's labels)
HIGHLIGHTS_HEAD_SHARE = 0.3  # of the headline's words, that the text's first paragraphs say


# A byline with no "By": a writer's name or a few ("CHENG TING-FANG and LAULY LI", "Joost van der Meer", "Anna
# Schmidt und Peter Müller", "Pieter de Vries en Anna Bakker"), a journalist's role after a comma or not ("…, Nikkei
# Asia chief tech correspondent and Nikkei staff writer"). One name of four capitalised words is as often a short
# headline ("Storm Hits Florida Coast"): a lone name is of two or three words, or has a particle ("van der").
_BYLINE_NAMES_SPLIT_RE = re.compile(r"\s+(?:and|&|en|und|et|e|y)\s+")
CAPTIONED_BYLINE_MAX_WORDS = 20


def _bare_byline(text: str) -> bool:
    """Line text is a bare byline: names, a role after a comma (see _BYLINE_NAMES_SPLIT_RE)."""
    names, _, role = text.partition(", ")
    if role and not _WRITER_ROLE_RE.search(role):
        return False
    parts = _BYLINE_NAMES_SPLIT_RE.split(names)
    if not 1 <= len(parts) <= 4 or not all(looks_like_name(p) for p in parts):
        return False
    return len(parts) > 1 or bool(role) or len(names.split()) <= 3 or any(w.islower() for w in names.split())


# An EU act's title runs over three lines: its number, "REGULATION (EU) 2024/1689 OF THE EUROPEAN PARLIAMENT AND OF
# THE COUNCIL", its date, "of 13 June 2024", what it does, ending in the name it goes by, "laying down harmonised rules
# on artificial intelligence and amending … (Artificial Intelligence Act)" (see _act_title)
_ACT_HEAD_RE = re.compile(r"(?:(?:COMMISSION|COUNCIL) )?(?:(?:IMPLEMENTING|DELEGATED) )?"
                          r"(?:REGULATION|DIRECTIVE|DECISION|RÈGLEMENT|DÉCISION|VERORDNUNG|RICHTLINIE|BESCHLUSS"
                          r"|REGOLAMENTO|DIRETTIVA|DECISIONE|REGLAMENTO|DECISIÓN)"
                          r"(?: \((?:EU|EC|EEC|UE|CE|EG|EWG|CEE)(?:, Euratom)?\))? (?:No |Nr\. |n\. |n\.o )?\d+/\d+\b.*")
_ACT_SHORT_NAME_RE = re.compile(r"\(([^()\d]{3,80})\)$")
_ACT_NOT_NAME_RE = re.compile(r"text with eea relevance|texte présentant de l'intérêt pour l'eee"
                              r"|text von bedeutung für den ewr|testo rilevante ai fini del see"
                              r"|texto pertinente a efectos del eee", re.I)
ACT_TITLE_LINES = 3  # under the act's number, where its short name ends a line


def _act_title(lines: list[Line], i: int) -> str | None:
    """An EU act's title, its number in capitals at line i: the number in a reader's case and the short name that
    ends a line under it ("Regulation (EU) 2024/1689 of the European Parliament and of the Council (Artificial
    Intelligence Act)"), or None (no act, or no short name: a first-time user's EU briefing lost it to a caption)."""
    if not _ACT_HEAD_RE.fullmatch(lines[i].text):
        return None
    for k in range(i + 1, min(len(lines), i + 1 + ACT_TITLE_LINES)):
        m = _ACT_SHORT_NAME_RE.search(lines[k].text) if lines[k].text.endswith(")") else None
        if m and " " in m.group(1).strip() and not _ACT_NOT_NAME_RE.fullmatch(m.group(1).strip()) \
                and (k > i + 1 or lines[k].words > 3):
            kept = iter(re.findall(r"\([^()]*\)", lines[i].text))
            head = re.sub(r"\([^()]*\)", lambda _: next(kept), _caption_case(lines[i].text))
            return f"{head} ({m.group(1).strip()})"
    return None


def find_title(lines: list[Line], body_start: int, language: str, month_first: bool,
               counts: Counter[str], decisions: list[str] | None = None, body_end: int | None = None) -> int | None:
    """The headline: the best-scoring title-like line above the body.

    Signals: headline shape (title_score), a byline/dateline below it (share rows and breadcrumbs
    skipped), the share of its words that the article's first paragraphs repeat, the headline being
    repeated elsewhere in the page (share text, breadcrumb, comment header), nearness to the body;
    against: a run of similar headline-like lines (a related-stories list), menus, name-like lines.
    """
    n = len(lines)
    # The lines above the body searched, counted without a menu's items: a car site's list of
    # sixty brands between the headline and the text is no distance.
    menu = _menu_runs(lines, body_start)
    dist: dict[int, int] = {}
    counted = 0
    lo = body_start
    while lo > 0 and counted < HEAD_LOOKBACK:
        lo -= 1
        if lo not in menu:
            counted += 1
        dist[lo] = counted
    stops = _stoplist(language) if language != "cjk" else frozenset()

    tokens = [_key_tokens(ln.text, stops) for ln in lines]

    def lead_words(i: int) -> set[str]:
        """Words of the first paragraphs of the body below line i."""
        first = max(body_start, i + 1)
        lead = [k for k in range(first, min(n, first + 12)) if lines[k].cls in ("good", "near")][:5]
        return set().union(*(tokens[k] for k in lead)) if lead else set()

    def lead_tokens(i: int) -> set[str]:
        """Content words of the first paragraphs of the body below line i."""
        return lead_words(i) - common

    # Words on many lines (the site's topic, its name) say nothing about which line is the headline.
    df = Counter(t for toks in tokens for t in toks)
    common = {t for t, c in df.items() if c > max(6, n // 15)}

    folded = [" ".join(ln.text.casefold().split()) for ln in lines]
    holders = _rights_holders(lines)
    # The body run may begin a few short lines above the headline (a pull quote, a kicker).
    hi = body_start + 1
    def text_line(k: int) -> bool:
        return lines[k].text.endswith(".") and lines[k].words >= 6

    while hi < min(n, body_start + HEAD_INTO_BODY) and lines[hi].cls != "good" \
            and (hi < body_start + 4 or not any(text_line(k) for k in range(body_start, hi + 1))):
        hi += 1  # (past a box of teasers' headlines, not past the text's short paragraphs)
    # Neither a quotation's attribution ("— Jane Doe on Sunday, ...") nor the quotation over it
    # is a headline.
    attributions = {i for i in range(lo, min(n, hi + 1)) if ATTRIBUTION_RE.match(lines[i].text)}
    # Nor is a photo's caption, over its credit ("Foto: REUTERS, NTB"); but a line right under
    # the dateline, with no headline over that, is the headline over the photo's credit, and so
    # is a line in title case over the credit of a photo with the byline under it, under no
    # longer line (CSIS: "Commentary" / the headline / "Photo: U.S. Navy/…" / "Commentary by
    # …"; not "Jane Doe, harbour master", nor a caption under the headline or its standfirst).
    def under_lone_dateline(i: int) -> bool:
        return i >= 1 and is_dateline(lines[i - 1], month_first) and (i < 2 or not title_score(lines[i - 2], language))

    # Nor is the body's last line of text: the article would be left with none (a post of one
    # paragraph and a photo's caption).
    last_text = max((k for k in range(body_start, n if body_end is None else body_end)
                     if lines[k].cls in ("good", "near") and not lines[k].clutter), default=-1)
    base_scores = {i: 0.0 if i in attributions or i + 1 in attributions
                   or (i + 1 < n and _caption_of_credit(lines[i], lines[i + 1]) and not under_lone_dateline(i)
                       and not (i + 2 < n and _title_cased(lines[i].text) and byline_names(lines[i + 2])
                                and (i == 0 or lines[i - 1].words < 4)))
                   or i >= last_text >= 0 and i >= body_start or "verse" in lines[i].flags or "turn" in lines[i].flags
                   # (a transcript's cast: "Conference Call Participants", "Company Participants" and the names under
                   # them, "Saket Kalia - Barclays"; not its headline, a first-time user's earnings call's)
                   or lines[i].chars <= PARTICIPANTS_LABEL_MAX_CHARS and _PARTICIPANTS_RE.fullmatch(lines[i].text)
                   or _participant(lines, i)
                   or lines[i].text[:1] == "(" and lines[i].text.endswith(")") and ")" not in lines[i].text[1:-1]
                   # (a note: "(Data in kilograms …)"; not Yonhap's "(LEAD) S. Korea's exports rise … (Update)")
                   or _field_line(lines, i) or _SERIES_NUMBER_RE.search(lines[i].text) is not None
                   or _CONTENTS_RE.fullmatch(lines[i].text) is not None or _toc_entry(lines[i].text) is not None
                   or _HANDLE_RE.fullmatch(lines[i].text) is not None or _post_link(lines, i)
                   or lines[i].text[:1].isdigit() and _VIEWS_LINE_RE.match(lines[i].text) is not None
                   or i >= 1 and lines[i].words <= 6 and _WRITER_ROLE_RE.search(lines[i].text) is not None
                   and looks_like_name(lines[i - 1].text)  # (a writer's role under the name: "BBC's Africa …")
                   else title_score(lines[i], language) for i in range(lo, hi)}
    # A press conference's speakers, each name with its role ("Christine Lagarde, President of the ECB, Luis de
    # Guindos, Vice-President of the ECB", a first-time user's title), over or under the document's kind ("PRESS
    # CONFERENCE"), a date or a place, or under the headline: no headline. (As the page's headline line, under its
    # section, names and roles are one: "Culture" / "Taylor Swift, Singer, Travis Kelce, Athlete", a probe review's)
    for i, score in base_scores.items():
        if score > 0 and lines[i].text.count(",") >= 3 and _speakers_line(lines[i].text) and (
                i >= 1 and base_scores.get(i - 1, 0) > 0 and lines[i - 1].words >= 4
                or any(0 <= k < n and (_RELEASE_LABEL_RE.fullmatch(lines[k].text) or is_dateline(lines[k], month_first)
                                       or lines[k].text.isupper() and 2 <= lines[k].words <= 6)
                       for k in (i - 1, i + 1))):
            base_scores[i] = 0.0
    # Nor is an organisation's name over its page and again in its footer (see _name_over_and_under) the headline:
    # "Banco Central do Brasil" over the menu, "Comunicado da 267ª reunião do Copom", the date and the headline "Copom
    # eleva a taxa Selic …", and as "Banco Central do Brasil – SBS Quadra 3 …" under the text (a probe review's)
    if (org := _name_over_and_under(lines, body_start, None, [])) is not None:
        for ln in lines[:ORG_TOP_LINES]:
            if base_scores.get(ln.index, 0) > 0 and ln.text.casefold() == org.casefold():
                base_scores[ln.index] = 0.0
    # A headline after its day ("January 6, 2024 - Alaska Airlines flight …", see title_score) is
    # one only right over its byline or dateline, and alone on the page: two lines or more of
    # "day - text" are a chronology in the body or a list of the latest stories, not the head.
    day_heads = [i for i, b in base_scores.items() if b > 0 and lines[i].text[:1].isdigit() | lines[i].text[:1].isupper()
                 and _DAY_THEN_HEADLINE_RE.match(lines[i].text)]
    if day_heads:
        shaped = sum(1 for ln in lines if ln.text[:1].isalnum() and _DAY_THEN_HEADLINE_RE.match(ln.text))
        for i in day_heads:
            if shaped > 1 or not (i + 1 < n and is_anchor(lines[i + 1], month_first)):
                base_scores[i] = 0.0
    for i in [i for i, b in base_scores.items() if b > 0 and _preprint_head_line(lines[i].text)]:
        base_scores[i] = 0.0  # (a preprint's subject path or history line: see _SUBJECT_PATH_RE)
    for i in [i for i, b in base_scores.items() if b > 0 and ": " in lines[i].text and _record_field(lines, i)]:
        base_scores[i] = 0.0  # (a record's field: see _record_field)
    for i in [i for i, b in base_scores.items()
              if b > 0 and lines[i].text[:1] in "HhSsAaIi" and _home_trail(folded, i)]:
        base_scores[i] = 0.0  # (a breadcrumb's trail ending in the headline: see _home_trail)
    for i in [i for i, b in base_scores.items() if b > 0 and lines[i].words <= PRESS_OFFICE_MAX_WORDS
              and _PRESS_OFFICE_RE.fullmatch(lines[i].text)]:
        base_scores[i] = 0.0  # (a release's office: see _PRESS_OFFICE_RE)
    # Nor is the byline with no "By" right over the dateline, under a photo's caption that stands between it and the
    # headline with its standfirst, over the same dateline: "TSMC to raise prices for overseas-made chips …" /
    # "Customers to pay premium …" / "TSMC's fab in Kumamoto, southern Japan. … © Reuters" / "CHENG TING-FANG and
    # LAULY LI, Nikkei Asia chief tech correspondent and …" / "July 18, 2024 18:17 JST" (a first-time user's Taiwan
    # briefing: the byline was the title; so FD's "Joost van der Meer" under "Foto: … /ANP", and in English)
    for i in [i for i, b in base_scores.items() if b > 0 and i >= 2 and i + 1 < n and lines[i - 1].caption
              and lines[i].words <= CAPTIONED_BYLINE_MAX_WORDS and is_dateline(lines[i + 1], month_first)]:
        k = i - 1
        while k > lo and lines[k].caption:
            k -= 1
        if _bare_byline(lines[i].text) and any(
                base_scores.get(h, 0) > 0 and lines[h].words >= 4 and not lines[h].caption
                and (a := anchor_below(lines, h, month_first)) is not None and a[0] == i + 1
                for h in range(max(lo, k - 2), k + 1)):
            base_scores[i] = 0.0
            if decisions is not None:
                decisions.append(f"title: line {i + 1} {lines[i].text[:40]!r} is the byline over the dateline, a "
                                 "photo's caption between it and the headline")
    # A headline of two words ("Voice interfaces") is too short for title_score, where menus
    # are made of such lines; between the post's dateline and its first paragraph it is one.
    k = body_start - 1
    if k in base_scores and not base_scores[k] and k >= 1 and _two_word_headline(lines[k]) \
            and is_dateline(lines[k - 1], month_first) and lines[body_start].cls in ("good", "near"):
        base_scores[k] = TWO_WORD_HEADLINE_SCORE
    # So is one right over a byline of someone else, that right over the text's first paragraph
    # (in German every noun is capitalised, a short headline shaped as a name: "Schattiges
    # Plätzchen" / "By Jane Roe | 27.06.2018 09:54 | Kommentare" / the post's text).
    # (and one of words, not shaped as a name, over a dateline so, over a paragraph: "Gefällt mir" /
    # "11.09.2011, 16:20 von jane"; not a release's number, "SC/15561" / "10 JANUARY 2024", over its headline.
    # The dateline must carry its author, "… von jane", "… by jane": over a bare date a two-word line is
    # as often its label or a button, "Last updated" / "December 5, 2026", "Artikel anhören" / "5. Dezember …")
    k = body_start - 2
    if k in base_scores and not base_scores[k] and k >= lo and body_start < n \
            and lines[body_start].cls in ("good", "near") \
            and (_two_word_headline(lines[k], names=True) and (names := byline_names(lines[k + 1]))
                 and lines[k].text not in names
                 or _two_word_headline(lines[k]) and not any(c.isdigit() or c == "/" for c in lines[k].text)
                 and is_dateline(lines[k + 1], month_first) and lines[body_start].text.endswith(_SENTENCE_END)
                 and _DATELINE_AUTHOR_RE.search(lines[k + 1].text) is not None):
        base_scores[k] = TWO_WORD_HEADLINE_SCORE
    # A record's name, in capitals as a name is, over its fields, one of them its date (see _record_field), is its
    # title: the FDA's "Tirzepatide Injection" / "Status: Resolved" / "Date first posted: 12/15/2022" /
    # "Therapeutic Categories: …" (a first-time user's GLP-1 briefing: titled by its "Contact Information:" line)
    for k in [k for k in base_scores if 2 <= lines[k].words <= RECORD_NAME_MAX_WORDS and k + 2 < n
              and ": " in lines[k + 1].text and not lines[k].clutter and not lines[k].numbers]:
        if not all(w[:1].isupper() for w in lines[k].text.split()) or is_anchor(lines[k + 1], month_first):
            continue
        j = k + 1
        while j < n and ": " in lines[j].text and _record_field(lines, j):
            j += 1
        if j - k > 2 and any(find_dates(lines[f].text, month_first) for f in range(k + 1, j)):
            base_scores[k] = max(base_scores[k], ISSUE_TITLE_SCORE)
    anchors = {i: anchor_below(lines, i, month_first) for i, b in base_scores.items() if b > 0}
    anchor_shapes = Counter(_shape(lines[j].text) for j in {a[0] for a in anchors.values() if a})

    def name_line(k: int) -> bool:
        """A bare author name ('Jane Doe', 'Jane Doe and John Roe'), not a short headline."""
        if not 0 <= k < n:
            return False
        text = lines[k].text
        return looks_like_name(text) and (lines[k].words <= 3 or not title_score(lines[k], language)) \
            or names_only(text) is not None

    def headline_over_anchor(k: int) -> bool:
        """Line k is a headline in shape (several words, no sentence) with a byline or dateline under it."""
        return bool(anchors.get(k)) and lines[k].words >= 4 and not lines[k].sentence \
            and not lines[k].text.endswith(".")

    def lead_share(k: int) -> float:
        """The share of line k's content words that the first paragraphs below it repeat."""
        own = tokens[k] - common
        return len(own & lead_tokens(k)) / len(own) if own else 0.0

    def wrapped_share(k: int) -> float:
        """lead_share, for a wrapped title: of all its words when all are the file's common ones (a
        paper's title, whose words its every paragraph repeats), with the lead's words all counted."""
        if tokens[k] - common:
            return lead_share(k)
        return len(tokens[k] & lead_words(k)) / len(tokens[k]) if tokens[k] else 0.0

    def past_photo(k: int) -> int:
        """The first line from k on past a photo's caption and its credit, or its credit alone
        (Helsingin Sanomat's headline, standfirst, caption, "Kuva: …", then the writers' names)."""
        if k + 1 < n and lines[k + 1].caption and _caption_of_credit(lines[k], lines[k + 1]):
            return k + 2
        return k + 1 if k < n and lines[k].caption else k

    def standfirst_of(k: int, below: int) -> bool:
        """Line k is headline-like and `below`, right under it, reads like its standfirst."""
        return 0 <= k and base_scores.get(k, 0) > 0 and lines[k].words >= 4 \
            and base_scores.get(below, 0) > 0 and lines[below].words >= 4 and not name_line(k)

    # Nor is a government's release's letterhead: its kind and its office's name over the labelled date, over the
    # headline: "經濟部新聞稿" / "經濟部國際貿易署" / "發布日期：2024年10月12日" / "經濟部公告擴大高科技貨品出口管制清單…" (a
    # first-time user's Taiwan briefing: the office was the title, its date under it as a byline's)
    # (the release's kind over the date, or the office's name the page's first line: not a headline over the date,
    # "台北國際電腦展開幕記者會")
    for d in [d for d in range(lo + 1, min(n, hi)) if lines[d].text[:1] in "發发日新時时"
              and _ZH_RELEASE_DATE_RE.match(lines[d].text)]:
        kind = any(_ZH_RELEASE_KIND_RE.search(lines[k].text) for k in range(max(lo, d - LETTERHEAD_LINES), d))
        for k in range(max(lo, d - LETTERHEAD_LINES), d):
            if base_scores.get(k, 0) > 0 and (kind or k == 0) and _ZH_LETTERHEAD_RE.fullmatch(lines[k].text):
                base_scores[k] = 0.0
                if decisions is not None:
                    decisions.append(f"title: line {k + 1} {lines[k].text[:40]!r} is the release's letterhead")
    # Nor is a newsletter's credit line ("With help from Mathieu Pollet", "Presented by Microsoft", under Politico's
    # "Morning Tech" / "By Pieter Haeck and Océane Herrero": a first-time user's title was the helper's name)
    # (a name after it, not a headline's clause: "Powered by AI, start-ups reshape the harbour")
    for i in [i for i, b in base_scores.items() if b > 0 and lines[i].text[:1] in "WwPpSsBbIiUu"
              and (m := _NEWSLETTER_CREDIT_RE.match(lines[i].text)) and looks_like_name(lines[i].text[m.end():], True)]:
        base_scores[i] = 0.0
    # Nor is one of a release's highlights: a run of short lines, none a sentence, right under its dateline and over
    # the text (past a share row), the headline over the dateline, the text saying what it says (the European
    # Parliament's "Artificial Intelligence Act: MEPs adopt landmark law" / "Press Releases" / "PLENARY SESSION" /
    # "13-03-2024 - 12:25" / "Safeguards on general purpose artificial intelligence" / "Limits on the use of …" /
    # "Bans on social scoring …" / "Right of consumers to …": a first-time user's title was the first highlight)
    for d in [d for d in range(lo + 1, min(n, hi) - HIGHLIGHTS_MIN) if lines[d].numbers
              and base_scores.get(d + 1, 0) > 0 and is_dateline(lines[d], month_first)]:
        end = d + 1
        while end < n and base_scores.get(end, 0) > 0 and 4 <= lines[end].words <= HIGHLIGHT_MAX_WORDS \
                and not lines[end].text.endswith(_SENTENCE_END) and not lines[end].caption:
            end += 1
        if end - d - 1 >= HIGHLIGHTS_MIN and end <= body_start \
                and all(lines[k].clutter or lines[k].caption or lines[k].words <= 3 for k in range(end, body_start)) \
                and any(base_scores.get(h, 0) > 0 and lines[h].words >= 4 and lead_share(h) >= HIGHLIGHTS_HEAD_SHARE
                        for h in range(max(lo, d - HIGHLIGHTS_HEAD_SPAN), d)):
            for k in range(d + 1, end):
                base_scores[k] = 0.0
            if decisions is not None:
                decisions.append(f"title: lines {d + 2}-{end} are the release's highlights under its dateline, the "
                                 "headline over it")
    # The sender's name that a headline a few lines under it opens with is no headline: "Colorado
    # Department of Agriculture" / "FOR IMMEDIATE RELEASE" / "July 18, 2024" / "Colorado
    # Department of Agriculture Issues Mandatory Bulk Tank Testing Order ..."
    for i in [i for i, base in base_scores.items() if base > 0]:
        opener = next((j for j in range(i + 1, min(n, i + MASTHEAD_SCAN)) if base_scores.get(j, 0) > 0
                       and folded[j].startswith(folded[i] + " ") and lines[j].words >= lines[i].words + 3
                       and not lines[j].text.endswith(".")), None)
        if opener is not None:
            base_scores[i] = 0.0
            if decisions is not None:
                decisions.append(f"title: line {i + 1} {lines[i].text[:40]!r} is the sender's name, which the "
                                 f"headline at line {opener + 1} opens with")
    for i in [i for i, base in base_scores.items() if base > 0 and i <= INSTITUTION_MASTHEAD_MAX_LINE]:
        if _institution_masthead(lines, i, menu):
            base_scores[i] = 0.0
            if decisions is not None:
                decisions.append(f"title: line {i + 1} {lines[i].text[:40]!r} is the masthead, an institution's name "
                                 "over its menu")
    # Nor is a question of a report's summary box, MMWR's "What is already known about this topic?" / "What is added
    # by this report?" (first-time users' measles briefing: the title)
    # (on a report's page, its issue line or the box's other questions on it: not an article titled so, a review's
    # probe)
    asked = [i for i, base in base_scores.items() if base > 0 and lines[i].text.endswith("?")
             and _SUMMARY_BOX_QUESTION_RE.fullmatch(lines[i].text)]
    if asked and (sum(1 for ln in lines if ln.text.endswith("?") and _SUMMARY_BOX_QUESTION_RE.fullmatch(ln.text)) > 1
                  or any("/" in ln.text and _REPORT_ISSUE_RE.fullmatch(ln.text) for ln in lines)):
        for i in asked:
            base_scores[i] = 0.0
    # The line over a report's issue line is its title, "Measles Update — United States, January 1–April 17, 2025" /
    # "Weekly / April 24, 2025 / 74(14);232–238" (MMWR's: first-time users' measles briefing lost it)
    for i in [i for i in base_scores if i + 1 < n]:
        if lines[i + 1].text[:1].isupper() and "/" in lines[i + 1].text and lines[i].words >= 3 \
                and _REPORT_ISSUE_RE.fullmatch(lines[i + 1].text):
            base_scores[i] = max(base_scores[i], ISSUE_TITLE_SCORE)
            anchors.setdefault(i, anchor_below(lines, i, month_first))
        elif lines[i + 1].words <= RECORD_ID_MAX_WORDS and lines[i].words >= 3 and lines[i + 1].text[-1:].isdigit() \
                and not lines[i].text.endswith(".") and _RECORD_ID_RE.fullmatch(lines[i + 1].text):
            # (and the line over a registry's record's identifier, ClinicalTrials.gov's "Semaglutide Effects on
            # Heart Disease and Stroke in Patients With Overweight or Obesity (SELECT)" / "ClinicalTrials.gov ID
            # NCT03574597" / "Sponsor Novo Nordisk A/S" / …: a first-time user's GLP-1 briefing was titled by the
            # sponsor's line; the identifier's is no headline)
            base_scores[i] = max(base_scores[i], ISSUE_TITLE_SCORE)
            anchors.setdefault(i, anchor_below(lines, i, month_first))
            if base_scores.get(i + 1):
                base_scores[i + 1] = 0.0
    # Nor is a state's line over its body's document, "THE REPUBLIC OF UGANDA" / "ELECTORAL COMMISSION" (a first-time
    # user's East Africa briefing)
    # (a state's name, or an organisation's line in capitals under it: not an essay's headline, "THE REPUBLIC OF GOOD
    # INTENTIONS", nor "REPUBLIC OF IRELAND NAME SQUAD", a review's probes)
    for i in [i for i, base in base_scores.items() if base > 0 and i <= 1 and lines[i].text.isupper()
              and _STATE_LINE_RE.fullmatch(lines[i].text)]:
        if lines[i].text.rsplit(" OF ", 1)[-1] in _STATES or lines[i].text.startswith("JAMHURI ") \
                or i + 1 < n and lines[i + 1].text.isupper():
            base_scores[i] = 0.0
    # Nor is the outlet's name on its line between the byline and the dateline, "By Collins Omulo" / "& Mary Wambui"
    # / "Nation Media Group" / "Tuesday, June 25, 2024" (a first-time user's East Africa briefing)
    for i in [i for i, base in base_scores.items() if base > 0 and 2 <= i < n - 1 and lines[i].words <= OUTLET_MAX_WORDS
              and is_dateline(lines[i + 1], month_first)]:
        k = i - 1 - lines[i - 1].text.startswith(("& ", "and "))
        if byline_match(lines[k].text) is not None and byline_names(lines[k]):
            base_scores[i] = 0.0
            if decisions is not None:
                decisions.append(f"title: line {i + 1} {lines[i].text[:40]!r} is the outlet under the byline")
    # Nor is the sender a field names ("AGENCY: Office of Science, Department of Energy.", "From:
    # Competition and Markets Authority"), or a part of it: the Federal Register's "DEPARTMENT OF
    # ENERGY" over the notice's name.
    senders = {part.strip(" .").casefold() for ln in lines[lo:hi] if (m := _SENDER_FIELD_RE.match(ln.text))
               for part in re.split(r"[,;]", m.group(1))}
    for i in [i for i, base in base_scores.items() if base > 0 and folded[i].strip(" .") in senders]:
        base_scores[i] = 0.0
        if decisions is not None:
            decisions.append(f"title: line {i + 1} {lines[i].text[:40]!r} is the sender a field names")
    # Nor is the site's own name spelled out, its acronym on a line of the page's chrome ("CISA
    # Logo", "About CISA" and the masthead's "Cybersecurity & Infrastructure Security Agency").
    # The same, in a release's footer, over its street address: "U.S. Department of Justice" /
    # "950 Pennsylvania Avenue NW" (over "Justice Department Charges 12 …").
    # (a body's: not a review's restaurant, "Old Ebbitt Grill" / "675 15th Street NW")
    addressed = {folded[k] for k in range(max(body_start, body_end or 0), n - 1)
                 if lines[k].chars <= SITE_NAME_MAX_CHARS and STREET_ADDRESS_RE.match(lines[k + 1].text)
                 and _ORG_END_RE.search(lines[k].text)}
    for i in [i for i, base in base_scores.items() if base > 0 and folded[i] in addressed]:
        base_scores[i] = 0.0
        if decisions is not None:
            decisions.append(f"title: line {i + 1} {lines[i].text[:40]!r} is the site's name, over its address")
    # The same, named as the holder of the notice in the footer: "中华人民共和国商务部" over the page,
    # "版权所有：中华人民共和国商务部" under it (over the notice's "商务部 海关总署公告2023年第23号 …").
    held = {m.group(1) or m.group(2) for k in range(max(body_start, body_end or 0), n)
            if ("权所有" in lines[k].text or "權所有" in lines[k].text) and (m := _ZH_RIGHTS_RE.search(lines[k].text))}
    for i in [i for i, base in base_scores.items() if base > 0 and lines[i].text in held]:
        base_scores[i] = 0.0
        if decisions is not None:
            decisions.append(f"title: line {i + 1} {lines[i].text[:40]!r} is the site's name, its notice's holder")
    # (and the tagline under it, over the site's buttons: "America's Cyber Defense Agency" / "Search")
    # (a masthead: a body's name, over the site's buttons within three lines, its acronym a
    # logo's or an "About" link's: not "Make America Healthy Again" under a tag "MAHA", nor
    # an encyclopedia's "North Atlantic Treaty Organization")
    for i in [i for i, base in base_scores.items() if base > 0]:
        acronym = _initials(lines[i].text) if _ORG_END_RE.search(lines[i].text) and any(
            SITE_BUTTONS_RE.fullmatch(lines[k].text) for k in range(i + 1, min(n, i + 4))) else None
        # (or an item of the site's menu in a row: "Home | About BIS | Regulations | …")
        if acronym and any(re.fullmatch(rf"(?:about\s+)?{acronym}(?:\s+logo)?", part.strip(), re.I) for ln in lines[:n]
                           if not (body_start <= ln.index < (body_end or n))
                           for part in ((ln.text,) if ln.chars <= SITE_ACRONYM_LINE_MAX_CHARS
                                        else _CRUMB_SEP_RE.split(ln.text) if "breadcrumb" in ln.flags else ())):
            base_scores[i] = 0.0
            tagline = i + 2 < n and lines[i + 2].clutter and SITE_BUTTONS_RE.fullmatch(lines[i + 2].text) is not None
            if tagline:
                base_scores[i + 1] = 0.0
            if decisions is not None:
                decisions.append(f"title: line {i + 1} {lines[i].text[:40]!r} is the site's name ({acronym})"
                                 + (", the line under it its tagline" if tagline else ""))
    # Nor is a place's dateline the headline whose dateline it is, over it: "MONETARY POLICY STATEMENT" / "PRESS
    # CONFERENCE" / its speakers / "Frankfurt am Main, 6 June 2024" (the ECB's, a first-time user's title). (A place
    # and a date, a few words: not a report's title with its span, "Measles Update — United States, January 1–April
    # 17, 2025", under "Weekly Report")
    for i in {a[0] for k, a in anchors.items() if a and base_scores.get(k, 0) > 0 and a[0] in base_scores}:
        if base_scores[i] > 0 and "," in lines[i].text and lines[i].words <= PLACE_DATELINE_MAX_WORDS \
                and not any(c in "—–" for c in lines[i].text) and is_dateline(lines[i], month_first):
            base_scores[i] = 0.0
    cands: list[tuple[float, int, list[str]]] = []
    entry_headlines = {ln.text for ln in lines if "entry-headline" in ln.flags}
    posters = {m.group(1) for ln in lines[:body_start]
               if ln.text.endswith(_POST_ENDS) and (m := _POSTER_RE.fullmatch(ln.text)) and looks_like_name(m.group(1))}
    for i, base in base_scores.items():
        if base <= 0:
            continue
        ln = lines[i]
        if i > body_start and ln.words >= PARAGRAPH_MIN_WORDS and ln.text.endswith("."):
            continue  # a paragraph inside the body, a whole sentence long: no headline
        if ln.text.endswith(":") and ln.words >= 3 or "entry-headline" in ln.flags or ln.text in entry_headlines \
                or posters and any(lines[k].text in posters for k in range(max(0, i - 2), i + 1)):
            continue  # a line leading into a quotation or a list ("X said in a statement:"), a live blog's entry's
            # headline (or its line in the blog's list of key events), a social post's writer's tagline under
            # their name ("Anders Holm" / "Head of Ocean Freight at … | Supply chain resilience")
        score, why = base, []
        if "wrapped-title" in ln.flags and wrapped_share(i) < WRAPPED_TITLE_LEAD_SHARE:
            score -= WRAPPED_TITLE_PENALTY  # (a masthead's lines, joined as a title's are: the text is not about it)
            why.append("wrapped lines the text's first paragraphs say little of")
        anc = anchors[i]
        listed = False
        if base_scores.get(i - 1, 0) > 0 and lines[i - 1].words >= DECK_HEADLINE_MIN_WORDS \
                and lines[i - 1].words >= 2 * ln.words >= 6 and "joined" in ln.flags \
                and _title_cased(ln.text) and _title_cased(lines[i - 1].text) \
                and ":" not in lines[i - 1].text[:DECK_LABEL_SPAN] and lead_share(i - 1) >= DECK_LEAD_SHARE:
            # a deck under a headline twice its length, both in title case (the UN's "Security
            # Council Demands That Houthis Immediately Stop Attacks …" / "Russian Federation’s
            # Amendments Rejected"): the headline is the upper one
            score -= DECK_PENALTY
            why.append(f"a deck under the longer headline at line {i}")
        # (a release's kind, "Basın Duyurusu" over "Faiz Oranlarına İlişkin Basın Duyurusu", the TCMB's: no series, no
        # breadcrumb glued on; the headline ends in it, as "Press Release on …" opens with it, a first-time user's)
        if ln.words <= SERIES_NAME_MAX_WORDS and any(
                1 <= lines[k].words <= 3 and ln.text != lines[k].text and ln.text.endswith(" " + lines[k].text)
                and not _RELEASE_LABEL_RE.fullmatch(lines[k].text) for k in range(lo, i)):
            # a series' name over its edition, ending in the kicker above the headline ("Morning
            # Tech" / "Stop the clock gets a ticking" / … / "POLITICO's Morning Tech")
            score -= SERIES_NAME_PENALTY
            why.append("the series' name of a kicker above")
        if _named_with_acronym(ln.text) and base_scores.get(i + 1, 0) > 0 and lines[i + 1].words >= 4 \
                and not lines[i + 1].sentence:
            # an organisation's or a programme's name, spelled out, over a headline ("Health Alert
            # Network (HAN)" over the CDC's advisory, as in its menu): a section's label (not a
            # glossary's "European Union (EU)" over its text)
            score -= MASTHEAD_PENALTY
            why.append("a name with its acronym (a label)")
        if _in_related_box(lines, i):
            score -= RELATED_BOX_PENALTY
            why.append("an item under a related-links heading")
        if anc and anc[0] == i + 1 and _live_dateline(lines[i + 1].text) and headline_over_anchor(i + 2):
            # A live blog's label and date ("Liveblog January 12, 2024") are over its headline, not
            # under the kicker above them ("Israel at war with Hamas: Day 98").
            why.append(f"over a live blog's dateline at line {i + 2}, the headline under it")
        elif anc:
            j, hops = anc
            score += ANCHOR_BONUS - 0.3 * hops
            why.append(f"byline/dateline at line {j + 1}")
            if anchor_shapes[_shape(lines[j].text)] >= 2:
                score -= LIST_PENALTY
                listed = True
                why.append("one of several headline+byline items (a list)")
        elif i >= 2 and i + 1 < n and lines[i + 1].cls in ("good", "near") and i + 1 >= body_start - 1 \
                and not ln.text.endswith(".") and lines[i - 2].words <= KIND_LABEL_MAX_WORDS \
                and _KIND_LABEL_RE.fullmatch(lines[i - 2].text) and is_dateline(lines[i - 1], month_first):
            # A release's kind and its date over its headline, that over its text: the UN's "Protection of Civilians
            # in Ukraine" / "Update" / "9 May 2025" / "April 2025 was the deadliest month for civilians …" (a
            # first-time user's Ukraine briefing: the organisation's name on the page's first line was the title,
            # the headline its standfirst). The kind is the headline's, not the line's over it, a series' name.
            score += ANCHOR_BONUS
            why.append("under its kind and date, over the text")
        elif body_start - 1 <= i <= body_start and i + 1 < n and lines[i + 1].cls in ("good", "near") \
                and ln.words >= LEDE_HEADLINE_MIN_WORDS and _title_cased(ln.text) \
                and not ln.text.endswith(_SENTENCE_END) and _LEDE_DATELINE_RE.match(lines[i + 1].text):
            # A release's headline, in title case, right over its text, which opens with the dateline ("Commerce
            # Implements New Export Controls …" / "WASHINGTON, D.C. – Today, …"), its date and the agency's name far
            # above, in the release's header (not a subheading over a later paragraph: a review's probe).
            score += ANCHOR_BONUS
            why.append("over the text's dateline")
        elif i > 0 and is_dateline(lines[i - 1], month_first) and not any(
                a and a[0] == i - 1 and not lines[k].text.endswith(".") and not (
                    # (nor a release's dateline right over this line, itself right over the text, that
                    # lines above reach past another: the menu's "Das BMEIA stellt sich vor" / "BMEIA
                    # ERLEBEN" / "Schengen, 3. Juli 2018 — Aussendung" / the headline / the text)
                    a[1] and i + 1 < n and lines[i + 1].cls in ("good", "near") and not lines[i].text.endswith(".")
                    and (dd := find_dates(lines[i - 1].text)) and _release_dateline(lines[i - 1].text, dd[0][0]))
                for k, a in anchors.items() if k < i) \
                and not _later_than_below(lines, i - 1, month_first) \
                and not (i >= 2 and any(a and a[0] == i - 2 and k < i - 2 and lines[k].words >= 4
                                        for k, a in anchors.items()) and byline_names(lines[i - 2]) is not None):
            # (Not when the dateline is the line's above's; unless that is a sentence: a blog's
            # tagline, over the date, over the post's title. Nor when it is the masthead's
            # today, later than a dateline a few lines down. Nor under the byline of a headline
            # above, whose date it is: "Punk legend returns to Berlin stage" / "By Kurt Weber" /
            # "August 3, 2025" over a photo's caption, "Nina Hagen Band at Rockpalast Festival", a
            # review's probe.)
            score += ANCHOR_BONUS / 2  # dateline printed above the headline
            why.append("dateline above")
            if i + 1 < n and looks_like_name(lines[i + 1].text):
                score += ANCHOR_BONUS / 2
        elif name_line(i + 1) and not headline_over_anchor(i + 2):
            # (Not when another headline follows the "name", with the page's byline or dateline
            # under it: the name is that headline's label, a section's "Puppet Masters".)
            score += NAME_ANCHOR_BONUS  # a bare author name under the headline
            why.append("author name below")
            if standfirst_of(i - 1, i):  # the same pattern one line up: headline, standfirst, name
                score -= STANDFIRST_PENALTY
                why.append(f"under headline-like line {i} (a standfirst)")
        elif standfirst_of(i, i + 1) and past_photo(i + 1) == i + 1 and name_line(past_photo(i + 2)):
            score += NAME_ANCHOR_BONUS - 0.3  # the name under this line's standfirst
            why.append(f"author name at line {past_photo(i + 2) + 1}, under a standfirst")
        # Headline, standfirst, byline: of two headline-like lines over the same byline, the upper
        # one; also past a short line between them ("New, 74 comments") when the upper one is
        # about the article (a banner over "Learn More" is not).
        k = i - 1
        if k >= lo and lines[k].words < 4 and k - 1 in anchors and lead_share(k - 1) >= 0.3:
            k -= 1
        if anc and k in anchors and anchors[k] and anchors[k][0] == anc[0] and lines[k].words >= 4 \
                and base_scores[k] > 0 and folded[k] != folded[i] and not folded[k].endswith(" " + folded[i]) \
                and not (language == "English" and _title_cased(ln.text) and not name_line(i)) \
                and not _standfirst_under(lines, i):
            # (A headline printed twice is no standfirst, nor a headline under its kicker with the
            # standfirst under it, Der Spiegel's "Kartellverfahren in den USA" / "Google muss Chrome
            # nicht verkaufen" / "Ein US-Bundesrichter hat …"; nor under itself with a breadcrumb glued
            # on, Mint's "Home / India News / Peak power demand …"; nor is an English line in Title Case,
            # which is how headlines are set, not the sentence under one; names aside.)
            score -= STANDFIRST_PENALTY
            why.append(f"under headline-like line {k + 1} (a standfirst)")
        elif anc and k == i - 1 >= lo + 1 and anchors.get(k - 1) and anchors[k - 1][0] == k \
                and byline_names(lines[k]) is not None and base_scores[k - 1] > 0 and lines[k - 1].words >= 4 \
                and lead_share(k - 1) >= 0.3 and not _title_cased(ln.text):
            # Headline, byline, standfirst, dateline: the line under the byline is the standfirst.
            score -= STANDFIRST_PENALTY
            why.append(f"under headline-like line {k} and its byline (a standfirst)")
        elif not anc and k == i - 1 and standfirst_of(k, i) and not anchors.get(k) and not lines[k].sentence \
                and "breadcrumb" not in lines[k].flags and lines[i].words > lines[k].words \
                and i + 1 < n and (lines[i + 1].caption or i + 1 >= body_start):
            # No byline under either: a headline, and the longer line under it leading into the
            # text (or its photo) is its standfirst.
            score -= STANDFIRST_PENALTY
            why.append(f"under headline-like line {k + 1} (a standfirst, no byline)")
        # "HomeNewsHeadline", "Share All sharing options for: Headline": a breadcrumb or a
        # widget's label glued onto a copy of a nearby line.
        glued = [k for k in range(max(0, i - 10), min(n, i + 11)) if k != i and len(folded[k]) >= 12
                 and folded[i].endswith(folded[k]) and 0 < len(folded[i]) - len(folded[k]) <= 60
                 and not _RELEASE_LABEL_RE.fullmatch(lines[k].text)]
        if glued:
            score -= LIST_PENALTY
            why.append(f"line {glued[0] + 1} with a breadcrumb glued on")
        if i == 0:
            score += FIRST_LINE_BONUS  # the copy starts at the headline
        # A masthead: the site's name over its header's buttons ("KFF Health News" / "Menu
        # Search Donate", "Your Local Epidemiologist" / "Subscribe" / "Sign in").
        if i + 1 < n and lines[i + 1].clutter and SITE_BUTTONS_RE.fullmatch(lines[i + 1].text):
            score -= MASTHEAD_PENALTY
            why.append("a masthead (the site's buttons under it)")
        if folded[i] in holders:
            # the site's name, as the page's notice of its rights names it (Saba's "وكالة الأنباء اليمنية سبأ" over
            # its menu and date, its footer "جميع الحقوق محفوظة لوكالة الأنباء اليمنية سبأ": a first-time user's title)
            score -= HOLDER_PENALTY
            why.append("the site's name, which its notice of rights names")
        own = _key_tokens(ln.text, stops) - common
        lead = lead_tokens(i)
        if own and lead:
            share = len(own & lead) / len(own)
            score += LEAD_SIM_BONUS * share
            if share >= 0.3:
                why.append(f"{share:.0%} of its words in the first paragraphs")
        if len(folded[i]) >= 12 and not listed:  # (a list printed twice repeats all its items)
            # (printed again as a line of its own, or in a share row's or a breadcrumb's few
            # words more; not a name inside the text's sentences: "The Colorado Department
            # of Agriculture today announced ...", a masthead's)
            elsewhere = sum(1 for k, t in enumerate(folded) if k != i and folded[i] in t
                            and len(t) <= len(folded[i]) + REPEAT_MAX_EXTRA_CHARS)
            if elsewhere:
                score += REPEAT_BONUS
                why.append(f"repeated in {elsewhere} other line(s)")
        if i + 1 < n and lines[i + 1].cls in ("good", "near") and i + 1 >= body_start - 1:
            score += 0.5
        prev_short = i > 0 and lines[i - 1].words <= 3
        # (a live page's label under its headline, the Guardian's "Live" over the standfirst, is no menu's item)
        next_short = i + 1 < n and lines[i + 1].words <= 3 and not is_anchor(lines[i + 1], month_first) \
            and not _LIVE_LABEL_RE.fullmatch(lines[i + 1].text)
        if prev_short and next_short:
            score -= 0.5  # inside a menu
        # A headline among other headline-like lines right above and below is a list entry
        # (the names under it are its byline: a paper's authors, no "By").
        def headline_like(k: int) -> bool:
            return 0 <= k < n and lines[k].words >= 4 and base_scores.get(k, title_score(lines[k], language)) > 0 \
                and not lines[k].sentence and names_only(lines[k].text) is None and not _name_then_date(lines[k].text) \
                and not _home_crumb(lines[k].text)
        if headline_like(i - 1) and headline_like(i + 1):
            score -= LIST_PENALTY
            why.append("between other headline-like lines")
        if ln.text[-1:].isalpha() and _ISSUER_LINE_RE.fullmatch(ln.text) \
                and any(0 <= k < n and _ISSUER_LINE_RE.fullmatch(lines[k].text) for k in (i - 1, i + 1)):
            score -= ISSUER_PENALTY
            why.append("one of a stack of bodies' names")
        if ln.cls == "good" or ln.words > 25:
            score -= 0.5  # a paragraph of prose, not a headline
        if i > 0 and lines[i - 1].sentence and lines[i - 1].words >= PARAGRAPH_MIN_WORDS \
                and not (lines[i - 1].clutter or lines[i - 1].caption):
            score -= 0.5  # under a paragraph: a subheading of the article ("What was your first job?")
            why.append("under a paragraph")
        cjk = language == "cjk" or not ln.text.isascii() and len(CJK_RE.findall(ln.text)) > CJK_LINE_SHARE * ln.chars
        if ln.chars < CJK_SHORT_TITLE_CHARS if cjk else ln.words < 4:
            score -= 0.4
        if looks_like_name(ln.text) and ln.words <= 3:
            score -= 0.5  # a person's name, not a headline
        elif names_only(ln.text) or (bare := _IN_PLACE_RE.sub("", ln.text)) != ln.text and looks_like_name(bare):
            # (a name and where the writer filed from is a byline too: "Ana Beatriz Lemos in Rio de Janeiro")
            # "Jane Doe and John Roe": a byline without "By", and the date under it is its own
            score -= 0.5 + (ANCHOR_BONUS - 0.3 * anc[1] if anc else 0.0)
            why.append("a list of names")
        # Headlines run to several words; section labels are one to three.
        score += 0.5 * (min(ln.chars, CJK_TITLE_FULL_CHARS) / CJK_TITLE_FULL_CHARS if cjk
                        else min(ln.words, TITLE_FULL_WORDS) / TITLE_FULL_WORDS)
        # Nearer the body is likelier; a little penalty per line of distance (a menu's items not counted).
        score -= 0.02 * dist.get(i, abs(body_start - i))
        cands.append((score, i, why))
    if not cands:
        # No headline: a newsletter's name right over its byline titles it, Politico's "Morning Tech" / "By Pieter
        # Haeck and Océane Herrero" / "Presented by Microsoft" / "July 11, 2025" / "With help from …" / "Good
        # morning, tech watchers! …" (a first-time user's, pasted from the email: titled by its file's name)
        name = next((k for k in range(lo, min(n - 1, body_start)) if 2 <= lines[k].words <= NEWSLETTER_NAME_MAX_WORDS
                     and not (lines[k].clutter or lines[k].caption or lines[k].numbers)
                     and all(w[:1].isupper() for w in lines[k].text.split())
                     and not lines[k].text.endswith((".", ":", ",", ";", "!", "?"))
                     and lines[k + 1].text[:2].casefold() == "by" and byline_match(lines[k + 1].text) is not None
                     and byline_names(lines[k + 1])), None)
        if name is not None and decisions is not None:
            decisions.append(f"title: line {name + 1} {lines[name].text!r}, a newsletter's name over its byline "
                             "(no headline)")
        return name
    cands.sort(key=lambda c: (-c[0], -c[1]))
    # (a title wrapped as the file's text is, each piece too short for a headline, is the one,
    # when the text's first paragraphs say what it says: see TITLE_WRAP_BLOCKS; not a
    # letterhead's "Animal and Plant Health Inspection Service" / "United States Department …")
    cands.sort(key=lambda c: "wrapped-title" not in lines[c[1]].flags or wrapped_share(c[1]) < WRAPPED_TITLE_LEAD_SHARE)
    score, best, why = cands[0]
    # A blog's masthead: its name, its tagline, the post's date, then the post's title right
    # over its text ("Onlinerecht und Bürgerrechte 2.0" / "17.7.11" / "Verstößt der Ausschluss
    # von Pseudonymen bei Google+ gegen deutsches Recht?"). The tagline, over the dateline,
    # shares no word with the text; the line under the dateline, leading into the text, does.
    anc = anchors.get(best)
    k = anc[0] + 1 if anc else -1
    if anc and anc[1] == 0 and base_scores.get(k, 0) > 0 and lines[k].words >= 4 and not lines[k].text.endswith(".") \
            and k + 1 < n and k + 1 >= body_start and lines[k + 1].cls in ("good", "near") \
            and lead_share(best) == 0 and lead_share(k) >= TAGLINE_TITLE_SHARE:
        if decisions is not None:
            decisions.append(f"title: line {best + 1} {lines[best].text[:40]!r} shares no word with the text, "
                             f"the line under its dateline does: a tagline over the post's date and title")
        score, best, why = next((c for c in cands if c[1] == k), (0.0, k, []))
        why = [*why, "under the tagline's dateline, over the text"]
    if decisions is not None:
        other = next((c for c in cands if c[1] != best), None)
        runner = f"; runner-up line {other[1] + 1} ({other[0]:.2f})" if other else ""
        decisions.append(f"title: line {best + 1} {lines[best].text[:70]!r} (score {score:.2f}: headline-like"
                         + "".join(", " + w for w in why) + f"{runner})")
    return best


# ---------------------------------------------------------------------------
# body blocks
# ---------------------------------------------------------------------------
YEAR_HEADING_RE = re.compile(r"(1[89]|20)\d\d")


def heading_like(ln: Line) -> bool:
    """A subheading: short, no sentence punctuation at the end, a few words, some of them
    words or a year ("2019" over a part of a retrospective; "6" under a photo gallery is its
    counter)."""
    text = ln.text
    return (not ln.clutter and not ln.caption and 1 <= ln.words <= 14 and ln.chars <= 100
            # (nor a sentence ended by the danda, "।", or Urdu's full stop, "۔": a Bengali story's one-sentence
            # paragraph under its lead, "পানি উন্নয়ন বোর্ড জানিয়েছে, আগামী ২৪ ঘণ্টায় পানি আরও বাড়তে পারে।")
            and not text.endswith((".", ",", ";", "—", "–", " -", "--", "।", "۔"))
            and not text.startswith(("http", "#", "@", "©", "ⓒ"))  # (a photo's credit: "© Noelia Páez/Instagram")
            and (any(c.isalpha() for c in text) or bool(YEAR_HEADING_RE.fullmatch(text)))
            and not _widget_text(ln) and not NO_HEADING_RE.match(text))


# Short lines of a text that are no subheadings: a transcript's turn, led by its time in
# brackets or to the second ("[00:01:20] DEREK HOLLOWAY: And that delay matters because—"),
# a letter's sign-off, names after it ("Love, YLE and Caitlin", "Cheers, Jo"; not "Best,
# worst and weirdest moments"). Not a live blog's entry, "09:30 GMT – Russia says ...". (A
# line cut off by a dash, an interrupted turn or a dateline alone on its line, "TULARE,
# Calif. —", is none either: see the ends above.)
NO_HEADING_RE = re.compile(r"[\[(]\d{1,2}:\d{2}(?::\d{2})?[\])]\s|\d{1,2}:\d{2}:\d{2}\s"
                           r"|(?:love|cheers|best|warmly|yours|thanks|xo+),\s+[A-Z][\w.'’-]*"
                           r"(?:\s+(?:and|&)\s+[A-Z][\w.'’-]*)?\s*$", re.I)


# A domain's name alone ("Ledblook.edublogs"): a photo's credit or a link, not a subheading.
_DOMAIN_ONLY_RE = re.compile(r"[\w-]+(?:\.[a-z]{3,})+")
_CHAR_COUNTER_RE = re.compile(r"\b\d+\s*(?:of|/)\s*\d+\s+(?:characters|zeichen|caract[eè]res)\b", re.I)


def _widget_text(ln: Line) -> bool:
    """A widget's text between the paragraphs, which no writer sets as a subheading: share
    counters ("5347 CONNECT 207 TWEET 24 LINKEDIN"), a row of links ("READ | Full
    Transcript"), a pager's or a button's arrows ("< Envoyer cet article par e-mail X",
    "« previous episode"; not a French quotation's closing "»", "Laure Beccuau évoque une équipe
    « aguerrie »"), a form's character counter, a dateline with its time of day, a
    domain's name."""
    text = ln.text
    return (ln.numbers >= 3 and 2 * ln.numbers >= ln.words and not find_dates(text)) or " | " in text \
        or text.startswith(("< ", "« ", "‹ ", "> ", "» ", "› ")) or text.endswith((" ›", " >")) \
        or text.endswith(" »") and "«" not in text \
        or bool(_CHAR_COUNTER_RE.search(text)) or bool(CLOCK_RE.search(text) and find_dates(text)) \
        or bool(_DOMAIN_ONLY_RE.fullmatch(text))


# "Published: Monday, November 18th, 2019 at 11:08 a.m.": when, not what (a label, then a date).
# ("on December 27, 2014 at 12:06 PM, updated ...": the rest of "By Jane Doe on ...", set apart)
DATE_LABEL_RE = re.compile(r"^(?:(?:first |last )?(?:published|updated|posted|modified)(?: on| at)?|on)\s*:?\s+", re.I)


def _dated_label(ln: Line) -> bool:
    return ln.chars <= 100 and dated_label(ln.text)


def dated_label(text: str) -> bool:
    """"Published: Monday, November 18th, 2019 at 11:08 a.m.", "Updated 10:21 a.m. ET", "Updated 2 hours ago" (a
    time told from the page's copying: a first-time user's saved Reuters page opened its text with it)."""
    m = DATE_LABEL_RE.match(text)
    return m is not None and (date_share(text[m.end():]) >= 0.5
                              or m.group().strip().casefold() != "on" and RELATIVE_TIME_RE.match(text[m.end():]) is not None)


CREDIT_MAX_WORDS = 12  # a caption line this short is a credit alone ("Photo: John Locher, AP")
PHOTO_CAPTION_MAX_WORDS = 60  # (a wire photo's caption names people, their titles, the place: 49 words)
CAPTION_SENTENCE_MAX_WORDS = 25  # ... but a full sentence over a credit set apart is text beyond this
# (Not after a middle initial: "Neil Gaiman and John M. Ford in 2002." is one sentence.)
_SENTENCE_BREAK_RE = re.compile(r"(?<!\s[A-Z])[.!?][”\"’']?\s+[A-Z“\"‘]")
# A credit on its own: "Photo: John Locher, AP", "(Image: © NASA/ESA)", "(Walt Disney Co.)",
# "Jane Roe | Bloomberg | Getty Images" (three or four parts: "Jane Doe | Reuters" is a
# byline); not a caption that ends in one ("Yersinia pestis causes the plague (Image: GETTY)").
_CREDIT_ONLY_RE = re.compile(r"^[*_]*(?:[(\[].*[)\]]|(?:photo(?:graph|graphy)?|image|picture|foto|credit|illustration)s?"
                             r"(?: credits?)?\s*(?:by\b|:|\||/).*|kuvat?\s*:\s*" + _KUVA_CREDIT + r""
                             r"|picha\s*(?:na\b|:).*|(?-i:PHOTO [A-ZÀ-Þ][A-ZÀ-Þ'’ ,.-]{2,60})"
                             r"|©.*|[^|]{2,40}(?: \| [^|]{2,40}){2,3})[*_]*$", re.I)


# A wire story's closing sign-off in brackets, its writers: "(By Jane Roe and John Doe)", not a photo's credit.
_SIGN_OFF_RE = re.compile(r"[(\[]\s*by\s", re.I)
# (but a photographer's credit in the same form is one: "(By AP Photographer Jane Roe)", "(By CNA photographer …)")
_SIGN_OFF_PHOTO_RE = re.compile(r"photo|pictur|image|getty|shutterstock|camera|/\s*AP\b", re.I)


def _sign_off(text: str) -> bool:
    return _SIGN_OFF_RE.match(text) is not None and _SIGN_OFF_PHOTO_RE.search(text) is None


def _caption_of_credit(ln: Line, credit: Line, lead: bool = True) -> bool:
    """A line right above a photo credit is the photo's caption when it could be one: a
    single sentence with no quotation ("Mayor Pete Buttigieg speaks at a fundraiser,
    Sunday, Nov. 17, 2019" over "Photo: John Locher, AP"). A credit stands under its
    caption; an article's lead paragraph is followed by more text, not by a credit."""
    if not lead and PROVIDED_BY_RE.match(credit.text):
        return False  # (MSN's "© Provided by …" under a photo its copy has no caption for, after a paragraph)
    return (credit.caption and credit.words <= CREDIT_MAX_WORDS and _CREDIT_ONLY_RE.match(credit.text) is not None
            and not _sign_off(credit.text)
            and 4 <= ln.words <= PHOTO_CAPTION_MAX_WORDS
            # (a long full sentence, a blank line above the credit: the article's paragraph
            # over a photo that has no caption)
            and (ln.words <= CAPTION_SENTENCE_MAX_WORDS or not ln.text.endswith(".") or "joined" in credit.flags)
            and not ln.text.endswith(":") and not any(q in ln.text for q in "“”\"")
            and _SENTENCE_BREAK_RE.search(ln.text) is None)


# The text's first paragraph over a photo's credit that reads as a news lead, not as a caption: a long sentence
# that reports what someone said or announced, with the text going on under the credit (The Daily Star's "The 13th
# parliamentary election and the referendum … will be held on February 12, Chief Election Commissioner AMM Nasir
# Uddin announced this evening." over "Photo: Palash Khan": a first-time user's lead was dropped as the caption, and
# its news with it). A caption shows someone doing something; it does not report their words.
_REPORTING_VERB_RE = re.compile(r"\b(?:said|says|announced|told|stated|declared|confirmed|added|dijo|afirmó|anunció"
                                r"|declaró|disse|afirmou|anunciou|déclaré|annoncé|sagte|erklärte|kündigte|kata"
                                r"|mengatakan|menyatakan|mengumumkan)\b")


# ... but a caption names who the photo shows doing what, in the present tense, however long it runs on ("Defense
# Secretary nominee Pete Hegseth speaks during his confirmation hearing … in Washington, Tuesday, Jan. 14, 2026, where
# he said …", "Pope Leo XIV waves to the faithful in St Peter's Square …, officials said": a review's probes, AP's and
# Reuters' captions kept as the lead), often with the photo's day after a weekday or the place ("…, Tuesday, Jan. 14,
# 2026"); a lead reports in the past.
_CAPTION_VERB_RE = re.compile(
    r"\b(?:speaks|waves|(?:is|are) (?:seen|pictured|shown)|arrives?|attends?|gestures|looks on|walks|poses?|listens"
    r"|holds|delivers|greets|reacts|stands|sits|leaves|addresses|shakes hands|talks|smiles|celebrates|visits"
    r"|gathers|marches|takes part|waits|queue|queues|prays)\b")
# (AP abbreviates only Jan., Feb., Aug., Sept., Oct., Nov. and Dec.; it writes March to July in full: "…, Tuesday,
# March 3, 2026")
_CAPTION_DAY_RE = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (?:Jan\.|Feb\.|March"
                             r"|April|May|June|July|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.) \d")
CAPTION_VERB_SPAN = 15  # words of the caption's first clause, where it names what the photo shows


def _reported_lead(ln: Line, after: Line | None) -> bool:
    return ln.words > CAPTION_SENTENCE_MAX_WORDS and ln.sentence and _REPORTING_VERB_RE.search(ln.text) is not None \
        and after is not None and after.cls in ("good", "near") and not after.caption \
        and not _CAPTION_VERB_RE.search(" ".join(ln.text.split()[:CAPTION_VERB_SPAN])) \
        and not ("day, " in ln.text and _CAPTION_DAY_RE.search(ln.text))


def _paragraph_or_caption(ln: Line, next_ln: Line | None, decisions: list[str], lead: bool = True,
                          after: Line | None = None) -> Block:
    """A paragraph, or a caption over a photo's credit (an aggregator's "© Provided by X" only
    over the text's first paragraph: `lead`, no paragraph yet; `after`: the line under the credit)."""
    if next_ln is not None and _caption_of_credit(ln, next_ln, lead) and not (lead and _reported_lead(ln, after)):
        decisions.append(f"caption: {ln.text[:50]!r} stands over a photo credit")
        return Block("caption", ln.text)
    return Block("paragraph", ln.text)


# A letter's or an address's salutation on its own line, over its first paragraph: "My dear countrymen,", "Dear
# colleagues,", Bengali's "আমার প্রিয় দেশবাসী,", Hindi's "प्रिय देशवासियों,", Urdu's "میرے عزیز ہم وطنو،" (a first-time
# user's bilingual message from a head of government lost both)
_SALUTATION_RE = re.compile(r"(?:(?:my )?dear(?:est)?|liebe[rn]?|cher|ch[eè]re?s?|queridos?|queridas?|estimad[oa]s?"
                            r"|car[io]|care|(?:আমার )?প্রিয়|प्रिय|(?:میرے )?عزیز)\s[^.!?:;]{1,40}[,،]", re.I)


def _salutation(ln: Line) -> bool:
    return ln.chars <= 50 and ln.text[-1:] in ",،" and _SALUTATION_RE.fullmatch(ln.text) is not None


def _short_sentence(ln: Line) -> bool:
    """A short line of the article's text: a sentence of two words or more, with a function word."""
    return ln.cls == "short" and ln.sentence and ln.words >= 2 and ln.stop_density > 0


def _question_heading(ln: Line) -> bool:
    """A short question alone between two paragraphs ("Droht eine Strafe in Millionenhöhe?"):
    the subheading of the part that answers it. Not a quoted one (dialogue)."""
    text = ln.text
    return text.endswith("?") and 3 <= ln.words <= QUESTION_HEADING_MAX_WORDS and not text.startswith(QUOTE_START) \
        and not re.search(r"[.!?:;]\s", text) and not ln.clutter and not ln.caption


QUESTION_HEADING_MAX_WORDS = 12
# A subheading set in quotation marks, a phrase someone said ("‘A regional problem’"): a few
# words, no sentence's punctuation, no one speaking in the first or second person (dialogue).
_QUOTED_HEADING_RE = re.compile(r"([‘“\"'])[^.!?,;:‘“\"]{3,60}([’”\"'])")
_QUOTE_PAIRS = {"‘": "’", "“": "”", '"': '"', "'": "'"}
_SPEAKER_WORDS = frozenset("i i'm i’m me my we we're we’re us our you you're you’re your".split())
QUOTED_HEADING_MAX_WORDS = 8


def _quoted_heading(ln: Line) -> bool:
    m = _QUOTED_HEADING_RE.fullmatch(ln.text)
    return m is not None and _QUOTE_PAIRS[m.group(1)] == m.group(2) and 2 <= ln.words <= QUOTED_HEADING_MAX_WORDS \
        and not _SPEAKER_WORDS.intersection(w.strip("‘’“”\"'").casefold() for w in ln.text.split()) \
        and not ln.clutter and not ln.caption


# A subheading beside a short sentence of the text is a phrase of so many words (see _beside_text).
BESIDE_TEXT_MIN_WORDS, BESIDE_TEXT_MAX_WORDS = 3, 8
# Words of a page's media, promotions and credits, which a subheading has not.
_NOT_BESIDE_TEXT_RE = re.compile(
    r"\b(?:watch|video|photos?|gallery|map|chart|graphic|audio|listen|tap|click|sponsored|advertisement|most read"
    r"|(?:reporting|reported|written|edited|produced) (?:by|from)|contributed|says|said|warns|urges)\b", re.I)


def _beside_text(span: list[Line], k: int, prev_ln: Line | None, blocks: list[Block]) -> bool:
    """Line k (a subheading's shape) stands between two parts of the text: a paragraph on one
    side, and on the other a short sentence of the text (the one above kept as a paragraph)
    with a paragraph beyond it ("Short version: a lot." / "The timeline, briefly" / a
    paragraph). A phrase of three to eight words opening with a capital or a quotation mark,
    no figure, no brackets, no label's colon, no weekday and one comma at most in it (a
    caption's "A protester in Syntagma Square, Athens, on Wednesday", a dateline's "ATHENS,
    Greece (AP)"); not a name ("Heather Cairns" over a photo), nor a
    byline or a credit ("Jane Doe, Staff Writer", "Additional reporting by Reuters"), nor a
    caption or a promotion ("Watch the video of the storm damage", "Chart showing ...",
    "Sponsored content from Acme Bank"), nor a teaser's headline ("Mayor says the city cannot
    wait on housing")."""
    ln = span[k]
    if prev_ln is None or k + 1 >= len(span) or not BESIDE_TEXT_MIN_WORDS <= ln.words <= BESIDE_TEXT_MAX_WORDS \
            or not (ln.text[:1].isalnum() or ln.text.startswith(QUOTE_START)) or ln.text[:1].islower() \
            or ln.numbers or any(c.isdigit() for c in ln.text) or ": " in ln.text or "(" in ln.text \
            or ln.text.count(",") > 1 or WEEKDAY_NAME_RE.search(ln.text) \
            or looks_like_name(ln.text) or ROLE_WORDS.search(ln.text) or _NOT_BESIDE_TEXT_RE.search(ln.text):
        return False
    next_ln = span[k + 1]

    def prose(line: Line) -> bool:
        return line.cls in ("good", "near") and not line.clutter

    def sentence(line: Line) -> bool:
        return _short_sentence(line) and not line.clutter and not line.caption

    before = k - 1 if prev_ln is span[k - 1] else k - 2  # (an ad's label between is passed over)
    above = prose(prev_ln) or sentence(prev_ln) and bool(blocks) and blocks[-1].kind == "paragraph" \
        and blocks[-1].text == prev_ln.text and before >= 1 and prose(span[before - 1])
    below = prose(next_ln) or sentence(next_ln) and k + 2 < len(span) and prose(span[k + 2])
    return above and below and (prose(prev_ln) or prose(next_ln))


def _terse_sentence(ln: Line) -> bool:
    """A sentence of three words or more without a function word ("Page readily agreed.",
    "Ellesa Throwden reports."): the article's, when paragraphs stand above and below it."""
    return ln.cls == "short" and ln.sentence and ln.text.endswith(".") and ln.words >= 3 and not ln.numbers \
        and ln.text[:1].isupper() and not ln.clutter and not ln.caption and "," not in ln.text \
        and any(w[:1].islower() for w in ln.text.split()[1:])


def _items_after_colon(span: list[Line]) -> set[int]:
    """A list inside the article: two or more short lines (four words or more, each starting
    with a capital or a digit) between a paragraph that announces them with a colon and more
    of the article's text ("The details come to us from Reuters:" / "Pensions of more than
    $1,642 a month will be cut by 20%" / ...). Positions in span."""
    out: set[int] = set()
    for k, ln in enumerate(span):
        if not _prose_intro(ln):
            continue
        j = k + 1
        while j < len(span) and _short_item(span[j]):
            j += 1
        if j - k - 1 >= 2 and j < len(span) and span[j].cls in ("good", "near") and not span[j].clutter:
            out.update(range(k + 1, j))
    # A bulleted list as a seed pasted it ("The conditions are:" / "- the terminal must open
    # by 2024" / ...), between lines of the article's text: its items and the line that
    # announces it, however short.
    for k, ln in enumerate(span):
        # (The announcing line is text itself, or under text: "… It asks for:" may open a section.)
        if not (0 < k and ln.text.endswith(":") and not ln.clutter and ln.words >= 2
                and (ln.cls in ("good", "near") or span[k - 1].cls in ("good", "near") and not span[k - 1].clutter)):
            continue
        j = k + 1
        while j < len(span) and BULLET_ITEM_RE.match(span[j].text) and not span[j].clutter:
            j += 1
        if j - k - 1 >= 2 and j < len(span) and span[j].cls in ("good", "near") and not span[j].clutter:
            out.update(range(k, j))
    # ... and as a browser copies an HTML list, its bullets gone: the items on the lines right
    # under the line that announces it, with no empty line between them (one block of the
    # page). "Список запрещенных продуктов:" / "алкоголь в любом виде" / "жиры ..." / ...
    for k, ln in enumerate(span):
        if not (0 < k and ln.text.endswith(":") and not ln.clutter and 2 <= ln.words <= LIST_INTRO_MAX_WORDS
                and span[k - 1].cls in ("good", "near") and not span[k - 1].clutter) \
                or END_MARKER_RE.match(ln.text) or "newsletter" in ln.text.lower():
            continue  # (not a box of links, nor a form: "... notre newsletter :" / "Votre adresse email :")
        j = k + 1
        # (to the next announcement: "… The following CVEs have been exploited:" is the text's)
        while j < len(span) and "joined" in span[j].flags and not span[j].clutter and not span[j].caption \
                and span[j].words <= LIST_ITEM_MAX_WORDS and not span[j].text.endswith(":"):
            j += 1
        if j - k - 1 >= 2 and not span[k + 1].text.endswith(":"):
            out.update(range(k, j))
    # ... and in small letters, one block of the page under the paragraph that announces them
    # (a Medium post's "… that lived only in Slack threads:" / "training data sources and their
    # licences" / "evaluation datasets and known failure modes" / ...), three or more.
    for k, ln in enumerate(span):
        if not _prose_intro(ln):
            continue
        j = k + 1
        while j < len(span) and span[j].cls == "short" and not span[j].clutter and not span[j].caption \
                and span[j].words >= 2 and not span[j].text.endswith((".", "!", "?", ":")) \
                and span[j].text[:1].islower() and (j == k + 1 or "joined" in span[j].flags):
            j += 1
        if j - k - 1 >= SMALL_ITEMS_MIN and j < len(span) and span[j].cls in ("good", "near") and not span[j].clutter:
            out.update(range(k + 1, j))
    return out


SMALL_ITEMS_MIN = 3
LIST_INTRO_MAX_WORDS = 25
LIST_ITEM_MAX_WORDS = 40
ANNOUNCED_ITEM_MAX_WORDS = 25


def _announced_items(span: list[Line], items: set[int]) -> set[int]:
    """Of the lines a list's announcement keeps (`items`), those that read as its items, shown
    as a list: two or more in a row right under the line ending in a colon, none a sentence
    (no full stop, question or exclamation mark at its end) nor the next announcement, none a
    pasted bullet's (a bulleted paragraph is a list's item already). "Carriers added charges:"
    / "Transit Disruption Surcharge (TDS) – Maersk, from 1 January 2024" / "Emergency
    Contingency Surcharge (ECS) – Hapag-Lloyd" / ... Items that end in semicolons may end
    in a full stop ("A new solidarity tax;" / ... / "The sale of state stakes in utilities.").

    Not what a colon announces otherwise: a quotation ("... said in a statement:" / "“Today’s
    vote is an important step”" / "— Olli Rehn, commissioner"), an interview's "Q:" and "A:",
    verse (lines that end in commas: "and the sea has nothing left to say,"), or a quotation
    wrapped over lines, whose last goes on in the text under them ("it if there had been any
    other way, but the country" / "cannot spend money it does not have ...")."""
    out: set[int] = set()
    for k in sorted(items):
        if k == 0 or not span[k - 1].text.endswith(":") or k - 1 in out \
                or _QUOTATION_INTRO_RE.search(span[k - 1].text):
            continue
        run: list[int] = []
        j = k
        while j in items and j < len(span):
            ln = span[j]
            if ln.text.endswith((":", ".", "!", "?", "。")) and not (
                    ln.text.endswith(".") and run and all(span[r].text.endswith(";") for r in run)) \
                    or ln.words > ANNOUNCED_ITEM_MAX_WORDS or ln.text.startswith(QUOTE_START) \
                    or BULLET_ITEM_RE.match(ln.text) or ATTRIBUTION_RE.match(ln.text) \
                    or INTERVIEW_LINE_RE.match(ln.text) \
                    or ln.clutter or ln.caption or "code" in ln.flags:
                break
            run.append(j)
            j += 1
            if ln.text.endswith("."):
                break  # (the last of the items in semicolons)
        goes_on = any(span[r].text.endswith(",") for r in run) \
            or j < len(span) and span[j].text[:1].islower() and span[run[-1]].words >= LIST_WRAP_MIN_WORDS \
            and not span[run[-1]].text.endswith((")", ";", "."))
        if len(run) >= 2 and not goes_on:
            out.update(run)
    return out


LIST_WRAP_MIN_WORDS = 8  # a last "item" this long, the text under it going on in small letters: wrapped text
# A line that announces a quotation, not a list: "... said in a statement:", "She wrote:".
_QUOTATION_INTRO_RE = re.compile(r"\b(?:said|says|wrote|writes|added|adds|told|tweeted|posted|stated|declared"
                                 r"|statement|reads|read|quote[sd]?|in part)\b[^:]{0,40}:$", re.I)


# (and a social post's arrows and emoji as bullets: "➡️ Average transit time up …", "✅ …", "👉 …", a key date's
# calendar, "📅 Jan 13, 2025 — rule released")
# (not the em dash: it opens a line of dialogue as often, "— Où allez-vous ?", see text.LIST_MARKS)
BULLET_ITEM_RE = re.compile(r"(?:[" + re.escape(LIST_MARKS.replace("—", "")) + r"]\s+|[➡►▶▸→✅✔☑👉🔹🔸◆■●📅🗓📌]\ufe0f?\s*)\w")


def _short_item(ln: Line) -> bool:
    """A short line that can be a list's item: four words or more, a capital or digit first
    (or a longer one poor in function words that the list's announcement keeps, see
    _weigh_announced_lists)."""
    return (ln.cls == "short" or ln.cls == "bad" and "list" in ln.flags) and not ln.clutter and not ln.caption \
        and ln.words >= 4 \
        and (ln.text[:1].isupper() or ln.text[:1].isdigit())


def _prose_intro(ln: Line) -> bool:
    """A line of the article's text that leads into what follows (8+ words, ending in a colon)."""
    return ln.text.endswith(":") and ln.cls in ("good", "near") and not ln.clutter and ln.words >= 8


# Whose words the paragraph above is, in a round-up of excerpts: "[Engadget]", "[Tom's Guide]".
BRACKETED_SOURCE_RE = re.compile(r"^\[(?=[^\]]*[^\W\d_])[^\[\]]{2,40}\]$")
SOURCED_EXCERPTS_MIN = 2  # a round-up names two sources at least; one bracketed label may be "[Video]"


# An interview's question and answer lines, "Q: Favorite apps?" / "A: Bleacher Report, Uber
# Eats, and ParkMobile": in an interview (INTERVIEW_MIN_LINES of them in the text) each is
# text, the shortest answer too; before, short answers were dropped and short questions
# made subheadings, so that questions followed one another.
# ... and a transcript's turns, led by the time and the speaker's name ("[00:01:20] DEREK
# HOLLOWAY: And that delay matters because—"). (Not a name in capitals alone: a shop's "ADD TO
# CART: US$25 Gift Card" under a game's report reads the same.)
INTERVIEW_LINE_RE = re.compile(r"(?:Q|A)\s*:\s+\S|\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+[^\W\d][\w.'’ -]{1,40}:\s+\S")
INTERVIEW_MIN_LINES = 4

NUMBERED_STEP_RE = re.compile(r"(\d{1,2})[.)]\s+\S")
NUMBERED_STEP_MAX_WORDS = 15


def _first_section_over(lines: list[Line], start: int, end: int) -> bool:
    """The line over the text's first line `start` is its first numbered section's heading: the
    text's run has the next one ("1. Summary" over it, "2. Key figures" in it) and other numbered
    sections over their text (a desk note, a report)."""
    ln = lines[start - 1]
    if ln.clutter or lines[start].cls not in ("good", "near"):
        return False
    if not _numbered_heading(ln):
        # an outline's, "I. INTRODUCTION", with a later section of the outline over text in the run ("IV.
        # CONCLUSION": a first-time user's court opinion from a PDF, its introduction's heading lost)
        outline = _section_number(ln)
        return outline is not None and outline[0] == "I" and any(
            (later := _section_number(lines[k])) is not None and later[0] == outline[0] and later[1] > outline[1]
            and lines[k + 1].cls in ("good", "near") for k in range(start, end - 1))
    number = int(re.match(r"\d+", ln.text).group())  # type: ignore[union-attr]
    sections = [k for k in range(start, end - 1) if _numbered_heading(lines[k])]
    return any(re.match(rf"{number + 1}\b", lines[k].text) for k in sections) \
        and sum(lines[k + 1].cls in ("good", "near") for k in sections) >= NUMBERED_SECTIONS_MIN


def _sections_in_order(span: list[Line]) -> bool:
    """Two section headings in Roman numerals, the one numbered after the other ("II. Affected products" / … / "III.
    Countermeasures"), each over a line of its own, the later over text: the span's numbered sections, though few
    are right over a paragraph (an alert's sections over a list, a table, the sentence that leads into them). (Not
    letters, a list of names' "A. Smith" / "B. Jones", nor figures, a list's "1. Eggs" / "2. Flour".)"""
    seen: set[int] = set()
    for k, ln in enumerate(span[:-1]):
        if ln.text[:1] in "IVX" and (number := _section_number(ln)) is not None and number[0] == "I" \
                and _section_number(span[k + 1]) is None:
            if number[1] - 1 in seen and span[k + 1].cls in ("good", "near"):
                return True
            seen.add(number[1])
    return False


PASTED_BULLETS_MIN = 2
# What leads into a list in a sentence of its own, however it ends: "The affected products and versions are as
# follows.", Japanese "…は次のとおりです。", German "… folgende Produkte.", French "… les suivants."
_LIST_LEAD_IN_RE = re.compile(r"\b(?:as follows|the following|listed below|following (?:\w+ ){0,2}(?:are|is|were)"
                              r"|folgende[nmrs]?|wie folgt|suivante?s?|siguientes?|seguintes?)\b"
                              r"|次の(?:とおり|通り)|以下の(?:とおり|通り)|下記の(?:とおり|通り)|如下", re.I)
LEAD_IN_MIN_CJK_CHARS = 8


def _list_lead_in(ln: Line) -> bool:
    """A short sentence that announces the list under it (see _LIST_LEAD_IN_RE), not only with a colon; not a box
    of links' ("The following stories may also interest you.")."""
    return ln.cls in ("short", "near", "good") and not ln.clutter and not ln.caption \
        and ln.text.endswith((".", "。", ":", "：")) and (ln.words >= 3 or ln.chars >= LEAD_IN_MIN_CJK_CHARS) \
        and _LIST_LEAD_IN_RE.search(ln.text) is not None and _LINKS_LEAD_IN_RE.search(ln.text) is None


_LINKS_LEAD_IN_RE = re.compile(r"\b(?:stor(?:y|ies)|articles?|coverage|read(?:ing)?|links?|newsletters?|videos?"
                               r"|podcasts?|Artikel|articles?|lire|leer|ler)\b|記事|文章|阅读", re.I)


def _headline_items(items: list[Line]) -> bool:
    """Most of a list's items read as other stories' headlines: no sentence's end, no figure or date first
    ("- Myanmar quake: what we know so far" / "- In pictures: Mandalay after the earthquake", a box of links
    between the paragraphs: a review's probes), unlike a desk note's "- 22/4/2025: expiry of SAC ceasefire" or a
    post's "📅 Jan 13, 2025 — rule released"."""
    told = sum(1 for ln in items if re.sub(r"^\W+", "", ln.text)[:1].isdigit()
               or ln.text.rstrip().endswith((".", "!", "?", ";", ")"))
               or dated_entry(ln.text))
    return 2 * told < len(items)


NOTES_SECTION_MIN_ITEMS = 3


def _notes_heading(span: list[Line], k: int) -> bool:
    """A notes document's plain section heading ("Timeline (confirm each against primary source!)",
    "Open questions"), pasted with its list's bullets: a short line that is no sentence, under a
    paragraph or the section above's last item, over a bulleted item or a line of its own text
    (a section of one line: "Sources to pull" / "BIS press page; Federal Register …"). Not a box's
    label ("Related", "More on this story": an end marker's words)."""
    if not 0 < k < len(span) - 1:
        return False
    ln, up, down = span[k], span[k - 1], span[k + 1]
    return ln.cls == "short" and heading_like(ln) and END_MARKER_RE.match(ln.text) is None \
        and ln.text.strip().casefold() not in _SITE_BOX_LABELS \
        and not BULLET_ITEM_RE.match(ln.text) and not up.clutter and not down.clutter \
        and (up.cls in ("good", "near") or BULLET_ITEM_RE.match(up.text) is not None) \
        and (BULLET_ITEM_RE.match(down.text) is not None or down.words >= NOTES_LINE_MIN_WORDS)


NOTES_LINE_MIN_WORDS = 5
# A site's boxes of links, by their one-word labels (no notes document's sections: a review's probe)
_SITE_BOX_LABELS = frozenset("opinion explainers explainer watch listen podcasts podcast latest trending video videos "
                             "analysis features newsletters popular".split())


NOTES_MIN_SECTIONS = 2


def _weigh_last_notes_section(lines: list[Line], weights: list[float], bullets: set[int]) -> None:
    """In a notes document of sections (NOTES_MIN_SECTIONS or more, each a plain heading over its pasted
    list: _notes_heading), a last section of one line of text under its heading, with no bullet ("Sources
    to pull" / "BIS press page; Federal Register 88 FR 73458; …"), is the document's too: it weighs a
    little and is kept, its heading a subheading."""
    heads = [k - 1 for k in sorted(bullets) if k >= 1 and k - 1 not in bullets and _notes_heading(lines, k - 1)]
    if len(heads) < NOTES_MIN_SECTIONS:
        return
    j = heads[-1] + 1
    while j in bullets:
        j += 1
    if j + 1 < len(lines) and _notes_heading(lines, j) and j + 1 not in bullets and not lines[j + 1].clutter \
            and not lines[j + 1].caption and lines[j + 1].chars <= ANNOUNCED_ITEM_MAX_CHARS \
            and (j + 2 == len(lines) or "joined" not in lines[j + 2].flags):
        for k in (j, j + 1):
            weights[k] = max(weights[k], 1.0)  # (a little more than nothing: the text's run goes on to it)
        lines[j].flags.add("notes-heading")
        lines[j + 1].flags.add("list")  # (kept by body_blocks, short or poor in function words as it is)


def _pasted_bullets(span: list[Line]) -> set[int]:
    """A list as a seed pasted it, its bullets kept ("- 22/4/2025: expiry of SAC ceasefire"), two
    items or more on the lines right under one another, with no line announcing them: under a
    paragraph, or under a numbered section's heading (a desk note's "5. Dates to watch"; not a
    box of links under its label, "More on this story"), and the text below it (a paragraph,
    or the subheading over one); or, in a notes document, NOTES_MIN_SECTIONS lists or more, each
    under a plain section heading (_notes_heading: "Timeline (confirm …)", "Open questions"; one
    such list is as likely a box of the latest stories under "Latest"). Its items, however short.
    Positions in span (or the page's lines)."""
    out: set[int] = set()
    sections: list[range] = []
    k = 1
    while k < len(span):
        j = k
        while j < len(span) and BULLET_ITEM_RE.match(span[j].text) and not span[j].clutter \
                and not span[j].caption and (j == k or "joined" in span[j].flags):
            j += 1
        above = span[k - 1]
        # (or under the sentence that announces them, whatever their shape: "The affected products and versions are
        # as follows." / "- Example VPN Gateway 9.x and 22.x" / "- Example Policy Gateway 9.x and 22.x", under an
        # alert's "II. Affected products": a first-time user's JPCERT alert lost the list, in Japanese and English)
        lead_in = j - k >= PASTED_BULLETS_MIN and _list_lead_in(above)
        if j - k >= PASTED_BULLETS_MIN and not above.clutter \
                and (above.cls in ("good", "near") or _numbered_heading(above) or lead_in) \
                and (lead_in or not _headline_items(span[k:j])) \
                and any(span[i].cls in ("good", "near") and not span[i].clutter
                        for i in range(j, min(len(span), j + 2))):
            out.update(range(k, j))
        elif j - k >= NOTES_SECTION_MIN_ITEMS and _notes_heading(span, k - 1) and not _headline_items(span[k:j]) \
                and (j == len(span) or span[j].cls in ("good", "near") and not span[j].clutter
                     or _notes_heading(span, j)):
            sections.append(range(k, j))
        k = max(j, k + 1)
    if len(sections) >= NOTES_MIN_SECTIONS:
        for items in sections:
            out.update(items)
    return out


def _numbered_steps(span: list[Line]) -> set[int]:
    """The subheadings of an article in numbered parts ("1. Start small and recognize that
    no one is watching" ... "2. Don't throw yourself in the deep end on Day 1" ... "3. ..."):
    short lines that count up from 1, each followed by the part's text. Positions in span.
    Before, only those with a paragraph right above and below were subheadings; the others
    were dropped (a list's items stand on consecutive lines, with no text between them)."""
    found = []
    for k, ln in enumerate(span):
        m = NUMBERED_STEP_RE.match(ln.text)
        if m and ln.words <= NUMBERED_STEP_MAX_WORDS and not ln.clutter and not ln.text.endswith((".", ":")):
            found.append((k, int(m.group(1))))
    steps: set[int] = set()
    run: list[int] = []
    for k, n in found:
        if n == 1:
            run = [k]
        elif run and n == len(run) + 1 and any(span[j].cls in ("good", "near") for j in range(run[-1] + 1, k)):
            run.append(k)
        else:
            run = []
            continue
        if len(run) >= 2 and any(span[j].cls in ("good", "near") for j in range(k + 1, min(len(span), k + 4))):
            steps.update(run)
    return steps


REPEATED_PARAGRAPH_MIN_CHARS = 120  # a paragraph this long printed twice in the text is one
HEADING_MAX_COPIES = 2  # a subheading may be printed twice (over its section and in a list of contents)


TABLE_MIN_ROWS = 2
TABLE_CELL_MAX_CHARS = 300  # a longer cell is text laid out in a table, not a datum
TABLE_SENTENCE_MIN_WORDS = 8  # a cell of a sentence this long: a list's item or an answer, not a datum
# The first cell of a list's or a transcript's line, which a copy separates with a tab too:
# "•\tMicrosoft will open …", "1.\tRepair the pier", "Q:\tWhy did you vote …?"
_ROW_LABEL_RE = re.compile(r"[•·*▪–-]|\d{1,3}[.)]|[A-Z]{1,3}:")


# A point of a list numbered in brackets, "(1) Apple Inc.", "（１）Apple Inc." (Japanese, in full-width digits)
_BRACKETED_POINT_RE = re.compile(r"[(（]\s*(\d{1,2})\s*[)）]\s*\S")
# A section's number opening a line: "1. Designated providers …", Japanese "１　指定事業者及び…"
_SECTION_NUMBER_RE = re.compile(r"(\d{1,2})(?:[.．]\s*|[\s\u3000]+)\S")
POINT_DETAIL_LINES = 2  # the lines under a point that tell it (its services, its address), at most
POINT_DETAIL_MAX_CHARS = 160


def _enumerated_points(span: list[Line]) -> dict[int, str]:
    """A list of points numbered in brackets from (1) on, each short with a line or two telling it under it: a
    release's designated companies, "(1) Apple Inc." / "Basic operating software (iOS), app store (App Store), …" /
    "(2) iTunes K.K." / … (a first-time user's JFTC release, in Japanese and in English: the second and third names
    were lost and the services read as photos' captions). Line index -> "item" (and "heading" for the numbered
    section's heading right over the list, "1. Designated providers …", when a section "2" follows)."""
    out: dict[int, str] = {}
    k = 0
    while k < len(span):
        m = _BRACKETED_POINT_RE.match(span[k].text) if span[k].text[:1] in "(（" else None
        if m is None or int(m.group(1)) != 1:
            k += 1
            continue
        points, j, n = [k], k + 1, 1
        while j < len(span) and j - points[-1] <= POINT_DETAIL_LINES + 1:
            nxt = _BRACKETED_POINT_RE.match(span[j].text) if span[j].text[:1] in "(（" else None
            if nxt is not None and int(nxt.group(1)) == n + 1:
                points.append(j)
                n += 1
            elif nxt is not None or span[j].cls == "good" or span[j].chars > POINT_DETAIL_MAX_CHARS \
                    or _SECTION_NUMBER_RE.match(span[j].text) or span[j].text.endswith((".", "!", "?", "。")):
                break  # (a detail is no sentence: the text going on under a list, "Blanket.js is an easy …")
            j += 1
        if len(points) < 2 or any(span[i].chars > POINT_DETAIL_MAX_CHARS for i in points):
            k += 1
            continue
        # (the last point with as many details as the others at most: not a tweet's credit under its list, "— Shay
        # Friedman (@ironshay) August 22, 2013")
        details = max(b - a - 1 for a, b in itertools.pairwise(points))
        end = min(j, points[-1] + details + 1)
        out.update((i, "item") for i in range(k, end))
        above = span[k - 1] if k else None
        if above is not None and above.cls == "short" and (h := _SECTION_NUMBER_RE.match(above.text)) \
                and int(h.group(1)) == 1 and heading_like(above) \
                and any((h2 := _SECTION_NUMBER_RE.match(ln.text)) and int(h2.group(1)) == 2 for ln in span[end:]):
            out[k - 1] = "heading"
        k = end
    return out


def table_row(cells: tuple[str, ...] | list[str]) -> bool:
    """Whether a copied line's cells are a table's row: two cells of text at least, none a
    paragraph or a sentence of some length, the first no bullet, number or speaker's label."""
    filled = [c for c in cells if c]
    return len(filled) >= 2 and not _ROW_LABEL_RE.fullmatch(filled[0]) \
        and all(len(c) <= TABLE_CELL_MAX_CHARS for c in filled) \
        and not any(c.endswith((".", "!", "?")) and len(c.split()) >= TABLE_SENTENCE_MIN_WORDS for c in filled)


# A table whose cells hold sentences, under its header row: an advisory's "Technique Title / ID / Use" over
# "Exploit Public-Facing Application / T1190 / Cyber threat actors exploited CVE-2023-46805 … appliances.", a vendor's
# "CVE Number / Description / CVSS Score (v3.1) / Vector" over a CVE's description of 200 characters (a first-time
# user's CISA and Ivanti advisories: the rows were read as lines of bad text, and the text ended at the table, its
# "Mitigations" lost). A row of as many cells as the header has, one of them at least a datum (no sentence).
HEADER_CELL_MAX_CHARS = 40
HEADER_CELL_MAX_WORDS = 5
TABLE_DATUM_MAX_CHARS = 60
PROSE_CELL_MAX_CHARS = 1200


def _header_row(cells: tuple[str, ...]) -> bool:
    """A table's header row: labels of a few words ("CVSS Score (v3.1)"), none a sentence."""
    filled = [c for c in cells if c]
    return len(filled) >= 2 and all(len(c) <= HEADER_CELL_MAX_CHARS and len(c.split()) <= HEADER_CELL_MAX_WORDS
                                    and c[:1].isalpha() and not c.endswith((".", "!", "?", ":", ",", ";"))
                                    for c in filled)


def _prose_row(cells: tuple[str, ...], width: int) -> bool:
    filled = [c for c in cells if c]
    return len(cells) == width and len(filled) >= 2 and not _ROW_LABEL_RE.fullmatch(filled[0]) \
        and all(len(c) <= PROSE_CELL_MAX_CHARS for c in filled) \
        and any(len(c) <= TABLE_DATUM_MAX_CHARS and not c.endswith((".", "!", "?")) for c in filled)


def _header_over(lines: list[Line], k: int, width: int) -> int | None:
    """The header row over line k, right over it or over the rows of its table between them, one block with it (a
    docket copied as text: "Document Number / Date Filed / Description" over "1 / Oct 20, 2024 / COMPLAINT …" and
    "14 / Dec 2, 2024 / MOTION to Dismiss … filed by ACME CORP.", whose sentence table_row refused: the rows under it
    had been paragraphs, a review's probe)."""
    h = k - 1
    while h > 0 and k - h <= TABLE_HEADER_REACH and lines[h].cells and len(lines[h].cells) == width \
            and "joined" in lines[h].flags and not _header_row(lines[h].cells):
        h -= 1
    return h if h >= 0 and lines[h].cells and _header_row(lines[h].cells) \
        and all("joined" in lines[j].flags for j in range(h + 1, k + 1)) else None


TABLE_HEADER_REACH = 50  # rows between a refused row and its header at most


def flag_prose_tables(lines: list[Line], tabbed: dict[int, tuple[str, ...]]) -> None:
    """Give the rows of a table with sentences in its cells theirs (see _header_row), `tabbed`: the cells of
    the tabbed lines table_row refused. Its header row is flagged "table-head"."""
    for k in sorted({h for k in tabbed if (h := _header_over(lines, k, len(tabbed[k]))) is not None}):
        width, j, rows = len(lines[k].cells), k + 1, []
        while j < len(lines) and "joined" in lines[j].flags and not lines[j].clutter \
                and (len(lines[j].cells) == width or j in tabbed and _prose_row(tabbed[j], width)):
            rows.append(j)
            j += 1
        if any(j in tabbed for j in rows):
            for j in rows:
                lines[j].cells = lines[j].cells or tabbed[j]
            lines[k].flags.add("table-head")


# A table's title over it: "Table 1: Initial Access", "Tabelle 2: Fallzahlen", "Tableau 3 – …", "表1 対象製品"
_TABLE_CAPTION_RE = re.compile(r"(?:table|tabelle|tableau|tabla|tabela|tabella|tabel)\s+[A-Z]?\d{1,3}(?:\.\d{1,2})?"
                               r"(?:\s*[.:：–—-]\s*\S.*|\s+[^\W\d].*)?|表\s?\d{1,3}(?:[.:：\s\u3000]\s*\S.*)?", re.I)
TABLE_CAPTION_MAX_CHARS = 160
TABLE_LEAD_MIN_WORDS = 4


def _table_caption(ln: Line) -> bool:
    return ln.chars <= TABLE_CAPTION_MAX_CHARS and ln.text[:1] in "TtT表" and not ln.cells \
        and _TABLE_CAPTION_RE.fullmatch(ln.text) is not None


def _table_lead(span: list[Line], tables: dict[int, int], k: int, depth: int = 2) -> bool:
    """Line k of span opens a table (see _table_rows): its first row, or, over it, its title ("Table 1: Initial
    Access") or the sentence that points to it (`depth`: lines between them and the row, at most)."""
    if tables.get(k):
        return True
    return depth > 0 and k + 1 < len(span) and not span[k].clutter and not span[k].cells \
        and (_table_caption(span[k]) or _table_pointer(span[k])) and _table_lead(span, tables, k + 1, depth - 1)


def _table_pointer(ln: Line) -> bool:
    """A sentence over a table, however few its function words: "See Table 4 for IOCs obtained from …." (not a
    numbered heading's aside, "2. Key figures (sources vary; see notes)")."""
    return ln.words >= TABLE_LEAD_MIN_WORDS and ln.text.endswith((".", "。", ":", "：")) and not ln.caption


# A table's source, under it: "Source: Federal Reserve, Morgan Stanley Research", "Sources: …", "Fonte: IBGE",
# "Quelle: Destatis", "Fuente: INE", "Kaynak: TÜİK", "出所：日本銀行", "资料来源：…"
_TABLE_SOURCE_RE = re.compile(r"\W{0,2}(?:sources?|fontes?|quellen?|fuentes?|kaynak|出所|出典|资料来源|來源|来源)\s*[:：]",
                              re.I)
TABLE_SOURCE_MAX_CHARS = 200
SOURCE_CREDIT_MAX_WORDS = 20


def _credit_line(text: str) -> bool:
    """A source's credit, names more than words of a sentence: "Federal Reserve, Morgan Stanley Research", "Bloomberg,
    author's calculations", "IBGE": not a news convention's reported sentence, "Sources: Officials in both main
    parties told the Chronicle on Friday that …" (a probe review's table lost it as its source)."""
    words = [w for w in text.split() if w[:1].isalpha()]
    lower = sum(w[:1].islower() for w in words)
    return len(words) <= SOURCE_CREDIT_MAX_WORDS and lower <= max(2, len(words) - lower)


WIDE_TABLE_MIN_CELLS = 3
_PIPE = " | "


def _piped_cells(text: str) -> tuple[str, ...] | None:
    if text.count(_PIPE) < WIDE_TABLE_MIN_CELLS - 1:
        return None
    cells = tuple(c.strip() for c in text.strip().strip("|").split(_PIPE))
    return cells if table_row(cells) else None


def flag_piped_tables(lines: list[Line]) -> None:
    """Give their cells to the rows of a table copied with " | " between its cells, as a release's is ("Period |
    November 2024 | October 2024 | M-o-M Increase (Decrease) % | …" over "Net Revenue | 276,058 | 314,240 | (12.2) |
    …", a first-time user's revenue release): two rows at least, one under the other, of as many cells, three or more
    (not a site's menu of one line, "Home | News | Contact", nor a headline's "Title | Site")."""
    k = 0
    while k < len(lines):
        if _PIPE not in lines[k].text or lines[k].cells or (first := _piped_cells(lines[k].text)) is None:
            k += 1
            continue
        rows, m = [first], k + 1
        while m < len(lines) and "joined" in lines[m].flags and _PIPE in lines[m].text and not lines[m].cells \
                and (row := _piped_cells(lines[m].text)) is not None and len(row) == len(first):
            rows.append(row)
            m += 1
        if len(rows) >= TABLE_MIN_ROWS:
            for j, row in enumerate(rows):
                lines[k + j].cells = row
        k = m


def _wide_table(lines: list[Line], k: int, m: int) -> bool:
    """Rows k to m of a table (_table_rows) of as many cells each, three or more: one table whatever its cells hold,
    its header's periods ("November 2024") and its rows' figures ("Net Revenue / 276,058 / 314,240 / (12.2)"), a row of
    numbers being data (a first-time user's revenue release lost its figures' row)."""
    width = len(lines[k].cells)
    return width >= WIDE_TABLE_MIN_CELLS and all(len(lines[j].cells) == width for j in range(k + 1, m))


TABLE_LEAD_MAX_CHARS = 100
_UNIT_LINE_RE = re.compile(r"[(（][^()（）]{1,60}[)）]")


def _table_under_end(lines: list[Line], end: int, decisions: list[str]) -> int:
    """The text's last line a table's caption that leads into it, right under the text's best run, and its unit,
    over its rows of three cells or more: the text goes on to the table's last row ("TSMC November Revenue Report
    (Consolidated):" / "(Unit: NT$ million)" / "Net Revenue\t276,058\t314,240\t…", a first-time user's revenue
    release copied without its header row lost all three). `end` when no such table."""
    if end >= len(lines) or lines[end].clutter or lines[end].chars > TABLE_LEAD_MAX_CHARS \
            or not lines[end].text.endswith((":", "：")) or lines[end].cells:
        return end
    row = end + 1
    if row < len(lines) and "joined" in lines[row].flags and _UNIT_LINE_RE.fullmatch(lines[row].text):
        row += 1  # (its unit: "(Unit: NT$ million)", "(in thousands of euros)")
    last = row
    while last < len(lines) and len(lines[last].cells) >= WIDE_TABLE_MIN_CELLS and "joined" in lines[last].flags:
        last += 1
    if last == row:
        return end
    decisions.append(f"body: goes on through the table under line {end + 1} {lines[end].text[:40]!r}")
    return last


def _table_rows(span: list[Line]) -> dict[int, int]:
    """The lines of a table as a browser copies one, a row a line, its cells separated by tabs
    (Daniel Lemire's benchmark results, a stock table under a market report): TABLE_MIN_ROWS
    rows at least, one after the other with no empty line between. Maps the first row's
    position to the position after the last; the other rows to 0."""
    rows: dict[int, int] = {}
    k = 0
    while k < len(span):
        if not span[k].cells or span[k].clutter:
            k += 1
            continue
        m = k + 1
        # (a row that repeats the header row heads the next table: an advisory's "Technique Title / ID / Use" over
        # each of its tables, their titles left out of the copy)
        while m < len(span) and span[m].cells and not span[m].clutter and "joined" in span[m].flags \
                and (span[m].cells != span[k].cells or m == k + 1):
            m += 1
        if m - k >= TABLE_MIN_ROWS:
            rows[k] = m
            rows.update((j, 0) for j in range(k + 1, m))
        k = m
    return rows


# A table whose cells lost their tabs, as text copied out of a PDF has it ("California 715
# 01/15/2025"): a label of words, then figures (numbers, amounts, shares, dates, a dash for
# none); SPACED_TABLE_MIN_ROWS rows of as many figures, one under the other with no empty line
# between, right under their header: a line with no figure and a word for each column ("State
# Herds Cases"), or a capital where each column starts ("State Herds Last confirmed").
_FIGURE = r"(?:[-+\u2212]?[$€£¥]?\d[\d,.]*%?|\d{1,2}/\d{1,2}/\d{2,4}|n/a|N/A|[\u2014\u2013-])"
_SPACED_ROW_RE = re.compile(rf"(?P<label>[^\W\d_][^\d\t]{{0,58}}?)(?P<figures>(?: {_FIGURE}){{2,8}})")
# A character no figure nor the space before it holds: past the label's 59 characters at most, none is in a row.
_NOT_FIGURE_CHAR_RE = re.compile("[^ \\d$€£¥%,./naNA+\u2212\u2014\u2013-]")
SPACED_TABLE_MIN_ROWS = 3


def _spaced_cells(ln: Line) -> tuple[str, ...] | None:
    if _NOT_FIGURE_CHAR_RE.search(ln.text, 59):
        return None  # (a sentence's words after the label's room: most long lines, no table's row)
    m = _SPACED_ROW_RE.fullmatch(ln.text)
    if m is None or ln.clutter:
        return None
    return (m.group("label").strip(), *m.group("figures").split())


def _header_cells(text: str, width: int) -> tuple[str, ...]:
    """A header's words as width cells: a word each, or, with more words, a cell at each
    capital ("State Herds Last confirmed"); () if neither makes width cells."""
    words = text.split()
    if len(words) == width:
        return tuple(words)
    groups: list[list[str]] = []
    for word in words:
        if word[:1].isupper() or not groups:
            groups.append([])
        groups[-1].append(word)
    if len(groups) != width or any(len(g) > 3 for g in groups):
        return ()  # ("Unofficial returns from three North Carolina counties": a line of text)
    return tuple(" ".join(g) for g in groups)


# A report's box of its key figures over the text, under its label: a humanitarian agency's situation
# report, a factsheet ("Key figures" / "3,085 deaths | 4,715 injured | 341 missing (de facto
# authorities, 2 April 2025)" / "Situation overview" / the text). Its figures are the report's own
# (the text may not repeat them): they were dropped with the page's head.
KEY_FIGURES_RE = re.compile(r"\W*(?:key (?:figures|facts|numbers|statistics)|facts and figures|in numbers"
                            r"|by the numbers|at a glance)\W*", re.I)
KEY_FIGURES_MAX_LINES = 8  # of figures, a line each
# ... each a figure's: a count of hundreds or more, a share, a sum (not a box of teasers under the same label, "5
# things to know", "in 3 charts", "Watch: the collapse in 30 seconds", "… 2025: all our coverage": a review's probes)
_FIGURE_RE = re.compile(r"(?<![\d.,])(?!(?:19|20)\d\d(?![\d,.]))\d{1,3}(?:[,.\u202f ]\d{3})+|(?<![\d.,])(?!(?:19|20)\d\d\b)\d{3,}"
                        r"|\d(?:[.,]\d+)?\s*(?:%|per ?cent|million|billion|bn\b|m\b|km\b)|[$€£¥]\s?\d", re.I)
KEY_FIGURE_MAX_WORDS = 25


def _key_figures_over(lines: list[Line], start: int) -> int | None:
    """The line of the key figures' label (see KEY_FIGURES_RE) over the text's first line `start`:
    under it, a line of figures or more (each a few words holding a number), then the text, or a
    subheading over it ("Situation overview"). The label, the figures and that subheading are
    flagged for body_blocks."""
    j = start - 1
    if j > 0 and lines[j].cls == "short" and not lines[j].clutter and not lines[j].numbers \
            and _PLAIN_SUBHEADING_RE.fullmatch(lines[j].text) and lines[j].words <= PLAIN_SUBHEADING_MAX_WORDS:
        j -= 1  # (the text's first subheading)
    k = j
    while k > 0 and j - k < KEY_FIGURES_MAX_LINES and lines[k].numbers and not lines[k].clutter \
            and not lines[k].caption and lines[k].words <= KEY_FIGURE_MAX_WORDS \
            and not lines[k].text.endswith((".", "!", "?", ":")):
        k -= 1
    if k == j or k < 0 or not KEY_FIGURES_RE.fullmatch(lines[k].text) or lines[k].clutter \
            or 2 * sum(1 for ln in lines[k + 1:j + 1] if _FIGURE_RE.search(ln.text)) < j - k:
        return None
    lines[k].flags.add("figures-heading")
    for ln in lines[k + 1:j + 1]:
        ln.flags.add("figure")
    for ln in lines[j + 1:start]:
        ln.flags.add("figures-heading")  # (the subheading over the text)
    return k


# A database entry's record, one block over its text: its labelled fields ("Status: Resolved", "Therapeutic
# Categories: Endocrinology/Metabolism"), its table (a row a line, its cells in tabs, under its header row:
# "Presentation / Availability … / Related Information / Shortage Reason"), more fields under it ("Manufacturer: Eli
# Lilly and Company"), then its text's first paragraph, no empty line between any two. Short lines, they weighed as a
# menu's, and a first-time user's FDA drug-shortage entry lost the record to its notes under it.
_FIELD_LINE_RE = re.compile(r"[A-Z][\w()/&'’-]*(?: [\w()/&'’-]+){0,4}: \S.{0,80}")
RECORD_FIELDS_MAX = 8  # over the table, and under it: a form's labelled lines past them are the page's


def _entry_field(ln: Line) -> bool:
    """A labelled field of a database entry's record (see _FIELD_LINE_RE)."""
    return ":" in ln.text and not ln.clutter and not ln.caption and not ln.cells and ln.chars <= 100 \
        and not ln.text.endswith((".", "!", "?", ":")) and _FIELD_LINE_RE.fullmatch(ln.text) is not None


def _record_over(lines: list[Line], start: int, tables: dict[int, int]) -> int | None:
    """The first line of a record right over the text's first line `start` (see _FIELD_LINE_RE), one block with it:
    a table under its header row (`tables`, its first row's index to the index past its last), the labelled fields
    over and under it; None when no table stands there."""
    if not 0 < start < len(lines) or "joined" not in lines[start].flags:
        return None
    j = start - 1
    while j >= 0 and start - 1 - j < RECORD_FIELDS_MAX and _entry_field(lines[j]) and "joined" in lines[j].flags:
        j -= 1
    table = next((k for k, m in tables.items() if m == j + 1), None)
    if table is None or any("joined" not in lines[k].flags for k in range(table + 1, j + 1)):
        return None
    top = table
    while top > 0 and table - top < RECORD_FIELDS_MAX and "joined" in lines[top].flags \
            and _entry_field(lines[top - 1]):
        top -= 1
    for ln in lines[top:start]:
        if not ln.cells:
            # (kept as the lines they are, and neither headline nor standfirst, as verse's: "Contact Information:
            # 800-545-5979" was the entry's title)
            ln.flags.update(("list", "verse"))
    return top


def _stated_subheading(ln: Line, headline: str | None) -> bool:
    """A subheading the source states (a clipping's "## Key takeaways") of two words or more,
    not its headline again (its words mostly the headline's), not a contents' label nor
    clutter: a section's kicker ("## Markets") or the site's name are a word or a label."""
    if "stated-heading" not in ln.flags or ln.words < 2 or ln.clutter or CONTENTS_LABEL_RE.fullmatch(ln.text):
        return False
    own = _fold_quotes(ln.text).casefold().split()
    said = _fold_quotes(headline or "").casefold().split()
    # (the headline again: mostly its words, or its first three; "# Fed holds rates steady,
    # signals two cuts later this year" under the title "Fed holds rates steady | Reuters")
    return len(set(own) & set(said)) * 2 < len(own) and [w.strip(",.:;") for w in own[:3]] != said[:3]


def _fold_quotes(text: str) -> str:
    return text.translate(str.maketrans("‘’“”", "''\"\""))


def _labels_row(cells: tuple[str, ...]) -> bool:
    """A table's header row: labels, no figure but years and quarters ("State 2023 2024",
    "Region Q1 Q2 Q3"; not a widget's "EUR/USD 1.0945")."""
    return all(not any(map(str.isdigit, c)) or _PERIOD_CELL_RE.fullmatch(c) for c in cells)


_PERIOD_CELL_RE = re.compile(r"(?:1[89]|20)\d\d|Q[1-4]|H[12]|FY ?\d{2,4}")


def flag_spaced_tables(lines: list[Line]) -> None:
    """Give the rows of tables without tabs their cells (see _SPACED_ROW_RE)."""
    k = 0
    while k < len(lines):
        cells = None if lines[k].cells else _spaced_cells(lines[k])
        if cells is None or _labels_row(cells):
            k += 1  # (a header of years over its rows, "State 2023 2024", is their header)
            continue
        rows = [cells]
        while k + len(rows) < len(lines):
            ln = lines[k + len(rows)]
            more = None if ln.cells or "joined" not in ln.flags else _spaced_cells(ln)
            if more is None or len(more) != len(cells):
                break
            rows.append(more)
        head = lines[k - 1] if k and "joined" in lines[k].flags else None
        labels = () if head is None or head.cells or head.clutter or not _labels_row(tuple(head.text.split())) \
            or head.text.endswith((".", ":", "?", "!")) else _header_cells(head.text, len(cells))
        if len(rows) >= SPACED_TABLE_MIN_ROWS and labels:
            # (under its header row only: a widget's quotes, "Nvidia 948.10 +1.1%" under "Stocks
            # mentioned", or a release's "Phone +45 33 12 34 56", are no table of the text)
            for ln, row in zip(lines[k:k + len(rows)], rows):
                ln.cells = row
            head.cells = labels  # type: ignore[union-attr]
        k += len(rows)


# --- code ------------------------------------------------------------------------------
# A tech post's listing or shell session, as a browser copies a <pre>: a line of code a line,
# indentation kept. Its lines had been short lines dropped from the text, or subheadings
# ("$ python -m venv env"). A run of them is one code block, shown as written.

# A developer's tool at the start of a line, then a subcommand it has or what only a command
# has ("-m", "~/", "$PATH", "main.go"): not "git workflow", "npm packages", "cat videos". (Timed
# by the shell's "time": "time ssh nobody@localhost", a mailing-list post's session.)
_COMMAND_RE = re.compile(
    r"(?:sudo |time )?(?:git|docker|kubectl|curl|wget|ssh|scp|chmod|chown|mkdir|gcc|javac|rustc|cmake|brew|apt-get|apt"
    r"|npm|npx|yarn|pnpm|pip3?|conda|cargo|gem|dnf|yum|go|python3?|node|java|cd|ls|cat|echo|export|source"
    r"|make|bash|sh|tar) (?:(?:install|uninstall|add|update|upgrade|run|build|init|remove|clone|commit|push"
    r"|pull|checkout|diff|merge|rebase|fetch|create|activate|exec|mod|ci)\b|.*[-./~$\"'=:@]\S).*")
# What only code starts with: a statement of Python, JavaScript, C and their kin, SQL, a
# shell's or an interpreter's prompt, a developer's command. Case-sensitive: prose starts in
# capitals ("Import duties rose", "If you need help:"); a list's items in lower case end in
# ";" without code around ("public bodies;", "return flights;", "import quotas;").
_CODE_START_RE = re.compile(
    r"(?:import [\w.]+(?: as \w+)?(?:, ?[\w.]+)*|import \w+(?:\.\w+)+(?:\.\*)?;|from [\w.]+ import [\w., *()]+"
    r"|(?:async )?def \w+\(.*|class \w+(?:\(.*\))?:"
    r"|(?:if|elif|while) [^:]*(?:[=<>!]|\w\(|\w\.\w|\w\[)[^:]*:|for \w+(?:, ?\w+)* in (?:[\w.\[\]'\"]+(?:\(.*\))?|\(.*\)):|with .*\(.*\) as \w+:"
    r"|except(?: [\w.]+(?: as \w+)?)?:|(?:else|try|finally):|return(?: [\w.\[\]]+| .*[()=+*/<>].*)?"
    r"|return .*[()=+*/<>\[\].].*;|raise [A-Z]\w*(?:\(.*\))?|print\(.*\)"
    r"|(?:const|let|var) [\w${}\[\], ]+ ?=.*|function ?[\w$]* ?\(.*|#include ?[<\"].*|#!/.*"
    r"|(?:public|private|protected|static|func|fn|impl|struct) [\w<>\[\]., ]+[({=].*"
    r"|using [A-Z][\w.]*;|package (?:main|\w+(?:\.\w+)+;?)|namespace [\w.]+ ?\{?"
    r"|(?:SELECT|INSERT INTO|UPDATE|DELETE FROM|CREATE TABLE|ALTER TABLE|DROP TABLE) .*(?:[*(),;=]|\bFROM\b|\bSET\b).*"
    # a query in lower case, its columns named as code names them ("select name, email", "select
    # count(*) from orders;"), not words that open a sentence ("select the best, then …")
    r"|select (?=.*[*(;,_=])(?:distinct )?(?:[\w.]+(?:\([\w.*]*\))?(?: as \w+)?, ?)*(?:\*|[\w.]+(?:\([\w.*]*\))?(?: as \w+)?)"
    r"(?: from [\w.]+.*)?;?|insert into [\w.]+ ?(?:\(|values\b).*|update [\w.]+ set [\w.]+ ?=.*"
    r"|delete from [\w.]+(?: where .*)?;?|create table (?:if not exists )?[\w.]+ ?\(.*"
    # a Dockerfile's instruction, its argument as code has it ("FROM python:3.7", "WORKDIR /opt/app",
    # "ENV DEBUG=1"), not a kicker's words ("FROM THE EDITOR: …", "RUN for your life")
    r"|FROM (?:--platform=\S+ )?(?:\$\{?\w+\}?|[a-z][\w./-]*)(?::[\w.${}-]+)?(?:@\S+)?(?: [Aa][Ss] [\w-]+)?"
    r"|(?:RUN|CMD) (?:sudo )?(?:apt-get|apt|apk|yum|dnf|pip3?|npm|npx|yarn|pnpm|python3?|node|go|cargo|gem|bundle"
    r"|make|mkdir|curl|wget|git|chmod|chown|echo|cd|ln|rm|cp|mv|useradd|adduser|addgroup)\b.*"
    r"|(?:RUN|COPY|ADD|WORKDIR|ENV|ARG|CMD|ENTRYPOINT|USER|VOLUME|LABEL|HEALTHCHECK) "
    r"(?=[a-z./\[~\"$-]|[A-Z_]+[= ])(?=.*(?:[/=\[\]\"]|\$\{?[A-Za-z_]|\w:\w|\s-\w|\w\.[a-z])|(?:[.~/][\w./-]*(?: |$))+$).*"
    r"|EXPOSE \d+(?:/[a-z]+)?(?: \d+(?:/[a-z]+)?)*|SHELL \[.*|(?:ENV|ARG) [A-Z][A-Z0-9_]*(?:[= ]\S.*)?"
    # a folder's tree ("|-- Dockerfile", "│   └── app.py"; `tree --charset ascii`'s "`-- app.py",
    # Windows' `tree /A`'s "+---src", "\\---test"; others' "+-- app/")
    r"|(?:[|│]\s+)*(?:[|├└`+](?:--|──)|\\---)\s?\S.*"
    r"|\$ [a-z][\w.-]*(?: \S+){0,3}|\$ [a-z].*[-./~$\"'=:@<>]\S.*|>>> (?:[a-z_]|.*[(\[.=]\S).*|PS [A-Z]:\\[^>]*>.*|[\w.-]+@[\w.-]+:[^$#\s]*[$#] \S.*)$")
# What code holds and prose does not: an operator, a call on an object, an assignment to a
# name, a line ended by ";", "{", "(" or "):" with another of code's marks in it, a lone
# bracket, a comment's mark, a decorator, a docstring, a key of JSON.
_CODE_SHAPE_RE = re.compile(
    r"==|!=|=>|->|::|&&|\|\||\+\+|\+=|-=|__\w+__|[\w\])]\.\w+\(|\w\(\)|[=()\[\]\"'.].*[;{(]$|\)\s*:$"
    r"|^[\w.\[\]'\"]+ ?= ?\S|^[{}()\[\];,.]+$|^(?:#|//|/\*) |^@\w+(?:\.\w+)*(?:\(.*)?$|^\"\"\".*\"\"\"$"
    r"|^\"[\w-]+\": |^[a-z_][\w-]*:(?: (?:[^\s'\"]+|'[^']*'|\"[^\"]*\"))?$|^- [\w./-]+(?::\S*)?$|^[\w.-]+/$"
    r"|^[A-Z]:[.\\]\S*$"  # a tree's root on Windows ("C:.", "C:\\Users\\jo\\app")
    r"|^(?:WHERE|AND|OR|ORDER BY|GROUP BY|HAVING|(?:INNER |LEFT |RIGHT |FULL )?JOIN|ON|SET|FROM|UNION(?: ALL)?)"
    r" [a-z_'(*]|^(?:LIMIT|OFFSET) \d+;?$|^VALUES ?\("  # a query's clauses, under its SELECT
    r"|^(?:where|and|or|having|on) .*(?:[=<>]|\bin \(|\blike\b|\bis (?:not )?null\b)"  # (in lower case)
    r"|^(?:order|group) by [\w.]+(?:, ?[\w.]+)*(?: asc| desc)?;?$|^limit \d+;?$"
    r"|^(?:from|(?:(?:inner|left|right|full) )?join) [\w.]+(?: (?:as )?\w+)?(?: on .*)?;?$")
_CODE_SHAPE_START_RE, _CODE_SHAPE_ANYWHERE_RE = _anchored_split(_CODE_SHAPE_RE)
_JSON_KEY_RE = re.compile(r"\"[\w-]+\": ")
_BRACKETS_RE = re.compile(r"[{}()\[\];,.]+|\.\.\.")  # a lone "}" or "});": no words, still code
CODE_MIN_STRONG = 2  # lines only code starts with, in a run; or one in a run of CODE_MIN_RUN
CODE_MIN_RUN = 3
CODE_PROSE_MIN_WORDS = 10  # a line of this many words, most of them plain words, is prose
CODE_PROSE_SHARE = 0.75
CODE_OUTPUT_MAX_LINES = 8  # a session's output between its commands (no empty line between)
# A prompt and a command ("$ pip install", ">>> len(x)"), not a price ("$1 per week").
_PROMPT_RE = re.compile(r"(?:\$ [a-z./~]|>>> \S|PS [A-Z]:\\[^>]*> ?\S|[\w.-]+@[\w.-]+:[^$#\s]*[$#] \S)")
# A sentence that leads into a listing or follows it ("Then call main():", "The output:").
_SENTENCE_START_RE = re.compile(r"[A-Z][a-z]*,? \w.*[:.]$")


@functools.lru_cache(maxsize=8192)  # (a pure function of the line: a site's furniture recurs)
def code_line(raw: str) -> int:
    """How surely a line of the copy (as the file has it) is code: 2 for a statement or a
    command only code starts with, 1 for code's shape or an indented short line, 0 for none."""
    text = raw.strip()
    indented = raw[:1] in (" ", "\t")
    if not text or not indented and any(q in text for q in "“”‘’«»"):
        return 0
    if text[:2] == "==" and MARKED_HEADING_RE.fullmatch(text):
        return 0  # a plain-text heading between its marks ("== Affected Systems =="), not an operator's "=="
    tokens = text.split()
    if len(tokens) >= CODE_PROSE_MIN_WORDS and not _PROMPT_RE.match(text) and not text.startswith(("#", "//")) \
            and sum(map(_plain_word, tokens)) >= CODE_PROSE_SHARE * len(tokens):
        return 0  # words, as a sentence has them: "will pull a package from … (a requirements.txt file):"
    if _CODE_START_RE.match(text) or _COMMAND_RE.fullmatch(text):
        return 2
    if _CODE_SHAPE_START_RE.match(text) or _CODE_SHAPE_ANYWHERE_RE.search(text):  # (_CODE_SHAPE_RE.search)
        return 1
    return 1 if indented and len(tokens) < CODE_PROSE_MIN_WORDS else 0


@functools.lru_cache(maxsize=8192)  # (a pure function of its text: lines and words recur)
def _plain_word(token: str) -> bool:
    return token.strip(",.;:!?()\"'").isalpha()


# A plain-text heading between its marks, as a mail or a wiki's source writes it: "== Affected Systems ==",
# "=== Timeline ===".
# (a letter in it: not valgrind's "==40712==" before each of its lines, a review's probe)
MARKED_HEADING_RE = re.compile(r"(={2,6}) ?([^=]*[^\W\d_][^=]*?) ?\1")


def flag_marked_headings(lines: list[Line]) -> None:
    """A line between "==" marks ("== Compromised Release Tarball ==", a first-time user's oss-security post) is a
    heading its writer marked: its words without the marks, a heading as a Markdown seed's "## …" is."""
    for ln in lines:
        if ln.text[:2] == "==" and not ln.clutter and (m := MARKED_HEADING_RE.fullmatch(ln.text)):
            ln.text = m.group(2)
            ln.chars = len(ln.text)
            ln.flags.update(("stated", "stated-heading"))


# A unified diff's hunk, "@@ -1,4 +1,4 @@" (its old lines' count and its new lines'), and the lines over its first
# hunk: "diff --git a/m4/x.m4 b/m4/x.m4", "index f928e9ab..d5ec3153 100644", "--- a/m4/x.m4", "+++ b/m4/x.m4".
_HUNK_RE = re.compile(r"@@ -\d+(?:,(\d+))? \+\d+(?:,(\d+))? @@.*")
_DIFF_HEAD_RE = re.compile(r"diff (?:--git|-[a-zA-Z]+) \S.*|index [0-9a-f]{6,}\.\.[0-9a-f]{6,}.*"
                           r"|(?:new|deleted) file mode \d+|--- \S.*|\+\+\+ \S.*")


def diff_lines(file_lines: list[str]) -> set[int]:
    """The numbers (1-based) of a unified diff's lines in the copy: each hunk from its "@@" line through as many old
    lines ("-" or " ") and new ones ("+" or " ") as it counts (a context line left empty by the copy is one; "\\ No
    newline at end of file" is none), and the file's lines over the first hunk. A diff is code whatever its lines
    say: its context lines are the file's, "dnl Copyright (C) 2023-2024 Free Software Foundation, Inc." (they had
    named the post's publication), sentences of a comment."""
    out: set[int] = set()
    for i, line in enumerate(file_lines):
        if line[:4] != "@@ -" or not (m := _HUNK_RE.fullmatch(line.rstrip())):
            continue
        old, new = int(m.group(1) or 1), int(m.group(2) or 1)
        j = i + 1
        while j < len(file_lines) and (old > 0 or new > 0):
            mark = file_lines[j][:1]
            if mark == "\\":
                pass
            elif mark in ("-", "+"):
                old, new = (old - 1, new) if mark == "-" else (old, new - 1)
            elif mark == " " or not file_lines[j].strip():
                old, new = old - 1, new - 1
            else:
                break
            j += 1
        while j > i + 1 and not file_lines[j - 1].strip():
            j -= 1  # (a hunk the copy cut short: not the empty line under it)
        if not any(file_lines[h][:1] in ("-", "+") for h in range(i + 1, j)):
            continue
        h = i
        while h > 0 and _DIFF_HEAD_RE.fullmatch(file_lines[h - 1].rstrip()):
            h -= 1
        out.update(range(h + 1, j + 1))
    return out


def _session_line(raw: str) -> bool:
    """A command at a shell's prompt or a developer's command: a session's, its output under it."""
    text = raw.strip()
    return _PROMPT_RE.match(text) is not None or _COMMAND_RE.fullmatch(text) is not None


# What a program prints and a sentence has not: a figure, an address, a path, brackets, a tab ("real\t0m0.299s",
# "xz (XZ Utils) 5.6.1", "nobody@localhost: Permission denied (publickey).")
_OUTPUT_MARK_RE = re.compile(r"[\d@/\\=<>\[\]()|_\t]")


def flag_code(lines: list[Line], file_lines: list[str], numbers: list[int]) -> None:
    """Runs of code among the lines (see code_run). A run goes on over a lone bracket ("}"),
    and over a few lines of a session's output between its commands (no empty line between).
    Each line of a run is flagged "code"; the first carries the block's text: the file's
    lines from the first to the last, as written (the empty lines and the repeated ones too:
    a listing may repeat a line), less their common indentation.
    A session's output (under a command, see _session_line) goes on over an empty line, and
    ends the run too, when it reads as a program's (_OUTPUT_MARK_RE, no sentence): "$ xz
    --version" / "xz (XZ Utils) 5.6.1" / "liblzma 5.6.1"; "time ssh nobody@localhost" / "" /
    "real\t0m0.299s". A unified diff's lines are code (diff_lines)."""
    raw = [file_lines[numbers[ln.index] - 1] for ln in lines]
    n = len(lines)
    score = [1 if _BRACKETS_RE.fullmatch(line.strip()) else 0 if ln.clutter else code_line(line)
             for ln, line in zip(lines, raw)]
    if any(line[:4] == "@@ -" for line in file_lines) and (diff := diff_lines(file_lines)):
        score = [2 if numbers[k] in diff else s for k, s in enumerate(score)]
    # A comment taken for the site's clutter between two lines of code, no empty line between: the listing's (a
    # script's "# Copyright (c) 2024 Example Corp. All rights reserved." under its "#!/usr/bin/env python3" had
    # ended the text there)
    comments = [k for k in range(1, n - 1) if lines[k].clutter and raw[k].lstrip()[:2] in ("# ", "//", "/*")
                and score[k - 1] and score[k + 1] and numbers[k - 1] + 1 == numbers[k] == numbers[k + 1] - 1]
    for k in comments:
        score[k] = 1
    taken = set(comments)  # (lines taken for clutter that are the listing's)

    def next_to(j: int, session: bool) -> bool:
        """Line j is right under line j - 1, or (in a session) an empty line under it."""
        return numbers[j] == numbers[j - 1] + 1 or session and numbers[j] == numbers[j - 1] + 2 \
            and not file_lines[numbers[j] - 2].strip()

    def output(j: int) -> bool:
        """Line j may be output: short, not code, not clutter, nor a heading its writer marked (see
        flag_marked_headings)."""
        return not score[j] and not lines[j].clutter and lines[j].words < CODE_PROSE_MIN_WORDS \
            and "stated" not in lines[j].flags

    def printed(j: int) -> bool:
        """Line j reads as a program's output, under the session's last line: a program's marks (_OUTPUT_MARK_RE),
        no sentence nor the writer's words running into the next listing ("and activate/deactivate the
        environment with"); under an empty line, mostly not words ("real\t0m0.299s"). Right under the line above,
        taken for the page's clutter too: `git log`'s "Author: Jia Tan <jiat0218@…>" (a byline's label)."""
        if not output(j) and not (lines[j].clutter and not score[j] and numbers[j] == numbers[j - 1] + 1
                                  and lines[j].words < CODE_PROSE_MIN_WORDS and "stated" not in lines[j].flags) \
                or not next_to(j, True) or lines[j].cls in ("good", "near") \
                or _OUTPUT_MARK_RE.search(raw[j]) is None or _SENTENCE_START_RE.match(raw[j].strip()) \
                or _LEADS_INTO_RE.search(raw[j].rstrip(" :")):
            return False
        tokens = raw[j].split()
        if numbers[j] != numbers[j - 1] + 1 and 2 * sum(map(_plain_word, tokens)) > len(tokens):
            return False
        if lines[j].clutter:
            taken.add(j)
        return True

    k = 0
    while k < n:
        if not score[k]:
            k += 1
            continue
        m = k + 1
        session = _session_line(raw[k])
        while m < n:
            if score[m]:
                session = session or _session_line(raw[m])
                m += 1
                continue
            # output lines, joined to the run's last line and to code after them
            j = m
            while j < n and j - m < CODE_OUTPUT_MAX_LINES and (output(j) and numbers[j] == numbers[j - 1] + 1
                                                              or session and printed(j)):
                j += 1
            if j > m and j < n and score[j] and next_to(j, session):
                m = j
                continue
            j = m
            while session and j < n and j - m < CODE_OUTPUT_MAX_LINES and printed(j):
                j += 1
            m = j  # (a session's last output: the run's end)
            break
        # (not a sentence that leads into the listing or follows it: "Then call main():")
        while m - k > 1 and score[k] == 1 and _SENTENCE_START_RE.match(raw[k].strip()):
            k += 1
        while m - k > 1 and score[m - 1] == 1 and _SENTENCE_START_RE.match(raw[m - 1].strip()):
            m -= 1
        # (a session's command alone, its output under it: "$ python3 --version" / "Python 3.11.4")
        if code_run(raw[k:m]) or session and code_run([raw[i] for i in range(k, m) if score[i]]):
            for ln in lines[k:m]:
                ln.flags.add("code")
                if ln.index in taken:
                    ln.clutter = False  # (the listing's: a comment (see comments above), a session's output)
            block = "\n".join(line.rstrip() for line in file_lines[numbers[k] - 1:numbers[m - 1]])
            lines[k].code = textwrap.dedent(block).strip("\n")
        k = m


def code_run(raw: list[str]) -> bool:
    """Whether lines that each have something of code are a listing: CODE_MIN_STRONG lines
    that only code starts with (code_line), or one among CODE_MIN_RUN lines, or a single
    command at a prompt or a developer's command ("$ pip install requests"), an object of
    JSON from its opening brace to its closing one, or a YAML file (_yaml)."""
    if _yaml(raw):
        return True
    strong = sum(code_line(line) == 2 for line in raw)
    if len(raw) >= CODE_MIN_RUN and raw[0].strip() in ("{", "[") and raw[-1].strip().rstrip(",;") in ("}", "]") \
            and any(_JSON_KEY_RE.match(line.strip()) for line in raw):
        return True  # an object of JSON, braces and keys ("name": "budget",)
    return strong >= CODE_MIN_STRONG or strong > 0 and len(raw) >= CODE_MIN_RUN \
        or len(raw) == 1 and strong == 1 and (_PROMPT_RE.match(raw[0].strip()) is not None
                                              or _COMMAND_RE.fullmatch(raw[0].strip()) is not None
                                              or _SQL_STATEMENT_RE.fullmatch(raw[0].strip()) is not None)


# A query of one line, a statement to its ";" ("SELECT * FROM users WHERE id = 42;").
_SQL_STATEMENT_RE = re.compile(r"(?:select|insert|update|delete|create|alter|drop)\b.*;", re.I)


_YAML_LINE_RE = re.compile(r"(?:- )?[A-Za-z_][\w-]*:(?: \S.*)?|- \S.*|#.*|---")
_YAML_KEY_RE = re.compile(r"[a-z_][\w-]*:")
_YAML_VALUE_RE = re.compile(r"(?:- )?[A-Za-z_][\w-]*: \S.*")


def _yaml(raw: list[str]) -> bool:
    """A YAML document as a config file has it: CODE_MIN_RUN lines or more, each a key, a key
    and its value, a list's item or a comment; a key in lower case (as a program reads it)
    alone on its line over lines indented under it ("services:" / "  app:"), and a key with
    its value somewhere (not a list of pros and cons: "pros:" / "  - bright screen")."""
    lines = [line.rstrip() for line in raw if line.strip()]
    if len(lines) < CODE_MIN_RUN or not all(_YAML_LINE_RE.fullmatch(line.strip()) for line in lines) \
            or not any(_YAML_VALUE_RE.fullmatch(line.strip()) for line in lines):
        return False
    depth = [len(line) - len(line.lstrip()) for line in lines]
    return any(_YAML_KEY_RE.fullmatch(line.strip()) and depth[i + 1] > depth[i]
               for i, line in enumerate(lines[:-1]))


# How a sentence that runs into a listing ends: it wants the listing as its object; not a
# credit ("Additional reporting by", "Sponsored by").
_LEADS_INTO_RE = re.compile(r"\b(?:like|with|using|via|running|run|type|enter|as|by|to|this|these|follows|following"
                            r"|below)$", re.I)
_CREDIT_END_RE = re.compile(r"\b(?:reporting|reported|edited|written|produced|sponsored|presented|powered|photos?"
                            r"|brought to you|compiled|translated|illustrations?) by$", re.I)


def _text_above_box(span: list[Line], k: int) -> int | None:
    """The paragraph's line over the box of clutter lines right over line k (up to PLEA_BOX_MAX_LINES), if
    a paragraph's."""
    j = k - 1
    while j >= 0 and span[j].clutter and k - j <= PLEA_BOX_MAX_LINES:
        j -= 1
    return j if j >= 0 and j < k - 1 and not span[j].clutter and span[j].cls in ("good", "near") else None


PLEA_BOX_MAX_LINES = 4  # a newsletter's box: its plea, its address field, its button
AD_BREAK_MAX_CHARS = 120  # a line of clutter this short between paragraphs: an ad's label, a promotion
# ... under which a subheading is a plain phrase, maybe a question ("No enforcement yet"), not a
# promotion's words ("Get the day's top stories in your inbox. Sign up", "Factbox: ...")
_PLAIN_SUBHEADING_RE = re.compile(r"[^.!:;|]{3,80}\??")
PLAIN_SUBHEADING_MAX_WORDS = 8


def _signed_under(ln: Line, next_ln: Line | None) -> bool:
    """A press release's quotation is signed on the line right under it, an empty line after:
    "Thierry Breton, Commissioner for Internal Market" (a name, a comma, an office of two words
    or more in title case; not a caption's "Jane Doe, the company's chief executive, at the
    opening in Lyon", nor a board's "Jane Doe, Chair")."""
    name, comma, role = ln.text.partition(", ")
    return "joined" in ln.flags and (next_ln is None or "joined" not in next_ln.flags) and bool(comma) \
        and ln.chars <= SIGNED_MAX_CHARS and not ln.text.endswith(".") and looks_like_name(name) \
        and _OFFICE_RE.search(role) is not None and "," not in role and len(role.split()) >= 2 \
        and all(w[:1].isupper() or w in _OFFICE_SMALL_WORDS for w in role.split())


SIGNED_MAX_CHARS = 120
_OFFICE_SMALL_WORDS = frozenset("for of the a and in on to at".split())
# A speaker's office, as a release signs a quotation with it.
_OFFICE_RE = re.compile(r"\b(?:commissioner|(?:vice[- ])?president|minister|secretary|director"
                        r"|chair(?:man|woman|person)?"
                        r"|ceo|cfo|cto|chief|head|spokes(?:person|man|woman)|mayor|governor|senator|professor|founder"
                        r"|officer|manager|executive|ambassador|advis[eo]r|partner|representative|deputy|leader"
                        r"|chancellor|premier|rapporteur|MEP|member)\b", re.I)


# A teaser's link between paragraphs, its label and its headline: "Lire aussi | …", "Read more: …".
# A call's parts, between its turns: "Question-and-Answer Session", "Q&A", "Prepared Remarks"
_CALL_SECTION_RE = re.compile(r"(?:question[- ]and[- ]answer|questions and answers|q\s?&\s?a)(?: session| section)?"
                              r"|(?:prepared|opening|closing) remarks|presentation", re.I)
PROMO_LINK_RE = re.compile(r"\W*(?:lire aussi|read more|also read|lesen sie auch|mehr zum thema"
                           r"|leer más|lea también|vedi anche|leggi anche)\s*[|:]\s*\S", re.I)  # (its teaser beside it)


def body_blocks(lines: list[Line], start: int, end: int, decisions: list[str],
                speakers: frozenset[str] = frozenset()) -> tuple[list[Block], int]:
    """Turn the content segment into blocks; returns the blocks and the number of lines dropped.
    `speakers`: a transcript's listed speakers (transcript_speakers), each over its turns."""
    blocks: list[Block] = []
    dropped = 0
    span = lines[start:end]
    items = _items_after_colon(span)
    list_items = _announced_items(span, items)
    sourced = len({ln.text for ln in span if BRACKETED_SOURCE_RE.match(ln.text)}) >= SOURCED_EXCERPTS_MIN
    interview = sum(1 for ln in span if INTERVIEW_LINE_RE.match(ln.text)) >= INTERVIEW_MIN_LINES
    steps = _numbered_steps(span)
    enumerated = _enumerated_points(span)
    tables = _table_rows(span)
    bullets = _pasted_bullets(span)
    said = _listed_sentences(span)
    numbered_sections = sum(_section_heading(ln) and span[k + 1].cls in ("good", "near")
                            for k, ln in enumerate(span[:-1])) >= NUMBERED_SECTIONS_MIN or _sections_in_order(span)
    # A short line of six words or more printed word for word twice or more in the text is a page's label, not a
    # subheading: a site's standing ad or promotion between every few paragraphs ("Article continues after this
    # advertisement" at the Inquirer, "Mga bago at kapaki-pakinabang na balita, i-click dito" at GMA, "Sieh dir diesen
    # Beitrag auf Instagram an" over each embedded post). (A few words: a round-up's "What we like", "What we don't
    # like", "Price and availability", "Pros" over each product are its subheadings.)
    repeated = {text for text, n in Counter(ln.text for ln in span if ln.cls == "short"
                                            and ln.words >= REPEATED_LABEL_MIN_WORDS).items() if n >= 2}
    # A transcript's speaker, on a line over the turn: "MARY LOUISE KELLY, HOST:" / "For almost a year, …"
    # (also the line right over the body's run, where the head ends)
    # (in a transcript: two turns at least led by a speaker in capitals, "KELLY: So how …"; not a
    # kicker's "EXCLUSIVE:", an "UPDATE:" or a dateline's "MEXICO CITY:" over a story's lead)
    transcript = sum(1 for ln in span[:TRANSCRIPT_SCAN_LINES] if (m := SPEAKER_LABEL_RE.match(ln.text))
                     and ln.text[m.end():m.end() + 1] == " ") >= 2
    if transcript and start > 0 and span and SPEAKER_LABEL_RE.fullmatch(lines[start - 1].text) \
            and span[0].cls in ("good", "near"):
        span[0].text = f"{lines[start - 1].text} {span[0].text}"
    for k, ln in enumerate(span):
        if transcript and ln.cls == "short" and SPEAKER_LABEL_RE.fullmatch(ln.text) and k + 1 < len(span) \
                and span[k + 1].cls in ("good", "near"):
            span[k + 1].text = f"{ln.text} {span[k + 1].text}"
            dropped += 1
            continue
        if "thread-header" in ln.flags:
            blocks.append(Block("heading", ln.text))  # a thread's comment, under its commenter and age
            continue
        if "code" in ln.flags:
            if ln.code:  # the run's first line: the whole listing
                blocks.append(Block("code", ln.code))
                decisions.append(f"code: {ln.code.count(chr(10)) + 1} lines at line {ln.index + 1}")
            continue
        if k in tables:
            if tables[k]:  # the table's first row: the whole table
                blocks.append(Block("table", "\n".join("\t".join(row.cells) for row in span[k:tables[k]])))
                decisions.append(f"table of {tables[k] - k} rows at line {ln.index + 1}")
            continue
        if k and k - 1 in tables and not ln.clutter and ln.chars <= TABLE_SOURCE_MAX_CHARS \
                and (m := _TABLE_SOURCE_RE.match(ln.text)) and _credit_line(ln.text[m.end():]):
            # the table's source under its last row: "Source: Federal Reserve, Morgan Stanley Research" (a first-time
            # user's bank note: it was a photo's caption)
            blocks.append(Block("source", ln.text))
            continue
        if not ln.clutter and k + 1 < len(span) and _table_lead(span, tables, k + 1) and (
                _table_caption(ln) or _table_pointer(ln)):
            # the table's title over it, "Table 1: Initial Access", or the sentence that points to it ("See Table 4
            # for IOCs obtained from CISA's incident response investigations.", read as a bad line's few words)
            blocks.append(Block("paragraph", ln.text))
            continue
        prev_ln = span[k - 1] if k > 0 else None
        next_ln = span[k + 1] if k + 1 < len(span) else None
        # (a newsletter's box of a few such lines: Substack's plea / "Type your email…" / "Subscribe")
        box = _text_above_box(span, k) if prev_ln is not None and prev_ln.clutter else None
        if box is not None and any("plea" in above.flags for above in span[box + 1:k]) \
                and _PLAIN_SUBHEADING_RE.fullmatch(ln.text) is not None \
                and ln.words <= PLAIN_SUBHEADING_MAX_WORDS and not looks_like_name(ln.text):
            prev_ln = span[box]
        elif prev_ln is not None and k > 1 and (prev_ln.chars == 1 and prev_ln.text.isalpha()
                                                or not any(c.isalnum() for c in prev_ln.text)
                                                or sourced and BRACKETED_SOURCE_RE.match(prev_ln.text)
                                                or prev_ln.clutter and prev_ln.chars <= AD_BREAK_MAX_CHARS
                                                and END_MARKER_RE.match(prev_ln.text) is None  # (a box's label:
                                                # "Recommended" / its links' headlines)
                                                and span[k - 2].cls in ("good", "near")
                                                and _PLAIN_SUBHEADING_RE.fullmatch(ln.text) is not None
                                                and ln.words <= PLAIN_SUBHEADING_MAX_WORDS
                                                and not looks_like_name(ln.text)):  # ("Author" / "Jake Goulding")
            # an image's placeholder letter ("S") over a subheading is no line, nor a rule
            # between sections ("___", "* * *"), nor an ad's label or a promotion between the
            # paragraphs ("Advertisement", "READ MORE: ..."); in a round-up, the excerpt above
            # its source ("[CNET]") is the paragraph above
            prev_ln = span[k - 2]
        elif prev_ln is not None and k > 2 and prev_ln.cls == "bad" and not prev_ln.clutter and span[k - 2].clutter \
                and span[k - 2].chars <= AD_BREAK_MAX_CHARS and span[k - 3].cls in ("good", "near") \
                and _PLAIN_SUBHEADING_RE.fullmatch(ln.text) is not None and ln.words <= PLAIN_SUBHEADING_MAX_WORDS \
                and not looks_like_name(ln.text):
            # ... nor a sponsor's box, its label and its line ("Sponsored Content" / "Protect your
            # herd's bottom line with Bovi-Shield® — ask your vet today.")
            prev_ln = span[k - 3]
        if "entry-stamp" in ln.flags:
            blocks.append(Block("heading", ln.text))  # a live blog's entry's time, over its text
            continue
        label = ln.text[:-1] if speakers and ln.text.endswith(":") and ln.text[:-1] in speakers else None
        if speakers and next_ln is not None and ln.chars <= SPEAKER_LABEL_MAX_CHARS and _CALL_SECTION_RE.fullmatch(
                ln.text):
            blocks.append(Block("heading", ln.text))  # (a call's part: "Question-and-Answer Session")
            continue
        if label is not None and next_ln is not None and not next_ln.clutter:
            blocks.append(Block("heading", label))  # (a speaker's label over its turn: "Operator:", "Jeff Su - IR:")
            continue
        if ln.clutter or _dated_label(ln):
            dropped += 1
            continue
        if ln.text in speakers and next_ln is not None and not next_ln.clutter \
                and (next_ln.cls in ("good", "near") or _short_sentence(next_ln)) \
                and not (prev_ln is not None and prev_ln.text.endswith((":", "："))) \
                and not next_ln.text.startswith(_OPENING_QUOTES):
            # a listed speaker over its turn, however short the turn (not a name over the quote a line announces:
            # "As Jensen Huang said at our keynote:" / "Jensen Huang" / "“The computer industry …”", a review's probe)
            blocks.append(Block("heading", ln.text))
            continue
        if "figures-heading" in ln.flags or "figure" in ln.flags:
            # (a report's key figures under their label: see KEY_FIGURES_RE)
            blocks.append(Block("heading" if "figures-heading" in ln.flags else "item", ln.text))
            continue
        if "stated-heading" in ln.flags or "box-subheading" in ln.flags \
                or "wiki-heading" in ln.flags and heading_like(ln):
            blocks.append(Block("heading", ln.text))  # (a Markdown seed's "## ...", a wiki's "Spain[edit]")
            continue
        if k >= 1 and next_ln is not None and (_live_entry_headline(lines, ln.index) or "entry-headline" in ln.flags) \
                and (next_ln.cls in ("good", "near") or next_ln.text.endswith(":") and next_ln.words >= 4
                     and k + 2 < len(span) and span[k + 2].cls in ("good", "near")
                     or (text_at := live_entry_text(lines, ln.index)) is not None and text_at < start + len(span)):
            # a live blog's entry: its time, its headline, its text ("12.58 GMT" / "Insurers say
            # premiums could rise again" / ...), the entry's writer under the headline, if named
            blocks.append(Block("heading", f"{span[k - 1].text} · {ln.text}"))
            continue
        if "entry-byline" in ln.flags:
            dropped += 1
            continue
        if "stated-quote" in ln.flags:
            # (a Markdown seed's "> ..."; its last line "— Jo Roe, a broker": who said it)
            source = ATTRIBUTION_RE.match(ln.text) and blocks and blocks[-1].kind == "quote" \
                and not ATTRIBUTION_RE.match(blocks[-1].text)  # (not a dialogue's next line)
            blocks.append(Block("source" if source else "quote", ln.text))
            continue
        # (A quotation's source line may end in a credit: "— Jo Roe, a pitcher, after the
        # game (via Sports Illustrated)" is no photo's caption.)
        if (ln.cls == "short" or ln.caption) and blocks and blocks[-1].kind in ("paragraph", "quote") and (
                sourced and BRACKETED_SOURCE_RE.match(ln.text)
                or ATTRIBUTION_RE.match(ln.text) and not EMBED_CREDIT_RE.match(ln.text)
                and blocks[-1].text.startswith(QUOTE_START)):
            blocks[-1].kind = "quote"  # the excerpt or the quotation it names the source of
            blocks.append(Block("source", ln.text))  # under it, not a heading over the next
            decisions.append(f"quote: the paragraph over {ln.text[:40]!r}, its source")
            continue
        if blocks and blocks[-1].kind == "paragraph" and prev_ln is not None and blocks[-1].text == prev_ln.text \
                and _signed_under(ln, next_ln):
            blocks[-1].kind = "quote"  # a release's quotation, who said it right under it
            blocks.append(Block("source", ln.text))
            decisions.append(f"quote: the paragraph over {ln.text[:40]!r}, who said it")
            continue
        if k in steps:
            blocks.append(Block("heading", ln.text))  # "2. Don't throw yourself in the deep end on Day 1"
            continue
        if "answer" in ln.flags:
            blocks.append(Block("paragraph", ln.text))  # a form's "Yes" under its statement: no subheading
            continue
        if interview and INTERVIEW_LINE_RE.match(ln.text):
            blocks.append(Block("paragraph", ln.text))  # "A: Trip to Disney World": an answer, however short
            continue
        if k in enumerated and not ln.clutter:
            blocks.append(Block(enumerated[k], ln.text))  # (a list of bracketed points, their details under them)
            continue
        if ln.caption:
            blocks.append(Block("caption", caption_text(ln.text)))
            continue
        if k in list_items:
            blocks.append(Block("item", ln.text))
            continue
        if k in bullets or k + 1 in bullets and _list_lead_in(ln):
            # (its bullet makes it a list's item: see write.render_body; and the sentence that announces the list,
            # Japanese "対象となる製品およびバージョンは次のとおりです。", however short)
            blocks.append(Block("paragraph", ln.text))
            continue
        if "list" in ln.flags and "stated" in ln.flags and ln.text.startswith("- ") and ln.text[2:].strip():
            blocks.append(Block("item", ln.text[2:].strip()))  # a clipping's bulleted item, as its page has it
            continue
        if ln.cls in ("good", "near") or "list" in ln.flags or k in items:
            blocks.append(_paragraph_or_caption(ln, next_ln, decisions, not any(b.kind == "paragraph" for b in blocks),
                                                span[k + 2] if k + 2 < len(span) else None))
            continue
        if ln.cls == "short" and (k + 1 in bullets and _notes_heading(span, k) or "notes-heading" in ln.flags):
            blocks.append(Block("heading", ln.text))  # a notes document's section over its pasted list
            continue
        if ln.cls == "short":
            # (past a teaser's link right over it: Le Monde's "Lire aussi | …" / "Un détour de dix jours")
            above = span[k - 2] if prev_ln is not None and prev_ln.clutter and k >= 2 and not prev_ln.caption \
                and PROMO_LINK_RE.match(prev_ln.text) else prev_ln
            # (a table over it is the text's: "Mitigations" under an advisory's table of addresses; and a table under
            # it, or its title: "Vulnerability Details" over a vendor's table of CVEs)
            isolated = (above is None or above.cls in ("good", "near") or bool(above.cells) and k - 1 in tables) \
                and (next_ln is not None and (next_ln.cls in ("good", "near") or _table_lead(span, tables, k + 1)))
            # (A Chinese or Japanese subheading under a photo's caption, itself under a paragraph:
            # NHK's "輪島市の輪島港付近（午後4時半ごろ）" / "地震の規模 阪神・淡路大震災を上回る" / the section's
            # text; the caption a credit or a bracket ends: when the photo was taken, whose it is.)
            if not isolated and k >= 2 and prev_ln is span[k - 1] and next_ln is not None \
                    and next_ln.cls in ("good", "near") and span[k - 2].cls in ("good", "near") \
                    and (prev_ln.caption or prev_ln.cls == "short" and prev_ln.text.endswith(("）", ")"))) \
                    and not ln.text.endswith(("）", ")")) and len(CJK_RE.findall(ln.text)) > CJK_LINE_SHARE * ln.chars:
                isolated = True
            # (A question may also stand under the line that announces the questions: "Seven
            # big questions heading into the debate:" / "WHO IS THE FRONT-RUNNER?")
            # (Not a question of a few words over a short answer, "Am I affected?" / "Run xz --version. If …", a
            # first-time user's blog post: a feature's and a column's own questions, "Was she scared?", "So what
            # changed?", became subheadings, a review's probes)
            if (isolated or prev_ln is not None and prev_ln.text.endswith(":") and next_ln is not None
                    and next_ln.cls in ("good", "near")) and _question_heading(ln):
                blocks.append(Block("heading", ln.text))
                continue
            if next_ln is not None and next_ln.cls in ("good", "near") and _salutation(ln):
                blocks.append(Block("paragraph", ln.text))  # a letter's or an address's "My dear countrymen,"
                continue
            if isolated and _quoted_heading(ln):
                blocks.append(Block("heading", ln.text))  # Al Jazeera's "‘A regional problem’"
                continue
            # (a report's numbered section's heading with an aside in brackets at its end is no
            # sentence: "2. Key figures (sources vary; see notes)", see below)
            aside = numbered_sections and _ASIDE_END_RE.search(ln.text) is not None and _numbered_heading(ln)
            if _short_sentence(ln) and not aside or isolated and _terse_sentence(ln):
                blocks.append(_paragraph_or_caption(ln, next_ln, decisions,
                                                    not any(b.kind == "paragraph" for b in blocks)))
                continue
            if ln.text.endswith((":", "：")) and next_ln is not None and (ln.words >= 2 or _point(next_ln)) and (
                    next_ln.cls in ("good", "near") or "code" in next_ln.flags or "list" in next_ln.flags
                    or _short_sentence(next_ln) and ln.words >= 6 or _point(next_ln)):
                blocks.append(Block("paragraph", ln.text))  # introduces an excerpt, or a list ("However:" / "(a) …")
                continue
            if _point(ln) and (prev_ln is not None and (prev_ln.text.endswith(":") or _point(prev_ln))
                               or next_ln is not None and _point(next_ln)):
                blocks.append(Block("paragraph", ln.text))  # a short point among others: "(a) Chapters I and II …;"
                continue
            # A report's numbered section, among others over their text: past a page's running header
            # over it, or over its first subsection ("4 Sequence of events" / "4.1 Voltage increase …"),
            # its table or its pasted bulleted list ("5. Dates to watch" / "- 13–16/4/2025: Thingyan …").
            # (or over the sentence that leads into its list: "II. Affected products" / "The affected products and
            # versions are as follows." / "- Example VPN Gateway 9.x and 22.x")
            if numbered_sections and next_ln is not None and _section_heading(ln) \
                    and (next_ln.cls in ("good", "near") or _section_heading(next_ln) or k + 1 in tables
                         or k + 1 in bullets or k + 2 in bullets and _list_lead_in(next_ln)):
                blocks.append(Block("heading", ln.text))
                continue
            # (A subheading may also stand by a short sentence of the text, when a paragraph is on
            # its other side: "Short version: a lot." / "The timeline, briefly" / a paragraph.)
            if (isolated or _beside_text(span, k, prev_ln, blocks)) and heading_like(ln) and not ln.text.endswith((":", "：")):
                if ln.text in repeated and not looks_like_name(ln.text) and not ln.text.endswith(("?", "？")):
                    decisions.append(f"label printed again in the text, not a subheading: {ln.text[:40]!r}")
                    dropped += 1
                    continue
                if ln.text[:1].islower() and "joined" in ln.flags and next_ln is not None and "joined" in next_ln.flags:
                    # an item of a list copied without its bullets, amid the others on the lines
                    # right above and below it ("set the working directory for ..."); a subheading
                    # in lower case ("venv with more: virtualenv") has an empty line under it
                    blocks.append(Block("paragraph", ln.text))
                    continue
                blocks.append(Block("heading", ln.text))
                continue
            if ln.words >= 3 and next_ln is not None and "code" in next_ln.flags and _LEADS_INTO_RE.search(ln.text) \
                    and not _CREDIT_END_RE.search(ln.text):
                blocks.append(Block("paragraph", ln.text))  # "The Dockerfile will look something like"
                continue
            if ln.words >= 2 and ln.text[:1].islower() and prev_ln is not None and "code" in prev_ln.flags \
                    and next_ln is not None and "code" in next_ln.flags:
                # the writer's words between two listings, going on with the sentence above them
                # ("and activate the environment with" / "$ conda activate env"); not a widget's
                # label ("Copy to clipboard", "Listing 2")
                blocks.append(Block("paragraph", ln.text))
                continue
        if ln.cls == "bad" and (_terse_item(ln, prev_ln, next_ln) or k in said):
            blocks.append(Block("paragraph", ln.text))
            continue
        dropped += 1
    return blocks, dropped


REPEATED_LABEL_MIN_WORDS = 6
TERSE_ITEM_MIN_WORDS = 6
TERSE_ITEM_MIN_STOPS = 0.2  # of its words, function words (a sentence has some: a list of names or tags has none)


def _terse_item(ln: Line, prev_ln: Line | None, next_ln: Line | None) -> bool:
    """A sentence of few function words ("Check that your technical documentation matches the
    Commission's template."), one of a list the page set line under line with the article's
    text (a law firm's checklist under "What should providers do now?": the next item, "Make
    sure the public summary …", is text): the article's too, however terse. Not the page's
    furniture, its captions, nor a line on its own."""
    return not ln.clutter and not ln.caption and "joined" in ln.flags and ln.words >= TERSE_ITEM_MIN_WORDS \
        and not (prev_ln is not None and (prev_ln.clutter or END_MARKER_RE.match(prev_ln.text)
                                          or _ALSO_MARKER_RE.fullmatch(prev_ln.text))) \
        and ln.stop_density >= TERSE_ITEM_MIN_STOPS and ln.text[:1].isupper() and ln.text.endswith(".") \
        and next_ln is not None and "joined" in next_ln.flags and next_ln.cls in ("good", "near") \
        and not next_ln.clutter


LISTED_SENTENCES_MIN = 2
LISTED_SENTENCE_MIN_WORDS = 4


def _listed_sentences(span: list[Line]) -> set[int]:
    """A list of sentences under its label, set line under line (one block of the page, an empty line under the label
    or none): "Key Takeaways:" / "Russian and Ukrainian delegations met in Istanbul on May 16 and agreed to …." / … /
    "Russian forces recently advanced near Toretsk, Pokrovsk, and Novopavlivka." Each item is the text's, one of them
    text already; the last, a sentence of names and few function words, had been dropped as clutter (a first-time
    user's ISW report). Positions in span of the items."""
    out: set[int] = set()
    for k, ln in enumerate(span):
        if not ln.text.endswith((":", "：")) or ln.clutter or k + LISTED_SENTENCES_MIN >= len(span):
            continue
        j = k + 1
        while j < len(span) and ("joined" in span[j].flags or j == k + 1) and span[j].sentence and not span[j].clutter \
                and not span[j].caption and span[j].words >= LISTED_SENTENCE_MIN_WORDS \
                and (span[j].text[:1].isupper() or span[j].text[:1].isdigit()):
            j += 1
        if j - k - 1 >= LISTED_SENTENCES_MIN and any(span[i].cls in ("good", "near") for i in range(k + 1, j)):
            out.update(range(k + 1, j))
    return out


TRANSCRIPT_SCAN_LINES = 60  # a transcript's first lines, where its speakers' labels show it is one


# An embedded post's credit line, as a page shows it with scripts off: "— Dave Schukin
# (@schukin) July 3, 2019" under the post's text.
EMBED_CREDIT_RE = re.compile(r"^[—―]\s*[^()\n]{1,80}\(@\w{1,30}\)\s*\S.{0,40}$")
EMBED_MAX_CHARS = 320  # a post's length, at most (a tweet: 280, more with its links written out)


_COPYRIGHT_MARK_END_RE = re.compile(r"\s*(?:\(c\)|©)\s*$", re.I)
CLOSING_CREDIT_MIN_CHARS = 80  # the text before it: a paragraph's, not a caption's few words


def _closing_credit(blocks: list[Block], decisions: list[str]) -> None:
    """The article's last paragraph with its wire credit glued on ("... と指摘している。
    (c)AFP/Aminu ABUBAKAR"): a caption only by its end, after a paragraph, ending the text,
    and a whole sentence before the credit. It is the paragraph it reads as."""
    if len(blocks) < 2 or blocks[-1].kind != "caption" or blocks[-2].kind != "paragraph":
        return
    text = blocks[-1].text
    m = CAPTION_RE.search(text)
    if m is None or m.start() == 0 or m.end() < len(text.rstrip()):
        return
    before = _COPYRIGHT_MARK_END_RE.sub("", text[:m.start()]).rstrip(" (")
    if len(before) >= CLOSING_CREDIT_MIN_CHARS and before.endswith((".", "。", "!", "?", "！", "？", "”", "」")):
        blocks[-1].kind = "paragraph"
        decisions.append(f"last paragraph {text[:40]!r}: the article's, its wire credit at the end (no caption)")


# A list's item marks: no quotation follows.
BULLETS = tuple(LIST_MARKS)
# What an introduction to a quotation says: someone said, wrote or stated it ("The mayor
# wrote:", "The National Pulse notes:", "Das Gericht stellt dazu fest:", "From Goldman on the
# announcement:"), or it names the text quoted ("… heats up”:").
QUOTE_INTRO_RE = re.compile(
    r"\b(?:said|says?|wrote|writes?|written|told|tells|tweeted|posted|reads|notes|noted|stated|statement"
    r"|(?<=\w )read|(?:in )?the words of|reply|a dit|dit|a écrit"
    r"|explain(?:s|ed)|add(?:s|ed)|continu(?:es|ed)|announced|detailed|reported|argu(?:es|ed)|concluded"
    r"|declared?|quoted?|asked|answered|replied|responded|commented|warn(?:s|ed)|insisted|recall(?:s|ed)"
    r"|put it|according to|memo|letter|e-?mail|message|tweet|excerpt|transcript"
    r"|sagte?|schrieb|schreibt|heißt es|hieß es|erklärte?|ausgeführt|führte .{0,30}aus|stellte? .{0,30}fest"
    r"|zitiert|betonte?|meinte?|déclaré|déclare|écrit|expliqué?|affirmé?|précisé?|ajouté|indiqué?"
    r"|dijo|escribió|afirmó|señaló|explicó|disse|escreveu|afirmou|ha detto|ha scritto|ha dichiarato)\b"
    r"|^(?:from (?!there\b|here\b|then\b|now\b)|aus (?!sicht\b)|selon|según|segundo|secondo)\b"
    r"|[”\"»“]\s*:$", re.I)


def _last_sentence(text: str) -> str:
    """The last sentence of a paragraph (all of it when it is one)."""
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", text)
    return parts[-1]


def mark_quotes(blocks: list[Block], decisions: list[str]) -> None:
    """Excerpts: the paragraph after an intro ending in ':' and '[Source]'-closed excerpts become
    quotes, and so does an embedded post over its credit line (which becomes its source line)."""
    paras = blocks
    for i, b in enumerate(paras):
        if b.kind in ("paragraph", "heading") and EMBED_CREDIT_RE.match(b.text) and i > 0 \
                and paras[i - 1].kind == "paragraph" and len(paras[i - 1].text) <= EMBED_MAX_CHARS:
            b.kind = "source"  # not a subheading, nor text whose date is an event
            paras[i - 1].kind = "quote"
            # A post of two paragraphs ("… works: …", "Notice the … pic.twitter.com/…").
            if i > 1 and paras[i - 2].kind == "paragraph" and not paras[i - 2].text.endswith(":") \
                    and len(paras[i - 2].text) + len(paras[i - 1].text) <= EMBED_MAX_CHARS:
                paras[i - 2].kind = "quote"
            decisions.append(f"quote: an embedded post over its credit line {b.text[:50]!r}")
    for i, b in enumerate(paras):
        if b.kind != "paragraph" or not SOURCE_MARK_RE.search(b.text):
            continue
        b.kind = "quote"
        j = i - 1
        while j >= 0 and paras[j].kind == "paragraph" and not paras[j].text.endswith(":") \
                and not SOURCE_MARK_RE.search(paras[j].text) \
                and (ELLIPSIS_START_RE.match(paras[j].text) or paras[j].text.startswith(QUOTE_START)):
            paras[j].kind = "quote"
            j -= 1
        # Plus the excerpt's lead paragraph, unless it introduces the excerpt (':') or ends another.
        if j >= 0 and paras[j].kind == "paragraph" and not paras[j].text.endswith(":") \
                and not SOURCE_MARK_RE.search(paras[j].text):
            paras[j].kind = "quote"
        decisions.append(f"quote: excerpt closed by a source marker ending {b.text[-40:]!r}")
    for i, b in enumerate(paras[:-1]):
        nxt = paras[i + 1]
        if b.kind == "paragraph" and b.text.endswith(":") and nxt.kind == "paragraph" and len(b.text) > 15 \
                and not LIST_ITEM_RE.match(nxt.text) and not nxt.text.startswith(BULLETS) \
                and not nxt.text.endswith(":") \
                and (nxt.text.startswith(QUOTE_START)
                     or len(nxt.text) >= LENGTH_LOW and QUOTE_INTRO_RE.search(_last_sentence(b.text)) is not None):
            # (not the first item of a list it announces, numbered, bulleted or short, nor a
            # subheading; nor a paragraph that itself leads into what follows: the excerpt it
            # introduced was left out of the copy, an embedded post, and the writer speaks
            # again; nor what the writer goes on with after "Here's how it works:", "these
            # benefits:": without quotation marks, only what someone said or wrote is quoted)
            nxt.kind = "quote"
            decisions.append(f"quote: paragraph introduced by {b.text[-40:]!r}")
            if not nxt.text.startswith(QUOTE_START) and (more := _speech_goes_on(paras, i + 2)):
                for later in paras[i + 2:i + 2 + more]:
                    later.kind = "quote"
                decisions.append(f"quote: {more} more paragraph(s) of the same words, until "
                                 f"{paras[i + 2 + more].text[:30]!r}")


# The writer taking the word back after a speaker's paragraphs, of the same speaker: "He added that
# …", "She went on to say", "He also said …" (not someone else's: "Police said they were called …")
_SPEECH_RESUMED_RE = re.compile(r"(?:He|She|They)() (?:also (?:said|told)|added|continued|went on|concluded)\b")
_NAME_RESUMED_RE = re.compile(r"([A-Z][\w'’-]+) (?:also (?:said|told)|added|continued|went on|concluded)\b")
_FIRST_PERSON_RE = re.compile(r"\b(?:I|I[’'](?:m|ve|d)|me|my|[Ww]e|[Ww]e[’'](?:re|ve)|[Oo]ur|us)\b")
SPEECH_MAX_PARAGRAPHS = 3
_WRITER_I_RE = re.compile(r"\b(?:I|I[’'](?:m|ve|d)|me|my|My)\b")
_QUOTATION_SPAN_RE = re.compile(r"“[^”]*”|\"[^\"]*\"")  # (what others said, in quotation marks)


def _speech_goes_on(paras: list[Block], start: int) -> int:
    """How many paragraphs from `start` go on with the words a speaker's introduction ("He said:")
    quoted in the paragraph before: up to SPEECH_MAX_PARAGRAPHS, each unquoted, in the first person
    ("We don’t rule out any hypothesis. I ask citizens …"), when the writer then takes the word back
    ("He added that …"), and nowhere above the writer speaks in the first person; 0 otherwise (a copy
    drops the block quote's marks, and only the first paragraph stood quoted)."""
    if any(_WRITER_I_RE.search(_QUOTATION_SPAN_RE.sub("", b.text)) for b in paras[:start - 1] if b.kind == "paragraph"):
        return 0  # a writer who speaks as "I" too (a column: "I was nineteen when my father …"; a live
        # blog's "we", "our coverage", is its team's)
    k = start
    while k < len(paras) and k - start < SPEECH_MAX_PARAGRAPHS and paras[k].kind == "paragraph" \
            and not paras[k].text.startswith(QUOTE_START) and not paras[k].text.endswith(":") \
            and _FIRST_PERSON_RE.search(paras[k].text) and not _SPEECH_RESUMED_RE.match(paras[k].text):
        k += 1
    if k == start or k >= len(paras) or paras[k].kind != "paragraph":
        return 0
    # (or by the speaker's name the introduction gives: "… Micheál Martin said:" / … / "Martin added that …")
    m = _SPEECH_RESUMED_RE.match(paras[k].text) or _NAME_RESUMED_RE.match(paras[k].text)
    if m is None or m.group(1) and not re.search(rf"\b{re.escape(m.group(1))}\b", paras[start - 2].text):
        return 0
    return k - start


# ---------------------------------------------------------------------------
# publication name
# ---------------------------------------------------------------------------
def _clean_org(name: str) -> str | None:
    name = re.sub(r"^(copyright|©)\s*", "", name.strip(), flags=re.I)
    name = COMPANY_SUFFIX_RE.sub("", name).strip(" ,.;:-|&")
    if not name or len(name) < 2 or len(name.split()) > 6 or name.split()[0].lower() in ("all", "the", "copyright") \
            and len(name.split()) == 1 or re.match(r"all rights", name, re.I):
        return None
    return name


# A publication name: one to four capitalised words (or a word with digits, "9to5Mac", "VG247"; or
# with its capital inside, "medRxiv", "arXiv"). Capitals of any alphabet text.UPPER holds: "Deutsches Ärzteblatt",
# "Øresund Tidende", "РИА Новости" (a first-time user's German and Russian pages: "[A-Z]" named no logo there)
_BRAND = (rf"((?:[Tt]he\s+)?(?:[{UPPER}0-9]|(?-i:[a-z]{{1,4}}(?=[A-Z])))[\w&'’+.-]*"
          rf"(?:\s+(?:[{UPPER}0-9&][\w&'’+.-]*|of|de|da|do|di|du|on|della|del|dello|la)){{0,3}})")
# Boilerplate lines that name the site: "Follow X", "Subscribe to X", "About X", "More from X", ...
BRAND_BEFORE_RE = re.compile(
    r"^\W*(?:follow|f+ollow|sign up (?:to|for)|subscribe to|about|contact|advertise (?:on|with)|work (?:for|at|with)"
    r"|jobs at|careers at|more (?:from|on|at)|search|welcome to|download the|get the|why"
    r"|the best of|support|donate to|view|visit"
    # ... in the languages news is written in: "Suivez Le Figaro sur Facebook", "Folgen Sie SPIEGEL
    # auf Twitter", "Síguenos en ...", "Seguici su ...", "Siga o ...", "Volg ... op"
    r"|suivez|folgen sie|folge|síguenos en|sigue a|seguici su|segui|siga o|siga a|volg)\s+"
    + _BRAND + r"(?:\s+(?:on|via|in|app|apps|sur|auf|bei|en|su|no|op)\b.*)?\W*$", re.I)
# Where the reader is asked to follow it: "CNN on Twitter", "Le Figaro sur Facebook".
_ON_NETWORK_RE = re.compile(
    r"\s+(?:on|via|in|sur|auf|bei|en|su|no|op)\s+(?:facebook|twitter|x|instagram|linkedin|youtube|tiktok|pinterest"
    r"|whatsapp|telegram|threads|bluesky|mastodon|flipboard|google news)\W*$", re.I)
SUBSCRIBE_LEAD_RE = re.compile(r"^\W*(?:sign up (?:to|for)|subscribe to)\b", re.I)
# A lead-in the page broke off from its name ("Subscribe to the" / "X newsletter!"): it ends in a
# preposition or article, so it reads on into the next line.
BRAND_LEAD_IN_RE = re.compile(
    r"^\W*(?:sign up (?:to|for)|subscribe to|advertise (?:on|with)|work (?:for|at|with)|jobs at|careers at"
    r"|more from|welcome to|download|get|the best of|donate to)(?:\s+the)?\s*$", re.I)
# "X Newsletters", "X Store", "X App", "X Staff"
BRAND_AFTER_RE = re.compile(
    _BRAND + r"\s+(?:newsletters?|store|shop|apps?|staff|tv|radio|podcasts?|videos?|events?|jobs|careers|plus"
    r"|premium|live|archives?|magazine|logo|home ?page|homepage|editors?|team|readers?|subscribers?|membership)\W*$")
# The logo's link: "The Guardian - Back to homepage", "BBC Homepage".
BRAND_HOME_RE = re.compile(_BRAND + r"\s*(?:[-–—|:]\s*)?(?:back to (?:the )?)?home ?page\W*$", re.I)
# Self-references in running text: "told The Independent", "attend X events", "other X readers".
BRAND_SELF_RE = re.compile(
    r"\btold\s+" + _BRAND + r"(?=[\s.,;:]|$)"
    r"|\b(?:attend|other|our|fellow)\s+" + _BRAND + r"\s+(?:events?|readers?|subscribers?|journalism|members?)\b")
_BRAND_SELF_WORDS = ("told", "attend", "other", "our", "fellow")  # every match holds one (the pattern heeds case)
# "The Verge is a ...", "Axios is supported by ..." ("was": "Morrison was the third witness" in a teaser)
BRAND_IS_RE = re.compile(r"^" + _BRAND + r"\s+(?:is|are)\s+(?:a|an|the|where|supported|part|one|owned|your)\b")
# An organisation's boilerplate under its release: "The Colorado Department of Agriculture's mission is to …"
BRAND_MISSION_RE = re.compile(r"^(?:The\s+)?" + _BRAND + r"['’]s\s+mission\s+is\b")
# A street address under its organisation's name, in a page's footer ("U.S. Department of Justice" /
# "950 Pennsylvania Avenue NW", "Colorado Department of Agriculture" / "305 Interlocken Parkway")
STREET_ADDRESS_RE = re.compile(r"\d{1,5}(?:-\d{1,5})?\s+(?:[NSEW]\.?\s+)?(?:[A-Z0-9][\w.'’-]*\s+){1,4}"
                               r"(?:Street|St|Avenue|Ave|Parkway|Pkwy|Road|Rd|Boulevard|Blvd|Drive|Dr|Way|Lane|Place"
                               r"|Plaza|Square|Court|Highway|Hwy|Circle|Center)\b\.?(?:\s+(?:[NS][EW]|[NSEW])\b\.?)?"
                               r"(?:,?\s+(?:Suite|Ste\.?|Room|Floor)\s+\w+)?")
# "... at Gizmodo.", "reporter for the Los Angeles Times"
_BIO_ROLES = r"(?:writer|editor|reporter|correspondent|contributor|columnist|journalist|producer|critic|intern|host)"
BRAND_BIO_RE = re.compile(r"\b" + _BIO_ROLES + r"\b[^.]{0,40}?\b(?:at|for|with)\s+" + _BRAND
                          # "... currently works for X as a writer"
                          + r"|\bworks?\s+(?:for|at)\s+" + _BRAND + r"\s+as\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
                          + _BIO_ROLES + r"\b"
                          # "Gatopoulos covers Greece, Cyprus and Balkan affairs for The Associated Press."
                          + r"|^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2} covers [^.]{3,80}? for " + _BRAND + r"\.?$")
# A byline that names its writers' newsroom after their role, as Portuguese and Spanish sites write it: "Por
# Pedro Peduzzi e Fabiola Sinimbú - Repórteres da Agência Brasil - Belém", "Por Ana Ruiz, periodista de El Diario"
# (only a byline's: not a teaser's "Repórter da TV Globo é agredido")
BYLINE_NEWSROOM_RE = re.compile(r"^(?:Por|By)\s[^.]{3,80}?(?<![Ee]x-)(?<![Ee]x )\b(?:[Rr]ep[óo]rter(?:es)?|[Jj]ornalistas?|[Cc]orrespondentes?"
                                r"|[Pp]eriodistas?|[Cc]orresponsal(?:es)?|[Rr]edactor(?:a|es)?|[Rr]edatora?)"
                                r"\s+(?:da|do|de|del)\s+" + _BRAND)
# A linked headline with the site's name after it, as page titles have it ("Android still king
# of the US smartphone hill -- Engadget"): lists of posts and shared links repeat it.
HEADLINE_SUFFIX_RE = re.compile(r"^(?:\S+\s+){3,}\S+\s+(?:-{1,2}|[|–—])\s+" + _BRAND + r"\s*$")
HEADLINE_SUFFIX_MIN = 2  # lines with the same name after them (not the same headline twice)
BRAND_DOMAIN_RE = re.compile(r"(?<![\w@./-])([A-Za-z0-9][\w-]*\.(?:com|org|net|co\.uk|in|ca|it|de|ru|kr|jp|com\.br))\b",
                             re.I)
# A footer that stamps the site's name with its years, a copyright notice without the word:
# "Example News · 2013–2019", "Example News | 2019", "Example News © 2010-2019".
# (A full date such as "· 2019-11-18" after a name is a byline's dateline, not a footer.)
BRAND_YEARS_RE = re.compile(r"^\W*" + _BRAND + r"(?:,?\s+(?:Inc|LLC|Ltd|Corp|GmbH|PLC)\b\.?)?\s*(?:[·•|]\s*©?|©)\s*"
                            r"(?:19|20)\d{2}(?:\s*[-–—]?\s*(?:19|20)\d{2})?\b(?![-/.]\d)")
BRAND_TAIL_RE = re.compile(r"[|/]\s*" + _BRAND + r"\s*$")
# ... a paper's name after a byline's bar, two of its names with a slash between them as one
_BYLINE_PAPER_RE = re.compile(r"\|\s*(" + _BRAND[1:-1] + r"(?:/" + _BRAND[1:-1] + r")?)\s*$")  # "By Andy Sahadeo | Fox News", "10:07 AM / CBS News"
# (the forms that are also a brand's words, "Hoosier AG Today", only where the name ends:
# "©2024 Bloomberg L.P. All Rights Reserved" is Bloomberg's)
LEGAL_FORM_RE = re.compile(r"[\s,]+(?:(?:LLC|L\.L\.C\.?|Inc|Ltd|Limited|Corp|GmbH|PLC|S\.?A)\b\.?.*"
                           r"|(?:L\.P|LP|LLP|AG|SE|N\.V|B\.V|Pty|Pvt|S\.L|S\.L\.U|S\.R\.L|S\.p\.A|SpA|SARL|Ltda"
                           r"|AISBL|ASBL"
                           r"|VZW|e\.V)\b\.?)$")
# A letterhead, in a paged copy's header or footer: "ENTSO-E AISBL • Rue de Spa, 8 • 1000 Brussels • … •
# www.entsoe.eu": the issuer's name, then its address.
_LETTERHEAD_RE = re.compile(r"([A-Z][\w&.'’-]*(?: [A-Z&][\w&.'’-]*){0,5})\s*[•|·]\s.*(?:\bTel\b|\bwww\.|\w@[\w-]+\.\w)")
LETTERHEAD_PARTS = 3  # separators between the issuer's name and its address's parts
_HANDLE_AT_RE = re.compile(r"(?:^|\s)@\w")
_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# The publishing house before its paper's name: "© EDICIONES EL PAÍS S.L." under "EL PAÍS", "Grupo Clarín".
PUBLISHING_HOUSE_RE = re.compile(r"^(?:ediciones|editions|éditions|edizioni|editora|editorial|grupo|gruppo|groupe)\s+"
                                 r"(?=\S)", re.I)
# An owner rather than a brand ("FOX News Network", "Hearst Communications", "Express Newspapers").
CORPORATE_RE = re.compile(r"\b(Corporation|Company|Holdings|Network|Communications|Interactive|Publishing|Editorial|Verlag"
                          r"|Newspapers|Group|Enterprises|Media|Broadcasting|Digital Media|Publications)\b", re.I)
BRAND_STOP = frozenset("""home news about contact search menu follow subscribe share more us our the sign log login
    privacy terms advertise jobs careers help all this that it we you he she they i a an in on at for by our
    facebook twitter instagram youtube linkedin pinterest email newsletter newsletters app apps store shop
    today click here top latest video videos photos blog home page u.s us uk world europe asia africa americas
    stay connected connect social find join get with article story post this
    editor editors team staff newsroom desk me him her them mine yours ours author authors
    comments comment replies reply discussion gallery galleries slideshow profile details results
    full site image images transcript larger original
    bildrechte bildnachweis bildnachweise bildquellen credits crédits
    antworten beantworten répondre responder rispondi balas ответить
    crown todos todas tous tutti alle riproduzione
    über uns новости новини главная головна editorial éditorial économie actualité wiadomości kraj świat""".split())
# (a comment's reply button; "© Crown copyright": a government's notice, no name; rights
# reserved with no holder named, "© 2024 Todos los derechos reservados.", "© Riproduzione riservata"; a menu's
# words in capitals other than ASCII's, "Über" (uns), "Новости", "Головна", "Éditorial", "Wiadomości", which _BRAND
# reads since)


_DOMAIN_SUFFIX_RE = re.compile(r"\.(com|net|org|co\.uk|co|uk|in|ca|de|it|ru|com\.br|kr|jp)$")


def _brand_words(name: str) -> list[str]:
    """The name's words, case-folded, without a domain's "www." and suffix ("nypost.com": nypost)."""
    return WORD_RE.findall(_DOMAIN_SUFFIX_RE.sub("", re.sub(r"^www\.", "", name.casefold().strip())))


def brand_key(name: str) -> str:
    """Comparison key, as lenient as a reader: case, 'The', a domain suffix and punctuation ignored."""
    k = "".join(_brand_words(name))
    return k[3:] if k.startswith("the") and len(k) > 5 else k


# Publishing platforms a page's footer names ("Blog at WordPress.com"): never its publication.
PLATFORMS = frozenset("""wordpress wordpress.com wordpress.org blogger blogspot medium substack tumblr squarespace
    wix ghost weebly typepad livejournal ucoz""".split()) | frozenset((
    # a site builder's placeholder owner, left in the footer ("Copyright MyCorp © 2016", uCoz)
    "mycorp", "my corp", "company name", "your company", "your company name", "your name", "site name",
    "your site", "your website"))
# A blog template's vendor in its footer: "Copyright © 2016 Free Blogger Templates | Distributed By …".
TEMPLATE_VENDOR_RE = re.compile(r"\b(?:templates?|themes?)$", re.I)


# "Subscribe to our RSS feed": a possessive opens a description, never a name.
POSSESSIVES = frozenset("our your my their his her its".split())


def _capitalised(name: str) -> bool:
    """A name as a page sets it: its first word (after "the") capitalised, or a number ("9to5Mac"),
    or a domain ("harborledger.com")."""
    rest = re.sub(r"^the\s+", "", name, flags=re.I)
    return rest[:1].isupper() or rest[:1].isdigit() or re.fullmatch(r"[\w-]+(?:\.[\w-]+)+", rest) is not None


_BRAND_JOINERS = frozenset("of for on and de der des".split())  # ("Centre for Maritime Security Studies")


# A paper's buttons for its files and its citation: "View PDF", "HTML (experimental)", "TeX Source", "Export Citation",
# "Other Formats" name a format, never the publication (a first-time user's fusion briefing: an arXiv page's source
# "PDF", from its "View PDF")
_FORMAT_BUTTON_RE = re.compile(r"(?:PDF|HTML|XML|EPUB|TeX|LaTeX|BibTeX|RIS|Full Text|Other Formats?|Abstract"
                               r"|(?:Export |BibTeX )?Citations?)(?: (?:Source|Citation|Format))?"
                               r"(?: \(experimental\))?", re.I)
FORMAT_BUTTON_MAX_CHARS = 40
# A preprint server names itself in its identifier, "Cite as: arXiv:2401.08759 [physics.plasm-ph]", "bioRxiv
# 2024.01.12.575321", "medRxiv preprint doi: …": the publication (an arXiv page's footer names the server only so)
_PREPRINT_ID_RE = re.compile(r"\b(arXiv|bioRxiv|medRxiv|ChemRxiv|EarthArXiv|SocArXiv|PsyArXiv)"
                             r"(?::\d{4}\.\d{4,5}|:[a-z-]+(?:\.[A-Z]{2})?/\d{7}| \d{4}\.\d\d\.\d\d\.\d+| preprint\b)")


# A count in its short form, "3.2M", "412K" (a channel's "3.2M subscribers", a first-time user's YouTube page: it was
# the brand's best candidate); not a name with a digit, "3M", "9to5Mac"
_COUNT_RE = re.compile(r"\d+[.,]\d+\s?[KMB]|\d{2,}\s?[KMB]", re.I)


def _brand_ok(name: str) -> bool:
    words = name.split()
    return bool(words) and len(name) >= 2 and len(words) <= 6 \
        and sum(w not in _BRAND_JOINERS for w in words) <= 4 and name.casefold() not in BRAND_STOP \
        and words[0].casefold() not in POSSESSIVES \
        and name.casefold() not in PLATFORMS and not TEMPLATE_VENDOR_RE.search(name) \
        and not all(w.casefold() in BRAND_STOP for w in words) and not re.fullmatch(r"[\d\W]+", name) \
        and not (name[:1].isdigit() and _COUNT_RE.fullmatch(name)) \
        and not any(w.casefold() in MENU_WORDS for w in words) \
        and not WEEKDAY_RE.match(name) and not find_dates(name) \
        and not SITE_BUTTONS_RE.fullmatch(name) and not _LICENCE_RE.match(name) \
        and not (len(name) <= FORMAT_BUTTON_MAX_CHARS and _FORMAT_BUTTON_RE.fullmatch(name))


# The codes a site's language switch lists ("FR" / "EN" / "DE" / "ZH"), one a line
LANGUAGE_SWITCH_CODES = frozenset("en fr de es it nl pt ru zh ja ko ar pl tr sv da no fi cs el hu ro uk he".split())


def _language_switch(lines: list[Line], i: int) -> bool:
    """Line i is an item of a language switch: a language's code, next to another's."""
    return lines[i].chars == 2 and lines[i].text.casefold() in LANGUAGE_SWITCH_CODES and any(
        lines[k].text.casefold() in LANGUAGE_SWITCH_CODES for k in (i - 1, i + 1) if 0 <= k < len(lines))


# A Creative Commons licence, after a copyright's mark: "© 2007–16 CC BY-NC-SA 2.0 Jane Roe": no publisher
# (written as licences are, in capitals, "CC BY", "CC-BY-SA", "CC0": not a brand that opens with the letters,
# "CCBY Media", "Ccbyte", "CC Bynum")
_LICENCE_RE = re.compile(r"CC[\s-](?:BY|0)\b|CC0\b")


def _sentence_goes_on(rest: str) -> bool:
    """Whether two words in small letters follow: the capitalised word a copyright notice
    starts with opens a sentence ("© 2021, Jebkādu materiālu pilnīga vai daļēja izmantošana
    atļauta ...": "Any use of the material ..."), not a publication's name."""
    if _AFFILIATES_RE.match(rest):
        return False  # "© 2025 Guardian News & Media Limited or its affiliated companies."
    words = rest.split(None, 2)[:2]
    return len(words) == 2 and all(w[:1].islower() and w.isalpha() for w in words) \
        and not any(w.casefold() in _RIGHTS_WORDS for w in words)
    # ("PMC. All rights reserved"; "Machado Teixeira Advogados. Todos os direitos reservados.",
    # where "Todos" went with the name)


# A footer's link to the site's rules: "Copyright Policy" (LinkedIn's: its publication was "Policy")
_BLUESKY_HANDLE_RE = re.compile(r"@[\w-]{1,40}\.bsky\.social")
_COPYRIGHT_LINK_RE = re.compile(r"\W*copyright (?:policy|notice|information|infringement|complaints?|statement)\W*",
                                re.I)
_SOCIAL_NETWORKS = frozenset({"facebook", "instagram", "youtube", "linkedin", "pinterest"})
# "© 2024. All rights reserved."; Malay's and Indonesian's "Hak cipta terpelihara", "Hak cipta dilindungi",
# Vietnamese "Bảo lưu mọi quyền" (Berita Harian's "Berita Harian © 2025. Hak cipta terpelihara.": its publication
# had been "Hak", a first-time user's)
_RIGHTS_OPENERS = frozenset({"all", "todos", "tous", "tutti", "alle", "hak", "bảo"})
_CORPORATE_TAIL_RE = re.compile(r"\s+(?:Corporation|Company|Holdings|Group)$")
_AFFILIATES_RE = re.compile(r"\s*(?:or|and|and/or) its (?:affiliat|subsidiar|licensors)", re.I)
_RIGHTS_WORDS = frozenset({"rights", "reserved", "derechos", "droits", "direitos", "diritti", "rechte", "cipta",
                           "terpelihara", "dilindungi", "lưu", "mọi", "quyền"})


# The site an owner's copyright line is for: Hearst's stations' "Copyright © 2024 Hearst Television Inc. on behalf
# of WBAL-TV." (the station, not its owner)
_ON_BEHALF_RE = re.compile(r"\bon behalf of\s+" + _BRAND)


# A photo's credit, not the site's notice: "© Bild: REUTERS / ...", "© Getty Images".
_CREDIT_HOLDER_RE = re.compile(r"(?:bild|foto|photo|image|picture|getty|imago|shutterstock|istock|alamy|dpa|afp|epa|"
                               r"ap|picture[ -]alliance|keystone|reuters|ANSA|EFE)\b", re.I)


_NOTICE_RE = re.compile(r"\b(?:19|20)\d\d\b|rights? reserved|rechte vorbehalten|droits réservés|riproduzione riservata"
                        r"|derechos reservados|direitos reservados|diritti riservati", re.I)


# A footer's words, its links and "all content": before the mark they make the line the site's notice.
_FOOTER_WORDS = _MENU_ROW_WORDS | frozenset(
    "kontakt datenschutz datenschutzerklärung agb nutzungsbedingungen rechtliches haftungsausschluss disclaimer "
    "mentions légales legales legal aviso cookie inhalte content contents contenus contenidos contenuti".split())


# A footer's link labels run on after the copyright's holder on one line, which the holder's pattern (capitalised
# words) takes in: "© Copyright 2019 MajkasWelt Impressum Datenschutz", "©2018 Exporo AG Pflichtangaben
# Impressum AGB". Words that name a legal page and never a publication.
_HOLDER_LINK_WORDS = frozenset(
    "impressum imprint datenschutz datenschutzerklärung agb pflichtangaben kontakt sitemap nutzungsbedingungen "
    "haftungsausschluss disclaimer".split())


def _holder_before_links(holder: str) -> str:
    """The copyright holder without the footer's link labels that follow it on its line: from the first of
    two of them or more (one is a name's word: "Radio Kontakt", "The Disclaimer Review", "Harbor Imprint Books")."""
    words = holder.split()
    links = [w.casefold() in _HOLDER_LINK_WORDS for w in words]
    cut = next((i for i in range(1, len(words)) if links[i] and sum(links[i:]) >= 2), None)
    return holder if cut is None else " ".join(words[:cut])


# A notice's holder with its legal form, which ends the name: its words in small letters are the name's too
# ("© 2004-2018 BASIC thinking GmbH" is not "BASIC"; "© 2016 ebrosia GmbH + Co. KG"). After a year only.
_LEGAL_HOLDER_FORMS = ("GmbH", " AG", " KG", "GbR", "LLC", "Inc", "Ltd")
_LEGAL_HOLDER_RE = re.compile(
    r"\W{0,3}(?:©|\([cC]\)|[Cc]opyright)\s*(?:©\s*)?(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s+"
    r"(?!by |copyright |www\.)(\w[\w&'’.-]*(?: [\w&'’.-]+){0,2}?) (?:GmbH|AG|KG|GbR|LLC|Inc\.?|Ltd\.?)(?!\w)")


# Small words that join two names, not a name's own: "© 2024 Reuters via dpa-AFX GmbH", "Daten von finanzen.net GmbH".
_HOLDER_JOINERS = frozenset("via von vom durch by for of from und and für de du des par".split())


def _legal_holder(text: str, ln: Line, lines: list[Line]) -> str | None:
    """The holder of a notice with its legal form when a word of its name is in small letters (else the
    capitalised name COPYRIGHT_RE reads is the same), and the page names it on another line as its own
    (see _named_as_own)."""
    m = _LEGAL_HOLDER_RE.match(text)
    if m is None or not any(w[:1].islower() for w in m.group(1).split()) \
            or set(m.group(1).casefold().split()) & (_SMALL_NOTICE_WORDS | _HOLDER_JOINERS) \
            or not _named_as_own(m.group(1), ln, lines):
        return None
    return m.group(1)


def _named_as_own(name: str, ln: Line, lines: list[Line]) -> bool:
    """Whether a line other than the notice names the holder with words of its own after it ("the BASIC
    thinking-Jobbörse", "ebrosia in vollem Umfang nutzen"): not another notice or a caption, and not a
    credit's "dpa-infocom, dpa:…" or "Foto: mauritius images / Alamy", where punctuation or the line's
    end follows the name (an agency's)."""
    for x in lines:
        if x is ln or x.caption or "©" in x.text or "opyright" in x.text:
            continue
        i = x.text.find(name)
        while i >= 0:
            after = x.text[i + len(name):i + len(name) + 2]
            if (i == 0 or not x.text[i - 1].isalnum()) and (after[:1] == "-" or after[:1] == " " and after[1:].isalpha()):
                return True
            i = x.text.find(name, i + 1)
    return False


def _photo_credit(text: str, m: re.Match[str]) -> bool:
    """A "©" line that credits a photo: after a caption's sentence ("… Helmut Seifen.© Marcus
    Bensmann"), or naming a photographer and agency ("© Ivo Mayr / Correctiv") or a photo
    library ("© Getty Images"). A notice with a year, or "all rights reserved", is the site's own."""
    if _NOTICE_RE.search(text):
        return False
    before = text[:m.start()].rstrip()
    if len(before.split()) > 3 and before.endswith((".", "!", "?", "\"", "”", ")")):
        return True
    if before[-1:].isalpha() and before[-1] < "\u0250" and text[m.start()] == "©" and "opyright" not in text \
            and _FOOTER_WORDS.isdisjoint(before.casefold().split()):
        return True  # (a caption's words, then the mark: "Kiebitz © Nationalpark Neusiedler See"; not Yonhap's
        # "<저작권자(c) 연합뉴스, …>", "copyright holder"; nor a footer's links or words run onto the site's
        # notice, "Impressum Datenschutz Kontakt © Tages-Anzeiger", "Alle Inhalte © Süddeutsche Zeitung")
    return "/" in text[m.start(1):] or _CREDIT_HOLDER_RE.match(m.group(1)) is not None


def _caption_credit(text: str, m: re.Match[str]) -> bool:
    """A caption's sentence, a bar, then its photo's credit: "… vom Berg aus gesehen. | © Jane Roe"."""
    before = text[:m.start()].rstrip()
    if not before.endswith("|") or _NOTICE_RE.search(text):
        return False
    before = before[:-1].rstrip()
    return len(before.split()) > 3 and before.endswith((".", "!", "?", "\"", "”", ")"))


# A publication set in capitals after the byline's names: "Kevin Johnson and Kevin McCoy USA TODAY".
_CAPITALS_TAIL_RE = re.compile(r"[A-Z][A-Z&'’.]+(?:\s+[A-Z][A-Z&'’.]+){0,3}")


def _capitals_after_names(text: str, names: list[str]) -> str | None:
    """What follows the last of the byline's names, when it is a name in capitals (not a
    role, not a news agency: an agency's story runs on many sites)."""
    ends = [text.rfind(n) + len(n) for n in names if n and n in text]
    if not ends:
        return None
    rest = text[max(ends):].strip(" ,|/-–—")
    singular = " ".join(w.lower().removesuffix("s") for w in rest.split())  # "STAFF WRITERS"
    if not _CAPITALS_TAIL_RE.fullmatch(rest) or ROLE_WORDS.search(singular) or AGENCY_RE.match(rest.lower()) \
            or all(w in DEGREES for w in re.findall(r"[a-z]+", rest.casefold().replace(".", ""))):
        return None  # (nor the last writer's degree: "Daniel Okafor, MPH")
    return rest


_TITLE_BEFORE_NAME_RE = re.compile(r"^(?:dr|prof|professor|mr|mrs|ms|sir|dame)\.?\s+", re.I)
# A site's navigation label at the top of its page, no masthead: "SECTIONS" over "SEARCH".
NAV_LABELS = frozenset("sections menu navigation search home topics categories browse explore more account "
                       # (a section's name over the buttons: "Opinion" / "Subscribe" / "Sign in")
                       "opinion health sport sports climate world business politics news technology tech science "
                       "culture lifestyle travel entertainment markets economy money life style food arts books "
                       "music film tv education environment local us uk europe asia africa americas "
                       # (the same buttons in other languages: heise's "Suche" / "Abonnieren" / "Anmelden")
                       "suche menü startseite rechercher recherche accueil buscar búsqueda inicio pesquisar busca "
                       "início cerca zoeken".split())


# A republished story's notice: "This article originally appeared in The Texas Tribune at https://…".
REPUBLISHED_RE = re.compile(r"\W*[Tt]his (?:article|story|post|piece) (?:originally|first) appeared (?:in|on) "
                            r"(?!(?:English|Spanish|French|German|Italian|Portuguese|Chinese|Japanese|Arabic|Russian"
                            r"|Korean)\b)"
                            r"((?:[Tt]he )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4})(?: at \S+|\W*$)")
# A WordPress feed's line under a post, which a feed reader shows: "The post Japan's JOGMEC
# to back gallium … appeared first on MINING.COM." It names the site.
# The publication an aggregator's copy of a story comes from: MSN's "© Provided by CNBC" under
# the photo. (Aggregators print their own copyright: "© 2025 Microsoft", "Copyright © 2025 Yahoo.")
PROVIDED_BY_RE = re.compile(r"[©ⓒ]?\s*[Pp]rovided by\s+([A-Z][\w.&'’-]*(?: [A-Z&][\w.&'’-]*){0,4})$")
AGGREGATORS = frozenset("yahoo yahoonews yahoofinance msn microsoft microsoftstart aol applenews flipboard "
                        "smartnews newsbreak".split())  # (brand keys)
PROVIDER_MAX_CHARS = 30  # the provider's name over or under the headline: a logo's text
POST_FIRST_RE = re.compile(r"The post [A-Z0-9\"“‘'].{2,300} appeared first on "
                           r"([A-Z0-9][\w.&'’-]*(?: [A-Z0-9][\w.&'’-]*){0,3}?)"
                           r"\.?$")


# A Chinese or Japanese paper's or agency's name, a line of its own over the text: it ends in what it
# is, a paper ("毎日新聞", "朝日新聞デジタル", "人民日报", "琉球新報") or a wire ("共同通信", "新华通讯社").
# (Not "ニュース" nor "新闻", which end menus' and boxes' labels too: "関連ニュース", "国际新闻".)
_CJK_PAPER_RE = re.compile(r"[\u4e00-\u9fff\u3040-\u30ffA-Za-z]{1,10}(?:新聞(?:デジタル|社)?|新報|日報|通信社?|日报|晚报|时报"
                           r"|通讯社)")
CJK_PAPER_MAX_CHARS = 16


# A share row's label over its buttons ("Hashtag" / "Facebook" / "Instagram"): no logo.
_SHARE_ROW_LABELS = frozenset(("hashtag", "hashtags"))


_LOGO_WORD_RE = re.compile(r"^[Ll]ogo:?\s+(?=\S)|(?<=\S)\s+[Ll]ogo$")  # a logo's alt text: "AP Logo", "Logo X"


def _distinct_heads(heads: set[str]) -> int:
    """How many headlines a site's name follows: each plain line ("{index}\0{headline}"), and each
    breadcrumb's last item that no such line is."""
    plain = {h.partition("\0")[2] for h in heads if "\0" in h}
    return sum("\0" in h or h not in plain for h in heads)


FOOTER_MENU_SPAN = 3  # the links under the page's first line that its copy in the footer may have under it too


# A copyright notice under the text that names no holder: the site's own, whose name the logo over the page is (the
# Dhaka Tribune's live blog, "Dhaka Tribune" its first line, "© 2026 All rights reserved" its footer's: a first-time
# user's, which named no publication)
_HOLDERLESS_NOTICE_RE = re.compile(r"\W{0,3}(?:[©ⓒ]|\([cC]\)|copyright)\s*"
                                   r"(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2})?)?\s*[,.]?\s*"
                                   r"all rights reserved\W*", re.I)


def _holderless_notice_below(lines: list[Line], start: int) -> bool:
    return any(ln.chars <= 60 and _HOLDERLESS_NOTICE_RE.fullmatch(ln.text) for ln in lines[start:])


# A Cyrillic paper's name as its masthead sets it, its first word capitalised and the next ones in small letters,
# as Ukrainian and Russian names are written: "Українська правда", "Новая газета Европа", "Российская газета"
_CYRILLIC_NAME_RE = re.compile(r"[\u0400-\u042F][\u0430-\u045F'’-]+(?: [\u0400-\u045F][\u0430-\u045F'’-]+){1,3}")
NOTICE_NAME_MAX_CHARS = 160  # a footer's notice that names the site, with its years and rights


def _named_in_notice_below(lines: list[Line], start: int, name: str) -> bool:
    """Whether a copyright notice from `start` on (the footer) names the page's first line, whatever its case
    or script: "Українська правда © 2000-2024", "© 2022–2025 «Новая газета Европа». Издание …" under those
    names on top (a first-time user's Ukraine briefing: the publication of both was not found). Asked only of a
    name with words in small letters, which the notice's pattern does not read (it counts the others already:
    "MEGANET" over "© 2021 MEGANET Inc.", a network's, no more than once)."""
    pat = re.compile(r"(?<!\w)" + re.escape(name.casefold()) + r"(?!\w)")
    return any(ln.chars <= NOTICE_NAME_MAX_CHARS and ("©" in ln.text or "opyright" in ln.text)
               and pat.search(ln.text.casefold()) for ln in lines[start:])


PLACE_DATELINE_MAX_WORDS = 7  # "Frankfurt am Main, 6 June 2024"
X_HEAD_LINES = 5  # X's head over a post: "Post" / "See new posts" / "Conversation"
ORG_TOP_LINES = 3  # the page's first lines, where an organisation's name stands over its own page
# (an institution's: not a blog's section, "Aus den Ländern" over its posts and in its footer's menu, nor an ad's
# label, "Food Advertising by")
_INSTITUTION_WORD_RE = re.compile(_INSTITUTION + r"|Banco|Banca|Banque|Bankas|Board|Reserve|Merkez|Central|Zentral"
                                  r"|Foundation|Universit|Institut|Agenc|Commission|Comisi|Ministr|Federal", re.I)
ORG_NAME_WORDS = (3, 8)  # (a shorter name alone weighs as a logo line does: see find_source)
# A footer's line that names the organisation: alone, after its copyright sign and years ("© Central Bank of the
# Republic of Türkiye", "© 2024 Banco Central"), or before its address ("Banco Central do Brasil – SBS Quadra 3 …")
_FOOTER_NAME_RE = re.compile(r"(?:(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?)?(.+?)"
                             r"(?:\s+[-–—|]\s+.*|,\s.*|\.)?", re.I)


def _address_under(lines: list[Line], i: int) -> bool:
    """Line i's next is an address or a copyright notice: "20th Street and Constitution Avenue N.W., Washington, DC
    20551", "© 2024 …"."""
    return i + 1 < len(lines) and (lines[i + 1].text[:1] in _COPYRIGHT_SIGNS
                                   or any(c.isdigit() for c in lines[i + 1].text))


def _name_over_and_under(lines: list[Line], end: int, title: int | None, authors: list[str]) -> str | None:
    """An organisation's name over its page, among its first lines, and again in its footer, under the text (see
    _FOOTER_NAME_RE), as a central bank's pages print it: "Board of Governors of the Federal Reserve System" over the
    menu and over its street address in the footer, "Banco Central do Brasil" over the page and as "Banco Central do
    Brasil – SBS Quadra 3 Bloco B – Brasília – DF" under it (a first-time user's briefing named no publication).
    In the footer's case, where the top's is in capitals ("CENTRAL BANK OF THE REPUBLIC OF TÜRKİYE")."""
    top = [ln for ln in lines[:ORG_TOP_LINES] if not ln.clutter and ln.index != title]
    for ln in top:
        text = ln.text
        if not ORG_NAME_WORDS[0] <= ln.words <= ORG_NAME_WORDS[1] or ln.chars > SITE_NAME_MAX_CHARS + 20 \
                or not text[:1].isupper() or ln.sentence or any(c.isdigit() for c in text) \
                or sum(w[:1].isupper() for w in text.split()) * 2 <= ln.words or text in authors \
                or _EDITION_RE.search(text) or not _INSTITUTION_WORD_RE.search(text):
            continue  # (the writer's name over the page and in the footer's notice is the writer's)
        folded = text.casefold().replace("\u0307", "")  # ("TÜRKİYE" is "Türkiye", its dotted capital i folded)
        for below in lines[max(end, ln.index + 1):]:
            if below.chars > 3 * ln.chars or below.text[:1].casefold() not in (folded[:1], "©", "(", "c"):
                continue
            m = _FOOTER_NAME_RE.fullmatch(below.text)
            if m and m.group(1).casefold().replace("\u0307", "") == folded \
                    and not _FROM_LABEL_RE.search(lines[below.index - 1].text) \
                    and (m.group(1) != below.text or _address_under(lines, below.index)):
                # ("Content from our partners"; and alone, over its address: not a blog's category, "Central Bank
                # Watch" under the blog's name and again in its footer's "Categories" / … / "Markets", a probe
                # review's)
                name = m.group(1)
                if name.isupper() and text.isupper():
                    name = " ".join(w.lower() if w.casefold() in _ORG_SMALL_WORDS else w.capitalize()
                                    for w in name.split())
                return name if not name.isupper() else text
    return None


def _printed_again_below(lines: list[Line], start: int) -> bool:
    """Whether the page's first line stands again on a line of its own from `start` on (the
    footer), not as the first item of its menu printed again ("Charte" / "Contact" /
    "Publier" on top, "Charte" / "Nous contacter" / "Publier" in the footer: the same links
    under it)."""
    menu = {ln.text for ln in lines[1:1 + FOOTER_MENU_SPAN]}
    return any(ln.text == lines[0].text and not _FROM_LABEL_RE.search(lines[ln.index - 1].text)
               and not any(o.text in menu for o in lines[ln.index + 1:ln.index + 1 + FOOTER_MENU_SPAN])
               for ln in lines[start:])


# (nor an edition's label, "International Edition", nor a name under a label that names whose content it is,
# "Content from our partners" / "Reuters", "Local news from" / "Harbor City": a review's probes)
_EDITION_RE = re.compile(r"\b(?:edition|ausgabe|édition|edición|edizione|edição)$", re.I)
_FROM_LABEL_RE = re.compile(r"\b(?:from|by|partners?|von|de|par|di|da)\W*$", re.I)


# The site's notice of who publishes it, in its footer: "Lloyd's List is published by Informa UK Ltd." (a first-time
# user's: the owner's copyright line after it had named the publication "Informa UK")
_PUBLISHER_NOTICE_RE = re.compile(r"\W*(?!(?:It|This|That|He|She|They|We|Which|Who)\b)"
                                  r"((?:The )?[A-Z][\w'’&.-]*(?: (?:[A-Z&][\w'’&.-]*|of|for|and)){0,5})"
                                  r" is (?:published|owned and published|produced) by [A-Z]")


# An email newsletter's footer names who sent it, the publisher: "This email was sent to you by POLITICO, Rue de la Loi
# 62, …" (a first-time user's EU briefing: Politico's "Morning Tech" pasted from the email had its own name, not
# the publisher's), "This newsletter was sent to jane@example.com by The Ledger".
_SENT_BY_RE = re.compile(r"\W*(?i:this|the)\s+(?i:e-?mail|newsletter|message)\s+(?i:was|is|has been)\s+sent\s+"
                         r"(?:(?i:to)\s+(?:you|\S+@\S+)\s+)?(?i:by|from)\s+" + _BRAND + r"(?:[,.]|\s*$)")
SENT_BY_MAX_CHARS = 200


# A report's issue line under its title: MMWR's "Weekly / April 24, 2025 / 74(14);232–238"
_REPORT_ISSUE_RE = re.compile(r"(?:Weekly|Early Release|Surveillance Summaries|Recommendations and Reports|Supplements)"
                              r"\s*/\s*[^/]{6,30}/\s*\d{1,3}\(\d{1,3}\);\s*\d+\s*[–-]\s*\d+")
ISSUE_TITLE_SCORE = 3.0
# A registry's record's identifier, its label and its code of capitals and digits: "ClinicalTrials.gov ID
# NCT03574597", "Trial ID: ACTRN12619000123456", "ISRCTN ID ISRCTN12345678" (see find_title)
_RECORD_ID_RE = re.compile(r"(?:[\w.]+ ){0,2}(?:ID|Identifier|No\.|Number)\s*:?\s*[A-Z]{2,8}[-_]?\d{5,}")
RECORD_ID_MAX_WORDS = 5
# The questions of MMWR's summary box, over their answers
_SUMMARY_BOX_QUESTION_RE = re.compile(r"what is already known (?:about|on) this topic\?|what is added by this report\?"
                                      r"|what are the implications for public health practice\?", re.I)
# A state's line at the top of its bodies' documents: "THE REPUBLIC OF UGANDA", "THE UNITED REPUBLIC OF TANZANIA",
# "JAMHURI YA MUUNGANO WA TANZANIA", "REPUBLIC OF KENYA", "THE FEDERAL DEMOCRATIC REPUBLIC OF ETHIOPIA", "DEMOCRATIC
# REPUBLIC OF THE CONGO"
_STATE_LINE_RE = re.compile(r"(?:THE )?(?:UNITED |FEDERAL DEMOCRATIC |DEMOCRATIC )?REPUBLIC OF [A-Z ]{3,30}"
                            r"|JAMHURI YA [A-Z ]{3,40}")
_STATES = frozenset("""KENYA UGANDA TANZANIA RWANDA BURUNDI SUDAN SOMALIA ETHIOPIA DJIBOUTI ZAMBIA MALAWI GHANA NIGERIA
LIBERIA CAMEROON CONGO BOTSWANA NAMIBIA ZIMBABWE MOZAMBIQUE ANGOLA SENEGAL MALI NIGER CHAD GUINEA BENIN TOGO MADAGASCAR
SEYCHELLES MAURITIUS CYPRUS KOREA INDIA INDONESIA PHILIPPINES SINGAPORE TUNISIA GABON YEMEN""".split()) | {
    "SOUTH SUDAN", "SOUTH AFRICA", "SIERRA LEONE", "THE GAMBIA", "THE CONGO", "THE SUDAN", "EQUATORIAL GUINEA",
    "SOUTH KOREA", "THE PHILIPPINES", "CABO VERDE", "CENTRAL AFRICAN REPUBLIC"}
SIGNATURE_LINES = 6  # the document's last lines, where it is signed
_ORG_SMALL_WORDS = frozenset("of and the for on in ya wa la na za cha".split())  # ("Ofisi ya Msemaji Mkuu wa Serikali")
STATE_ORG_MAX_WORDS = 8
# A news service's masthead, its language after its name: "BBC News, Swahili", "BBC News, አማርኛ"
_SERVICE_MASTHEAD_RE = re.compile(r"([A-Z][\w&]*(?: [A-Z][\w&]*){0,2} News), ([^\W\d_][^\W\d]{2,20})")
# ... not a section of the site after it ("Fox News, Politics", "Sky News, Sport": a review's probes)
_NEWS_SECTIONS = frozenset("""politics opinion opinions sport sports world business video videos health entertainment
tech technology science lifestyle home media travel weather money culture live latest local national education climate
markets economy crime analysis features investigations environment arts books food style podcasts newsletters
shows""".split())
# A newsletter's or a page's own words naming it: "X (YLE) is a reader-supported publication", "Content source: X"
_OWN_BOX_RE = re.compile(r"([^.!?()]{2,60}?)\s+(?:\([A-Z]{2,8}\)\s+)?is a reader-supported publication\b"
                         r"|content source:\s*([^.;|]{2,80}?)\s*$", re.I)


# A Russian or Ukrainian agency's dateline, the agency after the city and the day: RIA's "МОСКВА, 13 мар — РИА
# Новости.", TASS's "МОСКВА, 25 мая. /ТАСС/." and "MOSCOW, May 25. /TASS/." (a first-time user's RIA page: its
# owner's "© 2025 МИА «Россия сегодня»" was the publication)
_AGENCY_DATELINE_RE = re.compile(rf"[{UPPER}][{UPPER}.'’ -]{{1,30}}, (?:\d{{1,2}} [^\W\d_]{{3,10}}|[^\W\d_]{{3,10}}\.? "
                                 rf"\d{{1,2}})\.?\s*(?:[—–] ([{UPPER}][\w-]*(?: [{UPPER}][\w-]*){{0,2}})\."
                                 r"|/([^/]{2,20})/\.)")
# (the agency's capitalised name: not a sentence after a paper's dateline, "WASHINGTON, May 25 — The Senate voted.")


def _wire_agency(text: str) -> str | None:
    """The agency a lead's wire dateline names (_WIRE_DATELINE_RE, _AGENCY_DATELINE_RE)."""
    m = _WIRE_DATELINE_RE.match(text) or (_AGENCY_DATELINE_RE.match(text) if text[:1].isupper() else None)
    return next((g for g in m.groups() if g), None) if m else None


# The heading of a release's section about its issuer: "About Novo Nordisk", "Om Novo Nordisk", "Über Bayer"
_ABOUT_ISSUER_RE = re.compile(r"(?:About|ABOUT|Om|OM|Über|ÜBER)\s+(.{2,60}?)\W*")
ABOUT_ISSUER_MAX_CHARS = 60
OWNER_STEM_CHARS = 5  # the letters a paper's name and its publisher's share: "Ärzteblatt", "Ärzteverlag"


def _masthead_of(logo: str, owner: str) -> bool:
    """Whether the name on the page's first line (its words folded, see _brand_words) may be the paper of the
    publishing company a notice names: one word, not in capitals ("Rzeczpospolita" over "Gremi Media"), or a word
    sharing its first letters with one of the company's ("Deutsches Ärzteblatt", "Deutscher Ärzteverlag"; "The
    Korea Herald", "Herald Corporation"). Not a menu's first item, a person's or a topic's, "Steve Mnuchin" over
    "Cryptocurrencies", "TEST & KAUFBERATUNG" over "NEWS", nor the company's initials, "FAZ.NET" over "Frankfurter
    Allgemeine Zeitung GmbH" (the paper itself), nor a writer's over her company, "Sarah Johnson" over "Johnson
    Creative Media LLC"."""
    words, theirs = _brand_words(logo), owner.split()
    if "".join(w[0] for w in theirs) == brand_key(logo):
        return False
    if len(words) == 1:
        return not logo.isupper()
    stems = {w[:OWNER_STEM_CHARS] for w in theirs if len(w) >= OWNER_STEM_CHARS}
    shared = sum(w[:OWNER_STEM_CHARS] in stems for w in words if len(w) >= OWNER_STEM_CHARS)
    # (two words, where the name may be a person's: "Sarah Johnson" over "© 2024 Johnson Creative Media LLC")
    return shared >= (2 if looks_like_name(logo) else 1)


def find_source(lines: list[Line], body: set[int], decisions: list[str],
                bio_name: str | None = None, authors: list[str] | tuple[str, ...] = (),
                title: int | None = None) -> str | None:
    """Publication name: the brand the page's boilerplate keeps naming.

    Candidates come from copyright lines, 'Follow X' / 'X Newsletter' / 'About X' lines, author
    bios ('editor at X'), bylines ending '| X', 'X is a ...' lines, self-references ('told X',
    'other X readers'), a logo line (a bare name at the top, or over a row of social-network
    links) and acronym expansions.
    Each adds weight to the brand; brands that the rest of the page repeats get more; a corporate
    owner ('... LLC', 'Media Group') weighs less than a brand.  The heaviest wins.
    """
    score: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = {}
    why: dict[str, list[str]] = {}
    seen: Counter[tuple[str, str]] = Counter()
    logo_done = False
    top_logo = ""  # the key of the name on the page's first line, its masthead
    companies: set[str] = set()  # the keys of the holders of copyright notices that name a company
    # (an author's name over her own social links is no brand; compared without a title: "Dr.
    # Katelyn Jetelina" is the "© 2025 Katelyn Jetelina" of her newsletter's footer)
    author_keys = {k for a in authors for k in (a.casefold(), _TITLE_BEFORE_NAME_RE.sub("", a).casefold())}
    suffixed: dict[str, set[str]] = {}  # names after headlines ("... -- Engadget"), and those headlines

    def add(name: str | None, weight: float, reason: str) -> None:
        if not name:
            return
        # (a sentence's end cuts the name; "St. Louis Post-Dispatch", "U.S. Department of Justice" go on)
        name = re.split(r"(?<!\bSt)(?<!\bMt)(?<!\bFt)(?<!\b[A-Z])\.\s|\s+(?:All|Rights|Reserved)\b|\s+[-|–—]\s", name)[0]
        name = re.sub(r"['’]s$", "", name.strip(" ,.;:-|&'’\""))
        name = re.sub(r"^the\s+", "", name)  # a lower-case "the" is the sentence's article, not the brand's
        name = _LOGO_WORD_RE.sub("", name)
        # (the legal form off first: "© DER SPIEGEL GmbH & Co. KG" is five words with it)
        formed = reason == "copyright line" and LEGAL_FORM_RE.search(name) is not None
        name = LEGAL_FORM_RE.sub("", name).strip(" ,.") or name
        house = PUBLISHING_HOUSE_RE.match(name) if len(name.split()) >= 2 else None
        if house and name[house.end():].casefold() in {ln.text.casefold() for ln in lines if ln.chars <= 40}:
            name = name[house.end():]  # (the paper the page names on a line of its own; not "Ediciones Montaña")
        corp = _CORPORATE_TAIL_RE.search(name)
        if corp and name[:corp.start()].casefold() in {ln.text.casefold() for ln in lines[:LOGO_LINES]
                                                        if ln.chars <= 40}:
            name = name[:corp.start()]  # (the owner's name, the site's at the page's top: "LinkedIn Corporation
            # © 2025" under "LinkedIn"; not the "British Broadcasting Corporation")
        if not _brand_ok(name) and not (reason in ("copyright line", "name with its years")
                                        and name.casefold() in _SOCIAL_NETWORKS) \
                and not (reason == "the page's own box" and " " in name and _brand_ok(name.partition(" ")[2])):
            # (a newsletter that says itself its name, "Your Local Epidemiologist (YLE) is a reader-supported …")
            return  # (a social network is the site where its own copyright line says so: "LinkedIn Corporation © 2025")
        if CORPORATE_RE.search(name):
            weight *= 0.6
        key = brand_key(name)
        if len(key) < 2:
            return
        if formed or reason == "copyright line" and CORPORATE_RE.search(name):
            companies.add(key)  # (a company's notice: "© Copyright by Gremi Media SA", "© Deutscher Ärzteverlag GmbH")
        seen[(key, reason)] += 1
        if seen[(key, reason)] > 2:
            return  # the same kind of evidence counts at most twice
        score[key] += weight
        forms.setdefault(key, Counter())[name] += 1
        why.setdefault(key, []).append(reason)

    head_end = min(body, default=0)
    preprint_head = any(_preprint_head_line(ln.text) for ln in lines[:head_end] if ln.chars <= PREPRINT_HEAD_MAX_CHARS)
    bar_papers: list[str] = []
    byline_newsrooms: list[str] = []
    byline_from: list[str] = []
    # A photographer a caption credits ("… vom Berg aus gesehen. | © Jane Roe"): the bare "© Jane Roe" over
    # the photo is the same credit, not the publisher's notice (which has its year or its rights reserved).
    # Not a name the page also prints on a short line of its own, without a "©": the site's, its logo's or
    # its masthead's (a blog's "Jane Doe"; a theme's footer "Proudly powered by WordPress. | © Riverside
    # Gazette" under "Riverside Gazette")
    # (nor one any line of the page's chrome names without a "©": "Logo Landsberger Tagblatt", "Riverside Gazette –
    # Local news since 1921")
    bar_notices = [ln for ln in lines if "| ©" in ln.text]  # (few pages have one: the rest is looked at only then)
    shown = {brand_key(ln.text) for ln in lines if ln.words <= 4 and "©" not in ln.text} if bar_notices else set()
    chrome_text = [ln.text.casefold() for ln in lines if ln.index not in body and "©" not in ln.text] \
        if bar_notices else []
    masthead_label = any(ln.text.casefold() in _SHARE_ROW_LABELS for ln in lines[:2 * LOGO_LINES])
    credited = {key for ln in bar_notices if (c := COPYRIGHT_RE.search(ln.text))
                and _caption_credit(ln.text, c) and looks_like_name(c.group(1).strip())
                and (key := brand_key(c.group(1))) not in shown
                and not any(c.group(1).strip().casefold() in t for t in chrome_text)
                # (and a second "©" of the same holder, the one over the photo: a paper's footer "Alle Inhalte sind
                # urheberrechtlich geschützt. | © Berliner Zeitung" is its only notice)
                and sum(1 for o in lines if (c2 := COPYRIGHT_RE.search(o.text)) and brand_key(c2.group(1)) == key) >= 2}
    for ln in lines:
        if "code" in ln.flags:
            continue  # (a listing's line is a program's: a diff's "dnl Copyright (C) 2023-2024 Free Software …")
        text = ln.text
        # (a subscription plea set into the text is the site's, as over or under it: "Subscribe to X" over a
        # post's last paragraphs)
        chrome = ln.index not in body or "plea" in ln.flags
        if ln.index < head_end and ln.chars <= CJK_PAPER_MAX_CHARS and text.endswith(("聞", "報", "ル", "信", "社", "报")) \
                and _CJK_PAPER_RE.fullmatch(text):
            # (the logo's, and again over the date: Mainichi's; over the site's buttons, "ログイン", its masthead)
            buttons = ln.index + 1 < len(lines) and SITE_BUTTONS_RE.fullmatch(lines[ln.index + 1].text) is not None
            add(text, 2.0 if buttons else 1.0, "the paper's name over the text")
        for m in BRAND_SELF_RE.finditer(text) if any(map(text.__contains__, _BRAND_SELF_WORDS)) else ():
            # "told X" in the article may name a person; "other X readers" in the chrome is the site.
            add(m.group(1) or m.group(2), 0.5 if m.group(1) else 1.0, "self-reference")
        m = PROVIDED_BY_RE.match(text) if "rovided by" in text else None
        if m:
            add(m.group(1), 2.0, "the provider's credit")  # (under a photo, wherever it stands)
        m = _PUBLISHER_NOTICE_RE.match(text) if chrome and " by " in text else None
        if m:
            add(m.group(1), 2.0, "its publisher's notice")
        if ln.index < head_end and ln.index + 1 < len(lines) and ln.words <= 5 and ln.chars <= 40 \
                and "subscribers" in (under := lines[ln.index + 1].text) and _SUBSCRIBERS_RE.fullmatch(under):
            add(text, 2.0, "the channel over its subscribers")  # a video's, over the text: "Euronews" / "3.2M subscribers"
        m = _SENT_BY_RE.match(text) if "sent" in text and ln.chars <= SENT_BY_MAX_CHARS else None
        if m:
            add(m.group(1), 3.0, "the sender's notice")  # (over the newsletter's name, "SUBSCRIBE to Morning Tech")
        if (chrome or ln.clutter) and " | " in text and authors and ln.chars <= 120 \
                and " | " not in (head := text.rpartition(" | ")[0]) and any(a in head for a in authors) \
                and (m := _BYLINE_PAPER_RE.search(text)) and not m.group(1)[:1].isdigit() \
                and not any(a in m.group(1) for a in authors):
            # The paper each writer is credited with, after a bar, over the text or among its lines:
            # "By Jane Doe | The Oregonian/OregonLive" / "and John Roe | The Oregonian/OregonLive" (the
            # copyright's owner, "Advance Local", was the publication); counted below
            bar_papers.append(m.group(1))
        m = _tw_byline(text) if "者" in text else None
        if m and m.group("outlet"):
            add(m.group("outlet"), 2.0, "the byline's paper")  # "聯合報／ 記者楊秀瑜／台北即時報導" (see _TW_BYLINE_RE)
        m = BYLINE_NEWSROOM_RE.match(text) if ln.chars <= 200 and (chrome or ln.clutter) else None
        if m:
            byline_newsrooms.append(m.group(1))  # (the byline: the text's first line, clutter; counted below)
        m = _SERVICE_MASTHEAD_RE.fullmatch(text) if ln.index < LOGO_LINES and chrome and ", " in text else None
        if m and m.group(2).casefold() not in _NEWS_SECTIONS:
            # a news service's masthead in its language, "BBC News, Swahili" / "BBC News, Somali" over the page (a
            # first-time user's East Africa briefing: none named): the service, "BBC News Swahili"
            add(f"{m.group(1)} {m.group(2)}", 2.0, "the service's masthead")
        m = _OWN_BOX_RE.match(text) if (chrome or ln.clutter) and ("eader-supported" in text
                                                                  or "ontent source:" in text
                                                                  or "ONTENT SOURCE:" in text) \
            and not (ln.index and lines[ln.index - 1].text.endswith(":")) else None  # (not quoted: "… same way:")
        if m:
            # a newsletter's own box, Substack's "Your Local Epidemiologist (YLE) is a reader-supported publication.",
            # and a government page's "Content source: Centers for Disease Control and Prevention" (first-time users'
            # measles briefing: no publication)
            add(m.group(1) or m.group(2), 2.0, "the page's own box")
        if not chrome and ln.chars <= ABOUT_ISSUER_MAX_CHARS and ln.index > 0 and text[:1] in "AaÜüOo" \
                and (m := _ABOUT_ISSUER_RE.fullmatch(text)) and brand_key(m.group(1)) == brand_key(lines[0].text):
            # a release's "About Novo Nordisk" section, its issuer's profile, under that name on the page's first line
            # (a first-time user's company announcement, "Novo Nordisk" over its menu, named no publication)
            add(m.group(1), 1.5, "its 'About X' section")
        if not chrome or ln.chars > 400:
            continue
        m = _PREPRINT_ID_RE.search(text) if ("rXiv" in text or "rxiv" in text) \
            and (ln.index < head_end or text.startswith("Cite as") and preprint_head) else None
        if m:
            # (over the text, or in its "Cite as:" line on a preprint's page, under its subject's path or its
            # "[Submitted on …]": not a news page's reference to a preprint under its story, nor its "Cite as:
            # arXiv:…", a review's probe)
            add(m.group(1), 2.0, "the preprint's identifier")  # (see _PREPRINT_ID_RE)
        if ln.chars <= WIKI_TAGLINE_MAX_CHARS and "ikip" in text and _WIKI_TAGLINE_RE.fullmatch(text):
            # the wiki's tagline, in its language: "Origem: Wikipédia, a enciclopédia livre." (its
            # "About Wikipedia" link is "Sobre a Wikipédia" there)
            add(text[text.casefold().index("wikip"):][:9], 2.0, "the wiki's tagline")
        m = _issue_line(text) if ln.index < max(ISSUE_LINE_SPAN, title or 0) else None
        if m and m.group("name") and m.group("name").strip().casefold() not in _PERIODICITY \
                and m.group("name").split()[-1].casefold() not in _ISSUE_KINDS:  # (not "Member Newsletter")
            add(m.group("name"), 2.0, "periodical's issue line")
        m = _ZH_RIGHTS_RE.search(text) if "权所有" in text or "權所有" in text else None
        if m:
            add(m.group(1) or m.group(2), 2.0, "copyright line")  # ("版权所有：中华人民共和国商务部")
        m = _AR_RIGHTS_RE.search(text) if "حقوق" in text else None
        if m and (holder := _ar_holder(m)) is not None:
            add(holder, 2.0, "copyright line")  # ("جميع الحقوق محفوظة لوكالة الأنباء اليمنية سبأ")
        m = COPYRIGHT_RE.search(text) if not _COPYRIGHT_LINK_RE.fullmatch(text) else None
        legal = _legal_holder(text, ln, lines) if any(map(text.__contains__, _LEGAL_HOLDER_FORMS)) else None
        if m is None and (low := _LOWER_BRAND_NOTICE_RE.fullmatch(text)) \
                and not set(low.group(1).casefold().split()) & _SMALL_NOTICE_WORDS:
            add(low.group(1), 2.0, "copyright line")  # (a name in small letters: heise's "© 2024 heise online")
        elif m is None and legal:
            # (all in small letters, "© 2016 ebrosia GmbH + Co. KG", and named again on the page: not an
            # agency's "© 2024 dpa-infocom GmbH" under its item)
            add(legal, 2.0, "copyright line")
        if m and not _photo_credit(text, m) and not ("| ©" in text and _caption_credit(text, m)
                                                     and brand_key(m.group(1)) in credited):
            if "behalf" in text and (station := _ON_BEHALF_RE.search(text, m.end(1))):
                add(station.group(1), 2.0, "copyright line")  # the station the owner holds it for
            elif not _sentence_goes_on(text[m.end():]):
                # (a newsletter's "© 2024 Nadia Fontaine" is its writer's, under the newsletter's name)
                # (the name with its small words, "BASIC thinking", only where it goes on from what was read)
                holder = legal if legal and legal.startswith(m.group(1).split()[0]) else _holder_before_links(m.group(1))
                holder = _clean_org(holder) and holder
                if m.group(1).split()[0].casefold() in _RIGHTS_OPENERS and (b := BRAND_YEARS_RE.match(text)) \
                        and b.group(1).casefold() != "copyright":  # (not "Copyright © 2024. Todos os direitos …")
                    holder = b.group(1)  # (the name before the mark: "Reddit, Inc. © 2024. All rights reserved.")
                rest = holder[len("copyright "):] if holder and holder.casefold().startswith("copyright ") else ""
                if rest and (rest in text[m.end():] or any(rest in x.text for x in lines if x is not ln)):
                    # (the mark's word again, after the year: "© 2024 Copyright France 24 - Tous droits
                    # réservés. France 24 n'est pas responsable …"; not "© 2024 Copyright Clearance Center")
                    holder = rest
                if not (credited and ln.index < head_end and holder and brand_key(holder) in credited
                        and not _NOTICE_RE.search(text)):
                    add(holder, 1.0 if holder and holder.strip().casefold() in author_keys else 2.0, "copyright line")
            elif ". " in m.group(1) and len((name := m.group(1).rsplit(". ", 1)[0]).rsplit(None, 1)[-1]) > 3:
                # the name's sentence ended, another one begun: "Copyright © 2025 Tuổi Trẻ Online. Cơ quan chủ quản:
                # Thành Đoàn TP.HCM" (the publisher of record, a first-time user's; not an abbreviation's full stop,
                # "© 2024 Acme Co. Ltd")
                add(_clean_org(name) and name, 2.0, "copyright line")
        else:
            # (its mark or bar before the years: "·", "•", "|" or "©", which few lines hold)
            m = BRAND_YEARS_RE.match(text) if any(map(text.__contains__, "·•|©")) else None
            name = m and re.sub(r"\s+copyright$", "", m.group(1), flags=re.I)
            if name:
                add(_clean_org(name) and name, 2.0, "name with its years")
        m = _LETTERHEAD_RE.match(text) if text.count("•") + text.count("|") + text.count("·") >= LETTERHEAD_PARTS \
            and not BYLINE_RE.match(text) else None
        if m:
            add(m.group(1), 2.0, "letterhead")
        if ln.chars <= 80:
            lead = text
            nxt = lines[ln.index + 1] if ln.index + 1 < len(lines) else None
            if nxt is not None and nxt.index not in body and nxt.chars <= 60 and BRAND_LEAD_IN_RE.match(text) \
                    and (nxt.text[:1].isupper() or nxt.text[:1].isdigit()):
                lead = f"{text} {nxt.text}"
            m = BRAND_BEFORE_RE.match(lead)
            # (The pattern ignores case for its lead-in: the name must still be capitalised,
            # "Search form" names nothing.)
            if m and _capitalised(m.group(1)):
                # "Subscribe to X Magazine": the print edition of brand X ("Search X Magazine"
                # names the magazine).
                name = re.sub(r"\s+newsletters?$", "", _ON_NETWORK_RE.sub("", m.group(1)), flags=re.I)
                if SUBSCRIBE_LEAD_RE.match(lead):
                    name = re.sub(r"\s+(?:magazine|print edition)$", "", name, flags=re.I)
                elif text.endswith(("Followed", "Following")) and lead.lstrip()[:1] in "Ff" \
                        and re.sub(r"^the\s+", "", name, flags=re.I).count(" ") \
                        and (text.endswith("Followed") or any(
                            other.text == re.sub(r"\s+Following$", "", name) for other in lines)):
                    # (a follow button's two states run together, "Follow X Followed": the name between them;
                    # "Following" ends a name too, "Cult Following": cut only where the page prints the name
                    # without it on a line of its own)
                    name = re.sub(r"\s+Follow(?:ed|ing)$", "", name)
                    if name.casefold() in author_keys or any(name in lines[i].text for i in body):
                        name = ""  # an author's or a topic's button: "Follow Jane Doe Followed", "… Real Madrid …"
                if lead.lstrip()[:4].casefold() == "more" and name.casefold() in author_keys:
                    name = ""  # (Medium's "More from Daniel Ortega-Reyes" under the post: its writer's other posts)
                add(name, 1.5, f"{text[:30]!r}")
            m = BRAND_AFTER_RE.match(text)
            if m:
                add(m.group(1), 1.0, f"{text[:30]!r}")
            m = BRAND_HOME_RE.match(text) if "ome" in text else None
            if m and _capitalised(m.group(1)):
                add(m.group(1), 1.5, "the logo's link home")
            m = BRAND_TAIL_RE.search(text)
            if m and (byline_names(ln) or find_dates(text)):
                add(m.group(1), 1.0, "byline/dateline tail")
            if text[-1:].isupper():  # (a cheap test first: few lines end in a capital)
                # The line the byline was read from, or one that reads as a byline.
                names = list(authors) if authors and all(a in text for a in authors) else byline_names(ln)
                tail = _capitals_after_names(text, names) if names else None
                if tail:
                    add(tail, 2.0, "byline's publication")  # "Kevin Johnson and Kevin McCoy USA TODAY"
            elif authors and all(a in text for a in authors):
                # ... and before the byline's time or date: "Doug Stanglin, USA TODAY 8:42 a.m.
                # EDT October 3, 2014"
                clock = CLOCK_RE.search(text)
                cut = min(([clock.start()] if clock else []) + [off for off, _ in find_dates(text)[:1]], default=0)
                tail = _capitals_after_names(text[:cut].rstrip(), list(authors)) if cut else None
                if tail:
                    add(tail, 2.0, "byline's publication")
            below = range(ln.index + 1, ln.index + 1 + LOGO_SOCIAL_LINES)
            if ln.words <= 4 and ln.chars <= 40 and not ln.clutter and below.stop <= len(lines) \
                    and all(SOCIAL_LINE_RE.fullmatch(lines[k].text) for k in below) \
                    and re.fullmatch(_BRAND, text) and text.casefold() not in author_keys \
                    and (text.casefold() not in _SHARE_ROW_LABELS or masthead_label):
                # (a share row's label is no name, "Hashtag" over its networks; unless the page's top prints it
                # (past a skip link, a menu, a search box): a magazine called Hashtag, its logo over its networks
                # there and in its footer)
                add(text, 1.0, "logo by its social links")  # the masthead, or the footer's "follow us" row
            if not logo_done and ln.index < LOGO_LINES and ln.words <= 4 and not ln.clutter and ln.chars <= 40 \
                    and re.fullmatch(_BRAND, text) and _language_switch(lines, ln.index):
                logo_done = True  # (a language switch in the logo's place: no logo, nor the section label under it)
            logo = _LOGO_WORD_RE.sub("", text) if "ogo" in text else text  # ("European Commission logo": its alt text)
            # (nor the switch to another edition's language alone, "English", "Türkçe": a first-time user's brand)
            if not logo_done and ln.index < LOGO_LINES and ln.words <= 4 and not ln.clutter and ln.chars <= 40 \
                    and (re.fullmatch(_BRAND, logo) or ln.index == 0 and _CYRILLIC_NAME_RE.fullmatch(logo)) \
                    and logo.casefold() not in _AUTONYMS:
                logo_done = True
                # (over the site's header buttons, "Menu  Search  Donate" or "Subscribe": its masthead)
                masthead = ln.index + 1 < len(lines) and logo.casefold() not in NAV_LABELS \
                    and SITE_BUTTONS_RE.fullmatch(lines[ln.index + 1].text) is not None
                # (or the page's first line in capitals, over its section's label and the buttons: El País's "EL PAÍS"
                # / "Tecnología" / "Suscríbete", a first-time user's EU briefing: no publication)
                masthead = masthead or ln.index == 0 and logo.isupper() and ln.words >= 2 and len(lines) > 2 \
                    and logo.casefold() not in NAV_LABELS and not section_label(logo) \
                    and lines[1].words <= 2 and not lines[1].text.isupper() and lines[1].chars <= 30 \
                    and SITE_BUTTONS_RE.fullmatch(lines[2].text) is not None
                # (or the page's first line, printed again on a line of its own in the footer: "20 Minutes",
                # "Le Figaro" over their menus and again over their legal notices)
                footer = not masthead and ln.index == 0 and body and logo.casefold() not in NAV_LABELS \
                    and not section_label(logo) and logo.casefold() not in author_keys \
                    and not _EDITION_RE.search(logo) \
                    and (_printed_again_below(lines, max(body) + 1) or _holderless_notice_below(lines, max(body) + 1)
                         or not re.fullmatch(_BRAND, logo) and _named_in_notice_below(lines, max(body) + 1, logo))
                add(logo, 2.0 if masthead or footer else 1.0, "masthead over the site's buttons" if masthead
                    else "logo line, again in the footer" if footer else "logo line" if logo == text
                    else "the logo's alt text")
                if ln.index == 0 and logo == text and logo.casefold() not in NAV_LABELS and not section_label(logo) \
                        and logo.casefold() not in author_keys:
                    top_logo = brand_key(logo)
        if ln.index and ln.chars <= 60 and text[:5].casefold() == "from:" and BYLINE_RE.match(lines[ln.index - 1].text) \
                and re.fullmatch(_BRAND, name := text[5:].strip()):
            byline_from.append(name)  # the paper a story is from, under its byline ("by: Jane Doe" / "From: City Ledger")
        if ":" in text[:11] and ln.chars <= 160:
            # (the label over its value: "From:" / "HM Treasury and The Rt Hon Rachel Reeves MP")
            below = lines[ln.index + 1].text if text.endswith(":") and ln.index + 1 < len(lines) else ""
            add(issuer(f"{text} {below}" if below else text), 2.0, "the field naming who issued it")
        m = BRAND_IS_RE.match(text)
        if m:
            add(m.group(1), 1.0, "'X is a ...' line")
        m = BRAND_MISSION_RE.match(text) if "mission" in text else None
        if m:
            add(m.group(1), 1.0, "'X's mission is' line")
        if chrome and ln.chars <= 60 and ln.index + 1 < len(lines) and lines[ln.index + 1].text[:1].isdigit() \
                and "joined" in lines[ln.index + 1].flags and STREET_ADDRESS_RE.fullmatch(lines[ln.index + 1].text) \
                and _ORG_WORD_RE.search(text) and not looks_like_name(text):
            # (an organisation's: not an office's place, "District of Columbia" / "1100 Connecticut Ave. NW")
            add(text, 2.0, "the name over its street address")
        m = REPUBLISHED_RE.match(text) if "appeared" in text else None
        if m:
            add(m.group(1), 2.0, "the republished story's notice")
        m = POST_FIRST_RE.match(text) if text.endswith(".") or "appeared first" in text else None
        if m:
            add(m.group(1), 2.0, "the feed's 'appeared first on'")
        if "account" in ln.flags:
            add(text, 2.0, "the account over a WeChat post")
        if "sender" in ln.flags:
            labelled = _EMAIL_HEADER_RE.fullmatch(text)
            m = _SENDER_RE.fullmatch(labelled.group(2) if labelled and labelled.group(2) else text)
            name = m.group("name").strip(' "') if m and m.group("name") else ""
            if name and (name.startswith("The ") or not looks_like_name(name)) and not _ALERTS_SENDER_RE.search(name):
                # (a newsletter's, not a person's: "Robinson Meyer <…>"; nor a service's that lists others' stories,
                # "Google Alerts <…>", a review's probe)
                add(name, 2.0, "the mail's sender")
        for m in BRAND_BIO_RE.finditer(text):
            add(next((g for g in m.groups() if g), None), 2.0, "author bio")
        m = HEADLINE_SUFFIX_RE.match(text) if any(map(text.__contains__, "-|–—")) else None  # (its dash or bar)
        if m:
            # (one headline twice is one: a breadcrumb that ends with the page's own, "Home > … > General-Purpose
            # AI Models in the AI Act – Questions & Answers" over the same headline, names no site)
            crumbs = re.split(r"\s[>›»]\s", text[:m.start(1)].rstrip(" -|–—"))
            # (a plain line twice counts twice: a page's title line and its share box's copy)
            suffixed.setdefault(m.group(1), set()).add(crumbs[-1] if len(crumbs) > 1 else f"{ln.index}\0{crumbs[0]}")
        for m in BRAND_DOMAIN_RE.finditer(text):
            add(m.group(1), 0.5, "domain name")
    # A byline's bar is followed by a writer's role, desk or bureau as often as by the paper ("By Jane
    # Doe | Staff Writer", "| Metro Desk", "| ARD-Studio Berlin", "| Updated March 5"): the paper only
    # when each writer's line credits it ("By Jane Doe | The Ledger" / "and John Roe | The Ledger") or
    # it is two of the paper's names with a slash ("The Oregonian/OregonLive").
    # The newsroom a byline names after its writers' role counts where the page names it too (its masthead,
    # its footer): not a place or a desk ("periodista de Sevilla", "redactor de Deportes"), nor a former
    # employer's or a guest's ("ex-repórter da Folha", "jornalista da Rádio X, especial para o Y").
    for name in byline_newsrooms:
        if score.get(brand_key(name), 0) > 0:
            add(name, 2.0, "the byline's newsroom")
    bar_count = Counter(bar_papers)
    for name in bar_papers:
        if "/" in name or bar_count[name] >= 2:
            add(name, 2.0, "byline's publication")
    for name, n in ((name, _distinct_heads(heads)) for name, heads in suffixed.items()):
        if n >= HEADLINE_SUFFIX_MIN:
            for _ in range(min(n, 2)):
                add(name, 1.5, "after headlines")
    if bio_name:
        add(bio_name, 2.0, "author bio")
    top = next((ln for ln in lines[1:] if "bsky" in ln.text and _BLUESKY_HANDLE_RE.fullmatch(ln.text)), None)
    heads = {lines[ln.index - 1].text for ln in lines if top is not None and ln.text == top.text}
    if top is not None and sum(ln.text == top.text for ln in lines) >= 2 and len(heads) == 1 \
            and body and top.index < min(body):  # (over the text: not posts a story embeds)
        # a thread's: its poster's name and handle on top and over each of their posts ("Lucía
        # Marín" / "@luciamarin.bsky.social"); not a writer's handle under a newsletter's
        # headline and in its footer ("Or find us on Bluesky:")
        add("Bluesky", 2.0, "the thread's poster's handle")
    acro = self_reference(lines, body, [])
    if acro:
        add(acro, 1.5, "acronym expansion")
    released = any(_RELEASE_END_RE.fullmatch(ln.text) for ln in lines[head_end:] if ln.words <= 4)
    for ln in lines[:min(head_end, LOGO_LINES)] if released else ():
        m = _PRESS_PAGES_RE.fullmatch(ln.text) if ln.words <= 12 else None
        # (at the page's top, over a release, which ends with its contacts or "###": not a breadcrumb over a
        # paper's story on the body, "Department of Justice | Newsroom" on a legal news site)
        if m:
            # the public body whose press pages these are, as their header names it ("European Commission -
            # Press corner"): the publisher of the release, as a copyright line would say
            add(m.group(1) or m.group(2), 2.0, "its press pages' name")
            break
    lead = sorted(body)[:LEAD_CREDIT_LINES] if body else []
    wire = next((agency for i in lead if (agency := _wire_agency(lines[i].text))), None)
    if wire and score.get(brand_key(wire), 0) > 0 \
            and sum(1 for i in body if _wire_agency(lines[i].text)) == 1:
        # a wire's story, its lead's dateline naming the agency ("BUCHAREST, May 4 (Reuters) - …"):
        # one signal more where the page gave the agency one already (its logo); not on its own (a paper
        # that runs the wire's story), nor in a digest of several wires' stories
        add(wire, 1.0, "the lead's wire dateline")
    if not score:
        return _government_source(lines, head_end, decisions, title)
    # Brands the page's boilerplate repeats (navigation, footer) weigh more.
    folded = [" ".join(WORD_RE.findall(ln.text.casefold())) for ln in lines if ln.index not in body
              or "plea" in ln.flags]
    # "CRN" and "CRN Magazine", "Fox News" and "Fox News Go": the shorter brand takes the longer's evidence.
    names = {k: " ".join(_brand_words(forms[k].most_common(1)[0][0])) for k in score}
    bare = {k: name.removeprefix("the ") for k, name in names.items()}  # ("The Guardian", "Guardian News & Media")
    for long_key in [k for k in score if "the logo's alt text" in why[k] and " " in names[k]]:
        for short_key in score:
            # the logo's name, its alt text at the page's top, and its last words the page's links use: "European
            # Commission logo" over "Contact the Commission", "Follow the Commission on social media" (the short name
            # takes nothing from it, below; not a button's first words, "Support The Guardian" over "The Guardian")
            if short_key != long_key and score[short_key] > 0 and names[long_key].endswith(" " + names[short_key]):
                score[long_key] += score[short_key]
                why[long_key] += why[short_key]
                score[short_key] = 0
    for long_key in sorted(score, key=lambda k: -len(names[k])):
        for short_key in score:
            # (not "Colorado" and "Colorado Department of Agriculture": the state's and its agency's)
            long, short = (bare[long_key], bare[short_key]) if CORPORATE_RE.search(names[long_key]) \
                else (names[long_key], names[short_key])  # (not "told The Times" and "Times Higher Education")
            if short_key != long_key and score[short_key] > 0 and long.startswith(short + " ") \
                    and len(long.split()) - len(short.split()) <= 2:
                score[short_key] += score[long_key]
                why[short_key] += why[long_key]
                score[long_key] = 0
                break
    final: dict[str, float] = {}
    for key, sc in score.items():
        if sc <= 0:
            continue
        pat = re.compile(r"(?:^| )" + re.escape(names[key]) + r"(?: |$)")
        reps = sum(1 for t in folded if pat.search(t))
        final[key] = sc + 0.25 * min(reps, 8)
    key = max(final, key=lambda k: (final[k], -len(k)))
    if set(why[key]) == {"copyright line"} and CORPORATE_RE.search(names[key]):
        # an owner's copyright, "Copyright 2025 Nexstar Media Inc.", under a station's site its logo line names and
        # another line too, "EverythingLubbock.com" (a first-time user's: the owner publishes some 200 of them)
        site = max((k for k in final if k != key and "logo line" in why[k] and len(set(why[k])) >= 2
                    and final[k] >= BRAND_MIN_SCORE and not CORPORATE_RE.search(names[k])),
                   key=lambda k: final[k], default=None)
        if site is not None:
            decisions.append(f"source: the site's own name over its owner's copyright ({key!r})")
            key = site
    over_owner = set(why[key]) == {"copyright line"} and key in companies and top_logo in final \
        and top_logo != key and top_logo not in companies and not CORPORATE_RE.search(names[top_logo]) \
        and _masthead_of(forms[top_logo].most_common(1)[0][0], names[key])
    if over_owner:
        # A publishing company's notice, "© Deutscher Ärzteverlag GmbH, Köln", "© Copyright by Gremi Media SA", the only
        # thing naming it, under the paper's name on the page's first line, "Deutsches Ärzteblatt", "Rzeczpospolita":
        # the paper (first-time users' German and Polish pages: "Deutscher", and none)
        decisions.append(f"source: the masthead on the page's first line over its publisher's copyright ({key!r})")
        key = top_logo
    # (over an owner the page names enough to be the publication: not where it would name none)
    paper = byline_from[0] if byline_from and set(why[key]) == {"copyright line"} \
        and final[key] >= BRAND_MIN_SCORE else ""
    if paper and brand_key(paper) != key and _brand_ok(paper) and not AGENCY_RE.match(paper.casefold()):
        pat = re.compile(r"(?:^| )" + re.escape(" ".join(_brand_words(paper))) + r"(?: |$)")
        # (the paywall's own offer: not an author's "Follow X", nor an "Accessibility" link)
        offer = re.compile(r"(?i:subscribe\b.*\baccess\b|\babonn|\bs'abonner|\bsuscr[ií]b)")
        if sum(1 for t in folded if pat.search(t)) >= 3 and not _DESK_RE.search(paper) \
                and any(paper in ln.text and offer.search(ln.text) for ln in lines if ln.index not in body):
            # The paper the byline says the story is from, named twice more in the page's chrome and offered
            # there ("Subscribe now to access City Ledger.", "Berliner Morgenpost abonnieren"), over its owner's
            # copyright lines: the owner publishes more than one paper. (Not a wire's "From: AAP", which the page
            # names nowhere else; nor a reader's letter's "From: John Roe", nor a desk's "From: City Desk".)
            decisions.append(f"source {paper!r}: the byline's 'From:' over the owner's copyright ({key!r})")
            return paper
    if final[key] < BRAND_MIN_SCORE and not over_owner:
        decisions.append(f"source: no brand named often enough (best {key!r}, {final[key]:.1f})")
        return _government_source(lines, head_end, decisions, title)
    if key in AGGREGATORS:
        provider = _provider(lines, title, key, why)
        if provider:
            decisions.append(f"source: {provider!r}, whose story the aggregator ({key!r}) shows")
            return provider
    ranked = forms[key].most_common()
    name = ranked[0][0]
    if " " not in name and any(r.startswith("'") for r in why[key]):
        # A short name a "Subscribe to X" line gives, and the full name the logo's text spells, alone at the top
        # ("ArsTechnica" / "Ars Technica" over "Subscribe to X"): the full name. (Not a section's label under the
        # logo, "X Business", nor an owner, "X Media", which have no logo line of their own; nor a logo "X News" whose
        # evidence the short name took above, "CNET News" under "join CNET": the site is CNET.)
        for ln in lines[:LOGO_LINES]:
            long = ln.text.strip()
            if long.startswith(name + " ") and long.count(" ") == 1 and ln.index not in body \
                    and score.get(lk := brand_key(long), 0) > 0 and lk != key and not CORPORATE_RE.search(long) \
                    and any(r in ("logo line", "masthead over the site's buttons") for r in why.get(lk, ())) \
                    and any(re.search(r"\b(?:at|joined)\s+" + re.escape(long) + r"\b", other.text)
                            for other in lines[LOGO_LINES:]):
                # (and a writer's bio below the top names it, "Security Editor at Ars Technica", "joined X":
                # not a product or a section the logo spells, "SlatePlus" / "Slate Plus", "Welt Plus", whose
                # pages name it anywhere)
                decisions.append(f"source: {long!r}, the logo's name, for {name!r}")
                name = long
                break
    mixed = [f for f, _ in ranked if not f.isupper()]
    if name.isupper() and mixed and len(name) > 4:
        name = mixed[0]
    with_the = [f for f, _ in ranked if f.lower().startswith("the ")]
    if with_the and not name.lower().startswith("the "):
        name = with_the[0]  # "told The Independent" names it in full; "Independent readers" drops the article
    elif not name.lower().startswith("the ") and any(ln.text.casefold() == f"the {name}".casefold()
                                                     for ln in lines if ln.index not in body):
        name = f"The {name}"  # ("Support the Guardian", and the masthead's "The Guardian")
    if re.fullmatch(r"[A-Z]{2,5}", name):
        expansion = acronym_expansion(name, lines)
        # (spelled out in its possessive, "the Electronic Frontier Foundation’s fiscal year": the name is without it)
        expansion = expansion and re.sub(r"['’]s$", "", expansion)
        if expansion:
            decisions.append(f"source: {name!r} is spelled out as {expansion!r} in the page")
            name = expansion
    decisions.append(f"source {name!r} (score {final[key]:.1f}: " + ", ".join(sorted(set(why[key]))[:4]) + ")")
    return name


# A government body's name, a line of its own in the page's header: "gov.br" / "Ministério da Integração e do
# Desenvolvimento Regional" (a ministry's page on Brazil's federal portal), "Office of the Texas Attorney General",
# "Bundesministerium der Justiz und für Verbraucherschutz". Such a site names no brand in a copyright line or a
# "Follow X"; where nothing else names one, the body in its header published the page. (Not an office inside
# it, "Office of Public Affairs" over "U.S. Department of Justice", nor a sentence that opens so.)
GOVERNMENT_BODY_RE = re.compile(
    r"(?:(?:U\.S\.|US|United States|HM|Federal|Royal)\s+)?"
    r"(?:Ministry|Department|Secretariat|Office of the|Minist[ée]rio|Ministerio|Ministère|Ministero|Ministerie"
    r"|Secretaria|Secretaría|Secrétariat|Bundesministerium|Ministerium|Bundesamt)"
    r"(?:\s+(?:of|for|on|da|do|das|dos|de|del|des|du|de la|della|dell['’]|degli|van|der|für|des|dell))?"
    r"\s+[A-ZÀ-Þ][^.!?:;|]{2,90}")
GOVERNMENT_HEAD_LINES = 12  # the page's first lines, its header, where the body's name stands
GOVERNMENT_BODY_MAX_WORDS = 12


# A name's words are capitalised but for its particles ("da", "e", "do", "für", "of the", "della"); a headline
# that opens with the body's name goes on in small words: "Ministério da Saúde confirma mortes por leptospirose
# no Rio Grande do Sul", "Secretaría de Salud reporta aumento de casos de dengue en Jalisco".
_NAME_PARTICLE_RE = re.compile(r"[a-zäöüßàâçéèêëîïôûùáíóúñã]{1,3}|and|della|degli|dello|delle|dell['’]\w*|und|the")


def _government_source(lines: list[Line], head_end: int, decisions: list[str],
                       title: int | None = None) -> str | None:
    name = government_body(lines, head_end, title)
    if name:
        decisions.append(f"source {name!r} (the government body the page's header names)")
    return name


def government_body(lines: list[Line], head_end: int, title: int | None = None) -> str | None:
    """The government body the page's header names on a line of its own (see GOVERNMENT_BODY_RE). Not the
    headline ("Department of Government Efficiency Cuts Reach Social Security Field Offices"), nor the kicker
    right over it, which says what the story is about ("Department of Transportation" / "Maryland seeks $1.9
    billion from federal government for new Key Bridge"; a think tank's "Ministry of Defence" / "Procurement
    Reform After the Integrated Review"): the body that publishes stands higher, over its menu or its "News
    Releases". (The headline's finder may take that name for the headline: "Office of the Texas Attorney
    General" / "News Releases" / "(April 15, 2025) Attorney General Paxton Secures …"; over its section's label
    it is the body's.)"""
    for ln in lines[:min(head_end, GOVERNMENT_HEAD_LINES)]:
        if title is not None and ln.index == title - 1:
            continue
        below = lines[ln.index + 1].text if ln.index + 1 < len(lines) else ""
        # (the body's name taken for the headline, over a release's number or another body's name: "Court of Justice
        # of the European Union" / "PRESS RELEASE No 136/24", a guide's "Cybersecurity and Infrastructure Security
        # Agency" / "National Security Agency")
        if title is not None and ln.index == title and not (section_label(below) or _PRESS_RELEASE_NO_RE.match(below)
                                                            or _court_or_agency(below)):
            continue
        if ln.words <= GOVERNMENT_BODY_MAX_WORDS and GOVERNMENT_BODY_RE.fullmatch(ln.text) \
                and not find_dates(ln.text) \
                and all(w[:1].isupper() or _NAME_PARTICLE_RE.fullmatch(w) for w in ln.text.split()):
            return ln.text
        # (over the headline, or a line of a stack of bodies, or over a caption's tail or a release's number: not a
        # story's topic under its byline, "Senate Committee on Foreign Relations", a review's probe)
        if (title is None or ln.index <= title or _court_or_agency(below) or _CAPTION_TAIL_RE.fullmatch(below)
                or _PRESS_RELEASE_NO_RE.match(below)) and (name := _court_or_agency(ln.text, below)) is not None:
            return name
    return None


# A court's, an agency's or a legislature's name, a line of its own in a document's caption or header: an opinion's
# "UNITED STATES DISTRICT COURT" / "FOR THE DISTRICT OF COLUMBIA" (copied from its PDF), a court's release's "Court of
# Justice of the European Union" over "PRESS RELEASE No 136/24", a joint guide's "Cybersecurity and Infrastructure
# Security Agency" under its title, a testimony's "Before the" / "United States House of Representatives" (first-time
# users' court and cyber briefings: no publication). Three words at least, capitalised but for a name's small words:
# not a menu's "Supreme Court", nor a sentence.
_COURT_OR_AGENCY_RE = re.compile(
    r"(?:(?:[A-Z][\w.'’-]*|of|the|for|and|OF|THE|FOR|AND)\s+){1,6}"
    r"(?:Court|COURT|Agency|AGENCY|Bureau|BUREAU|Tribunal|TRIBUNAL|Committee|COMMITTEE|House of Representatives|Senate)"
    r"(?:\s+(?:of|for|on|OF|FOR|ON)(?:\s+(?:the|THE))?(?:\s+(?:[A-Z][\w.'’-]*|of|the|and|OF|THE|AND)){1,6})?"
    r"|(?:Court|Committee|Bureau|Tribunal) (?:of|on)(?: the)?(?: (?:[A-Z][\w.'’-]*|of|the|and)){2,6}")
# (the caption's second line in capitals: "FOR THE DISTRICT OF COLUMBIA")
_CAPTION_TAIL_RE = re.compile(r"(?:FOR|OF) (?:THE )?[A-Z][A-Z.'’ -]{2,60}")
# A release's number under its issuer: "PRESS RELEASE No 136/24", "Press release No. 12/2024"
_PRESS_RELEASE_NO_RE = re.compile(r"press release\s+n(?:o\.?|°|r\.?)\s*\d", re.I)


def _court_or_agency(text: str, below: str = "") -> str | None:
    """The court's, agency's or legislature's name the line is (see _COURT_OR_AGENCY_RE), with its caption's second line
    below it, in small letters where the caption has it in capitals; None if none."""
    if not text[:1].isupper() or len(text) > 120 or not _COURT_OR_AGENCY_RE.fullmatch(text) \
            or len(text.split()) < 3 and not (text.isupper() and _CAPTION_TAIL_RE.fullmatch(below)) \
            or find_dates(text):
        return None
    if text.endswith(("Court", "Committee", "Tribunal")):
        return None  # (a menu's or a tag's "U.S. Supreme Court", "House Judiciary Committee": not the caption's)
    if text.isupper() and _CAPTION_TAIL_RE.fullmatch(below):
        text = f"{text} {below}"
    if text.isupper():
        text = " ".join(w.lower() if w in ("OF", "THE", "FOR", "AND", "ON") and i else w if "." in w else w.capitalize()
                        for i, w in enumerate(text.split()))
    return text


def _provider(lines: list[Line], title: int | None, aggregator: str, why: dict[str, list[str]]) -> str | None:
    """The publication whose story an aggregator's page shows: the one its credit names ("©
    Provided by CNBC"), else the logo's name right under the headline, over the byline (Yahoo:
    the headline / "AFP" / "Daniel KOHLER" / the date)."""
    credited = next((k for k, reasons in why.items() if "the provider's credit" in reasons and k != aggregator), None)
    if credited:
        return next((m.group(1) for ln in lines if (m := PROVIDED_BY_RE.match(ln.text))
                     and brand_key(m.group(1)) == credited), None)
    if title is None:
        return None

    def logo(k: int) -> bool:
        ln = lines[k] if 0 <= k < len(lines) else None
        return ln is not None and ln.chars <= PROVIDER_MAX_CHARS and 1 <= ln.words <= 4 and not ln.clutter \
            and _capitalised(ln.text) and _brand_ok(ln.text) and not looks_like_name(ln.text) \
            and not find_dates(ln.text) and brand_key(ln.text) not in AGGREGATORS \
            and not ln.text.endswith(tuple(".,:;!?"))
    below = title + 1
    if logo(below) and below + 1 < len(lines) and byline_names(lines[below + 1]) is not None \
            or logo(below) and below + 1 < len(lines) and looks_like_name(lines[below + 1].text):
        return lines[below].text
    return None  # (not the line over the headline: a section's, "Politics", "Markets", on the aggregator's own)


def acronym_expansion(acro: str, lines: list[Line]) -> str | None:
    """The words an acronym stands for, when running text (not a copyright line) spells them out:
    words in lower case after the capital ("Associated Press"), not the acronym again in a
    credit ("AP Photo")."""
    pattern = re.compile(r"\b" + r"\s+".join(rf"{c}[a-z][\w'’-]*" for c in acro) + r"\b")
    for ln in lines:
        if ln.caption or COPYRIGHT_RE.search(ln.text):
            continue  # (nor a photo's credit: "(AP Photo/Andre Penner)" does not spell out AP)
        for m in pattern.finditer(ln.text):
            if not (_CAPITALISED_WORD_BEFORE.search(ln.text, 0, m.start())
                    or _CAPITALISED_WORD_AFTER.match(ln.text, m.end())
                    or ln.text[:m.start()].endswith("/")):
                return m.group(0)  # not a part of a longer name ("National Action Party" for AP)
    return None


_CAPITALISED_WORD_BEFORE = re.compile(r"\b(?!The\s)[A-Z][\w'’-]*\s+$")
_CAPITALISED_WORD_AFTER = re.compile(r"\s+[A-Z][\w'’-]*")


COMMON_ACRONYMS = frozenset("NA AM PM TV OK US USA UK EU UN ID VS RSS FAQ PDF CEO HTML URL "
                            "GMT UTC EST EDT CST CDT PST PDT CET CEST".split()) | frozenset(
    # The states' postal codes: a local station's menu ("CBS NY Music Sites") spells out a
    # place, not the station ("New York").
    "AL AK AZ AR CA CO CT DE FL GA HI IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY "
    "NC ND OH OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC".split())


def self_reference(lines: list[Line], body: set[int], decisions: list[str]) -> str | None:
    """An acronym repeated in the boilerplate whose expansion the page spells out ('CDT' -> 'China Digital Times')."""
    chrome = [ln.text for ln in lines if ln.index not in body]
    acronyms = Counter(a for t in chrome for a in re.findall(r"\b([A-Z]{2,5})\b", t))
    alltext = "\n".join(ln.text for ln in lines)
    for acro, n in acronyms.most_common():
        if n < 2:
            break
        if acro in COMMON_ACRONYMS:
            continue  # "Party: NA", "10 AM", "TV": no name of the page's
        # Words that are not the acronym itself: "SN NOW" spells out nothing ("Sportsnet NOW" does).
        # (its small words aside: "Morbidity and Mortality Weekly Report" for "MMWR")
        # (led by the acronym's first letter, which the engine finds fast, then what "\b(?!{acro}\b)" before it
        # asked: no word character before that letter, and not the acronym itself from it on)
        pattern = rf"{acro[0]}(?<!\w.)(?!{acro[1:]}\b)[\w'’-]+" + "".join(rf"\s+(?:(?:and|of|for|the|on|&)\s+)?{c}[\w'’-]+"
                                                                         for c in acro[1:]) + r"\b"
        m = re.search(pattern, alltext)
        if m and re.search(r"\b" + re.escape(m.group(0).lower()) + r"\b", alltext):
            continue  # words the text also writes in lower case ("artificial intelligence"): a thing, not a name
        if m and len(m.group(0).split()) > len(acro) and not any(m.group(0) in t for t in chrome):
            continue  # (with its small words, only the page's own furniture's: not the text's "Federal Bureau of
            # Investigation" for the menu's "FBI"; the running header's "Morbidity and Mortality Weekly Report")
        if m:
            decisions.append(f"source {m.group(0)!r}: expansion of {acro!r}, repeated {n}x in the page chrome")
            return m.group(0)
    return None


# ---------------------------------------------------------------------------
# the whole text extraction
# ---------------------------------------------------------------------------
def _apply_stated(lines: list[Line], file_lines: list[str], numbers: list[int], stated: Mapping[int, str]) -> None:
    """Flag the lines whose kind the source states (see extract_text): a heading, a list's
    item (kept as the list it is), a quotation's line, a run of a listing's lines (one code
    block, as written)."""
    k = 0
    while k < len(lines):
        ln = lines[k]
        kind = stated.get(numbers[ln.index])
        if kind == "code":
            m = k
            while m + 1 < len(lines) and stated.get(numbers[m + 1]) == "code" \
                    and all(stated.get(n) == "code" or not file_lines[n - 1].strip()
                            for n in range(numbers[m] + 1, numbers[m + 1])):
                m += 1
            for c in lines[k:m + 1]:
                c.flags.update(("code", "stated"))
                c.clutter = False
                c.code = None
            block = "\n".join(line.rstrip() for line in file_lines[numbers[k] - 1:numbers[m]])
            lines[k].code = textwrap.dedent(block).strip("\n")
            k = m + 1
            continue
        if kind in ("heading", "item", "quote") and not ln.clutter:
            ln.flags.add("stated")
            ln.flags.add({"heading": "stated-heading", "item": "list", "quote": "stated-quote"}[kind])
        k += 1


# A photo's caption and credit run into the paragraph under it, as a copy of The Verge's page
# gives them: "Kent Walker, Google's president of global affairs, in 2023. Image: GoogleThe AI
# Act, which entered into force ..." (the credit's last word glued to the text's first).
_GLUED_CAPTION_RE = re.compile(r"((?:[^.!?]{3,200}[.!?]\s+)?(?:Image|Photo|Photograph|Picture|Credit)s?:\s"
                               # a credit's words: names, "for", "via", "/" ("Jane Roe for the Times")
                               r"(?:[A-Z][\w&'’.-]*|for|via|and|of|the|/)(?:\s+(?:[A-Z][\w&'’.-]*|for|via|and|of|the|/)){0,5}"
                               r"(?<=[a-z]))(?=[A-Z][a-z]*\s)")
GLUED_TEXT_MIN_WORDS = 20  # the text under it: a paragraph's worth


# A point's label on a line of its own, its text on the next: EUR-Lex sets a regulation's
# points and recitals in a table's two cells ("(a)" / "Chapters I and II shall apply from 2
# February 2025;"), and a copy puts each on a line. The label alone was taken for a
# subheading ("## (c)") and the short points between the labels were lost. They are one line,
# where the text ends as a point does (".", ";", ":", ","): not a share counter's "(14)" over
# a headline.
_POINT_LABEL_RE = re.compile(r"\((?:\d{1,3}|[a-z]{1,2}|[ivxl]{1,6})\)|(?:\d{1,3}|[a-z]|[ivxl]{1,6})\)|\d{1,3}\.")


def _point(ln: Line) -> bool:
    """A point of a list, by its label: "(a) Chapters I and II shall apply from 2 February 2025;"; or a
    short one, a clause of a few words with a function word, ended as a point is: a judgment's operative
    part, "On those grounds, the Court hereby:" / "1. Dismisses the appeal;" / "2. Orders …" (not a menu's
    "1. Home", a contents' "2. Key figures" nor a list of names, "(2) iTunes K.K.")."""
    label, _, rest = ln.text.partition(" ")
    n = len(rest.split())
    if n < POINT_MIN_WORDS and not (SHORT_POINT_MIN_WORDS <= n and ln.text.endswith((";", "."))
                                    and ln.stop_density > 0 and rest[:1].isupper()):
        return False
    return _POINT_LABEL_RE.fullmatch(label) is not None


POINT_MIN_WORDS = 4
SHORT_POINT_MIN_WORDS = 2


def join_point_labels(numbered: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines, each point's label on a line of its own joined to its text on the next (see
    _POINT_LABEL_RE)."""
    out: list[tuple[int, str]] = []
    for n, text in numbered:
        if out and _POINT_LABEL_RE.fullmatch(out[-1][1]) and n <= out[-1][0] + 2 \
                and not _POINT_LABEL_RE.fullmatch(text) and text[:1].isalpha() and text.endswith((".", ";", ":", ",")):
            out[-1] = (out[-1][0], f"{out[-1][1]} {text}")
        else:
            out.append((n, text))
    return out


def split_glued_caption(line: str) -> list[str]:
    """The line, or a caption with its credit and the paragraph it was run into, apart."""
    m = _GLUED_CAPTION_RE.match(line) if ":" in line else None
    if m is None or len(line[m.end():].split()) < GLUED_TEXT_MIN_WORDS:
        return [line]
    return [m.group(1), line[m.end():]]


# A link aggregator's thread (Hacker News): the submission's line over its score, submitter, age and count of
# comments ("412 points by throwaway_fab 3 days ago | hide | past | favorite | 287 comments"); each comment under
# its header, the commenter, its age and the thread's links, its toggle last ("kragen2 3 days ago | parent | next
# [–]"), over its "reply" link. An old thread's age is its day ("3471 points by rkta on March 29, 2024 | hide | …",
# "▲ pinkgolem on March 29, 2024 | next [–]", the comment's vote arrow copied with it: a first-time user's xz
# thread kept one comment of five, ended at its "reply")
_THREAD_AGE = r"\d{1,3} (?:minutes?|hours?|days?|months?|years?) ago|on [A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}"
_SUBMISSION_META_RE = re.compile(rf"\d[\d,]* points? by \S{{2,40}} (?:.{{0,40}}?\bago\b|on [A-Z][a-z]{{2,8}}\.? "
                                 rf"\d{{1,2}}, \d{{4}}).*\|\s*\d[\d,]* comments?\s*")
_THREAD_HEADER_RE = re.compile(rf"(?:▲\s?)?(\S{{2,40}}) ({_THREAD_AGE})\b"
                               r"[^|]{0,20}(?:\s*\|\s*[\w ]{1,20})*\s*\[[–-]\]")
_THREAD_REPLY_RE = re.compile(r"reply", re.I)
THREAD_HEAD_LINES = 8  # the page's first lines, where the submission stands
THREAD_MIN_COMMENTS = 2


def discussion_thread(lines: list[Line]) -> int | None:
    """A link aggregator's thread: the submission's line (over its score line, see _SUBMISSION_META_RE), with
    two comments' headers or more under it; its comments are the page's text. Marks each comment's header
    ("thread-header", its text the commenter and the age) and "reply" link ("thread-reply"): the reply is no
    comment section's end, the header the comment's heading. The submission's line, or None."""
    meta = next((ln.index for ln in lines[1:THREAD_HEAD_LINES] if " points" in ln.text
                 and (" ago" in ln.text or " on " in ln.text) and _SUBMISSION_META_RE.fullmatch(ln.text)), None)
    if meta is None:
        forum = _forum_thread(lines)
        return forum if forum is not None else _issue_thread(lines)
    heads = [(ln, m) for ln in lines[meta + 1:]
             if ln.text.endswith("]") and (m := _THREAD_HEADER_RE.fullmatch(ln.text))]
    if len(heads) < THREAD_MIN_COMMENTS:
        return None
    lines[meta].clutter = True
    for ln, m in heads:
        ln.text, ln.chars = f"{m.group(1)}, {m.group(2)}", len(m.group(1)) + 2 + len(m.group(2))
        ln.clutter, ln.caption = False, False
        ln.flags.add("thread-header")
        k = ln.index + 1
        while k < len(lines) and "thread-header" not in lines[k].flags \
                and not _THREAD_HEADER_RE.fullmatch(lines[k].text) and k - ln.index <= COMMENT_MAX_LINES:
            if _THREAD_REPLY_RE.fullmatch(lines[k].text):
                lines[k].clutter = True
                lines[k].flags.add("thread-reply")
                break
            if lines[k].cls == "bad" and not lines[k].clutter and _reads_as_sentence(lines[k].text):
                # (a comment's sentences are its text, however poor in function words: "Arch shipped 5.6.1 too,
                # but their sshd isn't linked against libsystemd, so the payload path isn't hit.")
                lines[k].cls = "near"
            k += 1
    return meta - 1


# A forum's thread as Reddit shows it: the community, "•", the post's age and its poster over the post's title; each
# comment under its commenter, "•" and its age, a line each ("u/old_salt_bosun" / "•" / "1y ago"), over its "Reply"
_COMMUNITY_RE = re.compile(r"r/\w{2,30}")
_COMMENTER_RE = re.compile(r"u/([\w-]{3,30})")
_BARE_COMMENTER_RE = re.compile(r"(?!r/)([\w-]{3,30})")
_POST_AGE_LINE_RE = re.compile(r"\d{1,3}\s?(?:y|yr|yrs|mo|w|d|h|hr|m|min)s?\.? ago", re.I)
_EDITED_RE = re.compile(r"edited \d{1,3}\s?\w{1,5}\.? ago", re.I)
_POST_COUNTER_RE = re.compile(r"[\d.,]+\s?[km]?\s(?:upvotes?|votes?|points?|comments?|awards?)", re.I)
POST_COUNTER_MAX_CHARS = 20
# The badge a forum sets by a comment's writer who is the thread's poster, on a line of its own between the name and
# the "•": "u/throwaway_sema_mom" / "OP" / "•" / "8 mo. ago". The poster's replies were no comments: a first-time
# user's Reddit thread lost its poster's, "Thanks, I had no idea NovoCare existed. Calling tomorrow."
_POSTER_BADGES = frozenset({"OP", "Op", "op"})
FORUM_HEAD_LINES = 12  # the page's first lines, where the community and the post's poster stand


def _forum_thread(lines: list[Line]) -> int | None:
    """A forum's thread (see _COMMUNITY_RE, _COMMENTER_RE): its post's title (its headline), its comments the
    page's text, each under its commenter and age as in discussion_thread; or None. A first-time user's r/shipping
    thread kept its post alone, its three comments (the text an analyst copies such a page for) and its poster lost."""
    def badge(i: int) -> int:  # (past the poster's badge by the name of a comment's writer, "OP", if any)
        return i + 1 if i < len(lines) and lines[i].text in _POSTER_BADGES else i

    def age_under(i: int) -> int | None:
        k = badge(i + 1)
        k += k < len(lines) and lines[k].text in ("•", "·")
        return k if k < len(lines) and _POST_AGE_LINE_RE.fullmatch(lines[k].text) else None
    # (the commenter's name without its "u/" as Reddit copies since 2025, "Hot_Resident_2210" / "•" / "10mo ago": the
    # dot between them needed, a first-time user's measles briefing)
    heads = [(ln, m, k) for ln in lines if (ln.text.startswith("u/") and (m := _COMMENTER_RE.fullmatch(ln.text))
                                            or (b := badge(ln.index + 1)) < len(lines) and lines[b].text in ("•", "·")
                                            and (m := _BARE_COMMENTER_RE.fullmatch(ln.text)))
             and (k := age_under(ln.index)) is not None]
    community = next((ln.index for ln in lines[:FORUM_HEAD_LINES] if _COMMUNITY_RE.fullmatch(ln.text)
                      and (k := age_under(ln.index)) is not None and k + 2 < len(lines)), None)
    if len(heads) < THREAD_MIN_COMMENTS or community is None:
        return None
    age = age_under(community)
    poster, title = age + 1, age + 2  # type: ignore[operator]
    if not re.fullmatch(r"[\w-]{3,30}", lines[poster].text) or lines[title].words < 3:
        return None  # (the poster's name, then the post's title: not a box of another site's trends, a review's probe)
    for k in range(community, poster + 1):
        lines[k].clutter = True
    lines[poster].flags.add("forum-poster")
    lines[community].flags.add("forum-community")
    if title + 1 < len(lines) and lines[title + 1].words <= 3 and not lines[title + 1].sentence:
        lines[title + 1].clutter = True  # (the post's flair under its title: "Question", "News", "Discussion")
    for ln in lines[title + 1:heads[0][0].index]:
        if ln.cls == "bad" and not ln.clutter and _reads_as_sentence(ln.text):
            # (the post's sentences are its text, however poor in function words, as a comment's are: "Is anyone
            # switching to NovoCare pharmacy's $499 cash price? Or tirzepatide? Honestly terrified of regaining.")
            ln.cls = "near"
    # (the post's counters over its comments, "412 upvotes" / "89 comments": no comment section's end of the text)
    for ln in lines[title + 1:heads[0][0].index]:
        if ln.chars <= POST_COUNTER_MAX_CHARS and _POST_COUNTER_RE.fullmatch(ln.text):
            ln.clutter = True
            ln.flags.add("thread-reply")
    for ln, m, k in heads:
        ln.text = f"{m.group(1)}, {lines[k].text}"
        ln.chars = len(ln.text)
        ln.clutter, ln.caption = False, False
        ln.flags.add("thread-header")
        edited = k + 1 < len(lines) and _EDITED_RE.fullmatch(lines[k + 1].text) is not None  # "Edited 1y ago"
        for j in range(ln.index + 1, k + 1 + edited):
            lines[j].clutter = True
        j = k + 1
        while j < len(lines) and not lines[j].text.startswith("u/") and j - ln.index <= COMMENT_MAX_LINES:
            if _THREAD_REPLY_RE.fullmatch(lines[j].text):
                lines[j].clutter = True
                lines[j].flags.add("thread-reply")  # (each: a copy may hold the button's two labels, "Reply" / "reply")
            j += 1
    return title


# An issue's thread as GitHub shows it: its title and number ("xz 5.6.x contains a backdoor (CVE-2024-3094),
# downgrade to 5.4.6 #167512", the number on a line of its own in the sticky header that repeats it), its state
# ("Closed", "Open") and its opener ("carlocab opened this issue on Mar 29, 2024 · 14 comments"); each comment under
# its commenter's avatar, role and line ("@carlocab" / "Member" / "carlocab commented on Mar 29, 2024"), its reactions
# under it ("👍 212"), the issue's events between the comments ("@carlocab carlocab mentioned this issue Mar 29, 2024"
# / "xz: revert to 5.4.6 #167513" / "Merged", "carlocab closed this as completed in #167513 Mar 29, 2024")
_ISSUE_OPENER_RE = re.compile(r"([\w-]{1,39}) opened this issue (?:on )?(.{3,40}?)(?: · \d[\d,]* comments?)?")
_ISSUE_NUMBER_RE = re.compile(r"(?:(.{3,300}?) )?#\d{1,7}")
_ISSUE_COMMENTER_RE = re.compile(r"([\w-]{1,39}(?:\[bot\])?) commented (?:on )?(.{3,40}?)(?: • edited(?: by [\w-]+)?)?")
_ISSUE_AVATAR_RE = re.compile(r"@[\w-]{1,39}(?:\[bot\])?")
_ISSUE_ROLE_RE = re.compile(r"(?:Member|Owner|Collaborator|Contributor|Author|First-time contributor|Sponsor)"
                            r"(?: · \w+)?")
_ISSUE_EVENT_RE = re.compile(r"(?:@[\w-]{1,39} )?[\w-]{1,39}(?:\[bot\])?(?: bot)? (?:mentioned|closed|reopened|locked"
                             r"|unlocked|referenced|added|removed|linked|assigned|unassigned|self-assigned|changed"
                             r"|pinned|unpinned|transferred|marked|merged|requested|converted|deleted|labeled"
                             r"|unlabeled|moved) .{2,160}")
_REACTION_RE = re.compile(r"[^\w\s]{1,3}\s?\d[\d,.]*[KkM]?")
ISSUE_HEAD_LINES = 40  # the page's first lines, where the issue's title and opener stand (under the repository's menu)


def _issue_thread(lines: list[Line]) -> int | None:
    """An issue's thread (see _ISSUE_OPENER_RE): its title's line, the number left out (its headline), or None. Its
    comments are the page's text, each under its commenter and day as in discussion_thread ("thread-header"); its
    opener's line is flagged "issue-opener" (who opened the issue and when: its author and date), the events and
    reactions between the comments are no text nor a gap that ends it ("thread-reply"). A first-time user's Homebrew
    issue kept its opener's first paragraphs only, and was titled "carlocab opened this issue on Mar 29, 2024 · 14
    comments"."""
    opener = next((ln.index for ln in lines[1:ISSUE_HEAD_LINES] if " opened this issue " in ln.text
                   and _ISSUE_OPENER_RE.fullmatch(ln.text)), None)
    if opener is None:
        return None
    def numbered(k: int) -> bool:  # the title and its number, on a line or two ("… downgrade to 5.4.6" / "#167512")
        return "#" in lines[k].text and (m := _ISSUE_NUMBER_RE.fullmatch(lines[k].text)) is not None \
            and (m.group(1) is not None or k > 0 and lines[k - 1].words >= 2)
    title = next((k for k in range(max(0, opener - 4), opener) if numbered(k)), None)
    heads = [ln for ln in lines[opener + 1:] if " commented " in ln.text and _ISSUE_COMMENTER_RE.fullmatch(ln.text)
             and ln.index >= 1 and (_ISSUE_AVATAR_RE.fullmatch(lines[ln.index - 1].text)
                                    or _ISSUE_ROLE_RE.fullmatch(lines[ln.index - 1].text))]
    if title is None or len(heads) < THREAD_MIN_COMMENTS:
        return None
    m = _ISSUE_NUMBER_RE.fullmatch(lines[title].text)
    if m.group(1) is None:  # (the number on a line of its own, under the title)
        lines[title].clutter = True
        title -= 1
    else:
        lines[title].text = m.group(1)
        lines[title].chars = len(m.group(1))
    headline = lines[title].text
    lines[opener].clutter = True
    lines[opener].flags.add("issue-opener")
    for ln in lines[title + 1:heads[0].index]:
        # (the sticky header's copy of the title, its number, the state and the opener again)
        if ln.text == headline or ln.chars <= 12 and (ln.text in ("Open", "Closed", "Merged", "Draft", "Comments")
                                                       or numbered(ln.index)) \
                or " opened this issue " in ln.text and _ISSUE_OPENER_RE.fullmatch(ln.text):
            ln.clutter = True
    for n, ln in enumerate(heads):
        m = _ISSUE_COMMENTER_RE.fullmatch(ln.text)
        ln.text = f"{m.group(1)}, {m.group(2)}"
        ln.chars = len(ln.text)
        ln.clutter, ln.caption = False, False
        ln.flags.add("thread-header")
        for k in range(max(0, ln.index - 2), ln.index):
            if _ISSUE_AVATAR_RE.fullmatch(lines[k].text) or _ISSUE_ROLE_RE.fullmatch(lines[k].text):
                lines[k].clutter = True
                lines[k].flags.add("thread-reply")
        # the comment's text, to the next commenter's avatar, an event or the page's furniture
        bound = heads[n + 1].index if n + 1 < len(heads) else len(lines)
        while n + 1 < len(heads) and bound > ln.index + 1 and (_ISSUE_AVATAR_RE.fullmatch(lines[bound - 1].text)
                                                              or _ISSUE_ROLE_RE.fullmatch(lines[bound - 1].text)):
            bound -= 1
        k = ln.index + 1
        listing: list[Line] = []  # a command at its prompt and its output, to the next sentence of the comment
        while k < bound and not lines[k].clutter and not _ISSUE_AVATAR_RE.fullmatch(lines[k].text) \
                and not _ISSUE_EVENT_RE.fullmatch(lines[k].text):
            if _PROMPT_RE.match(lines[k].text) or listing and not _reads_as_sentence(lines[k].text):
                listing.append(lines[k])
                lines[k].flags.add("code")
                listing[0].code = "\n".join(o.text for o in listing)  # ("$ brew info xz" / "==> xz: stable 5.6.1")
                k += 1
                continue
            listing = []
            if lines[k].chars <= 12 and _REACTION_RE.fullmatch(lines[k].text):
                lines[k].clutter = True
                lines[k].flags.add("thread-reply")
            else:
                lines[k].flags.add("thread-text")
                if lines[k].cls in ("bad", "short") and lines[k].words >= 2:
                    # (a comment's sentence, its link at its end, "… today: https://…", and its short lines, "PR:
                    # #167513", a command and its output: the commenter's)
                    lines[k].cls = "near"
            k += 1
        for j in range(k, bound if n + 1 < len(heads) else k):
            lines[j].clutter = True  # (the events between two comments)
            lines[j].flags.add("thread-reply")
    return title


# A site's name run into its menu, the menu's items split by bars: "Hacker News new | past | comments | ask"
_SITE_MENU_RE = re.compile(r"((?-i:[A-Z])[\w.-]*(?: (?-i:[A-Z])[\w.-]*){0,3}) [a-z]{2,12}(?: \| [a-z]{2,12}){2,}\b.*")


def _thread_site(text: str) -> str | None:
    """The site's name heading a thread's page, its menu after it (_SITE_MENU_RE), or None."""
    m = _SITE_MENU_RE.fullmatch(text) if text.count("|") >= 2 else None
    return m.group(1) if m else None


_RESOLVE_RE = re.compile(r"Resolve(?:\s+Reply)?")
_DOC_COMMENT_RE = re.compile(r"Comment from [^:]{2,40}:\s")


# A writer's initials in brackets at a line's end, the look of a photo's credit ("(AP)"): on the page's first line,
# over the date it was last edited ("Chip export controls — working notes (PR)" / "Last edited by Priya R. on 2
# Dec 2025"), a notes document's title; no photo stands over a document's head.
_INITIALS_END_RE = re.compile(r"\s\((?-i:[A-Z]{2,3})\)$")
_AGENCY_INITIALS = frozenset({"AP", "PA", "AFP", "EPA", "DPA", "ANP", "UPI", "AAP", "CP", "ANI", "IPS", "APA"})
# (the document's date as a word processor shows it, who last edited it and when; not a photo's (AP) caption over a
# page's dateline)
# (a word processor's wording, not a news page's "Updated by Staff Writer on …" under a photo's "(AP)": a review's probe)
_LAST_EDITED_RE = re.compile(r"(?:last )?(?:edited|modified|saved) by .{2,40}? (?:on|at) ", re.I)


# A newsletter's notes under the text ("Footnotes" / "1" / "Venezuela regained elimination status in 2024."), and the
# note's mark glued to the sentence that calls it, after its full stop: Substack's "… South Carolina is growing fast.2",
# "… since Venezuela and Brazil did in 2018 and 2019.1". Unread, the mark made the paragraph no sentence, and a
# subscribe box over it took it and its heading (a first-time user's measles briefing); it is no part of the text.
_NOTES_HEADING_RE = re.compile(r"(?:foot|end)?notes?|notas|notes et références|anmerkungen", re.I)
NOTES_HEADING_MAX_CHARS = 24
# (after a word or a year: not a number's decimals, "… rose to 2.5", "Python 3.12"; a word of three letters at least,
# not in capitals, nor an abbreviation, so not a name's or a figure's number: "JN.1", "BA.2", "Fig.2", "No.1", "p.12",
# "Art.42", a review's probes; "… across Africa.3" is a mark, a code review's)
_GLUED_NOTE_MARK_RE = re.compile(r"(?:(?<![^\W\d_])([^\W\d_]{3,})|(?<=(?<!\d)\d{4}))([.!?][”\"’)]?)\d{1,2}$")
_NUMBERED_ABBREVIATIONS = frozenset({"fig", "vol", "sec", "art", "para", "chap", "ref", "eq", "nos", "pag", "pág"})


def strip_note_marks(texts: list[str], decisions: list[str], numbers: list[int]) -> list[str]:
    """The lines without a note's mark after their last sentence's end, on a page with a list of notes."""
    out = []
    for k, t in enumerate(texts):
        if t[-1:].isdigit() and len(t) > NOTES_HEADING_MAX_CHARS and (m := _GLUED_NOTE_MARK_RE.search(t)) \
                and (not (w := m.group(1)) or not w.isupper() and w.lower() not in _NUMBERED_ABBREVIATIONS):
            t = t[:m.end(2)]
            decisions.append(f"line {numbers[k]}: a note's mark after the sentence's end, left out")
        out.append(t)
    return out


# A transcript's turn laid out on three lines, as podcast pages show it (Apple Podcasts', Spotify's, Descript's):
# its time alone, the speaker's name alone, the words ("00:00:04" / "David Brown" / "This is the Texas Standard. …").
# Written as one line, "[00:00:04] David Brown: This is …", the turn is read as a transcript's is; apart, the
# speakers were lost and two short turns with them (a first-time user's measles briefing). TIMED_TURNS_MIN turns at
# least: not a programme's schedule ("06:30" / "Weather" / …), whose items are no speaker over words. (An automatic
# transcript's "Speaker 1" is one.)
_TIME_ALONE_RE = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?\s*$", re.M)
_SPEAKER_ALONE_RE = re.compile(r"(?:(?:Dr|Mr|Mrs|Ms|Prof)\.? )?[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}|Speaker \d{1,2}")
TIMED_TURNS_MIN = 3


TIMED_TURN_MIN_WORDS = 10


def join_timed_turns(file_lines: list[str], decisions: list[str]) -> list[str]:
    """The lines with each turn of three lines (time / speaker / words) joined into its third, the two over it
    left empty."""
    turns = [k for k in range(len(file_lines) - 2) if _TIME_ALONE_RE.match(file_lines[k])
             and len(file_lines[k + 1]) <= 40 and _SPEAKER_ALONE_RE.fullmatch(file_lines[k + 1].strip())
             and len(file_lines[k + 2].split()) >= 3 and not _TIME_ALONE_RE.match(file_lines[k + 2])]
    if len(turns) < TIMED_TURNS_MIN:
        return file_lines
    # (people speak, two of them at least, and one of them again: each a person's name ("David Brown", "Dr. Ron
    # Cook", "DEREK HOLLOWAY"); not a schedule's items, all different ("Registration", "Panel Discussion",
    # "Breakfast", "Saturday Kitchen Live"), a timetable's one station again and again ("Cardiff Central"), a live
    # blog's "Goal" and "Full Time": a review's probes)
    speakers = [file_lines[k + 1].strip() for k in turns]
    if not 2 <= len(set(speakers)) < len(speakers):
        return file_lines
    # (or named by a word, each again, their words a speaker's, ten a turn or more: "Trump" / "Biden", "Speaker 1" /
    # "Speaker 2", a code review's; not two stations of a timetable, each again, under a line of a few words)
    if not all(looks_like_name(s) or s.isupper() and " " in s for s in set(speakers)) and not (
            all(speakers.count(s) >= 2 and s[:1].isupper() and len(s.split()) <= 2 for s in set(speakers))
            and sum(len(file_lines[k + 2].split()) for k in turns) >= TIMED_TURN_MIN_WORDS * len(turns)):
        return file_lines
    out = list(file_lines)
    for k in turns:
        out[k + 2] = f"[{out[k].strip()}] {out[k + 1].strip()}: {out[k + 2].strip()}"
        out[k] = out[k + 1] = ""
    decisions.append(f"a transcript's {len(turns)} turns of a time, a speaker and the words joined, one line each")
    return out


# A transcript copied with its page's line numbers (a court's, a deposition's, a hearing's; a bill's lines are so
# numbered too): each printed line led by its number, 1 to 25 down the page, the page's number alone on a line over
# the next page's "1" (" 1             THE COURT: All right. Mr. Dahlquist, let me ask you" / " 2   about Chrome.
# Why isn't …" / … / "                                   47"). Read as it stood, each printed line was a paragraph,
# its number kept, the numbered lines verse, the reporter's credit at the caption page's foot the headline (a
# first-time user's Big Tech briefing). The numbers are no text: left out, and the page numbers with them; a numbered
# page two at least, each from its "1" on, under a page number.
_NUMBERED_LINE_RE = re.compile(r"[ \t]{0,4}(\d{1,2})(?:[ \t]+(\S.*))?[ \t]*")
_PAGE_NUMBER_LINE_RE = re.compile(r"[ \t]*\d{1,4}[ \t]*")
NUMBERED_PAGE_MIN_LINES = 8  # a page's numbered lines, 1 on (a numbered list's few items are no page)
NUMBERED_PAGES_MIN = 2
NUMBERED_RUN_ON_SHARE = 0.2  # of the numbered lines, those whose sentence runs on in the next
# A turn's first line, its speaker's label (a court's "THE COURT:", "MR. DINTZER:", "MS. SMITH:", "THE WITNESS:"; a
# deposition's "Q." and "A."; a hearing's "CHAIRMAN GARBARINO:"), or a note of the record's in brackets ("(Recess
# taken.)"): each starts a paragraph, and the lines under it, to the next, are its own
_NUMBERED_TURN_RE = re.compile(r"(?:THE [A-Z]+(?: [A-Z]+)?|(?:MR|MS|MRS|DR|JUDGE|SENATOR|CHAIRMAN|CHAIRWOMAN)\.?"
                               r" [A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+)?):\s|[QA][.:]?\s|\(")
_NUMBERED_START_RE = re.compile(r"^[ \t]{0,4}1(?:[ \t]|$)", re.M)  # (a page's first line: two, or no page)
NUMBERED_SCAN_CHARS = 20000  # the text's first characters, where its first pages are
NUMBERED_INDENT = 4  # columns past the text's margin where a line starts a paragraph (a turn's first, a heading)


def unnumber_lines(file_lines: list[str], decisions: list[str], turn_lines: set[int]) -> list[str]:
    """The lines of a transcript printed with its line numbers (see _NUMBERED_LINE_RE) without them, nor its page
    numbers, and from its first turn on each turn one line, its printed lines joined; or the lines as they were.
    `turn_lines` gets the turns' line numbers (1-based) in the lines returned."""
    numbered: dict[int, str] = {}  # line -> its text without its number
    pages: list[int] = []  # the page numbers' lines
    expect, run, runs = 1, 0, 0
    for k, line in enumerate(file_lines):
        if not line[:1].isspace() and not line[:1].isdigit() or (m := _NUMBERED_LINE_RE.fullmatch(line)) is None:
            if line[-1:].isdigit() and _PAGE_NUMBER_LINE_RE.fullmatch(line):
                pages.append(k)  # (a number alone, far to the right or centred: the page's)
            continue
        n = int(m.group(1))
        if n == expect or n == 1 and run and pages and pages[-1] > k - 4:
            if n == 1:
                runs += run >= NUMBERED_PAGE_MIN_LINES
                run = 0
            numbered[k] = m.group(2) or ""
            expect, run = n + 1, run + 1
        elif _PAGE_NUMBER_LINE_RE.fullmatch(line):
            pages.append(k)  # (a number out of the run's order, alone: the page's)
    runs += run >= NUMBERED_PAGE_MIN_LINES
    if runs < NUMBERED_PAGES_MIN or not pages:
        return file_lines
    # (its sentences run on from a line to the next, "… let me ask you" / "about Chrome. …": not a numbered list's
    # items, each whole, "1  The personal allowance stays frozen until 2028, …", nor a table's rows, a review's probes)
    said = [k for k in numbered if numbered[k]]
    if NUMBERED_RUN_ON_SHARE * len(said) > sum(
            1 for k in said if k + 1 in numbered and numbered[k + 1][:1].islower() and numbered[k][-1:].isalpha()):
        return file_lines
    first, last = min(numbered), max(numbered)
    if pages[0] < first and not any(file_lines[k].strip() for k in range(pages[0] + 1, first)):
        first = pages[0]  # (the first page's number, over its first line)
    body = [(k, numbered[k] if k in numbered else file_lines[k]) for k in range(first, last + 1) if k not in pages]
    columns = Counter(file_lines[k].find(line.strip()) for k, line in body if line.strip())  # (where each starts)
    margin = columns.most_common(1)[0][0] if columns else 0
    out = file_lines[:first]
    turns = 0
    for k, line in body:
        text = line.strip()
        column = file_lines[k].find(text) if text else 0
        if not turns and (text[:1] == "(" or not _NUMBERED_TURN_RE.match(text)):
            out.append(text)  # (the caption page, its lines as they stand, to the first speaker's turn)
            continue
        if not text:
            if k in numbered and out and out[-1]:
                out.append("")  # (a numbered line left empty ends the paragraph; the page's foot does not)
        elif _NUMBERED_TURN_RE.match(text) or column > margin + NUMBERED_INDENT or not out or not out[-1]:
            turns += 1
            out += ["", text] if out and out[-1] else [text]
            turn_lines.add(len(out))
        else:
            # (a compound's hyphen at the line's end, "twenty-" / "five years", joins it as it is; a dash, "--", not)
            out[-1] += text if out[-1].endswith("-") and out[-1][-2:-1].isalpha() else f" {text}"
    decisions.append(f"lines {first + 1}-{last + 1}: a transcript's numbered lines, {runs} page(s), their numbers and "
                     f"{len(pages)} page number(s) left out, {turns} turn(s) joined")
    return out + [""] + file_lines[last + 1:]


HEADLINE_COPY_SPAN = 10  # lines over a headline right over its text where its first printing may stand


def _headline_copy_above(lines: list[Line], title: int, start: int) -> int | None:
    """The headline's first printing, a few lines over the headline taken, itself right over the text: its standfirst
    is under that one, "DOE National Laboratory Makes History by Achieving Fusion Ignition" / "Monumental Breakthrough
    Will Pave the Way for …" / "Office of Public Affairs" / the date / "Energy.gov" / the headline again / the text
    (the DOE's release: a first-time user's fusion briefing lost its subhead, neither subtitle nor text)."""
    if title + 1 != start and not (title + 1 < len(lines) and _LEDE_DATELINE_RE.match(lines[title + 1].text)):
        return None
    text = lines[title].text
    return next((k for k in range(title - 2, max(-1, title - HEADLINE_COPY_SPAN), -1)
                 if lines[k].text == text and lines[k + 1].text != text and "breadcrumb" not in lines[k].flags), None)


DROPPED_SENTENCES_SHOWN = 3
DROPPED_SENTENCE_MIN_WORDS = 8


def _dropped_sentences(lines: list[Line], start: int, end: int, blocks: list[Block]) -> list[int]:
    """The indices of the lines of the text's run that read as a sentence and that no block keeps, the first few: -v
    names them (a first-time user's wrapped line, "Google monopolized key digital advertising technologies. A bench
    trial was held", was lost with no more than "dropped 4 line(s) as clutter")."""
    texts = {b.text for b in blocks}
    kept: str | None = None
    out: list[int] = []
    for ln in lines[start:end]:
        if ln.words >= DROPPED_SENTENCE_MIN_WORDS and (ln.sentence or ln.cls in ("good", "near")
                                                        or _running_text(ln.text)) and ln.text not in texts:
            kept = " ".join(texts) if kept is None else kept
            # (an item, kept without its bullet: "- Artificial intelligence act, text adopted by the Council, 21 May
            # 2024" was said to be dropped, a first-time user's Council release, yet was in the text)
            bare = ln.text[m.end() - 1:] if (m := BULLET_ITEM_RE.match(ln.text)) else ln.text
            if bare not in kept:
                out.append(ln.index)
                if len(out) >= DROPPED_SENTENCES_SHOWN:
                    break
    return out


def extract_text(text: str, stated: Mapping[int, str] | None = None, headline: str | None = None) -> TextResult:
    """Extract headline, byline, dateline, publication and body blocks from a page's text dump.

    `stated`: what the source states some lines are, by line number (1-based): "heading",
    "item" (of a list), "quote" (a block quote's line), "code" (a listing's line; a run of
    them is one listing). A Markdown seed says so (extract_markdown); those lines are not
    judged by their length or words. `headline`: the headline, where the source states it (a
    clipping's front matter or "# Headline"): no other line is taken for it (nor, under it,
    for the standfirst), and the line that repeats it, if any, is the head's."""
    res = TextResult()
    _PAGE_LANGUAGE.set(None)  # (not the last page's, until this one's is read)
    file_lines = (text or "").split("\n")
    if text and ":" in text and _TIME_ALONE_RE.search(text):
        file_lines = join_timed_turns(file_lines, res.decisions)
    turn_lines: set[int] = set()  # (a numbered transcript's turns, see unnumber_lines)
    if text and len(_NUMBERED_START_RE.findall(text, 0, NUMBERED_SCAN_CHARS)) >= NUMBERED_PAGES_MIN:
        file_lines = unnumber_lines(file_lines, res.decisions, turn_lines)
    wrapped_title: list[int] = []
    running_heads: set[int] = set()
    numbered = join_point_labels([(n, part) for n, x in (
        (n, normalise_line(line)) for n, line in unwrap_lines(file_lines, res.decisions, wrapped_title, running_heads))
        for part in split_glued_caption(x) if part])
    if any(x.endswith(("more", "More")) or x.startswith(("May be a", "No photo")) for _, x in numbered):
        numbered = collapsed_post(numbered, res.decisions, res.collapsed)
    raw = [x for _, x in numbered]
    if not raw:
        res.decisions.append("empty text: nothing to extract")
        return res
    numbers = [n for n, _ in numbered]  # each kept line's number in the file, for the decisions
    texts = dedupe_lines(raw, res.decisions, numbers)
    if any(len(t) <= NOTES_HEADING_MAX_CHARS and t[:1] in "FNEAfnea" and _NOTES_HEADING_RE.fullmatch(t) for t in texts):
        texts = strip_note_marks(texts, res.decisions, numbers)
    first_decision = len(res.decisions)
    res.dropped += len(raw) - len(texts)
    # The language of the page's prose, not of its menus (an article in English on a German
    # site): lines long enough to be text decide, when there are some. Numeric dates are
    # written the site's way ("Veröffentlicht am 11/04/2012": day first), so the whole page
    # decides their order when the prose is the smaller part of it.
    prose = [t for t in texts if len(t) >= LENGTH_LOW and _running_text(t)]
    language = detect_language(prose or texts)
    _PAGE_LANGUAGE.set(language)
    site_language = language if 2 * sum(map(len, prose)) >= sum(map(len, texts)) else detect_language(texts)
    month_first = site_language in ("English", "cjk")
    res.decisions.append(f"language guess: {language or 'unknown (lines judged by length)'}")
    month_first, order_sign = numeric_order(texts, month_first)
    if order_sign:
        res.decisions.append(f"numeric dates read {'month' if month_first else 'day'} first: {order_sign}")
    res.language = language_code(language, texts)
    lines = [Line(i, t) for i, t in enumerate(texts)]
    tabbed = "\t" in text
    refused: dict[int, tuple[str, ...]] = {}  # (the cells of tabbed lines no table's row by themselves)
    # (lines in a script no stoplist reads are judged by their length on a channel's copied posts, which may be in
    # two languages; not a plea or a caption in Burmese or Thai in an English article, a review's probes)
    unread = sum(1 for t in texts if "[" in t and _POST_HEADER_RE.fullmatch(t)) >= LIVE_ENTRIES_MIN
    for ln in lines:
        classify(ln, language, unread)
        if "," in ln.text and ln.index and not ln.text.isascii() and ln.chars <= INDIC_DATELINE_MAX_CHARS \
                and lines[ln.index - 1].words == 2 and _INDIC_DATELINE_RE.fullmatch(ln.text) \
                and _indic_language(lines[ln.index - 1].text) and (ln.index < 2 or lines[ln.index - 2].words <= 1):
            # (a headline of two words over such a dateline, under no longer line: Lokmat's "लोकमत" / "पुण्यात
            # पाणीकपात" / "पुणे, ३ मे २०२६"; not the paper's name under its headline, "কলকাতায় বর্ষবরণ" / "আনন্দবাজার
            # পত্রিকা" / "কলকাতা, ১ বৈশাখ ১৪৩২")
            lines[ln.index - 1].flags.add("over-indic-dateline")
        if numbers[ln.index] in turn_lines:
            ln.flags.add("turn")  # (a numbered transcript's: its text, however short, "Q. And then?", "A. Yes.")
        if numbers[ln.index] in running_heads:
            ln.flags.add("running-head")  # (no headline, nor its standfirst: the journal's, the issue's)
        if numbers[ln.index] in wrapped_title:
            ln.flags.add("wrapped-title")
        elif ln.index and "wrapped-title" in lines[ln.index - 1].flags and names_only(ln.text):
            ln.flags.add("title-names")  # (a paper's authors, under its title: however long, no text)
        if ln.index and numbers[ln.index] == numbers[ln.index - 1] + 1:
            ln.flags.add("joined")  # no empty line above: the same block of the page (a list's next item)
        if ln.chars < WIKI_HEADING_MAX_CHARS and "]" in (raw_line := file_lines[numbers[ln.index] - 1].rstrip()) \
                and raw_line.endswith("]") and _WIKI_EDIT.search(raw_line):
            ln.flags.add("wiki-heading")  # "Spain[edit]": a heading, the wiki says, under another one too
        if ("  " in (raw_line := file_lines[numbers[ln.index] - 1]) or "\t" in raw_line) and _spaced_menu(raw_line):
            ln.flags.add("menu-row")
        if tabbed and "\t" in file_lines[numbers[ln.index] - 1]:
            cells = tuple(normalise_line(c) for c in file_lines[numbers[ln.index] - 1].strip("\n").split("\t"))
            if table_row(cells):
                ln.cells = cells
            else:
                refused[ln.index] = cells
    flag_prose_tables(lines, refused)
    flag_piped_tables(lines)
    flag_spaced_tables(lines)
    for ln in lines:  # (a row among others: an infobox's, "Location" / "Red Sea, …"; not a headline's tab)
        if ln.cells and any(0 <= k < len(lines) and lines[k].cells for k in (ln.index - 1, ln.index + 1)):
            ln.flags.add("table-row")
    flag_wiki_appendix(lines)
    flag_contents(lines)
    for ln in lines:
        if ln.chars <= DOWNLOAD_MAX_CHARS and ln.text.endswith(")") and _DOWNLOAD_RE.search(ln.text):
            ln.clutter = True  # a file's link: "Informe del Comité … (PDF, 3,2 MB)", and its list's label
            if ln.index and _DOWNLOADS_LABEL_RE.fullmatch(lines[ln.index - 1].text):
                lines[ln.index - 1].clutter = True
    subject, headers = _email_headers(lines)
    for ln in lines[:EMAIL_HEADER_WINDOW + 6]:
        if _SENDER_RE.fullmatch(ln.text) or _RECIPIENT_RE.fullmatch(ln.text):
            # a mail reader's lines without labels (Gmail: "The Guardian <newsletters@…>
            # Unsubscribe" / "Thu, Jun 20, 2024, 4:02 PM" / "to me"): no address on the page
            ln.clutter = True
            ln.flags.add("sender")
    if subject is not None and headline is None:
        headline = subject
        res.decisions.append(f"an email's header lines {headers[0] + 1}-{headers[-1] + 1}: its subject is the headline")
    elif headline is None and (k := _subject_line(lines)) is not None:
        headline = _SUBJECT_LINE_RE.fullmatch(lines[k].text).group(1)  # type: ignore[union-attr]
        lines[k].clutter = True
        res.decisions.append(f"line {k + 1}: the subject line under the document's labelled fields is the headline")
        for ln in lines[:k]:  # (and the letterhead over them, the issuer's name and address, no byline)
            if not ln.sentence and ln.cls not in ("good", "near"):
                ln.flags.add("letterhead")
    wiki = wiki_title(lines) if headline is None else None
    if wiki is not None:
        headline = lines[wiki].text
        res.decisions.append(f"line {wiki + 1}: the wiki's title, over its tabs and its tagline")
    for k in headers:
        lines[k].clutter = True  # (never a title, a standfirst or a byline: nor an address shown)
        if (m := _EMAIL_HEADER_RE.fullmatch(lines[k].text)) and _EMAIL_FIELDS[m.group(1).lower()] == "from" \
                and m.group(2) and _SENDER_RE.fullmatch(m.group(2)):
            lines[k].flags.add("sender")  # (its sender names the publication too: "From: The Asia Brief <…>")
    if len(lines) > 1 and lines[0].caption and lines[0].text.endswith(")") \
            and (initials := _INITIALS_END_RE.search(lines[0].text)) and initials.group().strip(" ()") not in _AGENCY_INITIALS \
            and _LAST_EDITED_RE.match(lines[1].text) \
            and is_dateline(lines[1], month_first):
        lines[0].caption = False  # a document's title, its writer's initials in brackets (see _INITIALS_END_RE)
    flag_template_labels(lines)
    flag_named_credits(lines)
    flag_credited_captions(lines)
    flag_video_teasers(lines)
    flag_video_players(lines)
    flag_scene_captions(lines)
    absorb_pleas(lines)
    flag_promo_boxes(lines)
    flag_sponsor_blocks(lines)
    flag_safe_harbor(lines)
    flag_citation_runs(lines)
    revise_with_context(lines)
    flag_own_sign_up_boxes(lines)
    flag_labels(lines)
    flag_key_points(lines, numbers, res.decisions)
    readers = flag_comments(lines)
    if "Resolve" in text:
        # A word processor's comment on the document, copied with it: "Comment from Tom B.: 11:42 AM Nov 28 —
        # "Can we add …?"" over its buttons, "Resolve  Reply": a reviewer's, none of the text
        for ln in lines[1:]:
            if _RESOLVE_RE.fullmatch(ln.text) and _DOC_COMMENT_RE.match(lines[ln.index - 1].text):
                ln.clutter = lines[ln.index - 1].clutter = True
    submission = discussion_thread(lines) if headline is None else None
    if submission is not None:
        headline = lines[submission].text  # (its link's site left out below)
        res.decisions.append(f"a discussion's thread: its subject, line {submission + 1}, is the headline, "
                             f"its comments the text")
    flag_marked_headings(lines)
    flag_code(lines, file_lines, numbers)
    if stated:
        _apply_stated(lines, file_lines, numbers, stated)
    if readers:
        res.decisions.append(f"{len(readers)} lines of readers' comments (from line {min(readers) + 1})")
    counts = Counter(texts)
    # A line repeated verbatim between the paragraphs (a gallery's caption under every photo)
    # costs what a short line does, whatever its length: a long one cut the article's start off.
    weights = [max(w, -SHORT_PENALTY) if w < 0 and counts[ln.text] >= REPEATED_LINE_MIN and not ln.clutter else w
               for w, ln in ((line_weight(ln), ln) for ln in lines)]
    _weigh_announced_lists(lines, weights)
    _weigh_figure_lists(lines, weights)
    for k in (bullets := _pasted_bullets(lines)):
        # (nor does a pasted list, its bullets kept, and the numbered section's heading over it: a desk
        # note's "5. Dates to watch" and its dates had cut off the section under them)
        weights[k] = max(weights[k], 0.0)
        if k and (_numbered_heading(lines[k - 1]) or k - 1 not in bullets and (
                _notes_heading(lines, k - 1) or _list_lead_in(lines[k - 1]))):
            weights[k - 1] = max(weights[k - 1], 0.0)  # (and the sentence that announces it, "… are as follows.")
    if bullets:
        _weigh_last_notes_section(lines, weights, bullets)
    _weigh_two_line_ad_breaks(lines, weights)
    for ln in lines if turn_lines else ():
        if "turn" in ln.flags:
            weights[ln.index] = max(weights[ln.index], 0.0)
    _weigh_korean_photo_captions(lines, weights)
    for ln in lines if submission is not None else ():
        if "thread-header" in ln.flags or "thread-reply" in ln.flags or "thread-text" in ln.flags:
            weights[ln.index] = max(weights[ln.index], 0.0)  # (a thread's comments are its text, one after another)
    if submission is not None and any("forum-poster" in ln.flags for ln in lines[:submission]):
        # (and a forum's buttons between its post and its comments, and under each comment, no gap that ends the
        # text: "Upvote" / "214" / "Downvote" / "Share" / "Sort by:" / "Comments Section")
        last = max((ln.index for ln in lines if "thread-reply" in ln.flags or "thread-header" in ln.flags), default=0)
        for j in range(submission, last + 1):
            if lines[j].clutter or lines[j].cls in ("short", "bad"):
                weights[j] = max(weights[j], 0.0)
    handles = Counter(t for t in texts if _HANDLE_RE.fullmatch(t))
    thread_handle: str | None = None  # the handle a thread's posts are under, each under its poster's name
    if handles and max(handles.values()) >= 2:
        poster = handles.most_common(1)[0][0]
        # (a thread's posts each under the poster's name and handle: "Kira Patel" / "@kpatel@…";
        # not a page that names a writer's handle twice, over a bio and under a tweet)
        named = Counter(lines[k - 1].text for k in range(1, len(lines)) if lines[k].text == poster)
        posts = named.most_common(1)[0][1] >= 2
        for ln in lines:
            # (and each post's furniture the thread repeats: its poster's name, its client's
            # "Web", its date: a Mastodon thread kept one post of four)
            if _HANDLE_RE.fullmatch(ln.text) or _REPLY_SETTINGS_RE.fullmatch(ln.text) \
                    or ln.chars <= 16 and (_COUNTER_RE.fullmatch(ln.text) or not any(c.isalnum() for c in ln.text)) \
                    or posts and ln.cls == "short" and not ln.clutter and ln.chars <= THREAD_FURNITURE_MAX_CHARS and (
                        counts[ln.text] >= 2 or is_dateline(ln, month_first)
                        or ln.index + 1 < len(lines) and _HANDLE_RE.fullmatch(lines[ln.index + 1].text)):
                weights[ln.index] = -COUNTER_PENALTY
        # A post under the thread's own handle is text, however full of names: "3/4 @dholm yes,
        # there's earlier vendor reporting (Trend Micro's "Earth Estries", …)"
        for ln in lines[1:] if posts else ():
            k = ln.index - 1  # (past the post's age under the handle: "@pedrogrid.bsky.social" / "· 2h")
            if k > 0 and ln.chars > 16 and lines[k].chars <= 8 and _POST_AGE_RE.fullmatch(lines[k].text):
                k -= 1
            above = lines[k].text
            if ln.cls == "bad" and not ln.clutter and ln.chars >= THREAD_POST_MIN_CHARS \
                    and above == poster and _reads_as_sentence(ln.text):
                ln.cls = "near"
                weights[ln.index] = line_weight(ln)
            elif above != poster and _HANDLE_RE.fullmatch(above) and not _HANDLE_RE.fullmatch(ln.text) \
                    and k >= 2 and looks_like_name(lines[k - 1].text) and not ln.clutter \
                    and lines[k - 2].cls not in ("good", "near") and not lines[k - 2].text.endswith(":"):
                # another's reply, under its writer's name and handle, among the thread's posts
                # (not a post an article quotes: "… Matt Stoller … was similarly critical:"): the
                # thread is its poster's
                ln.cls = "bad"
                weights[ln.index] = 0.0  # (left out, but no wider a gap between the posts)
        own = [ln.index for ln in lines if ln.text == poster] if posts else []
        if own and any(lines[k].cls in ("good", "near") and not lines[k].clutter for k in range(own[0])):
            own = []  # (posts an article quotes, its own text over them: no thread, a review's probe)
        for a, b in zip(own, own[1:]):
            # Nor is the furniture between two of the poster's posts a gap that ends the thread, however much of it:
            # the post's date and client, its counters, the next post's poster ("Mar 30, 2024, 10:05 · Web" / "812
            # boosts · 1.6K favourites" / "Andres Freund" / "@AndresFreundTec@mastodon.social": a first-time user's
            # Mastodon thread lost its last post, "Really required a lot of coincidences.")
            for j in range(a + 1, b + 1):
                if lines[j].clutter or weights[j] == -COUNTER_PENALTY:
                    weights[j] = max(weights[j], 0.0)
        thread_handle = poster if own else None
    entries = live_blog_entries(lines)
    for i in entries:
        lines[i].flags.add("entry-headline")  # (an entry's, not the page's)
        for j in range(i + 1, live_entry_text(lines, i) or i):
            lines[j].flags.add("entry-byline")  # (an entry's writer, not the page's)
    for a, b in zip(entries, entries[1:]):
        # A live blog's entries are its text, and the share buttons and ad between them no
        # gap that ends it (the Times of Israel's: one entry of seven was kept, and its
        # headline and writer were taken for the page's).
        for j in range(a - 1, b + 1):
            weights[j] = max(weights[j], 0.0)
    for i in range(entries[0] + 1, len(lines) - 1) if entries else ():
        # An entry with no headline among them, its time right over its text (the Guardian's "23.30
        # GMT" / "In Bangkok, rescuers are still …"): its time heads it (it was run into the entry
        # above, which its news was credited to). So under the last, the oldest entry of a blog newest
        # first: "07.00 BST" / "Good morning and welcome to our rolling coverage …" (a first-time user's).
        if LIVE_TIME_RE.fullmatch(lines[i].text) and "entry-headline" not in lines[i + 1].flags \
                and lines[i + 1].cls in ("good", "near") and not lines[i + 1].clutter:
            lines[i].flags.add("entry-stamp")
    if entries:
        res.decisions.append(f"a live blog of {len(entries)} entries (from line {entries[0]})")
    posts, channel = ([], None) if entries else channel_posts(lines, res.decisions)
    stamps = posts or ([] if entries else live_blog_stamps(lines))
    for i in stamps:
        lines[i].flags.add("entry-stamp")  # (an entry's day and time: its heading, not the page's date)
    for a, b in zip(stamps, stamps[1:] + [stamps[-1] + 2] if stamps else []):
        for j in range(a, b):
            weights[j] = max(weights[j], 0.0)  # (nor the ad or the video's link between two entries a gap)
        weights[a + 1] = max(weights[a + 1], 1.0)  # (and an entry of one short sentence is the text's)
    if stamps:
        res.decisions.append(f"a live blog of {len(stamps)} entries, each under its time (from line {stamps[0] + 1})")
    # (entries under their time and headline date their events only where the page says it is live: a
    # chronology in an article, a TV schedule, are no live blog's)
    res.live = bool(stamps) or bool(entries) and any(
        ln.chars <= LIVE_MARK_MAX_CHARS and _live_mark(ln.text) for ln in lines[:entries[0]])
    for ln in lines:
        if "code" in ln.flags or ("stated" in ln.flags or "wiki-heading" in ln.flags) and not ln.clutter:
            # a listing between paragraphs neither cuts the text nor makes it; nor does what
            # the source states is a heading or a list's item; nor a wiki's section heading, its "[edit]" link
            # by it (a first-time user's Wikipedia copy lost its last sections, "Results" and "Aftermath")
            weights[ln.index] = max(weights[ln.index], 0.0)
    tables = [(k, m) for k, m in _table_rows(lines).items()
              if m and (_labels_row(lines[k].cells) or "table-head" in lines[k].flags or _wide_table(lines, k, m))]
    for k, m in tables:
        for j in range(k, m):
            weights[j] = max(weights[j], 0.0)  # (nor does a table's under its header row)
    if tables and not any(ln.cls in ("good", "near") and not ln.cells and not ln.clutter for ln in lines):
        # A page of tables, no paragraph of prose: its tables, under their header rows, are its text, and a table's
        # title over its header row ("Fed Rate Monitor Tool") no gap between them (a first-time user's market-data
        # page of central banks' rates, "Central Bank / Current Rate / Next Meeting / Last Change": its risk
        # disclosure was its text)
        for k, m in tables:
            for j in range(k, m):
                weights[j] = max(weights[j], lines[j].chars * NEAR_GOOD_FACTOR)
            if k and lines[k - 1].cls == "short" and not lines[k - 1].clutter and not lines[k - 1].sentence:
                weights[k - 1] = max(weights[k - 1], 0.0)
        res.decisions.append(f"a page of {len(tables)} table(s) and no prose: the tables are its text")
    start, end = best_segment(weights)
    if entries and entries[0] - 1 < start <= (live_entry_text(lines, entries[0]) or 0):
        start = entries[0] - 1  # (the first entry's time, headline and writer are the text's too)
    if stamps and stamps[0] < start <= stamps[0] + 1:
        start = stamps[0]  # (and the first entry's time)
    if submission is not None and 0 < start < len(lines) and "thread-header" in lines[start - 1].flags:
        start -= 1  # (and the first comment's commenter and age, its heading)
    if end + 1 < len(lines) and "code" in lines[end + 1].flags and "code" not in lines[end].flags \
            and lines[end].text.endswith(":") and not lines[end].clutter:
        end += 1  # "Here is the whole script:" over the listing that ends the text
    while end < len(lines) and "code" in lines[end].flags:
        end += 1  # (the listing weighs nothing: the text's best run stops short of it)
    # (nor a table's rows under its first row, the text's: its figures, "Net Revenue 276,058 314,240 …", kept whole)
    end = next((m for k, m in tables if start <= k < end < m), end)
    end = _table_under_end(lines, end, res.decisions)
    while start > 0 and "code" in lines[start - 1].flags:
        start -= 1
    while start > 0 and _stated_subheading(lines[start - 1], headline):
        start -= 1  # (a subheading the source states over the text's first lines, "## Key takeaways")
    if (box := _key_figures_over(lines, start)) is not None:
        res.decisions.append(f"key figures: lines {box + 1}-{start} under {lines[box].text!r}, over the text")
        start = box
    if tables and (record := _record_over(lines, start, dict(tables))) is not None:
        res.decisions.append(f"a record's fields and table: lines {record + 1}-{start}, over the text")
        start = record
    saluted = start > 0 and start < end and lines[start].cls in ("good", "near") and _salutation(lines[start - 1])
    if saluted:
        start -= 1  # (a letter's or an address's salutation over its first paragraph: "আমার প্রিয় দেশবাসী,")
    if start > 0 and _first_section_over(lines, start, end):
        start -= 1  # (a report's first numbered section's heading, over the text: "1. Summary")
    if wiki is not None:
        start, end = _wiki_span(lines, wiki, start, end, res.decisions)
    run_end = end
    end, comments_cut = cut_at_end_marker(lines, weights, start, end, res.decisions)
    comments = (set(range(end, run_end)) if comments_cut else set()) | readers
    end = extend_through_list(lines, end, res.decisions)
    end = extend_through_clauses(lines, end, res.decisions)
    end = extend_through_turns(lines, start, end, res.decisions)
    end = extend_through_sections(lines, start, end, res.decisions)
    while end - 1 > start and (m := _PAYWALL_NOTE_RE.match(lines[end - 1].text)) \
            and (not lines[end - 1].text[m.end():].strip() or PLEA_RE.search(lines[end - 1].text[m.end():])):
        end -= 1
        res.decisions.append(f"end: line {end + 1} is a paywall's note on the text it stops")
    if not any(lines[k].cls == "good" for k in range(start, end)):
        start, end = find_verse(lines, start, end, month_first, res.decisions) or (start, end)
    drop_boxes(lines, start, end, res.decisions)
    flag_contacts_and_citations(lines, start, end)

    head = Head()
    counted = False  # a thread's posts open with their counters, "1/ …", "2/ …" (see _THREAD_LEAD_RE)
    top: int | None = None  # a social post's first line under its head (see post_top)
    posted: int | None = None  # a post's writer's name over the handle, over the text (see _posted_under)
    cover: int | None = None  # a report's cover's title (see report_cover)
    filing = sec_form(lines) if headline is None else None
    if filing is not None and filing[1] < end:
        res.decisions.append(f"body: starts at line {filing[1] + 1} {lines[filing[1]].text!r}, the filing's text "
                             "under its cover page (its first item, or an amendment's note over it)")
        start = filing[1]
    transcript: int | None = None  # a transcript's name over its turns (see transcript_title)
    caption = filing[0] if filing is not None else court_caption(lines, start) or _versus_caption(lines, start) \
        or _eu_court_caption(lines, start) if headline is None else None  # (head_lo)
    if caption is not None:
        title = caption.title_line
        res.decisions.append(f"title: line {title + 1} {lines[title].text!r}, the document under a court's caption"
                             if filing is None else f"title: {caption.title!r}, the filing's registrant, form and item")
    elif headline is None and (title := transcript_title(lines, start)) is not None:
        res.decisions.append(f"title: line {title + 1} {lines[title].text!r}, the transcript's name over its turns")
        transcript = title
    elif headline is None:
        title = find_title(lines, start, language, month_first, counts, res.decisions, end)
        if title is not None and (cover := report_cover(lines)) is not None and title > cover + 1:
            res.decisions.append(f"title: line {cover + 1}, the report's cover's title in capitals over its subtitle, "
                                 f"not line {title + 1}, a section's heading under it")
            title = cover
        if title is None and saluted:
            # (none over the salutation, which is no headline: as over the first paragraph, a party's letter's,
            # "Grüne Bayern" / "Liebe Freundinnen und Freunde," / its text, a review's probe, titled by its file's name)
            title = find_title(lines, start + 1, language, month_first, counts, res.decisions, end)
        top, posted = post_top(lines), _posted_under(lines, start)
        if top is not None and title is not None and title >= start and title > top:
            # (a line of a social post's own, under its first: "📅 Jan 13, 2025 — rule released")
            res.decisions.append(f"title: line {title + 1} is a line of the post under its first, line {top + 1}")
            title = None
            start = min(start, top) if all(not lines[k].clutter for k in range(top, start)) else start
            if top < end and not lines[top].clutter and POST_TITLE_WORDS[0] <= lines[top].words <= POST_TITLE_WORDS[1] \
                    and _SENTENCE_BREAK_RE.search(lines[top].text) is None:
                # (its first line, one short sentence, titles it, an emoji after it or not: LinkedIn's "Today we
                # declared the West Texas measles outbreak over. 🎉", a first-time user's, had no title)
                title = top
                start = max(start, top + 1)  # (the post's text goes on under it: no standfirst)
                res.decisions.append(f"title: line {top + 1}, the post's first line")
        elif title is not None and title < start and posted == title:
            # (a post's writer over their handle, X's "U.S. Central Command" / "@CENTCOM" over the post: a
            # first-time user's title; the post's first words title it, as a thread's)
            res.decisions.append(f"title: line {title + 1} is the post's writer, over the handle")
            title = None
            if start < len(lines) and "/" in lines[start].text[:4] and (m := _THREAD_LEAD_RE.match(lines[start].text)):
                # (a thread's first post's counter, "1/ The Law Society of Kenya (LSK) condemns …", "1/4 …": not
                # its title's nor its summary's, a first-time user's East Africa briefing)
                lines[start].text = lines[start].text[m.end():]
                counted = True
    else:
        # (the source names its headline: only the line that is it, if the text repeats it)
        folded = " ".join(headline.casefold().split())
        title = next((k for k in range(min(len(lines), end, start + 1))
                      if " ".join(lines[k].text.casefold().split()) == folded), None)
        res.decisions.append(f"title: stated by the source{f', line {title + 1}' if title is not None else ''}")
    if title is not None:
        head.title = title
        if title >= 1 and "/" in lines[title].text[:4] and _HANDLE_RE.fullmatch(lines[title - 1].text) \
                and (m := _THREAD_LEAD_RE.match(lines[title].text)):
            # (a thread's first post under its poster's handle, short, "1/ What happened on Aug 5 is simple: …": its
            # counter is no part of its title nor of its text, as a longer first post's is not, a probe review's)
            lines[title].text = lines[title].text[m.end():]
            counted = True
        res.title = _DATE_PREFIX_RE.sub(_without_date, _BREAKING_RE.sub("", lines[title].text)) or lines[title].text
        if res.title[:1] in "YRSyrs" and (m := _MEMO_LABEL_RE.match(res.title)):
            res.title = res.title[m.end():]  # (the subject's label: "YAH: KUREJESHWA …", "RE: RESTORATION …")
        if res.title.startswith("▲") or title == submission:  # a link aggregator's submission: its vote arrow
            # and the link's site
            res.title = _SUBMISSION_RE.sub("", res.title) or res.title
        if title == top:  # (a post's first line, its emoji after the sentence: "… outbreak over. 🎉")
            res.title = res.title.rstrip(_EMOJI_TAIL) or res.title
        if "🧵" in res.title or "/" in res.title and _THREAD_MARKS_RE.search(res.title):
            res.title = _THREAD_MARKS_RE.sub("", res.title).strip() or res.title  # a thread's mark and counter
        if (bare := _without_glued_kicker(lines, title)) is not None:
            res.decisions.append(f"title: line {title + 1} is a kicker glued onto the headline {bare[:60]!r}")
            res.title = bare
        if caption is not None:
            res.title, res.subtitle = caption.title, caption.parties or None
        elif res.title.isupper() and _TRANSCRIPT_NAME_RE.fullmatch(res.title):
            res.title = _caption_case(res.title)
        if res.title[:1].isupper() and res.title.isupper() and (act := _act_title(lines, title)) is not None:
            res.decisions.append(f"title: line {title + 1} is an act's number, its short name under it: {act!r}")
            res.title = act
        if cover is not None and title == cover:
            res.title = f"{_caption_case(lines[title].text)}: {lines[title + 1].text}"  # (its subtitle runs on)
            lines[title + 1].clutter = True
            if title + 1 < start - 1 < len(lines) and not lines[start - 1].clutter and heading_like(lines[start - 1]):
                start -= 1  # (the text's first section's heading, over it: "Why GAO Did This Study")
        posted_first = thread_handle is not None and title >= 1 and lines[title - 1].text == thread_handle
        if title >= start and caption is None and (lines[title].words >= LEAD_SENTENCE_MIN_WORDS
                                                   and _SYMBOLS_END_RE.sub("", lines[title].text).endswith(".")
                                                   or posted_first):
            # No headline over the text: its first paragraph's first words title the page, and the
            # paragraph stays text (a review of "Barbie", a title too short to be read as one, had
            # lost its first paragraph to the title). So a thread's first post, right under its poster's handle,
            # however short its first line, which then titles it whole: it is the post's, no headline (a
            # first-time user's Mastodon thread lost the first post's two paragraphs to the title and a standfirst).
            if not posted_first or lines[title].words >= LEAD_SENTENCE_MIN_WORDS:
                res.title = _lead_title(lines[title].text)
            res.decisions.append(f"title: the first words of line {title + 1}, the text's first paragraph")
            head.title = None
        elif title >= start:
            start = title + 1
    elif headline is None and start < len(lines) and lines[start].cls in ("good", "near") and (any(
            ln.text.endswith(_POST_ENDS) and _POSTER_RE.fullmatch(ln.text) for ln in lines[:start])
            or top == start or posted is not None):
        if "/" in lines[start].text[:4] and (m := _THREAD_LEAD_RE.match(lines[start].text)):
            # (a thread's first post's counter, "1/ What happened on Aug 5 is simple: …", under X's "Post" / "See new
            # posts" and the poster: not its title's nor its summary's, a first-time user's central-banks briefing)
            lines[start].text = lines[start].text[m.end():]
            counted = True
        res.title = _lead_title(lines[start].text)  # a social post's: no headline, its first words title it
        res.decisions.append(f"title: the first words of line {start + 1}, the post's first paragraph")
    elif headline is None:
        res.decisions.append("title: no headline-like line above the body")
    else:
        res.title = headline  # (an email's subject; a clipping's, which its caller sets too)
    head_lo = head.title if head.title is not None else max(0, start - 3)
    if head.title is not None:
        lines[head.title].flags.add("headline")
    if caption is not None:
        head_lo = 0  # (the court's dates head the filing, far over its name: "Date: 20250415")
    if headline is not None:
        head_lo = max(0, min(head_lo, start) - STATED_HEAD_LOOKBACK)  # (a clipping may set its byline over it)

    # Standfirst directly under the headline (or under the dateline under it, a line that ends no
    # sentence: "Martes 17 de junio de 2025" / "El comité … concluye que el cero eléctrico fue un
    # fenómeno multifactorial de sobretensión").
    # (nor under a social post's first line that titles it: the post goes on, "It has been 42 days …")
    sub_i = (head.title + 1) if head.title is not None and caption is None and head.title != top else None
    if sub_i is not None and (copy := _headline_copy_above(lines, head.title, start)) is not None:
        sub_i = copy + 1  # (the standfirst under the headline's first printing: see _headline_copy_above)
    if sub_i is not None and (_MEMO_LABEL_RE.match(lines[head.title].text) or len(lines) > 2 and lines[0].text.isupper()
                              and lines[1].text.isupper() and _STATE_LINE_RE.fullmatch(lines[0].text)
                              and sub_i < len(lines) and lines[sub_i].text.endswith(".")):
        # (under a letter's or a statement's subject, "YAH: KUREJESHWA KWA HUDUMA …", "RE: RESTORATION OF …", the
        # first paragraph is its text, no standfirst: a first-time user's East Africa briefing; so in a state's body's
        # statement under its letterhead, "THE REPUBLIC OF UGANDA" / "ELECTORAL COMMISSION" / … / its subject: a
        # review's probes, whose first paragraph left the text, its date the page's; its sentence, not the act it is
        # made under, "(Under Section 57 of the Presidential Elections Act, Cap. 179)")
        sub_i = None
    if sub_i is not None and sub_i + 1 < len(lines) and head.title >= 1 and lines[sub_i].text.endswith(".") \
            and _RELEASE_LABEL_RE.fullmatch(lines[head.title - 1].text) and lines[sub_i + 1].cls in ("good", "near"):
        # (nor under a release's headline, its kind over it, the text's prose under it: the lead paragraph is the
        # release's text, "Basın Duyurusu" / "Faiz Oranlarına İlişkin Basın Duyurusu" / "Para Politikası Kurulu,
        # politika faizi … karar vermiştir.", the TCMB's, a probe review's; not a summary over the release's fields,
        # GOV.UK's "Press release" / headline / summary / "From:")
        sub_i = None
    if sub_i is not None and sub_i + 2 < len(lines) and is_dateline(lines[sub_i], month_first) \
            and lines[sub_i].chars <= 40 and len(lines[sub_i + 1].text.split()) >= STANDFIRST_UNDER_DATE_MIN_WORDS \
            and not lines[sub_i + 1].text.endswith((".", ":", "!", "?", "”", '"', ",", ";", "。", "！", "？", "」")) \
            and not CJK_RE.search(lines[sub_i + 1].text):
        sub_i += 1
    past = 0  # words a standfirst needs
    if sub_i is not None and sub_i + 1 < len(lines) and lines[sub_i].words < 4 \
            and not is_anchor(lines[sub_i], month_first) and not looks_like_name(lines[sub_i].text) \
            and not lines[sub_i].text.endswith(":"):  # (a lede's dateline over the text: Saba's "صنعاء - سبأ:")
        sub_i += 1  # past a short line between them ("New, 74 comments")
        past = STANDFIRST_PAST_BUTTON_WORDS  # (not "Print" / "This is an official" / "CDC HEALTH ADVISORY")
    if sub_i is not None and sub_i < len(lines):
        ln = lines[sub_i]
        ok = (not ln.clutter and not ln.caption and "verse" not in ln.flags and byline_names(ln) is None
              and "table-row" not in ln.flags  # (an infobox's row: "Location" / "Red Sea, Bab-el-Mandeb, …")
              and not is_dateline(ln, month_first) and not _field_line(lines, sub_i)
              # (nor a record's identifier or field, "ClinicalTrials.gov ID NCT03574597": see _RECORD_ID_RE)
              and not (ln.text[-1:].isdigit() and _RECORD_ID_RE.fullmatch(ln.text))
              and not (": " in ln.text and _record_field(lines, sub_i))
              # (nor a sentence with its date, short: the text's lead, "Mumbai, a city of 20 million, voted on August
              # 6, 2024, to …", which would date the page)
              and not (ln.chars <= 120 and _reads_as_sentence(ln.text) and find_dates(ln.text, month_first))
              and not _SERIES_NUMBER_RE.search(ln.text) and not (":" in ln.text and _LABELLED_DAY_RE.match(ln.text))
              # (nor a video's channel, over its count of subscribers: "Baylor College of Medicine" / "412K
              # subscribers", a first-time user's YouTube page)
              and not (sub_i + 1 < len(lines) and _SUBSCRIBERS_RE.fullmatch(lines[sub_i + 1].text))
              and "breadcrumb" not in ln.flags and "menu-row" not in ln.flags and not _menu_row(ln.text)
              # (nor an Arabic paper's byline, "القاهرة: محمد عبده حسنين": see place_and_name)
              and not (ln.chars <= PLACE_NAME_MAX_CHARS and _ARABIC_PLACE_NAME_RE.fullmatch(ln.text))
              and ln.words >= max(4, past) and ln.chars <= SUBTITLE_MAX_CHARS and not looks_like_name(ln.text)
              and not (ln.words <= 4 and _newsroom_label(ln.text.split())) and names_only(ln.text) is None and not _LEDE_DATELINE_RE.match(ln.text)
              # (nor a press conference's speakers, "Christine Lagarde, President of the ECB, Luis de Guindos, …"; nor
              # a statement's first numbered point, "１．日本銀行は、本日、…決定した。", the BoJ's: first-time user's)
              and not (ln.text.count(",") >= 3 and _speakers_line(ln.text))
              and not (ln.text[:1] in _POINT_OPENERS and _numbered_point(lines, sub_i))
              # (nor the first of the bodies that issue it, stacked under it: see _ISSUER_LINE_RE)
              and not (sub_i + 1 < len(lines) and _ISSUER_LINE_RE.fullmatch(ln.text) is not None
                       and _ISSUER_LINE_RE.fullmatch(lines[sub_i + 1].text) is not None)
              and (ln.text.count(". ") == 0 or (ln.text.count(". ") <= 2 and _byline_below(lines, sub_i, month_first))))
        if ok and sub_i >= start:
            # (longer when the page's buttons and the byline, not the text, come under it: "Listen
            # to this article" / "Share full article" / "By Adam Satariano and Jeanna Smialek")
            ok = (ln.chars <= SUBTITLE_MAX_IN_BODY or _byline_past_buttons(lines, sub_i, month_first)) \
                and sub_i + 1 < end and not _lead_under_headline(lines, sub_i, head.title, month_first)
        if ok:
            res.subtitle = ln.text
            head.subtitle = sub_i
            res.decisions.append(f"subtitle: line {sub_i + 1} {ln.text[:60]!r} (standfirst under the headline)")
            if sub_i >= start:
                start = sub_i + 1

    find_byline_and_date(lines, head_lo, start, end, month_first, res)
    if not res.authors:
        res.authors = mail_sender(lines, res.decisions)
    if not res.authors:
        res.authors = field_block_authors(lines, start, res.decisions)
    if thread_handle is not None:
        # A thread's date is its first post's, under the post ("Mar 29, 2024, 17:32 · Web"), however far under the
        # post's first line (a first-time user's Mastodon thread was dated by its last post's, or by a link's)
        own = [ln.index for ln in lines if ln.text == thread_handle]
        stamp = next((lines[k] for k in range(own[0] + 1, own[1]) if lines[k].chars <= DATELINE_MAX_CHARS
                      and "://" not in lines[k].text and is_dateline(lines[k], month_first)), None)
        if stamp is not None and (found := find_dates(stamp.text, month_first)) and found[0][1] != res.date:
            res.date = found[0][1]
            res.decisions.append(f"date {res.date} from line {stamp.index + 1} {stamp.text!r}, the first post's")
    if posted is not None and not res.authors and title is None and lines[posted].chars <= POSTER_MAX_CHARS:
        # the name over the handle wrote the post, whatever its form: an organisation's, "Law Society of Kenya" /
        # "@LawSocietyofKe" (a first-time user's East Africa briefing), as a person's, "Faith Odhiambo"
        res.authors = [lines[posted].text]
        res.decisions.append(f"authors {res.authors}: the post's writer, over the handle, line {posted + 1}")
    if caption is not None:
        res.authors = caption.judges  # (who signed it; not a section's heading, "I. INTRODUCTION")
    elif transcript is not None and res.authors:
        # (nor is its front matter's "Court Reporter: Pat Doe" / "Official Court Reporter" its byline: the record's)
        res.decisions.append(f"authors {res.authors}: none, the transcript's front matter (its judge, its counsel, "
                             "its reporter)")
        res.authors = []
    statement = statement_of(lines, start, head.title)
    if statement is not None:
        res.title, res.authors = statement.title, [statement.name]
        if res.subtitle and res.subtitle.strip("\"“”‘’'") == res.title:
            res.subtitle = None  # (the hearing's name, under the committee's taken for the headline)
        res.decisions.append(f"title and author: {statement.title!r}, the statement's, at line {statement.line + 1}")
    first = next((ln.index for ln in lines if _HANDLE_RE.fullmatch(ln.text)), None)
    if not res.authors and first is not None and (handles[lines[first].text] >= 2 or posted == first - 1) \
            and not any(_reads_as_sentence(lines[k].text) for k in range(first)):
        # A thread: its poster's name over the handle that heads its posts ("Helena Marsh" /
        # "@helenamarsh.bsky.social" / "Follow" / the first post); the page's first handle, over
        # any text (not posts a story embeds, nor the replies to a post that quotes another).
        if first >= 1 and looks_like_name(lines[first - 1].text):
            res.authors = [clean_name(lines[first - 1].text)]
            res.decisions.append(f"authors {res.authors} from the name over the thread's handle, line {first}")
    if not res.authors:
        # A newsletter's or a letter's sign-off under the text, a dash before the names: "— Pim Wattanakul and
        # Daniel Roche, editors" (a first-time user's newsletter named no writer); not a quotation's source
        # under it ("“…” / — Martin Luther King Jr."), nor whom the text names, a pull quote's speaker ("– Sebastian
        # Kurz" under his words, on his own site)
        # (the text's last lines and those after its end, not past a comment section's heading: a review's probe)
        for k in range(max(start + 1, end - SIGNATURE_SPAN), min(len(lines), end + SIGNATURE_SPAN)):
            if k >= end and END_MARKER_RE.match(lines[k].text):
                break
            above = lines[k - 1].text.rstrip()
            m = _SIGNATURE_RE.fullmatch(lines[k].text) if above[-1:] not in "\"”»’'" else None
            # (writers with their role, or two or more: one name alone is a pull quote's speaker's, "— Daw Khin
            # Myint Oo" under words without quotation marks, or a paper's, "— Bangkok Post": a review's probes)
            names = split_names(m.group(1)) if m and (m.group(2) or " and " in m.group(1) or "," in m.group(1)) else None
            if m is None and (closing := _CLOSING_BYLINE_RE.fullmatch(lines[k].text)) and closing.group(1)[:1].isupper():
                # a Vietnamese paper's writer under the text, with the agencies the story draws on: VnExpress's
                # "Như Tâm (theo Reuters, AFP)" (a first-time user's seed: read as a photo's credit), Tuổi Trẻ's
                # "MINH KHÔI (Theo Reuters, AFP)" (in capitals)
                names = [_signature_name(closing.group(1))]
            if names and all(looks_like_name(name) and " " in name for name in names) and not any(
                    name.casefold() in lines[j].text.casefold() for name in names for j in range(start, end) if j != k):
                res.authors = names
                lines[k].clutter = True
                res.decisions.append(f"authors {names} from the sign-off under the text, line {k + 1}")
                break
    if res.subtitle is None and head.title is not None and 1 <= start < end - 1 \
            and _dek_under_byline(lines, start, month_first):
        # headline / byline / date / standfirst: Splash247's "Oil major joins a growing list of
        # shipowners and charterers to shun the Bab el-Mandeb strait", under the date
        dek = lines[start].text
        if res.title is not None and heading_like(lines[start]) and (
                _RELEASE_LABEL_RE.fullmatch(res.title)
                or head.title <= SITE_NAME_TITLE_LINE and sum(ln.text == res.title for ln in lines) >= 2
                and len(res.title.split()) <= SITE_NAME_MAX_WORDS):
            # The page's first line, the site's name its footer repeats ("Ministère de la Culture"), over a
            # release's label and dateline ("COMMUNIQUÉ DE PRESSE" / "Paris, le 19 octobre 2025"): the line
            # under them, no sentence, is the headline
            res.decisions.append(f"title: line {start + 1} {dek[:60]!r}, under the dateline ({res.title!r} over "
                                 "it is the site's name or the release's label)")
            res.title = dek
        else:
            res.subtitle = dek
            res.decisions.append(f"subtitle: line {start + 1} {dek[:60]!r} (standfirst under the dateline)")
        start += 1
    if res.subtitle is None and head.title is not None:
        # A video's description under its count of views, over its "…more" and its transcript: YouTube's "152K views
        # Aug 11, 2025 #…" / "A China Coast Guard ship collided with …, the PCG said." (a first-time user's: the
        # description was lost, the summary the transcript's first words) is its standfirst
        views = next((i for i in range(head.title + 1, min(start, head.title + VIEWS_LINE_SPAN))
                      if lines[i].text[:1].isdigit() and _VIEWS_LINE_RE.match(lines[i].text)), None)
        desc = lines[views + 1] if views is not None and views + 1 < start else None
        if desc is not None and not desc.clutter and desc.words >= VIDEO_DESCRIPTION_MIN_WORDS \
                and desc.text.endswith(SENTENCE_END) and "http" not in desc.text and desc.chars <= SUBTITLE_MAX_CHARS:
            res.subtitle = desc.text
            head.subtitle = desc.index
            res.decisions.append(f"subtitle: line {desc.index + 1} {desc.text[:60]!r} (the video's description)")
    if not res.authors:
        res.authors = author_from_bio(lines, head_lo, start, end, res.decisions)
    if not res.authors:
        res.authors = author_after_text(lines, start, end, res.decisions) or wire_credit_authors(
            lines, start, end, res.decisions) or report_authors_at_end(
            lines, start, end, res.decisions) or social_poster(lines, start, end, res.decisions) \
            or place_and_name(lines, start, month_first, res.decisions, head.title)
        if res.authors and end - 1 > start and _WRITTEN_BY_RE.match(lines[end - 1].text) \
                and byline_names(lines[end - 1]) == res.authors:
            end -= 1  # (the byline that ends the text's run is no paragraph of it)
    end = end_at_author_bio(lines, head_lo, start, end, res.authors, res.decisions)
    end = end_at_author_box(lines, start, end, res.decisions)
    start = start_after_author_bio(lines, start, end, res.authors, res.decisions)
    head_lines = {head.title, head.subtitle}
    if start >= 2 and start < end and lines[start].cls in ("good", "near") \
            and (_live_entry_headline(lines, start - 1) or "entry-headline" in lines[start - 1].flags) \
            and not head_lines & {start - 1, start - 2}:
        start -= 2  # a live blog's first entry, its time and headline over its text
    body_idx = set(range(start, end))
    # End-of-article author bio: "X is a ... writer for Publication".
    bio_source = None
    for ln in lines[max(start, end - 4):min(len(lines), end + 3)]:
        m = BIO_RE.match(ln.text)
        if m and BIO_ROLE_RE.search(m.group("rest")):
            if m.group("name").casefold() not in {a.casefold() for a in res.authors} \
                    and sum(lines[k].cls in ("good", "near") for k in range(ln.index + 1, end)) >= 2:
                continue  # someone else, introduced with paragraphs still to come: article text
            if not res.authors:
                res.authors = [m.group("name")]
                res.decisions.append(f"author {m.group('name')!r} from the author bio line")
            fm = BIO_FOR_RE.search(m.group("rest"))
            if fm and not bio_source:
                bio_source = _clean_org(fm.group(1))
            ln.clutter = True  # the bio is not article text
    agency = None
    if language == "cjk":
        # A Taiwanese agency's dateline over its lead or opening it (see _ZH_AGENCY_DATELINE_RE)
        for k in range(max(head_lo, start - 2), min(end, start + LEAD_CREDIT_LINES)):
            if (m := _ZH_AGENCY_DATELINE_RE.match(lines[k].text)) is None:
                continue
            agency = m.group("agency")
            if not res.authors:
                res.authors = m.group("names").split("、")
                res.decisions.append(f"authors {res.authors} from the agency's dateline, line {k + 1}")
            if m.end() == len(lines[k].text):
                lines[k].clutter = True
            else:  # (opening the lead: the lead without it)
                lines[k].text = lines[k].text[m.end():].lstrip()
                lines[k].chars = len(lines[k].text)
            break
    if not res.authors and language in ("cjk", "Korean"):
        res.authors = lead_credit([lines[k].text for k in range(start, min(end, start + LEAD_CREDIT_LINES))],
                                  [lines[k].text for k in range(start, end)])
        if res.authors:
            res.decisions.append(f"authors {res.authors} from the credit in the lead")
    if language == "cjk":
        # A Japanese story's byline closing its last paragraph, in brackets (see _JA_CLOSING_BYLINE_RE)
        for ln in lines[max(start, end - 3):end][::-1]:
            m = _JA_CLOSING_BYLINE_RE.search(ln.text) if ln.text.endswith("】") else None
            if m is None or ln.clutter:
                continue
            names = m.group(1).split("、")
            agency = any(n in _JA_AGENCIES for n in names)
            if not agency and not all(_ja_name(n) and not n.endswith(_JA_NOT_REPORTER_ENDS) for n in names):
                break  # (the text's own: "【つづく】", "【写真特集】", "【未完待续】", "【ソウル日下部元美】")
            if not agency and not res.authors:
                res.authors = names
                res.decisions.append(f"authors {names} from the byline closing line {ln.index + 1}")
            ln.text = ln.text[:m.start()]
            ln.chars = len(ln.text)
            if not ln.text:
                ln.clutter = True
            break
    res.authors = [_surname_cased(_without_job_title(a)) for a in res.authors]
    res.source = find_source(lines, body_idx | comments, res.decisions, bio_source, res.authors, head.title)
    if res.source is None and agency is not None:
        res.source = agency
        res.decisions.append(f"source {agency!r}: the agency of the dateline")
    if res.source is None and caption is not None and caption.court:
        res.source = caption.court
        res.decisions.append(f"source {caption.court!r}: " + ("the court over the judgment's caption" if filing is None
                                                               else "the filing's registrant"))
    if res.source is None and (letterhead := [ln for ln in lines[:start] if "letterhead" in ln.flags]):
        # A document's letterhead over its subject line: the organisation it names, signed again under the text (the
        # Election Commission's release, "Bangladesh Election Commission" over its address and under the director's
        # signature: a first-time user's, which named no publication)
        below = {ln.text for ln in lines[end:]}
        org = next((ln.text for ln in letterhead if ln.text in below and _ORG_NAME_RE.fullmatch(ln.text)), None)
        if org is not None:
            res.source = org
            res.decisions.append(f"source {org!r}: the letterhead's organisation, signed again under the text")
    if res.source is None and (org := _name_over_and_under(lines, end, head.title, res.authors)) is not None:
        res.source = org
        res.decisions.append(f"source {org!r}: the organisation's name over the page, again in its footer")
    if res.source is None and len(lines) > 3 and lines[0].text.isupper() and _STATE_LINE_RE.fullmatch(lines[0].text):
        # the state's line over the organisation's, "THE REPUBLIC OF UGANDA" / "ELECTORAL COMMISSION", "JAMHURI YA
        # MUUNGANO WA TANZANIA" / "OFISI YA MSEMAJI MKUU WA SERIKALI", which signs again under the text ("CHAIRPERSON,
        # ELECTORAL COMMISSION", "MSEMAJI MKUU WA SERIKALI"): the organisation (a first-time user's East Africa
        # briefing: none named, the state's line in the way)
        org = lines[1].text
        signed = [ln.text.casefold() for ln in lines[-SIGNATURE_LINES:] if ln.index > 1 and ln.text.isupper()]
        if org.isupper() and 2 <= lines[1].words <= STATE_ORG_MAX_WORDS and any(
                len(t.split()) >= 2 and (t.endswith(org.casefold()) or org.casefold().endswith(" " + t)
                                         or t == org.casefold()) for t in signed):
            res.source = org = " ".join(w.lower() if w.casefold() in _ORG_SMALL_WORDS else w.capitalize()
                                        for w in org.split())
            res.decisions.append(f"source {org!r}: the organisation under the state's line, signed again under the "
                                 f"text")
    if res.source is None and submission is not None and (site := _thread_site(lines[0].text)):
        res.source = site  # (a link aggregator's thread: its site publishes it; not the linked story's site)
        res.decisions.append(f"source {site!r}: the thread's site, over its menu")
    if res.source is None and res.authors and any(d.endswith("network's degree") for d in res.decisions) \
            and any(ln.text == "LinkedIn" for ln in lines[:min(start, LOGO_LINES + 2)]):
        # a LinkedIn post (its writer over the network's degree, see social_poster) under the site's name over its
        # menu ("LinkedIn" / "Home" / "My Network"): the network publishes it, as a thread's site (a first-time user's
        # EU briefing: no publication)
        res.source = "LinkedIn"
        res.decisions.append("source 'LinkedIn': the post's network, over its menu")
    forum = [ln for ln in lines[:submission] if {"forum-poster", "forum-community"} & ln.flags] \
        if submission is not None else []
    opened = next((ln for ln in lines[submission:submission + 8] if "issue-opener" in ln.flags), None) \
        if submission is not None else None
    if opened is not None and (m := _ISSUE_OPENER_RE.fullmatch(opened.text)):
        # (an issue's thread: who opened it wrote it, on the day it was opened)
        if not res.authors:
            res.authors = [m.group(1)]
            res.decisions.append(f"authors {res.authors}: the issue's opener, line {opened.index + 1}")
        if (found := find_dates(m.group(2), month_first)) and found[0][1] != res.date:
            res.date = found[0][1]
            res.decisions.append(f"date {res.date} from line {opened.index + 1} {opened.text!r}, the day it was "
                                 f"opened")
    for ln in forum:  # (a forum's thread: its community publishes it, its poster wrote the post)
        if "forum-poster" in ln.flags and not res.authors and 3 <= ln.chars <= 40 and " " not in ln.text:
            res.authors = [ln.text]
            res.decisions.append(f"authors {res.authors}: the post's poster, line {ln.index + 1}")
        elif "forum-community" in ln.flags and res.source is None:
            res.source = ln.text
            res.decisions.append(f"source {ln.text!r}: the forum's community the thread is in")
    if res.source is None and handles and any(ln.text == "See new posts" for ln in lines[:X_HEAD_LINES]):
        # a post copied from X, its "Post" / "See new posts" over the poster's name and handle: X publishes it (a
        # first-time user's central-banks briefing: a thread named no publication)
        res.source = "X"
        res.decisions.append("source 'X': a post copied from X ('See new posts' over the poster's handle)")
    if res.source is None and channel:
        res.source = channel  # (a messenger channel's export: the channel publishes its posts, a first-time user's)
        res.decisions.append(f"source {channel!r}: the channel whose posts these are")
    if res.source:
        res.authors = [_without_publication(a, res.source, res.decisions) for a in res.authors]
        if len(res.authors) >= 2 and res.source.casefold() in (folded := [a.casefold() for a in res.authors]):
            # the outlet's name on its line under the writer's, "Aaron Derfel" / "Montreal Gazette" / "Published Nov
            # 10, 2025": the publication, no second writer (a first-time user's measles briefing)
            res.authors = [a for a, f in zip(res.authors, folded) if f != res.source.casefold()]
            res.decisions.append(f"author {res.source!r}: the publication, under the writer's name")
    if res.source is None and lines and _DOMAIN_LINE_RE.fullmatch(lines[0].text) and head.title == 1 \
            and any(_READING_TIME_RE.fullmatch(ln.text) for ln in lines[2:5]):
        # a reader view's copy opens with the site's address, alone ("foreignpolicy.com"), over the
        # headline, the writer and the reading time ("8–10 minutes"; not a list of links)
        res.source = lines[0].text.removeprefix("www.")
        res.decisions.append(f"source {res.source!r}: the site's address over the page")

    if not res.authors and res.source and head.title is not None:
        # A one-writer site's masthead over the headline, the site by its writer: "Stratechery by Ben Thompson" (a
        # first-time user's newsletter named no writer)
        for ln in lines[:head.title]:
            m = _MASTHEAD_BY_RE.fullmatch(ln.text) if " by " in ln.text and ln.chars <= 80 else None
            if m and m.group(1).casefold() == res.source.casefold() and looks_like_name(m.group(2)):
                res.authors = [m.group(2)]
                res.decisions.append(f"authors {res.authors}: the site's writer, in its masthead, line {ln.index + 1}")
                break
    flag_video_cards(lines, head_lo, end, res.decisions, res.title)
    speakers = transcript_speakers(lines, start)
    blocks, dropped = body_blocks(lines, start, end, res.decisions, speakers)
    # A "subheading" the page prints again and again (its name over a graphic: "EL PAÍS",
    # and in its menus and footer) is the site's, not a part of the article.
    # (The line right over the text's run is not outside it when the text repeats it as a
    # heading: a transcript's speaker over the first turn, an earnings call's "Operator"; that
    # label heads the first turn.)
    outside = Counter(ln.text for ln in lines[:start]) + Counter(ln.text for ln in lines[end:])
    turns = Counter(b.text for b in blocks if b.kind == "heading")
    # (with its colon too, "Operator:", a call's whose speakers are labelled so: see _labelled_speakers)
    over = lines[start - 1].text.removesuffix(":") if 0 < start and lines[start - 1].text[:-1] in speakers \
        else lines[start - 1].text if start else ""
    if 0 < start and (turns[over] >= 2 or over in _CALL_HOSTS
                      and turns[over] and set(turns) & speakers - _CALL_HOSTS) \
            and lines[start - 1].cls == "short" \
            and (not lines[start - 1].clutter or over != lines[start - 1].text) and blocks \
            and blocks[0].kind != "heading":
        blocks.insert(0, Block("heading", over))
        outside[lines[start - 1].text] -= 1
    repeated = [b for b in blocks if b.kind == "heading" and counts[b.text] > HEADING_MAX_COPIES and outside[b.text]
                and b.text not in speakers]  # (a listed speaker heads each turn, the last one's outside the run too)
    if repeated:
        blocks = [b for b in blocks if b not in repeated]
        dropped += len(repeated)
        res.decisions.append(f"{len(repeated)} heading(s) the page repeats dropped, "
                             f"the first {repeated[0].text[:40]!r}")
    # The lead photo's caption sits between the headline and the body.
    if head.title is not None:
        lead = [Block("caption", caption_text(ln.text)) for ln in lines[head.title + 1:start]
                if min(ln.index - head.title, start - ln.index) <= LEAD_CAPTION_SPAN
                and ln.caption and not ln.clutter and byline_names(ln) is None]  # "Jane Doe | Reuters" is a byline
        blocks = lead[:1] + blocks
    if res.subtitle and blocks and blocks[0].kind == "paragraph" and blocks[0].text == res.subtitle:
        res.decisions.append("first paragraph dropped: it repeats the standfirst")
        del blocks[0]
    if submission is not None:
        # (a comment none of whose text is left, a moderator's "Related ongoing thread:" and its link: no heading)
        heads = {ln.text for ln in lines if "thread-header" in ln.flags}
        blocks = [b for k, b in enumerate(blocks) if not (b.kind == "heading" and b.text in heads and (
            k + 1 == len(blocks) or blocks[k + 1].kind == "heading" and blocks[k + 1].text in heads))]
    if res.title is None and headline is None and handles and max(handles.values()) >= 2 and blocks \
            and blocks[0].kind == "paragraph":
        res.title = _lead_title(blocks[0].text)  # a thread's: its first post's first words
        res.decisions.append("title: the first words of the thread's first post")
    if statement is not None and statement.subject is not None and blocks and blocks[0].kind == "paragraph" \
            and blocks[0].text[:3].casefold() == "re:" and not res.subtitle:
        # The statement's "Re:" line, what it is about (its first sentence: a PDF's column may
        # have run the text on), is its standfirst, and often says when.
        subject, *rest = split_sentences(blocks[0].text)
        res.subtitle = subject
        if rest:
            blocks[0] = Block("paragraph", " ".join(rest))
        else:
            del blocks[0]
        if res.date is None and (found := find_dates(subject, month_first)):
            res.date = found[-1][1]
            res.decisions.append(f"date {res.date} from the statement's line {statement.subject + 1}")
    # A paragraph past the first that repeats the headline is none: a paged copy's running
    # header ("Houthi Attacks on Commercial Shipping in the Red Sea: Issues for Congress" over
    # page 2). (The first may be the text's first words, titling a page with no headline.)
    # (Not a quotation the text gives under its introduction, a headline's chant: "‘We are not
    # going anywhere’" under "… the crowd chanted:")
    repeats = [b for k, b in enumerate(blocks[1:], 1) if b.kind == "paragraph" and res.title
               and b.text.casefold() == res.title.casefold() and not b.text.startswith(QUOTE_START)
               and not blocks[k - 1].text.endswith(":")]
    if repeats:
        res.decisions.append("a paragraph that repeats the headline dropped")
        blocks = [b for b in blocks if not any(b is r for r in repeats)]
    _closing_credit(blocks, res.decisions)
    if stamps and res.date is not None:
        # A live blog's entries after its publication day: the page was written on up to its last
        # one, and what they tell of is no longer to come (see pages._planned).
        written = [m.group("day") for i in stamps if start <= i < end if (m := LIVE_TIME_RE.fullmatch(lines[i].text))]
        days = [d for d in stamp_days(written, res.date, month_first) if d]
        if days and max(days) > max(res.date, res.updated or res.date):
            res.updated = max(days)
            res.decisions.append(f"updated {res.updated} (the live blog's last entry)")
    # A paragraph the page prints twice (a teaser of the article over it, a layout's copy for
    # phones): once. (A pull quote repeats a sentence, not a paragraph of this length.)
    seen_paragraphs: set[str] = set()
    kept: list[Block] = []
    for b in blocks:
        if b.kind == "paragraph" and len(b.text) >= REPEATED_PARAGRAPH_MIN_CHARS:
            if b.text in seen_paragraphs:
                res.decisions.append(f"paragraph {b.text[:40]!r} printed twice: once")
                continue
            seen_paragraphs.add(b.text)
        kept.append(b)
    blocks = _abstract_parts(_without_pull_quotes(kept, res.decisions), res.decisions)
    _strip_site_code(blocks, [ln.text for ln in lines[:start]] + ([res.source] if res.source else []), res.decisions)
    mark_quotes(blocks, res.decisions)
    if res.title and lines and title is not None and _THREAD_COUNTER_RE.search(lines[title].text):
        # a thread's posts each end with its counter, "(2/7)" (a first-time user's Mastodon thread kept them)
        for b in blocks:
            b.text = _THREAD_COUNTER_RE.sub("", b.text) or b.text
    following = 2  # (the next post's counter: they run in order, "2/", "3/"; "9/11 Families …", "24/7 News …" open
    # a post with no counter)
    for b in blocks if counted else ():
        if b.kind == "paragraph" and b.text[:1].isdigit() and (m := _THREAD_POST_COUNTER_RE.match(b.text)) \
                and int(m.group(1)) == following and (not m.group(2) or int(m.group(2)) >= following):
            b.text = b.text[m.end():]  # (and the next posts' counters, "2/ The Nikkei fell …", each post's text)
            following += 1
    res.blocks = blocks
    res.dropped += dropped + (len(lines) - (end - start))
    for k in _dropped_sentences(lines, start, end, blocks):
        res.decisions.append(f"line {k + 1} {lines[k].text[:50]!r}: a sentence in the text's run, dropped as clutter")
    res.decisions.append(f"body: lines {start + 1}-{end} of {len(lines)} (densest run of prose), "
                         f"{len(blocks)} blocks")
    captions = [b.text for b in blocks if b.kind == "caption"]
    if captions:  # (kept in the model, not shown: see write.render_body)
        res.decisions.append(f"{len(captions)} photo caption(s) not shown, the first {captions[0][:50]!r}")
    # The decisions count the lines kept (no empty or repeated ones): say the file's numbers.
    total = len(file_lines) - (file_lines[-1] == "")  # (the text's last newline ends a line)
    res.decisions[first_decision:] = [_file_line_numbers(d, numbers, total)
                                      for d in res.decisions[first_decision:]]
    return res


PULL_QUOTE_MIN_WORDS = 8  # a quoted passage this long, found again in a longer paragraph
PULL_QUOTE_MAX_REST_WORDS = 12  # ... in a paragraph of little else ("Jane Doe said.")
_QUOTED_RE = re.compile(r"^[“\"‘'«„]\s*(.+?)[,.!?]?\s*[”\"’'»“]")
_NOT_WORD_RE = re.compile(r"[\W_]+")


# A site's short code opening its lead as a dateline, in the agency's place: Tuổi Trẻ Online's "TTO - Một tàu hải
# cảnh …" (a first-time user's South China Sea briefing: the summary opened with it), as Kompas's "KOMPAS.com -".
_SITE_CODE_RE = re.compile(r"([A-Z][A-Z0-9]{1,5})\s+[-–—]\s+(?=\S)")


_MASTHEAD_BY_RE = re.compile(r"(\S.{1,60}?) by ([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3})")


def _strip_site_code(blocks: list[Block], names: list[str], decisions: list[str]) -> None:
    """The lead without the code of the site that opens it ("TTO - "): the initials of the site's name over the
    text or of the publication ("Tuổi Trẻ Online"); not a name in capitals opening a sentence ("NATO - The
    alliance …" on a page with no "North Atlantic Treaty Organization" over it)."""
    lead = next((b for b in blocks if b.kind == "paragraph"), None)
    if lead is None or not lead.text[:1].isupper() or (m := _SITE_CODE_RE.match(lead.text)) is None:
        return
    if any(len(name) <= SITE_NAME_MAX_CHARS and _initials(name) == m.group(1) for name in names):
        lead.text = lead.text[m.end():]
        decisions.append(f"lead: the site's code {m.group(1)!r} opening it dropped")


def _without_pull_quotes(blocks: list[Block], decisions: list[str]) -> list[Block]:
    """Without the pull quotes: a paragraph that is a quoted passage (and at most its
    speaker) which a longer paragraph of the text holds ("“Their immune system behaves in an
    exaggerated fashion—think ...”" over "“In some individuals ..., their immune system
    behaves in an exaggerated fashion—think ...,” Dempsey told Gizmodo"). The layout's
    repetition, not the writer's: the text said it twice, and the search, the entities and
    the timeline counted it twice. (Where the two name another speaker, the longer is the
    text's.)"""
    candidates = []
    for k, b in enumerate(blocks):
        m = _QUOTED_RE.match(b.text) if b.kind == "paragraph" and b.text[:1] in "“\"‘'«„" else None
        if m is not None and len(m.group(1).split()) >= PULL_QUOTE_MIN_WORDS \
                and len(b.text[m.end():].split()) <= PULL_QUOTE_MAX_REST_WORDS:
            candidates.append((k, b, m))
    if not candidates:  # (most articles: no paragraph to compare)
        return blocks
    paragraphs = [(k, " ".join(_NOT_WORD_RE.split(b.text.casefold()))) for k, b in enumerate(blocks)
                  if b.kind == "paragraph"]
    dropped: set[int] = set()
    for k, b, m in candidates:
        passage = " ".join(_NOT_WORD_RE.split(m.group(1).casefold())).strip()
        if any(j != k and j not in dropped and len(text) > len(b.text) and passage in text for j, text in paragraphs):
            decisions.append(f"pull quote {b.text[:40]!r} dropped: a longer paragraph holds it")
            dropped.add(k)
    return [b for k, b in enumerate(blocks) if k not in dropped]


_LINE_REF_RE = re.compile(r"\b(lines? )(\d+)(?:-(\d+))?(?: of (\d+))?")


def _file_line_numbers(decision: str, numbers: list[int], total: int) -> str:
    """'line 3', 'lines 4-11 of 72' in a decision, with the kept lines' numbers (1-based)
    replaced by the file's."""
    def number(n: str) -> str:
        k = int(n)
        return str(numbers[k - 1]) if 1 <= k <= len(numbers) else n

    def replace(m: re.Match[str]) -> str:
        out = m.group(1) + number(m.group(2))
        if m.group(3):
            out += "-" + number(m.group(3))
        if m.group(4):
            out += f" of {total}"
        return out
    return _LINE_REF_RE.sub(replace, decision)


# "Author Ben Knight" in the box of the article's data under it (Deutsche Welle's "Date ...",
# "Author ...", "Keywords ..."): the label, a space, a name.
AUTHOR_BARE_RE = re.compile(r"^(?i:author|autor|auteur|autore)\s+([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})$")
_PUBLISHED_BY_RE = re.compile(r"\W*published by\W*", re.I)
AFTER_TEXT_BOX_LINES = 4
_COMMENTS_WORD_RE = re.compile(r"\b(?:comments?|kommentare?|commentaires?|comentarios?|commenti|reacties)\b", re.I)
_PHOTOS_BY_RE = re.compile(r"\W*(?:photos?|pictures?|images?|video|illustrations?)\b", re.I)  # whose photos
# ("Authored by Dr. Katrin Feldmann, Sarah Whitcombe, and Tomasz Nowicki." under a law firm's
# alert: a byline with its full stop)
_WRITTEN_BY_RE = re.compile(r"(?:written|authored|reported) by\s", re.I)
AFTER_TEXT_BYLINE_LINES = 1  # "Von Clemens Höges" right under the text (past clutter) is its byline
AFTER_TEXT_LABEL_LINES = 40  # "Author: ..." this far under it (a box of the article's data)


def _name_place_over_dateline(lines: list[Line], i: int, place: str, month_first: bool) -> bool:
    """Line i is "Personal Name, City" right over the dateline: the writer and where they filed from ("Jan Mallien,
    Frankfurt" / "06.06.2024 - 15:42 Uhr", Handelsblatt's, a first-time user's: no author). Not a place and its state
    or country, "San Francisco, California", "New York, N.Y.", "Buenos Aires, Argentina" (a probe review's)."""
    return bool(place) and i + 1 < len(lines) and 1 <= len(place.split()) <= 3 and len(place) <= PLACE_MAX_CHARS \
        and all(w[:1].isupper() for w in place.split()) and not any(c.isdigit() for c in place) \
        and is_dateline(lines[i + 1], month_first) and not _place_name(lines, lines[i].text.partition(",")[0].strip())
    # (a second writer's name after the comma, "Carsten Volkery, Christof Kerkmann" over the dateline, a first-time
    # user's Handelsblatt copy, is left as the place: a rule that took a name-like second part for a writer made
    # "Silver Spring", "Capitol Hill", "Wall Street", "Associated Press" writers, a review's probes)


# A place's first word, which opens no personal name: "San Francisco", "Santa Clara", "Fort Worth", "New York", "Ciudad
# Juárez", "Port Louis", "Los Angeles", "Saint-Denis"
_PLACE_OPENING_WORDS = frozenset("san santa santo são sao new fort port porto puerto los las ciudad saint st. sainte "
                                 "mount lake cape rio río".split())


def _place_name(lines: list[Line], name: str) -> bool:
    """A name-shaped line that is a place: a well-known one, one the page writes as a place, or one that opens with a
    place's word (see _PLACE_OPENING_WORDS), not a person's given name and surname."""
    words = name.split()
    return bool(words) and (words[0].casefold() in _PLACE_OPENING_WORDS or _written_as_place(lines, name))


def _place_over_dateline(lines: list[Line], k: int, month_first: bool) -> bool:
    """Line k is where the writers filed from, between their names and the dateline ("Núria
    Orriols" / "Anna Mascaró" / "Barcelona" / "28/04/2025 21:40")."""
    text = lines[k].text
    return k + 1 < len(lines) and 1 <= lines[k].words <= 3 and lines[k].chars <= PLACE_MAX_CHARS \
        and all(w[:1].isupper() for w in text.split()) and not find_dates(text) \
        and is_dateline(lines[k + 1], month_first)


PLACE_MAX_CHARS = 30
# A news agency under the writer's name ("Laura Martín Pérez" / "Europa Press" / "Madrid")
_AGENCY_NAME_RE = re.compile(r"\b(?:Press|Presse|Agency|Agencia|Agência|Agence|Agenzia)$")
# A writer's role on its own line, in the languages whose papers set one there ("Enviada Especial")
_BYLINE_ROLE_RE = re.compile(r"\b(?:enviad[oa]|corresponsal|redactor[a]?|periodista|jornalista|repórter|correspondente"
                             r"|envoy[ée]e?|giornalista|inviat[oa]|redakteur(?:in)?|korrespondent(?:in)?)\b", re.I)


def place_and_name(lines: list[Line], start: int, month_first: bool, decisions: list[str],
                   title: int | None = None) -> list[str]:
    """An Arabic paper's byline, the city the writer filed from and the name, over the dateline
    ("عدن: محمد ناصر" / "نشر: 19:42-19 نوفمبر 2023 م"): the name. Not the headline's label and words (a
    review's probe: "وزیر خارجه: مذاکرات ادامه دارد" over its date)."""
    for ln in lines[max(0, start - HEAD_LOOKBACK):start]:
        if ln.index == title:
            continue
        m = _ARABIC_PLACE_NAME_RE.fullmatch(ln.text) if ln.chars <= PLACE_NAME_MAX_CHARS else None
        if m and ln.index + 1 < len(lines) and is_dateline(lines[ln.index + 1], month_first):
            decisions.append(f"authors: line {ln.index + 1} {ln.text!r}, the place and the writer's name")
            return [m.group(1)]
    return []


PLACE_NAME_MAX_CHARS = 50
_ARABIC_PLACE_NAME_RE = re.compile(rf"[{ARABIC}]+(?: [{ARABIC}]+)?\s*:\s*([{ARABIC}]+(?: [{ARABIC}]+){{1,3}})")


def social_poster(lines: list[Line], start: int, end: int, decisions: list[str]) -> list[str]:
    """A social post's writer, where no byline names them: the header over the post ("Anders
    Holm’s Post"), or the handle a thread's comments mark as its poster's ("u/throwaway_bosun"
    or "guiri_en_valencia" / "OP")."""
    for ln in lines[:start]:
        m = _POSTER_RE.fullmatch(ln.text)
        if m and looks_like_name(m.group(1)):
            decisions.append(f"authors: line {ln.index + 1} {ln.text!r}, the post's header")
            return [m.group(1)]
        if ln.index and ln.chars <= 8 and _DEGREE_RE.fullmatch(ln.text) and looks_like_name(lines[ln.index - 1].text) \
                and any(_LINKEDIN_AGE_RE.match(o.text) for o in lines[ln.index + 1:ln.index + 1 + LINKEDIN_AGE_SPAN]):
            # the writer's name over how far they are in the reader's network, the post's age under them: LinkedIn's
            # "Sophie Lambrecht" / "• 2nd" / … / "3d •" (not a standings widget's "Emma Larsson" / "• 1st")
            decisions.append(f"authors: line {ln.index} {lines[ln.index - 1].text!r}, over the network's degree")
            return [lines[ln.index - 1].text]
        if ln.text.endswith("·") and ln.index and _FB_STAMP_RE.fullmatch(ln.text):
            # Facebook's head: the page's or the writer's name over its badge and the post's time, its audience's
            # icon after it ("Chief Adviser GOB" / "Verified account" / "February 13 at 11:20 AM ·": a first-time
            # user's post named no writer)
            k = ln.index - 1
            while k > 0 and _FB_BADGE_RE.fullmatch(lines[k].text):
                k -= 1
            # (not the site's name over it, "Facebook": CLUTTER_LINE_RE's, so no name)
            if lines[k].words <= 6 and not lines[k].sentence and looks_like_name(lines[k].text, loose=True):
                decisions.append(f"authors: line {k + 1} {lines[k].text!r}, over the post's time")
                return [lines[k].text]
        m = _OPENED_THIS_RE.fullmatch(ln.text) if " opened this " in ln.text and ln.chars <= 120 else None
        if m:
            # a code host's issue or pull request, its opener's handle over the thread: GitHub's "carlocab opened this
            # issue on Mar 29, 2024 · 14 comments" (a first-time user's issue named no writer)
            decisions.append(f"authors: line {ln.index + 1} {ln.text[:60]!r}, who opened the issue")
            return [m.group(1)]
        if ln.chars > 8 and _post_head(lines, ln.index) is not None:
            name = _DEGREE_RE.split(ln.text)[0].strip()  # (the name and the degree on one line: "Priya Raman • 2nd")
            decisions.append(f"authors: line {ln.index + 1} {ln.text!r}, the name by the network's degree")
            return [name]
    above = {ln.text for ln in lines[max(0, start - OP_HANDLE_SPAN):start]}  # (over the post's title)
    for ln in lines[max(1, end):]:  # (among the comments under the post; not a comment a story quotes)
        m = _OP_HANDLE_RE.fullmatch(lines[ln.index - 1].text) if ln.text == "OP" else None
        if m and (m.group(1) in above or m.group(0) in above):  # (the poster's name over the post; not a
            # news story that quotes a thread's comments)
            decisions.append(f"authors: line {ln.index} {m.group(0)!r}, marked as the thread's poster ('OP')")
            return [m.group(1)]
    return []


_POST_ENDS = ("’s Post", "'s Post")
# GitHub's line under an issue's title: "carlocab opened this issue on Mar 29, 2024 · 14 comments", "jdoe opened this
# pull request 3 days ago · 2 comments" (a handle: letters, digits and hyphens)
_OPENED_THIS_RE = re.compile(r"([A-Za-z0-9][A-Za-z0-9-]{0,38}) opened this (?:issue|pull request) "
                             r"(?:on \w[\w ,.]{4,20}\d|\d{1,2} (?:minutes?|hours?|days?|weeks?|months?|years?) ago"
                             r"|yesterday|last \w+)"
                             r"(?: · \d[\d,]* comments?)?")
# Facebook's time over a post, its audience's icon after it: "February 13 at 11:20 AM ·", "Yesterday at 9:05 PM ·",
# "3h ·", "March 3, 2021 ·"; and the badges between it and the name: "Verified account", "Follow"
_FB_STAMP_RE = re.compile(r"(?:(?:January|February|March|April|May|June|July|August|September|October|November"
                          r"|December) \d{1,2}(?:, \d{4})?|Yesterday|Today|\d{1,2} ?[hmd]|Just now)"
                          r"(?: at \d{1,2}:\d{2}\s?[AP]M)?\s*·")
_FB_BADGE_RE = re.compile(r"verified(?: account| page)?|follow|·", re.I)
# A thread's first post as its title: its mark and counter, "🧵 A thread on why … (1/7)"
# A letter's or a statement's subject label before its subject, as its headline: "YAH: …" (Swahili, "concerning"),
# "RE: …", "SUBJECT: …"
_MEMO_LABEL_RE = re.compile(r"(?:YAH|RE|SUBJECT|Yah|Re|Subject)\s*:\s+(?=\S)")
# A thread's first post's counter: "1/ The Law Society …", "1/4 …" (not a fraction: "1/3 of Kenyan voters …", a code
# review's)
_THREAD_LEAD_RE = re.compile(r"1\s?/(?:\d{1,2})?\s+(?=[^\sa-z])")
_THREAD_POST_COUNTER_RE = re.compile(r"(\d{1,2})\s?/(\d{1,2})?\s+(?=[^\sa-z])")
POSTER_MAX_CHARS = 50
_THREAD_MARKS_RE = re.compile(r"^🧵\s*|\s*🧵$|\s*\(1\s?/\s?\d{1,2}\)$|\s+1/\d{1,2}$")
_THREAD_COUNTER_RE = re.compile(r"\s*\(\d{1,2}\s?/\s?\d{1,2}\)(?=(?:\s+#\w+)*\s*$)")  # (its hashtags after it)
# Hacker News' submission line: "▲ Dutch regulator issues first EU AI Act fine … (reuters.com)"
_SUBMISSION_RE = re.compile(r"^▲\s*|\s+\((?:[\w-]+\.)+[a-z]{2,}(?:/[\w./~-]*)?\)$")
_DEGREE_RE = re.compile(r"[•·]\s*(?:1st|2nd|3rd\+?)")
_LINKEDIN_AGE_RE = re.compile(r"\d{1,2}\s?(?:h|d|w|mo|yr|y)\b\s*(?:Edited\s*)?•?")  # a post's age: "3d •", "1w Edited"
LINKEDIN_AGE_SPAN = 3
OP_HANDLE_SPAN = 4
_POSTER_RE = re.compile(r"(.{3,60}?)['’]s Post")
# The writer's name and degree on one line, LinkedIn's "Priya Raman • 2nd"
_NAME_DEGREE_RE = re.compile(r"(.{3,60}?)\s*[•·]\s*(?:1st|2nd|3rd\+?)")


def _post_head(lines: list[Line], k: int) -> int | None:
    """Whether line k is a social post's head, the writer's name and the network's degree (on
    one line, "Priya Raman • 2nd", or two, "Jane Doe" / "• 2nd") with the post's age under it
    ("1w • Edited •"): the line of the age, or None. (Not a standings widget's "• 1st": no age.)"""
    ln = lines[k]
    if ln.chars > 70 or "•" not in ln.text and "·" not in ln.text:
        return None
    if not (ln.chars <= 8 and _DEGREE_RE.fullmatch(ln.text) and k and looks_like_name(lines[k - 1].text)
            or (m := _NAME_DEGREE_RE.fullmatch(ln.text)) and looks_like_name(m.group(1))):
        return None
    # (and the network's buttons under the post, "Like Comment Repost Send": not a standings widget's "Jannik
    # Sinner · 1st" / "Italy" / "10d", a race's "2h 16m 16s", nor a post a news brief quotes under its headline:
    # a review's probes)
    if not any(_POST_BUTTONS_RE.search(o.text) or o.text == "Like" and o.index + 1 < len(lines)
               and lines[o.index + 1].text == "Comment" for o in lines[k + 1:] if o.chars <= POST_BUTTONS_MAX_CHARS):
        return None  # (the buttons on a line each too: "Like" / "Comment" / "Repost")
    return next((o.index for o in lines[k + 1:k + 1 + LINKEDIN_AGE_SPAN] if _LINKEDIN_AGE_RE.match(o.text)), None)


# A social network's buttons under a post, or its count of reactions: "Like Comment Repost Send", "284 · 37
# comments · 12 reposts"
_POST_BUTTONS_RE = re.compile(r"\bLike\b.{0,12}\bComment\b.{0,12}\b(?:Repost|Share)\b|\b\d+ (?:comments?|reposts?)\b"
                              r".{0,6}\b\d+ reposts?\b")
POST_BUTTONS_MAX_CHARS = 80


POST_HEAD_LINES = 12  # the page's first lines, where a post's head stands (under the network's menu)


POSTED_UNDER_LINES = 4  # a post's text under its writer's handle, within these many lines (its date, a label)


# The network's own words round a post, a line each: X's "Translate post", "Reposts", "4.1M Views", "Post your
# reply" (a page that is a post, not an article with its writer's handle under its headline: a review's probe)
_POST_FURNITURE_RE = re.compile(r"(?:translate post|post your reply|reposts|quotes|likes|bookmarks|conversation"
                                r"|see new posts|show more replies|(?:[\d.,]+[KM]? )?views)", re.I)


def _posted_under(lines: list[Line], start: int) -> int | None:
    """The line of the writer's name over the handle a post's text at start is under ("U.S. Central Command" /
    "@CENTCOM" / "Dec 31, 2023 Red Sea Update" / the post), if any, on a page with the network's words round it."""
    if not any(ln.chars <= 20 and _POST_FURNITURE_RE.fullmatch(ln.text) for ln in lines):
        return None
    for k in range(start - 1, max(0, start - 1 - POSTED_UNDER_LINES), -1):
        if _HANDLE_RE.fullmatch(lines[k].text):
            return k - 1 if k >= 1 and not lines[k - 1].clutter and not _HANDLE_RE.fullmatch(lines[k - 1].text) \
                and lines[k - 1].words <= 6 and not lines[k - 1].sentence else None
        if lines[k].cls in ("good", "near"):
            return None
    return None


def post_top(lines: list[Line]) -> int | None:
    """The first line of a social post under its head (see _post_head), past a "Follow" button."""
    for ln in lines[:POST_HEAD_LINES]:
        age = _post_head(lines, ln.index)
        if age is not None:
            k = age + 1
            while k < len(lines) and lines[k].cls != "good" and lines[k].chars <= 12 \
                    and _FOLLOW_RE.fullmatch(lines[k].text):
                k += 1
            return k if k < len(lines) else None
    return None


_FOLLOW_RE = re.compile(r"\W*(?:\+\s*)?follow\W*", re.I)
POST_TITLE_WORDS = (4, 20)  # (a post's first line that titles it: not "Big news!", nor a paragraph)
_EMOJI_TAIL = "".join(chr(c) for c in (*range(0x1F300, 0x1FB00), *range(0x2600, 0x27C0))) + "\ufe0f\u200d "
_OP_HANDLE_RE = re.compile(r"(?:u/)?([\w-]{3,20})")


def author_after_text(lines: list[Line], start: int, end: int, decisions: list[str]) -> list[str]:
    """No byline above the text: the one right under it ("Von Clemens Höges", "Par Jacques
    Munier", Blogger's "Posted by Ned Deily at 5:11 AM", "Published by" over "Daniel
    Lemire"), or one in a box of the article's data further down, beside its date ("Date
    19.01.2020" / "Author Ben Knight"). Any other byline further down is a teaser's, a
    comment's or a book's."""
    near = 0
    # (from the body's last lines: a short byline there is not shown as text)
    for ln in lines[max(start, end - AFTER_TEXT_BYLINE_LINES):end + AFTER_TEXT_LABEL_LINES]:
        names: list[str] | None = None
        m = AUTHOR_BARE_RE.match(ln.text)
        label = "byline" in ln.flags and ln.index > 0
        if label and _PUBLISHED_BY_RE.fullmatch(lines[ln.index - 1].text) and ln.index - end <= AFTER_TEXT_BOX_LINES:
            names = byline_names(ln)  # WordPress's box under the post: "Published by" / "Daniel Lemire"
        elif (m or AUTHOR_INLINE_RE.match(ln.text)) and any(
                find_dates(lines[k].text) for k in range(max(0, ln.index - 2), min(len(lines), ln.index + 3))
                if k != ln.index):
            names = [m.group(1)] if m else byline_names(ln)  # the box of the article's data
        elif ln.index >= end and ln.words <= 4 and _COMMENTS_WORD_RE.search(ln.text):
            break  # "3 Comments": what follows is readers'
        elif near < AFTER_TEXT_BYLINE_LINES and ln.chars <= 80 and _sign_off(ln.text) \
                and ln.text.endswith((")", "]")) and byline_match(ln.text[1:-1].strip()):
            names = byline_names(Line(ln.index, ln.text[1:-1].strip()))  # the wire's "(By Jane Roe and John Doe)"
        elif near < AFTER_TEXT_BYLINE_LINES and not _PHOTOS_BY_RE.match(ln.text) \
                and (not ln.text.endswith(".") or _WRITTEN_BY_RE.match(ln.text)) and (
                ln.chars <= 80 and (label or byline_match(ln.text))
                or ln.chars <= 120 and AUTHOR_INLINE_RE.match(ln.text)):
            names = byline_names(ln)  # right under the text: "Von ...", "Autor: ...", "Published by" over a name
        elif ln.clutter:
            continue
        near += ln.index >= end
        names = [n for n in names or () if looks_like_name(n)]
        if names:
            decisions.append(f"authors {names} from line {ln.index + 1} {ln.text[:50]!r}, under the text")
            return names
    return []


# A wire's closing credit: "Reporting by Hugo Ferreira; Editing by Alex Mortimer", "Reporting by Jane Roe in
# Shanghai and John Doe in Beijing; Writing by …" (not "Additional reporting by", another's help)
_WIRE_CREDIT_RE = re.compile(r"\W*(?:Reporting|Reported) by ([^;]{3,120}?)\s*(?:;|$)")
WIRE_CREDIT_AFTER_LINES = 3  # lines under the text's run where the credit may stand


def wire_credit_authors(lines: list[Line], start: int, end: int, decisions: list[str]) -> list[str]:
    """No byline: the reporters a wire's closing credit names, under the text (Reuters' briefs):
    its last line or the lines under it, the credit going on with the editing ("; Editing by …"),
    people only (not "Bengaluru Newsroom", "Reuters TV")."""
    for ln in lines[max(start, end - 1):min(len(lines), end + WIRE_CREDIT_AFTER_LINES)]:
        m = _WIRE_CREDIT_RE.match(ln.text) if ln.chars <= 200 and "; " in ln.text and "eport" in ln.text else None
        names = [n for n in split_names(m.group(1)) if looks_like_name(n) and not _NOT_A_WRITER_RE.search(n)
                 and not re.search(r"\b(?:TV|Television|Newsroom|Bureau)\b", n)] if m else []
        if names:
            decisions.append(f"authors {names} from line {ln.index + 1} {ln.text[:50]!r}, the wire's credit")
            return names
    return []


REPORT_AUTHORS_SHARE = 0.6  # of the text's run, at least, above the authors' lines
_REPORT_ROLE_RE = re.compile(r"(?:(?:Senior|Principal|Research|Legislative|Policy)\s+)*(?:Specialist|Analyst"
                             r"|Attorney|Researcher|Economist)\s+in\s+[A-Z]")


def report_authors_at_end(lines: list[Line], start: int, end: int, decisions: list[str]) -> list[str]:
    """No byline: a report's authors a line each with the job title in a field, where a
    report prints them, under its text ("Jeremy M. Sharp, Specialist in Middle Eastern
    Affairs" / "John Frittelli, Specialist in Transportation Policy", over a CRS In Focus's
    disclaimer), in the text's last part or under it, and not named in its first paragraphs.
    Not a board's "Sarah Lee, Chair" / "Tom Ng, Vice Chair": two job titles at least name a
    field ("… in …")."""
    lo = start + int(REPORT_AUTHORS_SHARE * (end - start))
    for ln in lines[lo:end + AFTER_TEXT_LABEL_LINES]:
        first = _name_and_title(ln.text)
        if first is None or ln.clutter:
            continue
        below = _names_below(lines, ln.index, _name_and_title)
        run = lines[ln.index:ln.index + 1 + len(below)]
        # (every one a researcher's title in a field: "Specialist in …", "Analyst in …"; not a
        # panel's "Professor of Economics", a board's "Chair", the thanked reviewers)
        if not all(_REPORT_ROLE_RE.match(r.text.partition(",")[2].strip()) for r in run) \
                or ln.index and lines[ln.index - 1].text.endswith(":"):
            return []  # (nor a list a line announces: "We thank our reviewers …:", "The panel:")
        names = [clean_name(n) for n in [first, *below]]
        if _mentioned_in_lead(lines, start, end, names):
            return []
        decisions.append(f"authors {names} from line {ln.index + 1} {ln.text[:50]!r}, a report's, under its text")
        return names
    return []


def author_from_bio(lines: list[Line], head_lo: int, start: int, end: int, decisions: list[str]) -> list[str]:
    """No byline: a bare name by the headline (some sites print it above) is the author when a
    bio after the article introduces that name ("Jane Doe (@jdoe) is a contributor at ...").
    Without the bio such a name may be a kicker, a tag or the article's subject."""
    near = {ln.text.casefold(): ln for ln in lines[max(0, head_lo - BIO_NAME_ABOVE):start]
            if not ln.clutter and looks_like_name(ln.text)}
    if not near:
        return []
    paragraphs = 0  # of running text before the line
    for ln in lines[start:]:
        m = BIO_RE.match(ln.text)
        if m and m.group("name").casefold() in near and BIO_ROLE_RE.search(m.group("rest")) and (
                ln.index >= end or paragraphs >= HARD_END_MIN_PARAGRAPHS
                and sum(lines[k].cls in ("good", "near") for k in range(ln.index + 1, end)) < 2):
            # (a bio with paragraphs still to come introduces the article's subject)
            name = near[m.group("name").casefold()]
            decisions.append(f"author {name.text!r} from line {name.index + 1}, "
                             f"named in the bio at line {ln.index + 1}")
            # (the bio's spelling when the page sets the name above in capitals: "TOM BENNETT")
            return [clean_name(m.group("name") if name.text.isupper() else name.text)]
        paragraphs += ln.cls in ("good", "near")
    return []


DATELINE_MAX_WORDS = 12  # "23.06.2016 um 16:14 Uhr - Markus Reuter - 91 Ergänzungen"; not a dated entry's sentence


LEAD_HEADLINE_WORDS = 3  # of the headline's words (four letters or more), a lead paragraph repeats at least these


def _lead_under_headline(lines: list[Line], i: int, title: int, month_first: bool) -> bool:
    """Line i, a sentence right under the headline (line `title`) with the text's prose under it, no byline nor date
    between, is the text's lead, not its standfirst, when it tells the headline's news again: it repeats half the
    headline's words and three or more ("Introducing Jane Roe, New CEO at Acme" / "Acme is thrilled to have Jane Roe,
    long time …, as our new President and CEO."; "Saraki, Melaye, Ben Bruce Drag IGP Idris to Court" / "President of
    the Senate, Bukola Saraki, … have dragged the Inspector-General of Police, Ibrahim Idris, to court."; a central
    bank's statement, "Copom eleva a taxa Selic para 12,25% a.a." / "Em sua 267ª reunião, o Copom decidiu elevar a
    taxa Selic …"; dev pages of the benchmark, a first-time user's central banks). A standfirst says something more
    ("TikTok sale could jeopardize Microsoft's future in China" / "The US tech company hopes its connections will
    help …"), or has a byline or date under it ("A THIRD case of the plague has been reported in China …" / "By …"),
    or ends no sentence, a deck's style ("Die Fusionsanlage Wendelstein 7-X hat ein Plasma über acht Minuten
    aufrechterhalten …" / "Teilen  Drucken  E-Mail"). (Words of four letters or more: not a headline of Chinese or
    Japanese, which puts no spaces between them.)"""
    text = lines[i].text
    if not text.endswith((".", "!", "?")) or i + 1 >= len(lines) \
            or lines[i + 1].cls not in ("good", "near") and not _reads_as_sentence(lines[i + 1].text):
        return False
    heads = {w.casefold() for w in WORD_RE.findall(lines[title].text) if len(w) >= 4}
    if len(heads) < LEAD_HEADLINE_WORDS:
        return False
    shared = heads & {w.casefold() for w in WORD_RE.findall(text) if len(w) >= 4}
    return len(shared) >= LEAD_HEADLINE_WORDS and 2 * len(shared) >= len(heads) \
        and not _byline_past_buttons(lines, i, month_first)


def _byline_past_buttons(lines: list[Line], i: int, month_first: bool) -> bool:
    """A byline or dateline under line i past short lines only (at most HEAD_BUTTONS_MAX), or the
    lead photo's caption (DW's, between its standfirst and its date)."""
    for k in range(i + 1, min(len(lines), i + 2 + HEAD_BUTTONS_MAX)):
        if byline_names(lines[k]) is not None \
                or is_dateline(lines[k], month_first) and lines[k].words <= DATELINE_MAX_WORDS:
            return True  # (a dateline alone: not a chronology's first entry, "21 April 2021: The ...")
        if lines[k].cls != "short" and not lines[k].clutter and not lines[k].caption:
            return False
    return False


# (in brackets: "(Bild: …)"; not a Reuters caption's "Photo: Jane Roe/Reuters" under its two sentences)
_LABELLED_CREDIT_RE = re.compile(r"\(\s*(?:bild|foto|photo|image|credit|cr[ée]dit|fotos?|imagen)\s*:", re.I)


SITE_NAME_TITLE_LINE = 2  # the page's first lines, where its site's name stands
# A release's label over its dateline, no headline: "COMMUNIQUÉ DE PRESSE", "PRESS RELEASE", "Pressemitteilung"
# (and Turkish: "Basın Duyurusu", "Basın Açıklaması"; a press conference's "PRESS CONFERENCE" under a central bank's
# "MONETARY POLICY STATEMENT", a first-time user's central-banks briefing)
_RELEASE_LABEL_RE = re.compile(r"\W*(?:communiqu[ée]s? de presse|(?:press|news|media) release|comunicados? de prensa"
                               r"|nota de prensa|comunicado à imprensa|pressemitteilung|comunicato stampa"
                               r"|bas[ıi]n (?:duyurusu|a[çc][ıi]klamas[ıi])|press conference)\W*", re.I)
# A release's number over its date, "Sayı: 2024-15", "No: 2024-15", "Nr. 12/2024" (the TCMB's, a first-time user's
# headline), and a meeting's statement by its number, no headline: "Comunicado da 267ª reunião do Copom",
# "Copom statement – 267th meeting" over the date and the headline ("Copom eleva a taxa Selic para 12,25% a.a.")
_RELEASE_NUMBER_RE = re.compile(r"(?:sayı|no|nr|n[º°o]|número|numéro)\.?\s?:?\s?\d[\d/.-]*", re.I)
_NUMBERED_MEETING_RE = re.compile(
    r"(?:(?:comunicado|communiqué|statement|declaración|nota)\b.{0,20}\b\d{1,4}(?:ª|º|st|nd|rd|th|a|\.)?\s"
    r"(?:reunião|reunión|réunion|riunione|meeting|sitzung|toplantı)\b.{0,30}"
    r"|.{0,30}\b(?:statement|comunicado|communiqué)\s[–—-]\s\d{1,4}(?:st|nd|rd|th|ª|º)?\s(?:meeting|reunião|reunión))",
    re.I)
SITE_NAME_MAX_WORDS = 5


def _dek_under_byline(lines: list[Line], i: int, month_first: bool) -> bool:
    """Line i, the text's first, is a standfirst set under the byline and date: one sentence
    without its full stop (DEK_MIN_WORDS to DEK_MAX_WORDS words; not a wire's lead, an editor's
    note (_NOT_A_DEK_RE) nor a lead whose full stop has
    a note's mark after it, "… the tech giant.1"; not in title case, a related story's link, as
    "Jenny Slate and Her Editor on …" was), right under the dateline or the byline, a paragraph
    right under it."""
    ln, above, below = lines[i], lines[i - 1], lines[i + 1]
    return DEK_MIN_WORDS <= ln.words <= DEK_MAX_WORDS and not ln.text.endswith(_PARAGRAPH_END) \
        and not re.search(r"[.!?][\d\]\[]+$", ln.text) \
        and not ln.clutter and not ln.caption and ln.text.count(". ") == 0 and not ln.text.endswith(":") \
        and not _title_cased(ln.text) and not _NOT_A_DEK_RE.match(ln.text) \
        and (is_dateline(above, month_first) or byline_names(above) is not None) \
        and below.cls in ("good", "near") and not below.clutter and below.text.endswith(_PARAGRAPH_END)


DEK_MIN_WORDS = 8
DEK_MAX_WORDS = 25  # (a lead that lost its full stop in the copy is longer: 30 words and more)
# A wire's lead ("LONDON (Reuters) - …"), an editor's note ("This story has been updated …").
_NOT_A_DEK_RE = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ .,'’-]*(?:\(|\s[-–—]\s)"
                           r"|(?:this (?:story|article)|editor['’]s note|update)\b", re.I)


CAPTION_OWN_WORDS = 6  # a caption that says what the photo shows, besides its credit


def _caption_over_credit(ln: Line, credit: Line) -> bool:
    """Line `ln` is a photo's caption, one sentence, with its credit right under it ("(Bild: Screenshot)",
    "Foto: Jane Roe/AFP"): as _caption_of_credit, though it quotes the words on the screen it shows."""
    return not ln.clutter and not ln.caption and "joined" in credit.flags and credit.caption \
        and credit.words <= CREDIT_MAX_WORDS and _CREDIT_ONLY_RE.match(credit.text) is not None \
        and 4 <= ln.words <= CAPTION_SENTENCE_MAX_WORDS and not ln.text.endswith(":") \
        and _SENTENCE_BREAK_RE.search(ln.text) is None


def _byline_below(lines: list[Line], i: int, month_first: bool) -> bool:
    """The byline or dateline on the next line: a line between it and the headline is the
    standfirst, though it has two or three sentences ("X. But Y.")."""
    j = i + 1
    if j + 2 < len(lines) and _caption_over_credit(lines[j], lines[j + 1]):
        j += 2  # (past the lead photo's caption over its credit: heise's 'Ein Bluescreen mit der Meldung "Your PC
        # ran into a problem"' / "(Bild: Screenshot)", over the date)
    while j < len(lines) and j <= i + 2 and lines[j].caption and (
            _LABELLED_CREDIT_RE.match(lines[j].text)
            or lines[j].words >= CAPTION_OWN_WORDS and not _CREDIT_ONLY_RE.match(lines[j].text)):
        # (past the lead photo's labelled credit, heise's "(Bild: Shutterstock/…)": the photo has no
        # caption; not past "(Reed Saxon / Associated Press)", whose photo's caption is line i; past a
        # caption of its own with its credit, DW's "Ein Soldat … trägt Hilfsgüter in Wajima Bild:
        # Kyodo/REUTERS" over the date)
        j += 1
    nxt = lines[j] if j < len(lines) else None
    # (or the writers' names alone over the dateline: "Luísa Pinto e Victor Ferreira" / "29 de Abril de 2025";
    # past the writer's own address under the name, GZH's "Marina Dalcin" / "marina.dalcin@zerohora.com.br")
    k = j + 2 if j + 2 < len(lines) and _own_address_below(lines, j) else j + 1
    return nxt is not None and (byline_names(nxt) is not None or is_dateline(nxt, month_first)
                                or k < len(lines) and is_dateline(lines[k], month_first)
                                and (names_only(nxt.text) is not None or looks_like_name(nxt.text))
                                # (or "Name, City" over it: Handelsblatt's "Jan Mallien, Frankfurt")
                                or "," in nxt.text and looks_like_name(nxt.text.partition(",")[0])
                                and _name_place_over_dateline(lines, j, nxt.text.partition(",")[2].strip(),
                                                              month_first)
                                # (or the byline's label alone over the name: Univision's "Por:" / "Mariana Rambaldi")
                                or AUTHOR_LABEL_RE.match(nxt.text) is not None and j + 1 < len(lines)
                                and looks_like_name(lines[j + 1].text))


def end_at_author_bio(lines: list[Line], head_lo: int, start: int, end: int, authors: list[str],
                      decisions: list[str]) -> int:
    """The byline's author (or a bare name right under the headline) introduced in a line of
    their own ("Jane Doe is a freelance writer living in ..."), below some paragraphs: the
    article ends there (teasers for other stories, however long, follow it). A name above
    the headline is a kicker or a tag, maybe the article's subject: not taken."""
    # (not a company's, with its legal form: a press release's "NEWS PROVIDED BY" / "Context Therapeutics Inc."
    # over the text, and "About Context Therapeutics Inc." over its boilerplate at the end, kept as other releases')
    names = {a.casefold() for a in authors if not LEGAL_FORM_RE.search(a)}
    names.update(ln.text.casefold() for ln in lines[head_lo + 1:min(head_lo + 3, end)] if looks_like_name(ln.text)
                 and not LEGAL_FORM_RE.search(ln.text))
    if not names:
        return end
    paragraphs = 0
    for i in range(start, end):
        ln = lines[i]
        if paragraphs >= HARD_END_MIN_PARAGRAPHS:
            m = ABOUT_NAME_RE.match(ln.text)
            if m and m.group(1).casefold() in names:  # "About Jane Doe", "Sobre Carlos Nadalim": her bio's heading
                decisions.append(f"body ends at line {i + 1} {ln.text[:50]!r} (the heading of the author's bio)")
                return i
            m = BIO_RE.match(ln.text)
            if m and m.group("name").casefold() in names and BIO_ROLE_RE.search(m.group("rest")):
                if i + 1 < end:
                    decisions.append(f"body ends at line {i + 1} {ln.text[:50]!r} (the author's bio)")
                return i + 1
            bio = _box_bio(lines, i, end, names)
            # (nor another author's box under it: AP's "MARI YAMAGUCHI" / her bio, "YURI KAGEYAMA" / hers; nor,
            # under a card's name in capitals, the links and the agency's own line under the cards, "The
            # Associated Press is an independent …")
            if bio is not None and sum(lines[k].cls in ("good", "near") and not lines[k].clutter
                                       and _box_bio(lines, k - 1, end, names) != k
                                       and _box_bio(lines, k - 2, end, names) != k
                                       for k in range(bio + 1, end)) < (BOX_TEXT_AFTER_MIN if ln.text.isupper()
                                                                        else 1):
                # (not a debate's voices, each under a name and a bio, then their argument, one paragraph
                # maybe: "David Chen" / "Chen is a correspondent for the Harbor Ledger …" / his argument)
                # An author's box: the name alone, maybe where they work, then who they are
                # ("Foo Yun Chee" / "Thomson Reuters" / "An agenda-setting ... journalist, Foo
                # Yun Chee is a 21-year veteran at Reuters. ...")
                decisions.append(f"body ends at line {i + 1} {ln.text[:50]!r} (the author's box)")
                return i
        paragraphs += ln.cls in ("good", "near")
    return end


BOX_TEXT_AFTER_MIN = 2  # paragraphs under an author's card (a name in capitals) that make it a voice, not the end


def _box_bio(lines: list[Line], i: int, end: int, names: set[str]) -> int | None:
    """The line of the bio under line i when line i is an author's name alone (one of `names`)."""
    if lines[i].text.casefold() not in names:
        return None
    return next((j for j in range(i + 1, min(i + 3, end)) if _introduces(lines[j].text, lines[i].text)), None)


# What a reporter's bio says they do, under their name ("Yamaguchi covers Japan for The Associated
# Press, including …", "Kageyama reports on business from Tokyo"), by the family name alone
_BEAT_RE = re.compile(r"\s+(?:covers|reports\s+(?:on|for|from)|writes\s+(?:about|for|on))\s")


def _introduces(text: str, name: str) -> bool:
    """Whether the first sentence of a line says who this person is, as a bio does ("..., Foo
    Yun Chee is a 21-year veteran at Reuters", with a journalist's role named; "Yamaguchi covers
    Japan for …": _BEAT_RE)."""
    first = _SENTENCE_SPLIT_RE.split(text, 1)[0]
    at = first.casefold().find(name.casefold() + " ")
    if at >= 0 and re.match(r"(?:is|has been)\s+(?:a|an|the)\s", first[at + len(name) + 1:]) is not None \
            and BIO_ROLE_RE.search(first) is not None:
        return True
    for who in (name, name.split()[-1]):
        if first.casefold().startswith(who.casefold()) and (m := _BEAT_RE.match(first, len(who))) \
                and _FOR_PUBLICATION_RE.search(first, m.end()):
            return True
        # ... or by the family name, with a journalist's role ("Skene is a national reporter for The
        # Associated Press", "Holland is an AP correspondent based in Paris")
        if first.casefold().startswith(who.casefold() + " ") \
                and re.match(r"\s(?:is|has been)\s+(?:a|an|the)\s", first[len(who):]) is not None \
                and BIO_ROLE_RE.search(first) is not None:
            return True
    return False


# ... for whom: "… for The Associated Press" (not a roundtable's "Ruiz covers the Supreme Court. The
# ruling is …", the reporter's part of the piece)
_FOR_PUBLICATION_RE = re.compile(r"\b(?:for|at)\s+(?:the\s+|The\s+)?[A-Z]")


# The bio in an author's box, its name set apart above it: "AUTOR" / "Dr. Thomas Schulte" /
# "ist Gründungspartner der Kanzlei ...", "Author" / "Jane Doe" / "is a reporter ...".
BOX_BIO_START_RE = re.compile(r"^(?:is|was|has|writes|ist|war|hat|schreibt|est|a|écrit|es|fue|ha|escribe|è)\s+\S"
                              # ... or the writer's trade, a noun phrase (Prensa Libre's "Escrito por:" / "Douglas
                              # Cuevas" / "Periodista de Prensa Libre especializado en temas de migración …")
                              r"|^(?i:periodista|redactora?|corresponsal|reporter[oa]?|journaliste|rédact(?:eur|rice)"
                              r"|giornalista|redatt(?:ore|rice)|journalist(?:in)?|redakteur(?:in)?|reporter|writer"
                              r"|editor|correspondent)\s+(?:de|del|du|di|della|für|bei|for|at|with|en|in|of)\s+\S")


def end_at_author_box(lines: list[Line], start: int, end: int, decisions: list[str]) -> int:
    """An author's box in the body's last lines: a label ("AUTOR", "About the author"), a
    name, and the bio that goes on from the name ("ist Gründungspartner ..."), with no
    paragraphs of text after it. The article ends at the label (its author may be another:
    the byline names who posted it)."""
    paragraphs = 0
    for i in range(start, end - 2):
        label, name, bio = lines[i], lines[i + 1], lines[i + 2]
        if paragraphs >= HARD_END_MIN_PARAGRAPHS and (AUTHOR_LABEL_RE.match(label.text)
                                                       or ABOUT_AUTHOR_RE.match(label.text)) \
                and looks_like_name(name.text) and BOX_BIO_START_RE.match(bio.text) \
                and sum(lines[k].cls == "good" for k in range(i + 3, end)) < END_MIN_PARAGRAPHS_AFTER:
            decisions.append(f"body ends at line {i + 1} {label.text[:30]!r} (an author's box: {name.text[:30]!r})")
            return i
        paragraphs += label.cls in ("good", "near")
    return end


ABOUT_AUTHOR_RE = re.compile(r"^\W*(?:about the author|über den autor(?:in)?|zum autor|zur autorin"
                             r"|à propos de l'auteur|sobre el autor|l'auteur|der autor|die autorin)\W*$", re.I)


# "Jane Doe currently works for X as a writer. ...", "Jane Doe is a reporter ...": a person
# described in the third person, as an author's box does.
AUTHOR_BOX_RE = re.compile(r"^(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})\s+(?:is\s+(?:a|an|the)"
                           r"|(?:currently\s+)?(?:works|writes)\s+(?:for|at))\s+(?P<rest>.{3,400})$")


def start_after_author_bio(lines: list[Line], start: int, end: int, authors: list[str],
                           decisions: list[str]) -> int:
    """The byline's author described in the body's first line ("Alexia Tsotsis currently works
    for X as a writer. She is also a blogger ..."), over paragraphs of text: an author's box
    the page set above the article, not its first paragraph."""
    names = {a.casefold() for a in authors}
    first = next((i for i in range(start, min(end, start + 2)) if lines[i].cls in ("good", "near")), None)
    if not names or first is None:
        return start
    m = AUTHOR_BOX_RE.match(lines[first].text)
    if not (m and m.group("name").casefold() in names and BIO_ROLE_RE.search(m.group("rest")[:120])):
        return start
    if sum(lines[k].cls in ("good", "near") for k in range(first + 1, end)) < HARD_END_MIN_PARAGRAPHS:
        return start
    decisions.append(f"body starts after line {first + 1} {lines[first].text[:50]!r} (the author's bio)")
    return first + 1


LEAD_CAPTION_SPAN = 8  # the lead photo's caption: this near the headline or the text (no sidebar's "Name (ABBR)")
BARE_NAME_SPAN = 3  # a bare name is the byline this near the headline or the text (not a menu's item)


# A row of tabs or a menu, a line each: this many short lines in a run (three or fewer words, no digit, no
# sentence), of which this many name no one ("Overview" / … / "Origin" / "Moment Tensor" / "Finite Fault" /
# "Tectonic Summary" over a USGS event page's text: its tab was taken for the writer)
TAB_RUN_MIN = 6
TAB_RUN_NOT_NAMES_MIN = 3


def _tab(ln: Line) -> bool:
    # (not the page's buttons, "Share" / "Save" / "Jane Doe": they are no menu's)
    return ln.words <= 3 and not ln.clutter and not ln.caption and not any(ch.isdigit() for ch in ln.text) \
        and ln.text.rstrip()[-1:] not in ".!?:,;"


def _among_tabs(lines: list[Line], i: int) -> bool:
    """Line i, a name by its look, is one of a row of tabs or a menu's items (TAB_RUN_MIN)."""
    lo, hi = i, i
    while lo > 0 and _tab(lines[lo - 1]):
        lo -= 1
    while hi + 1 < len(lines) and _tab(lines[hi + 1]):
        hi += 1
    # (inside the run: a writer's name over a row of topic tags, "Aung Naing Soe" / "Yangon" / "Myanmar" /
    # "Earthquake" …, or under a menu, opens or closes it: a review's probes)
    return lo < i < hi and hi - lo + 1 >= TAB_RUN_MIN \
        and sum(not looks_like_name(ln.text) for ln in lines[lo:hi + 1]) >= TAB_RUN_NOT_NAMES_MIN


def _lines_between(lines: list[Line], a: int, b: int) -> int:
    """How many lines stand between lines a and b, the page's buttons and captions not counted
    ("Share" / "Save" between a dateline and the writer's name)."""
    return sum(1 for ln in lines[a + 1:b] if not (ln.clutter or ln.caption))


def _names_over_dateline(lines: list[Line], i: int, month_first: bool) -> bool:
    """Line i names two people or more and the date is under it: a byline, however far down
    the head ("Helen Livingstone (now), Tom Ambrose and Martin Belam (earlier)" / "Fri 12 Jan
    2024 18.20 GMT", under a live blog's headline, standfirst, series and "Updated 11h ago")."""
    names = names_only(lines[i].text)
    return names is not None and len(names) >= 2 and i + 1 < len(lines) and is_dateline(lines[i + 1], month_first)


def _role_below(lines: list[Line], i: int) -> bool:
    """Whether a writer's role or where they filed from stands under line i ("Security
    correspondent", "Reporting from London"): a name over it is the byline, however many of
    the page's buttons are above; a topic's tag under the buttons ("Grant Shapps" / "Royal
    Navy") has none."""
    below = lines[i + 1] if i + 1 < len(lines) else None
    return below is not None and (bool(ROLE_WORDS.search(below.text)) and below.words <= 6
                                  or _FILED_FROM_RE.match(below.text) is not None
                                  # (or the newsroom and the place: "Henri Castell" / "BBC News, Paris")
                                  or below.words <= 6 and _NEWSROOM_PLACE_RE.fullmatch(below.text) is not None
                                  # (or the writer's handle or address: "Charlotte Ferris" / "@CFerris_LL")
                                  or _HANDLE_RE.fullmatch(below.text) is not None
                                  or _EMAIL_LINE_RE.fullmatch(below.text) is not None)


_EMAIL_LINE_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_NEWSROOM_PLACE_RE = re.compile(rf"(?:[A-Z][\w&'’-]*\s+){{0,2}}(?:News|Press|Presse|Radio|TV|Television)"
                                rf"(?:\s+[A-Z0-9][\w'’-]*)?,\s*{_PLACE}")


def _own_address_below(lines: list[Line], i: int) -> bool:
    """Whether the e-mail address under line i is made of its name ("Marina Dalcin" /
    "marina.dalcin@zerohora.com.br", GZH): the writer's, however far under the headline."""
    def plain(text: str) -> str:
        return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()
    below = lines[i + 1].text if i + 1 < len(lines) else ""
    words = plain(lines[i].text).split()
    local = plain(below.partition("@")[0])
    return _EMAIL_LINE_RE.fullmatch(below) is not None and 2 <= len(words) <= 4 and words[0] in local \
        and words[-1] in local


HEAD_BUTTONS_MAX = 6  # lines of buttons and labels the body's run may open with, over a byline


_PARTICIPANTS_RE = re.compile(r"(?:company |corporate |conference call |call )?(?:participants|speakers|panelists)\W*",
                              re.I)
PARTICIPANTS_SPAN = 4  # lines under that label that list the speakers
PARTICIPANTS_LABEL_MAX_CHARS = 40


# A participant's name before the role or firm the list gives it: "Timothy Arcuri - UBS",
# "Tim Archer -- President and CEO", "Jane Whitfield, Senior Fellow".
_PARTICIPANT_ROLE_RE = re.compile(r"\s+[-–—]{1,2}\s+|,\s+")
_OPENING_QUOTES = ('"', "“", "„", "«", "‘", "'")
# A transcript's turn of the call's operator or moderator, who is in no list of participants.
_CALL_HOSTS = frozenset(h for host in CALL_HOSTS for h in (host.capitalize(), host.upper()))  # (as written)


def transcript_speakers(lines: list[Line], start: int) -> frozenset[str]:
    """The speakers a transcript lists over its text, under "Company Participants", "Conference
    Call Participants" or "Speakers" ("Timothy Arcuri - UBS"), and its operator: each heads the
    turns it speaks, a line of its own, however short the turn ("Operator" / "Our first question
    comes from Timothy Arcuri with UBS."). Empty when the page lists none."""
    names: set[str] = set()
    for j in range(start):
        if not _PARTICIPANTS_RE.fullmatch(lines[j].text):
            continue
        for i in range(j + 1, min(start, j + 1 + PARTICIPANTS_SPAN * 4)):
            if _PARTICIPANTS_RE.fullmatch(lines[i].text):
                continue
            if not _participant(lines, i):
                break
            name = _PARTICIPANT_ROLE_RE.split(lines[i].text, maxsplit=1)[0]
            if looks_like_name(name):
                names.add(name)
    return frozenset(names | _CALL_HOSTS) if names else _labelled_speakers(lines, start)


LABELLED_TURNS_MIN = 4


def _labelled_speakers(lines: list[Line], start: int) -> frozenset[str]:
    """A call's speakers with no list of them over the text: each on a line of its own over its turn, with a colon,
    its role or firm after a dash ("Jeff Su - Director of Investor Relations:" / "Good afternoon, everyone, …",
    "Gokul Hariharan - JPMorgan:", "Operator:"), LABELLED_TURNS_MIN of them, two people at least besides the operator
    (a first-time user's earnings call lost every "Operator:", the operator's words run into the answer over them).
    Without their colons; empty when there are none."""
    labels: list[str] = []
    for i in range(max(0, start - 1), len(lines) - 1):
        text = lines[i].text
        if not text.endswith(":") or lines[i].chars > SPEAKER_LABEL_MAX_CHARS \
                or lines[i + 1].cls not in ("good", "near", "short") or lines[i + 1].text.endswith(":"):
            continue
        label = text[:-1].strip()
        if label in _CALL_HOSTS or looks_like_name(_PARTICIPANT_ROLE_RE.split(label, maxsplit=1)[0]) \
                and _PARTICIPANT_ROLE_RE.search(label) and ", " not in label.split(" - ")[0]:
            labels.append(label)
    people = {label for label in labels if label not in _CALL_HOSTS}
    return frozenset(labels) if len(labels) >= LABELLED_TURNS_MIN and len(people) >= 2 else frozenset()


SPEAKER_LABEL_MAX_CHARS = 80


def _participant(lines: list[Line], i: int) -> bool:
    """Line i lists a speaker ("Vincent Clerc - Chief Executive Officer") under a transcript's
    label, its other speakers or another label between them."""
    def speaker(text: str) -> bool:  # ("Vincent Clerc - CEO"; an event's "Jane Whitfield, Senior Fellow")
        return " - " in text or ", " in text and len(text) <= 80
    if not speaker(lines[i].text):
        return False
    for j in range(i - 1, max(-1, i - 1 - PARTICIPANTS_SPAN), -1):
        if _PARTICIPANTS_RE.fullmatch(lines[j].text):
            return True
        if not speaker(lines[j].text):
            return False
    return False


_READING_TIME_RE = re.compile(r"\d+(?:\s?[–-]\s?\d+)?\s(?:minutes?|min\.?|Minuten|minutos)")
# A site's address: a web domain (not "node.js", "report.pdf", "readme.md").
_DOMAIN_LINE_RE = re.compile(r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|edu|gov|int|info|news|io|co"
                             r"|eu|uk|de|fr|it|es|nl|be|ch|at|se|no|dk|fi|pl|pt|ie|ru|ua|cn|jp|kr|in|au|nz|ca|us|br|mx"
                             r"|ar|za|ng|ke"
                             r"|il|tr|gr|cz|hu|ro|sk|tw|hk|sg|my|id|ph|ae|qa|sa|eg|pk|bd|lk|vn|th)")


SIGNATURE_SPAN = 3  # lines either side of the text's end where its sign-off stands
# (the agencies with their label, "theo", "Theo", "tổng hợp theo" (compiled from), "according to", "via"; or two or
# more agencies without one, Tuổi Trẻ's "MINH KHÔI (Reuters, AFP)": not a name's party or place, "Jane Doe (D-Calif.)")
_CLOSING_AGENCY = r"(?:Reuters|AFP|AP|Xinhua|Tân Hoa Xã|TTXVN|Bloomberg|Kyodo|Yonhap|dpa|EFE|ANSA|CNN|BBC|Al Jazeera)"
_CLOSING_BYLINE_RE = re.compile(r"([\w'’.-]+(?:\s+[\w'’.-]+){1,3})\s+\("
                                r"(?:(?:[Tt]heo|[Tt]ổng hợp theo|according to|via)"
                                rf"\s+[^()]{{2,60}}|{_CLOSING_AGENCY}(?:\s*,\s*{_CLOSING_AGENCY})+)\)")
_SIGNATURE_RE = re.compile(r"[—–]\s*((?-i:[A-Z])[\w.'’-]+(?:\s+[\w.'’-]+){1,3}(?:\s*(?:,|and|&)\s*(?-i:[A-Z])[\w.'’-]+"
                           r"(?:\s+[\w.'’-]+){1,3})*)(,\s*(?:the\s+)?(?:editors?|editor-in-chief|writers?|authors?"
                           r"|reporters?|correspondents?))?\s*", re.I)


def _signature_name(name: str) -> str:
    """A sign-off's name, in a name's case ("MINH KHÔI": "Minh Khôi")."""
    return title_case_name(name) if _in_capitals(name) and len(name) > 3 else name


def find_byline_and_date(lines: list[Line], head_lo: int, start: int, end: int, month_first: bool,
                         res: TextResult) -> None:
    """Byline and dateline: first in the head (headline to body), then anywhere short and near."""
    # (Down to three lines into the body's run, or to its first line of prose when the run
    # opens with the page's buttons: "Aug 13, 2010" / "Text Size" / "Email This" / "Andrea
    # Stone Senior Washington Correspondent" / "WASHINGTON (Aug. 13) -- ...")
    # (nor is the lead photo's caption, twice over its gallery's counter, the text: AP's "Firefighters work at
    # …" / "1 of 6" / "Firefighters work at …" / "Share" / "BY SETH BORENSTEIN, …" / "Updated …" / the lead)
    prose, k, buttons = start, start, 0
    while k < len(lines) and buttons < HEAD_BUTTONS_MAX:
        if lines[k].cls in ("good", "near") and not lines[k].caption:
            prose = k
            break
        buttons += not lines[k].caption
        k += 1
    stop = max(start + 3, prose + 1)
    if not any(ln.cls == "good" for ln in lines[start:stop]):
        # Still the head, no paragraph yet: its short lines go on to the byline ("Listen to this
        # article · 7:12 min" / "Share full article" / "By Adam Satariano and Jeanna Smialek",
        # under a standfirst that opened the run).
        while stop < min(len(lines), start + 3 + HEAD_BUTTONS_MAX) and lines[stop].cls == "short":
            stop += 1
    head = range(head_lo, min(stop, len(lines)))
    # (a run that opens with the lead photo's caption: the line under it opens the run as much, The
    # Guardian's "Residents clean mud from … Photograph: …/AFP/Getty Images" / "Ana Beatriz Lemos in Porto
    # Alegre" / "Tue 4 Jun 2024 11.00 CEST")
    lead = start
    while lead < min(stop, len(lines)) - 1 and lines[lead].caption:
        lead += 1
    bare: tuple[int, list[str]] | None = None  # the first bare name: a byline says more
    organisation: tuple[int, list[str]] | None = None  # the first byline naming no person
    # Each author's link to the rest of their work, over their name and affiliation (SSRN: "See
    # all articles by Helena Marsh" / "Helena Marsh" / "Georgetown University Law Center" / "See
    # all articles by Oluwaseun Adeyemi" / …): the authors.
    # (Not where a byline names them: "By Ethan Baron and George Avalos" over "Read more stories by
    # Ethan Baron"; a sidebar's "See all articles by" its featured contributor.)
    more_by = list(dict.fromkeys(m.group(1) for i in head if (m := _MORE_BY_RE.fullmatch(lines[i].text))
                                 and looks_like_name(m.group(1))))
    if any(byline_match(lines[i].text) and byline_names(lines[i]) for i in head):
        more_by = []
    for i in head:
        ln = lines[i]
        if more_by:
            res.authors = more_by
            res.decisions.append(f"authors {more_by} from their links to their work ('See all articles by …')")
            break
        if "entry-byline" in ln.flags or "letterhead" in ln.flags or _participant(lines, i) \
                or "headline" in ln.flags and ln.words >= 3 and lines[i + 1:i + 2] \
                and _REPORT_ISSUE_RE.fullmatch(lines[i + 1].text) \
                or ln.cells and not (BYLINE_RE.match(ln.cells[0]) and any(
                find_dates(c) for c in ln.cells[1:])):
            continue  # a transcript's list of who speaks ("Company Participants" / "Vincent Clerc - CEO"),
            # a table's row (a wiki's infobox: "Status\tOngoing", a book's "Author\tGeorge Orwell"), but for
            # a byline in its first cell beside a date ("By Jane Holloway\tMarch 3, 2024"; not "By Air\t1h 30m")
        if bare is not None and bare[0] < i < bare[0] + len(bare[1]) and _name_and_title(ln.text):
            continue  # the next of a report's authors the line above began ("…, Analyst in Macroeconomic Policy")
        names = byline_names(ln)
        if names and ln.chars > 150 and i >= start and i + 1 < len(lines) and lines[i + 1].cls in ("good", "near"):
            continue  # a bio's byline is over the text, not its first paragraph ("By Carl Bernstein, a former
            # reporter for The Washington Post, this memoir …" opening a review, and its text going on)
        if names and len(names) == 1 and (m := _NAME_PUBLISHED_RE.match(ln.text)) and m.group(1) == names[0] \
                and _written_as_place(lines, names[0]):
            continue  # where, then when: "Porto Alegre, publicado em 27 de maio de 2024" (a city the page
            # writes "entre Porto Alegre e Canoas"; not "Jacques Cheminat, publié le 13 Septembre 2024")
        if names and i >= start and ln.text[:1] in "PpCc" and _LABEL_ONLY_BY_RE.match(ln.text):
            continue  # a source's credit in the text, "Compiled by OCHA", beat the head's "By Staff" (a review's probe)
        explicit = names is not None  # "By Jane Doe", "Author: Jane Doe", a name under "Von"
        if names is None and BYLINE_EMPTY_RE.match(ln.text):
            res.decisions.append(f"byline: line {i + 1} {ln.text!r} is empty")
            continue
        if not explicit and bare is not None:
            continue
        if names is None and (i < start or i in (start, lead) and (ln.cls == "short" or "title-names" in ln.flags)) \
                and i > head_lo \
                and (ln.chars <= 80 or ln.chars <= AUTHOR_LIST_MAX_CHARS and names_only(ln.text)) and not ln.clutter \
                and not (i >= 1 and CONTACT_LABEL_RE.fullmatch(lines[i - 1].text)) and not _among_tabs(lines, i) \
                and (i <= head_lo + BARE_NAME_SPAN or i >= start - BARE_NAME_SPAN
                     # (or past the lead photo's credit: headline, standfirst, caption, "Kuva: …", the names)
                     or _lines_between(lines, head_lo, i) < BARE_NAME_SPAN
                     and any(lines[k].caption for k in range(head_lo + 1, i))
                     or _names_over_dateline(lines, i, month_first) and not _named_in_lead(
                         lines, start, end, names_only(ln.text) or [])
                     or _role_below(lines, i) and (_lines_between(lines, head_lo, i) < BARE_NAME_SPAN
                                                   or _lines_between(lines, i, start) < BARE_NAME_SPAN)
                     or _own_address_below(lines, i)
                     # (or under the lead photo's caption and credit, over the dateline: El País's "La gobernadora …
                     # en una imagen de archivo." / "Hector Vivas (Getty Images)" / "Karina Suárez" / "México - 21
                     # mar 2024 - 13:12 CST", a first-time user's: no author)
                     or (lines[i - 1].clutter or lines[i - 1].caption) and lines[i - 1].text.endswith(")")
                     and i + 1 < len(lines) and is_dateline(lines[i + 1], month_first)
                     and _lines_between(lines, head_lo, i) <= BARE_NAME_SPAN
                     and not _place_name(lines, ln.text)):  # (nor a place there: "Ciudad Juárez", a probe review's)
            # A bare name line under the headline, or "Name, Role" (also where the body's run
            # of lines begins: a short line is not text).
            text = _IN_PLACE_RE.sub("", ln.text)  # ("Jane Doe in Brussels": where she filed from)
            first, _, rest = (part.strip() for part in text.partition(","))
            credentials = bool(rest) and all(w.replace(".", "").casefold() in CREDENTIALS
                                             for w in re.split(r"[\s,]+", rest) if w)  # "Jane Doe, PharmD"
            titled = _name_and_title(text) is not None
            if titled:
                # A report's authors, a line each with the job title ("Valerie C. Brannon, Legislative
                # Attorney" / "Eric N. Holmes, Legislative Attorney"), whom its text does not name (not
                # a board's "Sarah Lee, Chair" / "Tom Ng, Vice Chair", the people the story is about).
                names = [clean_name(first)] + [clean_name(name) for name in _names_below(lines, i, _name_and_title)]
                if _mentioned_in_lead(lines, start, end, names) or i and _name_and_title(lines[i - 1].text):
                    names = None  # (nor the next of a list the line above began)
            elif looks_like_name(first) and (first == text or ROLE_WORDS.search(ln.text) or credentials
                                              or _name_place_over_dateline(lines, i, rest, month_first)) \
                    and not _DOCUMENT_LABEL_RE.search(first) and not section_label(first):
                name = clean_name(first)
                # "Penulis Aditya Putra" under the headline: a byline's label with no colon, then the name
                m = _LABEL_THEN_NAME_RE.match(name) if len(name) <= LABEL_THEN_NAME_MAX_CHARS else None
                if m and looks_like_name(m.group(1)):
                    name = m.group(1)
                names = [title_case_name(name) if name.isupper() and len(name) > 3 else name]  # as split_names
                k = i + 1  # (El País: a name a line, "Manuel Planelles" / "Ignacio Fariza", over the dateline)
                while first == text and k + 1 < len(lines) and k - i <= 3 and "joined" in lines[k].flags \
                        and looks_like_name(lines[k].text) and lines[k].words <= 3 \
                        and not ROLE_WORDS.search(lines[k].text) and not _BYLINE_ROLE_RE.search(lines[k].text) \
                        and not _AGENCY_NAME_RE.search(lines[k].text) and not section_label(lines[k].text) \
                        and not _named_in_lead(lines, start, end, [lines[k].text]) \
                        and lines[k].text not in lines[head_lo].text \
                        and (is_dateline(lines[k + 1], month_first) or looks_like_name(lines[k + 1].text)
                             or _place_over_dateline(lines, k + 1, month_first)):
                    names.append(clean_name(lines[k].text))
                    k += 1
                if k > i + 1 and not is_dateline(lines[k], month_first) \
                        and not _place_over_dateline(lines, k, month_first):
                    names = names[:1]  # (names not over a dateline: a list of people, not the byline)
            else:
                names = names_only(ln.text)  # "Jane Doe and John Roe"
                if names and res.title and _NORDIC_AND_RE.search(ln.text) \
                        and all(name.split()[-1] in res.title for name in names):
                    names = None  # (see _NORDIC_AND_RE)
                if names and any(section_label(name) for name in names):
                    names = None  # (a section's labels: "Product News and Company Updates")
        if names is None and i > head_lo and not ln.clutter:
            # "Carlos Nadalim 27/09/2018 Comente! Alfabetização": a name, then at once a date.
            # (Only under the headline: "Opening Bell 11.18.19" may be the headline itself.)
            m = NAME_THEN_DATE_RE.match(ln.text)
            if m and looks_like_name(m.group(1)) and not section_label(m.group(1)) \
                    and not DATE_LABEL_RE.match(ln.text) \
                    and any(pos - m.end(1) in (0, 1) for pos, _ in find_dates(ln.text)):  # not "Published On 15 Oct"
                names = [m.group(1)]
        if names and not explicit:
            # A bare name ("Technology Review" over "Von" / "Denis Dilba") gives way to a
            # byline further down the head. One the text's first paragraphs name is who the
            # story is about (the caption "Izaskun Lesaka." over "... arrested Izaskun Lesaka"),
            # unless a dateline next to it makes it the byline.
            # (Not several people the text's first paragraphs all name, whatever is beside them: a
            # group photo's caption, "Olaf Scholz, Emmanuel Macron and Donald Tusk", over the date.)
            # (Nor the writer's role alone under it, "Kim Dacey" / "Reporter", whom a TV story's transcript
            # names: "OUR KIM DACEY IS LIVE IN DUNDALK".)
            if bare is None and (not _named_in_lead(lines, start, end, names) or (any(
                    0 <= k < len(lines) and is_dateline(lines[k], month_first) for k in (i - 1, i + 1))
                    or i + 1 < len(lines) and _WRITER_ROLE_ALONE_RE.fullmatch(lines[i + 1].text))
                    and not (len(names) >= 2 and all(_named_in_lead(lines, start, end, [n]) for n in names))):
                bare = (i, names)
            continue
        if names:
            if _PHOTOS_BY_RE.match(ln.text):
                continue  # a photo's credit ("Photo by Jane Roe on Unsplash"): who wrote it is not named
            if organisation is None and not any(looks_like_name(name) for name in names):
                # "By" / "The Planetary Press" (the site), then "Written by: Julie Mollins" over
                # the text: a person's byline further down the head says who wrote it.
                organisation = (i, names)
                continue
            placed = len(names) == 1 and _place_dated(ln.text, names[0])
            above = _bare_names_above(lines, i, head_lo) if placed else []
            if placed and (above or bare is not None and bare[0] == i - 1) \
                    and (len(above) >= 2 or _written_as_place(lines, names[0])):
                # "Lucía Ferreira Bastos" / "Porto Alegre - 07 may 2024 - 05:40 CEST" (El País): the
                # writer's name, then where she filed from and when; the place is no writer ("… en Porto
                # Alegre"), nor under two writers a name a line ("Federico Rivas Molina" / "Mar Centenera" /
                # "Buenos Aires - 13 jun 2024 - 05:40 CEST"). (Not a photographer's credit over the byline:
                # "Joe Raedle" / "Chris Davies - Sep 29, 2022", SlashGear's writer, whom the page writes as no place.)
                _take_byline(lines, *(bare if bare is not None and bare[0] == i - 1 and len(above) <= 1
                                      else (i - len(above), above)), start, res)
                break
            if len(names) == 1 and _name_and_role(ln.text) == names[0]:
                # Writers a line each with their roles: "Steve Peoples, AP National Political Writer" /
                # "Jill Colvin, AP White House Correspondent".
                names += _names_below(lines, i, _name_and_role)
            _take_byline(lines, i, names, start, res)
            break
    else:
        if organisation is not None:
            _take_byline(lines, *organisation, start, res)
        elif bare is not None:
            _take_byline(lines, *bare, start, res)
        else:
            # A byline with its date over the headline ("Dienstag, 13. Mai 2014, von Dr. Jana
            # Roth" / "Rezension: ..."): only both together, so close above, name the author.
            for i in range(head_lo - 1, max(0, head_lo - BYLINE_ABOVE_SPAN) - 1, -1):
                names = None if lines[i].clutter else byline_names(lines[i])
                if names and find_dates(lines[i].text, month_first):
                    _take_byline(lines, i, names, start, res)
                    break
            else:
                # A broadcast's transcript names its reporters as it labels their turns: "WILL
                # STONE, BYLINE: Hi, Mary Louise."
                reporters = list(dict.fromkeys(title_case_name(m.group(1)) for ln in lines[start:end]
                                               if (m := _TRANSCRIPT_BYLINE_RE.match(ln.text))))
                if reporters:
                    res.authors = reporters
                    res.decisions.append(f"authors {reporters} from the transcript's labels ('…, BYLINE:')")
    res.date = pick_date(lines, head_lo, start, end, month_first, res.decisions)
    res.updated = pick_updated(lines, head_lo, start, res.date, month_first, res.decisions)


def pick_updated(lines: list[Line], head_lo: int, start: int, date: dt.date | None, month_first: bool,
                 decisions: list[str]) -> dt.date | None:
    """The day the head says the page was updated on ("Updated: 7:48 PM PST January 7, 2024",
    "Publicado 6 Ene 2024 … | Actualizado 7 Ene 2024 …"), when it is a few days after the
    publication date: a live page's, whose weekdays may be of the days since (see
    events.extract_events)."""
    if date is None:
        return None
    latest = None
    for ln in lines[max(0, head_lo - 3):min(len(lines), start + 3)]:
        if ln.chars > DATELINE_MAX_CHARS or ln.caption or not (m := UPDATED_HINT_RE.search(ln.text)):
            continue
        dates = find_dates(ln.text[m.end():], month_first)
        if dates and 0 < (dates[0][1] - date).days <= UPDATED_WEEKDAY_DAYS and (latest is None or dates[0][1] > latest):
            latest = dates[0][1]
    if latest is not None and not _live_page(lines, start):
        # (a plain story's correction: "Updated: Monday, January 8" over "shot on Sunday" of the
        # Friday it was published tells of the Sunday before)
        decisions.append(f"updated {latest} not kept: the page is no live one")
        return None
    if latest is not None:
        decisions.append(f"updated {latest} (the head's update, after the publication)")
    return latest


# A live or developing page's label, alone on its line or before its headline's colon ("Live",
# "Live Updates", "EN VIVO: …", "Developing story"), and a live page's entries opening with their
# time and a dash ("2:15 p.m. — Alaska Airlines said …")
_LIVE_PAGE_LABEL_RE = re.compile(r"\W*(?:live(?: updates| coverage| blog)?|liveblog|en vivo|en directo|ao vivo|en direct"
                            r"|im liveblog|developing(?: story)?)(?:\W*$|:\s)", re.I)
_ENTRY_CLOCK_RE = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?\s*[—–-]\s", re.I)
LIVE_ENTRY_MIN = 2


def _live_page(lines: list[Line], start: int) -> bool:
    """Whether the page is a live or developing one: a live label in its head, or entries of the text
    opening with their time and a dash."""
    if any(ln.chars <= DATELINE_MAX_CHARS and _LIVE_PAGE_LABEL_RE.match(ln.text) for ln in lines[:min(len(lines), start + 3)]):
        return True
    return sum(1 for ln in lines if ln.text[:1].isdigit() and _ENTRY_CLOCK_RE.match(ln.text)) >= LIVE_ENTRY_MIN


UPDATED_WEEKDAY_DAYS = 3  # an update this many days after the publication at most dates the page's weekdays


BYLINE_ABOVE_SPAN = 3  # lines over the headline searched for a dated byline
_TRANSCRIPT_BYLINE_RE = re.compile(r"([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){1,3}), BYLINE:")
_MORE_BY_RE = re.compile(r"(?:see|view|read|browse)(?: all| more)? (?:articles|posts|stories|papers|works) by "
                         r"([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3})", re.I)
AUTHOR_LIST_MAX_CHARS = 300  # a paper's authors, named under its title without "By"
# A press release's contact, whose name under it is no byline: "Media Contact:" / "Olga Robak".
CONTACT_LABEL_RE = re.compile(r"(?:(?:media|press|news) )?(?:contacts?|inquiries|enquiries)(?: information)?\s*:"
                              r"|press office\s*:|for (?:more information|media inquiries)\s*:?", re.I)


LEAD_LINES = 5  # the text's first paragraphs, for who the story is about
_AUTHOR_NOTE_RE = re.compile(r"(?:corresponding|contact|lead|senior) authors?\s*:", re.I)


def _named_in_lead(lines: list[Line], start: int, end: int, names: list[str]) -> bool:
    """Whether the text's first paragraphs name one of these people inside a sentence (not
    at a paragraph's start: an author's bio, "Alice Wu fell down the rabbit hole of
    politics ...", often opens the text)."""
    if not any(name.casefold() in text[1:] for name in names for text in _lead_prose(lines, start, end)):
        return False
    # ... unless the page has the person's bio ("Sobre Carlos Nadalim"): a blog's owner, who
    # writes of himself in the third person.
    folded = {name.casefold() for name in names}
    return not any((m := ABOUT_NAME_RE.match(ln.text)) and m.group(1).casefold() in folded for ln in lines[start:])


def _mentioned_in_lead(lines: list[Line], start: int, end: int, names: list[str]) -> bool:
    """Whether the text's first paragraphs name one of these people anywhere (see _named_in_lead)."""
    return any(name.casefold() in text for name in names for text in _lead_prose(lines, start, end))


def _lead_prose(lines: list[Line], start: int, end: int) -> list[str]:
    """The text's first LEAD_LINES paragraphs, folded (not a paper's "Corresponding author: Alexandra
    M. Mellis, …", run into its notes by the copy)."""
    return [ln.text.casefold() for ln in lines[start:end] if ln.cls in ("good", "near")
            and not _AUTHOR_NOTE_RE.match(ln.text)][:LEAD_LINES]


def _names_below(lines: list[Line], i: int, read: Callable[[str], str | None]) -> list[str]:
    """The names that `read` finds on the lines right under line i, a line each, up to
    NAME_AND_ROLE_LINES of them (a report's authors with their job titles)."""
    names = []
    for k in range(i + 1, min(len(lines), i + NAME_AND_ROLE_LINES)):
        name = None if lines[k].clutter else read(lines[k].text)
        if name is None:
            break
        names.append(name)
    return names


# A byline that names no person, the desk's or the paper's: "Our Correspondent", "Staff Writer", Swahili's "Mwandishi
# Wetu" (our writer), "Mwandishi Maalum" (special correspondent), a paper's "Standard Team" (a first-time user's East
# Africa briefing: "Na Mwandishi Wetu" was its author)
_NO_PERSON_BYLINE_RE = re.compile(r"(?:our |staff |special )?(?:correspondent|reporter|writer)s?"
                                  r"|mwandishi (?:wetu|maalum)|waandishi wetu|(?-i:[A-Z])[\w&.-]* team", re.I)


def _card_role(lines: list[Line], k: int) -> bool:
    """Line k is a job title on an author's card, with its firm or not: "Chief US Economist | MS&Co.", "Economist"."""
    if k >= len(lines) or lines[k].clutter or lines[k].words > CARD_ROLE_MAX_WORDS or lines[k].chars > 60:
        return False  # (its firm may end as a sentence does: "MS&Co.")
    return _CARD_ROLE_RE.search(lines[k].text.partition("|")[0]) is not None


CARD_ROLE_MAX_WORDS = 8


def _take_byline(lines: list[Line], i: int, names: list[str], start: int, res: TextResult) -> None:
    ln = lines[i]
    if len(names) == 1 and len(names[0]) <= 30 and _NO_PERSON_BYLINE_RE.fullmatch(names[0]):
        res.decisions.append(f"byline line {i + 1} {ln.text[:60]!r} names no person")
        names = []
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    if nxt is not None and nxt.chars <= BYLINE_MORE_MAX_CHARS and nxt.text.startswith(("and ", "& ")) \
            and not nxt.sentence and (m := byline_match("By " + nxt.text.partition(" ")[2])) \
            and (more := split_names(m.group(1))) and all(_more_writer(name) for name in more):
        # The byline goes on on the next line, each writer with the paper's name: "By Jane Doe |
        # The Ledger" / "and John Roe | The Ledger" (the second writer was lost)
        names = [*names, *(name for name in more if name not in names)]
        if i + 1 >= start:
            nxt.clutter = True
    if len(names) == 1 and ln.text == names[0] and _card_role(lines, i + 1):
        # A research note's authors' cards, each name over its job title and firm, and a telephone number or not:
        # "Michael Gapen" / "Chief US Economist | MS&Co." / "+1 212 761-1234" / "Sam Coffin" / "Economist | MS&Co."
        # (a first-time user's bank note lost the second)
        j = i + 1
        while j < len(lines) and j - i <= NAMES_MAX and not lines[j].clutter:
            if _card_role(lines, j) or _card_contact(lines[j].text):
                j += 1
            elif looks_like_name(lines[j].text) and _card_role(lines, j + 1) and lines[j].text not in names:
                names = [*names, lines[j].text]
                lines[j].flags.add("byline")
                j += 1
            else:
                break
    res.authors = names
    res.decisions.append(f"authors {names} from byline line {i + 1} {ln.text[:60]!r}")
    if i >= start and (ln.cls == "short" or ln.chars > 150 and _bio_byline(ln.text)
                       or not ln.sentence and byline_match(ln.text) is not None):
        # "By Jane Doe, M.D." ends like a sentence: still not body text (nor a bio run into it, nor a long
        # byline with the writers' roles and place, "Por Pedro Peduzzi e Fabiola Sinimbú - Repórteres da
        # Agência Brasil - Belém")
        ln.clutter = True


BYLINE_MORE_MAX_CHARS = 80  # a byline's line that goes on with "and <name>"
# Words of a desk, a wire, a role: "and Staff Reports", "and Wire Reports", "and News Services",
# "and Guest Host Mike Lee" go on with no writer's name
_BYLINE_MORE_ROLE_WORDS = frozenset("""staff report reports wire wires service services news press desk host guest
    editor editors contributor contributors correspondent correspondents writer writers reporter reporters agency
    agencies bureau team photographer photographers photos photographs illustrations graphics""".split())


def _more_writer(name: str) -> bool:
    """A writer the byline's next line adds: a person's name of two or three words, none a role's."""
    words = name.split()
    return 2 <= len(words) <= 3 and not any(w.casefold() in _BYLINE_MORE_ROLE_WORDS for w in words) \
        and looks_like_name(name)


def _without_publication(author: str, source: str, decisions: list[str]) -> str:
    """The writer's name without the publication's glued before or after it (Ouest-France's byline "Ouest-France
    Camille RIVIÈRE."), when a person's name is what is left."""
    for name in (author.removeprefix(source + " "), author.removesuffix(" " + source)):
        if name != author and looks_like_name(name):
            decisions.append(f"author {author!r}: the publication {source!r} glued to the name is cut")
            return name
    return author


def _place_dated(text: str, name: str) -> bool:
    """'Porto Alegre - 07 may 2024': a name-shaped line's start (a place, or a writer), a dash,
    and at once the date."""
    m = LEADING_NAME_RE.match(text)
    dates = find_dates(text[m.end():]) if m and m.group(1) == name and "@" not in m.group(0) else []
    return bool(dates) and dates[0][0] == 0


# A place's preposition before a name the page writes: "… este lunes en Porto Alegre", "entre Porto Alegre e Canoas"
_AT_PLACE_WORDS = r"(?i:in|em|en|no|na|à|au|nel|nella|im|entre|between|zwischen)"


# Well-known places of two words or more, as datelines give them (a name-shaped place: "Porto Alegre - 07 may 2024")
WELL_KNOWN_PLACES = frozenset(place.strip() for place in """new york|new delhi|new orleans|new jersey|new mexico
    |new zealand|los angeles|las vegas|san francisco|san diego|san jose|san josé|san antonio|san juan|san salvador
    |san sebastián|santo domingo|santa cruz
    |santa fe|santa catarina|salt lake city|kansas city|mexico city|panama city|guatemala city|kuwait city|gaza city
    |hong kong|tel aviv|abu dhabi|kuala lumpur|cape town|addis ababa|phnom penh|ho chi minh city|port moresby
    |buenos aires|porto alegre|são paulo|sao paulo|belo horizonte|minas gerais|mato grosso|espírito santo|porto velho
    |campo grande|rio branco|boa vista|mar del plata|las palmas|palma de mallorca|frankfurt am main|den haag
    |the hague|st. petersburg|saint petersburg|st. louis|baton rouge|des moines|fort worth|el paso|long beach
    |palo alto|mountain view|menlo park|silicon valley|sri lanka|saudi arabia|south africa|south korea|north korea
    |costa rica|puerto rico|sierra leone|burkina faso|united states|united kingdom|west bank|rio grande do sul
    |rio de janeiro|ciudad de méxico|ciudad juárez|dar es salaam|washington d.c.""".split("|"))


def _written_as_place(lines: list[Line], name: str) -> bool:
    """Whether the page writes this name as a place: after "in/em/en/à/entre …", or as a dateline's
    city ("PORTO ALEGRE (Reuters) -"), or it is a well-known one; no writer's name is written so."""
    if name.casefold() in WELL_KNOWN_PLACES:
        return True
    at_place = re.compile(rf"\b{_AT_PLACE_WORDS}\s+{re.escape(name)}\b|^{re.escape(name.upper())}\s*[,(–—-]")
    return any(at_place.search(ln.text) for ln in lines)


def _bare_names_above(lines: list[Line], i: int, head_lo: int) -> list[str]:
    """The names a line each right over line i, under the headline (up to NAMES_OVER_PLACE_MAX), top first."""
    k = i - 1
    while k > head_lo and i - k <= NAMES_OVER_PLACE_MAX and _bare_name(lines[k]):
        k -= 1
    return [clean_name(ln.text) for ln in lines[k + 1:i]]


NAMES_OVER_PLACE_MAX = 3


def _bare_name(ln: Line) -> bool:
    """A line that is a person's name and nothing else (no byline's label, no caption)."""
    return not ln.clutter and not ln.caption and looks_like_name(ln.text) and byline_names(ln) is None


def _full_byline(ln: Line) -> bool:
    """'By Jane Doe and John Roe on Monday, November 18th, 2019 at 11:08 a.m.': a byline with
    full names, however much it ends like a sentence ('By March 3, 2015, ...' names no one)."""
    return bool(byline_match(ln.text)) and any(len(name.split()) >= 2 for name in byline_names(ln) or [])


def _cjk_sentence(text: str) -> bool:
    """A sentence in Chinese or Japanese (see _reads_as_sentence)."""
    return text.rstrip()[-1:] in "。！？」』" and len(text) >= 20 and len(CJK_RE.findall(text)) > CJK_LINE_SHARE * len(text)


def _reads_as_sentence(text: str) -> bool:
    """A line of running prose (8+ words ending like a sentence; in Chinese or Japanese, 20
    characters), not a dateline or byline."""
    return len(text.split()) >= 8 and text.rstrip()[-1:] in ".!?\"”'’" or _cjk_sentence(text)


LIST_ITEM_SPAN = 10  # lines above a dateline searched for others of its shape


def _list_item(lines: list[Line], i: int) -> bool:
    """Whether two of the LIST_ITEM_SPAN lines above line i have its shape: the last item of a
    list ('Name 11/13/19 9:00AM' under each teaser's headline; 'Name 11/12/19 4:40PM' too)."""
    def shape(text: str) -> str:
        return _shape(_MERIDIEM_RE.sub("", text))
    mine = shape(lines[i].text)
    return sum(shape(lines[k].text) == mine for k in range(max(0, i - LIST_ITEM_SPAN), i)) >= 2


_MERIDIEM_RE = re.compile(r"(?<=\d)\s*[ap]\.?m\.?", re.I)


_ISO_TIME_RE = re.compile(r"T\d\d:\d\d")
# A periodical's issue line, over the piece or as the running head of its pages: "Federal
# Register / Vol. 89, No. 232 / Monday, December 2, 2024 / Rules and Regulations", "Weekly /
# Vol. 73 / No. 44 November 7, 2024". The issue's date is the piece's; the name before the
# volume is the publication's (see find_source; not a page number, nor "Weekly").
# ("MMWR / November 7, 2024 / Vol. 73 / No. 44": the issue's date between the name and its volume)
ISSUE_LINE_RE = re.compile(r"^(?:\d{1,6}\s+)?(?:(?P<name>[A-Z][^/|•·\d]{1,60}?)\s*[/|•·,—–]\s*"
                           r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}\s*[/|•·]\s*)?)?"
                           r"Vol(?:ume|\.)?\s?\d{1,4}\b.{0,20}?\b(?:No\.|Nr\.|Number|Issue)\s?\d{1,5}\b")
ISSUE_LINE_SPAN = 5  # the page's first lines, where an issue line is
_PERIODICITY = frozenset("daily weekly biweekly monthly bimonthly quarterly annual yearly".split())
_ISSUE_KINDS = frozenset("newsletter bulletin update edition digest issue".split())  # what, not whose


def _issue_line(text: str) -> re.Match[str] | None:
    """An issue line (ISSUE_LINE_RE), not a reference to one in a sentence ("Federal Register,
    Vol. 89, No. 232 (December 2, 2024)." among a report's sources)."""
    return ISSUE_LINE_RE.match(text) if "Vol" in text and len(text) <= DATELINE_MAX_CHARS \
        and not text.endswith(".") and not _REFERENCE_TAIL_RE.search(text) else None


_REFERENCE_TAIL_RE = re.compile(r"\bpp?\.\s?\d|\bdoi\b|https?://|\bwww\.", re.I)  # a citation's pages, DOI, address
DATELINE_MAX_CHARS = 160
DATELINE_BODY_DATE_SHARE = 0.25  # of a dateline in the body, in dates, with no "Published"/"Updated": no text of it
LONG_DATELINE_HEAD = 40  # a longer line's characters searched for the date it opens with
META_ROW_SPAN = 20  # lines under the text where a post's meta row stands
META_HEAD_SPAN = 5  # lines over it where a comments' or a list's head makes it one of theirs
META_HEAD_MAX_WORDS = 8  # (a head: "3 Responses to “…”", "Das könnte Sie auch interessieren"; not a paragraph)
# A date and who made it: "07/12/2017 created by Online-Redaktion", "2013-09-29 posted by admin" (the verb
# is needed: "March 12, 2019 by a vote of 52-48" is a sentence).
_DATE_THEN_BY_RE = re.compile(
    r"(\S.{5,28}?)\s*[|·,–—-]?\s+(?:created|posted|written|published|submitted)\s+by\s+\S", re.I)
_META_FIELD_SPLIT_RE = re.compile(r"\s*[—|·•]\s*")
_COMMENTS_HEAD_RE = re.compile(r"comment|kommentar|comentario|repl[iy]|antwort|répon|respon|avis|pingback|trackback",
                               re.I)
META_FIELD_MAX_WORDS = 3


def _meta_row_date(text: str) -> bool:
    """A post's meta row: a date and who wrote it ("07/12/2017 created by Online-Redaktion"), or fields
    apart by dashes or bars, one the date alone and the others a few words each (its author, "in
    Code", "Permalink"): "Jane Doe — 2013-09-29— in Code — Permalink — License"."""
    if (m := _DATE_THEN_BY_RE.match(text)) and date_share(m.group(1)) >= 1.0:
        return True
    if not ("—" in text or "|" in text or "·" in text or "•" in text):
        return False
    fields = [f for f in _META_FIELD_SPLIT_RE.split(text) if f]
    return 3 <= len(fields) and any(date_share(f) >= 1.0 for f in fields) \
        and all(len(f.split()) <= META_FIELD_MAX_WORDS for f in fields)


# A span of time that goes on from a date, not a day of publication: a wiki's infobox "Date 19
# November 2023 – present", "4 April 2024 – 2025" (not "16 August 2024 | 2024–2025 season").
# (the year first, then what stands before it: a scan from each letter cost a tenth of the
# extraction's time)
_SPAN_OF_DATES_RE = re.compile(r"(?:(?<=[A-Za-z.]\s)|(?<=\d[./]))(?:1[89]|20)\d\d\s*[–—-]\s*"
                               r"(?:present|today|ongoing|now|heute|(?:1[89]|20)\d\d\b)", re.I)


def _community_created(lines: list[Line], i: int) -> bool:
    """A forum community's box: "r/spain" / "Join" / "Everything related to Spain: …" / "Created
    Jan 25, 2008" (a help page's "Created March 12, 2024 10:14" is its date)."""
    return lines[i].text.startswith("Created ") and any(
        lines[k].text.startswith("r/") for k in range(max(0, i - COMMUNITY_BOX_LINES), i))


COMMUNITY_BOX_LINES = 5


_PUBLISH_DATE_FIELD_RE = re.compile(r"\W*(original |first )?(?:publish|publication) date\s*:\s*", re.I)
# A bibliography's fields, beside a bare "Publication date:" of the book or paper a story is about
_BIBLIO_FIELD_RE = re.compile(r"(?:Authors?|Publisher|Pages|ISBN|Journal|DOI|Edition|Format|Price|Genre|Length"
                              r"|Volume|Issue|Translator|Editors?|Imprint|Language|Series)\s*:", re.I)
BIBLIO_FIELD_SPAN = 4


# The words after a date that go on with a sentence: "2 November 2022, has not resumed."
# (a comma, then words, no time: not "Apr. 1, 2008 at 2:54 p.m." under a standfirst, "… strengthen machine learning")
_DATE_GOES_ON_RE = re.compile(r",\s+[a-zß-ÿ][^\d]*$")
CONTINUED_LINE_MIN_WORDS = 5


_WORDS_BEFORE_A_DATE = frozenset("""on in at since from until till by of before after between and or to the during
through dated tarehe hadi mwezi le du au depuis en el desde hasta am seit vom bis""".split())


def _continues_a_sentence(lines: list[Line], i: int, at: int) -> bool:
    """Line i, dated at its start, is the wrapped tail of the sentence the line above left open, no
    dateline: "… the Pretoria Agreement signed on" / "2 November 2022, has not resumed." (an OCHA report's
    column, in a first-time user's East Africa briefing; not a headline over its date, "Council approves
    budget for roads" / "March 3, 2025", nor over "May 5, 2025 by jane")"""
    text = lines[i].text
    if at > 0 or i == 0 or not text.endswith(".") or not lines[i - 1].text[-1:].islower():
        return False
    above = lines[i - 1]
    # (its last word in small letters, "signed on", not a byline's name: "By Sofia Liu and Barbara Zhang" /
    # "Oct. 24, 2006 at 8:00 a.m.")
    if above.words < CONTINUED_LINE_MIN_WORDS or above.clutter or "headline" in above.flags \
            or not above.text.rsplit(None, 1)[-1].islower():
        return False
    # (a sentence left open before its date, on a word that asks for one: "signed on", "held on", "since"; not a
    # standfirst or a meta line over the page's date, "… in a marathon session" / "March 3, 2025, last updated
    # yesterday.", "posted … by the city desk" / "March 3, 2025, updated.": a review's probes)
    if above.text.rsplit(None, 1)[-1] not in _WORDS_BEFORE_A_DATE:
        return False
    m = re.search(r"\d{4}\b", text)
    return m is not None and _DATE_GOES_ON_RE.match(text, m.end()) is not None


_ADDRESS_RE = re.compile(r"(?:https?://|\bwww\.)\S+")


# A court docket's fields of its case, the days the case was filed or ended, and the fields beside them (a PACER or
# CourtListener docket's "Date Filed: Oct. 20, 2020" among "Assigned To: Judge …", "Cause: …", "Nature of Suit: …"):
# the case's days, never the page's (a first-time user's court briefing dated a docket of 2025 by its case's start). Not
# a lone "Date Filed:" without such fields beside it, an opinion's page's own day.
_DOCKET_DATE_FIELD_RE = re.compile(r"Date (?:Filed|Terminated|of Last Known Filing)\s*:", re.I)
_DOCKET_FIELD_RE = re.compile(r"(?:Assigned To|Referred To|Cause|Nature of Suit|Jury Demand|Jurisdiction Type"
                              r"|Demand|Case in other court)\s*:", re.I)
DOCKET_FIELD_SPAN = 6


def _docket_date_field(lines: list[Line], i: int) -> bool:
    """Line i is a docket's field of its case's day, among the docket's other fields (see _DOCKET_DATE_FIELD_RE)."""
    return _DOCKET_DATE_FIELD_RE.match(lines[i].text) is not None and any(
        _DOCKET_FIELD_RE.match(lines[k].text) for k in range(max(0, i - DOCKET_FIELD_SPAN),
                                                             min(len(lines), i + DOCKET_FIELD_SPAN + 1)))


# The labels of the publication and of the update in Japanese, Chinese and Korean, read as PUBLISHED_HINT_RE's and
# UPDATED_HINT_RE's: JPCERT's "最終更新: 2024-02-01" (last updated) over its "2024-01-11（公開）" (published), a
# first-time user's cyber briefing dated by the update; "公開日：" / "更新日：", "发布时间：" / "更新时间：" / "最后更新",
# Korea's "입력 2024.01.11" (entered) / "수정 2024.02.01" (changed). (No word boundary in these scripts.)
_CJK_PUBLISHED_RE = re.compile(r"公開|公表|掲載|発行|配信|投稿|发布|發布|发表|發表|입력")
_CJK_UPDATED_RE = re.compile(r"更新|修正|修改|수정|업데이트")
# German's "Stand: 04.03.2021" (as of), a page's update, at the line's start
_STAND_RE = re.compile(r"Stand\b:?\s*(?=\d)")


# A paper's citation line, as PubMed prints it over the title: ". 2021 Mar 18;384(11):989-1002." (under the journal's
# "N Engl J Med"; or with its name, "N Engl J Med. 2021 Mar 18;384(11):989-1002."): the issue's day, its volume, its
# number and the pages; and the day it was published online, before the issue, " doi: 10.1056/NEJMoa2032183. Epub
# 2021 Feb 10." (a first-time user's GLP-1 briefing went undated). The paper's day is the first of them. (Over the
# title, or the page's first lines: not a reference's in a list of them under a text.)
_CITATION_DAY_RE = re.compile(r"\W*(?:[A-Z][\w.]*(?: [A-Z][\w.]*){0,6}\.\s*)?((?:19|20)\d\d) ([A-Z][a-z]{2}) (\d{1,2});"
                              r"\s*\d+(?:\(\d+\))?:\s*[\w-]+\.?")
_EPUB_DAY_RE = re.compile(r"\bEpub (?:ahead of print )?((?:19|20)\d\d) ([A-Z][a-z]{2}) (\d{1,2})\b")
CITATION_EPUB_SPAN = 2  # lines under the citation where its "Epub" day is


def _citation_day(lines: list[Line], span: int) -> tuple[int, dt.date] | None:
    """The line of a paper's citation (see _CITATION_DAY_RE) among the first `span` lines, and its day: the day
    published online, when it is given and earlier, else the issue's."""
    for i in range(span):
        text = lines[i].text
        if ";" not in text or lines[i].chars > DATELINE_MAX_CHARS or (m := _CITATION_DAY_RE.match(text)) is None:
            continue
        days = [_nlm_day(*m.groups())]
        for k in range(i, min(len(lines), i + CITATION_EPUB_SPAN + 1)):
            if "Epub" in lines[k].text and (e := _EPUB_DAY_RE.search(lines[k].text)) is not None:
                days.append(_nlm_day(*e.groups()))
        if (known := [d for d in days if d is not None]):
            return i, min(known)
    return None


def _nlm_day(year: str, month: str, day: str) -> dt.date | None:
    """A day as a citation gives it, "2021", "Mar", "18" (None when it is no day)."""
    try:
        return dt.datetime.strptime(f"{year} {month} {day}", "%Y %b %d").date()
    except ValueError:
        return None


# A record's days of its first posting and of its last update: the FDA's shortage entry's "Date first posted:
# 12/15/2022" and, under its text, "Date of last update: 12/19/2024" (a first-time user's GLP-1 briefing was dated
# by the first, and the text's "On December 19, 2024, FDA issued a decision …" read as planned). The text is the
# update's when it tells of a day after the first posting, up to the update. (Only a day labelled the first, among
# the record's other fields: a story's "Published: …" or "First published: …" over "Updated: …" keeps its
# publication's day, see pick_updated.)
_FIRST_LABEL_RE = re.compile(r"\bfirst(?:ly)? (?:posted|published|issued|released)\b", re.I)
_LAST_UPDATE_RE = re.compile(r"\b(?:last (?:updated?|modified|revised|reviewed)|content current as of)\b", re.I)


def _date_of_update(lines: list[Line], i: int, start: int, end: int, date: dt.date, month_first: bool,
                    decisions: list[str]) -> dt.date | None:
    """The day of the record's last update (see _FIRST_LABEL_RE), when line i dates its first posting and the text
    tells of a day after it, up to the update; else None."""
    if (first := _FIRST_LABEL_RE.search(lines[i].text)) is None or not any(
            0 <= k < len(lines) and ": " in lines[k].text and _RECORD_FIELD_RE.fullmatch(lines[k].text)
            and not find_dates(lines[k].text, month_first) and byline_names(lines[k]) is None for k in (i - 1, i + 1)):
        return None  # (a record's: among its other fields, "Status: Resolved"; not a story's "First published: …")
    updates = [(k, d[0][1]) for k in range(min(len(lines), end + META_ROW_SPAN)) if k != i
               and lines[k].chars <= DATELINE_MAX_CHARS and ("ast " in lines[k].text or "urrent" in lines[k].text)
               and (m := _LAST_UPDATE_RE.search(lines[k].text)) is not None
               and (d := find_dates(lines[k].text[m.end():], month_first)) and d[0][1] > date]
    if not updates or first.start() > find_dates(lines[i].text, month_first)[0][0]:
        return None
    k, update = updates[0]
    told = next((d for j in range(start, end) for _, d in find_dates(lines[j].text, month_first) if date < d <= update),
                None)
    if told is None:
        return None
    decisions.append(f"date {update} from line {k + 1} {lines[k].text[:60]!r} (the record's last update: its text "
                     f"tells of {told}, after its first posting)")
    return update


def pick_date(lines: list[Line], head_lo: int, start: int, end: int, month_first: bool,
              decisions: list[str]) -> dt.date | None:
    """The publication date: a dateline near the headline ('Published' beats 'Updated'), else nearby.
    A dateline taken from the body's first lines is marked clutter: it is the head's, not text."""
    def candidates(idx: range) -> list[tuple[int, int, dt.date]]:
        out = []
        for i in idx:
            ln = lines[i]
            # (nor a table's row: "1.222.84[.]29 2021-08-11 2023-03-02", an advisory's addresses)
            if ln.caption or "comment" in ln.flags or ln.cells or ATTRIBUTION_RE.match(ln.text) \
                    or OTHER_DATE_RE.match(ln.text) or _community_created(lines, i) \
                    or _CJK_DATE_CLAUSE_RE.match(ln.text) or ln.text[:5] == "Date " and _docket_date_field(lines, i) \
                    or ("–" in ln.text or "—" in ln.text or "-" in ln.text) and _SPAN_OF_DATES_RE.search(ln.text):
                continue
            # A long line only when it opens with the date (a post's line of date, author and
            # tags, "20. April 201713. Juni 2017 Matthias Weber Amazon, Big Data, ..."): its
            # head is read, not the whole paragraph.
            long = ln.chars > DATELINE_MAX_CHARS
            dates = find_dates(ln.text[:LONG_DATELINE_HEAD] if long else ln.text, month_first)
            if dates and i >= start and "/" in ln.text and ("://" in ln.text or "www." in ln.text):
                # (never a date inside a link among the text's lines: a Mastodon post's, "https://www.openwall.com/
                # lists/oss-security/2024/03/29/4", dated a first-time user's thread by luck; the page's own address
                # over its head may date it, "https://www.example.com/2021/03/03/council-budget" / its headline)
                spans = [m.span() for m in _ADDRESS_RE.finditer(ln.text)]
                dates = [d for d in dates if not any(a <= d[0] < b for a, b in spans)]
            if dates and ("-" in ln.text or "–" in ln.text or "—" in ln.text):
                # (nor the last day of a span the line tells of, "… (CHMP) 22-25 January 2024": see _ends_a_span)
                dates = [d for d in dates if not _ends_a_span(ln.text, *d)]
            if not dates or long and dates[0][0] != 0 or _continues_a_sentence(lines, i, dates[0][0]):
                continue
            if ("etriev" in ln.text or "ccess" in ln.text or "rchiv" in ln.text or "abgerufen" in ln.text
                    or "onsult" in ln.text) and _REFERENCE_DATE_RE.search(ln.text):
                continue  # (a reference's day the source was read: never the page's, see _REFERENCE_DATE_RE)
            # A machine's timestamp beside the date shown ("2019-01-07T17:27:31+02:00Juni 19th,
            # 2018": a theme's modified time, leaked from its markup): the date shown.
            shown = [d for d in dates if not _ISO_TIME_RE.match(ln.text, d[0] + 10)]
            dates = shown or dates
            cjk = not ln.text.isascii()
            published = PUBLISHED_HINT_RE.search(ln.text) or cjk and _CJK_PUBLISHED_RE.search(ln.text)
            if published and len(dates) > 1 and (label := _PUBLISHED_LABEL_RE.search(ln.text)) \
                    and UPDATED_HINT_RE.search(ln.text, 0, label.start()):
                # the update first, then the publication: "Updated: Jan. 08, 2024, 6:21 a.m.|Published:
                # Jan. 07, 2024, 9:03 p.m." is the 7th's (a publication's own label, not "Meeting date:"
                # or "Closing date:"; and never later than the update)
                dates = [d for d in dates if d[0] >= label.end() and d[1] <= dates[0][1]] or dates
            rank = 0 if published else 2 if UPDATED_HINT_RE.search(ln.text) or _REVISION_HINT_RE.search(ln.text) \
                or cjk and _CJK_UPDATED_RE.search(ln.text) or ln.text[0] == "S" and _STAND_RE.match(ln.text) else 1
            out.append((rank, i, dates[0][1]))
        return out

    # A form's field of the publication date, wherever it stands (a report's "Original Publish Date:
    # February 6, 2024" in its administrative block at the end, under "Date & Time: January 5, 2024"
    # of what it reports on at the top)
    # A bare "Publication date:" is the page's only when the head has no dateline of its own and
    # no bibliography's field is beside it (a book review's box, "Author: …" / "Publisher: …" /
    # "Publication date: …" / "Pages: 480", a study's "Journal: …" / "DOI: …", date the book or paper).
    field_date: tuple[int, dt.date] | None = None
    for i, ln in enumerate(lines):
        if "ublish" in ln.text or "ublicat" in ln.text:
            if ln.chars <= DATELINE_MAX_CHARS and (m := _PUBLISH_DATE_FIELD_RE.match(ln.text)) \
                    and date_share(ln.text[m.end():]) >= 0.8 and (dates := find_dates(ln.text[m.end():], month_first)):
                if m.group(1):
                    decisions.append(f"date {dates[0][1]} from line {i + 1} {ln.text[:60]!r} (the publication date's field)")
                    ln.clutter = True
                    return dates[0][1]
                if field_date is None and not any(_BIBLIO_FIELD_RE.match(lines[k].text)
                                             for k in range(max(0, i - BIBLIO_FIELD_SPAN), min(len(lines), i + BIBLIO_FIELD_SPAN + 1))):
                    field_date = (i, dates[0][1])
    near = [c for c in candidates(range(max(0, head_lo - 3), min(len(lines), start + 3)))
            # In the body's first lines only a dateline counts, never a date inside a sentence
            # ("On March 3, 2015, Microsoft opened a lab" is not when the article appeared).
            # (Nor a standfirst's, in Chinese or Japanese: "練馬区では、令和7年4月1日から、…回収します。",
            # "2019年5月15日，美国商务部宣布将华为…列入“实体清单”…", a feature's six years on)
            if (c[1] < start and not _cjk_sentence(lines[c[1]].text) or not _reads_as_sentence(lines[c[1]].text)
                or _full_byline(lines[c[1]]))]
    # (nor, in the body's first lines, an item of a chronology: "📅 Jan 15, 2025 — foundry rule published" under
    # "📅 Jan 13, 2025 — rule released", a post's key dates)
    near = [c for c in near if c[1] < start or not _chronology_item(lines, c[1])]
    # A live blog's first entry's time is the entry's, when the head has a date of its own.
    near = [c for c in near if "entry-stamp" not in lines[c[1]].flags] or near
    # The masthead's date of today is not the article's, when the article's is under it.
    near = [c for c in near if c[1] >= head_lo or not _later_than_below(lines, c[1], month_first)] or near
    # Nor is the last dateline of a list of other articles over the headline ("Recent from
    # Jane Doe": "Jane Doe11/12/19 4:40PM", as the list's items above it have).
    near = [c for c in near if c[1] >= head_lo or not _list_item(lines, c[1])]
    if field_date and not near:
        i, date = field_date
        decisions.append(f"date {date} from line {i + 1} {lines[i].text[:60]!r} (the publication date's field)")
        lines[i].clutter = True
        return date
    if near:
        # (the headline's own date last: "Grid Incident in Spain and Portugal on 28 April 2025" over
        # "Version 1.0 – 3 October 2025" is the day of the event it reports on)
        rank, i, date = min(near, key=lambda c: ("headline" in lines[c[1]].flags and date_share(lines[c[1]].text) < 0.5,
                                                 c[0], abs(c[1] - head_lo)))
        decisions.append(f"date {date} from line {i + 1} {lines[i].text[:60]!r} (dateline by the headline)")
        if i >= start and "entry-stamp" not in lines[i].flags \
                and (lines[i].cls != "good" or lines[i].chars <= DATELINE_MAX_CHARS
                     and not _reads_as_sentence(lines[i].text)
                     and (rank != 1 or date_share(lines[i].text) >= DATELINE_BODY_DATE_SHARE)):
            # "Jane Doe 27/09/2018 Comment! Culture": the head's, not body text; nor Le Monde's "Publié le 07
            # décembre 2024 à 21h30, modifié le 08 décembre 2024 à 09h15", however many its words (not a
            # release's headline behind its date, "(April 15, 2025) Attorney General Paxton Secures …")
            lines[i].clutter = True
        bare = date_share(lines[i].text) >= 1.0
        for k in range(max(start, i + 1), end):
            if lines[k].text == lines[i].text and not (bare and any(
                    lines[j].text != lines[i].text and date_share(lines[j].text) >= 1.0 for j in range(i + 1, k))):
                # the same line again under the text (Corriere's "7 dicembre 2024 (modifica …)"); not a live
                # blog's day heading, back after another day's: "March 28, 2024" / … / "March 27, 2024" / …
                # / "March 28, 2024"
                lines[k].clutter = True
        if rank == 0 and (later := _date_of_update(lines, i, start, end, date, month_first, decisions)) is not None:
            return later
        return date
    # A periodical's issue line, the first (not a rule's "Dated: November 27, 2024." over its
    # signature, the day it was signed)
    # (over the headline, or the page's first lines: a reference to an issue, among a report's
    # sources or in a footnote, says when that issue appeared)
    issue = next((c for c in candidates(range(min(len(lines), max(head_lo + 1, ISSUE_LINE_SPAN))))
                  if _issue_line(lines[c[1]].text)), None)
    if issue:
        _, i, date = issue
        decisions.append(f"date {date} from line {i + 1} {lines[i].text[:60]!r} (the periodical's issue line)")
        return date
    if (cited := _citation_day(lines, min(len(lines), max(head_lo + 1, ISSUE_LINE_SPAN)))) is not None:
        i, date = cited
        decisions.append(f"date {date} from line {i + 1} {lines[i].text[:60]!r} (the paper's citation line)")
        return date
    # Farther away: only lines that are essentially a date, nearest the body.
    # ("VERÖFFENTLICHT AM 07.06.2019" is a date with its label: the label is not counted.)
    # (Not under a headline: a teaser's "Veröffentlicht am 12.02.2018".)
    far = [c for c in candidates(range(len(lines)))
           if (date_share(lines[c[1]].text) >= 0.5
               or c[0] == 0 and date_share(PUBLISHED_HINT_RE.sub("", lines[c[1]].text)) >= 0.5
               and (c[1] == 0 or lines[c[1] - 1].words < 4 or lines[c[1] - 1].clutter))
           and not (start <= c[1] < end and lines[c[1]].cls == "good")]
    # (A post's meta row under the text: "Jane Doe — 2013-09-29— in Code — Permalink", "07/12/2017 created
    # by Online-Redaktion": the date and its author, however few of its letters the date is.)
    # (Not past the head of the comments: "2 comments" / "Mark — 2016-05-04 — Reply" is a comment's.)
    # (Not past the head of comments, pingbacks or a list of other posts ("Related posts", "3 Responses to …",
    # "Vos avis", "Das könnte Sie auch interessieren": a review's probes got their rows' dates), nor one of a
    # list of such rows.)
    tail = end
    while tail < min(len(lines), end + META_ROW_SPAN) and not _COMMENTS_HEAD_RE.search(lines[tail].text) \
            and not RELATED_MARKER_RE.search(lines[tail].text):
        tail += 1
    far += [c for c in candidates(range(end, tail))
            if date_share(lines[c[1]].text) < 0.5 and _meta_row_date(lines[c[1]].text)
            and not any(_meta_row_date(lines[j].text) for j in (c[1] - 1, c[1] + 1) if 0 <= j < len(lines))
            and not any(lines[j].words <= META_HEAD_MAX_WORDS and (
                _COMMENTS_HEAD_RE.search(lines[j].text) or RELATED_MARKER_RE.search(lines[j].text))
                for j in range(max(start, c[1] - META_HEAD_SPAN), c[1]))]
    if far:
        rank, i, date = min(far, key=lambda c: (c[0] > 1, min(abs(c[1] - start), abs(c[1] - end))))
        if min(abs(i - start), abs(i - end)) <= HEAD_LOOKBACK:
            decisions.append(f"date {date} from line {i + 1} {lines[i].text[:60]!r} (dateline near the body)")
            if rank == 0 and (later := _date_of_update(lines, i, start, end, date, month_first, decisions)) is not None:
                return later
            return date
    # A release's dateline opening its first paragraph: "Mumbai, August 6, 2024: The Tata Power
    # Company Limited … today announced …", "NEW YORK, Aug. 6, 2024 /PRNewswire/ -- …"
    for i in range(start, min(end, start + 3)):
        m = _LEAD_DATELINE_RE.match(lines[i].text)
        # (a release's: "… today announced …", a wire's tag; not a feature's scene, "Paris, November
        # 13, 2015 — The first shots …", in a piece ten years after)
        dates = find_dates(m.group(0), month_first) if m and (
            "/" in m.group(0) or (_RELEASE_NEWS_RE if m.group("state") else _RELEASE_WORDS_RE).search(
                lines[i].text[m.end():m.end() + 300])) else []
        # (or a wire's, the day in brackets after the place or the outlet: "Law360 (April 17, 2025, 11:42 AM EDT) --
        # A Virginia federal judge …", "WASHINGTON (April 17, 2025) --", the story's own day: a first-time user's
        # court briefing listed it undated)
        if not dates and "(" in lines[i].text[:60] and (m := _BRACKETED_DATELINE_RE.match(lines[i].text)):
            dates = [d for d in find_dates(m.group(1)[1:-1], month_first) if d[0] == 0]
        if dates:
            kind = "release's" if m.re is _LEAD_DATELINE_RE else "wire's"
            decisions.append(f"date {dates[0][1]} from line {i + 1} {lines[i].text[:60]!r} (the {kind} dateline)")
            return dates[0][1]
    decisions.append("date: no absolute dateline found")
    return None


# A channel's flag before a headline, an emoji's: "🔴 BREAKING | K-Electric announces …", "⚡ JUST IN:
# …" (a site's own "BREAKING NEWS: Chelsea Activate …" is its headline's, as the page's title has it;
# nor "🕺 BREAKING: How Paris 2024's newest sport …", "🌊 FLASH-FLOOD WARNING")
_BREAKING_RE = re.compile(r"^[^\w\s]{1,3}\s*(?:BREAKING(?: NEWS)?\s*\||BREAKING NEWS\s*:|JUST IN\s*[:|])\s*(?=\S)")
# The release's date in brackets before its headline, as Japan's ministries print it:
# "（令和7年4月15日）グーグル・エルエルシーに対する排除措置命令について"
_DATE_PREFIX_RE = re.compile(r"^[（(]([^（）()]{4,30})[）)]\s*(?=\S)")


# A kicker the page's rendering glued onto the headline, with no space after its exclamation
# ("Wow, wow, wow!Manuela Reimann: …"): a few words, their "!" or "?", then a capitalised word.
_GLUED_KICKER_RE = re.compile(r"(?:[^\s.!?]+ ){0,3}[^\s.!?]+[!?](?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ])")
GLUED_KICKER_SCAN = 10  # lines either side of the headline where its kicker and itself are printed apart
_TRAILING_STOP = ".!?:;…"
# A headline in the first person (or in quotation marks) is a quote: "Scholz: Wir schaffen das", "Biden: We will …"
_QUOTE_WORDS = frozenset("i i'm i'll i've we we're we'll we've me us my our ich wir mir mich uns unser unsere mein meine "
                         "je j'ai nous moi notre nos yo nosotros me mi nuestro nuestra io noi mio nostro nostra".split())
_QUOTE_OPENERS = "\"“„«‘'‚"


def _without_glued_kicker(lines: list[Line], title: int) -> str | None:
    """The headline without the kicker the rendering glued onto it: "KNOWHOW Wie CreativeCommons
    richtig genutzt wird." when the page prints "KNOWHOW" and, right under it, "Wie CreativeCommons
    richtig genutzt wird" apart nearby, or "Wow, wow, wow!Manuela Reimann: …" (no space after the
    kicker's "!", the kicker of two words or more)."""
    text = lines[title].text
    m = _GLUED_KICKER_RE.match(text)
    if m and " " in m.group() and len(text[m.end():].split()) >= 3:
        # (a kicker of two words or more: a single word with its "!" is as often a brand's own, "Yahoo!Mail",
        # "Jeopardy!Champion …", as a glued kicker)
        return text[m.end():]
    folded = " ".join(text.casefold().split()).rstrip(_TRAILING_STOP)
    if " " not in folded:
        return None
    near = {j: " ".join(lines[j].text.casefold().split()).rstrip(_TRAILING_STOP)
            for j in range(max(0, title - GLUED_KICKER_SCAN), min(len(lines), title + GLUED_KICKER_SCAN + 1))
            if j != title}
    for j, other in near.items():
        if other and len(other.split()) >= 3 and folded.endswith(" " + other):
            kicker = folded[: -len(other) - 1]
            if len(kicker.split()) <= 3 and near.get(j - 1) == kicker:
                return lines[j].text  # (the kicker printed right over the headline: no tag or crumb far off)
        # (or apart on one line, with a colon: "Deutschlandtakt: Flixbus attackiert Deutsche Bahn", a
        # breadcrumb's, over "Deutschlandtakt Flixbus attackiert Deutsche Bahn")
        # (but when the headline is a quote in the first person, "Scholz: Wir schaffen das", the kicker is
        # who says it: the title is the line with its colon)
        kicker, colon, headline = other.partition(": ")
        if colon and folded == f"{kicker} {headline}" and len(kicker.split()) <= 3 and len(headline.split()) >= 3:
            quote = not _QUOTE_WORDS.isdisjoint(headline.split()) or headline[:1] in _QUOTE_OPENERS
            return lines[j].text.strip() if quote else lines[j].text.partition(": ")[2].strip()
    return None


def _without_date(m: re.Match[str]) -> str:
    return "" if date_share(m.group(1)) >= 0.8 else m.group(0)


_RELEASE_WORDS_RE = re.compile(r"\b(?:today|announced|announces|launched|launches|unveiled|unveils|reported|reports)\b")
# (with a state in the dateline, "NEW ORLEANS, La., Aug. 29, 2005 — …, the National Hurricane Center
# reported": a feature quoting an old wire report; the release's own news, or its wire's tag)
_RELEASE_NEWS_RE = re.compile(r"\b(?:today|announced|announces|launched|launches|unveiled|unveils)\b")
# A wire's dateline, the day in brackets after the place or the outlet, a dash after it: "Law360 (April 17, 2025, 11:42
# AM EDT) -- ", "WASHINGTON (17 April 2025) – " (see text.WIRE_DATELINE_RE)
# (as WIRE_DATELINE_RE reads it: not a life's span, "Lynn Conway (January 2, 1938 – June 9, 2024) — …", which dated an
# obituary 1938, nor a price's day, "Nvidia (June 18, 2024 close) - …": a review's probes)
_BRACKETED_DATELINE_RE = re.compile(rf"{BRACKETED_DAY_BEFORE}\s*({BRACKETED_DAY})\s*(?:--|[—–-]{{1,2}})\s")
_LEAD_DATELINE_RE = re.compile(r"[A-Z][\w.'’ -]{1,40}?,\s*"
                               # (a US place's state, as the wires abbreviate it or not: "ARLINGTON, Va., Feb. 6,
                               # 2024", "DAYTON, Ohio, March 3, 2025")
                               r"(?P<state>(?:[A-Z][a-z]{0,4}\.(?:\s*[A-Z][a-z]{0,2}\.)?|[A-Z][a-z]{2,12}),\s*)?"
                               r"(?:[A-Z][a-z]{2,9}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,9}\.? \d{4})"
                               r"\s*(?::\s|[-–—]+\s*|/[A-Za-z .-]{2,30}/\s*[-–—]*\s)")  # ("2024—Federal …")
