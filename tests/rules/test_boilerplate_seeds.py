"""Acceptance on the shared seed articles: seed 004's page furniture is flagged, nothing else is."""

from __future__ import annotations

from pathlib import Path

import pytest

from copydesk.source import read_source
from copydesk.testing import lint

SEEDS = Path(__file__).parents[2].parent / "shared" / "seeds"
SEED_004 = SEEDS / "004_3b6c274a9cc7ef6e.txt"


def _lint_seed(path: Path):
    source = read_source(str(path), path.read_bytes())
    return lint(source.text, select="BP", path=path.name)


@pytest.fixture(scope="module")
def seeds() -> list[Path]:
    if not SEED_004.is_file():
        pytest.skip("the shared seeds are not checked out next to the repository")
    return sorted(SEEDS.glob("*.txt"))


def test_seed_004_furniture_is_flagged(seeds):
    result = _lint_seed(SEED_004)
    assert result.texts() == ["Summary is AI generated, newsroom reviewed.", "Google News Icon",
                              "Follow us on Google News", "Get the latest crypto insights and updates.",
                              "Follow"]
    assert result.codes() == ["BP008", "BP007", "BP001", "BP001", "BP001"]


def test_seed_004_fix_removes_only_those_lines(seeds):
    result = _lint_seed(SEED_004)
    fixed = result.fixed()
    for line in result.texts():
        assert line not in fixed.splitlines() and f"    {line}" not in fixed.splitlines()
    assert "Quick Take" in fixed and fixed.rstrip().endswith("deeply fractured landscape.")
    assert len(result.source.text) - len(fixed) < 200


def test_other_seeds_are_clean(seeds):
    for path in seeds:
        if path != SEED_004:
            assert _lint_seed(path).diagnostics == [], path.name
