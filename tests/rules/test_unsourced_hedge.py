"""SC004 unsourced-hedge: "reportedly" and "allegedly" with nobody named."""

from __future__ import annotations

import pytest

from copydesk.testing import lint


def sc004(text: str) -> list[str]:
    return lint(text, select="SC004").texts()


def test_position_and_message():
    result = lint("Washington has reportedly set a deadline.", select="SC004")
    assert result.positions() == [(1, 16, "SC004")]
    assert result.messages() == ["'reportedly' with nobody named: say who reported or alleged it"]


@pytest.mark.parametrize("text", [
    "Washington has reportedly set a deadline.",
    "The singer allegedly left without paying.",
    "The painting is purportedly a Rembrandt.",
])
def test_hedges_are_flagged(text):
    assert len(sc004(text)) == 1


@pytest.mark.parametrize("text", [
    "Reuters said Washington has reportedly set a deadline.",
    "He was charged with fraud for allegedly faking the accounts.",
    "The site reportedly closed. The Guardian said it had shut on Monday.",
    '"He reportedly left," Mr Lee said.',
    "The singer apparently left early.",
])
def test_sourced_or_legal_hedges_are_not_flagged(text):
    assert sc004(text) == []
