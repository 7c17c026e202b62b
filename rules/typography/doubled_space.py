"""Two or more spaces between words or after a full stop.

Why:
    Doubled spaces are a typewriter habit or the trace of a deleted word. In print and in most
    plain-text channels they show as gaps in the line.

Bad:
    The talks ended on Friday.  Both sides left Geneva.
Good:
    The talks ended on Friday. Both sides left Geneva.

Options:
    (none)

Notes:
    Only spaces inside a line of prose count: indentation is TY009's, spaces at the end of a line
    TY007's, and code blocks, inline code, front matter and Markdown tables (whose cells are often
    padded to line up) are not read. HTML is skipped: a browser shows a run of spaces as one. The
    fix, safe, leaves a single space.
"""

from __future__ import annotations

from collections.abc import Iterator

from copydesk import BlockKind, Context, Diagnostic, Edit, Fix, Scope, TextUnit, rule, rx
from copydesk.rules.typography import whitespace_checked
from copydesk.segment import run_before

# (not between table pipes: a table typed in plain text pads its cells)
_RUN = rx.compile(r"(?<=[^\s|])[ \t]{2,}(?=[^\s|])")
_WORD_AFTER = rx.compile(r"\S+")


@rule(code="TY006", name="doubled-space", scope=Scope.TEXT)
def check(unit: TextUnit, ctx: Context) -> Iterator[Diagnostic]:
    text = unit.text
    if "  " not in text and "\t" not in text:
        return  # no two spaces or tabs in a row
    if unit.kind is BlockKind.TABLE_CELL or not whitespace_checked(ctx.document):
        return
    source = ctx.document.text
    for match in _RUN.finditer(text):
        span = unit.source_span(*match.span())
        if source[span.start:span.end] != match.group():
            continue  # not a verbatim run of the source (markup in between)
        start, stop = run_before(text, match.start(), lambda char: not char.isspace())  # \S+$
        before = text[start:stop]
        after = _WORD_AFTER.match(text, match.end())
        words = f"{before}{match.group()}{after.group() if after else ''}"
        yield ctx.report(span, f"{len(match.group())} spaces in '{words}': use one space",
                         Fix("use one space", (Edit(span, " "),)))
