"""Results of earlier runs, so linting an unchanged file again costs a hash and a small read.

Each file's result is stored in the project's ``.copydesk_cache/`` folder (beside the config file
that applies, or in the current folder when there is none) under a key made of everything that
decides it: the file's bytes and format, and ``settings_fingerprint`` — copydesk's version and code,
the loaded rule packs and data rule files, the rules that run on the file with their severities and
options, and the grammar settings with the house word list. Code that adds something else that
decides findings adds it there.

An entry is JSON written to a temporary file and renamed into place, so concurrent runs never see
half an entry; an entry that cannot be read back exactly is a miss, never an error. JSON, never
pickle: the folder may come from elsewhere, and reading an entry must never run code. Diagnostics,
which make up most of an entry and of a fully cached run's time, are flat arrays that ``json``
parses in C and a loop turns back into objects; other values are tagged objects. A result is not
stored when its run reported an error or a passing failure (a rule that crashed, LanguageTool down):
the next run must try again rather than repeat a degraded answer. "No LanguageTool configured or
installed" is not passing: the key names the backend, so such results are stored with their notice.
"""

from __future__ import annotations

import dataclasses
import enum
import hashlib
import json
import os
import shutil
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from copydesk import __version__
from copydesk.model import Diagnostic, Edit, Fix, Severity, Span

if TYPE_CHECKING:
    from copydesk.config import Config
    from copydesk.engine import FileResult
    from copydesk.grammar import GrammarSettings, Plan
    from copydesk.registry import Registry, Rule
    from copydesk.source import Format

CACHE_DIR_NAME = ".copydesk_cache"
SCHEMA = 2  # bump when the entry layout changes: old entries are then simply not found
_ENTRIES = f"v{SCHEMA}"
_DIAGNOSTICS = "diagnostics"  # the FileResult field stored as flat arrays
# Types an entry may hold besides JSON's own; anything else makes a result unstorable.
_TYPES: dict[str, type] = {cls.__name__: cls for cls in (Diagnostic, Span, Fix, Edit, Severity)}
_NOT_STORED = ("path", "source")  # given by the caller / rebuilt from the file's bytes
_CACHEDIR_TAG = ("Signature: 8a477f597d28d172789f06886806bc55\n"
                 "# This folder is copydesk's result cache; 'copydesk clean' deletes it.\n")


class Unstorable(Exception):
    """A result holding a value the cache cannot restore exactly."""


def cache_root(config: Config) -> Path:
    """The cache folder of the project ``config`` belongs to."""
    return config.root / CACHE_DIR_NAME


def settings_fingerprint(config: Config, registry: Registry, rules: list[Rule]) -> dict[str, Any]:
    """Everything besides a file's bytes that decides its result, as JSON-able data.

    ``rules`` are the rules that run on the file (per-file ignores applied). Whatever else comes to
    decide findings — rule files read from disk, a backend's identity — belongs here too.
    """
    registry = config.registry or registry  # with the project's own rule folders
    return {
        "copydesk": __version__,
        "code": _code_fingerprint(),
        "packs": sorted({(item.pack, _pack_version(item.pack)) for item in registry.rules}),
        "data rules": registry.data_fingerprint,  # every rule file's bytes, built-in and the project's
        "rules": [(item.code, item.pack, *map(_canonical, config.settings_for(item))) for item in rules],
        "date": config.date.isoformat() if config.date else None,
        "grammar": [_canonical(config.grammar), _file_digest(config.grammar.wordlist)],
        # Which LanguageTool the settings find (none, an installed one, a server): installing one
        # must re-lint, and a result that only lacks LanguageTool's findings may then be kept.
        "grammar backend": dataclasses.astuple(grammar_plan(config.grammar)),
    }


def grammar_plan(settings: GrammarSettings) -> Plan:
    from copydesk.grammar import plan

    return plan(settings)


def _file_digest(path: str) -> str | None:
    """The house word list's contents decide which words GR101 reports."""
    if not path:
        return None
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return "unreadable"


def _canonical(value: Any) -> Any:
    """``value`` as JSON-able data that is the same in every process (sets sorted, not hash-ordered)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = dataclasses.fields(value)
        return [type(value).__name__, {f.name: _canonical(getattr(value, f.name)) for f in fields}]
    if isinstance(value, enum.Enum):
        return [type(value).__name__, value.value]
    if isinstance(value, (set, frozenset)):
        return sorted((_canonical(item) for item in value), key=repr)
    if isinstance(value, dict):
        return sorted(([_canonical(k), _canonical(v)] for k, v in value.items()), key=repr)
    if isinstance(value, (list, tuple)):
        return [_canonical(item) for item in value]
    return value if value is None or isinstance(value, (bool, int, float, str)) else repr(value)


def entry_key(data: bytes, fmt: Format, fingerprint: str) -> str:
    """The key of a file's entry: its bytes, its format and the settings fingerprint's digest."""
    digest = hashlib.sha256(data)
    digest.update(f"\0{fmt.value}\0{fingerprint}".encode())
    return digest.hexdigest()


def digest(fingerprint: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(fingerprint, sort_keys=True, default=str).encode()).hexdigest()


@cache
def _pack_version(pack: str) -> str:
    from copydesk.registry import BUILTIN_PACK

    if pack == BUILTIN_PACK:
        return __version__
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(pack)
    except PackageNotFoundError:
        return "unknown"


@lru_cache(maxsize=1)
def _code_fingerprint() -> str:
    """Names, sizes and times of copydesk's own source files: an edited rule is a new version.

    Released versions already differ by ``__version__``; this keeps a working copy (an editable
    install) from answering with results of code that has since changed.
    """
    import copydesk.rules

    engine = Path(__file__).resolve().parent
    rules = Path(copydesk.rules.__file__).resolve().parent
    parts = []
    for root in (engine,) if rules.is_relative_to(engine) else (engine, rules):
        for path in sorted(root.rglob("*.py")):
            stat = path.stat()
            parts.append(f"{path.relative_to(root)}:{stat.st_size}:{stat.st_mtime_ns}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


class ResultCache:
    """One project's cache folder."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._entries = os.path.join(root, _ENTRIES)

    def _path(self, key: str) -> str:
        return os.path.join(self._entries, key[:2], f"{key[2:]}.json")

    def load(self, key: str) -> dict[str, Any] | None:
        """The stored fields of the result under ``key``, or None (missing, unreadable or damaged)."""
        try:
            entry = json.loads(read_bytes(self._path(key)))
            if type(entry) is not dict or entry.get("schema") != SCHEMA or entry.get("key") != key:
                return None
            fields = entry["result"]
            if type(fields) is not dict:
                return None
            return {name: _diagnostics(value) if name == _DIAGNOSTICS else _decode(value)
                    for name, value in fields.items()}
        except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
            return None

    def store(self, key: str, result: FileResult, settled: frozenset[str] = frozenset()) -> bool:
        """Store ``result`` under ``key`` unless it must not be reused; True when stored. ``settled``
        are notices that the key already accounts for (no LanguageTool configured): they are stored
        with the result and said again when it is reused."""
        if not storable(result, settled):
            return False
        try:
            fields = {f.name: _flat_diagnostics(getattr(result, f.name)) if f.name == _DIAGNOSTICS
                      else _encode(getattr(result, f.name))
                      for f in dataclasses.fields(result) if f.name not in _NOT_STORED}
        except Unstorable:
            return False
        payload = json.dumps({"schema": SCHEMA, "key": key, "result": fields}, ensure_ascii=False,
                             separators=(",", ":"))
        from copydesk.usercache import write_atomically

        target = Path(self._path(key))
        try:
            self._prepare(target.parent)
            # Two runs storing one key at once write the same bytes; readers see one whole entry.
            write_atomically(target, payload.encode())
        except OSError:
            return False  # a read-only or full disk makes the cache useless, not the run
        return True

    def _prepare(self, folder: Path) -> None:
        if folder.is_dir():
            return
        fresh = not self.root.exists()
        folder.mkdir(parents=True, exist_ok=True)
        if fresh:  # mark the folder as a cache, for backup tools and for git
            (self.root / "CACHEDIR.TAG").write_text(_CACHEDIR_TAG, encoding="utf-8")
            (self.root / ".gitignore").write_text("# created by copydesk\n*\n", encoding="utf-8")


def storable(result: FileResult, settled: frozenset[str] = frozenset()) -> bool:
    """May this result be reused? Not when its run had an error or a notice the key does not settle
    (LanguageTool down or timing out: the next run must try again)."""
    return result.source is not None and not result.errors and set(result.notices) <= settled


def restore(fields: dict[str, Any], path: str, source: Any) -> FileResult:
    """A FileResult from stored fields; fields this version does not know are left out."""
    from copydesk.engine import FileResult

    known = _restorable_fields(FileResult)
    return FileResult(path, source, **{name: value for name, value in fields.items() if name in known})


@cache
def _restorable_fields(result_type: type) -> frozenset[str]:
    return frozenset(f.name for f in dataclasses.fields(result_type)) - set(_NOT_STORED)


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """A file's bytes, read without the buffered file object ``open`` builds: that object is half
    the cost of reading a small file, and a cached run reads two per file (the file, its entry)."""
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        chunks = []
        while chunk := os.read(descriptor, 1 << 16):
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(descriptor)


def clean(root: Path) -> bool:
    """Delete the cache folder under ``root``; True if there was one."""
    folder = root / CACHE_DIR_NAME
    if not folder.is_dir():
        return False
    shutil.rmtree(folder)
    return True


def _encode(value: Any) -> Any:
    if value is None or isinstance(value, (bool, str, float)):
        return value
    if isinstance(value, enum.Enum):
        if type(value).__name__ not in _TYPES:
            raise Unstorable(type(value).__name__)
        return {"@": type(value).__name__, "value": value.value}
    if isinstance(value, int):
        return value
    if isinstance(value, list):
        return [_encode(item) for item in value]
    if isinstance(value, tuple):
        return {"@": "tuple", "items": [_encode(item) for item in value]}
    if isinstance(value, dict) and all(isinstance(k, str) for k in value):
        return {"@": "dict", "items": [[k, _encode(v)] for k, v in value.items()]}
    if dataclasses.is_dataclass(value) and _TYPES.get(type(value).__name__) is type(value):
        return {"@": type(value).__name__,
                **{f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}}
    raise Unstorable(type(value).__name__)


def _decode(value: Any) -> Any:
    """A value back from what ``_encode`` made of it; an unknown tag is a ValueError."""
    if type(value) is list:
        return [_decode(item) for item in value]
    if type(value) is not dict:
        return value
    kind = value["@"]  # every stored object is tagged: a plain one is damage (KeyError)
    if kind == "tuple":
        return tuple(_decode(item) for item in value["items"])
    if kind == "dict":
        return {str(k): _decode(v) for k, v in value["items"]}
    cls = _TYPES.get(kind)
    if cls is None:
        raise ValueError(f"unknown stored type {kind!r}")
    if issubclass(cls, enum.Enum):
        return cls(value["value"])
    return cls(**{k: _decode(v) for k, v in value.items() if k != "@"})


# Diagnostics as flat arrays: [code, name, message, start, end, severity, fix or null], a fix as
# [title, safe, [[start, end, replacement], ...]].

def _flat_diagnostics(diagnostics: Any) -> list[list[Any]]:
    if type(diagnostics) is not list or any(type(d) is not Diagnostic for d in diagnostics):
        raise Unstorable("diagnostics that are not a list of Diagnostic")
    return [[d.code, d.name, d.message, d.span.start, d.span.end, int(d.severity), _flat_fix(d.fix)]
            for d in diagnostics]


def _flat_fix(fix: Fix | None) -> list[Any] | None:
    if fix is None:
        return None
    return [fix.title, fix.safe, [[e.span.start, e.span.end, e.replacement] for e in fix.edits]]


def _diagnostics(rows: list[Any]) -> list[Diagnostic]:
    """Diagnostics back from flat arrays; a value of the wrong type is a ValueError or TypeError."""
    found = []
    for code, name, message, start, end, severity, fix in rows:
        if type(code) is not str or type(name) is not str or type(message) is not str:
            raise ValueError("a diagnostic's code, name and message are strings")
        found.append(Diagnostic(code, name, message, _span(start, end), _SEVERITIES[severity],
                                None if fix is None else _fix(*fix)))
    return found


def _fix(title: str, safe: bool, edits: list[Any]) -> Fix:
    if type(title) is not str or type(safe) is not bool:
        raise ValueError("a fix's title is a string and its safety a boolean")
    changes = []
    for start, end, replacement in edits:
        if type(replacement) is not str:
            raise ValueError("an edit's replacement is a string")
        changes.append(Edit(_span(start, end), replacement))
    return Fix(title, tuple(changes), safe)


def _span(start: int, end: int) -> Span:
    if type(start) is not int or type(end) is not int:
        raise ValueError("a span's offsets are integers")
    return Span(start, end)  # which checks 0 <= start <= end


_SEVERITIES = {int(severity): severity for severity in Severity}  # a KeyError for any other value
