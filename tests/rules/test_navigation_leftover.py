"""BP004 navigation-leftover: related links, ad slots, skip links and site menus."""

from __future__ import annotations

import pytest

from copydesk.testing import lint

FIRST = ("The council backed the budget on Tuesday after a long debate over the cost of the new bridge "
         "and roads.")
SECOND = ("Work on the bridge starts in May and should take two years, the council's engineer told reporters "
          "at the town hall on Monday.")


@pytest.mark.parametrize("line", [
    "Advertisement", "ADVERTISEMENT", "Read more", "Read more: Council delays the bridge vote",
    "READ MORE:", "Related:", "Related stories", "Click here to watch the debate", "Skip to content",
    "Story continues below advertisement", "Continue reading the main story", "Back to top",
    "Recommended for you", "Leave a comment",
])
def test_leftovers_between_paragraphs(line):
    result = lint(f"{FIRST}\n\n{line}\n\n{SECOND}\n", select="BP004")
    assert result.texts() == [line]
    assert result.fixed() == f"{FIRST}\n\n{SECOND}\n"


def test_site_menu_at_the_top_is_one_finding():
    text = f"Home\n\nNews\n\nreal estate\n\nContact Us\n\nHeadline of the day\n\n{FIRST}\n\n{SECOND}\n"
    result = lint(text, select="BP004")
    assert result.positions() == [(1, 1, "BP004")]
    assert result.messages() == ["site menu of 4 lines ('Home', 'News', 'real estate', …) left in the "
                                 "article: delete it"]
    assert result.fixed() == f"Headline of the day\n\n{FIRST}\n\n{SECOND}\n"


@pytest.mark.parametrize("lines", [
    ["Oldham v Bolton", "Arsenal v Wolverhampton", "Everton v Sunderland", "Charlton v Yeovil"],
    ["GPS", "Optical heart sensor", "Digital Crown", "Swim proof"],
])
def test_lists_that_are_not_menus_are_left_alone(lines):
    text = f"{FIRST}\n\n{SECOND}\n\n" + "\n".join(lines) + "\n"
    assert lint(text, select="BP004").diagnostics == []


def test_menu_words_in_the_middle_are_left_alone():
    text = f"{FIRST}\n\nHome\n\nNews\n\nSport\n\nWeather\n\n{SECOND}\n"
    assert lint(text, select="BP004").diagnostics == []


@pytest.mark.parametrize("text", [
    "Read more about the plan in the council's report, the mayor said, which is published on Friday.",
    f"{FIRST} Related: the bridge will also carry a cycle lane, which campaigners asked for.",
    f"{FIRST}\n\nRelated issues\n\n{SECOND}\n",
    f"{FIRST}\n\nClick here, he said, was the worst advice he ever gave.\n\n{SECOND}\n",
])
def test_not_flagged(text):
    assert lint(text, select="BP004").diagnostics == []


def test_a_list_the_article_introduces_is_not_a_menu():
    items = "\n".join(f"- {name}" for name in ("Frontend", "Task Store", "Queue", "Controller", "Executor"))
    text = f"The system has these parts:\n\n{items}\n\n{FIRST}\n\n{SECOND}\n"
    assert lint(text, select="BP004", path="article.md").codes() == []
    assert lint(text.replace("these parts:", "these parts."), select="BP004", path="article.md").codes()


def test_short_table_cells_are_not_a_menu():
    table = ("<table><tr><td>Build</td></tr><tr><td>Test</td></tr><tr><td>Deploy</td></tr>"
             "<tr><td>Audit</td></tr><tr><td>Review</td></tr></table>")
    text = f"<html><body>{table}<p>{FIRST}</p><p>{SECOND}</p></body></html>\n"
    assert lint(text, select="BP004", path="article.html").codes() == []
    assert lint(text.replace("td>", "p>"), select="BP004", path="article.html").codes() == ["BP004"]
