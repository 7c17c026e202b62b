"""A chat assistant's preamble before the text: "Certainly! Here's the article:", "Sure, here is".

Why:
    The line a chatbot prints before the text it was asked for is part of the conversation, not of
    the article. Left in, it opens the piece with "Sure, here is a news story based on the
    sentence:" and shows that nobody edited it.

Bad:
    Sure, here is the article:

    The council approved the budget on Tuesday.
Good:
    The council approved the budget on Tuesday.

Bad:
    Here is the rewritten passage:
Good:
    Here are the main points of the agreement:

Options:
    (none)

Notes:
    Only at the start of a line (of a paragraph, list item or heading). A preamble is "Sure",
    "Certainly", "Of course" or "Absolutely" followed by "here" or an offer to help; an offer to
    help ("I'd be happy to help!"); "Here is/Here's/Below is" a passage, article, news piece,
    version, rewrite or paraphrase, ending in a colon; a line announcing the paraphrase or rewrite
    ("I would paraphrase the passage as:", "I paraphrase it as:", "How about this paraphrase:",
    "As a journalist, I would rewrite the given passage…"); a greeting alone in its paragraph
    ("Hello,"); or a line of its own such as "The original passage is:". "Here are the findings:" and "Of
    course, the minister disagreed" are ordinary prose. No fix: the text the preamble introduces
    may need its own checking.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from copydesk import Context, Diagnostic, Scope, TextUnit, rule, rx
from copydesk.quotes import quotations
from copydesk.rules.llm import APOSTROPHE, line_starts

_A = APOSTROPHE
_OFFER = (rf"I(?:{_A}d| would|{_A}m| am|{_A}ll| will| can)(?: be)? (?:happy|glad|delighted|more than happy|"
          r"able) to (?:help|assist|write|rewrite|paraphrase|provide|create|do that)"
          rf"|I can (?:help|do that|write)")
_TASK_NOUN = (r"(?:passage|rewording|news|article|piece|sentence|version|rewrite|re-write|paraphrase|"
              r"paraphrasing|story|report|"
              r"draft|text|summary|headline|attempt|post|press release|blog|response|answer|example|option|"
              r"paraphrases|rewrites|versions)")
_HERE = (rf"(?:here(?: is|{_A}s| are)|below is|below are) (?:the|a|an|my|your|one|some|two|three|\d+)\b"
         rf"[^.!?:\n]{{0,100}}?\b{_TASK_NOUN}\b[^.!?:\n]{{0,100}}:")
_GREETING = (r"(?:(?:sure|certainly|of course|absolutely|okay|ok|great|hello|hi)(?: thing)?\s*[!,.]\s*)?"
             r"(?:as a (?:journalist|reporter|news writer|writer),?\s*|I am a (?:journalist|reporter)[.,]"
             r"\s*)?")
# "As a journalist, I would rewrite the given passage to make it more convincing."
_INTENT = (rf"I (?:would|will|{_A}ll|{_A}d)(?: like to)? (?:rewrite|paraphrase|rephrase|"
           rf"reword)\b[^.!?:\n]{{0,40}}?"
           r"\b(?:passage|sentence|text|it)\b[^.!?:\n]{0,160}[.!?:]")
# "I would paraphrase the passage as:", "This is a rewrite of the passage:"; "The original passage is:"
# only as a line of its own ("The passage of the bill was delayed: …" is prose).
_ANNOUNCE = (rf"(?:(?:I (?:would|will|can|could|{_A}ll|{_A}d|have) |(?:this|that|here) is )"
             rf"[^.!?:\n]{{0,80}}?\b(?:paraphrase|paraphrased|paraphrasing|rewrite|rewritten|rewriting|pas"
             rf"sage(?! of)|"
             rf"news piece|piece of news)\b[^.!?:\n]{{0,80}}:"
             rf"|(?:the |my |a |an |one )[^.!?:\n]{{0,80}}?\b(?:paraphrase|paraphrased|paraphrasing|rewrit"
             rf"e|rewritten|"
             rf"rewriting|passage(?! of)|news piece|piece of news)\b[^.!?:\n]{{0,80}}:(?=\s*$))")
PREAMBLE = rx.compile(
    rf"(?:{_GREETING}(?:{_OFFER})[^.!?:\n]{{0,120}}[.!?:]+\s*(?:{_HERE})?"
    rf"|{_GREETING}{_HERE}"
    rf"|{_GREETING}{_ANNOUNCE}"
    rf"|{_GREETING}{_INTENT}"
    rf"|(?:hello|hi)\s*[!,.]\s*(?:as a (?:journalist|reporter|writer),?\s*)?I{_A}?(?:m| am) (?:here|happy|"
    rf"glad)\b"
    rf"[^.!?:\n]{{0,120}}[.!?:]"
    rf"|(?:sure|certainly|of course|absolutely)\s*[!,.]\s*here\b[^.!?:\n]{{0,120}}[.!?:]"
    rf"|(?:[.]\s*)?how about (?:this|these|the following)\b[^.!?:\n]{{0,60}}?\b{_TASK_NOUN}\s*[:?]"
    rf"|I (?:paraphrase|rewrite|rephrase) (?:it|this|the (?:passage|sentence|text)) as\s*:"
    r"|(?:hello|hi)\s*[!,.]?(?=\s*\Z))",
    re.IGNORECASE)


@rule(code="AI002", name="assistant-preamble", scope=Scope.TEXT, severity="error")
def check(unit: TextUnit, ctx: Context) -> Iterator[Diagnostic]:
    quoted = None
    for start in line_starts(unit, ctx.document.text):
        match = PREAMBLE.match(unit.text, start)
        if match:
            quoted = quoted or quotations(unit.text)
        if match and start not in quoted:
            found = match.group(0).strip()
            shown = found if len(found) <= 60 else found[:57] + "…"
            yield ctx.report(unit.source_span(match.start(), match.start() + len(found)),
                             f"chatbot preamble '{shown}' left in the article: delete it")
