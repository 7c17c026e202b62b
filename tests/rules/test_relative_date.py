"""TM003 relative-date: relative days resolved against the publication date."""

from __future__ import annotations

from copydesk.testing import lint

FRONT = "---\ndate: 2025-06-18\n---\n"  # a Wednesday


def _lint(body: str):
    return lint(FRONT + body, select="TM003", path="a.md")


def test_resolves_past_weekday():
    result = _lint("The Kremlin said on Monday that talks would resume.\n")
    assert result.positions() == [(4, 18, "TM003")]
    assert result.messages() == ["'on Monday' is 2025-06-16 (Monday), counting from the publication date "
                                 "2025-06-18: check it, or write the date"]


def test_future_clause_looks_ahead():
    result = _lint("The delegations will meet on Monday. Mr Peskov, who will speak on Friday, said so.\n")
    assert [m.split(",")[0] for m in result.messages()] == ["'on Monday' is 2025-06-23 (Monday)",
                                                            "'on Friday' is 2025-06-20 (Friday)"]


def test_same_weekday_is_the_publication_day():
    assert _lint("Talks resumed on Wednesday.\n").messages()[0].startswith("'on Wednesday' is 2025-06-18")


def test_last_next_yesterday_tomorrow():
    text = "He left last Wednesday. She returns next Wednesday. Yesterday it rained. It clears tomorrow.\n"
    resolved = [m.split(" (")[0].split(",")[0] for m in _lint(text).messages()]
    assert resolved == ["'last Wednesday' is 2025-06-11", "'next Wednesday' is 2025-06-25",
                        "'Yesterday' is 2025-06-17", "'tomorrow' is 2025-06-19"]


def test_weeks_and_months_are_ranges():
    text = "Talks resume next week. Prices rose last month. Sales are up this week.\n"
    resolved = [m.split(",")[0] for m in _lint(text).messages()]
    assert resolved == ["'next week' is 2025-06-23 to 2025-06-29", "'last month' is 2025-05-01 to 2025-05-31",
                        "'this week' is 2025-06-16 to 2025-06-22"]


def test_names_written_dates_and_quotations_pass():
    text = ('The Sunday Times reported it. Good Friday passed. It opened on Monday, June 16, 2025. '
            '"We will meet next week," he said. Tomorrow\'s leaders gathered.\n')
    assert _lint(text).codes() == []


def test_nothing_without_a_publication_date():
    assert lint("The Kremlin said on Monday that talks would resume.\n", select="TM003").codes() == []


def test_dateline_gives_the_date():
    text = "June 18, 2025 (Reuters) - The Kremlin said on Monday that talks would resume.\n"
    assert lint(text, select="TM003").messages()[0].startswith("'on Monday' is 2025-06-16")


def test_opt_in():
    text = "---\ndate: 2025-06-18\n---\nThe Kremlin said on Monday that talks would resume.\n"
    assert lint(text, select="TM", path="a.md").codes() == []
    assert lint(text, select="relative-date", path="a.md").codes() == ["TM003"]
