"""Research invoked without being named: "studies show", "research suggests", "a new study found".

Why:
    "Studies show" borrows the authority of science without letting the reader check it. Name the
    study, its authors or the journal or body that published it.

Bad:
    Studies show that remote workers are more productive.
Good:
    A study published in the journal Nature found that remote workers were more productive.
Good:
    Researchers at Stanford University found that remote workers were more productive.

Options:
    (none)

Notes:
    Counts as named: "published in", "by", "from", "at" or "of" before a name, a possessive ("the
    ONS's survey"), a study referred back to ("the study"), or a named source in the sentence or
    next to it.
"""

from __future__ import annotations

from collections.abc import Iterator

from copydesk import Context, Diagnostic, Document, Scope, rule
from copydesk.rules.sourcing._attribution import Kind, analysis


@rule(code="SC005", name="unnamed-study", scope=Scope.DOCUMENT)
def check(document: Document, ctx: Context) -> Iterator[Diagnostic]:
    for cue in analysis(document).of(Kind.STUDY):
        yield ctx.report(cue.sentence.source_span(cue.start, cue.end),
                         f"'{cue.what}' names no study: give the study, its authors or where it was "
                         "published")
