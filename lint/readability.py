"""Readability scores of an article, computed by textstat on the article's prose.

The scored prose is what a reader reads as running text: paragraphs, list items and block quotes,
each as its own paragraph. The headline and headings are left out (they have no sentence
punctuation, so textstat would run each into the next sentence), and so are table cells, code and
link targets. The numbers are textstat's own (tests compare every one with textstat run alone):
textstat computes the Fog, SMOG and Dale-Chall scores, and copydesk counts words, sentences and
syllables the way textstat does, remembering what it makes of each token across texts, for the
Flesch scores the rules read on every article (syllables: see ``copydesk.syllables``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

from copydesk import rx
from copydesk.document import MASK, BlockKind

if TYPE_CHECKING:
    from copydesk.document import Document

SCORED_KINDS = frozenset({BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.BLOCKQUOTE})
# SMOG was normed on samples of 30 sentences; on fewer it is not a meaningful grade.
SMOG_MIN_SENTENCES = 30


@dataclass(frozen=True)
class Scores:
    """textstat's counts and scores of a text."""

    words: int
    sentences: int
    syllables: int
    flesch_reading_ease: float
    flesch_kincaid_grade: float
    gunning_fog: float
    smog_index: float | None  # None below SMOG_MIN_SENTENCES sentences
    dale_chall: float

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


class Flesch(NamedTuple):
    """textstat's counts and Flesch formulas of a text, as ``lexicon_count``, ``sentence_count``,
    ``syllable_count``, ``flesch_reading_ease`` and ``flesch_kincaid_grade`` give them."""

    words: int
    sentences: int
    syllables: int
    reading_ease: float
    grade: float


def prose(document: Document) -> str:
    """The document's running text, paragraphs separated by blank lines."""
    return "\n\n".join(block.unit.text.replace(MASK, "") for block in document.blocks
                       if block.kind in SCORED_KINDS)


@lru_cache(maxsize=256)
def scores(text: str) -> Scores:
    """textstat's scores for ``text``."""
    counted = flesch(text)
    textstat = _textstat(text)
    return Scores(
        words=counted.words,
        sentences=counted.sentences,
        syllables=counted.syllables,
        flesch_reading_ease=counted.reading_ease,
        flesch_kincaid_grade=counted.grade,
        gunning_fog=textstat.gunning_fog(text),
        smog_index=textstat.smog_index(text) if counted.sentences >= SMOG_MIN_SENTENCES else None,
        dale_chall=textstat.dale_chall_readability_score(text),
    )


@lru_cache(maxsize=4096)
def grade(text: str) -> float:
    """textstat's Flesch-Kincaid grade of a sentence or passage."""
    return _flesch(text).grade


def grade_at_most(text: str) -> float:
    """A bound ``grade(text)`` never exceeds, found without counting sentences: the grade of
    ``text`` as one sentence. textstat counts at least one sentence in a text with words, and more
    sentences only lower the words per sentence (and, rounding being monotonic, the grade)."""
    tokens = text.split()
    words = _word_count(tokens)
    syllables = sum(map(_SYLLABLES_IN.__getitem__, tokens))
    if not words or not syllables:
        return 0.0
    return (0.39 * words) + (11.8 * (syllables / words)) - 15.59


@lru_cache(maxsize=256)
def flesch(text: str) -> Flesch:
    """textstat's word, sentence and syllable counts of ``text`` and its two Flesch scores."""
    return _flesch(text)


def _flesch(text: str) -> Flesch:
    """The same numbers textstat computes (tests compare them), worked out here in one pass:
    textstat removes punctuation and counts syllables word by word on every call, though what it
    makes of a space-separated token never changes, so copydesk remembers that across texts."""
    tokens = text.split()
    words = _word_count(tokens)
    syllables = sum(map(_SYLLABLES_IN.__getitem__, tokens))
    sentences = _sentence_count(text)
    per_sentence = words / sentences if sentences else 0.0
    per_word = syllables / words if words else 0.0
    if per_sentence == 0 or per_word == 0:
        return Flesch(words, sentences, syllables, 0.0, 0.0)
    ease = _FRE_BASE - _FRE_SENTENCE_LENGTH * per_sentence - _FRE_SYLLABLES_PER_WORD * per_word
    return Flesch(words, sentences, syllables, ease, (0.39 * per_sentence) + (11.8 * per_word) - 15.59)


# textstat 0.7.8's English constants for the reading ease (LANG_CONFIGS["en"]).
_FRE_BASE, _FRE_SENTENCE_LENGTH, _FRE_SYLLABLES_PER_WORD = 206.835, 1.015, 84.6
_LANG = "en_US"  # textstat's default language, which copydesk keeps
# textstat 0.7.8's remove_punctuation(text, rm_apostrophe=False) in one pass: apostrophes that do
# not begin a contraction's ending, then all other punctuation but apostrophes. (Its second step
# removes single characters, so doing both at once on the original text is the same.)
_PUNCTUATION = rx.compile(r"'(?![tsd]|ve|ll|re)|[^\w\s']")
_SENTENCE = rx.compile(r"\b[^.!?]+[.!?]*")  # textstat's count_sentences
_THREE_WORDS = rx.compile(r"\s*\S*\w\S*\s+\S*\w\S*\s+\S*\w")


def _sentence_count(text: str) -> int:
    """textstat's ``count_sentences``: its sentences less those of at most two words."""
    if not text:
        return 0
    found = _SENTENCE.findall(text)
    # Each token gives at most one word, and one holding a word character gives one: a sentence
    # whose first three tokens hold one each has three words.
    return max(1, len(found) - sum(1 for sentence in found if not _THREE_WORDS.match(sentence)
                                   and _word_count(sentence.split()) <= 2))


def _word_count(tokens: list[str]) -> int:
    """textstat's ``count_words`` of a text whose space-separated tokens are ``tokens``."""
    try:
        return sum(map(_WORDS_IN.__getitem__, tokens))
    except KeyError:  # a token seen the first time
        _learn(tokens)
        return sum(map(_WORDS_IN.__getitem__, tokens))


# What textstat makes of each space-separated token of a text: it removes punctuation token by
# token in effect (nothing it removes is a space, and what it keeps of a token never depends on the
# next one), so a token gives at most one word, and that word's syllables. Bounded so a long run
# over an archive does not grow them without end.
_WORDS_IN: dict[str, int] = {}      # token → 1 if a word is left of it, else 0
_SYLLABLES_IN: dict[str, int] = {}  # token → the syllables textstat counts for it
_TOKENS_KEPT = 100_000


def _learn(tokens: list[str]) -> None:
    """Remember the word and syllables of each token of ``tokens`` not seen before."""
    new = set(tokens).difference(_WORDS_IN)
    if len(_WORDS_IN) + len(new) > _TOKENS_KEPT:
        _WORDS_IN.clear()
        _SYLLABLES_IN.clear()
        new = set(tokens)
    words = {token: _PUNCTUATION.sub("", token).lower() for token in new}  # textstat's list_words
    syllables = _syllables({word for word in words.values() if word})
    for token, word in words.items():
        _WORDS_IN[token] = 1 if word else 0
        _SYLLABLES_IN[token] = syllables[word] if word else 0


def _syllables(words: set[str]) -> dict[str, int]:
    """The syllables of each lower-case word, counted as the loop of textstat's ``count_syllables``
    counts them: the stressed phones of the word's first pronunciation in the CMU dictionary, else
    one more than pyphen's hyphenation points."""
    index, pyphen = _counters()
    if index is None:  # textstat's own loop, on the dictionary it loads
        _load()
        from textstat.backend.counts import _count_syllables

        cmu_dict, counts = _count_syllables.get_cmudict(_LANG), {}
        for word in words:
            try:
                counts[word] = sum(1 for p in cmu_dict[word][0] if p[-1].isdigit())
            except (TypeError, IndexError, KeyError):
                counts[word] = len(pyphen.positions(word)) + 1
        return counts
    index.prefetch(words)  # one query for all of them
    counts = {}
    for word in words:
        count = index.syllables(word)
        counts[word] = count if count is not None else len(pyphen.positions(word)) + 1
    return counts


@lru_cache(maxsize=1)
def _counters() -> tuple[Any, Any]:
    """copydesk's syllable index (None when it cannot be had) and pyphen's hyphenator for textstat's
    language, loaded when a word first needs it. Counting needs no more: textstat itself is
    imported only for the scores copydesk leaves to it (``scores``)."""
    from copydesk.syllables import LazyHyphenator, open_index

    return open_index(), LazyHyphenator(_LANG)


def _textstat(text: str) -> Any:
    """textstat, with the whole of ``text``'s words looked up in the syllable index in one go."""
    textstat, index = _load()
    if index is not None:
        from textstat.backend.selections._list_words import list_words

        index.prefetch(list_words(text, lowercase=True))
    return textstat


@lru_cache(maxsize=1)
def _load() -> tuple[Any, Any]:
    """textstat, wired to count with copydesk's syllable index and hyphenator."""
    _import_lazily("cmudict")  # textstat imports it at once; copydesk's index answers instead
    import textstat
    from textstat.backend.counts import _count_syllables

    from copydesk.syllables import LazyHyphenator

    index, hyphenator = _counters()
    # textstat 0.7.8 (pinned) fetches pyphen's hyphenator before every count through this name.
    hyphenators: dict[str, LazyHyphenator] = {_LANG: hyphenator}
    _count_syllables.get_pyphen = lambda lang: hyphenators.setdefault(lang, LazyHyphenator(lang))
    if index is not None:
        # textstat 0.7.8 (pinned) reads the dictionary through this module-level name on every count.
        original = _count_syllables.get_cmudict
        _count_syllables.get_cmudict = lambda lang: index if lang.split("_")[0] == "en" else original(lang)
    return textstat, index


def _import_lazily(name: str) -> None:
    """Put a stand-in for module ``name`` in ``sys.modules`` that imports it at its first use.

    textstat imports ``cmudict`` at once, and ``cmudict`` imports ``importlib.metadata`` (about 12
    ms of a one-file run), although copydesk's syllable index answers every lookup and the module
    is only used when that index cannot be had. (``importlib.util.LazyLoader`` does not survive an
    ``import`` statement before Python 3.12.)
    """
    import importlib
    import importlib.util
    import sys
    import types

    if name in sys.modules:
        return
    spec = importlib.util.find_spec(name)
    if spec is None:
        return
    stand_in = types.ModuleType(name)
    stand_in.__spec__ = spec

    def load(attribute: str) -> Any:
        if sys.modules.get(name) is stand_in:
            del sys.modules[name]
        return getattr(importlib.import_module(name), attribute)

    stand_in.__getattr__ = load  # type: ignore[method-assign]
    sys.modules[name] = stand_in
