"""Helpers for testing rules, for copydesk itself and for third-party rule packs.

    from copydesk.testing import lint

    def test_flags_tbd():
        assert lint("Launch is TBD.", select="PH003").positions() == [(1, 11, "PH003")]
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from copydesk.config import Config, parse_config
from copydesk.engine import lint_source
from copydesk.model import Diagnostic
from copydesk.registry import load_registry
from copydesk.source import Format, Source, detect_format


@dataclass
class LintResult:
    """The diagnostics of a linted text, with helpers for assertions."""

    source: Source
    diagnostics: list[Diagnostic]

    def codes(self) -> list[str]:
        return [d.code for d in self.diagnostics]

    def positions(self) -> list[tuple[int, int, str]]:
        """(line, column, code) of each diagnostic, 1-based."""
        return [(*self.source.lines.position(d.span.start), d.code) for d in self.diagnostics]

    def texts(self) -> list[str]:
        """The flagged source text of each diagnostic."""
        return [self.source.text[d.span.start:d.span.end] for d in self.diagnostics]

    def messages(self) -> list[str]:
        return [d.message for d in self.diagnostics]

    def fixed(self, *, unsafe: bool = False) -> str:
        """The text after applying every (safe, unless ``unsafe``) fix."""
        from copydesk.fixes import apply_fixes

        return apply_fixes(self.source.text, self.diagnostics, unsafe=unsafe)[0]


def lint(text: str, select: str | list[str] | None = None, *, format: str | None = None,
         path: str = "article.txt", rules: dict[str, Any] | None = None,
         config: dict[str, Any] | None = None, date: dt.date | str | None = None) -> LintResult:
    """Lint ``text`` as if it were the file ``path`` (its suffix picks the format unless ``format``).

    ``select`` narrows the rules; ``rules`` holds per-rule settings as in ``[tool.copydesk.rules]``;
    ``date`` is the publication date for a text whose metadata has none, as ``check --date`` gives it.
    """
    registry = load_registry()
    data = dict(config or {})
    if select is not None:
        data["select"] = [select] if isinstance(select, str) else list(select)
    if rules:
        data["rules"] = rules
    settings: Config = parse_config(data, registry)
    if date is not None:
        day = dt.date.fromisoformat(date) if isinstance(date, str) else date
        settings = dataclasses.replace(settings, date=day)
    fmt = Format(format) if format else detect_format(path)
    source = Source(path=str(Path(path)), text=text, format=fmt)
    result = lint_source(source, settings, registry)
    if result.errors:
        raise AssertionError("; ".join(result.errors))
    return LintResult(source, result.diagnostics)
