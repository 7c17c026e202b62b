"""TM001 weekday-date-mismatch: a weekday that does not fall on its date."""

from __future__ import annotations

from copydesk.testing import lint

FRONT = "---\ndate: 2025-06-18\n---\n"


def test_flags_month_first_date_with_year():
    result = lint("Talks open on Monday, June 3, 2025, in Istanbul.\n", select="TM001")
    assert result.positions() == [(1, 15, "TM001")]
    assert result.texts() == ["Monday, June 3, 2025"]
    assert result.messages() == ["'Monday, June 3, 2025': June 3, 2025 is a Tuesday, not a Monday: "
                                 "correct the weekday or the date"]


def test_flags_day_first_and_ordinal_dates():
    text = "Voting ends on Friday 3 June 2025. The count is on Sunday, the 5th of June 2025.\n"
    result = lint(text, select="TM001")
    assert result.texts() == ["Friday 3 June 2025", "Sunday, the 5th of June 2025"]


def test_matching_weekdays_pass():
    text = "Talks open on Tuesday, June 3, 2025. Voting ends on Thursday 5 June 2025.\n"
    assert lint(text, select="TM001").codes() == []


def test_date_without_year_needs_a_publication_date():
    text = "Talks open on Monday, June 3.\n"
    assert lint(text, select="TM001").codes() == []
    result = lint(FRONT + text, select="TM001", path="a.md")
    assert result.positions() == [(4, 15, "TM001")]
    assert "taking the year 2025 from the publication date" in result.messages()[0]


def test_year_inferred_across_new_year():
    # Published 2 January 2026: "Wednesday, December 31" is 2025's, which was a Wednesday.
    text = "---\ndate: 2026-01-02\n---\nThe office closed on Wednesday, December 31.\n"
    assert lint(text, select="TM001", path="a.md").codes() == []
    assert lint(text.replace("Wednesday", "Thursday"), select="TM001", path="a.md").codes() == ["TM001"]


def test_date_from_the_command_line():
    assert lint("Talks open on Monday, June 3.\n", select="TM001", date="2025-06-18").codes() == ["TM001"]


def test_modal_may_and_names_are_not_dates():
    text = "Ministers may 5 times a year meet on Sunday. The Sunday Times of 3 June 2025 said so.\n"
    assert lint(text, select="TM001").codes() == []


def test_headings_and_markdown():
    text = "# Vote on Monday, June 3, 2025\n\nThe vote is on `Monday, June 3, 2025`.\n"
    result = lint(text, select="TM001", path="a.md")
    assert result.positions() == [(1, 11, "TM001")]  # not the inline code


def test_html_metadata_date():
    html = ('<html><head><meta property="article:published_time" content="2025-06-18"></head>'
            "<body><article><p>Talks open on Monday, June 3.</p></article></body></html>")
    assert lint(html, select="TM001", path="a.html").texts() == ["Monday, June 3"]


def test_weekday_closed_up_to_its_date():
    # a comma with no space after the weekday still joins it to the date
    assert lint("Talks open on Monday,June 3, 2025, in Istanbul.\n", select="TM001").texts() == [
        "Monday,June 3, 2025"]
