"""Grammar errors LanguageTool finds: agreement, wrong word forms, confused words, repeated words.

Why:
    A grammar slip ("could of", "a apple", "their is") is the first thing a reader notices and the
    last a spell checker catches. LanguageTool's GRAMMAR, CONFUSED_WORDS, COMPOUNDING, REPETITIONS and
    FALSE_FRIENDS categories land here; the message ends with LanguageTool's rule id.

Bad:
    She could of left earlier.
Good:
    She could have left earlier.

Options:
    none here: LanguageTool's server, language and switched-off rules are set under
    [tool.copydesk.grammar] (README: Grammar).
"""

from __future__ import annotations

from collections.abc import Iterator

from copydesk import Context, Diagnostic, Document, Scope, rule
from copydesk.rules.grammar import languagetool_findings


@rule(code="GR001", name="grammar", scope=Scope.DOCUMENT, severity="warning")
def check(document: Document, ctx: Context) -> Iterator[Diagnostic]:
    yield from languagetool_findings(document, ctx)
