"""British and American spellings mixed in one article ("prioritise" beside "organizations").

Why:
    An article follows one spelling convention. A word in the other one ("colour" in an American
    story, "organizations" beside "prioritise") reads as a slip, or as text pasted from elsewhere.

Bad:
    Ministers will prioritise talks with regional organizations that have recognized the deal.
Good:
    Ministers will prioritize talks with regional organizations that have recognized the deal.

Options:
    variant: the house convention: "en-US" (organize, color), "en-GB" (organise, colour) or
        "en-GB-oxendict" (Oxford spelling: organize, colour, analyse). Every spelling of another
        convention is then reported, with a safe fix. Empty (the default): the convention that
        fits most of the article's spellings wins, and the words that do not fit it are reported,
        with an unsafe fix.

Notes:
    "-ize" is American and also Oxford British, so "organize" beside "colour" is consistent; but
    "-ise" is never American nor Oxford, so "prioritise" beside "organizations" is mixed under
    every convention. On a tie the convention of the article's first marked word wins. Only
    lower-case words count ("Labor Day", "Pearl Harbor", "World Trade Center" are names), and only
    spellings with no other meaning ("license" is a British verb too, "program" British software,
    "meter" a device everywhere). The word list covers -ise/-ize, -yse/-yze, -our/-or, -re/-er,
    -ence/-ense, doubled and single l, ae/oe and a few single words (grey, tyre, aluminium).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from copydesk import Context, Diagnostic, Document, Edit, Fix, Options, Scope, TextUnit, rule
from copydesk.rules.consistency import prose_units
from copydesk.rules.consistency._spelling import (
    CONVENTIONS,
    GB,
    NAMES,
    OXFORD,
    TABLE,
    TABLE_WORDS,
    US,
    WORD,
    Spelling,
    lookup,
    respell,
)

_ALIASES = {"en-us": US, "us": US, "american": US, "en-gb": GB, "en-uk": GB, "gb": GB, "uk": GB,
            "british": GB, "en-gb-oxendict": OXFORD, "oxford": OXFORD}


@dataclass(frozen=True)
class VariantOptions(Options):
    """CN002's options, described in the module's docstring."""

    variant: str = ""

    def __post_init__(self) -> None:
        if self.variant.strip():
            _convention(self.variant)  # an unknown variant is a configuration error, found at load time


def _kind(spelling: Spelling) -> str:
    if spelling.accepted == frozenset({US, OXFORD}):
        return "-ize spelling (American or Oxford)"
    if spelling.accepted == frozenset({GB}) and spelling.family == "-ise/-ize":
        return "British -ise spelling"
    return "British spelling" if GB in spelling.accepted else "American spelling"


def _convention(value: str) -> str:
    convention = _ALIASES.get(value.strip().lower())
    if convention is None:
        raise ValueError(f"unknown variant {value!r}: use en-US, en-GB or en-GB-oxendict")
    return convention


@rule(code="CN002", name="mixed-spelling-variants", scope=Scope.DOCUMENT, options=VariantOptions)
def check(document: Document, ctx: Context[VariantOptions]) -> Iterator[Diagnostic]:
    # Each word looked up below is a lower-case word of the prose, so its spelling is among these.
    marked = [TABLE[word] for word in document.prose_words & TABLE_WORDS]
    if not marked:
        return
    if not ctx.options.variant.strip() and any(all(s.fits(c) for s in marked) for c in CONVENTIONS):
        return  # every marked spelling fits one convention: nothing is mixed
    found: list[tuple[TextUnit, int, int, str, Spelling]] = []
    for unit in prose_units(document):
        for match in WORD.finditer(unit.text):
            spelling = lookup(match[0])
            if spelling is not None:
                found.append((unit, match.start(), match.end(), match[0], spelling))
    if not found:
        return
    configured = bool(ctx.options.variant.strip())
    if configured:
        chosen = _convention(ctx.options.variant)
    else:
        misfits = {c: sum(not s.fits(c) for *_, s in found) for c in CONVENTIONS}
        if min(misfits.values()) == 0:
            return
        first = found[0][4]
        chosen = min(CONVENTIONS, key=lambda c: (misfits[c], not first.fits(c), CONVENTIONS.index(c)))
    fitting = Counter(word for *_, word, s in found if s.fits(chosen))
    examples = ", ".join(f"'{w}'" for w, _ in fitting.most_common(2))
    for unit, start, end, word, spelling in found:
        if spelling.fits(chosen):
            continue
        replacement = respell(word, spelling)
        span = unit.source_span(start, end)
        fix = Fix(f"spell '{replacement}'", (Edit(span, replacement),), safe=configured)
        if configured:
            why = f"the house variant is {chosen}"
        else:
            why = f"the article mostly follows {NAMES[chosen]} spelling ({examples})"
        yield ctx.report(span, f"'{word}' is {_kind(spelling)}, but {why}: write '{replacement}'", fix)
