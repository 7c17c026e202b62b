"""RD006 passive-voice."""

from __future__ import annotations

import pytest

from copydesk.testing import lint


@pytest.mark.parametrize(("text", "flagged"), [
    ("The budget was approved on Monday.", ["was approved"]),
    ("The men were quickly taken to hospital.", ["were quickly taken"]),
    ("They have been told to wait.", ["been told"]),
    ("It is widely expected to pass.", ["is widely expected"]),
    ("She was tired and he is married.", []),
    ("He's left the party.", []),
    ("The council approved the budget.", []),
    ('"Mistakes were made," he said.', []),
    ("The well-known actor was well-liked.", []),
])
def test_passive_forms(text, flagged):
    assert lint(text, select="RD006", path="a.txt").texts() == flagged


def test_is_information_only():
    result = lint("The budget was approved.", select="RD006", path="a.txt")
    assert [d.severity.label for d in result.diagnostics] == ["info"]
    assert result.messages() == ["passive voice 'was approved': say who acted, if it matters"]
