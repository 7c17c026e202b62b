"""Headings in Title Case and in sentence case in one article.

Why:
    A house style sets headings either in Title Case ("Talks Resume in Geneva") or in sentence
    case ("Talks resume in Geneva"). Both in one article look unedited, or assembled from pieces.

Bad:
    Talks resume in Geneva

    Background of the conflict

    The war began in February 2022 and has not stopped since.

    Reactions From Foreign Capitals

    The reactions of foreign governments were cautious in most capitals.

    What the delegations want

    Both delegations want guarantees before they sign anything at all.
Good:
    Talks resume in Geneva

    Background of the conflict

    The war began in February 2022 and has not stopped since.

    Reactions from foreign capitals

    The reactions of foreign governments were cautious in most capitals.

Options:
    (none)

Notes:
    Only headings of one level are compared (a house may set section heads in Title Case and
    subheads in sentence case). The headline is not compared: many styles set it apart; nor is a
    heading with fewer than eight words of prose under it (page furniture such as "Follow us on
    Google News"). A heading counts as Title Case when all of its words after the first are
    capitalised, at least two of them and one a word the article writes in lower case elsewhere (so
    "Seychelles v South Africa", all names, is neither); and as sentence case when more of them are
    lower case than capitalised common words; small words ("of", "the", "and", "in", prepositions),
    numbers and acronyms are ignored, so the proper nouns of a sentence-case heading do not make it
    Title Case. Headings of one word, or that fit neither style, are not compared. The headings in
    the minority style are reported (on a tie, those unlike the first heading). No fix: only the
    editor knows which words are proper nouns.
"""

from __future__ import annotations

from collections.abc import Iterator

from copydesk import Block, BlockKind, Context, Diagnostic, Document, Scope, rule, rx
from copydesk.document import HEADING_KINDS, PARAGRAPH_KINDS, SENTENCE_KINDS

_SMALL = frozenset("""
a an the and but or nor for so yet as at by in of off on per to up via vs v with from into onto
over than upon amid about above across after against along among around before behind below
beneath beside between beyond during except inside near outside since through toward towards
under until within without is are
""".split())  # noqa: SIM905
_WORD = rx.compile(r"[^\W\d_][\w'’]*")
TITLE, SENTENCE = "Title Case", "sentence case"
# A heading opens a section when at least this many words of prose follow it before the next one.
SECTION_WORDS = 8


def heading_case(text: str, common: frozenset[str] | None = None) -> str | None:
    """TITLE, SENTENCE or None; ``common`` holds words seen in lower case elsewhere in the article.

    Title Case needs one capitalised word from ``common`` (so not only proper nouns); sentence case
    needs more lower-case words than capitalised common ones. Without ``common`` every capitalised
    word counts as common.
    """
    words = _WORD.findall(text)
    capitalised = common_capitalised = lower = 0
    for word in words[1:]:
        if word.lower() in _SMALL or (word.isupper() and len(word) > 1) or not word[0].isalpha():
            continue
        if word[0].islower():
            lower += 1
        else:
            capitalised += 1
            common_capitalised += common is None or word.lower() in common
    if lower == 0 and capitalised >= 2 and common_capitalised >= 1:
        return TITLE
    if lower > common_capitalised:
        return SENTENCE
    return None


def _sections(document: Document) -> Iterator[Block]:
    """Headings that open a section of prose (page furniture at the foot has none under it)."""
    heading: Block | None = None
    words = 0
    for block in [*document.blocks, None]:
        if block is None or block.kind in HEADING_KINDS:
            if heading is not None and words >= SECTION_WORDS:
                yield heading
            heading = block if block is not None and block.kind is BlockKind.HEADING else None
            words = 0
        elif block.kind in PARAGRAPH_KINDS | SENTENCE_KINDS:
            words += len(block.unit.text.split())


def _lower_words(document: Document) -> frozenset[str]:
    return frozenset(word for block in document.blocks_of(PARAGRAPH_KINDS | SENTENCE_KINDS)
                     for word in _WORD.findall(block.unit.text) if word.islower())


@rule(code="CN004", name="mixed-heading-case", scope=Scope.DOCUMENT)
def check(document: Document, ctx: Context) -> Iterator[Diagnostic]:
    if sum(block.kind is BlockKind.HEADING for block in document.blocks) < 2:
        return  # each section compared opens with a heading
    blocks = list(_sections(document))
    if len(blocks) < 2:
        return
    common = _lower_words(document)
    levels: dict[int, list[tuple[Block, str]]] = {}
    for block in blocks:
        case = heading_case(block.unit.text, common)
        if case is not None:
            levels.setdefault(block.level, []).append((block, case))
    found = [d for headings in levels.values() for d in _mixed(headings, ctx)]
    yield from sorted(found, key=lambda d: d.span.start)


def _mixed(headings: list[tuple[Block, str]], ctx: Context) -> Iterator[Diagnostic]:
    styles = [case for _, case in headings]
    if len(set(styles)) < 2:
        return
    title, sentence = styles.count(TITLE), styles.count(SENTENCE)
    majority = TITLE if title > sentence else SENTENCE if sentence > title else styles[0]
    count = styles.count(majority)
    for block, case in headings:
        if case != majority:
            others = f"{count} other heading{'s are' if count > 1 else ' is'} in {majority}"
            yield ctx.report(block.unit.span, f"heading '{block.unit.text}' is in {case}, but {others}: "
                                              "use one style")
