"""SC003 passive-attribution: views credited to nobody by the passive."""

from __future__ import annotations

import pytest

from copydesk.testing import lint


def sc003(text: str) -> list[str]:
    return lint(text, select="SC003").texts()


def test_position_and_message():
    result = lint("Talks\n\nIt is believed that the talks will resume.", select="SC003")
    assert result.positions() == [(3, 1, "SC003")]
    assert result.messages() == ["'It is believed' credits the view to nobody: say who believes, says or "
                                 "reports it"]


@pytest.mark.parametrize(("text", "found"), [
    ("It is believed that the talks will resume.", ["It is believed"]),
    ("The minister is said to be considering an offer.", ["is said to be"]),
    ("Smith is widely regarded as the best.", ["is widely regarded"]),
    ("There has been speculation that the charges could be dropped.", ["there has been speculation that"]),
    ("More than 100 people are thought to have died.", ["are thought to have"]),
])
def test_agentless_views_are_flagged(text, found):
    assert [t.lower() for t in sc003(text)] == [f.lower() for f in found]


@pytest.mark.parametrize("text", [
    "The bill is expected to pass on Tuesday.",
    "It is believed that the talks will resume, Mr Lee said.",
    "He is considered by Jo Lee to be the best.",
    "WorldCom is now known as MCI.",
    '"It is believed that he fled," the police said.',
    "The plan is seen asking for more money.",  # "as" only as a whole word
])
def test_named_or_plain_passives_are_not_flagged(text):
    assert sc003(text) == []


def test_vague_agent_is_left_to_sc001():
    result = lint("The talks were viewed as constructive by analysts.", select="SC")
    assert result.codes() == ["SC001"]
