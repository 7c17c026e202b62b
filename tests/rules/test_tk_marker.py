"""PH002 tk-marker: the newsroom "to come" marker."""

from __future__ import annotations

import pytest

from copydesk.testing import lint


def ph002(text: str, **kwargs) -> list[str]:
    return lint(text, select="PH002", **kwargs).texts()


def test_tk_position_and_message():
    result = lint("The company employs TK people in Ohio.", select="PH002")
    assert result.positions() == [(1, 21, "PH002")]
    assert result.messages() == ["'TK' (to come) marks missing information: fill it in"]


@pytest.mark.parametrize("text, found", [
    ("The company employs TK people.", ["TK"]),
    ("TKTK: get a quote from the mayor.", ["TKTK"]),
    ("Revenue was TK, the company said.", ["TK"]),
    ("The mayor [TK] declined to comment.", ["[TK]"]),
    ("Sales hit TK and costs hit TK.", ["TK", "TK"]),
])
def test_markers_are_flagged(text, found):
    assert ph002(text) == found


@pytest.mark.parametrize("text", [
    "She bought a coat at TK Maxx.",
    "TK Elevator won the contract.",
    "On a wall of TK's apartment there is graffiti.",
    "The tk in lower case is not a marker.",
    "The TKO came in round three; the ATK rifle and the TK-421 unit.",
])
def test_not_flagged(text):
    assert ph002(text) == []


def test_markdown_code_is_not_checked():
    text = "# Jobs\n\nThe flag `TK` is searched.\n\n```\nTK\n```\n\nIt employs TK people.\n"
    assert lint(text, select="PH002", path="a.md").positions() == [(9, 12, "PH002")]


def test_html_pre_is_not_checked():
    text = "<body><pre>TK</pre><p>It employs TK people.</p></body>"
    result = lint(text, select="PH002", path="a.html")
    assert result.positions() == [(1, text.rindex("TK") + 1, "PH002")]


def test_crlf_positions():
    text = "Jobs\r\n\r\nThe plant opened.\r\nIt employs TK people.\r\n"
    assert lint(text, select="PH002").positions() == [(4, 12, "PH002")]
