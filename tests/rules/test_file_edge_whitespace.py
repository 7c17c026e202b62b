"""TY008 file-edge-whitespace: blank lines at the edges of the file, and the final line break."""

from __future__ import annotations

from copydesk.testing import lint


def ty008(text: str, **kwargs):
    return lint(text, select="TY008", **kwargs)


def test_missing_final_newline():
    result = ty008("Talks end\n\nThe talks ended on Friday.")
    assert result.positions() == [(3, 27, "TY008")]
    assert result.messages() == ["no line break at the end of the file, after 'talks ended on Friday.': "
                                 "add one"]
    assert result.fixed() == "Talks end\n\nThe talks ended on Friday.\n"


def test_extra_blank_lines_at_the_end():
    result = ty008("The talks ended.\n\n  \n\n")
    assert result.positions() == [(2, 1, "TY008")]
    assert result.messages() == ["3 blank lines at the end of the file, after 'The talks ended.': "
                                 "delete them"]
    assert result.fixed() == "The talks ended.\n"


def test_blank_lines_at_the_start():
    result = ty008("\n\nPutin signals readiness\n\nThe talks ended.\n")
    assert result.positions() == [(1, 1, "TY008")]
    assert result.fixed() == "Putin signals readiness\n\nThe talks ended.\n"


def test_crlf_file_gets_crlf():
    assert ty008("The talks ended.\r\nBoth left.").fixed() == "The talks ended.\r\nBoth left.\r\n"
    assert ty008("The talks ended.\r\n\r\n").fixed() == "The talks ended.\r\n"


def test_clean_empty_and_html():
    assert ty008("The talks ended.\n").codes() == []
    assert ty008("").codes() == []
    assert ty008("<p>The talks ended.</p>\n\n\n", path="a.html").codes() == []


def test_trailing_spaces_on_the_last_line_are_not_this_rules():
    result = lint("The talks ended.  \n", select="TY")
    assert result.codes() == ["TY007"]


def test_whitespace_only_lines_around_crlf_text():
    result = lint("\u00a0\r\n\r\nThe talks ended.\r\n \t\r\n", select="TY008")
    assert result.positions() == [(1, 1, "TY008"), (4, 1, "TY008")]
