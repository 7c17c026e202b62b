"""The same sentence twice, in different paragraphs or in the same one.

Why:
    A sentence said twice is a leftover of editing (text moved and not deleted) or the mark of a
    generator repeating itself. Either way the reader notices.

Bad:
    The council approved the budget on Tuesday after a long debate. Residents will pay more.

    Parking charges rise in April. The council approved the budget on Tuesday after a long debate.
Good:
    The council approved the budget on Tuesday after a long debate. Residents will pay more.

    Parking charges rise in April. He did. He did.

Options:
    min_words: the fewest words a sentence needs to be compared (default 8), so that short
        sentences ("He did.", "The company declined to comment.") may recur.

Notes:
    Sentences of paragraphs, list items and block quotes compare ignoring case, spacing and
    punctuation. A block repeated as a whole is DU003's, so its sentences are not reported again;
    table cells, and a sentence repeated in a block quote (a pull quote or a refrain), are not
    compared. No fix: which copy to keep, and how to join the text around the one deleted, is the
    editor's call.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from copydesk import Context, Diagnostic, Document, Options, Scope, Span, TextUnit, rule
from copydesk.rules.duplication._normalize import (
    PROSE_GROUP,
    comparison_key,
    is_pull_quote_or_refrain,
    line_of,
    repeated_blocks,
    word_count,
)


@dataclass(frozen=True)
class SentenceOptions(Options):
    """DU004's options, described in the module's docstring."""

    min_words: int = 8


def _repeats(document: Document, min_words: int) -> Iterator[tuple[TextUnit, TextUnit | None]]:
    """Every compared sentence, with the earlier sentence it repeats (None if it is new)."""
    whole_block_copies = repeated_blocks(document)
    first: dict[str, TextUnit] = {}
    for block in document.blocks_of(PROSE_GROUP):
        if block in whole_block_copies:
            continue
        for sentence in block.sentences:
            key = comparison_key(sentence.text)
            if word_count(key) < min_words:
                yield sentence, None
                continue
            earlier = first.setdefault(key, sentence)
            repeated = earlier is not sentence and not is_pull_quote_or_refrain(earlier.block, block)
            yield sentence, earlier if repeated else None


def _runs(document: Document, min_words: int) -> Iterator[list[tuple[TextUnit, TextUnit]]]:
    """Runs of consecutive repeated sentences in one block, as (copy, earlier sentence) pairs."""
    run: list[tuple[TextUnit, TextUnit]] = []
    for sentence, earlier in _repeats(document, min_words):
        if run and (earlier is None or sentence.block is not run[-1][0].block):
            yield run
            run = []
        if earlier is not None:
            run.append((sentence, earlier))
    if run:
        yield run


@rule(code="DU004", name="repeated-sentence", scope=Scope.DOCUMENT, options=SentenceOptions)
def check(document: Document, ctx: Context[SentenceOptions]) -> Iterator[Diagnostic]:
    # A run of repeated sentences (a passage pasted twice) is one diagnostic, not one per sentence.
    for run in _runs(document, ctx.options.min_words):
        (copy, first), (last, _) = run[0], run[-1]
        what = "sentence" if len(run) == 1 else f"{len(run)} sentences"
        line, column = document.source.lines.position(first.span.start)
        # A long paragraph is one source line in HTML: there the line alone does not find the first copy.
        where = f"line {line}" if line != line_of(document, copy.span) else f"line {line}, column {column}"
        yield ctx.report(Span(copy.span.start, last.span.end),
                         f"{what} repeated (first on {where}): delete or rephrase one copy")
