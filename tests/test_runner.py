"""Parallel runs: the same output as one process, per-file errors kept, Ctrl-C stops everything."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest

import copydesk.registry
from copydesk import runner
from copydesk.config import ConfigResolver
from copydesk.model import Span
from copydesk.registry import Registry, Scope, load_registry, rule

SCRIPT = Path(sys.executable).parent / "copydesk"
STORY = ("Story {n}\n\nBy Jo Lee\n\nBy Jo Lee\n\nThe vote is on [insert date], analysts say. Sales rose "
         "{n}% on Monday.\n\nFollow us on Google News\n")


def make_tree(root: Path, count: int = 24) -> None:
    for n in range(count):
        folder = root / "archive" / f"part-{n % 3}"
        folder.mkdir(parents=True, exist_ok=True)
        suffix = (".txt", ".md", ".html")[n % 3]
        text = STORY.format(n=n)
        if suffix == ".html":
            text = f"<html><body><p>{text}</p></body></html>"
        (folder / f"story-{n:02d}{suffix}").write_text(text, encoding="utf-8")
    (root / "archive" / "part-1" / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (root / "archive" / "part-2" / "latin.txt").write_bytes("Caf\xe9 prices\n".encode("latin-1"))


def run(args: list[str], cwd: Path, timeout: float = 120) -> tuple[int, str, str]:
    proc = subprocess.run([str(SCRIPT), *args], cwd=cwd, capture_output=True, timeout=timeout, check=False)
    err = proc.stderr.decode("utf-8")
    assert "Traceback" not in err
    return proc.returncode, proc.stdout.decode("utf-8"), err


@pytest.mark.parametrize("fmt", ["concise", "json", "junit"])
def test_parallel_output_is_the_serial_output(tmp_path: Path, fmt: str) -> None:
    make_tree(tmp_path)
    args = ["check", "--no-cache", "--output-format", fmt, "archive", "archive/part-0/story-00.txt"]
    serial = run([*args, "-j", "1"], tmp_path)
    assert serial[0] == 2  # the unreadable files
    assert "image.txt: error: binary file" in serial[2] and "latin.txt: error: not valid UTF-8" in serial[2]
    assert serial == run([*args, "-j", "2"], tmp_path) == run([*args, "-j", "3"], tmp_path)
    assert serial == run(args, tmp_path)  # the default: one worker per core


def test_worker_count() -> None:
    assert runner.worker_count(1, None) == 1
    assert runner.worker_count(1, 8) == 1
    assert runner.worker_count(10, 4) == 4
    assert runner.worker_count(3, 8) == 3
    assert runner.worker_count(3, None, "fork") == min(runner.cpu_count(), 1)
    assert runner.worker_count(1000, None, "fork") == runner.cpu_count()
    assert runner.worker_count(9, None, "spawn") == 1


def test_a_file_that_breaks_copydesk_is_that_files_error(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    make_tree(tmp_path, count=8)
    files = sorted((tmp_path / "archive").rglob("story-*"))
    real = runner.lint_bytes

    def broken_on_story_03(display, data, *args, **kwargs):
        if "story-03" in display:
            raise RuntimeError("boom")
        return real(display, data, *args, **kwargs)

    monkeypatch.setattr(runner, "lint_bytes", broken_on_story_03)  # fork: the workers see it too
    settings = runner.Settings(None, (None, [], []), None, use_cache=False)
    linter = runner.Linter(ConfigResolver(load_registry()), use_cache=False)
    for jobs in (1, 2):
        results = runner.lint_files([(f, str(f)) for f in files], linter, settings, jobs)
        assert [r.path for r in results] == [str(f) for f in files]
        broken = [r for r in results if r.errors]
        assert [r.path for r in broken] == [str(f) for f in files if "story-03" in f.name]
        assert broken[0].errors == ["internal error: RuntimeError: boom; please report it"]
        assert all(r.diagnostics for r in results if not r.errors)


def _descendants(pid: int) -> set[int]:
    found, todo = set(), [pid]
    while todo:
        current = todo.pop()
        for task in Path(f"/proc/{current}/task").glob("*"):
            for child in (task / "children").read_text().split():
                found.add(int(child))
                todo.append(int(child))
    return found


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux /proc to watch the workers")
def test_ctrl_c_stops_the_workers_and_exits_130(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    long_story = "\n\n".join(STORY.format(n=n) for n in range(40))
    for n in range(400):
        (folder / f"story-{n:03d}.txt").write_text(long_story, encoding="utf-8")
    process = subprocess.Popen([str(SCRIPT), "check", "--no-cache", "-j", "2", "many"], cwd=tmp_path,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 60
    while len(_descendants(process.pid)) < 2 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    workers = _descendants(process.pid)
    assert len(workers) >= 2, "the workers never started"
    time.sleep(0.3)
    os.killpg(process.pid, signal.SIGINT)  # what a terminal sends to the whole foreground group
    out, err = process.communicate(timeout=30)
    assert process.returncode == 130
    assert err.decode().strip() == "copydesk: interrupted"
    assert out == b""
    for pid in workers:  # no worker left behind
        assert not Path(f"/proc/{pid}").exists() or "Z" in Path(f"/proc/{pid}/stat").read_text().split()[2]


# A rule with set-up work to start early: it records where and when that work ran.
PREPARED: list[str] = []


def _prepare(config) -> None:
    time.sleep(0.05)  # slower than linting the first file: the check must still find it done or wait
    PREPARED.append(threading.current_thread().name)


def _prepare_fails(config) -> None:
    raise OSError("no dictionary")


@rule(code="EX001", name="prepared-check", scope=Scope.DOCUMENT, prepare=_prepare)
def _prepared_check(document, ctx):
    yield ctx.report(Span(0, 1), f"prepared in {PREPARED}")


@rule(code="EX002", name="failing-preparation", scope=Scope.DOCUMENT, prepare=_prepare_fails)
def _failing_check(document, ctx):
    yield ctx.report(Span(0, 1), "checked anyway")


def test_rules_prepare_in_the_background_before_workers_start(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    make_tree(tmp_path, count=6)
    files = [(f, str(f)) for f in sorted((tmp_path / "archive").rglob("story-*"))]
    registry = Registry([replace(_prepared_check, pack="tests"), replace(_failing_check, pack="tests")])
    monkeypatch.setattr(copydesk.registry, "load_registry", lambda: registry)  # the workers' registry
    settings = runner.Settings(None, (None, [], []), None, use_cache=False)
    for jobs in (1, 2):
        PREPARED.clear()
        results = runner.lint_files(files, runner.Linter(ConfigResolver(registry), use_cache=False),
                                    settings, jobs)
        for thread in threading.enumerate():  # serially, nothing waits for it: the check may run first
            if thread.name == "copydesk-prepare":
                thread.join()
        assert PREPARED == ["copydesk-prepare"]  # once per run, off the main thread
        messages = {d.message for r in results for d in r.diagnostics}
        assert "checked anyway" in messages  # a failed preparation is the rule's own business
        if jobs == 2:  # the workers were forked after the preparation ended, and inherited it
            assert messages >= {"prepared in ['copydesk-prepare']"}
