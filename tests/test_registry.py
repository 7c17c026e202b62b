"""The registry is the single source of truth: every rule well-formed, documented, listed."""

from __future__ import annotations

import pkgutil
from pathlib import Path, PurePath

import pytest

import copydesk.rules
from copydesk import Scope, rule, shorten
from copydesk.registry import CODE_PATTERN, FAMILIES, NAME_PATTERN, Registry, RegistryError, load_registry
from copydesk.ruledoc import parse_doc

REGISTRY = load_registry()
BUILTIN = [r for r in REGISTRY.rules if r.pack == "copydesk"]


def _check(unit, ctx):
    return iter(())


def test_builtin_pack_is_loaded_through_its_entry_point():
    from importlib.metadata import entry_points

    names = {ep.value for ep in entry_points(group="copydesk.rules")}
    assert "copydesk.rules:get_rules" in names
    assert {r.code for r in BUILTIN} >= {"PH001", "PH002", "PH003", "PH004", "PH005", "PH006", "MD901"}


@pytest.mark.parametrize("item", BUILTIN, ids=lambda r: r.code)
def test_codes_names_and_families_are_well_formed(item):
    assert CODE_PATTERN.match(item.code)
    assert item.code[:2] in FAMILIES and len(item.code) == 5
    assert NAME_PATTERN.match(item.name)
    assert item.severity.label in ("error", "warning", "info")
    assert isinstance(item.scope, Scope)


@pytest.mark.parametrize("item", BUILTIN, ids=lambda r: r.code)
def test_module_is_named_after_the_rule(item):
    # A data rule's "module" is its file: copydesk/rules/readability/wordy_phrase.toml.
    module = PurePath(item.module).stem if item.module.endswith(".toml") else item.module.rsplit(".", 1)[-1]
    assert module == item.name.removeprefix("no-").replace("-", "_")


@pytest.mark.parametrize("item", BUILTIN, ids=lambda r: r.code)
def test_docstring_has_the_fixed_sections(item):
    doc = parse_doc(item.doc)
    assert doc.summary, "a one-line summary first"
    names = [name for name, _ in doc.sections]
    for required in ("Why", "Bad", "Good", "Options"):
        assert required in names, f"{item.code} lacks a {required}: section"
    assert names.index("Bad") < names.index("Good"), "Bad before Good"
    assert all(body.strip() for name, body in doc.sections if name in ("Bad", "Good"))


def test_every_rule_module_is_listed():
    root = Path(copydesk.rules.__file__).parent
    found = {f"{package.name}.{module.name}"
             for package in pkgutil.iter_modules([str(root)]) if package.ispkg
             for module in pkgutil.iter_modules([str(root / package.name)])
             if not module.name.startswith("_")}  # private modules are helpers shared by a family's rules
    assert found == set(copydesk.rules.MODULES)


def test_every_data_rule_file_is_listed_and_loaded():
    root = Path(copydesk.rules.__file__).parent
    found = {f"{path.parent.name}.{path.name}" for path in root.glob("*/*.toml")}
    assert found == set(copydesk.rules.DATA_FILES)
    loaded = {PurePath(r.module).parent.name + "." + PurePath(r.module).name for r in BUILTIN if r.digest}
    assert loaded == found


def test_codes_and_names_are_unique():
    keys = [k for r in REGISTRY.rules for k in (r.code, r.name, *r.aliases)]
    assert len(keys) == len(set(keys))


def _rule(code, name, pack="copydesk"):
    from dataclasses import replace

    return replace(rule(code=code, name=name)(_check), pack=pack)


def test_duplicate_code_is_an_error_naming_both_packs():
    with pytest.raises(RegistryError) as error:
        Registry([_rule("XY001", "one", "pack-a"), _rule("XY001", "two", "pack-b")])
    assert "pack-a" in str(error.value) and "pack-b" in str(error.value) and "XY001" in str(error.value)


def test_duplicate_name_is_an_error():
    with pytest.raises(RegistryError, match="duplicate rule 'same'"):
        Registry([_rule("XY001", "same", "pack-a"), _rule("XY002", "same", "pack-b")])


def test_third_party_pack_cannot_use_a_builtin_family():
    with pytest.raises(RegistryError, match="belongs to copydesk's built-in rules"):
        Registry([_rule("PH777", "mine", "copydesk-pack-newsroom")])


def test_builtin_rule_outside_the_families_is_an_error():
    with pytest.raises(RegistryError, match="unknown built-in family"):
        Registry([_rule("ZZ001", "stray")])


@pytest.mark.parametrize("code", ["P001", "PH01", "ph001", "PH0001"])
def test_malformed_codes_are_rejected(code):
    with pytest.raises(RegistryError):
        Registry([_rule(code, "x", "pack")])


def test_selectors_match_codes_prefixes_names_and_all():
    assert [r.code for r in REGISTRY.match("PH001")] == ["PH001"]
    assert [r.code for r in REGISTRY.match("bracket-placeholder")] == ["PH001"]
    assert {r.code for r in REGISTRY.match("PH")} >= {"PH001", "PH006"}
    assert len(REGISTRY.match("ALL")) == len(REGISTRY.rules)
    assert REGISTRY.match("PH999") is None
    assert REGISTRY.match("no-such-rule") is None


def test_shorten_puts_text_on_one_line_and_cuts_it_with_an_ellipsis():
    assert shorten("a  b\nc") == "a b c"
    assert shorten("x" * 80, 10) == "x" * 9 + "…"
