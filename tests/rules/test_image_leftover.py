"""BP007 image-leftover: alt text, icon labels and photo credits."""

from __future__ import annotations

import pytest

from copydesk.testing import lint

FIRST = ("The council backed the budget on Tuesday after a long debate over the cost of the new bridge "
         "and roads.")
SECOND = ("Work on the bridge starts in May and should take two years, the council's engineer told reporters "
          "at the town hall on Monday.")


@pytest.mark.parametrize("line", [
    "Photo: Jane Doe/Reuters", "Image: Getty Images", "Photo credit: AFP", "Image source, Getty Images",
    "(Photo by Jane Doe/AFP via Getty Images)", "File photo", "View gallery",
    "Media caption, The mayor speaks",
])
def test_credits_between_paragraphs(line):
    result = lint(f"{FIRST}\n\n{line}\n\n{SECOND}\n", select="BP007")
    assert result.texts() == [line]
    assert result.fixed() == f"{FIRST}\n\n{SECOND}\n"


def test_icon_labels_count_only_at_the_edges():
    middle = f"{FIRST}\n\nGoogle News Icon\n\n{SECOND}\n"
    assert lint(middle, select="BP007").diagnostics == []
    end = f"{FIRST}\n\n{SECOND}\n\nGoogle News Icon\n"
    result = lint(end, select="BP007")
    assert result.messages() == ["image leftover 'Google News Icon' left in the article: delete it"]
    assert result.fixed() == f"{FIRST}\n\n{SECOND}\n"


@pytest.mark.parametrize("text", [
    "The photo of the bridge, taken by a local student, won the regional prize on Friday evening.",
    "She became a fashion icon in the 1960s.",
    f"{FIRST}\n\nA fashion icon\n\n{SECOND}\n",
    f"{FIRST} Photo: the mayor asked for one with the engineers, and they obliged.",
])
def test_not_flagged(text):
    assert lint(text, select="BP007").diagnostics == []
