"""rx: regular expressions compiled once per machine instead of once per process.

copydesk's rules hold a few hundred regular expressions, some of them long word lists. CPython
compiles a regular expression in pure Python (parse, then generate the matcher's program), which
for copydesk's costs more than 100 ms at every start: most of what a pre-commit hook on one file
would pay. ``compile`` keeps each generated program in a small file in the user cache (beside the
syllable index) and later builds the pattern straight from it, the way ``.pyc`` files spare
recompiling Python code. The pattern is the very object ``re.compile`` returns (patterns compare
equal, which the tests check for every pattern copydesk uses).

The file is tied to the exact Python build and regex engine version; anything unexpected (another
Python implementation, an unreadable or damaged file, a program the engine rejects) falls back to
``re.compile``.
"""

from __future__ import annotations

import atexit
import marshal
import re
import sys
from array import array
from pathlib import Path
from typing import Any

try:  # CPython's regex engine and the compiler front end it is fed by (``sre_*`` before 3.11)
    import _sre

    if sys.version_info >= (3, 11):
        from re import _compiler, _parser
    else:  # pragma: no cover
        import sre_compile as _compiler
        import sre_parse as _parser
except ImportError:  # pragma: no cover - not CPython
    _sre = None  # type: ignore[assignment]

FORMAT = 2
MAX_ENTRIES = 4096  # past this, a save keeps only the patterns the process used
# A program is kept as the bytes of an array of code words: reading the file then costs a copy per
# program, and only the programs a run uses are turned into the list the engine takes.
_WORD = next((kind for kind in "IL" if _sre is not None and array(kind).itemsize == _sre.CODESIZE), None)

Entry = tuple[int, bytes, int, dict[str, int], tuple[Any, ...]]
_store: dict[tuple[str, int], Entry] | None = None
_used: set[tuple[str, int]] = set()
_compiled: dict[tuple[str, int], re.Pattern[str]] = {}  # this process's patterns, as re's own cache
_dirty = False


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the cached program when there is one."""
    global _dirty
    if _WORD is None:  # pragma: no cover - not CPython, or code words of a size array lacks
        return re.compile(pattern, flags)
    key = (pattern, int(flags))
    compiled = _compiled.get(key)
    if compiled is not None:
        return compiled
    store = _load()
    _used.add(key)
    entry = store.get(key)
    if entry is not None:
        try:
            compiled = _compiled[key] = _build(pattern, entry)
            return compiled
        except (RuntimeError, TypeError, ValueError):  # the engine rejects it: compile afresh
            del store[key]
    compiled = _compiled[key] = re.compile(pattern, flags)
    entry = _entry(pattern, flags)
    try:
        if entry is not None and _build(pattern, entry) == compiled:
            store[key] = entry
            _dirty = True
    except (RuntimeError, TypeError, ValueError):  # pragma: no cover - keep re's own
        pass
    return compiled


def _entry(pattern: str, flags: int) -> Entry | None:
    """What ``re``'s compiler would hand the engine (mirrors ``re._compiler.compile``)."""
    try:
        parsed = _parser.parse(pattern, flags)
        code = array(_WORD, [int(op) for op in _compiler._code(parsed, flags)]).tobytes()
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[Any] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        return (int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex,
                tuple(indexgroup))
    except Exception:  # pragma: no cover - an engine this module does not know
        return None


def _build(pattern: str, entry: Entry) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = entry
    words = array(_WORD)
    words.frombytes(code)
    return _sre.compile(pattern, flags, words.tolist(), groups, groupindex, indexgroup)


def cache_file() -> Path:
    from copydesk.usercache import cache_dir, tag

    build = tag(sys.version, str(_sre.MAGIC), str(_sre.CODESIZE), str(FORMAT))
    return cache_dir() / f"regex-{sys.implementation.cache_tag}-{build}.marshal"


def _load() -> dict[tuple[str, int], Entry]:
    global _store
    if _store is None:
        _store = {}
        try:
            loaded = marshal.loads(cache_file().read_bytes())
            if isinstance(loaded, dict):
                _store = loaded
        except (OSError, EOFError, ValueError, TypeError):
            pass  # no file yet, or a damaged one: it is rewritten at exit
        atexit.register(save)
    return _store


def save() -> None:
    """Write new programs to the cache file (at exit); never fails the run."""
    global _dirty
    if not _dirty or _store is None:
        return
    from copydesk.usercache import store

    entries = _store if len(_store) <= MAX_ENTRIES else {k: v for k, v in _store.items() if k in _used}
    try:
        store(cache_file(), marshal.dumps(entries))  # concurrent runs: one complete file wins
        _dirty = False
    except ValueError:
        pass
