"""The ``copydesk`` command line."""

from __future__ import annotations

import datetime as dt
import gc
import os
import sys
from collections.abc import Iterator
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from copydesk import __version__
from copydesk.config import ConfigError, ConfigResolver
from copydesk.engine import FileResult, lint_bytes
from copydesk.model import Severity
from copydesk.registry import Registry, RegistryError, load_registry
from copydesk.source import detect_format

if TYPE_CHECKING:
    from copydesk.runner import Settings

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  pretty_exceptions_enable=False,
                  help="copydesk: lint articles for placeholders, boilerplate, sourcing and more.",
                  context_settings={"help_option_names": ["-h", "--help"]})


class OutputFormat(str, Enum):
    concise = "concise"
    full = "full"
    grouped = "grouped"
    json = "json"
    jsonl = "jsonl"
    sarif = "sarif"
    github = "github"
    junit = "junit"


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"


class RulesFormat(str, Enum):
    table = "table"
    markdown = "markdown"
    json = "json"


class StatsFormat(str, Enum):
    table = "table"
    json = "json"


class EvaluateFormat(str, Enum):
    table = "table"
    json = "json"


SHOW_CHOICES = ("misses", "false-alarms", "unjudged")


class UsageError(Exception):
    """A problem with the command line; exit 2."""


def _version(value: bool) -> None:
    if value:
        typer.echo(f"copydesk {__version__}")
        raise typer.Exit()


@app.callback()
def _main(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                                help="Show the version and exit.")] = False) -> None:
    """copydesk: an article quality linter."""


def _split(values: list[str] | None) -> list[str]:
    return [part.strip() for value in values or [] for part in value.split(",") if part.strip()]


def _iso_date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _publication_date(value: str | None) -> str | None:
    try:
        _iso_date(value)
    except ValueError:
        raise typer.BadParameter(f"'{value}' is not a date like 2025-06-18") from None
    return value


@app.command()
def check(
    paths: Annotated[list[str], typer.Argument(help="Files or folders to lint; '-' reads standard input.")],
    select: Annotated[list[str] | None,
                      typer.Option(help="Only these rules (codes, prefixes, names).")] = None,
    extend_select: Annotated[list[str] | None, typer.Option(help="Rules to add to the selection.")] = None,
    ignore: Annotated[list[str] | None, typer.Option(help="Rules to switch off.")] = None,
    config: Annotated[Path | None, typer.Option(help="Use this config file for every path.")] = None,
    exclude: Annotated[list[str] | None, typer.Option(help="Glob of paths to skip in folders.")] = None,
    stdin_filename: Annotated[str | None,
                              typer.Option(help="Name (and format) of the text read from '-'.")] = None,
    output_format: Annotated[OutputFormat,
                             typer.Option(help="How to print diagnostics.")] = OutputFormat.concise,
    statistics: Annotated[bool, typer.Option("--statistics", help="Print counts per rule instead.")] = False,
    fail_on: Annotated[FailOn | None,
                       typer.Option(help="Lowest severity that fails (default: warning).")] = None,
    exit_zero: Annotated[bool, typer.Option("--exit-zero", help="Exit 0 even with findings.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print diagnostics only, no summary.")] = False,
    no_color: Annotated[bool, typer.Option("--no-color", help="Never color the output.")] = False,
    date: Annotated[str | None, typer.Option(
        "--date", metavar="YYYY-MM-DD", callback=_publication_date,
        help="Publication date of texts whose metadata and dateline give none.")] = None,
    jobs: Annotated[int | None, typer.Option(
        "--jobs", "-j", min=1, help="Worker processes (default: one per core for many files, "
                                    "one process for a single file).")] = None,
    no_cache: Annotated[bool, typer.Option(
        "--no-cache", envvar="COPYDESK_NO_CACHE",
        help="Neither read nor write the result cache (.copydesk_cache/).")] = False,
) -> None:
    """Lint articles (plain text, Markdown, HTML) and print diagnostics."""
    from copydesk.formatters import FORMATTERS, HUMAN_FORMATS, Report, summary
    from copydesk.formatters import statistics as stats_format
    from copydesk.runner import Settings

    registry = _rules()
    overrides = (_split(select) or None, _split(extend_select), _split(ignore))
    resolver = ConfigResolver(registry, config, overrides, _iso_date(date))
    settings = Settings(config, overrides, _iso_date(date), use_cache=not no_cache)
    try:
        results = _lint_paths(paths, resolver, _split(exclude), stdin_filename, settings, jobs)
    except KeyboardInterrupt:
        typer.echo("copydesk: interrupted", err=True)
        raise typer.Exit(130) from None

    color = not no_color and "NO_COLOR" not in os.environ and sys.stdout.isatty()
    report = Report(results, registry, color=color)
    fmt = output_format.value
    output = stats_format(report) if statistics else FORMATTERS[fmt](report)
    if not quiet and fmt in HUMAN_FORMATS and not statistics:
        output += summary(report)
    sys.stdout.write(output)
    sys.stdout.flush()
    for result in results:
        for error in result.errors:
            typer.echo(f"{result.path}: error: {error}", err=True)
    if not quiet:  # checks that could not run (no LanguageTool, no dictionary): once a run, not per file
        for notice in dict.fromkeys(notice for result in results for notice in result.notices):
            typer.echo(f"copydesk: {notice}", err=True)

    if any(result.errors for result in results):
        raise typer.Exit(2)
    if exit_zero:
        raise typer.Exit(0)
    for result in results:
        threshold = Severity.parse(fail_on.value) if fail_on else (
            resolver.for_path(Path(result.path)).fail_on or Severity.WARNING)
        if any(d.severity >= threshold for d in result.diagnostics):
            raise typer.Exit(1)


def _lint_paths(paths: list[str], resolver: ConfigResolver, exclude: list[str],
                stdin_filename: str | None, settings: Settings, jobs: int | None) -> list[FileResult]:
    from copydesk.runner import Linter, lint_files

    results: list[FileResult | None] = []
    files: list[tuple[int, Path | str, str]] = []  # (place in results, path, display name)
    for raw in paths:
        if raw == "-":
            name = stdin_filename or "-"
            config = resolver.for_path(Path(name) if stdin_filename else Path.cwd() / "stdin.txt")
            results.append(lint_bytes(name, sys.stdin.buffer.read(), config, resolver.registry,
                                      detect_format(name)))
            continue
        path = Path(raw)
        found: list[tuple[Path | str, str]]
        if path.is_dir():
            found = [(name, name) for name in _walk(path, resolver, exclude)]
        elif path.exists():
            found = [(path, raw)]
        else:
            results.append(FileResult(raw, errors=["no such file or folder"]))
            continue
        for file, display in found:
            files.append((len(results), file, display))
            results.append(None)
    linted = lint_files([(file, display) for _, file, display in files], Linter(resolver, settings.use_cache),
                        settings, jobs)
    for (index, _, _), result in zip(files, linted, strict=True):
        results[index] = result
    return results  # type: ignore[return-value]


def _walk(folder: Path, resolver: ConfigResolver, exclude: list[str]) -> list[str]:
    """The files to lint under ``folder``, named as ``str(folder / relative path)`` names them.

    Plain string work per file: each folder's configuration and its place in the project are found
    once, and a file costs a few regex matches."""
    from copydesk.config import glob_matcher

    excluded_here = glob_matcher(tuple(exclude))  # --exclude: paths relative to ``folder``
    top = os.fspath(folder)
    found = []
    for directory, subdirs, files in os.walk(top):
        rules = resolver.for_folder(directory).folder_filter(directory)
        subdirs[:] = sorted(d for d in subdirs if not rules.excluded(d) and not excluded_here(d))
        below = directory[len(top):].lstrip(os.sep).replace(os.sep, "/")
        prefix = f"{below}/" if below else ""
        shown = str(Path(directory))  # as pathlib spells it: "./news" is "news"
        for name in sorted(files):
            if rules.included(name) and not rules.excluded(name) and not excluded_here(prefix + name):
                found.append(name if shown == os.curdir else os.path.join(shown, name))
    return found


def _rules() -> Registry:
    """The loaded rules. Start-up is then over: in the console, collections go back to their usual
    pace (see ``main``) and leave the objects made so far, which live as long as the process, out."""
    registry = load_registry()
    if _console:
        gc.freeze()
        gc.set_threshold(*_USUAL_GC_THRESHOLDS)
    return registry


def _project_registry(config: Path | None) -> Registry:
    """The installed rules plus the rule-paths of ``--config``, or of the configuration found from here."""
    return ConfigResolver(_rules(), config).registry_for(Path.cwd())


ConfigOption = Annotated[Path | None, typer.Option(
    help="Configuration whose rule-paths to include (default: the one found from the current folder).")]


@app.command()
def clean(config: Annotated[Path | None, typer.Option(
        help="Clean the project of this config file (default: the config above the current folder).")]
          = None) -> None:
    """Delete the result cache (.copydesk_cache/) of the current project."""
    from copydesk.cache import CACHE_DIR_NAME
    from copydesk.cache import clean as clean_cache
    from copydesk.config import find_config_file

    if config is not None and not config.is_file():
        raise UsageError(f"{config}: config file not found")
    found = config or find_config_file(Path.cwd())
    root = found.resolve().parent if found else Path.cwd()
    if clean_cache(root):
        typer.echo(f"removed {root / CACHE_DIR_NAME}")
    else:
        typer.echo(f"no cache in {root}")


@app.command()
def rules(fmt: Annotated[RulesFormat, typer.Option("--format", help="table, markdown (the rules reference) "
                                                                    "or json.")] = RulesFormat.table,
          config: ConfigOption = None) -> None:
    """List every rule: code, name, severity, scope and summary."""
    import json

    from copydesk.ruledoc import parse_doc, rules_markdown

    registry = _project_registry(config)
    if fmt is RulesFormat.markdown:
        sys.stdout.write(rules_markdown(registry))
        return
    rows = [(r.code, r.name, r.severity.label, r.scope.value, "on" if r.default_enabled else "opt-in", r.pack,
             parse_doc(r.doc).summary) for r in registry.rules]
    if fmt is RulesFormat.json:
        keys = ("code", "name", "severity", "scope", "default", "pack", "summary")
        typer.echo(json.dumps([dict(zip(keys, row, strict=True)) for row in rows], indent=2))
        return
    header = ("CODE", "NAME", "SEVERITY", "SCOPE", "DEFAULT", "PACK", "SUMMARY")
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(6)]
    for row in [header, *rows]:
        cells = "  ".join(str(cell).ljust(width) for cell, width in zip(row, widths, strict=False))
        typer.echo(f"{cells}  {row[6]}")


@app.command()
def explain(rule: Annotated[str, typer.Argument(help="A rule code or name, e.g. PH001.")],
            config: ConfigOption = None) -> None:
    """Show a rule's documentation."""
    registry = _project_registry(config)
    item = registry.get(rule)
    if item is None:
        raise UsageError(f"unknown rule '{rule}'; 'copydesk rules' lists them")
    typer.echo(f"{item.code} ({item.name})")
    typer.echo(f"severity: {item.severity.label} · scope: {item.scope.value} · "
               f"{'on by default' if item.default_enabled else 'opt-in'} · pack: {item.pack}\n")
    typer.echo(item.doc.strip("\n"))


@app.command()
def evaluate(
    labels: Annotated[Path, typer.Argument(
        help="Expected findings: a .jsonl or .tsv file of path, line, code.")],
    select: Annotated[list[str] | None,
                      typer.Option(help="Only these rules (codes, prefixes, names).")] = None,
    extend_select: Annotated[list[str] | None, typer.Option(help="Rules to add to the selection.")] = None,
    ignore: Annotated[list[str] | None, typer.Option(help="Rules to switch off.")] = None,
    config: Annotated[Path | None, typer.Option(help="Use this config file for every path.")] = None,
    exact_code: Annotated[bool, typer.Option(
        "--exact-code", help="Match a label's code exactly (default: any rule of its family on that line); "
                             "a label that is only a family prefix still matches by family.")] = False,
    min_severity: Annotated[FailOn, typer.Option(
        help="Count only findings at or above this severity.")] = FailOn.info,
    show: Annotated[list[str] | None, typer.Option(
        help="After the table, list misses, false-alarms, unjudged or all (comma-separated or "
             "repeated).")] = None,
    output_format: Annotated[EvaluateFormat, typer.Option(
        help="table, or json (every count and list) for machines.")] = EvaluateFormat.table,
    fail_under_precision: Annotated[float | None, typer.Option(
        min=0.0, max=1.0, help="Exit 1 when the total precision is below this (0-1).")] = None,
    fail_under_recall: Annotated[float | None, typer.Option(
        min=0.0, max=1.0, help="Exit 1 when the total recall is below this (0-1).")] = None,
) -> None:
    """Measure rules against labelled files: true and false positives, misses, precision, recall, F1.

    LABELS names, per line, a file (relative to the labels file's folder), a line and the rule code
    (PH001) or family (PH) expected there. A row with code '-' marks a file as fully labelled: a finding
    there that matches no label is a false alarm. In other files such a finding is unjudged: listed with
    --show unjudged, but not counted. Only labelled files are linted. Exit 0 when the measurement ran, 1
    when below a --fail-under threshold (an undefined score never fails), 2 on bad labels or unreadable
    files.
    """
    import json

    from copydesk import evaluate as ev

    wanted = _split(show)
    for item in wanted:
        if item not in (*SHOW_CHOICES, "all"):
            raise typer.BadParameter(f"{item!r} is not one of {', '.join(SHOW_CHOICES)}, all",
                                     param_hint="--show")
    lists = [kind for kind in SHOW_CHOICES if kind in wanted or "all" in wanted]

    overrides = (_split(select) or None, _split(extend_select), _split(ignore))
    resolver = ConfigResolver(_rules(), config, overrides)
    registry = resolver.registry_for(labels.resolve().parent)  # house rules named in rule-paths count too
    try:
        items = ev.read_labels(labels, registry, str(labels))
        files, errors = ev.lint_labelled(items, resolver, Severity.parse(min_severity.value))
    except ev.LabelError as exc:
        typer.echo(f"copydesk: error: {exc}", err=True)
        raise typer.Exit(2) from None
    if errors:
        for error in errors:
            typer.echo(error, err=True)
        raise typer.Exit(2)
    result = ev.evaluate(items, files, registry, exact_code=exact_code)

    if output_format is EvaluateFormat.json:
        sys.stdout.write(json.dumps(result.as_dict(), indent=2, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(ev.table(result) + "\n" + ev.summary(result) + ev.listing(result, lists))
    sys.stdout.flush()

    failed = False
    for label, value, floor in (("precision", result.total.precision, fail_under_precision),
                                ("recall", result.total.recall, fail_under_recall)):
        if floor is not None and value is not None and value < floor:
            typer.echo(f"copydesk: total {label} {value:.3f} is below {floor:g}", err=True)
            failed = True
    if failed:
        raise typer.Exit(1)


@app.command()
def stats(
    paths: Annotated[list[str], typer.Argument(help="Files or folders; '-' reads standard input.")],
    config: Annotated[Path | None, typer.Option(help="Use this config file for every path.")] = None,
    exclude: Annotated[list[str] | None, typer.Option(help="Glob of paths to skip in folders.")] = None,
    stdin_filename: Annotated[str | None,
                              typer.Option(help="Name (and format) of the text read from '-'.")] = None,
    output_format: Annotated[StatsFormat, typer.Option(help="table or json.")] = StatsFormat.table,
) -> None:
    """Readability scores of each article (textstat), beside the configured target grade."""
    import json

    from copydesk.parse import parse
    from copydesk.readability import prose, scores
    from copydesk.source import InputError, read_source

    registry = _rules()
    resolver = ConfigResolver(registry, config, (None, [], []))
    reading_level = registry.get("RD001")
    rows, failed = [], False
    for name, path, data in _read_paths(paths, resolver, _split(exclude), stdin_filename):
        try:
            if isinstance(data, str):
                raise InputError(data)
            text = prose(parse(read_source(name, data, detect_format(name))))
        except InputError as exc:
            typer.echo(f"{name}: error: {exc}", err=True)
            failed = True
            continue
        found = scores(text).as_dict() if text else None
        target = resolver.for_path(path).settings_for(reading_level)[1].max_grade if reading_level else None
        meets = None if found is None or target is None else found["flesch_kincaid_grade"] <= target
        rows.append({"path": name, **(found or {}), "target_grade": target, "meets_target": meets})
    if output_format is StatsFormat.json:
        typer.echo(json.dumps(rows, indent=2))
    else:
        _stats_table(rows)
    if failed:
        raise typer.Exit(2)


def _read_paths(paths: list[str], resolver: ConfigResolver, exclude: list[str],
                stdin_filename: str | None) -> Iterator[tuple[str, Path, bytes | str]]:
    """``(name, path, bytes)`` of every file to read; a message instead of bytes when it cannot be read."""
    for raw in paths:
        if raw == "-":
            yield stdin_filename or "-", Path(stdin_filename or "stdin.txt"), sys.stdin.buffer.read()
            continue
        path = Path(raw)
        files = ([(name, Path(name)) for name in _walk(path, resolver, exclude)] if path.is_dir()
                 else [(raw, path)])
        for name, file in files:
            try:
                yield name, file, file.read_bytes()
            except FileNotFoundError:
                yield name, file, "no such file or folder"
            except OSError as exc:
                yield name, file, f"cannot read: {exc.strerror or exc}"


def _stats_table(rows: list[dict]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table()
    for header in ("File", "Words", "Sentences", "Reading ease", "FK grade", "Target", "Gunning fog", "SMOG",
                   "Dale-Chall"):
        table.add_column(header, justify="left" if header == "File" else "right")
    for row in rows:
        if "words" not in row:
            table.add_row(row["path"], *["-"] * 8)
            continue
        grade = f"{row['flesch_kincaid_grade']:.1f}"
        if row["meets_target"] is False:
            grade = f"[bold red]{grade}[/]"
        smog = "-" if row["smog_index"] is None else f"{row['smog_index']:.1f}"
        target = "-" if row["target_grade"] is None else f"{row['target_grade']:g}"
        table.add_row(row["path"], str(row["words"]), str(row["sentences"]),
                      f"{row['flesch_reading_ease']:.1f}", grade, target, f"{row['gunning_fog']:.1f}", smog,
                      f"{row['dale_chall']:.1f}")
    terminal = sys.stdout.isatty()
    # Piped output keeps every column whole: there is no screen width to fit.
    Console(no_color=not terminal or "NO_COLOR" in os.environ, highlight=False,
            width=None if terminal else 10_000).print(table)


grammar_app = typer.Typer(no_args_is_help=True, rich_markup_mode=None,
                          help="LanguageTool for the GR rules: install it, or see what copydesk uses.")
app.add_typer(grammar_app, name="grammar")


@grammar_app.command("install")
def grammar_install(version: Annotated[str | None, typer.Option(
        help="LanguageTool version (default: language-tool-python's).")] = None) -> None:
    """Download LanguageTool (about 250 MB) into language-tool-python's folder, for local mode.

    `copydesk check` never downloads; after this, it starts the installed LanguageTool (Java 17 or
    newer) when no server is configured. Exit 2 when the download fails.
    """
    from copydesk.languagetool import InstallError, install

    try:
        install(version, lambda message: typer.echo(message, err=True))
    except InstallError as exc:
        typer.echo(f"copydesk: error: {exc}", err=True)
        raise typer.Exit(2) from None


@grammar_app.command("status")
def grammar_status(config: Annotated[Path | None, typer.Option(
        help="Use this config file (default: the nearest to the current folder).")] = None) -> None:
    """Say which LanguageTool the GR rules use here, whether it answers, and the speller's dictionary."""
    from copydesk.grammar import plan
    from copydesk.speller import Dictionary, dictionary

    settings = ConfigResolver(_rules(), config).for_path(Path.cwd() / "_").grammar
    chosen = plan(settings)
    typer.echo(f"mode: {settings.mode}; language: {settings.language}")
    if chosen.kind == "off":
        typer.echo(f"LanguageTool: off{': ' + chosen.notice if chosen.notice else ''}")
    else:
        from copydesk.languagetool import Unavailable, client_for

        try:
            identity = client_for(chosen, settings).identity()
            typer.echo(f"LanguageTool: {chosen.kind} {chosen.where}: {identity}")
        except Unavailable as exc:
            typer.echo(f"LanguageTool: {chosen.kind} {chosen.where}: not usable: {exc}")
    speller = dictionary(settings.language)
    found = f"hunspell {speller.tag}" if isinstance(speller, Dictionary) else speller
    typer.echo(f"offline speller (GR101): {found}")


_console = False  # running as the `copydesk` command, which ends with the run (not called in-process)
_USUAL_GC_THRESHOLDS = gc.get_threshold()


def main() -> None:
    """Console entry point: no traceback ever reaches the user for bad input or config."""
    global _console
    _console = True
    # Start-up makes a few hundred thousand objects that live as long as the process (the rules and
    # their patterns): collecting while they are made only walks them again and again, about 8 ms of
    # a one-file run. Collections are rare until the rules are loaded (``_rules``).
    gc.set_threshold(100_000, 50, 100)
    try:
        app()  # standalone: usage errors print a message and exit 2
        status: int | str | None = 0
    except SystemExit as exc:
        status = exc.code
    except (ConfigError, RegistryError, UsageError) as exc:
        typer.echo(f"copydesk: error: {exc}", err=True)
        status = 2
    except Exception as exc:  # pragma: no cover - a bug; say so in one line
        typer.echo(f"copydesk: internal error: {type(exc).__name__}: {exc}; please report it", err=True)
        status = 2
    _exit(status)


def _exit(status: int | str | None) -> None:
    """End the process as ``sys.exit(status)`` does, but without the interpreter's teardown, which
    frees every object one by one (the rules, their patterns, the speller's dictionary: about 10 ms of
    a one-file run) for a process that is ending anyway. Exit handlers still run; with another thread
    still going, the usual exit waits for it."""
    import atexit
    import contextlib
    import threading

    if threading.active_count() > 1:
        gc.freeze()  # spare the last collections a walk over every object (about 50 ms)
        sys.exit(status)
    if isinstance(status, str):  # sys.exit("message")
        print(status, file=sys.stderr)
        status = 1
    atexit._run_exitfuncs()  # the interpreter's own exit step: LanguageTool stopped, patterns saved
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe ("copydesk check | head")
            stream.flush()
    os._exit(status or 0)


if __name__ == "__main__":
    main()
