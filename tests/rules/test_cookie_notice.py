"""BP005 cookie-notice: consent banners and their buttons."""

from __future__ import annotations

import pytest

from copydesk.testing import lint

FIRST = ("The council backed the budget on Tuesday after a long debate over the cost of the new bridge "
         "and roads.")
SECOND = ("Work on the bridge starts in May and should take two years, the council's engineer told reporters "
          "at the town hall on Monday.")


@pytest.mark.parametrize("line", [
    "We use cookies to improve your experience. By using our site you consent to cookies. Learn more",
    "This website uses cookies.",
    "By continuing to use this site, you agree to our use of cookies.",
    "We value your privacy. We and our partners store and access information on your device.",
    "Accept all cookies",
    "Cookie settings",
])
def test_notices_are_flagged_and_deleted(line):
    result = lint(f"{line}\n\n{FIRST}\n\n{SECOND}\n", select="BP005")
    assert result.texts() == [line]
    assert result.fixed() == f"{FIRST}\n\n{SECOND}\n"


def test_buttons_next_to_a_notice():
    notice = "This site uses cookies to improve your experience."
    text = f"{FIRST}\n\n{SECOND}\n\n{notice}\n\nAccept\n\nLearn more\n"
    result = lint(text, select="BP005")
    assert result.texts() == [notice, "Accept", "Learn more"]
    assert result.fixed() == f"{FIRST}\n\n{SECOND}\n"


@pytest.mark.parametrize("text", [
    "The regulator fined the company because it used cookies to track visitors without asking them first.",
    '"We use cookies on every page," the company\'s lawyer told the court, "and we always ask first."',
    f"{FIRST}\n\nAccept\n\n{SECOND}\n",
    f"{FIRST} We use cookies, the baker joked, to win over every customer who walks in.",
])
def test_articles_about_cookies_are_left_alone(text):
    assert lint(text, select="BP005").diagnostics == []
