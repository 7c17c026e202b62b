"""A claim pinned on a vague group: "analysts say", "experts warn", "by critics", "many believe".

Why:
    "Analysts note that…" sounds sourced but names nobody the reader could check or weigh. Name the
    analyst or the firm, or say what the claim rests on.

Bad:
    Analysts note that the gap between the two sides remains wide.
Bad:
    The talks were viewed as constructive by analysts.
Good:
    Jo Lee, an analyst at Capital Economics, said the gap remained wide.
Good:
    Kremlin officials said the talks would resume next week.

Options:
    (none)

Notes:
    A group counts as named when a name qualifies it ("Kremlin officials", "analysts at Capital
    Economics", "experts such as Jo Lee", "the bank's economists") or when the sentence before or
    after names one of them ("… said Jo Lee, an analyst at X"). "The analysts" refers back to a group
    named earlier and is left alone, as are words inside a direct quotation (the speaker's claim) and
    a vague group inside a sentence that ends by naming its speaker (", Mr Hensel said").
"""

from __future__ import annotations

from collections.abc import Iterator

from copydesk import Context, Diagnostic, Document, Scope, rule
from copydesk.rules.sourcing._attribution import Kind, analysis

_ASK = {"analyst": "the analyst or firm", "expert": "the expert and their institution",
        "economist": "the economist or their employer", "official": "the official or their body",
        "critic": "the critics or what they represent", "observer": "the observers",
        "diplomat": "the diplomat or their country", "scientist": "the scientists or their study",
        "researcher": "the researchers or their study"}


def _ask(what: str) -> str:
    last = what.split()[-1].lower()
    return _ASK.get(last.removesuffix("s"), "who they are or where they work")


@rule(code="SC001", name="vague-attribution", scope=Scope.DOCUMENT)
def check(document: Document, ctx: Context) -> Iterator[Diagnostic]:
    for cue in analysis(document).of(Kind.VAGUE):
        yield ctx.report(cue.sentence.source_span(cue.start, cue.end),
                         f"claim attributed to unnamed '{cue.what}': name {_ask(cue.what)}")
