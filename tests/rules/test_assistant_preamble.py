"""AI002 assistant-preamble: "Sure, here is the article:" before the text."""

from __future__ import annotations

import pytest

from copydesk.testing import lint


def ai002(text: str, **kwargs) -> list[str]:
    return lint(text, select="AI002", **kwargs).texts()


def test_position_and_message():
    result = lint("Talks Resume\n\nCertainly! Here's the article:\n\nThe talks resume.\n", select="AI002")
    assert result.positions() == [(3, 1, "AI002")]
    assert result.messages() == [
        "chatbot preamble 'Certainly! Here's the article:' left in the article: delete it"]


@pytest.mark.parametrize("text, found", [
    ("Sure, here is the article:", ["Sure, here is the article:"]),
    ("Here is the rewritten passage:", ["Here is the rewritten passage:"]),
    ("Here’s a news piece based on the given sentence:",
     ["Here’s a news piece based on the given sentence:"]),
    ("Sure, I'd be happy to help! Here's a possible rewrite of the passage:",
     ["Sure, I'd be happy to help! Here's a possible rewrite of the passage:"]),
    ("I would paraphrase the passage as:", ["I would paraphrase the passage as:"]),
    ("The original passage is:", ["The original passage is:"]),
    (".  How about this paraphrase:  Brad Pitt and Angelina Jolie will negotiate.",
     [".  How about this paraphrase:"]),
    ("I paraphrase it as: Nostradamus foretold the outbreak.", ["I paraphrase it as:"]),
    ("Hello,", ["Hello,"]),
    ("Hello! As a journalist, I'm happy to help you rewrite the passage.",
     ["Hello! As a journalist, I'm happy to help you rewrite the passage."]),
])
def test_flags_preambles(text, found):
    assert ai002(text) == found


@pytest.mark.parametrize("text", [
    "Here are the main points of the agreement:",
    "Of course, the minister disagreed with the report.",
    "Sure enough, the rain came on Tuesday.",
    "The passage of the bill was delayed: the vote moves to May.",
    '"Sure, here is the plan," the manager told staff.',
    "Analysts said here is the real test: the budget.",
])
def test_ordinary_prose_is_left_alone(text):
    assert ai002(text) == []


def test_only_at_the_start_of_a_line():
    assert ai002("The council met. Sure, here is the article: none.") == []


def test_line_joined_to_the_paragraph_before():
    text = "The first line ends with a period.\nHere is the paraphrased passage:\n"
    assert lint(text, select="AI002").positions() == [(2, 1, "AI002")]


def test_markdown_list_item():
    result = lint("- Sure, here is the article:\n", select="AI002", path="a.md")
    assert result.positions() == [(1, 3, "AI002")]
