"""docs/rules.md is generated from the registry and must not go stale."""

from __future__ import annotations

from pathlib import Path

from copydesk.registry import load_registry
from copydesk.ruledoc import rules_markdown

DOCS = Path(__file__).resolve().parent.parent / "docs" / "rules.md"


def test_rules_reference_is_fresh():
    expected = rules_markdown(load_registry())
    assert DOCS.read_text(encoding="utf-8") == expected, (
        "docs/rules.md is stale: run `copydesk rules --format markdown > docs/rules.md`")


def test_reference_documents_every_rule():
    text = DOCS.read_text(encoding="utf-8")
    for item in load_registry().rules:
        assert f"### {item.code} {item.name}" in text


def test_writing_rules_data_rule_examples_load_and_hold():
    """Every complete rule file shown in docs/writing-rules.md loads, and its own examples hold."""
    import re

    from copydesk.config import tomllib
    from copydesk.datarules import compile_rule, example_failures

    text = (DOCS.parent / "writing-rules.md").read_text(encoding="utf-8")
    blocks = [b for b in re.findall(r"```toml\n(.*?)```", text, re.DOTALL) if "\nkind = " in b]
    assert len(blocks) >= 4
    for block in blocks:
        item = compile_rule(tomllib.loads(block), where="docs/writing-rules.md", stem="example", pack="docs")
        assert example_failures(item) == [], block
