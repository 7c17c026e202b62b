"""The house-style example pack: what its README shows, and the Zelenskiy/Zelensky choice."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from copydesk.testing import lint

ROOT = Path(__file__).resolve().parent.parent
HOUSE = ROOT / "examples" / "house-style"
CONFIG = {"rule-paths": [str(HOUSE / "rules")], "rule-prefix": "HS"}
SCRIPT = Path(sys.executable).parent / "copydesk"
SEED = ROOT.parent / "shared" / "seeds" / "003_5a6cc9a78910d5ff.txt"
TEXT = "Talks resume\n\nUkrainian President Volodymyr Zelenskiy proposed another round of talks.\n"


def test_zelenskiy_gets_the_house_spelling_with_a_safe_fix() -> None:
    result = lint(TEXT, config=CONFIG)
    [finding] = [d for d in result.diagnostics if d.code == "HS001"]
    assert finding.message == "house spelling: write 'Zelensky', not 'Zelenskiy'"
    assert finding.fix.safe and [e.replacement for e in finding.fix.edits] == ["Zelensky"]
    assert result.fixed() == TEXT.replace("Zelenskiy", "Zelensky")


def test_without_the_pack_zelenskiy_is_not_flagged() -> None:
    result = lint(TEXT)
    assert "Zelenskiy" not in result.texts() and not any("Zelensk" in m for m in result.messages())


@pytest.mark.skipif(not SEED.is_file(), reason=f"{SEED} is absent")
def test_seed_003() -> None:
    text = SEED.read_text(encoding="utf-8")
    with_pack = lint(text, path=SEED.name, config=CONFIG)
    pairs = zip(with_pack.diagnostics, with_pack.texts(), strict=True)
    found = [(d, t) for d, t in pairs if d.code == "HS001"]
    assert [t for _, t in found] == ["Zelenskiy"]
    assert found[0][0].fix.safe and found[0][0].fix.edits[0].replacement == "Zelensky"
    without = lint(text, path=SEED.name)
    assert [d for d, t in zip(without.diagnostics, without.texts(), strict=True) if "Zelensk" in t] == []
    assert sorted(with_pack.codes()) == sorted([*without.codes(), "HS001"])  # nothing else changes


def test_readme_walkthrough_output_is_what_copydesk_prints() -> None:
    readme = (HOUSE / "README.md").read_text(encoding="utf-8")
    command = r"copydesk check examples/house-style/story\.md[^\n]*"
    block = re.search(rf"```console\n\$ ({command})\n(.*?)```", readme, re.DOTALL)
    args = block.group(1).split()[1:]
    proc = subprocess.run([SCRIPT, *args], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert proc.stdout == block.group(2)
    assert proc.returncode == 1


def test_readme_lists_every_rule_file() -> None:
    readme = (HOUSE / "README.md").read_text(encoding="utf-8")
    for path in (HOUSE / "rules").glob("*.toml"):
        assert path.name in readme
