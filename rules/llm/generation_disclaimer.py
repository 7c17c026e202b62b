"""A note that the text itself was generated or made up: "This article was created by an AI language model".

Why:
    Chatbots asked for a news story often append a note that the story is fictional or was
    written by a language model in answer to a prompt. Such a note is a leftover of the
    generation: either the story is invented, and must not run as news, or the note is wrong and
    must go.

Bad:
    Note: This news article is a fictional piece created by a language model.
Good:
    The ministry said the article was fabricated and asked the site to remove it.

Bad:
    Disclaimer: The preceding article is purely fictional and was written in response to a prompt.
Good:
    The novel is a work of fiction, its publisher said.

Options:
    (none)

Notes:
    A sentence of a paragraph, list item or quote counts when it speaks of the text itself ("this
    article", "the preceding piece", "the information presented in this article", "AI-generated
    news", "the sentence is") and says it was written by AI, a language model or GPT, or based on a
    prompt; or says it is fictional, a fabrication or made for entertainment or satire, when the
    sentence is a note ("Note:", "Disclaimer:", "Please note", "It is important to note") or calls
    the text an article, piece, passage or content. A fact-check calling another outlet's story
    "completely fictitious" is left alone. Direct
    quotations are left alone. No fix: whether the story can run at all is an editor's call.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from copydesk import Context, Diagnostic, Scope, TextUnit, rule, rx, shorten
from copydesk.quotes import quotations

_THIS_TEXT = rx.compile(
    r"\b(?:this|these|the (?:above|aforementioned|preceding|following|previous|foregoing))\b(?:\s+[\w-]+){"
    r"0,4}?\s+"
    r"(?:article|piece|story|report|passage|text|content|news|post|write-up|study|information|scenario|sentence|"
    r"narrative|findings|statement|prompt|website)\b"
    r"|\bthe (?:information|content|events?|details|claims|article|piece|news article) (?:presented|provided|"
    r"contained|described|mentioned|made) (?:above\b|in (?:the|this) [\w-]+)"
    r"|\bthe (?:sentence|passage|prompt) (?:is|was)\b"
    r"|\bthe (?:given |mentioned |above )?(?:piece of )?(?:content|information)(?: above)?\b(?= (?:is|was))"
    r"|\bthis is not (?:a )?real news\b"
    r"|\bAI-generated (?:news|article|story|content|text)\b",
    re.IGNORECASE)
_MACHINE = (r"(?:AI|A\.I\.|artificial intelligence|(?:AI )?language model|GPT(?:-?\d(?:\.\d)?)?|ChatGPT|"
            r"OpenAI(?:'s|’s)?)")
# Written by a machine or from a prompt: a leftover whatever the sentence calls the text.
_GENERATED = rx.compile(
    rf"\b(?:created|generated|written|produced|made|composed|crafted)\s+(?:[\w'’-]+\s+){{0,3}}?"
    rf"(?:by|using|with|on|through)\s+(?:[\w'’-]+\s+){{0,3}}?{_MACHINE}\b"
    r"|\b(?:in response to|based on) (?:the|a|your) (?:given |provided )?(?:sentence|prompt)\b"
    r"|\bbased on generated text\b",
    re.IGNORECASE)
# Made up: a leftover only in a note, or said of "this article/piece/passage…" (a fact-check calls
# another outlet's story "completely fictitious").
_INVENTED = rx.compile(
    r"\b(?:purely|entirely|completely|wholly|totally|a work of) (?:[\w-]+ and )?"
    r"(?:fiction(?:al)?|fictitious)\b"
    r"|\b(?:a|an? (?:entirely|complete|total|delightful)) fabrication\b"
    r"|\b(?:purely|entirely|completely|wholly|totally)(?: misleading and)? fabricated\b"
    r"|\b(?:fabricated|fictional|made-up) (?:story|article|piece|content|study|information|scenario|"
    r"narrative)\b"
    r"|\bfictional (?:piece|creation|story|article|scenario|account|news)\b"
    r"|\b(?:satirical|entertainment|fictional|demonstration) purposes\b|\bentirely false\b|\bpurely fictit"
    r"ious\b"
    r"|\bnot (?:a )?real news\b|\bis not a news (?:article|piece|story)\b|\bis a disclaimer\b"
    r"|\bshould not be considered (?:as )?(?:actual|real) news\b"
    r"|\b(?:is|was) (?:a )?(?:fictional|fictitious|hypothetical|made-up|imaginary)\b|\bis satirical\b",
    re.IGNORECASE)
# A note to the reader: at the start of the sentence, or after an opening clause ("While these findings
# may sound extraordinary, it's important to remember that…").
_NOTE = rx.compile(
    r"^\W*(?:note|disclaimer|editor['’]s note|remember|it goes without saying)\b"
    r"|(?:^\W*|\b)(?:please|kindly) (?:also )?note\b"
    r"|\bit(?:['’]s| is) (?:important|crucial|vital|essential|worth) (?:to )?(?:note|remember|recogni[sz]e|re"
    r"iterate|emphasi[sz]e|noting|address|point out)",
    re.IGNORECASE)
_OWN_TEXT = rx.compile(r"\b(?:article|piece|passage|text|content|write-up|sentence|scenario|prompt|"
                       r"AI-generated|above)\b",
                       re.IGNORECASE)


@rule(code="AI006", name="generation-disclaimer", scope=Scope.SENTENCE, severity="error")
def check(unit: TextUnit, ctx: Context) -> Iterator[Diagnostic]:
    note = _NOTE.search(unit.text)
    subject = _THIS_TEXT.search(unit.text)
    claim = _GENERATED.search(unit.text, subject.start()) if subject else None
    if claim is None and note is not None:
        # After a note, "it is nothing more than a delightful fabrication" needs no named subject.
        claim = _INVENTED.search(unit.text, note.end())
    if claim is None and subject is not None and _OWN_TEXT.search(subject.group(0)):
        claim = _INVENTED.search(unit.text, subject.start())
    if claim is None:
        return
    quoted = quotations(unit.text)
    if any(found and found.start() in quoted for found in (claim, subject, note)):
        return
    text = unit.text.rstrip()
    yield ctx.report(unit.source_span(0, len(text)),
                     f"note that the text was generated or invented ('{shorten(text)}') left in the article: "
                     "check the story and delete the note")
