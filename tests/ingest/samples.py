"""Small realistic articles for ingest tests: one event told by two outlets, and others."""

from __future__ import annotations

import dataclasses
import html

from digests.article import CleanArticle

RATES_WIRE = CleanArticle(
    title="Central bank holds interest rates at 4.5% as inflation cools",
    byline="By Tom Berg",
    paragraphs=[
        "The Nordland central bank kept its key interest rate at 4.5% on Wednesday, pausing "
        "after three increases as inflation eased to 3.1% in October.",
        "\u201cInflation is cooling, but we are not there yet,\u201d governor Maria Lind told "
        "reporters in Vestby after the decision.",
        "Economists polled before the meeting had expected the hold. Markets now price a first "
        "cut for the spring, although the bank gave no guidance on timing.",
        "Mortgage lenders said borrowers should not expect lower payments before next year. "
        "The bank will publish new forecasts in February.",
    ],
)

RATES_OTHER_OUTLET = CleanArticle(
    title="Nordland's central bank leaves key rate unchanged at 4.5 percent",
    byline="Anna Holm",
    paragraphs=[
        "Nordland's central bank left its benchmark rate unchanged at 4.5% on Wednesday, "
        "as governor Maria Lind said inflation was cooling but had not yet been beaten.",
        "Inflation fell to 3.1% in October, down from 3.6% a month earlier, official figures "
        "showed last week.",
        "\u201cWe will keep policy tight for as long as needed,\u201d Lind said at a press "
        "conference in Vestby.",
        "Analysts at two large banks said they expect the first cut in the spring.",
    ],
)

RAIL_STRIKE = CleanArticle(
    title="Rail strike called off after late-night talks",
    paragraphs=[
        "A national rail strike planned for Thursday has been called off after unions and "
        "operators reached a pay deal shortly before midnight.",
        "Union leader Jonas Eriksen said members would vote on the offer within two weeks, "
        "and that services would run normally in the meantime.",
        "Commuters had been warned to expect no trains on most lines.",
    ],
)

COMET = CleanArticle(
    title="Astronomers track a comet brighter than expected",
    paragraphs=[
        "A comet first seen in March has brightened faster than predicted and may become "
        "visible to the naked eye in December, astronomers at the Haldor observatory said.",
        "The icy body will pass closest to the Sun on December 12.",
    ],
)


def republished(article: CleanArticle) -> CleanArticle:
    """The same article as a feed re-publishes it: a trailing update line, new quote marks."""
    paragraphs = [p.replace("\u201c", '"').replace("\u201d", '"') for p in article.paragraphs]
    return dataclasses.replace(
        article, paragraphs=[*paragraphs, "This article was updated on Wednesday afternoon."]
    )


def recased(article: CleanArticle) -> CleanArticle:
    """Only case and punctuation differ: the content hash must not change."""
    return dataclasses.replace(
        article, title=article.title.upper() + "!", paragraphs=[p + " " for p in article.paragraphs]
    )


def article_page(article: CleanArticle, *, site: str = "Wire", canonical: str = "") -> bytes:
    """The article as a news site serves it: head, navigation, the article, a footer."""
    link = f'<link rel="canonical" href="{html.escape(canonical)}">' if canonical else ""
    paragraphs = "".join(f"<p>{html.escape(p)}</p>\n" for p in article.paragraphs)
    byline = f'<p class="byline">{html.escape(article.byline)}</p>' if article.byline else ""
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>{html.escape(article.title)} | {site}</title>{link}</head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<main><article><h1>{html.escape(article.title)}</h1>{byline}
{paragraphs}</article></main>
<footer>&copy; 2026 {site}. All rights reserved.</footer></body></html>""".encode()


def rss(title: str, items: list[tuple[str, str, str]], *, description: str = "") -> bytes:
    """An RSS 2.0 feed of (guid, link, title) items."""
    body = "".join(
        f"<item><title>{html.escape(t)}</title><link>{html.escape(link)}</link>"
        f'<guid isPermaLink="false">{html.escape(guid)}</guid>'
        f"<pubDate>Wed, 25 Nov 2026 08:00:00 GMT</pubDate>"
        f"<description>{html.escape(description)}</description></item>"
        for guid, link, t in items
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{html.escape(title)}</title><link>http://example.test/</link>{body}"
        f"</channel></rss>"
    ).encode()
