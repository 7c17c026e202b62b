"""False alarms of the placeholder rules (PH001-PH006) on clean, professionally edited text.

Usage:
    python benchmarks/placeholder_false_alarms.py [CORPORA_DIR] [--llm] [--quiet]

CORPORA_DIR defaults to ../shared/corpora relative to the repository root (see its README.md).
Every finding on these corpora is a candidate false positive: the texts are published articles,
Wikipedia sentences and extraction gold standards, none of which should hold a template slot, TK
or TODO marker, masked number, template variable or lorem ipsum. The script prints the number of
findings per rule and corpus, then each flagged snippet with its file, for adjudication by hand.

--llm also runs the rules over the LLM-generated texts of LLMFake and prints the count of texts
with findings per rule: a rough recall check (those texts hold real unfilled "[Insert Date]"
slots), not a false-alarm measure. --quiet prints the counts only.

The corpora are copyrighted third-party text: keep them, and this script's output, out of git.
Exits 0 with a message when the corpora directory is absent.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import html
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from copydesk.config import parse_config
from copydesk.engine import lint_source
from copydesk.registry import load_registry
from copydesk.source import Format, Source

DEFAULT_CORPORA = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora"
CODES = ("PH001", "PH002", "PH003", "PH004", "PH005", "PH006")

Item = tuple[str, str, Format]  # (label shown in the report, text, format)


def _read_text(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")  # bbc sport/199.txt


def _jsonl(path: Path) -> Iterator[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def bbc(root: Path) -> Iterator[Item]:
    for path in sorted((root / "bbc-news-2225").glob("*/*.txt")):
        yield f"bbc-news-2225/{path.parent.name}/{path.name}", _read_text(path), Format.TEXT


def aeb_gold(root: Path) -> Iterator[Item]:
    base = root / "scrapinghub-article-extraction-benchmark"
    english = set()
    with (base / "index.tsv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if row["lang_guess"] == "en":
                english.add(row["id"])
    gold = json.loads((base / "ground-truth.json").read_text(encoding="utf-8"))
    for key in sorted(english & gold.keys()):
        yield f"aeb-gold/{key[:12]}", gold[key]["articleBody"], Format.TEXT


def readability_expected(root: Path) -> Iterator[Item]:
    for path in sorted((root / "mozilla-readability-testpages-en-news" / "pages").glob("*/expected.html")):
        yield f"readability/{path.parent.name}", path.read_text(encoding="utf-8"), Format.HTML


def trafilatura_with(root: Path) -> Iterator[Item]:
    data = json.loads((root / "trafilatura-eval-en" / "evaldata-en.json").read_text(encoding="utf-8"))
    for url in sorted(data):
        for index, snippet in enumerate(data[url].get("with") or []):
            yield f"trafilatura-with/{data[url]['file']}#{index}", snippet, Format.TEXT


def llmfake_human(root: Path) -> Iterator[Item]:
    base = root / "llmfake-llm-generated-news"
    for name in ("human_real_news", "human_misinformation_sources"):
        for index, record in enumerate(_jsonl(base / f"{name}.jsonl.gz")):
            label = f"llmfake-{name}/{record['source_dataset']}-{record['news_id']}#{index}"
            yield label, record["text"], Format.TEXT


def conll(root: Path) -> Iterator[Item]:
    path = root / "conll2010-wikipedia-weasel-sample" / "uncertainty-conll2010.csv"
    with path.open(encoding="utf-8-sig", newline="") as handle:
        for index, row in enumerate(csv.reader(handle)):
            if len(row) == 2:
                yield f"conll2010/{index + 1}", row[1], Format.TEXT


def szeged(root: Path) -> Iterator[Item]:
    with gzip.open(root / "szeged-uncertainty-wikiweasel2" / "wiki.xml.gz", "rt", encoding="utf-8") as handle:
        xml = handle.read()
    for match in re.finditer(r'<Sentence id="([^"]+)">(.*?)</Sentence>', xml, re.DOTALL):
        text = html.unescape(re.sub(r"<[^>]+>", "", match.group(2)))
        yield f"szeged/{match.group(1)}", text, Format.TEXT


def llm_generations(root: Path) -> Iterator[Item]:
    for index, record in enumerate(_jsonl(root / "llmfake-llm-generated-news" / "llm_generations.jsonl.gz")):
        label = f"llmfake-llm/{record['generator']}/{record['source_dataset']}-{record['news_id']}#{index}"
        yield label, record["llm_text"], Format.TEXT


CLEAN_CORPORA = {
    "bbc-news-2225": (bbc, "bbc-news-2225"),
    "aeb-gold-en": (aeb_gold, "scrapinghub-article-extraction-benchmark"),
    "readability-expected": (readability_expected, "mozilla-readability-testpages-en-news"),
    "trafilatura-with": (trafilatura_with, "trafilatura-eval-en"),
    "llmfake-human": (llmfake_human, "llmfake-llm-generated-news"),
    "conll2010-sentences": (conll, "conll2010-wikipedia-weasel-sample"),
    "szeged-sentences": (szeged, "szeged-uncertainty-wikiweasel2"),
}


def _snippet(text: str, start: int, end: int, width: int = 50) -> str:
    before = text[max(0, start - width):start]
    after = text[end:end + width]
    return " ".join(f"{before}>>{text[start:end]}<<{after}".split())


def run(items: Iterator[Item], registry, settings) -> tuple[int, list[tuple[str, str, str]], set]:
    """(number of items, [(code, label, snippet)], {(code, label)})."""
    count = 0
    hits = []
    for label, text, fmt in items:
        count += 1
        source = Source(path=label + (".html" if fmt is Format.HTML else ".txt"), text=text, format=fmt)
        result = lint_source(source, settings, registry)
        for error in result.errors:
            print(f"  ! {label}: {error}", file=sys.stderr)
        for diagnostic in result.diagnostics:
            hits.append((diagnostic.code, label,
                         _snippet(text, diagnostic.span.start, diagnostic.span.end)))
    return count, hits, {(code, label) for code, label, _ in hits}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="?", type=Path, default=DEFAULT_CORPORA,
                        help=f"the shared corpora directory (default: {DEFAULT_CORPORA})")
    parser.add_argument("--llm", action="store_true", help="also count findings on LLM-generated texts")
    parser.add_argument("--quiet", action="store_true", help="print counts only, not each snippet")
    args = parser.parse_args(argv)
    root: Path = args.corpora
    if not root.is_dir():
        print(f"corpora directory {root} not found: nothing to measure (pass its path as an argument)")
        return 0

    registry = load_registry()
    settings = parse_config({"select": list(CODES)}, registry)
    totals: Counter[str] = Counter()
    started = time.perf_counter()
    print(f"placeholder rules on clean corpora in {root}")
    print(f"{'corpus':<22} {'items':>6} " + " ".join(f"{c:>5}" for c in CODES) + f" {'total':>6}")
    report: list[tuple[str, list[tuple[str, str, str]]]] = []
    for name, (reader, folder) in CLEAN_CORPORA.items():
        if not (root / folder).is_dir():
            print(f"{name:<22} (missing: {root / folder})")
            continue
        count, hits, _ = run(reader(root), registry, settings)
        per_rule = Counter(code for code, _, _ in hits)
        totals.update(per_rule)
        print(f"{name:<22} {count:>6} " + " ".join(f"{per_rule[c]:>5}" for c in CODES) + f" {len(hits):>6}")
        report.append((name, hits))
    print(f"{'all clean corpora':<22} {'':>6} " + " ".join(f"{totals[c]:>5}" for c in CODES)
          + f" {sum(totals.values()):>6}")

    if not args.quiet:
        for name, hits in report:
            if hits:
                print(f"\n== {name}: {len(hits)} finding(s)")
                for code, label, snippet in sorted(hits):
                    print(f"{code} {label}: {snippet}")

    if args.llm and (root / "llmfake-llm-generated-news").is_dir():
        count, hits, flagged = run(llm_generations(root), registry, settings)
        texts = Counter(code for code, _ in flagged)
        any_rule = len({label for _, label in flagged})
        print(f"\nLLM-generated texts (recall check, not false alarms): {count} texts, "
              f"{any_rule} with at least one finding")
        print("texts flagged per rule: " + ", ".join(f"{c} {texts[c]}" for c in CODES))
        if not args.quiet:
            for code, label, snippet in sorted(hits):
                print(f"{code} {label}: {snippet}")
    print(f"\n({time.perf_counter() - started:.1f}s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
