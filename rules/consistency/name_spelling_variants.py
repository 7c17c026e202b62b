"""One name spelled two ways in one article ("Zelensky" and "Zelenskiy").

Why:
    Names from other alphabets have several transliterations, and copy assembled from several
    sources carries more than one. Readers may take the two spellings for two people, and the
    person named notices.

Bad:
    President Volodymyr Zelensky met the delegation. Later, Zelenskiy said talks would go on.
Good:
    President Volodymyr Zelensky met the delegation. Later, Zelensky said talks would go on.

Options:
    min_length: the fewest letters two spellings need to be compared (default 5), so that
        "Scot" and "Scott" are not taken for one name; spellings that differ only in case
        ("NATO", "Nato") need three.

Notes:
    Two capitalised words count as one name spelled two ways when they match after folding the
    usual transliteration and spelling variants: accents (Müller, Mueller, Muller), doubled letters
    (Mohamed, Mohammed; Zelenskyy), "-sky/-skiy/-ski", "tch/ch" (Abramovitch, Abramovich),
    "kh/h", "ks/x", "ei/ey" at the end (Sergei, Sergey), "ph/f", "-ff/-v" and letter case (NATO,
    Nato). Names that differ otherwise ("Johnson", "Johnston") are left alone: they may be two
    people, and so are two spellings that stand next to different first names or surnames and never
    the same ones ("Michel Gondry", "Roger Michell"). A possessive ("Blair's") is the name itself;
    a run of words in capitals ("WHO WAS OSCAR?") is a shouted title, not an acronym. Only names
    inside a sentence are collected (a capital at the start of a sentence or in a heading proves
    nothing), but every use of a minority spelling is reported. The fix (unsafe) writes the
    spelling used most.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from copydesk import Context, Diagnostic, Document, Edit, Fix, Options, Scope, TextUnit, rule, rx
from copydesk.rules.consistency import prose_units

_NAME = rx.compile(r"(?<![\w'’-])(?P<name>[A-Z][^\W\d_]*(?:['’-][A-Z][^\W\d_]*)*)(?:['’]s?)?(?![\w'’]|-\d)")
# Capitalised words and their compounds ("Jean-Pierre", "O'Brien"): _NAME without the look-arounds,
# which make a regex try every position of the text.
_CAPITALISED = rx.compile(r"[A-Z][^\W\d_]*(?:['’-][A-Z][^\W\d_]*)*")
# A capital after one of these starts a sentence or a quotation, so it may not be a name.
_OPENERS = ".!?:;\"“‘'(—–-•*"
# Letter groups folded anywhere in a name, then endings folded at its end, in this order.
_FOLDS = (("tch", "ch"), ("kh", "h"), ("ph", "f"), ("x", "ks"), ("ue", "u"), ("oe", "o"))
_ENDING_FOLDS = ((("skiy", "skyi", "skii", "skyy", "skij", "ski", "sky"), "sky"), (("iy", "ij"), "y"),
                 (("ei",), "ey"), (("ff",), "v"))
_DOUBLED = rx.compile(r"(.)\1+")


@dataclass(frozen=True)
class NameOptions(Options):
    """CN001's options, described in the module's docstring."""

    min_length: int = 5


@lru_cache(maxsize=16384)  # names recur within an article and across an archive
def fold(name: str) -> str:
    """The name with transliteration and spelling variants folded away."""
    text = name.lower()
    if not text.isascii():  # (NFKD leaves ASCII as it is)
        text = unicodedata.normalize("NFKD", text)
    if not text.isalpha():
        text = "".join(ch for ch in text if ch.isalpha())
    for group, replacement in _FOLDS:
        text = text.replace(group, replacement)
    for endings, replacement in _ENDING_FOLDS:
        if text.endswith(endings):
            ending = next(e for e in endings if text.endswith(e))
            text = text[:-len(ending)] + replacement
    return _DOUBLED.sub(_first_letter, text)  # (a function: re expands a template like r"\1" in Python)


def _first_letter(doubled: re.Match[str]) -> str:
    return doubled[1]


def _inside_sentence(text: str, start: int) -> bool:
    """Does a character other than an opener come before ``start``, spaces aside?"""
    end = start  # text[:start].rstrip(), without copying the paragraph for every name in it
    while end and text[end - 1].isspace():
        end -= 1
    return bool(end) and text[end - 1] not in _OPENERS


_TITLES = frozenset("""
Mr Mrs Ms Miss Dr Sir Dame Lord Lady Prof Professor President Prime Minister Chancellor
Secretary General Judge Justice Senator Rep Governor Mayor King Queen Prince Princess Pope
Father Rev Captain Coach Manager Chairman Chief Executive Minister Foreign Defence Defense Home
MP Ukrainian Russian
""".split())  # noqa: SIM905


@dataclass(frozen=True)
class _Use:
    """One use of a name in the article."""

    unit: TextUnit
    start: int
    end: int
    name: str
    inside: bool                      # inside a sentence, where a capital marks a name
    neighbours: frozenset[str]        # the capitalised words either side (first names, surnames)


def _uses(document: Document, min_length: int) -> list[_Use]:
    found = []
    for unit in prose_units(document):
        matches = list(_NAME.finditer(unit.text))
        heading = unit.kind is not None and unit.kind.value in ("headline", "heading")
        for i, match in enumerate(matches):
            name = match["name"]
            if sum(ch.isalpha() for ch in name) < min(min_length, 3):
                continue
            near = [m for m in matches[max(i - 1, 0):i + 2]
                    if m is not match and _adjacent(unit.text, m, match)]
            if name.isupper() and any(m["name"].isupper() for m in near):
                continue  # a run of capitals is a shouted title ("WHO WAS OSCAR?"), not an acronym
            neighbours = frozenset(m["name"] for m in near if m["name"] not in _TITLES)
            inside = not heading and _inside_sentence(unit.text, match.start())
            found.append(_Use(unit, match.start("name"), match.end("name"), name, inside, neighbours))
    return found


def _folding_alike(document: Document, min_length: int) -> bool:
    """Whether two capitalised words of the prose fold alike, which every reported pair of spellings
    does: with no such pair the per-name work is spared.

    Every name ``_uses`` collects is a run of ``_CAPITALISED`` found in the prose (bylines too), or
    the part of one before a hyphen or apostrophe ("Smith" of "Smith-1"), so these names include them.
    """
    names = set(_CAPITALISED.findall(document.prose))
    for run in [run for run in names if "-" in run or "'" in run or "’" in run]:
        names.update(run[:i] for i, ch in enumerate(run) if ch in "-'’")
    shortest = min(min_length, 3)  # a shorter name has fewer letters than _uses asks for
    names = {name for name in names if len(name) >= shortest}
    return len(set(map(fold, names))) < len(names)


def _adjacent(text: str, a: re.Match[str], b: re.Match[str]) -> bool:
    """Whether only spaces stand between two names ("Volodymyr Zelensky")."""
    return not text[min(a.end(), b.end()):max(a.start(), b.start())].strip()


def _same_person(a: list[_Use], b: list[_Use]) -> bool:
    """False when both spellings stand next to other names and never the same ones ("Michel
    Gondry", "Roger Michell"): then they are two people, not one spelled two ways."""
    near_a = frozenset().union(*(u.neighbours for u in a))
    near_b = frozenset().union(*(u.neighbours for u in b))
    if not near_a or not near_b:
        return True
    return bool({fold(n) for n in near_a} & {fold(n) for n in near_b})


@rule(code="CN001", name="name-spelling-variants", scope=Scope.DOCUMENT, options=NameOptions)
def check(document: Document, ctx: Context[NameOptions]) -> Iterator[Diagnostic]:
    if not _folding_alike(document, ctx.options.min_length):
        return
    uses = _uses(document, ctx.options.min_length)
    by_name: dict[str, list[_Use]] = defaultdict(list)
    for use in uses:
        by_name[use.name].append(use)
    groups: dict[str, list[str]] = defaultdict(list)
    for name, found in by_name.items():  # first-use order
        if any(use.inside for use in found):
            groups[fold(name)].append(name)
    preferred: dict[str, str] = {}
    for spellings in groups.values():
        if len(spellings) < 2:
            continue
        shortest = min(len(s) for s in spellings)
        if len({s.lower() for s in spellings}) > 1 and shortest < ctx.options.min_length:
            continue  # a short name differing in more than case ("Scot", "Scott") is often another word
        best = max(spellings, key=lambda s: (len(by_name[s]), -spellings.index(s)))
        for spelling in spellings:
            if spelling != best and _same_person(by_name[spelling], by_name[best]):
                preferred[spelling] = best
    for use in uses:
        best = preferred.get(use.name)
        if best is None:
            continue
        span = use.unit.source_span(use.start, use.end)
        count = len(by_name[best])
        times = "once" if count == 1 else f"{count} times"
        yield ctx.report(span, f"'{use.name}' is spelled '{best}' elsewhere in the article ({times}): "
                               "use one spelling", Fix(f"write '{best}'", (Edit(span, best),), safe=False))
