"""copydesk's built-in rules: one package per family, one module per rule.

Each family package lists its rule modules in ``RULES``; ``MODULES`` joins them in family order.
"""

from __future__ import annotations

from importlib import import_module

from copydesk.registry import Rule

FAMILY_PACKAGES = (
    "placeholders",   # PH
    "boilerplate",    # BP
    "duplication",    # DU
    "sourcing",       # SC
    "readability",    # RD
    "typography",     # TY
    "dates",          # TM
    "consistency",    # CN
    "llm",            # AI
    "grammar",        # GR
    "metadata",       # MD
)

MODULES = tuple(f"{family}.{module}" for family in FAMILY_PACKAGES
                for module in import_module(f"{__name__}.{family}").RULES)


def get_rules() -> list[Rule]:
    return [import_module(f"{__name__}.{module}").check for module in MODULES]
