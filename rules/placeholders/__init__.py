"""PH: template slots and placeholders left in the text."""

# This family's rules, one module each, in code order.
RULES = (
    "bracket_placeholder",
    "tk_marker",
    "todo_marker",
    "masked_number",
    "template_variable",
    "lorem_ipsum",
)
