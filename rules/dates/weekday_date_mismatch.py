"""A weekday that does not fall on the date it stands next to.

Why:
    "Monday, June 3, 2025" when June 3, 2025 was a Tuesday: one of the two is wrong, and readers
    (and the people named) will notice. It happens when a date is changed and its weekday is not.

Bad:
    The talks open on Monday, June 3, 2025, in Istanbul.
Good:
    The talks open on Tuesday, June 3, 2025, in Istanbul.

Options:
    (none)

Notes:
    Dates read: "Monday, June 3, 2025", "Monday 3 June 2025", "Monday, the 3rd of June". A date
    without a year takes the year that puts it nearest the publication date (front matter, HTML
    metadata, a dateline or ``check --date``); with neither a year nor a publication date it is not
    checked. No fix: only the editor knows whether the weekday or the date is wrong.
"""

from __future__ import annotations

from collections.abc import Iterator

from copydesk import Context, Diagnostic, Scope, TextUnit, rule
from copydesk.rules.dates import WEEKDAYS, date_mentions, may_name_weekday_dates, publication


@rule(code="TM001", name="weekday-date-mismatch", scope=Scope.TEXT)
def check(unit: TextUnit, ctx: Context) -> Iterator[Diagnostic]:
    if not may_name_weekday_dates(ctx.document):
        return
    published = None
    for mention in date_mentions(unit.text):
        if mention.weekday is None:
            continue
        if mention.year is None and published is None:
            published = publication(ctx.document).date
        date = mention.resolve(published)
        if date is None or date.weekday() == mention.weekday:
            continue
        written = mention.text.rstrip(" ,.")
        year = "" if mention.year is not None else f" (taking the year {date.year} from the publication date)"
        yield ctx.report(unit.source_span(mention.start, mention.start + len(written)),
                         f"'{written}': {date:%B} {date.day}, {date.year} is a {WEEKDAYS[date.weekday()]}"
                         f"{year}, not a {WEEKDAYS[mention.weekday]}: correct the weekday or the date")
