"""Configuration: ``[tool.copydesk]`` in pyproject.toml, or copydesk.toml / .copydesk.toml.

The nearest file above each linted file applies (no cascade). Unknown keys and bad values are
errors that name the file and the key.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
import sys
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from copydesk.grammar import GrammarConfigError, GrammarSettings, parse_settings, with_environment
from copydesk.model import Severity
from copydesk.registry import Options, Registry, Rule, did_you_mean, option_fields

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CONFIG_FILES = ("copydesk.toml", ".copydesk.toml", "pyproject.toml")
DEFAULT_INCLUDE = ("*.txt", "*.md", "*.markdown", "*.html", "*.htm")
DEFAULT_EXCLUDE = (".git", ".hg", ".svn", ".tox", ".nox", ".venv", "venv", "node_modules", "__pycache__",
                   ".copydesk_cache", ".mypy_cache", ".pytest_cache", ".ruff_cache", "build", "dist",
                   "site-packages")
_LIST_KEYS = ("select", "extend-select", "ignore", "include", "exclude", "extend-exclude")
_RULE_PATH_KEYS = ("rule-paths", "rule-prefix")
_KEYS = (*_LIST_KEYS, "per-file-ignores", "fail-on", "rules", "grammar", *_RULE_PATH_KEYS)


class ConfigError(Exception):
    """Bad configuration; the message names the file and the key."""


@dataclass
class Config:
    """One configuration file's settings (or the defaults, with ``path`` None)."""

    path: Path | None = None
    select: list[str] = field(default_factory=lambda: ["ALL"])
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    include: list[str] = field(default_factory=lambda: list(DEFAULT_INCLUDE))
    exclude: list[str] = field(default_factory=lambda: list(DEFAULT_EXCLUDE))
    extend_exclude: list[str] = field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    fail_on: Severity | None = None
    rule_settings: dict[str, tuple[Severity | None, Options]] = field(default_factory=dict)  # code → …
    date: dt.date | None = None  # publication date for documents whose metadata has none (--date)
    grammar: GrammarSettings = field(default_factory=GrammarSettings)  # [grammar]: LanguageTool, speller
    # The installed rules plus this file's rule-paths; None when it names no rule folders.
    registry: Registry | None = field(default=None, repr=False, compare=False)

    @property
    def root(self) -> Path:
        return self.path.parent if self.path else Path.cwd()

    def with_overrides(self, select: list[str] | None, extend_select: list[str],
                       ignore: list[str], registry: Registry) -> Config:
        registry = self.registry or registry
        for key, selectors in (("--select", select or []), ("--extend-select", extend_select),
                               ("--ignore", ignore)):
            _check_selectors(registry, selectors, key, None)
        return dataclasses.replace(self, select=select if select else self.select,
                                   extend_select=self.extend_select + extend_select,
                                   ignore=self.ignore + ignore)

    def enabled_rules(self, registry: Registry, path: Path | None = None) -> list[Rule]:
        """Rules that run on ``path``: the most specific of select and ignore wins (ignore on a tie)."""
        registry = self.registry or registry
        ignored_here: set[str] = set()
        if path is not None and self.per_file_ignores:
            relative = _relative(path, self.root)
            for pattern, selectors in self.per_file_ignores.items():
                if glob_match(pattern, relative):
                    for selector in selectors:
                        ignored_here.update(r.code for r in registry.match(selector) or ())
        # Asked once per file: the answer depends only on the rules ignored here, so keep it.
        memo = self.__dict__.setdefault("_enabled_memo", {})
        key = (id(registry), frozenset(ignored_here))
        if key not in memo:
            memo[key] = (registry, self._enabled(registry, ignored_here))
        return list(memo[key][1])

    def _enabled(self, registry: Registry, ignored_here: set[str]) -> list[Rule]:
        enabled = []
        for item in registry.rules:
            if item.code in ignored_here:
                continue
            chosen = _specificity(item, [*self.select, *self.extend_select], registry)
            if chosen is None or (not item.default_enabled and chosen < _EXACT):
                continue
            refused = _specificity(item, self.ignore, registry)
            if refused is None or chosen > refused:
                enabled.append(item)
        return enabled

    def settings_for(self, item: Rule) -> tuple[Severity, Options]:
        memo = self.__dict__.setdefault("_settings_memo", {})  # options are frozen: share them
        if item not in memo:
            severity, options = self.rule_settings.get(item.code, (None, None))
            memo[item] = (severity or item.severity, options or item.options())
        return memo[item]

    def excluded(self, path: Path) -> bool:
        return self.folder_filter(os.fspath(path.parent)).excluded(path.name)

    def included(self, path: Path) -> bool:
        return self.folder_filter(os.fspath(path.parent)).included(path.name)

    def folder_filter(self, folder: str) -> FolderFilter:
        """The include and exclude decisions for the entries of ``folder``."""
        return FolderFilter(self, folder)


class FolderFilter:
    """Include and exclude decisions for the names in one folder, by string operations alone: the
    folder's place below the configuration's folder is worked out once, not once per file."""

    def __init__(self, config: Config, folder: str) -> None:
        self.folder = folder
        self.place = _place(folder, config.root)
        self._excludes = _any_glob((*config.exclude, *config.extend_exclude))
        self._includes = glob_matcher(tuple(config.include))
        # A pattern matches the relative path or any one part of it (its file name among them).
        self._folder_excluded = bool(self.place) and any(
            self._excludes.match(part) for part in self.place.split("/"))

    def relative(self, name: str) -> str | None:
        """``name``'s path below the configuration's folder; None outside it."""
        if self.place is None:
            return None
        return f"{self.place}/{name}" if self.place else name

    def excluded(self, name: str) -> bool:
        relative = self.relative(name)
        if relative is None:  # outside the config's folder: only the name counts, not e.g. a "build" above it
            return bool(self._excludes.match(name))
        return (self._folder_excluded or bool(self._excludes.match(relative))
                or bool(self._excludes.match(name)))

    def included(self, name: str) -> bool:
        relative = self.relative(name)
        if relative is None:  # outside: the path as given
            relative = Path(self.folder, name).as_posix()
        return self._includes(name) or self._includes(relative)


_EXACT = 100


def _specificity(item: Rule, selectors: list[str], registry: Registry) -> int | None:
    best = None
    for selector in selectors:
        key = selector.lower()
        if key in (item.code.lower(), item.name.lower(), *(alias.lower() for alias in item.aliases)):
            score = _EXACT
        elif key == "all":
            score = 0
        elif item.code.lower().startswith(key) and re.fullmatch(r"[a-z]{1,4}[0-9]{0,3}", key):
            score = len(key)
        else:
            continue
        best = score if best is None else max(best, score)
    return best


def _relative(path: Path, root: Path) -> str:
    place = _place(os.fspath(path.parent), root)
    if place is None:
        return path.as_posix()
    return f"{place}/{path.name}" if place else path.name


def _place(folder: str, root: Path) -> str | None:
    """``folder``'s POSIX path below ``root`` with symbolic links resolved ("" for ``root``
    itself), or None when it is not below ``root``."""
    resolved = os.path.realpath(folder)
    top = _resolved(root)
    if resolved == top:
        return ""
    base = top if top.endswith(os.sep) else top + os.sep
    if not resolved.startswith(base):
        return None
    return resolved[len(base):].replace(os.sep, "/")


@lru_cache(maxsize=256)
def _glob_regex(pattern: str) -> re.Pattern[str]:
    out = []
    i = 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif pattern[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pattern[i] == "?":
            out.append("[^/]")
            i += 1
        else:
            out.append(re.escape(pattern[i]))
            i += 1
    return re.compile("".join(out) + "(?:/.*)?$" if not pattern.endswith("*") else "".join(out) + "$")


def _normalised(pattern: str) -> str:
    pattern = pattern.strip().removeprefix("./")
    return pattern.rstrip("/") or pattern  # "drafts/" means the folder, as in .gitignore


@lru_cache(maxsize=64)
def _any_glob(patterns: tuple[str, ...]) -> re.Pattern[str]:
    """One regex matching where any of ``patterns`` matches (``glob_match`` without the name rule)."""
    return re.compile("|".join(f"(?:{_glob_regex(_normalised(p)).pattern})" for p in patterns) or "(?!)")


@lru_cache(maxsize=64)
def _resolved(folder: Path) -> str:
    return os.path.realpath(folder)


@lru_cache(maxsize=64)
def glob_matcher(patterns: tuple[str, ...]) -> Callable[[str], bool]:
    """A test equal to ``any(glob_match(p, path) for p in patterns)``, with two regexes in all."""
    whole = _any_glob(patterns)
    by_name = _any_glob(tuple(p for p in patterns if "/" not in _normalised(p)))

    def matches(relative_path: str) -> bool:
        return bool(whole.match(relative_path)) or bool(by_name.match(relative_path.rpartition("/")[2]))

    return matches


def glob_match(pattern: str, relative_path: str) -> bool:
    """Match a POSIX relative path; a pattern without '/' also matches the file name alone."""
    pattern = _normalised(pattern)
    regex = _glob_regex(pattern)
    if regex.match(relative_path):
        return True
    return "/" not in pattern and bool(regex.match(relative_path.rsplit("/", 1)[-1]))


# ---------------------------------------------------------------------------------------------
# Loading


def find_config_file(start: Path) -> Path | None:
    """The nearest config file in ``start`` (a folder) or above it."""
    folder = start.resolve()
    for directory in (folder, *folder.parents):
        for name in CONFIG_FILES:
            candidate = directory / name
            if candidate.is_file() and (name != "pyproject.toml" or _has_tool_table(candidate)):
                return candidate
    return None


def _has_tool_table(path: Path) -> bool:
    try:
        tool = _read_toml(path).get("tool")
        return isinstance(tool, dict) and "copydesk" in tool
    except ConfigError:
        try:
            return "[tool.copydesk" in path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from None


def load_config(path: Path, registry: Registry) -> Config:
    data = _read_toml(path)
    table = "[tool.copydesk]" if path.name == "pyproject.toml" else "the top level"
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        data = tool.get("copydesk", {}) if isinstance(tool, dict) else {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: {table} must be a table, not {_describe(data)}")
    return parse_config(data, registry, path, table)


def parse_config(data: dict[str, Any], registry: Registry, path: Path | None = None,
                 table: str = "[tool.copydesk]") -> Config:
    where = f"{path}: " if path else ""
    config = Config(path=path)
    if any(key in data for key in _RULE_PATH_KEYS):  # first: select and ignore may name these rules
        registry = config.registry = _project_rules(data, registry, config.root, where)
    for key, value in data.items():
        if key not in _KEYS:
            raise ConfigError(f"{where}unknown key '{key}' in {table}{did_you_mean(key, _KEYS)}")
        if key in _LIST_KEYS:
            items = _string_list(value, f"{where}'{key}'")
            if key in ("select", "extend-select", "ignore"):
                _check_selectors(registry, items, f"'{key}'", where)
            setattr(config, key.replace("-", "_"), items)
        elif key in _RULE_PATH_KEYS:
            continue  # loaded above
        elif key == "per-file-ignores":
            if not isinstance(value, dict):
                raise ConfigError(f"{where}'per-file-ignores' must be a table of glob = [rules]")
            for pattern, selectors in value.items():
                items = _string_list(selectors, f"{where}'per-file-ignores.\"{pattern}\"'")
                _check_selectors(registry, items, f"'per-file-ignores.\"{pattern}\"'", where)
                config.per_file_ignores[pattern] = items
        elif key == "fail-on":
            config.fail_on = _severity(value, f"{where}'fail-on'")
        elif key == "rules":
            if not isinstance(value, dict):
                raise ConfigError(f"{where}'rules' must be a table of [rules.<code or name>] tables")
            for selector, settings in value.items():
                _rule_settings(config, registry, selector, settings, where)
    try:
        config.grammar = (parse_settings(data["grammar"], where, path.parent if path else None)
                          if "grammar" in data else with_environment(config.grammar))
    except GrammarConfigError as exc:
        raise ConfigError(str(exc)) from None
    return config


def _project_rules(data: dict[str, Any], registry: Registry, root: Path, where: str) -> Registry:
    from copydesk.datarules import RuleFileError, load_rule_folders, rule_folders

    if "rule-paths" not in data:
        raise ConfigError(f"{where}'rule-prefix' without 'rule-paths': name the folders of your rule files")
    try:
        folders = rule_folders(data["rule-paths"], data.get("rule-prefix"), root, where)
        return load_rule_folders(folders, registry, where)
    except RuleFileError as exc:
        raise ConfigError(str(exc)) from None


def _string_list(value: Any, label: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{label} must be a list of strings, not {_describe(value)}")
    return value


def _rule_keys(registry: Registry) -> list[str]:
    """Every code and name, for "did you mean" hints."""
    return [r.code for r in registry.rules] + [r.name for r in registry.rules]


def _check_selectors(registry: Registry, selectors: list[str], key: str, where: str | None) -> None:
    for selector in selectors:
        if registry.match(selector) is None:
            raise ConfigError(f"{where or ''}unknown rule '{selector}' in {key}"
                              f"{did_you_mean(selector, _rule_keys(registry))}")


def _severity(value: Any, label: str) -> Severity:
    try:
        return Severity.parse(value) if isinstance(value, str) else Severity.parse("?")
    except ValueError:
        raise ConfigError(f"{label} must be \"error\", \"warning\" or \"info\", "
                          f"not {_describe(value)}") from None


def _rule_settings(config: Config, registry: Registry, selector: str, settings: Any, where: str) -> None:
    item = registry.get(selector)
    if item is None:
        raise ConfigError(f"{where}unknown rule '{selector}' in [rules.{selector}]"
                          f"{did_you_mean(selector, _rule_keys(registry))}")
    label = f"[rules.{selector}]"
    if not isinstance(settings, dict):
        raise ConfigError(f"{where}{label} must be a table of options")
    fields = option_fields(item.options)
    severity = None
    values: dict[str, Any] = {}
    for key, value in settings.items():
        if key == "severity":
            severity = _severity(value, f"{where}{label} severity")
            continue
        if key not in fields:
            known = ", ".join(["severity", *fields]) or "severity"
            raise ConfigError(f"{where}unknown option '{key}' in {label}{did_you_mean(key, list(fields))} "
                              f"(options: {known})")
        values[key] = _coerce(value, fields[key], f"{where}{label} {key}")
    try:
        options = item.options(**values)
    except ValueError as exc:  # a rule's own check of its option values
        raise ConfigError(f"{where}{label}: {exc}") from None
    config.rule_settings[item.code] = (severity, options)


def _coerce(value: Any, annotation: Any, label: str) -> Any:
    """Check a TOML value against an option's annotation; lists become tuples."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        for arm in typing.get_args(annotation):
            if arm is type(None) and value is None:
                return None
            try:
                return _coerce(value, arm, label)
            except ConfigError:
                continue
        raise ConfigError(f"{label} has the wrong type: {_describe(value)}")
    if origin in (tuple, list, frozenset, set):
        args = [a for a in typing.get_args(annotation) if a is not Ellipsis] or [Any]
        if not isinstance(value, list):
            raise ConfigError(f"{label} must be a list, not {_describe(value)}")
        items = [_coerce(v, args[0], label) for v in value]
        return origin(items) if origin is not tuple else tuple(items)
    if annotation is Any:
        return value
    if annotation is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if annotation in (int, float) and isinstance(value, bool):
        raise ConfigError(f"{label} must be a number, not {_describe(value)}")
    if isinstance(annotation, type) and not isinstance(value, annotation):
        raise ConfigError(f"{label} must be {annotation.__name__}, not {_describe(value)}")
    return value


def _describe(value: Any) -> str:
    return f"{type(value).__name__} {value!r}"


class ConfigResolver:
    """The configuration for each file: an explicit ``--config``, or the nearest file, cached per folder."""

    def __init__(self, registry: Registry, explicit: Path | None = None,
                 overrides: tuple[list[str] | None, list[str], list[str]] = (None, [], []),
                 date: dt.date | None = None) -> None:
        self.registry = registry
        self.overrides = overrides
        self.date = date
        self._by_file: dict[Path | None, Config] = {}
        self._by_folder: dict[Path, Config] = {}
        self._by_name: dict[str, Config] = {}  # a file's or folder's name as given → its configuration
        self.explicit = self._load(explicit) if explicit else None

    def _load(self, path: Path | None) -> Config:
        if path not in self._by_file:
            if path is not None and not path.is_file():
                raise ConfigError(f"{path}: config file not found")
            config = load_config(path, self.registry) if path else parse_config({}, self.registry)
            config = config.with_overrides(*self.overrides, self.registry)
            self._by_file[path] = dataclasses.replace(config, date=self.date) if self.date else config
        return self._by_file[path]

    def registry_for(self, path: Path) -> Registry:
        """The rules known under ``path``: the installed ones, plus its configuration's rule-paths."""
        return self.for_path(path).registry or self.registry

    def for_path(self, path: Path) -> Config:
        if self.explicit is not None:
            return self.explicit
        # Only an existing folder is a folder: a file name without a suffix (``base / "_"``, a
        # --stdin-filename) or one that does not exist yet still takes the config of its parent.
        known = self._by_name.get(os.fspath(path))
        if known is not None:
            return known
        return self.for_folder(os.fspath(path if path.is_dir() else path.parent))

    def for_file(self, path: str) -> Config:
        """The configuration of ``path``, known not to be a folder (a file found by the walk)."""
        if self.explicit is not None:
            return self.explicit
        config = self._by_name.get(path)
        if config is None:
            config = self._by_name[path] = self.for_folder(os.path.dirname(path) or os.curdir)
        return config

    def for_folder(self, folder: str) -> Config:
        """The configuration of the files in ``folder``, remembered by the name as given: a resolver
        serves one run, in one current folder."""
        if self.explicit is not None:
            return self.explicit
        config = self._by_name.get(folder)
        if config is None:
            absolute = Path(os.path.abspath(folder))
            if absolute not in self._by_folder:
                self._by_folder[absolute] = self._load(find_config_file(absolute))
            config = self._by_name[folder] = self._by_folder[absolute]
        return config
