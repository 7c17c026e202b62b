"""SC005 unnamed-study: research invoked without being named."""

from __future__ import annotations

import pytest

from copydesk.testing import lint


def sc005(text: str) -> list[str]:
    return lint(text, select="SC005").texts()


def test_position_and_message():
    result = lint("Sleep\n\nStudies show that sleep matters.", select="SC005")
    assert result.positions() == [(3, 1, "SC005")]
    assert result.messages() == ["'Studies show' names no study: give the study, its authors or where it was "
                                 "published"]


@pytest.mark.parametrize(("text", "found"), [
    ("Studies show that sleep matters.", ["Studies show"]),
    ("Sales are rising, research suggests.", ["research suggests"]),
    ("A recent study showed that half the traffic was video.", ["A recent study showed"]),
])
def test_unnamed_studies_are_flagged(text, found):
    assert sc005(text) == found


@pytest.mark.parametrize("text", [
    "A study published in Nature found that sleep matters.",
    "Research by the Radicati Group shows that e-mail matters.",
    "The study found that sleep matters.",
    "Research has found that old phones help. The Forum for the Future research found they last.",
    '"Studies show it works," Dr Lee said.',
])
def test_named_studies_are_not_flagged(text):
    assert sc005(text) == []
