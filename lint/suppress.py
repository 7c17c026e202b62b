"""Inline suppression: directives in markup comments, applied as a filter after the rules ran.

    <!-- copydesk: disable-next-line PH001 -->
    <!-- copydesk: disable-line PH001 -->
    <!-- copydesk: disable PH001, bracket-placeholder -->  …  <!-- copydesk: enable PH001 -->
    <!-- copydesk: disable-file DU -->

Selectors are required (codes, code prefixes, rule names or ``all``); an optional reason may follow
`` -- ``. A malformed directive suppresses nothing and is reported as MD901.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from copydesk import rx
from copydesk.document import Document
from copydesk.model import Diagnostic, Span
from copydesk.registry import Registry

ACTIONS = ("disable-next-line", "disable-line", "disable-file", "disable", "enable")
_DIRECTIVE = rx.compile(r"^\s*copydesk\s*:(?P<rest>.*)$", re.IGNORECASE | re.DOTALL)


@dataclass(eq=False)
class Directive:
    """A ``copydesk: disable/enable/ignore`` comment and the rules it names."""

    action: str
    selectors: tuple[str, ...]
    codes: frozenset[str]
    span: Span
    error: str | None = None
    used: set[str] = field(default_factory=set)


def parse_directives(document: Document, registry: Registry) -> list[Directive]:
    directives = []
    for comment in document.comments:
        match = _DIRECTIVE.match(comment.body)
        if match:
            directives.append(_parse(match.group("rest"), comment.span, registry))
    return directives


def _parse(rest: str, span: Span, registry: Registry) -> Directive:
    body = re.split(r"\s--(?:\s|$)", rest, maxsplit=1)[0].strip()  # a reason may follow " -- "
    action, _, tail = re.sub(r"\s+", " ", body).partition(" ")
    action = action.lower()
    selectors = tuple(s for s in re.split(r"[\s,]+", tail.strip()) if s)
    if action not in ACTIONS:
        return Directive(action, selectors, frozenset(), span,
                         f"unknown directive '{action or rest.strip()}': use one of {', '.join(ACTIONS)}")
    if not selectors:
        return Directive(action, selectors, frozenset(), span,
                         f"'{action}' needs rule codes or names (or 'all'), e.g. 'copydesk: {action} PH001'")
    codes: set[str] = set()
    for selector in selectors:
        matched = registry.match(selector)
        if matched is None:
            return Directive(action, selectors, frozenset(), span, f"unknown rule '{selector}' in '{action}'")
        codes.update(r.code for r in matched)
    return Directive(action, selectors, frozenset(codes), span)


def apply(diagnostics: list[Diagnostic], directives: list[Directive], document: Document) -> list[Diagnostic]:
    """The diagnostics no valid directive suppresses; marks each directive's ``used`` codes."""
    valid = [d for d in directives if d.error is None]
    if not valid:
        return diagnostics
    lines = document.source.lines
    line_rules: dict[int, list[Directive]] = {}
    file_rules: list[Directive] = []
    ranges: list[tuple[Directive, str, int, int]] = []  # directive, code, from offset, to offset
    open_ranges: dict[str, tuple[Directive, int]] = {}
    for directive in sorted(valid, key=lambda d: d.span.start):
        if directive.action == "disable-file":
            file_rules.append(directive)
        elif directive.action == "disable-line":
            first, last = lines.position(directive.span.start)[0], lines.position(directive.span.end)[0]
            for line in range(first, last + 1):
                line_rules.setdefault(line, []).append(directive)
        elif directive.action == "disable-next-line":
            line_rules.setdefault(_next_text_line(document, directive.span.end), []).append(directive)
        elif directive.action == "disable":
            for code in directive.codes:
                open_ranges.setdefault(code, (directive, directive.span.end))
        else:  # enable
            for code in directive.codes:
                if code in open_ranges:
                    opener, start = open_ranges.pop(code)
                    ranges.append((opener, code, start, directive.span.start))
                    directive.used.add(code)
    ranges.extend((opener, code, start, len(document.text)) for code, (opener, start) in open_ranges.items())

    kept = []
    for diagnostic in diagnostics:
        line = lines.position(diagnostic.span.start)[0]
        candidates = [*file_rules, *line_rules.get(line, ())]
        candidates += [d for d, code, start, end in ranges
                       if code == diagnostic.code and start <= diagnostic.span.start < end]
        by = next((d for d in candidates if diagnostic.code in d.codes), None)
        if by is None:
            kept.append(diagnostic)
        else:
            by.used.add(diagnostic.code)
    return kept


def _next_text_line(document: Document, offset: int) -> int:
    """The first line after ``offset``'s line that holds more than whitespace."""
    lines = document.source.lines
    line = lines.position(offset)[0] + 1
    while line < lines.line_count and not lines.line_text(line).strip():
        line += 1
    return line
