"""``copydesk check --date``: the publication date of texts whose metadata gives none."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from copydesk.cli import app

TEXT = "Peace talks\n\nThe Kremlin said on Monday that talks would resume.\n"


def invoke(args: list[str], cwd: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(cwd)
    return CliRunner().invoke(app, args)


def test_date_resolves_relative_dates(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    result = invoke(["check", "a.txt", "--select", "TM,TM003", "--date", "2025-06-18"], tmp_path, monkeypatch)
    assert result.exit_code == 0, result.output  # info only
    assert "TM003 'on Monday' is 2025-06-16 (Monday)" in result.output
    assert "TM004" not in result.output


def test_without_date_the_article_is_undated(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    result = invoke(["check", "a.txt", "--select", "TM,TM003"], tmp_path, monkeypatch)
    assert "TM004 'on Monday' cannot be dated" in result.output
    assert "TM003" not in result.output


def test_metadata_wins_over_the_option(tmp_path, monkeypatch):
    (tmp_path / "a.md").write_text("---\ndate: 2025-06-25\n---\n" + TEXT, encoding="utf-8")
    result = invoke(["check", "a.md", "--select", "TM003", "--date", "2025-06-18"], tmp_path, monkeypatch)
    assert "'on Monday' is 2025-06-23" in result.output


def test_bad_date_is_a_usage_error(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    result = invoke(["check", "a.txt", "--date", "18/06/2025"], tmp_path, monkeypatch)
    assert result.exit_code == 2
    assert "18/06/2025" in result.output
