"""Grammar and spelling for the GR rules: LanguageTool when it is there, an offline speller when not.

``[tool.copydesk.grammar]`` (or the environment) chooses LanguageTool's mode:

- ``server``: a running LanguageTool server at ``server = "http://host:8081"``;
- ``local``: a LanguageTool already unpacked on this machine (``local = "path"``, or the folder
  ``copydesk grammar install`` and language-tool-python download into), started on first use;
- ``off``; and ``auto`` (the default): server if one is configured, else local if one is
  installed, else off.

copydesk never downloads LanguageTool while checking. When LanguageTool is off, missing, slow or
failing, the GR rules say so once per run (a notice on standard error), report nothing, and leave
every other rule's findings and the exit code alone; the offline speller (GR101) then checks the
spelling. This module holds what the rules need and costs nothing to import: the HTTP client
(language-tool-python, which imports requests) loads only when a LanguageTool is configured or
installed, and the dictionary only when the speller runs.
"""

from __future__ import annotations

import bisect
import contextlib
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from copydesk.document import MASK, BlockKind, Document, TextUnit
from copydesk.model import Span

if TYPE_CHECKING:
    from copydesk.languagetool import Client

MODES = ("auto", "server", "local", "off")
ENV_MODE = "COPYDESK_GRAMMAR"
ENV_URL = "COPYDESK_LANGUAGETOOL_URL"
SPELLER_CODE = "GR101"
CACHE_VERSION = 1

# LanguageTool rules that copydesk's own rules already cover: TY (spaces, quotes, brackets,
# dashes), CN (one spelling of a word), RD (long sentences and paragraphs).
DUPLICATE_RULES = (
    "WHITESPACE_RULE", "CONSECUTIVE_SPACES",
    "EN_QUOTES", "EN_UNPAIRED_QUOTES", "EN_UNPAIRED_BRACKETS", "UNPAIRED_BRACKETS",
    "DASH_RULE",
    "EN_WORD_COHERENCY",
    "TOO_LONG_SENTENCE", "TOO_LONG_PARAGRAPH",
)

# LanguageTool's categories, folded into six GR codes; anything else is GR006.
CATEGORY_CODES = {
    "GRAMMAR": "GR001", "CONFUSED_WORDS": "GR001", "COMPOUNDING": "GR001", "REPETITIONS": "GR001",
    "FALSE_FRIENDS": "GR001",
    "TYPOS": "GR002",
    "PUNCTUATION": "GR003",
    "STYLE": "GR004", "REDUNDANCY": "GR004", "PLAIN_ENGLISH": "GR004", "COLLOQUIALISMS": "GR004",
    "REPETITIONS_STYLE": "GR004", "WIKIPEDIA": "GR004", "GENDER_NEUTRALITY": "GR004",
    "REGIONALISMS": "GR004", "AMERICAN_ENGLISH_STYLE": "GR004", "BRITISH_ENGLISH": "GR004",
    "CASING": "GR005", "TYPOGRAPHY": "GR005",
}
OTHER_CODE = "GR006"
SPELLING_CODE = "GR002"
LANGUAGETOOL_CODES = ("GR001", "GR002", "GR003", "GR004", "GR005", "GR006")

_SKIPPED_BLOCKS = frozenset({BlockKind.BYLINE})  # names, not prose
_SILENCE = 'or set mode = "off" to silence this notice'


class GrammarConfigError(ValueError):
    """A bad ``[tool.copydesk.grammar]`` value or environment variable; the message names it."""


@dataclass(frozen=True)
class GrammarSettings:
    """The ``[tool.copydesk.grammar]`` table: which LanguageTool, which language, which house words."""

    mode: str = "auto"
    server: str = ""
    local: str = ""                       # a LanguageTool folder (or its languagetool-server.jar)
    language: str = "en-US"               # LanguageTool's language code; the speller uses its variant
    timeout: float = 10.0                 # seconds a LanguageTool request may take
    max_request_chars: int = 20_000       # larger documents go in several requests
    disabled_rules: tuple[str, ...] = ()  # more LanguageTool rule ids to switch off
    disabled_categories: tuple[str, ...] = ()
    words: tuple[str, ...] = ()           # the house word list: never misspellings
    wordlist: str = ""                    # a file of more house words, one a line
    variant_chosen: bool = False          # language was set: the speller holds to that variant

    @property
    def all_disabled_rules(self) -> tuple[str, ...]:
        return tuple(sorted({*DUPLICATE_RULES, *self.disabled_rules}))


_FIELDS = {"mode": str, "server": str, "local": str, "language": str, "timeout": (int, float),
           "max-request-chars": int, "disabled-rules": list, "disabled-categories": list, "words": list,
           "wordlist": str}


def parse_settings(table: Any, where: str, folder: Path | None) -> GrammarSettings:
    """``[tool.copydesk.grammar]`` checked; paths are relative to the config file's ``folder``."""
    if not isinstance(table, dict):
        raise GrammarConfigError(f"{where}'grammar' must be a table ([tool.copydesk.grammar])")
    values: dict[str, Any] = {}
    for key, value in table.items():
        kind = _FIELDS.get(key)
        if kind is None:
            raise GrammarConfigError(f"{where}unknown key '{key}' in [grammar] (keys: {', '.join(_FIELDS)})")
        if not isinstance(value, kind) or isinstance(value, bool) or (
                kind is list and not all(isinstance(v, str) for v in value)):
            wanted = {str: "a string", int: "a whole number", list: "a list of strings"}.get(kind, "a number")
            raise GrammarConfigError(f"{where}[grammar] {key} must be {wanted}, not {type(value).__name__} "
                                     f"{value!r}")
        name = key.replace("-", "_")
        values[name] = tuple(value) if kind is list else value
    for key in ("local", "wordlist"):
        if values.get(key) and folder is not None:
            values[key] = str(folder / Path(values[key]).expanduser())
    settings = GrammarSettings(**values, variant_chosen="language" in values)
    _validate(settings, f"{where}[grammar] ")
    if settings.wordlist:
        try:
            read_wordlist(settings.wordlist)
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
            raise GrammarConfigError(f"{where}[grammar] wordlist {settings.wordlist}: {reason}") from None
    return with_environment(settings)


def with_environment(settings: GrammarSettings) -> GrammarSettings:
    """``$COPYDESK_GRAMMAR`` (a mode) and ``$COPYDESK_LANGUAGETOOL_URL`` (a server) override the file."""
    mode = os.environ.get(ENV_MODE, "").strip().lower()
    url = os.environ.get(ENV_URL, "").strip()
    if mode:
        settings = replace(settings, mode=mode)
    if url:
        settings = replace(settings, server=url)
    if mode or url:
        _validate(settings, f"${ENV_MODE} / ${ENV_URL}: ")
    return settings


def _validate(settings: GrammarSettings, label: str) -> None:
    if settings.mode not in MODES:
        raise GrammarConfigError(f"{label}mode {settings.mode!r} is not one of {', '.join(MODES)}")
    if settings.mode == "server" and not settings.server:
        raise GrammarConfigError(f'{label}mode "server" needs server = "http://host:port"')
    if settings.server and not re.match(r"https?://[^/\s]+", settings.server):
        raise GrammarConfigError(f"{label}server {settings.server!r} is not an http:// or https:// URL")
    if not re.fullmatch(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*", settings.language):
        raise GrammarConfigError(f"{label}language {settings.language!r} is not a code like en-US or en-GB")
    if not settings.timeout > 0 or settings.max_request_chars < 100:
        raise GrammarConfigError(f"{label}timeout must be above 0 and max-request-chars at least 100")


# ---------------------------------------------------------------------------------------------
# Which LanguageTool, if any


def download_folder() -> Path:
    """Where language-tool-python keeps LanguageTool (and ``copydesk grammar install`` puts it)."""
    return Path(os.environ.get("LTP_PATH") or Path.home() / ".cache" / "language_tool_python")


def installed_languagetool(settings: GrammarSettings) -> Path | None:
    """The folder of the LanguageTool ``local`` names, or the newest one downloaded; None if none."""
    if settings.local:
        path = Path(settings.local).expanduser()
        folder = path.parent if path.suffix == ".jar" else path
        return folder if (folder / "languagetool-server.jar").is_file() else None
    try:
        found = [jar.parent for jar in download_folder().glob("LanguageTool-*/languagetool-server.jar")]
    except OSError:
        return None
    return max(found, key=lambda p: _version_key(p.name), default=None)


def _version_key(name: str) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", name))


@dataclass(frozen=True)
class Plan:
    """What LanguageTool a run uses: ``kind`` is "server", "local" or "off" (with ``notice`` or not)."""

    kind: str
    where: str = ""
    notice: str | None = None


def plan(settings: GrammarSettings) -> Plan:
    if settings.mode == "off":
        return Plan("off")
    if settings.mode in ("auto", "server") and settings.server:
        return Plan("server", settings.server)
    folder = installed_languagetool(settings)
    if folder is not None:
        return Plan("local", str(folder))
    if settings.mode == "local":
        where = settings.local or str(download_folder())
        return Plan("off", notice=f"grammar checks skipped: no LanguageTool in {where}; run `copydesk "
                                  f"grammar install`, set a server under [tool.copydesk.grammar], {_SILENCE}")
    return Plan("off", notice="grammar checks skipped: no LanguageTool server configured or installed; "
                              f"set server under [tool.copydesk.grammar] (or ${ENV_URL}) or run `copydesk "
                              f"grammar install` (README: Grammar), {_SILENCE}")


# ---------------------------------------------------------------------------------------------
# One document's LanguageTool findings


@dataclass(frozen=True)
class Finding:
    """One of LanguageTool's matches, placed in the source."""

    code: str
    span: Span
    message: str
    replacement: str | None = None  # LanguageTool's first suggestion, when the span is verbatim text


@dataclass
class GrammarReport:
    """LanguageTool's answer for one document, shared by the GR rules."""

    checked: bool                    # LanguageTool answered for this document
    findings: list[Finding] = field(default_factory=list)


@dataclass
class _Piece:
    """A text unit's place in the text sent to LanguageTool."""

    unit: TextUnit
    start: int  # where the unit's text starts in the batch text


@dataclass
class Batch:
    """Units sent in one request: their texts joined by blank lines, as LanguageTool sees them."""

    text: str = ""
    pieces: list[_Piece] = field(default_factory=list)

    def add(self, unit: TextUnit) -> None:
        if self.text:
            self.text += "\n\n"
        self.pieces.append(_Piece(unit, len(self.text)))
        self.text += unit.text

    def payload(self) -> dict[str, str]:
        """The request's text: plain ``text``, or ``data`` with masked code and links as markup."""
        if MASK not in self.text:
            return {"text": self.text}
        annotation: list[dict[str, str]] = []
        for i, part in enumerate(self.text.split(MASK)):
            if i:
                annotation.append({"markup": MASK, "interpretAs": "X"})
            if part:
                annotation.append({"text": part})
        return {"data": json.dumps({"annotation": annotation}, ensure_ascii=False)}

    def locate(self, start: int, end: int) -> tuple[TextUnit, int, int] | None:
        """The unit and its text range for ``text[start:end]``; None when it touches masked markup."""
        if not self.pieces or MASK in self.text[start:end]:
            return None
        i = bisect.bisect_right([p.start for p in self.pieces], start) - 1
        piece = self.pieces[max(i, 0)]
        local_start = start - piece.start
        if local_start < 0 or local_start >= len(piece.unit.text):
            return None  # inside the blank line between two units
        return piece.unit, local_start, min(end - piece.start, len(piece.unit.text))


def batches(document: Document, limit: int) -> list[Batch]:
    """The document's prose units (no bylines, code, front matter) in as few requests as ``limit`` allows."""
    found = [Batch()]
    for block in document.blocks:
        if block.kind in _SKIPPED_BLOCKS or not block.unit.text.strip():
            continue
        if found[-1].text and len(found[-1].text) + 2 + len(block.unit.text) > limit:
            found.append(Batch())
        found[-1].add(block.unit)
    return [b for b in found if b.text]


def utf16_to_index(text: str) -> list[int] | None:
    """Python index of each UTF-16 offset (LanguageTool counts in Java chars); None if they agree."""
    if text.isascii() or all(ord(c) < 0x10000 for c in text):
        return None
    table = []
    for i, char in enumerate(text):
        table.append(i)
        if ord(char) >= 0x10000:
            table.append(i)
    table.append(len(text))
    return table


def code_for(match: dict) -> str:
    return CATEGORY_CODES.get(match["rule"]["category"]["id"], OTHER_CODE)


def findings_for(batch: Batch, matches: list[dict], document: Document,
                 words: HouseWords) -> Iterator[Finding]:
    table = utf16_to_index(batch.text)
    for match in matches:
        start, end = match["offset"], match["offset"] + match["length"]
        if table is not None:
            start, end = table[min(start, len(table) - 1)], table[min(end, len(table) - 1)]
        located = batch.locate(start, end)
        if located is None:
            continue
        unit, local_start, local_end = located
        text = unit.text[local_start:local_end]
        code = code_for(match)
        if code == SPELLING_CODE and not words.misspelling(document, unit, local_start, text):
            continue
        span = unit.source_span(local_start, local_end)
        yield Finding(code, span, _message(match, text), _replacement(match, text, document, span))


def _message(match: dict, text: str) -> str:
    message = " ".join(str(match.get("message") or match["rule"].get("description") or "").split())
    suggestions = [r["value"] for r in match.get("replacements", [])[:3]]
    hint = f" (suggestion: {', '.join(repr(s) for s in suggestions)})" if suggestions else ""
    quoted = f"'{text}': " if text.strip() else ""
    return f"{quoted}{message.rstrip('.')}{hint} [LanguageTool {match['rule']['id']}]"


def _replacement(match: dict, text: str, document: Document, span: Span) -> str | None:
    values = [r.get("value") for r in match.get("replacements", []) if isinstance(r, dict)]
    if values and isinstance(values[0], str) and document.text[span.start:span.end] == text:
        return values[0]
    return None


def languagetool_report(document: Document, settings: GrammarSettings) -> GrammarReport:
    """LanguageTool's findings for ``document``, worked out once per document and settings."""
    return document.derived(_report_function(settings))


@lru_cache(maxsize=16)
def _report_function(settings: GrammarSettings):
    return lambda document: _languagetool_report(document, settings)


def _languagetool_report(document: Document, settings: GrammarSettings) -> GrammarReport:
    chosen = plan(settings)
    if chosen.kind == "off":
        if chosen.notice:
            document.notices.append(chosen.notice)
        return GrammarReport(checked=False)
    work = batches(document, settings.max_request_chars)
    if not work:
        return GrammarReport(checked=True)
    from copydesk.languagetool import Unavailable, client_for

    words = house_words(settings)
    report = GrammarReport(checked=True)
    try:
        client = client_for(chosen, settings)
        for batch in work:
            payload = batch.payload()
            matches = cached_check(client, payload, settings)
            report.findings.extend(findings_for(batch, matches, document, words))
    except Unavailable as exc:
        advice = exc.advice or _SILENCE.removeprefix("or ")
        document.notices.append(f"grammar checks skipped: {exc}; {advice}")
        return GrammarReport(checked=False)
    return report


# ---------------------------------------------------------------------------------------------
# The result cache: re-linting an unchanged document asks LanguageTool nothing


def cache_key(identity: str, payload: dict[str, str], settings: GrammarSettings) -> str:
    import hashlib

    parts = [CACHE_VERSION, identity, settings.language, settings.all_disabled_rules,
             sorted(settings.disabled_categories), sorted(payload.items())]
    return hashlib.sha256(json.dumps(parts, ensure_ascii=False).encode("utf-8")).hexdigest()


def _cache_file(key: str) -> Path:
    from copydesk.usercache import cache_dir

    return cache_dir() / "languagetool" / key[:2] / f"{key}.json"


def read_cache(key: str) -> list[dict] | None:
    """The matches stored under ``key``; None when absent or damaged (then LanguageTool is asked again)."""
    try:
        data = json.loads(_cache_file(key).read_text(encoding="utf-8"))
        return valid_matches(data["matches"]) if data.get("key") == key else None
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def write_cache(key: str, matches: list[dict]) -> None:
    path = _cache_file(key)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        entry = json.dumps({"key": key, "matches": matches}, ensure_ascii=False)
        temporary.write_text(entry, encoding="utf-8")
        os.replace(temporary, path)
    except OSError:
        pass  # an unwritable cache only costs speed


def cached_check(client: Client, payload: dict[str, str], settings: GrammarSettings) -> list[dict]:
    key = cache_key(client.identity(), payload, settings)
    matches = read_cache(key)
    if matches is None:
        matches = client.check(payload)
        write_cache(key, matches)
    return matches


def valid_matches(matches: Any) -> list[dict]:
    """The parts of LanguageTool's matches copydesk uses, checked; ValueError if they are not there."""
    if not isinstance(matches, list):
        raise ValueError("'matches' is not a list")
    kept = []
    for match in matches:
        try:
            rule = match["rule"]
            offset, length, rule_id = match["offset"], match["length"], rule["id"]
            category = rule["category"]["id"]
        except (KeyError, TypeError) as exc:
            raise ValueError(f"a match lacks {exc}") from None
        if not (isinstance(offset, int) and isinstance(length, int) and offset >= 0 and length >= 0
                and isinstance(rule_id, str) and isinstance(category, str)):
            raise ValueError("a match has a bad offset, length, rule or category")
        replacements = [{"value": r["value"]} for r in match.get("replacements") or []
                        if isinstance(r, dict) and isinstance(r.get("value"), str)][:5]
        kept.append({"offset": offset, "length": length, "message": str(match.get("message") or ""),
                     "replacements": replacements,
                     "rule": {"id": rule_id, "description": str(rule.get("description") or ""),
                              "issueType": str(rule.get("issueType") or ""), "category": {"id": category}}})
    return kept


# ---------------------------------------------------------------------------------------------
# House words and proper nouns, shared by LanguageTool's spelling matches and the offline speller


@dataclass(frozen=True)
class HouseWords:
    """Words never reported as misspellings: the configuration's ``words`` and ``wordlist``."""

    words: frozenset[str]  # lower-cased

    def accepts(self, word: str) -> bool:
        return word.lower().replace("’", "'") in self.words

    def misspelling(self, document: Document, unit: TextUnit, start: int, text: str) -> bool:
        """Whether an unknown word at ``unit.text[start:]`` is worth reporting: no house word, no name."""
        from copydesk.speller import is_proper_noun

        return not self.accepts(text) and not is_proper_noun(document, unit, start, text)


@lru_cache(maxsize=16)
def house_words(settings: GrammarSettings) -> HouseWords:
    words = set(settings.words)
    if settings.wordlist:
        # Checked when the configuration was read; if it is gone since, the listed words only.
        with contextlib.suppress(OSError, UnicodeDecodeError):
            words.update(read_wordlist(settings.wordlist))
    return HouseWords(frozenset(w.lower().replace("’", "'") for w in words if w.strip()))


def read_wordlist(path: str) -> list[str]:
    """A house word list: one word a line; blank lines and ``#`` comments are skipped."""
    lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    return [word for line in lines if (word := line.split("#", 1)[0].strip())]
