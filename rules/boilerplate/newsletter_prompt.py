"""Newsletter and subscription prompts: "Sign up for our daily newsletter", "Enter your email address".

Why:
    Sign-up boxes belong to the web page, not to the story; in an exported or scraped article they
    interrupt the text with a form nobody can fill in.

Bad:
    The council backed the budget on Tuesday after a long debate over the cost of the new bridge and roads.

    Sign up for our free daily newsletter

    Enter your email address
Good:
    The paper's newsletter now reaches 40,000 readers, and the editor says most read it on their phones.

Bad:
    Get the top stories delivered straight to your inbox.

    Prices rose again in March, the statistics office said, driven by food and energy costs across the land.
Good:
    Subscribe to the idea that small towns matter, the mayor told the crowd on Saturday.

Options:
    (none)

Notes:
    Only whole short lines count (up to 40 words, for the consent small print under a sign-up
    form), never words inside a sentence, so an article about newsletters is left alone. "Subscribe
    to / Sign up for our …", "… delivered to your inbox", "Enter your email", "Thank you for
    subscribing", "Already a subscriber?" and "By signing up, you agree …" count anywhere; a bare
    "Subscribe", "Sign up", "Newsletter" or "Email address" only at the article's edges or next to
    other boilerplate. The fix deletes the line.
"""

from __future__ import annotations

from collections.abc import Iterator

from copydesk import Context, Diagnostic, Document, Scope, rule
from copydesk.rules.boilerplate import declare, report

NEWSLETTER_PROMPT = declare(
    "newsletter prompt",
    strong=(
        r"(?:subscribe|sign up|signup|register) (?:now |today |here |for free )?(?:to|for) "
        r"(?:our|my|free|email|breaking) .{0,80}",
        r"(?:subscribe|sign up|signup|register) (?:now |today |here |for free )?(?:to|for) .{0,50}"
        r"\b(?:newsletters?|podcasts?|briefings?|digest|alerts|updates|bulletins?)\b.{0,60}",
        r"(?:subscribe|sign up)(?: now| today| here| for free)[.!]?",
        r"(?:get|receive|have) .{1,60} (?:delivered )?(?:straight |directly |right )?(?:to|in|into) "
        r"your inbox.{0,60}",
        r"enter (?:your|an) e-?mail(?: address)?.{0,60}",
        r"thanks? (?:you )?for (?:subscribing|signing up).{0,80}",
        r"already (?:a subscriber|subscribed|a member|have an account)\?.{0,60}",
        r"by (?:signing up|subscribing|clicking (?:sign up|subscribe)),? you "
        r"(?:agree|acknowledge|consent).{0,300}",
        r"subscribe (?:for|to get|to continue|to read) .{0,80}",
        r"(?:this|the) (?:article|story|content) is (?:for|available to) subscribers only.{0,40}",
        r"(?:subscribe|sign up) no,? thanks",
    ),
    weak=(
        r"(?:subscribe|sign up|sign-up|newsletters?|e-?mail newsletters?|your e-?mail(?: address)?|"
        r"e-?mail address|become a (?:member|subscriber))[.!:*]?",
        r"(?:free|daily|weekly|morning|evening|our) newsletters?",
    ),
    max_words=40,
)


@rule(code="BP002", name="newsletter-prompt", scope=Scope.DOCUMENT, severity="warning")
def check(document: Document, ctx: Context) -> Iterator[Diagnostic]:
    yield from report(document, ctx, NEWSLETTER_PROMPT)
