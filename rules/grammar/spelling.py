"""Misspellings LanguageTool finds (its TYPOS category), names and house words left out.

Why:
    A misspelt word makes the whole article look unchecked. Capitalised words after the start of a
    sentence, names the article uses elsewhere and the house word list are not reported, as with
    the offline speller (GR101), which stands in when LanguageTool is off.

Bad:
    The minister met teh press on Monday.
Good:
    The minister met the press on Monday.

Options:
    none here: LanguageTool's server, language and switched-off rules are set under
    [tool.copydesk.grammar] (README: Grammar).
    words, wordlist: the house word list, shared with the offline speller.
"""

from __future__ import annotations

from collections.abc import Iterator

from copydesk import Context, Diagnostic, Document, Scope, rule
from copydesk.rules.grammar import languagetool_findings


@rule(code="GR002", name="spelling", scope=Scope.DOCUMENT, severity="warning")
def check(document: Document, ctx: Context) -> Iterator[Diagnostic]:
    yield from languagetool_findings(document, ctx)
