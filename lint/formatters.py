"""Output formats. Each turns the per-file results into text; the CLI prints it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from pathlib import PurePath

from copydesk.engine import FileResult
from copydesk.model import Diagnostic, Severity
from copydesk.registry import Registry

_COLORS = {Severity.ERROR: "\033[31m", Severity.WARNING: "\033[33m", Severity.INFO: "\033[36m"}
_BOLD, _DIM, _RESET = "\033[1m", "\033[2m", "\033[0m"


@dataclass
class Report:
    """The results of a run as the output formats print them."""

    results: list[FileResult]
    registry: Registry
    color: bool = False

    @cached_property
    def rows(self) -> list[tuple[FileResult, Diagnostic, int, int, int, int]]:
        """(result, diagnostic, line, column, end_line, end_column), sorted by path, line, column.

        Computed once: a run prints a format and a summary from the same rows.
        """
        rows = []
        for result in self.results:
            if result.source is None:
                continue
            lines = result.source.lines
            for d in result.diagnostics:
                line, column = lines.position(d.span.start)
                end_line, end_column = lines.position(d.span.end)
                rows.append((result, d, line, column, end_line, end_column))
        rows.sort(key=lambda r: (r[0].path, r[2], r[3], r[1].code))
        return rows

    def paint(self, text: str, *styles: str) -> str:
        return f"{''.join(styles)}{text}{_RESET}" if self.color else text


def concise(report: Report) -> str:
    out = []
    for result, d, line, column, _, _ in report.rows:
        location = report.paint(f"{result.path}:{line}:{column}:", _BOLD)
        out.append(f"{location} {report.paint(d.code, _COLORS[d.severity], _BOLD)} {d.message}")
    return _lines(out)


def full(report: Report) -> str:
    out = []
    for result, d, line, column, end_line, end_column in report.rows:
        location = report.paint(f"{result.path}:{line}:{column}:", _BOLD)
        out.append(f"{location} {report.paint(d.code, _COLORS[d.severity], _BOLD)} "
                   f"[{d.severity.label}] {d.message} ({d.name})")
        text = result.source.lines.line_text(line).replace("\t", " ")  # type: ignore[union-attr]
        gutter = " " * len(str(line))
        width = max(1, (end_column if end_line == line else len(text) + 1) - column)
        out += [f"{gutter} |", f"{line} | {text}",
                f"{gutter} | {' ' * (column - 1)}{report.paint('^' * width, _COLORS[d.severity])}", ""]
    return _lines(out)


def grouped(report: Report) -> str:
    out: list[str] = []
    current = None
    for result, d, line, column, _, _ in report.rows:
        if result.path != current:
            if current is not None:
                out.append("")
            out.append(report.paint(result.path, _BOLD))
            current = result.path
        severity = report.paint(f"{d.severity.label:<7}", _COLORS[d.severity])
        out.append(f"  {f'{line}:{column}':<9} {severity}  {d.code}  {d.message}")
    return _lines(out)


def _record(result: FileResult, d: Diagnostic, line: int, column: int, end_line: int,
            end_column: int) -> dict:
    return {"path": result.path, "line": line, "column": column, "end_line": end_line,
            "end_column": end_column, "code": d.code, "name": d.name, "severity": d.severity.label,
            "message": d.message}


def json_format(report: Report) -> str:
    import json

    return json.dumps([_record(*row) for row in report.rows], indent=2, ensure_ascii=False) + "\n"


def jsonl(report: Report) -> str:
    import json

    return "".join(json.dumps(_record(*row), ensure_ascii=False) + "\n" for row in report.rows)


def github(report: Report) -> str:
    kinds = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
    out = []
    for result, d, line, column, end_line, end_column in report.rows:
        props = (f"file={_gh_property(result.path)},line={line},col={column},endLine={end_line},"
                 f"endColumn={end_column},title={_gh_property(f'{d.code} ({d.name})')}")
        out.append(f"::{kinds[d.severity]} {props}::{_gh_data(d.message)}")
    return _lines(out)


def _gh_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_property(text: str) -> str:
    return _gh_data(text).replace(":", "%3A").replace(",", "%2C")


def sarif(report: Report) -> str:
    import json

    from copydesk import __version__

    rows = report.rows
    used = sorted({d.code for _, d, *_ in rows})
    index = {code: i for i, code in enumerate(used)}
    levels = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
    rules = []
    for code in used:
        item = report.registry.get(code)
        entry: dict = {"id": code}
        if item is not None:
            entry |= {"name": item.name, "shortDescription": {"text": item.summary},
                      "fullDescription": {"text": item.doc.strip()},
                      "defaultConfiguration": {"level": levels[item.severity]},
                      "properties": {"pack": item.pack, "scope": item.scope.value}}
        rules.append(entry)
    results = []
    for result, d, line, column, end_line, end_column in rows:
        results.append({
            "ruleId": d.code, "ruleIndex": index[d.code], "level": levels[d.severity],
            "message": {"text": d.message},
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": _uri(result.path)},
                "region": {"startLine": line, "startColumn": column, "endLine": end_line,
                           "endColumn": end_column, "charOffset": d.span.start,
                           "charLength": d.span.end - d.span.start}}}],
        })
    notifications = [{"level": "error", "message": {"text": error},
                      "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(r.path)}}}]}
                     for r in report.results for error in r.errors]
    log = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "copydesk", "version": __version__, "semanticVersion": __version__,
                                "rules": rules}},
            "columnKind": "unicodeCodePoints",  # columns count characters, not UTF-16 code units
            "invocations": [{"executionSuccessful": not notifications,
                             "toolExecutionNotifications": notifications}],
            "results": results,
        }],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def _uri(path: str) -> str:
    from urllib.parse import quote

    return quote(PurePath(path).as_posix(), safe="/")  # a '#' or '?' in a file name is not a URI part


def junit(report: Report) -> str:
    from xml.etree import ElementTree as ET

    rows = report.rows
    by_path: dict[str, list] = {r.path: [] for r in report.results}
    for row in rows:
        by_path[row[0].path].append(row)
    errors_by_path = {r.path: r.errors for r in report.results}
    root = ET.Element("testsuites", name="copydesk", failures=str(len(rows)),
                      errors=str(sum(len(e) for e in errors_by_path.values())))
    total = 0
    for path, path_rows in sorted(by_path.items()):
        errors = errors_by_path.get(path, [])
        suite = ET.SubElement(root, "testsuite", name=path, tests=str(max(len(path_rows) + len(errors), 1)),
                              failures=str(len(path_rows)), errors=str(len(errors)))
        for _, d, line, column, _, _ in path_rows:
            case = ET.SubElement(suite, "testcase", name=f"{d.code} at line {line}, column {column}",
                                 classname=path)
            failure = ET.SubElement(case, "failure", message=d.message, type=d.code)
            failure.text = f"{path}:{line}:{column}: {d.code} {d.message}"
        for error in errors:
            case = ET.SubElement(suite, "testcase", name="read and parse", classname=path)
            ET.SubElement(case, "error", message=error, type="InputError")
        if not path_rows and not errors:
            ET.SubElement(suite, "testcase", name="copydesk", classname=path)
        total += int(suite.get("tests", "0"))
    root.set("tests", str(total))  # the sum of the suites' test cases, as JUnit readers expect
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def statistics(report: Report) -> str:
    counts = Counter((d.code, d.name) for _, d, *_ in report.rows)
    width = len(str(max(counts.values(), default=0)))
    return _lines(f"{count:>{width}}  {code}  {name}" for (code, name), count in
                  sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def summary(report: Report) -> str:
    counts = Counter(d.severity for _, d, *_ in report.rows)
    total = sum(counts.values())
    if not total:
        return ""
    parts = ", ".join(f"{counts[s]} {s.label}{'s' if counts[s] != 1 and s is not Severity.INFO else ''}"
                      for s in (Severity.ERROR, Severity.WARNING, Severity.INFO) if counts[s])
    files = len({r[0].path for r in report.rows})
    return (f"Found {total} problem{'s' if total != 1 else ''} ({parts}) "
            f"in {files} file{'s' if files != 1 else ''}.\n")


def _lines(lines) -> str:
    text = "\n".join(lines)
    return text + "\n" if text else ""


FORMATTERS: dict[str, Callable[[Report], str]] = {
    "concise": concise,
    "full": full,
    "grouped": grouped,
    "json": json_format,
    "jsonl": jsonl,
    "sarif": sarif,
    "github": github,
    "junit": junit,
}
HUMAN_FORMATS = frozenset({"concise", "full", "grouped"})
