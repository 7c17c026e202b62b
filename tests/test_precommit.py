"""The real pre-commit runs the hook from this repository on a throwaway git repository."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PRE_COMMIT = Path(sys.executable).parent / "pre-commit"


@pytest.mark.slow
@pytest.mark.skipif(not PRE_COMMIT.exists() or not shutil.which("git"), reason="needs pre-commit and git")
def test_hook_fails_on_a_bad_article_and_passes_on_a_good_one(tmp_path):
    repo = tmp_path / "newsroom"
    repo.mkdir()
    (repo / "bad.md").write_text("# Talks resume\n\nThe talks resume on [insert date], TK said.\n")
    (repo / "good.md").write_text("# Talks resume\n\nThe talks resume on 3 June, the Foreign Office said.\n")
    (repo / "notes.py").write_text("# TODO [DATE]: not an article, the hook must not see it\n")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"), "NO_COLOR": "1",
           "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True, env=env)
    subprocess.run(["git", "add", "."], cwd=repo, check=True, env=env)

    def try_repo(*files: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(PRE_COMMIT), "try-repo", str(ROOT), "copydesk", "--files", *files],
                              cwd=repo, env=env, capture_output=True, text=True, timeout=900)

    bad = try_repo("bad.md", "notes.py")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "bad.md:3:21: PH001" in bad.stdout
    assert "bad.md" in bad.stdout and "PH002" in bad.stdout
    assert "notes.py" not in bad.stdout.split("Failed", 1)[-1]

    good = try_repo("good.md")
    assert good.returncode == 0, good.stdout + good.stderr
    assert "Passed" in good.stdout
