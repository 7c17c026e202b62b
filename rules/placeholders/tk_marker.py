"""The newsroom marker "TK" ("to come") or "TKTK" left in copy.

Why:
    Reporters type TK where a fact is still missing, so they can search for it before filing. One
    that survives to publication is a hole in the story.

Bad:
    The company employs TK people in Ohio.
Good:
    The company employs 4,200 people in Ohio.

Good:
    She bought a coat at TK Maxx.

Options:
    (none)

Notes:
    Only the capitalised forms count. "TK" followed by a capitalised word or a possessive "'s" is
    taken as a name (TK Maxx, TK Elevator, "TK's apartment").
"""

from __future__ import annotations

from collections.abc import Iterator

from copydesk import Context, Diagnostic, Scope, TextUnit, rule, rx

# Not before a capitalised word (TK Maxx) or a possessive (a character called TK: "TK's flat").
_TK = rx.compile(r"(?<![\w-])(?:TK(?:TK)*|\[TK\])(?![\w-])(?!\s+[A-Z][a-z])(?!['’]s\b)")


@rule(code="PH002", name="tk-marker", scope=Scope.TEXT, severity="error")
def check(unit: TextUnit, ctx: Context) -> Iterator[Diagnostic]:
    if "TK" not in unit.text:
        return
    for match in _TK.finditer(unit.text):
        yield ctx.report(unit.source_span(*match.span()),
                         f"'{match.group(0)}' (to come) marks missing information: fill it in")
