"""The user cache: values kept between runs, and files of older inputs removed."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from copydesk import usercache


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("COPYDESK_CACHE_DIR", str(folder))
    return folder


def counting(value: object) -> tuple[list[int], object]:
    calls: list[int] = []

    def build() -> object:
        calls.append(1)
        return value

    return calls, build


def test_a_value_is_built_once_and_read_back(cache: Path, tmp_path: Path) -> None:
    source = tmp_path / "words.py"
    source.write_text("WORDS = 'a|b'")
    calls, build = counting({"a": 1, "b": 2, "c": frozenset({"x"})})
    assert usercache.remembered("words", build, source) == {"a": 1, "b": 2, "c": frozenset({"x"})}
    assert usercache.remembered("words", build, source) == {"a": 1, "b": 2, "c": frozenset({"x"})}
    assert len(calls) == 1
    assert len(list(cache.glob("words-*.marshal"))) == 1


def test_a_changed_source_builds_the_value_again(cache: Path, tmp_path: Path) -> None:
    source = tmp_path / "words.py"
    source.write_text("WORDS = 'a|b'")
    assert usercache.remembered("words", lambda: 1, source) == 1
    source.write_text("WORDS = 'a|b|c'")
    assert usercache.remembered("words", lambda: 2, source) == 2


def test_a_damaged_file_is_built_again(cache: Path, tmp_path: Path) -> None:
    source = tmp_path / "words.py"
    source.write_text("x")
    usercache.remembered("words", lambda: [1, 2, 3], source)
    (stored,) = cache.glob("words-*.marshal")
    stored.write_bytes(b"\xff\x00 not marshal")
    calls, build = counting([1, 2, 3])
    assert usercache.remembered("words", build, source) == [1, 2, 3]
    assert calls == [1]


def test_no_writable_cache_still_gives_the_value(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("COPYDESK_CACHE_DIR", str(blocker / "cache"))
    source = tmp_path / "words.py"
    source.write_text("x")
    assert usercache.remembered("words", lambda: (1, "a"), source) == (1, "a")


def test_an_unreadable_source_builds_without_storing(cache: Path, tmp_path: Path) -> None:
    assert usercache.remembered("words", lambda: 5, tmp_path / "missing.py") == 5
    assert not cache.exists()


def test_writing_a_file_removes_stale_files_of_its_kind_only(cache: Path) -> None:
    cache.mkdir()
    old = time.time() - usercache.STALE_AFTER - 60
    files = {name: cache / name for name in (
        "regex-cpython-311-aaaa.marshal",   # same kind, stale: removed
        "regex-cpython-311-bbbb.marshal",   # same kind, written lately: kept
        "regex-cpython-312-cccc.marshal",   # another Python's kind: kept
        "regex-cpython-311-dddd.pickle",    # another suffix: kept
        "entry-points-eeee.json",           # another kind: kept
    )}
    for path in files.values():
        path.write_bytes(b"x")
    for name in ("regex-cpython-311-aaaa.marshal", "regex-cpython-312-cccc.marshal",
                 "regex-cpython-311-dddd.pickle", "entry-points-eeee.json"):
        os.utime(files[name], (old, old))
    usercache.store(cache / "regex-cpython-311-ffff.marshal", b"new")
    assert sorted(p.name for p in cache.iterdir()) == [
        "entry-points-eeee.json", "regex-cpython-311-bbbb.marshal", "regex-cpython-311-dddd.pickle",
        "regex-cpython-311-ffff.marshal", "regex-cpython-312-cccc.marshal"]
    assert (cache / "regex-cpython-311-ffff.marshal").read_bytes() == b"new"
