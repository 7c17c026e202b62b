"""A byline, or the name in it, printed twice.

Why:
    Exports and scrapers often copy the author's name twice ("By / Jane Doe / Jane Doe"), or print
    a "By Jane Doe" line followed by the bare name from an author card. It reads as a mistake.

Bad:
    Council approves new budget

    By Jane Doe

    Jane Doe

    The council approved the budget on Tuesday.
Good:
    Council approves new budget

    By Jane Doe

    The council approved the budget on Tuesday.

Bad:
    Council approves new budget

    By

    Jane Doe

    Jane Doe

    The council approved the budget on Tuesday.
Good:
    Council approves new budget

    By

    Jane Doe

    John Roe

    The council approved the budget on Tuesday.

Options:
    (none)

Notes:
    Bylines are the byline blocks of the plain-text reader ("By Jane Doe", a bare "By" and the
    names under it) and, in any format, short lines starting "By" and a capital letter. In a run of
    consecutive bylines, a byline whose names were all given earlier in the run is a copy, and so
    is a short line right under the run that only repeats names from it. Names compare ignoring
    case, spacing and punctuation. The same byline further down (an author card, the bylines of a
    list of related articles) is not a copy. The author in front matter or HTML metadata plus the
    same name in a byline is normal. The fix (safe) deletes the copy with its lines, in plain
    text and Markdown.
"""

from __future__ import annotations

from collections.abc import Iterator

from copydesk import Block, BlockKind, Context, Diagnostic, Document, Scope, rule, rx
from copydesk.parse.meta import byline_names
from copydesk.rules.duplication._normalize import comparison_key, delete_copy, line_of, word_count

_MAX_BYLINE_WORDS = 8
_BY_NAME = rx.compile(r"^(?:By|by|BY)\s+[A-Z]")
_LINE_KINDS = frozenset({BlockKind.HEADING, BlockKind.PARAGRAPH})


def _byline_keys(block: Block) -> list[str] | None:
    """The name keys of a byline block ([] for a bare "By"), or None if ``block`` is no byline."""
    text = block.unit.text
    is_byline = block.kind is BlockKind.BYLINE or (
        block.kind in _LINE_KINDS and _BY_NAME.match(text) and len(text.split()) <= _MAX_BYLINE_WORDS)
    if not is_byline:
        return None
    return [key for key in map(comparison_key, byline_names(text)) if key and key != "by"]


def _name_line_keys(block: Block) -> list[str]:
    """The name keys of a short line that might repeat a byline's names."""
    if block.kind not in _LINE_KINDS or word_count(comparison_key(block.unit.text)) > _MAX_BYLINE_WORDS:
        return []
    return [key for key in map(comparison_key, byline_names(block.unit.text)) if key]


@rule(code="DU002", name="repeated-byline", scope=Scope.DOCUMENT)
def check(document: Document, ctx: Context) -> Iterator[Diagnostic]:
    named_in: dict[str, Block] = {}  # name key → the block of the current byline run that first gave it
    for block in document.blocks:
        keys = _byline_keys(block)
        if keys is None:
            keys = _name_line_keys(block) if named_in else []
            if not keys or not all(key in named_in for key in keys):
                named_in = {}  # the byline run is over: copies must follow it directly
                continue
        if keys and all(key in named_in for key in keys):
            first = named_in[keys[0]]
            fix = delete_copy(document, block, "delete the repeated byline", safe=True)
            yield ctx.report(block.unit.span, f"byline '{block.unit.text}' repeated (first on line "
                                              f"{line_of(document, first.unit.span)}): delete this copy", fix)
            continue
        for key in keys:
            named_in.setdefault(key, block)
