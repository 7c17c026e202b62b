"""A quotation opened and never closed, or closed and never opened, in a paragraph.

Why:
    A missing closing quote leaves the reader unsure where the speaker's words end and the
    reporter's begin; a stray one suggests words were cut from the quotation.

Bad:
    “We will not give up,” the minister said. “The talks go on, she added.
Good:
    “We will not give up,” the minister said. “The talks go on,” she added.

Good:
    “The first round was hard. We expect the second to be harder.

    “But we will be there,” the minister said.

Options:
    (none)

Notes:
    Double quotes, straight or curly, pair up within a paragraph (a heading, list item or table
    cell counts as one). Which way a straight quote faces is read from the spaces around it. A
    quotation that runs over several paragraphs leaves each paragraph's closing quote off and opens
    the next paragraph with a quote mark, as news style does; a paragraph followed by one that
    starts with a quote mark may therefore end with its quotation open, and an open quotation may
    be reopened after the end of a sentence (the same paragraphs run together on one line). Curly
    single quotes are checked only for an opening ‘ never closed, since ’ is also the apostrophe;
    straight single quotes are not checked at all. Digits around a mark (5'11", 12" vinyl) make it
    a prime. No fix: where the quotation ends is for the editor to decide. Works the same on plain
    text, Markdown and HTML.
"""

from __future__ import annotations

from collections.abc import Iterator

from copydesk import Context, Diagnostic, Document, Scope, TextUnit, rule, rx, shorten
from copydesk.rules.typography import CLOSES_BEFORE, INCH, OPENS_AFTER

_DOUBLE = rx.compile(r"[\"“”]")
_PRIME = rx.compile(r"(?<=\d'\d)\"|(?<=\d'\d\d)\"")
_PRIME_HINT = rx.compile(r"'\d\d?\"")  # what a prime holds, found fast from its literal "'"
_SINGLE_OPEN = rx.compile(r"(?<![\w’‘])‘(?=\w)")
_SINGLE_CLOSE = rx.compile(r"(?<=[\w.,!?;:—–-])’(?!\w)")
_LEADING_QUOTE = rx.compile(r"^[\"“‘']")
# A quotation that goes on after a sentence ends, reopened with a quote mark: the paragraphs of a
# long quotation, run together into one paragraph when the text was extracted.
_SENTENCE_END = rx.compile(r"[.!?…][’'\)]?\s+$")


def _direction(text: str, i: int, mark: str) -> str:
    """"open", "close" or "" (unknown) for the double quote at ``text[i]``."""
    if mark == "“":
        return "open"
    if mark == "”":
        return "close"
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before in OPENS_AFTER and not after.isspace():
        return "open"
    if not before.isspace() and after in CLOSES_BEFORE:
        return "close"
    return ""


def _double_problems(text: str) -> tuple[list[int], list[int]]:
    """(offsets of unclosed opening quotes, offsets of closing quotes never opened)."""
    if '"' not in text and "“" not in text and "”" not in text:
        return [], []
    skipped = {m.start() for m in _PRIME.finditer(text)} if _PRIME_HINT.search(text) else set()
    if text.count('"') % 2:
        skipped.update(m.start() for m in INCH.finditer(text))
    unclosed: list[int] = []
    stray: list[int] = []
    opened: int | None = None
    for match in _DOUBLE.finditer(text):
        i = match.start()
        if i in skipped:
            continue
        if opened is None and match.group() == '"' and text[i - 1:i].isdigit():
            continue  # inches: 34" monitor, 65"+ TV
        direction = _direction(text, i, match.group()) or ("close" if opened is not None else "open")
        if direction == "open":
            if opened is not None and not _SENTENCE_END.search(text, 0, i):
                unclosed.append(opened)
            opened = i
        elif opened is not None:
            opened = None
        else:
            stray.append(i)
    if opened is not None:
        unclosed.append(opened)
    return unclosed, stray


def _single_unclosed(text: str) -> list[int]:
    if "‘" not in text:
        return []
    closes = [m.start() for m in _SINGLE_CLOSE.finditer(text)]
    unclosed = []
    for match in _SINGLE_OPEN.finditer(text):
        nxt = next((c for c in closes if c > match.start()), None)
        if nxt is None:
            unclosed.append(match.start())
        else:
            closes.remove(nxt)
    return unclosed


@rule(code="TY002", name="unbalanced-quotes", scope=Scope.DOCUMENT)
def check(document: Document, ctx: Context) -> Iterator[Diagnostic]:
    units = [block.unit for block in document.blocks]
    for index, unit in enumerate(units):
        text = unit.text
        following = units[index + 1].text if index + 1 < len(units) else ""
        unclosed, stray = _double_problems(text)
        unclosed = sorted(unclosed + _single_unclosed(text))
        if unclosed and _LEADING_QUOTE.match(following):
            unclosed.pop()  # the quotation goes on in the next paragraph
        for i in unclosed:
            yield _report(ctx, unit, i, f"quotation '{shorten(text[i:], 40)}' is never closed in this "
                                        "paragraph: add the closing quote")
        for i in stray:
            yield _report(ctx, unit, i, f"closing quote in '{_context(text, i)}' has no opening quote: "
                                        "add the opening quote or delete this one")


def _context(text: str, i: int) -> str:
    start = max(text.rfind(" ", 0, max(i - 25, 0)) + 1, 0)
    return ("…" if start else "") + " ".join(text[start:i + 1].split())


def _report(ctx: Context, unit: TextUnit, i: int, message: str) -> Diagnostic:
    return ctx.report(unit.source_span(i, i + 1), message)
