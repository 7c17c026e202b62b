"""Encyclopedic weasel words: vague quantities, hedges and puffery ("many", "probably", "widely").

Why:
    In reference and explanatory writing, "some say", "many believe", "probably" and "widely
    regarded" stand in for a source or a number (Wikipedia's "weasel words"). Say who, how many, or
    cite the source.

Bad:
    Many historians believe the treaty was signed in haste.
Good:
    The historian Jo Lee argues that the treaty was signed in haste.

Options:
    (none)

Notes:
    Off by default (select SC009 by its code or name to use it): news legitimately says "many
    residents" and "may", so this rule is for encyclopedic and explanatory text. It is the word
    list tuned on the CoNLL-2010 Wikipedia weasel data; words inside a direct quotation are skipped.
"""

from __future__ import annotations

from collections.abc import Iterator

from copydesk import Context, Diagnostic, Document, Scope, rule
from copydesk.rules.sourcing._attribution import weasel_cues


@rule(code="SC009", name="weasel-words", scope=Scope.DOCUMENT, severity="info", status="preview",
      default_enabled=False)
def check(document: Document, ctx: Context) -> Iterator[Diagnostic]:
    for cue in weasel_cues(document):
        yield ctx.report(cue.sentence.source_span(cue.start, cue.end),
                         f"weasel word '{cue.what}': say who or how many, or cite a source")
