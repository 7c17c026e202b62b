"""SC006 according-to-unnamed: "according to" with no named source."""

from __future__ import annotations

import pytest

from copydesk.testing import lint


def sc006(text: str) -> list[str]:
    return lint(text, select="SC006").texts()


def test_position_and_message():
    result = lint("The deal is worth $2bn, according to reports.", select="SC006")
    assert result.positions() == [(1, 25, "SC006")]
    assert result.messages() == ["'according to reports' names no source: say which report, outlet or person"]


@pytest.mark.parametrize(("text", "found"), [
    ("The deal is worth $2bn, according to reports.", ["according to reports"]),
    ("According to experts, prices will rise.", ["According to experts"]),
    ("Sales doubled, according to figures released last year.", ["according to figures"]),
])
def test_unnamed_are_flagged(text, found):
    assert sc006(text) == found


@pytest.mark.parametrize("text", [
    "The deal is worth $2bn, according to the Financial Times.",
    "Prices will rise, according to analysts at Capital Economics.",
    "According to Peskov, the demands remain.",
    "According to him, the demands remain.",
    "Sales doubled, according to figures gathered by the regulator Ofcom.",
    "The deal is close, according to sources.",     # anonymous: SC002's
])
def test_named_are_not_flagged(text):
    assert sc006(text) == []
