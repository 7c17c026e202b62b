"""Spaces or tabs at the end of a line.

Why:
    Trailing whitespace is invisible in the editor but not to diff tools, content systems and
    plain-text channels, where it breaks line joins and shows up as noise in every revision.

Bad:
    The talks ended on Friday.\x20\x20\x20
    Both sides left Geneva.
Good:
    The talks ended on Friday.
    Both sides left Geneva.

Options:
    (none)

Notes:
    Plain text: every line. Markdown: the lines of prose blocks, and blank lines between them; front
    matter, code blocks, raw HTML and tables are not read, and two or more spaces ending a line
    inside a paragraph are a Markdown line break, not a slip. Blank lines at the end of the file are
    TY008's. HTML is skipped: its whitespace is markup. A file gets one diagnostic, at the first
    such line, naming the others; its fix, safe, deletes the whitespace on all of them.
"""

from __future__ import annotations

from collections.abc import Iterator

from copydesk import Context, Diagnostic, Document, Edit, Fix, Scope, Span, rule, rx
from copydesk.rules.typography import prose_lines, whitespace_checked
from copydesk.source import Format

_TRAILING = rx.compile(r"[ \t\u00a0]+$")
_LAST_WORD = rx.compile(r"\S+$")
_SPACES = (" ", "\t", "\u00a0")
# Trailing whitespace anywhere in the file: before a line break (LF, CR) or at its very end.
_BEFORE_BREAK = tuple(space + brk for space in _SPACES for brk in "\r\n")


@rule(code="TY007", name="trailing-whitespace", scope=Scope.DOCUMENT, severity="info")
def check(document: Document, ctx: Context) -> Iterator[Diagnostic]:
    text = document.text
    if not whitespace_checked(document) or not (text.endswith(_SPACES)
                                                 or any(pair in text for pair in _BEFORE_BREAK)):
        return
    lines = document.source.lines
    count = lines.line_count
    texts = [lines.line_text(n) for n in range(1, count + 1)]
    last_text = max((n for n in range(1, count + 1) if texts[n - 1].strip()), default=0)
    markdown = document.format is Format.MARKDOWN
    prose = prose_lines(document) if markdown else set(range(1, count + 1))
    block_of = {}
    if markdown:
        for index, block in enumerate(document.blocks):
            for n in lines.lines_of(block.span.start, block.span.end):
                block_of[n] = index
    found: list[tuple[int, Span, str]] = []
    for n in range(1, last_text + 1):
        line = texts[n - 1]
        match = _TRAILING.search(line)
        if not match:
            continue
        blank = not line.strip()
        if markdown and not (_between_prose(n, texts, prose) if blank else n in prose):
            continue
        if markdown and not blank and len(match.group()) >= 2 and block_of.get(n + 1, -1) == block_of.get(n):
            continue  # a Markdown line break
        start = lines.line_start(n)
        word = _LAST_WORD.search(line, 0, match.start())
        found.append((n, Span(start + match.start(), start + match.end()), word.group() if word else ""))
    if not found:
        return
    # One diagnostic for the file: the lines are listed, and one fix cleans them all.
    n, span, word = found[0]
    where = f"after '{word}'" if word else "on an empty line"
    others = ""
    if len(found) > 1:
        numbers = [str(k) for k, _, _ in found[1:]]
        listed = ", ".join(numbers[:5]) + (f" and {len(numbers) - 5} more" if len(numbers) > 5 else "")
        others = f" (also on line{'s' * (len(numbers) > 1)} {listed})"
    edits = tuple(Edit(s, "") for _, s, _ in found)
    yield ctx.report(span, f"trailing whitespace {where}{others}: delete it",
                     Fix("delete trailing whitespace", edits))


def _between_prose(n: int, texts: list[str], prose: set[int]) -> bool:
    """A blank line whose nearest non-blank neighbours are prose (or the start of the file)."""
    above = next((k for k in range(n - 1, 0, -1) if texts[k - 1].strip()), None)
    below = next((k for k in range(n + 1, len(texts) + 1) if texts[k - 1].strip()), None)
    return (above is None or above in prose) and (below is None or below in prose)
