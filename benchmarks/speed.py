"""How fast copydesk is, beside proselint and textlint, on one corpus and in one run.

    bash benchmarks/install_peers.sh      # once: proselint and textlint into benchmarks/.peers/
    python benchmarks/speed.py            # about five minutes; prints a Markdown report
    python benchmarks/speed.py --runs 1 --files 300    # a quick look

The corpus is written to a temporary folder: ``--files`` plain-text articles (default 1,000), the
seed articles (../shared/seeds) and BBC news stories (../shared/corpora/bbc-news-2225) picked evenly
across its five sections. Without the BBC folder the benchmark says so and stops; a peer that is not
installed is skipped with a message.

Measured (wall time, median of ``--runs`` unless said otherwise, the commands of a table taken in
turns; output discarded):

1. the corpus: copydesk (every built-in rule that is on by default, no LanguageTool; the result
   cache off; one worker per core) against proselint 0.16 and against textlint with write-good,
   no-todo and sentence-length; files per second and ratios;
2. one file in a fresh process, the pre-commit case (median of ``--cold-runs``): ``python -c pass``,
   copydesk, proselint; and copydesk's very first run, with empty user caches;
3. the corpus at 1x, 2x and 4x its size (CPU seconds of copydesk and its workers), and one document of
   1 KB to 1 MB, in paragraphs and as one paragraph (CPU seconds in one process, best of three) — a
   step slower than 1.3 times the linear expectation is flagged;
4. ``-j 1`` against ``-j 2``;
5. a re-run over the unchanged corpus that the result cache answers;
6. peak memory: the largest resident set of any one process of the run.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpora import DEFAULT_ROOT, read_text

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO.parent / "shared" / "seeds"
PEERS = Path(os.environ.get("COPYDESK_PEERS_DIR") or Path(__file__).resolve().parent / ".peers")
PROSELINT = PEERS / "proselint" / "bin" / "proselint"
TEXTLINT_DIR = PEERS / "textlint"
TEXTLINT = TEXTLINT_DIR / "node_modules" / ".bin" / "textlint"
SCRIPT = Path(sys.executable).parent / "copydesk"  # the console script, as users run it
COPYDESK = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "copydesk.cli"]
SIZES = [1024 * 4 ** k for k in range(6)]  # 1 KB … 1 MB, each step four times the last
LINEAR_SLACK = 1.3


@dataclass
class Run:
    seconds: float
    peak_kb: int
    lines: int
    cpu: float = 0.0  # user + system seconds of the process and the workers it waited for


def run_once(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> Run:
    """Wall time, peak RSS (largest process in the tree, from wait4) and output lines of one run."""
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=out, stderr=subprocess.DEVNULL)
        _, _, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = 0  # reaped above
        out.seek(0)
        lines = sum(1 for _ in out)
    return Run(seconds, usage.ru_maxrss, lines, usage.ru_utime + usage.ru_stime)


@dataclass
class Command:
    argv: list[str]
    cwd: Path
    env: dict[str, str] | None = None
    before: Callable[[], None] | None = None  # run before each timing, untimed


def median_run(command: list[str], cwd: Path, runs: int, env: dict[str, str] | None = None,
               before: Callable[[], None] | None = None) -> Run:
    return compare([Command(command, cwd, env, before)], runs)[0]


def compare(commands: list[Command], runs: int) -> list[Run]:
    """Median runs of ``commands``, taken in turns (a, b, c, a, b, c, …): on a shared machine each
    command then meets the same load, so their ratios hold even when the absolute times drift."""
    results: list[list[Run]] = [[] for _ in commands]
    for _ in range(runs):
        for command, found in zip(commands, results, strict=True):
            if command.before:
                command.before()
            found.append(run_once(command.argv, command.cwd, command.env))
    summary = []
    for found in results:
        middle = statistics.median(r.seconds for r in found)
        best = min(found, key=lambda r: abs(r.seconds - middle))
        summary.append(Run(middle, max(r.peak_kb for r in found), best.lines,
                           statistics.median(r.cpu for r in found)))
    return summary


def build_corpus(root: Path, target: Path, files: int) -> list[Path]:
    """``files`` articles: the seeds, then BBC stories spread evenly over the sections."""
    target.mkdir(parents=True)
    texts = [read_text(path) for path in sorted(SEEDS.glob("*.txt"))] if SEEDS.is_dir() else []
    bbc = sorted((root / "bbc-news-2225").glob("*/*.txt"))
    wanted = max(0, files - len(texts))
    texts += [read_text(bbc[i * len(bbc) // wanted]) for i in range(min(wanted, len(bbc)))]
    written = []
    for index, text in enumerate(texts[:files]):
        path = target / f"article-{index:04d}.txt"
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def copies(corpus: Path, target: Path, times: int) -> Path:
    """The corpus ``times`` over, each copy in its own folder (far apart: no memo helps a copy)."""
    for copy in range(times):
        shutil.copytree(corpus, target / f"copy-{copy}")
    return target


def document(root: Path, size: int, one_paragraph: bool = False) -> str:
    """One plain-text article of ``size`` bytes: a headline, then BBC stories' paragraphs (or all
    their text as one paragraph, as text pasted without its line breaks arrives)."""
    parts, total = ["A very long article\n\n"], 0
    for path in sorted((root / "bbc-news-2225").glob("*/*.txt")):
        body = read_text(path).split("\n", 1)[-1].strip()
        body = " ".join(body.split()) + " " if one_paragraph else body + "\n\n"
        parts.append(body)
        total += len(body.encode())
        if total >= size:
            break
    return "".join(parts).encode()[:size].decode("utf-8", "ignore")


# One lint of one document, timed in a process of its own. The process first lints another article
# so that what any run pays once (lazy imports, the speller's dictionary) is not counted, while the
# per-process word memos start as a real run's do. Timing the same text again in one process would
# find every word of a small document remembered but not those of a large one, whose memos are
# bounded, and would make growth look worse than it is.
_SIZE_HARNESS = """
import sys, time
from pathlib import Path
from copydesk.config import ConfigResolver
from copydesk.engine import lint_bytes
from copydesk.registry import load_registry

warm, document = Path(sys.argv[1]).read_bytes(), Path(sys.argv[2]).read_bytes()
registry = load_registry()
config = ConfigResolver(registry).for_path(Path.cwd() / "doc.txt")
lint_bytes("warm.txt", warm, config, registry)
start = time.process_time()
lint_bytes("doc.txt", document, config, registry)
print(time.process_time() - start)
"""


def lint_alone(warm: Path, document: Path, cwd: Path, env: dict[str, str]) -> float:
    """CPU seconds of one lint of ``document`` in a fresh process warmed up on ``warm``."""
    done = subprocess.run([sys.executable, "-c", _SIZE_HARNESS, str(warm), str(document)], cwd=cwd, env=env,
                          capture_output=True, text=True, check=True)
    return float(done.stdout)


def fmt_seconds(seconds: float) -> str:
    return f"{seconds:.3f}" if seconds < 10 else f"{seconds:.1f}"


def fmt_mb(kb: int) -> str:
    return f"{kb / 1024:.0f} MB"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--files", type=int, default=1000, help="articles in the corpus (default 1000)")
    parser.add_argument("--runs", type=int, default=3, help="runs per corpus timing (median; default 3)")
    parser.add_argument("--cold-runs", type=int, default=11, help="runs per one-file timing (default 11)")
    parser.add_argument("--corpora", type=Path, default=DEFAULT_ROOT, help="the corpora folder")
    args = parser.parse_args()
    if not (args.corpora / "bbc-news-2225").is_dir():
        print(f"speed benchmark skipped: {args.corpora / 'bbc-news-2225'} not found "
              "(put the shared corpora beside the repository)")
        return 0

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    report = [f"Machine: {platform.machine()}, {cores} cores, Python {platform.python_version()}; "
              f"load average at the start {os.getloadavg()[0]:.2f}." if hasattr(os, "getloadavg") else ""]
    env = {k: v for k, v in os.environ.items() if k not in ("COPYDESK_NO_CACHE", "PYTHONDONTWRITEBYTECODE")}

    with tempfile.TemporaryDirectory(prefix="copydesk-speed-") as scratch:
        base = Path(scratch)
        corpus = base / "corpus"
        files = build_corpus(args.corpora, corpus, args.files)
        size_mb = sum(f.stat().st_size for f in files) / 1e6
        one = sorted(files, key=lambda f: f.stat().st_size)[len(files) // 2]  # the median-sized article
        report.append(f"Corpus: {len(files)} articles, {size_mb:.2f} MB (seeds and BBC stories); "
                      f"one file: a {one.stat().st_size:,}-byte BBC story.\n")
        user_cache = base / "user-cache"
        env["COPYDESK_CACHE_DIR"] = str(user_cache)
        check = [*COPYDESK, "check", "--no-cache", "--quiet"]
        run_once([*check, str(one)], base, env)  # builds the user caches (syllable index, programs)

        # 1. the corpus, beside the peers
        named = [("copydesk (default rules, one worker per core)", Command([*check, "corpus"], base, env))]
        if PROSELINT.exists():
            named.append(("proselint 0.16 (one process)",
                          Command([str(PROSELINT), "check", "-o", "compact", str(corpus)], base)))
        else:
            print(f"proselint skipped: {PROSELINT} not found; run benchmarks/install_peers.sh",
                  file=sys.stderr)
        if TEXTLINT.exists():
            named.append(("textlint (write-good, no-todo, sentence-length)",
                          Command([str(TEXTLINT), "-f", "compact", *map(str, files)], TEXTLINT_DIR)))
        else:
            print(f"textlint skipped: {TEXTLINT} not found; run benchmarks/install_peers.sh",
                  file=sys.stderr)
        rows = list(zip([name for name, _ in named], compare([c for _, c in named], args.runs), strict=True))
        ours = rows[0][1]
        report += [f"## Corpus: {len(files)} articles (median of {args.runs})", "",
                   "| tool | seconds | files/s | copydesk is … faster | peak RSS | findings |",
                   "| --- | ---: | ---: | ---: | ---: | ---: |"]
        for name, run in rows:
            ratio = "—" if run is ours else f"{run.seconds / ours.seconds:.1f}×"
            rate = len(files) / run.seconds
            report.append(f"| {name} | {fmt_seconds(run.seconds)} | {rate:.0f} | {ratio} | "
                          f"{fmt_mb(run.peak_kb)} | {run.lines:,} |")

        # 2. one file, fresh process
        cold = args.cold_runs

        def empty_user_cache() -> None:
            shutil.rmtree(user_cache, ignore_errors=True)

        named = [("python -c pass", Command([sys.executable, "-c", "pass"], base, env)),
                 ("copydesk check one.txt", Command([*check, str(one)], base, env)),
                 ("copydesk check one.txt --ignore RD",
                  Command([*check, "--ignore", "RD", str(one)], base, env))]
        if PROSELINT.exists():
            named.append(("proselint check one.txt", Command([str(PROSELINT), "check", str(one)], base)))
        one_rows = list(zip([name for name, _ in named], compare([c for _, c in named], cold), strict=True))
        one_rows.append(("copydesk check one.txt, first run (empty user cache)",
                         median_run([*check, str(one)], base, max(3, cold // 3), env,
                                    before=empty_user_cache)))
        run_once([*check, str(one)], base, env)  # the caches back
        report += ["", f"## One file, fresh process (median of {cold})", "", "| command | seconds |",
                   "| --- | ---: |"]
        report += [f"| {name} | {run.seconds:.3f} |" for name, run in one_rows]

        # 3. growth with corpus size (CPU seconds: the work done, which other jobs on the machine
        # disturb far less than the wall time) and document size
        for times in (2, 4):
            copies(corpus, base / f"corpus-{times}x", times)
        folders = ("corpus", "corpus-2x", "corpus-4x")
        sized = compare([Command([*check, folder], base, env) for folder in folders], args.runs)
        growth = list(zip((1, 2, 4), sized, strict=True))
        report += ["", f"## Corpus size (one worker per core, median of {args.runs})", "",
                   "| corpus | files | wall seconds | CPU seconds | CPU ms per file | "
                   "step against linear (CPU) |",
                   "| --- | ---: | ---: | ---: | ---: | ---: |"]
        for index, (times, run) in enumerate(growth):
            step = "—"
            if index:
                last_times, last = growth[index - 1]
                factor = (run.cpu / last.cpu) / (times / last_times)
                step = f"{factor:.2f}{' **worse than 1.3**' if factor > LINEAR_SLACK else ''}"
            report.append(f"| {times}× | {times * len(files)} | {fmt_seconds(run.seconds)} | "
                          f"{fmt_seconds(run.cpu)} | {1000 * run.cpu / (times * len(files)):.1f} | {step} |")
        warm = base / "warm.txt"  # the last BBC story: no document below reaches it
        last_story = sorted((args.corpora / "bbc-news-2225").glob("*/*.txt"))[-1]
        warm.write_text(read_text(last_story), encoding="utf-8")
        for shape, one_paragraph in (("paragraphs", False), ("one paragraph, no line breaks", True)):
            docs = []
            for size in SIZES:
                path = base / f"doc-{size}.txt"
                path.write_text(document(args.corpora, size, one_paragraph), encoding="utf-8")
                docs.append(path)
            sizes = [(size, min(lint_alone(warm, doc, base, env) for _ in range(3 if size < 300_000 else 2)))
                     for size, doc in zip(SIZES, docs, strict=True)]
            report += ["", f"## One document of 1 KB to 1 MB: {shape} (CPU seconds of one lint in a fresh "
                       "process, best of 3 processes; of 2 for the two largest)", "",
                       "| bytes | seconds | µs per KB | step against "
                       "linear |", "| ---: | ---: | ---: | ---: |"]
            for index, (size, seconds) in enumerate(sizes):
                step = "—"
                if index:
                    factor = (seconds / sizes[index - 1][1]) / (size / sizes[index - 1][0])
                    step = f"{factor:.2f}{' **worse than 1.3**' if factor > LINEAR_SLACK else ''}"
                per_kb = 1e6 * seconds / (size / 1024)
                report.append(f"| {size:,} | {fmt_seconds(seconds)} | {per_kb:.0f} | {step} |")

        # 4. workers
        one_worker, two_workers = compare([Command([*check, "-j", "1", "corpus"], base, env),
                                           Command([*check, "-j", "2", "corpus"], base, env)], args.runs)
        report += ["", f"## Workers (corpus, median of {args.runs})", "", "| run | seconds | peak RSS |",
                   "| --- | ---: | ---: |",
                   f"| -j 1 | {fmt_seconds(one_worker.seconds)} | {fmt_mb(one_worker.peak_kb)} |",
                   f"| -j 2 | {fmt_seconds(two_workers.seconds)} | {fmt_mb(two_workers.peak_kb)} |",
                   "", f"-j 2 is {one_worker.seconds / two_workers.seconds:.2f}× faster than -j 1."]

        # 5. the result cache
        cached_check = [*COPYDESK, "check", "--quiet", "corpus"]
        fill = run_once(cached_check, base, env)
        cached = median_run(cached_check, base, args.runs, env)
        report += ["", f"## Result cache (corpus, median of {args.runs})", "", "| run | seconds |",
                   "| --- | ---: |", f"| cold, cache off (as above) | {fmt_seconds(ours.seconds)} |",
                   f"| first run, filling the cache | {fmt_seconds(fill.seconds)} |",
                   f"| re-run, every file cached | {fmt_seconds(cached.seconds)} |", "",
                   f"The cached re-run is {ours.seconds / cached.seconds:.1f}× faster than the cold run."]

    print("\n".join(line for line in report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
