"""A view credited to nobody by the passive: "it is believed", "is said to", "is widely regarded".

Why:
    "It is believed that…" tells the reader someone believes it without saying who. Say who holds
    the view, or state the fact and its source.

Bad:
    It is believed that the talks will resume in July.
Bad:
    The minister is said to be considering an offer.
Good:
    Diplomats at the UN believe the talks will resume in July, the ministry said.
Good:
    The minister is expected at the summit on Friday.

Options:
    (none)

Notes:
    Not reported when an agent is named ("is considered by Jo Lee the best"), when the sentence
    names its source ("… is said to be close, Mr Lee said"), inside a direct quotation, or when the
    agent is a vague group (then SC001 reports it). "Is expected to" is left alone: it is how news
    states a schedule.
"""

from __future__ import annotations

from collections.abc import Iterator

from copydesk import Context, Diagnostic, Document, Scope, rule
from copydesk.rules.sourcing._attribution import Kind, analysis


@rule(code="SC003", name="passive-attribution", scope=Scope.DOCUMENT)
def check(document: Document, ctx: Context) -> Iterator[Diagnostic]:
    for cue in analysis(document).of(Kind.PASSIVE):
        yield ctx.report(cue.sentence.source_span(cue.start, cue.end),
                         f"'{cue.what}' credits the view to nobody: say who believes, says or reports it")
