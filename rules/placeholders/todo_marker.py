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
    Markers count only in capitals and as whole words. Left alone: a marker inside a quotation (a
    document "listed as 'TBD'"); a marker that is one entry of a list of names ("Murphy, Horgan,
    TBC, D'Arcy", a squad still to be confirmed; "They are: XXX, Hellboy", a film title); and "XXX"
    next to a capitalised word, a roman numeral or name (Super Bowl XXX, XXX Corps).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from copydesk import Context, Diagnostic, Options, Scope, TextUnit, rule, rx
from copydesk.rules.placeholders.bracket_placeholder import inside_quotation

MARKERS = ("TODO", "TBD", "TBC", "FIXME", "XXX")
_ROMAN_BEFORE = rx.compile(r"[A-Z][\w.'’]*\s+$")
_ROMAN_AFTER = rx.compile(r"\s+[A-Z][a-z]")
_LIST_BEFORE = rx.compile(r"[,:]\s*$")
_LIST_AFTER = rx.compile(r"\s*,\s*[A-Z]")


@dataclass(frozen=True)
class TodoOptions(Options):
    """PH003's options, described in the module's docstring."""

    extra_markers: tuple[str, ...] = ()


def _is_name_or_entry(text: str, start: int, end: int, marker: str) -> bool:
    """Is the marker at ``text[start:end]`` a list entry, or (for XXX) a roman numeral or name?"""
    if _LIST_BEFORE.search(text, 0, start) and _LIST_AFTER.match(text, end):
        return True
    return marker == "XXX" and bool(_ROMAN_BEFORE.search(text, 0, start) or _ROMAN_AFTER.match(text, end))


@lru_cache(maxsize=16)
def _marker_pattern(extra_markers: tuple[str, ...]) -> re.Pattern[str]:
    """Built once per set of options, not once per block."""
    markers = sorted({*MARKERS, *extra_markers}, key=len, reverse=True)
    words = "|".join(re.escape(m) for m in markers)
    return rx.compile(rf"(?<![\w-])(?:{words})(?![\w-])")


@rule(code="PH003", name="todo-marker", scope=Scope.TEXT, severity="error", options=TodoOptions)
def check(unit: TextUnit, ctx: Context[TodoOptions]) -> Iterator[Diagnostic]:
    text = unit.text
    if not any(marker in text for marker in (*MARKERS, *ctx.options.extra_markers)):
        return  # the pattern matches the markers literally, case and all
    for match in _marker_pattern(ctx.options.extra_markers).finditer(text):
        if _is_name_or_entry(text, match.start(), match.end(), match.group(0)):
            continue
        if inside_quotation(text, match.start()):
            continue
        yield ctx.report(unit.source_span(*match.span()), f"writer's note '{match.group(0)}' left in text")
