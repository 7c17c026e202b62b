"""Measure copydesk's detection quality on real third-party corpora and write docs/quality.md.

Usage:
    pip install -e ".[eval]"      # jusText and html-text, for the boilerplate comparison
    python benchmarks/evaluate_corpora.py [--corpora DIR] [--half test|tune] [--output FILE]
                                          [--findings FAMILY] [--bootstrap N]

--corpora defaults to ../shared/corpora beside the repository (see its README.md); when it is
absent the script says so and exits 0. The report is on the *test* half of every corpus (a fixed
split by document, see benchmarks/corpora.py); rules are tuned on the tuning half only
(``--half tune --output -`` prints the tuning-half report without touching docs/quality.md).
``--findings BP`` also prints every finding of that family on the clean corpora, with its
snippet, for adjudication by hand (to the terminal only: the corpora are copyrighted).

What it measures (families that do not exist yet are shown as "not implemented"):
  1. False alarms on clean, edited articles: BBC News (2,225) and the English gold bodies of the
     article-extraction benchmark (159), per family, per 100 articles and per 1,000 words.
  2. Boilerplate at line level on page text (the extraction benchmark's whole-page text and two
     extractors' output), copydesk's BP/DU findings next to jusText's classification of the page.
  3. trafilatura's evaluation snippets: "must not contain" boilerplate caught, "must contain"
     article text flagged.
  4. Sourcing (SC) at sentence level on the CoNLL-2010 Wikipedia weasel sample.
  5. LLM leftovers (AI, PH) on LLM-written news and on human-written news (LLMFake).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import shutil
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import corpora
from corpora import Item

from copydesk import __version__
from copydesk.config import ConfigResolver, parse_config
from copydesk.engine import FileResult, lint_source
from copydesk.evaluate import FULLY_LABELLED, Counts, Evaluation, Label, evaluate, lint_labelled, read_labels
from copydesk.model import Severity
from copydesk.parse import parse
from copydesk.registry import FAMILIES, family_of, load_registry
from copydesk.source import Format, Source

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = REPO / "docs" / "quality.md"
BOILERPLATE_FAMILIES = ("BP", "DU")
LLM_FAMILIES = ("AI", "PH")
CONLL_PUBLISHED = ("F 57 (P 81, R 44): Morante, Van Asch & Daelemans (2010), "
                   "full CoNLL-2010 Wikipedia test set")
NATURAL_WEASEL_SHARE = 0.22  # share of uncertain sentences in the full CoNLL-2010 Wikipedia data
NOT_IMPLEMENTED = "not implemented"


# --- linting ---------------------------------------------------------------------------------------

class Linter:
    """copydesk in-process with one fixed selection: the defaults, with LanguageTool off (GR is the
    offline speller)."""

    def __init__(self, families: Sequence[str] | None = None) -> None:
        self.registry = load_registry()
        self.present = {r.family for r in self.registry.rules}
        select = [f for f in families if f in self.present] if families is not None else ["ALL"]
        self.empty = not select
        self.settings = parse_config({"select": select or ["ALL"], "grammar": {"mode": "off"}}, self.registry)

    def __call__(self, path: str, text: str, fmt: Format = Format.TEXT) -> FileResult:
        if self.empty:
            return FileResult(path, Source(path, text, fmt))
        result = lint_source(Source(path=path, text=text, format=fmt), self.settings, self.registry)
        for error in result.errors:
            print(f"  ! {path}: {error}", file=sys.stderr)
        return result


def flagged_lines(result: FileResult) -> set[int]:
    """1-based numbers of the lines any diagnostic touches."""
    lines: set[int] = set()
    if result.source is None:
        return lines
    for d in result.diagnostics:
        lines.update(result.source.lines.lines_of(d.span.start, d.span.end))
    return lines


# --- statistics ------------------------------------------------------------------------------------

def bootstrap(samples: Sequence, statistic: Callable[[Sequence], float | None], rounds: int,
              seed: int = 2010) -> tuple[float, float] | None:
    """95% percentile interval of ``statistic`` over documents resampled with replacement."""
    if rounds <= 0 or not samples:
        return None
    rng = random.Random(seed)
    values = []
    for _ in range(rounds):
        value = statistic([samples[rng.randrange(len(samples))] for _ in samples])
        if value is not None:
            values.append(value)
    if not values:
        return None
    values.sort()
    return values[int(0.025 * (len(values) - 1))], values[int(0.975 * (len(values) - 1))]


def total(counts: Iterable[Counts]) -> Counts:
    return sum(counts, Counts())


def pct(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.1f}"


def interval(ci: tuple[float, float] | None, scale: float = 100.0, digits: int = 1) -> str:
    return "" if ci is None else f" [{ci[0] * scale:.{digits}f}–{ci[1] * scale:.{digits}f}]"


def table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


_WORD = re.compile(r"\w+")


def tokens(text: str) -> list[str]:
    return _WORD.findall(text.lower())


# --- 1. false alarms on clean articles -------------------------------------------------------------

@dataclass
class CleanRun:
    name: str
    articles: int
    words: int
    # per article: {family: (warnings and errors, errors, infos)}
    per_article: list[dict[str, tuple[int, int, int]]]
    messages: Counter


def run_clean(name: str, items: Iterable[Item], lint: Linter, findings: str | None) -> CleanRun:
    per_article, messages, words = [], Counter(), 0
    for item in items:
        result = lint(item.path, item.text, item.format)
        words += len(tokens(item.text))
        counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        for d in result.diagnostics:
            slot = counts[family_of(d.code)]
            if d.severity >= Severity.WARNING:
                slot[0] += 1
            if d.severity is Severity.ERROR:
                slot[1] += 1
            if d.severity is Severity.INFO:
                slot[2] += 1
            messages[(d.code, d.message)] += 1
            if findings and family_of(d.code) == findings:
                text, (start, end) = item.text, (d.span.start, d.span.end)
                snippet = " ".join(f"{text[max(0, start - 50):start]}>>{text[start:end]}<<"
                                   f"{text[end:end + 50]}".split())
                print(f"{d.code} {item.doc_id}: {snippet}", file=sys.stderr)
        per_article.append({f: tuple(v) for f, v in counts.items()})
    return CleanRun(name, len(per_article), words, per_article, messages)


def clean_section(runs: list[CleanRun], present: set[str], rounds: int) -> str:
    out = ["## 1. False alarms on clean, edited articles\n\n",
           "Every finding on these published articles is a candidate false alarm (a few may be real: "
           "adjudicate with `--findings FAMILY`). Rates are per 100 articles with a 95% bootstrap "
           "interval (articles resampled), and per 1,000 words.\n"]
    for run in runs:
        out.append(f"\n### {run.name}: {run.articles} articles, {run.words:,} words\n\n")
        rows = []
        for fam in FAMILIES:
            if fam not in present:
                rows.append((f"{fam} ({FAMILIES[fam]})", NOT_IMPLEMENTED, "", "", "", ""))
                continue
            warn = [a.get(fam, (0, 0, 0))[0] for a in run.per_article]
            errors = sum(a.get(fam, (0, 0, 0))[1] for a in run.per_article)
            infos = sum(a.get(fam, (0, 0, 0))[2] for a in run.per_article)
            ci = bootstrap(warn, lambda s: sum(s) / len(s), rounds)
            rows.append((f"{fam} ({FAMILIES[fam]})",
                         f"{100 * sum(warn) / run.articles:.2f}{interval(ci, digits=2)}",
                         f"{1000 * sum(warn) / max(run.words, 1):.3f}",
                         f"{100 * errors / run.articles:.2f}",
                         f"{100 * infos / run.articles:.2f}",
                         sum(1 for w in warn if w)))
        out.append(table(("family", "warnings+errors / 100 articles", "/ 1,000 words",
                          "errors / 100 articles", "info / 100 articles", "articles with a warning"), rows))
    merged: Counter = Counter()
    for run in runs:
        merged.update(run.messages)
    out.append("\n### The 20 most frequent messages on these corpora\n\n")
    if merged:
        top = merged.most_common(20)
        out.append(table(("count", "code", "message"),
                         ((n, code, message.replace("|", "\\|")) for (code, message), n in top)))
    else:
        out.append("No findings.\n")
    return "".join(out)


# --- 2. boilerplate lines on whole-page text -------------------------------------------------------

class Reference:
    """A text that lines are looked up in: by their word 4-grams, or whole when they are short."""

    def __init__(self, text: str) -> None:
        words = tokens(text)
        self.grams = {tuple(words[i:i + 4]) for i in range(len(words) - 3)}
        self.lines = {tuple(tokens(line)) for line in text.splitlines()}

    def contains(self, words: list[str]) -> bool:
        """Most of the line's word 4-grams occur here; a line of 1–3 words must be a line here too
        (a menu item such as "World" is not article text because the story uses the word)."""
        if len(words) < 4:
            return tuple(words) in self.lines
        grams = [tuple(words[i:i + 4]) for i in range(len(words) - 3)]
        return 2 * sum(g in self.grams for g in grams) > len(grams)


_BYLINE = re.compile(r"^\s*(by|written by|words by|posted by|author:?)\s+\S", re.IGNORECASE)


def is_headline_or_byline(line: str, words: list[str], title: list[str], authors: list[list[str]]) -> bool:
    if _BYLINE.match(line) and len(words) <= 12:
        return True
    if any(a and words == a for a in authors):
        return True
    # the page title is often "Headline - Site": a line equal to it, or to its front part
    return len(words) >= 3 and words == title[:len(words)] and len(words) >= len(title) // 2


@dataclass
class PageLines:
    # one tuple per non-empty line: (is boilerplate, is headline/byline, copydesk flags it, jusText drops it)
    lines: list[tuple[bool, bool, bool, bool | None]]


def boilerplate_pages(items: Iterable[Item], lint: Linter, justext_module) -> list[PageLines]:
    pages = []
    for item in items:
        raw: bytes = item.extra["html"]
        gold = Reference(item.extra["gold"])
        metadata = parse(Source(item.doc_id + ".html", raw.decode("utf-8", "replace"), Format.HTML)).metadata
        title = tokens(metadata.title or "")
        authors = [tokens(a) for a in metadata.authors]
        flagged = flagged_lines(lint(item.path, item.text))
        kept = None
        if justext_module is not None:
            paragraphs = justext_module.justext(raw, justext_module.get_stoplist("English"))
            kept = Reference("\n".join(p.text for p in paragraphs if not p.is_boilerplate))
        rows = []
        for number, line in enumerate(item.text.split("\n"), 1):
            words = tokens(line)
            if not words:
                continue
            rows.append((not gold.contains(words), is_headline_or_byline(line, words, title, authors),
                         number in flagged, None if kept is None else not kept.contains(words)))
        pages.append(PageLines(rows))
    return pages


def line_counts(page: PageLines, column: int) -> Counts:
    counts = Counts()
    for row in page.lines:
        boilerplate, meta, predicted = row[0], row[1], row[column]
        if meta:
            continue
        counts += Counts(tp=int(boilerplate and predicted), fp=int(predicted and not boilerplate),
                         fn=int(boilerplate and not predicted))
    return counts


EXTRACTORS = {"html-text": "whole page (html-text)", "trafilatura": "trafilatura's extraction",
              "readability_js": "Readability.js's extraction"}


def boilerplate_section(runs: dict[str, list[PageLines]], present: set[str], has_justext: bool,
                        rounds: int) -> str:
    out = ["## 2. Boilerplate lines on page text\n\n",
           "The extraction benchmark's pages as text, split into lines: the whole visible page (html-text), "
           "and the text two extractors kept (their leftovers are what a linter meets in a scraped "
           "archive). A line is *article* when most of its word 4-grams occur in the hand-made gold body "
           "(a line of 1–3 words: when the gold has it as a line of its own), otherwise *boilerplate*. "
           "Headline and byline lines (the gold body leaves them out) are counted apart. copydesk reads "
           "each text as a plain-text file and a line counts as flagged when a BP or DU finding touches "
           "it; jusText (a boilerplate classifier that sees the HTML) classifies the page's paragraphs, "
           "and a line counts as dropped by it when it is not in jusText's kept text by the same test. "
           "Positive class: boilerplate. Intervals: 95% bootstrap over pages.\n\n"]
    rows = []
    for extractor, pages in runs.items():
        lines = [row for page in pages for row in page.lines]
        body = [row for row in lines if not row[1]]
        what = (f"{EXTRACTORS[extractor]}: {len(pages)} pages, {len(body):,} lines, "
                f"{sum(r[0] for r in body):,} boilerplate")
        systems = [("copydesk (BP, DU)", 2, bool(present & set(BOILERPLATE_FAMILIES))),
                   ("jusText 3", 3, has_justext)]
        for name, column, available in systems:
            if not available:
                rows.append((what, name, NOT_IMPLEMENTED if column == 2 else "not installed (pip install "
                             "-e '.[eval]')", "", "", "", "", ""))
                continue
            per_page = [line_counts(page, column) for page in pages]
            counts = total(per_page)
            ci = bootstrap(per_page, lambda s: total(s).f1, rounds)
            rows.append((what, name, counts.tp, counts.fp, counts.fn, pct(counts.precision),
                         pct(counts.recall), f"{pct(counts.f1)}{interval(ci)}"))
            what = ""
    out.append(table(("text", "system", "TP", "FP", "FN", "precision %", "recall %", "F1 % [95% CI]"), rows))
    meta = [row for row in runs.get("html-text", []) for row in row.lines if row[1]]
    if meta:
        out.append(f"\nHeadline and byline lines of the whole pages: {len(meta)}; flagged by copydesk "
                   f"{sum(r[2] for r in meta)}"
                   + (f", dropped by jusText {sum(bool(r[3]) for r in meta)}" if has_justext else "")
                   + ". copydesk flags only the *repeated* ones (DU); the first headline and byline of a "
                     "page are article metadata, not leftovers.\n")
    return "".join(out)


# --- 3. trafilatura snippets -----------------------------------------------------------------------

class Collapsed:
    """A text with runs of whitespace collapsed to one space, mapping back to line numbers."""

    def __init__(self, text: str) -> None:
        parts, lines, line = [], [], 1
        previous_space = True
        for char in text:
            if char.isspace():
                if not previous_space:
                    parts.append(" ")
                    lines.append(line)
                previous_space = True
                if char == "\n":
                    line += 1
                continue
            parts.append(char)
            lines.append(line)
            previous_space = False
        self.text = "".join(parts).lower()
        self.lines = lines

    def find_lines(self, snippet: str) -> range | None:
        needle = " ".join(snippet.split()).lower()
        start = self.text.find(needle) if needle else -1
        if start < 0:
            return None
        return range(self.lines[start], self.lines[start + len(needle) - 1] + 1)


@dataclass
class SnippetTally:
    found: int = 0        # snippets present in the page text
    missing: int = 0      # not in the page text at all (the text extraction lost them)
    copydesk: int = 0     # caught (boilerplate) or wrongly flagged (article)
    justext: int = 0


def snippet_section_data(items: Iterable[Item], lint: Linter, justext_module, html_text_module
                         ) -> tuple[SnippetTally, SnippetTally]:
    without, with_ = SnippetTally(), SnippetTally()
    for item in items:
        raw: bytes = item.extra["html"]
        text = html_text_module.extract_text(raw.decode("utf-8", "replace"))
        page = Collapsed(text)
        flagged = flagged_lines(lint(item.path.replace(".html", ".txt"), text))
        kept = None
        if justext_module is not None:
            paragraphs = justext_module.justext(raw, justext_module.get_stoplist("English"))
            kept = " ".join(" ".join(p.text for p in paragraphs if not p.is_boilerplate).split()).lower()
        for snippets, tally, boilerplate in ((item.extra["without"], without, True),
                                             (item.extra["with"], with_, False)):
            for snippet in snippets:
                lines = page.find_lines(snippet)
                if lines is None:
                    tally.missing += 1
                    continue
                tally.found += 1
                hit = all(n in flagged for n in lines) if boilerplate else any(n in flagged for n in lines)
                tally.copydesk += hit
                if kept is not None:
                    tally.justext += " ".join(snippet.split()).lower() not in kept
    return without, with_


def snippet_section(without: SnippetTally, with_: SnippetTally, present: set[str], has_justext: bool,
                    pages: int) -> str:
    out = ["## 3. trafilatura's evaluation snippets\n\n",
           f"{pages} English pages of trafilatura's evaluation set. Each page is turned into text with "
           "html-text (as for section 2) and linted as plain text. A *must not contain* snippet (real "
           "boilerplate) is caught when every line it spans is flagged by BP or DU; a *must contain* snippet "
           "(article text) is a false alarm when any of its lines is flagged. For jusText, a snippet counts "
           "as removed when it is not in jusText's kept text. Snippets that the text extraction lost are "
           "left out.\n\n"]
    has_copydesk = bool(present & set(BOILERPLATE_FAMILIES))
    rows = []
    for label, tally, what in (("must NOT contain (boilerplate)", without, "caught"),
                               ("must contain (article text)", with_, "flagged (false alarm)")):
        copydesk = f"{tally.copydesk} ({pct(tally.copydesk / tally.found if tally.found else None)}%)" \
            if has_copydesk else NOT_IMPLEMENTED
        justext = f"{tally.justext} ({pct(tally.justext / tally.found if tally.found else None)}%)" \
            if has_justext else "not installed"
        rows.append((label, tally.found, tally.missing, what, copydesk, justext))
    out.append(table(("snippets", "in page text", "lost by extraction", "counted", "copydesk",
                      "jusText removes"), rows))
    return "".join(out)


# --- 4. sourcing on CoNLL-2010 ---------------------------------------------------------------------

SC_CLAIM_RULES = ("SC001", "SC002", "SC003", "SC004", "SC005", "SC006")  # who stands behind a claim
SC_OPT_IN = ("SC009",)  # weasel-words: off by default, for encyclopedic text
SOURCING_LABELS = Path(__file__).resolve().parent / "labels" / "bbc-sourcing-check.jsonl"
SOURCING_SAMPLE = 50


def _select_linter(select: Sequence[str]) -> Callable[[str, str], FileResult]:
    """copydesk in-process with exactly ``select`` (codes, so opt-in rules can be named)."""
    registry = load_registry()
    settings = parse_config({"select": list(select)}, registry)

    def run(path: str, text: str) -> FileResult:
        return lint_source(Source(path=path, text=text, format=Format.TEXT), settings, registry)

    return run


def _sentence_counts(items: list[Item], lint: Callable[[str, str], FileResult]) -> list[Counts]:
    import html

    samples = []
    for item in items:
        # The sample keeps Wikipedia's HTML entities (&quot;): decode them so quotations are seen.
        predicted = bool(lint(item.path, html.unescape(item.text)).diagnostics)
        gold = item.extra["uncertain"]
        samples.append(Counts(tp=int(predicted and gold), fp=int(predicted and not gold),
                              fn=int(gold and not predicted)))
    return samples


def conll_section(items: list[Item], present: set[str], rounds: int) -> str:
    out = ["## 4. Sourcing (SC) on the CoNLL-2010 Wikipedia weasel sample\n\n",
           "A balanced sample (1,500 uncertain, 1,500 certain sentences) of the CoNLL-2010 Task 1 Wikipedia "
           "data; a sentence is predicted uncertain when any of the listed SC rules fires on it. "
           "Precision is "
           "also given reweighted to the natural share of uncertain sentences "
           f"({NATURAL_WEASEL_SHARE:.0%}). Published reference: {CONLL_PUBLISHED}.\n\n"]
    if "SC" not in present:
        out.append(f"Sourcing rules: {NOT_IMPLEMENTED}.\n")
        return "".join(out)
    codes = {r.code for r in load_registry().rules if r.family == "SC"}
    default = sorted(r.code for r in load_registry().rules if r.family == "SC" and r.default_enabled)
    runs = [("SC default rules", default),
            ("SC claim rules (" + ", ".join(c for c in SC_CLAIM_RULES if c in codes) + ")",
             [c for c in SC_CLAIM_RULES if c in codes]),
            ("SC claim rules + opt-in " + ", ".join(c for c in SC_OPT_IN if c in codes),
             [c for c in SC_CLAIM_RULES + SC_OPT_IN if c in codes])]
    negatives = sum(not item.extra["uncertain"] for item in items)
    prior = NATURAL_WEASEL_SHARE
    rows = []
    for name, select in runs:
        if not select:
            continue
        samples = _sentence_counts(items, _select_linter(select))
        counts = total(samples)
        false_positive_rate = counts.fp / negatives if negatives else 0.0
        recall = counts.recall or 0.0
        denominator = recall * prior + false_positive_rate * (1 - prior)
        reweighted = recall * prior / denominator if denominator else None
        ci = bootstrap(samples, lambda s: total(s).f1, rounds)
        rows.append((name, len(items), counts.tp, counts.fp, counts.fn, pct(counts.precision),
                     pct(reweighted),
                     pct(counts.recall), f"{pct(counts.f1)}{interval(ci)}"))
    out.append(table(("rules", "sentences", "TP", "FP", "FN", "precision %", f"precision at {prior:.0%} %",
                      "recall %", "F1 % [95% CI]"), rows))
    out.append("\nThe CoNLL-2010 uncertain class is broader than sourcing: besides weasel attribution "
               "(\"some "
               "critics claim\", \"it is believed\") it counts every hedge (\"may\", \"probably\") and vague "
               "quantity (\"many of his friends\"). The default rules ask only \"who says so?\", which news "
               "must answer, and so find a small, precise part of the class; the opt-in SC009 weasel-words "
               "adds "
               "Wikipedia's notion of weasel words and is the configuration comparable with the published "
               "figure. SC007 (figures) and SC008 (quotations) are not weasel cues and are left out of the "
               "claim rows.\n")
    return "".join(out)


def sourcing_sample(items: list[Item]) -> list[dict]:
    """SOURCING_SAMPLE SC warnings drawn with a fixed seed from the findings on ``items`` (BBC, test half)."""
    import hashlib

    lint = _select_linter(["SC"])
    found = []
    for item in items:
        for d in lint(item.path, item.text).diagnostics:
            if d.severity >= Severity.WARNING:
                found.append({"doc_id": item.doc_id, "code": d.code, "start": d.span.start,
                              "text": item.text[d.span.start:d.span.end][:60]})
    # Each finding's place in the draw is a hash of where it is, so a change to the rules adds or drops
    # findings from the sample without reshuffling the ones already judged.
    def draw(finding: dict) -> str:
        key = f"{corpora.SPLIT_SEED}:{finding['doc_id']}:{finding['code']}:{finding['start']}"
        return hashlib.sha256(key.encode()).hexdigest()

    return sorted(sorted(found, key=draw)[:SOURCING_SAMPLE], key=lambda f: (f["doc_id"], f["start"]))


def wilson(successes: int, trials: int, z: float = 1.96) -> tuple[float, float] | None:
    """95% Wilson score interval of a proportion (a small hand-checked sample)."""
    if not trials:
        return None
    p = successes / trials
    centre = (p + z * z / (2 * trials)) / (1 + z * z / trials)
    half = z * ((p * (1 - p) / trials + z * z / (4 * trials * trials)) ** 0.5) / (1 + z * z / trials)
    return max(0.0, centre - half), min(1.0, centre + half)


def read_sourcing_labels(path: Path = SOURCING_LABELS) -> dict[tuple[str, str, int], dict]:
    import json

    labels = {}
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                labels[(row["doc_id"], row["code"], row["start"])] = row
    return labels


def sourcing_bbc_section(bbc_items: list[Item], present: set[str]) -> str:
    out = ["\n### Sourcing on BBC News: findings and a hand check\n\n"]
    if "SC" not in present:
        out.append(f"Sourcing rules: {NOT_IMPLEMENTED}.\n")
        return "".join(out)
    lint = _select_linter(["SC"])
    per_rule: Counter = Counter()
    names = {r.code: (r.name, r.severity.label) for r in load_registry().rules if r.family == "SC"}
    for item in bbc_items:
        for d in lint(item.path, item.text).diagnostics:
            per_rule[d.code] += 1
    articles = len(bbc_items) or 1
    rows = [(code, names[code][0], names[code][1], per_rule[code], f"{100 * per_rule[code] / articles:.1f}")
            for code in sorted(names) if code not in SC_OPT_IN]
    out.append(f"SC findings on the {len(bbc_items)} BBC articles of this half, per rule and per 100 "
               "articles (BBC reporting names most sources, but wire-style \"analysts said\" and anonymous "
               "sources are "
               "real findings here, not false alarms).\n\n")
    out.append(table(("code", "rule", "severity", "findings", "per 100 articles"), rows))
    sample = sourcing_sample(bbc_items)
    labels = read_sourcing_labels()
    judged = [labels[(f["doc_id"], f["code"], f["start"])] for f in sample
              if (f["doc_id"], f["code"], f["start"]) in labels]
    correct = sum(1 for row in judged if row["verdict"] == "correct")
    out.append(f"\nHand check: {SOURCING_SAMPLE} warnings drawn with a fixed seed from these findings, each "
               "read in its article and judged as an editor would (\"is this claim really missing a named "
               "source?\"), in `benchmarks/labels/bbc-sourcing-check.jsonl`. ")
    if not judged:
        out.append("No verdicts recorded for the current sample.\n")
        return "".join(out)
    by_code: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for row in judged:
        by_code[row["code"]][0] += row["verdict"] == "correct"
        by_code[row["code"]][1] += 1
    unjudged = len(sample) - len(judged)
    out.append(f"{len(judged)} of the {len(sample)} sampled warnings have a verdict"
               + (f" ({unjudged} are new since the check and unjudged)" if unjudged else "") + ".\n\n")
    rows = [(code, names.get(code, ("?", ""))[0], n, c, pct(c / n))
            for code, (c, n) in sorted(by_code.items())]
    rows.append(("all", "", len(judged), correct, f"{pct(correct / len(judged))}"
                 f"{interval(wilson(correct, len(judged)))}"))
    out.append(table(("code", "rule", "judged", "correct", "precision % [95% CI]"), rows))
    return "".join(out)


# --- 5. LLM leftovers ------------------------------------------------------------------------------

LLM_LABELS = Path(__file__).resolve().parent / "labels" / "llmfake-sample.jsonl"


def llm_sample_evaluation(root: Path, families: Sequence[str], min_severity: Severity = Severity.INFO
                          ) -> tuple[list[Label], Evaluation | None]:
    """The hand-labelled sample's labels, and ``copydesk evaluate`` of ``families`` on it (None when no
    family is given). The texts are written to a temporary folder (never into the repository) beside
    a copy of the labels, whose paths are relative to it."""
    registry = load_registry()
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        for item in corpora.llmfake_sample(root):
            target = base / item.path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(item.text, encoding="utf-8")
        labels_file = base / LLM_LABELS.name
        shutil.copy(LLM_LABELS, labels_file)
        labels = read_labels(labels_file, registry)
        if not families:  # an empty selection would mean the defaults
            return labels, None
        resolver = ConfigResolver(registry, overrides=(list(families), [], []))
        files, errors = lint_labelled(labels, resolver, min_severity)
        for error in errors:
            print(f"  ! {error}", file=sys.stderr)
        return labels, evaluate(labels, files, registry)


# A deliberately broad regex audit of chatbot artifacts, independent of the AI rules: one pattern per
# kind, matched line by line. Its matches are candidates; ``audit_artifacts`` adjudicates them.
_AP = "['’]"
AUDIT_PATTERNS = {
    "self-reference": "|".join((
        r"\bas an? (?:[\w-]+,? ){0,4}?(?:ai|language model)\b", r"\blanguage model\b",
        rf"\bi(?:{_AP}m| am) (?:just )?an ai\b", r"knowledge cut-?off", r"\bas of my (?:last|latest)\b",
        r"browse the internet", r"\bmy programming\b", r"\bopenai\b", r"\bchatgpt\b", r"\bgpt-?\d",
        r"\byou (?:provided|gave me)\b")),
    "refusal": "|".join((
        rf"\b(?:i{_AP}?m sorry|i am sorry|i apologi[sz]e|sorry, but)\b",
        rf"\bi (?:cannot|can{_AP}t|can not|am unable to|{_AP}m unable to|am not able to|won{_AP}t) "
        r"(?:\w+ ){0,2}?"
        r"(?:provide|create|generate|write|fulfill?|comply|assist|help|verify|paraphrase|rewrite|produce|satisfy)\b")),
    "preamble": "|".join((
        r"^\W*(?:sure|certainly|of course|absolutely|okay|hello)\b",
        rf"^\W*(?:here is|here{_AP}s|here are|below is)\b",
        r"\b(?:happy|glad) to (?:help|assist)\b")),
    "closing": r"\b(?:i hope (?:this|that|the)|let me know|feel free to|anything else (?:i|you))\b",
    "label": (r"^\W*(?:[\w'’-]+ ){0,3}(?:title|headline|subtitle|sub-?head\w*|heading|byline|dateline|date|"
              r"location|article|body|summary|intro\w*|conclusion|passage|paraphrase\w*|rewrite|rewritten|revised|news|story|"
              r"piece|version|answer|output|response|misinformation|fabrication|context|content|category|topic|"
              r"keywords|tags)\s*(?:is|should be)?\s*:"),
    "prompt echo": (r"\b(?:paraphrase|rewrite|rephrase)\b.*\b(?:passage|sentence|it)\b"
                    r"|^\W*please (?:write|provide)\b"),
    "disclaimer": "|".join((
        r"\bdisclaimer\b", r"^\W*\(?note\b", r"\bplease note\b",
        r"\b(?:this|the above|the preceding)\b[^.]*"
        r"\b(?:fictional|fictitious|fabricat\w*|not (?:a )?(?:real|factual))\b",
        r"\bai-generated\b", r"for entertainment purposes")),
    "template signature": r"\[your (?:name|title|position|organi[sz]ation|contact|email|phone)",
}
AUDIT_LABELS = Path(__file__).resolve().parent / "labels" / "llmfake-audit.jsonl"
_AUDIT = {kind: re.compile(pattern, re.IGNORECASE) for kind, pattern in AUDIT_PATTERNS.items()}
# "Breaking News: …", "EXCLUSIVE: …": a headline's kicker, tabloid style rather than a chatbot's label.
_KICKER = re.compile(r"^\W*(?:breaking(?: news)?|news update|exclusive|opinion(?: piece)?|fact check|update|"
                     r"watch)\s*:", re.IGNORECASE)


@dataclass
class AuditLine:
    path: str
    line: int
    kind: str
    text: str
    verdict: str = "artifact"  # or why it is not one: "quoted", "copied from a human text", "by hand: …"
    caught: bool = False       # an error-level AI finding (PH001 for a template signature) touches the line


def _audit_key(text: str) -> str:
    return " ".join(tokens(text))


def audit_artifacts(llm: list[Item], human: list[Item]) -> list[AuditLine]:
    """Every line the audit matches in the LLM-written texts, adjudicated and checked against copydesk.

    Adjudication, in order: a match starting inside a direct quotation is a speaker's words; a line
    that occurs in a human-written text of the corpus is source material the generator copied; a
    news kicker ("Breaking News:") is headline style, not a label; a line listed in
    benchmarks/labels/llmfake-audit.jsonl was judged by hand not to be an artifact (the file gives
    the reason). Everything else counts as an artifact.
    """
    import json

    from copydesk.quotes import quotations

    human_lines = {_audit_key(line) for item in human for line in item.text.split("\n")}
    by_hand = {}
    if AUDIT_LABELS.is_file():
        for row in AUDIT_LABELS.read_text(encoding="utf-8").splitlines():
            if row.strip():
                record = json.loads(row)
                by_hand[(record["path"], record["line"])] = record["reason"]
    lint_ai, lint_ph = Linter(["AI"]), Linter(["PH"])
    found: list[AuditLine] = []
    for item in llm:
        lines = item.text.split("\n")
        caught: set[int] | None = None
        for number, line in enumerate(lines, 1):
            kind = next((k for k, p in _AUDIT.items() if p.search(line)), None)
            if kind is None:
                continue
            entry = AuditLine(item.path, number, kind, line.strip())
            match = _AUDIT[kind].search(line)
            key = _audit_key(line)
            if match.start() in quotations(line):
                entry.verdict = "quoted"
            elif len(key.split()) >= 4 and key in human_lines:
                entry.verdict = "copied from a human text"
            elif kind == "label" and _KICKER.match(line):
                entry.verdict = "news kicker"
            elif (item.path, number) in by_hand:
                entry.verdict = f"by hand: {by_hand[item.path, number]}"
            if caught is None:
                result = lint_ai(item.path, item.text)
                caught = {n for d in result.diagnostics if d.severity is Severity.ERROR
                          for n in result.source.lines.lines_of(d.span.start, d.span.end)}
                placeholders = lint_ph(item.path, item.text)
                signature = {n for d in placeholders.diagnostics if d.code == "PH001"
                             for n in placeholders.source.lines.lines_of(d.span.start, d.span.end)}
            entry.caught = number in caught or (kind == "template signature" and number in signature)
            found.append(entry)
    return found


def audit_table(found: list[AuditLine], present: set[str]) -> str:
    if "AI" not in present:
        return f"Regex audit of chatbot artifacts: AI rules {NOT_IMPLEMENTED}.\n"
    rows = []
    for kind in AUDIT_PATTERNS:
        lines = [a for a in found if a.kind == kind]
        artifacts = [a for a in lines if a.verdict == "artifact"]
        caught = sum(a.caught for a in artifacts)
        rows.append((kind, len(lines), len(lines) - len(artifacts), len(artifacts), caught,
                     pct(caught / len(artifacts) if artifacts else None)))
    artifacts = [a for a in found if a.verdict == "artifact"]
    caught = sum(a.caught for a in artifacts)
    rows.append(("**all**", len(found), len(found) - len(artifacts), len(artifacts), caught,
                 f"**{pct(caught / len(artifacts) if artifacts else None)}**"))
    reasons = Counter(a.verdict.split(":")[0] for a in found if a.verdict != "artifact")
    header = ("kind", "audit matches", "not artifacts", "artifacts", "caught (AI error)", "recall %")
    why = ", ".join(f"{n} {reason}" for reason, n in reasons.most_common()) or "none"
    return table(header, rows) + f"\nNot artifacts: {why}.\n"


def llm_section(root: Path, llm: list[Item], human: list[Item], present: set[str]) -> str:
    llm_count, human_count = corpora.LLM_SAMPLE
    out = ["## 5. LLM leftovers on LLM-written and human-written news (LLMFake)\n\n",
           f"Recall and precision on a hand-labelled sample of the test half ({llm_count} LLM-written and "
           f"{human_count} human-written texts, `benchmarks/labels/llmfake-sample.jsonl`, scored with "
           "`copydesk evaluate`, matching by line and family). Every line an editor would have to delete "
           "or fill in is labelled: PH for unfilled slots, AI for assistant preambles and closings, "
           "refusals, disclaimers, echoed prompts and `Title:`-style labels. Only error-level findings are "
           "scored: AI007's stock phrases (info or warning) are hints about style, not lines to delete.\n\n"]
    families = [f for f in LLM_FAMILIES if f in present]
    labels, evaluation = (llm_sample_evaluation(root, families, Severity.ERROR) if LLM_LABELS.is_file()
                          else ([], None))
    by_family = {row.key: row.counts for row in evaluation.families} if evaluation else {}
    labelled = Counter(label.family for label in labels if label.code != FULLY_LABELLED)
    rows = []
    for fam in LLM_FAMILIES:
        if fam not in present:
            rows.append((f"{fam} ({FAMILIES[fam]})", labelled[fam], NOT_IMPLEMENTED, "", "", "", ""))
            continue
        c = by_family.get(fam, Counts())
        rows.append((f"{fam} ({FAMILIES[fam]})", labelled[fam], c.tp, c.fp, c.fn, pct(c.precision),
                     pct(c.recall)))
    out.append(table(("family", "labelled lines", "TP", "FP", "FN", "precision %", "recall %"), rows))
    out.append(f"\nRegex audit on all {len(llm):,} LLM-written texts of this half: a deliberately broad "
               "pattern per kind of chatbot artifact (`AUDIT_PATTERNS` in this script, independent of the "
               "rules), matched line by line. A match is not an artifact when it starts inside a direct "
               "quotation, when it is a headline kicker such as `Breaking News:`, when its line occurs in a "
               "human-written text of the corpus (source material the generator copied), or when "
               "`benchmarks/labels/llmfake-audit.jsonl` lists it as judged by hand (with the reason). An "
               "artifact is caught when an error-level AI finding touches its line (for a `[Your Name]` "
               "signature, PH001's finding: the AI rules leave template slots to PH).\n\n")
    out.append(audit_table(audit_artifacts(llm, human) if "AI" in present else [], present))
    out.append(f"\nOn the whole half ({len(llm):,} LLM-written and {len(human):,} human-written texts; "
               "the corpus holds 1,722 human texts, 768 misinformation sources and 954 real news, split in "
               "two by story): share of texts with at least one finding (a hit rate, not recall; on the "
               "human texts every hit is a candidate false alarm).\n\n")
    rows = []
    selections = [(f"{fam} ({FAMILIES[fam]})", fam, None) for fam in LLM_FAMILIES]
    selections += [("AI errors", "AI", Severity.ERROR),
                   ("AI warnings (clustered stock phrases)", "AI", Severity.WARNING),
                   ("AI info (stock phrases)", "AI", Severity.INFO)]
    linters = {fam: Linter([fam]) for fam in LLM_FAMILIES if fam in present}
    results = {fam: [[lint(item.path, item.text).diagnostics for item in items] for items in (llm, human)]
               for fam, lint in linters.items()}
    for name, fam, severity in selections:
        if fam not in present:
            rows.append((name, NOT_IMPLEMENTED, ""))
            continue
        rates = []
        for per_text in results[fam]:
            hits = sum(1 for found in per_text
                       if any(severity is None or d.severity is severity for d in found))
            rates.append(f"{hits} of {len(per_text)} ({pct(hits / len(per_text) if per_text else None)}%)")
        rows.append((name, *rates))
    out.append(table(("family", "LLM texts flagged", "human texts flagged"), rows))
    if "AI" in present:
        # The acceptance bar is stated on every human text, so both halves are counted here.
        everyone = list(corpora.llmfake_human(root))
        errors = sum(1 for item in everyone if any(d.severity is Severity.ERROR
                                                   for d in linters["AI"](item.path, item.text).diagnostics))
        out.append(f"\nAI errors on all {len(everyone):,} human-written texts of the corpus (both halves): "
                   f"{errors}.\n")
    return "".join(out)


# --- the report ------------------------------------------------------------------------------------

def optional(name: str):
    try:
        return __import__(name)
    except ImportError:
        return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add = parser.add_argument
    add("--corpora", type=Path, default=corpora.DEFAULT_ROOT, help="the shared corpora folder")
    add("--half", choices=corpora.HALVES, default="test", help="which half to report (test)")
    add("--output", default=str(DEFAULT_OUTPUT), help="where to write the report; '-' prints it")
    add("--findings", metavar="FAMILY", help="print each finding of FAMILY on the clean corpora")
    add("--bootstrap", type=int, default=1000, metavar="N", help="bootstrap rounds (0: none)")
    args = parser.parse_args(argv)
    root: Path = args.corpora
    if not root.is_dir():
        print(f"corpora folder {root} not found: nothing to measure (pass --corpora DIR)")
        return 0

    started = time.perf_counter()
    justext_module, html_text_module = optional("justext"), optional("html_text")
    lint_all = Linter()
    present = lint_all.present

    def half(items: Iterable[Item]) -> list[Item]:
        return list(corpora.in_half(items, args.half))

    sections = []
    print("1/5 false alarms on clean articles", file=sys.stderr)
    runs = [run_clean("BBC News 2004–05", half(corpora.bbc(root)), lint_all, args.findings),
            run_clean("Extraction-benchmark gold bodies (English)", half(corpora.aeb_gold(root)), lint_all,
                      args.findings)]
    sections.append(clean_section(runs, present, args.bootstrap))

    print("2/5 boilerplate lines", file=sys.stderr)
    lint_boilerplate = Linter(BOILERPLATE_FAMILIES)
    line_runs = {extractor: boilerplate_pages(half(corpora.aeb_pages(root, extractor)), lint_boilerplate,
                                              justext_module)
                 for extractor in EXTRACTORS}
    sections.append(boilerplate_section(line_runs, present, justext_module is not None, args.bootstrap))

    print("3/5 trafilatura snippets", file=sys.stderr)
    if html_text_module is None:
        sections.append("## 3. trafilatura's evaluation snippets\n\nhtml-text is not installed "
                        "(pip install -e '.[eval]').\n")
    else:
        traf = half(corpora.trafilatura_pages(root))
        without, with_ = snippet_section_data(traf, lint_boilerplate, justext_module, html_text_module)
        sections.append(snippet_section(without, with_, present, justext_module is not None, len(traf)))

    print("4/5 sourcing", file=sys.stderr)
    sections.append(conll_section(half(corpora.conll(root)), present, args.bootstrap)
                    + sourcing_bbc_section(half(corpora.bbc(root)), present))

    print("5/5 LLM leftovers", file=sys.stderr)
    llm, human = half(corpora.llm_generations(root)), half(corpora.llmfake_human(root))
    sections.append(llm_section(root, llm, human, present))

    elapsed = time.perf_counter() - started
    header = (f"# Detection quality\n\nGenerated by `python benchmarks/evaluate_corpora.py` (copydesk "
              f"{__version__}, {dt.date.today().isoformat()}, {elapsed:.0f} s) on the **{args.half} half** "
              "of each corpus (a fixed split by document; rules are tuned on the other half). Default rules, "
              "no configuration; LanguageTool is off (GR is the offline speller, en-US). The corpora are "
              "third-party and copyrighted (see `../shared/corpora/README.md`): only aggregate numbers and "
              "short snippets appear here. "
              f"Families in this build: {', '.join(sorted(present))}.\n\n")
    report = header + "\n".join(sections)
    if args.output == "-":
        sys.stdout.write(report)
    else:
        Path(args.output).write_text(report, encoding="utf-8")
        print(f"wrote {args.output} in {elapsed:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
