"""Plain text → Document.

Blank lines separate chunks. A chunk of hard-wrapped lines is one paragraph; otherwise each line
is a block, as in most exported articles, where a line is a paragraph and headings sit on lines of
their own. Short unpunctuated lines are headings, the first one the headline; "By …" lines and the
names that follow a bare "By" are bylines; "-", "*", "•" and "1." start list items.
"""

from __future__ import annotations

import re

from copydesk import rx
from copydesk.document import Block, BlockKind, Comment, Document, Metadata, UnitBuilder
from copydesk.model import Span
from copydesk.parse.meta import byline_names, parse_date, set_field
from copydesk.source import Source

_DIRECTIVE_LINE = rx.compile(r"^\s*(?:<!--\s*(?P<a>copydesk\s*:.*?)\s*-->|(?P<b>copydesk\s*:.*?))\s*$",
                             re.IGNORECASE)
_BULLET = rx.compile(r"^(?:[-*•●▪◦‣–]|\d{1,3}[.)])\s+(?=\S)")
_BYLINE = rx.compile(r"^by\b", re.IGNORECASE)
_NAME = rx.compile(r"^(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*$")
_HEADING_END = rx.compile(r"[.!;,:\"'”’)]$")
_DATELINE = rx.compile(r"^(?:published|updated|posted|date)\b", re.IGNORECASE)
MAX_HEADING_WORDS = 16


def parse_plain(source: Source) -> Document:
    lines = source.lines
    comments: list[Comment] = []
    chunks: list[list[tuple[int, str]]] = [[]]
    for number in range(1, lines.line_count + 1):
        line = lines.line_text(number)
        start = lines.line_start(number)
        directive = _DIRECTIVE_LINE.match(line)
        if directive:
            body = directive.group("a") or directive.group("b")
            comments.append(Comment(Span(start, start + len(line)), body))
            chunks.append([])
        elif line.strip():
            chunks[-1].append((start, line))
        elif chunks[-1]:
            chunks.append([])

    blocks: list[Block] = []
    for chunk in chunks:
        if not chunk:
            continue
        if _is_wrapped(chunk):
            blocks.append(_block(BlockKind.PARAGRAPH, chunk))
        else:
            blocks.extend(_block(_classify(line), [(start, line)]) for start, line in chunk)
    metadata = Metadata()
    _mark_headline_and_bylines(blocks, metadata)
    return Document(source, blocks, comments, metadata)


def _is_wrapped(chunk: list[tuple[int, str]]) -> bool:
    """Hard-wrapped prose: several lines of similar, moderate length that run on into each other."""
    if len(chunk) < 2 or any(_BULLET.match(line.strip()) for _, line in chunk):
        return False
    if any(_is_byline(line.strip()) for _, line in chunk[1:]):
        return False  # a headline with its byline under it
    body = [line.strip() for _, line in chunk[:-1]]
    if not all(30 <= len(line) <= 100 for line in body):
        return False
    run_on = sum(1 for line in body if not line.endswith((".", "!", "?", ":", "\"", "”")))
    return run_on * 2 >= len(body)


def _is_byline(text: str) -> bool:
    return bool(_BYLINE.match(text) and _NAME.match(text[2:].strip().split(",")[0].split(" and ")[0]))


def _classify(line: str) -> BlockKind:
    stripped = line.strip()
    if _BULLET.match(stripped):
        return BlockKind.LIST_ITEM
    words = stripped.split()
    if len(words) <= MAX_HEADING_WORDS and stripped[:1].isupper() and (
            not _HEADING_END.search(stripped) or (stripped.endswith("?") and len(words) <= 10)):
        return BlockKind.HEADING
    return BlockKind.PARAGRAPH


def _block(kind: BlockKind, lines: list[tuple[int, str]]) -> Block:
    builder = UnitBuilder()
    for index, (start, line) in enumerate(lines):
        body = line.lstrip()
        offset = start + len(line) - len(body)
        if kind is BlockKind.LIST_ITEM:
            bullet = _BULLET.match(body)
            if bullet:
                offset += bullet.end()
                body = body[bullet.end():]
        if index:
            previous_start, previous = lines[index - 1]
            # a wrapped line break reads as a space
            builder.mapped(" ", previous_start + len(previous), offset)
        builder.exact(body.rstrip(), offset)
    first_start, first = lines[0]
    last_start, last = lines[-1]
    span = Span(first_start + len(first) - len(first.lstrip()), last_start + len(last.rstrip()))
    return Block(kind, span, builder.strip())


def _mark_headline_and_bylines(blocks: list[Block], metadata: Metadata) -> None:
    if blocks and blocks[0].kind is BlockKind.HEADING:
        blocks[0].kind = BlockKind.HEADLINE
        set_field(metadata, "title", blocks[0].unit.text, "first-line")
    after_by = names_open = False
    for block in blocks[:12]:  # bylines and datelines sit at the top
        text = block.unit.text
        if block.kind in (BlockKind.HEADING, BlockKind.PARAGRAPH) and len(text.split()) <= 8:
            if text.lower() == "by":
                block.kind = BlockKind.BYLINE
                after_by = True
                names_open = "authors" not in metadata.origin
                continue
            if _is_byline(text):
                block.kind = BlockKind.BYLINE
                set_field(metadata, "authors", byline_names(text), "byline")
                continue
            if after_by and _NAME.match(text):
                block.kind = BlockKind.BYLINE
                if names_open:  # "By / Jane Doe / John Roe": one author a line, all of them
                    metadata.authors += (text,)
                    metadata.origin["authors"] = "byline"
                continue
            if _DATELINE.match(text) and parse_date(text):
                set_field(metadata, "date", text, "dateline")
        after_by = False
