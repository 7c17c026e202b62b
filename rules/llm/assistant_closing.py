"""A chat assistant's closing words: "I hope this helps", "Let me know if you'd like any changes".

Why:
    A chatbot ends its answer by talking to the person who asked: it hopes the text helps and
    offers changes. In an article those lines speak to nobody and show the text was pasted
    unread.

Bad:
    The talks resume in Geneva next month. I hope this helps!
Good:
    The talks resume in Geneva next month.

Bad:
    Let me know if you'd like any changes to the article.
Good:
    Let us know in the comments what you think of the new stadium.

Options:
    (none)

Notes:
    Flags "I hope this helps" (or "meets your needs", "clarifies"), "let me know if you would
    like / need / have…" or "which of these paraphrases you…", "feel free to ask", "is there
    anything else I can help with", and "if you have any other questions, feel free / I'll be
    happy…". Direct quotations are left alone.
    No fix: the sentence may hold more than the closing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from copydesk import Context, Diagnostic, Document, Scope, TextUnit, rule
from copydesk.rules.llm import APOSTROPHE, compile_any, narrowed, unquoted

_A = APOSTROPHE
CLOSING = compile_any(
    r"\bI hope (?:this|that|these|the above|my|the (?:revised|rewritten|paraphrased|above|new))\b[^.!?\n]{"
    r"0,60}?"
    r"\b(?:helps?|helpful|useful|meets?|clarif\w*|answers?|what you|suits?|satisf\w+|conveys|captures)\b",
    rf"\b(?:please )?let me know (?:if|whether|which|what|how) (?:of (?:these|the) \w+ )?(?:you|there{_A}s|"
    r"this|I)\b",
    r"\bfeel free to (?:ask|let me know|reach out to me|contact me)\b",
    rf"\bis there anything else (?:I can|you(?:{_A}d| would) like|you need)\b",
    rf"\bif you have any (?:other|further|more|additional) (?:questions|requests|concerns)\b[^.!?\n"
    rf"]{{0,120}}?"
    rf"\b(?:feel free|let me know|I{_A}ll be happy|I would be happy|I{_A}d be happy|ask)\b",
)


def _narrowed(document: Document) -> re.Pattern[str] | None:
    return narrowed(document, CLOSING)


@rule(code="AI003", name="assistant-closing", scope=Scope.TEXT, severity="error")
def check(unit: TextUnit, ctx: Context) -> Iterator[Diagnostic]:
    for match in unquoted(unit, ctx.document.derived(_narrowed)):
        yield ctx.report(unit.source_span(*match.span()),
                         f"chatbot closing '{match.group(0)}' left in the article: delete it")
