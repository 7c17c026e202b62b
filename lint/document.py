"""The document model: blocks of prose, each a TextUnit mapped back to exact source offsets."""

from __future__ import annotations

import bisect
import datetime as dt
import enum
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, TypeVar

from copydesk.model import Span
from copydesk.source import Format, Source

if TYPE_CHECKING:
    from copydesk.quotes import Quotations

T = TypeVar("T")

# Stands in for inline code, URLs and images in prose: a single non-word, non-space character,
# so no rule matches it and sentence splitting is not disturbed.
MASK = "\ufffc"
_WORD = re.compile(r"\w+")
# Letters re.IGNORECASE pairs with an ASCII one (dotted capital İ and dotless ı with "i", long ſ
# with "s") that str.lower() does not turn into it.
_CASE_MISMATCHES = "İıſ"
_FOLD_LIKE_RE = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def lowers_like_re(text: str) -> bool:
    """Whether ``text.lower()`` holds an ASCII letter wherever a case-insensitive pattern would
    match one in ``text``: a pre-check may then look for lower-case literals in it."""
    return text.isascii() or not any(char in text for char in _CASE_MISMATCHES)


def fold_like_re(text: str) -> str:
    """``text`` in lower case as a case-insensitive pattern compares it with ASCII letters."""
    return text.lower() if lowers_like_re(text) else text.translate(_FOLD_LIKE_RE).lower()


class TextUnit:
    """Prose as the reader sees it, with a piecewise map from its text back to the source.

    Each piece maps ``text[t0:t1]`` to ``source[s0:s1]``. An *exact* piece is a verbatim copy
    (``t1 - t0 == s1 - s0``); an inexact one stands for markup such as an entity or a masked link,
    and any offset inside it maps to its whole source range.
    """

    __slots__ = ("_t_ends", "_t_starts", "block", "pieces", "text")

    def __init__(self, text: str, pieces: tuple[tuple[int, int, int, int, bool], ...],
                 block: Block | None = None) -> None:
        self.text = text
        self.pieces = pieces
        self.block = block
        self._t_starts = [p[0] for p in pieces]
        self._t_ends = [p[1] for p in pieces]

    def __repr__(self) -> str:
        return f"TextUnit({self.text!r})"

    @property
    def kind(self) -> BlockKind | None:
        return self.block.kind if self.block else None

    def _map(self, offset: int, *, at_end: bool) -> int:
        if not self.pieces:
            return 0
        if at_end:
            i = min(bisect.bisect_left(self._t_ends, offset), len(self.pieces) - 1)
        else:
            i = max(bisect.bisect_right(self._t_starts, offset) - 1, 0)
        t0, t1, s0, s1, exact = self.pieces[i]
        if exact:
            return s0 + min(max(offset - t0, 0), t1 - t0)
        if at_end:
            return s1 if offset > t0 else s0
        return s0 if offset < t1 else s1

    def source_span(self, start: int, end: int) -> Span:
        """The source range of ``text[start:end]``; the only way a rule turns a match into a Span."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"range {start}..{end} outside a unit of {len(self.text)} characters")
        src_start = self._map(start, at_end=False)
        if start == end:
            return Span(src_start, src_start)
        return Span(src_start, max(self._map(end, at_end=True), src_start))

    @property
    def span(self) -> Span:
        return self.source_span(0, len(self.text))

    def slice(self, start: int, end: int) -> TextUnit:
        """A unit for ``text[start:end]`` sharing this unit's map (used for sentences)."""
        pieces = []
        for t0, t1, s0, s1, exact in self.pieces:
            lo, hi = max(t0, start), min(t1, end)
            if lo >= hi:
                continue
            if exact:
                pieces.append((lo - start, hi - start, s0 + lo - t0, s0 + hi - t0, True))
            else:
                pieces.append((lo - start, hi - start, s0, s1, False))
        return TextUnit(self.text[start:end], tuple(pieces), self.block)


class UnitBuilder:
    """Accumulates text and its source map, piece by piece."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._pieces: list[tuple[int, int, int, int, bool]] = []
        self._length = 0

    def __len__(self) -> int:
        return self._length

    def exact(self, text: str, src_start: int) -> None:
        """Append ``text``, which stands verbatim at ``src_start`` in the source."""
        if text:
            self._add(text, src_start, src_start + len(text), True)

    def mapped(self, text: str, src_start: int, src_end: int) -> None:
        """Append ``text`` standing for the source range ``src_start..src_end`` as a whole."""
        if text:
            self._add(text, src_start, src_end, False)

    def _add(self, text: str, s0: int, s1: int, exact: bool) -> None:
        t0 = self._length
        self._length += len(text)
        self._parts.append(text)
        last = self._pieces[-1] if self._pieces else None
        if exact and last and last[4] and last[1] == t0 and last[3] == s0:
            self._pieces[-1] = (last[0], self._length, last[2], s1, True)  # merge adjacent copies
        else:
            self._pieces.append((t0, self._length, s0, s1, exact))

    @property
    def text(self) -> str:
        return "".join(self._parts)

    def build(self) -> TextUnit:
        return TextUnit(self.text, tuple(self._pieces))

    def strip(self) -> TextUnit:
        """Build, trimming surrounding whitespace."""
        unit = self.build()
        text = unit.text
        start = len(text) - len(text.lstrip())
        end = len(text.rstrip())
        return unit.slice(start, max(start, end))


class BlockKind(enum.Enum):
    HEADLINE = "headline"
    HEADING = "heading"
    BYLINE = "byline"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    BLOCKQUOTE = "blockquote"
    TABLE_CELL = "table_cell"


@dataclass(eq=False)
class Block:
    """One block of the document (headline, paragraph, list item, …) and its prose."""

    kind: BlockKind
    span: Span          # the whole block in the source, markup included
    unit: TextUnit      # its prose
    level: int = 0      # heading level; list nesting depth

    def __post_init__(self) -> None:
        self.unit.block = self

    @cached_property
    def sentence_bounds(self) -> tuple[tuple[int, int], ...]:
        """``(start, end)`` of each sentence in ``unit.text``."""
        from copydesk.segment import sentence_bounds

        return tuple(sentence_bounds(self.unit.text))

    @cached_property
    def sentences(self) -> tuple[TextUnit, ...]:
        return tuple(self.unit.slice(s, e) for s, e in self.sentence_bounds)

    @cached_property
    def quotations(self) -> Quotations:
        """The direct quotations in ``unit.text``."""
        from copydesk.quotes import quotations

        return quotations(self.unit.text)


@dataclass(frozen=True)
class Comment:
    """A markup comment (HTML/Markdown ``<!-- -->``, or a directive line in plain text)."""

    span: Span
    body: str


@dataclass
class Metadata:
    """What the file says about the article: front matter, HTML meta tags, byline and dateline."""

    title: str | None = None
    authors: tuple[str, ...] = ()
    date: dt.date | None = None
    date_text: str | None = None
    description: str | None = None
    origin: dict[str, str] = field(default_factory=dict)  # field → "front-matter" | "json-ld" | …


SENTENCE_KINDS = frozenset({BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.BLOCKQUOTE,
                            BlockKind.TABLE_CELL})
PARAGRAPH_KINDS = frozenset({BlockKind.PARAGRAPH, BlockKind.BLOCKQUOTE})
HEADING_KINDS = frozenset({BlockKind.HEADLINE, BlockKind.HEADING})


@dataclass
class Document:
    """A parsed article: its source, blocks, comments and metadata; what rules read."""

    source: Source
    blocks: list[Block]
    comments: list[Comment] = field(default_factory=list)
    metadata: Metadata = field(default_factory=Metadata)
    front_matter: dict = field(default_factory=dict)
    notices: list[str] = field(default_factory=list)  # checks that could not run on it, and why
    _derived: dict = field(default_factory=dict, repr=False, compare=False)

    def derived(self, compute: Callable[[Document], T]) -> T:
        """``compute(self)``, worked out once per document: for an analysis a family's rules share."""
        if compute not in self._derived:
            self._derived[compute] = compute(self)
        return self._derived[compute]

    @property
    def text(self) -> str:
        return self.source.text

    @cached_property
    def prose(self) -> str:
        """Every block's prose, one block per line: the text the rules read, for cheap pre-checks."""
        return "\n".join(block.unit.text for block in self.blocks)

    @cached_property
    def lowers_like_re(self) -> bool:
        """``lowers_like_re(prose)``: ``lowered_prose`` shows every match of a case-insensitive
        ASCII literal (else a pre-check must search the prose itself, or ``fold_like_re`` it)."""
        return lowers_like_re(self.prose)

    @cached_property
    def lowered_prose(self) -> str:
        """``prose`` in lower case: a rule whose every finding needs a word can skip a document
        that lacks it (``"said" in document.lowered_prose``) before running its patterns."""
        return self.prose.lower()

    @cached_property
    def prose_words(self) -> frozenset[str]:
        """The lower-case words of ``prose`` (runs of letters, digits and underscores)."""
        return frozenset(_WORD.findall(self.lowered_prose))

    @property
    def format(self) -> Format:
        return self.source.format

    @property
    def headline(self) -> Block | None:
        return next((b for b in self.blocks if b.kind is BlockKind.HEADLINE), None)

    def blocks_of(self, kinds: frozenset[BlockKind]) -> Iterator[Block]:
        return (b for b in self.blocks if b.kind in kinds)

    def sentences(self) -> Iterator[TextUnit]:
        for block in self.blocks_of(SENTENCE_KINDS):
            yield from block.sentences
