"""A sentence too long to take in at one reading.

Why:
    Readers lose the thread of a sentence after 25 to 35 words; wire styles aim for fewer. A long
    sentence usually holds two or three ideas that read better as separate sentences.

Bad:
    The council, which met on Tuesday evening after a delay caused by a power cut that affected
    much of the town centre, voted to approve the new budget, which includes cuts to library
    opening hours, a rise in parking charges and a freeze on hiring for the rest of the year.
Good:
    The council voted on Tuesday to approve the new budget. The meeting was delayed by a power cut
    in the town centre. The budget cuts library hours, raises parking charges and freezes hiring
    for the rest of the year.

Options:
    max_words: the longest sentence allowed, in words (default 35).

Notes:
    Sentences are checked in paragraphs and list items; headings and block quotes are not.
    Words inside a direct quotation do not count: a speaker's words are quoted as spoken.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from copydesk import Context, Diagnostic, Document, Options, Scope, rule
from copydesk.rules.readability import unquoted_sentences


@dataclass(frozen=True)
class LongSentenceOptions(Options):
    """RD002's options, described in the module's docstring."""

    max_words: int = 35


@rule(code="RD002", name="long-sentence", scope=Scope.DOCUMENT, options=LongSentenceOptions)
def check(document: Document, ctx: Context[LongSentenceOptions]) -> Iterator[Diagnostic]:
    for sentence in unquoted_sentences(document):
        if sentence.words > ctx.options.max_words:
            yield ctx.report(sentence.block.unit.source_span(sentence.start, sentence.end),
                             f"sentence of {sentence.words} words (limit {ctx.options.max_words}): split it")
