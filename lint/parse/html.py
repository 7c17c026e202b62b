"""HTML → Document, with the standard library's tolerant HTML tokenizer.

Character references are reported by the tokenizer one by one (``convert_charrefs=False``), so
every character of prose keeps its source offset. script, style, code, pre and friends are never
prose; title, meta and JSON-LD feed the article metadata.
"""

from __future__ import annotations

import json
import re
from html import unescape
from html.parser import HTMLParser

from copydesk import rx
from copydesk.document import MASK, Block, BlockKind, Comment, Document, Metadata, UnitBuilder
from copydesk.model import Span
from copydesk.parse.meta import from_mapping, set_field
from copydesk.source import InputError, Source

_SKIP = frozenset({"script", "style", "code", "pre", "kbd", "samp", "var", "template", "noscript",
                   "svg", "math", "textarea", "select", "button", "iframe", "object"})
_INLINE_MASKED = frozenset({"code", "kbd", "samp", "var", "svg", "math"})
_BLOCKS = {
    "h1": BlockKind.HEADING, "h2": BlockKind.HEADING, "h3": BlockKind.HEADING, "h4": BlockKind.HEADING,
    "h5": BlockKind.HEADING, "h6": BlockKind.HEADING, "p": BlockKind.PARAGRAPH, "li": BlockKind.LIST_ITEM,
    "dt": BlockKind.PARAGRAPH, "dd": BlockKind.PARAGRAPH, "td": BlockKind.TABLE_CELL,
    "th": BlockKind.TABLE_CELL, "figcaption": BlockKind.PARAGRAPH, "caption": BlockKind.PARAGRAPH,
    "blockquote": BlockKind.BLOCKQUOTE,
}
# Elements that end the current run of text without being a block of their own.
_BREAKS = frozenset({"div", "section", "article", "main", "header", "footer", "aside", "nav", "ul", "ol",
                     "dl", "table", "tr", "thead", "tbody", "figure", "form", "hr", "body", "html",
                     "address", "details", "summary", "fieldset"})
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
                   "track", "wbr"})
_CHARREF = rx.compile(r"&(?:#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);?")
_META_FIELDS = {
    "author": "authors", "article:author": "authors", "byl": "authors", "parsely-author": "authors",
    "og:title": "title", "twitter:title": "title", "parsely-title": "title", "headline": "title",
    "article:published_time": "date", "datepublished": "date", "date": "date", "pubdate": "date",
    "parsely-pub-date": "date", "dc.date": "date", "publish-date": "date",
    "description": "description", "og:description": "description",
}


def parse_html(source: Source) -> Document:
    reader = _HtmlReader(source)
    try:
        reader.feed(source.text)
        reader.close()
    except (AssertionError, ValueError) as exc:  # the tokenizer gives up on some broken markup
        raise InputError(f"cannot parse HTML: {exc}") from None
    reader.flush()
    return Document(source, reader.blocks, reader.comments, reader.metadata)


class _HtmlReader(HTMLParser):
    def __init__(self, source: Source) -> None:
        super().__init__(convert_charrefs=False)
        self.text = source.text
        # HTMLParser counts lines by "\n" only, so index the text the same way.
        self._newlines = [0] + [match.end() for match in re.finditer("\n", self.text)]
        self.blocks: list[Block] = []
        self.comments: list[Comment] = []
        self.metadata = Metadata()
        self._skip_depth = 0
        self._stack: list[str] = []
        self._kind: list[tuple[str, BlockKind, int]] = []  # open block elements: tag, kind, level
        self._builder = UnitBuilder()
        self._block_start: int | None = None
        self._title_parts: list[str] = []
        self._in_title = False
        self._jsonld: list[str] | None = None

    def _offset(self) -> int:
        line, column = self.getpos()
        return self._newlines[line - 1] + column

    # -- blocks ---------------------------------------------------------------------------------
    def flush(self) -> None:
        unit = self._builder.strip()
        if unit.text.strip() and unit.text.strip(MASK + " \n"):
            kind, level = (self._kind[-1][1], self._kind[-1][2]) if self._kind else (BlockKind.PARAGRAPH, 0)
            if kind is BlockKind.HEADING and level == 1 and not any(
                    b.kind is BlockKind.HEADLINE for b in self.blocks):
                kind = BlockKind.HEADLINE
                set_field(self.metadata, "title", unit.text, "heading")
            self.blocks.append(Block(kind, unit.span, unit, level))
        self._builder = UnitBuilder()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            self._void(tag, attrs)
            return
        self._stack.append(tag)
        if self._skip_depth or tag in _SKIP:
            if tag == "script" and dict(attrs).get("type", "").lower() == "application/ld+json":
                self._jsonld = []
            if not self._skip_depth and tag in _INLINE_MASKED:
                self._mask_tag()
            self._skip_depth += 1
            return
        if tag == "title":
            self._in_title = True
            return
        if tag in _BLOCKS or tag in _BREAKS:
            self.flush()
            if tag in _BLOCKS:
                level = int(tag[1]) if tag[0] == "h" and tag[1:].isdigit() else 0
                self._kind.append((tag, _BLOCKS[tag], level))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            self._void(tag, attrs)

    def _tag_span(self) -> tuple[int, int]:
        """Source range of the tag being handled."""
        start = self._offset()
        return start, self.text.find(">", start) + 1 or start

    def _mask_tag(self) -> None:
        """Put MASK where inline code or an image stands, as the Markdown reader does."""
        self._builder.mapped(MASK, *self._tag_span())

    def _void(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._skip_depth:
            return
        if tag == "img":
            self._mask_tag()
        values = {k.lower(): v or "" for k, v in attrs}
        if tag == "meta":
            key = (values.get("name") or values.get("property") or values.get("itemprop") or "").lower()
            if key in _META_FIELDS and values.get("content"):
                set_field(self.metadata, _META_FIELDS[key], unescape(values["content"]), "html-meta")
        elif tag == "br":
            self._builder.mapped("\n", *self._tag_span())
        elif tag == "hr":
            self.flush()

    def handle_endtag(self, tag: str) -> None:
        if tag not in self._stack:
            return  # a stray end tag: ignore it, as browsers do
        while self._stack:
            open_tag = self._stack.pop()
            self._close(open_tag)
            if open_tag == tag:
                break

    def _close(self, tag: str) -> None:
        if self._skip_depth:
            self._skip_depth -= 1
            if tag == "script" and self._jsonld is not None:
                self._read_jsonld("".join(self._jsonld))
                self._jsonld = None
            return
        if tag == "title":
            self._in_title = False
            set_field(self.metadata, "title", unescape("".join(self._title_parts)).strip(), "html-title")
            return
        if tag in _BLOCKS or tag in _BREAKS:
            self.flush()
            if tag in _BLOCKS and self._kind and self._kind[-1][0] == tag:
                self._kind.pop()

    # -- text -----------------------------------------------------------------------------------
    def handle_data(self, data: str) -> None:
        if self._jsonld is not None:
            self._jsonld.append(data)
            return
        if self._in_title:
            self._title_parts.append(data)
            return
        if self._skip_depth:
            return
        start = self._offset()
        if self.text.startswith(data, start):
            self._builder.exact(data, start)
        else:  # CDATA and the like
            self._builder.mapped(data, start, start + len(data))

    def _charref(self, name: str, prefix: int) -> None:
        start = self._offset()
        end = start + prefix + len(name)  # the tokenizer consumed "&" (or "&#"), the name and any ";"
        if self.text[start + prefix:end] != name:
            match = _CHARREF.match(self.text, start)
            end = match.end() if match else start + 1
        elif self.text.startswith(";", end):
            end += 1
        value = unescape(self.text[start:end])
        if self._in_title:
            self._title_parts.append(value)
        elif not self._skip_depth:
            self._builder.mapped(value, start, end)

    def handle_entityref(self, name: str) -> None:
        self._charref(name, 1)

    def handle_charref(self, name: str) -> None:
        self._charref(name, 2)

    def handle_comment(self, data: str) -> None:
        start = self._offset()
        end = self.text.find("-->", start)
        end = end + 3 if end >= 0 else len(self.text)
        self.comments.append(Comment(Span(start, end), data.strip()))

    def _read_jsonld(self, raw: str) -> None:
        try:
            data = json.loads(raw)
        except ValueError:
            return  # broken JSON-LD is common and not the article's prose
        if isinstance(data, dict):
            data = data.get("@graph", [data])
        items = data if isinstance(data, list) else []
        for item in items:
            if isinstance(item, dict) and str(item.get("@type", "")).endswith(("Article", "NewsArticle",
                                                                                "BlogPosting", "Report")):
                from_mapping(self.metadata, item, "json-ld")
