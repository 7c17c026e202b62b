"""TY007 trailing-whitespace: spaces or tabs at the end of a line."""

from __future__ import annotations

from copydesk.testing import lint


def ty007(text: str, **kwargs):
    return lint(text, select="TY007", **kwargs)


def test_one_diagnostic_per_file_listing_the_lines():
    text = "Talks end\n\nThe talks ended.  \n \nBoth sides left.\t\nNo one stayed.\n"
    result = ty007(text)
    assert result.positions() == [(3, 17, "TY007")]
    assert result.messages() == ["trailing whitespace after 'ended.' (also on lines 4, 5): delete it"]
    assert result.diagnostics[0].severity.label == "info"
    assert result.fixed() == "Talks end\n\nThe talks ended.\n\nBoth sides left.\nNo one stayed.\n"


def test_many_lines_are_summarised():
    text = "".join(f"Line {n}. \n" for n in range(1, 10))
    assert ty007(text).messages() == ["trailing whitespace after '1.' (also on lines 2, 3, 4, 5, 6 and 3 "
                                      "more): delete it"]


def test_clean_and_crlf():
    assert ty007("The talks ended.\n\nBoth left.\n").codes() == []
    assert ty007("The talks ended. \r\nBoth left.\r\n").fixed() == "The talks ended.\r\nBoth left.\r\n"


def test_blank_lines_at_the_end_are_left_to_ty008():
    assert ty007("The talks ended.\n  \n").codes() == []


def test_markdown_line_break_front_matter_and_code():
    text = ("---\ntitle: Talks  \n---\n\nThe talks ended.  \nBoth left.\n\n```\ncode  \n```\n\n"
            "Last line.  \n")
    result = ty007(text, path="a.md")
    assert result.positions() == [(12, 11, "TY007")]


def test_html_is_skipped():
    assert ty007("<p>The talks ended.</p>   \n", path="a.html").codes() == []


def test_lone_cr_line_breaks_and_the_last_line_without_a_break():
    assert ty007("The talks ended. \rBoth left.\r").positions() == [(1, 17, "TY007")]
    assert ty007("The talks ended.\nBoth left.\u00a0").positions() == [(2, 11, "TY007")]
