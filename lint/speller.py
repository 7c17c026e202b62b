"""The offline speller: Debian's hunspell dictionaries through pyenchant, told apart from names.

pyenchant is a thin binding of the Enchant library, which loads hunspell's ``.dic``/``.aff`` files
(about 40 ms for one article, against 160 ms for pyspellchecker's word list) and knows the en-US /
en-GB variants and their affix rules ("prioritise" is British, "realise" wrong in American text).
Enchant prefers aspell when both are installed, and aspell knows fewer words, so hunspell is
asked for first and required.

A dictionary does not know the names news is made of, so a word is only reported when it is not
a name: capitalised words after the start of a sentence are proper nouns, and so is a capitalised
sentence-opening word the article also uses mid-sentence, or that opens a run of capitalised
words ("Dmitry Peskov said"). URLs, e-mail addresses, handles, hashtags, code, anything with a
digit and all-capital acronyms are never checked; possessives, curly apostrophes and hyphenated
compounds are checked the way a reader sees them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from copydesk.document import SENTENCE_KINDS, BlockKind, Document, TextUnit

DEBIAN_PACKAGES = "libenchant-2-2 hunspell-en-us hunspell-en-gb"
_TOKEN = re.compile(r"[^\s—–]+")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")  # letters, joined by apostrophes or hyphens
_POSSESSIVE = re.compile(r"['’]s?$")
# A capital after these opens a sentence or quotation; after a colon or a bracket it is a name in a
# list ("Subs not used: Senderos", "Yann Delaigue (Castres)").
_OPENERS = set("\"“‘'«—–-•*")
_CLAUSE_END = tuple(".!?…")
# Prefixes written with a hyphen that no dictionary lists alone ("de-escalate", "co-operate").
_PREFIXES = frozenset("""a ab ante anti bi bio co counter cross de dis e eco euro ex extra geo hyper
in inter intra macro mega meta micro mid mini multi neo non over pan para post pre pro pseudo quasi
re semi socio sub super trans tri ultra un under vice""".split())  # noqa: SIM905
# Standard words of news copy that Debian's 2020 hunspell dictionaries lack.
NEWS_WORDS = frozenset("""amidst anymore capt crypto cryptocurrency cryptocurrencies dotcom eg etc ie
layoff layoffs olds renminbi""".split())  # noqa: SIM905
_LONGEST_WORD = 40
_SURE_LENGTH = 6      # a sentence-opening capitalised word shorter than this is as likely a name
_COMPOUND_PART = 3    # "layoffs" is "lay" + "offs"; "alot" is not "a" + "lot"


@dataclass(frozen=True)
class Word:
    start: int          # in the unit's text
    text: str
    abbreviated: bool   # a full stop follows: "etc.", "Capt."


@dataclass
class Misspelling:
    unit: TextUnit
    start: int
    end: int
    word: str


class Dictionary:
    """A hunspell dictionary, with the answers for words already looked up kept."""

    def __init__(self, tag: str, handle: Any) -> None:
        self.tag = tag
        self._handle = handle
        self._known: dict[str, bool] = {}

    def knows(self, word: str) -> bool:
        word = word.replace("’", "'")
        known = self._known.get(word)
        if known is None:
            known = self._known[word] = bool(self._handle.check(word))
        return known

    @lru_cache(maxsize=1024)  # noqa: B019 - one Dictionary per language per process
    def suggestions(self, word: str) -> tuple[str, ...]:
        return tuple(self._handle.suggest(word.replace("’", "'"))[:3])


def dictionary_tag(language: str) -> str:
    """Enchant's tag for a LanguageTool language code: "en-GB" → "en_GB"; plain "en" is "en_US"."""
    parts = language.split("-")
    if len(parts) == 1:
        return {"en": "en_US"}.get(parts[0], parts[0])
    return f"{parts[0]}_{parts[1].upper()}"


def _install_hint(tag: str) -> str:
    package = f"hunspell-{tag.lower().replace('_', '-')}"
    return f"Debian/Ubuntu: apt-get install libenchant-2-2 {package}"


@lru_cache(maxsize=8)
def dictionary(language: str) -> Dictionary | str:
    """The hunspell dictionary for ``language``, or why there is none (a notice)."""
    tag = dictionary_tag(language)
    silence = "ignore GR101 to silence this notice"
    try:
        import enchant
    except (ImportError, OSError) as exc:
        reason = " ".join(str(exc).split()) or type(exc).__name__
        return f"offline spelling skipped: {reason} ({_install_hint(tag)}); {silence}"
    broker = enchant.Broker()
    broker.set_ordering(tag, "hunspell")
    try:
        handle = broker.request_dict(tag)
    except enchant.errors.Error:
        handle = None
    if handle is None or handle.provider.name != "hunspell":
        return f"offline spelling skipped: no hunspell dictionary for {tag} ({_install_hint(tag)}); {silence}"
    return Dictionary(tag, handle)


# ---------------------------------------------------------------------------------------------
# Names


@dataclass(frozen=True)
class _Names:
    seen: frozenset[str]  # capitalised words the article uses after a sentence's start, and bylines


def _names(document: Document) -> _Names:
    seen: set[str] = set()
    for block in document.blocks:
        if block.kind is BlockKind.BYLINE:
            seen.update(re.findall(r"[^\W\d_][\w'’-]*", block.unit.text))
        elif block.kind in SENTENCE_KINDS:
            for word in words(block.unit.text):
                if word.text[0].isupper() and not word.text.isupper() and not clause_start(block.unit,
                                                                                            word.start):
                    seen.add(word.text)
    for author in document.metadata.authors:
        seen.update(author.split())
    return _Names(frozenset(seen))


def words(text: str) -> Iterator[Word]:
    """The words a reader sees, possessives dropped. Tokens with digits, ``@``, ``#``, ``/``, ``&``,
    ``_`` or inner dots (numbers, URLs, e-mail, handles, hashtags, paths, entities, code,
    abbreviations like "U.S.") and file extensions (".png") are not words."""
    for match in _TOKEN.finditer(text):
        token = match[0]
        lead = next((i for i, c in enumerate(token) if c.isalnum()), len(token))
        tail = next((i for i, c in enumerate(reversed(token)) if c.isalnum()), len(token))
        core = token[lead:len(token) - tail]
        before, after = token[:lead], token[len(token) - tail:]
        if (not core or not _WORD.fullmatch(core) or len(core) > _LONGEST_WORD
                or any(c in before for c in "@#.$")):
            continue
        bare = _POSSESSIVE.sub("", core)
        if bare:
            yield Word(match.start() + lead, bare, after.startswith("."))


def _sentence_start(unit: TextUnit, index: int) -> int:
    block = unit.block
    if block is None or block.kind not in SENTENCE_KINDS or block.unit is not unit:
        return 0
    starts = [s for s, _ in block.sentence_bounds if s <= index]
    return starts[-1] if starts else 0


def clause_start(unit: TextUnit, index: int) -> bool:
    """Whether the word at ``unit.text[index]`` opens a sentence, a quotation or a clause after a colon."""
    before = unit.text[_sentence_start(unit, index):index]
    stripped = before.rstrip()
    opened = False
    while stripped and stripped[-1] in _OPENERS:
        opened = True
        stripped = stripped[:-1].rstrip()
    return not stripped or opened or stripped.endswith(_CLAUSE_END)


def _next_word_capitalised(text: str, end: int) -> bool:
    following = re.match(r"[\s\"“”‘’'(]*([^\W\d_])", text[end:])
    return bool(following and following[1].isupper())


def is_proper_noun(document: Document, unit: TextUnit, start: int, word: str) -> bool:
    """A capitalised word after a sentence's start, or one the article shows to be a name."""
    if not word[:1].isupper():
        return False
    if not clause_start(unit, start):
        return True
    bare = _POSSESSIVE.sub("", word)
    return bare in document.derived(_names).seen or _next_word_capitalised(unit.text, start + len(word))


# ---------------------------------------------------------------------------------------------
# Checking


def one_edit_apart(a: str, b: str) -> bool:
    """One letter inserted, deleted, changed, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long = sorted((a, b), key=len)
    i = next((i for i in range(len(short)) if short[i] != long[i]), len(short))
    return short[i:] == long[i + 1:]


def near_miss(speller: Dictionary, word: str) -> bool:
    """Whether a common (lower-case) word is one slip away from ``word``."""
    lower = word.lower()
    return any(s.isalpha() and s.islower() and one_edit_apart(lower, s) for s in speller.suggestions(lower))


def _other_script(word: str) -> bool:
    return any(c.isalpha() and ord(c) > 0x24F for c in word)


def _acronym_or_brand(part: str) -> bool:
    """NATO, NGOs, iPhone, McDonald, YouTube: capitals after the first letter."""
    return len(part) < 2 or any(c.isupper() for c in part[1:])


def misspellings(document: Document, speller: Dictionary, accepts) -> Iterator[Misspelling]:
    """Unknown words of the document's prose (bylines left out); ``accepts`` says a house word."""
    for block in document.blocks:
        if block.kind is BlockKind.BYLINE:
            continue
        unit = block.unit
        for word in words(unit.text):
            text = word.text
            if (_other_script(text) or accepts(text) or text.lower() in NEWS_WORDS or speller.knows(text)
                    or speller.knows(text.title()) or (word.abbreviated and speller.knows(text + "."))
                    or (len(text) <= 4 and speller.knows(text.upper()))  # "ok", "tv"
                    or ("-" in text and text[0].isupper())):  # "Dai-ichi", "Authenti-corp": names
                continue
            yield from _unknown_parts(document, unit, word, speller, accepts)


def _unknown_parts(document: Document, unit: TextUnit, word: Word, speller: Dictionary,
                   accepts) -> Iterator[Misspelling]:
    parts = word.text.split("-")
    offset = word.start
    for i, part in enumerate(parts):
        here, offset = offset, offset + len(part) + 1
        if _acronym_or_brand(part) or accepts(part):
            continue
        if part[0].isupper():
            if is_proper_noun(document, unit, here, part):
                continue
            # A sentence opens with a name as often as not ("Kyiv hopes…"): report the word only
            # when it is long and one slip away from a common word ("Goverment").
            if (speller.knows(part) or speller.knows(part.lower()) or len(part) < _SURE_LENGTH
                    or not near_miss(speller, part)):
                continue
        elif (speller.knows(part) or _compound(speller, part)
              or (i + 1 < len(parts) and (part in _PREFIXES or speller.knows(part + parts[i + 1])))
              or (i > 0 and part.endswith("s") and speller.knows(part[:-1]))  # "five-year-olds"
              or (len(part) <= 3 and _next_word_capitalised(unit.text, here + len(part)))):  # "du Caire"
            continue
        yield Misspelling(unit, here, here + len(part), part)


def _compound(speller: Dictionary, word: str) -> bool:
    """Two known words written as one, as news coins them: "drugmaker", "timeframe", "layoffs"."""
    return any(speller.knows(word[:i]) and speller.knows(word[i:])
               for i in range(_COMPOUND_PART, len(word) - _COMPOUND_PART + 1))
