"""EX001 long-headline, tested the way copydesk tests its own rules."""

from __future__ import annotations

from copydesk.testing import lint

LONG = "Council approves long-delayed plan to rebuild the harbour ferry terminal after years of debate"


def test_flags_a_long_headline_from_the_first_character_past_the_limit() -> None:
    result = lint(f"{LONG}\n\nThe vote passed on Tuesday.\n", select="EX001")
    assert result.positions() == [(1, 71, "EX001")]
    assert result.texts() == [LONG[70:]]
    assert result.messages() == [f"headline of {len(LONG)} characters (limit 70): readers of search results "
                                 "and social cards will not see the end"]


def test_subheadings_and_short_headlines_are_left_alone() -> None:
    text = f"# Ferry terminal rebuild approved\n\n## {LONG}\n\nThe vote passed on Tuesday.\n"
    assert lint(text, select="EX001", path="story.md").codes() == []


def test_the_limit_is_an_option() -> None:
    rules = {"long-headline": {"max_characters": 23}}
    result = lint("Ferry terminal rebuild approved\n\nThe vote passed.\n", select="EX001", rules=rules)
    assert result.texts() == ["approved"]


def test_runs_beside_copydesk_rules_and_obeys_directives() -> None:
    text = f"# {LONG}\n\nThe vote is on [insert date].\n"
    assert lint(text, path="story.md").codes() == ["EX001", "PH001"]
    assert lint(text, path="story.md", select="EX").codes() == ["EX001"]
    assert lint(text, path="story.md", config={"ignore": ["long-headline"]}).codes() == ["PH001"]
    suppressed = f"<!-- copydesk: disable-next-line EX001 -->\n# {LONG}\n\nThe vote is on [insert date].\n"
    assert lint(suppressed, path="story.md").codes() == ["PH001"]
