"""Passive voice: the sentence hides who acted.

Why:
    "Mistakes were made" leaves out who made them. The active voice is shorter and names the
    actor, which in news is often the point. The passive is sometimes right (the actor is unknown
    or beside the point), so this is only information for the editor, and the rule runs only when
    selected: a news article averages three or four passive verbs, most of them fine.

Bad:
    The budget was approved after a long debate.
Good:
    The council approved the budget after a long debate.

Good:
    She was tired after the debate.

Options:
    (none)

Notes:
    A form of "be" followed by a past participle ("was approved", "have been told", "is widely
    expected"). Participles that usually act as adjectives after "be" ("tired", "married",
    "concerned", "based") are not counted, nor are words inside a direct quotation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from copydesk import Context, Diagnostic, Document, Scope, rule, rx
from copydesk.rules.readability import sentences

_IRREGULAR_TEXT = """
awoken beaten become begun bent bet bid bitten bled blown born borne bought bound bred brought built
burnt burst cast caught chosen clung come cost crept cut dealt done drawn dreamt driven drunk dug
eaten fallen fed felt fled flown flung forbidden forgiven forgotten fought found frozen given gone
got gotten ground grown heard held hidden hit hung hurt kept knelt known laid led leant left lent
let lit lost made meant met mistaken paid proven put quit read rid ridden risen run said sat seen
sent set sewn shaken shed shone shot shown shrunk shut slain slept slid sold sought sown spent spilt
split spoken spread sprung stolen struck stuck stung sung sunk sworn swept swum taken taught thought
thrown told torn understood undertaken upheld upset withdrawn woken won worn written
"""
# Past participles that, after "be", usually describe a state rather than an action done by someone.
_ADJECTIVAL_TEXT = """
tired married concerned interested based located pleased worried excited supposed used surprised
disappointed satisfied scared frightened bored amazed annoyed ashamed delighted determined divided
dressed engaged exhausted finished gone involved inclined limited mixed obsessed opposed prepared
qualified related relaxed required retired shocked skilled tied unemployed unmarried upset welcomed
well-known detailed advanced aged armed complicated committed devoted experienced known convinced
aware entitled allowed
"""
_ADJECTIVAL = frozenset(_ADJECTIVAL_TEXT.split())
# Not "'s": "she's left" is "she has left".
_BE = r"(?:am|is|are|was|were|be|been|being|'re|’re)"
_PASSIVE = rx.compile(
    rf"\b{_BE}\s+(?:(?:not|n't|also|still|now|then|being|widely|often|already|later|reportedly|"
    rf"[a-z]+ly)\s+)*(?P<participle>[a-z]+ed|{'|'.join(_IRREGULAR_TEXT.split())})\b(?!-)", re.IGNORECASE)


@rule(code="RD006", name="passive-voice", scope=Scope.DOCUMENT, severity="info", default_enabled=False)
def check(document: Document, ctx: Context) -> Iterator[Diagnostic]:
    for block, start, end in sentences(document):
        text = block.unit.text
        for match in _PASSIVE.finditer(text, start, end):
            if match["participle"].lower() in _ADJECTIVAL or block.quotations.overlaps(*match.span()):
                continue
            yield ctx.report(block.unit.source_span(*match.span()),
                             f"passive voice '{match[0]}': say who acted, if it matters")
