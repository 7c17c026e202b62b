"""TY004 hyphen-as-dash: a hyphen typed where a dash belongs."""

from __future__ import annotations

import pytest

from copydesk.testing import lint


def ty004(text: str, **kwargs):
    return lint(text, select="TY004", **kwargs)


def test_seed_pattern_position_message_and_unsafe_fix():
    text = "The issue is sovereignty-particularly Crimea – and the border.\n"
    result = ty004(text)
    assert result.positions() == [(1, 14, "TY004")]
    assert result.messages() == ["hyphen used as a dash in 'sovereignty-particularly': use a spaced en dash "
                                 "('–')"]
    assert result.fixed() == text
    assert result.fixed(unsafe=True) == text.replace("sovereignty-", "sovereignty – ")


@pytest.mark.parametrize("text", [
    "The long-term, third-party Russia-Ukraine plan is well-known.\n",
    "A state-of-the-art, up-to-date and so-called break-even deal.\n",
    "Pre- and post-war talks, mid- to late July, 18- to 24-year-olds.\n",
    "The vote was 2-1 and then 3 - 0, from 10 - 20 May.\n",
    "A non-particularly-hyphenated chain stays.\n",
])
def test_compounds_ranges_and_suspended_hyphens_are_clean(text):
    assert ty004(text + "Also “quoted”.\n").codes() == []


def test_spaced_and_double_hyphens_in_a_typographic_article():
    text = "Both sides – Kyiv and Moscow - want it. The talks--finally--began. “Yes,” he said.\n"
    result = ty004(text)
    assert result.texts() == ["Moscow - want", "talks--finally", "finally--began"]
    assert all(m.startswith("hyphen used as a dash") for m in result.messages())
    assert result.fixed(unsafe=True).startswith("Both sides – Kyiv and Moscow – want it. The talks – finally")


def test_ascii_article_keeps_its_spaced_hyphens():
    text = "Both sides - Kyiv and Moscow - want it. The talks--finally--began.\n"
    assert ty004(text).codes() == []
    rules = {"hyphen-as-dash": {"ascii_exempt": False}}
    assert len(ty004(text, rules=rules).codes()) == 4
    assert ty004(text, rules=rules).diagnostics[0].fix is None  # no dash style to copy


def test_one_sided_hyphen():
    result = ty004("Shares traded in Sydney- nullified the listing.\n")
    assert result.texts() == ["Sydney- nullified"]
    assert result.messages() == ["hyphen spaced on one side in 'Sydney- nullified': use a dash, or close "
                                 "up a compound"]
    assert ty004("The vote -which was close- passed.\n").texts() == ["vote -which", "close- passed"]


def test_censored_words_are_not_dashes():
    assert ty004("He called him an a--hole, “really”.\n").codes() == []


def test_markdown_list_markers_are_not_dashes():
    text = "# Talks\n\n- Kyiv wants guarantees\n- Moscow – not yet\n"
    assert ty004(text, path="a.md").codes() == []
