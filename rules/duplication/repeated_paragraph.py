"""A paragraph, line or heading printed twice.

Why:
    A paragraph that appears twice is almost always a copy-and-paste or export slip: an editor
    moved text and left the original, or a pipeline emitted a block twice.

Bad:
    The council approved the budget on Tuesday after a long debate.

    Residents will pay more for parking from April.

    The council approved the budget on Tuesday, after a long debate!
Good:
    The council approved the budget on Tuesday after a long debate.

    Residents will pay more for parking from April.

Options:
    min_words: the fewest words a block needs to be compared (default 6), so that short lines
        such as "Yes", "N/A", a score or a "Results" heading may recur.

Notes:
    Blocks compare ignoring case, spacing and punctuation ("near duplicates"). Headings compare
    only with headings, and paragraphs and list items only with each other, so a table of
    contents followed by its headings is not a repeat. Table cells, the headline and bylines are
    not compared (DU001 and DU002 handle the last two), and a block quote that repeats text is
    taken for a pull quote or a refrain. The fix deletes the copy with its lines in plain text and
    Markdown; it is unsafe, because the editor may prefer to keep the second copy.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from copydesk import BlockKind, Context, Diagnostic, Document, Options, Scope, rule
from copydesk.rules.duplication._normalize import (
    comparison_key,
    delete_copy,
    is_pull_quote_or_refrain,
    line_of,
    repeated_blocks,
    word_count,
)

_NOUNS = {BlockKind.HEADING: "heading", BlockKind.LIST_ITEM: "list item"}


@dataclass(frozen=True)
class ParagraphOptions(Options):
    """DU003's options, described in the module's docstring."""

    min_words: int = 6


@rule(code="DU003", name="repeated-paragraph", scope=Scope.DOCUMENT, options=ParagraphOptions)
def check(document: Document, ctx: Context[ParagraphOptions]) -> Iterator[Diagnostic]:
    for copy, first in repeated_blocks(document).items():
        if word_count(comparison_key(copy.unit.text)) < ctx.options.min_words:
            continue
        if first.kind is BlockKind.HEADLINE or is_pull_quote_or_refrain(first, copy):
            continue  # a repeated headline is DU001's
        noun = _NOUNS.get(copy.kind, "paragraph")
        how = "repeated" if copy.unit.text == first.unit.text else "repeated with minor differences"
        fix = delete_copy(document, copy, f"delete the repeated {noun}", safe=False)
        first_line = line_of(document, first.unit.span)
        yield ctx.report(copy.unit.span, f"{noun} {how} (first on line {first_line}): delete one copy", fix)
