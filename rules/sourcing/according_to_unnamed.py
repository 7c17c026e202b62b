""""According to" followed by nobody: "according to reports", "according to experts".

Why:
    "According to reports" looks like attribution but points at nothing the reader can find. Say
    which report, outlet, estimate or person.

Bad:
    The deal is worth $2bn, according to reports.
Good:
    The deal is worth $2bn, according to the Financial Times.
Good:
    According to analysts at Capital Economics, growth will slow.

Options:
    (none)

Notes:
    Vague groups after "according to" ("experts", "analysts") count unless a name follows them;
    "according to sources" is SC002's (anonymous sources).
"""

from __future__ import annotations

from collections.abc import Iterator

from copydesk import Context, Diagnostic, Document, Scope, rule
from copydesk.rules.sourcing._attribution import Kind, analysis


@rule(code="SC006", name="according-to-unnamed", scope=Scope.DOCUMENT)
def check(document: Document, ctx: Context) -> Iterator[Diagnostic]:
    for cue in analysis(document).of(Kind.ACCORDING):
        yield ctx.report(cue.sentence.source_span(cue.start, cue.end),
                         f"'{cue.what}' names no source: say which report, outlet or person")
