"""TM004 undated-relative-date: relative dates in an article with no date, once per article."""

from __future__ import annotations

from copydesk.testing import lint


def test_reported_once_at_the_first_relative_date():
    text = "Peace talks\n\nTalks will be held next week, officials said on Monday. More on Friday.\n"
    result = lint(text, select="TM004")
    assert result.positions() == [(3, 20, "TM004")]
    assert result.messages() == ["'next week' cannot be dated: the article has no publication date or "
                                 "dateline (2 more relative dates in the article); add one (or use --date), "
                                 "or write the date"]


def test_counts_quotations_too():
    assert lint('"It will take place next week," he said.\n', select="TM004").texts() == ["next week"]


def test_no_relative_dates_no_finding():
    assert lint("Talks were held on June 2 in Istanbul. Last year was hard.\n", select="TM004").codes() == []


def test_any_date_silences_it():
    text = "Talks will be held next week.\n"
    assert lint("---\ndate: 2025-06-18\n---\n" + text, select="TM004", path="a.md").codes() == []
    assert lint(text, select="TM004", date="2025-06-18").codes() == []
    assert lint("Published: June 18, 2025\n\n" + text, select="TM004").codes() == []
    assert lint("LONDON, June 18 (Reuters) - " + text, select="TM004").codes() == []
    assert lint("Wednesday, 18 June 2025\n\n" + text, select="TM004").codes() == []


def test_a_date_inside_the_body_is_not_a_dateline():
    text = ("Peace talks\n\nThe war began in February 2022 and has gone on for more than three years, "
            "with no end in sight for the people of the region.\n\n"
            "June 18, 2025 - Talks will be held next week.\n")
    assert lint(text, select="TM004").codes() == ["TM004"]
