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
    """copydesk in-process with one fixed selection (the defaults, never LanguageTool)."""

    def __init__(self, families: Sequence[str] | None = None) -> None:
        self.registry = load_registry()
        self.present = {r.family for r in self.registry.rules}
        select = [f for f in families if f in self.present] if families is not None else ["ALL"]
        ignore = ["GR"] if "GR" in self.present else []
        self.empty = not select
        self.settings = parse_config({"select": select or ["ALL"], "ignore": ignore}, self.registry)

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

def conll_section(items: list[Item], present: set[str], rounds: int) -> str:
    out = ["## 4. Sourcing (SC) on the CoNLL-2010 Wikipedia weasel sample\n\n",
           "A balanced sample (1,500 uncertain, 1,500 certain sentences) of the CoNLL-2010 Task 1 Wikipedia "
           "data; a sentence is predicted uncertain when any SC rule fires on it. Precision is also given "
           f"reweighted to the natural share of uncertain sentences ({NATURAL_WEASEL_SHARE:.0%}). "
           f"Published reference: {CONLL_PUBLISHED}.\n\n"]
    if "SC" not in present:
        out.append(f"Sourcing rules: {NOT_IMPLEMENTED}.\n")
        return "".join(out)
    lint = Linter(["SC"])
    samples = []
    for item in items:
        predicted = bool(lint(item.path, item.text).diagnostics)
        gold = item.extra["uncertain"]
        samples.append(Counts(tp=int(predicted and gold), fp=int(predicted and not gold),
                              fn=int(gold and not predicted)))
    counts = total(samples)
    negatives = sum(not item.extra["uncertain"] for item in items)
    false_positive_rate = counts.fp / negatives if negatives else 0.0
    recall = counts.recall or 0.0
    prior = NATURAL_WEASEL_SHARE
    denominator = recall * prior + false_positive_rate * (1 - prior)
    reweighted = recall * prior / denominator if denominator else None
    ci = bootstrap(samples, lambda s: total(s).f1, rounds)
    out.append(table(("sentences", "TP", "FP", "FN", "precision %", f"precision at {prior:.0%} %", "recall %",
                      "F1 % [95% CI]"),
                     [(len(items), counts.tp, counts.fp, counts.fn, pct(counts.precision), pct(reweighted),
                       pct(counts.recall), f"{pct(counts.f1)}{interval(ci)}")]))
    return "".join(out)


# --- 5. LLM leftovers ------------------------------------------------------------------------------

LLM_LABELS = Path(__file__).resolve().parent / "labels" / "llmfake-sample.jsonl"


def llm_sample_evaluation(root: Path, families: Sequence[str]) -> tuple[list[Label], Evaluation | None]:
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
        files, errors = lint_labelled(labels, resolver)
        for error in errors:
            print(f"  ! {error}", file=sys.stderr)
        return labels, evaluate(labels, files, registry)


def llm_section(root: Path, llm: list[Item], human: list[Item], present: set[str]) -> str:
    llm_count, human_count = corpora.LLM_SAMPLE
    out = ["## 5. LLM leftovers on LLM-written and human-written news (LLMFake)\n\n",
           f"Recall and precision on a hand-labelled sample of the test half ({llm_count} LLM-written and "
           f"{human_count} human-written texts, `benchmarks/labels/llmfake-sample.jsonl`, scored with "
           "`copydesk evaluate`, matching by line and family). Every line an editor would have to delete "
           "or fill in is labelled: PH for unfilled slots, AI for assistant preambles and closings, "
           "refusals, disclaimers, echoed prompts and `Title:`-style labels.\n\n"]
    families = [f for f in LLM_FAMILIES if f in present]
    labels, evaluation = llm_sample_evaluation(root, families) if LLM_LABELS.is_file() else ([], None)
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
    out.append("\nOn the whole test half: share of texts with at least one finding (a hit rate, not recall; "
               "on the human texts every hit is a candidate false alarm).\n\n")
    rows = []
    for fam in LLM_FAMILIES:
        if fam not in present:
            rows.append((f"{fam} ({FAMILIES[fam]})", NOT_IMPLEMENTED, ""))
            continue
        lint = Linter([fam])
        rates = []
        for items in (llm, human):
            hits = sum(1 for item in items if lint(item.path, item.text).diagnostics)
            rates.append(f"{hits} of {len(items)} ({pct(hits / len(items) if items else None)}%)")
        rows.append((f"{fam} ({FAMILIES[fam]})", *rates))
    out.append(table(("family", "LLM texts flagged", "human texts flagged"), rows))
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
    sections.append(conll_section(half(corpora.conll(root)), present, args.bootstrap))

    print("5/5 LLM leftovers", file=sys.stderr)
    llm, human = half(corpora.llm_generations(root)), half(corpora.llmfake_human(root))
    sections.append(llm_section(root, llm, human, present))

    elapsed = time.perf_counter() - started
    header = (f"# Detection quality\n\nGenerated by `python benchmarks/evaluate_corpora.py` (copydesk "
              f"{__version__}, {dt.date.today().isoformat()}, {elapsed:.0f} s) on the **{args.half} half** "
              "of each corpus (a fixed split by document; rules are tuned on the other half). Default rules, "
              "no configuration; LanguageTool is never used. The corpora are third-party and copyrighted "
              "(see `../shared/corpora/README.md`): only aggregate numbers and short snippets appear here. "
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
