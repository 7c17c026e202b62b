"""The headline printed again in the body.

Why:
    CMS exports, scrapers and AI pipelines often print the headline twice: once as the title and
    again as a heading or the first paragraph. Readers see the same line twice and the piece looks
    unedited.

Bad:
    Kremlin expects new round of talks

    Kremlin expects new round of talks

    The Kremlin expects clarity on the next round of talks before July.
Good:
    Kremlin expects new round of talks

    The Kremlin expects clarity on the next round of talks before July.

Options:
    min_words: the fewest words a headline needs to be checked (default 3), so that a one- or
        two-word title such as "Results" may recur as a section heading.

Notes:
    The headline is the body's own: the first line of plain text, the first H1 in Markdown or
    HTML. A later heading or paragraph with the same text, ignoring case, spacing and punctuation,
    is a copy; list items, table cells and block quotes are not compared (breadcrumbs, tables of
    contents, pull quotes). Metadata is not the body: a front-matter ``title:`` followed by the
    same ``# H1``, or an HTML ``<title>`` and the same ``<h1>``, is normal. The fix (safe) deletes
    the copy with its lines, in plain text and Markdown.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from copydesk import BlockKind, Context, Diagnostic, Document, Options, Scope, rule
from copydesk.rules.duplication._normalize import (
    comparison_key,
    delete_copy,
    headline_keys,
    line_of,
    word_count,
)

_COPY_KINDS = frozenset({BlockKind.HEADLINE, BlockKind.HEADING, BlockKind.PARAGRAPH})


@dataclass(frozen=True)
class HeadlineOptions(Options):
    """DU001's options, described in the module's docstring."""

    min_words: int = 3


@rule(code="DU001", name="repeated-headline", scope=Scope.DOCUMENT, options=HeadlineOptions)
def check(document: Document, ctx: Context[HeadlineOptions]) -> Iterator[Diagnostic]:
    headline = document.headline
    if headline is None:
        return
    keys = {key for key in headline_keys(headline) if word_count(key) >= ctx.options.min_words}
    if not keys:
        return
    first_line = line_of(document, headline.unit.span)
    after_headline = document.blocks[document.blocks.index(headline) + 1:]
    for block in after_headline:
        if block.kind not in _COPY_KINDS or comparison_key(block.unit.text) not in keys:
            continue
        fix = delete_copy(document, block, "delete the repeated headline", safe=True)
        yield ctx.report(block.unit.span, f"headline repeated in the body (first on line {first_line}): "
                                          "delete this copy", fix)
