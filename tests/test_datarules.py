"""Declarative rules: the four kinds, their fixes, the strict schema and project rule folders."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from copydesk.config import ConfigError, ConfigResolver, load_config, parse_config
from copydesk.datarules import preserve_case
from copydesk.registry import load_registry
from copydesk.testing import lint

SCRIPT = Path(sys.executable).parent / "copydesk"

SWAP = """
code = "HS001"
kind = "substitution"
summary = "House spellings."
message = "write '{replacement}', not '{match}'"
exceptions = ["chicken Kiev"]

[swap]
"Zelenskiy" = "Zelensky"
"Kiev" = "Kyiv"
"per cent" = "percent"
"armed gunman" = "gunman"

[[examples]]
bad = "Zelenskiy spoke."
good = "Zelensky spoke."
"""


def cli(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run([SCRIPT, *args], cwd=cwd, capture_output=True, text=True, timeout=60)
    assert "Traceback" not in proc.stderr
    return proc


def rule_folder(root: Path, files: dict[str, str], folder: str = "style") -> Path:
    path = root / folder
    path.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (path / name).write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def house(tmp_path: Path, files: dict[str, str], prefix: str = "HS") -> dict:
    """A configuration naming a rule folder holding ``files``."""
    return {"rule-paths": [str(rule_folder(tmp_path, files))], "rule-prefix": prefix}


def house_lint(tmp_path: Path, files: dict[str, str], text: str, select: str | list[str] = "HS", **kwargs):
    return lint(text, select, config=house(tmp_path, files), **kwargs)


# ---------------------------------------------------------------------------------------------
# substitution


def test_substitution_swaps_in_the_case_of_the_text_with_a_safe_fix(tmp_path: Path) -> None:
    text = "Zelenskiy met ZELENSKIY fans; zelenskiy.com is not his. Prices rose 4 Per cent.\n"
    result = house_lint(tmp_path, {"names.toml": SWAP}, text)
    assert result.texts() == ["Zelenskiy", "ZELENSKIY", "zelenskiy", "Per cent"]
    assert result.messages()[1] == "write 'ZELENSKY', not 'ZELENSKIY'"
    assert all(d.fix and d.fix.safe for d in result.diagnostics)
    assert result.fixed() == "Zelensky met ZELENSKY fans; zelensky.com is not his. Prices rose 4 Percent.\n"


def test_substitution_matches_whole_words_across_line_breaks(tmp_path: Path) -> None:
    text = "Kievan Rus. Kiev-based staff. The rise was 4 per\ncent. Kieve.\n"
    result = house_lint(tmp_path, {"names.toml": SWAP}, text)
    assert result.texts() == ["Kiev", "per\ncent"]
    assert result.fixed() == "Kievan Rus. Kyiv-based staff. The rise was 4 percent. Kieve.\n"


def test_exceptions_are_left_alone(tmp_path: Path) -> None:
    result = house_lint(tmp_path, {"names.toml": SWAP}, "Chicken Kiev is served in Kiev.\n")
    assert result.positions() == [(1, 27, "HS001")]


def test_unclear_case_markup_inside_or_an_article_before_make_the_fix_unsafe(tmp_path: Path) -> None:
    files = {"names.toml": SWAP}
    mixed = house_lint(tmp_path, files, "ZeLenskiy spoke.\n")
    assert [(d.fix.safe, d.fix.edits[0].replacement) for d in mixed.diagnostics] == [(False, "Zelensky")]
    markup = house_lint(tmp_path, files, "Up 4 per *cent* today.\n", path="a.md")
    assert markup.texts() == ["per *cent"] and not markup.diagnostics[0].fix.safe
    assert markup.fixed() == "Up 4 per *cent* today.\n"
    article = house_lint(tmp_path, files, "Police said an armed gunman fled.\n")
    assert not article.diagnostics[0].fix.safe
    assert article.fixed(unsafe=True) == "Police said an gunman fled.\n"  # why it is not safe


@pytest.mark.parametrize(("matched", "phrase", "replacement", "expected"), [
    ("Zelenskiy", "Zelenskiy", "Zelensky", "Zelensky"),
    ("ZELENSKIY", "Zelenskiy", "Zelensky", "ZELENSKY"),
    ("zelenskiy", "Zelenskiy", "Zelensky", "zelensky"),
    ("Per cent", "per cent", "percent", "Percent"),
    ("per  cent", "per cent", "percent", "percent"),
    ("facebook", "facebook", "Facebook", "Facebook"),
    ("ZeLenskiy", "Zelenskiy", "Zelensky", None),
])
def test_preserve_case(matched: str, phrase: str, replacement: str, expected: str | None) -> None:
    assert preserve_case(matched, phrase, replacement) == expected


def test_regex_swap_is_only_suggested(tmp_path: Path) -> None:
    rule = """
    code = "HS002"
    kind = "substitution"
    summary = "Million as m."
    message = "write '{replacement}' for '{match}'"
    regex = true
    [swap]
    '\\$[0-9]+ million' = "$Nm"
    [[examples]]
    bad = "It cost $5 million."
    good = "It cost $5m."
    """
    result = house_lint(tmp_path, {"million.toml": rule}, "It cost $12 million, or $3million.\n")
    assert result.texts() == ["$12 million"]
    assert result.messages() == ["write '$Nm' for '$12 million'"]
    assert result.diagnostics[0].fix is None


# ---------------------------------------------------------------------------------------------
# existence, occurrence, consistency


EXISTENCE = """
code = "HS010"
kind = "existence"
scope = "heading"
summary = "Tabloid verbs in headlines."
message = "headline verb '{match}'"
tokens = ["slams", "lashes out"]
[[examples]]
bad = "Minister slams critics"
good = "Minister rejects criticism"
"""


def test_existence_in_headings_only(tmp_path: Path) -> None:
    text = "# Minister Slams critics\n\n## Union lashes  out\n\nThe union slams the offer.\n"
    result = house_lint(tmp_path, {"verbs.toml": EXISTENCE}, text, path="a.md")
    assert result.texts() == ["Slams", "lashes  out"]
    assert result.messages() == ["headline verb 'Slams'", "headline verb 'lashes  out'"]
    assert all(d.fix is None for d in result.diagnostics)


def test_case_is_matched_when_asked(tmp_path: Path) -> None:
    rule = EXISTENCE.replace('scope = "heading"', "ignore_case = false")
    result = house_lint(tmp_path, {"verbs.toml": rule}, "Headline\n\nHe Slams it. She slams it.\n")
    assert result.texts() == ["slams"]


SAID = """
code = "HS020"
kind = "occurrence"
summary = "Stand-ins for said."
message = "'{match}': {count} in all (limit {max})"
max = 2
skip_quotes = true
tokens = ["stated", "claimed", "remarked"]
[[examples]]
bad = "A stated. B claimed. C remarked."
expect = ["remarked"]
good = "A stated. B claimed. C said."
"""


def test_occurrence_reports_every_use_past_the_limit(tmp_path: Path) -> None:
    text = ("Headline\n\nThe mayor stated it. \"I never stated that,\" he said.\n\n"
            "Her deputy claimed it. A resident remarked. Another stated it.\n")
    result = house_lint(tmp_path, {"said.toml": SAID}, text)
    assert result.texts() == ["remarked", "stated"]  # the quoted "stated" does not count
    assert result.messages() == ["'remarked': 4 in all (limit 2)", "'stated': 4 in all (limit 2)"]


CONSISTENCY = """
code = "HS030"
kind = "consistency"
summary = "One spelling."
message = "'{match}' beside '{other}'"
[either]
"email" = "e-mail"
"toward" = "towards"
[[examples]]
bad = "An email. An e-mail. More emails? Email."
expect = ["e-mail"]
good = "An e-mail. An e-mail."
"""


def test_consistency_keeps_the_form_used_most_and_ties_go_to_the_first(tmp_path: Path) -> None:
    text = "Headline\n\nSend an e-mail toward the desk. The E-mail is read. Email us. Towards noon.\n"
    result = house_lint(tmp_path, {"one.toml": CONSISTENCY}, text)
    assert result.texts() == ["Email", "Towards"]
    assert result.messages() == ["'Email' beside 'e-mail'", "'Towards' beside 'toward'"]
    assert not any(d.fix.safe for d in result.diagnostics)  # which form stays is the editor's choice
    assert result.fixed(unsafe=True).endswith("E-mail us. Toward noon.\n")


# ---------------------------------------------------------------------------------------------
# Project folders: selection, suppression, listing, loading only when named


def test_project_rules_are_selected_ignored_and_suppressed_like_builtins(tmp_path: Path) -> None:
    config = house(tmp_path, {"names.toml": SWAP})
    text = "Talks in Kiev\n\nZelenskiy arrived [insert date].\n"
    assert lint(text, config=config).codes() == ["HS001", "HS001", "PH001"]
    assert lint(text, config={**config, "ignore": ["HS001"]}).codes() == ["PH001"]
    assert lint(text, config={**config, "ignore": ["names"]}).codes() == ["PH001"]  # name from the file
    assert lint(text, config={**config, "select": ["HS"]}).codes() == ["HS001", "HS001"]
    suppressed = "Talks in Kiev\n\ncopydesk: disable-next-line HS001\nZelenskiy arrived.\n"
    assert lint(suppressed, config=config).codes() == ["HS001"]
    assert lint(suppressed, config=config).texts() == ["Kiev"]


def test_rule_folders_load_only_when_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rule_folder(tmp_path, {"names.toml": SWAP})
    (tmp_path / "a.txt").write_text("Zelenskiy\n\nZelenskiy arrived.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert lint("Zelenskiy\n\nZelenskiy arrived.\n").codes() == []
    with pytest.raises(ConfigError, match="unknown rule 'HS001'"):
        parse_config({"select": ["HS001"]}, load_registry())


def test_paths_are_relative_to_the_config_file(tmp_path: Path) -> None:
    rule_folder(tmp_path, {"names.toml": SWAP}, "conf/style")
    (tmp_path / "conf" / "copydesk.toml").write_text('rule-paths = ["style/"]\nrule-prefix = "HS"\n')
    resolver = ConfigResolver(load_registry())
    registry = resolver.registry_for(tmp_path / "conf" / "a.txt")
    assert registry.get("HS001").name == "names"
    assert resolver.registry_for(tmp_path / "a.txt").get("HS001") is None  # no config above it


def test_per_folder_prefixes(tmp_path: Path) -> None:
    rule_folder(tmp_path, {"names.toml": SWAP}, "style")
    rule_folder(tmp_path, {"verbs.toml": EXISTENCE.replace("HS010", "DSK001")}, "desk")
    config = {"rule-paths": [str(tmp_path / "style"), {"path": str(tmp_path / "desk"), "prefix": "DSK"}],
              "rule-prefix": "HS"}
    registry = parse_config(config, load_registry()).registry
    assert registry.get("HS001") and registry.get("DSK001")
    assert {r.pack for r in registry.rules if r.code in ("HS001", "DSK001")} == {
        (tmp_path / "style").as_posix(), (tmp_path / "desk").as_posix()}


def test_fingerprint_follows_the_rule_files(tmp_path: Path) -> None:
    builtin = load_registry()
    assert builtin.data_fingerprint == load_registry().data_fingerprint
    first = parse_config(house(tmp_path, {"names.toml": SWAP}), builtin).registry.data_fingerprint
    again = parse_config(house(tmp_path, {"names.toml": SWAP}), builtin).registry.data_fingerprint
    edited = parse_config(house(tmp_path, {"names.toml": SWAP.replace("House", "The house")}),
                          builtin).registry.data_fingerprint
    assert first == again and len({builtin.data_fingerprint, first, edited}) == 3


def test_cli_lists_explains_and_checks_project_rules(tmp_path: Path) -> None:
    rule_folder(tmp_path, {"names.toml": SWAP})
    (tmp_path / "copydesk.toml").write_text('rule-paths = ["style"]\nrule-prefix = "HS"\n')
    (tmp_path / "story.md").write_text("# Talks\n\nZelenskiy arrived.\n")
    listing = cli(["rules"], tmp_path)
    assert "HS001  names" in listing.stdout
    explained = subprocess.run([SCRIPT, "explain", "HS001"], cwd=tmp_path, capture_output=True, text=True,
                               timeout=60)
    assert explained.returncode == 0 and "'Zelenskiy' → 'Zelensky'" in explained.stdout
    checked = subprocess.run([SCRIPT, "check", "story.md", "--select", "HS001", "--output-format", "json"],
                             cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert checked.returncode == 1
    assert '"code": "HS001"' in checked.stdout and '"name": "names"' in checked.stdout
    elsewhere = cli(["rules"], tmp_path.parent)
    assert "HS001" not in elsewhere.stdout


# ---------------------------------------------------------------------------------------------
# The strict schema: one-line errors naming the file and the key


def _without(text: str, key: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.startswith(f"{key} "))


SCHEMA_ERRORS = [
    (SWAP.replace("summary", "mesage = 'x'\nsummary"), ["unknown key 'mesage'", "did you mean 'message'"]),
    (SWAP.replace("summary", "tokens = ['x']\nsummary"), ["unknown key 'tokens'", "existence"]),
    (_without(SWAP, "message"), ["missing key 'message'"]),
    (_without(SWAP, "kind"), ["missing key 'kind'"]),
    (SWAP.split("[[examples]]")[0], ["missing key 'examples'"]),
    (SWAP.replace('"Kiev" = "Kyiv"', '"kiev" = "Kyiv"\n"KIEV" = "Kyiv"'),
     ["swap", "duplicate phrase 'KIEV'"]),
    (EXISTENCE.replace('"slams",', '"slams", "Slams",'), ["tokens", "duplicate phrase 'Slams'"]),
    (SWAP.replace('exceptions = ["chicken Kiev"]', 'exceptions = ["Kiev"]'), ["exceptions", "duplicate"]),
    (SWAP.replace('"substitution"', '"swap"'), ["kind", "'swap' is not one of existence"]),
    (SWAP.replace('"HS001"', '"HS1"'), ["code", "'HS1'"]),
    (SWAP.replace('"HS001"', '"XY001"'), ["code", "'XY001'", "rule prefix 'HS'"]),
    (SWAP.replace("{replacement}", "{replacment}"), ["message", "unknown placeholder {replacment}"]),
    (SWAP.replace("{replacement}", "{replacement!r}"), ["message", "unknown placeholder"]),
    (SWAP.replace("message = ", "scope = 'page'\nmessage = "), ["scope", "'page'"]),
    (SWAP.replace("message = ", "severity = 'fatal'\nmessage = "), ["severity", "'fatal'"]),
    (SWAP.replace("message = ", "ignore_case = 'yes'\nmessage = "), ["ignore_case", "true or false"]),
    (SWAP.replace('"Kiev" = "Kyiv"', '"Kiev" = ""'), ["swap", "'Kiev' has an empty replacement"]),
    (SWAP.replace('"Kiev" = "Kyiv"', '"Kiev" = 3'), ["swap", "'Kiev' must map to a string"]),
    (SAID.replace("max = 2", "max = 0"), ["max", "1 or more"]),
    (SAID.replace("max = 2", "max = '2'"), ["max", "a whole number"]),
    (SWAP.replace("[swap]", "[swap\n"), ["invalid TOML"]),
    (SWAP.replace('good = "Zelensky spoke."', 'good = "Zelenskiy spoke."'),
     ["examples[0]: good", "HS001 flags 'Zelenskiy'"]),
    (SWAP.replace('bad = "Zelenskiy spoke."', 'bad = "Zelensky spoke."'),
     ["examples[0]: bad", "flags nothing"]),
    (SWAP.replace('good = "Zelensky', 'expect = ["Kiev"]\ngood = "Zelensky'),
     ["examples[0]: bad", "flags ['Zelenskiy'], expected ['Kiev']"]),
    (SWAP.replace('good = "Zelensky', 'fixed = "Zelenskyy spoke."\ngood = "Zelensky'),
     ["examples[0]: bad", "the fixes give 'Zelensky spoke.'"]),
    (SWAP.replace('good = "Zelensky', 'ok = "x"\ngood = "Zelensky'), ["examples[0]", "unknown key 'ok'"]),
    (SWAP.replace('good = "Zelensky spoke."', ''), ["examples", "at least one good text"]),
    (SWAP.replace('code = "HS001"', 'code = "HS001"\nname = "Names"'), ["name", "kebab-case"]),
]


@pytest.mark.parametrize(("text", "fragments"), SCHEMA_ERRORS, ids=range(len(SCHEMA_ERRORS)))
def test_schema_errors_name_the_file_and_the_key(tmp_path: Path, text: str, fragments: list[str]) -> None:
    with pytest.raises(ConfigError) as error:
        house_lint(tmp_path, {"rule.toml": text}, "x\n")
    message = str(error.value)
    assert "\n" not in message and "rule.toml" in message
    for fragment in fragments:
        assert fragment in message


REGEX_ERRORS = [
    (r"(a)\1", "invalid escape sequence"),
    (r"(?<!x)Kiev", "invalid perl operator"),
    (r"Kiev(?=an)", "invalid perl operator"),
    (r"(Kiev", "missing )"),
    (r"x*", "matches empty text"),
]


@pytest.mark.parametrize(("pattern", "reason"), REGEX_ERRORS)
def test_regexes_re2_cannot_promise_linear_time_for_are_load_errors(tmp_path: Path, pattern: str,
                                                                    reason: str) -> None:
    tokens = f"regex = true\ntokens = ['slams', '{pattern}']"
    rule = EXISTENCE.replace('tokens = ["slams", "lashes out"]', tokens)
    with pytest.raises(ConfigError) as error:
        house_lint(tmp_path, {"verbs.toml": rule}, "x\n")
    message = str(error.value)
    assert "verbs.toml: tokens[1]:" in message and reason in message and "\n" not in message


@pytest.mark.parametrize(("config", "fragments"), [
    ({"rule-paths": ["style"], "rule-prefix": "PH"}, ["rule-prefix", "'PH'", "placeholders"]),
    ({"rule-paths": ["style"], "rule-prefix": "hs"}, ["rule-prefix", "2-4 capital letters"]),
    ({"rule-paths": ["style"]}, ["rule-paths", "needs a code prefix"]),
    ({"rule-prefix": "HS"}, ["'rule-prefix' without 'rule-paths'"]),
    ({"rule-paths": ["nowhere"], "rule-prefix": "HS"}, ["rule-paths", "nowhere' not found"]),
    ({"rule-paths": ["empty"], "rule-prefix": "HS"}, ["rule-paths", "no *.toml rule files"]),
    ({"rule-paths": [{"folder": "style"}], "rule-prefix": "HS"}, ["rule-paths", "must be a folder"]),
    ({"rule-paths": 3, "rule-prefix": "HS"}, ["'rule-paths' must be a list"]),
])
def test_rule_path_settings_are_checked(tmp_path: Path, config: dict, fragments: list[str]) -> None:
    rule_folder(tmp_path, {"names.toml": SWAP})
    (tmp_path / "empty").mkdir()
    (tmp_path / "copydesk.toml").write_text("\n".join(f"{k} = {_toml(v)}" for k, v in config.items()))
    with pytest.raises(ConfigError) as error:
        load_config(tmp_path / "copydesk.toml", load_registry())
    assert str(error.value).startswith(f"{tmp_path / 'copydesk.toml'}: ")
    for fragment in fragments:
        assert fragment in str(error.value)


def _toml(value) -> str:
    import json

    if isinstance(value, list) and value and isinstance(value[0], dict):
        return "[" + ", ".join("{ " + ", ".join(f"{k} = {json.dumps(v)}" for k, v in item.items()) + " }"
                               for item in value) + "]"
    return json.dumps(value)


def test_two_files_with_one_code_are_named_both(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as error:
        house_lint(tmp_path, {"a.toml": SWAP, "b.toml": EXISTENCE.replace("HS010", "HS001")}, "x\n")
    assert "b.toml: duplicate rule 'HS001': also in" in str(error.value) and "a.toml" in str(error.value)


def test_a_project_rule_cannot_take_a_builtin_name(tmp_path: Path) -> None:
    rule = SWAP.replace('code = "HS001"', 'code = "HS001"\nname = "tk-marker"')
    with pytest.raises(ConfigError, match=r"rule\.toml: duplicate rule 'tk-marker'.*PH002"):
        house_lint(tmp_path, {"rule.toml": rule}, "x\n")


def test_unknown_key_through_the_command_line_is_one_line_and_exit_2(tmp_path: Path) -> None:
    rule_folder(tmp_path, {"names.toml": SWAP.replace("summary", "colour = 'red'\nsummary")})
    (tmp_path / "copydesk.toml").write_text('rule-paths = ["style/"]\nrule-prefix = "HS"\n')
    (tmp_path / "a.txt").write_text("Zelenskiy\n")
    proc = cli(["check", "a.txt"], tmp_path)
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.splitlines() == [
        "copydesk: error: style/names.toml: unknown key 'colour' for a "
        "substitution rule"]


def test_a_redos_regex_does_not_hang_check(tmp_path: Path) -> None:
    """(a+)+$ backtracks exponentially in Python's re on "aaa…a!"; RE2 answers in linear time."""
    rule = EXISTENCE.replace('scope = "heading"\n', "").replace(
        'tokens = ["slams", "lashes out"]', "regex = true\ntokens = ['slams', '(a+)+$', 'b[a-z ]*c']")
    rule_folder(tmp_path, {"verbs.toml": rule})
    (tmp_path / "copydesk.toml").write_text('rule-paths = ["style/"]\nrule-prefix = "HS"\n')
    # A long word of a's and a stretch where every candidate match starts inside a word.
    (tmp_path / "a.txt").write_text("Headline\n\n" + "a" * 200_000 + "!\n\n" + "xb " * 60_000 + "c\n")
    proc = cli(["check", "a.txt", "--select", "HS010"], tmp_path)
    assert proc.returncode == 0, proc.stderr


def test_evaluate_measures_project_rules(tmp_path: Path) -> None:
    rule_folder(tmp_path, {"names.toml": SWAP})
    (tmp_path / "copydesk.toml").write_text('rule-paths = ["style"]\nrule-prefix = "HS"\n')
    (tmp_path / "a.txt").write_text("Talks\n\nZelenskiy spoke.\n\nHe flew home to Kiev.\n")
    (tmp_path / "labels.tsv").write_text("path\tline\tcode\na.txt\t3\tHS001\na.txt\t\t-\n")
    proc = cli(["evaluate", "labels.tsv", "--select", "HS", "--output-format", "json"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    total = json.loads(proc.stdout)["total"]
    assert (total["tp"], total["fp"], total["fn"]) == (1, 1, 0)  # "Kiev" is a finding nobody labelled


# ---------------------------------------------------------------------------------------------
# the per-document pre-check


def test_pre_check_finds_phrases_in_any_case_or_spacing(tmp_path: Path) -> None:
    rules = {"names.toml": SWAP.replace('"Kiev"', '"Kisv"')}
    # Each text alone: a document with one match the lower-cased prose hides must still be searched.
    for text in ("PER CENT rose.", "Per  Cent fell.", "Ki\u017fv is not Kiev.", "Zelensk\u0130y spoke.",
                 "Zelensk\u0131y spoke."):
        assert len(house_lint(tmp_path, rules, f"Headline\n\n{text}\n").texts()) == 1, text
    assert house_lint(tmp_path, rules, "Headline\n\nPercent rose in Kyiv.\n").texts() == []
