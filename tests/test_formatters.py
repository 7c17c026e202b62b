"""Output formats: the JSON contract, the human formats, GitHub, JUnit and SARIF."""

from __future__ import annotations

import json
import re
from pathlib import Path
from xml.etree import ElementTree as ET

import jsonschema
import pytest
from typer.testing import CliRunner

from copydesk.cli import app
from copydesk.config import ConfigResolver
from copydesk.engine import lint_file
from copydesk.formatters import FORMATTERS, Report, _gh_data, _gh_property, statistics, summary
from copydesk.registry import load_registry

SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"
KEYS = {"path", "line", "column", "end_line", "end_column", "code", "name", "severity", "message"}
FILES: dict[str, str | bytes] = {
    # given to the CLI out of order, to check the sorting
    "z.md": "# Title\n\nLater TBD.\n\nThe vote is on [insert date], TK.\n",
    "a.txt": "Council budget vote\n\n\tRate is %s on [insert date].\n\ncopydesk: frobnicate\n",
    "clean.txt": "Council budget vote\n\nThe vote is on 3 June.\n",
    "b,c:d.txt": "Council budget vote\n\nMulti {{name}} here.\n",
    "copydesk.toml": "[rules.todo-marker]\nseverity = \"info\"\n",
}
ORDER = ["z.md", "a.txt", "clean.txt", "b,c:d.txt"]


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name, content in FILES.items():
        if isinstance(content, bytes):
            (tmp_path / name).write_bytes(content)
        else:
            (tmp_path / name).write_text(content, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def cli(*args: str) -> str:
    result = CliRunner().invoke(app, ["check", *ORDER, *args])
    assert result.exit_code == 1, (result.stdout, result.stderr, result.exception)
    assert result.stderr == ""
    return result.stdout


def report(paths: list[str], *, binary: dict[str, bytes] | None = None) -> Report:
    for name, data in (binary or {}).items():
        Path(name).write_bytes(data)
    registry = load_registry()
    resolver = ConfigResolver(registry)
    return Report([lint_file(Path(p), resolver, p) for p in [*paths, *(binary or {})]], registry)


# ---------------------------------------------------------------------------------------------
# JSON contract


def test_json_contract(project: Path) -> None:
    items = json.loads(cli("--output-format", "json"))
    assert items, "expected findings"
    for item in items:
        assert set(item) == KEYS
        assert item["severity"] in ("error", "warning", "info")
        for key in ("line", "column", "end_line", "end_column"):
            assert isinstance(item[key], int) and item[key] >= 1
        assert (item["end_line"], item["end_column"]) >= (item["line"], item["column"])
    assert [(i["path"], i["line"], i["column"]) for i in items] == sorted(
        (i["path"], i["line"], i["column"]) for i in items)
    assert items[0]["path"] == "a.txt"
    assert {i["severity"] for i in items} == {"error", "warning", "info"}
    first = next(i for i in items if i["code"] == "PH001" and i["path"] == "z.md")
    assert first == {"path": "z.md", "line": 5, "column": 16, "end_line": 5, "end_column": 29,
                     "code": "PH001", "name": "bracket-placeholder", "severity": "error",
                     "message": "template placeholder '[insert date]' left in text: fill it in or remove it"}
    tbd = next(i for i in items if i["code"] == "PH003")
    assert (tbd["severity"], tbd["name"]) == ("info", "todo-marker")


def test_jsonl_is_one_object_per_line(project: Path) -> None:
    lines = cli("--output-format", "jsonl").splitlines()
    assert [json.loads(line) for line in lines] == json.loads(cli("--output-format", "json"))


def test_json_with_no_findings_is_an_empty_list(project: Path) -> None:
    result = CliRunner().invoke(app, ["check", "clean.txt", "--output-format", "json"])
    assert (result.exit_code, json.loads(result.stdout)) == (0, [])
    result = CliRunner().invoke(app, ["check", "clean.txt", "--output-format", "jsonl"])
    assert (result.exit_code, result.stdout) == (0, "")


# ---------------------------------------------------------------------------------------------
# Human formats


def test_concise(project: Path) -> None:
    out = cli("--output-format", "concise", "--quiet")
    lines = out.splitlines()
    items = json.loads(cli("--output-format", "json"))
    assert lines == [f"{i['path']}:{i['line']}:{i['column']}: {i['code']} {i['message']}" for i in items]


def test_full_shows_the_source_line_and_a_caret(project: Path) -> None:
    out = cli("--output-format", "full")
    lines = out.splitlines()
    head = lines.index("z.md:5:16: PH001 [error] template placeholder '[insert date]' left in text: "
                       "fill it in or remove it (bracket-placeholder)")
    assert lines[head + 1] == "  |"
    assert lines[head + 2] == "5 | The vote is on [insert date], TK."
    caret = lines[head + 3]
    assert caret.startswith("  | ")
    source = lines[head + 2][4:]
    marks = caret[4:]
    assert marks.lstrip(" ") == "^" * len("[insert date]")
    assert source[len(marks) - len(marks.lstrip(" ")):].startswith("[insert date]")
    # a tab counts as one column, so the caret stays under the span
    tab = lines.index("a.txt:3:10: PH005 [error] unrendered template variable '%s' left in text "
                      "(template-variable)")
    assert lines[tab + 2] == "3 |  Rate is %s on [insert date]."
    assert lines[tab + 3] == "  |          ^^"
    assert out.endswith("Found 7 problems (5 errors, 1 warning, 1 info) in 3 files.\n")


def test_grouped(project: Path) -> None:
    lines = cli("--output-format", "grouped", "-q").splitlines()
    assert lines[0] == "a.txt"
    assert re.fullmatch(r"  3:10 +error +PH005  unrendered template variable '%s' left in text", lines[1])
    assert "z.md" in lines
    z = lines.index("z.md")
    assert lines[z - 1] == ""
    assert re.fullmatch(r"  3:7 +info +PH003  writer's note 'TBD' left in text", lines[z + 1])


def test_summary_and_statistics(project: Path) -> None:
    rep = report(ORDER)
    assert summary(rep) == "Found 7 problems (5 errors, 1 warning, 1 info) in 3 files.\n"
    assert statistics(rep).splitlines() == ["2  PH001  bracket-placeholder", "2  PH005  template-variable",
                                           "1  MD901  invalid-directive", "1  PH002  tk-marker",
                                           "1  PH003  todo-marker"]
    empty = report(["clean.txt"])
    assert summary(empty) == "" and statistics(empty) == ""
    for name in ("concise", "full", "grouped", "github"):
        assert FORMATTERS[name](empty) == ""


def test_color_only_when_asked(project: Path) -> None:
    rep = report(["z.md"])
    assert "\033[" not in FORMATTERS["concise"](rep)
    rep.color = True
    assert "\033[31m" in FORMATTERS["concise"](rep)


# ---------------------------------------------------------------------------------------------
# GitHub annotations


def test_github_annotations(project: Path) -> None:
    lines = cli("--output-format", "github").splitlines()
    assert "::error file=z.md,line=5,col=16,endLine=5,endColumn=29,title=PH001 (bracket-placeholder)::" \
           "template placeholder '[insert date]' left in text: fill it in or remove it" in lines
    assert "::error file=b%2Cc%3Ad.txt,line=3,col=7,endLine=3,endColumn=15,title=PH005 " \
           "(template-variable)::unrendered template variable '{{name}}' left in text" in lines
    assert any(line.startswith("::error file=a.txt,line=3,col=10,")
               and line.endswith("variable '%25s' left in text") for line in lines)
    assert any(line.startswith("::notice file=z.md,line=3,col=7,") for line in lines)
    assert any(line.startswith("::warning file=a.txt,line=5,col=1,") for line in lines)
    assert all(re.fullmatch(r"::(error|warning|notice) file=[^:,]+,line=\d+,col=\d+,endLine=\d+,"
                            r"endColumn=\d+,title=[^:,]+::.*", line) for line in lines)


def test_github_escaping() -> None:
    assert _gh_data("50% done\r\nnext") == "50%25 done%0D%0Anext"
    assert _gh_property("a,b:c%\n") == "a%2Cb%3Ac%25%0A"


# ---------------------------------------------------------------------------------------------
# JUnit


def test_junit_has_one_testsuite_per_file(project: Path) -> None:
    rep = report(ORDER, binary={"image.md": b"\x89PNG\r\n\x1a\n\x00\x00"})
    root = ET.fromstring(FORMATTERS["junit"](rep))
    assert root.tag == "testsuites"
    suites = {suite.get("name"): suite for suite in root.findall("testsuite")}
    assert set(suites) == {*ORDER, "image.md"}
    assert suites["clean.txt"].get("failures") == "0"
    assert [case.get("name") for case in suites["clean.txt"]] == ["copydesk"]
    z = suites["z.md"]
    assert z.get("failures") == "3" and len(z.findall("testcase/failure")) == 3
    failure = z.find("testcase/failure")
    assert failure is not None and failure.get("type") == "PH003"
    assert failure.text == "z.md:3:7: PH003 writer's note 'TBD' left in text"
    image = suites["image.md"]
    assert image.get("errors") == "1" and "PNG" in image.find("testcase/error").get("message")
    assert root.get("failures") == "7" and root.get("errors") == "1"
    assert int(root.get("tests")) == sum(int(s.get("tests")) for s in suites.values())
    assert all(int(s.get("tests")) == len(s.findall("testcase")) for s in suites.values())


def test_junit_from_the_command_line(project: Path) -> None:
    root = ET.fromstring(cli("--output-format", "junit"))
    assert [suite.get("name") for suite in root.findall("testsuite")] == sorted(ORDER)


# ---------------------------------------------------------------------------------------------
# SARIF


@pytest.fixture(scope="module")
def sarif_validator() -> jsonschema.Draft4Validator:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator.check_schema(schema)
    return jsonschema.Draft4Validator(schema)


def _valid(validator: jsonschema.Draft4Validator, log: dict) -> None:
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(log)]
    assert errors == []


def test_sarif_validates_against_the_schema(project: Path,
                                            sarif_validator: jsonschema.Draft4Validator) -> None:
    log = json.loads(cli("--output-format", "sarif"))
    _valid(sarif_validator, log)
    assert log["version"] == "2.1.0"
    run = log["runs"][0]
    assert run["tool"]["driver"]["name"] == "copydesk"
    rules = run["tool"]["driver"]["rules"]
    results = run["results"]
    assert len(results) == len(json.loads(cli("--output-format", "json")))
    for result in results:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    z = next(r for r in results if r["ruleId"] == "PH001"
             and r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "z.md")
    region = z["locations"][0]["physicalLocation"]["region"]
    assert [region[k] for k in ("startLine", "startColumn", "endLine", "endColumn")] == [5, 16, 5, 29]
    assert z["level"] == "error"
    assert {r["level"] for r in results} == {"error", "warning", "note"}
    assert run["invocations"][0]["executionSuccessful"] is True


def test_sarif_with_input_errors_and_without_findings(project: Path,
                                                      sarif_validator: jsonschema.Draft4Validator) -> None:
    rep = report(["clean.txt", "b,c:d.txt"], binary={"my image.txt": b"\x89PNG\r\n\x1a\n"})
    log = json.loads(FORMATTERS["sarif"](rep))
    _valid(sarif_validator, log)
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    notification = invocation["toolExecutionNotifications"][0]
    assert notification["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "my%20image.txt"
    results = log["runs"][0]["results"]
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results}
    assert uris == {"b%2Cc%3Ad.txt"}
    empty = json.loads(FORMATTERS["sarif"](report(["clean.txt"])))
    _valid(sarif_validator, empty)
    assert empty["runs"][0]["results"] == [] and empty["runs"][0]["tool"]["driver"]["rules"] == []
