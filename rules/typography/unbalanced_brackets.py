"""A parenthesis or bracket opened and never closed, or closed and never opened, in a paragraph.

Why:
    An aside that never ends swallows the rest of the sentence; a stray closing bracket shows that
    text was cut or pasted badly. Either way the reader has to guess what was meant.

Bad:
    The Organisation for Security and Co-operation in Europe (OSCE will monitor the ceasefire.
Good:
    The Organisation for Security and Co-operation in Europe (OSCE) will monitor the ceasefire.

Good:
    The plan has three parts: a) a ceasefire, b) an exchange of prisoners and c) talks.

Options:
    (none)

Notes:
    Parentheses, square brackets and braces pair up within a paragraph (a heading, list item or
    table cell counts as one). An enumerator such as "a)" or "2)" after a space, with no parenthesis
    open, and emoticons such as ":)", are not brackets. A closing bracket of the wrong kind
    ("(word]") is reported as a stray closing bracket, with the opening one left unclosed. No fix:
    where the aside ends is for the editor to decide. Works the same on plain text, Markdown and
    HTML; link targets and inline code are not prose and are not read.
"""

from __future__ import annotations

from collections.abc import Iterator

from copydesk import Context, Diagnostic, Scope, TextUnit, rule, rx, shorten

_PAIRS = {")": "(", "]": "[", "}": "{"}
_BRACKET = rx.compile(r"[()\[\]{}]")
# "a)", "iv)", "2)" opening an item; ":)" and ";-)" smiling
_NOT_BRACKET = rx.compile(r"(?:(?<=\s)|^)(?:[a-zA-Z]|[ivx]{1,4}|\d{1,2})\)|[:;]-?[()\]]|\([:;]")
_ITEM_LABEL = rx.compile(r"(?:(?<=\s)|^)(?:[a-zA-Z]|[ivx]{1,4}|\d{1,2})\)")  # its first case


@rule(code="TY003", name="unbalanced-brackets", scope=Scope.TEXT)
def check(unit: TextUnit, ctx: Context) -> Iterator[Diagnostic]:
    text = unit.text
    if not any(mark in text for mark in "()[]{}"):
        return
    skipped = set()
    # _NOT_BRACKET is tried at every position: only where it can match, with a colon or semicolon
    # beside a bracket, or an item label before a ")"
    if ":" in text or ";" in text or _has_item_label(text):
        for match in _NOT_BRACKET.finditer(text):
            skipped.update(i for i in range(*match.span()) if text[i] in "()[]{}")
    stack: list[int] = []
    problems: list[tuple[int, str]] = []
    for match in _BRACKET.finditer(text):
        i, mark = match.start(), match.group()
        if mark in "([{":
            if i not in skipped:
                stack.append(i)
        elif stack and text[stack[-1]] == _PAIRS[mark]:
            stack.pop()
        elif i not in skipped:
            start = max(text.rfind(" ", 0, max(i - 25, 0)) + 1, 0)
            context = ("…" if start else "") + " ".join(text[start:i + 1].split())
            problems.append((i, f"closing '{mark}' in '{context}' has no opening '{_PAIRS[mark]}': add "
                                "the opening one or delete this one"))
    for i in stack:
        closing = {v: k for k, v in _PAIRS.items()}[text[i]]
        problems.append((i, f"'{shorten(text[i:], 40)}' opens with '{text[i]}' that is never closed in this "
                            f"paragraph: add the closing '{closing}'"))
    for i, message in sorted(problems):
        yield ctx.report(unit.source_span(i, i + 1), message)


def _has_item_label(text: str) -> bool:
    """Does a label of at most four characters ("a)", "iv)", "12)") close with one of the ")"s?"""
    end = text.find(")")
    while end >= 0:
        if _ITEM_LABEL.search(text, max(end - 4, 0), end + 1):  # (the look-behind sees before the start)
            return True
        end = text.find(")", end + 1)
    return False
