"""The helpers docs/quality.md's numbers rest on: line labels, snippet lookup, split, statistics."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import corpora
import evaluate_corpora as ev

from copydesk.evaluate import Counts

GOLD = ev.Reference("The council approved the budget on Tuesday after a long debate.\n\n"
                    "Taxes will rise by two percent.\n\nWhat comes next")


@pytest.mark.parametrize(("line", "article"), [
    ("The council approved the budget on Tuesday", True),        # every 4-gram in the gold
    ("the COUNCIL approved the budget, on Tuesday!", True),      # case and punctuation do not matter
    ("The council approved the budget on Friday night", True),   # 3 of 5 4-grams: most
    ("The council approved the plan on Friday night", False),    # 1 of 5 4-grams
    ("Taxes will rise by two percent.", True),
    ("Taxes will rise", False),                                  # short line: must be a gold line of its own
    ("Budget", False),                                           # a menu item whose word the story uses
    ("Subscribe now", False),
    ("What comes next?", True),                                  # a subheading of the gold body
])
def test_line_is_article_when_most_4grams_are_in_the_gold(line: str, article: bool) -> None:
    assert GOLD.contains(ev.tokens(line)) is article


def test_headline_and_byline_lines() -> None:
    title = ev.tokens("Council approves the budget - Springfield Gazette")
    authors = [ev.tokens("Ann Smith")]

    def meta(line: str) -> bool:
        return ev.is_headline_or_byline(line, ev.tokens(line), title, authors)

    assert meta("Council approves the budget")
    assert meta("By Ann Smith and Bo Lee")
    assert meta("Ann Smith")
    assert not meta("Council")
    assert not meta("Byzantine budgets are hard to read, says the mayor.")


def test_snippets_are_found_across_whitespace_and_mapped_to_lines() -> None:
    page = ev.Collapsed("Home\nNews\n\nSign up for our\n  newsletter today\nThe story.")
    assert page.find_lines("sign up for our newsletter") == range(4, 6)
    assert page.find_lines("The story.") == range(6, 7)
    assert page.find_lines("missing text") is None


def test_counts_and_bootstrap() -> None:
    counts = Counts(tp=3, fp=1, fn=2)
    assert (counts.precision, counts.recall, round(counts.f1, 4)) == (0.75, 0.6, 0.6667)
    assert Counts().precision is None and Counts().f1 is None
    assert ev.bootstrap([1, 1, 1], lambda s: sum(s) / len(s), rounds=50) == (1.0, 1.0)
    low, high = ev.bootstrap(list(range(100)), lambda s: sum(s) / len(s), rounds=200)
    assert low < 49.5 < high


def test_split_is_fixed_and_balanced() -> None:
    ids = [f"doc-{n}" for n in range(2000)]
    halves = [corpora.half(i) for i in ids]
    assert halves == [corpora.half(i) for i in ids]
    assert 900 < halves.count("test") < 1100


def test_missing_corpora_folder_is_not_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert ev.main(["--corpora", str(tmp_path / "absent"), "--output", str(tmp_path / "q.md")]) == 0
    assert "not found" in capsys.readouterr().out
    assert not (tmp_path / "q.md").exists()


def test_sourcing_sample_is_drawn_by_position_and_labels_are_well_formed() -> None:
    text = "Analysts said prices would rise. It is believed that rates will fall. Sources said so."
    items = [corpora.Item(f"bbc/test/{n:03d}", text) for n in range(30)]
    sample = ev.sourcing_sample(items)
    assert len(sample) == ev.SOURCING_SAMPLE
    assert all(f["code"] in ("SC001", "SC003") for f in sample)      # warnings only: SC002 is info
    assert ev.sourcing_sample(list(reversed(items))) == sample        # order of the corpus does not matter
    labels = ev.read_sourcing_labels()
    assert len(labels) == ev.SOURCING_SAMPLE
    assert {row["verdict"] for row in labels.values()} <= {"correct", "false alarm"}
    assert all(row["reason"] and row["code"].startswith("SC") for row in labels.values())


def test_wilson_interval() -> None:
    low, high = ev.wilson(41, 50)
    assert 0.68 < low < 0.82 < high < 0.92
    assert ev.wilson(0, 0) is None
