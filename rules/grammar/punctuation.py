"""Punctuation errors LanguageTool finds: a space before a comma, a missing comma, doubled marks.

Why:
    Misplaced punctuation changes how a sentence reads, or makes it look careless. LanguageTool rules
    about spaces, quotes, brackets and dashes are switched off: the TY rules own them.

Bad:
    The minister , who resigned, spoke.
Good:
    The minister, who resigned, spoke.

Options:
    none here: LanguageTool's server, language and switched-off rules are set under
    [tool.copydesk.grammar] (README: Grammar).
"""

from __future__ import annotations

from collections.abc import Iterator

from copydesk import Context, Diagnostic, Document, Scope, rule
from copydesk.rules.grammar import languagetool_findings


@rule(code="GR003", name="punctuation", scope=Scope.DOCUMENT, severity="warning")
def check(document: Document, ctx: Context) -> Iterator[Diagnostic]:
    yield from languagetool_findings(document, ctx)
