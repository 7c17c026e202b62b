"""DU003 repeated-paragraph: a paragraph, line or heading printed twice."""

from __future__ import annotations

import pytest

from copydesk.testing import lint

FIRST = "The council approved the budget on Tuesday after a long debate."
OTHER = "Residents will pay more for parking from April."


def test_exact_copy_points_at_the_second_and_names_the_first():
    text = f"{FIRST}\n\n{OTHER}\n\n{FIRST}\n"
    result = lint(text, select="DU003")
    assert result.positions() == [(5, 1, "DU003")]
    assert result.messages() == ["paragraph repeated (first on line 1): delete one copy"]


def test_near_duplicate_after_case_whitespace_and_punctuation():
    copy = "the council  approved the budget on Tuesday, after a long debate!"
    result = lint(f"{FIRST}\n\n{OTHER}\n\n{copy}\n", select="DU003")
    assert result.messages() == [
        "paragraph repeated with minor differences (first on line 1): delete one copy"]


def test_hard_wrapped_copy_with_other_line_breaks():
    first = ("The council approved the budget on Tuesday after a long and\n"
             "bitter debate that lasted until well after midnight, officials said.")
    copy = ("The council approved the budget on Tuesday after a long and bitter\n"
            "debate that lasted until well after midnight, officials said.")
    assert lint(f"{first}\n\n{OTHER}\n\n{copy}\n", select="DU003").positions() == [(6, 1, "DU003")]


def test_fix_is_unsafe_and_deletes_the_copy():
    text = f"{FIRST}\n\n{OTHER}\n\n{FIRST}\n\nMore text follows here.\n"
    result = lint(text, select="DU003")
    assert result.diagnostics[0].fix is not None and not result.diagnostics[0].fix.safe
    assert result.fixed() == text
    assert result.fixed(unsafe=True) == f"{FIRST}\n\n{OTHER}\n\nMore text follows here.\n"


def test_repeated_list_item_and_heading_are_named():
    item = "- Establish clear frameworks for ceasefire enforcement in the region"
    heading = "## What the new budget means for residents of the city"
    text = f"{item}\n\n{OTHER}\n\n{item}\n\n{heading}\n\n{OTHER} Then more.\n\n{heading}\n"
    result = lint(text, select="DU003", path="a.md")
    assert [m.split(" (")[0] for m in result.messages()] == ["list item repeated", "heading repeated"]


@pytest.mark.parametrize("text", [
    "Yes\n\nNo\n\nYes\n\nN/A\n\nN/A\n",
    "Chelsea 2-1 Arsenal\n\nThe match was close.\n\nChelsea 2-1 Arsenal\n",
    "Results\n\nThe first round went well.\n\nResults\n\nThe second round did not.\n",
    "Winners meet in final match\n\nMozambique v Zimbabwe\n\nWinners meet in final match\n",
])
def test_short_lines_may_recur(text):
    assert lint(text, select="DU003").codes() == []


def test_table_of_contents_and_its_headings_are_not_repeats():
    toc = "- Background of the conflict and previous diplomatic efforts"
    text = f"# Talks\n\n{toc}\n\n## Background of the conflict and previous diplomatic efforts\n\n{OTHER}\n"
    assert lint(text, select="DU003", path="a.md").codes() == []


def test_pull_quote_is_not_a_repeat():
    text = f"{FIRST}\n\n> {FIRST}\n\n{OTHER}\n"
    assert lint(text, select="DU003", path="a.md").codes() == []


def test_table_cells_are_not_compared():
    long_cell = "Not applicable to this product category at this time"
    text = f"| a | b |\n| --- | --- |\n| {long_cell} | {long_cell} |\n"
    assert lint(text, select="DU003", path="a.md").codes() == []


def test_headline_copies_are_left_to_du001():
    text = "Council approves a new budget after a long debate\n\nThe council met.\n\n" \
           "Council approves a new budget after a long debate\n"
    assert lint(text, select="DU").codes() == ["DU001"]


def test_min_words_option():
    text = "Turnout was low.\n\nThe count went on.\n\nTurnout was low.\n"
    assert lint(text, select="DU003").codes() == []
    assert lint(text, select="DU003", rules={"repeated-paragraph": {"min_words": 3}}).codes() == ["DU003"]
