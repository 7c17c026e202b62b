"""The literal pre-check of AI, PH and BP patterns: it may skip a document only when the pattern
cannot match in it."""

from __future__ import annotations

import re

import pytest

from copydesk.parse import parse
from copydesk.rules.llm._prefilter import may_match
from copydesk.rules.llm.assistant_closing import CLOSING
from copydesk.rules.llm.assistant_self_reference import SELF_REFERENCE
from copydesk.rules.llm.echoed_prompt import _INLINE, PROMPT
from copydesk.rules.llm.generation_disclaimer import _GENERATED, _INVENTED, _THIS_TEXT
from copydesk.rules.llm.stock_phrase import _pattern
from copydesk.rules.placeholders.lorem_ipsum import _FILLER
from copydesk.source import read_source

PATTERNS = [CLOSING, SELF_REFERENCE, PROMPT, _INLINE, _GENERATED, _INVENTED, _THIS_TEXT, _pattern(())[0],
            _FILLER]


def document(text: str):
    return parse(read_source("x.txt", text.encode(), None))


def variants(text: str) -> list[str]:
    """``text`` as written, in capitals, in title case, and with the letters a case-insensitive pattern
    takes for i, s and k but ``str.lower`` does not (İ, ı, ſ, the Kelvin sign)."""
    odd = text.replace("i", "ı").replace("s", "ſ").replace("k", "\u212a")
    return [text, text.upper(), text.title(), odd, text.upper().replace("I", "İ")]


FOUND = [
    "Sure. I hope this helps!",
    "Let me know if you'd like any changes.",
    "As an AI language model, I cannot predict it.",
    "I'm just an AI, after all.",
    "As of my last knowledge update, talks stalled.",
    "I cannot browse the internet.",
    "Please paraphrase the given passage in your own words.",
    "Note: This news article is a fictional piece created by a language model.",
    "It is entirely fictional.",
    "The deal is a testament to years of talks; it paves the way for peace.",
    "In today’s fast-paced world, we delve into the tapestry.",
    "Lorem ipsum dolor sit amet.",
]


@pytest.mark.parametrize("text", FOUND)
def test_never_skips_a_document_the_pattern_matches(text):
    matched = 0
    for variant in variants(text):
        prose = document(f"Headline\n\n{variant}\n")
        for pattern in PATTERNS:
            if pattern.search(variant):
                matched += 1
                assert may_match(prose, pattern), (pattern.pattern[:60], variant)
    assert matched >= len(variants(text))  # each variant is found by some pattern


def test_skips_a_document_without_the_literals():
    prose = document("Council approves budget\n\nThe council said on Tuesday that it approved the budget.\n")
    skipped = [CLOSING, PROMPT, _INLINE, _GENERATED, _INVENTED, _pattern(())[0], _FILLER]
    assert [pattern for pattern in skipped if may_match(prose, pattern)] == []


@pytest.mark.parametrize("text, expected", [
    ("He said so.", False),  # "ai" inside a word is no match of a whole word
    ("The AI said so.", True),
    ("Aİ tools", True),
    ("Thai food", False),
])
def test_word_boundaries(text, expected):
    pattern = re.compile(r"\bai\b", re.IGNORECASE)
    assert bool(pattern.search(text)) is expected
    assert may_match(document(text + "\n"), pattern) is expected


def test_case_sensitive_literals_keep_their_case():
    pattern = re.compile(r"\bTODO\b")
    assert not may_match(document("Things to do today.\n"), pattern)
    assert may_match(document("Quote TODO here.\n"), pattern)


def test_the_analysis_is_kept_on_disk_and_a_damaged_file_is_analysed_again(tmp_path, monkeypatch):
    from copydesk.rules.llm import _prefilter

    monkeypatch.setenv("COPYDESK_CACHE_DIR", str(tmp_path))
    for cached in (_prefilter._prepared, _prefilter._store, _prefilter._store_file):
        cached.cache_clear()
    pattern = re.compile(r"\bas an ai language model\b", re.IGNORECASE)
    first = _prefilter._prepared(pattern)
    stored = _prefilter._store_file()
    assert stored.parent == tmp_path and stored.exists()

    _prefilter._prepared.cache_clear()
    _prefilter._store.cache_clear()
    monkeypatch.setattr(_prefilter, "_analysed", lambda p: pytest.fail("analysed although stored"))
    assert _prefilter._prepared(pattern) == first

    stored.write_bytes(b"not a pickle")
    _prefilter._prepared.cache_clear()
    _prefilter._store.cache_clear()
    monkeypatch.undo()
    monkeypatch.setenv("COPYDESK_CACHE_DIR", str(tmp_path))
    assert _prefilter._prepared(pattern) == first
    for cached in (_prefilter._prepared, _prefilter._store, _prefilter._store_file):
        cached.cache_clear()
