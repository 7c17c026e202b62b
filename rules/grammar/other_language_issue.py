"""Other LanguageTool findings: categories copydesk does not map to a GR code of its own.

Why:
    LanguageTool has more categories than copydesk has codes (MISC, SEMANTICS and any new one); they
    are reported here rather than dropped, with LanguageTool's rule id in the message.

Bad:
    The the minister resigned on Monday.
Good:
    The minister resigned on Monday.

Options:
    none here: LanguageTool's server, language and switched-off rules are set under
    [tool.copydesk.grammar] (README: Grammar).
"""

from __future__ import annotations

from collections.abc import Iterator

from copydesk import Context, Diagnostic, Document, Scope, rule
from copydesk.rules.grammar import languagetool_findings


@rule(code="GR006", name="other-language-issue", scope=Scope.DOCUMENT, severity="info")
def check(document: Document, ctx: Context) -> Iterator[Diagnostic]:
    yield from languagetool_findings(document, ctx)
