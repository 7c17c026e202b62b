"""A "Title:", "Headline:" or "Rewritten passage:" label a chatbot printed before the text.

Why:
    Asked for an article, a chatbot often labels the parts of its answer: "Title: …",
    "Byline: …", "Article:", "Paraphrased version:". Articles carry their headline as a headline;
    the label is a leftover of the conversation and shows the text went out unedited.

Bad:
    Title: Council Approves New Budget

    The council approved the budget on Tuesday after a long debate over the cost of the new bridge.
Good:
    Council Approves New Budget

    The council approved the budget on Tuesday after a long debate over the cost of the new bridge.

Bad:
    The talks ended without a deal.

    Rewritten passage:
Good:
    The council approved the budget on Tuesday after a long debate over the cost of the new bridge and roads.

    Location: the old town hall, which reopens next spring.

Options:
    (none)

Notes:
    Title, headline, subtitle, subheading, byline, dateline, body and news labels count anywhere;
    other layout labels (date, location, lede, article, category, topic, summary, answer…) only
    on the lines before the article body, that is before the first paragraph of 20 words or more,
    or in a run of label lines that opens that paragraph with a title or headline label.
    Labels of the task ("Rewritten passage:", "The paraphrased version is:", "Misinformation:",
    "Total Fabrication:") count anywhere, and so does any label alone on its line. Markdown left
    in plain text ("**Title:**") is allowed around the label. A label counts at the start of any
    line, also of a line the plain-text reader joined to the paragraph before it. A line that is
    a chatbot preamble ("The original passage is:") is left to AI002. The fix deletes the label,
    or the line when nothing follows it; it is offered only where the label is plain text, not
    inside Markdown emphasis. "Breaking News:" and other kickers are headline style and are left
    alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from copydesk import Block, Context, Diagnostic, Document, Edit, Fix, Scope, rule, rx
from copydesk.fixes import delete_block
from copydesk.rules.llm import head_blocks, line_starts
from copydesk.rules.llm.assistant_preamble import PREAMBLE

# Unmistakable wherever they stand ("Title: …" after a preamble, "DATELINE: [City] - …").
_STRONG = (r"(?:(?:news |article |story )?(?:title|headline|byline|by-line|dateline)|sub-?(?:title|"
           r"headline|heading|head)|"
           r"body|article body|news (?:date|byline)|(?:the )?news)")
# Only on the lines before the article body, or alone on their line.
_LAYOUT = (r"(?:answer|output|heading|date|location|place|lede|lead|lead paragraph|article|news article|"
           r"the news article|"
           r"category|topic|tags|keywords|intro|introduction|(?:in )?conclusion|summary(?: of the (?:passa"
           r"ge|article))?)")
_TASK_ADJECTIVE = (r"(?:rewritten|re-written|paraphrased|revised|rephrased|modified|edited|improved|original|"
                   r"updated|new|fake|fabricated|generated|manipulated|convincing|final)")
_TASK_NOUN = (r"(?:passages?|versions?|text|news article|news piece|news story|news report|piece of news|"
              r"news|"
              r"article|piece|story|sentence|rewrite|paraphrases?|attempt|output|answer|response)")
_TASK = (rf"(?:(?:the|your|my|a|an|here(?:'s|’s| is)) )?(?:{_TASK_ADJECTIVE} {_TASK_NOUN}|"
         rf"(?:news piece|news story|piece of news|rewrite|rewritten|paraphrase|paraphrased|rephrased|revi"
         rf"sed|"
         rf"passage(?: paraphrase)?|my attempt|your rewrite|after rewriting|"
         rf"(?:your |my )?paraphrase of the (?:passage|sentence|text)))"
         rf"(?: (?:is|should be|would be|below|follows))?"
         r"|(?:possible|journalistic|and the|denote the) [\w ]{0,30}?(?:news article|news story|news piece"
         r"|version|passage)"
         r"|passage (?:rewritten|paraphrased|revised)"
         r"|misinformation|misconception|total fabrication|false context|incomplete fact|outdated informat"
         r"ion|"
         r"description ambiguity|unsubstantiated content|fake news|disinformation")
# Markdown the plain-text reader keeps ("**Title:**", "### Passage:") may wrap the label.
_LABEL = rx.compile(rf"[\s*_#\[(|>]*(?:(?P<task>{_TASK})|(?P<strong>{_STRONG})|"
                    rf"(?P<layout>{_LAYOUT}))\s*[*_]*:[*_]*"
                    r"(?P<rest>\s*)", re.IGNORECASE)


def _labels(document: Document, block: Block) -> Iterator[tuple[re.Match[str], bool, bool]]:
    """Label matches at the starts of the block's lines, each with whether nothing follows it and
    whether it continues a run of labels that opens the block with an unmistakable one ("Title: …",
    then "Date: …")."""
    unit = block.unit
    starts = list(line_starts(unit, document.text))
    run = None  # True while the lines so far are labels and the first was unmistakable
    for index, start in enumerate(starts):
        match = _LABEL.match(unit.text, start)
        if match is None or PREAMBLE.match(unit.text, start):
            run = False
            continue  # a preamble ("The original passage is:") is AI002's
        in_run = bool(run)
        if run is None:
            run = not match.group("layout")
        line_end = starts[index + 1] if index + 1 < len(starts) else len(unit.text)
        yield match, not unit.text[match.end():line_end].strip(), in_run


@rule(code="AI004", name="label-line", scope=Scope.DOCUMENT, severity="error")
def check(document: Document, ctx: Context) -> Iterator[Diagnostic]:
    head = head_blocks(document)
    # Layout labels ("Date:") count before the body, and in the run of labels that opens its first
    # paragraph when the lines were joined ("Title: …", "Date: …", then the story).
    before_body = set(map(id, head))
    first_body = document.blocks[len(head)] if len(head) < len(document.blocks) else None
    for block in document.blocks:
        unit = block.unit
        for match, alone, in_run in _labels(document, block):
            if (match.group("layout") and not alone and id(block) not in before_body
                    and not (block is first_body and in_run)):
                continue
            label = match.group(0).strip().strip("*_#[(|> ")
            span = unit.source_span(match.start(), match.end())
            if alone and match.start() == 0 and match.end() == len(unit.text):
                fix = delete_block(document, block, "delete the label line")
            elif not alone and document.text[span.start:span.end] == match.group(0):
                fix = Fix("delete the label", (Edit(span, ""),))
            else:
                fix = None
            yield ctx.report(unit.source_span(match.start(), match.start("rest")),
                             f"chatbot label '{label}' left in the article: delete it", fix=fix)
