"""normalise(): a boilerplate line as its words, without the bullets and separators around it."""

from __future__ import annotations

import pytest

from copydesk.rules.boilerplate import normalise


@pytest.mark.parametrize("text, expected", [
    ("  • Share this article  ", "Share this article"),
    ("» Next story ›", "Next story"),
    ("Home | News |", "Home | News"),
    ("— Follow us on X —", "Follow us on X —"),  # a dash ends a line as text, not as a separator
    ("Sign\u00a0up\tnow\n", "Sign up now"),
    ("*|>", ""),
    ("", ""),
])
def test_normalise(text, expected):
    assert normalise(text) == expected
