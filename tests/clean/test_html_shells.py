"""HTML mode on a page a script fills in: what the server sent is a shell without the article."""

from __future__ import annotations

from digests.clean import clean_html
from tests.clean.test_html import BODY, page

EXPRESSION = "{{ story.lastEditor.name }} - {{ story.updated * 1000 | date : 'dd/MM/yyyy' }}"

SHELL = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title ng-bind-template="{{page.title}}"></title></head>
<body><div id="app">
<div class="editor-bar"><div class="status">
{{ story.status === "live" ? "Published" : story.status === "draft" ? "Draft" : "Unknown" }}
</div>
<div class="editor">""" + EXPRESSION + """</div>
<div><a href="" ng-click="restore()">Go back to the live version </a><a href="#">(view)</a></div>
<div><a href="" ng-click="edit()">Open the full editor</a></div>
<h2>Page being edited</h2></div>
<div ng-view></div></div></body></html>"""


def test_a_scripts_shell_gives_no_article() -> None:
    # Nothing on it reads as a sentence: no article, so the feed's own text can stand in.
    article = clean_html(SHELL)
    assert article.paragraphs == []
    assert article.standfirst == []


def test_an_unrendered_template_expression_is_not_body() -> None:
    article = clean_html(page(BODY[0], BODY[1], f"<span>{EXPRESSION}</span>", *BODY[2:]))
    assert article.paragraphs == BODY


def test_a_short_news_item_of_one_sentence_stays() -> None:
    # Short, but a sentence: an article, however brief (the rule must not empty it).
    short = "The harbour road is closed until Friday."
    assert short in clean_html(page(short)).paragraphs
