"""TY003 unbalanced-brackets: parentheses and brackets that do not pair up."""

from __future__ import annotations

import pytest

from copydesk.testing import lint


def ty003(text: str, **kwargs):
    return lint(text, select="TY003", **kwargs)


def test_unclosed_parenthesis_position_and_message():
    result = ty003("The OSCE (Organisation for Security will monitor it.\n")
    assert result.positions() == [(1, 10, "TY003")]
    assert result.messages() == ["'(Organisation for Security will monitor…' opens with '(' that is never "
                                 "closed in this paragraph: add the closing ')'"]


def test_stray_closing_bracket():
    result = ty003("He ran the 1500m final in 3:48.82) and won.\n")
    assert result.texts() == [")"]
    assert "has no opening '('" in result.messages()[0]


def test_wrong_kind_of_closing_bracket():
    result = ty003("The word (sic] was there.\n")
    assert result.texts() == ["(", "]"]


@pytest.mark.parametrize("text", [
    "The OSCE (Organisation for Security) [and others] {maybe} will monitor it.\n",
    "The plan has three parts: a) a ceasefire, b) an exchange and 2) talks.\n",
    "Kerr (Cameron 87), Robson (Smith 45), Grady.\n",
    "We won :) and they lost.\n",
    "Nested (as in [this] case) is fine.\n",
])
def test_balanced_text_is_clean(text):
    assert ty003(text).codes() == []


def test_each_paragraph_is_checked_alone():
    assert ty003("It began (in May.\n\nAnd ended in June).\n").positions() == [(1, 10, "TY003"),
                                                                               (3, 18, "TY003")]


def test_markdown_links_and_code_are_not_prose():
    text = "See [the report](https://example.com/a_(b)) and `f(x` too.\n"
    assert ty003(text, path="a.md").codes() == []


def test_item_labels_without_a_colon():
    # no colon nor semicolon in the paragraph: the labels alone mark the brackets as not brackets
    text = "iv) a ceasefire and\tb) an exchange, then 12) talks (in Geneva.\n"
    result = lint(text, select="TY003")
    assert result.positions() == [(1, 52, "TY003")]
