"""Author-bio leftovers: "About the author" boxes and the bio lines under them.

Why:
    The author box is part of the page template. Scraped into the article it tacks a profile,
    contact details and "more by this author" links onto the end of the story.

Bad:
    The council backed the budget on Tuesday after a long debate over the cost of the new bridge and roads.

    About the author

    Jane Doe is a senior reporter at the Daily Example, covering transport and local politics.
Good:
    The council backed the budget on Tuesday after a long debate over the cost of the new bridge and roads.

    Jane Doe, a senior reporter at the Daily Example, first reported the plan in March.

Bad:
    View all posts by Jane Doe
Good:
    About the authorities' plan, the minister said little on Monday.

Options:
    (none)

Notes:
    Only whole short lines count. "About the author", "Author bio", "View all posts by …", "More
    from this author" and "Contact the author" count anywhere. A bio sentence ("Jane Doe is a
    reporter at …", "You can reach her at …") counts only next to other boilerplate, such as an
    "About the author" heading: many clean columns end with a contributor's note ("Jane Doe is the
    editor of Example Magazine."), which is part of the article. The fix deletes the line.
"""

from __future__ import annotations

from collections.abc import Iterator

from copydesk import Context, Diagnostic, Document, Scope, rule
from copydesk.rules.boilerplate import declare, report

_NAME = r"(?-i:(?:[A-Z][\w'’.-]+ ){1,3}[A-Z][\w'’.-]+)"
_JOB = (r"(?:reporter|writer|journalist|correspondent|editor|columnist|contributor|author|producer|analyst|"
        r"blogger|photographer|critic)")

AUTHOR_BIO = declare(
    "author bio",
    strong=(
        r"about (?:the )?(?:authors?|writer|reporter)[.:]?",
        r"author(?:'s|s)? (?:bio|biography|info|information|profile|details)[.:]?",
        r"(?:view|see|read|browse) (?:all|more) (?:posts|articles|stories|work) (?:by|from) .{1,50}",
        r"more (?:articles |stories |posts )?(?:from|by) (?:this|the) (?:author|writer|reporter).{0,40}",
        r"(?:contact|e-?mail|message|follow) (?:the|this) (?:author|reporter|writer).{0,60}",
        r"write to .{1,60} at \S+@\S+",
    ),
    weak=(
        rf"{_NAME} (?:is|was|has been) (?:an? |the )(?:\S+ ){{0,6}}?{_JOB}s?\b.{{0,400}}",
        r"(?:you can )?(?:reach|contact|e-?mail) (?:him|her|them|me) (?:at|on|via) .{1,100}",
        r"(?:she|he|they) can be reached (?:at|on|via) .{1,100}",
        r"(?:posts|articles|stories) by .{1,50}",
    ),
    max_words=60,
    weak_at_edges=False,  # a contributor's note ends many clean columns: "Jane Doe is the editor of …"
)


@rule(code="BP009", name="author-bio", scope=Scope.DOCUMENT, severity="warning")
def check(document: Document, ctx: Context) -> Iterator[Diagnostic]:
    yield from report(document, ctx, AUTHOR_BIO)
