"""SC007 unsourced-figure: statistics with no source in or next to their sentence (information)."""

from __future__ import annotations

import pytest

from copydesk.model import Severity
from copydesk.testing import lint


def sc007(text: str) -> list[str]:
    return lint(text, select="SC007").texts()


def test_position_severity_and_message():
    result = lint("Jobs\n\nUnemployment rose to 12% last year.", select="SC007")
    assert result.positions() == [(3, 22, "SC007")]
    assert result.diagnostics[0].severity is Severity.INFO
    assert result.messages() == ["figure '12%' has no source in or next to its sentence: say whose figure "
                                 "it is"]


@pytest.mark.parametrize(("text", "found"), [
    ("Unemployment rose to 12% last year.", ["12%"]),
    ("The firm lost $3bn.", ["$3bn"]),
    ("Turnout fell by 3 per cent.", ["3 per cent"]),
    ("Some 6,000 people fled the city.", ["6,000 people"]),
    ("The scheme cost £2.5m and rose by 4%.", ["£2.5m"]),   # one per sentence
])
def test_statistics_are_flagged(text, found):
    assert sc007(text) == found


@pytest.mark.parametrize("text", [
    "Unemployment rose to 12% last year, the statistics office said.",
    "The statistics office published its report. Unemployment rose to 12%.",
    "The museum opened in 1998 with 300 paintings.",
    "Holmes won the 1,000m in Birmingham.",
    '"We grew by 12%," Ms Lee said.',
    "According to the ONS, unemployment rose to 12%.",
])
def test_sourced_or_plain_numbers_are_not_flagged(text):
    assert sc007(text) == []
