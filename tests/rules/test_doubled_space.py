"""TY006 doubled-space: runs of spaces inside a line of prose."""

from __future__ import annotations

import pytest

from copydesk.testing import lint


def ty006(text: str, **kwargs):
    return lint(text, select="TY006", **kwargs)


def test_position_message_and_fix():
    text = "The talks ended on Friday.  Both sides   left.\n"
    result = ty006(text)
    assert result.positions() == [(1, 27, "TY006"), (1, 39, "TY006")]
    assert result.messages()[0] == "2 spaces in 'Friday.  Both': use one space"
    assert result.diagnostics[0].fix.safe
    assert result.fixed() == "The talks ended on Friday. Both sides left.\n"


@pytest.mark.parametrize("text", [
    "One space only. Fine here.\n",
    "    Indented text is TY009's.\n",
    "Trailing spaces are TY007's.   \n",
    "| a  | b |\n",
])
def test_not_doubled_spaces_in_prose(text):
    assert ty006(text).codes() == []


def test_markdown_tables_and_code_are_skipped():
    text = ("# Talks\n\n| Side  | Says |\n| ----- | ---- |\n| Kyiv  | no   |\n\n```\na  b\n```\n\n"
            "Fine.  Here.\n")
    assert ty006(text, path="a.md").positions() == [(11, 6, "TY006")]


def test_html_is_skipped():
    assert ty006("<p>The talks  ended.</p>", path="a.html").codes() == []
