"""PH006 lorem-ipsum: filler text."""

from __future__ import annotations

import pytest

from copydesk.testing import lint


def test_position_and_message():
    result = lint("Lorem ipsum dolor sit amet, consectetur adipiscing elit.", select="PH006")
    assert result.positions() == [(1, 1, "PH006")]
    assert result.texts() == ["Lorem ipsum dolor"]
    assert result.messages() == ["filler text (lorem ipsum) left in text"]


def test_one_finding_per_block():
    text = "Budget\n\nThe council met. Sed do eiusmod tempor, dolor sit amet.\n\nLorem ipsum.\n"
    result = lint(text, select="PH006")
    assert result.positions() == [(3, 18, "PH006"), (5, 1, "PH006")]
    assert result.texts() == ["Sed do eiusmod", "Lorem ipsum"]


@pytest.mark.parametrize("text", [
    "The council approved the budget on Tuesday.",
    'Designers have used the words "lorem ipsum" as filler since the 1500s.',
    "The phrase lorem ipsum comes from Cicero.",
])
def test_not_flagged(text):
    assert lint(text, select="PH006").diagnostics == []


def test_markdown_code_is_not_checked():
    text = "# Page\n\n```\nLorem ipsum dolor sit amet\n```\n\nIt reads `lorem ipsum dolor`.\n"
    assert lint(text, select="PH006", path="a.md").diagnostics == []


def test_html_pre_is_not_checked_but_paragraphs_are():
    text = "<body><pre>Lorem ipsum dolor sit amet</pre><p>Lorem ipsum dolor sit amet.</p></body>"
    result = lint(text, select="PH006", path="a.html")
    assert result.positions() == [(1, text.rindex("Lorem") + 1, "PH006")]


def test_crlf_positions():
    text = "Page\r\n\r\nThe page is new.\r\nLorem ipsum dolor sit amet.\r\n"
    assert lint(text, select="PH006").positions() == [(4, 1, "PH006")]
