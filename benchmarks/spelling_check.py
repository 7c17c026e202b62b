"""False alarms of the offline speller (GR101) on edited BBC articles, per 100 articles.

The BBC articles were edited before publication, so most GR101 findings on them are false alarms (a
name, a word the dictionary lacks); the real misspellings it finds (in the copy and in readers'
comments) were judged by hand and are listed in labels/bbc-misspellings.txt. The articles are split
by ``corpora.half``: tune the speller on the tuning half (``--half tune`` lists the words it flags
most), report the test half.

    python benchmarks/spelling_check.py                       # test half, en-GB (the BBC's variant)
    python benchmarks/spelling_check.py --half tune --top 40  # what to tune against
    python benchmarks/spelling_check.py --language en-US      # the same copy read as American

It says so and exits 0 when the corpora folder (../shared/corpora) is absent, and exits 2 when no
hunspell dictionary is installed for the language.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpora import DEFAULT_ROOT, bbc, half

from copydesk.config import parse_config
from copydesk.engine import lint_source
from copydesk.registry import load_registry
from copydesk.source import Source
from copydesk.speller import Dictionary, dictionary

REAL_MISSPELLINGS = Path(__file__).resolve().parent / "labels" / "bbc-misspellings.txt"


def real_misspellings() -> set[str]:
    lines = REAL_MISSPELLINGS.read_text(encoding="utf-8").splitlines()
    return {word for line in lines if not line.startswith("#") for word in line.split()}


def measure(root: Path, which: str, language: str) -> tuple[int, Counter, Counter, dict, float]:
    """(articles, findings per word, articles per word, a context per word, seconds) for one half."""
    registry = load_registry()
    config = parse_config({"select": ["GR101"], "grammar": {"mode": "off", "language": language}}, registry)
    words: Counter = Counter()
    articles: Counter = Counter()
    contexts: dict[str, str] = {}
    count = 0
    started = time.perf_counter()
    for item in bbc(root):
        if half(item.doc_id) != which:
            continue
        count += 1
        result = lint_source(Source(item.path, item.text, item.format), config, registry)
        flagged = [item.text[d.span.start:d.span.end] for d in result.diagnostics]
        words.update(flagged)
        articles.update(set(flagged))
        for d, word in zip(result.diagnostics, flagged, strict=True):
            around = item.text[max(d.span.start - 30, 0):d.span.end + 30]
            contexts.setdefault(word, f"{item.doc_id}: …{' '.join(around.split())}…")
    return count, words, articles, contexts, time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=DEFAULT_ROOT)
    parser.add_argument("--half", choices=("tune", "test"), default="test")
    parser.add_argument("--language", default="en-GB")
    parser.add_argument("--top", type=int, default=25, help="list the most flagged words")
    parser.add_argument("--contexts", action="store_true", help="show where each listed word was found")
    args = parser.parse_args()
    if not (args.root / "bbc-news-2225").is_dir():
        print(f"{args.root / 'bbc-news-2225'} is absent: nothing measured")
        return 0
    speller = dictionary(args.language)
    if not isinstance(speller, Dictionary):
        print(speller, file=sys.stderr)
        return 2
    count, words, articles, contexts, seconds = measure(args.root, args.half, args.language)
    total = sum(words.values())
    real = sum(found for word, found in words.items() if word in real_misspellings())
    print(f"GR101 on the BBC {args.half} half ({count} articles, {args.language}): {total} findings in "
          f"{seconds:.1f} s; {real} real misspellings; {total - real} false alarms, "
          f"{100 * (total - real) / count:.1f} per 100 articles")
    for word, found in words.most_common(args.top):
        mark = "  " if word in real_misspellings() else "FA"
        print(f"{mark} {found:5d} in {articles[word]:4d} articles  {word}"
              + (f"    {contexts[word]}" if args.contexts else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
