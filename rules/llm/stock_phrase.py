"""Stock phrasing typical of LLM-written text: "a testament to", "delve into", "paving the way".

Why:
    Language models reach for the same phrases again and again: "a rich tapestry", "navigating
    the complexities", "it's important to note", "paving the way". One of them is ordinary English;
    several in one article read as machine-made filler and say little. Plainer words that say
    what happened are better.

Bad:
    The deal is a testament to years of talks and could pave the way for peace.
Good:
    The deal follows years of talks and could lead to a ceasefire.

Bad:
    In today's fast-paced world, it's important to note that the ever-evolving market plays a pivotal role.
Good:
    The minister said "this treaty is a testament to our friendship" as she signed it.

Options:
    cluster: how many different stock phrases in one article raise each of them from info to
        warning (default 3).
    extra_phrases: more phrases to report (regular expressions, matched case-insensitively on
        word boundaries).

Notes:
    Each use is reported, at info level; when the article holds ``cluster`` or more different
    phrases, every one is reported as a warning. Variants count as one phrase ("pave the way",
    "paving the way"). Words inside a direct quotation are the speaker's and are left alone. No
    fix: what to say instead depends on the sentence.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from copydesk import Context, Diagnostic, Document, Options, Scope, Severity, rule, rx
from copydesk.rules.llm import APOSTROPHE, unquoted
from copydesk.rules.llm._prefilter import may_match

_A = APOSTROPHE
# Chosen on the tuning halves: each is rare in BBC News and in LLMFake's human texts (under one
# article in a hundred) and several times commoner in its LLM-written texts.
PHRASES: dict[str, str] = {
    "a testament to": r"(?:a|an enduring|a powerful|a lasting) testament to",
    "delve into": r"delv(?:e|es|ed|ing)(?: deeper)? into",
    "tapestry": r"(?:rich |vibrant |intricate |complex )?tapestr(?:y|ies)",
    "in today's world": rf"in today{_A}s (?:fast-paced|digital|ever-changing|rapidly changing|modern|inter"
    "connected)"
                        r"(?: \w+)?",
    "ever-evolving": r"ever-evolving",
    "pivotal role": r"pivotal role",
    "navigating the complexities": r"navigat(?:e|es|ed|ing) (?:the )?(?:complexities|intricacies)",
    "it's important to note": rf"it(?:{_A}s| is) (?:important|worth|crucial|essential) to (?:note|remember"
    "|emphasi[sz]e)",
    "it is worth noting": r"it is worth noting",
    "pave the way": r"pav(?:e|es|ed|ing) the way",
    "chart a new course": r"chart(?:s|ed|ing)? a (?:new|clear|different|bold) course",
    "conducive to": r"conducive to",
    "underscore": r"underscor(?:e|es|ed|ing)",
    "a complex web": r"an? (?:complex|intricate|tangled) web",
    "in the realm of": r"in the realm of",
    "a beacon of": r"an? (?:shining )?beacon of",
    "unwavering": r"unwavering",
    "multifaceted": r"multifaceted",
    "a myriad of": r"a myriad of",
    "serves as a reminder": r"serv(?:e|es|ed|ing) as an? (?:stark |powerful |poignant |sobering )?reminder",
    "landscape": r"(?:ever-changing|evolving|shifting|complex|digital|geopolitical|political|media) landsc"
    "ape",
    "embark on a journey": r"embark(?:s|ed|ing)? on an? (?:\w+ )?journey",
    "shed light on": r"shed(?:s|ding)? (?:new )?light on",
    "in conclusion": r"in conclusion",
    "game-changer": r"game[- ]changer",
    "captivate": r"captivat(?:e|es|ed|ing)",
    "a delicate balance": r"an? delicate balance",
    "a glimmer of hope": r"a glimmer of hope",
    "harness the power": r"harness(?:es|ed|ing)? the power",
    "stay tuned": r"stay tuned",
    "meticulous": r"meticulous(?:ly)?",
    "resonate": r"resonat(?:e|es|ed|ing)",
    "intricate": r"intricate",
}


@dataclass(frozen=True)
class StockPhraseOptions(Options):
    """AI007's options, described in the module's docstring."""

    cluster: int = 3
    extra_phrases: tuple[str, ...] = ()


@lru_cache(maxsize=8)
def _pattern(extra: tuple[str, ...]) -> tuple[re.Pattern[str], tuple[str, ...]]:
    keys = (*PHRASES, *extra)
    groups = [f"(?P<p{i}>{pattern})" for i, pattern in enumerate((*PHRASES.values(), *extra))]
    return rx.compile(r"(?<![\w-])(?:" + "|".join(groups) + r")(?![\w-])", re.IGNORECASE), keys


@rule(code="AI007", name="stock-phrase", scope=Scope.DOCUMENT, severity="info", options=StockPhraseOptions)
def check(document: Document, ctx: Context[StockPhraseOptions]) -> Iterator[Diagnostic]:
    pattern, keys = _pattern(ctx.options.extra_phrases)
    if not may_match(document, pattern):
        return
    found: list[tuple[str, Diagnostic]] = []
    for block in document.blocks:
        for match in unquoted(block.unit, pattern):
            key = keys[int(match.lastgroup[1:])]
            found.append((key, ctx.report(block.unit.source_span(*match.span()),
                                          f"stock phrase '{match.group(0)}' reads as machine-written: "
                                          "say plainly what happened")))
    distinct = len({key for key, _ in found})
    if distinct >= ctx.options.cluster:
        severity = max(ctx.severity, Severity.WARNING)
        for _, diagnostic in found:
            yield dataclasses.replace(diagnostic, severity=severity,
                                      message=f"{diagnostic.message} ({distinct} different stock phrases "
                                              "in this article)")
    else:
        for _, diagnostic in found:
            yield diagnostic
