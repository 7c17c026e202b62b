"""Social-media and follow prompts left by the page: "Follow us on Google News", "Like us on Facebook".

Why:
    A follow prompt is part of the site's page furniture; exported with the article it becomes a
    stray line that readers of the text cannot act on.

Bad:
    Talks will resume in July, officials in both capitals said on Monday after a week of careful preparation.

    Follow us on Google News
Good:
    Follow the money, the investigators said, and the trail leads to three shell companies in Cyprus.

Bad:
    The council backed the budget on Tuesday after a long debate over the cost of the new bridge and roads.

    Get the latest local news and updates.

    Follow
Good:
    Officials said they would follow the plan.

Options:
    (none)

Notes:
    Only whole short lines count, never words inside a sentence. "Follow us …", "Follow <name> on
    <network>", "Like/Find/Join us on <network>" and "Join our Telegram channel" count anywhere. A
    bare "Follow" and promotional taglines ("Get the latest … updates", "Stay up to date", "Never miss
    a story") count only before the article's first body paragraph, after its last one, or next to
    other boilerplate. The fix deletes the line.
"""

from __future__ import annotations

from collections.abc import Iterator

from copydesk import Context, Diagnostic, Document, Scope, rule
from copydesk.rules.boilerplate import NETWORKS, declare, report

SOCIAL_PROMPT = declare(
    "social-media prompt",
    strong=(
        r"follow us(?: (?:on|at|via|for) .{1,60})?[.!]?",
        rf"follow (?:me|him|her|them|@\w+|[\w'’.-]+(?: [\w'’.-]+){{0,3}}) (?:on|at|via) "
        rf"{NETWORKS}\b.{{0,60}}",
        r"follow @\w+.{0,40}",
        rf"(?:like|find|join|connect with|catch) us (?:on|at) {NETWORKS}\b.{{0,60}}",
        rf"join (?:our|the) (?:.{{1,30}} )?{NETWORKS} (?:channel|group|community|page)\b.{{0,60}}",
        r"(?:stay connected|connect with us|get social with us|let's connect)[.!:]?",
        r"add .{1,40} as a (?:preferred|trusted) source on google.{0,40}",
        r"click (?:here )?to follow .{1,60}",
    ),
    weak=(
        r"follow[.!]?",
        r"get the latest .{1,60}(?:news|updates|insights|headlines|stories|analysis|alerts|coverage)[.!]?",
        r"stay (?:up to date|up-to-date|updated|informed|in the loop|ahead of the curve)\b.{0,60}",
        r"(?:never|don't|do not) miss (?:a|an|another|the|out on) .{1,50}",
    ),
)


@rule(code="BP001", name="social-prompt", scope=Scope.DOCUMENT, severity="warning")
def check(document: Document, ctx: Context) -> Iterator[Diagnostic]:
    yield from report(document, ctx, SOCIAL_PROMPT)
