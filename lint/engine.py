"""The lint pipeline: read → parse → rules → config filter → suppression → sorted diagnostics."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from copydesk import suppress
from copydesk.config import Config, ConfigResolver
from copydesk.document import Document
from copydesk.model import Diagnostic
from copydesk.parse import parse
from copydesk.registry import Context, Registry, Rule
from copydesk.source import Format, InputError, Source, read_source

INVALID_DIRECTIVE = "MD901"
UNUSED_DIRECTIVE = "MD902"


@dataclass
class FileResult:
    """What linting one file gave: diagnostics, errors that stopped it, notices for the run."""

    path: str
    source: Source | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # problems that stop this file being linted fully
    notices: list[str] = field(default_factory=list)  # checks skipped (e.g. no LanguageTool): said once a run


def lint_source(source: Source, config: Config, registry: Registry) -> FileResult:
    result = FileResult(source.path, source)
    try:
        document = parse(source)
    except InputError as exc:
        result.errors.append(str(exc))
        return result
    if config.date is not None and document.metadata.date is None:
        document.metadata.date = config.date
        document.metadata.date_text = config.date.isoformat()
        document.metadata.origin["date"] = "command-line"
    registry = config.registry or registry  # with the configuration's own rule-paths
    rules = config.enabled_rules(registry, Path(source.path))
    found: list[Diagnostic] = []
    # Rules that prepare in the background (a dictionary to load) run last, to give it the most time.
    for item in sorted(rules, key=lambda r: r.prepare is not None):
        if item.code in (INVALID_DIRECTIVE, UNUSED_DIRECTIVE):
            continue  # produced below, from the directives themselves
        severity, options = config.settings_for(item)
        ctx = Context(rule=item, options=options, document=document, severity=severity, config=config)
        try:
            found.extend(item.run(document, ctx))
        except Exception as exc:  # one broken rule must not hide the others' findings
            result.errors.append(f"internal error in rule {item.code} ({item.name}): "
                                 f"{type(exc).__name__}: {exc}; please report it")
    directives = suppress.parse_directives(document, registry)
    kept = suppress.apply(found, directives, document)
    kept.extend(_directive_diagnostics(directives, rules, config, document))
    result.diagnostics = sort_diagnostics(kept)
    result.notices = list(dict.fromkeys(document.notices))
    return result


def _directive_diagnostics(directives: list[suppress.Directive], rules: list[Rule], config: Config,
                           document: Document) -> Iterator[Diagnostic]:
    enabled = {r.code: r for r in rules}
    for code, wanted in ((INVALID_DIRECTIVE, lambda d: d.error is not None),
                         (UNUSED_DIRECTIVE, lambda d: d.error is None and not d.used)):
        item = enabled.get(code)
        if item is None:
            continue
        severity, options = config.settings_for(item)
        ctx = Context(rule=item, options=options, document=document, severity=severity, config=config)
        for directive in directives:
            if wanted(directive):
                yield from item.check(directive, ctx)


def sort_diagnostics(diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
    unique = {(d.span, d.code, d.message): d for d in diagnostics}
    return sorted(unique.values(), key=lambda d: (d.span.start, d.span.end, d.code, d.message))


def lint_bytes(path: str, data: bytes, config: Config, registry: Registry,
               fmt: Format | None = None) -> FileResult:
    try:
        source = read_source(path, data, fmt)
    except InputError as exc:
        return FileResult(path, errors=[str(exc)])
    return lint_source(source, config, registry)


def lint_file(path: Path, resolver: ConfigResolver, display: str | None = None) -> FileResult:
    display = display or str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return FileResult(display, errors=[f"cannot read: {exc.strerror or exc}"])
    return lint_bytes(display, data, resolver.for_path(path), resolver.registry)
