"""TY: typography — quotes, dashes, brackets and whitespace.

Two kinds of rule live here. The punctuation rules (quotes, brackets, dashes, hyphens) read prose
units, so inline code, URLs, front matter and code blocks never reach them, and they work the same
on plain text, Markdown and HTML. The whitespace rules read source lines: they skip HTML, where
whitespace in the markup is not what readers see, and in Markdown they look only at the lines of
prose blocks (never front matter, code blocks or raw HTML).
"""

from __future__ import annotations

import re

from copydesk import BlockKind, Document, TextUnit, rx
from copydesk.source import Format

# This family's rules, one module each, in code order.
RULES: tuple[str, ...] = (
    "mixed_quote_styles",
    "unbalanced_quotes",
    "unbalanced_brackets",
    "hyphen_as_dash",
    "mixed_dash_styles",
    "doubled_space",
    "trailing_whitespace",
    "file_edge_whitespace",
    "indentation_leftover",
)

TYPOGRAPHIC = "‘’“”–—"

# Dash styles as prose uses them between words; an unspaced en dash is a range or a compound
# ("1990–2000", "London–Paris") and not a dash of punctuation.
DASH_STYLES = {"spaced en dash": " – ", "spaced em dash": " — ", "closed em dash": "—"}
_DASH = rx.compile(r"(?<=\S)(?:[ \t\n]+(?P<en>–)[ \t\n]+|[ \t\n]+(?P<em_spaced>—)[ \t\n]+|(?P<em>—))(?=\S)")
# A dash after the end of a sentence introduces its source ("… for all.” — Jane Doe"): not an aside.
_ATTRIBUTION = rx.compile(r"[.!?…][\"”’']?\s*$")
_STYLE_OF = {"en": "spaced en dash", "em_spaced": "spaced em dash", "em": "closed em dash"}


def dashes(unit: TextUnit) -> list[tuple[re.Match[str], str]]:
    """The dashes of punctuation in a unit, each with its style (a key of ``DASH_STYLES``)."""
    text = unit.text
    if "–" not in text and "—" not in text:
        return []
    return [(match, _STYLE_OF[match.lastgroup or "em"]) for match in _DASH.finditer(text)
            if not (match.lastgroup == "em" and _censored(text, match.start()))
            and not _ATTRIBUTION.search(text, 0, match.start() + 1)]


def _censored(text: str, i: int) -> bool:
    """Does the closed em dash at ``text[i]`` stand for letters left out ("f—", "a——", "s—t")?"""
    if text[i - 1:i] in ("—", "–") or text[i + 1:i + 2] in ("—", "–"):
        return True
    return text[i - 1:i].isalpha() and text[i - 1] != "I" and not text[i - 2:i - 1].isalpha()


def dash_counts(document: Document) -> dict[str, int]:
    """How often the document uses each dash style, in order of first use (shared: do not change it)."""
    return document.derived(_dash_counts)


def _dash_counts(document: Document) -> dict[str, int]:
    counts: dict[str, int] = {}
    if "–" not in document.prose and "—" not in document.prose:
        return counts
    for block in document.blocks:
        for _, style in dashes(block.unit):
            counts[style] = counts.get(style, 0) + 1
    return counts


def majority(counts: dict[str, int]) -> str | None:
    """The most used key; a tie goes to the key used first (dicts keep first-use order)."""
    return max(counts, key=lambda key: counts[key]) if counts else None


def is_typographic(document: Document) -> bool:
    """Does the article use curly quotes or real dashes anywhere in its prose?"""
    return any(mark in document.prose for mark in TYPOGRAPHIC)  # (faster than a regex scan)


def whitespace_checked(document: Document) -> bool:
    """Whitespace rules read plain text and Markdown; in HTML whitespace is markup, not text."""
    return document.format is not Format.HTML


def prose_lines(document: Document) -> set[int]:
    """1-based numbers of the source lines that hold prose blocks (table rows excepted)."""
    lines = document.source.lines
    found: set[int] = set()
    for block in document.blocks:
        if block.kind is not BlockKind.TABLE_CELL:
            found.update(lines.lines_of(block.span.start, block.span.end))
    return found



# Which way a straight quote faces, read from its neighbours: after a space or an opening bracket it
# opens, before a space or punctuation it closes. A double quote after a digit followed by a word is
# an inch mark ('a 12" pizza'), not a quote.
INCH = rx.compile(r"(?<=\d)\"(?=[ -]?[a-z])")
OPENS_AFTER = frozenset(" \t\n([{—–-/\ufffc")
CLOSES_BEFORE = frozenset(" \t\n.,;:!?)]}—–-/\ufffc")
