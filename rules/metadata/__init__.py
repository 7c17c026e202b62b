"""MD: article metadata and copydesk's own directives."""

# This family's rules, one module each, in code order.
RULES = (
    "invalid_directive",
    "unused_directive",
)
