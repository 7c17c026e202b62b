"""A copydesk directive that suppresses nothing (opt-in: select MD902 to use it).

Why:
    A directive left behind after the text was fixed hides the next real finding of that rule.

Bad:
    <!-- copydesk: disable-next-line PH001 -->
    The talks were held on 3 June.
Good:
    <!-- copydesk: disable-next-line PH001 -->
    The template slot [DATE] is quoted on purpose.

Options:
    (none)

Notes:
    Off by default; turn it on with ``extend-select = ["MD902"]``. A directive for a rule that is
    not enabled counts as unused.
"""

from __future__ import annotations

from collections.abc import Iterator

from copydesk import Context, Diagnostic, Scope, rule
from copydesk.suppress import Directive


@rule(code="MD902", name="unused-directive", scope=Scope.DOCUMENT, severity="warning", default_enabled=False)
def check(directive: Directive, ctx: Context) -> Iterator[Diagnostic]:
    # Called by the engine once per valid directive that suppressed nothing.
    yield ctx.report(directive.span, f"unused copydesk directive '{directive.action} "
                                     f"{', '.join(directive.selectors)}': nothing here to suppress")
