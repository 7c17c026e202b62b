"""TY002 unbalanced-quotes: quotations opened and not closed, or closed and not opened."""

from __future__ import annotations

import pytest

from copydesk.testing import lint


def ty002(text: str, **kwargs):
    return lint(text, select="TY002", **kwargs)


def test_unclosed_quote_position_and_message():
    result = ty002("The minister spoke.\n\n“The talks go on, she added.\n\nNo one else spoke.\n")
    assert result.positions() == [(3, 1, "TY002")]
    assert result.messages() == ["quotation '“The talks go on, she added.' is never closed in this "
                                 "paragraph: add the closing quote"]


def test_stray_closing_quote():
    result = ty002('The talks were difficult," he said.\n')
    assert result.positions() == [(1, 26, "TY002")]
    assert result.messages()[0].startswith("closing quote in 'The talks were difficult,\"' has no opening")


def test_quote_opened_twice_without_sentence_end():
    assert ty002('He said "we will "win" today.\n').texts() == ['"']


@pytest.mark.parametrize("text", [
    "“We will not give up,” the minister said. “Never.”\n",
    'He said "no" and "yes".\n',
    "She called it ‘difficult’ and left.\n",
    "The students’ union and Russia’s army.\n",
    'He is 5\'11" and bought a 34" monitor.\n',
    # a long quotation run together on one line: reopened after each sentence
    'He said: "We must act. "Politicians must lead. "Now is the time."\n',
])
def test_balanced_text_is_clean(text):
    assert ty002(text).codes() == []


def test_multi_paragraph_quotation_convention():
    text = "“The first round was hard.\n\n“But we will be there,” the minister said.\n"
    assert ty002(text).codes() == []


def test_unclosed_before_a_paragraph_without_quote_is_flagged():
    text = "“The first round was hard.\n\nThe minister left.\n"
    assert ty002(text).positions() == [(1, 1, "TY002")]


def test_unclosed_curly_single_quote():
    assert ty002("He called it ‘difficult and left.\n").texts() == ["‘"]


def test_markdown_and_html():
    assert ty002("# Talks\n\nThe code `\"x` is fine.\n", path="a.md").codes() == []
    result = ty002("<p>&ldquo;We will win, he said.</p><p>Later.</p>", path="a.html")
    assert result.texts() == ["&ldquo;"]
