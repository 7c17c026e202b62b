"""Casing and typography LanguageTool finds: a lower-case "i", a sentence starting lower-case, odd symbols.

Why:
    Wrong capitals and stray symbols look careless. LanguageTool's CASING and TYPOGRAPHY categories
    land here; its quote, dash and whitespace rules are switched off, the TY rules own them.

Bad:
    Yesterday i think the minister left.
Good:
    Yesterday I think the minister left.

Options:
    none here: LanguageTool's server, language and switched-off rules are set under
    [tool.copydesk.grammar] (README: Grammar).
"""

from __future__ import annotations

from collections.abc import Iterator

from copydesk import Context, Diagnostic, Document, Scope, rule
from copydesk.rules.grammar import languagetool_findings


@rule(code="GR005", name="casing-and-typography", scope=Scope.DOCUMENT, severity="info")
def check(document: Document, ctx: Context) -> Iterator[Diagnostic]:
    yield from languagetool_findings(document, ctx)
