"""BP003 share-widget: share buttons and their labels."""

from __future__ import annotations

import pytest

from copydesk.testing import lint

FIRST = ("The council backed the budget on Tuesday after a long debate over the cost of the new bridge "
         "and roads.")
SECOND = ("Work on the bridge starts in May and should take two years, the council's engineer told reporters "
          "at the town hall on Monday.")


@pytest.mark.parametrize("line", [
    "Share this article", "Share on X", "Share on WhatsApp", "Copy link", "Email this story",
    "Click to share on Facebook (Opens in new window)",
])
def test_widgets_between_paragraphs(line):
    result = lint(f"{FIRST}\n\n{line}\n\n{SECOND}\n", select="BP003")
    assert result.texts() == [line]
    assert result.fixed() == f"{FIRST}\n\n{SECOND}\n"


def test_share_bar_at_the_top_is_deleted_line_by_line():
    text = f"Share\n\nFacebook\n\nTwitter\n\nEmail\n\n{FIRST}\n\n{SECOND}\n"
    result = lint(text, select="BP003")
    assert result.positions() == [(1, 1, "BP003"), (3, 1, "BP003"), (5, 1, "BP003"), (7, 1, "BP003")]
    assert result.fixed() == f"{FIRST}\n\n{SECOND}\n"


def test_network_names_next_to_a_share_label_count_in_the_middle():
    text = f"{FIRST}\n\nShare this article\n\nFacebook\n\nTwitter\n\n{SECOND}\n"
    assert lint(text, select="BP003").texts() == ["Share this article", "Facebook", "Twitter"]


@pytest.mark.parametrize("text", [
    f"{FIRST}\n\nFacebook\n\n{SECOND}\n",
    "Shares in the company fell 4% on Monday after the results were published in London.",
    "Readers can share the article with friends, the editor said, and many did so within an hour.",
])
def test_not_flagged(text):
    assert lint(text, select="BP003").diagnostics == []
