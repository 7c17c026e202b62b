"""Unrendered template variables: {{name}}, {name}, ${var}, %s, {% tag %}.

Why:
    A variable that reaches readers shows that the template engine failed or was never run.

Bad:
    Dear {{first_name}}, thank you for reading.
Good:
    Dear reader, thank you for reading.

Bad:
    Shares of ${ticker} rose %s percent.
Good:
    Shares of Acme rose 5 percent; the set {1, 2} is small.

Options:
    (none)

Notes:
    Single braces count only around an identifier ("{name}", "{user.email}"), not around numbers
    or lists, nor as TeX arguments ("\\frac{d}{dx}"). "__NAME__" counts only with an inner underscore
    ("__FIRST_NAME__") or a slot noun such as NAME, DATE or TITLE, since "__ANY__" is plain-text
    bold. Inline code in Markdown and code in HTML are never checked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from copydesk import Context, Diagnostic, Scope, TextUnit, rule, rx
from copydesk.rules.placeholders.bracket_placeholder import SLOT_WORDS

_VARIABLE = rx.compile(
    r"""\{\{-?\s*[^{}\n]{1,60}?\s*-?\}\}            # {{ name }}
      |\{%-?\s*[^{}\n]{1,60}?\s*-?%\}                # {% tag %}
      |\$\{[^{}\n]{1,60}\}                           # ${var}
      |(?<![\w{}\\^_$])\{[A-Za-z_][\w.\-]{0,40}\}(?![\w}])  # {name}, not TeX: \frac{d}{dx}, x^{n}
      |(?<![\w%])%(?:\([A-Za-z_]\w*\))?[sd](?![\w%])  # %s, %(name)s
      |<<\s*[A-Za-z_][\w.]{0,40}\s*>>                # <<name>>
      |\b__(?:[A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9]|[A-Z]+)__\b  # __FIRST_NAME__, __TITLE__
    """,
    re.VERBOSE,
)

# Every variable above holds one of these.
_MARKS = ("{", "%", "<<", "__")


def _is_variable(found: str) -> bool:
    """``__WORD__`` is a variable only with an inner underscore or a slot noun: "__ANY__" is bold."""
    if found.startswith("__") and "_" not in found[2:-2]:
        return found[2:-2].lower() in SLOT_WORDS
    return True


@rule(code="PH005", name="template-variable", scope=Scope.TEXT, severity="error")
def check(unit: TextUnit, ctx: Context) -> Iterator[Diagnostic]:
    if not any(mark in unit.text for mark in _MARKS):
        return
    for match in _VARIABLE.finditer(unit.text):
        if _is_variable(match.group(0)):
            yield ctx.report(unit.source_span(*match.span()),
                             f"unrendered template variable '{match.group(0)}' left in text")
