"""An article whose reading grade is above the audience's target.

Why:
    Newsrooms write for a reading level, often grade 8 to 10: the text a general reader follows
    without effort. The Flesch-Kincaid grade, computed by textstat on the article's running text,
    rises with long sentences and long words, the two things an editor can change.

Bad:
    Notwithstanding considerable institutional reluctance, the metropolitan administration's
    comprehensive infrastructure modernisation programme, encompassing transportation,
    telecommunications and environmental remediation initiatives, necessitated unprecedented
    intergovernmental coordination, extraordinary budgetary reallocations and sustained
    consultation with innumerable community organisations, professional associations and
    independent regulatory authorities throughout the protracted implementation period.
    Consequently, considerable administrative complexity accumulated, generating substantial
    documentation requirements, recurrent procedural disagreements and persistent uncertainty
    regarding jurisdictional responsibilities among participating governmental institutions.
    Independent evaluators subsequently characterised the programme's organisational arrangements as
    fundamentally incompatible with established accountability mechanisms, recommending
    comprehensive restructuring of supervisory responsibilities. Municipal representatives
    acknowledged these considerable deficiencies, nevertheless maintaining that the fundamental
    objectives remained substantially achievable within the originally anticipated timeframe.
Good:
    The city rebuilt its roads, phone lines and parks over five years. It was hard work. The city
    had to move money between budgets and talk to many groups. Some of them did not agree. The
    mayor said the work was worth it. People now get to work faster. The parks are cleaner. The
    phone lines work in storms. Most people in the city say they like the change. The city will
    now look at its schools. It plans to start next year. It will ask parents what they want first.

Options:
    max_grade: the highest Flesch-Kincaid grade the audience is written for (default 10).
    min_words: articles with fewer words of running text are not scored (default 100): on a few
        sentences the grade says little.

Notes:
    The diagnostic sits on the headline, or on the first line when there is none, and quotes the
    grade, the target and the Flesch reading ease. The scored text is the article's paragraphs,
    list items and block quotes; headings, table cells, code and link targets are left out.
    ``copydesk stats`` prints all the scores. The level is information by default (half of the BBC's
    news articles score above grade 10); a newsroom that enforces its target sets
    ``severity = "warning"`` for this rule.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from copydesk import Context, Diagnostic, Document, Options, Scope, Span, rule
from copydesk.readability import flesch, prose


@dataclass(frozen=True)
class ReadingLevelOptions(Options):
    """RD001's options, described in the module's docstring."""

    max_grade: float = 10.0
    min_words: int = 100


@rule(code="RD001", name="reading-level", scope=Scope.DOCUMENT, severity="info",
      options=ReadingLevelOptions)
def check(document: Document, ctx: Context[ReadingLevelOptions]) -> Iterator[Diagnostic]:
    text = prose(document)
    if not text:
        return
    found = flesch(text)
    if found.words < ctx.options.min_words or found.grade <= ctx.options.max_grade:
        return
    yield ctx.report(_first_line(document),
                     f"reading grade {found.grade:.1f} (Flesch-Kincaid) is above the target "
                     f"of {ctx.options.max_grade:g}, reading ease {found.reading_ease:.0f}: "
                     "shorten sentences and prefer shorter words")


def _first_line(document: Document) -> Span:
    block = document.headline or document.blocks[0]
    start = block.unit.span.start
    lines = document.source.lines
    line = lines.position(start)[0]
    end = min(block.unit.span.end, lines.line_start(line) + len(lines.line_text(line).rstrip()))
    return Span(start, max(start, end))
