"""CN: consistency — one article, one spelling of each name, one variant of English, one style."""

# This family's rules, one module each, in code order.
RULES: tuple[str, ...] = ()
