"""copydesk's built-in rules. Each module defines one rule; MODULES lists them all."""

from __future__ import annotations

from importlib import import_module

from copydesk.registry import Rule

MODULES = (
    "placeholders.bracket_placeholder",
    "placeholders.tk_marker",
    "placeholders.todo_marker",
    "placeholders.masked_number",
    "placeholders.template_variable",
    "placeholders.lorem_ipsum",
    # BP: boilerplate and extraction leftovers
    "boilerplate.social_prompt",
    "boilerplate.newsletter_prompt",
    "boilerplate.share_widget",
    "boilerplate.navigation_leftover",
    "boilerplate.cookie_notice",
    "boilerplate.copyright_line",
    "boilerplate.image_leftover",
    "boilerplate.ai_summary_banner",
    "boilerplate.author_bio",
    # DU: duplication
    "duplication.repeated_headline",
    "duplication.repeated_byline",
    "duplication.repeated_paragraph",
    "duplication.repeated_sentence",
    "metadata.invalid_directive",
    "metadata.unused_directive",
)


def get_rules() -> list[Rule]:
    return [import_module(f"{__name__}.{module}").check for module in MODULES]
