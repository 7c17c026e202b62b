"""AI003 assistant-closing: "I hope this helps", "Let me know if you'd like any changes"."""

from __future__ import annotations

import pytest

from copydesk.testing import lint


def ai003(text: str, **kwargs) -> list[str]:
    return lint(text, select="AI003", **kwargs).texts()


def test_position_and_message():
    result = lint("The talks resume in Geneva next month. I hope this helps!\n", select="AI003")
    assert result.positions() == [(1, 40, "AI003")]
    assert result.messages() == ["chatbot closing 'I hope this helps' left in the article: delete it"]


@pytest.mark.parametrize("text, found", [
    ("Let me know if you'd like any changes.", ["Let me know if you"]),
    ("Please let me know whether this works.", ["Please let me know whether this"]),
    ("Feel free to ask for another version.", ["Feel free to ask"]),
    ("Is there anything else I can help with?", ["Is there anything else I can"]),
    ("I hope this revised version meets your needs!", ["I hope this revised version meets"]),
    ("If you have any other questions, feel free to ask.", ["If you have any other questions, feel free"]),
    ("Please let me know which of these paraphrases you would like me to use.",
     ["Please let me know which of these paraphrases you"]),
])
def test_flags_closings(text, found):
    assert ai003(text) == found


@pytest.mark.parametrize("text", [
    "Let us know in the comments what you think of the stadium.",
    "Do you agree? Let me know in the comments!",
    "I hope this is a turning point, the mayor wrote.",
    '"I hope this helps the families," the minister said.',
    "Fans hope the move helps the team.",
])
def test_ordinary_prose_is_left_alone(text):
    assert ai003(text) == []


def test_html_paragraph():
    html = "<html><body><p>The talks resume.</p><p>I hope this helps!</p></body></html>"
    assert ai003(html, path="a.html") == ["I hope this helps"]
