"""PH001 bracket-placeholder: template slots in square brackets."""

from __future__ import annotations

import pytest

from copydesk.testing import lint


def ph001(text: str, **kwargs) -> list[str]:
    return lint(text, select="PH001", **kwargs).texts()


def test_insert_date_position_and_message():
    result = lint("Zelensky announced the talks on [insert date].", select="PH001")
    assert result.positions() == [(1, 33, "PH001")]
    assert result.texts() == ["[insert date]"]
    assert result.messages() == ["template placeholder '[insert date]' left in text: fill it in or remove it"]


def test_city_and_date_slots_are_two_findings():
    result = lint("[City Name], [Date] - The deal was signed.", select="PH001")
    assert result.positions() == [(1, 1, "PH001"), (1, 14, "PH001")]
    assert result.texts() == ["[City Name]", "[Date]"]


@pytest.mark.parametrize("slot", [
    "[insert date]", "[Insert current date]", "[DATE]", "[NUMBER]", "[Company Name]", "[Your Name]",
    "[your company name]", "[date]", "[FIRST_NAME]", "[COMPANY NAME]", "[Director's Name]",
    "[City/Region]", "[Spokesperson/CEO]", "[Country A]", "[Lead Researcher]", "[DATELINE]",
    "[TBC]", "[add quote from minister]", "[Summarize the key highlights]",
])
def test_slots_are_flagged(slot):
    assert ph001(f"The statement came from {slot} on Monday.") == [slot]


@pytest.mark.parametrize("text", [
    'Editors said "[the president] will sign" meant Mr Biden.',
    'He wrote "their [sic] going" in the note.',
    "The study [1] found effects [2, 3] and more [4–6].",
    "It just hit me [for the first time] like a ton of bricks.",
    "The file was [REDACTED] and the tape says [CROSSTALK].",
    "[EXCLUSIVE] The minister resigned.",
    "[Update: the company replied on Friday.]",
    "[Source: Reuters] Markets fell.",
    "He was born in Tucson.[citation needed] He moved.",
    "The [...] rest and the […] rest.",
    "Part [II] follows.",
    '"We thank [your] team," she said.',
    "I don't think you'd have to kill too many [researchers].",
    "Photo: [Instagram/ Kylie Jenner]",
    "See [the report](https://example.com/report) and [Company Name](https://example.com).",
    "See [Company Name][1] for details.",
])
def test_not_flagged(text):
    assert ph001(text) == []


def test_inside_a_quotation_only_strong_slots_count():
    assert ph001('"The mayor [Date] said no," he recalled.') == []
    assert ph001("The mayor [Date] said no.") == ["[Date]"]
    assert ph001('"Thank you, [Name]," she said.') == ["[Name]"]
    assert ph001('"It was [insert figure] people," she said.') == ["[insert figure]"]
    assert ph001('"It was [NUMBER] people," she said.') == ["[NUMBER]"]


def test_slot_words_option():
    text = "Brought to you by [Sponsor Brand] and [Partner]."
    assert ph001(text) == ["[Sponsor Brand]"]
    assert ph001(text, rules={"bracket-placeholder": {"slot_words": ["Partner"]}}) == [
        "[Sponsor Brand]", "[Partner]"]


def test_markdown_link_text_is_not_a_slot():
    text = "# Deal\n\nShares of [Company Name](https://example.com) rose, says [the report][ref].\n\n" \
           "[ref]: https://example.com/report\n"
    assert lint(text, select="PH001", path="a.md").diagnostics == []


def test_markdown_code_is_not_checked_but_prose_is():
    text = "# Deal\n\nUse `[DATE]` here.\n\n```\n[insert date]\n```\n\nSigned on [insert date].\n"
    result = lint(text, select="PH001", path="a.md")
    assert result.positions() == [(9, 11, "PH001")]


def test_html_pre_and_script_are_not_checked():
    text = ("<html><head><script>var s = '[insert date]';</script></head><body>"
            "<pre>[DATE]</pre><p>Signed on [insert date].</p></body></html>")
    result = lint(text, select="PH001", path="a.html")
    assert result.texts() == ["[insert date]"]
    assert result.positions() == [(1, text.rindex("[insert date]") + 1, "PH001")]


def test_crlf_positions():
    text = "Talks resume\r\n\r\nZelensky said so.\r\nThey meet on [insert date] in [City].\r\n"
    result = lint(text, select="PH001")
    assert result.positions() == [(4, 14, "PH001"), (4, 31, "PH001")]
    assert result.texts() == ["[insert date]", "[City]"]
