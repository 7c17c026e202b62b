"""AI001 assistant-self-reference: a chatbot talking about itself, or refusing."""

from __future__ import annotations

import pytest

from copydesk.testing import lint


def ai001(text: str, **kwargs) -> list[str]:
    return lint(text, select="AI001", **kwargs).texts()


def test_position_and_message():
    text = "The talks resume.\n\nAs an AI language model, I cannot predict the outcome.\n"
    result = lint(text, select="AI001")
    assert result.positions() == [(3, 1, "AI001")]
    assert result.messages() == ["chatbot talking about itself ('As an AI language model') left in the "
                                 "article: delete it and write the passage"]


@pytest.mark.parametrize("text, found", [
    ("As a responsible AI language model, I cannot do that.", ["As a responsible AI language model"]),
    ("As an AI developed by OpenAI, I follow rules.", ["As an AI"]),
    ("I'm just an AI, so I have no opinion.", ["I'm just an AI"]),
    ("My knowledge cutoff is 2021.", ["My knowledge cutoff"]),
    ("As of my last knowledge update, talks had stalled.", ["As of my last knowledge update"]),
    ("I cannot browse the internet for news.", ["I cannot browse the internet"]),
    ("I don't have real-time information on this.", ["I don't have real-time information"]),
    ("I'm sorry, but I can't help.", ["I'm sorry, but I can't"]),
    ("I cannot fulfill your request.", ["I cannot fulfill your request"]),
    ("I can’t provide a news article based on that.", ["I can’t provide a news"]),
    ("While the statement you provided is worrying, it is false.", ["the statement you provided"]),
    ("I apologize for the confusion earlier.", ["I apologize for the confusion"]),
    ("In this rewrite, I have aimed to make the language more formal.", ["In this rewrite, I"]),
    ("This paraphrase keeps the exact same words as the original passage.", ["This paraphrase keeps"]),
    ("I have tried my best to paraphrase the passage using synonyms.",
     ["I have tried my best to paraphrase"]),
])
def test_flags_self_reference(text, found):
    assert ai001(text) == found


@pytest.mark.parametrize("text", [
    '"As an AI language model, I cannot give advice," the chatbot replied.',
    "“I’m sorry, but I can’t comment,” the spokesman said.",
    "As an AI researcher, she studies language models.",
    "The minister said she could not access the archive.",
    "I cannot believe the result, the coach said after the match.",
    "The court heard he was sorry, but the judge was unmoved.",
])
def test_ordinary_prose_and_quotes_are_left_alone(text):
    assert ai001(text) == []


def test_markdown_list_and_heading():
    text = "# Update\n\n- As an AI language model, I have no view.\n"
    assert lint(text, select="AI001", path="a.md").positions() == [(3, 3, "AI001")]


def test_code_is_skipped():
    text = "Run `as an AI language model` here.\n\n```\nAs an AI language model\n```\n"
    assert ai001(text, path="a.md") == []
