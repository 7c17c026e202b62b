"""A sentence far harder to read than the article's target, though not long.

Why:
    Some sentences are short enough but packed with long, abstract words. The Flesch-Kincaid grade
    of the sentence alone (textstat) shows them, the way the Hemingway editor marks sentences
    "very hard to read".

Bad:
    Institutional stakeholders characterised the unprecedented regulatory intervention as
    fundamentally destabilising.
Good:
    Big investors said the new rules would shake the market.

Options:
    max_grade: the highest grade a single sentence may reach (default 18: eight grades above the
        usual article target, and above 99 % of the BBC's news sentences).
    min_words: shorter sentences are not graded (default 10): on a few words the grade is noise.
    max_words: longer sentences are left to long-sentence (default 35, its own limit), so one
        sentence gets one diagnostic.

Notes:
    Sentences are graded in paragraphs and list items, with their direct quotations left out.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from copydesk import Context, Diagnostic, Document, Options, Scope, rule
from copydesk.readability import grade, grade_at_most
from copydesk.rules.readability import unquoted_sentences


@dataclass(frozen=True)
class HardSentenceOptions(Options):
    """RD003's options, described in the module's docstring."""

    max_grade: float = 18.0
    min_words: int = 10
    max_words: int = 35


@rule(code="RD003", name="hard-sentence", scope=Scope.DOCUMENT, severity="info", options=HardSentenceOptions)
def check(document: Document, ctx: Context[HardSentenceOptions]) -> Iterator[Diagnostic]:
    options = ctx.options
    for sentence in unquoted_sentences(document):
        if not options.min_words <= sentence.words <= options.max_words:
            continue
        if grade_at_most(sentence.unquoted) <= options.max_grade:
            continue  # most sentences: no need to count textstat's sentences in them
        found = grade(sentence.unquoted)
        if found > options.max_grade:
            yield ctx.report(sentence.block.unit.source_span(sentence.start, sentence.end),
                             f"sentence reads at grade {found:.1f} (limit {options.max_grade:g}): "
                             "use shorter, plainer words")
