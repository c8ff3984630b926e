#!/usr/bin/env python3
"""Generate N realistic seed files for scale benchmarks: `make_corpus.py N OUT_DIR [--seed S]`.

The files look like what an analyst collects: text copied from news pages, with the
site's clutter around the article (navigation, "Advertisement", subscription pleas,
share rows, photo captions, comment prompts, footers), a headline, often a standfirst,
bylines and datelines in the forms real sites use (and some undated articles), bodies
from a few hundred to a few thousand words, and about 5% saved `.html` pages with
og: meta tags and JSON-LD. The prose is built from sentence templates over a shared
cast of people, organisations and places (Zipf-weighted, so a few recur across many
articles, as in a real briefing) and mentions dates across two decades, about as often
as real news does (DATED_SENTENCE_SHARE).

Deterministic: every file is generated from its own random.Random seeded by
(seed, index), so the same N and seed give byte-identical files, and the first 100
files of a 1,000-file corpus are the 100 files of a 100-file corpus. Standard library
only; 10,000 files take a few seconds.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
import sys
from itertools import accumulate
from pathlib import Path

# --- the cast ------------------------------------------------------------------------

FIRST = ("James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara "
         "Richard Susan Joseph Jessica Thomas Sarah Daniel Karen Wei Li Jing Min Hao Yan Xin Lei "
         "Priya Arjun Ananya Rahul Fatima Omar Leila Hassan Sofia Lucas Emma Noah Olivia Liam "
         "Mateus Ana Pedro Giulia Marco Chiara Anke Jonas Ingrid Ahmed Kenji Yuki Hiroshi Mei "
         "Daniela Carlos Elena Ivan Olga Dmitri Amara Kwame Chloe Sean Aisling Rhys Nadia Tomás").split()
LAST = ("Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Wang Zhang Liu "
        "Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Lin He Gao Luo Kumar Sharma Patel Khan "
        "Haddad Rossi Bianchi Müller Schmidt Fischer Tanaka Suzuki Sato Kim Park Lee Nguyen Silva "
        "Santos Oliveira Costa Ivanov Petrova Okafor Mensah Dubois Laurent O'Brien Murphy Walsh "
        "Hughes Evans Kowalski Novak Andersson Larsen Quinn Carr Rubio Shan Kanso Segar").split()
ROLES = ["senator", "spokesperson", "chief executive", "research director", "professor",
         "analyst", "former official", "lawmaker", "engineer", "policy adviser", "researcher",
         "company president", "state department official", "commissioner", "fellow"]
ORGS = ["Microsoft", "Microsoft Research Asia", "ByteDance", "TikTok", "Huawei", "Alibaba",
        "Tencent", "Baidu", "SenseTime", "Megvii", "iFlytek", "CETC", "China Electronics Technology Group",
        "National University of Defense Technology", "Tsinghua University", "Peking University",
        "the Chinese Academy of Sciences", "the Pentagon", "the Commerce Department",
        "the State Department", "the White House", "the FCC", "the European Commission",
        "Human Rights Watch", "Amnesty International", "the Australian Strategic Policy Institute",
        "the University of Technology Sydney", "Google", "Amazon", "Apple", "IBM", "Intel",
        "Nvidia", "Qualcomm", "OpenAI", "Meta", "Zoom", "Lenovo", "ZTE", "Hikvision", "Dahua",
        "the Central Military Commission", "the Ministry of Public Security", "LinkedIn",
        "GitHub", "Sequoia Capital China", "the Brookings Institution", "Georgetown University",
        "Stanford University", "MIT", "the Carnegie Endowment", "the Council on Foreign Relations",
        "Reuters", "the Financial Times", "the House Select Committee on China"]
PLACES = ["Beijing", "Shanghai", "Shenzhen", "Hong Kong", "Taipei", "Xinjiang", "Urumqi",
          "Washington", "Seattle", "Redmond", "San Francisco", "New York", "London", "Brussels",
          "Sydney", "Canberra", "Tokyo", "Seoul", "Singapore", "New Delhi", "Bangalore", "Berlin",
          "Paris", "Geneva", "Toronto", "Hangzhou", "Guangzhou", "Chengdu", "Wuhan", "Tianjin",
          "Nanjing", "Xi'an", "Dalian", "Taiwan", "Brazil", "São Paulo", "Jakarta", "Moscow"]

NOUNS = ("research project partnership lab contract agreement model system platform software "
         "technology policy report investigation rule sanction ban export chip network cloud "
         "data algorithm camera database program initiative review committee hearing statement "
         "paper study team company market investment deal license service product app user "
         "government regulator official campaign security risk concern evidence document source "
         "engineer scientist student university partner supplier customer framework standard "
         "version update division office facility center budget strategy decision question "
         "letter request response warning threat measure law bill proposal").split()
ADJS = ("new major Chinese American federal military commercial joint sensitive advanced "
        "public private national global foreign domestic senior former leading critical "
        "significant controversial recent internal official technical strategic wider "
        "open-source closed secret annual early large small broader long-term key").split()
VERBS_PAST = ("announced confirmed denied said warned argued reported disclosed revealed "
              "acknowledged suggested insisted noted added declined criticised questioned "
              "defended described rejected welcomed").split()
VERBS_INF = ("expand limit review restrict fund support develop build share protect monitor "
             "investigate approve block delay accelerate reconsider end continue examine "
             "challenge strengthen").split()
CONNECT = ["However,", "Meanwhile,", "At the same time,", "In addition,", "Still,", "By contrast,",
           "According to people familiar with the matter,", "Critics say", "Supporters argue that",
           "For now,", "In practice,", "Separately,", "Even so,", "Last year,", "Earlier,"]
THEMES = ["artificial intelligence", "facial recognition", "machine learning", "surveillance",
          "export controls", "national security", "human rights", "censorship", "cloud computing",
          "semiconductors", "joint research", "data privacy", "research collaboration",
          "the Entity List", "mass surveillance", "deep learning", "computer vision",
          "the Chinese Communist Party", "military ties", "sanctions", "cybersecurity",
          "open-source software", "supply chains", "academic freedom", "TikTok's algorithm"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# Publications: each has its own page furniture, as real sites do.
PUBS = [
    ("The Daily Ledger", "ledger.example.com"), ("Global Tech Review", "gtr.example.net"),
    ("The Northern Post", "northernpost.example.org"), ("Capital Observer", "capobserver.example.com"),
    ("Pacific Wire", "pacificwire.example.com"), ("The Evening Standard-Bearer", "esb.example.co.uk"),
    ("Policy Desk", "policydesk.example.org"), ("Asia Briefing Today", "abt.example.asia"),
    ("The Metropolitan Times", "metrotimes.example.com"), ("Signal & Noise", "signalnoise.example.io"),
    ("National Affairs Weekly", "naw.example.com"), ("The Independent Reporter", "indrep.example.co.uk"),
    ("Defense Digest", "defensedigest.example.com"), ("Tech Frontier", "techfrontier.example.com"),
    ("The Harbour Herald", "harbourherald.example.com.au"), ("World Markets Journal", "wmj.example.com"),
    ("Civic Monitor", "civicmonitor.example.org"), ("The Continental", "continental.example.eu"),
    ("Silicon Courier", "siliconcourier.example.com"), ("The Morning Dispatch", "morningdispatch.example.com"),
]
SECTIONS = ["World", "Asia", "China", "Technology", "Business", "Politics", "Opinion", "Science",
            "National Security", "Markets", "Culture", "Sport", "Video", "Podcasts", "Newsletters"]


def _zipf_weights(n: int, s: float = 1.07) -> list[float]:
    return list(accumulate(1.0 / (k ** s) for k in range(1, n + 1)))


def _cast() -> list[tuple[str, str]]:
    """A fixed cast of ~400 people (name, role), the same for every corpus."""
    rng = random.Random("cast")
    people, seen = [], set()
    while len(people) < 400:
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if name not in seen:
            seen.add(name)
            people.append((name, rng.choice(ROLES)))
    return people


PEOPLE = _cast()
CUM_PEOPLE = _zipf_weights(len(PEOPLE))
CUM_ORGS = _zipf_weights(len(ORGS), 0.9)
CUM_PLACES = _zipf_weights(len(PLACES), 0.9)
CUM_NOUNS = _zipf_weights(len(NOUNS))
CUM_ADJS = _zipf_weights(len(ADJS))
CUM_THEMES = _zipf_weights(len(THEMES), 0.8)
# Of the sentences that could name a date (three templates of fourteen), the share that do.
# Real articles report 1.4 to 3.9 dated events per 1,000 words (the timeline built from the
# seeds, the extraction benchmark's dev pages and the real-page corpora of bench/real_pages.py);
# with every such sentence dated the generated ones had 13.7, which made the timeline of
# 10,000 articles four times the size a real briefing's would be. At 0.2: 3.2 (1,000 articles).
DATED_SENTENCE_SHARE = 0.2
FIRST_DAY = dt.date(2005, 1, 1).toordinal()
LAST_DAY = dt.date(2024, 12, 31).toordinal()


class Writer:
    """One article's random choices (own Random, so files are independent of N)."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng
        # The article's own focus: a handful of people/orgs/themes it keeps returning to.
        self.people = [self.z(PEOPLE, CUM_PEOPLE) for _ in range(rng.randint(2, 5))]
        self.orgs = [self.z(ORGS, CUM_ORGS) for _ in range(rng.randint(2, 4))]
        self.places = [self.z(PLACES, CUM_PLACES) for _ in range(2)]
        self.themes = [self.z(THEMES, CUM_THEMES) for _ in range(rng.randint(1, 3))]

    def z(self, items, cum):  # type: ignore[no-untyped-def]
        return self.r.choices(items, cum_weights=cum)[0]

    def two(self, pick):  # type: ignore[no-untyped-def]
        """Two different values from pick() (a few tries; the cast is small)."""
        a = pick()
        for _ in range(5):
            b = pick()
            if b != a:
                return a, b
        return a, "the government"

    def noun(self) -> str:
        return self.z(NOUNS, CUM_NOUNS)

    def adj(self) -> str:
        return self.z(ADJS, CUM_ADJS)

    def person(self) -> tuple[str, str]:
        return self.r.choice(self.people) if self.r.random() < 0.8 else self.z(PEOPLE, CUM_PEOPLE)

    def org(self) -> str:
        return self.r.choice(self.orgs) if self.r.random() < 0.75 else self.z(ORGS, CUM_ORGS)

    def place(self) -> str:
        return self.r.choice(self.places) if self.r.random() < 0.7 else self.z(PLACES, CUM_PLACES)

    def theme(self) -> str:
        return self.r.choice(self.themes) if self.r.random() < 0.7 else self.z(THEMES, CUM_THEMES)

    def dated(self) -> str:
        """A date phrase after a space for the share of sentences that carry one, else ""."""
        return " " + self.date_phrase() if self.r.random() < DATED_SENTENCE_SHARE else ""

    def date_phrase(self) -> str:
        d = dt.date.fromordinal(self.r.randint(FIRST_DAY, LAST_DAY))
        return self.r.choice([f"in {MONTHS[d.month - 1]} {d.year}", f"on {d.day} {MONTHS[d.month - 1]} {d.year}",
                              f"on {MONTHS[d.month - 1]} {d.day}, {d.year}", f"in {d.year}",
                              f"since {d.year}", f"by the end of {d.year}"])

    def sentence(self) -> str:
        r = self.r
        p, role = self.person()
        k = r.randrange(14)
        if k == 0:
            s = f"{p}, a {role} at {self.org()}, said the {self.adj()} {self.noun()} would {r.choice(VERBS_INF)} the {self.noun()}{self.dated()}"
        elif k == 1:
            s = f"{self.org()} {r.choice(VERBS_PAST)} that its {self.noun()} with {self.org()} on {self.theme()} had been under {self.adj()} {self.noun()}{self.dated()}"
        elif k == 2:
            s = f"“The {self.noun()} is not about {self.theme()}, it is about {self.noun()}s and {self.noun()}s,” {p} said"
        elif k == 3:
            s = f"The {self.adj()} {self.noun()} in {self.place()} employs more than {r.choice([40, 120, 200, 350, 800, 1500, 5000])} {r.choice(['engineers', 'researchers', 'staff', 'students'])}, according to a {self.noun()} seen by this publication"
        elif k == 4:
            s = f"{r.choice(CONNECT)} {self.org()} has {r.choice(['long', 'repeatedly', 'publicly', 'quietly'])} {r.choice(VERBS_PAST)} any link between its {self.noun()} and {self.theme()}"
        elif k == 5:
            s = f"{p} {r.choice(VERBS_PAST)} that the {self.noun()} raised questions about {self.theme()} and {self.theme()}"
        elif k == 6:
            a, b = self.two(self.place)
            s = f"Officials in {a} and {b} have {r.choice(['called for', 'opened', 'demanded', 'resisted'])} a {self.adj()} {self.noun()} of the {self.noun()}"
        elif k == 7:
            o1, o2 = self.two(self.org)
            dp = self.dated().strip()
            s = f"{dp[0].upper()}{dp[1:]}, {o1} and {o2}" if dp else f"{o1} and {o2}"
            s += f" signed a {self.adj()} {self.noun()} covering {self.theme()}"
        elif k == 8:
            s = f"The {self.noun()} {r.choice(['drew', 'prompted', 'attracted', 'provoked'])} {self.adj()} criticism from {p}, who {r.choice(VERBS_PAST)} it {r.choice(['a mistake', 'overdue', 'premature', 'inevitable', 'a warning sign'])}"
        elif k == 9:
            s = f"{r.choice(CONNECT)} the {self.adj()} {self.noun()} is expected to {r.choice(VERBS_INF)} {self.theme()} in {self.place()}"
        elif k == 10:
            s = f"A {self.noun()} published by {self.org()} found that {r.randint(3, 87)} per cent of {self.noun()}s involved {self.theme()}"
        elif k == 11:
            s = f"Asked about the {self.noun()}, a spokesperson for {self.org()} {r.choice(['declined', 'refused', 'did not want', 'was unable'])} to comment on {self.theme()}"
        elif k == 12:
            s = f"{p}, who has {r.choice(['studied', 'covered', 'followed', 'written about'])} {self.theme()} for years, {r.choice(VERBS_PAST)} that {self.org()} could {r.choice(VERBS_INF)} its {self.noun()} in {self.place()}"
        else:
            s = f"The {self.noun()} and the {self.noun()} {r.choice(['remain', 'are still', 'became'])} {self.adj()} {r.choice(['issues', 'questions', 'priorities', 'concerns'])} for {self.org()}"
        return s + "."

    def paragraph(self) -> str:
        return " ".join(self.sentence() for _ in range(self.r.randint(2, 6)))


# --- page furniture ------------------------------------------------------------------

SUBSCRIBE = [
    ["Support independent journalism", "",
     "Our mission is to deliver unbiased, fact-based reporting that holds power to account.", "",
     "Whether $5 or $50, every contribution counts.", "", "Support us to deliver journalism without an agenda."],
    ["Subscribe to our newsletter", "Get the day's top stories in your inbox. Sign up"],
    ["You have read 3 of 5 free articles this month.", "Subscribe now for unlimited access."],
    ["Sign up for the Morning Briefing: the news you need, every weekday."],
    ["Become a member today and get full access to our journalism. Join now"],
]
SHARE = ["Share this article", "Share on Facebook", "Share on Twitter", "Share via Email",
         "Facebook Twitter LinkedIn Email", "Share", "Copy link", "Tweet", "Print"]
COMMENTS = ["Comments", "Join the conversation", "Leave a comment", "Show comments (12)",
            "What do you think? Let us know in the comments below.", "Be the first to comment"]
ADS = ["Advertisement", "ADVERTISEMENT", "Advertisement - Scroll to continue", "Sponsored content",
       "Continue reading the main story", "AD"]
AGENCIES = ["Getty Images", "Reuters", "AP Photo", "AFP via Getty Images", "Bloomberg", "EPA", "file photo"]


def dateline(w: Writer, d: dt.date, style: int) -> str:
    r = w.r
    hh, mm = r.randint(0, 23), r.randint(0, 59)
    month, mon = MONTHS[d.month - 1], MONTHS[d.month - 1][:3]
    return [
        f"{DAYS[d.weekday()]} {d.day} {month} {d.year} {hh:02d}:{mm:02d} BST",
        f"{month} {d.day}, {d.year}",
        f"Published {d.isoformat()}",
        f"Updated: {mon} {d.day}, {d.year} {hh % 12 or 12}:{mm:02d} {'AM' if hh < 12 else 'PM'} ET",
        f"{d.day:02d}.{d.month:02d}.{d.year}",
        f"Posted on {month} {d.day}, {d.year}",
        f"{mon}. {d.day}, {d.year} at {hh % 12 or 12}:{mm:02d} {'a.m.' if hh < 12 else 'p.m.'}",
        f"{d.day} {month} {d.year}",
    ][style]


def headline(w: Writer) -> str:
    r = w.r
    p = w.people[0][0]
    o1, o2 = w.orgs[0], next((o for o in w.orgs[1:] if o != w.orgs[0]), "Washington")
    t = w.themes[0]
    k = r.randrange(8)
    h = [
        f"{o1} {r.choice(['faces scrutiny over', 'defends', 'expands', 'scales back', 'rethinks'])} {t} work with {o2}",
        f"{p} {r.choice(['warns', 'says', 'argues'])} {o1} {r.choice(['must rethink', 'is right about', 'underestimates'])} {t}",
        f"Inside the {w.adj()} {w.noun()} linking {o1} and {o2}",
        f"Why {t} {r.choice(['matters', 'is back', 'divides', 'worries'])} {r.choice(['Washington', 'Beijing', 'investors', 'researchers', 'Brussels'])}",
        f"{o1} and {o2} {r.choice(['sign', 'end', 'pause', 'announce'])} {w.adj()} {w.noun()} on {t}",
        f"{w.places[0]} {w.noun()} puts {o1} at the centre of {t} row",
        f"{o1}'s {w.noun()} in {w.places[0]}: what we know",
        f"{p}: {r.choice(['the', 'a'])} {w.adj()} {w.noun()} on {t} {r.choice(['is overdue', 'could backfire', 'will not be enough'])}",
    ][k]
    h = h[0].upper() + h[1:]
    if r.random() < 0.25:
        h += f" ({r.randint(2, 99)} {r.choice(['questions', 'documents', 'pages', 'emails'])})"
    return h


def byline(w: Writer, style: int) -> tuple[str, list[str]]:
    r = w.r
    names = [w.z(PEOPLE, CUM_PEOPLE)[0] for _ in range(1 if r.random() < 0.8 else 2)]
    if len(names) == 2 and names[0] == names[1]:
        names = names[:1]
    both = " and ".join(names)
    line = [f"By {both}", both, f"By {both.upper()}", f"{names[0]}, {r.choice(['Technology', 'Asia', 'Security', 'Political'])} Correspondent",
            f"Written by {both}", f"{both} | {r.choice(['Reuters', 'Staff', 'Bloomberg'])}"][style]
    return line, names


def text_article(w: Writer, pub: tuple[str, str], index: int, words: int) -> tuple[str, dict]:
    r = w.r
    pub_name, _ = pub
    style = hash_pub(pub)  # a publication lays out every article the same way
    lines: list[str] = []
    # site navigation at the top
    nav = SECTIONS[:]
    random.Random(pub_name).shuffle(nav)
    nav_n = [0, 4, 8, 12][style % 4]
    if nav_n:
        lines += [pub_name.upper() if style % 2 else pub_name, *["Menu", "Search", "Log in"][: 1 + style % 3], *nav[:nav_n], ""]
    if style % 3 == 0:
        lines += [r.choice(ADS), ""]
    if r.random() < 0.5:
        lines += [r.choice(SECTIONS), ""]
    title = headline(w)
    lines += [title, ""]
    standfirst = None
    if r.random() < 0.6:
        p, _ = w.person()
        standfirst = f"{p} {r.choice(VERBS_PAST)} the {w.adj()} {w.noun()} could {r.choice(VERBS_INF)} {w.theme()}"
        lines += [standfirst, ""]
    d = dt.date.fromordinal(r.randint(FIRST_DAY, LAST_DAY)) if r.random() < 0.88 else None
    bl, authors = byline(w, style % 6)
    bio_at_end = r.random() < 0.15
    if not bio_at_end:
        lines.append(bl)
    if d:
        lines.append(dateline(w, d, style % 8))
    lines.append("")
    if style % 2 == 0:
        lines += [r.choice(SHARE), r.choice(COMMENTS), ""]
    # photo with caption (a date in a caption is not the publication date)
    cd = dt.date.fromordinal(r.randint(FIRST_DAY, LAST_DAY))
    caption = f"A {w.noun()} in {w.place()}, {MONTHS[cd.month - 1]} {cd.day}, {cd.year} ({w.z(PEOPLE, CUM_PEOPLE)[0]}/{r.choice(AGENCIES)})"
    lines += [caption, ""]
    # body
    written, paras, n_para = 0, [], 0
    sub_every = r.choice([0, 5, 7])
    while written < words:
        n_para += 1
        if sub_every and n_para % sub_every == 0:
            paras.append(f"{w.adj().capitalize()} {w.noun()}s and {w.theme()}")
        k = r.random()
        if k < 0.04:
            paras.append(f"{w.org()} {r.choice(['reported', 'wrote', 'said in a statement'])}:")
            p = w.paragraph()
        elif k < 0.08:
            paras.append(r.choice(ADS))
            p = w.paragraph()
        elif k < 0.10:
            paras.append(f"Read more: {headline(w)}")
            p = w.paragraph()
        elif k < 0.12 and len(paras) > 3:
            paras.extend(r.choice(SUBSCRIBE))
            p = w.paragraph()
        else:
            p = w.paragraph()
        written += p.count(" ") + 1
        paras.append(p)
    lines += "\n\n".join(paras).split("\n")
    lines.append("")
    if bio_at_end:
        lines += [f"{authors[0]} is a {r.choice(['correspondent', 'senior reporter', 'contributing writer'])} for {pub_name}.", ""]
    # footer clutter
    tail = [r.choice(SHARE), r.choice(COMMENTS)]
    if style % 2:
        tail += ["", "Related", *(headline(w) for _ in range(3))]
    tail += ["", f"© {d.year if d else 2024} {pub_name}. All rights reserved.", "Privacy Policy", "Terms of Use",
             "Contact us", r.choice(["Exit mobile version", "Back to top", "Cookie settings"])]
    lines += tail
    # The authors the page names: a "Name, Role" byline and the bio name only the first.
    shown = authors[:1] if bio_at_end or style % 6 == 3 else authors
    return "\n".join(lines) + "\n", {"title": title, "date": d, "authors": authors, "paras": paras,
                                     "standfirst": standfirst, "caption": caption, "shown_authors": shown,
                                     "publication": pub_name}


def hash_pub(pub: tuple[str, str]) -> int:
    return sum(map(ord, pub[0])) * 7 % 97


def html_article(w: Writer, pub: tuple[str, str], index: int, words: int) -> tuple[str, dict]:
    """A saved web page of the article text_article would write (the same draws), and its meta."""
    _, meta = text_article(w, pub, index, words)
    r = w.r
    name, host = pub
    title, d, authors = meta["title"], meta["date"], meta["authors"]
    e = html.escape
    slug = "-".join(title.lower().split()[:8]).replace("'", "").replace(":", "").replace("(", "").replace(")", "")
    url = f"https://{host}/{d.year if d else 'news'}/{e(slug)}-{index}"
    ld: dict = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                "author": [{"@type": "Person", "name": a} for a in authors],
                "publisher": {"@type": "Organization", "name": name}, "mainEntityOfPage": url}
    if d:
        ld["datePublished"] = f"{d.isoformat()}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:00Z"
    head = [
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
        f"<title>{e(title)} | {e(name)}</title>",
        f'<meta property="og:title" content="{e(title)}">',
        f'<meta property="og:site_name" content="{e(name)}">',
        f'<meta property="og:url" content="{url}">',
        '<meta property="og:type" content="article">',
        f'<meta name="author" content="{e(", ".join(authors))}">',
    ]
    if meta["standfirst"]:
        head.append(f'<meta name="description" content="{e(meta["standfirst"])}">')
    if d:
        head.append(f'<meta property="article:published_time" content="{ld["datePublished"]}">')
    head += ['<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False).replace("</", "<\\/") + "</script>",
             '<link rel="stylesheet" href="/static/site.css">', "</head>"]
    nav = "".join(f'<li><a href="/{s.lower().replace(" ", "-")}/">{e(s)}</a></li>' for s in SECTIONS[:9])
    body = ["<body>", f'<header class="site-header"><a class="logo" href="/">{e(name)}</a><nav><ul>{nav}</ul></nav></header>',
            '<div class="ad-slot">Advertisement</div>', "<main>", "<article>", f"<h1>{e(title)}</h1>"]
    if meta["standfirst"]:
        body.append(f'<p class="standfirst">{e(meta["standfirst"])}</p>')
    body.append(f'<div class="byline">By <a rel="author" href="/authors/">{e(" and ".join(authors))}</a>'
                + (f' <time datetime="{d.isoformat()}">{d.day} {MONTHS[d.month - 1]} {d.year}</time>' if d else "") + "</div>")
    body.append(f'<figure><img src="/img/{index}.jpg" alt=""><figcaption>{e(meta["caption"])}</figcaption></figure>')
    for p in meta["paras"]:
        if p in ADS or any(p in block for block in SUBSCRIBE):
            body.append(f'<aside class="promo">{e(p)}</aside>')
        elif len(p) < 70 and not p.endswith("."):
            body.append(f"<h2>{e(p)}</h2>")
        else:
            body.append(f"<p>{e(p)}</p>")
    body += ["</article>", '<aside class="share"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></aside>',
             '<section class="comments"><h3>Comments</h3><p>Join the conversation</p></section>', "</main>",
             f'<footer><p>© {d.year if d else 2024} {e(name)}. All rights reserved.</p><a href="/privacy">Privacy Policy</a></footer>',
             "</body>", "</html>"]
    return "\n".join(head + body) + "\n", meta


def article(seed: int, index: int) -> tuple[str, str]:
    """(file name, content) of article number `index`: depends only on seed and index."""
    name, content, _ = article_with_truth(seed, index)
    return name, content


def article_with_truth(seed: int, index: int) -> tuple[str, str, dict]:
    """(file name, content, truth): the truth is what a perfect extractor gives, as a line
    of the extraction benchmark's gold.jsonl (id, title, date, authors, site, body) plus
    the subtitle."""
    r = random.Random(f"{seed}:{index}")
    w = Writer(r)
    pub = PUBS[int(len(PUBS) * r.random() ** 1.6)]  # a few publications dominate
    words = int(min(4000, max(200, r.lognormvariate(6.55, 0.65))))  # median ~700 words
    stem = f"{index:05d}_{pub[1].split('.')[0]}"
    if r.random() < 0.05:
        content, meta = html_article(w, pub, index, words)
        name, authors = f"{stem}.html", meta["authors"]  # JSON-LD names every author
    else:
        content, meta = text_article(w, pub, index, words)
        name, authors = f"{stem}.txt", meta["shown_authors"]
    furniture = set(ADS) | {line for block in SUBSCRIBE for line in block}
    body = [p for p in meta["paras"] if p not in furniture and not p.startswith("Read more: ")]
    truth = {"id": stem, "url": None, "title": meta["title"],
             "date": meta["date"].isoformat() if meta["date"] else None, "authors": authors,
             "site": meta["publication"], "subtitle": meta["standfirst"], "body": "\n".join(body)}
    return name, content, truth


def generate(n: int, out: Path, seed: int = 1, gold: Path | None = None) -> list[Path]:
    """Write N seed files into `out`; with `gold`, also their truth as JSON lines."""
    out.mkdir(parents=True, exist_ok=True)
    paths, truths = [], []
    for i in range(n):
        name, content, truth = article_with_truth(seed, i)
        path = out / name
        path.write_bytes(content.encode("utf-8"))
        paths.append(path)
        if gold is not None:
            truths.append(json.dumps(truth, ensure_ascii=False))
    if gold is not None:
        gold.write_text("".join(t + "\n" for t in truths), encoding="utf-8")
    return paths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int, help="number of seed files")
    ap.add_argument("out", type=Path, help="output folder (created; existing files of the same name are overwritten)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    args = ap.parse_args(argv)
    paths = generate(args.n, args.out, args.seed)
    print(f"{len(paths)} seed files in {args.out}/", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
