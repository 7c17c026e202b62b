"""RD002 long-sentence."""

from __future__ import annotations

from copydesk.testing import lint

FORTY = "This " + " ".join(["word"] * 38) + " end."


def test_counts_words_and_points_at_the_sentence():
    result = lint(f"Short one.\n\nIntro. {FORTY}\n", select="RD002", path="a.txt")
    assert result.positions() == [(3, 8, "RD002")]
    assert result.messages() == ["sentence of 40 words (limit 35): split it"]
    assert result.texts() == [FORTY]


def test_limit_is_an_option():
    rules = {"long-sentence": {"max_words": 40}}
    assert lint(FORTY, select="RD002", rules=rules, path="a.txt").codes() == []
    assert lint(FORTY, select="RD002", path="a.txt").codes() == ["RD002"]


def test_quoted_words_do_not_count():
    quote = " ".join(["word"] * 38)
    assert lint(f'"{quote}," she said.', select="RD002", path="a.txt").codes() == []
    assert lint(f"{quote}, she said.", select="RD002", path="a.txt").codes() == ["RD002"]


def test_list_items_count_headings_and_block_quotes_do_not():
    text = f"# {FORTY}\n\n- {FORTY}\n\n> {FORTY}\n"
    assert lint(text, select="RD002", path="a.md").positions() == [(3, 3, "RD002")]


def test_compounds_and_abbreviations_are_one_word():
    sentence = " ".join(["long-term U.S. 3.5"] * 12) + "."
    assert lint(sentence, select="RD002", path="a.txt").codes() == ["RD002"]  # 36 words
    assert lint(" ".join(["long-term U.S. 3.5"] * 11) + ".", select="RD002", path="a.txt").codes() == []
