"""TY009 indentation-leftover: indented lines in a plain-text article."""

from __future__ import annotations

from copydesk.testing import lint


def ty009(text: str, **kwargs):
    return lint(text, select="TY009", **kwargs)


def test_run_of_indented_lines_is_one_diagnostic():
    text = "Talks resume\n\n    By\n\n    Hanan Zuhry\n\n    The Kremlin said the talks would resume.\n"
    result = ty009(text)
    assert result.positions() == [(3, 1, "TY009")]
    assert result.messages() == ["'By' and 2 more lines indented by 4 spaces: remove the indentation"]
    assert result.fixed() == "Talks resume\n\nBy\n\nHanan Zuhry\n\nThe Kremlin said the talks would resume.\n"


def test_separate_runs_and_common_indentation():
    text = "Talks\n\n  One paragraph.\n  Another.\n\nNot indented.\n\n\t Two lines\n\t   deeper.\n"
    result = ty009(text)
    assert result.positions() == [(3, 1, "TY009"), (8, 1, "TY009")]
    assert "1 tab and 1 space" in result.messages()[1]
    assert result.fixed() == "Talks\n\nOne paragraph.\nAnother.\n\nNot indented.\n\nTwo lines\n  deeper.\n"


def test_one_indented_paragraph_is_a_block_quotation():
    text = "Talks\n\nHe wrote:\n\n    We will not give up.\n\nThe talks ended.\n"
    assert ty009(text).codes() == []


def test_nested_list_items_alone_are_not_leftovers():
    text = "The plan:\n- a ceasefire\n  - monitored by the OSCE\n - prisoners swapped \n"
    assert ty009(text).codes() == []


def test_list_items_inside_an_indented_run_go_with_it():
    text = "Quick Take\n\n    The Kremlin waits.\n\n    • Talks this week.\n"
    result = ty009(text)
    assert result.fixed() == "Quick Take\n\nThe Kremlin waits.\n\n• Talks this week.\n"


def test_markdown_and_html_are_skipped():
    assert ty009("# Talks\n\n    code block\n", path="a.md").codes() == []
    assert ty009("<p>\n    The talks.\n</p>\n", path="a.html").codes() == []
    assert ty009("The talks ended.\n\nBoth left.\n").codes() == []


def test_crlf_lines():
    text = "Talks resume\r\n\r\n    By\r\n\r\n    Hanan Zuhry\r\n"
    assert ty009(text).positions() == [(3, 1, "TY009")]
    assert ty009(text.replace("\r\n", "\r")).positions() == [(3, 1, "TY009")]
