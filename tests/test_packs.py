"""A third-party rule pack, installed like any package: its rule runs, is listed, selected, ignored and
suppressed like a built-in one, and its own tests pass with copydesk.testing.

The example pack is built from examples/copydesk-pack-example with the environment's setuptools
(no package index) into a temporary folder that the copydesk processes get on PYTHONPATH.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACK = ROOT / "examples" / "copydesk-pack-example"
SCRIPT = Path(sys.executable).parent / "copydesk"
LONG = "Council approves long-delayed plan to rebuild the harbour ferry terminal after years of debate"
STORY = f"# {LONG}\n\nThe vote is on [insert date].\n"


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The environment of a process that has the example pack installed."""
    root = tmp_path_factory.mktemp("pack")
    source = root / "source"
    shutil.copytree(PACK, source, ignore=shutil.ignore_patterns("build", "*.egg-info", "__pycache__"))
    target = root / "site"
    proc = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
                           "--no-build-isolation", "--no-index", "--target", str(target), str(source)],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return {**os.environ, "PYTHONPATH": str(target)}


def run(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run([str(SCRIPT), *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=120)
    assert "Traceback" not in proc.stderr
    return proc


def found(proc: subprocess.CompletedProcess[str]) -> list[str]:
    return [item["code"] for item in json.loads(proc.stdout)]


def test_pack_rule_is_listed_and_explained(installed: dict[str, str], tmp_path: Path) -> None:
    rules = json.loads(run(["rules", "--format", "json"], installed, tmp_path).stdout)
    [entry] = [r for r in rules if r["code"] == "EX001"]
    assert entry["name"] == "long-headline" and entry["pack"] == "copydesk-pack-example"
    explained = run(["explain", "long-headline"], installed, tmp_path)
    assert explained.returncode == 0 and "max_characters" in explained.stdout
    assert "EX001" not in run(["rules"], {**installed, "PYTHONPATH": ""}, tmp_path).stdout  # not installed


@pytest.mark.parametrize(("args", "config", "expected"), [
    ([], "", ["EX001", "PH001"]),
    (["--select", "EX001"], "", ["EX001"]),
    (["--select", "EX"], "", ["EX001"]),
    (["--ignore", "EX001"], "", ["PH001"]),
    (["--ignore", "long-headline"], "", ["PH001"]),
    ([], 'ignore = ["EX"]\n', ["PH001"]),
    ([], '[per-file-ignores]\n"story.md" = ["EX001"]\n', ["PH001"]),
    ([], '[rules.long-headline]\nmax_characters = 100\n', ["PH001"]),
])
def test_pack_rule_runs_and_is_selected_like_a_builtin(installed: dict[str, str], tmp_path: Path,
                                                       args: list[str], config: str,
                                                       expected: list[str]) -> None:
    (tmp_path / "story.md").write_text(STORY, encoding="utf-8")
    if config:
        (tmp_path / "copydesk.toml").write_text(config, encoding="utf-8")
    proc = run(["check", "story.md", "--output-format", "json", *args], installed, tmp_path)
    assert found(proc) == expected, proc.stderr


@pytest.mark.parametrize("directive", ["disable-next-line EX001", "disable-next-line long-headline",
                                       "disable-file EX"])
def test_pack_rule_is_suppressed_by_directives(installed: dict[str, str], tmp_path: Path,
                                               directive: str) -> None:
    (tmp_path / "story.md").write_text(f"<!-- copydesk: {directive} -->\n{STORY}", encoding="utf-8")
    args = ["check", "story.md", "--output-format", "json", "--extend-select", "MD902"]  # MD902: the
    proc = run(args, installed, tmp_path)  # directive is used, so it is not reported as unused
    assert found(proc) == ["PH001"]


def test_a_project_prefix_cannot_take_the_packs(installed: dict[str, str], tmp_path: Path) -> None:
    shutil.copytree(ROOT / "examples" / "house-style" / "rules", tmp_path / "style")
    (tmp_path / "copydesk.toml").write_text('rule-paths = ["style"]\nrule-prefix = "EX"\n', encoding="utf-8")
    (tmp_path / "story.md").write_text(STORY, encoding="utf-8")
    proc = run(["check", "story.md"], installed, tmp_path)
    assert proc.returncode == 2
    assert "'EX' is already used by the rules of 'copydesk-pack-example'" in proc.stderr


def test_the_packs_own_tests_pass(installed: dict[str, str], tmp_path: Path) -> None:
    shutil.copytree(PACK / "tests", tmp_path / "tests")
    proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
                          env=installed, cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "4 passed" in proc.stdout


def test_copydesks_docs_tests_run_the_packs_examples(installed: dict[str, str]) -> None:
    proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           str(ROOT / "tests" / "test_rule_docs.py"), "-k", "EX001"],
                          env=installed, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "2 passed" in proc.stdout  # EX001's Bad and Good examples
