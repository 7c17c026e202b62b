"""BP002 newsletter-prompt: sign-up boxes and their small print."""

from __future__ import annotations

import pytest

from copydesk.testing import lint

FIRST = ("The council backed the budget on Tuesday after a long debate over the cost of the new bridge "
         "and roads.")
SECOND = ("Work on the bridge starts in May and should take two years, the council's engineer told reporters "
          "at the town hall on Monday.")


@pytest.mark.parametrize("line", [
    "Sign up for our free daily newsletter",
    "Subscribe to the Morning Briefing newsletter",
    "Get the top stories delivered straight to your inbox.",
    "Enter your email address",
    "Thank you for subscribing!",
    "Already a subscriber? Log in",
    "By signing up, you agree to our terms of use and privacy policy.",
])
def test_prompts_between_paragraphs(line):
    result = lint(f"{FIRST}\n\n{line}\n\n{SECOND}\n", select="BP002")
    assert result.texts() == [line]
    assert result.messages()[0].startswith(f"newsletter prompt '{line[:40]}")
    assert result.fixed() == f"{FIRST}\n\n{SECOND}\n"


def test_bare_labels_count_at_the_end_or_next_to_a_prompt():
    middle = f"{FIRST}\n\nNewsletter\n\n{SECOND}\n"
    assert lint(middle, select="BP002").diagnostics == []
    end = f"{FIRST}\n\n{SECOND}\n\nNewsletter\n\nEmail address\n\nSubscribe\n"
    result = lint(end, select="BP002")
    assert result.texts() == ["Newsletter", "Email address", "Subscribe"]
    assert result.fixed() == f"{FIRST}\n\n{SECOND}\n"


@pytest.mark.parametrize("text", [
    "The paper's newsletter now reaches 40,000 readers, and the editor says most read it on their phones.",
    "Subscribe to the idea that small towns matter, the mayor told the crowd on Saturday.",
    f"{FIRST}\n\nNewsletters are back.\n\n{SECOND}\n",
    f"{FIRST} Readers can sign up for our newsletter on the website, the editor added.",
])
def test_articles_about_newsletters_are_left_alone(text):
    assert lint(text, select="BP002").diagnostics == []
