"""RD003 hard-sentence."""

from __future__ import annotations

from copydesk.readability import grade
from copydesk.testing import lint

HARD = ("Institutional stakeholders characterised the unprecedented regulatory intervention as "
        "fundamentally destabilising for international capitalisation.")
PLAIN = "Big investors said the new rules would shake the market and hurt small firms."


def test_grades_the_sentence_with_textstat():
    result = lint(f"{PLAIN} {HARD}", select="RD003", path="a.txt")
    assert result.texts() == [HARD]
    assert result.messages() == [f"sentence reads at grade {grade(HARD):.1f} (limit 18): use shorter, "
                                 "plainer words"]
    assert lint(PLAIN, select="RD003", path="a.txt").codes() == []


def test_short_and_long_sentences_are_left_to_other_rules():
    assert lint("Institutional stakeholders characterised interventions.", select="RD003",
                path="a.txt").codes() == []
    rules = {"hard-sentence": {"max_words": 12}}
    assert lint(HARD, select="RD003", rules=rules, path="a.txt").codes() == []


def test_quotations_are_not_graded():
    assert lint(f'"{HARD[:-1]}," the minister told reporters on Monday.', select="RD003",
                path="a.txt").codes() == []


def test_the_bound_that_spares_counting_sentences_holds():
    from copydesk.readability import flesch, grade_at_most

    texts = (HARD, PLAIN, f"{HARD} {PLAIN}", "U.S. officials met. They agreed. Fine.", "", "--", "A b. C d.")
    for text in texts:
        assert grade_at_most(text) >= grade(text), text
        if flesch(text).sentences == 1:
            assert grade_at_most(text) == grade(text), text
