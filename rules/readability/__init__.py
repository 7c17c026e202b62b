"""RD: readability — reading level, long sentences, long paragraphs and long ledes."""

# This family's rules, one module each, in code order.
RULES: tuple[str, ...] = ()
