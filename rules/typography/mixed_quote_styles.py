"""Straight and curly quotes or apostrophes mixed in one article.

Why:
    An article typed in one place and pasted from another shows it in its punctuation: "Russia’s"
    with a curly apostrophe beside "Ukraine's" with a straight one. Readers notice the mismatch, and
    it marks the copy as assembled rather than edited.

Bad:
    Russia’s army advanced. Ukraine's army held its lines and Kyiv's allies sent more aid.
Good:
    Russia's army advanced. Ukraine's army held its lines and Kyiv's allies sent more aid.

Good:
    Russia’s army advanced. “We held,” Ukraine’s defence minister said.

Options:
    (none)

Notes:
    Each apostrophe and each pair of quotation marks is one use. The style with more uses in the
    article is its style (a tie goes to curly), and each use of the other style gets one
    diagnostic naming the majority style, with a fix to it. Curly to straight is always certain.
    Straight to curly is certain for apostrophes inside or at the end of a word ("don't",
    "analysts'") and for double quotes whose context shows which way they face; a straight single
    quote at the start of a word may open a quotation or stand for missing letters ('em, 'til), so
    that fix, and any other whose direction is a guess, is offered as unsafe. Digits around a mark
    (5'11", 12" vinyl) make it a prime, not a quote. Works the same on plain text, Markdown and
    HTML: only prose is read, never code or URLs.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from copydesk import Context, Diagnostic, Document, Edit, Fix, Scope, TextUnit, rule, rx, shorten
from copydesk.rules.typography import CLOSES_BEFORE, INCH, OPENS_AFTER

_MARK = rx.compile(r"[\"'“”‘’]")
_PRIME = rx.compile(r"(?<=\d)'(?=\d)|(?<=\d)'(?=\d{1,2}\")|(?<=\d'\d)\"|(?<=\d'\d\d)\"")
_WORD = rx.compile(r"[\w'’‘]+")


@dataclass
class _Use:
    """One apostrophe, or one quotation's marks: offsets in the unit and their other-style forms."""

    unit: TextUnit
    curly: bool
    kind: str                 # "apostrophe" | "quotation marks" | "single quotation marks"
    marks: list[int]
    swaps: list[str]          # the replacement for each mark
    certain: bool = True


def _before(text: str, i: int) -> str:
    return text[i - 1] if i > 0 else " "


def _after(text: str, i: int) -> str:
    return text[i + 1] if i + 1 < len(text) else " "


def _opens(text: str, i: int) -> bool:
    return _before(text, i) in OPENS_AFTER and not _after(text, i).isspace()


def _closes(text: str, i: int) -> bool:
    return not _before(text, i).isspace() and _after(text, i) in CLOSES_BEFORE


def _marks(text: str) -> list[tuple[int, str]]:
    skipped = {m.start() for m in _PRIME.finditer(text)}
    if text.count('"') % 2:
        skipped.update(m.start() for m in INCH.finditer(text))
    return [(m.start(), m.group()) for m in _MARK.finditer(text) if m.start() not in skipped]


def _uses(unit: TextUnit) -> Iterator[_Use]:
    text = unit.text
    marks = _marks(text)
    yield from _straight_doubles(unit, [i for i, mark in marks if mark == '"'])
    yield from _curly_doubles(unit, [(i, mark) for i, mark in marks if mark in "“”"])
    yield from _singles(unit, [(i, mark) for i, mark in marks if mark in "'‘’"])


def _straight_doubles(unit: TextUnit, offsets: list[int]) -> Iterator[_Use]:
    text = unit.text
    # after a digit and outside a quotation, a straight double quote is inches (34" monitor)
    kept: list[int] = []
    for i in offsets:
        if len(kept) % 2 == 0 and text[i - 1:i].isdigit():
            continue
        kept.append(i)
    offsets = kept
    for k in range(0, len(offsets), 2):
        pair = offsets[k:k + 2]
        certain = _opens(text, pair[0]) and (len(pair) == 1 or _closes(text, pair[1]))
        swaps = ["“", "”"][:len(pair)]
        if len(pair) == 1 and not _opens(text, pair[0]):
            swaps = ["”"]
            certain = _closes(text, pair[0])
        yield _Use(unit, False, "quotation marks", pair, swaps, certain)


def _curly_doubles(unit: TextUnit, marks: list[tuple[int, str]]) -> Iterator[_Use]:
    opened: int | None = None
    for i, mark in marks:
        if mark == "“":
            if opened is not None:
                yield _Use(unit, True, "quotation marks", [opened], ['"'])
            opened = i
        elif opened is not None:
            yield _Use(unit, True, "quotation marks", [opened, i], ['"', '"'])
            opened = None
        else:
            yield _Use(unit, True, "quotation marks", [i], ['"'])
    if opened is not None:
        yield _Use(unit, True, "quotation marks", [opened], ['"'])


def _singles(unit: TextUnit, marks: list[tuple[int, str]]) -> Iterator[_Use]:
    text = unit.text
    opened: _Use | None = None
    for i, mark in marks:
        before, after = _before(text, i), _after(text, i)
        curly = mark != "'"
        if (before.isalnum() and after.isalnum()) or (after.isdigit() and not before.isalnum()):
            # inside a word ("don't") or standing for the century ("'90s"): an apostrophe
            yield _Use(unit, curly, "apostrophe", [i], ["'" if curly else "’"])
        elif (mark == "‘" or (mark == "'" and _opens(text, i))) and after.isalpha():
            if opened is not None:
                yield opened
            # a straight one may also be an elision ('em, 'til): its curly form is a guess
            opened = _Use(unit, curly, "single quotation marks", [i], ["'" if curly else "‘"], curly)
        elif not before.isspace():
            # after a word: a closing quote or a plural possessive ("analysts'"), ’ either way
            if opened is not None and opened.curly == curly:
                opened.marks.append(i)
                opened.swaps.append("'" if curly else "’")
                yield opened
                opened = None
            else:
                yield _Use(unit, curly, "apostrophe", [i], ["'" if curly else "’"])
    if opened is not None:
        yield opened


def _describe(use: _Use, house: str) -> str:
    style = "curly" if use.curly else "straight"
    text = use.unit.text
    if use.kind == "apostrophe":
        i = use.marks[0]
        word = next((m for m in _WORD.finditer(text) if m.start() <= i < m.end()), None)
        what = f"in '{word.group()}'" if word else f"'{text[i]}'"
        return f"{style} apostrophe {what}; {house}"
    quoted = text[use.marks[0]:use.marks[-1] + 1] if len(use.marks) == 2 else text[use.marks[0]:]
    return f"{style} {use.kind} in '{shorten(quoted, 40)}'; {house}"


@rule(code="TY001", name="mixed-quote-styles", scope=Scope.DOCUMENT)
def check(document: Document, ctx: Context) -> Iterator[Diagnostic]:
    prose = document.prose
    if not ("'" in prose or '"' in prose) or not any(mark in prose for mark in "“”‘’"):
        return  # one style at most: nothing is mixed
    uses = [use for block in document.blocks for use in _uses(block.unit)]
    curly = sum(use.curly for use in uses)
    straight = len(uses) - curly
    if not curly or not straight:
        return
    majority_curly = curly >= straight
    majority = "curly" if majority_curly else "straight"
    house = (f"the article mostly uses {majority} quotes and apostrophes" if curly != straight
             else "the article uses both styles equally, and curly is the typographic one")
    for use in uses:
        if use.curly == majority_curly:
            continue
        unit = use.unit
        edits = tuple(Edit(unit.source_span(i, i + 1), swap)
                      for i, swap in zip(use.marks, use.swaps, strict=True))
        fix = Fix(f"use {majority} {use.kind}", edits, safe=use.certain)
        span = unit.source_span(use.marks[0], use.marks[-1] + 1)
        if len(use.marks) == 1:  # an apostrophe or a lone quote: show its word
            word = next((m for m in _WORD.finditer(unit.text) if m.start() <= use.marks[0] < m.end()), None)
            if word:
                span = unit.source_span(*word.span())
        yield ctx.report(span, f"{_describe(use, house)}: make it {majority}", fix)
