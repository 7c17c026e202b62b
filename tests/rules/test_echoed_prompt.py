"""AI005 echoed-prompt: the request to the chatbot pasted back into the text."""

from __future__ import annotations

import pytest

from copydesk.testing import lint


def ai005(text: str, **kwargs) -> list[str]:
    return lint(text, select="AI005", **kwargs).texts()


def test_position_and_message():
    result = lint("The talks resume.\n\nPlease paraphrase the given passage.\n", select="AI005")
    assert result.positions() == [(3, 1, "AI005")]
    assert result.messages() == ["instruction to a chatbot 'Please paraphrase the given passage.' left in "
                                 "the article: delete it"]


@pytest.mark.parametrize("text, found", [
    ("Please rewrite it in a more convincing style.", ["Please rewrite it in a more convincing style."]),
    ("Could you please paraphrase this passage?", ["Could you please paraphrase this passage?"]),
    ("Your task is to rewrite the passage in a more convincing way.",
     ["Your task is to rewrite the passage in a more convincing way."]),
    ("You are a journalist. Given a 'passage', please paraphrase it.",
     ["You are a journalist. Given a 'passage', please paraphrase it."]),
    ("Please write a piece of news based on the sentence provided.",
     ["Please write a piece of news based on the sentence provided."]),
    ("Note: Do not generate any other word.", ["Note: Do not generate any other word."]),
    ("Note: The word 'owner' is already present in the passage.",
     ["Note: The word 'owner' is already present in the passage."]),
    ("Fans were shocked. Please paraphrase this passage.", ["Please paraphrase this passage."]),
    ("I'd like you to paraphrase it as a news headline.",
     ["I'd like you to paraphrase it as a news headline."]),
    ("Please provide feedback on the following:", ["Please provide feedback on the following:"]),
    ("Please paraphrase: People are claiming to run tests.", ["Please paraphrase:"]),
    ("65. Write a serious, calm and informative rewrite of the passage:",
     ["Write a serious, calm and informative rewrite of the passage:"]),  # a numbered list item
    ("(Image: Splash News)  Paraphrase the passage: Casey Affleck and Summer Phoenix are divorcing.",
     ["Paraphrase the passage:"]),
    ("This news is important, so please paraphrase it accurately.", ["please paraphrase it"]),
    ("Fans praised her. In this paraphrase, please do not change the meaning of the original text.",
     ["In this paraphrase, please do not change the meaning of the original text."]),
    ("(Note: The word 'coronavirus' has been emphasized with italics.)",
     ["(Note: The word 'coronavirus' has been emphasized with italics.)"]),
])
def test_flags_prompts(text, found):
    assert ai005(text) == found


@pytest.mark.parametrize("text", [
    "Please write to your MP before the vote.",
    "Paraphrasing the minister, the spokesman said the sentence was harsh.",
    "Please note that the passage of the bill was delayed.",
    '"Please rewrite the passage," the teacher told the class.',
    "The judge asked the lawyers to rewrite the passage in the contract.",
    "The editors will rewrite the text: the first draft was too long.",
    "She said: ‘Please paraphrase it for the jury.’",
])
def test_ordinary_prose_is_left_alone(text):
    assert ai005(text) == []


def test_markdown_heading():
    result = lint("# Please rewrite the passage\n", select="AI005", path="a.md")
    assert result.positions() == [(1, 3, "AI005")]
