"""Configuration files: discovery, selection, per-file ignores, rule settings and errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from copydesk.cli import app
from copydesk.config import (
    Config,
    ConfigError,
    ConfigResolver,
    find_config_file,
    glob_match,
    load_config,
    parse_config,
)
from copydesk.model import Severity
from copydesk.registry import load_registry
from copydesk.testing import lint

REGISTRY = load_registry()
THREE = "Council budget vote\n\nThe vote is on [insert date], TK, and TBD.\n"  # PH001, PH002, PH003
PH = {"PH001", "PH002", "PH003", "PH004", "PH005", "PH006"}
# The default rules of the other families (BP, DU, …), on unless a case selects or ignores them.
OTHERS = {r.code for r in REGISTRY.rules if r.default_enabled and r.family not in ("PH", "MD")}


def write(root: Path, files: dict[str, str]) -> None:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")


def enabled(data: dict, path: Path | None = None, config_path: Path | None = None) -> set[str]:
    return {r.code for r in parse_config(data, REGISTRY, config_path).enabled_rules(REGISTRY, path)}


def check_json(args: list[str], cwd: Path, monkeypatch: pytest.MonkeyPatch) -> list[dict]:
    monkeypatch.chdir(cwd)
    result = CliRunner().invoke(app, ["check", "--output-format", "json", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.stderr == ""
    return json.loads(result.stdout)


# ---------------------------------------------------------------------------------------------
# Selection


@pytest.mark.parametrize(("data", "expected"), [
    ({}, PH | {"MD901"} | OTHERS),                                     # MD902 is opt-in
    ({"select": ["PH"]}, PH),
    ({"select": ["PH"], "ignore": ["PH001"]}, PH - {"PH001"}),         # the more specific wins
    ({"ignore": ["PH"], "select": ["PH001"]}, {"PH001"}),
    ({"select": ["ALL"], "ignore": ["PH"]}, {"MD901"} | OTHERS),
    ({"select": ["PH001"], "ignore": ["PH001"]}, set()),               # a tie: ignore wins
    ({"select": ["bracket-placeholder"]}, {"PH001"}),
    ({"select": ["PH001"], "extend-select": ["tk-marker", "MD902"]}, {"PH001", "PH002", "MD902"}),
    ({"select": ["MD"]}, {"MD901"}),                                   # a prefix never turns on MD902
    ({"select": ["md902"]}, {"MD902"}),
    ({"ignore": ["todo-marker", "PH00"]}, {"MD901"} | OTHERS),
    ({"select": "PH001"}, {"PH001"}),                                  # a string is a one-item list
])
def test_select_and_ignore(data: dict, expected: set[str]) -> None:
    assert enabled(data) == expected


def test_command_line_overrides_stack_on_the_file(tmp_path: Path) -> None:
    write(tmp_path, {"copydesk.toml": 'select = ["PH"]\nignore = ["PH003"]\n'})
    resolver = ConfigResolver(REGISTRY, None, (["PH001", "PH003"], ["tk-marker"], []))
    config = resolver.for_path(tmp_path / "a.txt")
    assert {r.code for r in config.enabled_rules(REGISTRY)} == {"PH001", "PH002"}
    assert config.path == tmp_path / "copydesk.toml"


def test_per_file_ignores(tmp_path: Path) -> None:
    data = {"per-file-ignores": {"drafts/**": ["PH001"], "*.html": ["PH"], "wire/": ["tk-marker"]}}
    config_path = tmp_path / "pyproject.toml"
    default = {"MD901"} | OTHERS
    assert enabled(data, tmp_path / "drafts" / "2024" / "a.md", config_path) == PH - {"PH001"} | default
    assert enabled(data, tmp_path / "news" / "page.html", config_path) == default
    assert enabled(data, tmp_path / "wire" / "a.txt", config_path) == PH - {"PH002"} | default
    assert enabled(data, tmp_path / "news" / "drafts.md", config_path) == PH | default


def test_per_file_ignores_from_the_command_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, {"pyproject.toml": '[tool.copydesk.per-file-ignores]\n"drafts/**" = ["PH001"]\n',
                     "drafts/sub/a.md": THREE, "news/a.md": THREE})
    found = check_json(["."], tmp_path, monkeypatch)
    assert {(d["path"], d["code"]) for d in found} == {
        ("drafts/sub/a.md", "PH002"), ("drafts/sub/a.md", "PH003"),
        ("news/a.md", "PH001"), ("news/a.md", "PH002"), ("news/a.md", "PH003")}
    # standard input named into the folder gets the same treatment, even without a suffix
    monkeypatch.chdir(tmp_path)
    args = ["check", "-", "--stdin-filename", "drafts/story", "--output-format", "json"]
    result = CliRunner().invoke(app, args, input=THREE.encode())
    assert {d["code"] for d in json.loads(result.stdout)} == {"PH002", "PH003"}


@pytest.mark.parametrize(("pattern", "path", "expected"), [
    ("drafts/**", "drafts/a.md", True),
    ("drafts/**", "drafts/x/y/a.md", True),
    ("drafts/**", "news/drafts/a.md", False),
    ("**/drafts/*", "news/drafts/a.md", True),
    ("*.md", "news/a.md", True),
    ("*.md", "news/a.txt", False),
    ("drafts", "drafts/a.md", True),
    ("drafts/", "drafts/a.md", True),
    ("./drafts/a.md", "drafts/a.md", True),
    ("a?.md", "ab.md", True),
    ("a?.md", "a/.md", False),
])
def test_glob_match(pattern: str, path: str, expected: bool) -> None:
    assert glob_match(pattern, path) is expected


# ---------------------------------------------------------------------------------------------
# Rule settings


def test_rule_options_by_code_and_by_name() -> None:
    text = "Status: WIP on the budget."
    assert lint(text, select="PH003").codes() == []
    assert lint(text, select="PH003", rules={"PH003": {"extra_markers": ["WIP"]}}).texts() == ["WIP"]
    assert lint(text, select="PH003", rules={"todo-marker": {"extra_markers": ["WIP"]}}).texts() == ["WIP"]


def test_rule_severity_override() -> None:
    result = lint("The launch is TBD.", select="PH003", rules={"todo-marker": {"severity": "info"}})
    assert [d.severity for d in result.diagnostics] == [Severity.INFO]
    assert lint("The launch is TBD.", select="PH003").diagnostics[0].severity is Severity.ERROR


def test_rule_settings_from_pyproject(tmp_path: Path) -> None:
    write(tmp_path, {"pyproject.toml": '[project]\nname = "x"\n\n[tool.copydesk]\nfail-on = "info"\n\n'
                                       '[tool.copydesk.rules.PH003]\nseverity = "warning"\n'
                                       'extra_markers = ["WIP"]\n'})
    config = load_config(tmp_path / "pyproject.toml", REGISTRY)
    item = REGISTRY.get("PH003")
    severity, options = config.settings_for(item)
    assert severity is Severity.WARNING and options.extra_markers == ("WIP",)
    assert config.fail_on is Severity.INFO
    assert config.settings_for(REGISTRY.get("PH001"))[0] is Severity.ERROR


# ---------------------------------------------------------------------------------------------
# Errors name the file and the key


@pytest.mark.parametrize(("name", "text", "fragments"), [
    ("pyproject.toml", '[tool.copydesk]\nselectt = ["PH"]\n',
     ["unknown key 'selectt'", "did you mean 'select'"]),
    ("copydesk.toml", 'ignor = ["PH"]\n', ["unknown key 'ignor'"]),
    ("copydesk.toml", "select = 5\n", ["'select'", "list of strings"]),
    ("copydesk.toml", 'select = ["PH", 3]\n', ["'select'", "list of strings"]),
    ("copydesk.toml", 'fail-on = "fatal"\n', ["'fail-on'", "fatal"]),
    ("copydesk.toml", "fail-on = 2\n", ["'fail-on'"]),
    ("copydesk.toml", 'select = ["PH999"]\n', ["unknown rule 'PH999'", "'select'"]),
    ("copydesk.toml", 'ignore = ["bracket-placeholdr"]\n', ["unknown rule 'bracket-placeholdr'",
                                                            "did you mean 'bracket-placeholder'"]),
    ("copydesk.toml", '[per-file-ignores]\n"drafts/**" = ["XY"]\n', ["unknown rule 'XY'", "drafts/**"]),
    ("copydesk.toml", 'per-file-ignores = ["PH001"]\n', ["'per-file-ignores'"]),
    ("copydesk.toml", "[rules.PH777]\nseverity = \"info\"\n", ["unknown rule 'PH777'", "[rules.PH777]"]),
    ("copydesk.toml", "[rules.PH003]\nextra = 1\n",
     ["unknown option 'extra'", "[rules.PH003]", "extra_markers"]),
    ("copydesk.toml", "[rules.PH003]\nextra_markers = 1\n", ["[rules.PH003] extra_markers", "list"]),
    ("copydesk.toml", "[rules.PH003]\nextra_markers = [1]\n", ["[rules.PH003] extra_markers", "str"]),
    ("copydesk.toml", '[rules.todo-marker]\nseverity = "fatal"\n', ["[rules.todo-marker] severity", "fatal"]),
    ("copydesk.toml", "rules = 3\n", ["'rules'"]),
    ("copydesk.toml", "select = [\n", ["invalid TOML"]),
    (".copydesk.toml", "select = \"PH\nx\n", ["invalid TOML"]),
    ("pyproject.toml", "[tool.copydesk\nselect = []\n", ["invalid TOML"]),
    ("pyproject.toml", "[tool]\ncopydesk = 5\n", ["[tool.copydesk]", "must be a table"]),
])
def test_config_errors_name_file_and_key(tmp_path: Path, name: str, text: str, fragments: list[str]) -> None:
    write(tmp_path, {name: text})
    found = find_config_file(tmp_path)
    assert found == tmp_path / name
    with pytest.raises(ConfigError) as info:
        ConfigResolver(REGISTRY).for_path(tmp_path / "a.txt")
    message = str(info.value)
    assert message.startswith(f"{tmp_path / name}: ")
    assert "\n" not in message
    for fragment in fragments:
        assert fragment in message


def test_explicit_config_must_exist(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="config file not found"):
        ConfigResolver(REGISTRY, tmp_path / "missing.toml")


def test_command_line_selector_errors() -> None:
    with pytest.raises(ConfigError, match="unknown rule 'QQ' in --ignore"):
        Config().with_overrides(None, [], ["QQ"], REGISTRY)


# ---------------------------------------------------------------------------------------------
# Discovery: the nearest file wins


def test_nearest_config_file(tmp_path: Path) -> None:
    write(tmp_path, {"pyproject.toml": "[tool.copydesk]\n", "a/pyproject.toml": '[project]\nname = "a"\n',
                     "a/b/.copydesk.toml": "", "a/b/c/copydesk.toml": "", "a/b/c/.copydesk.toml": "",
                     "a/b/c/pyproject.toml": "[tool.copydesk]\n"})
    assert find_config_file(tmp_path / "a") == tmp_path / "pyproject.toml"  # no [tool.copydesk] in a/
    assert find_config_file(tmp_path / "a" / "b") == tmp_path / "a" / "b" / ".copydesk.toml"
    assert find_config_file(tmp_path / "a" / "b" / "c") == tmp_path / "a" / "b" / "c" / "copydesk.toml"
    resolver = ConfigResolver(REGISTRY)
    assert resolver.for_path(tmp_path / "a" / "b" / "x.md").path == tmp_path / "a" / "b" / ".copydesk.toml"
    assert resolver.for_path(tmp_path / "a" / "b" / "README").path == tmp_path / "a" / "b" / ".copydesk.toml"
    assert resolver.for_path(tmp_path / "a" / "new" / "x.md").path == tmp_path / "pyproject.toml"
    # a file the walk found, and a folder, by name as given: the same answers, remembered
    deepest = tmp_path / "a" / "b" / "c"
    assert resolver.for_file(str(deepest / "x.md")).path == deepest / "copydesk.toml"
    assert resolver.for_folder(str(tmp_path / "a" / "b")).path == tmp_path / "a" / "b" / ".copydesk.toml"
    assert resolver.for_path(deepest) is resolver.for_file(str(deepest / "y"))


def test_two_folders_with_different_configs_in_one_run(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, {"pyproject.toml": '[tool.copydesk]\nignore = ["PH002"]\n',
                     "news/copydesk.toml": 'ignore = ["PH001"]\n', "news/a.txt": THREE,
                     "blog/.copydesk.toml": 'select = ["todo-marker"]\n', "blog/a.txt": THREE,
                     "other/a.txt": THREE})
    found = check_json(["news", "blog", "other"], tmp_path, monkeypatch)
    assert [(d["path"], d["code"]) for d in found] == [
        ("blog/a.txt", "PH003"), ("news/a.txt", "PH002"), ("news/a.txt", "PH003"),
        ("other/a.txt", "PH001"), ("other/a.txt", "PH003")]


def test_explicit_config_applies_to_everything(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, {"news/copydesk.toml": 'ignore = ["PH001"]\n', "news/a.txt": THREE,
                     "blog/.copydesk.toml": 'select = ["todo-marker"]\n', "blog/a.txt": THREE,
                     "shared.toml": 'select = ["tk-marker"]\n[per-file-ignores]\n"blog/**" = ["PH002"]\n'})
    found = check_json(["news", "blog", "--config", "shared.toml"], tmp_path, monkeypatch)
    assert [(d["path"], d["code"]) for d in found] == [("news/a.txt", "PH002")]


def test_walk_honours_config_include_and_exclude(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, {"copydesk.toml": 'include = ["*.rst", "*.md"]\nextend-exclude = ["archive"]\n',
                     "a.rst": THREE, "b.md": THREE, "c.txt": THREE, "archive/d.md": THREE, "new/e.md": THREE})
    found = check_json(["."], tmp_path, monkeypatch)
    assert {d["path"] for d in found} == {"a.rst", "b.md", "new/e.md"}


def test_default_excludes_apply_below_the_walked_folder_only(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    # the project sits in a folder named like a default exclude, outside the current folder
    write(tmp_path, {"build/site/a.txt": THREE, "build/site/node_modules/b.txt": THREE,
                     "build/site/sub/dist/c.txt": THREE, "elsewhere/readme.txt": ""})
    found = check_json([str(tmp_path / "build" / "site"), "--select", "PH001"], tmp_path / "elsewhere",
                       monkeypatch)
    assert [d["path"] for d in found] == [str(tmp_path / "build" / "site" / "a.txt")]


@pytest.mark.parametrize(("rule", "option", "value"), [
    ("mixed-spelling-variants", "variant", "en-AU"),
    ("mixed-percent-style", "style", "pct"),
])
def test_an_option_value_the_rule_rejects_is_a_config_error(rule, option, value):
    with pytest.raises(ConfigError, match=rf"\[rules.{rule}\]: unknown {option} '{value}'"):
        parse_config({"rules": {rule: {option: value}}}, REGISTRY)


_SEGMENTS = ["build", "drafts", "old", "a.md", "x.txt", ".git", "node_modules", "v1", "b c", "ß"]
_PATTERNS = ["build", "drafts/", "./drafts/old", "*.md", "**/old", "dr*", "a?md", "b c", "v[1]", "**",
             "x.txt/"]


@given(st.lists(st.sampled_from(_PATTERNS), max_size=4),
       st.lists(st.sampled_from(_SEGMENTS), min_size=1, max_size=4))
def test_glob_matcher_is_glob_match_pattern_by_pattern(patterns, segments):
    from copydesk.config import glob_matcher

    relative = "/".join(segments)
    assert glob_matcher(tuple(patterns))(relative) == any(glob_match(p, relative) for p in patterns)


@given(st.lists(st.sampled_from(_PATTERNS), max_size=4),
       st.lists(st.sampled_from(_SEGMENTS), min_size=1, max_size=4))
def test_inclusion_is_any_pattern_on_the_name_or_the_path(patterns, segments):
    root = Path("/nonexistent-root")
    relative = "/".join(segments)
    expected = any(glob_match(p, segments[-1]) or glob_match(p, relative) for p in patterns)
    config = Config(path=root / "copydesk.toml", include=list(patterns))
    assert config.included(root / relative) == expected


@given(st.lists(st.sampled_from(_PATTERNS), max_size=4),
       st.lists(st.sampled_from(_SEGMENTS), min_size=1, max_size=4))
def test_exclusion_is_any_pattern_on_the_path_or_one_of_its_parts(patterns, segments):
    """Config.excluded, which matches all patterns in one regex, agrees with glob_match one by one."""
    from copydesk.config import Config, glob_match

    root = Path("/nonexistent-root")
    relative = "/".join(segments)
    expected = any(glob_match(p, relative) or any(glob_match(p, part) for part in segments) for p in patterns)
    config = Config(path=root / "copydesk.toml", exclude=list(patterns))
    assert config.excluded(root / relative) == expected


def test_a_project_reached_through_a_symbolic_link_keeps_its_excludes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Patterns are relative to the config's folder with links resolved, whichever way the walk came."""
    write(tmp_path / "project", {"copydesk.toml": 'extend-exclude = ["news/drafts"]\n'
                                                  '[per-file-ignores]\n"news/old/*" = ["PH001"]\n',
                                 "news/a.txt": THREE, "news/drafts/b.txt": THREE, "news/old/c.txt": THREE})
    (tmp_path / "link").symlink_to(tmp_path / "project", target_is_directory=True)
    (tmp_path / "elsewhere").mkdir()
    for walked in (tmp_path / "link" / "news", tmp_path / "project" / "news"):
        found = check_json([str(walked), "--select", "PH001"], tmp_path / "elsewhere", monkeypatch)
        assert [d["path"] for d in found] == [str(walked / "a.txt")]
