"""Inline suppression directives in Markdown, HTML and plain text."""

from __future__ import annotations

import pytest

from copydesk.testing import lint

PH_AND_MD = ["PH", "MD"]


def found(text: str, path: str, select: list[str] | None = None, **config) -> list[tuple[int, str]]:
    """(line, code) of each diagnostic left after suppression."""
    result = lint(text, select if select is not None else PH_AND_MD, path=path,
                  config={key.replace("_", "-"): value for key, value in config.items()})
    return [(line, code) for line, _, code in result.positions()]


# ---------------------------------------------------------------------------------------------
# Markdown


def test_markdown_disable_next_line() -> None:
    text = ("# Title\n\n"
            "<!-- copydesk: disable-next-line PH001 -->\n"
            "One [insert date] and TBD.\n\n"
            "Two [insert date].\n")
    assert found(text, "a.md") == [(4, "PH003"), (6, "PH001")]


def test_markdown_disable_next_line_skips_blank_lines() -> None:
    text = "# Title\n\n<!-- copydesk: disable-next-line PH001 -->\n\nOne [insert date].\n"
    assert found(text, "a.md") == []


def test_markdown_disable_line_by_name_with_reason() -> None:
    text = ("# Title\n\n"
            "One [insert date]. <!-- copydesk: disable-line bracket-placeholder -- quoted, see form -->\n\n"
            "Two [insert date].\n")
    assert found(text, "a.md") == [(5, "PH001")]


@pytest.mark.parametrize("selectors", ["PH001", "PH", "ph00", "bracket-placeholder", "all", "ALL",
                                       "PH003, PH001", "todo-marker,bracket-placeholder"])
def test_selectors(selectors: str) -> None:
    text = f"# Title\n\n<!-- copydesk: disable-next-line {selectors} -->\nOne [insert date].\n"
    assert found(text, "a.md") == []


def test_markdown_disable_enable_range() -> None:
    text = ("# Title\n\n"
            "Before [insert date].\n\n"
            "<!-- copydesk: disable PH -->\n\n"
            "Inside [insert date] and TBD.\n\n"
            "Still inside TK.\n\n"
            "<!-- copydesk: enable PH001 -->\n\n"
            "After [insert date] and TBD.\n\n"
            "<!-- copydesk: enable all -->\n\n"
            "Last TBD.\n")
    assert found(text, "a.md") == [(3, "PH001"), (13, "PH001"), (17, "PH003")]


def test_markdown_disable_without_enable_runs_to_the_end() -> None:
    text = "# Title\n\nBefore TBD.\n\n<!-- copydesk: disable todo-marker -->\n\nAfter TBD.\n\nEnd TBD.\n"
    assert found(text, "a.md") == [(3, "PH003")]


def test_markdown_disable_file_anywhere() -> None:
    text = ("# Title\n\nOne [insert date] and TBD.\n\n<!-- copydesk: disable-file PH001 -->\n\n"
            "Two [insert date].\n")
    assert found(text, "a.md") == [(3, "PH003")]


def test_directive_in_inline_code_does_nothing() -> None:
    text = ("# Title\n\n"
            "Write `<!-- copydesk: disable-line all -->` to silence [insert date].\n\n"
            "`<!-- copydesk: disable-next-line all -->`\n"
            "Next [insert date].\n\n"
            "`<!-- copydesk: disable-file all -->`\n")
    assert found(text, "a.md", extend_select=["MD902"]) == [(3, "PH001"), (6, "PH001")]


def test_directive_in_fenced_code_does_nothing() -> None:
    text = ("# Title\n\n"
            "```html\n<!-- copydesk: disable-file all -->\n<!-- copydesk: disable-next-line PH001 -->\n```\n"
            "One [insert date].\n\n"
            "    <!-- copydesk: disable-file all -->\n\n"
            "Two [insert date].\n")
    assert found(text, "a.md", extend_select=["MD902"]) == [(7, "PH001"), (11, "PH001")]


# ---------------------------------------------------------------------------------------------
# HTML


def test_html_directives() -> None:
    text = ("<html><body>\n"
            "<h1>Title</h1>\n"
            "<!-- copydesk: disable-next-line PH001 -->\n"
            "<p>One [insert date] and TBD.</p>\n"
            "<p>Two [insert date]. <!-- copydesk: disable-line all --></p>\n"
            "<!-- copydesk: disable todo-marker -->\n"
            "<p>Three TBD.</p>\n"
            "<!-- copydesk: enable todo-marker -->\n"
            "<p>Four [insert date] and TBD.</p>\n"
            "</body></html>\n")
    assert found(text, "a.html") == [(4, "PH003"), (9, "PH001"), (9, "PH003")]


def test_html_disable_file() -> None:
    text = "<h1>Title</h1>\n<p>One [insert date].</p>\n<!-- copydesk: disable-file PH -->\n"
    assert found(text, "a.htm") == []


def test_html_escaped_directive_in_code_does_nothing() -> None:
    text = ("<h1>Title</h1>\n"
            "<pre>&lt;!-- copydesk: disable-file all --&gt;</pre>\n"
            "<p>Use <code>&lt;!-- copydesk: disable-line all --&gt;</code> for [insert date].</p>\n")
    assert found(text, "a.html") == [(3, "PH001")]


def test_multi_line_comment_and_whitespace() -> None:
    text = ("<h1>Title</h1>\n"
            "<!--\n  copydesk:\tdisable-next-line\n  PH001 --\n  the form is quoted\n-->\n"
            "<p>One [insert date].</p>\n")
    assert found(text, "a.html") == []


# ---------------------------------------------------------------------------------------------
# Plain text


def test_plain_text_standalone_directive_lines() -> None:
    text = ("Council budget vote\n\n"
            "copydesk: disable-next-line PH001\n"
            "One [insert date] and TBD.\n\n"
            "<!-- copydesk: disable-next-line todo-marker -->\n"
            "Two TBD.\n\n"
            "Three [insert date]. copydesk: disable-line PH001\n\n"
            "  copydesk: disable PH001 -- reason\n"
            "Four [insert date].\n"
            "copydesk: enable PH001\n"
            "Five [insert date].\n")
    assert found(text, "a.txt") == [(4, "PH003"), (9, "PH001"), (14, "PH001")]


def test_plain_text_disable_file() -> None:
    assert found("Title\n\nOne [insert date].\n\ncopydesk: disable-file all\n", "a.txt") == []


# ---------------------------------------------------------------------------------------------
# Malformed and unused directives


@pytest.mark.parametrize("directive", [
    "disable-next-line",                     # no codes
    "disable-next-line -- no codes, only a reason",
    "frobnicate PH001",                      # unknown action
    "disable-next-line ZZ999",               # unknown code
    "disable-next-line PH001, not-a-rule",   # one bad selector spoils the directive
    "",
])
@pytest.mark.parametrize("path", ["a.md", "a.html", "a.txt"])
def test_malformed_directive_is_md901_and_suppresses_nothing(directive: str, path: str) -> None:
    comment = f"<!-- copydesk: {directive} -->"
    text = f"Council budget vote\n\n{comment}\nOne [insert date].\n"
    if path.endswith(".html"):
        text = f"<h1>Council budget vote</h1>\n\n{comment}\n<p>One [insert date].</p>\n"
    result = lint(text, PH_AND_MD, path=path)
    assert [(line, code) for line, _, code in result.positions()] == [(3, "MD901"), (4, "PH001")]
    assert result.texts()[0] == comment
    assert "it suppresses nothing" in result.messages()[0]


def test_md901_messages_say_what_is_wrong() -> None:
    text = ("# T\n\n<!-- copydesk: disable-line -->\n\n<!-- copydesk: mute PH001 -->\n\n"
            "<!-- copydesk: disable PH0099 -->\n")
    messages = lint(text, "MD901", path="a.md").messages()
    assert "needs rule codes" in messages[0]
    assert "unknown directive 'mute'" in messages[1]
    assert "unknown rule 'PH0099'" in messages[2]


def test_ignoring_md901_hides_the_report_but_still_suppresses_nothing() -> None:
    text = "# T\n\n<!-- copydesk: disable-next-line -->\nOne [insert date].\n"
    assert found(text, "a.md", ignore=["MD901"]) == [(4, "PH001")]


def test_unused_directive_is_off_by_default() -> None:
    text = "# Title\n\n<!-- copydesk: disable-next-line PH001 -->\nAll fine here.\n"
    assert found(text, "a.md") == []
    assert found(text, "a.md", select=["ALL"]) == []  # MD902 is opt-in: a prefix or ALL is not enough


def test_unused_directive_when_selected() -> None:
    text = ("# Title\n\n"
            "<!-- copydesk: disable-next-line PH001 -->\nAll fine here.\n\n"
            "<!-- copydesk: disable-next-line PH001 -->\nUsed [insert date].\n\n"
            "<!-- copydesk: disable-line todo-marker --> Nothing.\n\n"
            "<!-- copydesk: enable PH002 -->\n")
    result = lint(text, path="a.md", config={"extend-select": ["MD902"]})
    assert [(line, code) for line, _, code in result.positions()] == [(3, "MD902"), (9, "MD902"),
                                                                     (11, "MD902")]
    assert "disable-next-line PH001" in result.messages()[0]


def test_directive_for_a_rule_that_is_not_enabled_is_unused() -> None:
    text = "# Title\n\n<!-- copydesk: disable-next-line PH003 -->\nThe launch is TBD.\n"
    assert found(text, "a.md", select=["PH001", "MD902"]) == [(3, "MD902")]
    assert found(text, "a.md", select=["PH003", "MD902"]) == []
