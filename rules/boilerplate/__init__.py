"""BP: boilerplate and extraction leftovers — text on the page that was never meant for readers.

The rules share one judgement, made here once per document: a block is boilerplate when its whole
text, normalised, matches one of a rule's patterns and the block is short. A rule declares two
kinds of pattern with ``declare``:

* ``strong``: unmistakable wherever the line stands ("Follow us on Google News", "All rights reserved").
* ``weak``: ambiguous alone ("Follow", "Share", "Google News Icon"), so it counts only at the edges of
  the article (before its first or after its last body paragraph) or next to other boilerplate; with
  ``weak_at_edges=False``, only next to other boilerplate.

At the edges, a run of short Title Case lines is a site menu ("Home / News / Sport / Contact Us"),
reported by the rule declared with ``menus=True``.

Words inside a sentence never count: the patterns match whole lines, so an article about newsletters
or cookies is left alone. Block quotes are skipped (a quoted copyright line is quotation, not page
furniture). Every finding carries a safe fix that deletes the line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from copydesk import Block, BlockKind, Context, Diagnostic, Document, Edit, Fix, Span, rx
from copydesk.fixes import blank_lines_before, delete_block

# This family's rules, one module each, in code order.
RULES = (
    "social_prompt",
    "newsletter_prompt",
    "share_widget",
    "navigation_leftover",
    "cookie_notice",
    "copyright_line",
    "image_leftover",
    "ai_summary_banner",
    "author_bio",
)

# A paragraph this long that matches no pattern is article body; boilerplate sits outside or between them.
BODY_WORDS = 20
# Body paragraphs split by more than MAX_GAP short lines (under GAP_WORDS words) or boilerplate
# lines are separate runs; only the biggest run is the article.
MAX_GAP = 4
GAP_WORDS = 8
# Page menus: runs of this many short lines, at the article's edges, are navigation.
MENU_MIN_LINES = 4
MENU_MAX_WORDS = 4
# Social networks and messengers, as share buttons and follow prompts name them.
NETWORKS = (r"(?:google news|google|twitter|x|facebook|instagram|linkedin|youtube|tiktok|telegram|whatsapp|"
            r"threads|bluesky|mastodon|pinterest|reddit|snapchat|flipboard|discord|messenger|apple news|"
            r"email|e-mail|sms|rss)")
# Bullets and separators around a line, beside whitespace: any of these before it, these after it.
_LEADING_DECORATION = frozenset("•·-–—*|>»›→▸►◦▪")
_TRAILING_DECORATION = frozenset("|»›→")
# A menu item is Title Case or capitals ("Contact Us", "Terms of Use", "AUTO NEWS"), all lower case
# ("real estate") or a page number; not sentence case ("Optical heart sensor", an item of a list in
# the story), a fixture ("Oldham v Bolton"), a date ("Saturday, 26 February") or a sentence.
_CONNECTIVE = r"(?:&|and|of|the|to|in|for|on|with|a|an|at|by|or)"
_TITLE_CASE = rf"(?:[A-Z][\w'’.&+/-]*|{_CONNECTIVE})(?: (?:[A-Z][\w'’.&+/-]*|{_CONNECTIVE}))*"
_LOWER_CASE = r"(?!vs?\.? )[a-z][\w'’.&+/-]*(?: (?!vs?\.? )[a-z][\w'’.&+/-]*)*"
_MENU_LINE = rx.compile(rf"(?:{_TITLE_CASE}|{_LOWER_CASE})(?<![!?:;,.])|\d{{1,3}}|(?:[A-Z]\.){{2,}}")


@dataclass(frozen=True, eq=False)
class Boilerplate:
    """One family of boilerplate lines; ``what`` names it in messages."""

    what: str
    strong: re.Pattern[str]
    weak: re.Pattern[str] | None = None
    max_words: int = 12
    weak_at_edges: bool = True
    menus: bool = False  # also report runs of short menu lines at the edges (navigation only)


KINDS: list[Boilerplate] = []


def declare(what: str, strong: tuple[str, ...], weak: tuple[str, ...] = (), *, max_words: int = 12,
            weak_at_edges: bool = True, menus: bool = False) -> Boilerplate:
    """Declare a family of boilerplate: regexes, case-insensitive, each matched against a whole line."""
    def compile_any(patterns: tuple[str, ...]) -> re.Pattern[str]:
        return rx.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)

    kind = Boilerplate(what, compile_any(strong), compile_any(weak) if weak else None, max_words,
                       weak_at_edges, menus)
    KINDS.append(kind)
    return kind


def normalise(text: str) -> str:
    """The line as its words: bullets and separators around it dropped, whitespace collapsed."""
    start, end = 0, len(text)
    while start < end and (text[start].isspace() or text[start] in _LEADING_DECORATION):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _TRAILING_DECORATION):
        end -= 1
    return " ".join(text[start:end].split())


@dataclass(frozen=True)
class Finding:
    """Boilerplate found: its kind and the lines it takes."""

    kind: Boilerplate
    blocks: tuple[Block, ...]  # one line, or a run of menu lines


@dataclass(frozen=True)
class _Match:
    """What one line matched: the kind of boilerplate, and whether the line is nothing else."""

    kind: Boilerplate
    strong: bool


def _word_count(text: str) -> int:
    """The words of a normalised line, which are separated by single spaces."""
    return text.count(" ") + 1 if text else 0


def _match(text: str) -> _Match | None:
    words = _word_count(text)
    candidates = [kind for kind in KINDS if words <= kind.max_words]
    for kind in candidates:
        if kind.strong.fullmatch(text):
            return _Match(kind, strong=True)
    for kind in candidates:
        if kind.weak and kind.weak.fullmatch(text):
            return _Match(kind, strong=False)
    return None


def _is_menu_line(block: Block, text: str) -> bool:
    if block.kind in (BlockKind.HEADLINE, BlockKind.BYLINE, BlockKind.TABLE_CELL) or not text:
        return False  # a table's short cells are data, not links
    return _word_count(text) <= MENU_MAX_WORDS and bool(_MENU_LINE.fullmatch(text))


def _main_body(blocks: list[Block], texts: list[str], matches: list[_Match | None]) -> tuple[int, int]:
    """First and last index of the article body: the run of body paragraphs holding the most words.

    Body paragraphs separated by at most MAX_GAP short lines belong to one run; a scraped page has
    several (the story, teasers, the footer's blurb), a clean article one. Without any body
    paragraph, every line is at the edge.
    """
    runs: list[tuple[int, int, int]] = []  # (words, first, last)
    gap = 0
    for i, (block, text) in enumerate(zip(blocks, texts, strict=True)):
        words = _word_count(text)
        if matches[i] is None and block.kind is not BlockKind.HEADLINE and words >= BODY_WORDS:
            if runs and gap <= MAX_GAP:
                total, first, _ = runs[-1]
                runs[-1] = (total + words, first, i)
            else:
                runs.append((words, i, i))
            gap = 0
        elif words < GAP_WORDS or matches[i] is not None:
            gap += 1
    if not runs:
        return len(blocks), -1
    _, first, last = max(runs)
    return first, last


def _analyse(document: Document) -> list[Finding]:
    blocks = document.blocks
    texts = [normalise(block.unit.text) for block in blocks]
    matches = [None if block.kind is BlockKind.BLOCKQUOTE else _match(text)
               for block, text in zip(blocks, texts, strict=True)]
    first_body, last_body = _main_body(blocks, texts, matches)

    def at_edge(i: int) -> bool:
        return i < first_body or i > last_body

    flagged = {i for i, m in enumerate(matches) if m and (m.strong or (m.kind.weak_at_edges and at_edge(i)))}
    grown = True
    while grown:  # weak lines next to boilerplate are boilerplate too: "Share this article / Facebook / X"
        grown = False
        for i, m in enumerate(matches):
            if m and i not in flagged and (i - 1 in flagged or i + 1 in flagged):
                flagged.add(i)
                grown = True
    menus = _menus(blocks, texts, matches, flagged, at_edge)
    in_menus = {block.span for menu in menus for block in menu.blocks}
    findings = [Finding(matches[i].kind, (blocks[i],))
                for i in sorted(flagged) if blocks[i].span not in in_menus]
    return sorted(findings + menus, key=lambda f: f.blocks[0].span.start)


def _menus(blocks: list[Block], texts: list[str], matches: list[_Match | None], flagged: set[int],
           at_edge) -> list[Finding]:
    """Runs of short link-like lines at the edges (a site menu), minus lines another kind claimed."""
    navigation = next((kind for kind in KINDS if kind.menus), None)
    if navigation is None:
        return []
    found: list[Finding] = []
    run: list[int] = []
    for i in range(len(blocks) + 1):
        if i < len(blocks) and at_edge(i) and (i in flagged or _is_menu_line(blocks[i], texts[i])):
            run.append(i)
            continue
        # "… the following components:" then short items is the article's own list, not a menu.
        introduced = bool(run) and run[0] > 0 and texts[run[0] - 1].endswith(":")
        if len(run) >= MENU_MIN_LINES and not introduced:
            stretch: list[Block] = []
            for j in [*run, None]:
                if j is not None and (j not in flagged or matches[j].kind is navigation):
                    stretch.append(blocks[j])
                elif stretch:
                    found.append(Finding(navigation, tuple(stretch)))
                    stretch = []
        run = []
    return found


def _deletions(document: Document, found: list[Finding]) -> list[Span]:
    """The source range each finding's fix deletes: its lines and the blank lines after them.

    Ranges of neighbouring findings touch but never overlap, so one pass applies every fix; a run of
    findings that ends the file also takes the blank lines before it, leaving no gap at the end.
    """
    text = document.text
    spans: list[Span] = []
    for finding in found:
        first, last = finding.blocks[0], finding.blocks[-1]
        head_span = delete_block(document, first, "").edits[0].span
        tail_span = head_span if last is first else delete_block(document, last, "").edits[0].span
        start, end = head_span.start, tail_span.end
        if spans and start < spans[-1].end:
            start = spans[-1].end
        spans.append(Span(start, max(start, end)))
    head = len(spans) - 1
    if spans and spans[-1].end == len(text):
        while head > 0 and spans[head - 1].end == spans[head].start:
            head -= 1
        spans[head] = Span(blank_lines_before(text, spans[head].start), spans[head].end)
    return spans


def findings(document: Document) -> list[tuple[Finding, Span]]:
    """Every boilerplate finding in ``document`` with the range its fix deletes, computed once for all
    the BP rules."""
    return document.derived(_findings_with_deletions)


def _findings_with_deletions(document: Document) -> list[tuple[Finding, Span]]:
    found = _analyse(document)
    return list(zip(found, _deletions(document, found), strict=True))


def report(document: Document, ctx: Context, kind: Boilerplate) -> Iterator[Diagnostic]:
    """The diagnostics of ``kind``, each with a safe fix deleting its lines."""
    for finding, deletion in findings(document):
        if finding.kind is not kind:
            continue
        first, last = finding.blocks[0], finding.blocks[-1]
        if len(finding.blocks) == 1:
            text = normalise(first.unit.text)
            shown = text if len(text) <= 60 else text[:57] + "…"
            message = f"{kind.what} '{shown}' left in the article: delete it"
        else:
            sample = ", ".join(f"'{normalise(b.unit.text)}'" for b in finding.blocks[:3])
            message = f"site menu of {len(finding.blocks)} lines ({sample}, …) left in the article: delete it"
        fix = Fix("delete the boilerplate", (Edit(deletion, ""),))
        yield ctx.report(Span(first.unit.span.start, last.unit.span.end), message, fix=fix)
