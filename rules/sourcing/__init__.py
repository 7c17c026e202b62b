"""SC: sourcing — claims, figures and quotes with nobody named behind them.

The rules share one attribution analysis per document (``_attribution``): which sentences carry a
claim, and whether a named source, a vague group, anonymous sources or nobody stands behind it.
"""

# This family's rules, one module each, in code order.
RULES: tuple[str, ...] = (
    "vague_attribution",
    "anonymous_source",
    "passive_attribution",
    "unsourced_hedge",
    "unnamed_study",
    "according_to_unnamed",
    "unsourced_figure",
    "unattributed_quote",
    "weasel_words",
)
