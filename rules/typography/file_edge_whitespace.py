"""Blank lines at the start or end of the file, or no line break after its last line.

Why:
    A text file ends with exactly one line break. Blank lines around the article are leftovers of
    pasting or extraction; a missing final line break makes tools that join or compare files run
    the last line into the next file.

Bad:
    The talks ended on Friday.
    \u00a0
Good:
    The talks ended on Friday.

Options:
    (none)

Notes:
    Lines holding only whitespace count as blank (the Bad example's second line holds a no-break
    space). Trailing spaces on the last line of text are
    TY007's. HTML is skipped: its whitespace is markup. Each fix is safe: it deletes the blank
    lines, or adds the line break the file uses elsewhere (CRLF or LF).
"""

from __future__ import annotations

from collections.abc import Iterator

from copydesk import Context, Diagnostic, Document, Edit, Fix, Scope, Span, rule, shorten
from copydesk.rules.typography import whitespace_checked


@rule(code="TY008", name="file-edge-whitespace", scope=Scope.DOCUMENT, severity="info")
def check(document: Document, ctx: Context) -> Iterator[Diagnostic]:
    text = document.text
    if not whitespace_checked(document) or not text.strip():
        return
    lines = document.source.lines
    # The first and last lines that hold more than whitespace (line breaks are whitespace too).
    first = lines.position(len(text) - len(text.lstrip()))[0]
    last = lines.position(len(text.rstrip()) - 1)[0]
    if first > 1:
        blank = first - 1
        span = Span(0, lines.line_start(first))
        yield ctx.report(span, f"{_lines(blank)} at the start of the file, before "
                               f"'{shorten(lines.line_text(first).strip(), 40)}': delete {_them(blank)}",
                         Fix("delete the blank lines at the start", (Edit(span, ""),)))
    end = lines.line_start(last) + len(lines.line_text(last))
    tail = text[end:]
    extra = lines.line_count - last - (1 if tail.endswith(("\n", "\r")) else 0)
    if tail and extra <= 0:
        return  # the file ends with one line break: the usual case, with nothing to report
    newline = "\r\n" if "\r\n" in text else "\n"
    last_words = " ".join(lines.line_text(last).split()[-4:])
    if not tail:
        fix = Fix("add a final line break", (Edit(Span(end, end), newline),))
        yield ctx.report(Span(end, end), f"no line break at the end of the file, after '{last_words}': "
                                         "add one", fix)
        return
    first_break = len(newline) if tail.startswith(newline) else 1
    span = Span(end + first_break, len(text))
    yield ctx.report(span, f"{_lines(extra)} at the end of the file, after '{last_words}': "
                           f"delete {_them(extra)}",
                     Fix("delete the blank lines at the end", (Edit(Span(end, len(text)), newline),)))


def _lines(count: int) -> str:
    return "1 blank line" if count == 1 else f"{count} blank lines"


def _them(count: int) -> str:
    return "it" if count == 1 else "them"
