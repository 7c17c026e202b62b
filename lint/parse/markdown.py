"""Markdown → Document, through markdown-it-py's token stream and its source line maps.

markdown-it gives line ranges for blocks and the stripped text of each inline run. Each inline
run is located line by line inside its block's source range, and each inline token inside the
run, so every character of prose gets its exact source offset.
"""

from __future__ import annotations

import re
from functools import lru_cache

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.front_matter import front_matter_plugin

from copydesk import rx
from copydesk.document import MASK, Block, BlockKind, Comment, Document, Metadata, UnitBuilder
from copydesk.model import Span
from copydesk.parse.meta import from_mapping
from copydesk.source import LINE_BREAK, InputError, Source

# Inline tokens that stand for a run of the content: what to look for, and the prose it becomes
# (None: the run itself, verbatim).
_RUNS = {
    "text": lambda token: (token.content, None),
    "text_special": lambda token: (token.markup, token.content),  # an escape or an entity
    "softbreak": lambda token: ("\n", "\n"),
    "hardbreak": lambda token: ("\n", "\n"),
}
_COMMENT = rx.compile(r"<!--(.*?)-->", re.DOTALL)
_SKIPPED_INLINE = frozenset({"em_open", "em_close", "strong_open", "strong_close", "s_open", "s_close",
                             "link_close"})


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark").enable(["table", "strikethrough"]).use(front_matter_plugin)
    md.disable("text_join")  # keep escapes and entities as their own tokens, so they can be mapped
    return md


def parse_markdown(source: Source) -> Document:
    return _MarkdownReader(source).read()


class _MarkdownReader:
    def __init__(self, source: Source) -> None:
        self.source = source
        self.text = source.text
        self.lines = source.lines
        self.blocks: list[Block] = []
        self.comments: list[Comment] = []
        self.metadata = Metadata()
        self.front_matter: dict = {}
        self._row_cursor: dict[tuple[int, int], int] = {}

    def read(self) -> Document:
        containers: list[str] = []
        heading_level = 0
        for token in _parser().parse(self.text):
            if token.type == "front_matter":
                self._front_matter(token)
            elif token.type.endswith("_open") and token.type != "paragraph_open":
                containers.append(token.type[:-5])
                if token.type == "heading_open":
                    heading_level = int(token.tag[1:])
            elif token.type.endswith("_close") and token.type != "paragraph_close":
                containers.pop()
            elif token.type == "html_block" and token.map:
                self._html_comments(*self._region(token.map))
            elif token.type == "inline" and token.map:
                self._inline(token, self._kind(containers), heading_level)
        return Document(self.source, self.blocks, self.comments, self.metadata, self.front_matter)

    def _kind(self, containers: list[str]) -> BlockKind:
        for container in reversed(containers):
            if container == "heading":
                return BlockKind.HEADING
            if container in ("th", "td"):
                return BlockKind.TABLE_CELL
            if container == "list_item":
                return BlockKind.LIST_ITEM
            if container == "blockquote":
                return BlockKind.BLOCKQUOTE
        return BlockKind.PARAGRAPH

    def _region(self, line_map: list[int]) -> tuple[int, int]:
        first, last = line_map
        start = self.lines.line_start(first + 1)
        end = self.lines.line_start(last + 1) if last < self.lines.line_count else len(self.text)
        return start, end

    def _front_matter(self, token: Token) -> None:
        try:
            data = yaml.load(token.content, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" at line {mark.line + 2}" if mark else ""
            raise InputError(f"invalid YAML front matter{where}: {getattr(exc, 'problem', exc)}") from None
        except ValueError as exc:  # a value YAML recognises but cannot build, e.g. the date 2024-13-45
            raise InputError(f"invalid YAML front matter: {exc}") from None
        if data is None:
            return
        if not isinstance(data, dict):
            raise InputError("front matter must be a YAML mapping (key: value lines)")
        self.front_matter = data
        from_mapping(self.metadata, data, "front-matter")

    def _html_comments(self, start: int, end: int) -> None:
        for match in _COMMENT.finditer(self.text, start, end):
            self.comments.append(Comment(Span(match.start(), match.end()), match.group(1).strip()))

    def _content_offsets(self, token: Token) -> list[int]:
        """For each character of ``token.content``, its offset in the source (non-decreasing)."""
        start, end = self._region(token.map)
        key = tuple(token.map)
        cursor = self._row_cursor.get(key, start)  # table cells share their row's line map
        offsets: list[int] = []
        lines = token.content.split("\n")
        for number, line in enumerate(lines):
            # Each content line stands on its own source line: look for it there and nowhere else.
            line_break = LINE_BREAK.search(self.text, cursor, end)
            line_end = line_break.start() if line_break else end
            body = line.lstrip()
            lead = len(line) - len(body)
            found = self.text.find(body, cursor, line_end) if body else -1
            if found >= 0:
                offsets.extend(max(p, cursor) for p in range(found - lead, found))
                offsets.extend(range(found, found + len(body)))
                cursor = found + len(body)
            else:  # not verbatim (an escaped table pipe, tabs expanded): align character by character
                for char in line:
                    hit = self.text.find(char, cursor, line_end)
                    offsets.append(hit if hit >= 0 else min(cursor, line_end))
                    cursor = hit + 1 if hit >= 0 else cursor
            if number < len(lines) - 1:
                line_break = LINE_BREAK.search(self.text, cursor, end)
                offsets.append(line_break.start() if line_break else min(cursor, end))
                cursor = line_break.end() if line_break else cursor
        self._row_cursor[key] = cursor
        last = max(len(self.text) - 1, 0)
        return [min(offset, last) for offset in offsets]

    def _inline(self, token: Token, kind: BlockKind, level: int) -> None:
        content = token.content
        offsets = self._content_offsets(token)
        offsets.append(min(offsets[-1] + 1, len(self.text)) if offsets else self._region(token.map)[0])
        builder = UnitBuilder()
        text = self.text

        def emit(i: int, j: int, replacement: str | None = None) -> None:
            """Copy content[i:j] (or a replacement standing for it) with its source map."""
            if replacement is not None:
                builder.mapped(replacement, offsets[i], max(offsets[max(j - 1, i)] + 1, offsets[i]))
                return
            if offsets[j - 1] - offsets[i] == j - 1 - i and text.startswith(content[i:j], offsets[i]):
                builder.exact(content[i:j], offsets[i])  # the usual case: a verbatim run
                return
            k = i
            while k < j:
                verbatim = text[offsets[k]:offsets[k] + 1] == content[k]
                m = k + 1
                while m < j and (text[offsets[m]:offsets[m] + 1] == content[m]) == verbatim and (
                        not verbatim or offsets[m] == offsets[m - 1] + 1):
                    m += 1
                if verbatim:
                    builder.exact(content[k:m], offsets[k])
                else:
                    builder.mapped(content[k:m], offsets[k], max(offsets[m - 1] + 1, offsets[k]))
                k = m

        cursor = 0
        masking = False
        children = token.children or []
        for child in children:
            ctype = child.type
            if ctype in _SKIPPED_INLINE:
                if ctype == "link_close":
                    if not masking:  # step over "](destination "title")" or "][label]"
                        close = content.find("]", cursor)
                        cursor = _link_tail_end(content, close + 1) if close >= 0 else cursor
                    masking = False
                continue
            if ctype == "link_open":
                masking = child.markup in ("autolink", "linkify")
                if masking:  # mask the whole <url>: its text token is normalised, not verbatim
                    found = content.find("<", cursor)
                    close = content.find(">", found + 1) if found >= 0 else -1
                    if close >= 0:
                        emit(found + 1, close, MASK)
                        cursor = close + 1
                continue
            if masking:
                continue
            if ctype in _RUNS:
                needle, replacement = _RUNS[ctype](child)
                found = content.find(needle, cursor)
                if found < 0:
                    continue
                emit(found, found + len(needle), replacement)
                cursor = found + len(needle)
            elif ctype == "code_inline":
                found = content.find(child.markup, cursor)
                inner = content.find(child.content, found + len(child.markup))
                close = content.find(child.markup,
                                     max(inner, found) + len(child.content) + len(child.markup) - 1)
                if found < 0 or close < 0:
                    continue
                emit(found, close + len(child.markup), MASK)
                cursor = close + len(child.markup)
            elif ctype == "image":
                found = content.find("![", cursor)
                if found < 0:
                    continue
                close = _image_end(content, found)
                emit(found, close, MASK)
                cursor = close
            elif ctype == "html_inline":
                found = content.find(child.content, cursor)
                if found < 0:
                    continue
                cursor = found + len(child.content)
                if child.content.startswith("<!--"):
                    self._html_comments(offsets[found], offsets[cursor - 1] + 1)
        unit = builder.strip()
        if not unit.text.strip() and kind is not BlockKind.TABLE_CELL:
            return
        start, end = self._region(token.map)
        if kind is BlockKind.HEADING and level == 1 and not any(
                b.kind is BlockKind.HEADLINE for b in self.blocks):
            kind = BlockKind.HEADLINE
        span = unit.span if kind is BlockKind.TABLE_CELL else Span(start, len(text[:end].rstrip("\r\n")))
        if unit.text:
            heading = kind in (BlockKind.HEADING, BlockKind.HEADLINE)
            self.blocks.append(Block(kind, span, unit, level if heading else 0))
        if kind is BlockKind.HEADLINE and "title" not in self.metadata.origin:
            self.metadata.title = unit.text
            self.metadata.origin["title"] = "heading"


def _image_end(content: str, start: int) -> int:
    """End of the image that starts at ``content[start]`` (``![alt](src)`` or ``![alt][ref]``)."""
    depth = 0
    i = start + 1
    while i < len(content):
        if content[i] == "\\":
            i += 1
        elif content[i] == "[":
            depth += 1
        elif content[i] == "]":
            depth -= 1
            if depth == 0:
                break
        i += 1
    return _link_tail_end(content, i + 1)


def _link_tail_end(content: str, i: int) -> int:
    """End of what follows a link's text at ``content[i]``: ``(dest "title")``, ``[label]`` or nothing."""
    if i >= len(content) or content[i] not in "([":
        return min(i, len(content))
    if content[i] == "[":
        end = i + 1
        while end < len(content) and content[end] != "]":
            end += 2 if content[end] == "\\" else 1
        return min(end + 1, len(content))
    i += 1
    while i < len(content) and content[i].isspace():
        i += 1
    if i < len(content) and content[i] == "<":  # <destination with spaces>
        while i < len(content) and content[i] != ">":
            i += 2 if content[i] == "\\" else 1
        i += 1
    else:  # a bare destination: balanced parentheses, no spaces
        depth = 0
        while i < len(content) and not content[i].isspace():
            if content[i] == "\\":
                i += 1
            elif content[i] == "(":
                depth += 1
            elif content[i] == ")":
                if depth == 0:
                    break
                depth -= 1
            i += 1
    while i < len(content) and content[i].isspace():
        i += 1
    if i < len(content) and content[i] in "\"'(":  # a title
        closer = ")" if content[i] == "(" else content[i]
        i += 1
        while i < len(content) and content[i] != closer:
            i += 2 if content[i] == "\\" else 1
        i += 1
        while i < len(content) and content[i].isspace():
            i += 1
    return min(i + 1, len(content)) if i < len(content) and content[i] == ")" else min(i, len(content))
