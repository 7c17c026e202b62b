"""AI007 stock-phrase: LLM stock phrasing, info alone, warning when several cluster."""

from __future__ import annotations

import pytest

from copydesk.model import Severity
from copydesk.testing import lint


def test_single_phrase_is_info_with_position():
    result = lint("The deal is a testament to years of talks.", select="AI007")
    assert result.positions() == [(1, 13, "AI007")]
    assert result.texts() == ["a testament to"]
    assert [d.severity for d in result.diagnostics] == [Severity.INFO]
    assert result.messages() == [
        "stock phrase 'a testament to' reads as machine-written: say plainly what happened"]


def test_cluster_of_distinct_phrases_raises_to_warning():
    text = ("The deal is a testament to years of talks.\n\nIt could pave the way for peace.\n\n"
            "Officials will delve into the details.\n")
    result = lint(text, select="AI007")
    assert result.texts() == ["a testament to", "pave the way", "delve into"]
    assert {d.severity for d in result.diagnostics} == {Severity.WARNING}
    assert all(m.endswith("(3 different stock phrases in this article)") for m in result.messages())


def test_variants_of_one_phrase_count_once():
    text = "Paving the way, they said. It will pave the way. It paved the way."
    result = lint(text, select="AI007")
    assert len(result.codes()) == 3
    assert {d.severity for d in result.diagnostics} == {Severity.INFO}


def test_cluster_option():
    rules = {"stock-phrase": {"cluster": 2}}
    result = lint("A testament to grit that could pave the way.", select="AI007", rules=rules)
    assert {d.severity for d in result.diagnostics} == {Severity.WARNING}


def test_extra_phrases_option():
    rules = {"stock-phrase": {"extra_phrases": ["in a nutshell"]}}
    assert lint("In a nutshell, the plan failed.", select="AI007", rules=rules).texts() == ["In a nutshell"]


@pytest.mark.parametrize("text", [
    'The minister said "this treaty is a testament to our friendship" as she signed it.',
    "“We will pave the way,” she said.",
    "The plan underwent a review.",
    "The underwriters met on Monday.",
    "He navigated the river at night.",
])
def test_quotes_and_lookalikes_are_left_alone(text):
    assert lint(text, select="AI007").texts() == []


def test_headings_count():
    assert lint("# A testament to grit\n", select="AI007", path="a.md").positions() == [(1, 3, "AI007")]
