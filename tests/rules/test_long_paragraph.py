"""RD004 long-paragraph."""

from __future__ import annotations

from copydesk.testing import lint

SEVEN = " ".join(f"Sentence number {n} is here." for n in range(7))


def test_too_many_sentences():
    result = lint(f"Headline\n\n{SEVEN}\n", select="RD004", path="a.txt")
    assert result.positions() == [(3, 1, "RD004")]
    assert result.messages() == ["paragraph of 7 sentences and 35 words (limit 6 sentences, 150 words): "
                                 "break it up"]


def test_too_many_words():
    text = " ".join(["word"] * 151) + "."
    assert lint(text, select="RD004", path="a.txt").codes() == ["RD004"]


def test_words_one_character_apart_are_counted():
    # The densest text there is: a paragraph of n characters holds at most (n + 1) // 2 words.
    assert lint(" ".join("a" * 151), select="RD004", path="a.txt").messages() == [
        "paragraph of 1 sentences and 151 words (limit 6 sentences, 150 words): break it up"]
    assert lint(" ".join("a" * 150), select="RD004", path="a.txt").codes() == []
    assert lint("-".join("a" * 151), select="RD004", path="a.txt").codes() == []  # one word


def test_options():
    rules = {"long-paragraph": {"max_sentences": 7}}
    assert lint(SEVEN, select="RD004", rules=rules, path="a.txt").codes() == []


def test_lists_and_block_quotes_are_not_paragraphs():
    assert lint(f"- {SEVEN}\n\n> {SEVEN}\n", select="RD004", path="a.md").codes() == []
