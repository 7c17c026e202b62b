"""BP001 social-prompt: follow prompts and their taglines."""

from __future__ import annotations

import pytest

from copydesk.testing import lint

FIRST = ("The council backed the budget on Tuesday after a long debate over the cost of the new bridge "
         "and roads.")
SECOND = ("Work on the bridge starts in May and should take two years, the council's engineer told reporters "
          "at the town hall on Monday.")


def test_follow_block_at_the_end_with_position_message_and_fix():
    tail = "Follow us on Google News\n\nGet the latest local news and updates.\n\nFollow\n"
    text = f"{FIRST}\n\n{SECOND}\n\n{tail}"
    result = lint(text, select="BP001")
    assert result.positions() == [(5, 1, "BP001"), (7, 1, "BP001"), (9, 1, "BP001")]
    assert result.texts() == ["Follow us on Google News", "Get the latest local news and updates.", "Follow"]
    assert result.messages()[0] == ("social-media prompt 'Follow us on Google News' left in the article: "
                                    "delete it")
    assert result.fixed() == f"{FIRST}\n\n{SECOND}\n"


@pytest.mark.parametrize("line", [
    "Like us on Facebook", "Follow Jane Doe on Twitter", "Join our Telegram channel for updates",
    "Follow @example", "FOLLOW US",
])
def test_strong_prompts_count_between_paragraphs(line):
    result = lint(f"{FIRST}\n\n{line}\n\n{SECOND}\n", select="BP001")
    assert result.texts() == [line]


def test_bare_follow_and_taglines_between_paragraphs_are_left_alone():
    text = f"{FIRST}\n\nFollow\n\n{SECOND}\n\nStay up to date with the council.\n\n{FIRST}\n"
    assert lint(text, select="BP001").diagnostics == []


def test_bare_follow_next_to_a_prompt_counts_in_the_middle():
    text = f"{FIRST}\n\nFollow us on Instagram\n\nFollow\n\n{SECOND}\n"
    assert lint(text, select="BP001").texts() == ["Follow us on Instagram", "Follow"]


@pytest.mark.parametrize("text", [
    f"{FIRST} Follow us on Google News, the mayor joked, and you will know everything first.",
    "- Follow the money\n- Follow the law\n",
    f"{FIRST}\n\nOfficials said they would follow the plan.\n",
    f'"Follow us on Twitter," she said.\n\n{FIRST}\n',
])
def test_not_flagged(text):
    assert lint(text, select="BP001").diagnostics == []


def test_markdown_list_item_and_html_paragraph():
    markdown = f"# Budget\n\n{FIRST}\n\n* Follow us on Twitter\n"
    assert lint(markdown, select="BP001", path="a.md").texts() == ["Follow us on Twitter"]
    html = f"<body><p>{FIRST}</p><p>Follow us on Twitter</p></body>"
    assert lint(html, select="BP001", path="a.html").texts() == ["Follow us on Twitter"]
