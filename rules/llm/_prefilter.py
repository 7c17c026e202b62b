"""Text a regular expression cannot match without: a cheap pre-check that skips a whole document.

Most of the AI and PH patterns find nothing in most articles, yet a case-insensitive alternation is
tried at every position of every paragraph. ``may_match(document, pattern)`` first asks whether the
document's prose holds the literal text every match needs ("chatbot", "as of my", "lorem"), mostly
by looking its whole words up in the document's word set, and only then is the pattern worth running.

The literals are read from the pattern's own parse tree, so the pre-check follows every edit of a
pattern and can never skip a document the pattern would match: a sequence needs each of its parts,
an alternation one of its branches, a repeat of at least one its body, and anything this module does
not understand (a wide character class, an open repeat) needs nothing. Small classes and optional
parts multiply out into whole strings ("i'm ", "i’m ", "im ", "i am "), and word boundaries and
"no word character here" lookarounds are kept with them, which is what makes a word whole.
Case-insensitive literals are compared in lower case, with the few letters a case-insensitive pattern
equates with ASCII ones but ``str.lower`` keeps apart (dotted capital İ, dotless ı, long ſ) spelt as
ASCII first.
"""

from __future__ import annotations

import pickle
import re
import sys
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

from copydesk import Document
from copydesk.document import fold_like_re

try:  # the regex compiler's front end (``sre_parse`` before 3.11)
    from re import _constants as sre
    from re import _parser
except ImportError:  # pragma: no cover
    import sre_constants as sre  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

_WORD = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")

# Alternatives worth spelling out in full before falling back to requiring each part on its own;
# more would make the pre-check itself slow.
MAX_STRINGS = 16
# Literals this short are in every article: testing for them costs time and rules nothing out.
MIN_USEFUL = 3
# Zero-width conditions kept inside the strings: a word boundary (``\b``), no word character just
# before (``(?<!\w)``) or just after (``(?!\w)``) this point.
BOUNDARY, NO_WORD_BEFORE, NO_WORD_AFTER = "\x00", "\x01", "\x02"
_MARKS = BOUNDARY + NO_WORD_BEFORE + NO_WORD_AFTER


# Words in nearly every article (and pieces of contractions: "don't" is "don", "t"): a literal's
# other words tell more about whether a document holds it.
COMMON_WORDS = frozenset("""
a about above after all also an and any are as at be been but by can could did do does for from had has
have he her his i if in into is it its last latest made make may me more most my new no not now of on
one only or other our out over recent said says she should so some than that the their them then there
these they this those to under up us use was we were what when whether which who will with would you
your
d ll m re s t ve don won can isn aren
""".split())  # noqa: SIM905


def _rarity(word: str) -> tuple[bool, int]:
    """Uncommon words first, longer words first."""
    return word not in COMMON_WORDS, len(word)


@dataclass(frozen=True)
class Literal:
    """Text every match holds, found in the folded prose (case-insensitive) or the prose as it is."""

    text: str
    folded: bool
    whole_words: tuple[str, ...]  # its words with a word edge on both sides: whole words of the prose
    word_start: bool  # a word edge right before ``text``
    word_end: bool  # and right after it
    plain: bool = False  # no zero-width condition: found wherever ``text`` is

    @classmethod
    def of(cls, marked: str, folded: bool) -> Literal:
        text = "".join(char for char in marked if char not in _MARKS)
        whole = []
        for word in _WORD.finditer(marked):
            before = marked[word.start() - 1] if word.start() else ""
            after = marked[word.end()] if word.end() < len(marked) else ""
            if before and before not in (NO_WORD_AFTER,) and after and after not in (NO_WORD_BEFORE,):
                whole.append(word.group())
        start = marked[:1] in (BOUNDARY, NO_WORD_BEFORE) and _WORD_CHAR.match(text[:1] or " ") is not None
        end = marked[-1:] in (BOUNDARY, NO_WORD_AFTER) and _WORD_CHAR.match(text[-1:] or " ") is not None
        words = tuple(sorted(whole, key=_rarity, reverse=True))
        return cls(text, folded, words, start, end, plain=text == marked)

    @property
    def strength(self) -> int:
        return len(self.text) + (2 if self.word_start else 0) + (2 if self.word_end else 0)

    @property
    def key(self) -> str | None:
        """Its least common whole word, if that is not a common one: looking it up is a quick test."""
        return self.whole_words[0] if self.whole_words and self.whole_words[0] not in COMMON_WORDS else None

    def useful(self) -> bool:
        return len(self.text) >= MIN_USEFUL or (self.word_start and self.word_end and len(self.text) >= 2)

    def found_in(self, prose: Prose) -> bool:
        words = prose.folded_words if self.folded else prose.exact_words
        if not words.issuperset(self.whole_words):
            return False
        if self.whole_words == (self.text,):
            return True  # a whole word, and the word set says the prose has it
        text = prose.folded if self.folded else prose.exact
        if not (self.word_start or self.word_end):
            return self.text in text
        start = text.find(self.text)
        while start >= 0:
            end = start + len(self.text)
            if (not self.word_start or not _is_word(text, start - 1)) and (
                    not self.word_end or not _is_word(text, end)):
                return True
            start = text.find(self.text, start + 1)
        return False


@dataclass(frozen=True)
class Words:
    """One of these whole words is in the prose: a look-up in its word set, the quickest test there is."""

    words: frozenset[str]
    folded: bool

    @property
    def strength(self) -> int:
        return min(map(len, self.words)) + 4

    def found_in(self, prose: Prose) -> bool:
        return not (prose.folded_words if self.folded else prose.exact_words).isdisjoint(self.words)


def _is_word(text: str, index: int) -> bool:
    return 0 <= index < len(text) and (text[index].isalnum() or text[index] == "_")


# A condition on the prose: None (nothing known: true), a Literal or Words, or ("all" | "any", conditions).
Condition = "Literal | Words | tuple[str, tuple[Condition, ...]] | None"


class Prose:
    """A document's prose as literals are looked up in: as it is, and folded to lower case as a
    case-insensitive ASCII literal sees it, each with its set of words."""

    def __init__(self, document: Document) -> None:
        self.exact = document.prose
        plain = document.lowers_like_re
        self.folded = document.lowered_prose if plain else fold_like_re(self.exact)
        self.folded_words = document.prose_words if plain else frozenset(_WORD.findall(self.folded))
        self.may_match: dict[re.Pattern[str], bool] = {}

    @cached_property
    def exact_words(self) -> frozenset[str]:
        return frozenset(_WORD.findall(self.exact))


def _strength(need: Condition) -> int:
    """How much text ``need`` asks for at least: the more, the likelier to rule a document out."""
    if isinstance(need, (Literal, Words)):
        return need.strength
    kind, parts = need
    strengths = [_strength(part) for part in parts]
    return max(strengths) if kind == "all" else min(strengths)


def _all(parts: list[Condition]) -> Condition:
    """All of ``parts``, the strongest first."""
    parts = sorted((part for part in parts if part is not None), key=_strength, reverse=True)
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else ("all", tuple(parts))


def _any_of(strings: set[str], ignore_case: bool) -> Condition:
    """One of ``strings``; nothing if the empty string (or one too short to tell) is among them."""
    literals = sorted({Literal.of(text, ignore_case) for text in strings}, key=lambda lit: lit.text)
    if not literals or not all(literal.useful() for literal in literals):
        return None
    if len(literals) == 1:
        return literals[0]
    if all(literal.key for literal in literals):  # first look up the key word of each
        keys = Words(frozenset(literal.key for literal in literals), ignore_case)
        return ("all", (keys, ("any", tuple(literals))))
    return ("any", tuple(literals))


def _condition(found: set[str] | None, need: Condition, ignore_case: bool) -> Condition:
    return need if found is None else _any_of(found, ignore_case)


def _uncased(char: str) -> bool:
    """A character without case (the curly apostrophe), which matches only itself in any case mode."""
    return char.lower() == char.upper() == char.casefold() == char


def _strings(op, arg, ignore_case: bool) -> set[str] | None:
    """Every string a single item matches, if it is one of a few: a letter, a small class."""
    if op is sre.LITERAL:
        chars = [chr(arg)]
    elif op is sre.IN and len(arg) <= MAX_STRINGS and all(kind is sre.LITERAL for kind, _ in arg):
        chars = [chr(code) for _, code in arg]
    else:
        return None
    if not ignore_case:
        return set(chars)
    if not all(char.isascii() or _uncased(char) for char in chars):
        return None  # non-ASCII letters have case equivalents this module does not model
    return {char.lower() for char in chars}


def _mark(op, arg) -> str | None:
    """The zero-width condition an item sets, as a mark; "" for one that sets nothing kept here, and
    None for an item that is not zero-width."""
    if op is sre.AT:
        return BOUNDARY if arg is sre.AT_BOUNDARY else ""
    if op is sre.ASSERT_NOT:
        direction, body = arg
        # "(?<![\w-])", "(?!\w)": no word character on that side
        if len(body) == 1 and body[0][0] is sre.IN and (sre.CATEGORY, sre.CATEGORY_WORD) in body[0][1]:
            return NO_WORD_BEFORE if direction < 0 else NO_WORD_AFTER
        return ""
    return None


_OTHER_WORDS = re.ASCII | re.LOCALE  # word characters by other definitions than Unicode's
_REPEATS = tuple(op for op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)) if op)


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
        conditions = [_condition(found, need, ignore_case) for found, need in branches]
        return None, None if None in conditions else ("any", tuple(conditions))
    if op in _REPEATS:
        low, high, body = arg
        found, need = _sequence(body, ignore_case)
        if found is not None and low == 0 and high == 1 and len(found) < MAX_STRINGS:
            return found | {""}, None
        if low >= 1:
            return None, _condition(found, need, ignore_case)
    return None, None  # wide classes, any character, open repeats, group references: nothing known


def _distribute(items: list) -> list:
    """``(?<!\\w)(?:a|b)(?!\\w)`` as ``(?:(?<!\\w)a(?!\\w)|(?<!\\w)b(?!\\w))``: the zero-width items around
    an alternation go into each branch, where they mark the edges of its words."""
    for index, (op, arg) in enumerate(items):
        if op is not sre.BRANCH:
            continue
        first = index
        while first > 0 and _mark(*items[first - 1]) is not None:
            first -= 1
        last = index + 1
        while last < len(items) and _mark(*items[last]) is not None:
            last += 1
        if first < index or last > index + 1:
            before, after = items[first:index], items[index + 1:last]
            branch = (sre.BRANCH, (None, [[*before, *alternative, *after] for alternative in arg[1]]))
            return [*items[:first], branch, *_distribute(items[last:])]
    return items


def _inline(items) -> list:
    """The items of a sequence, with the bodies of groups that set no flags in their place."""
    inlined = []
    for op, arg in items:
        if op is sre.SUBPATTERN and not arg[1] and not arg[2]:
            inlined.extend(_inline(arg[3]))
        else:
            inlined.append((op, arg))
    return inlined


def _sequence(items, ignore_case: bool) -> tuple[set[str] | None, Condition]:
    """A sequence as (every string it matches, if few) and (the condition it sets, otherwise).

    Adjacent items multiply out into whole strings ("i" then "'m" or " am") while there are few.
    """
    parts: list[Condition] = []
    run: set[str] = {""}  # the strings the items since the last break match
    exact = True  # no break so far: the whole sequence is ``run``

    letters: list[str] = []  # literal characters still to be appended to every string of ``run``

    def flush() -> None:
        nonlocal run
        parts.append(_any_of(run, ignore_case))
        run = {""}

    for op, arg in _distribute(_inline(items)):
        if op is sre.LITERAL and (not ignore_case or chr(arg).isascii() or _uncased(chr(arg))):
            letters.append(chr(arg).lower() if ignore_case else chr(arg))
            continue
        if letters:
            run = {text + "".join(letters) for text in run}
            letters.clear()
        mark = _mark(op, arg)
        if mark is not None:
            run = {text + mark for text in run}
            continue
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
    if letters:
        run = {text + "".join(letters) for text in run}
    if exact:
        return run, None
    flush()
    return None, _all(parts)


def condition(pattern: re.Pattern[str]) -> Condition:
    """The literals ``pattern`` needs, as a condition for ``holds``."""
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # an engine this module does not know: assume nothing
        return None
    if tree.state.flags & _OTHER_WORDS:
        return None
    ignore_case = bool(tree.state.flags & re.IGNORECASE)
    return _condition(*_sequence(tree, ignore_case), ignore_case)


def _gate(need: Condition) -> tuple[Literal | Words, ...] | None:
    """Tests one of which the condition needs: of each branch of an 'any', the strongest part."""
    if need is None:
        return None
    if isinstance(need, (Literal, Words)):
        return (need,)
    kind, parts = need
    if kind == "all":
        return next((gate for gate in map(_gate, parts) if gate is not None), None)
    gates = [_gate(part) for part in parts]
    return None if None in gates else tuple(literal for gate in gates for literal in gate)


Prepared = tuple[tuple["Literal | Words", ...] | None, Condition]


@cache
def _prepared(pattern: re.Pattern[str]) -> Prepared:
    """``_analysed(pattern)``, kept on disk between runs: reading some thirty patterns' parse trees
    costs a one-file run (a pre-commit hook) about 20 ms, loading the answers well under one."""
    store = _store()
    key = (pattern.pattern, int(pattern.flags))
    if key not in store:
        store[key] = _analysed(pattern)
        _save(store)
    return store[key]


@cache
def _store() -> dict[tuple[str, int], Prepared]:
    try:
        loaded = pickle.loads(_store_file().read_bytes())
        return loaded if isinstance(loaded, dict) else {}
    except Exception:  # no file yet, or a damaged one: analyse again and rewrite it
        return {}


def _save(stored: dict[tuple[str, int], Prepared]) -> None:
    from copydesk.usercache import store

    store(_store_file(), pickle.dumps(stored))  # concurrent runs: one complete file wins


@cache
def _store_file() -> Path:
    """Named after this module's code and the Python that parses patterns: an edit of either
    starts a fresh file, so a stale answer can never skip a document."""
    from copydesk.usercache import cache_dir, tag

    return cache_dir() / f"prefilter-{tag(Path(__file__).read_bytes(), sys.version)}.pickle"


def _analysed(pattern: re.Pattern[str]) -> Prepared:
    """The pattern's condition, and a quick first test of it: its gate's words merged into one
    look-up per word set, then its other literals. That rules most documents out quicker than
    walking the whole condition."""
    need = condition(pattern)
    gate = _gate(need)
    if gate is None:
        return None, need
    merged = []
    for folded in (True, False):
        words = set()
        for test in gate:
            if test.folded is folded:
                words.update(test.words if isinstance(test, Words) else {test.key} - {None})
        if words:
            merged.append(Words(frozenset(words), folded))
    merged += _shortest([test for test in gate if isinstance(test, Literal) and not test.key])
    return tuple(merged), need


def _shortest(literals: list[Literal]) -> list[Literal]:
    """``literals`` without those that hold a plain one of the others ("as of my last" holds "as of
    my"): whenever one of them is in the prose, so is the shorter one, so it decides alone."""
    plain = [literal for literal in literals if literal.plain]
    return [literal for literal in literals
            if not any(other is not literal and other.folded is literal.folded and other.text in literal.text
                       and other.text != literal.text for other in plain)]


def holds(need: Condition, prose: Prose) -> bool:
    if need is None:
        return True
    if isinstance(need, (Literal, Words)):
        return need.found_in(prose)
    kind, parts = need
    if kind == "all":
        return all(holds(part, prose) for part in parts)
    return any(holds(part, prose) for part in parts)


def may_match(document: Document, pattern: re.Pattern[str]) -> bool:
    """False only if ``pattern`` can match nowhere in the document's prose (worked out once per
    document: rules of text scope ask for each block)."""
    prose = document.derived(Prose)
    known = prose.may_match.get(pattern)
    if known is None:
        gate, need = _prepared(pattern)
        passes_gate = gate is None or any(literal.found_in(prose) for literal in gate)
        known = prose.may_match[pattern] = passes_gate and holds(need, prose)
    return known
