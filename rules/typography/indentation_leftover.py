"""Lines of a plain-text article indented with spaces or tabs, left over from copying or extraction.

Why:
    Text copied out of a web page, a PDF or an email often keeps the indentation of its old layout.
    In a plain-text article that indentation means nothing, breaks the look of the piece when it is
    published, and hides which lines belong together.

Bad:
    Talks resume
        By Hanan Zuhry

        The Kremlin said the talks would resume in July.
Good:
    Talks resume
    By Hanan Zuhry

    The Kremlin said the talks would resume in July.

Good:
    The plan has three parts:
    - a ceasefire
      - monitored by the OSCE

Options:
    (none)

Notes:
    Plain text only: in Markdown indentation is syntax (code blocks, list items) and in HTML it is
    markup. Consecutive indented lines, blank lines between them included, make one run and one
    diagnostic. A run of a single line is left alone, since indenting one paragraph is how plain
    text sets off a block quotation. Indented list items alone are a nested list and are left
    alone; list items inside a run of indented paragraphs go with them. The fix, safe, removes the
    indentation the run's lines share.
"""

from __future__ import annotations

from collections.abc import Iterator

from copydesk import BlockKind, Context, Diagnostic, Document, Edit, Fix, Scope, Span, rule, shorten
from copydesk.source import Format

# A line break (LF, CR) followed by indentation: without one, no line but the first is indented.
_INDENTED_LINE = ("\n ", "\n\t", "\r ", "\r\t")
# A lone indented line is how plain text sets off a block quotation; a run of them is layout.
MIN_LINES = 2


@rule(code="TY009", name="indentation-leftover", scope=Scope.DOCUMENT)
def check(document: Document, ctx: Context) -> Iterator[Diagnostic]:
    text = document.text
    if document.format is not Format.TEXT or not (text.startswith((" ", "\t"))
                                                  or any(pair in text for pair in _INDENTED_LINE)):
        return
    lines = document.source.lines
    runs: list[list[tuple[int, bool]]] = []  # runs of (line number, is a list item)
    run: list[tuple[int, bool]] = []
    previous_line = 0
    for block in document.blocks:
        numbers = list(lines.lines_of(block.span.start, block.span.end))
        indented = all(lines.line_text(n)[:1] in (" ", "\t") for n in numbers)
        gap_is_blank = all(not lines.line_text(n).strip() for n in range(previous_line + 1, numbers[0]))
        if not indented or not gap_is_blank:
            if run:
                runs.append(run)
            run = []
        if indented:
            run.extend((n, block.kind is BlockKind.LIST_ITEM) for n in numbers)
        previous_line = numbers[-1]
    if run:
        runs.append(run)
    for found in runs:
        if all(is_item for _, is_item in found) or len(found) < MIN_LINES:
            continue  # a nested list, or one indented paragraph: plain text's way to set off a quotation
        numbers = [n for n, _ in found]
        texts = [lines.line_text(n) for n in numbers]
        common = min(len(t) - len(t.lstrip(" \t")) for t in texts)
        prefix = _common_prefix([t[:common] for t in texts])
        start = lines.line_start(numbers[0])
        indent = len(texts[0]) - len(texts[0].lstrip(" \t"))
        more = f" and {len(numbers) - 1} more lines" if len(numbers) > 1 else ""
        fix = None
        if prefix:  # lines mixing tabs and spaces differently share no indentation to remove
            edits = tuple(Edit(Span(lines.line_start(n), lines.line_start(n) + len(prefix)), "")
                          for n in numbers)
            fix = Fix("remove the indentation", edits)
        width = _describe(prefix) if prefix else "spaces and tabs"
        yield ctx.report(Span(start, start + indent), f"'{shorten(texts[0].strip(), 30)}'{more} indented by "
                                                      f"{width}: remove the indentation", fix)


def _common_prefix(prefixes: list[str]) -> str:
    shortest = min(prefixes, key=len)
    for i, char in enumerate(shortest):
        if any(p[i] != char for p in prefixes):
            return shortest[:i]
    return shortest


def _describe(prefix: str) -> str:
    tabs, spaces = prefix.count("\t"), prefix.count(" ")
    parts = [f"{count} {name}{'s' * (count != 1)}"
             for count, name in ((tabs, "tab"), (spaces, "space")) if count]
    return " and ".join(parts)
