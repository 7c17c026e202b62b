"""A copydesk directive comment that cannot be understood.

Why:
    A malformed directive suppresses nothing, so the writer believes a finding is silenced when it
    is not; an unknown rule code is usually a typo.

Bad:
    <!-- copydesk: disable-next-line -->
    The date is [DATE].
Good:
    <!-- copydesk: disable-next-line PH001 -- the slot is quoted from the template -->
    The date is [DATE].

Options:
    (none)

Notes:
    Directives live in comments: ``<!-- copydesk: ACTION RULES -->`` in Markdown and HTML, or a
    line of its own in plain text. Actions: disable-next-line, disable-line, disable, enable,
    disable-file; rules are codes, code prefixes, names, or ``all``. A reason may follow `` -- ``.
"""

from __future__ import annotations

from collections.abc import Iterator

from copydesk import Context, Diagnostic, Scope, rule
from copydesk.suppress import Directive


@rule(code="MD901", name="invalid-directive", scope=Scope.DOCUMENT, severity="warning")
def check(directive: Directive, ctx: Context) -> Iterator[Diagnostic]:
    # Called by the engine once per malformed directive, after the other rules ran.
    yield ctx.report(directive.span, f"invalid copydesk directive: {directive.error}; it suppresses nothing")
