"""Whatever text or markup comes in, cleaning returns an article and never raises."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from digests.clean import clean_html, clean_text

LINES = st.lists(
    st.one_of(
        st.text(max_size=120),
        st.sampled_from(["", "Advertisement", "• Share", "Also Read", "By Jane Doe", "相关阅读",
                         "Photo: AFP", "1. Item", "Intro:", ">>> Link", "© 2026"]),
    ),
    max_size=40,
)


@settings(max_examples=100, deadline=None)
@given(LINES)
def test_text_mode_keeps_only_what_the_page_says(lines: list[str]) -> None:
    page = "\n".join(lines)
    article = clean_text(page)
    normalised_page = " ".join(page.split())
    for paragraph in [*article.standfirst, *article.paragraphs]:
        for word in paragraph.split():
            assert word in normalised_page


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=400))
def test_html_mode_never_raises(markup: str) -> None:
    clean_html(f"<html><body><p>{markup}</p><div>{markup}</div></body></html>")
    clean_html(markup)
