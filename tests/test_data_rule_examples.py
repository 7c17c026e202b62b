"""Every data rule's own [[examples]] hold: the built-in ones and the house-style example pack's.

Each example runs twice: through the rule alone (as copydesk does when it loads a project's rule
files) and through the whole pipeline, every default rule on, the way `copydesk check` runs it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from copydesk.config import parse_config
from copydesk.datarules import example_failures
from copydesk.registry import load_registry
from copydesk.testing import lint

ROOT = Path(__file__).resolve().parent.parent
HOUSE = ROOT / "examples" / "house-style"
HOUSE_CONFIG = {"rule-paths": [str(HOUSE / "rules")], "rule-prefix": "HS"}

BUILTIN = [item for item in load_registry().rules if item.digest]
PACK = [item for item in parse_config(HOUSE_CONFIG, load_registry()).registry.rules
        if item.pack != "copydesk"]
CASES = [(item, config) for item in BUILTIN for config in [{}]] + [(item, HOUSE_CONFIG) for item in PACK]


def test_there_are_rules_to_check():
    assert {r.code for r in BUILTIN} >= {"RD101", "RD102"}
    assert [r.code for r in PACK] == ["HS001", "HS002", "HS003", "HS004", "HS005", "HS006"]
    assert {r.check.spec.kind for r in PACK} == {"existence", "substitution", "occurrence", "consistency"}


@pytest.mark.parametrize(("item", "config"), CASES, ids=[c[0].code for c in CASES])
def test_examples_hold(item, config):
    assert example_failures(item) == []
    for index, example in enumerate(item.check.spec.examples):
        if example.bad is not None:
            result = lint(example.bad + "\n", select=["ALL", item.code], config=config)
            flagged = [text for code, text in zip(result.codes(), result.texts(), strict=True)
                       if code == item.code]
            assert flagged == list(example.expect or flagged) and flagged, f"examples[{index}] bad"
            if example.fixed is not None:
                ours = [d for d in result.diagnostics if d.code == item.code]
                from copydesk.fixes import apply_fixes

                assert apply_fixes(result.source.text, ours)[0] == example.fixed + "\n"
        if example.good is not None:
            result = lint(example.good + "\n", select=["ALL", item.code], config=config)
            assert item.code not in result.codes(), f"examples[{index}] good: {result.messages()}"
