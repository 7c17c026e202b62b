"""TY001 mixed-quote-styles: straight and curly quotes or apostrophes in one article."""

from __future__ import annotations

import pytest

from copydesk.testing import lint


def ty001(text: str, **kwargs):
    return lint(text, select="TY001", **kwargs)


def test_minority_curly_apostrophe_is_flagged_with_position_and_message():
    result = ty001("Russia’s army advanced.\n\nUkraine's army held and Kyiv's allies helped.\n")
    assert result.positions() == [(1, 1, "TY001")]
    assert result.texts() == ["Russia’s"]
    assert result.messages() == ["curly apostrophe in 'Russia’s'; the article mostly uses straight quotes "
                                 "and apostrophes: make it straight"]
    assert result.fixed() == "Russia's army advanced.\n\nUkraine's army held and Kyiv's allies helped.\n"


def test_minority_straight_uses_are_flagged_one_diagnostic_each():
    text = "Russia’s army “advanced”, Kyiv’s allies said. Ukraine's army \"held\".\n"
    result = ty001(text)
    assert result.texts() == ["Ukraine's", '"held"']
    assert all("mostly uses curly" in m for m in result.messages())
    assert result.fixed() == "Russia’s army “advanced”, Kyiv’s allies said. Ukraine’s army “held”.\n"


def test_a_quotation_pair_is_one_use():
    # two straight pairs against one curly pair and two curly apostrophes
    text = 'He said "yes" and "no". She said “maybe” at Kyiv’s gate and Lviv’s.\n'
    result = ty001(text)
    assert result.texts() == ['"yes"', '"no"']


def test_tie_goes_to_curly():
    result = ty001("Russia’s army and Ukraine's army.\n")
    assert result.texts() == ["Ukraine's"]
    assert result.messages() == ["straight apostrophe in 'Ukraine's'; the article uses both styles equally, "
                                 "and curly is the typographic one: make it curly"]


@pytest.mark.parametrize("text", [
    "Russia's army and Ukraine's army said \"no\".\n",
    "Russia’s army and Ukraine’s army said “no”.\n",
    "He is 5'11\" tall and bought a 12\" vinyl, Ukraine’s best.\n",
    "No quotes at all here.\n",
])
def test_consistent_articles_are_clean(text):
    assert ty001(text).codes() == []


def test_straight_to_curly_fix_safety():
    # "'em" may be an elision or an opening quote: the fix is a guess, so unsafe
    text = "Russia’s army, Kyiv’s allies and Lviv’s mayor said: let 'em come.\n"
    result = ty001(text)
    assert result.texts() == ["'em"]
    assert not result.diagnostics[0].fix.safe
    assert result.fixed() == text
    assert result.fixed(unsafe=True) == text.replace("'em", "‘em")


def test_closing_and_plural_possessive_are_certain():
    text = "Russia’s army, Kyiv’s allies and the “talks” went on; the analysts' view.\n"
    result = ty001(text)
    assert result.texts() == ["analysts'"]
    assert result.diagnostics[0].fix.safe
    assert "analysts’ view" in result.fixed()


def test_markdown_code_is_not_read():
    text = "# Talks\n\nRussia’s army and Kyiv’s allies.\n\n```\nprint('it's')\n```\n\nUse `don't` here.\n"
    assert ty001(text, path="a.md").codes() == []


def test_html_entities_are_quotes_too():
    text = "<p>Russia&rsquo;s army and Kyiv&rsquo;s allies met Ukraine's.</p>"
    result = ty001(text, path="a.html")
    assert result.texts() == ["Ukraine's"]
    assert result.fixed() == text.replace("Ukraine's", "Ukraine’s")
