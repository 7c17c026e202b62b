"""Spaced en dashes and em dashes mixed in one article.

Why:
    House styles pick one dash for asides: a spaced en dash ("costs – economically") or an em dash,
    closed ("costs—economically") or spaced ("costs — economically"). An article using two of them
    was put together from different sources, or never copy-edited.

Bad:
    The talks – the first in months – ended early. Both sides—Kyiv and Moscow—left.

    The next round—if there is one—may come in July.
Good:
    The talks – the first in months – ended early. Both sides – Kyiv and Moscow – left.

Options:
    (none)

Notes:
    The style used most in the article is its style (a tie goes to the one used first); each dash of
    another style gets one diagnostic, with a safe fix that writes the majority style (spaces
    included). An unspaced en dash is a range or a compound ("1990–2000", "London–Paris") and is not
    counted, nor is a dash at the start of a line (an attribution). Hyphens typed as dashes are
    TY004's. Works the same on plain text, Markdown and HTML.
"""

from __future__ import annotations

from collections.abc import Iterator

from copydesk import Context, Diagnostic, Document, Edit, Fix, Scope, rule
from copydesk.rules.typography import DASH_STYLES, dash_counts, dashes, majority


@rule(code="TY005", name="mixed-dash-styles", scope=Scope.DOCUMENT)
def check(document: Document, ctx: Context) -> Iterator[Diagnostic]:
    counts = dash_counts(document)
    if len(counts) < 2:
        return
    main = majority(counts) or ""
    wanted = DASH_STYLES[main]
    for block in document.blocks:
        unit = block.unit
        text = unit.text
        for match, style in dashes(unit):
            if style == main:
                continue
            start, end = match.span()
            source = unit.source_span(start, end)
            exact = document.text[source.start:source.end] == text[start:end]
            fix = Fix(f"use a {main}", (Edit(source, wanted),)) if exact else None
            left = text.rfind(" ", 0, max(start - 1, 0)) + 1
            right = text.find(" ", end + 1)
            quoted = " ".join(text[left:right if right >= 0 else len(text)].split())
            yield ctx.report(source, f"{style} in '{quoted}' while the article mostly uses the {main} "
                                     f"('{wanted.strip()}'): use that", fix)
