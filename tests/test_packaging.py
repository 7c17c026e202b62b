"""A wheel of copydesk (not the editable install) carries the built-in data rules and loads them."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import copydesk.registry
import copydesk.rules

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_wheel_ships_the_data_rules(tmp_path: Path) -> None:
    source = tmp_path / "source"  # build from a copy: a build leaves build/ and *.egg-info behind
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    for name in ("lint", "rules"):
        shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
    dist = tmp_path / "dist"
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps",
                           "--no-build-isolation", "--no-index", "--wheel-dir", str(dist), str(source)],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    [wheel] = dist.glob("copydesk-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    data_files = {f"copydesk/rules/{entry.replace('.', '/', 1)}" for entry in copydesk.rules.DATA_FILES}
    assert data_files and data_files <= names

    target = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:  # what pip install does with a pure-Python wheel
        archive.extractall(target)
    script = ("import copydesk, copydesk.registry as r; print(copydesk.__file__); "
              "print(' '.join(x.code for x in r.load_registry().rules if x.digest))")
    proc = subprocess.run([sys.executable, "-c", script], env={**os.environ, "PYTHONPATH": str(target)},
                          cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    where, codes = proc.stdout.splitlines()
    assert where.startswith(str(target))
    assert codes.split() == sorted(r.code for r in copydesk.registry.load_registry().rules if r.digest)
