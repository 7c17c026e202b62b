"""A claim resting on anonymous sources: "sources said", "people familiar with the matter".

Why:
    Anonymous sourcing is sometimes the only way to report a story, but the reader cannot judge a
    source nobody names. An editor should see every one, check it is justified and ask that the
    article say why the source is not named.

Bad:
    Sources in Moscow and Kyiv confirmed the end of the talks.
Bad:
    People familiar with the matter said the deal was close.
Good:
    Kremlin spokesman Dmitry Peskov confirmed the end of the talks.
Good:
    Renewable sources now supply a third of the country's power.

Options:
    (none)

Notes:
    Information, not a warning: anonymous sources are often legitimate. "Sources" counts only as
    someone's informants (a reporting verb, "close to", "familiar with", "according to"), not
    "sources of income" or "energy sources".
"""

from __future__ import annotations

from collections.abc import Iterator

from copydesk import Context, Diagnostic, Document, Scope, rule
from copydesk.rules.sourcing._attribution import Kind, analysis


@rule(code="SC002", name="anonymous-source", scope=Scope.DOCUMENT, severity="info")
def check(document: Document, ctx: Context) -> Iterator[Diagnostic]:
    for cue in analysis(document).of(Kind.ANONYMOUS):
        yield ctx.report(cue.sentence.source_span(cue.start, cue.end),
                         f"claim rests on anonymous '{cue.what}': check it is justified and say why "
                         "they are not named")
