"""Template slots in square brackets, such as "[insert date]" or "[Company Name]".

Why:
    A bracketed slot that was never filled in tells the reader the article came out of a template
    and nobody checked it.

Bad:
    Zelensky announced the talks on [insert date].
Good:
    Zelensky announced the talks on 3 June.

Bad:
    The deal was signed in [City Name], [Date].
Good:
    Editors said "[the president] will sign" meant Mr Biden. See note [1] and "rules [sic]".

Options:
    slot_words: extra nouns that make a bracketed phrase a slot ("[Sponsor]"); matched case-insensitively.

Notes:
    Flags a bracket whose content is an instruction ("insert", "add", "enter", "TBC"…), starts with
    "your", is written in capitals ("[DATE]"), or ends in a slot noun such as name, date, city or
    number. Editorial insertions ("[the president]", "[he]"), "[sic]", numeric citations ("[1]") and
    ellipses are left alone; inside a quotation only instructions, "your" and capitalised slots count.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from copydesk import Context, Diagnostic, Options, Scope, TextUnit, rule

_BRACKET = re.compile(r"\[([^\[\]\n]{1,60})\]")
_INSTRUCTION = re.compile(
    r"^(?:insert|add|enter|include|fill(?:\s+in)?|type|put|replace|provide|specify|write|update|confirm|"
    r"check|verify|tbc|tbd|tba|tk|todo|placeholder|citation needed|link to|source)\b", re.IGNORECASE)
_EDITORIAL_START = frozenset("the a an his her its their this that these those our my he she it they we him "
                             "them us and or but".split())
SLOT_WORDS = frozenset("""
name names date dates day month year time number numbers amount figure figures percent percentage price
city country state region location place venue company companies organization organisation brand
product title headline quote source link url image photo caption email phone address person author
reporter position age currency value stat statistic event team topic keyword client sponsor website
""".split())
_EXEMPT = re.compile(r"^(?:sic!?|\d+(?:\s*[,–-]\s*\d+)*|\.{3}|…|\?|!|\s*|x|X)$")
_OPEN_QUOTES = {"“": "”", "\"": "\"", "«": "»"}


@dataclass(frozen=True)
class BracketOptions(Options):
    slot_words: tuple[str, ...] = ()


def _inside_quotation(text: str, position: int) -> bool:
    before = text[:position]
    if before.count("“") > before.count("”") or before.count("«") > before.count("»"):
        return True
    return before.count("\"") % 2 == 1


def slot_kind(content: str, quoted: bool, slot_words: frozenset[str] = SLOT_WORDS) -> str | None:
    """Why ``content`` (the text between brackets) is a template slot, or None if it is not."""
    words = content.split()
    if _EXEMPT.match(content) or not words:
        return None
    if _INSTRUCTION.match(content):
        return "instruction"
    if words[0].lower() == "your":
        return "your"
    letters = [ch for ch in content if ch.isalpha()]
    head = re.sub(r"(?:'s|’s|s)$", "", words[-1].lower().strip("._-:")) or words[-1].lower()
    is_slot_noun = words[-1].lower().strip("._-:") in slot_words or head in slot_words
    if len(letters) >= 2 and all(ch.isupper() for ch in letters):
        return "capitals" if is_slot_noun or "_" in content or len(words) > 1 or len(letters) > 5 else None
    if quoted or words[0].lower() in _EDITORIAL_START or len(words) > 4:
        return None
    return "slot" if is_slot_noun else None


@rule(code="PH001", name="bracket-placeholder", severity="error", options=BracketOptions)
def check(unit: TextUnit, ctx: Context[BracketOptions]) -> Iterator[Diagnostic]:
    slot_words = SLOT_WORDS | {w.lower() for w in ctx.options.slot_words}
    for match in _BRACKET.finditer(unit.text):
        if match.end() < len(unit.text) and unit.text[match.end()] in "([":
            continue  # Markdown-style link syntax that was not rendered: "[text](url)"
        if slot_kind(match.group(1), _inside_quotation(unit.text, match.start()), slot_words):
            yield ctx.report(unit.source_span(*match.span()),
                             f"template placeholder '{match.group(0)}' left in text: fill it in or remove it")
