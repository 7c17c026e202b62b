"""DU001 repeated-headline: the headline printed again in the body."""

from __future__ import annotations

import pytest

from copydesk.testing import lint

ARTICLE = """Council approves new budget

By Jane Doe

The council approved the budget on Tuesday.

Council approves new budget

Residents will pay more for parking.
"""


def test_copy_is_flagged_with_the_line_of_the_first():
    result = lint(ARTICLE, select="DU001")
    assert result.positions() == [(7, 1, "DU001")]
    assert result.texts() == ["Council approves new budget"]
    assert result.messages() == ["headline repeated in the body (first on line 1): delete this copy"]


def test_safe_fix_deletes_the_copy():
    expected = ARTICLE.replace("Council approves new budget\n\nResidents", "Residents")
    assert lint(ARTICLE, select="DU001").fixed() == expected


def test_near_duplicate_copy_as_a_paragraph():
    text = "Council approves new budget\n\nCOUNCIL APPROVES NEW BUDGET.\n\nThe council met on Tuesday.\n"
    assert lint(text, select="DU001").positions() == [(3, 1, "DU001")]


def test_page_title_with_a_site_name_then_the_headline():
    text = "Council approves new budget | The Gazette\n\nCouncil approves new budget\n\nThe council met.\n"
    assert lint(text, select="DU001").positions() == [(3, 1, "DU001")]


@pytest.mark.parametrize("text", [
    "Council approves new budget\n\nThe council approved the budget. Council approves new budget, it said.\n",
    "Results\n\nThe council met on Tuesday.\n\nResults\n\nIt voted 5-2.\n",  # too short to check
    "Spain - a country divided by the vote\n\nSpain\n\nThe vote was close.\n",
    "The council met on Tuesday, and it approved the budget.\n\nCouncil approves new budget\n",
])
def test_not_flagged(text):
    assert lint(text, select="DU001").codes() == []


def test_markdown_front_matter_title_and_h1_are_normal():
    text = ("---\ntitle: Council approves new budget\n---\n\n"
            "# Council approves new budget\n\nThe council met.\n")
    assert lint(text, select="DU001", path="a.md").codes() == []


def test_markdown_heading_repeating_the_h1_is_flagged_and_fixed():
    text = "# Council approves new budget\n\nThe council met.\n\n## Council approves new budget\n\nText.\n"
    result = lint(text, select="DU001", path="a.md")
    assert result.positions() == [(5, 4, "DU001")]
    assert result.fixed() == "# Council approves new budget\n\nThe council met.\n\nText.\n"


def test_html_title_and_h1_are_normal():
    text = ("<html><head><title>Council approves new budget | Gazette</title></head><body>"
            "<h1>Council approves new budget</h1><p>The council met on Tuesday.</p></body></html>")
    assert lint(text, select="DU001", path="a.html").codes() == []


def test_html_copy_is_flagged_without_a_fix():
    text = ("<h1>Council approves new budget</h1>\n<p>The council met.</p>\n"
            "<h2>Council approves new budget</h2>\n")
    result = lint(text, select="DU001", path="a.html")
    assert result.positions() == [(3, 5, "DU001")]
    assert result.diagnostics[0].fix is None


def test_min_words_option():
    text = "Budget passed\n\nBudget passed\n\nThe council met.\n"
    assert lint(text, select="DU001").codes() == []
    rules = {"repeated-headline": {"min_words": 2}}
    assert lint(text, select="DU001", rules=rules).codes() == ["DU001"]
