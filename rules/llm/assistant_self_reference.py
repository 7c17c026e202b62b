"""A chat assistant talking about itself: "As an AI language model", a refusal, a knowledge cutoff.

Why:
    These are words a chatbot addresses to the person who asked it for the text. Pasted into an
    article they tell every reader that nobody wrote or read it before it went out, and a refusal
    means the story itself is missing.

Bad:
    As an AI language model, I cannot predict the outcome of the talks.
Good:
    Analysts said it was too early to predict the outcome of the talks.

Bad:
    I'm sorry, but I can't fulfill this request.
Good:
    "As an AI language model, I cannot give medical advice," the chatbot replied when asked.

Bad:
    As of my last knowledge update, the talks had not resumed.
Good:
    The minister said she could not access the archive without a court order.

Options:
    (none)

Notes:
    Flags "as an AI (language model)", "I'm just an AI", "my knowledge cutoff", "as of my last
    update", "I cannot browse the internet", "I don't have real-time information", "the
    statement you provided", "your 'passage' is…" (said to the person who asked), "I apologize
    for the confusion", comments on its own answer ("In this rewrite, I have…", "This paraphrase
    keeps…", "I have tried my best to paraphrase…"), apologies followed by "I cannot", and
    refusals of a request or of writing the piece ("I cannot fulfill your request", "I cannot
    provide a news article based on…"). Words inside a direct quotation are the speaker's and are
    left alone. No fix: the passage around it has to be rewritten.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from copydesk import Context, Diagnostic, Document, Scope, TextUnit, rule
from copydesk.rules.llm import APOSTROPHE, compile_any, narrowed, unquoted

_A = APOSTROPHE
_CANNOT = (rf"(?:cannot|can{_A}t|can not|won{_A}t|will not|am unable to|{_A}m unable to|am not able to|"
           rf"{_A}m not able to)")
_ADJECTIVES = r"(?:(?:responsible|respectful|helpful|honest|ethical|harmless|and|,)\s*)*"
_MODEL = r"(?:AI(?: language)? model|AI assistant|AI chatbot|language model|large language model|LLM|chatbot)"

SELF_REFERENCE = compile_any(
    # "As an AI language model", "As a responsible AI language model", "As an AI developed by OpenAI"
    rf"\bas an? {_ADJECTIVES}(?:{_MODEL}|(?:AI|artificial intelligence)(?=\s*(?:,|developed|created|trained|"
    rf"made|built|by|I\b)))",
    rf"\bI{_A}?(?:m| am) (?:just |only |merely |simply )?(?:an? )?{_ADJECTIVES}(?:{_MODEL}|AI\b)",
    r"\b(?:my|the model's) (?:knowledge|training)(?: data)? cut-?off\b",
    r"\bas of my (?:last |latest |most recent )?(?:knowledge |training )?(?:update|cut-?off|training)\b",
    rf"\bI (?:{_CANNOT}|do not have the ability to|don{_A}t have the ability to) (?:browse|search|access) "
    r"(?:the internet|the web|real-time|live|current|external|up-to-date|websites)\b",
    rf"\bI (?:do not|don{_A}t) have (?:access to )?(?:real-time|current|live|up-to-date) "
    r"(?:information|data|news|updates|access)\b",
    r"\b(?:against|within|beyond) my (?:programming|ethical guidelines|guidelines)\b",
    # talking to the person who gave the prompt
    r"\b(?:the|this|that|your) (?:statement|sentence|passage|prompt|claim|request|text) you (?:have )?"
    r"(?:provided|gave|have given|shared|sent|wrote)\b",
    r"\byour ['‘\"]?(?:passage|prompt)['’\"]?(?= (?:is|was|contains|seems|appears|does))",
    r"\bI apologi[sz]e for (?:the|any|my) (?:confusion|error|mistake|misunderstanding)\b",
    # commenting on its own answer: "In this rewrite, I have aimed…", "This paraphrase keeps…"
    r"\bin (?:this|my|the above) (?:paraphrase|rewrite|rewritten version|revised version)\s*,?\s*I\b",
    rf"\bI(?: have|{_A}ve) (?:tried|done) my best to (?:paraphrase|rewrite|rephrase)\b",
    r"\b(?:this|my|the above) (?:paraphrase|rewrite|rewritten version|revised version) (?:keeps|retains|"
    r"maintains|preserves|captures|conveys)\b",
    # refusals
    rf"\b(?:I{_A}?(?:m| am) )?sorry, (?:but )?(?:as an? [^.!?]{{0,40}}?, )?I {_CANNOT}\b",
    r"\bI apologi[sz]e, but (?:as an? [^.!?]{0,40}?, )?I\b",
    rf"\bI {_CANNOT} (?:fulfill|fulfil|satisfy|comply with|complete|assist with|help with|honou?r) "
    r"(?:your|this|that|the) (?:request|prompt|task|instructions?)\b",
    rf"\bI {_CANNOT} (?:provide|create|generate|write|produce|compose|paraphrase|rewrite) (?:a |an |the |a"
    rf"ny |this )?"
    r"(?:(?:fake|false|misleading|fictional|paraphrased|rewritten) )?(?:news|article|piece|paraphrase|cont"
    r"ent|"
    r"story|rewrite|passage|response|misinformation)\b",
)


def _narrowed(document: Document) -> re.Pattern[str] | None:
    return narrowed(document, SELF_REFERENCE)


@rule(code="AI001", name="assistant-self-reference", scope=Scope.TEXT, severity="error")
def check(unit: TextUnit, ctx: Context) -> Iterator[Diagnostic]:
    for match in unquoted(unit, ctx.document.derived(_narrowed)):
        yield ctx.report(unit.source_span(*match.span()),
                         f"chatbot talking about itself ('{match.group(0)}') left in the article: "
                         "delete it and write the passage")
