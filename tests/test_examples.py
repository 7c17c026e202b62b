"""The example articles the README runs on show what they are there to show."""

from __future__ import annotations

from pathlib import Path

import pytest

from copydesk.testing import lint

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "articles"


def codes(name: str) -> list[str]:
    path = EXAMPLES / name
    return lint(path.read_text(encoding="utf-8"), path=name).codes()


def test_clean_article_has_no_findings() -> None:
    assert codes("clean-article.md") == []


@pytest.mark.parametrize(("name", "expected"), [
    ("draft-with-placeholders.md", ["PH004", "PH001", "PH001", "PH004", "PH002", "PH004", "PH005"]),
    ("scraped-story.txt", ["DU002", "DU001", "BP008", "TM004", "BP003", "BP001", "BP001", "BP001"]),
])
def test_examples_show_their_defects(name: str, expected: list[str]) -> None:
    assert codes(name) == expected


def test_fixing_the_scraped_story_leaves_the_article() -> None:
    path = EXAMPLES / "scraped-story.txt"
    fixed = lint(path.read_text(encoding="utf-8"), path=path.name).fixed()
    assert fixed.startswith("Harbour Ferry Fares to Rise in Spring\n\nBy\n\nDana Whitlock\n\nThe harbour")
    assert fixed.endswith("stay at one dollar.\n")
    # What no fix can do is left: the story says "on Thursday" and nothing dates it.
    assert lint(fixed, path=path.name).codes() == ["TM004"]
