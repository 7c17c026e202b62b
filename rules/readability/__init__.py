"""RD: readability — reading level, long sentences, long paragraphs and long ledes.

Sentences are counted in paragraphs and list items; block quotes are quoted material and are left
out. Words inside a direct quotation do not count towards a sentence's length or difficulty: the
speaker's words are reported as spoken, and rewriting them is not the editor's choice.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from copydesk import Block, BlockKind, Document, rx
from copydesk.quotes import overlapping

# This family's rules, in code order: one module each, and data rules (TOML files).
RULES = (
    "reading_level",
    "long_sentence",
    "hard_sentence",
    "long_paragraph",
    "long_lede",
    "passive_voice",
    "wordy_phrase.toml",
    "redundant_phrase.toml",
)

# Words as a reader counts them: "long-term", "U.S.", "3.5" and "don't" are one word each.
WORD = rx.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*\.?")
SENTENCE_BLOCKS = frozenset({BlockKind.PARAGRAPH, BlockKind.LIST_ITEM})


def count_words(text: str) -> int:
    return len(WORD.findall(text))  # WORD has no groups: one item per match


def unquoted(block: Block, start: int, end: int) -> str:
    """The block's text from ``start`` to ``end`` with its direct quotations left out."""
    parts, position = [], start
    spans = block.quotations.spans
    for index in overlapping(spans, start, end, block.quotations.in_order):
        quote_start, quote_end = spans[index]
        if quote_end <= position or quote_start >= end:
            continue
        parts.append(block.unit.text[position:max(position, quote_start)])
        position = max(position, quote_end)
    parts.append(block.unit.text[position:end] if position < end else "")
    return " ".join(part.strip() for part in parts if part.strip())


def sentences(document: Document) -> Iterator[tuple[Block, int, int]]:
    """``(block, start, end)`` of every sentence of the article's paragraphs and list items."""
    for block in document.blocks_of(SENTENCE_BLOCKS):
        for start, end in block.sentence_bounds:
            yield block, start, end


class Sentence(NamedTuple):
    block: Block
    start: int
    end: int
    unquoted: str  # its text with its direct quotations left out
    words: int     # count_words(unquoted)


def unquoted_sentences(document: Document) -> list[Sentence]:
    """Every sentence of ``sentences(document)`` with its unquoted text and words, worked out once
    for the rules that measure sentences."""
    return document.derived(_unquoted_sentences)


def _unquoted_sentences(document: Document) -> list[Sentence]:
    found = []
    for block, start, end in sentences(document):
        text = unquoted(block, start, end)
        found.append(Sentence(block, start, end, text, count_words(text)))
    return found
