"""Image leftovers: alt text and credits such as "Google News Icon", "Image: Reuters", "Photo credit: AFP".

Why:
    Alt text, icon labels and photo credits belong to pictures that are not in the text; standing
    alone between paragraphs they read as broken sentences.

Bad:
    The council backed the budget on Tuesday after a long debate over the cost of the new bridge and roads.

    Photo: Jane Doe/Reuters

    Work on the bridge starts in May and should take two years, the council's engineer told reporters.
Good:
    The photo of the bridge, taken by a local student, won the regional prize on Friday evening.

Bad:
    The council backed the budget on Tuesday after a long debate over the cost of the new bridge and roads.

    Google News Icon
Good:
    She became a fashion icon in the 1960s.

Options:
    (none)

Notes:
    Only whole short lines count. Credit and caption labels ("Image:", "Photo credit:", "Image
    source, Getty Images", "Photo by …", "(Photo: AFP)", "File photo") and gallery controls ("View
    gallery", "Click to enlarge") count anywhere: a standalone credit line is an extraction
    leftover even when the site printed it under the picture, because the picture is gone. Icon and
    logo labels ("Google News Icon", "Twitter logo") and bare agency names ("Reuters", "AFP") count
    only at the article's edges or next to other boilerplate. The fix deletes the line.
"""

from __future__ import annotations

from collections.abc import Iterator

from copydesk import Context, Diagnostic, Document, Scope, rule
from copydesk.rules.boilerplate import declare, report

_PICTURE = (r"(?:image|photo|photograph|picture|pic|graphic|illustration|photo illustration|video|"
            r"cover image|media)")
_AGENCY = (r"(?:getty images|afp|reuters|ap|ap photo|associated press|shutterstock|istock(?:photo)?|alamy|"
           r"pa(?: media| wire)?|epa(?:-efe)?|anadolu(?: agency)?|xinhua|bloomberg|unsplash|pexels|"
           r"wikimedia commons)")

IMAGE_LEFTOVER = declare(
    "image leftover",
    strong=(
        rf"{_PICTURE}s?(?: credits?| sources?| copyright| caption| courtesy)?: .{{1,150}}",
        rf"{_PICTURE} (?:credits?|sources?|copyright|caption),? .{{1,150}}",
        rf"(?:{_PICTURE}s?|credit|courtesy) ?(?:by|courtesy(?: of)?|via) .{{1,80}}",
        rf"\((?:{_PICTURE}|pictured|credit|file|source)\b.{{0,100}}\)",
        r".{1,60} ?/ ?getty images.{0,30}|getty images",
        r"(?:file|stock|handout|representative|representational) (?:photo|image|picture|pic)[.:]?",
        rf"(?:open|view|enlarge|expand|launch) (?:the |this )?(?:full )?{_PICTURE}(?: gallery| in gallery)?"
        r"|(?:view|see|launch|open) (?:the )?(?:full )?(?:photo )?gallery.{0,20}",
        r"click (?:to|for) (?:enlarge|expand|zoom|view)(?: image| photo| gallery)?|created with sketch\.?",
    ),
    weak=(
        r"(?:\S+ ){0,3}\S+ (?:icon|logo|avatar|thumbnail)",
        rf"{_AGENCY}(?: ?/ ?{_AGENCY})*|icon|logo|image|photo|thumbnail",
        r"\d+ ?(?:/|of) ?\d+|\d+ (?:photos|images)|(?:swipe|scroll) (?:for|to see) more(?: photos)?",
    ),
)


@rule(code="BP007", name="image-leftover", scope=Scope.DOCUMENT, severity="warning")
def check(document: Document, ctx: Context) -> Iterator[Diagnostic]:
    yield from report(document, ctx, IMAGE_LEFTOVER)
