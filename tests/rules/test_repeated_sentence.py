"""DU004 repeated-sentence: the same sentence twice."""

from __future__ import annotations

import pytest

from copydesk.testing import lint

SENTENCE = "The council approved the budget on Tuesday after a long debate."


def test_in_different_paragraphs():
    text = f"{SENTENCE} Residents will pay more.\n\nParking charges rise in April. {SENTENCE}\n"
    result = lint(text, select="DU004")
    assert result.positions() == [(3, 32, "DU004")]
    assert result.texts() == [SENTENCE]
    assert result.messages() == ["sentence repeated (first on line 1): delete or rephrase one copy"]
    assert result.diagnostics[0].fix is None


def test_in_the_same_paragraph_and_near_duplicate():
    copy = "The Council approved the budget on Tuesday, after a long debate!"
    text = f"{SENTENCE} Residents will pay more. {copy}\n"
    assert lint(text, select="DU004").positions() == [(1, 90, "DU004")]


def test_a_copy_on_the_same_line_is_located_by_column():
    text = f"{SENTENCE} Residents will pay more. {SENTENCE}\n"
    assert lint(text, select="DU004").messages() == [
        "sentence repeated (first on line 1, column 1): delete or rephrase one copy"]


def test_a_run_of_repeated_sentences_is_one_diagnostic():
    second = "Residents will pay more for parking in the city from April."
    text = f"{SENTENCE} {second}\n\nA new paragraph starts here. {SENTENCE} {second} It ends.\n"
    result = lint(text, select="DU004")
    assert result.texts() == [f"{SENTENCE} {second}"]
    assert result.messages() == ["2 sentences repeated (first on line 1): delete or rephrase one copy"]


@pytest.mark.parametrize("text", [
    "He did. Then he left.\n\nShe asked again. He did.\n",
    "The company declined to comment.\n\nThe union also spoke. The company declined to comment.\n",
    f"{SENTENCE}\n\n> {SENTENCE} Said the mayor.\n",  # pull quote
])
def test_not_flagged(text):
    assert lint(text, select="DU004", path="a.md").codes() == []


def test_a_paragraph_repeated_whole_is_left_to_du003():
    text = f"{SENTENCE} Residents will pay more.\n\nMore news.\n\n{SENTENCE} Residents will pay more.\n"
    assert lint(text, select="DU").codes() == ["DU003"]


def test_table_cells_are_not_compared():
    text = f"| a | b |\n| --- | --- |\n| {SENTENCE} | {SENTENCE} |\n"
    assert lint(text, select="DU004", path="a.md").codes() == []


def test_min_words_option():
    text = "The company declined to comment.\n\nThe union also spoke. The company declined to comment.\n"
    rules = {"repeated-sentence": {"min_words": 4}}
    assert lint(text, select="DU004", rules=rules).positions() == [(3, 23, "DU004")]
