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
    Flags a bracket whose content is an instruction ("insert", "add", "enter", "TBC"…), is a name
    slot starting with "your" ("[Your Name]"), is written in capitals and names a slot ("[DATE]",
    "[FIRST_NAME]"), or ends in a slot noun such as name, date, city or number. Left alone:
    editorial insertions, which start with an article, pronoun, preposition or conjunction ("[the
    president]", "[for the first time]"); "[sic]", numeric citations ("[1]") and ellipses;
    capitalised tags that are not slots ("[REDACTED]", "[CROSSTALK]"); filled-in credits ("[Source:
    Reuters]"); and "[citation needed]". Alternatives count when one of them is a slot
    ("[City/Region]"). Inside a quotation only instructions, "your" slots, capitalised slots,
    alternatives and Title Case names ("[Name]", "[Director's Name]") count.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from copydesk import Context, Diagnostic, Options, TextUnit, rule, rx

_BRACKET = rx.compile(r"\[([^\[\]\n]{1,60})\]")
# "source" and "citation needed" are not here: "[Source: Reuters]" is a filled-in credit and
# "[citation needed]" is Wikipedia residue, not a template slot. "update" must not be an editor's
# note ("[Update: the company replied.]").
_INSTRUCTION = rx.compile(
    r"^(?:insert|add|enter|include|fill(?:\s+in)?|type|put|replace|provide|specify|write|update(?!\s*:)|"
    r"confirm|check|verify|tbc|tbd|tba|tk|todo|placeholder|link to|"
    r"briefly|introduce|conclude|expand on|highlight|summari[sz]e|describe|explain|elaborate)\b",
    re.IGNORECASE)
# First words of editorial insertions: "[the president]", "[for the first time]", "[she and Nick]".
_EDITORIAL_START = frozenset("""
the a an his her its their this that these those our my he she it they we him them us i me you and or but
another other some any each every both all no not one two such which what who whose whom where when
for in on at of to with from by about after before during since until as into over under than
is was were are has had have be been also then now just
""".split())  # noqa: SIM905
SLOT_WORDS = frozenset("""
name names date dates day month year time number numbers amount figure figures percent percentage price
city country state region location place venue company companies organization organisation brand
product title headline quote source link url caption email phone address person author
reporter position age currency value stat statistic event team topic keyword client sponsor website
dateline byline datetime quantity
""".split())  # noqa: SIM905
# Slot nouns only in Title Case or capitals ("[Lead Researcher]", "[Institution]"): in lower case they
# are editorial insertions in quotes ("kill too many [researchers]").
TITLE_SLOT_WORDS = frozenset("""
timeline expertise institute institution university hospital agency platform spokesperson journalist
researcher expert town village county
""".split())  # noqa: SIM905
# Inside a quotation a bracket ending in one of these is still a slot: "[Company Name]", "[Name]".
_QUOTED_SLOT_WORDS = frozenset({"name", "names"})
_EXEMPT = rx.compile(r"^(?:sic!?|\d+(?:\s*[,–-]\s*\d+)*|\.{3}|…|\?|!|\s*|x|X)$")


@dataclass(frozen=True)
class BracketOptions(Options):
    """PH001's options, described in the module's docstring."""

    slot_words: tuple[str, ...] = ()


def inside_quotation(text: str, position: int) -> bool:
    before = text[:position]
    if before.count("“") > before.count("”") or before.count("«") > before.count("»"):
        return True
    return before.count("\"") % 2 == 1


def _is_slot_noun(words: list[str], slot_words: frozenset[str]) -> bool:
    if all(w[:1].isupper() for w in words):
        slot_words = slot_words | TITLE_SLOT_WORDS
    last = words[-1].lower().strip("._-:,")
    if len(words) == 2 and words[1] in ("A", "B", "C", "X", "Y", "Z"):  # "[Country A]"
        last = words[0].lower()
    head = re.sub(r"(?:'s|’s|s)$", "", last) or last
    return last in slot_words or head in slot_words


def slot_kind(content: str, quoted: bool, slot_words: frozenset[str] = SLOT_WORDS) -> str | None:
    """Why ``content`` (the text between brackets) is a template slot, or None if it is not."""
    words = content.split()
    if _EXEMPT.match(content) or not words:
        return None
    if _INSTRUCTION.match(content):
        return "instruction"
    is_slot_noun = _is_slot_noun(words, slot_words)
    alternatives = [part.split() for part in content.split("/")]
    # "[City/Region]", "[Company Name/Local Government]"; not a credit such as "[Instagram/ Kylie Jenner]"
    if (len(alternatives) > 1 and all(0 < len(part) <= 3 for part in alternatives) and "." not in content
            and any(_is_slot_noun(part, slot_words) for part in alternatives)):
        return "alternatives"
    if words[0].lower() == "your":
        # "[Your Name]", "[your company name]"; a lone "[your]" is an editorial substitution in a quote
        title_case = all(w[:1].isupper() for w in words)
        return "your" if len(words) > 1 and (is_slot_noun or title_case) else None
    letters = [ch for ch in content if ch.isalpha()]
    if len(letters) >= 2 and all(ch.isupper() for ch in letters):
        # "[DATE]", "[COMPANY NAME]", "[FIRST_NAME]"; not "[REDACTED]", "[CROSSTALK]", "[EXCLUSIVE]", "[AP]"
        return "capitals" if is_slot_noun or "_" in content else None
    if words[0].lower() in _EDITORIAL_START or len(words) > 4:
        return None
    if quoted:
        title_case = all(w[:1].isupper() for w in words)
        head = re.sub(r"(?:'s|’s)$", "", words[-1].lower())
        return "slot" if title_case and head in _QUOTED_SLOT_WORDS else None
    return "slot" if is_slot_noun else None


@rule(code="PH001", name="bracket-placeholder", severity="error", options=BracketOptions)
def check(unit: TextUnit, ctx: Context[BracketOptions]) -> Iterator[Diagnostic]:
    extra = ctx.options.slot_words
    slot_words = SLOT_WORDS | {w.lower() for w in extra} if extra else SLOT_WORDS  # no copy per block
    for match in _BRACKET.finditer(unit.text):
        if match.end() < len(unit.text) and unit.text[match.end()] in "([":
            continue  # Markdown-style link syntax that was not rendered: "[text](url)"
        if slot_kind(match.group(1), inside_quotation(unit.text, match.start()), slot_words):
            yield ctx.report(unit.source_span(*match.span()),
                             f"template placeholder '{match.group(0)}' left in text: fill it in or remove it")
