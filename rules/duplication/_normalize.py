"""Shared by the DU rules: text normalised for comparison, where a copy's first occurrence is, and
the fix that deletes a copy."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from copydesk import Block, BlockKind, Document, Fix, Span, rx
from copydesk.fixes import delete_block
from copydesk.source import Format

# Apostrophes vanish rather than split words, so "don't", "don’t" and "dont" compare equal.
_APOSTROPHES = rx.compile(r"['’‘`´]")
_NON_WORD = rx.compile(r"[\W_]+")

# A page title's site or section name: "Headline | Site", "Section » Headline", "Headline - Site".
_TITLE_SEPARATOR = rx.compile(r"\s+[|»·–—-]\s+|\s*[|»]\s*")
SITE_NAME_WORDS = 5

# Blocks are compared within their group: a heading only with headings, prose only with prose, so a
# table of contents (list items) followed by the headings it lists is not a repeat. Table cells
# repeat by the nature of tables and are in no group.
HEADING_GROUP = frozenset({BlockKind.HEADING})
PROSE_GROUP = frozenset({BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.BLOCKQUOTE})


# The quick way for the commonest text: ASCII once curly apostrophes are dropped and the usual
# quotes and dashes are spaced out, as the regexes would.
_CURLY_APOSTROPHES = ("’", "‘", "´")
_PUNCTUATION = ("“", "”", "—", "–", "…", "«", "»", "•", "·")
_ASCII_KEY = str.maketrans({char: None if char in "'`" else char if char.isalnum() else " "
                            for char in map(chr, range(128))})


@lru_cache(maxsize=4096)  # DU001, DU003 and DU004 ask for the same blocks' keys
def comparison_key(text: str) -> str:
    """``text`` as the DU rules compare it: case, punctuation and whitespace do not count."""
    text = unicodedata.normalize("NFKC", text).casefold()
    if not text.isascii():
        for apostrophe in _CURLY_APOSTROPHES:
            text = text.replace(apostrophe, "")
        for mark in _PUNCTUATION:
            text = text.replace(mark, " ")
    if text.isascii():
        return " ".join(text.translate(_ASCII_KEY).split())
    text = _APOSTROPHES.sub("", text)
    return " ".join(_NON_WORD.sub(" ", text).split())


def word_count(key: str) -> int:
    return key.count(" ") + 1 if key else 0


def line_of(document: Document, span: Span) -> int:
    return document.source.lines.position(span.start)[0]


def headline_keys(headline: Block) -> set[str]:
    """Keys a copy of ``headline`` may have: its own, and, for a page title such as "Headline |
    Site", that of its main part (the longest, when every other part is a short site or section name)."""
    keys = {comparison_key(headline.unit.text)}
    parts = sorted((comparison_key(part) for part in _TITLE_SEPARATOR.split(headline.unit.text)),
                   key=word_count, reverse=True)
    if len(parts) > 1 and all(word_count(part) <= SITE_NAME_WORDS for part in parts[1:]):
        keys.add(parts[0])
    keys.discard("")
    return keys


def repeated_blocks(document: Document) -> dict[Block, Block]:
    """Each heading or prose block whose text repeats an earlier one → that earlier block.

    A copy of the headline maps to the headline (DU001 reports those). Worked out once per document
    for DU003 and DU004.
    """
    return document.derived(_repeated_blocks)


def _repeated_blocks(document: Document) -> dict[Block, Block]:
    headline = document.headline
    copy_keys = headline_keys(headline) if headline else set()
    first: dict[tuple[bool, str], Block] = {}
    copies: dict[Block, Block] = {}
    for block in document.blocks:
        if block.kind not in HEADING_GROUP and block.kind not in PROSE_GROUP:
            continue
        key = comparison_key(block.unit.text)
        if not key:
            continue
        slot = (block.kind in HEADING_GROUP, key)
        if headline and key in copy_keys:
            copies[block] = headline
        elif slot in first:
            copies[block] = first[slot]
        else:
            first[slot] = block
    return copies


def is_pull_quote_or_refrain(first: Block, copy: Block) -> bool:
    """A block quote that repeats text is a pull quote or a refrain, repeated on purpose."""
    return BlockKind.BLOCKQUOTE in (first.kind, copy.kind)


def delete_copy(document: Document, block: Block, title: str, *, safe: bool) -> Fix | None:
    """A fix that deletes ``block`` and its lines; none for HTML, whose tags would be left empty."""
    if document.format is Format.HTML:
        return None
    return delete_block(document, block, title, safe=safe)
