"""TY: typography — quotes, dashes, brackets and whitespace."""

# This family's rules, one module each, in code order.
RULES: tuple[str, ...] = ()
