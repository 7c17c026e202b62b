"""Style advice from LanguageTool: wordy phrases, redundancy, plain English, colloquialisms.

Why:
    Wordy or redundant phrasing wastes the reader's time. Advice, not an error: info by default;
    LanguageTool's long-sentence and long-paragraph rules are off, the RD rules own them.

Bad:
    The council met in order to discuss the budget.
Good:
    The council met to discuss the budget.

Options:
    none here: LanguageTool's server, language and switched-off rules are set under
    [tool.copydesk.grammar] (README: Grammar).
"""

from __future__ import annotations

from collections.abc import Iterator

from copydesk import Context, Diagnostic, Document, Scope, rule
from copydesk.rules.grammar import languagetool_findings


@rule(code="GR004", name="style", scope=Scope.DOCUMENT, severity="info")
def check(document: Document, ctx: Context) -> Iterator[Diagnostic]:
    yield from languagetool_findings(document, ctx)
