"""Acceptance on the shared seed articles: the typography slips named in the issue are flagged TY,
and every other TY finding in the seeds is one of the real slips listed here."""

from __future__ import annotations

from pathlib import Path

import pytest

from copydesk.source import read_source
from copydesk.testing import lint

SEEDS = Path(__file__).parents[2].parent / "shared" / "seeds"
SEED_000 = SEEDS / "000_03801488d0c7a4ec.txt"


def _lint_seed(name: str):
    path = SEEDS / name
    source = read_source(str(path), path.read_bytes())
    return lint(source.text, select="TY", path=path.name)


@pytest.fixture(scope="module", autouse=True)
def seeds() -> None:
    if not SEED_000.is_file():
        pytest.skip("the shared seeds are not checked out next to the repository")


def _found(name: str) -> list[tuple[str, str]]:
    result = _lint_seed(name)
    return [(d.code, text) for d, text in zip(result.diagnostics, result.texts(), strict=True)]


def test_seed_000_curly_apostrophe_beside_straight_ones():
    assert _found("000_03801488d0c7a4ec.txt") == [("TY001", "Russia’s"), ("TY008", "\n\n")]


def test_seed_001_hyphen_as_dash():
    found = _found("001_c71a66b30bf68585.txt")
    assert found == [("TY004", "sovereignty-particularly"), ("TY008", "")]
    result = _lint_seed("001_c71a66b30bf68585.txt")
    assert "sovereignty – particularly" in result.fixed(unsafe=True)  # the article's own dash style


def test_seed_001_compounds_are_not_dashes():
    text = _lint_seed("001_c71a66b30bf68585.txt").source.text
    for compound in ("third-party", "long-term", "de-escalate", "re-engage", "confidence-building"):
        assert compound in text
    assert [code for code, _ in _found("001_c71a66b30bf68585.txt")].count("TY004") == 1


def test_seed_002_mixed_quotes_and_apostrophes_follow_the_majority():
    found = _found("002_c27ea95cfef71281.txt")
    assert found[:4] == [("TY001", "“difficult but professional and serious,”"),
                         ("TY001", "“in the near future.”"), ("TY001", "“difficult”"), ("TY001", "Ukraine’s")]
    assert found[4:] == [("TY008", "\n\n")]
    fixed = _lint_seed("002_c27ea95cfef71281.txt").fixed()
    assert not any(mark in fixed for mark in "“”’")


def test_seed_003_leading_blank_line_and_missing_newline():
    assert _found("003_5a6cc9a78910d5ff.txt") == [("TY008", "\n"), ("TY008", "")]


def test_seed_004_indentation_leftover():
    result = _lint_seed("004_3b6c274a9cc7ef6e.txt")
    assert result.codes() == ["TY009", "TY008"]
    fixed = result.fixed()
    assert not any(line.startswith(" ") for line in fixed.splitlines())
    assert fixed.endswith("Follow\n")
