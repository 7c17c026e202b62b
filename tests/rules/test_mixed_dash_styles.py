"""TY005 mixed-dash-styles: spaced en dashes and em dashes in one article."""

from __future__ import annotations

import pytest

from copydesk.testing import lint


def ty005(text: str, **kwargs):
    return lint(text, select="TY005", **kwargs)


def test_minority_style_position_message_and_fix():
    text = "The talks – the first – ended.\n\nBoth sides—Kyiv and Moscow—left early.\n\nMore – later.\n"
    result = ty005(text)
    assert result.positions() == [(3, 11, "TY005"), (3, 27, "TY005")]
    assert result.messages()[0] == ("closed em dash in 'sides—Kyiv' while the article mostly uses the spaced "
                                    "en dash ('–'): use that")
    assert result.fixed() == text.replace("—", " – ")


def test_tie_goes_to_the_style_used_first():
    result = ty005("Both sides—Kyiv and Moscow—left. The talks – the first – ended.\n")
    assert result.texts() == [" – ", " – "]
    assert result.fixed() == "Both sides—Kyiv and Moscow—left. The talks—the first—ended.\n"


def test_spaced_and_closed_em_dashes_are_different_styles():
    assert ty005("Talks — this week — began. The sides—Kyiv—left.\n").texts() == ["—", "—"]


@pytest.mark.parametrize("text", [
    "The talks – the first – ended in 1990–2000 on the London–Paris route.\n",
    "Both sides—Kyiv and Moscow—left.\n",
    "“We will win.” — Jane Doe, and the talks—the first—ended.\n",
    "He said f—ed and a——, then the talks – the first – ended.\n",
    "No dashes at all.\n",
])
def test_consistent_or_not_counted(text):
    assert ty005(text).codes() == []


def test_markdown_code_is_not_read():
    text = "The talks – the first – ended.\n\n```\na—b\n```\n\nUse `a—b` here.\n"
    assert ty005(text, path="a.md").codes() == []
