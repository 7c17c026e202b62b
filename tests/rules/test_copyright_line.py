"""BP006 copyright-line: copyright and "All rights reserved" lines."""

from __future__ import annotations

import pytest

from copydesk.testing import lint

FIRST = ("The council backed the budget on Tuesday after a long debate over the cost of the new bridge "
         "and roads.")
SECOND = ("Work on the bridge starts in May and should take two years, the council's engineer told reporters "
          "at the town hall on Monday.")


@pytest.mark.parametrize("line", [
    "© 2024 Example Media Ltd. All rights reserved.",
    "Copyright 2023 Example Press. This material may not be published, broadcast, rewritten or "
    "redistributed.",
    "Copyright © 2019 Example News",
    "(c) 2021 Example Inc.",
    "Example Media Group. All Rights Reserved.",
])
def test_copyright_lines_at_the_end(line):
    result = lint(f"{FIRST}\n\n{SECOND}\n\n{line}\n", select="BP006")
    assert result.texts() == [line]
    assert result.messages()[0].startswith("copyright line '")
    assert result.fixed() == f"{FIRST}\n\n{SECOND}\n"


@pytest.mark.parametrize("text", [
    "The court ruled that the photographer still held the copyright in the 2019 picture of the bridge.",
    "Copyright law changed in 1998, and the court said the new rules applied to the photograph as well.",
    f"{FIRST} The singer said all rights reserved by the label had now passed back to her.",
])
def test_sentences_about_copyright_are_left_alone(text):
    assert lint(text, select="BP006").diagnostics == []


def test_quoted_notice_in_markdown_is_left_alone():
    text = f"# Poems\n\n{FIRST}\n\n> © 1998 Jane Doe. All rights reserved.\n\n{SECOND}\n"
    assert lint(text, select="BP006", path="a.md").diagnostics == []
