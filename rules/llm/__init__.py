"""AI: chatbot and LLM leftovers — assistant chatter and stock machine phrasing.

The error-level rules look for what a chat assistant says *to the person who asked* and that was
pasted into the article with the text: talk about itself, refusals, "Sure, here is…" preambles,
"I hope this helps" closings, "Title:" labels, the prompt echoed back and notes that the piece was
generated. A reporter quoting a chatbot is news, so matches inside direct quotations are left
alone. ``AI007`` reports stock phrasing, which is only a hint.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from copydesk import Block, Document, TextUnit, rx
from copydesk.document import HEADING_KINDS
from copydesk.quotes import quotations
from copydesk.rules.llm._prefilter import may_match

# This family's rules, one module each, in code order.
RULES: tuple[str, ...] = (
    "assistant_self_reference",
    "assistant_preamble",
    "assistant_closing",
    "label_line",
    "echoed_prompt",
    "generation_disclaimer",
    "stock_phrase",
)

# A paragraph this long that is not a label line starts the article body.
BODY_WORDS = 20
# Apostrophes, straight or curly, in patterns: "here's", "here’s".
APOSTROPHE = "['’]"


_ALTERNATIVES: dict[re.Pattern[str], tuple[str, ...]] = {}


def compile_any(*patterns: str) -> re.Pattern[str]:
    """One case-insensitive regex matching any of ``patterns``."""
    combined = rx.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
    _ALTERNATIVES[combined] = patterns
    return combined


def narrowed(document: Document, pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` (from ``compile_any``) without the alternatives that cannot match in ``document``,
    or None when none can. It finds what ``pattern`` finds: at each position the first alternative
    that matches is the same."""
    alternatives = _ALTERNATIVES[pattern]
    possible = tuple(text for text in alternatives if may_match(document, _compiled(text)))
    if len(possible) == len(alternatives):
        return pattern
    return _compiled("|".join(f"(?:{text})" for text in possible)) if possible else None


@lru_cache(maxsize=256)
def _compiled(pattern: str) -> re.Pattern[str]:
    return rx.compile(pattern, re.IGNORECASE)


def unquoted(unit: TextUnit, pattern: re.Pattern[str] | None) -> Iterator[re.Match[str]]:
    """Matches of ``pattern`` in ``unit`` that do not start inside a direct quotation."""
    if pattern is None:
        return
    quoted = None
    for match in pattern.finditer(unit.text):
        if quoted is None:
            quoted = quotations(unit.text)
        if match.start() not in quoted:
            yield match


def head_blocks(document: Document) -> list[Block]:
    """The blocks before the article body: its first paragraph of BODY_WORDS words or more."""
    head = []
    for block in document.blocks:
        if block.kind not in HEADING_KINDS and len(block.unit.text.split()) >= BODY_WORDS:
            break
        head.append(block)
    return head


def line_starts(unit: TextUnit, source: str) -> Iterator[int]:
    """Offsets in ``unit.text`` where a source line starts: 0, and after each line break the reader
    joined into the paragraph (plain text without blank lines between paragraphs)."""
    yield 0
    span = unit.span
    if "\n" not in source[span.start:span.end]:
        return
    for index, char in enumerate(unit.text):
        if char.isspace() and index + 1 < len(unit.text) and not unit.text[index + 1].isspace():
            piece = unit.source_span(index, index + 1)
            if "\n" in source[piece.start:piece.end]:
                yield index + 1
