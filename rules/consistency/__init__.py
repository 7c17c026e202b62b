"""CN: consistency — one article, one spelling of each name, one variant of English, one style."""

from __future__ import annotations

from collections.abc import Iterator

from copydesk import BlockKind, Document, TextUnit

# This family's rules, one module each, in code order.
RULES: tuple[str, ...] = (
    "name_spelling_variants",
    "mixed_spelling_variants",
    "mixed_percent_style",
    "mixed_heading_case",
)

_SKIPPED = frozenset({BlockKind.BYLINE})


def prose_units(document: Document) -> Iterator[TextUnit]:
    """Every block's prose except bylines, in order."""
    for block in document.blocks:
        if block.kind not in _SKIPPED:
            yield block.unit


def plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"
