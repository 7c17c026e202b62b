"""A future-tense statement about a date that had already passed when the article was published.

Why:
    "The talks will be held on June 2" in a story published on June 18 is stale copy: text written
    before the event and published after it. Readers are left wondering whether it happened.

Bad:
    ---
    date: 2025-06-18
    ---
    The talks will be held in Istanbul on June 2.
Good:
    ---
    date: 2025-06-18
    ---
    The talks were held in Istanbul on June 2.

Options:
    max_words: the most words between the future-tense verb and the date (default 12).

Notes:
    Runs only when the publication date is known (front matter, HTML metadata, a dateline or
    ``check --date``). Future markers: "will", "shall", "is set to", "is scheduled to", "is due to",
    "is expected to", "plans to", "upcoming". Only the first date after the marker counts, and not
    after "since", "after" or a clause break; direct quotations are left alone (a speaker said it
    then). A date without a year takes the year nearest the publication date, and counts only
    when that puts it at most 60 days before publication ("will open on 11 December" in March
    may well mean next December).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from copydesk import Context, Diagnostic, Options, Scope, TextUnit, rule, rx
from copydesk.quotes import quotations
from copydesk.rules.dates import date_mentions, may_name_dates, month_mentions, publication

_FUTURE = rx.compile(r"\b(?:will|shall|(?:is|are)\s+(?:set|scheduled|due|expected|slated|going)\s+to|"
                     r"(?:plans?|intends?)\s+to|upcoming|forthcoming)\b", re.IGNORECASE)
# A new clause, or a preposition that points back in time, between the verb and the date.
_BREAK = rx.compile(r"[;:()—–]|\b(?:which|who|since|after|following|when|while|but|than|because|as of)\b",
                    re.IGNORECASE)


# A date without a year may mean next year's: only a recent one is taken as passed.
YEARLESS_DAYS = 60


@dataclass(frozen=True)
class FutureOptions(Options):
    """TM002's options, described in the module's docstring."""

    max_words: int = 12


@rule(code="TM002", name="future-tense-past-date", scope=Scope.SENTENCE, options=FutureOptions)
def check(unit: TextUnit, ctx: Context[FutureOptions]) -> Iterator[Diagnostic]:
    published = publication(ctx.document).date  # worked out once per document
    if published is None:
        return
    text = unit.text
    if not may_name_dates(text):
        return  # no date for a future-tense verb to look ahead to
    markers = list(_FUTURE.finditer(text))
    if not markers:
        return
    quoted = quotations(text)
    dates = []
    for m in date_mentions(text):
        day = m.resolve(published)
        if m.year is None and day is not None and (published - day).days > YEARLESS_DAYS:
            day = None
        dates.append((m.start, m.end, m.text.rstrip(" ,."), day, day))
    for start, end, written, year, month in month_mentions(text):
        first = dt.date(year, month, 1)
        last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1))
        dates.append((start, end, written, first, last))
    dates.sort()
    for marker in markers:
        if marker.start() in quoted:
            continue
        following = next((d for d in dates if d[0] >= marker.end()), None)
        if following is None:
            continue
        start, end, written, _first, last = following
        between = text[marker.end():start]
        if last is None or len(between.split()) > ctx.options.max_words or _BREAK.search(between) or (
                quoted.overlaps(start, end)):
            continue
        if last < published:
            yield ctx.report(unit.source_span(marker.start(), start + len(written)),
                             f"'{marker[0]}' looks ahead to '{written}', which had passed when the article "
                             f"was published ({published.isoformat()}): update the tense or the date")
