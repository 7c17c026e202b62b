"""Sentence boundaries."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from copydesk.document import MASK
from copydesk.segment import _in_word, run_before, sentence_bounds


def split(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_bounds(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Dr. Smith arrived. He sat down.", ["Dr. Smith arrived.", "He sat down."]),
    ("Mr. and Mrs. Smith came. Nice.", ["Mr. and Mrs. Smith came.", "Nice."]),
    ("The U.S. economy grew. It was fast.", ["The U.S. economy grew.", "It was fast."]),
    ("The U.S. Senate voted. It passed.", ["The U.S. Senate voted.", "It passed."]),
    ("She left the U.S. The trip was long.", ["She left the U.S.", "The trip was long."]),
    ("On Jan. 5 we met. Good.", ["On Jan. 5 we met.", "Good."]),
    ("The vote is set for Jan. Officials said so.", ["The vote is set for Jan. Officials said so."]),
    ("He arrived at 9 a.m. on Monday. Then he left.", ["He arrived at 9 a.m. on Monday.", "Then he left."]),
    ("It happened at 9 a.m. The sun rose.", ["It happened at 9 a.m.", "The sun rose."]),
    ("J. K. Rowling wrote it. Fine.", ["J. K. Rowling wrote it.", "Fine."]),
    ("apples, pears, etc. Then more.", ["apples, pears, etc.", "Then more."]),
    ("e.g. the thing. Next.", ["e.g. the thing.", "Next."]),
])
def test_abbreviations(text: str, expected: list[str]) -> None:
    assert split(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Growth was 3.5 percent. Prices rose.", ["Growth was 3.5 percent.", "Prices rose."]),
    ("Version 2.0 is out. Get it.", ["Version 2.0 is out.", "Get it."]),
    ("It costs $3.50. Cheap.", ["It costs $3.50.", "Cheap."]),
    ("Rates rose 0.25 points to 5.5. Banks agreed.", ["Rates rose 0.25 points to 5.5.", "Banks agreed."]),
    ("He was born in 1990. He grew up.", ["He was born in 1990.", "He grew up."]),
    ("1. Buy milk. Then eggs.", ["1. Buy milk.", "Then eggs."]),
])
def test_numbers(text: str, expected: list[str]) -> None:
    assert split(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('He said, "Go." Then he left.', ['He said, "Go."', "Then he left."]),
    ('He said, "Go!" Then he left.', ['He said, "Go!"', "Then he left."]),
    ("“Stop.” “Go.”", ["“Stop.”", "“Go.”"]),
    ("‘Quoted.’ Next.", ["‘Quoted.’", "Next."]),
    ("He said (loudly.) Then left.", ["He said (loudly.)", "Then left."]),
    ('"Why?" she asked.', ['"Why?" she asked.']),
    ("It ended. “Then what?” he asked.", ["It ended.", "“Then what?” he asked."]),
])
def test_quotes_and_brackets(text: str, expected: list[str]) -> None:
    assert split(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Why? Because. Really!", ["Why?", "Because.", "Really!"]),
    ("Really?! Yes. Wow!!! Ok.", ["Really?!", "Yes.", "Wow!!!", "Ok."]),
    ("He asked why? no one knew.", ["He asked why? no one knew."]),
    ("Is it 5? 6 maybe.", ["Is it 5?", "6 maybe."]),
])
def test_question_and_exclamation_marks(text: str, expected: list[str]) -> None:
    assert split(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Wait... What happened?", ["Wait...", "What happened?"]),
    ("Nothing…  Then silence.", ["Nothing…", "Then silence."]),
    ("He paused... and went on.", ["He paused... and went on."]),
    ("He paused … and went on.", ["He paused … and went on."]),
])
def test_ellipsis(text: str, expected: list[str]) -> None:
    assert split(text) == expected


def test_masked_code_can_start_a_sentence() -> None:
    assert split(f"Run it. {MASK} does the rest.") == ["Run it.", f"{MASK} does the rest."]


@pytest.mark.parametrize("text", ["", "   ", "\n\t "])
def test_no_sentences_in_blank_text(text: str) -> None:
    assert sentence_bounds(text) == []


def test_bounds_exclude_surrounding_whitespace_and_keep_a_trailing_fragment() -> None:
    text = "  First one.\n  Second without a stop  "
    assert sentence_bounds(text) == [(2, 12), (15, 36)]
    assert split(text) == ["First one.", "Second without a stop"]


def test_line_breaks_separate_like_spaces() -> None:
    assert split("One.\nTwo.\r\nThree.") == ["One.", "Two.", "Three."]


def test_bounds_are_ordered_and_disjoint() -> None:
    text = "A. B. Dr. C said 3.5. U.S. D? E! “F.” G… H"
    bounds = sentence_bounds(text)
    assert all(s < e for s, e in bounds)
    assert all(bounds[i][1] <= bounds[i + 1][0] for i in range(len(bounds) - 1))


@given(st.text(alphabet="ab1 .'’-\n\t_é,\u00a0", max_size=14), st.integers(min_value=0, max_value=14))
def test_run_before_is_the_regex_search_it_replaces(text, end):
    end = min(end, len(text))
    for pattern, belongs in ((r"[\w.'’-]+$", _in_word), (r"\S+$", lambda char: not char.isspace())):
        match = re.search(pattern, text[:end])
        found = run_before(text, end, belongs)
        assert found == (match.span() if match else (end, end)), pattern
