"""DU002 repeated-byline: a byline, or the name in it, printed twice."""

from __future__ import annotations

import pytest

from copydesk.testing import lint

HEAD = "Council approves new budget\n\n"
BODY = "The council approved the budget on Tuesday.\n"


def test_by_then_the_same_name_twice():
    text = HEAD + "By\n\nJane Doe\n\nJane Doe\n\n" + BODY
    result = lint(text, select="DU002")
    assert result.positions() == [(7, 1, "DU002")]
    assert result.messages() == ["byline 'Jane Doe' repeated (first on line 5): delete this copy"]
    assert result.fixed() == HEAD + "By\n\nJane Doe\n\n" + BODY


def test_by_name_then_the_bare_name():
    text = HEAD + "By Jane Doe\n\nJane Doe\n\n" + BODY
    result = lint(text, select="DU002")
    assert result.positions() == [(5, 1, "DU002")]
    assert result.messages() == ["byline 'Jane Doe' repeated (first on line 3): delete this copy"]
    assert result.fixed() == HEAD + "By Jane Doe\n\n" + BODY


@pytest.mark.parametrize("copies, found", [
    ("By Jane Doe\n\nBY JANE DOE\n\n", ["BY JANE DOE"]),
    ("By Jane Doe and John Roe\n\nJohn Roe\n\n", ["John Roe"]),
    ("By Jane Doe\n\nJane Doe\nJane Doe\n\n", ["Jane Doe", "Jane Doe"]),
])
def test_other_copies(copies, found):
    assert lint(HEAD + copies + BODY, select="DU002").texts() == found


@pytest.mark.parametrize("byline", [
    "By\n\nJane Doe\n\nJohn Roe\n\n",
    "By Jane Doe\n\nThe council approved the budget.\n\nJane Doe\n\n",  # an author card further down
    "By Jane Doe\n\nPublished 3 May 2024\n\n",
    "By Jane Doe and Jane Doe-Smith\n\n",
])
def test_not_flagged(byline):
    assert lint(HEAD + byline + BODY, select="DU002").codes() == []


def test_markdown_byline_paragraph_repeated():
    text = "# Council approves new budget\n\nBy Jane Doe\n\nJane Doe\n\n" + BODY
    result = lint(text, select="DU002", path="a.md")
    assert result.positions() == [(5, 1, "DU002")]
    assert result.fixed() == "# Council approves new budget\n\nBy Jane Doe\n\n" + BODY


def test_front_matter_author_and_byline_are_normal():
    text = "---\nauthor: Jane Doe\n---\n\n# Council approves new budget\n\nBy Jane Doe\n\n" + BODY
    assert lint(text, select="DU002", path="a.md").codes() == []


def test_related_article_bylines_further_down_are_not_copies():
    related = "Related\n\nBudget row deepens\n\nBy Jane Doe\n\nParking fees rise\n\nBy Jane Doe\n"
    text = HEAD + BODY + "\n" + related
    assert lint(text, select="DU002").codes() == []
