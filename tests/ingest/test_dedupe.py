from __future__ import annotations

import pytest

from digests.ingest.dedupe import (
    body_signature,
    canonical_url,
    content_hash,
    is_near_duplicate,
    page_canonical_url,
)
from tests.ingest.samples import COMET, RATES_OTHER_OUTLET, RATES_WIRE, recased, republished


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("HTTPS://News.Example.COM:443/World/Story/?utm_source=rss&utm_medium=feed#comments",
         "https://news.example.com/World/Story"),
        ("http://news.example.com:80/a?b=2&a=1&fbclid=XYZ&gclid=1", "http://news.example.com/a?a=1&b=2"),
        ("https://news.example.com", "https://news.example.com/"),
        ("https://news.example.com:8443/a/", "https://news.example.com:8443/a"),
        ("https://news.example.com//a//b/", "https://news.example.com/a/b"),
        ("https://news.example.com/a?id=7&ref_src=twsrc&mc_cid=1", "https://news.example.com/a?id=7"),
        ("ftp://news.example.com/a", ""),
        ("not a url", ""),
    ],
)
def test_canonical_url(given: str, expected: str) -> None:
    assert canonical_url(given) == expected


def test_page_canonical_link_wins_and_is_made_absolute() -> None:
    html = """<html><head><meta property="og:url" content="https://a.example/og">
    <link rel="canonical" href="/news/story-1?utm_campaign=x"></head><body>
    <link rel="canonical" href="https://evil.example/ignored-in-body"></body></html>"""
    assert page_canonical_url(html, "https://a.example/amp/story-1") == (
        "https://a.example/news/story-1"
    )


def test_canonical_on_another_site_is_not_believed() -> None:
    html = '<head><link rel="canonical" href="https://victim.example/news/1"></head><body>'
    assert page_canonical_url(html, "https://spam.example/copy") is None
    amp = '<head><link rel="canonical" href="https://www.site.example/news/1"></head><body>'
    assert page_canonical_url(amp, "https://amp.site.example/n1") == (
        "https://www.site.example/news/1"
    )


def test_page_og_url_when_no_canonical() -> None:
    html = '<head><meta property="og:url" content="https://a.example/s/2"></head><body></body>'
    assert page_canonical_url(html, "https://a.example/x") == "https://a.example/s/2"


def test_page_without_claims() -> None:
    assert page_canonical_url("<p>no head at all</p>", "https://a.example/x") is None
    bad = '<link rel="canonical" href="javascript:alert(1)">'
    assert page_canonical_url(bad, "https://a.example/x") is None


def test_content_hash_ignores_case_punctuation_and_spacing() -> None:
    twin = recased(RATES_WIRE)
    assert content_hash(twin.title, twin.text) == content_hash(RATES_WIRE.title, RATES_WIRE.text)
    assert content_hash(COMET.title, COMET.text) != content_hash(RATES_WIRE.title, RATES_WIRE.text)


def test_near_duplicate_signature() -> None:
    original = body_signature(RATES_WIRE)
    assert is_near_duplicate(original, body_signature(republished(RATES_WIRE)))
    # Another outlet's report of the same event is a different text (a story, not a duplicate).
    assert not is_near_duplicate(original, body_signature(RATES_OTHER_OUTLET))
    assert not is_near_duplicate(original, body_signature(COMET))
