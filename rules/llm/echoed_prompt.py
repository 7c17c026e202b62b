"""The request to the chatbot pasted back into the text: "Please paraphrase the given passage".

Why:
    Some chatbots repeat the instruction they were given before or after answering it. An
    instruction to rewrite or paraphrase "the passage" in the middle of an article shows that the
    text is a pasted chat transcript.

Bad:
    Please paraphrase the given passage in your own words.
Good:
    Please write to your MP before the vote, the campaign urged its members.

Bad:
    How would you rewrite this passage to make it more convincing?
Good:
    Paraphrasing the minister, the spokesman said the sentence was too harsh.

Options:
    (none)

Notes:
    At the start of a sentence or line: a request to paraphrase, rewrite or rephrase a
    passage, sentence, text or news item ("Please rewrite it…", "Could you paraphrase this
    passage?", "Your task is to rewrite…", "You are a journalist. Given a passage, please
    paraphrase it"), or to write, provide or generate a news piece, passage, paraphrase, rewrite
    or answer ("Please write a piece of news based on the sentence provided"). Also notes laying
    down rules for the answer ("Note: Do not generate any other word.", "Please note: your answer
    should be around 200 words"), and notes about the passage, the paraphrase or the prompt
    ("Note: The word 'owner' is already present in the passage"). Anywhere in a line: "Paraphrase
    the passage:", "…so please paraphrase it", "In this paraphrase, please…". Direct quotations are
    left alone. No fix: the answer around it needs checking too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from copydesk import Context, Diagnostic, Document, Scope, TextUnit, rule, rx, shorten
from copydesk.quotes import quotations
from copydesk.rules.llm import APOSTROPHE, line_starts
from copydesk.rules.llm._prefilter import may_match
from copydesk.segment import sentence_bounds

_A = APOSTROPHE

_TARGET = (r"(?:passages?|sentences?|text|news(?: piece| article| story| report)?|piece of news|article|"
           r"paragraph|"
           r"paraphrases?|rewrite|version|it|this)")
_ASK = (r"(?:(?:as a journalist, |now,? |so,? )?(?:please |kindly )?(?:can|could|would|"
        r"will) you (?:please )?|"
        r"(?:now,? )?(?:imagine you are an? (?:journalist|reporter) and )|kindly |now,? |"
        rf"given the ['‘]?(?:passage|sentence)['’]?(?: above)?, (?:please )?|I(?:{_A}d| would) like you to |"
        r"(?:how|so) (?:would|could|can|should) you |(?:as a journalist, |now,? )?please (?:help me (?:to "
        r")?|try to )?|"
        r"(?:your task is|what I would like you to do is|I (?:need|want|would like) you) to |)")
# Rules for the answer that came with the prompt: "Note: Do not generate any other word."
_RULE = (rf"(?:do not|don{_A}t) (?:generate|change|use|add|copy)|you are not allowed to|please avoid|"
         r"use only the given|your (?:answer|paraphrase|rewrite|article|response|passage) (?:should|must|n"
         r"eeds)|"
         rf"I(?: will|{_A}ll) be (?:judging|timing|grading)")
_REQUEST = (rf"(?:you are an? (?:journalist|reporter|news writer|writer|helpful assistant)\b[^.!?\n]*[.!?]\s*"
            rf"(?:given an? [^.!?\n]{{0,40}}?,\s*)?)?"
            rf"(?:{_ASK}(?:paraphrase|rewrite|re-write|rephrase)\b[^.!?\n]{{0,60}}?\b{_TARGET}\b"
            rf"|write an? [^.!?\n]{{0,60}}?\b(?:rewrite|paraphrase) of the (?:passage|sentence|text)\b"
            rf"|(?:what|how) would (?:be )?(?:you )?(?:a )?(?:paraphrase|rewrite)\b"
            rf"|I need a (?:rewrite|paraphrase) of\b|I{_A}ll give you the same (?:passage|sentence)\b"
            rf"|your (?:paraphrase|rewrite|rewritten passage) (?:should|must|needs)\b"
            rf"|please (?:write|provide|generate|create|compose|produce|give|use)\b[^.!?\n]{{0,40}}?"
            rf"(?:\b(?:news piece|piece of news|news article|news headline|passage|paraphrase|rewrite|"
            rf"rewritten|paraphrased|answer|response)\b|\bfollowing:))")
# A note about the task, not the story: "Note: The word 'owner' is already present in the passage."
_TASK_NOTE = (r"(?:note|please note|kindly note)\s*(?::|that)?\s*[^.!?\n]{0,160}?\b(?:(?:the|this|"
              r"your) (?:given |original |provided |above )?['‘]?passage\b['’]?(?! of)|"
              r"paraphras\w*|rewrit\w*|"
              r"rephras\w*|rewording|the prompt|the ['‘]?sentence['’]?|word count|generated text|synonyms|"
              r"the (?:use of the )?word (?=['‘\"]))")
PROMPT = rx.compile(
    rf"\(?\s*(?:(?:(?:note|please note|question|comment|task|instructions?)\s*:\s*|please note(?: that)? )"
    rf"(?:{_RULE})|{_TASK_NOTE}|(?:(?:question|comment|task|instructions?)\s*:\s*)?{_REQUEST})"
    rf"[^.!?\n]{{0,200}}[.!?:]?\)?",
    re.IGNORECASE)


# An instruction echoed in the middle of a line: "…(Image: Splash News)  Paraphrase the passage: Casey…"
_INLINE = rx.compile(
    rf"\b(?:(?:paraphrase|rephrase) the (?:given |following |above )?(?:passage|sentence|text)"
    rf"|rewrite the (?:given |following |above )?passage)(?: as follows| below)?\s*:"
    rf"|\b(?:please|kindly) (?:paraphrase|rephrase)\b[^.!?\n]{{0,60}}?\b{_TARGET}\b"
    rf"|\b(?:please|kindly) (?:paraphrase|rephrase|rewrite)\s*:"
    rf"|\bin this (?:paraphrase|rewrite),? please\b[^.!?\n]{{0,160}}[.!?]?",
    re.IGNORECASE)


def _may_find(document: Document) -> bool:
    return may_match(document, PROMPT) or may_match(document, _INLINE)


@rule(code="AI005", name="echoed-prompt", scope=Scope.TEXT, severity="error")
def check(unit: TextUnit, ctx: Context) -> Iterator[Diagnostic]:
    if not ctx.document.derived(_may_find):
        return
    starts = set(line_starts(unit, ctx.document.text)) | {s for s, _ in sentence_bounds(unit.text)}
    matches = [m for m in (PROMPT.match(unit.text, start) for start in starts) if m]
    matches += _INLINE.finditer(unit.text)
    if not matches:
        return
    quoted = quotations(unit.text)
    reported_to = -1
    for match in sorted(matches, key=lambda m: m.start()):
        if match.start() < reported_to or match.start() in quoted:
            continue  # inside an instruction already reported, or a speaker's words
        text = match.group(0).strip()
        reported_to = match.start() + len(text)
        yield ctx.report(unit.source_span(match.start(), reported_to),
                         f"instruction to a chatbot '{shorten(text)}' left in the article: delete it")
