"""Reading files: decoding, byte-order marks, line endings, binary detection and limits."""

from __future__ import annotations

import codecs
import random

import pytest

from copydesk.source import MAX_FILE_BYTES, Format, InputError, LineIndex, Source, detect_format, read_source


# -- decoding -----------------------------------------------------------------------------------------
def test_utf8_is_decoded_as_is() -> None:
    source = read_source("a.txt", "Café – naïve “quotes”\n".encode())
    assert source.text == "Café – naïve “quotes”\n"
    assert source.encoding == "utf-8"
    assert source.bom is False
    assert source.format is Format.TEXT


def test_utf8_bom_is_not_part_of_the_text() -> None:
    source = read_source("a.md", codecs.BOM_UTF8 + "# Título\n".encode())
    assert source.text == "# Título\n"
    assert source.encoding == "utf-8"
    assert source.bom is True
    assert source.lines.position(0) == (1, 1)


@pytest.mark.parametrize(("bom", "codec"),
                         [(codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")])
def test_utf16_with_bom(bom: bytes, codec: str) -> None:
    text = "Héllo wörld\r\nSecond “line” 😀\n"
    source = read_source("a.txt", bom + text.encode(codec))
    assert source.text == text
    assert source.encoding == codec
    assert source.bom is True
    assert source.lines.position(text.index("Second")) == (2, 1)


def test_utf16_without_bom_is_rejected_as_binary() -> None:
    with pytest.raises(InputError, match="binary"):
        read_source("a.txt", "plain ascii".encode("utf-16-le"))


def test_truncated_utf16_is_an_input_error() -> None:
    with pytest.raises(InputError, match="UTF-16-LE"):
        read_source("a.txt", codecs.BOM_UTF16_LE + "abc".encode("utf-16-le") + b"x")


def test_invalid_utf8_names_the_byte_and_offset() -> None:
    with pytest.raises(InputError) as info:
        read_source("a.txt", b"caf\xe9 au lait")
    message = str(info.value)
    assert "not valid UTF-8" in message
    assert "0xe9" in message
    assert "offset 3" in message
    assert "save the file as UTF-8" in message


def test_invalid_utf8_after_a_bom() -> None:
    with pytest.raises(InputError, match="not valid UTF-8"):
        read_source("a.txt", codecs.BOM_UTF8 + b"ok \xff\xfe then")


# -- binary files -------------------------------------------------------------------------------------
def test_png_header_is_binary() -> None:
    with pytest.raises(InputError, match="PNG image"):
        read_source("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


@pytest.mark.parametrize("magic",
                         [b"%PDF-1.7\n", b"PK\x03\x04rest", b"\x1f\x8b\x08\x00", b"GIF89a", b"\x7fELF\x02"])
def test_other_magic_numbers_are_binary(magic: bytes) -> None:
    with pytest.raises(InputError, match="binary file"):
        read_source("x.txt", magic + b"more")


@pytest.mark.parametrize("seed", [0, 1, 2, 3, 42, 2024])
def test_random_bytes_are_rejected(seed: int) -> None:
    data = random.Random(seed).randbytes(4096)
    with pytest.raises(InputError):
        read_source("noise.txt", data)


def test_nul_bytes_mean_binary() -> None:
    with pytest.raises(InputError, match="NUL"):
        read_source("a.txt", b"text with a \x00 inside")


def test_nul_beyond_the_sniffed_head_is_still_caught() -> None:
    with pytest.raises(InputError, match="NUL"):
        read_source("a.txt", b"a" * 20000 + b"\x00")


def test_nul_inside_utf16_text_is_caught() -> None:
    with pytest.raises(InputError, match="NUL"):
        read_source("a.txt", codecs.BOM_UTF16_LE + "a\x00b".encode("utf-16-le"))


@pytest.mark.parametrize("byte", [0x01, 0x08, 0x0E, 0x0F, 0x10, 0x1F, 0x7F])
def test_control_bytes_mean_binary(byte: int) -> None:
    with pytest.raises(InputError, match="binary"):
        read_source("a.txt", b"text " + bytes([byte]) + b" more")


def test_ordinary_whitespace_controls_are_text() -> None:
    data = b"tab\there\x0bvt\x0cff\x1b[0m esc\r\n"
    assert read_source("a.txt", data).text == data.decode()


# -- size limit and formats ---------------------------------------------------------------------------
def test_file_size_limit() -> None:
    assert read_source("a.txt", b"x" * 10, max_bytes=10).text == "x" * 10
    with pytest.raises(InputError, match=r"too large \(11 bytes; the limit is 10\)"):
        read_source("a.txt", b"x" * 11, max_bytes=10)


def test_default_limit_is_checked_before_decoding() -> None:
    with pytest.raises(InputError, match="too large"):
        read_source("a.txt", b"\x00" * (MAX_FILE_BYTES + 1))


def test_empty_file() -> None:
    source = read_source("a.txt", b"")
    assert source.text == ""
    assert source.lines.line_count == 1
    assert source.lines.position(0) == (1, 1)


@pytest.mark.parametrize(("path", "fmt"), [("a.md", Format.MARKDOWN), ("A.MARKDOWN", Format.MARKDOWN),
                                           ("x/y.html", Format.HTML), ("p.HTM", Format.HTML),
                                           ("story.txt", Format.TEXT), ("README", Format.TEXT)])
def test_format_from_suffix(path: str, fmt: Format) -> None:
    assert detect_format(path) is fmt
    assert read_source(path, b"hi").format is fmt


def test_explicit_format_wins() -> None:
    assert read_source("a.txt", b"# hi", Format.MARKDOWN).format is Format.MARKDOWN


# -- line endings and positions -----------------------------------------------------------------------
def test_lf_positions() -> None:
    index = LineIndex("ab\ncd\n")
    assert [index.position(i) for i in range(7)] == [(1, 1), (1, 2), (1, 3), (2, 1), (2, 2), (2, 3), (3, 1)]
    assert index.line_count == 3
    assert index.line_text(1) == "ab"
    assert index.line_text(3) == ""


def test_crlf_positions() -> None:
    text = "ab\r\ncd\r\n\r\nef"
    index = LineIndex(text)
    assert index.position(0) == (1, 1)
    assert index.position(2) == (1, 3)  # the CR
    assert index.position(3) == (1, 4)  # the LF still belongs to line 1
    assert index.position(4) == (2, 1)
    assert index.position(8) == (3, 1)
    assert index.position(text.index("ef")) == (4, 1)
    assert index.line_count == 4
    assert [index.line_text(n) for n in range(1, 5)] == ["ab", "cd", "", "ef"]
    assert index.line_start(4) == 10


def test_lone_cr_positions() -> None:
    text = "one\rtwo\r\rthree"
    index = LineIndex(text)
    assert index.position(text.index("two")) == (2, 1)
    assert index.position(text.index("three")) == (4, 1)
    assert index.position(text.index("three") + 2) == (4, 3)
    assert [index.line_text(n) for n in range(1, 5)] == ["one", "two", "", "three"]


def test_mixed_line_endings() -> None:
    text = "a\nb\r\nc\rd"
    index = LineIndex(text)
    assert [index.position(text.index(ch)) for ch in "abcd"] == [(1, 1), (2, 1), (3, 1), (4, 1)]
    assert index.line_count == 4


def test_columns_count_characters_not_bytes() -> None:
    source = read_source("a.txt", "é😀x\n".encode())
    assert source.lines.position(2) == (1, 3)


def test_source_lines_are_cached() -> None:
    source = Source("a.txt", "a\nb", Format.TEXT)
    assert source.lines is source.lines
    assert source.lines.position(2) == (2, 1)


def test_lines_a_span_touches() -> None:
    lines = LineIndex("one\ntwo\r\nthree")
    assert lines.lines_of(0, 3) == range(1, 2)      # the line break after it is not touched
    assert lines.lines_of(0, 4) == range(1, 2)      # ending on the break still ends on line 1
    assert lines.lines_of(2, 6) == range(1, 3)
    assert lines.lines_of(9, 9) == range(3, 4)      # an empty span: its own line
