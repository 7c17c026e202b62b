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
