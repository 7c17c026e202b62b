"""``copydesk evaluate``: labels files, matching, counts, output and exit codes.

The fixtures in tests/data/evaluate, and what the rules find there (``copydesk check``):

    budget.md (fully labelled: '-')        labels
      3  PH001 '[insert date]'               PH001                 → TP (PH001)
      5  PH002 'TK'                          PH (family only)      → TP (PH002)
      7  PH003 'TODO'                        -                     → false alarm (PH003)
      9  nothing (a slot written as prose)   PH001                 → miss (PH001)
    ferry.txt (fully labelled, no other label: a clean file)
      5  PH003 'TBD' (ordinary English)      -                     → false alarm (PH003)
      7  MD901 (a malformed directive; a warning, the others are errors) → false alarm (MD901)
    notes.md (not fully labelled)
      3  PH003 'TBC' in '[date TBC]'         PH001 (wrong code, right family)
                                               by family → TP (PH003); --exact-code → miss (PH001) + unjudged
      5  PH006 lorem ipsum                   -                     → unjudged (not counted)
      7  PH002 'TK'                          PH002                 → TP (PH002)

Hand count, matching by family (the default):
    PH001 TP 1 FP 0 FN 1 · PH002 TP 2 FP 0 FN 0 · PH003 TP 1 FP 2 FN 0 · MD901 TP 0 FP 1 FN 0
    PH    TP 4 FP 2 FN 1 · MD TP 0 FP 1 FN 0 · total TP 4 FP 3 FN 1
    precision 4/7, recall 4/5, F1 8/12; 1 unjudged
With --exact-code:
    PH001 TP 1 FP 0 FN 2 · PH002 TP 2 FP 0 FN 0 · PH003 TP 0 FP 2 FN 0 · MD901 TP 0 FP 1 FN 0
    PH    TP 3 FP 2 FN 2 · MD TP 0 FP 1 FN 0 · total TP 3 FP 3 FN 2; 2 unjudged
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from copydesk.cli import app
from copydesk.evaluate import (
    Counts,
    Evaluation,
    Finding,
    Label,
    LabelError,
    LintedFile,
    evaluate,
    read_labels,
    table,
)
from copydesk.model import Diagnostic, Severity, Span
from copydesk.registry import load_registry

DATA = Path(__file__).resolve().parent / "data" / "evaluate"
SCRIPT = Path(sys.executable).parent / "copydesk"


def invoke(args: list[str], cwd: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[int, str, str]:
    monkeypatch.chdir(cwd)
    result = CliRunner().invoke(app, ["evaluate", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.stderr
    return result.exit_code, result.stdout, result.stderr


def as_json(args: list[str], monkeypatch: pytest.MonkeyPatch) -> dict:
    code, out, err = invoke([*args, "--output-format", "json"], DATA, monkeypatch)
    assert (code, err) == (0, "")
    return json.loads(out)


def counts(rows: list[dict], key: str) -> dict[str, tuple[int, int, int]]:
    return {row[key]: (row["tp"], row["fp"], row["fn"]) for row in rows}


# ---------------------------------------------------------------------------------------------
# The hand count

@pytest.mark.parametrize("labels", ["labels.jsonl", "labels.tsv"])
def test_family_matching_matches_the_hand_count(labels: str, monkeypatch: pytest.MonkeyPatch) -> None:
    data = as_json([labels], monkeypatch)
    assert counts(data["rules"], "code") == {"MD901": (0, 1, 0), "PH001": (1, 0, 1), "PH002": (2, 0, 0),
                                             "PH003": (1, 2, 0)}
    assert counts(data["families"], "family") == {"MD": (0, 1, 0), "PH": (4, 2, 1)}
    total = data["total"]
    assert (total["tp"], total["fp"], total["fn"], total["unjudged"]) == (4, 3, 1, 1)
    assert total["precision"] == pytest.approx(4 / 7)
    assert total["recall"] == pytest.approx(4 / 5)
    assert total["f1"] == pytest.approx(8 / 12)
    assert [(m["path"], m["line"], m["code"]) for m in data["misses"]] == [("budget.md", 9, "PH001")]
    assert [(f["path"], f["line"], f["code"]) for f in data["false_alarms"]] == [
        ("budget.md", 7, "PH003"), ("ferry.txt", 5, "PH003"), ("ferry.txt", 7, "MD901")]
    assert [(f["path"], f["line"], f["code"]) for f in data["unjudged"]] == [("notes.md", 5, "PH006")]
    assert (data["files"], data["fully_labelled_files"], data["exact_code"]) == (3, 2, False)


def test_exact_code_turns_a_wrong_code_into_a_miss(monkeypatch: pytest.MonkeyPatch) -> None:
    data = as_json(["labels.jsonl", "--exact-code"], monkeypatch)
    assert counts(data["rules"], "code") == {"MD901": (0, 1, 0), "PH001": (1, 0, 2), "PH002": (2, 0, 0),
                                             "PH003": (0, 2, 0)}
    assert counts(data["families"], "family") == {"MD": (0, 1, 0), "PH": (3, 2, 2)}
    assert (data["total"]["tp"], data["total"]["fp"], data["total"]["fn"]) == (3, 3, 2)
    # notes.md is not fully labelled, so the PH003 under the PH001 label is unjudged, not a false alarm
    assert [(f["line"], f["code"]) for f in data["unjudged"]] == [(3, "PH003"), (5, "PH006")]
    assert data["total"]["unjudged"] == 2
    # the family-only label on budget.md:5 still matches PH002
    assert ("budget.md", 5) not in {(m["path"], m["line"]) for m in data["misses"]}


def test_tsv_and_jsonl_are_equivalent(monkeypatch: pytest.MonkeyPatch) -> None:
    for extra in ([], ["--exact-code"]):
        assert as_json(["labels.tsv", *extra], monkeypatch) == as_json(["labels.jsonl", *extra], monkeypatch)


def test_json_scores_are_floats_or_null(monkeypatch: pytest.MonkeyPatch) -> None:
    data = as_json(["labels.jsonl"], monkeypatch)
    md901 = next(row for row in data["rules"] if row["code"] == "MD901")
    assert (md901["precision"], md901["recall"], md901["f1"]) == (0.0, None, 0.0)
    assert isinstance(data["total"]["precision"], float)
    assert set(data) >= {"rules", "families", "total", "misses", "false_alarms", "unjudged"}


def test_min_severity_drops_lower_findings_and_their_labels(monkeypatch: pytest.MonkeyPatch) -> None:
    data = as_json(["labels.jsonl", "--min-severity", "error"], monkeypatch)  # MD901 is a warning
    assert "MD901" not in counts(data["rules"], "code")
    assert (data["total"]["tp"], data["total"]["fp"], data["total"]["fn"]) == (4, 2, 1)


def test_labels_for_rules_that_did_not_run_are_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    data = as_json(["labels.jsonl", "--select", "PH002", "--exact-code"], monkeypatch)
    # in scope: the PH002 label and the family-only PH label; the three PH001 labels are skipped
    assert counts(data["rules"], "code") == {"PH002": (2, 0, 0)}
    assert [(s["path"], s["line"]) for s in data["skipped_labels"]] == [
        ("budget.md", 3), ("budget.md", 9), ("notes.md", 3)]


# ---------------------------------------------------------------------------------------------
# The table and the lists

def test_table_output(monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = invoke(["labels.jsonl"], DATA, monkeypatch)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].split() == ["CODE", "NAME", "TP", "FP", "FN", "PRECISION", "RECALL", "F1"]
    assert lines[1].split() == ["MD901", "invalid-directive", "0", "1", "0", "0.00", "-", "0.00"]
    assert lines[4].split() == ["PH003", "todo-marker", "1", "2", "0", "0.33", "1.00", "0.50"]
    assert "PH     placeholders              4   2   1       0.67    0.80  0.73" in lines
    assert lines[-1].startswith("3 files (2 fully labelled), matched by family; 1 unjudged finding")
    assert "budget.md:9" not in out  # no lists unless asked


@pytest.mark.parametrize("show", [["--show", "misses", "--show", "false-alarms"],
                                  ["--show", "misses,false-alarms"]])
def test_show_lists(show: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = invoke(["labels.tsv", *show], DATA, monkeypatch)
    assert code == 0
    tail = out[out.index("Misses"):].splitlines()
    assert tail == [
        "Misses (1):",
        "budget.md:9: expected PH001 (slot written as prose)",
        "",
        "False alarms (3):",
        "budget.md:7: PH003 writer's note 'TODO' left in text",
        "ferry.txt:5: PH003 writer's note 'TBD' left in text",
        tail[6],
    ]
    assert tail[6].startswith("ferry.txt:7: MD901 ")
    assert "Unjudged" not in out


def test_show_all_and_unjudged(monkeypatch: pytest.MonkeyPatch) -> None:
    _, out, _ = invoke(["labels.jsonl", "--show", "all"], DATA, monkeypatch)
    assert "Misses (1):" in out and "False alarms (3):" in out
    assert out.endswith("Unjudged (1):\nnotes.md:5: PH006 filler text (lorem ipsum) left in text\n")


def test_bad_show_value_is_a_usage_error(monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, err = invoke(["labels.jsonl", "--show", "misses,hits"], DATA, monkeypatch)
    assert code == 2 and "'hits'" in err


def test_paths_are_shown_from_the_current_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = invoke([str(Path("evaluate") / "labels.jsonl"), "--show", "misses"], DATA.parent,
                          monkeypatch)
    assert code == 0
    assert "evaluate/budget.md:9: expected PH001 (slot written as prose)" in out


# ---------------------------------------------------------------------------------------------
# Exit codes

@pytest.mark.parametrize(("args", "expected"), [
    (["--fail-under-precision", "0.5"], 0),
    (["--fail-under-precision", "0.6"], 1),    # 4/7 ≈ 0.571
    (["--fail-under-recall", "0.8"], 0),       # 4/5, not below
    (["--fail-under-recall", "0.81"], 1),
    (["--fail-under-precision", "0.5", "--fail-under-recall", "0.9"], 1),
])
def test_fail_under(args: list[str], expected: int, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = invoke(["labels.jsonl", *args], DATA, monkeypatch)
    assert code == expected
    assert out.startswith("CODE")  # the table is printed whatever the exit code
    assert ("is below" in err) == (expected == 1)


def test_fail_under_must_be_between_0_and_1(monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, _ = invoke(["labels.jsonl", "--fail-under-recall", "80"], DATA, monkeypatch)
    assert code == 2


def write_labels(root: Path, name: str, text: str) -> None:
    (root / "a.md").write_text("# Title\n\nOn [insert date] we vote.\n", encoding="utf-8")
    (root / name).write_text(text, encoding="utf-8")


@pytest.mark.parametrize(("name", "text", "message"), [
    ("labels.tsv", "path\tline\tcode\tseverity\na.md\t3\tPH001\n", "labels.tsv:1: unknown column 'severity'"),
    ("labels.tsv", "path\tcode\na.md\tPH001\n", "labels.tsv:1: missing column 'line'"),
    ("labels.tsv", "# c\npath\tline\tcode\na.md\t3\tPH001\na.md\tthree\tPH001\n",
     "labels.tsv:4: 'line' must"),
    ("labels.tsv", "path\tline\tcode\na.md\t3\tPH999\n", "labels.tsv:2: unknown code 'PH999'"),
    ("labels.tsv", "path\tline\tcode\na.md\t3\tZZ\n", "labels.tsv:2: unknown code 'ZZ'"),
    ("labels.tsv", "path\tline\tcode\nb.md\t3\tPH001\n", "labels.tsv:2: no such file 'b.md'"),
    ("labels.tsv", "path\tline\tcode\na.md\t3\tPH001\textra\n", "labels.tsv:2: 4 fields"),
    ("labels.tsv", "path\tline\tcode\na.md\t3\t-\n", "labels.tsv:2: code '-' marks the whole file"),
    ("labels.tsv", "path\tline\tcode\na.md\t40\tPH001\n", "labels.tsv:2: line 40 is past the end of a.md"),
    ("labels.tsv", "# nothing\n", "labels.tsv: empty"),
    ("labels.jsonl", '{"path": "a.md", "line": 3, "code": "PH001"}\n{"path": "a.md", "line": "3",\n',
     "labels.jsonl:2: not valid JSON"),
    ("labels.jsonl", '{"path": "a.md", "line": 3, "code": "PH001", "why": "x"}\n',
     "labels.jsonl:1: unknown column 'why'"),
    ("labels.jsonl", '{"path": "a.md", "line": 3.5, "code": "PH001"}\n', "labels.jsonl:1: 'line' must"),
    ("labels.jsonl", '{"path": "a.md", "code": "PH001"}\n', "labels.jsonl:1: 'line' must"),
    ("labels.jsonl", "\n", "labels.jsonl: no labels"),
    ("labels.csv", "path,line,code\n", "labels.csv: a labels file must end in .jsonl or .tsv"),
    ("other.tsv", "", "nope.tsv: labels file not found"),
])
def test_bad_labels_exit_2_naming_the_line(tmp_path: Path, name: str, text: str, message: str,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    write_labels(tmp_path, name, text)
    target = "nope.tsv" if name == "other.tsv" else name
    code, out, err = invoke([target], tmp_path, monkeypatch)
    assert (code, out) == (2, "")
    assert err.startswith(f"copydesk: error: {message}"), err
    assert len(err.splitlines()) == 1


def test_bad_labels_through_the_console_script(tmp_path: Path) -> None:
    write_labels(tmp_path, "labels.tsv", "path\tline\tcode\na.md\tx\tPH001\n")
    proc = subprocess.run([str(SCRIPT), "evaluate", "labels.tsv"], cwd=tmp_path, capture_output=True,
                          text=True, timeout=60, check=False)
    assert proc.returncode == 2
    assert proc.stderr.startswith("copydesk: error: labels.tsv:2: 'line' must be a line number")
    assert "Traceback" not in proc.stderr


def test_unreadable_article_exits_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "labels.tsv").write_text("path\tline\tcode\na.md\t\t-\n", encoding="utf-8")
    code, out, err = invoke(["labels.tsv"], tmp_path, monkeypatch)
    assert (code, out) == (2, "")
    assert err.startswith("a.md: error: binary file")


def test_labels_accept_names_lowercase_and_absolute_paths(tmp_path: Path) -> None:
    write_labels(tmp_path, "labels.jsonl", "")
    article = tmp_path / "a.md"
    lines = [{"path": str(article), "line": 3, "code": "bracket-placeholder"},
             {"path": "a.md", "line": 3, "code": "ph"}, {"path": "./a.md", "line": None, "code": "-"}]
    (tmp_path / "labels.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    labels = read_labels(tmp_path / "labels.jsonl", load_registry())
    assert [label.code for label in labels] == ["PH001", "PH", "-"]
    assert len({label.file for label in labels}) == 1


def test_read_labels_error_is_a_label_error(tmp_path: Path) -> None:
    write_labels(tmp_path, "labels.tsv", "path\tline\tcode\na.md\t0\tPH001\n")
    with pytest.raises(LabelError, match=r"labels.tsv:2: 'line' must be a line number \(1 or more\), not 0"):
        read_labels(tmp_path / "labels.tsv", load_registry(), "labels.tsv")


# ---------------------------------------------------------------------------------------------
# Matching, without the command line

def finding(code: str, line: int, end_line: int | None = None, column: int = 1) -> Finding:
    d = Diagnostic(code, code.lower(), f"message {code}", Span(0, 1), Severity.ERROR)
    return Finding("a.md", line, end_line or line, column, d)


def label(code: str, line: int, file: Path = Path("/x/a.md")) -> Label:
    return Label("a.md", file, line, code)


ALL_PH = frozenset({"PH001", "PH002", "PH003"})


def run_match(labels: list[Label], findings: list[Finding], exact_code: bool = False) -> Evaluation:
    files = {Path("/x/a.md"): LintedFile("a.md", findings, ALL_PH, 100)}
    return evaluate(labels, files, load_registry(), exact_code=exact_code)


def test_a_multi_line_finding_matches_a_label_on_any_of_its_lines() -> None:
    result = run_match([label("-", 0), label("PH001", 6)], [finding("PH001", 4, 7)])
    assert (result.total.tp, result.total.fp, result.total.fn) == (1, 0, 0)
    result = run_match([label("-", 0), label("PH001", 8)], [finding("PH001", 4, 7)])
    assert (result.total.tp, result.total.fp, result.total.fn) == (0, 1, 1)


def test_findings_of_one_key_on_one_line_count_once() -> None:
    result = run_match([label("-", 0)], [finding("PH001", 3, column=1), finding("PH001", 3, column=9)])
    assert (result.total.fp, len(result.false_alarms)) == (1, 2)  # counted once, both listed
    # by family, PH001 and PH003 on one line are one false alarm for PH but one for each rule
    result = run_match([label("-", 0)], [finding("PH001", 3), finding("PH003", 3)])
    assert result.total.fp == 1
    assert {row.key: row.counts.fp for row in result.rules} == {"PH001": 1, "PH003": 1}
    result = run_match([label("-", 0)], [finding("PH001", 3), finding("PH003", 3)], exact_code=True)
    assert result.total.fp == 2


def test_unmatched_findings_are_unjudged_unless_the_file_is_fully_labelled() -> None:
    result = run_match([label("PH002", 5)], [finding("PH001", 3), finding("PH002", 5)])
    assert (result.total.tp, result.total.fp, result.unjudged_count) == (1, 0, 1)


def test_family_only_label_misses_appear_only_in_family_rows() -> None:
    result = run_match([label("PH", 5)], [])
    assert result.rules == []
    assert [(row.key, row.counts.fn) for row in result.families] == [("PH", 1)]


def test_counts_scores() -> None:
    assert (Counts().precision, Counts().recall, Counts().f1) == (None, None, None)
    assert Counts(0, 0, 2).precision is None and Counts(0, 0, 2).recall == 0.0
    assert Counts(1, 1, 0) + Counts(2, 0, 3) == Counts(3, 1, 3)
    result = run_match([label("PH001", 5)], [])
    assert table(result).splitlines()[1].split() == ["PH001", "bracket-placeholder", "0", "0", "1", "-",
                                                     "0.00", "0.00"]
