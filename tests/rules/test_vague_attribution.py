"""SC001 vague-attribution: claims pinned on unnamed groups."""

from __future__ import annotations

import pytest

from copydesk.testing import lint


def sc001(text: str, **kwargs) -> list[str]:
    return lint(text, select="SC001", **kwargs).texts()


def test_position_and_message():
    result = lint("The talks stalled.\nAnalysts note that the gap remains wide.", select="SC001")
    assert result.positions() == [(2, 1, "SC001")]
    assert result.messages() == ["claim attributed to unnamed 'Analysts': name the analyst or firm"]


@pytest.mark.parametrize(("text", "found"), [
    ("Analysts note that the gap remains wide.", ["Analysts"]),
    ("The talks were viewed as constructive by analysts.", ["analysts"]),
    ("Demand will rise, analysts said.", ["analysts"]),
    ("Some economists have predicted a cut.", ["Some economists"]),
    ("Some say the plan will fail.", ["Some"]),
    ("The plan stalled, and many believe it is dead.", ["many"]),
    ("Experts warn that the dam could fail.", ["Experts"]),
    ("Critics have long argued that the tax is unfair.", ["Critics"]),
])
def test_vague_groups_are_flagged(text, found):
    assert sc001(text) == found


@pytest.mark.parametrize("text", [
    "Analysts at Capital Economics said the gap remained wide.",
    "Kremlin officials said the talks would resume.",
    "The bank's economists expect a cut.",
    "Experts such as Jo Lee warn that the dam could fail.",
    "Profits were lower than analysts had expected.",
    "He had to answer some questions about it.",
    "The plan, which many fear, was delayed, Mr Hensel said.",
    "The analysts said the gap was wide.",                 # a group named before
    "Many residents were evacuated on Monday.",            # no claim
    "Others thought to be in the running include Jo Lee.",
])
def test_named_or_no_claim_is_not_flagged(text):
    assert sc001(text) == []


def test_a_named_analyst_next_door_resolves_the_group():
    text = ('Analysts said the plan would cut costs. "It is a bold move," said Jo Lee, an analyst '
            "at Capital Economics.")
    assert sc001(text) == []


def test_words_inside_a_quotation_are_the_speakers():
    assert sc001('"Analysts say the gap is wide," Mr Lee said.') == []
    assert sc001("“Critics claim the tax is unfair,” she said.") == []


def test_markdown_heading_code_and_block_quote_are_skipped():
    text = ("# Analysts say prices will rise\n\n`analysts say`\n\n> Analysts say prices will rise.\n\n"
            "- Analysts say prices will rise.\n")
    assert lint(text, select="SC001", path="a.md").positions() == [(7, 3, "SC001")]


def test_html_paragraph():
    text = "<html><body><h1>Prices</h1><p>Experts say prices will rise.</p></body></html>"
    result = lint(text, select="SC001", path="a.html")
    assert result.texts() == ["Experts"]
