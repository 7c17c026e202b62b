"""PH004 masked-number: figures masked with X or #."""

from __future__ import annotations

import pytest

from copydesk.testing import lint


def ph004(text: str, **kwargs) -> list[str]:
    return lint(text, select="PH004", **kwargs).texts()


def test_positions_and_message():
    result = lint("Revenue rose to $X million, up XX percent.", select="PH004")
    assert result.positions() == [(1, 17, "PH004"), (1, 32, "PH004")]
    assert result.texts() == ["$X million", "XX percent"]
    assert result.messages()[1] == "masked number 'XX percent' left in text: put in the real figure"


@pytest.mark.parametrize("text, found", [
    ("Call the hotline on XXX-XXX-XXXX.", ["XXX-XXX-XXXX"]),
    ("Call (XXX) XXX-XXXX today.", ["(XXX) XXX-XXXX"]),
    ("Tickets cost £XX.XX each.", ["£XX.XX"]),
    ("It grew XX% in 20XX.", ["XX%", "20XX"]),
    ("About XX people attended.", ["XX people"]),
    ("Up XX percent on the year.", ["XX percent"]),
    ("It took X years and ## days.", ["X years", "## days"]),
    ("The deal is worth US$X bn.", ["US$X bn"]),
])
def test_masks_are_flagged(text, found):
    assert ph004(text) == found


@pytest.mark.parametrize("text", [
    "World War II ended in 1945; Super Bowl XX was in New Orleans.",
    "World War XX is a novel.",
    "Pope Pius XI and Louis XIV reigned.",
    "Generation X people are saving more.",
    "Malcolm X years later became a symbol.",
    "In Super Bowl XX points came easily.",
    "Call 555-123-4567 or (212) 555-0199.",
    "Revenue rose to $4.2 million, up 12 percent.",
    "The X-Men and the X Factor.",
])
def test_not_flagged(text):
    assert ph004(text) == []


def test_markdown_code_is_not_checked():
    text = "# Results\n\nThe mask `$X million` is a format.\n\n```\nXX percent\n```\n\nUp XX percent.\n"
    assert lint(text, select="PH004", path="a.md").positions() == [(9, 4, "PH004")]


def test_crlf_positions():
    text = "Results\r\n\r\nThe year was good.\r\nProfit rose XX percent.\r\n"
    assert lint(text, select="PH004").positions() == [(4, 13, "PH004")]
