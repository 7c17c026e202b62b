"""GR101: the offline speller — real misspellings, not names, house words, code or numbers."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from copydesk.speller import Dictionary, dictionary, near_miss, one_edit_apart
from copydesk.testing import lint

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"


@pytest.fixture(autouse=True)
def speller(require_dictionary):
    require_dictionary()


def flagged(text: str, path: str = "article.md", **grammar) -> list[str]:
    return lint(text, select="GR101", path=path, config={"grammar": {"mode": "off", **grammar}}).texts()


def test_flags_a_misspelling_with_suggestions_and_an_unsafe_fix():
    result = lint("The goverment met.\n", select="GR101", config={"grammar": {"mode": "off"}})
    assert result.positions() == [(1, 5, "GR101")]
    assert result.messages() == ["'goverment' is not in the en_US dictionary; did you mean 'government'?"]
    assert result.fixed() == "The goverment met.\n" and result.fixed(unsafe=True) == "The government met.\n"


def test_a_word_far_from_every_known_word_gets_no_guess():
    result = lint("They drank shochu there.\n", select="GR101", config={"grammar": {"mode": "off"}})
    assert result.messages() == ["'shochu' is not in the en_US dictionary"]
    assert result.fixed(unsafe=True) == "They drank shochu there.\n"


def test_names_are_not_misspellings():
    text = ("Kyiv hopes to move talks on. Ukrainian President Volodymyr Zelensky met envoys in Kyiv, "
            "and Kremlin spokesman Dmitry Peskov said Moscow was ready. Peskov gave no date.\n\n"
            "Zelensky said: “Peskov knows.” Subs not used: Senderos, Hoyte. Yann Delaigue (Castres) "
            "and David dal Maso of Banque du Caire and Authenti-corp spoke.\n")
    assert flagged(text) == []


def test_sentence_opening_words_are_checked_when_one_slip_from_a_common_word():
    # "Teh" is too short to tell from a name ("Tehran", "Teo").
    assert flagged("Goverment officials met. Recieve it. Teh end.\n") == ["Goverment", "Recieve"]


def test_urls_email_handles_hashtags_code_numbers_and_acronyms_are_skipped():
    text = ("See https://example.org/qwzx or www.qwzx.org, mail qwzx@example.org, follow @qwzxnews and "
            "#qwzxtag; run `qwzx --frobnicate` on qwzx.png files. In the 1990s, the 20th, 3rd and 4km "
            "races, NATO, MPs and NGOs met at 10:30 e.g. in the U.S. and the UK.\n\n"
            "```\nqwzx frobnicate\n```\n")
    assert flagged(text) == []


def test_possessives_curly_apostrophes_and_hyphenated_compounds():
    text = ("The minister’s plan and the ministers’ plans don’t help; it’s a de-escalation that "
            "five-year-olds and 11 year olds, co-operation and a well-known dotcom drugmaker "
            "saw. The council's layoffs etc. came amidst crypto talk and sci-fi on hotel wi-fi.\n")
    assert flagged(text) == []
    assert flagged("A well-knwon anti-goverment group.\n") == ["knwon", "goverment"]


def test_every_place_of_a_repeated_misspelling_is_found_and_none_inside_other_tokens():
    # The article's tokens are looked up once, then the unknown ones are looked for in the text.
    text = ("See https://goverment.example/goverment first.\n\n"
            "The goverment—and its goverment-run plan—met\nthe goverment.\n")
    result = lint(text, select="GR101", config={"grammar": {"mode": "off"}})
    assert result.positions() == [(3, 5, "GR101"), (3, 23, "GR101"), (4, 5, "GR101")]
    assert result.texts() == ["goverment"] * 3


def test_a_text_with_many_unknown_words_finds_each_in_order():
    # Past a few dozen distinct unknown tokens they are found in one pass over the text.
    words = [f"qwzx{a}{b}" for a in "bcdfg" for b in "hjklmnpqr"]
    text = f"The {' and '.join(words)} met.\n\nThe {words[0]}—{words[1]} met.\n"
    result = lint(text, select="GR101", config={"grammar": {"mode": "off"}})
    assert result.texts() == [*words, words[0], words[1]]
    assert result.positions()[:2] == [(1, 5, "GR101"), (1, 16, "GR101")]
    assert result.positions()[-2:] == [(3, 5, "GR101"), (3, 12, "GR101")]


def test_house_words_from_config_and_a_word_list(tmp_path):
    text = "The qwzxmeter and the flurbinator worked.\n"
    assert flagged(text) == ["qwzxmeter", "flurbinator"]
    assert flagged(text, words=["Qwzxmeter"]) == ["flurbinator"]
    (tmp_path / "house.txt").write_text("# house words\nflurbinator  # a machine\n\n", encoding="utf-8")
    (tmp_path / ".copydesk.toml").write_text('[grammar]\nmode = "off"\nwordlist = "house.txt"\n'
                                             'words = ["qwzxmeter"]\n', encoding="utf-8")
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    from typer.testing import CliRunner

    from copydesk.cli import app

    result = CliRunner().invoke(app, ["check", "--select", "GR101", str(tmp_path / "a.md")])
    assert result.exit_code == 0 and result.stderr == "", result.output


def test_the_variant_comes_from_config(require_dictionary):
    require_dictionary("en-GB")
    text = "They learnt that the storey was realised.\n"
    assert flagged(text, language="en-GB") == []
    assert flagged(text, language="en-US") == ["learnt", "storey"]  # "realised": CN002 owns variants
    # No variant chosen: either variant's words pass, a misspelling does not.
    assert flagged(text + "The goverment met.\n") == ["goverment"]


def test_no_dictionary_is_one_notice_and_no_findings():
    settings = {"mode": "off", "language": "xx-YY"}
    result = lint("The goverment met.\n", select="GR101", config={"grammar": settings})
    assert result.codes() == []
    from copydesk.config import parse_config
    from copydesk.engine import lint_source
    from copydesk.registry import load_registry

    registry = load_registry()
    config = parse_config({"select": ["GR101"], "grammar": settings}, registry)
    found = lint_source(result.source, config, registry)
    assert found.notices == ["offline spelling skipped: no hunspell dictionary for xx_YY (Debian/Ubuntu: "
                             "apt-get install libenchant-2-2 hunspell-xx-yy); "
                             "ignore GR101 to silence this notice"]


def test_silent_when_languagetool_checked_the_document(monkeypatch, languagetool_url):
    monkeypatch.delenv("COPYDESK_GRAMMAR")
    result = lint("The goverment met teh press.\n", select="GR",
                  config={"grammar": {"server": languagetool_url}})
    assert result.codes() == ["GR002"] and result.texts() == ["teh"]


def test_one_edit_apart():
    assert one_edit_apart("goverment", "government") and one_edit_apart("teh", "the")
    assert one_edit_apart("recieve", "receive") and one_edit_apart("cat", "cut")
    assert not one_edit_apart("kyiv", "kiva") and not one_edit_apart("same", "same")


@pytest.mark.parametrize("language", ["en-US", "en-GB"])
def test_the_neighbour_pre_check_never_hides_a_near_miss(require_dictionary, language):
    require_dictionary(language)
    speller = dictionary(language)
    assert isinstance(speller, Dictionary)
    # Slips of every kind (a letter changed, left out, added, two swapped), and names with no neighbour.
    words = ["goverment", "recieve", "teh", "cafe", "naive", "accomodation", "zelensky", "peskov",
             "kremlinology", "flurbinator", "parliment", "tommorow", "wierd", "definately"]
    for word in words:
        suggested = speller.suggestions(word)
        asked = any(s.isalpha() and s.islower() and one_edit_apart(word, s) for s in suggested)
        assert near_miss(speller, word.title()) == asked, word
        if asked:
            assert speller.has_neighbour(word), word
    assert not speller.has_neighbour("zelensky")


def test_without_the_dictionary_files_hunspell_is_asked(require_dictionary, monkeypatch):
    require_dictionary()
    import copydesk.speller

    monkeypatch.setattr(copydesk.speller, "_dictionary_folders", list)
    speller = Dictionary("en_US", dictionary("en-US")._handle)  # a fresh one: the letters are read once
    assert speller.has_neighbour("zelensky") and not near_miss(speller, "Zelensky")
    assert near_miss(speller, "Goverment")


def test_seed_articles_have_no_false_alarms():
    if not SEEDS.is_dir():
        pytest.skip("the shared seeds are not checked out next to the repository")
    for seed in sorted(SEEDS.glob("*.txt")):
        assert flagged(seed.read_text(encoding="utf-8"), path=seed.name) == [], seed.name


def test_personal_word_lists_apply_as_enchant_applies_them(require_dictionary, tmp_path, monkeypatch):
    """The user's Enchant lists: {tag}.dic accepts words, {tag}.exc rejects them, in the same cases
    as Enchant itself (compared with Enchant when pyenchant is installed)."""
    require_dictionary()
    import copydesk.speller

    (tmp_path / "en_US.dic").write_text("Peskov\nzelensky\nMcFoo\n", encoding="utf-8")
    (tmp_path / "en_US.exc").write_text("colour\nGovernment\ncat\n", encoding="utf-8")
    monkeypatch.setenv("ENCHANT_CONFIG_DIR", str(tmp_path))
    direct = copydesk.speller._hunspell("en_US")
    if direct is None:  # CI installs libenchant-2-2, which brings libhunspell
        (pytest.fail if os.environ.get("COPYDESK_REQUIRE_SPELLER") == "1" else pytest.skip)(
            "libhunspell cannot be loaded here: Enchant answers instead")
    cases = {"Peskov": True, "PESKOV": True, "peskov": False, "zelensky": True, "Zelensky": True,
             "ZELENSKY": True, "McFoo": True, "mcfoo": False, "Government": False,
             "government": True, "cat": False, "Cat": False, "CAT": False, "dog": True}
    assert {word: direct.check(word) for word in cases} == cases
    assert "colour" not in direct.suggest("colr")
    try:
        import enchant
    except (ImportError, OSError):
        return
    broker = enchant.Broker()
    broker.set_ordering("en_US", "hunspell")
    assert {word: bool(broker.request_dict("en_US").check(word)) for word in cases} == cases


def test_enchant_answers_where_libhunspell_cannot_be_loaded(require_dictionary, monkeypatch):
    require_dictionary()
    import copydesk.speller

    pytest.importorskip("enchant")
    monkeypatch.setattr(copydesk.speller, "_library", lambda: None)
    speller = copydesk.speller._dictionary.__wrapped__("en-US")
    assert isinstance(speller, Dictionary) and type(speller._handle).__name__ == "Dict"
    assert speller.knows("government") and not speller.knows("goverment")
    assert speller.suggestions("goverment")[0] == "government"


def test_enchant_answers_for_a_dictionary_in_an_encoding_python_lacks(require_dictionary, monkeypatch):
    require_dictionary()
    import copydesk.speller

    pytest.importorskip("enchant")
    library = copydesk.speller._library()
    if library is None:
        pytest.skip("libhunspell cannot be loaded here")

    class UnknownEncoding:
        def __getattr__(self, name):
            return getattr(library, name)

        def Hunspell_get_dic_encoding(self, handle):  # libhunspell's own name
            return b"x-no-such-encoding"

    monkeypatch.setattr(copydesk.speller, "_library", UnknownEncoding)
    assert copydesk.speller._hunspell("en_US") is None
    speller = copydesk.speller._dictionary.__wrapped__("en-US")
    assert type(speller._handle).__name__ == "Dict" and not speller.knows("goverment")
