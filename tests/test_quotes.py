"""Direct quotation spans."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from copydesk.quotes import disjoint, overlapping, quotations


def quoted(text: str) -> list[str]:
    return [text[start:end] for start, end in quotations(text).spans]


@pytest.mark.parametrize(("text", "expected"), [
    ('He said "we will win" and left.', ['"we will win"']),
    ("He said “we will win” and left.", ["“we will win”"]),
    ('"One," she said, "two."', ['"One,"', '"two."']),
    ("She called it ‘a disgrace’ on Monday.", ["‘a disgrace’"]),
    ("Russia’s army and the ’90s are not quotations.", []),
    ("The players’ union met.", []),
    # News style: the closing mark is left off when the quotation goes on in the next paragraph.
    ("“We will fight on, and we will", ["“We will fight on, and we will"]),
    ("It's 'unclear' to them.", []),
    ("«Nous gagnerons» a-t-il dit.", ["«Nous gagnerons»"]),
])
def test_quotation_spans(text, expected):
    assert quoted(text) == expected


def test_membership_and_cover():
    text = 'Analysts say "prices will rise soon" now.'
    found = quotations(text)
    inside = text.index("prices")
    assert inside in found and 0 not in found
    assert found.covers(inside, inside + len("prices will"))
    assert not found.covers(0, inside)
    assert found.overlaps(0, inside + 1)


@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), max_size=8),
       st.integers(0, 30), st.integers(0, 30))
def test_overlapping_spans_are_the_ones_a_scan_finds(spans, start, end):
    points = sorted({x for span in spans for x in span})
    in_order = list(zip(points[::2], points[1::2], strict=False))  # sorted, not overlapping
    assert disjoint(in_order)
    for candidate in (spans, sorted((min(a, b), max(a, b)) for a, b in spans), in_order):
        candidate = tuple(candidate)
        found = [candidate[i] for i in overlapping(candidate, start, end, disjoint(candidate))]
        assert found == [(s, e) for s, e in candidate if s < end and start < e]
