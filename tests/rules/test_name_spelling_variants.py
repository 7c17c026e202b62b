"""CN001 name-spelling-variants: one name spelled two ways in one article."""

from __future__ import annotations

from copydesk.testing import lint


def test_flags_the_minority_spelling():
    text = ("President Volodymyr Zelensky met the delegation. Later, Zelenskiy said talks would go on, "
            "and Zelensky's aides agreed.\n")
    result = lint(text, select="CN001")
    assert result.positions() == [(1, 57, "CN001")]
    assert result.messages() == ["'Zelenskiy' is spelled 'Zelensky' elsewhere in the article (2 times): "
                                 "use one spelling"]
    assert result.fixed() == text  # unsafe: which spelling is right is the editor's call
    assert "Later, Zelensky said" in result.fixed(unsafe=True)


def test_transliteration_folds():
    text = ("Roman Abramovich bought the club. Critics of Abramovitch were quiet. "
            "The judge, Mr Mueller, ruled. Later Mr Müller left. Then Mr Mueller spoke.\n")
    assert lint(text, select="CN001").texts() == ["Abramovitch", "Müller"]


def test_different_names_and_possessives_pass():
    text = ("Boris Johnson met Mr Johnston. Mr Blair and Blair's aides went to Liverpool and "
            "Liverpool's mayor. The Scot beat Scott Brown.\n")
    assert lint(text, select="CN001").codes() == []


def test_one_spelling_alone_is_fine():
    assert lint("Ukrainian President Volodymyr Zelenskiy proposed talks.\n", select="CN001").codes() == []


def test_different_first_names_are_different_people():
    text = "Nominees include Michel Gondry for his film and Roger Michell for another.\n"
    assert lint(text, select="CN001").codes() == []


def test_case_variants_of_acronyms():
    text = "Allies of Nato met. The NATO summit ended. Nato said so.\n"
    assert lint(text, select="CN001").texts() == ["NATO"]


def test_shouted_titles_are_not_acronyms():
    text = "The film won an Oscar. WHO WAS OSCAR? Nobody knows who the Oscar was named after.\n"
    assert lint(text, select="CN001").codes() == []


def test_sentence_start_and_headings_do_not_collect_names():
    text = "Travelling Light\n\nTravelling is hard. He was travelling light.\n"
    assert lint(text, select="CN001").codes() == []


def test_min_length_option():
    text = "Mr Abbot spoke. Ms Abbott replied to Mr Abbot.\n"
    assert lint(text, select="CN001").texts() == ["Abbott"]
    rules = {"name-spelling-variants": {"min_length": 7}}
    assert lint(text, select="CN001", rules=rules).codes() == []


def test_markdown_code_is_ignored():
    text = "Zelensky spoke. Later Zelensky left. Run `Zelenskiy`.\n"
    assert lint(text, select="CN001", path="a.md").codes() == []


def test_curly_possessive_and_compound_names():
    text = ("President Zelensky met Jean-Pierre Dubois. Later, Zelenskiy’s aides and Zelensky’s allies met "
            "Dubois again, and Jean-Pierre said talks would go on.\n")
    assert lint(text, select="CN001").texts() == ["Zelenskiy"]
