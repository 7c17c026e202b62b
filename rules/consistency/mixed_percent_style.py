"""Percentages written two ways in one article: "5%" beside "7 percent", or "percent" beside "per cent".

Why:
    House style picks one way to write a percentage. "5%" in one paragraph and "7 per cent" in the
    next looks unedited, or like two texts stitched together.

Bad:
    Prices rose 5% in May. Wages rose 2 percent, and rents 3 percent.
Good:
    Prices rose 5% in May. Wages rose 2%, and rents 3%.

Options:
    style: the house style, "%", "percent" or "per cent"; every other form is then reported, with a
        safe fix. Empty (the default): the form used most wins, and the others are reported, with
        an unsafe fix; on a tie the first form used wins.

Notes:
    Two choices are compared separately: the sign or a word after a figure ("5%", "5 percent"),
    and the spelling of the word ("percent", "per cent"). A spelled-out number ("five per cent",
    "Forty per cent" opening a sentence) takes the word in most styles, so it is never compared
    with "%". Headlines, headings and table cells are not counted: many styles put "%" there to
    save space. "percentage" is another word.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from copydesk import BlockKind, Context, Diagnostic, Document, Edit, Fix, Options, Scope, TextUnit, rule, rx

_FORMS = rx.compile(r"(?<=\d)(?P<sign>\s?%)|(?P<space>(?<=\d)\s)?\b(?P<word>[Pp]er\s?[Cc]ent)\b")
_COUNTED = frozenset({BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.BLOCKQUOTE})
STYLES = ("%", "percent", "per cent")


@dataclass(frozen=True)
class PercentOptions(Options):
    """CN003's options, described in the module's docstring."""

    style: str = ""

    def __post_init__(self) -> None:
        if self.style.strip() and " ".join(self.style.lower().split()) not in STYLES:
            raise ValueError(f"unknown style {self.style!r}: use '%', 'percent' or 'per cent'")


@dataclass(frozen=True)
class _Use:
    """One way of writing per cent in the article."""

    unit: TextUnit
    start: int
    end: int
    form: str          # "%", "percent" or "per cent"
    after_figure: bool


def _uses(document: Document) -> list[_Use]:
    found = []
    for block in document.blocks_of(_COUNTED):
        for match in _FORMS.finditer(block.unit.text):
            if match["sign"]:
                found.append(_Use(block.unit, match.start(), match.end(), "%", True))
            else:
                form = "percent" if re.fullmatch(r"[Pp]ercent", match["word"]) else "per cent"
                found.append(_Use(block.unit, match.start(), match.end(), form, bool(match["space"])))
    return found


def _majority(forms: list[str]) -> str | None:
    counts = Counter(forms)
    if len(counts) < 2:
        return None
    return max(counts, key=lambda f: (counts[f], -forms.index(f)))


@rule(code="CN003", name="mixed-percent-style", scope=Scope.DOCUMENT, options=PercentOptions)
def check(document: Document, ctx: Context[PercentOptions]) -> Iterator[Diagnostic]:
    # "percent" and "per cent" end at word boundaries, so they are words of the prose
    spelled_out = "percent" in document.prose_words or "cent" in document.prose_words
    if not spelled_out and (not ctx.options.style.strip() or "%" not in document.prose):
        return  # no percentage, or only '%' ones and no house style to hold them to
    uses = _uses(document)
    style = " ".join(ctx.options.style.lower().split())
    configured = bool(style)
    figures = [u for u in uses if u.after_figure]
    words = [u for u in uses if u.form != "%"]
    if configured:
        sign = "%" if style == "%" else "word"
        word = style if style != "%" else None
    else:
        sign = _majority(["%" if u.form == "%" else "word" for u in figures])
        word = _majority([u.form for u in words])
    counts = Counter(u.form for u in uses)
    for use in uses:
        raw = use.unit.text[use.start:use.end]
        shown = raw.strip()
        lead = len(raw) - len(raw.lstrip())
        whole = use.unit.source_span(use.start, use.end)  # with the space before a word, for the fixes
        span = use.unit.source_span(use.start + lead, use.end)
        if use.after_figure and sign == "%" and use.form != "%":
            why = ("the house style is '%'" if configured
                   else f"the article writes '%' after figures ({counts['%']} times)")
            fix = Fix("write '%'", (Edit(whole, "%"),), safe=configured)
        elif use.after_figure and sign == "word" and use.form == "%":
            target = word or max((f for f in STYLES[1:]), key=lambda f: counts[f])
            why = (f"the house style is '{target}'" if configured
                   else f"the article writes '{target}' after figures elsewhere")
            fix = Fix(f"write '{target}'", (Edit(whole, f" {target}"),), safe=configured)
        elif word is not None and use.form not in ("%", word):
            why = (f"the house style is '{word}'" if configured
                   else f"the article mostly writes '{word}' ({counts[word]} times)")
            fix = Fix(f"write '{word}'", (Edit(span, word),), safe=configured)
        else:
            continue
        yield ctx.report(span, f"'{shown}' for a percentage, but {why}: use one style", fix)
