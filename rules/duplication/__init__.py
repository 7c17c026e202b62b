"""DU: duplication — a headline, byline, paragraph or sentence printed twice."""

# This family's rules, one module each, in code order.
RULES = (
    "repeated_headline",
    "repeated_byline",
    "repeated_paragraph",
    "repeated_sentence",
)
