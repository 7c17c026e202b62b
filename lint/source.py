"""Bytes to text: decoding, format detection and the line index.

Offsets everywhere in copydesk are character offsets into ``Source.text``, the decoded file with its
line endings untouched (a byte-order mark is not part of the text). Line and column are derived
from offsets here and nowhere else.
"""

from __future__ import annotations

import bisect
import codecs
import enum
import re
from dataclasses import dataclass, field
from pathlib import PurePath

MAX_FILE_BYTES = 16 * 1024 * 1024
_SNIFF_BYTES = 8192
# Control characters that never occur in text files (tab, LF, VT, FF, CR and ESC excluded).
_BINARY_BYTES = bytes([*range(0, 9), *range(14, 27), *range(28, 32), 127])
_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or DOCX/EPUB)",
    b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "an executable",
}


LINE_BREAK = re.compile(r"\r\n|\r|\n")


class InputError(Exception):
    """A file that cannot be linted; the message is shown to the user as is."""


class Format(enum.Enum):
    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"


_SUFFIXES = {
    ".md": Format.MARKDOWN,
    ".markdown": Format.MARKDOWN,
    ".mdown": Format.MARKDOWN,
    ".mkd": Format.MARKDOWN,
    ".html": Format.HTML,
    ".htm": Format.HTML,
    ".xhtml": Format.HTML,
}


def detect_format(path: str) -> Format:
    return _SUFFIXES.get(PurePath(path).suffix.lower(), Format.TEXT)


class LineIndex:
    """Offset → 1-based (line, column); a line ends at LF, CRLF or a lone CR."""

    def __init__(self, text: str) -> None:
        starts = [0]
        starts.extend(match.end() for match in LINE_BREAK.finditer(text))
        self.starts = starts
        self.text = text

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1

    def lines_of(self, start: int, end: int) -> range:
        """The 1-based lines the half-open range ``start..end`` touches (an empty range: its line)."""
        return range(self.position(start)[0], self.position(max(start, end - 1))[0] + 1)

    def line_text(self, line: int) -> str:
        """The text of 1-based ``line`` without its line break."""
        start = self.starts[line - 1]
        end = self.starts[line] if line < len(self.starts) else len(self.text)
        return self.text[start:end].rstrip("\r\n")

    def line_start(self, line: int) -> int:
        return self.starts[line - 1]

    @property
    def line_count(self) -> int:
        return len(self.starts)


@dataclass
class Source:
    """A file's decoded text, its format and how it was encoded, so a fix can write it back the same."""

    path: str
    text: str
    format: Format
    encoding: str = "utf-8"
    bom: bool = False
    _lines: LineIndex | None = field(default=None, repr=False)

    @property
    def lines(self) -> LineIndex:
        if self._lines is None:
            self._lines = LineIndex(self.text)
        return self._lines


def decode(data: bytes) -> tuple[str, str, bool]:
    """Return (text, encoding, had_bom) or raise InputError."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                          (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            body = data[len(bom):]
            try:
                return body.decode(encoding), encoding, True
            except UnicodeDecodeError as exc:
                raise InputError(f"not valid {encoding.upper()} text: {exc.reason} at byte "
                                 f"{exc.start + len(bom)}") from None
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"binary file ({kind}), not text")
    head = data[:_SNIFF_BYTES]
    if head.translate(None, _BINARY_BYTES) != head:
        raise InputError("binary file (contains control bytes such as NUL), not text")
    try:
        return data.decode("utf-8"), "utf-8", False
    except UnicodeDecodeError as exc:
        bad = data[exc.start:exc.start + 1].hex()
        raise InputError(f"not valid UTF-8 text (byte 0x{bad} at offset {exc.start}); "
                         "save the file as UTF-8") from None


def read_source(path: str, data: bytes, fmt: Format | None = None,
                max_bytes: int = MAX_FILE_BYTES) -> Source:
    if len(data) > max_bytes:
        raise InputError(f"file too large ({len(data):,} bytes; the limit is {max_bytes:,})")
    text, encoding, bom = decode(data)
    if "\x00" in text:
        raise InputError("binary file (contains NUL characters), not text")
    return Source(path=path, text=text, format=fmt or detect_format(path), encoding=encoding, bom=bom)
