"""The ``copydesk`` command line: exit codes through the real console script, the rest in-process."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from copydesk import __version__
from copydesk.cli import app

SCRIPT = Path(sys.executable).parent / "copydesk"
PLACEHOLDER = "Council budget vote\n\nThe vote is on [insert date].\n"
CLEAN = "Council budget vote\n\nThe vote is on 3 June.\n"
THREE = "Council budget vote\n\nThe vote is on [insert date], TK, and TBD.\n"  # PH001, PH002, PH003
DIRECTIVE_ONLY = "Council budget vote\n\ncopydesk: frobnicate PH001\n\nThe vote is on 3 June.\n"  # MD901


def run(args: list[str], cwd: Path, stdin: bytes | None = None) -> tuple[int, str, str]:
    """Run the installed console script; never a traceback."""
    assert SCRIPT.exists(), f"console script missing: {SCRIPT}"
    proc = subprocess.run([str(SCRIPT), *args], cwd=cwd, input=stdin, capture_output=True, timeout=60,
                          check=False)
    out, err = proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")
    assert "Traceback" not in err
    return proc.returncode, out, err


def invoke(args: list[str], cwd: Path, monkeypatch: pytest.MonkeyPatch,
           stdin: bytes | None = None) -> tuple[int, str, str]:
    """Run the Typer app in-process (fast), from ``cwd``."""
    monkeypatch.chdir(cwd)
    result = CliRunner().invoke(app, args, input=stdin)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.stderr
    return result.exit_code, result.stdout, result.stderr


def write(root: Path, files: dict[str, str | bytes]) -> None:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")


def codes(stdout: str) -> set[str]:
    return {item["code"] for item in json.loads(stdout)}


# ---------------------------------------------------------------------------------------------
# Exit codes and output, through the real script


def test_placeholder_prints_location_and_exits_1(tmp_path: Path) -> None:
    write(tmp_path, {"a.txt": PLACEHOLDER})
    code, out, err = run(["check", "a.txt"], tmp_path)
    assert code == 1
    assert out.splitlines()[0] == ("a.txt:3:16: PH001 template placeholder '[insert date]' left in text: "
                                   "fill it in or remove it")
    assert err == ""


def test_clean_article_exits_0_without_any_output(tmp_path: Path) -> None:
    write(tmp_path, {"clean.txt": CLEAN})
    assert run(["check", "clean.txt"], tmp_path) == (0, "", "")


def test_binary_files_are_one_line_errors_and_others_still_linted(tmp_path: Path) -> None:
    noise = random.Random(1234).randbytes(600)
    write(tmp_path, {"image.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + noise[:40], "noise.md": noise,
                     "a.txt": PLACEHOLDER, "clean.txt": CLEAN})
    code, out, err = run(["check", "image.txt", "a.txt", "noise.md", "clean.txt"], tmp_path)
    assert code == 2
    lines = err.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("image.txt: error: ") and "PNG" in lines[0]
    assert lines[1].startswith("noise.md: error: ")
    assert "a.txt:3:16: PH001" in out


def test_missing_file_is_an_error(tmp_path: Path) -> None:
    write(tmp_path, {"a.txt": PLACEHOLDER})
    code, out, err = run(["check", "nope.txt", "a.txt"], tmp_path)
    assert code == 2
    assert err == "nope.txt: error: no such file or folder\n"
    assert "a.txt:3:16: PH001" in out


def test_invalid_config_key_is_one_line_naming_the_key(tmp_path: Path) -> None:
    write(tmp_path, {"pyproject.toml": '[tool.copydesk]\nselectt = ["PH"]\n', "a.txt": PLACEHOLDER})
    code, out, err = run(["check", "a.txt"], tmp_path)
    assert code == 2
    assert out == ""
    assert len(err.splitlines()) == 1
    assert "'selectt'" in err and "pyproject.toml" in err and "did you mean 'select'" in err


def test_unknown_selector_on_the_command_line(tmp_path: Path) -> None:
    write(tmp_path, {"a.txt": PLACEHOLDER})
    code, out, err = run(["check", "a.txt", "--select", "XX9"], tmp_path)
    assert (code, out) == (2, "")
    assert len(err.splitlines()) == 1 and "'XX9'" in err and "--select" in err


@pytest.mark.parametrize(("files", "args", "expected"), [
    ({"a.txt": PLACEHOLDER}, [], 1),                                   # error ≥ default warning
    ({"a.txt": PLACEHOLDER}, ["--fail-on", "error"], 1),
    ({"a.txt": DIRECTIVE_ONLY}, [], 1),                                # a warning fails by default
    ({"a.txt": DIRECTIVE_ONLY}, ["--fail-on", "error"], 0),
    ({"a.txt": PLACEHOLDER, "copydesk.toml": '[rules.PH001]\nseverity = "info"\n'}, [], 0),
    ({"a.txt": PLACEHOLDER, "copydesk.toml": '[rules.PH001]\nseverity = "info"\n'}, ["--fail-on", "info"], 1),
    ({"a.txt": PLACEHOLDER, "copydesk.toml": 'fail-on = "error"\n[rules.PH001]\nseverity = "warning"\n'},
     [], 0),
    ({"a.txt": PLACEHOLDER}, ["--exit-zero"], 0),
])
def test_fail_on_and_exit_zero(tmp_path: Path, files: dict[str, str], args: list[str], expected: int) -> None:
    write(tmp_path, files)
    code, out, err = run(["check", "a.txt", *args], tmp_path)
    assert code == expected
    assert out.startswith("a.txt:3:")  # the finding is printed whatever the exit code
    assert err == ""


def test_stdin_markdown_inline_code_is_not_flagged(tmp_path: Path) -> None:
    text = b"# Templates\n\nWrite `[insert date]` where the date goes.\n"
    assert run(["check", "-", "--stdin-filename", "guide.md"], tmp_path, stdin=text) == (0, "", "")
    code, out, _ = run(["check", "-", "--stdin-filename", "guide.txt"], tmp_path, stdin=text)
    assert code == 1
    assert out.startswith("guide.txt:3:8: PH001 ")


def test_explain_unknown_rule_exits_2(tmp_path: Path) -> None:
    code, out, err = run(["explain", "ZZ123"], tmp_path)
    assert (code, out) == (2, "")
    assert len(err.splitlines()) == 1 and "ZZ123" in err


def test_version(tmp_path: Path) -> None:
    assert run(["--version"], tmp_path) == (0, f"copydesk {__version__}\n", "")


# ---------------------------------------------------------------------------------------------
# Selection, output options and folders, in-process


@pytest.mark.parametrize(("args", "expected"), [
    ([], {"PH001", "PH002", "PH003"}),
    (["--select", "PH001"], {"PH001"}),
    (["--select", "ph003"], {"PH003"}),
    (["--select", "PH00"], {"PH001", "PH002", "PH003"}),
    (["--select", "bracket-placeholder"], {"PH001"}),
    (["--select", "PH001,tk-marker"], {"PH001", "PH002"}),
    (["--select", "PH001", "--select", "PH003"], {"PH001", "PH003"}),
    (["--ignore", "PH001"], {"PH002", "PH003"}),
    (["--ignore", "todo-marker"], {"PH001", "PH002"}),
    (["--ignore", "PH"], set()),
    (["--select", "PH", "--ignore", "PH001"], {"PH002", "PH003"}),
    (["--ignore", "PH", "--select", "PH001"], {"PH001"}),
    (["--select", "PH001", "--extend-select", "todo-marker"], {"PH001", "PH003"}),
    (["--select", "PH001", "--extend-select", "PH00"], {"PH001", "PH002", "PH003"}),
])
def test_select_ignore_extend_select(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str],
                                     expected: set[str]) -> None:
    write(tmp_path, {"a.txt": THREE})
    code, out, _ = invoke(["check", "a.txt", "--output-format", "json", *args], tmp_path, monkeypatch)
    assert codes(out) == expected
    assert code == (1 if expected else 0)


def test_extend_select_turns_on_opt_in_rule(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, {"a.md": "# Title\n\n<!-- copydesk: disable-next-line PH003 -->\nAll fine.\n"})
    assert invoke(["check", "a.md"], tmp_path, monkeypatch) == (0, "", "")
    _, out, _ = invoke(["check", "a.md", "--extend-select", "MD902", "-q"], tmp_path, monkeypatch)
    assert out.startswith("a.md:3:1: MD902 ")


def test_summary_quiet_and_statistics(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, {"a.txt": THREE, "b.txt": PLACEHOLDER})
    code, out, _ = invoke(["check", "a.txt", "b.txt"], tmp_path, monkeypatch)
    assert code == 1
    assert out.splitlines()[-1] == "Found 4 problems (4 errors) in 2 files."
    _, quiet, _ = invoke(["check", "a.txt", "b.txt", "--quiet"], tmp_path, monkeypatch)
    assert "Found" not in quiet and quiet.splitlines() == out.splitlines()[:-1]
    code, stats, _ = invoke(["check", "a.txt", "b.txt", "--statistics"], tmp_path, monkeypatch)
    assert code == 1
    assert stats.splitlines() == ["2  PH001  bracket-placeholder", "1  PH002  tk-marker",
                                  "1  PH003  todo-marker"]


def _tree(root: Path) -> None:
    files = {name: PLACEHOLDER for name in (
        "a.txt", "b.md", "c.markdown", "d.html", "e.htm", "notes.rst", "data.json",
        "sub/deep/f.txt", "drafts/g.md", "node_modules/pkg/h.txt", ".git/i.txt", "venv/j.txt")}
    write(root, files)


def _paths(stdout: str) -> set[str]:
    return {item["path"] for item in json.loads(stdout)}


def test_folder_walk_default_includes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _tree(tmp_path / "site")
    _, out, _ = invoke(["check", "site", "--output-format", "json"], tmp_path, monkeypatch)
    assert _paths(out) == {"site/a.txt", "site/b.md", "site/c.markdown", "site/d.html", "site/e.htm",
                           "site/sub/deep/f.txt", "site/drafts/g.md"}


def test_folder_walk_names_files_as_pathlib_does(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _tree(tmp_path / "site")
    expected = {"site/a.txt", "site/b.md", "site/c.markdown", "site/d.html", "site/e.htm",
                "site/sub/deep/f.txt", "site/drafts/g.md"}
    for folder in ("./site/", "site//", "./site/sub/..", str(tmp_path / "site")):
        _, out, _ = invoke(["check", folder, "--output-format", "json"], tmp_path, monkeypatch)
        assert _paths(out) == {str(Path(folder) / name.removeprefix("site/")) for name in expected}, folder


def test_folder_walk_exclude(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _tree(tmp_path / "site")
    args = ["check", "site", "--output-format", "json", "--exclude", "drafts", "--exclude", "*.htm*",
            "--exclude", "sub/deep/f.txt"]
    _, out, _ = invoke(args, tmp_path, monkeypatch)
    assert _paths(out) == {"site/a.txt", "site/b.md", "site/c.markdown"}
    _, out, _ = invoke(["check", ".", "--output-format", "json", "--exclude", "sub/,d.html"],
                       tmp_path / "site", monkeypatch)
    assert _paths(out) == {"a.txt", "b.md", "c.markdown", "e.htm", "drafts/g.md"}


def test_explicit_file_is_linted_whatever_its_suffix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _tree(tmp_path)
    _, out, _ = invoke(["check", "notes.rst", "--output-format", "json"], tmp_path, monkeypatch)
    assert _paths(out) == {"notes.rst"}


def test_stdin_without_filename(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = invoke(["check", "-", "-q"], tmp_path, monkeypatch, stdin=PLACEHOLDER.encode())
    assert code == 1
    assert out.startswith("-:3:16: PH001 ")


def test_rules_table_and_json(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = invoke(["rules"], tmp_path, monkeypatch)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["CODE", "NAME", "SEVERITY"]
    assert any(line.split()[:3] == ["PH001", "bracket-placeholder", "error"] for line in lines)
    code, out, _ = invoke(["rules", "--format", "json"], tmp_path, monkeypatch)
    assert code == 0
    rows = {row["code"]: row for row in json.loads(out)}
    assert set(rows["PH001"]) == {"code", "name", "severity", "scope", "default", "pack", "summary"}
    assert rows["PH001"]["name"] == "bracket-placeholder"
    assert rows["MD902"]["default"] == "opt-in" and rows["PH001"]["default"] == "on"


def test_explain(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = invoke(["explain", "PH001"], tmp_path, monkeypatch)
    assert code == 0
    assert out.splitlines()[0] == "PH001 (bracket-placeholder)"
    assert "Why:" in out
    _, by_name, _ = invoke(["explain", "bracket-placeholder"], tmp_path, monkeypatch)
    assert by_name == out
