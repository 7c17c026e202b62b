"""Share buttons and their labels: "Share this article", "Share on X", "Click to share on Facebook".

Why:
    Share widgets are buttons on a web page; as text they are noise at the top or bottom of the
    article, and a scraper copies them line by line.

Bad:
    Share this article

    The council backed the budget on Tuesday after a long debate over the cost of the new bridge and roads.
Good:
    Readers can share the article with friends, the editor said, and many did so within an hour.

Bad:
    The council backed the budget on Tuesday after a long debate over the cost of the new bridge and roads.

    Share

    Facebook

    Twitter
Good:
    Shares in the company fell 4% on Monday after the results were published in London.

Options:
    (none)

Notes:
    Only whole short lines count. "Share this article/story", "Share on <network>", "Click to share
    on …" and "Copy link" count anywhere; a bare "Share", "Tweet", "Print" or network name
    ("Facebook", "WhatsApp") only at the article's edges or next to other boilerplate. The fix
    deletes the line.
"""

from __future__ import annotations

from collections.abc import Iterator

from copydesk import Context, Diagnostic, Document, Scope, rule
from copydesk.rules.boilerplate import NETWORKS, declare, report

SHARE_WIDGET = declare(
    "share widget",
    strong=(
        r"share (?:this|the) (?:article|story|post|page|video|gallery|link|piece|item)[.!:]?"
        r"(?: (?:on|via) .{1,40})?",
        rf"share (?:on|via|to|with|using) {NETWORKS}\b.{{0,40}}",
        r"click to (?:share|email|print|tweet|pin) .{1,80}",
        r"(?:copy|copied) (?:the )?(?:article )?link(?: to clipboard)?[.!]?|link copied.{0,30}",
        r"(?:e-?mail|print|save|bookmark|tweet) this (?:article|story|page|post)[.!]?",
        r"share this\b.{0,40}|sharing is caring.{0,30}|share (?:it|the love)!?",
        rf"{NETWORKS} \(opens in (?:a )?new window\)",
    ),
    weak=(
        r"(?:share|shares|tweet|pin it|print|save|e-?mail|link)[.!:]?",
        rf"(?:share (?:on |via )?)?{NETWORKS}",
        r"\d[\d,.]*k? shares?",
    ),
)


@rule(code="BP003", name="share-widget", scope=Scope.DOCUMENT, severity="warning")
def check(document: Document, ctx: Context) -> Iterator[Diagnostic]:
    yield from report(document, ctx, SHARE_WIDGET)
