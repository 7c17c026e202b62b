"""A direct quotation with nobody named in it or next to it.

Why:
    A quotation is somebody's words; without the somebody the reader cannot tell who is speaking,
    and an invented or misremembered quote goes unchecked. Say who said it.

Bad:
    The talks ended on Friday.

    "It was difficult but we made real progress on the main issues."
Good:
    The talks ended on Friday.

    "It was difficult but we made real progress on the main issues," Dmitry Peskov said.
Good:
    The film was billed as "epic".

Options:
    min_words: the fewest words a quotation needs to be reported (default 4): shorter ones are
        mostly terms and scare quotes ("so-called 'reforms'").

Notes:
    The speaker may stand in the quotation's sentence or in the sentence before or after it: a verb
    of saying ("said", "told", "added", "in a statement"), a "Name:" lead-in, or narration about a
    person ("She will not commit yet. "I'm still reeling.""). A quotation that goes straight on from
    an attributed one, in the next sentence or paragraph, shares its speaker. Titles in quotation
    marks ("Walking in the Rain") are not quotations. Headings and block quotes are not checked.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from copydesk import Context, Diagnostic, Document, Options, Scope, rule, shorten
from copydesk.rules.sourcing._attribution import Kind, analysis


@dataclass(frozen=True)
class QuoteOptions(Options):
    """SC008's options, described in the module's docstring."""

    min_words: int = 4


@rule(code="SC008", name="unattributed-quote", scope=Scope.DOCUMENT, options=QuoteOptions)
def check(document: Document, ctx: Context[QuoteOptions]) -> Iterator[Diagnostic]:
    for cue in analysis(document).of(Kind.QUOTE):
        if cue.words >= ctx.options.min_words:
            yield ctx.report(cue.sentence.source_span(cue.start, cue.end),
                             f"quotation '{shorten(cue.what, 50)}' has nobody named in or next to it: "
                             "say who said it")
