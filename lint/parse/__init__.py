"""Markup → Document. One parser per format; all produce the same model."""

from __future__ import annotations

from copydesk.document import Document
from copydesk.source import Format, Source


def parse(source: Source) -> Document:
    if source.format is Format.MARKDOWN:
        from copydesk.parse.markdown import parse_markdown

        return parse_markdown(source)
    if source.format is Format.HTML:
        from copydesk.parse.html import parse_html

        return parse_html(source)
    from copydesk.parse.plain import parse_plain

    return parse_plain(source)
