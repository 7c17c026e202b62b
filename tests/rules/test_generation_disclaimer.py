"""AI006 generation-disclaimer: a note that the text was generated or made up."""

from __future__ import annotations

import pytest

from copydesk.testing import lint


def ai006(text: str, **kwargs) -> list[str]:
    return lint(text, select="AI006", **kwargs).texts()


def test_position_and_message():
    text = "The talks resume.\n\nNote: This article was created by an AI language model.\n"
    result = lint(text, select="AI006")
    assert result.positions() == [(3, 1, "AI006")]
    assert result.messages() == ["note that the text was generated or invented ('Note: This article was "
                                 "created by an AI language model.') left in the article: check the story "
                                 "and delete the note"]


@pytest.mark.parametrize("text", [
    "Disclaimer: The preceding article is purely fictional.",
    "This news piece is based on the given sentence and is fictional.",
    "Please note that the sentence is fictional, and the report is satirical.",
    "It is crucial to remember that this piece of information is entirely fabricated.",
    "Note: AI-generated news is purely fictional and created for entertainment purposes only.",
    "Disclaimer: The information above is entirely fictional and for entertainment purposes only.",
    "While these findings may sound extraordinary, it's important to remember that this study is entirely "
    "fabricated.",
    "While this idea may sound magical, it is crucial to note that it is nothing more than a delightful "
    "fabrication.",
    "It is crucial to note that this sensationalistic piece of misinformation is entirely unfounded and "
    "fictitious.",
    "The above statement is not a news article, but rather a disclaimer.",
    "Please note that this prompt is a joke, and the answer is not a real news piece.",
    "The information provided in this passage is a total fabrication.",
])
def test_flags_disclaimers(text):
    assert ai006(text) == [text]


@pytest.mark.parametrize("text", [
    "The ministry said the article was fabricated and asked the site to remove it.",
    "Gossip Cop found this completely fictitious story never happened.",
    "This story is fabricated, the fact-checkers found.",
    "The novel is a work of fiction, its publisher said.",
    "This news comes as AI tools spread through newsrooms.",
    '"This article is purely fictional," the author joked.',
    "However, this claim is a total fabrication, the fact-checkers found.",
    "According to this purely fictitious study, chocolate cures every disease.",
    "The information presented in the video is a total fabrication.",
])
def test_ordinary_prose_is_left_alone(text):
    assert ai006(text) == []


def test_only_the_disclaimer_sentence_is_flagged():
    text = "The mayor resigned on Monday. Note: this article is purely fictional."
    assert ai006(text) == ["Note: this article is purely fictional."]
