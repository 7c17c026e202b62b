"""Linting many files: answers from the result cache first, then worker processes for the rest.

Results come back in the order the files were given, whatever the number of workers, so the output
of ``-j 4`` is the output of ``-j 1``. A file that cannot be read or that breaks copydesk is
reported as that file's error; the others are still linted. Ctrl-C stops the workers at once.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import signal
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from copydesk import cache
from copydesk.config import Config, ConfigResolver
from copydesk.engine import FileResult, lint_bytes
from copydesk.source import Format, InputError, detect_format, read_source

# Below this many files per worker, starting workers costs more than it saves.
MIN_FILES_PER_WORKER = {"fork": 2, "forkserver": 8, "spawn": 8}


@dataclass(frozen=True)
class Settings:
    """What a worker needs to build the same configuration as the main process."""

    config: Path | None
    overrides: tuple[list[str] | None, list[str], list[str]]
    date: dt.date | None
    use_cache: bool


def cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def worker_count(files: int, jobs: int | None, method: str | None = None) -> int:
    """Processes for ``files`` files: ``jobs`` if given, else one per core when there are enough files."""
    if files <= 1:
        return 1
    if jobs is not None:
        return max(1, min(jobs, files))
    minimum = MIN_FILES_PER_WORKER.get(method or _start_method(), 8)
    return max(1, min(cpu_count(), files // minimum))


def _start_method() -> str:
    # fork shares the loaded rules with the workers; elsewhere (Windows, and macOS, where fork is
    # unsafe) each worker imports them again.
    return "fork" if os.name == "posix" and sys.platform != "darwin" else "spawn"


class Linter:
    """Lints files with one configuration resolver, through the cache when it is on."""

    def __init__(self, resolver: ConfigResolver, use_cache: bool) -> None:
        self.resolver = resolver
        self.use_cache = use_cache
        self._caches: dict[int, cache.ResultCache] = {}
        self._fingerprints: dict[tuple[int, tuple[str, ...] | None], str] = {}
        self._settled_notices: dict[int, frozenset[str]] = {}

    def cached(self, path: Path | str, display: str) -> tuple[FileResult | None, bytes | None, str | None]:
        """The stored result of ``path`` if there is one, the bytes read (None if unreadable, or not
        read because the cache is off) and their entry's key, for ``lint`` to store under."""
        if not self.use_cache:
            return None, None, None
        try:
            data = cache.read_bytes(path)
        except OSError as exc:
            return FileResult(display, errors=[f"cannot read: {exc.strerror or exc}"]), None, None
        config = self.resolver.for_file(os.fspath(path))
        fmt = detect_format(display)
        key = self._key(data, config, display, fmt)
        fields = self._cache(config).load(key)
        if fields is None:
            return None, data, key
        try:
            source = read_source(display, data, fmt)
        except InputError:
            return None, data, key
        return cache.restore(fields, display, source), data, key

    def lint(self, path: Path | str, display: str, data: bytes | None = None,
             key: str | None = None) -> FileResult:
        """Lint one file (``data``: its bytes when already read, ``key``: their entry's key when
        already known) and store the result."""
        if data is None:
            try:
                data = cache.read_bytes(path)
            except OSError as exc:
                return FileResult(display, errors=[f"cannot read: {exc.strerror or exc}"])
            key = None  # the bytes read now, not those the key was made of
        config = self.resolver.for_file(os.fspath(path))
        try:
            result = lint_bytes(display, data, config, self.resolver.registry)
        except Exception as exc:  # a bug must cost this file, not the whole run
            return FileResult(display, errors=[f"internal error: {type(exc).__name__}: {exc}; "
                                               "please report it"])
        if self.use_cache:
            key = key or self._key(data, config, display, detect_format(display))
            self._cache(config).store(key, result, self._settled(config))
        return result

    def _settled(self, config: Config) -> frozenset[str]:
        """The notice of the LanguageTool the key names (none installed): the same on every run."""
        if id(config) not in self._settled_notices:
            notice = cache.grammar_plan(config.grammar).notice
            self._settled_notices[id(config)] = frozenset({notice} if notice else ())
        return self._settled_notices[id(config)]

    def _cache(self, config: Config) -> cache.ResultCache:
        if id(config) not in self._caches:  # configs live as long as the resolver: ids are stable
            self._caches[id(config)] = cache.ResultCache(cache.cache_root(config))
        return self._caches[id(config)]

    def _key(self, data: bytes, config: Config, display: str, fmt: Format) -> str:
        # The rules that run differ by file only through per-file ignores: files that end up with
        # the same rules share one fingerprint.
        rules = None
        if config.per_file_ignores:
            rules = config.enabled_rules(self.resolver.registry, Path(display))
        memo = (id(config), None if rules is None else tuple(item.code for item in rules))
        if memo not in self._fingerprints:
            if rules is None:
                rules = config.enabled_rules(self.resolver.registry, Path(display))
            fingerprint = cache.settings_fingerprint(config, self.resolver.registry, rules)
            self._fingerprints[memo] = cache.digest(fingerprint)
        return cache.entry_key(data, fmt, self._fingerprints[memo])


def lint_files(files: list[tuple[Path | str, str]], linter: Linter, settings: Settings,
               jobs: int | None = None) -> list[FileResult]:
    """Results for ``(path, display name)`` pairs, in their order; cache hits are not linted again."""
    results: list[FileResult | None] = []
    pending: list[tuple[int, Path | str, str, bytes | None, str | None]] = []
    for index, (path, display) in enumerate(files):
        found, data, key = linter.cached(path, display)
        results.append(found)
        if found is None:
            pending.append((index, path, display, data, key))

    method = _start_method()
    workers = worker_count(len(pending), jobs, method)
    preparing = _prepare(linter, *pending[0][1:3]) if pending else None
    if workers <= 1:
        for index, path, display, data, key in pending:
            results[index] = linter.lint(path, display, data, key)
    else:
        if preparing is not None:  # fork with no other thread running; the workers inherit its work
            preparing.join()
        tasks = [(path, display) for _, path, display, _, _ in pending]  # workers read the files again
        for (index, *_), result in zip(pending, _in_workers(tasks, settings, workers, method), strict=True):
            results[index] = result
    return results  # type: ignore[return-value]


def _prepare(linter: Linter, path: Path | str, display: str) -> threading.Thread | None:
    """Start the ``prepare`` work of the rules that run on the first file, in the background."""
    config = linter.resolver.for_file(os.fspath(path))
    hooks = [item.prepare for item in config.enabled_rules(linter.resolver.registry, Path(display))
             if item.prepare is not None]
    if not hooks:
        return None

    def run() -> None:
        for hook in hooks:
            with contextlib.suppress(Exception):  # the rule meets the same problem and reports it
                hook(config)

    thread = threading.Thread(target=run, name="copydesk-prepare", daemon=True)
    thread.start()
    return thread


def _in_workers(tasks: list[tuple[Path | str, str]], settings: Settings, workers: int,
                method: str) -> list[FileResult]:
    import multiprocessing

    context = multiprocessing.get_context(method)
    chunk = max(1, min(16, len(tasks) // (workers * 4)))
    pool = context.Pool(workers, initializer=_start_worker, initargs=(settings,))
    try:
        results = list(pool.imap(_lint_in_worker, tasks, chunksize=chunk))
    except BaseException:  # Ctrl-C or a broken worker: stop the others now, not after their queue
        pool.terminate()
        pool.join()
        raise
    pool.close()
    pool.join()
    return results


_WORKER: Linter | None = None


def _start_worker(settings: Settings) -> None:
    global _WORKER
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the main process handles Ctrl-C and stops us
    from copydesk.registry import load_registry

    resolver = ConfigResolver(load_registry(), settings.config, settings.overrides, settings.date)
    _WORKER = Linter(resolver, settings.use_cache)


def _lint_in_worker(task: tuple[Path | str, str]) -> FileResult:
    assert _WORKER is not None, "worker not started"
    path, display = task
    return _WORKER.lint(path, display)
