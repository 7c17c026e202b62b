"""GR: grammar and spelling — LanguageTool's findings in six codes, and an offline speller.

LanguageTool is configured under ``[tool.copydesk.grammar]`` (README: Grammar); when it is off or
cannot be reached, these rules report nothing and say so once per run, and GR101 checks spelling
with a hunspell dictionary instead.
"""

from __future__ import annotations

from collections.abc import Iterator

from copydesk import Context, Diagnostic, Document, Edit, Fix
from copydesk.grammar import GrammarSettings, languagetool_report

# This family's rules, one module each, in code order.
RULES: tuple[str, ...] = (
    "grammar",
    "spelling",
    "punctuation",
    "style",
    "casing_and_typography",
    "other_language_issue",
    "offline_spelling",
)


def settings(ctx: Context) -> GrammarSettings:
    return ctx.config.grammar if ctx.config is not None else GrammarSettings()


def languagetool_findings(document: Document, ctx: Context) -> Iterator[Diagnostic]:
    """LanguageTool's matches for this rule's code, with its first suggestion as an unsafe fix."""
    for found in languagetool_report(document, settings(ctx)).findings:
        if found.code != ctx.rule.code:
            continue
        fix = None
        if found.replacement is not None:
            edit = Edit(found.span, found.replacement)
            fix = Fix(f"replace with '{found.replacement}'", (edit,), safe=False)
        yield ctx.report(found.span, found.message, fix)
