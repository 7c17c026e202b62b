"""Building and applying fixes: the edits a diagnostic carries, turned into new text."""

from __future__ import annotations

from collections.abc import Iterable

from copydesk.document import Block, Document
from copydesk.model import Diagnostic, Edit, Fix, Span


def delete_block(document: Document, block: Block, title: str, *, safe: bool = True) -> Fix:
    """A fix (safe unless ``safe=False``) removing ``block``, its whole lines and the blank lines after.

    When the block ends the file, the blank lines before it go too, so that no gap is left at
    the end.
    """
    text = document.text
    start = text.rfind("\n", 0, block.span.start) + 1
    if text[start:block.span.start].strip():
        start = block.span.start  # the block shares its line with other text: take only the block
    end = block.span.end
    newline = text.find("\n", end)
    line_end = len(text) if newline == -1 else newline + 1
    if not text[end:line_end].strip():
        end = line_end
        while end < len(text):
            newline = text.find("\n", end)
            next_end = len(text) if newline == -1 else newline + 1
            if text[end:next_end].strip():
                break
            end = next_end
    if end == len(text):  # last block: take the blank lines before it too, keep the line break before them
        start = blank_lines_before(text, start)
    return Fix(title, (Edit(Span(start, end), ""),), safe=safe)


def blank_lines_before(text: str, start: int) -> int:
    """Where the run of blank lines just before the line starting at ``start`` begins."""
    while start > 0:
        previous = text.rfind("\n", 0, start - 1) + 1
        if text[previous:start].strip():
            break
        start = previous
    return start


def apply_fixes(text: str, diagnostics: Iterable[Diagnostic], *, unsafe: bool = False) -> tuple[str, int]:
    """Apply the fixes of ``diagnostics`` to ``text``; (new text, number of fixes applied).

    Only safe fixes unless ``unsafe``. A fix whose edits overlap an earlier one is skipped, as
    ruff does: run again to apply it to the new text.
    """
    chosen: list[Edit] = []
    taken: list[Span] = []
    applied = 0
    fixes = sorted((d.fix for d in diagnostics if d.fix and (d.fix.safe or unsafe)),
                   key=lambda f: min(e.span.start for e in f.edits) if f.edits else 0)
    for fix in fixes:
        if any(_overlap(e.span, t) for e in fix.edits for t in taken):
            continue
        chosen.extend(fix.edits)
        taken.extend(e.span for e in fix.edits)
        applied += 1
    for edit in sorted(chosen, key=lambda e: (e.span.start, e.span.end), reverse=True):
        text = text[:edit.span.start] + edit.replacement + text[edit.span.end:]
    return text, applied


def _overlap(a: Span, b: Span) -> bool:
    return (a.start < b.end and b.start < a.end) or a == b
