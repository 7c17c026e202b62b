"""TM: time and dates — weekdays that do not match their dates, and relative dates readers cannot resolve."""

# This family's rules, one module each, in code order.
RULES: tuple[str, ...] = ()
