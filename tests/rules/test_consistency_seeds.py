"""Acceptance on the shared seed articles for CN: seed 001 mixes -ise and -ize; nothing else is flagged."""

from __future__ import annotations

from pathlib import Path

import pytest

from copydesk.source import read_source
from copydesk.testing import lint

SEEDS = Path(__file__).parents[2].parent / "shared" / "seeds"
SEED_001 = SEEDS / "001_c71a66b30bf68585.txt"


def _lint_seed(path: Path):
    source = read_source(str(path), path.read_bytes())
    return lint(source.text, select="CN", path=path.name)


@pytest.fixture(scope="module")
def seeds() -> list[Path]:
    if not SEED_001.is_file():
        pytest.skip("the shared seeds are not checked out next to the repository")
    return sorted(SEEDS.glob("*.txt"))


def test_seed_001_prioritise_beside_organizations(seeds):
    result = _lint_seed(SEED_001)
    assert result.codes() == ["CN002"]
    assert result.texts() == ["prioritise"]
    assert "American spelling" in result.messages()[0]


def test_seed_003_zelenskiy_alone_is_not_flagged(seeds):
    path = SEEDS / "003_5a6cc9a78910d5ff.txt"
    assert "Zelenskiy" in path.read_text(encoding="utf-8")
    assert _lint_seed(path).diagnostics == []


def test_other_seeds_are_consistent(seeds):
    for path in seeds:
        if path != SEED_001:
            assert _lint_seed(path).diagnostics == [], path.name
