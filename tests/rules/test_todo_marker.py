"""PH003 todo-marker: TODO, TBD, TBC, FIXME and XXX notes."""

from __future__ import annotations

import pytest

from copydesk.testing import lint


def ph003(text: str, **kwargs) -> list[str]:
    return lint(text, select="PH003", **kwargs).texts()


def test_tbd_position_and_message():
    result = lint("Launch is TBD.", select="PH003")
    assert result.positions() == [(1, 11, "PH003")]
    assert result.messages() == ["writer's note 'TBD' left in text"]


@pytest.mark.parametrize("text, found", [
    ("FIXME: check the figure with the finance desk.", ["FIXME"]),
    ("TODO add a quote from the minister.", ["TODO"]),
    ("The price is TBC, the firm said.", ["TBC"]),
    ("XXX: check the figure.", ["XXX"]),
    ("The launch is TBD (TODO: ask PR).", ["TBD", "TODO"]),
])
def test_markers_are_flagged(text, found):
    assert ph003(text) == found


@pytest.mark.parametrize("text", [
    "Super Bowl XXX was played in Arizona.",
    "The XXX Corps crossed the river.",
    "Vin Diesel's XXX opened in 2002.",
    "Titles announced: XXX, Hellboy, Resident Evil: Apocalypse.",
    "Ireland: Murphy, Horgan, TBC, D'Arcy, Hickie, O'Gara.",
    'The date of separation was listed as "TBD."',
    "He said: “The timetable is TBD.”",
    "The todo list and a tbd date are lower case.",
    "A TODO-list app and XXX-rated films.",
])
def test_not_flagged(text):
    assert ph003(text) == []


def test_extra_markers_option():
    text = "HOLD for legal. The HOLDER of the bond agreed."
    assert ph003(text) == []
    result = lint(text, select="PH003", rules={"todo-marker": {"extra_markers": ["HOLD"]}})
    assert result.positions() == [(1, 1, "PH003")]
    assert result.texts() == ["HOLD"]


def test_markdown_code_is_not_checked():
    text = "# Plan\n\nRun `TODO` searches.\n\n```\nFIXME\n```\n\n    TODO indented\n\nLaunch is TBD.\n"
    assert lint(text, select="PH003", path="a.md").positions() == [(11, 11, "PH003")]


def test_html_script_pre_and_comments_are_not_checked():
    text = ("<html><head><script>// TODO fix</script></head><body><!-- TODO --><pre>FIXME</pre>"
            "<code>TBD</code><p>Launch is TBD.</p></body></html>")
    result = lint(text, select="PH003", path="a.html")
    assert result.positions() == [(1, text.rindex("TBD") + 1, "PH003")]


def test_crlf_positions():
    text = "Plan\r\n\r\nThe plan is set.\r\nLaunch is TBD.\r\nFIXME: check.\r\n"
    assert lint(text, select="PH003").positions() == [(4, 11, "PH003"), (5, 1, "PH003")]
