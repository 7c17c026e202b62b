"""A hyphen standing in for a dash between words.

Why:
    A hyphen joins the parts of a compound ("long-term", "third-party"); a dash sets off an aside.
    Typed one for the other ("sovereignty-particularly the status of Crimea") the sentence reads
    as if "sovereignty-particularly" were one word, and the slip is a sign of unedited copy.

Bad:
    The main issue is sovereignty-particularly the status of Crimea – and the border.
Good:
    The main issue is sovereignty – particularly the status of Crimea – and the border.

Bad:
    Both sides – Kyiv and Moscow - want guarantees.
Good:
    The long-term, third-party Russia-Ukraine plan is well-known - and a 2-1 vote backed it.

Options:
    ascii_exempt: leave spaced hyphens and double hyphens alone in an article written in plain
        ASCII, without curly quotes or real dashes anywhere (default true): there " - " and "--" are
        the article's way of typing a dash, consistently.

Notes:
    Three patterns count. A hyphen between two lowercase words, the second of which opens an aside
    and never ends a compound ("particularly", "especially", "including", "namely", "which",
    "however"…), when neither word is hyphenated further ("state-of-the-art" is a compound). A
    hyphen with a space on one side only ("the vote -which"), except a suspended hyphen ("pre- and
    post-war", "mid- to late"). And a spaced hyphen or double hyphen between words ("Kyiv - and
    Moscow", "talks--finally"), unless ``ascii_exempt`` applies; numbers on both sides ("2 - 1")
    are scores and ranges, not dashes. When the article uses a dash style elsewhere, the fix (unsafe,
    since which dash is a matter of house style) writes that style; otherwise there is no fix.
    Works the same on plain text, Markdown and HTML.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from copydesk import Context, Diagnostic, Document, Edit, Fix, Options, Scope, rule, rx
from copydesk.rules.typography import DASH_STYLES, dash_counts, is_typographic, majority

# Words that open an aside or a clause and never end a hyphenated compound.
_ASIDE_WORDS = (
    "particularly", "especially", "including", "namely", "notably", "mainly", "primarily", "chiefly",
    "specifically", "largely", "mostly", "however", "although", "though", "whereas", "which", "whose",
    "whom", "unless", "because", "except", "perhaps", "possibly", "probably", "certainly", "indeed",
    "instead", "otherwise", "meanwhile", "nevertheless", "nonetheless", "therefore", "thus", "hence",
)
_ASIDE = "|".join(_ASIDE_WORDS)
_UNSPACED = rx.compile(rf"(?<![\w-])(?P<left>[a-z]{{2,}})(?P<dash>-)(?P<right>{_ASIDE})(?![\w-])")
# space on one side only: "word -word", "word- word" (but not a suspended "pre- and post-war")
_ONE_SIDED = rx.compile(r"(?<=[A-Za-z,;]) (?P<dash>-)(?=[A-Za-z])|(?<=[a-z])(?P<dash2>-) "
                        r"(?!(?:and|or|to|nor|through|until|&|and/or|as well as|but not)\b)(?=[a-z])")
# a spaced hyphen, or a double hyphen, between words (not numbers on both sides)
# (a double hyphen inside a word of single letters is a word censored: "a--hole", "f--k")
_SPACED = rx.compile(r"(?<=\S)(?P<dash>[ \t\n]+-{1,2}[ \t\n]+|(?<=\w\w)--(?=\w\w))(?=\S)")
_DIGIT_OR_SIGN = rx.compile(r"[\d%$£€]")
# What a match of _UNSPACED and of each case of _ONE_SIDED must hold, found much faster from the
# literal hyphen it starts with; a paragraph without it is spared the pattern.
_UNSPACED_HINT = rx.compile(rf"-(?:{_ASIDE})(?![\w-])")
_ONE_SIDED_HINTS = (rx.compile(r" -(?<=[A-Za-z,;] -)[A-Za-z]"), rx.compile(r"- (?<=[a-z]- )[a-z]"))


@dataclass(frozen=True)
class HyphenOptions(Options):
    """TY004's options, described in the module's docstring."""

    ascii_exempt: bool = True


def _between_numbers(text: str, start: int, end: int) -> bool:
    return bool(_DIGIT_OR_SIGN.match(text[start - 1:start]) and _DIGIT_OR_SIGN.match(text[end:end + 1]))


@rule(code="TY004", name="hyphen-as-dash", scope=Scope.DOCUMENT, options=HyphenOptions)
def check(document: Document, ctx: Context[HyphenOptions]) -> Iterator[Diagnostic]:
    style = majority(dash_counts(document))
    spaced_too = not (ctx.options.ascii_exempt and not is_typographic(document))
    for block in document.blocks:
        unit = block.unit
        text = unit.text
        if "-" not in text:
            continue
        # (hyphen's start, end, quoted start, end, spaced on one side only)
        found: list[tuple[int, int, int, int, bool]] = []
        if _UNSPACED_HINT.search(text):
            for match in _UNSPACED.finditer(text):
                found.append((*match.span("dash"), *match.span(), False))
        if any(hint.search(text) for hint in _ONE_SIDED_HINTS):
            for match in _ONE_SIDED.finditer(text):
                group = "dash" if match.group("dash") else "dash2"
                start, end = match.span(group)
                around = _words_around(text, start, end)
                found.append((start - (group == "dash"), end + (group == "dash2"), *around, True))
        if spaced_too and any(pair in text for pair in (" -", "\t-", "\n-", "--")):
            for match in _SPACED.finditer(text):
                start, end = match.span("dash")
                if _between_numbers(text, start, end) or "-" in (text[start - 1], text[end:end + 1]):
                    continue
                found.append((start, end, *_words_around(text, start, end), False))
        for start, end, q0, q1, one_sided in sorted(set(found)):
            quoted = " ".join(text[q0:q1].split())
            fix = None
            if style:
                edit = Edit(unit.source_span(start, end), DASH_STYLES[style])
                fix = Fix(f"use a {style}", (edit,), safe=False)
            advice = f"use a {style} ('{DASH_STYLES[style].strip()}')" if style else "use a dash"
            if one_sided:  # also the look of a compound with a stray space ("lower- cost")
                message = f"hyphen spaced on one side in '{quoted}': {advice}, or close up a compound"
            else:
                message = f"hyphen used as a dash in '{quoted}': {advice}"
            yield ctx.report(unit.source_span(q0, q1), message, fix)


def _words_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The word before ``text[start:end]`` and the word after it (only letters and digits when the
    dash is unspaced, so that "talks--finally--began" gives two stretches)."""
    unspaced = text[start:end] == text[start:end].strip()

    def in_word(char: str) -> bool:
        return char.isalnum() if unspaced else not char.isspace()

    left = start
    while left > 0 and text[left - 1].isspace():
        left -= 1
    while left > 0 and in_word(text[left - 1]):
        left -= 1
    right = end
    while right < len(text) and text[right].isspace():
        right += 1
    while right < len(text) and in_word(text[right]):
        right += 1
    return left, right
