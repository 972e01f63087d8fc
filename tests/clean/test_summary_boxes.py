"""A labelled summary box at the top of a story ("Key Points", "In short:", "What to know"):
its bullets are the standfirst, never body paragraphs; a label over lines that are no bullets
is left alone."""

from __future__ import annotations

from digests.clean import clean_html, clean_text
from digests.clean.summary_boxes import find_box, is_box_label, is_box_note

TITLE = "Space heaters recalled after reports of fires"
BULLETS = [
    "Heatwise is recalling about 1.2 million ceramic heaters sold since 2022.",
    "The company has received 163 reports of the heaters overheating.",
    "Owners should stop using the heaters and ask for a free replacement.",
]
BODY = [
    "Just as temperatures start to fall across much of the country, a popular space heater is "
    "being pulled from shelves, a notice from the safety commission said on Tuesday.",
    "The recalled heaters were sold at hardware stores and online from August 2022 through "
    "September 2025 for between $45 and $80, the notice said.",
    "Damage to homes was reported in 14 of the incidents, and nine people had minor burns, "
    "according to the commission, which asked owners to check the model number.",
]


def scraped(*parts: str) -> str:
    return "\n".join(parts)


def test_the_bullets_under_a_label_and_an_ai_note_are_the_standfirst() -> None:
    article = clean_text(scraped(
        "Skip to main content", "Money", TITLE, "Jordan Mendoza", "Published 5:03 a.m. ET",
        "Key Points", "AI-assisted summary", *BULLETS, "Show Caption", "Hide Caption", *BODY))
    assert article.standfirst == BULLETS
    assert article.paragraphs == BODY


def test_a_second_label_inside_the_box_is_neither_bullet_nor_body() -> None:
    article = clean_text(scraped(
        "News", TITLE, "By Tahlia Brennan", "Posted Thu 14 Aug 2025 at 5:12am",
        "In short:", *BULLETS[:2], "What's next?", BULLETS[2], "Link copied", *BODY))
    assert article.standfirst == BULLETS
    assert article.paragraphs == BODY


def test_the_story_running_straight_on_under_the_bullets_stays_body() -> None:
    # No line between the box and the text: a paragraph much longer than the bullets, or one
    # closed with a full stop under bullets that have none, opens the story.
    short = ["Traders say the new daily fee is double last year's.",
             "County says the levy will pay for new sheds and toilets."]
    lead = ("Thousands of traders at two of the city's biggest markets downed their tools on "
            "Wednesday to protest against a new daily levy introduced by the county government, "
            "paralysing business for most of the day.")
    article = clean_text(scraped(
        "News", TITLE, "By Mary Wambui", "March 12, 2025", "What you need to know:",
        *short, lead, *BODY))
    assert article.standfirst == short
    assert article.paragraphs == [lead, *BODY]
    unstopped = [bullet.rstrip(".") for bullet in BULLETS]
    article = clean_text(scraped(
        "News", TITLE, "By Mary Wambui", "March 12, 2025", "Key points", *unstopped, *BODY))
    assert article.standfirst == unstopped
    assert article.paragraphs == BODY


def test_a_lead_that_retells_a_bullet_opens_the_story() -> None:
    lead = "Heatwise is recalling about 1.2 million heaters, the safety commission said."
    article = clean_text(scraped(
        "News", TITLE, "By Jordan Mendoza", "Published 5:03 a.m. ET", "Quick Read",
        "Summary is AI generated, newsroom reviewed.", *BULLETS, lead, *BODY))
    assert article.standfirst == BULLETS
    assert article.paragraphs == [lead, *BODY]


def test_a_label_over_the_story_itself_is_no_box() -> None:
    # One line under "Summary" and then the story: nothing shows a box.
    for after in ([], ["Share", "Related stories"]):
        article = clean_text(scraped(
            "News", TITLE, "By Jordan Mendoza", "Published 5:03 a.m. ET", "Summary", *BODY,
            *after))
        assert article.standfirst == []
        assert article.paragraphs[-3:] == BODY


def html_page(box: str, deck: str = "") -> str:
    body = "".join(f"<p>{text}</p>" for text in BODY)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{TITLE} | The Chronicle</title></head><body>
<article><h1>{TITLE}</h1>{deck}{box}<div class="body">{body}</div></article></body></html>"""


def items(texts: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{text}</li>" for text in texts) + "</ul>"


def test_an_html_box_under_a_heading_is_the_standfirst() -> None:
    article = clean_html(html_page(f"<div><h2>What to know</h2>{items(BULLETS)}</div>"))
    assert article.standfirst == BULLETS
    assert article.paragraphs == BODY


def test_an_html_box_under_a_deck_follows_it_and_its_note_goes() -> None:
    deck = ["Group of 12 producers to trim output by about 10%",
            "Prices jump as much as 3.2% in London on supply concerns"]
    box = (f"<section><h2>Takeaways by Bloomberg AI</h2>{items(BULLETS)}"
           "<p>Summary by Bloomberg AI. Reviewed by the newsroom.</p></section>")
    article = clean_html(html_page(box, items(deck)))
    assert article.standfirst == deck + BULLETS
    assert article.paragraphs == BODY


def test_labels_and_notes() -> None:
    for label in ("Key Points", "In short:", "What to know", "Takeaways by Bloomberg AI",
                  "L'essentiel", "Das Wichtigste in Kürze", "Главное"):
        assert is_box_label(label), label
    for text in ("Key points of the deal were agreed on Friday.", "Highlights of the match"):
        assert not is_box_label(text), text
    for note in ("AI-assisted summary", "Summary by Bloomberg AI. Reviewed by the newsroom.",
                 "Summary is AI generated, newsroom reviewed.",
                 "This summary was generated by AI and checked by an editor."):
        assert is_box_note(note), note
    assert not is_box_note("The summary was leaked to reporters on Monday.")


def test_a_box_needs_two_bullets_unless_a_note_closes_it() -> None:
    assert find_box(["In short", BULLETS[0], "Share"]) is None
    box = find_box(["In short", BULLETS[0], "AI-generated summary", BODY[0]])
    assert box is not None and box.items == [1] and box.end == 3
    assert find_box(["In short", "Menu", BULLETS[0]]) is None
