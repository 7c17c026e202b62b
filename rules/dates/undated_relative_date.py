"""Relative dates ("next week", "on Monday") in an article that gives no date to count from.

Why:
    "Talks will be held next week" means nothing to a reader who finds the article a month later,
    or in an archive, when neither the page nor the text says when it was written. Either the
    article carries a date (a dateline, or a publication date in its metadata) or the text names
    the day.

Bad:
    Talks between the two delegations will be held next week.
Good:
    June 9, 2025 (Reuters) - Talks between the two delegations will be held next week.

Options:
    (none)

Notes:
    Reported once per article, at the first relative date, with the count of the others. The
    publication date comes from front matter, HTML metadata, a "Published …" line, a dateline at
    the top ("June 9 (Reuters) -", "Monday, 16 June 2025") or ``check --date``. Relative years
    ("last year") are not counted: the year an article was written is rarely in doubt, and a
    reader is rarely misled by a year. Direct quotations count, since the reader cannot date them
    either. Severity info.
"""

from __future__ import annotations

from collections.abc import Iterator

from copydesk import Context, Diagnostic, Document, Scope, rule
from copydesk.document import SENTENCE_KINDS
from copydesk.rules.dates import may_hold_relative_dates, publication, relative_dates


@rule(code="TM004", name="undated-relative-date", scope=Scope.DOCUMENT, severity="info")
def check(document: Document, ctx: Context) -> Iterator[Diagnostic]:
    if publication(document).dated:  # (worked out once per document, and TM002 needs it anyway)
        return
    blocks = [b for b in document.blocks_of(SENTENCE_KINDS) if may_hold_relative_dates(b.unit.text)]
    found = [(sentence, r) for block in blocks for sentence in block.sentences
             for r in relative_dates(sentence.text)]
    if not found:
        return
    sentence, first = found[0]
    others = len(found) - 1
    more = f" ({others} more relative date{'s' if others > 1 else ''} in the article)" if others else ""
    yield ctx.report(sentence.source_span(first.start, first.end),
                     f"'{first.text}' cannot be dated: the article has no publication date or dateline"
                     f"{more}; add one (or use --date), or write the date")
