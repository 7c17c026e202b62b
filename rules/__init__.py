"""copydesk's built-in rules: one package per family, one module per rule.

Each family package lists its rules in ``RULES``: Python modules by name, data rules (TOML files,
shipped as package data) by file name. ``MODULES`` and ``DATA_FILES`` join them in family order.
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

_LISTED = tuple(f"{family}.{entry}" for family in FAMILY_PACKAGES
                for entry in import_module(f"{__name__}.{family}").RULES)
MODULES = tuple(entry for entry in _LISTED if not entry.endswith(".toml"))
DATA_FILES = tuple(entry for entry in _LISTED if entry.endswith(".toml"))  # "readability.wordy_phrase.toml"


def get_rules() -> list[Rule]:
    rules = [import_module(f"{__name__}.{module}").check for module in MODULES]
    if DATA_FILES:
        from pathlib import PurePath
        from pkgutil import get_data  # importlib.resources would cost a one-file run 3 ms of imports

        from copydesk.datarules import load_rule_file
        from copydesk.registry import BUILTIN_PACK

        for entry in DATA_FILES:
            family, name = entry.split(".", 1)
            data = get_data(f"{__name__}.{family}", name)
            if data is None:  # a loader without get_data
                raise OSError(f"cannot read the rule file {entry} of the installed package")
            rules.append(load_rule_file(PurePath(name), pack=BUILTIN_PACK, data=data,
                                        where=f"copydesk/rules/{family}/{name}"))
    return rules
