"""Readers for the third-party evaluation corpora in ../shared/corpora (see its README.md).

Every reader yields ``Item``s: a document id (stable across runs, used for the tuning/test split),
the text and its format. The corpora are copyrighted: they are read in place and never copied
into the repository; only aggregate numbers and short snippets may be published.

The split is by document, with a fixed seed: ``half(doc_id)`` is "tune" or "test". Rules are tuned
on the tuning half only; docs/quality.md reports the test half. Paired texts (an LLM rewrite and its
human source) share the id of their story, so both land in the same half.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from copydesk.source import Format

DEFAULT_ROOT = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora"
SPLIT_SEED = "copydesk-split-1"
HALVES = ("tune", "test")


def half(doc_id: str) -> str:
    digest = hashlib.sha256(f"{SPLIT_SEED}:{doc_id}".encode()).digest()
    return HALVES[digest[0] & 1]


@dataclass(frozen=True)
class Item:
    doc_id: str
    text: str
    format: Format = Format.TEXT
    extra: dict | None = None  # reader-specific fields (labels, url, generator …)

    @property
    def path(self) -> str:
        """A display path whose suffix matches the format."""
        return self.doc_id + (".html" if self.format is Format.HTML else ".txt")


def read_text(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")  # bbc sport/199.txt holds one Latin-1 "£"


def _jsonl(path: Path) -> Iterator[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def bbc(root: Path) -> Iterator[Item]:
    for path in sorted((root / "bbc-news-2225").glob("*/*.txt")):
        yield Item(f"bbc/{path.parent.name}/{path.stem}", read_text(path))


AEB = "scrapinghub-article-extraction-benchmark"


def aeb_english_ids(root: Path) -> list[str]:
    with (root / AEB / "index.tsv").open(encoding="utf-8") as handle:
        rows = csv.DictReader(handle, delimiter="\t")
        return sorted(row["id"] for row in rows if row["lang_guess"] == "en")


def aeb_gold(root: Path) -> Iterator[Item]:
    gold = json.loads((root / AEB / "ground-truth.json").read_text(encoding="utf-8"))
    for key in aeb_english_ids(root):
        if key in gold:
            yield Item(f"aeb/{key[:16]}", gold[key]["articleBody"], extra={"url": gold[key]["url"]})


def aeb_pages(root: Path, extractor: str = "html-text") -> Iterator[Item]:
    """An extractor's text of each page, with the gold body and the raw HTML.

    "html-text" is the whole visible page; "trafilatura", "readability_js" and the others are real
    extractions that leak some boilerplate into the article.
    """
    base = root / AEB
    gold = json.loads((base / "ground-truth.json").read_text(encoding="utf-8"))
    output = base / "extractor-output" / f"{extractor}.json"
    pages = json.loads(output.read_text(encoding="utf-8"))["output"]
    for key in aeb_english_ids(root):
        if key in gold and key in pages:
            with gzip.open(base / "html" / f"{key}.html.gz", "rb") as handle:
                raw = handle.read()
            yield Item(f"aeb/{key[:16]}", pages[key]["articleBody"],
                       extra={"gold": gold[key]["articleBody"], "html": raw, "url": gold[key]["url"]})


def readability_expected(root: Path) -> Iterator[Item]:
    for path in sorted((root / "mozilla-readability-testpages-en-news" / "pages").glob("*/expected.html")):
        yield Item(f"readability/{path.parent.name}", path.read_text(encoding="utf-8"), Format.HTML)


def trafilatura_pages(root: Path) -> Iterator[Item]:
    """Raw HTML pages with their "with" (main text) and "without" (boilerplate) snippets."""
    base = root / "trafilatura-eval-en"
    data = json.loads((base / "evaldata-en.json").read_text(encoding="utf-8"))
    for url in sorted(data):
        entry = data[url]
        path = base / "html" / f"{entry['file']}.gz"
        if not path.is_file():
            path = base / "html" / entry["file"]
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rb") as handle:
            raw = handle.read()
        yield Item(f"trafilatura/{entry['file'].removesuffix('.html')}", "", Format.HTML,
                   extra={"html": raw, "with": entry.get("with") or [], "without": entry.get("without") or [],
                          "url": url})


def conll(root: Path) -> Iterator[Item]:
    """CoNLL-2010 Wikipedia sentences; extra["uncertain"] is the weasel/hedge label."""
    path = root / "conll2010-wikipedia-weasel-sample" / "uncertainty-conll2010.csv"
    with path.open(encoding="utf-8-sig", newline="") as handle:
        for index, row in enumerate(csv.reader(handle)):
            if len(row) == 2 and row[0].strip() in ("1", "-1"):
                yield Item(f"conll/{index + 1}", row[1], extra={"uncertain": row[0].strip() == "-1"})


def szeged(root: Path) -> Iterator[Item]:
    with gzip.open(root / "szeged-uncertainty-wikiweasel2" / "wiki.xml.gz", "rt", encoding="utf-8") as handle:
        xml = handle.read()
    for match in re.finditer(r'<Sentence id="([^"]+)">(.*?)</Sentence>', xml, re.DOTALL):
        text = html.unescape(re.sub(r"<[^>]+>", "", match.group(2)))
        yield Item(f"szeged/{match.group(1)}", text)


LLMFAKE = "llmfake-llm-generated-news"


def llm_generations(root: Path) -> Iterator[Item]:
    for index, record in enumerate(_jsonl(root / LLMFAKE / "llm_generations.jsonl.gz")):
        story = f"llmfake/{record['source_dataset']}-{record['news_id']}"
        yield Item(f"{story}/{record['generator']}-{record['method']}-{index}", record["llm_text"],
                   extra={"story": story, "generator": record["generator"], "method": record["method"]})


def llmfake_human(root: Path) -> Iterator[Item]:
    for name in ("human_real_news", "human_misinformation_sources"):
        for index, record in enumerate(_jsonl(root / LLMFAKE / f"{name}.jsonl.gz")):
            story = f"llmfake/{record['source_dataset']}-{record['news_id']}"
            yield Item(f"{story}/human-{name}-{index}", record["text"], extra={"story": story})


def split_id(item: Item) -> str:
    """The id the split is drawn on: the story for paired LLM/human texts, else the document."""
    return (item.extra or {}).get("story", item.doc_id)


def in_half(items: Iterator[Item], wanted: str | None) -> Iterator[Item]:
    """Only the items of one half ("tune" or "test"); ``None`` keeps all."""
    return (item for item in items if wanted is None or half(split_id(item)) == wanted)


LLM_SAMPLE = (150, 50)  # LLM-written and human-written texts in the hand-labelled LLMFake sample


def llmfake_sample(root: Path) -> list[Item]:
    """The hand-labelled sample (benchmarks/labels/llmfake-sample.jsonl): test-half texts, fixed seed."""
    import random

    rng = random.Random(SPLIT_SEED)
    llm = list(in_half(llm_generations(root), "test"))
    human = list(in_half(llmfake_human(root), "test"))
    return rng.sample(llm, LLM_SAMPLE[0]) + rng.sample(human, LLM_SAMPLE[1])
