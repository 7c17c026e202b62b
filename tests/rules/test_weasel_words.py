"""SC009 weasel-words: opt-in encyclopedic weasel words."""

from __future__ import annotations

import pytest

from copydesk.model import Severity
from copydesk.testing import lint


def test_off_by_default_and_on_when_named():
    text = "Many historians believe the treaty was signed in haste."
    assert "SC009" not in lint(text, select="SC").codes()
    result = lint(text, select="SC009")
    assert result.positions() == [(1, 1, "SC009")]
    assert result.diagnostics[0].severity is Severity.INFO
    assert result.messages() == ["weasel word 'Many': say who or how many, or cite a source"]
    assert lint(text, select="weasel-words").codes() == ["SC009"]


@pytest.mark.parametrize(("text", "found"), [
    ("The song was probably written in 1920.", ["probably"]),
    ("He is widely known for his novels.", ["widely"]),
    ("It is one of the most famous paintings.", ["one of the most", "famous"]),
])
def test_weasel_words(text, found):
    assert lint(text, select="SC009").texts() == found


@pytest.mark.parametrize("text", [
    "The treaty was signed in 1920 by 14 states.",
    '"Many believe it," the historian Jo Lee said.',
])
def test_plain_or_quoted_text_is_not_flagged(text):
    assert lint(text, select="SC009").texts() == []
