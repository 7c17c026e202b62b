"""copydesk's user cache: data derived from installed files or from copydesk's own code, kept between
runs so that a run pays for it once (compiled regular expressions, the syllable index, pattern
analyses, the installed rule packs).

Every file is named ``<kind>-<tag>.<suffix>``, the tag a digest of what the data was derived from,
so a change of any input starts a new file instead of serving a stale one. The files of earlier
inputs (an older copydesk, a removed Python) would pile up, so writing a file removes those of its
kind that nothing has rewritten for a week; a second installation that shares the folder rebuilds
its file at most once a week.

Nothing here fails a run: a folder that cannot be written costs time, not findings.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
STALE_AFTER = 7 * 24 * 3600  # seconds since a file of an older tag was last written


def cache_dir() -> Path:
    """copydesk's folder for derived data: ``$COPYDESK_CACHE_DIR``, else the platform's user cache."""
    if os.environ.get("COPYDESK_CACHE_DIR"):
        return Path(os.environ["COPYDESK_CACHE_DIR"])
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / "copydesk" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "copydesk"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "copydesk"


def write_atomically(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` through a temporary file beside it and a rename, so a process
    reading it at the same time finds the old file or the new one, never a part."""
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        temporary.write_bytes(data)
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


def tag(*parts: bytes | str) -> str:
    """A short digest of ``parts``, for a file name."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode() if isinstance(part, str) else part)
        digest.update(b"\0")
    return digest.hexdigest()[:16]


def store(target: Path, data: bytes) -> None:
    """Write a file of the cache (atomically) and remove the stale files of its kind."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(target, data)
    except OSError:
        return
    prune_stale(target)


def prune_stale(current: Path) -> None:
    """Remove the files of ``current``'s kind (its name up to the tag, and its suffix) that were last
    written more than ``STALE_AFTER`` ago."""
    kind = current.name.rsplit("-", 1)[0]
    now = time.time()
    for sibling in current.parent.glob(f"{kind}-*{current.suffix}"):
        if sibling == current or sibling.name.rsplit("-", 1)[0] != kind:
            continue
        try:
            if now - sibling.stat().st_mtime > STALE_AFTER:
                sibling.unlink()
        except OSError:
            pass  # another run removed it first, or it is not ours to remove


def remembered(kind: str, build: Callable[[], T], *sources: str | Path) -> T:
    """``build()``, kept in the user cache under ``kind`` until a file of ``sources`` (the module
    that defines ``build``, and any file it reads) or the Python version changes.

    The value must be plain data that ``marshal`` keeps (numbers, strings, bytes, tuples, lists,
    sets, frozensets, dicts); an unreadable or damaged file is built again.
    """
    try:
        inputs = [Path(source).read_bytes() for source in sources]
    except OSError:  # a source that cannot be read cannot vouch for a stored value
        return build()
    target = cache_dir() / f"{kind}-{tag(sys.version, *inputs)}.marshal"
    try:
        return marshal.loads(target.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        pass
    value = build()
    store(target, marshal.dumps(value))
    return value
