"""HTML mode: a story written as bare text between line breaks, its lead right after a
picture's box, the box's tail in the tree (a Times of India-shaped template)."""

from __future__ import annotations

from digests.clean import clean_html

LEAD = (
    "BENGALURU: Residents of at least 40 apartment complexes in Whitefield and Varthur are "
    "paying up to Rs 2,000 for a water tanker after borewells in the area ran dry."
)
STORY = [
    "Several complexes have begun rationing water to two hours in the morning and one in the "
    "evening, and some have shut swimming pools and stopped washing cars.",
    "The water board said a piped supply from the Cauvery project would reach the area by "
    "March, and that it had asked tanker owners not to raise their prices further.",
    "Residents said they had heard the same promise every summer for five years, and that "
    "several elderly people had moved in with their children elsewhere in the city.",
]


CAPTION = "Water tankers queue outside an apartment complex on Tuesday (Representative image)"


def page(lead: str) -> str:
    body = "<br><br>\n".join(STORY)
    return f"""<!DOCTYPE html><html><head><title>Borewells run dry in Whitefield</title>
<meta property="og:title" content="Borewells run dry in Whitefield"></head><body>
<nav><a href="/">Home</a> <a href="/city">City</a></nav>
<div class="article"><h1>Borewells run dry in Whitefield</h1>
<div class="story-body">
<div class="img-wrap"><img src="/t.jpg" alt="Tankers"><div class="img_cptn">{CAPTION}</div></div>
{lead}<br><br>
{body}
</div></div>
<footer>Copyright 2025</footer></body></html>"""


def test_the_lead_after_a_pictures_box_is_kept() -> None:
    article = clean_html(page(LEAD))
    assert article.paragraphs[:2] == [LEAD, STORY[0]]


def test_the_lead_keeps_the_words_set_in_bold_inside_it() -> None:
    bold = LEAD.replace("Whitefield and Varthur", "<b>Whitefield and Varthur</b>")
    assert clean_html(page(bold)).paragraphs[0] == LEAD
