"""Lorem ipsum filler text.

Why:
    Filler text stands in for copy that was never written.

Bad:
    Lorem ipsum dolor sit amet, consectetur adipiscing elit.
Good:
    The council approved the budget on Tuesday.

Good:
    Designers have used the words "lorem ipsum" as filler since the 1500s.

Options:
    (none)

Notes:
    One diagnostic per block. The filler's own word sequences count ("lorem ipsum dolor",
    "dolor sit amet", "consectetur adipiscing"); the phrase "lorem ipsum" alone counts only when it
    opens a block, so an article about the filler is not flagged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from copydesk import Context, Diagnostic, Scope, TextUnit, rule, rx
from copydesk.rules.llm._prefilter import may_match

_FILLER = rx.compile(r"\blorem\s+ipsum\s+dolor\b|\bdolor\s+sit\s+amet\b|\bconsectetur\s+adipiscing\b|"
                     r"\bsed\s+do\s+eiusmod\b|^\W*lorem\s+ipsum\b", re.IGNORECASE)


@rule(code="PH006", name="lorem-ipsum", scope=Scope.TEXT, severity="error")
def check(unit: TextUnit, ctx: Context) -> Iterator[Diagnostic]:
    if not may_match(ctx.document, _FILLER):
        return
    match = _FILLER.search(unit.text)
    if match:
        yield ctx.report(unit.source_span(*match.span()), "filler text (lorem ipsum) left in text")
