"""Sentence boundaries in a unit of prose: deterministic, abbreviation-aware, quote-aware."""

from __future__ import annotations

import re
from collections.abc import Callable

from copydesk import rx

# Words that end with a period but do not end a sentence when a capital follows.
_ABBREVIATION_WORDS = """
mr mrs ms mx dr prof sen rep gov gen col lt sgt capt cmdr adm maj cpl pvt rev fr sr jr st hon pres supt
insp det atty amb inc ltd co corp bros llc plc dept univ assn est
jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
no nos vol vols fig figs pp ch sec art op ed eds approx ca cf vs etc al mt ft ave blvd rd hwy
"""
ABBREVIATIONS = frozenset(_ABBREVIATION_WORDS.split())
# After these abbreviations a capitalised word usually starts a new sentence.
_SENTENCE_FINAL_ABBREVIATIONS = frozenset({"etc"})
# Dotted initialisms (U.S., a.m.) end a sentence only when a typical sentence opener follows.
_OPENER_WORDS = """
the a an he she it they we i you this that these those there his her its their our but and or so yet
in on at by for from with after before when while if as however meanwhile still then now many some
one two three what who why how where mr mrs ms dr
"""
_OPENERS = frozenset(_OPENER_WORDS.split())

_CANDIDATE = rx.compile(
    r"""(?P<end>[.!?…]+|\.\.\.)           # terminal punctuation
        (?P<close>[\"'”’»)\]]*)            # closing quotes or brackets
        (?P<space>\s+)                      # then whitespace
        (?=(?P<next>[\"'“‘«(\[]*[\w\ufffc]+))  # then the next sentence's first word
    """,
    re.VERBOSE,
)
_WORD_CHARS = frozenset("_.'’-")
_FIRST_CHAR = rx.compile(r"[\"'“‘«(\[]*(.)")


def _is_abbreviation(word: str, following: str) -> bool:
    """Does ``word`` (the text before a period) abbreviate rather than end a sentence?"""
    bare = word.rstrip(".").lower()
    if any(char.isdigit() for char in bare):
        return False  # a number ("$3.50.", "version 2.0.") ends a sentence like any word
    if "." in bare or (len(bare) == 1 and bare.isalpha()):
        # U.S., a.m. and initials ("J. K. Rowling") end a sentence only before a typical opener
        next_word = re.match(r"[\w’']+", following)
        return (next_word.group(0).lower() if next_word else "") not in _OPENERS
    return bare in ABBREVIATIONS and bare not in _SENTENCE_FINAL_ABBREVIATIONS


def run_before(text: str, end: int, belongs: Callable[[str], bool]) -> tuple[int, int]:
    """``(start, stop)`` of the run of characters that ``belongs`` accepts ending at ``end`` (or just
    before a line break there), as ``re.search(r"(?:CLASS)+$", text, 0, end)`` finds it, but looking
    back from ``end`` instead of scanning the text from its start: once per full stop or space run,
    that scan made long paragraphs quadratic. ``start == stop`` when there is no such run."""
    stop = end - 1 if end and text[end - 1] == "\n" else end
    start = stop
    while start and belongs(text[start - 1]):
        start -= 1
    return (start, stop) if start < stop else (end, end)


def _in_word(char: str) -> bool:
    return char.isalnum() or char in _WORD_CHARS  # [\w.'’-]


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences in ``text``, without surrounding whitespace."""
    bounds = []
    start = 0
    for match in _CANDIDATE.finditer(text):
        first = _FIRST_CHAR.match(match.group("next"))
        opener = first.group(1) if first else ""
        if not (opener.isupper() or opener.isdigit() or opener == "\ufffc"):
            continue  # a lowercase word goes on with the sentence: "e.g. the", "Why? asked no one"
        if match.group("end") == ".":
            word_start, word_stop = run_before(text, match.start(), _in_word)
            word = text[word_start:word_stop]
            if word and _is_abbreviation(word, match.group("next")[first.start(1):]):
                continue
            if word and word.isdigit() and not text[:word_start].strip():
                continue  # "1. Buy milk": a list number
        _append(bounds, text, start, match.end("close"))
        start = match.end()
    _append(bounds, text, start, len(text))
    return bounds


def _append(bounds: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        lead = len(chunk) - len(chunk.lstrip())
        bounds.append((start + lead, start + lead + len(stripped)))
