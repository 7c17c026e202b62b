"""RD005 long-lede."""

from __future__ import annotations

from copydesk.testing import lint

LONG = " ".join(["word"] * 44) + "."


def test_first_sentence_paragraph_is_the_lede():
    result = lint(f"Headline here\n\nBy Jane Smith\n\n{LONG}\n\n{LONG}\n", select="RD005", path="a.txt")
    assert result.positions() == [(5, 1, "RD005")]
    assert result.messages()[0].startswith("lede of 44 words (limit 40)")


def test_only_the_lede_counts():
    assert lint(f"Headline\n\nShort lede.\n\n{LONG}\n", select="RD005", path="a.txt").codes() == []


def test_dateline_does_not_count():
    lede = "LONDON (Reuters) - " + " ".join(["word"] * 39) + "."
    assert lint(lede, select="RD005", path="a.txt").codes() == []
    assert lint("London Reuters " + lede[19:], select="RD005", path="a.txt").codes() == ["RD005"]


def test_limit_option_and_markdown():
    rules = {"long-lede": {"max_words": 50}}
    assert lint(LONG, select="RD005", rules=rules, path="a.txt").codes() == []
    result = lint(f"# Title\n\n## Sub\n\n{LONG}\n", select="RD005", path="a.md")
    assert result.positions() == [(5, 1, "RD005")]
