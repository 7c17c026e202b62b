"""BP009 author-bio: "About the author" boxes and bio lines."""

from __future__ import annotations

import pytest

from copydesk.testing import lint

FIRST = ("The council backed the budget on Tuesday after a long debate over the cost of the new bridge "
         "and roads.")
SECOND = ("Work on the bridge starts in May and should take two years, the council's engineer told reporters "
          "at the town hall on Monday.")


def test_author_box_at_the_end():
    text = (f"{FIRST}\n\n{SECOND}\n\nAbout the author\n\n"
            "Jane Doe is a senior reporter at the Daily Example, covering transport.\n")
    result = lint(text, select="BP009")
    assert result.texts() == ["About the author",
                              "Jane Doe is a senior reporter at the Daily Example, covering transport."]
    assert result.fixed() == f"{FIRST}\n\n{SECOND}\n"


@pytest.mark.parametrize("line", [
    "View all posts by Jane Doe", "More articles from this author", "Contact the author",
    "Write to Jane Doe at jane.doe@example.com",
])
def test_strong_lines_between_paragraphs(line):
    assert lint(f"{FIRST}\n\n{line}\n\n{SECOND}\n", select="BP009").texts() == [line]


@pytest.mark.parametrize("text", [
    # a contributor's note ends many clean columns
    f"{FIRST}\n\n{SECOND}\n\nJane Doe is the editor of Example Magazine.\n",
    f"{FIRST}\n\nJane Doe, a senior reporter at the Daily Example, first reported the plan in March.\n",
    "About the authorities' plan, the minister said little on Monday.",
])
def test_not_flagged(text):
    assert lint(text, select="BP009").diagnostics == []
