"""Acceptance: a long sentence, a long paragraph and a long lede get one diagnostic each."""

from __future__ import annotations

from copydesk.testing import lint

LEDE = ("The town council voted on Tuesday night to close two of its four public libraries next spring, "
        "after a long and often angry public meeting that ran well past midnight. "
        "Residents, teachers and local business owners had spent more than three hours urging "
        "council members to find the money somewhere else in the town budget.")
LONG_SENTENCE = ("The plan, which the council first set out in a short paper last autumn and then changed "
                 "twice after two rounds of public meetings in the town hall, the market square and the "
                 "old school, would move the books, the staff and the computers to the two "
                 "libraries that stay open, and it would also cut the hours of both.")
NINE_SENTENCES = ("The vote was close. Five members voted for the plan. Four voted against it. Two were "
                  "away. The mayor spoke first. She said the town had no choice. Others did not agree. "
                  "One member walked out. The meeting ended at half past twelve.")
ARTICLE = f"""Council votes to close two libraries

{LEDE}

{LONG_SENTENCE}

{NINE_SENTENCES}

The libraries will close in April.
"""


def test_each_problem_gets_one_diagnostic_at_its_line():
    result = lint(ARTICLE, select="RD", path="article.txt")
    assert sorted(result.positions()) == [(3, 1, "RD005"), (5, 1, "RD002"), (7, 1, "RD004")]


def test_messages_give_the_counts():
    messages = lint(ARTICLE, select="RD", path="article.txt").messages()
    assert "lede of 55 words (limit 40)" in messages[0]
    assert any("sentence of 60 words (limit 35)" in m for m in messages)
    assert any("paragraph of 9 sentences" in m for m in messages)
