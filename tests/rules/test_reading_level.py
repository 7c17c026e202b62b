"""RD001 reading-level."""

from __future__ import annotations

from copydesk.readability import scores
from copydesk.testing import lint

HARD = ("Notwithstanding considerable institutional reluctance, the metropolitan administration's "
        "comprehensive modernisation programme necessitated unprecedented intergovernmental coordination. ")
EASY = "The cat sat on the mat. It was a warm day. The dog ran in the park. "


def test_reports_grade_and_target_at_the_headline():
    text = "# City plan\n\n" + HARD * 12
    result = lint(text, select="RD001", path="a.md")
    assert result.positions() == [(1, 3, "RD001")]
    assert result.texts() == ["City plan"]
    grade = scores((HARD * 12).strip()).flesch_kincaid_grade
    expected = f"reading grade {grade:.1f} (Flesch-Kincaid) is above the target of 10"
    assert result.messages()[0].startswith(expected)


def test_first_line_without_a_headline():
    result = lint((HARD * 12).strip() + "\n", select="RD001", path="a.md")
    assert result.positions() == [(1, 1, "RD001")]


def test_easy_text_and_short_text_pass():
    assert lint("Title\n\n" + EASY * 10, select="RD001", path="a.txt").codes() == []
    assert lint("Title\n\n" + HARD, select="RD001", path="a.txt").codes() == []  # under 100 words


def test_target_is_configurable():
    rules = {"reading-level": {"max_grade": 45}}
    assert lint("Title\n\n" + HARD * 12, select="RD001", rules=rules, path="a.txt").codes() == []
