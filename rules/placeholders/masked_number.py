"""Numbers masked with X or # in a template: "$X million", "XX percent", "XXX-XXX-XXXX".

Why:
    A masked figure means the number was never filled in, and readers see the gap at once.

Bad:
    Revenue rose to $X million, up XX percent.
Good:
    Revenue rose to $4.2 million, up 12 percent.

Bad:
    Call the hotline on XXX-XXX-XXXX.
Good:
    World War II ended in 1945; Super Bowl XX was in New Orleans.

Options:
    (none)

Notes:
    An X-group counts only in a number's place: after a currency sign, before a unit such as
    percent, million or years, inside a phone or ID mask, or as a year ("20XX"). Roman numerals in
    names ("Super Bowl XX", "Pope Pius XI") are left alone, and so is an X before a unit when a
    capitalised word comes just before it ("Generation X people", "Super Bowl XX points"), unless
    that word is a quantifier or preposition such as "Up", "About" or "Nearly".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from copydesk import Context, Diagnostic, Scope, TextUnit, rule, rx

_MASK = r"(?:X{1,4}|\#{1,4})(?:[.,](?:X{1,3}|\#{1,3}))*"
_UNITS = (r"%|percent\b|per\s+cent\b|percentage\s+points?\b|"
          r"(?:million|billion|trillion|thousand|hundred|bn|m|k)\b|"
          r"(?:years?|months?|weeks?|days?|hours?|minutes?|people|points?|times|per\s+\w+)\b")
_PATTERNS = rx.compile(
    rf"""(?:[$€£¥₹]|\b(?:USD|EUR|GBP|US\$|Rs\.?))\s?{_MASK}(?:\s?(?:{_UNITS}))?(?![\w#])  # $X million
       |(?<![\w#])(?P<unit>{_MASK})\s?(?:{_UNITS})                         # XX percent, X million
       |(?<![\w#])\(?[X#\d]{{2,4}}\)?[-.\s][X#\d]{{2,4}}[-.][X#\d]{{3,4}}(?![\w#])  # XXX-XXX-XXXX
       |\b(?:19|20)XX\b                                                    # 20XX
    """,
    re.VERBOSE,
)
# A capitalised word just before an X names something ("Generation X people", "Malcolm X years",
# "Super Bowl XX points") unless it is a quantifier or preposition opening the sentence ("Up XX percent").
_WORD_BEFORE = rx.compile(r"(?<![\w'’.-])([A-Z][\w'’.-]*)\s+$")
_OPENERS = frozenset("""
about around nearly almost up down over under some only just more less fewer roughly approximately
exactly at by with of in for from to between and or but than the another all if while
""".split())  # noqa: SIM905


def _names_something(text: str, start: int) -> bool:
    word = _WORD_BEFORE.search(text, 0, start)
    return bool(word) and word.group(1).lower() not in _OPENERS


@rule(code="PH004", name="masked-number", scope=Scope.TEXT, severity="error")
def check(unit: TextUnit, ctx: Context) -> Iterator[Diagnostic]:
    if "X" not in unit.text and "#" not in unit.text:
        return  # every finding holds a mask character (see below)
    for match in _PATTERNS.finditer(unit.text):
        found = match.group(0)
        if not re.search(r"[X#]", found):
            continue  # a real phone number or date
        unit_mask = match.group("unit")
        if unit_mask and unit_mask[0] == "X" and _names_something(unit.text, match.start()):
            continue  # a roman numeral or a name, not a masked figure
        yield ctx.report(unit.source_span(*match.span()), f"masked number '{found.strip()}' left in text: "
                                                          "put in the real figure")
