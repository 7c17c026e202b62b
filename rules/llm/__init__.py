"""AI: chatbot and LLM leftovers — assistant chatter and stock machine phrasing."""

# This family's rules, one module each, in code order.
RULES: tuple[str, ...] = ()
