"""SC: sourcing — claims, figures and quotes with nobody named behind them."""

# This family's rules, one module each, in code order.
RULES: tuple[str, ...] = ()
