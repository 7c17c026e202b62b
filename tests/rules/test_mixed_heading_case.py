"""CN004 mixed-heading-case: Title Case and sentence case headings in one article."""

from __future__ import annotations

from copydesk.testing import lint

BODY = "The reactions of foreign governments were cautious in most capitals and the talks went on.\n\n"


def test_flags_the_minority_style():
    text = ("# Talks resume\n\n## Background of the conflict\n\n" + BODY
            + "## Reactions From Foreign Capitals\n\n" + BODY + "## What the delegations want\n\n" + BODY)
    result = lint(text, select="CN004", path="a.md")
    assert result.positions() == [(7, 4, "CN004")]
    assert result.messages() == ["heading 'Reactions From Foreign Capitals' is in Title Case, but 2 other "
                                 "headings are in sentence case: use one style"]


def test_plain_text_headings():
    text = ("Talks Resume\n\nThe Talks Went On\n\n" + BODY + "The reactions were cautious\n\n" + BODY
            + "Foreign Governments Reacted\n\n" + BODY)
    assert lint(text, select="CN004").texts() == ["The reactions were cautious"]


def test_proper_nouns_and_one_word_headings_are_not_compared():
    text = ("# Match report\n\n## Seychelles v South Africa\n\n" + BODY + "## The talks went on\n\n" + BODY
            + "## Reactions\n\n" + BODY)
    assert lint(text, select="CN004", path="a.md").codes() == []


def test_headline_is_not_compared():
    text = ("# Talks Resume In Geneva Today\n\n## Background of the talks\n\n" + BODY
            + "## What comes next\n\n" + BODY)
    assert lint(text, select="CN004", path="a.md").codes() == []


def test_html_headings():
    para = f"<p>{BODY.strip()}</p>"
    html = ("<html><body><article><h1>Talks resume</h1><h2>The Talks Went On</h2>" + para
            + "<h2>Foreign Governments Reacted</h2>" + para + "<h2>The reactions were cautious</h2>" + para
            + "</article></body></html>")
    assert lint(html, select="CN004", path="a.html").texts() == ["The reactions were cautious"]


def test_page_furniture_without_prose_under_it_is_not_compared():
    text = ("Talks Resume\n\nThe Talks Went On\n\n" + BODY + "Foreign Governments Reacted\n\n" + BODY
            + "Follow us on Google News\n\nFollow\n")
    assert lint(text, select="CN004").codes() == []
