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
    or lists. Inline code in Markdown and code in HTML are never checked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from copydesk import Context, Diagnostic, Scope, TextUnit, rule

_VARIABLE = re.compile(
    r"""\{\{-?\s*[^{}\n]{1,60}?\s*-?\}\}            # {{ name }}
      |\{%-?\s*[^{}\n]{1,60}?\s*-?%\}                # {% tag %}
      |\$\{[^{}\n]{1,60}\}                           # ${var}
      |(?<![\w{])\{[A-Za-z_][\w.\-]{0,40}\}(?![\w}])  # {name}
      |(?<![\w%])%(?:\([A-Za-z_]\w*\))?[sd](?![\w%])  # %s, %(name)s
      |<<\s*[A-Za-z_][\w.]{0,40}\s*>>                # <<name>>
      |\b__[A-Z][A-Z0-9_]{1,40}__\b                  # __NAME__
    """,
    re.VERBOSE,
)


@rule(code="PH005", name="template-variable", scope=Scope.TEXT, severity="error")
def check(unit: TextUnit, ctx: Context) -> Iterator[Diagnostic]:
    for match in _VARIABLE.finditer(unit.text):
        yield ctx.report(unit.source_span(*match.span()),
                         f"unrendered template variable '{match.group(0)}' left in text")
