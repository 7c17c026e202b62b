"""A reporting hedge with nobody behind it: "reportedly", "allegedly", "purportedly".

Why:
    "Washington has reportedly set a deadline" passes on somebody's report without saying whose, so
    the reader cannot weigh it. Name the outlet, the document or the person who reported or alleged it.

Bad:
    Washington has reportedly set a deadline for progress.
Good:
    Washington has set a deadline for progress, Reuters reported, citing two US officials.
Good:
    He was charged with fraud for allegedly faking the accounts.

Options:
    (none)

Notes:
    Not reported when the sentence names a source, or for "allegedly" where the allegation belongs
    to a charge, a court, the police or an inquiry named around it.
"""

from __future__ import annotations

from collections.abc import Iterator

from copydesk import Context, Diagnostic, Document, Scope, rule
from copydesk.rules.sourcing._attribution import Kind, analysis


@rule(code="SC004", name="unsourced-hedge", scope=Scope.DOCUMENT)
def check(document: Document, ctx: Context) -> Iterator[Diagnostic]:
    for cue in analysis(document).of(Kind.HEDGE):
        yield ctx.report(cue.sentence.source_span(cue.start, cue.end),
                         f"'{cue.what}' with nobody named: say who reported or alleged it")
