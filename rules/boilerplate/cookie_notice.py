"""Cookie and consent notices: "We use cookies to improve your experience", "Accept all cookies".

Why:
    A consent banner is the site talking about itself; scraped into the article it sits before or
    after the story and means nothing to a reader of the text.

Bad:
    We use cookies to give you the best experience on our website. By continuing, you agree to our cookies.

    Accept all cookies
Good:
    The regulator fined the company because it used cookies to track visitors without asking them first.

Bad:
    This website uses cookies. Learn more.
Good:
    "We use cookies on every page," the company's lawyer told the court, "and we always ask first."

Options:
    (none)

Notes:
    Only whole blocks count (up to 80 words): a notice opens with "We use cookies", "This site uses
    cookies", "By continuing to use this site" or "We value your privacy", or is a consent button
    such as "Accept all cookies" or "Cookie settings". Sentences about cookies inside an article,
    quoted ones included, are left alone. Bare "Accept", "Got it" or "Learn more" count only at
    the article's edges or next to other boilerplate. The fix deletes the block.
"""

from __future__ import annotations

from collections.abc import Iterator

from copydesk import Context, Diagnostic, Document, Scope, rule
from copydesk.rules.boilerplate import declare, report

COOKIE_NOTICE = declare(
    "cookie notice",
    strong=(
        r"(?:we|this (?:web)?site|our (?:web)?site|this website|[\w.-]+\.(?:com|org|net|co\.uk)) "
        r"(?:and our partners )?(?:use|uses|place|places|store|stores) cookies\b.{0,500}",
        r"by (?:continuing to (?:use|browse|visit)|using|clicking .{1,30} on) (?:this|our) (?:web)?site"
        r".{0,400}",
        r"we (?:and our (?:\d+ )?partners )?(?:value|care about|respect) your privacy.{0,500}",
        r"(?:accept|allow|reject|decline|refuse|manage|customi[sz]e) (?:all |essential |optional )?"
        r"cookies[.!]?",
        r"cookie (?:settings|preferences|policy|consent|notice|banner)[.:]?",
        r"(?:manage|update) (?:your )?(?:privacy|consent|cookie) (?:settings|preferences|choices)[.:]?",
        r"do not sell(?: or share)? my (?:personal )?info(?:rmation)?[.]?",
    ),
    weak=(
        r"(?:accept|i accept|agree|i agree|got it|ok|okay|reject all|accept all|allow all|"
        r"learn more|more info(?:rmation)?|privacy settings|manage preferences)[.!]?",
    ),
    max_words=80,
)


@rule(code="BP005", name="cookie-notice", scope=Scope.DOCUMENT, severity="warning")
def check(document: Document, ctx: Context) -> Iterator[Diagnostic]:
    yield from report(document, ctx, COOKIE_NOTICE)
