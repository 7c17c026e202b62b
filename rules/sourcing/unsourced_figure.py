"""A statistic with no source in its sentence or the sentences next to it.

Why:
    A percentage, a sum in millions or a count in the thousands is a claim the reader may want to
    check. Say whose figure it is: the agency, the company's results, the survey.

Bad:
    Unemployment among graduates rose to 12% last year.
Good:
    Unemployment among graduates rose to 12% last year, the statistics office said.
Good:
    The museum opened in 1998.

Options:
    (none)

Notes:
    Information: many figures are sourced a paragraph away or are common knowledge, so an editor
    decides. Figures count as statistics when they are shares ("12%", "3 per cent"), sums in
    millions or more ("£2.5m", "$3bn"), or counts in the thousands of people or things ("6,000
    bodies"); years, dates, scores and prices of a single item do not. Any reporting verb,
    "according to", or a mention of figures, data, a survey or results in the sentence or next to it
    is taken as a source. Figures inside a direct quotation are the speaker's.
"""

from __future__ import annotations

from collections.abc import Iterator

from copydesk import Context, Diagnostic, Document, Scope, rule
from copydesk.rules.sourcing._attribution import Kind, analysis


@rule(code="SC007", name="unsourced-figure", scope=Scope.DOCUMENT, severity="info")
def check(document: Document, ctx: Context) -> Iterator[Diagnostic]:
    for cue in analysis(document).of(Kind.FIGURE):
        yield ctx.report(cue.sentence.source_span(cue.start, cue.end),
                         f"figure '{cue.what}' has no source in or next to its sentence: say whose "
                         "figure it is")
