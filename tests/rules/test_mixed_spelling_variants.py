"""CN002 mixed-spelling-variants: British and American spellings in one article."""

from __future__ import annotations

from copydesk.testing import lint

MIXED = "Ministers will prioritise talks with organizations that recognized the deal.\n"


def test_flags_the_minority_spelling():
    result = lint(MIXED, select="CN002")
    assert result.positions() == [(1, 16, "CN002")]
    assert result.messages() == ["'prioritise' is British -ise spelling, but the article mostly follows "
                                 "American spelling ('organizations', 'recognized'): write 'prioritize'"]
    assert result.fixed() == MIXED
    assert result.fixed(unsafe=True) == MIXED.replace("prioritise", "prioritize")


def test_oxford_spelling_is_consistent():
    text = "The organization chose a new colour and will analyse the data.\n"
    assert lint(text, select="CN002").codes() == []


def test_ise_with_american_spelling_is_mixed_under_every_convention():
    result = lint("They will organise a parade in the town center and a color show.\n", select="CN002")
    assert result.texts() == ["organise"]


def test_our_or_mix():
    text = "The colour of the flag, the colour of the coat and the color of the car.\n"
    assert lint(text, select="CN002").texts() == ["color"]


def test_names_and_ambiguous_words_pass():
    text = ("The Labor Department, Pearl Harbor and the World Trade Center. Her favourite meter "
            "and licence; he will license it and run the program.\n")
    assert lint(text, select="CN002").codes() == []


def test_variant_option_flags_every_other_spelling_with_a_safe_fix():
    text = "The colour of the flag was realised in the organisation's centre.\n"
    rules = {"mixed-spelling-variants": {"variant": "en-US"}}
    result = lint(text, select="CN002", rules=rules)
    assert result.texts() == ["colour", "realised", "organisation", "centre"]
    assert result.fixed() == "The color of the flag was realized in the organization's center.\n"
    oxford = {"mixed-spelling-variants": {"variant": "en-GB-oxendict"}}
    assert lint(text, select="CN002", rules=oxford).texts() == ["realised", "organisation"]
    british = {"mixed-spelling-variants": {"variant": "en-GB"}}
    assert lint(text, select="CN002", rules=british).codes() == []


def test_case_is_kept_in_the_fix():
    rules = {"mixed-spelling-variants": {"variant": "en-GB"}}
    result = lint("The team traveled far.\n\nA HONOR GUARD and a color party.\n", select="CN002", rules=rules)
    assert result.fixed() == "The team travelled far.\n\nA HONOR GUARD and a colour party.\n"


def test_markdown_code_blocks_are_ignored():
    text = "We organise things.\n\n```\ncolor = 'red'\n```\n\nWe realise it. Use `color`.\n"
    assert lint(text, select="CN002", path="a.md").codes() == []
