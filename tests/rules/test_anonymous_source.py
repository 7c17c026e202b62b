"""SC002 anonymous-source: claims resting on unnamed sources (information)."""

from __future__ import annotations

import pytest

from copydesk.model import Severity
from copydesk.testing import lint


def sc002(text: str) -> list[str]:
    return lint(text, select="SC002").texts()


def test_position_severity_and_message():
    result = lint("The talks ended.\nSources in Moscow confirmed the end.", select="SC002")
    assert result.positions() == [(2, 1, "SC002")]
    assert result.diagnostics[0].severity is Severity.INFO
    assert result.messages() == ["claim rests on anonymous 'Sources': check it is justified and say why "
                                 "they are not named"]


@pytest.mark.parametrize(("text", "found"), [
    ("Sources in Moscow and Kyiv confirmed the end of the talks.", ["Sources"]),
    ("People familiar with the matter said the deal was close.", ["People familiar with"]),
    ("A senior official, who asked not to be named, said the deal was close.", ["who asked not to be named"]),
    ("Party sources told the BBC the vote would be close.", ["Party sources"]),
    ("The deal is close, according to sources.", ["sources"]),
])
def test_anonymous_sources_are_flagged(text, found):
    assert sc002(text) == found


@pytest.mark.parametrize("text", [
    "Sources of income vary from year to year.",
    "Renewable sources now supply a third of the power.",
    "Anti-virus firm Sophos said the source code had been posted online.",
    "Another source of irritation is the song Edelweiss.",
    '"Sources tell me it is over," Mr Lee said.',
])
def test_other_sources_are_not_flagged(text):
    assert sc002(text) == []
