"""Text a regular expression cannot match without: a cheap pre-check that skips a whole document.

Most of this family's patterns find nothing in most articles, yet a case-insensitive alternation is
tried at every position of every paragraph. ``may_match(document, pattern)`` first asks whether the
document's prose holds the literal text every match needs ("chatbot", "as of my", "lorem") with a
few substring tests, and only then is the pattern worth running.

The literals are read from the pattern's own parse tree, so the pre-check follows every edit of a
pattern and can never skip a document the pattern would match: a sequence needs each of its parts,
an alternation one of its branches, a repeat of at least one its body, and anything this module
does not understand (a character class, an optional part) needs nothing. Case-insensitive literals
are compared in lower case, with the few letters a case-insensitive pattern equates with ASCII ones
but ``str.lower`` keeps apart (dotted capital İ, dotless ı, long ſ) spelt as ASCII first.
"""

from __future__ import annotations

import re
from functools import cache, cached_property

from copydesk import Document

try:  # the regex compiler's front end (``sre_parse`` before 3.11)
    from re import _constants as sre
    from re import _parser
except ImportError:  # pragma: no cover
    import sre_constants as sre  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

# A case-insensitive pattern's ASCII letter also matches these, which ``str.lower`` does not map to it.
_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})

# A condition on the prose: None (nothing known: true), a literal to find in the folded or the exact
# prose ("folded" | "exact", text), or all or any of some conditions ("all" | "any", conditions).
Condition = "tuple[str, str | tuple[Condition, ...]] | None"


_WORD = re.compile(r"\w+")


class Prose:
    """A document's prose as the literals are looked up in: as it is, and folded to lower case as a
    case-insensitive ASCII literal sees it, each with its set of words."""

    def __init__(self, document: Document) -> None:
        self.exact = document.prose
        plain = self.exact.isascii() or not any(char in self.exact for char in "İıſ")
        self.folded = document.lowered_prose if plain else self.exact.translate(_FOLD).lower()
        self.folded_words = document.prose_words if plain else frozenset(_WORD.findall(self.folded))
        self.may_match: dict[re.Pattern[str], bool] = {}

    @cached_property
    def exact_words(self) -> frozenset[str]:
        return frozenset(_WORD.findall(self.exact))


# Alternatives worth spelling out in full ("i'm ", "i’m ", "im ", "i am ") before falling back to
# requiring each part on its own; more would make the pre-check itself slow.
MAX_STRINGS = 16
# Literals this short are in every article: testing for them costs time and rules nothing out.
MIN_USEFUL = 3
# Stands for a word boundary (``\b``) inside a literal: "\bai\b" is rarer than "ai" (in "said").
BOUNDARY = "\x00"


def _all(parts: list) -> Condition:
    parts = sorted((part for part in parts if part is not None), key=_strength, reverse=True)
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else ("all", tuple(parts))


def _strength(need: Condition) -> int:
    """How long a literal ``need`` asks for at least: the longer, the likelier to rule a document out,
    so an 'all' tests its strongest part first."""
    kind, parts = need
    if kind in ("folded", "exact"):
        return len(parts.strip(BOUNDARY))
    strengths = [_strength(part) for part in parts]
    return max(strengths) if kind == "all" else min(strengths)


def _any_of(strings: set[str], ignore_case: bool) -> Condition:
    """One of ``strings``; nothing if the empty string (or one too short to tell) is among them."""
    if not strings or not all(map(_useful, strings)):
        return None
    kind = "folded" if ignore_case else "exact"
    literals = tuple((kind, text) for text in sorted(strings))
    if len(literals) == 1:
        return literals[0]
    shared = _common_substring([text.replace(BOUNDARY, "") for text in strings])
    if len(shared) >= MIN_USEFUL:  # "i hope this", "i hope that"…: one test for "i hope " first
        return ("all", ((kind, shared), ("any", literals)))
    return ("any", literals)


def _common_substring(texts: list[str]) -> str:
    """The longest text found in all of ``texts``."""
    shortest = min(texts, key=len)
    for length in range(len(shortest), 0, -1):
        for start in range(len(shortest) - length + 1):
            piece = shortest[start:start + length]
            if all(piece in text for text in texts):
                return piece
    return ""


def _useful(text: str) -> bool:
    core = text.strip(BOUNDARY)
    whole_word = text.startswith(BOUNDARY) and text.endswith(BOUNDARY) and len(core) >= 2
    return len(core) >= MIN_USEFUL or whole_word


def _condition(found: set[str] | None, need: Condition, ignore_case: bool) -> Condition:
    return need if found is None else _any_of(found, ignore_case)


def _strings(op, arg, ignore_case: bool) -> set[str] | None:
    """Every string a single item matches, if it is one of a few: a letter, a small class."""
    if op is sre.LITERAL:
        char = chr(arg)
        if ignore_case and not char.isascii():
            return None  # non-ASCII letters have case equivalents this module does not model
        return {char.lower() if ignore_case else char}
    if op is sre.IN and len(arg) <= MAX_STRINGS and all(kind is sre.LITERAL for kind, _ in arg):
        chars = [chr(code) for _, code in arg]
        if ignore_case and not all(char.isascii() for char in chars):
            return None
        return {char.lower() if ignore_case else char for char in chars}
    return None


def _item(op, arg, ignore_case: bool) -> tuple[set[str] | None, Condition]:
    """An item of a sequence as (the strings it matches, if few) and the condition it sets."""
    strings = _strings(op, arg, ignore_case)
    if strings is not None:
        return strings, None
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, body = arg
        if (add_flags | del_flags) & _OTHER_WORDS:
            return None, None
        case = (ignore_case or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
        if case != ignore_case:  # literals of another case mode are kept apart
            return None, _condition(*_sequence(body, case), case)
        return _sequence(body, case)
    if op is sre.BRANCH:
        branches = [_sequence(branch, ignore_case) for branch in arg[1]]
        if all(found is not None for found, _ in branches):
            union = set().union(*(found for found, _ in branches))
            if len(union) <= MAX_STRINGS:
                return union, None
        conditions = [_any_of(found, ignore_case) if found is not None else need for found, need in branches]
        return None, None if None in conditions else ("any", tuple(conditions))
    if op in _REPEATS:
        low, high, body = arg
        found, need = _sequence(body, ignore_case)
        if found is not None and low == 0 and high == 1 and len(found) < MAX_STRINGS:
            return found | {""}, None
        if low >= 1:
            return None, _condition(found, need, ignore_case)
    return None, None  # classes, any character, open repeats, group references: nothing known


# Word boundaries by other definitions than Unicode's, which ``_contains`` checks.
_OTHER_WORDS = re.ASCII | re.LOCALE
_REPEATS = tuple(op for op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)) if op)


def _sequence(items, ignore_case: bool) -> tuple[set[str] | None, Condition]:
    """A sequence as (every string it matches, if few) and (the condition it sets, otherwise).

    Adjacent items multiply out into whole strings ("i" then "'m" or " am") while there are few.
    """
    parts: list[Condition] = []
    run: set[str] | None = {""}  # the strings the items since the last break match
    exact = True  # no break so far: the whole sequence is ``run``

    def flush() -> None:
        nonlocal run
        parts.append(_any_of(run, ignore_case))
        run = {""}

    for op, arg in items:
        if op is sre.AT and arg is sre.AT_BOUNDARY:
            run = {text + BOUNDARY for text in run}
            continue
        if op is sre.AT or op is sre.ASSERT_NOT:
            continue  # zero-width: the text on both sides is still adjacent
        if op is sre.ASSERT:  # a lookahead or lookbehind: its text is in the prose too
            exact = False
            parts.append(_condition(*_sequence(arg[1], ignore_case), ignore_case))
            continue
        found, need = _item(op, arg, ignore_case)
        if found is not None:
            product = {head + tail for head in run for tail in found}
            if len(product) <= MAX_STRINGS:
                run = product
                continue
            exact = False
            flush()
            run = found
            continue
        exact = False
        flush()
        parts.append(need)
    if exact:
        return run, None
    flush()
    return None, _all(parts)


@cache
def condition(pattern: re.Pattern[str]) -> Condition:
    """The literals ``pattern`` needs, as a condition for ``holds``."""
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # an engine this module does not know: assume nothing
        return None
    ignore_case = bool(tree.state.flags & re.IGNORECASE)
    if tree.state.flags & _OTHER_WORDS:
        return None
    return _condition(*_sequence(tree, ignore_case), ignore_case)


def _is_word(text: str, index: int) -> bool:
    return 0 <= index < len(text) and (text[index].isalnum() or text[index] == "_")


def _contains(text: str, literal: str, words: frozenset[str]) -> bool:
    """Whether ``literal`` occurs in ``text``, with a word boundary where it has BOUNDARY; ``words``
    are the words of ``text``."""
    if BOUNDARY not in literal:
        return literal in text
    core = literal.strip(BOUNDARY)
    left, right = literal.startswith(BOUNDARY), literal.endswith(BOUNDARY)
    if left and right and _WORD.fullmatch(core):
        return core in words
    core = core.replace(BOUNDARY, "")  # inner boundaries: zero-width, not checked
    start = text.find(core)
    while start >= 0:
        end = start + len(core)
        if (not left or _is_word(text, start - 1) != _is_word(text, start)) and (
                not right or _is_word(text, end - 1) != _is_word(text, end)):
            return True
        start = text.find(core, start + 1)
    return False


def holds(need: Condition, prose: Prose) -> bool:
    if need is None:
        return True
    kind, parts = need
    if kind == "folded":
        return _contains(prose.folded, parts, prose.folded_words)
    if kind == "exact":
        return _contains(prose.exact, parts, prose.exact_words)
    if kind == "all":
        return all(holds(part, prose) for part in parts)
    return any(holds(part, prose) for part in parts)


def may_match(document: Document, pattern: re.Pattern[str]) -> bool:
    """False only if ``pattern`` can match nowhere in the document's prose (worked out once per
    document: rules of text scope ask for each block)."""
    prose = document.derived(Prose)
    known = prose.may_match.get(pattern)
    if known is None:
        known = prose.may_match[pattern] = holds(condition(pattern), prose)
    return known

