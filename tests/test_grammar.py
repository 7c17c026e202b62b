"""The GR rules' LanguageTool backend, against a real local server speaking LanguageTool's protocol:
category mapping, exact source positions, batching, the result cache, every fault, and the notices."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from languagetool_server import VERSION, LanguageToolServer
from typer.testing import CliRunner

from copydesk import grammar, languagetool
from copydesk.cli import app
from copydesk.testing import lint

TESTS = Path(__file__).resolve().parent


@pytest.fixture(scope="module")
def server():
    started = LanguageToolServer().start()
    yield started
    started.stop()


@pytest.fixture(autouse=True)
def fresh(server, tmp_path, monkeypatch):
    """Each test: the server healthy and forgetful, LanguageTool not off, an empty cache, no install."""
    server.fault, server.max_chars, server.delay = None, None, 3.0
    server.requests.clear()
    monkeypatch.delenv("COPYDESK_GRAMMAR", raising=False)
    monkeypatch.delenv("COPYDESK_LANGUAGETOOL_URL", raising=False)
    monkeypatch.setenv("COPYDESK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "no-languagetool-here"))
    languagetool._CLIENTS.clear()


def check(text: str, server: LanguageToolServer, path: str = "article.md", **grammar_settings):
    settings = {"server": server.url, **grammar_settings}
    return lint(text, select=["GR"], path=path, config={"grammar": settings})


def test_categories_map_to_gr_codes_with_the_rule_id_in_the_message(server):
    text = ("She could of left. The minister met teh press. The minister , who resigned, spoke. "
            "They met in order to plan. Yesterday i think she left. The the vote passed. "
            "It passed irregardless of the protest.\n")
    result = check(text, server)
    found = {(code, source) for code, source in zip(result.codes(), result.texts(), strict=True)}
    assert found == {("GR001", "could of"), ("GR002", "teh"), ("GR003", " ,"), ("GR004", "in order to"),
                     ("GR005", "i think"), ("GR006", "The the"), ("GR006", "irregardless")}
    assert result.messages()[0] == ("'could of': Did you mean “could have”? (suggestion: 'could have') "
                                    "[LanguageTool COULD_OF]")


def test_rules_that_duplicate_copydesk_are_switched_off_in_the_request(server):
    result = check('He said  "yes" and could of left.\n', server)
    assert result.codes() == ["GR001"]  # not WHITESPACE_RULE nor EN_QUOTES: TY owns them
    [request] = server.checks()
    assert {"WHITESPACE_RULE", "EN_QUOTES", "DASH_RULE", "TOO_LONG_SENTENCE"} <= set(
        request["disabledRules"].split(","))
    assert request["language"] == "en-US"


def test_a_match_after_a_fenced_code_block_is_at_its_exact_line_and_column(server):
    text = textwrap.dedent("""\
        ---
        title: Council vote
        ---
        # Council vote

        ```python
        # could of: code is never sent
        x = "teh"
        ```

        The mayor said she could of voted.
        """)
    result = check(text, server)
    assert result.positions() == [(11, 20, "GR001")]
    assert result.texts() == ["could of"]
    [request] = server.checks()
    assert "code is never sent" not in request["text"] and "title" not in request["text"]


def test_entities_curly_quotes_and_emoji_before_a_match_keep_positions_exact(server):
    text = ("<html><body><p>Tom &amp; Jerry&#8217;s “plan” 😀🎉 could of &eacute;chou&eacute; teh vote.</p>"
            "</body></html>\n")
    result = check(text, server, path="page.html")
    assert result.texts() == ["could of", "teh"]
    assert result.positions() == [(1, text.index("could of") + 1, "GR001"),
                                  (1, text.index("teh") + 1, "GR002")]


def test_inline_code_and_links_go_as_markup_and_are_never_flagged(server):
    text = "The `could of` flag and [teh site](https://x.org/teh) could of failed.\n"
    result = check(text, server)
    assert result.texts() == ["teh", "could of"]  # the link's text is prose; its target and the code are not
    assert result.positions() == [(1, 26, "GR002"), (1, 55, "GR001")]
    [request] = server.checks()
    annotation = json.loads(request["data"])["annotation"]
    assert {"markup": "\ufffc", "interpretAs": "X"} in annotation and "text" not in request


def test_one_request_per_document_or_as_few_as_the_size_limit_allows(server):
    paragraphs = [f"Paragraph {n} says she could of gone." for n in range(6)]
    text = "\n\n".join(paragraphs) + "\n"
    assert len(check(text, server).codes()) == 6
    assert len(server.checks()) == 1
    server.requests.clear()
    languagetool._CLIENTS.clear()
    server.max_chars = 100
    result = check(text, server, **{"max-request-chars": 100})
    assert result.positions() == [(1 + 2 * n, paragraphs[n].index("could of") + 1, "GR001") for n in range(6)]
    assert len(server.checks()) == 3 and all(len(form["text"]) <= 100 for form in server.checks())


def test_names_and_house_words_are_not_spelling_findings(server):
    text = "Dmitry Peskov said teh talks with Zuhry failed. Teh end.\n"
    result = check(text, server, words=["Zuhry"])
    assert result.texts() == ["teh", "Teh"]


def test_an_unchanged_document_is_answered_from_the_cache(server, tmp_path):
    text = "She could of left.\n"
    first = check(text, server)
    assert len(server.checks()) == 1
    languagetool._CLIENTS.clear()
    assert check(text, server).positions() == first.positions()
    assert len(server.checks()) == 1, "no second check of the same text"
    assert check(text, server, language="en-GB").codes() == ["GR001"]
    assert len(server.checks()) == 2, "another language is another question"
    [entry, *_] = (tmp_path / "cache" / "languagetool").rglob("*.json")
    for damage in ("{not json", '{"key": "x", "matches": []}', '{"key": null}'):
        for path in (tmp_path / "cache" / "languagetool").rglob("*.json"):
            path.write_text(damage, encoding="utf-8")
        assert check(text, server).positions() == first.positions()
    assert entry.exists()


def test_the_server_version_is_part_of_the_cache_key(server):
    client = languagetool.Client(server.url, grammar.GrammarSettings())
    assert VERSION in client.identity() and server.url in client.identity()


def write(folder: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")


FILES = {"a.md": "Council vote\n\nThe vote is on [insert date] and she could of gone.\n",
         "b.md": "Council vote\n\nThe vote is on 3 June and he could of gone.\n",
         "c.md": "Council vote\n\nThe vote is on 4 June.\n"}


def run_check(folder: Path, monkeypatch, *args: str) -> tuple[int, str, str]:
    monkeypatch.chdir(folder)
    result = CliRunner().invoke(app, ["check", "--no-color", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stdout, result.stderr


def test_findings_go_to_stdout_and_the_run_is_judged_with_them(server, tmp_path, monkeypatch):
    write(tmp_path, FILES)
    monkeypatch.setenv("COPYDESK_LANGUAGETOOL_URL", server.url)
    code, out, err = run_check(tmp_path, monkeypatch, "--select", "PH,GR", ".")
    assert code == 1 and err == ""
    lines = {name: text.splitlines()[2] for name, text in FILES.items()}
    assert f"a.md:3:{lines['a.md'].index('could of') + 1}: GR001" in out
    assert f"b.md:3:{lines['b.md'].index('could of') + 1}: GR001" in out and "a.md:3:16: PH001" in out


@pytest.mark.parametrize(("fault", "said"), [
    ("down", "cannot reach LanguageTool at http://127.0.0.1:"),
    ("slow", "did not answer within 0.5 s"),
    ("500", "answered HTTP 500 (Error: Internal Server Error"),
    ("malformed", "answered with something that is not JSON"),
    ("not-languagetool", "answered with JSON that is not LanguageTool's ('matches' is not a list)"),
])
def test_a_failing_server_gives_one_notice_and_leaves_the_rest_alone(fault, said, server, tmp_path,
                                                                     monkeypatch):
    write(tmp_path, FILES)
    down = LanguageToolServer().start()
    down.stop()
    url = down.url if fault == "down" else server.url
    server.fault, server.delay = (fault if fault != "down" else None), 2.0
    config = f'select = ["PH", "GR"]\n[grammar]\nserver = "{url}"\ntimeout = 0.5\n'
    (tmp_path / "copydesk.toml").write_text(config)
    code, out, err = run_check(tmp_path, monkeypatch, ".")
    assert code == 1, "PH001 still fails the run"
    assert out.splitlines()[0].startswith("a.md:3:16: PH001") and "GR0" not in out
    [notice] = err.splitlines()
    assert notice.startswith("copydesk: grammar checks skipped: ") and said in notice, notice
    if fault == "slow":
        assert len(server.requests) == 1, "a server that timed out is not asked again in the run"
    (tmp_path / "a.md").unlink()
    code, out, err = run_check(tmp_path, monkeypatch, ".")
    assert code == 0, "with nothing else found the run passes"
    assert len(err.splitlines()) == 1


def test_a_language_the_server_does_not_know_is_a_notice(server, tmp_path, monkeypatch):
    write(tmp_path, {"a.md": FILES["a.md"]})
    (tmp_path / "copydesk.toml").write_text(f'[grammar]\nserver = "{server.url}"\nlanguage = "fr-FR"\n')
    code, _out, err = run_check(tmp_path, monkeypatch, "--select", "GR", "a.md")
    assert code == 0 and "does not know the language 'fr-FR'" in err


def test_with_no_languagetool_anywhere_one_notice_for_the_whole_run(tmp_path, monkeypatch):
    write(tmp_path, FILES)
    code, out, err = run_check(tmp_path, monkeypatch, "--select", "PH,GR001", ".")
    assert code == 1 and "PH001" in out
    assert err.splitlines() == [line for line in err.splitlines() if "grammar checks skipped" in line]
    assert len(err.splitlines()) == 1 and "no LanguageTool server configured or installed" in err
    code, out, err = run_check(tmp_path, monkeypatch, "--select", "PH,GR001", "--output-format", "json", ".")
    assert len(json.loads(out)) == 1 and len(err.splitlines()) == 1  # JSON stays valid: notices are on stderr
    assert run_check(tmp_path, monkeypatch, "--select", "PH,GR001", "--quiet", ".")[2] == ""
    (tmp_path / "copydesk.toml").write_text('[grammar]\nmode = "off"\n')
    assert run_check(tmp_path, monkeypatch, "--select", "PH,GR001", ".")[2] == ""
    monkeypatch.setenv("COPYDESK_GRAMMAR", "off")
    (tmp_path / "copydesk.toml").unlink()
    assert run_check(tmp_path, monkeypatch, "--select", "PH,GR001", ".")[2] == ""


@pytest.mark.parametrize(("table", "said"), [
    ('[grammar]\nmode = "remote"\n', "mode 'remote' is not one of auto, server, local, off"),
    ('[grammar]\nmode = "server"\n', 'mode "server" needs server'),
    ('[grammar]\nserver = "localhost:8081"\n', "is not an http:// or https:// URL"),
    ('[grammar]\ntimeout = "10"\n', "timeout must be a number"),
    ('[grammar]\nspeling = true\n', "unknown key 'speling' in [grammar]"),
    ('[grammar]\nwordlist = "missing.txt"\n', "wordlist"),
    ('grammar = 3\n', "'grammar' must be a table"),
])
def test_bad_grammar_settings_are_one_line_errors(table, said, tmp_path):
    write(tmp_path, {"a.md": FILES["c.md"], "copydesk.toml": table})
    done = run_script(["check", "a.md"], tmp_path)
    assert done.returncode == 2 and said in done.stderr and len(done.stderr.splitlines()) == 1, done.stderr


def test_a_bad_environment_value_is_a_one_line_error(tmp_path):
    write(tmp_path, {"a.md": FILES["c.md"]})
    done = run_script(["check", "a.md"], tmp_path, COPYDESK_GRAMMAR="sometimes")
    assert done.returncode == 2 and "$COPYDESK_GRAMMAR" in done.stderr and len(done.stderr.splitlines()) == 1


def run_script(args: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess:
    """The installed console script, as a user runs it."""
    script = Path(sys.executable).parent / "copydesk"
    done = subprocess.run([str(script), *args], cwd=cwd, capture_output=True, text=True, timeout=60,
                          env={**os.environ, **env})
    assert "Traceback" not in done.stderr
    return done


# ---------------------------------------------------------------------------------------------
# Local mode: an installed LanguageTool, started with `java` (here a stand-in that serves the protocol)

FAKE_JAVA = """#!{python}
import os, sys
if "-version" in sys.argv:
    sys.stderr.write('openjdk version "{version}" 2024-01-16\\n')
    sys.exit(0)
sys.path.insert(0, {tests!r})
from languagetool_server import LanguageToolServer
assert sys.argv[1:4] == ["-cp", {jar!r}, "org.languagetool.server.HTTPServer"], sys.argv
LanguageToolServer(int(sys.argv[sys.argv.index("--port") + 1])).httpd.serve_forever()
"""


def install_fake(tmp_path: Path, monkeypatch, java_version: str | None) -> Path:
    folder = tmp_path / "lt" / "LanguageTool-6.8"
    folder.mkdir(parents=True)
    jar = folder / "languagetool-server.jar"
    jar.write_bytes(b"PK\x05\x06" + bytes(18))
    bin_folder = tmp_path / "bin"
    bin_folder.mkdir()
    if java_version:
        java = bin_folder / "java"
        java.write_text(FAKE_JAVA.format(python=sys.executable, version=java_version, tests=str(TESTS),
                                         jar=str(jar)))
        java.chmod(java.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{bin_folder}{os.pathsep}/usr/bin/nonexistent")
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "lt"))
    return folder


def test_an_installed_languagetool_is_started_and_used(tmp_path, monkeypatch):
    folder = install_fake(tmp_path, monkeypatch, "17.0.10")
    assert grammar.plan(grammar.GrammarSettings()) == grammar.Plan("local", str(folder))
    result = lint("She could of left.\n", select="GR", config={"grammar": {}})
    assert result.positions() == [(1, 5, "GR001")]


@pytest.mark.parametrize(("java_version", "said"), [
    (None, "needs Java, and no `java` is on the PATH"),
    ("11.0.2", "Java is too old for LanguageTool"),
])
def test_missing_or_old_java_is_reported_as_such(java_version, said, tmp_path, monkeypatch):
    install_fake(tmp_path, monkeypatch, java_version)
    write(tmp_path, {"a.md": FILES["a.md"]})
    code, out, err = run_check(tmp_path, monkeypatch, "--select", "PH,GR001", "a.md")
    assert code == 1 and "PH001" in out
    assert said in err and "Java 17 or newer" in err and len(err.splitlines()) == 1, err


def test_local_mode_without_an_install_says_where_it_looked(tmp_path, monkeypatch):
    write(tmp_path, {"a.md": FILES["c.md"], "copydesk.toml": '[grammar]\nmode = "local"\n'})
    code, _out, err = run_check(tmp_path, monkeypatch, "a.md")
    assert code == 0 and f"no LanguageTool in {tmp_path / 'no-languagetool-here'}" in err


def test_check_without_network_or_languagetool_says_so_once_and_downloads_nothing(tmp_path):
    from test_readability import _offline

    write(tmp_path, FILES)
    done = _offline(["check", "--select", "PH,GR", str(tmp_path)], tmp_path / "cache")
    assert done.returncode == 1 and "PH001" in done.stdout and "Traceback" not in done.stderr
    assert [line for line in done.stderr.splitlines() if "grammar" in line] == [
        line for line in done.stderr.splitlines() if line.startswith("copydesk: grammar checks skipped: no "
                                                                      "LanguageTool server configured")]
    assert len([line for line in done.stderr.splitlines() if "grammar" in line]) == 1
    assert not (tmp_path / "no-languagetool-here").exists(), "nothing was fetched or unpacked"


def test_install_without_network_fails_in_one_line_and_downloads_nothing(tmp_path):
    from test_readability import _offline

    target = tmp_path / "lt"
    env_before = os.environ.get("LTP_PATH")
    os.environ["LTP_PATH"] = str(target)
    try:
        done = _offline(["grammar", "install"], tmp_path / "cache")
    finally:
        os.environ.pop("LTP_PATH") if env_before is None else os.environ.update(LTP_PATH=env_before)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("copydesk: error: cannot install LanguageTool 6.8: "), done.stderr
    assert f"into {target}" in done.stderr and "250 MB" in done.stderr
    assert not list(target.glob("LanguageTool-*"))


def test_status_says_what_is_used(server, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COPYDESK_LANGUAGETOOL_URL", server.url)
    result = CliRunner().invoke(app, ["grammar", "status"])
    assert result.exit_code == 0
    assert f"LanguageTool: server {server.url}: {server.url}/ LanguageTool {VERSION}" in result.stdout


# ---------------------------------------------------------------------------------------------
# A real LanguageTool, when this machine has one


def test_against_a_real_languagetool(tmp_path, monkeypatch):
    url = os.environ.get("COPYDESK_TEST_REAL_LANGUAGETOOL_URL")
    monkeypatch.delenv("LTP_PATH")
    installed = grammar.installed_languagetool(grammar.GrammarSettings())
    if not url and installed is None:
        pytest.skip("no real LanguageTool: set COPYDESK_LANGUAGETOOL_URL to a running server, or run "
                    "`copydesk grammar install` (LanguageTool cannot be fetched on this machine)")
    settings = {"server": url} if url else {"mode": "local"}
    text = "# Budget\n\nThe council could of voted on teh budget yesterday.\n\n```\ncould of\n```\n"
    result = lint(text, select="GR", config={"grammar": settings})
    assert (3, 13, "GR001") in result.positions() or (3, 13, "GR002") in result.positions(), result.messages()
    assert any(code == "GR002" and source == "teh" for code, source in zip(result.codes(), result.texts(),
                                                                          strict=True))
    assert all(line == 3 for line, _, _ in result.positions())
