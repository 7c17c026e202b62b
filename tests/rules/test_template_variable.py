"""PH005 template-variable: unrendered template variables."""

from __future__ import annotations

import pytest

from copydesk.testing import lint


def ph005(text: str, **kwargs) -> list[str]:
    return lint(text, select="PH005", **kwargs).texts()


def test_position_and_message():
    result = lint("Dear {{first_name}}, thank you.", select="PH005")
    assert result.positions() == [(1, 6, "PH005")]
    assert result.messages() == ["unrendered template variable '{{first_name}}' left in text"]


@pytest.mark.parametrize("text, found", [
    ("Shares of ${ticker} rose %s percent.", ["${ticker}", "%s"]),
    ("Hello {{ user.name }} and {name}.", ["{{ user.name }}", "{name}"]),
    ("{% if premium %}Thanks{% endif %}", ["{% if premium %}", "{% endif %}"]),
    ("Written by %(author)s on <<date>>.", ["%(author)s", "<<date>>"]),
    ("By __AUTHOR_NAME__ on __DATE__.", ["__AUTHOR_NAME__", "__DATE__"]),
    ("Contact {user.email} now.", ["{user.email}"]),
])
def test_variables_are_flagged(text, found):
    assert ph005(text) == found


@pytest.mark.parametrize("text", [
    "Shares of Acme rose 5 percent; the set {1, 2} is small.",
    "There is no building that can withstand __ANY__ storm like this.",
    r"The derivative is \frac{d}{dx}\log_b(x) = \frac{\log_b e}{x}.",
    "Turnout was 100% sure and 50%s are rare.",
    "Use the {} brace.",
])
def test_not_flagged(text):
    assert ph005(text) == []


def test_markdown_code_is_not_checked():
    text = "# Mail\n\nThe tag `{{name}}` is filled in.\n\n```\nHello {{name}}\n```\n\nDear {{name}}, hello.\n"
    assert lint(text, select="PH005", path="a.md").positions() == [(9, 6, "PH005")]


def test_html_script_and_code_are_not_checked():
    text = ("<html><head><script>var t = '{{name}} ${x}';</script></head><body><code>{name}</code>"
            "<pre>%s</pre><p>Dear {{name}}, hello.</p></body></html>")
    result = lint(text, select="PH005", path="a.html")
    assert result.positions() == [(1, text.rindex("{{name}}") + 1, "PH005")]


def test_crlf_positions():
    text = "Mail\r\n\r\nThanks for reading.\r\nDear {{name}}, hello.\r\n"
    assert lint(text, select="PH005").positions() == [(4, 6, "PH005")]
