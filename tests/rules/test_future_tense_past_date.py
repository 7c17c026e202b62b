"""TM002 future-tense-past-date: "will" about a date before the publication date."""

from __future__ import annotations

from copydesk.testing import lint

FRONT = "---\ndate: 2025-06-18\n---\n"


def _lint(body: str, **kwargs):
    return lint(FRONT + body, select="TM002", path="a.md", **kwargs)


def test_flags_will_with_past_date():
    result = _lint("The talks will be held in Istanbul on June 2.\n")
    assert result.positions() == [(4, 11, "TM002")]
    assert result.texts() == ["will be held in Istanbul on June 2"]
    assert result.messages() == ["'will' looks ahead to 'June 2', which had passed when the article was "
                                 "published (2025-06-18): update the tense or the date"]


def test_other_future_markers_and_explicit_years():
    text = "The firm is set to report on 2 June 2025. The law is due to take effect in March 2025.\n"
    assert _lint(text).texts() == ["is set to report on 2 June 2025", "is due to take effect in March 2025"]


def test_future_dates_and_past_tense_pass():
    text = ("The talks will be held on June 25. The talks were held on June 2. "
            "The rule will apply from 1 July 2025.\n")
    assert _lint(text).codes() == []


def test_yearless_date_long_before_publication_may_mean_next_year():
    assert _lint("The festival will open on 11 December.\n").codes() == []


def test_date_after_a_clause_break_or_since():
    text = ("The talks, which began on June 2, will go on. Prices will stay high since June 2. "
            "It will meet; June 2 was busy.\n")
    assert _lint(text).codes() == []


def test_direct_quotation_is_left_alone():
    assert _lint('He said in May: "We will meet on June 2."\n').codes() == []


def test_max_words_option():
    text = "The committee will, after long and difficult consultations with many parties, decide on June 2.\n"
    assert _lint(text).codes() == []  # the comma is a clause break
    text = "The committee will meet many people from all over the region and the country on June 2.\n"
    assert _lint(text).codes() == ["TM002"]
    rules = {"future-tense-past-date": {"max_words": 5}}
    assert _lint(text, rules=rules).codes() == []


def test_needs_a_publication_date():
    text = "The talks will be held on June 2.\n"
    assert lint(text, select="TM002").codes() == []
    assert lint(text, select="TM002", date="2025-06-18").codes() == ["TM002"]
