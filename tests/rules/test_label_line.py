"""AI004 label-line: "Title:", "Headline:", "Rewritten passage:" labels a chatbot printed."""

from __future__ import annotations

import pytest

from copydesk.testing import lint

BODY = ("The council approved the budget on Tuesday after a long debate over the cost of the new bridge "
        "and roads.")


def ai004(text: str, **kwargs) -> list[str]:
    return lint(text, select="AI004", **kwargs).texts()


def test_title_label_position_message_and_fix():
    result = lint(f"Title: Council Approves Budget\n\n{BODY}\n", select="AI004")
    assert result.positions() == [(1, 1, "AI004")]
    assert result.messages() == ["chatbot label 'Title:' left in the article: delete it"]
    assert result.fixed() == f"Council Approves Budget\n\n{BODY}\n"


def test_label_alone_on_its_line_is_deleted_by_the_fix():
    result = lint(f"{BODY}\n\nRewritten passage:\n\nThe budget passed.\n", select="AI004")
    assert result.texts() == ["Rewritten passage:"]
    assert result.fixed() == f"{BODY}\n\nThe budget passed.\n"


@pytest.mark.parametrize("text, found", [
    (f"Headline: Budget Passes\n\nByline: [Your Name]\n\n{BODY}\n", ["Headline:", "Byline:"]),
    (f"Budget Passes\n\nDate: March 3, 2023\n\n{BODY}\n", ["Date:"]),
    (f"{BODY}\n\nSubtitle: The vote was close\n", ["Subtitle:"]),
    (f"{BODY}\n\nThe paraphrased version is: The council voted.\n", ["The paraphrased version is:"]),
    (f"{BODY}\n\nMisinformation: The council cut taxes.\n", ["Misinformation:"]),
    (f"{BODY}\n\nAnswer:\n", ["Answer:"]),
    # plain text with the lines run together into the first paragraph
    (f"Title: Budget Passes\nDate: March 3, 2023\n{BODY}\n", ["Title:", "Date:"]),
])
def test_flags_labels(text, found):
    assert ai004(text) == found


@pytest.mark.parametrize("text", [
    f"{BODY}\n\nDate: the council meets again in May.\n",
    f"{BODY}\n\nAnswer: the council says it has none.\n",
    f"{BODY}\n\nBreaking News: the mayor resigns.\n",
    f"{BODY}\n\nThe title: a question of ownership, the judge said.\n",
    f"{BODY} Title: the owner's right.\n",
    f"Answer: J.K. Rowling. {BODY}\n",
    ("CLICK FOR FULL RESULTS\n\nSummary: 5-1A: Salina South diver Keetan Munsell won the state title in "
     f"the event with a score of 409.30 on Saturday.\n\n{BODY}\n"),
])
def test_ordinary_prose_is_left_alone(text):
    assert ai004(text) == []


def test_markdown_bold_label_has_no_fix():
    result = lint(f"**Title:** Budget Passes\n\n{BODY}\n", select="AI004", path="a.md")
    assert result.texts() == ["Title:"]
    assert result.diagnostics[0].fix is None


def test_preamble_is_left_to_ai002():
    assert lint(f"{BODY}\n\nThe original passage is:\n", select=["AI002", "AI004"]).codes() == ["AI002"]
