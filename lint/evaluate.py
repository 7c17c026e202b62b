"""Detection quality: compare copydesk's findings with labelled expectations.

A labels file lists the findings a person expects: ``path``, ``line`` and a rule ``code`` (``PH001``), a
family prefix (``PH``), or ``-`` for "this file is fully labelled". :func:`read_labels` reads one,
:func:`lint_labelled` lints the files it names, and :func:`evaluate` matches the two into counts per
rule, per family and in total, plus the lists of misses, false alarms and unjudged findings.

Matching is by (path, line, key): the key is the family by default or the code with ``exact_code``
(a family-only label always matches by family). A finding covers every line from its start to its
end; findings of one key starting on one line count once. A label matched by a finding is a true
positive, an unmatched label a miss (false negative). An unmatched finding is a false alarm only in
a fully labelled file; elsewhere nobody said whether it is right, so it is *unjudged*.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from copydesk.config import ConfigResolver
from copydesk.engine import lint_file
from copydesk.model import Diagnostic, Severity
from copydesk.registry import FAMILIES, Registry, family_of

FULLY_LABELLED = "-"
COLUMNS = ("path", "line", "code", "note")
REQUIRED_COLUMNS = ("path", "line", "code")


class LabelError(Exception):
    """A labels file that cannot be used; the message starts with ``file:line:`` where it can."""


@dataclass
class Counts:
    """True positives, false positives and false negatives, and the scores they give."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float | None:
        """None when nothing was predicted: precision is undefined, not 0 or 1."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        denominator = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denominator if denominator else None


@dataclass(frozen=True)
class Label:
    """One expected finding (or, with code ``-``, the mark of a fully labelled file)."""

    path: str        # shown in reports: the labels file's folder joined with the path as written
    file: Path       # absolute, for identity
    line: int        # 1-based; 0 for a ``-`` row
    code: str        # "PH001", "PH" or "-"
    note: str = ""
    where: str = ""  # "labels.tsv:7", for messages

    @property
    def family(self) -> str:
        return family_of(self.code)

    def key(self, exact_code: bool) -> str:
        return self.code if exact_code else self.family


@dataclass(frozen=True)
class Finding:
    """A diagnostic placed on lines (1-based, ``end_line`` inclusive)."""

    path: str
    line: int
    end_line: int
    column: int
    diagnostic: Diagnostic

    @property
    def code(self) -> str:
        return self.diagnostic.code

    def key(self, exact_code: bool) -> str:
        return self.code if exact_code else family_of(self.code)


@dataclass
class LintedFile:
    """What the selected rules found in one labelled file, and which rules ran there."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    enabled: frozenset[str] = frozenset()  # codes of the rules that ran, at or above the minimum severity
    line_count: int = 0


# ---------------------------------------------------------------------------------------------
# Reading labels


def read_labels(path: Path, registry: Registry, display: str | None = None) -> list[Label]:
    """Read a ``.jsonl`` or ``.tsv`` labels file; raise :class:`LabelError` naming the line on bad input."""
    display = display or str(path)
    suffix = path.suffix.lower()
    if suffix not in (".jsonl", ".tsv"):
        raise LabelError(f"{display}: a labels file must end in .jsonl or .tsv")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise LabelError(f"{display}: labels file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise LabelError(f"{display}: cannot read: {getattr(exc, 'strerror', None) or exc}") from None
    rows = _jsonl_rows(text, display) if suffix == ".jsonl" else _tsv_rows(text, display)
    base = Path(display).parent
    labels = [_label(row, number, display, base, registry) for number, row in rows]
    if not labels:
        raise LabelError(f"{display}: no labels")
    return labels


def _jsonl_rows(text: str, display: str) -> Iterable[tuple[int, dict[str, object]]]:
    for number, raw in enumerate(text.splitlines(), 1):
        if not raw.strip():
            continue
        try:
            row = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise LabelError(f"{display}:{number}: not valid JSON: {exc.msg}") from None
        if not isinstance(row, dict):
            raise LabelError(f"{display}:{number}: expected a JSON object such as "
                             '{"path": "a.md", "line": 3, "code": "PH001"}')
        _check_columns(row.keys(), display, number, required=("path", "code"))  # '-' rows need no line
        yield number, row


def _tsv_rows(text: str, display: str) -> Iterable[tuple[int, dict[str, object]]]:
    header: list[str] | None = None
    for number, raw in enumerate(text.splitlines(), 1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        cells = next(csv.reader(io.StringIO(raw), delimiter="\t", quoting=csv.QUOTE_NONE))
        if header is None:
            header = [cell.strip().lower() for cell in cells]
            _check_columns(header, display, number)
            continue
        if len(cells) > len(header):
            raise LabelError(f"{display}:{number}: {len(cells)} fields, but the header has {len(header)} "
                             f"({', '.join(header)})")
        yield number, dict(zip(header, (cell.strip() for cell in cells), strict=False))
    if header is None:
        raise LabelError(f"{display}: empty; the first line must be the header path<TAB>line<TAB>code")


def _check_columns(names: Iterable[str], display: str, number: int,
                   required: tuple[str, ...] = REQUIRED_COLUMNS) -> None:
    names = list(names)
    for name in names:
        if name not in COLUMNS:
            raise LabelError(f"{display}:{number}: unknown column {name!r}; the columns are "
                             f"{', '.join(COLUMNS)} (note is optional)")
    for name in required:
        if name not in names:
            raise LabelError(f"{display}:{number}: missing column {name!r}")
    if len(set(names)) != len(names):
        raise LabelError(f"{display}:{number}: a column is named twice")


def _label(row: dict[str, object], number: int, display: str, base: Path, registry: Registry) -> Label:
    where = f"{display}:{number}"
    raw_path = row.get("path")
    if not isinstance(raw_path, str) or not raw_path.strip():
        raise LabelError(f"{where}: 'path' must be a non-empty file path")
    code = _code(row.get("code"), where, registry)
    line = _line(row.get("line"), where, code)
    note = row.get("note")
    if note is None:
        note = ""
    if not isinstance(note, str):
        raise LabelError(f"{where}: 'note' must be text")
    shown = os.path.normpath(raw_path.strip() if os.path.isabs(raw_path.strip())
                             else base / raw_path.strip())
    file = Path(os.path.abspath(shown))
    if not file.is_file():
        raise LabelError(f"{where}: no such file {shown!r} (paths are relative to the labels file's folder)")
    return Label(Path(shown).as_posix(), file, line, code, note, where)


def _code(value: object, where: str, registry: Registry) -> str:
    if not isinstance(value, str) or not value.strip():
        raise LabelError(f"{where}: 'code' must be a rule code (PH001), a family prefix (PH) or '-'")
    value = value.strip()
    if value == FULLY_LABELLED:
        return value
    found = registry.get(value)  # a code, name or alias
    if found is not None:
        return found.code
    prefix = value.upper()
    if prefix.isalpha() and (prefix in FAMILIES or any(r.family == prefix for r in registry.rules)):
        return prefix
    raise LabelError(f"{where}: unknown code {value!r}: use a rule code (PH001), a family prefix (PH) or '-'"
                     "; 'copydesk rules' lists the rules")


def _line(value: object, where: str, code: str) -> int:
    if code == FULLY_LABELLED:
        if value in (None, "", 0, "0"):
            return 0
        raise LabelError(f"{where}: code '-' marks the whole file as labelled; leave 'line' empty or 0")
    if isinstance(value, str) and value.isdigit():
        value = int(value)
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise LabelError(f"{where}: 'line' must be a line number (1 or more), not {value!r}")
    return value


# ---------------------------------------------------------------------------------------------
# Linting the labelled files


def lint_labelled(labels: list[Label], resolver: ConfigResolver,
                  min_severity: Severity = Severity.INFO) -> tuple[dict[Path, LintedFile], list[str]]:
    """Lint every file the labels name, once; return the files and any ``path: error: …`` messages.

    A label past the end of its file raises :class:`LabelError`: the file changed after labelling.
    """
    registry = resolver.registry
    files: dict[Path, LintedFile] = {}
    errors: list[str] = []
    for label in labels:
        if label.file in files:
            continue
        config = resolver.for_path(label.file)
        result = lint_file(label.file, resolver, label.path)
        errors.extend(f"{result.path}: error: {error}" for error in result.errors)
        enabled = frozenset(r.code for r in config.enabled_rules(registry, label.file)
                            if config.settings_for(r)[0] >= min_severity)
        linted = LintedFile(label.path, enabled=enabled)
        if result.source is not None:
            lines = result.source.lines
            linted.line_count = lines.line_count
            for d in result.diagnostics:
                if d.severity < min_severity:
                    continue
                line, column = lines.position(d.span.start)
                end_line = lines.lines_of(d.span.start, d.span.end)[-1]
                linted.findings.append(Finding(label.path, line, end_line, column, d))
        files[label.file] = linted
    if not errors:
        for label in labels:
            count = files[label.file].line_count
            if label.line > count:
                raise LabelError(f"{label.where}: line {label.line} is past the end of {label.path} "
                                 f"({count} lines); was the file edited after labelling?")
    return files, errors


# ---------------------------------------------------------------------------------------------
# Matching


@dataclass
class Row:
    """The counts of one rule, one family, or all of them."""

    key: str    # a rule code, a family prefix, or "TOTAL"
    name: str   # the rule's name or the family's description
    counts: Counts

    def as_dict(self, kind: str) -> dict[str, object]:
        return {kind: self.key, "name": self.name, **_counts_dict(self.counts)}


def _counts_dict(c: Counts) -> dict[str, object]:
    return {"tp": c.tp, "fp": c.fp, "fn": c.fn, "precision": c.precision, "recall": c.recall, "f1": c.f1}


@dataclass
class Evaluation:
    """How the rules did against a labelled corpus: counts, misses, false alarms."""

    rules: list[Row]
    families: list[Row]
    total: Counts
    misses: list[Label]
    false_alarms: list[Finding]
    unjudged: list[Finding]
    unjudged_count: int     # counted like false alarms: once per (path, line, key)
    skipped: list[Label]    # labels for rules that did not run (not selected, or below --min-severity)
    files: int
    fully_labelled: int
    exact_code: bool = False

    def as_dict(self) -> dict[str, object]:
        return {
            "exact_code": self.exact_code,
            "files": self.files,
            "fully_labelled_files": self.fully_labelled,
            "rules": [row.as_dict("code") for row in self.rules],
            "families": [row.as_dict("family") for row in self.families],
            "total": _counts_dict(self.total) | {"unjudged": self.unjudged_count},
            "misses": [_label_dict(label) for label in self.misses],
            "false_alarms": [_finding_dict(f) for f in self.false_alarms],
            "unjudged": [_finding_dict(f) for f in self.unjudged],
            "skipped_labels": [_label_dict(label) for label in self.skipped],
        }


def _label_dict(label: Label) -> dict[str, object]:
    return {"path": label.path, "line": label.line, "code": label.code, "note": label.note}


def _finding_dict(f: Finding) -> dict[str, object]:
    d = f.diagnostic
    return {"path": f.path, "line": f.line, "column": f.column, "end_line": f.end_line, "code": d.code,
            "name": d.name, "severity": d.severity.label, "message": d.message}


def _in_scope(label: Label, enabled: frozenset[str], exact_code: bool) -> bool:
    """Could a rule that ran have matched this label? If not, the label says nothing about this run."""
    if exact_code and label.code != label.family:
        return label.code in enabled
    return any(family_of(code) == label.family for code in enabled)


def evaluate(labels: list[Label], files: dict[Path, LintedFile], registry: Registry,
             exact_code: bool = False) -> Evaluation:
    """Match labels with findings and count per rule, per family and in total."""
    fully = {label.file for label in labels if label.code == FULLY_LABELLED}
    skipped: list[Label] = []
    label_units: dict[tuple[Path, int, str], list[Label]] = {}
    for label in labels:
        if label.code == FULLY_LABELLED:
            continue
        if not _in_scope(label, files[label.file].enabled, exact_code):
            skipped.append(label)
            continue
        label_units.setdefault((label.file, label.line, label.key(exact_code)), []).append(label)

    # Findings of one key starting on one line are one unit; it covers its lines up to the last end.
    finding_units: dict[tuple[Path, int, str], list[Finding]] = {}
    for file, linted in files.items():
        for finding in linted.findings:
            finding_units.setdefault((file, finding.line, finding.key(exact_code)), []).append(finding)
    by_line: dict[tuple[Path, int], list[tuple[Path, int, str]]] = defaultdict(list)
    for unit, found in finding_units.items():
        file, start, _ = unit
        for line in range(start, max(f.end_line for f in found) + 1):
            by_line[(file, line)].append(unit)

    rules: dict[str, Counts] = defaultdict(Counts)
    families: dict[str, Counts] = defaultdict(Counts)
    matched_units: set[tuple[Path, int, str]] = set()
    misses: list[Label] = []
    for (file, line, key), group in label_units.items():
        label_is_family = key == family_of(key)
        matches = [unit for unit in by_line.get((file, line), ())
                   if unit[2] == key or (label_is_family and family_of(unit[2]) == key)]
        if matches:
            matched_units.update(matches)
            families[family_of(key)].tp += 1
            for code in sorted({f.code for unit in matches for f in finding_units[unit]}):
                rules[code].tp += 1
        else:
            misses.extend(group)
            families[family_of(key)].fn += 1
            for code in sorted({label.code for label in group if label.code != label.family}):
                rules[code].fn += 1

    false_alarms: list[Finding] = []
    unjudged: list[Finding] = []
    unjudged_count = 0
    for unit, found in finding_units.items():
        if unit in matched_units:
            continue
        if unit[0] in fully:
            false_alarms.extend(found)
            families[family_of(unit[2])].fp += 1
            for code in sorted({f.code for f in found}):
                rules[code].fp += 1
        else:
            unjudged.extend(found)
            unjudged_count += 1

    def rule_name(code: str) -> str:
        item = registry.get(code)
        return item.name if item else ""

    rule_rows = [Row(code, rule_name(code), rules[code]) for code in sorted(rules)]
    family_rows = [Row(family, FAMILIES.get(family, ""), families[family]) for family in sorted(families)]
    total = sum((row.counts for row in family_rows), Counts())
    order = {label: index for index, label in enumerate(labels)}
    misses.sort(key=lambda label: order[label])

    def finding_order(f: Finding) -> tuple[str, int, int, str]:
        return (f.path, f.line, f.column, f.code)

    return Evaluation(rule_rows, family_rows, total, misses, sorted(false_alarms, key=finding_order),
                      sorted(unjudged, key=finding_order), unjudged_count, skipped, len(files), len(fully),
                      exact_code)


# ---------------------------------------------------------------------------------------------
# Printing


def _score(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def table(evaluation: Evaluation) -> str:
    """The counts as an aligned text table: rules, then families, then the total."""
    header = ("CODE", "NAME", "TP", "FP", "FN", "PRECISION", "RECALL", "F1")
    sections = [evaluation.rules, evaluation.families, [Row("TOTAL", "", evaluation.total)]]
    cells = [[row.key, row.name, str(row.counts.tp), str(row.counts.fp), str(row.counts.fn),
              _score(row.counts.precision), _score(row.counts.recall), _score(row.counts.f1)]
             for section in sections for row in section]
    widths = [max(len(row[i]) for row in [list(header), *cells]) for i in range(len(header))]

    def render(row: list[str] | tuple[str, ...]) -> str:
        left = [cell.ljust(width) for cell, width in zip(row[:2], widths[:2], strict=True)]
        right = [cell.rjust(width) for cell, width in zip(row[2:], widths[2:], strict=True)]
        return "  ".join(left + right).rstrip()

    out = [render(header)]
    position = 0
    for section in sections:
        if not section:
            continue
        if position:
            out.append("")
        out.extend(render(cells[position + i]) for i in range(len(section)))
        position += len(section)
    return "\n".join(out) + "\n"


def summary(evaluation: Evaluation) -> str:
    e = evaluation
    files = f"{e.files} file{'s' if e.files != 1 else ''}"
    labelled = f"{e.fully_labelled} fully labelled"
    parts = [f"{files} ({labelled}), matched by {'code' if e.exact_code else 'family'}"]
    if e.unjudged_count:
        parts.append(f"{e.unjudged_count} unjudged finding{'s' if e.unjudged_count != 1 else ''} in files "
                     "not fully labelled (not counted; --show unjudged lists them)")
    if e.skipped:
        parts.append(f"{len(e.skipped)} label{'s' if len(e.skipped) != 1 else ''} skipped: "
                     "their rules did not run")
    return "; ".join(parts) + "\n"


def listing(evaluation: Evaluation, show: Iterable[str]) -> str:
    """The lists asked for (``misses``, ``false-alarms``, ``unjudged``), one ``path:line:`` line each."""
    out: list[str] = []
    for kind in show:
        if kind == "misses":
            lines = [f"{label.path}:{label.line}: expected {label.code}" + (f" ({label.note})" if label.note
                                                                          else "")
                     for label in evaluation.misses]
        else:
            found = evaluation.false_alarms if kind == "false-alarms" else evaluation.unjudged
            lines = [f"{f.path}:{f.line}: {f.code} {f.diagnostic.message}" for f in found]
        out.append(f"\n{kind.replace('-', ' ').capitalize()} ({len(lines)}):")
        out.extend(lines or ["(none)"])
    return "\n".join(out) + "\n" if out else ""
