"""CN003 mixed-percent-style: "%" beside "percent" or "per cent" in one article."""

from __future__ import annotations

from copydesk.testing import lint


def test_flags_the_minority_form():
    text = "Prices rose 5% in May. Wages rose 2 percent, and rents 3%.\n"
    result = lint(text, select="CN003")
    assert result.positions() == [(1, 37, "CN003")]
    assert result.texts() == ["percent"]
    assert result.messages() == ["'percent' for a percentage, but the article writes '%' after figures "
                                 "(2 times): use one style"]
    assert result.fixed(unsafe=True) == "Prices rose 5% in May. Wages rose 2%, and rents 3%.\n"
    assert result.fixed() == text


def test_word_spellings_mixed():
    text = "Only five per cent agreed. Later, six percent did, and then seven per cent.\n"
    result = lint(text, select="CN003")
    assert result.texts() == ["percent"]
    assert result.fixed(unsafe=True) == text.replace("six percent", "six per cent")


def test_spelled_out_numbers_take_the_word():
    text = "Forty per cent fell. Sales rose 15% and costs 3%. Only five per cent agreed.\n"
    assert lint(text, select="CN003").codes() == []


def test_headlines_and_tables_are_not_counted():
    text = "# Prices up 5%\n\n| Item | Change |\n|---|---|\n| Rent | 3% |\n\nPrices rose 5 per cent.\n"
    assert lint(text, select="CN003", path="a.md").codes() == []


def test_style_option():
    text = "Prices rose 5% in May and 7% in June.\n"
    rules = {"mixed-percent-style": {"style": "per cent"}}
    result = lint(text, select="CN003", rules=rules)
    assert result.texts() == ["%", "%"]
    assert result.fixed() == "Prices rose 5 per cent in May and 7 per cent in June.\n"


def test_percentage_is_another_word():
    assert lint("The percentage rose 5% and a percentage point.\n", select="CN003").codes() == []
