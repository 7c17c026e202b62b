"""Acceptance on the shared seed articles for TM: relative dates with no dateline are reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from copydesk.source import read_source
from copydesk.testing import lint

SEEDS = Path(__file__).parents[2].parent / "shared" / "seeds"
SEED_000 = SEEDS / "000_03801488d0c7a4ec.txt"


def _lint_seed(name: str, **kwargs):
    path = SEEDS / name
    source = read_source(str(path), path.read_bytes())
    return lint(source.text, select=["TM", "TM003"], path=path.name, **kwargs)  # TM003 is opt-in


@pytest.fixture(scope="module")
def seeds() -> list[Path]:
    if not SEED_000.is_file():
        pytest.skip("the shared seeds are not checked out next to the repository")
    return sorted(SEEDS.glob("*.txt"))


def test_seed_000_next_week_without_dateline(seeds):
    result = _lint_seed("000_03801488d0c7a4ec.txt")
    assert result.codes() == ["TM004"]
    assert result.texts() == ["next week"]


def test_seed_004_this_week_and_on_monday_without_dateline(seeds):
    result = _lint_seed("004_3b6c274a9cc7ef6e.txt")
    assert result.codes() == ["TM004"]
    assert result.texts() == ["this week"]
    assert "3 more relative dates" in result.messages()[0]


def test_seed_004_with_a_publication_date_resolves_on_monday(seeds):
    result = _lint_seed("004_3b6c274a9cc7ef6e.txt", date="2025-06-18")
    messages = result.messages()
    assert "TM004" not in result.codes()
    assert any(m.startswith("'on Monday' is 2025-06-16") for m in messages)
    # "May 16 and June 2" are told in the past tense: no stale future
    assert "TM002" not in result.codes()


def test_other_seeds_have_no_date_findings(seeds):
    for path in seeds:
        if path.name not in ("000_03801488d0c7a4ec.txt", "004_3b6c274a9cc7ef6e.txt"):
            assert _lint_seed(path.name).diagnostics == [], path.name
