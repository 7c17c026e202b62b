"""Copyright lines and "All rights reserved" notices left in the article text.

Why:
    The site footer's copyright line is not part of the story; at the end of an exported article
    it reads as if the writer signed off with a legal notice.

Bad:
    The council backed the budget on Tuesday after a long debate over the cost of the new bridge and roads.

    © 2024 Example Media Ltd. All rights reserved.
Good:
    The court ruled that the photographer still held the copyright in the 2019 picture of the bridge.

Bad:
    Copyright 2023 Example Press. This material may not be published, broadcast, rewritten or redistributed.
Good:
    Copyright law changed in 1998, and the court said the new rules applied to the photograph as well.

Options:
    (none)

Notes:
    Only whole blocks count (up to 50 words): one that opens with "©", "Copyright ©" or "Copyright
    <year>", or that says "All rights reserved" or "This material may not be published, broadcast,
    rewritten or redistributed". Block quotes (in Markdown and HTML) are left alone, since a quoted
    notice is quotation.
    The fix deletes the line.
"""

from __future__ import annotations

from collections.abc import Iterator

from copydesk import Context, Diagnostic, Document, Scope, rule
from copydesk.rules.boilerplate import declare, report

COPYRIGHT_LINE = declare(
    "copyright line",
    strong=(
        r"(?:copyright )?[©ⓒ].{0,300}",
        r"(?:copyright|\(c\)) (?:\(c\) )?(?:\d{4}|[\d–-]{4,9}).{0,300}",
        r"(?:.{0,200}[.,;|–—-] ?)?all rights reserved\b.{0,200}",  # its own sentence, not "said all rights …"
        r".{0,120}\bmay not be (?:published|reproduced), broadcast, rewritten,? or redistributed\b.{0,120}",
    ),
    max_words=50,
)


@rule(code="BP006", name="copyright-line", scope=Scope.DOCUMENT, severity="warning")
def check(document: Document, ctx: Context) -> Iterator[Diagnostic]:
    yield from report(document, ctx, COPYRIGHT_LINE)
