"""An example copydesk rule pack: its rules use the code prefix EX."""

from __future__ import annotations

from copydesk import Rule

from copydesk_pack_example import long_headline


def get_rules() -> list[Rule]:
    """What copydesk loads through the ``copydesk.rules`` entry point."""
    return [long_headline.check]
