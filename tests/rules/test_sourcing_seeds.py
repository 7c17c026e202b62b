"""Acceptance on the shared seed articles: the unsourced claims are flagged, the named sources are not."""

from __future__ import annotations

from pathlib import Path

import pytest

from copydesk.source import read_source
from copydesk.testing import lint

SEEDS = Path(__file__).parents[2].parent / "shared" / "seeds"


def _lint_seed(name: str):
    path = SEEDS / name
    if not path.is_file():
        pytest.skip("the shared seeds are not checked out next to the repository")
    source = read_source(str(path), path.read_bytes())
    return source.text, lint(source.text, select="SC", path=path.name)


def _flagged_sentences(name: str) -> list[tuple[str, str]]:
    """(code, the source line around each finding) for a seed."""
    text, result = _lint_seed(name)
    found = []
    for d in result.diagnostics:
        start = text.rfind("\n", 0, d.span.start) + 1
        end = text.find("\n", d.span.end)
        found.append((d.code, text[start:end if end >= 0 else len(text)]))
    return found


@pytest.mark.parametrize(("seed", "claim", "code"), [
    ("001_c71a66b30bf68585.txt", "Analysts note that by emphasizing dialogue", "SC001"),
    ("002_c27ea95cfef71281.txt", "Sources in Moscow and Kyiv confirmed", "SC002"),
    ("003_5a6cc9a78910d5ff.txt", "Washington has reportedly set a deadline", "SC004"),
    ("003_5a6cc9a78910d5ff.txt", "Analysts note that while both Russia and Ukraine", "SC001"),
    ("004_3b6c274a9cc7ef6e.txt", "viewed as tentative yet constructive by analysts", "SC001"),
])
def test_unsourced_claims_are_flagged(seed, claim, code):
    assert any(c == code and claim in line for c, line in _flagged_sentences(seed))


@pytest.mark.parametrize(("seed", "phrase"), [
    ("000_03801488d0c7a4ec.txt", "Kremlin spokesman Dmitry Peskov announced"),
    ("000_03801488d0c7a4ec.txt", "There is an agreement that it will take place next week"),
    ("004_3b6c274a9cc7ef6e.txt", "as reported by Anadolu Agency"),
    ("004_3b6c274a9cc7ef6e.txt", "Peskov noted"),
    ("004_3b6c274a9cc7ef6e.txt", "Negotiation has always been on the table"),
    ("002_c27ea95cfef71281.txt", "difficult but professional and serious"),
])
def test_named_sources_and_their_quotes_are_not_flagged(seed, phrase):
    text, result = _lint_seed(seed)
    at = text.index(phrase)
    assert not [d for d in result.diagnostics if d.span.start < at + len(phrase) and at < d.span.end]
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    warnings = [d for d in result.diagnostics if line_start <= d.span.start < line_end and d.code in
                ("SC001", "SC003", "SC004", "SC005", "SC006", "SC008")]
    assert not warnings, [text[d.span.start:d.span.end] for d in warnings]


def test_seed_findings_are_few():
    for seed in ("000_03801488d0c7a4ec.txt", "001_c71a66b30bf68585.txt", "002_c27ea95cfef71281.txt",
                 "003_5a6cc9a78910d5ff.txt", "004_3b6c274a9cc7ef6e.txt"):
        _, result = _lint_seed(seed)
        assert len(result.diagnostics) <= 3, (seed, result.texts())
