"""The result cache: same output from the cache as from linting, safe to share, never trusted blindly."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from copydesk import cache, engine, grammar, runner
from copydesk.cli import app
from copydesk.model import Diagnostic, Edit, Fix, Severity, Span
from copydesk.source import read_source

SCRIPT = Path(sys.executable).parent / "copydesk"
ARTICLES = {
    "news/budget.md": "# Council budget vote\n\nThe vote is on [insert date]. Analysts say TK.\n",
    "news/ferry.txt": "Ferry service resumes\n\nBy Jo Lee\n\nBy Jo Lee\n\nThe ferry runs again from June.\n",
    "news/clean.txt": "Library opens\n\nThe library opened on 3 June, the mayor said.\n",
    "news/widget.html": "<html><head><title>Rates</title></head><body><p>Rates rose.</p>"
                        "<p>Share this article</p></body></html>",
}


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project folder with a config file and some articles; the result cache on."""
    monkeypatch.delenv("COPYDESK_NO_CACHE", raising=False)
    (tmp_path / "copydesk.toml").write_text('extend-select = ["MD902"]\n', encoding="utf-8")
    for name, text in ARTICLES.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def check(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["check", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stdout, result.stderr


def entries(root: Path) -> list[Path]:
    return sorted((root / cache.CACHE_DIR_NAME).rglob("*.json"))


def no_linting(monkeypatch: pytest.MonkeyPatch) -> None:
    """From here on, any file actually linted fails the test: answers must come from the cache."""
    def refuse(*args, **kwargs):
        raise AssertionError("linted although cached")

    monkeypatch.setattr(runner, "lint_bytes", refuse)


@pytest.mark.parametrize("fmt", ["concise", "full", "json", "sarif"])
def test_cached_output_is_identical_to_linting(project: Path, monkeypatch: pytest.MonkeyPatch,
                                               fmt: str) -> None:
    fresh = check("--no-cache", "--output-format", fmt, "news")
    assert not (project / cache.CACHE_DIR_NAME).exists()  # --no-cache writes nothing
    first = check("--output-format", fmt, "news")
    assert len(entries(project)) == len(ARTICLES)
    no_linting(monkeypatch)
    second = check("--output-format", fmt, "news")
    assert fresh == first == second
    assert fresh[0] == 1 and fresh[1]


def test_cache_lives_beside_the_config_file(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    elsewhere = project / "news"
    monkeypatch.chdir(elsewhere)
    check("budget.md")
    assert entries(project) and not (elsewhere / cache.CACHE_DIR_NAME).exists()
    assert (project / cache.CACHE_DIR_NAME / ".gitignore").read_text(encoding="utf-8").endswith("*\n")


def test_without_a_config_the_cache_is_in_the_current_folder(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COPYDESK_NO_CACHE", raising=False)
    (tmp_path / "a.txt").write_text(ARTICLES["news/ferry.txt"], encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    check("a.txt")
    assert len(entries(tmp_path)) == 1


def test_a_damaged_entry_is_ignored_and_replaced(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = check("news")
    damage = [b"", b"{not json", b'{"schema": 1, "key": "x", "result": {}}', b"\x00\xff" * 10,
              json.dumps({"schema": 1, "key": "?", "result": {"diagnostics": [{"@": "Nope"}]}}).encode()]
    files = entries(project)
    for path, junk in zip(files, damage, strict=False):
        path.write_bytes(junk)
    for path in files[len(damage):]:  # a valid entry of another file: the key inside must match
        path.write_bytes(files[0].read_bytes())
    assert check("news") == expected
    no_linting(monkeypatch)
    assert check("news") == expected  # rewritten, readable again


def _set(path: tuple, value) -> Callable[[dict], None]:
    def damage(entry: dict) -> None:
        target = entry
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value
    return damage


DIAGNOSTIC = ("result", "diagnostics", 0)
DAMAGE = {
    "code not a string": _set((*DIAGNOSTIC, 0), 1),
    "message not a string": _set((*DIAGNOSTIC, 2), None),
    "offset not an integer": _set((*DIAGNOSTIC, 3), 1.5),
    "offset a string": _set((*DIAGNOSTIC, 4), "9"),
    "span backwards": _set((*DIAGNOSTIC, 3), 10**6),
    "negative offset": _set((*DIAGNOSTIC, 3), -1),
    "unknown severity": _set((*DIAGNOSTIC, 5), 7),
    "severity by name": _set((*DIAGNOSTIC, 5), "error"),
    "fix not a list": _set((*DIAGNOSTIC, 6), {"title": "x"}),
    "fix safety not a boolean": _set((*DIAGNOSTIC, 6), ["delete", "yes", []]),
    "edit too short": _set((*DIAGNOSTIC, 6), ["delete", True, [[0, 1]]]),
    "replacement not a string": _set((*DIAGNOSTIC, 6), ["delete", True, [[0, 1, 2]]]),
    "row too short": _set(DIAGNOSTIC, ["PH001", "x"]),
    "row an object": _set(DIAGNOSTIC, {"@": "Diagnostic"}),
    "diagnostics an object": _set(("result", "diagnostics"), {"a": 1}),
    "result a list": _set(("result",), []),
    "unknown tagged type": _set(("result", "notices"), [{"@": "Unknown"}]),
    "untagged object": _set(("result", "errors"), [{"items": []}]),
    "old schema": _set(("schema",), 1),
    "another key": _set(("key",), "0" * 64),
}


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_a_stored_entry_with_a_wrong_value_is_a_miss(project: Path, damage) -> None:
    check("news/budget.md")
    (entry,) = entries(project)
    stored = json.loads(entry.read_text(encoding="utf-8"))
    store = cache.ResultCache(project / cache.CACHE_DIR_NAME)
    assert store.load(stored["key"]) is not None
    damage(stored)
    entry.write_text(json.dumps(stored), encoding="utf-8")
    assert store.load(stored["key"]) is None


def test_a_deeply_nested_entry_is_a_miss(project: Path) -> None:
    """Nesting deeper than json can parse is a RecursionError there: still a miss."""
    check("news/budget.md")
    (entry,) = entries(project)
    key = entry.parent.name + entry.stem
    depth = 100_000
    entry.write_bytes(b'{"schema":%d,"key":"%s","result":{"notices":%s%s}}'
                      % (cache.SCHEMA, key.encode(), b"[" * depth, b"]" * depth))
    assert cache.ResultCache(project / cache.CACHE_DIR_NAME).load(key) is None


def test_changed_file_config_or_date_is_linted_again(project: Path) -> None:
    _, before, _ = check("--output-format", "json", "news/budget.md")
    assert "PH001" in before
    (project / "news" / "budget.md").write_text("# Council budget vote\n\nThe vote is on 3 June.\n",
                                                encoding="utf-8")
    _, edited, _ = check("--output-format", "json", "news/budget.md")
    assert "PH001" not in edited
    _, ferry, _ = check("--output-format", "json", "news/ferry.txt")
    assert "DU002" in ferry
    (project / "copydesk.toml").write_text('ignore = ["DU002"]\n', encoding="utf-8")
    _, ignored, _ = check("--output-format", "json", "news/ferry.txt")
    assert "DU002" not in ignored
    text = "Talks\n\nThe talks ended on Monday.\n"
    (project / "news" / "talks.txt").write_text(text, encoding="utf-8")
    _, undated, _ = check("--output-format", "json", "news/talks.txt")
    _, dated, _ = check("--output-format", "json", "--date", "2025-06-18", "news/talks.txt")
    assert undated != dated


def test_edited_rule_file_or_house_word_list_is_linted_again(project: Path) -> None:
    """Findings that come from files other than the article: the project's data rules, the speller's
    house word list."""
    (project / "style").mkdir()
    rule = project / "style" / "ferry.toml"
    rule.write_text('code = "HS001"\nkind = "existence"\nsummary = "No ferries."\n'
                    'message = "no \'{match}\'"\ntokens = ["ferry"]\n'
                    '[[examples]]\nbad = "The ferry sails in June."\ngood = "The boat sails."\n',
                    encoding="utf-8")
    (project / "words.txt").write_text("# house words\n", encoding="utf-8")
    (project / "copydesk.toml").write_text('rule-paths = ["style/"]\nrule-prefix = "HS"\n'
                                           '[grammar]\nmode = "off"\nwordlist = "words.txt"\n',
                                           encoding="utf-8")
    (project / "news" / "ferry.txt").write_text("Ferry\n\nThe ferri runs again from June.\n",
                                               encoding="utf-8")
    _, before, _ = check("--output-format", "json", "news/ferry.txt")
    assert '"HS001"' in before and "ferri" in before
    rule.write_text(rule.read_text(encoding="utf-8").replace('"ferry"', '"june"'), encoding="utf-8")
    _, new_rule, _ = check("--output-format", "json", "news/ferry.txt")
    assert "'June'" in new_rule and "'Ferry'" not in new_rule and "ferri" in new_rule
    (project / "words.txt").write_text("ferri\n", encoding="utf-8")
    grammar.house_words.cache_clear()  # this process read the list already; a new run reads it afresh
    _, new_words, _ = check("--output-format", "json", "news/ferry.txt")
    assert "'June'" in new_words and "ferri" not in new_words


def test_per_file_ignores_key_files_by_the_rules_that_run_on_them(project: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The same bytes under different per-file ignores are two entries; under the same rules, one."""
    (project / "copydesk.toml").write_text('[per-file-ignores]\n"news/old/*" = ["PH001"]\n', encoding="utf-8")
    text = ARTICLES["news/budget.md"]
    for name in ("news/a.md", "news/old/b.md", "news/old/c.md"):
        (project / name).parent.mkdir(parents=True, exist_ok=True)
        (project / name).write_text(text, encoding="utf-8")
    args = ("--output-format", "json", "news/a.md", "news/old")
    fresh = check("--no-cache", *args)
    assert check(*args) == fresh
    assert len(entries(project)) == 2
    no_linting(monkeypatch)
    assert check(*args) == fresh
    found = [(item["path"], item["code"]) for item in json.loads(fresh[1])]
    assert ("news/a.md", "PH001") in found
    assert not any(code == "PH001" for path, code in found if "old" in path)


def test_results_with_errors_or_unsettled_notices_are_not_stored(tmp_path: Path) -> None:
    store = cache.ResultCache(tmp_path / cache.CACHE_DIR_NAME)
    source = read_source("a.txt", b"Text\n")
    assert not store.store("a" * 64, engine.FileResult("a.txt", source, errors=["internal error in rule X"]))
    assert not store.store("b" * 64, engine.FileResult("a.txt", None, errors=["binary file"]))
    down = engine.FileResult("a.txt", source, notices=["grammar checks skipped: server down"])
    assert not store.store("c" * 64, down)
    assert not store.store("c" * 64, down, settled=frozenset({"grammar checks skipped: none installed"}))
    assert store.store("d" * 64, engine.FileResult("a.txt", source))
    none_installed = engine.FileResult("a.txt", source, notices=["grammar checks skipped: none installed"])
    assert store.store("e" * 64, none_installed, settled=frozenset(none_installed.notices))
    assert store.load("e" * 64)["notices"] == none_installed.notices
    assert not list(tmp_path.rglob("*.tmp"))


def test_without_languagetool_results_are_reused_and_installing_one_relints(
        project: Path, monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """The default grammar mode on a machine with no LanguageTool: every result carries the "skipped"
    notice, yet a re-run is answered from the cache and still says it; once a LanguageTool is
    installed the key changes and the files are linted again."""
    downloads = tmp_path_factory.mktemp("languagetool")
    monkeypatch.setenv("COPYDESK_GRAMMAR", "auto")
    monkeypatch.setenv("LTP_PATH", str(downloads))
    _, first, first_err = check("news/clean.txt")
    assert "no LanguageTool server configured or installed" in first_err
    assert entries(project)

    linted = []
    real = runner.lint_bytes
    monkeypatch.setattr(runner, "lint_bytes", lambda *a, **k: linted.append(a[0]) or real(*a, **k))
    _, again, again_err = check("news/clean.txt")
    assert (again, again_err) == (first, first_err) and linted == []

    (downloads / "LanguageTool-6.6").mkdir()
    (downloads / "LanguageTool-6.6" / "languagetool-server.jar").write_bytes(b"")
    check("news/clean.txt")
    assert linted == ["news/clean.txt"]


def test_new_result_fields_survive_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    @dataclasses.dataclass
    class Extended(engine.FileResult):
        notices: list[str] = dataclasses.field(default_factory=list)
        timings: dict[str, float] = dataclasses.field(default_factory=dict)
        ranges: tuple[tuple[int, int], ...] = ()

    monkeypatch.setattr(engine, "FileResult", Extended)
    source = read_source("a.txt", b"A line  here\n")
    fix = Fix("delete a space", (Edit(Span(6, 7), ""),), safe=True)
    diagnostic = Diagnostic("TY001", "doubled-space", "two spaces", Span(6, 8), Severity.WARNING, fix)
    original = Extended("a.txt", source, [diagnostic], timings={"TY": 0.5}, ranges=((1, 2),))
    store = cache.ResultCache(tmp_path)
    assert store.store("e" * 64, original)
    restored = cache.restore(store.load("e" * 64), "a.txt", source)
    assert restored == original
    assert isinstance(restored.ranges, tuple) and restored.diagnostics[0].severity is Severity.WARNING


def test_diagnostics_with_fixes_round_trip_as_flat_arrays(tmp_path: Path) -> None:
    source = read_source("a.txt", "Café  Zelenskiy\nTK line\n".encode())
    diagnostics = [
        Diagnostic("TY001", "doubled-space", "two spaces after 'Café'", Span(4, 6), Severity.WARNING,
                   Fix("delete a space", (Edit(Span(5, 6), ""),))),
        Diagnostic("HS001", "house-spelling", "write 'Zelensky' – not 'Zelenskiy'", Span(6, 15),
                   Severity.ERROR, Fix("spell it 'Zelensky'", (Edit(Span(6, 15), "Zelensky"),
                                                                Edit(Span(15, 15), "")), safe=False)),
        Diagnostic("PH002", "tk-marker", "TK left in text", Span(16, 18), Severity.INFO),
        Diagnostic("DU003", "repeated-paragraph", "edits with nothing to delete", Span(0, 0),
                   Severity.WARNING, Fix("keep one", ())),
    ]
    original = engine.FileResult("a.txt", source, diagnostics, notices=["spelling skipped"])
    store = cache.ResultCache(tmp_path)
    assert store.store("a" * 64, original, settled=frozenset(original.notices))
    (entry,) = tmp_path.rglob("*.json")
    stored = json.loads(entry.read_text(encoding="utf-8"))
    assert stored["schema"] == cache.SCHEMA == 2
    assert stored["result"]["diagnostics"][1] == [
        "HS001", "house-spelling", "write 'Zelensky' – not 'Zelenskiy'", 6, 15, 3,
        ["spell it 'Zelensky'", False, [[6, 15, "Zelensky"], [15, 15, ""]]]]
    assert stored["result"]["diagnostics"][2][6] is None
    restored = cache.restore(store.load("a" * 64), "a.txt", source)
    assert restored == original
    assert [type(d.severity) for d in restored.diagnostics] == [Severity] * 4
    assert isinstance(restored.diagnostics[1].fix.edits, tuple)


def test_an_entry_of_the_old_layout_is_a_miss(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Schema 1 stored tagged objects in a v1 folder; such an entry, even moved to where this version
    looks and carrying the right key, is not read: the file is linted again and stored anew."""
    expected = check("news/budget.md")
    (entry,) = entries(project)
    key = entry.parent.name + entry.stem
    old = {"schema": 1, "key": key, "result": {"diagnostics": [
        {"@": "Diagnostic", "code": "PH001", "name": "bracket-placeholder", "message": "old",
         "span": {"@": "Span", "start": 0, "end": 1}, "severity": {"@": "Severity", "value": 3},
         "fix": None}], "errors": [], "notices": []}}
    entry.write_text(json.dumps(old), encoding="utf-8")
    store = cache.ResultCache(project / cache.CACHE_DIR_NAME)
    assert store.load(key) is None
    linted = []
    real = runner.lint_bytes
    monkeypatch.setattr(runner, "lint_bytes", lambda *a, **k: linted.append(a[0]) or real(*a, **k))
    assert check("news/budget.md") == expected
    assert linted == ["news/budget.md"]
    assert store.load(key) is not None


def test_a_value_the_cache_cannot_restore_is_not_stored(tmp_path: Path) -> None:
    @dataclasses.dataclass
    class Odd(engine.FileResult):
        extra: object = None

    source = read_source("a.txt", b"Text\n")
    assert not cache.ResultCache(tmp_path).store("f" * 64, Odd("a.txt", source, extra=object()))
    assert not list(tmp_path.rglob("*.json"))


def test_the_key_covers_content_format_version_packs_and_rule_settings(project: Path) -> None:
    from copydesk.config import ConfigResolver
    from copydesk.registry import load_registry

    registry = load_registry()
    config = ConfigResolver(registry).for_path(project / "news" / "budget.md")
    rules = config.enabled_rules(registry)
    base = cache.settings_fingerprint(config, registry, rules)
    assert base["copydesk"] and base["code"]
    assert ("copydesk", base["copydesk"]) in [tuple(pack) for pack in base["packs"]]
    fewer = cache.settings_fingerprint(config, registry, rules[1:])
    assert cache.digest(base) != cache.digest(fewer)
    data = b"Some text\n"
    from copydesk.source import Format

    key = cache.entry_key(data, Format.TEXT, cache.digest(base))
    assert key != cache.entry_key(data + b" ", Format.TEXT, cache.digest(base))
    assert key != cache.entry_key(data, Format.MARKDOWN, cache.digest(base))
    assert key != cache.entry_key(data, Format.TEXT, cache.digest(fewer))


def test_clean_removes_the_cache(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    check("news")
    assert entries(project)
    monkeypatch.chdir(project / "news")  # clean finds the project from below, too
    result = CliRunner().invoke(app, ["clean"])
    assert result.exit_code == 0 and "removed" in result.stdout
    assert not (project / cache.CACHE_DIR_NAME).exists()
    again = CliRunner().invoke(app, ["clean"])
    assert again.exit_code == 0 and "no cache" in again.stdout


def test_concurrent_runs_share_the_cache_safely(project: Path) -> None:
    for index in range(40):
        (project / "news" / f"extra-{index:02d}.txt").write_text(
            f"Story {index}\n\nBy Jo Lee\n\nBy Jo Lee\n\nAnalysts say it will rise {index}%.\n",
            encoding="utf-8")
    env = {key: value for key, value in os.environ.items() if key != "COPYDESK_NO_CACHE"}
    expected = subprocess.run([str(SCRIPT), "check", "--no-cache", "news"], cwd=project, capture_output=True,
                              env=env, timeout=120, check=False)
    processes = [subprocess.Popen([str(SCRIPT), "check", "-j", "2", "news"], cwd=project, env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(3)]
    outputs = [process.communicate(timeout=120) for process in processes]
    for process, (out, err) in zip(processes, outputs, strict=True):
        assert (process.returncode, out, err) == (expected.returncode, expected.stdout, expected.stderr)
    assert not list(project.rglob("*.tmp"))
    store = cache.ResultCache(project / cache.CACHE_DIR_NAME)
    for entry in entries(project):
        key = entry.parent.name + entry.stem
        assert store.load(key) is not None, entry
    again = subprocess.run([str(SCRIPT), "check", "news"], cwd=project, capture_output=True, env=env,
                           timeout=120, check=False)
    assert (again.returncode, again.stdout, again.stderr) == (expected.returncode, expected.stdout,
                                                               expected.stderr)


def test_the_key_is_the_same_in_every_process(project: Path) -> None:
    """Options holding sets must not make the key depend on the process's hash seed."""
    code = ("import dataclasses, sys\nfrom copydesk import cache\nfrom copydesk.registry import Options\n"
            "@dataclasses.dataclass(frozen=True)\nclass O(Options):\n    words: frozenset = frozenset()\n"
            "words = frozenset({'alpha', 'beta', 'gamma', 'delta'})\n"
            "print(cache.digest({'o': cache._canonical(O(words))}))\n")
    digests = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout
               for seed in range(6)}
    assert len(digests) == 1
