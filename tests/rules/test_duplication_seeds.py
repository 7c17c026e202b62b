"""DU acceptance on the shared seed articles (../shared/seeds): only seed 004's copies are flagged."""

from __future__ import annotations

from pathlib import Path

import pytest

from copydesk.testing import lint

SEEDS = Path(__file__).parents[2].parent / "shared" / "seeds"
SEED_004 = "004_3b6c274a9cc7ef6e.txt"


def _seeds() -> list[Path]:
    if not SEEDS.is_dir():
        pytest.skip(f"no seed articles at {SEEDS}")
    return sorted(SEEDS.glob("*.txt"))


def _lint(path: Path):
    return lint(path.read_text(encoding="utf-8"), select="DU", path=path.name)


def test_seed_004_repeated_byline_and_headline():
    path = next(p for p in _seeds() if p.name == SEED_004)
    headline = path.read_text(encoding="utf-8").splitlines()[0].strip()
    result = _lint(path)
    assert [(line, code) for line, _, code in result.positions()] == [(7, "DU002"), (11, "DU001")]
    assert result.texts() == ["Hanan Zuhry", headline]
    assert "(first on line 5)" in result.messages()[0]
    assert "(first on line 1)" in result.messages()[1]
    fixed = result.fixed().splitlines()
    assert fixed.count("    Hanan Zuhry") == 1
    assert sum(line.strip() == headline for line in fixed) == 1


def test_other_seeds_have_no_duplication():
    for path in _seeds():
        if path.name != SEED_004:
            assert _lint(path).diagnostics == [], path.name
