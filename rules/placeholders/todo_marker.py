"""Writers' notes such as TODO, TBD, TBC, FIXME or XXX left in the text.

Why:
    These markers are notes to the writer or editor, never meant for readers.

Bad:
    The launch date is TBD.
Good:
    The launch date is 4 March.

Bad:
    FIXME: check the figure with the finance desk.
Good:
    Super Bowl XXX was played in Arizona.

Options:
    extra_markers: more words to treat as markers (case-sensitive, whole words).

Notes:
    Markers count only in capitals and as whole words. "XXX" after a capitalised word is a roman
    numeral (Super Bowl XXX), not a marker.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from copydesk import Context, Diagnostic, Options, Scope, TextUnit, rule

MARKERS = ("TODO", "TBD", "TBC", "FIXME", "XXX")
_ROMAN_CONTEXT = re.compile(r"[A-Z][\w.]*\s+$")


@dataclass(frozen=True)
class TodoOptions(Options):
    extra_markers: tuple[str, ...] = ()


@rule(code="PH003", name="todo-marker", scope=Scope.TEXT, severity="error", options=TodoOptions)
def check(unit: TextUnit, ctx: Context[TodoOptions]) -> Iterator[Diagnostic]:
    words = "|".join(re.escape(m) for m in sorted({*MARKERS, *ctx.options.extra_markers}, key=len, reverse=True))
    for match in re.finditer(rf"(?<![\w-])(?:{words})(?![\w-])", unit.text):
        if match.group(0) == "XXX" and _ROMAN_CONTEXT.search(unit.text, 0, match.start()):
            continue
        yield ctx.report(unit.source_span(*match.span()), f"writer's note '{match.group(0)}' left in text")
