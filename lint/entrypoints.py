"""Entry points of installed distributions, remembered between runs while nothing is installed.

``importlib.metadata`` costs a pre-commit hook about 12 ms per start (its import pulls in the email
and zip modules, and the scan reads every distribution's metadata) to find the few rule packs
installed. The answer only changes when something is installed or removed, which changes the
modification time of a folder on ``sys.path`` (or ``sys.path`` itself), so it is kept in the user
cache under a key made of those and read back until they change.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from functools import reduce
from importlib import import_module
from typing import Any

from copydesk.usercache import cache_dir, store, tag

FORMAT = 1


@dataclass(frozen=True)
class EntryPoint:
    """What copydesk uses of ``importlib.metadata.EntryPoint``: its name, target and distribution."""

    name: str
    value: str
    dist_name: str | None

    def load(self) -> Any:
        """The object ``value`` names (``module:attribute``), as ``EntryPoint.load`` finds it."""
        module, _, attributes = self.value.partition(":")
        attributes = attributes.split("[", 1)[0].strip()  # extras do not change the object
        return reduce(getattr, filter(None, attributes.split(".")), import_module(module.strip()))


def entry_points(group: str) -> list[EntryPoint]:
    """The entry points of ``group`` in every installed distribution, in discovery order."""
    key = _environment_key(group)
    cached = _read(key)
    if cached is not None:
        return cached
    from importlib.metadata import entry_points as discover

    found = [EntryPoint(ep.name, ep.value, ep.dist.name if ep.dist is not None else None)
             for ep in discover(group=group)]
    _write(key, found)
    return found


def _environment_key(group: str) -> str:
    parts = [str(FORMAT), group, sys.executable, sys.version]
    for entry in sys.path:
        try:
            parts.append(f"{entry}:{os.stat(entry or '.').st_mtime_ns}")
        except OSError:
            parts.append(f"{entry}:-")
    return tag(*parts)


def _path(key: str) -> Any:
    return cache_dir() / f"entry-points-{key}.json"


def _read(key: str) -> list[EntryPoint] | None:
    try:
        stored = json.loads(_path(key).read_text(encoding="utf-8"))
        return [EntryPoint(str(name), str(value), dist if dist is None else str(dist))
                for name, value, dist in stored]
    except (OSError, ValueError, TypeError):
        return None


def _write(key: str, found: list[EntryPoint]) -> None:
    store(_path(key), json.dumps([[ep.name, ep.value, ep.dist_name] for ep in found]).encode())
