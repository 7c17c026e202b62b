"""Every documented example is executed: each Bad example yields the rule's code, each Good none."""

from __future__ import annotations

import pytest

from copydesk.grammar import LANGUAGETOOL_CODES, SPELLER_CODE
from copydesk.registry import load_registry
from copydesk.ruledoc import parse_doc
from copydesk.testing import lint

CASES = [(item, kind, index, example)
         for item in load_registry().rules
         for kind in ("Bad", "Good")
         for index, example in enumerate(parse_doc(item.doc).examples(kind))]


@pytest.mark.parametrize(("item", "kind", "index", "example"), CASES,
                         ids=[f"{c[0].code}-{c[1].lower()}{c[2] + 1}" for c in CASES])
def test_documented_example(item, kind, index, example, request):
    # All default rules run, so directives in the examples see real findings; only this rule is judged.
    # LanguageTool's rules run against the suite's protocol server; the speller needs its dictionary.
    config = None
    if item.code in LANGUAGETOOL_CODES:
        request.getfixturevalue("monkeypatch").delenv("COPYDESK_GRAMMAR")
        config = {"grammar": {"server": request.getfixturevalue("languagetool_url")}}
    elif item.code == SPELLER_CODE:
        request.getfixturevalue("require_dictionary")()
    result = lint(example + "\n", select=["ALL", item.code], config=config)
    codes = [code for code in result.codes() if code == item.code]
    if kind == "Bad":
        assert codes, f"{item.code} Bad example {index + 1} yields nothing:\n{example}"
    else:
        assert not codes, f"{item.code} Good example {index + 1} yields {result.messages()}:\n{example}"


def test_every_rule_has_examples():
    for item in load_registry().rules:
        doc = parse_doc(item.doc)
        assert doc.examples("Bad") and doc.examples("Good"), item.code
