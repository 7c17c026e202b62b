"""A relative date ("on Monday", "next week", "yesterday"), resolved against the publication date.

Why:
    Wire style names the weekday for events within a week of publication, so "on Monday" is right
    in a dated story; but a reader who comes to it later, or an editor checking the facts, must work
    out which Monday. The message does it for them, so a wrong day stands out.

Bad:
    ---
    date: 2025-06-18
    ---
    The Kremlin said on Monday that talks would resume.
Good:
    ---
    date: 2025-06-18
    ---
    The Kremlin said on June 16 that talks would resume.

Options:
    (none)

Notes:
    Runs only when the publication date is known (front matter, HTML metadata, a dateline or
    ``check --date``); without one, TM004 reports relative dates once per article. Read: a weekday
    after "on", "last", "next", "this", "by", "until", "since" and similar ("Sunday Times" and
    "Good Friday" are names), "yesterday", "tomorrow", "last night", and "last/this/next week or
    month". A bare weekday means the nearest one in the direction of the clause's tense: past
    unless the nearest tense marker before it (or, with none, after it) looks ahead ("will",
    "is set to", "is due to", …). Direct quotations are left
    alone: the speaker's "next week" counts from the day they spoke. Severity info, and opt-in
    (select TM003 by its code or name): wire style rightly uses weekdays, so this is a checking
    aid for the desk, not a slip to report in every dated story.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from copydesk import Context, Diagnostic, Scope, TextUnit, rule, rx
from copydesk.quotes import quotations
from copydesk.rules.dates import WEEKDAYS, RelativeDate, publication, relative_dates

_FUTURE = rx.compile(r"\b(?:will|won['’]t|shall|(?:is|are)\s+(?:set|scheduled|due|expected|slated|going)"
                     r"\s+to|(?:is|are)\s+to|plans?\s+to|intends?\s+to|upcoming|forthcoming)\b",
                     re.IGNORECASE)
# Past-tense verbs; a participle after "be" ("to be published") is not one.
_PAST = rx.compile(r"\b(?<!\bbe )(?<!\bbeen )(?<!\bbeing )(?:said|says|told|was|were|had|did|met|went|came|"
                   r"took|gave|made|left|began|won|lost|saw|held|[a-z]{2,}ed)\b", re.IGNORECASE)


def clause_is_future(text: str, at: int) -> bool:
    """Whether the verb governing ``text[at:]`` looks ahead: the nearest tense marker before it,
    or failing one, the nearest after it."""
    markers = sorted([(m.start(), m.end(), True) for m in _FUTURE.finditer(text)]
                     + [(m.start(), m.end(), False) for m in _PAST.finditer(text)])
    before = [m for m in markers if m[1] <= at]
    if before:
        return max(before, key=lambda m: m[1])[2]
    after = [m for m in markers if m[0] >= at]
    return bool(after) and after[0][2]


def describe(relative: RelativeDate, text: str, published: dt.date) -> str:
    first, last = relative.resolve(published, clause_is_future(text, relative.start))
    if first == last:
        when = f"{first.isoformat()} ({WEEKDAYS[first.weekday()]})"
    else:
        when = f"{first.isoformat()} to {last.isoformat()}"
    return (f"'{relative.text}' is {when}, counting from the publication date "
            f"{published.isoformat()}: check it, or write the date")


@rule(code="TM003", name="relative-date", scope=Scope.SENTENCE, severity="info", default_enabled=False)
def check(unit: TextUnit, ctx: Context) -> Iterator[Diagnostic]:
    found = list(relative_dates(unit.text))
    if not found:
        return
    published = publication(ctx.document).date
    if published is None:
        return
    quoted = quotations(unit.text)
    for relative in found:
        if not quoted.overlaps(relative.start, relative.end):
            yield ctx.report(unit.source_span(relative.start, relative.end),
                             describe(relative, unit.text, published))
