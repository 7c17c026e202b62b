"""SC008 unattributed-quote: direct quotations with nobody named in or next to them."""

from __future__ import annotations

import pytest

from copydesk.testing import lint

ORPHAN = '"It was difficult but we made real progress on the main issues."'


def sc008(text: str, **kwargs) -> list[str]:
    return lint(text, select="SC008", **kwargs).texts()


def test_position_and_message():
    result = lint(f"The talks ended.\n\n{ORPHAN}\n", select="SC008")
    assert result.positions() == [(3, 1, "SC008")]
    assert result.messages() == ["quotation 'It was difficult but we made real progress on the…' has "
                                 "nobody named in or next to it: say who said it"]


@pytest.mark.parametrize("text", [
    f'{ORPHAN[:-2]}," Dmitry Peskov said.',
    f"Mr Peskov spoke on Monday.\n\n{ORPHAN}",
    f"The talks ended.\n\n{ORPHAN}\n\nThe minister added that more talks would follow.",
    f"Dmitry Peskov: {ORPHAN}",
    f'"We will talk again," he said. {ORPHAN}',   # the same speaker goes on
    'The film was billed as "epic".',               # a term, too short to report
    'The song "Walking in the Rain Again Tonight" was a hit.',  # a title
])
def test_attributed_or_short_quotations_are_not_flagged(text):
    assert sc008(text) == []


def test_multi_paragraph_quotation_shares_its_speaker():
    text = ('"We will fight on, and we will win," the mayor said. "The city is ready.\n\n'
            '"Nobody should doubt that we will rebuild every single street."\n')
    assert sc008(text, path="a.md") == []


def test_continued_quotation_in_run_together_paragraphs():
    # Text whose paragraph breaks were lost: the second opening mark must not close the first quotation.
    text = ('The talks ended. Mr Lee said: "We are spending more money but lists are long. '
            '"The commission has said that the money is not well spent." The council met later.')
    assert sc008(text) == []


def test_min_words_option():
    text = "The talks ended.\n\n\"Difficult but serious talks.\""
    assert sc008(text) == ['"Difficult but serious talks."']
    assert sc008(text, rules={"unattributed-quote": {"min_words": 5}}) == []
