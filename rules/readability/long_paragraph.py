"""A paragraph too long for a news page: a wall of text readers skip.

Why:
    News paragraphs are short (one to three sentences) because readers scan. A paragraph of many
    sentences or many words hides its second and third ideas; on a phone it fills the screen.

Bad:
    The council met on Tuesday. It voted on the budget. The vote was close. Two members were
    absent. The mayor spoke first. She defended the cuts. Residents then asked questions. Many
    were angry about the libraries. The meeting ended at midnight.
Good:
    The council met on Tuesday and voted narrowly to pass the budget.

    The mayor defended the cuts. Residents, many of them angry about library closures, asked
    questions until midnight.

Options:
    max_sentences: the most sentences a paragraph may hold (default 6).
    max_words: the most words a paragraph may hold (default 150).

Notes:
    Only paragraphs count: list items, headings and block quotes (quoted material) do not.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from copydesk import Block, BlockKind, Context, Diagnostic, Options, Scope, TextUnit, rule
from copydesk.rules.readability import count_words


@dataclass(frozen=True)
class LongParagraphOptions(Options):
    """RD004's options, described in the module's docstring."""

    max_sentences: int = 6
    max_words: int = 150


@rule(code="RD004", name="long-paragraph", scope=Scope.PARAGRAPH, options=LongParagraphOptions)
def check(unit: TextUnit, ctx: Context[LongParagraphOptions]) -> Iterator[Diagnostic]:
    block: Block = unit.block
    if block.kind is not BlockKind.PARAGRAPH:
        return
    sentences = len(block.sentence_bounds)
    # Words are at least a character long and a character apart: n characters hold at most
    # (n + 1) // 2 words, so a short paragraph need not be counted.
    if sentences <= ctx.options.max_sentences and (len(unit.text) + 1) // 2 <= ctx.options.max_words:
        return
    words = count_words(unit.text)
    if sentences > ctx.options.max_sentences or words > ctx.options.max_words:
        yield ctx.report(unit.span, f"paragraph of {sentences} sentences and {words} words (limit "
                                    f"{ctx.options.max_sentences} sentences, {ctx.options.max_words} words): "
                                    "break it up")
