"""A headline too long for a search result or a social card.

Why:
    Search engines and social networks cut a headline after about 60-70 characters. What is cut
    is what the reader never sees, and a long headline usually buries the news in its second
    half.

Bad:
    Council approves long-delayed plan to rebuild the harbour ferry terminal after years of debate

    The vote passed on Tuesday.
Good:
    Council approves harbour ferry terminal rebuild

    The vote passed on Tuesday.

Options:
    max_characters: the longest headline allowed, in characters (default 70).

Notes:
    Only the headline is measured (the first heading, or a plain-text article's first short
    line), not the subheadings. The finding points at the first character past the limit.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from copydesk import BlockKind, Context, Diagnostic, Options, Scope, TextUnit, rule


@dataclass(frozen=True)
class HeadlineOptions(Options):
    max_characters: int = 70

    def __post_init__(self) -> None:
        if self.max_characters < 1:
            raise ValueError(f"max_characters must be 1 or more, not {self.max_characters}")


@rule(code="EX001", name="long-headline", scope=Scope.HEADING, options=HeadlineOptions)
def check(unit: TextUnit, ctx: Context[HeadlineOptions]) -> Iterator[Diagnostic]:
    limit = ctx.options.max_characters
    text = unit.text.rstrip()
    if unit.kind is BlockKind.HEADLINE and len(text) > limit:
        yield ctx.report(unit.source_span(limit, len(text)),
                         f"headline of {len(text)} characters (limit {limit}): readers of search results "
                         "and social cards will not see the end")
