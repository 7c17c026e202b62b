"""Direct quotations inside a unit of prose: the words a named or unnamed speaker said.

Rules use these spans to leave people's own words alone (a stock phrase or an unsourced claim inside
a quotation is the speaker's, not the article's) or to look for the speaker next to them.

Double quotes pair up in order, straight or curly. Curly single quotes count only when they open
after a space or bracket and close before one, so apostrophes ("Russia’s", "the ’90s") never open a
quotation. Straight single quotes are left out: apostrophes make them ambiguous. A double quote
left open runs to the end of the unit, because news style leaves a paragraph's closing quote off
when the quotation goes on in the next paragraph.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import pairwise

from copydesk import rx

_OPENING = {'"': '"', "“": "”", "„": "“", "«": "»"}
_DOUBLE = rx.compile(r'["“”„«»]')
# ‘ opens after the start, whitespace, a bracket or a dash; ’ closes before the end, whitespace or
# punctuation and after a letter or punctuation (never inside a word, where it is an apostrophe).
_SINGLE = rx.compile(r"(?:(?<![\w’‘])‘(?=\S))|(?:(?<=[\w.,!?;:—–-])’(?![\w]))")


@dataclass(frozen=True)
class Quotations:
    """The quoted stretches of one text, as sorted, non-overlapping ``(start, end)`` offsets."""

    spans: tuple[tuple[int, int], ...]

    def __contains__(self, offset: int) -> bool:
        index = bisect.bisect_right(self.spans, (offset, float("inf"))) - 1
        return index >= 0 and self.spans[index][0] <= offset < self.spans[index][1]

    def covers(self, start: int, end: int) -> bool:
        """True when the stretch ``start:end`` lies wholly inside one quotation."""
        index = bisect.bisect_right(self.spans, (start, float("inf"))) - 1
        return index >= 0 and self.spans[index][0] <= start and end <= self.spans[index][1]

    def overlaps(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.spans)

    @cached_property
    def in_order(self) -> bool:
        """Sorted and not overlapping, as promised (single and double quotes may cross)."""
        return disjoint(self.spans)


def disjoint(spans: Sequence[tuple[int, int]]) -> bool:
    """Are ``spans`` in order, each ending before (or where) the next starts?"""
    return all(s <= e for s, e in spans) and all(a[1] <= b[0] for a, b in pairwise(spans))


def overlapping(spans: Sequence[tuple[int, int]], start: int, end: int,
                in_order: bool) -> Sequence[int]:
    """Indices of the spans with ``s < end and start < e``, in order: by binary search when
    ``in_order`` (what ``disjoint(spans)`` says), else by a scan. A long paragraph asks once per
    sentence or quotation, and a scan each time made it quadratic."""
    if not in_order:
        return [index for index, (s, e) in enumerate(spans) if s < end and start < e]
    first = bisect.bisect_right(spans, start, key=lambda span: span[1])
    return range(first, bisect.bisect_left(spans, end, lo=first, key=lambda span: span[0]))


@lru_cache(maxsize=1024)  # several families ask about the same paragraphs and sentences
def quotations(text: str) -> Quotations:
    """The direct quotations in ``text``, quote marks included."""
    spans = _double_quoted(text)
    spans += [span for span in _single_quoted(text) if not any(s <= span[0] < e for s, e in spans)]
    return Quotations(tuple(sorted(spans)))


def _double_quoted(text: str) -> list[tuple[int, int]]:
    spans = []
    opened: tuple[int, str] | None = None
    for match in _DOUBLE.finditer(text):
        mark = match.group()
        if opened is None:
            if mark in _OPENING:
                opened = (match.start(), _OPENING[mark])
        elif mark == opened[1] or (mark in '"”' and opened[1] in '"”'):
            spans.append((opened[0], match.end()))
            opened = None
    if opened is not None:
        spans.append((opened[0], len(text)))
    return spans


def _single_quoted(text: str) -> list[tuple[int, int]]:
    spans = []
    start = None
    for match in _SINGLE.finditer(text):
        if match.group() == "‘":
            start = match.start() if start is None else start
        elif start is not None:
            spans.append((start, match.end()))
            start = None
    return spans
