"""An opening paragraph (the lede) that takes too many words to get going.

Why:
    The lede tells the reader what happened. Wire styles keep it near 30 words; past 40 it is
    usually carrying background that belongs lower down.

Bad:
    The city council, which has been debating the issue for more than two years amid protests from
    residents, business groups and environmental campaigners who say the plan ignores their
    concerns about traffic, noise and air quality, voted on Tuesday night to approve a new bypass.

    Work starts in May.
Good:
    The city council approved a new bypass on Tuesday night after two years of debate.

    Residents, business groups and environmental campaigners had opposed the plan.

Options:
    max_words: the most words the lede may hold (default 40).

Notes:
    The lede is the first paragraph that ends like a sentence (with ".", "!" or "?", perhaps
    followed by a closing quote or bracket), so a byline, a date line or a label above it is
    skipped. A dateline opening the lede ("LONDON (Reuters) -") does not count towards its words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from copydesk import BlockKind, Context, Diagnostic, Document, Options, Scope, rule, rx
from copydesk.rules.readability import count_words

_ENDS_LIKE_A_SENTENCE = rx.compile(r"[.!?…][\"'”’)\]]*\s*$")
_BYLINE = rx.compile(r"^\s*(?:by|written by|reporting by)\s", re.IGNORECASE)
_DATELINE = rx.compile(r"^[A-Z][A-Z .,'’-]+(?:\([^)]{1,40}\))?\s*[-—–]+\s+")


@dataclass(frozen=True)
class LongLedeOptions(Options):
    """RD005's options, described in the module's docstring."""

    max_words: int = 40


@rule(code="RD005", name="long-lede", scope=Scope.DOCUMENT, options=LongLedeOptions)
def check(document: Document, ctx: Context[LongLedeOptions]) -> Iterator[Diagnostic]:
    for block in document.blocks_of(frozenset({BlockKind.PARAGRAPH})):
        text = block.unit.text
        if not _ENDS_LIKE_A_SENTENCE.search(text) or _BYLINE.match(text):
            continue
        words = count_words(_DATELINE.sub("", text, count=1))
        if words > ctx.options.max_words:
            yield ctx.report(block.unit.span, f"lede of {words} words (limit {ctx.options.max_words}): "
                                              "say what happened first and move the background down")
        return
