"""Acceptance on the shared seed articles: the stock phrasing of seed 001 is flagged, no seed has a
chatbot leftover."""

from __future__ import annotations

from pathlib import Path

import pytest

from copydesk.model import Severity
from copydesk.source import read_source
from copydesk.testing import lint

SEEDS = Path(__file__).parents[2].parent / "shared" / "seeds"
SEED_001 = SEEDS / "001_c71a66b30bf68585.txt"


def _lint_seed(path: Path):
    source = read_source(str(path), path.read_bytes())
    return lint(source.text, select="AI", path=path.name)


@pytest.fixture(scope="module")
def seeds() -> list[Path]:
    if not SEED_001.is_file():
        pytest.skip("the shared seeds are not checked out next to the repository")
    return sorted(SEEDS.glob("*.txt"))


def test_seed_001_stock_phrases_are_flagged_and_cluster(seeds):
    result = _lint_seed(SEED_001)
    texts = result.texts()
    for phrase in ("chart a new course", "paving the way", "pave the way"):
        assert phrase in texts
    assert texts.count("conducive to") == 2
    assert set(result.codes()) == {"AI007"}
    assert {d.severity for d in result.diagnostics} == {Severity.WARNING}


def test_no_seed_has_a_chatbot_leftover(seeds):
    for path in seeds:
        result = _lint_seed(path)
        assert [d for d in result.diagnostics if d.severity is Severity.ERROR] == [], path.name


def test_a_lone_underscores_stays_info(seeds):
    result = _lint_seed(SEEDS / "004_3b6c274a9cc7ef6e.txt")
    assert result.texts() == ["underscores"]
    assert [d.severity for d in result.diagnostics] == [Severity.INFO]
