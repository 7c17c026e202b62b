"""comparison_key(): the DU rules' view of a text, the same on its quick ASCII path and its regex path."""

from __future__ import annotations

import pytest

from copydesk.rules.duplication._normalize import comparison_key


@pytest.mark.parametrize("text, expected", [
    ("The council approved it.", "the council approved it"),
    ("Don't stop — now…", "dont stop now"),
    ("Don’t stop—now", "dont stop now"),
    ("“Quoted,” she said.", "quoted she said"),
    ("snake_case and `code`", "snake case and code"),
    ("Straße ﬁnance ½", "strasse finance 1 2"),  # casefold and NFKC
    ("Café au lait", "café au lait"),  # not ASCII: the regex path
    ("  ", ""),
])
def test_comparison_key(text, expected):
    assert comparison_key(text) == expected
