"""Navigation leftovers: "Read more:", "Related:", "Click here", "Advertisement", "Skip to content", menus.

Why:
    Links to other pages, ad slots and skip links are page navigation; copied into the article they
    break its flow and point readers at things that are not there.

Bad:
    The council backed the budget on Tuesday after a long debate over the cost of the new bridge and roads.

    Advertisement

    Work on the bridge starts in May and should take two years, the council's engineer told reporters.
Good:
    Read more about the plan in the council's report, the mayor said, which is published on Friday.

Bad:
    Home

    News

    Sport

    Contact Us

    The council backed the budget on Tuesday after a long debate over the cost of the new bridge and roads.
Good:
    The council backed the budget on Tuesday after a long debate over the cost of the new bridge and roads.

    Related issues
    The bridge will also carry a cycle lane, which campaigners had asked for since 2015.

Options:
    (none)

Notes:
    Only whole short lines count, never words inside a sentence. Counted anywhere: "Read more",
    "Read more: <headline>", "Related:", "See also", "Recommended for you", "Click here …",
    "Advertisement", "Sponsored content", "Story continues below", "Skip to content", "Back to top",
    "Leave a comment". Counted only at the article's edges (before its first body paragraph or after
    its last) or next to other boilerplate: menu words such as "Home", "Menu", "Search", "Privacy
    Policy", "Terms of Use". At the edges, a run of four or more short lines of at most four words
    without sentence punctuation is a site menu and is reported once; table cells never count, nor
    a list that the line before introduces ("… the following parts:"). The fix deletes the lines.
"""

from __future__ import annotations

from collections.abc import Iterator

from copydesk import Context, Diagnostic, Document, Scope, rule
from copydesk.rules.boilerplate import declare, report

_LINK_LISTS = (r"(?:read (?:more|next|also|this)|also read|see also|more on this(?: story)?|related|"
               r"related (?:articles?|stories|content|coverage|posts|links|reading|news|topics|videos?)|"
               r"recommended(?: for you| stories| articles| reading| videos?)?|"
               r"you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|"
               r"(?:most|top) (?:read|popular|viewed|shared)(?: stories| articles| now)?|"
               r"trending(?: now| stories)?|"
               r"what to read next|more (?:stories|news|videos)|(?:next|previous) (?:article|story|post)|"
               r"editor'?s picks|latest (?:news|stories|articles|videos))")

NAVIGATION_LEFTOVER = declare(
    "navigation leftover",
    strong=(
        rf"{_LINK_LISTS}(?: ?[:›»>|–—-] ?.{{0,160}}|[.…:›»>]*)",
        r"read more (?:about|on|from|at|here|stories|news|articles)\b.{0,100}",
        r"click here(?:[.!:…]*| (?:to|for) .{1,80})",
        r"(?:advertisement|advertising|ad|sponsored(?: content| links?| stories)?|paid (?:content|post)|"
        r"promoted(?: content| stories)?)[.:]?",
        r"(?:story|article) continues (?:below|after (?:this )?(?:advertisement|ad))(?: advertisement)?[.:]?|"
        r"continue reading(?: below| the main story| the article)?[.…:]*|scroll (?:down )?to continue.{0,30}",
        r"skip to (?:main )?(?:content|navigation|search|footer|article)|"
        r"jump to (?:navigation|search|content)",
        r"(?:back|go|return) to (?:top|main menu|home ?page|homepage|home)",
        r"(?:open|close|toggle) (?:the )?(?:menu|navigation|search)",
        r"leave a (?:comment|reply)|comments are closed[.]?|post a comment|(?:view|show|hide) comments|"
        r"join the (?:discussion|conversation)",
        r"load more(?: stories| articles)?|show more|page \d+ of \d+|explore further|more:",
    ),
    weak=(
        r"(?:home|home ?page|news|menu|main menu|search|close|sections|topics|more|about|about us|contact|"
        r"contact us|privacy|privacy policy|privacy notice|terms|terms of (?:use|service)|"
        r"terms (?:and|&) conditions|cookie policy|site ?map|careers|jobs|advertise(?: with us)?|help|faq|"
        r"log ?in|sign ?in|log ?out|register|my account|accessibility|corrections|rss(?: feeds?)?|archives?|"
        r"feedback|comments?|\d+ comments?|previous|next|view all|see all)[.:]?",
    ),
    menus=True,
)


@rule(code="BP004", name="navigation-leftover", scope=Scope.DOCUMENT, severity="warning")
def check(document: Document, ctx: Context) -> Iterator[Diagnostic]:
    yield from report(document, ctx, NAVIGATION_LEFTOVER)
