"""Declarative rules: one TOML file per rule, compiled into the same ``Rule`` that ``@rule`` makes.

Four kinds, as in Vale's ``extends:`` and proselint's check types: ``existence`` flags phrases,
``substitution`` swaps them for the house form, ``occurrence`` allows phrases at most ``max`` times
in an article, and ``consistency`` allows either of two spellings but not both. Entries are literal
phrases, matched as whole words with any run of whitespace between their words. ``regex = true``
makes them RE2 regular expressions: RE2 runs in time linear in the text, so a rule written by a
user cannot hang a run on catastrophic backtracking, and patterns it cannot promise that for
(backreferences, lookaround) are load errors.

Built-in data rules ship as package data beside the Python rules of their family; a project's own
folders load only when its configuration names them in ``rule-paths``.
"""

from __future__ import annotations

import hashlib
import os
import re
import string
import sys
import textwrap
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePath
from typing import Any, NamedTuple

from copydesk import rx
from copydesk.model import Diagnostic, Edit, Fix, Severity
from copydesk.registry import (
    CODE_PATTERN,
    FAMILIES,
    NAME_PATTERN,
    Context,
    Options,
    Registry,
    RegistryError,
    Rule,
    Scope,
    did_you_mean,
    family_of,
    units,
)

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

# Keys each kind takes besides the common ones, and those it cannot do without.
KIND_KEYS = {
    "existence": ("tokens", "exceptions"),
    "substitution": ("swap", "exceptions"),
    "occurrence": ("tokens", "max", "exceptions"),
    "consistency": ("either",),
}
_REQUIRED = {"existence": ("tokens",), "substitution": ("swap",), "occurrence": ("tokens", "max"),
             "consistency": ("either",)}
COMMON_KEYS = ("code", "name", "kind", "summary", "why", "message", "severity", "scope", "ignore_case",
               "regex", "skip_quotes", "default_enabled", "aliases", "examples")
# The {placeholders} a message may use, per kind.
PLACEHOLDERS = {
    "existence": ("match",),
    "substitution": ("match", "replacement"),
    "occurrence": ("match", "count", "max"),
    "consistency": ("match", "other"),
}
EXAMPLE_KEYS = ("bad", "good", "expect", "fixed")
_SCOPES = {"text": Scope.TEXT, "heading": Scope.HEADING, "paragraph": Scope.PARAGRAPH,
           "sentence": Scope.SENTENCE}
_COUNTING = ("occurrence", "consistency")  # kinds that judge the whole article, not one unit
_ENTRY_KEY = {"existence": "tokens", "substitution": "swap", "occurrence": "tokens", "consistency": "either"}


class RuleFileError(Exception):
    """A rule file that cannot be loaded; the message names the file and the key."""


class Example(NamedTuple):
    bad: str | None = None
    good: str | None = None
    expect: tuple[str, ...] | None = None  # the flagged text of each finding in ``bad``, in order
    fixed: str | None = None               # ``bad`` after its safe fixes


class RuleSpec(NamedTuple):
    """A rule file's settings, checked: everything the kind's check needs."""

    where: str                       # the file, as error messages name it
    kind: str
    message: str
    units: Scope                     # which units are searched
    ignore_case: bool
    regex: bool
    skip_quotes: bool
    entries: tuple[tuple[str, str], ...]  # (phrase, replacement) or (one form, the other form)
    exceptions: tuple[str, ...]
    max: int
    examples: tuple[Example, ...]


# ---------------------------------------------------------------------------------------------
# Matching


class _Matcher:
    """Whole-word matches of a list of phrases (or RE2 patterns): ``(start, end, index)``."""

    def __init__(self, phrases: Iterable[str], *, regex: bool, ignore_case: bool, where: str,
                 key: str) -> None:
        phrases = list(phrases)
        self.regex = regex
        if regex:
            self._pattern = _compile_re2(phrases, ignore_case, where, key)
        else:
            self._pattern = rx.compile(_literals(phrases), re.IGNORECASE if ignore_case else 0)
        self._groups = [self._pattern.groupindex[f"_{i}"] for i in range(len(phrases))]

    def find(self, text: str) -> Iterator[tuple[int, int, int]]:
        # One pass (finditer): a regex match that starts or ends inside a word is dropped, not
        # retried one character on, which could make the search quadratic in the text.
        for match in self._pattern.finditer(text):
            start, end = match.span()
            if start == end or (self.regex and not _whole_words(text, start, end)):
                continue
            yield start, end, next(i for i, group in enumerate(self._groups) if match.start(group) != -1)


_WORD = re.compile(r"\w+")


class _Probe(NamedTuple):
    """What any literal match of a rule's phrases leaves in a document's lower-cased prose: all the
    words of one phrase among its words, and the phrase itself (any whitespace between its words).
    A document where either is missing has no match."""

    words: tuple[frozenset[str], ...]  # each phrase's lower-case words (runs of \w)
    pattern: re.Pattern

    def may_match(self, document) -> bool:
        if not document.lowers_like_re:
            return True  # lower-casing would hide a match; search the units
        found = document.prose_words
        return any(words <= found for words in self.words) and (
            self.pattern.search(document.lowered_prose) is not None)


def _probe(phrases: list[str], *, regex: bool) -> _Probe | None:
    """The probe of literal ``phrases``; None for regexes, and for phrases outside ASCII, whose case
    folding lower() does not mirror."""
    if regex or not all(phrase.isascii() for phrase in phrases):
        return None
    return _Probe(tuple(frozenset(_WORD.findall(phrase.lower())) for phrase in phrases),
                  rx.compile("|".join(r"\s+".join(re.escape(word) for word in phrase.lower().split())
                                      for phrase in phrases)))


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _literals(phrases: list[str]) -> str:
    """One pattern finding any of ``phrases`` as whole words, any whitespace between their words.

    Entry ``i`` is the group ``_i``. Phrases are grouped by whether they begin and end with a word
    character, so that each group needs the word-boundary lookarounds once (a lookaround per
    phrase makes compiling three times slower), and listed longest first, so that "per cent" wins
    over "per" at the same place.
    """
    groups: dict[tuple[bool, bool], list[str]] = {}
    for i in sorted(range(len(phrases)), key=lambda i: -len(phrases[i])):
        body = r"\s+".join(re.escape(word) for word in phrases[i].split())
        groups.setdefault((_is_word(phrases[i][0]), _is_word(phrases[i][-1])), []).append(f"(?P<_{i}>{body})")
    return "|".join((r"(?<!\w)" if starts else "") + f"(?:{'|'.join(members)})" + (r"(?!\w)" if ends else "")
                    for (starts, ends), members in groups.items())


def _whole_words(text: str, start: int, end: int) -> bool:
    """A match must not begin or end inside a word."""
    if start > 0 and _is_word(text[start]) and _is_word(text[start - 1]):
        return False
    return not (end < len(text) and _is_word(text[end - 1]) and _is_word(text[end]))


def _compile_re2(patterns: list[str], ignore_case: bool, where: str, key: str) -> Any:
    import re2  # only rules with regex = true pay for the import

    options = re2.Options()
    options.log_errors = False  # RE2 would print its own error lines to stderr
    options.case_sensitive = not ignore_case
    for i, pattern in enumerate(patterns):
        try:
            compiled = re2.compile(pattern, options)
        except re2.error as exc:
            reason = exc.args[0].decode() if exc.args and isinstance(exc.args[0], bytes) else str(exc)
            raise RuleFileError(f"{where}: {key}[{i}]: RE2 cannot compile {pattern!r}: {reason} "
                                "(RE2 has no backreferences or lookaround)") from None
        if compiled.search("") is not None:
            raise RuleFileError(f"{where}: {key}[{i}]: {pattern!r} matches empty text")
    return re2.compile("|".join(f"(?P<_{i}>{p})" for i, p in enumerate(patterns)), options)


def preserve_case(matched: str, phrase: str, replacement: str) -> str | None:
    """``replacement`` in the case ``matched`` was written in, or None when that is unclear.

    "Zelenskiy" → "Zelensky", "ZELENSKIY" → "ZELENSKY", "Per cent" → "Percent" (for a phrase
    written "per cent"), "zelenskiy" → "zelensky"; "ZeLenskiy" has no clear case.
    """
    matched = " ".join(matched.split())
    if matched == phrase:
        return replacement
    if matched.isupper():
        return replacement.upper()
    if matched.islower():
        return replacement.lower()
    if matched[0].isupper() and matched[1:] == phrase[1:] and replacement:
        return replacement[0].upper() + replacement[1:]
    return None


# ---------------------------------------------------------------------------------------------
# Checking


_ARTICLE_BEFORE = re.compile(r"(?<!\w)an?\s+$", re.IGNORECASE)


def _vowel(word: str) -> bool:
    return word[:1].lower() in "aeiou"


class DataCheck:
    """The check function of a data rule: the spec's kind applied to a unit or a document."""

    def __init__(self, spec: RuleSpec) -> None:
        self.spec = spec
        self._matcher = _Matcher(_phrases(spec.kind, spec.entries), regex=spec.regex,
                                 ignore_case=spec.ignore_case, where=spec.where, key=_ENTRY_KEY[spec.kind])
        self._exceptions = _Matcher(spec.exceptions, regex=spec.regex, ignore_case=spec.ignore_case,
                                    where=spec.where, key="exceptions") if spec.exceptions else None
        self._probe = _probe(_phrases(spec.kind, spec.entries), regex=spec.regex)

    def __call__(self, target: Any, ctx: Context) -> Iterator[Diagnostic]:
        # Every unit's text is part of the document's prose: one look at the prose can tell that no
        # unit holds a phrase, instead of a case-insensitive search of each unit.
        if self._probe is not None and not ctx.document.derived(self._probe.may_match):
            return iter(())
        kind = self.spec.kind
        if kind == "occurrence":
            return self._occurrence(target, ctx)
        if kind == "consistency":
            return self._consistency(target, ctx)
        return self._per_unit(target, ctx)

    def found(self, unit) -> Iterator[tuple[int, int, int]]:
        """Matches in one unit, less those inside an exception (and inside quotations, if asked)."""
        text = unit.text
        excepted = [(s, e) for s, e, _ in self._exceptions.find(text)] if self._exceptions else []
        quoted = None
        for start, end, index in self._matcher.find(text):
            if any(s < end and start < e for s, e in excepted):
                continue
            if self.spec.skip_quotes:
                if quoted is None:
                    from copydesk.quotes import quotations

                    quoted = quotations(text)
                if start in quoted:
                    continue
            yield start, end, index

    def _message(self, **values: Any) -> str:
        return self.spec.message.format(**values)

    def _per_unit(self, unit, ctx: Context) -> Iterator[Diagnostic]:
        for start, end, index in self.found(unit):
            matched = unit.text[start:end]
            span = unit.source_span(start, end)
            if self.spec.kind == "existence":
                yield ctx.report(span, self._message(match=matched))
                continue
            phrase, replacement = self.spec.entries[index]
            fix, written = self._swap(ctx, span, matched, phrase, replacement, safe=True)
            yield ctx.report(span, self._message(match=matched, replacement=written), fix)

    def _swap(self, ctx: Context, span, matched: str, phrase: str, replacement: str,
              *, safe: bool) -> tuple[Fix | None, str]:
        """The fix writing ``replacement`` over ``matched``, and the replacement as written.

        Only a literal swap gets a fix. It is safe (when ``safe``) if the case carries over and the
        source holds exactly the matched text: no markup inside the phrase would be lost.
        """
        if self.spec.regex:
            return None, replacement
        cased = preserve_case(matched, phrase, replacement)
        written = cased or replacement
        exact = ctx.document.text[span.start:span.end].split() == matched.split()  # no markup inside
        # "an armed gunman" → "an gunman": the article may have to change, which is the editor's call.
        article = _vowel(written) != _vowel(matched) and _ARTICLE_BEFORE.search(
            ctx.document.text[max(span.start - 12, 0):span.start]) is not None
        safe = safe and cased is not None and exact and not article
        return Fix(f"write '{written}'", (Edit(span, written),), safe=safe), written

    def _document_matches(self, document) -> list[tuple[Any, int, int, int]]:
        return [(unit, start, end, index) for unit in units(document, self.spec.units)
                for start, end, index in self.found(unit)]

    def _occurrence(self, document, ctx: Context) -> Iterator[Diagnostic]:
        found = self._document_matches(document)
        limit = self.spec.max
        for unit, start, end, _ in found[limit:]:
            yield ctx.report(unit.source_span(start, end),
                             self._message(match=unit.text[start:end], count=len(found), max=limit))

    def _consistency(self, document, ctx: Context) -> Iterator[Diagnostic]:
        found = self._document_matches(document)
        for pair, forms in enumerate(self.spec.entries):
            uses = {side: [m for m in found if m[3] == 2 * pair + side] for side in (0, 1)}
            if not uses[0] or not uses[1]:
                continue
            # The form used more wins; on a tie, the one used first.
            kept = max((0, 1), key=lambda side: (len(uses[side]), -found.index(uses[side][0])))
            for unit, start, end, _ in uses[1 - kept]:
                matched = unit.text[start:end]
                span = unit.source_span(start, end)
                fix, _ = self._swap(ctx, span, matched, forms[1 - kept], forms[kept], safe=False)
                yield ctx.report(span, self._message(match=matched, other=forms[kept]), fix)


# ---------------------------------------------------------------------------------------------
# Loading


def load_rule_file(path: PurePath, *, pack: str, where: str | None = None, prefix: str | None = None,
                   data: bytes | None = None) -> Rule:
    """Compile one rule file. ``prefix``: the code prefix its rules must use (a project's)."""
    where = where or str(path)
    if data is None:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise RuleFileError(f"{where}: cannot read: {exc.strerror or exc}") from None
    try:
        table = tomllib.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise RuleFileError(f"{where}: invalid TOML: {exc}") from None
    return compile_rule(table, where=where, stem=path.stem, pack=pack, prefix=prefix,
                        digest=hashlib.sha256(data).hexdigest())


def compile_rule(table: dict[str, Any], *, where: str, stem: str, pack: str, prefix: str | None = None,
                 digest: str = "") -> Rule:
    fields = _Fields(table, where)
    if "kind" not in table:
        raise RuleFileError(f"{where}: missing key 'kind' ({', '.join(KIND_KEYS)})")
    kind = fields.choice("kind", tuple(KIND_KEYS))
    allowed = (*COMMON_KEYS, *KIND_KEYS[kind])
    for key in table:
        if key not in allowed:
            other = next((k for k, keys in KIND_KEYS.items() if key in keys), None)
            hint = f" (a key of {other} rules)" if other else did_you_mean(key, allowed)
            raise RuleFileError(f"{where}: unknown key '{key}' for a {kind} rule{hint}")
    for key in ("code", "summary", "message", "examples", *_REQUIRED[kind]):
        if key not in table:
            raise RuleFileError(f"{where}: missing key '{key}'")

    code = fields.text("code")
    if not CODE_PATTERN.match(code):
        raise RuleFileError(f"{where}: code: {code!r} must be 2-4 capital letters and 3 digits, like HS001")
    if prefix is not None and family_of(code) != prefix:
        raise RuleFileError(f"{where}: code: {code!r} does not start with this folder's rule prefix "
                            f"{prefix!r}")
    name = fields.text("name", stem.replace("_", "-"))
    if not NAME_PATTERN.match(name):
        raise RuleFileError(f"{where}: name: {name!r} must be kebab-case, like house-spelling")
    ignore_case = fields.boolean("ignore_case", True)
    regex = fields.boolean("regex", False)

    entries: list[tuple[str, str]]
    if kind in ("existence", "occurrence"):
        entries = [(token, "") for token in fields.strings("tokens")]
    elif kind == "substitution":
        entries = list(fields.table("swap").items())
        for phrase, replacement in entries:
            if not replacement.strip():
                raise RuleFileError(f"{where}: swap: {phrase!r} has an empty replacement; "
                                    "an existence rule flags phrases to delete")
    else:
        entries = list(fields.table("either").items())
    exceptions = fields.strings("exceptions", required=False)
    _check_phrases(where, kind, entries, exceptions, ignore_case, regex)

    message = fields.text("message")
    _check_message(where, message, PLACEHOLDERS[kind])
    limit = fields.integer("max", 0) if kind == "occurrence" else 0
    if kind == "occurrence" and limit < 1:
        raise RuleFileError(f"{where}: max: must be 1 or more, not {limit} (an existence rule allows none)")
    spec = RuleSpec(where=where, kind=kind, message=message,
                    units=_SCOPES[fields.choice("scope", tuple(_SCOPES), "text")],
                    ignore_case=ignore_case, regex=regex, skip_quotes=fields.boolean("skip_quotes", False),
                    entries=tuple(entries), exceptions=tuple(exceptions), max=limit,
                    examples=_examples(table.get("examples"), where))
    try:
        severity = Severity.parse(fields.text("severity", "warning"))
    except ValueError:
        raise RuleFileError(f"{where}: severity: must be \"error\", \"warning\" or \"info\", "
                            f"not {table['severity']!r}") from None
    return Rule(code=code, name=name, check=DataCheck(spec),
                scope=Scope.DOCUMENT if kind in _COUNTING else spec.units, severity=severity,
                options=Options, doc=_doc(spec, fields.text("summary"), fields.text("why", "")),
                aliases=tuple(fields.strings("aliases", required=False)),
                default_enabled=fields.boolean("default_enabled", True), module=where, pack=pack,
                digest=digest)


class _Fields:
    """Typed access to a rule file's keys; a wrong type is an error naming the key."""

    def __init__(self, table: dict[str, Any], where: str) -> None:
        self.data = table
        self.where = where

    def _get(self, key: str, default: Any, kind: type | tuple[type, ...], noun: str) -> Any:
        value = self.data.get(key, default)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise RuleFileError(f"{self.where}: {key}: must be {noun}, not {type(value).__name__} {value!r}")
        return value

    def text(self, key: str, default: Any = None) -> str:
        value = self._get(key, default, str, "a string")
        if not value.strip() and key != "why":
            raise RuleFileError(f"{self.where}: {key}: must not be empty")
        return value.strip()

    def boolean(self, key: str, default: bool) -> bool:
        return self._get(key, default, bool, "true or false")

    def integer(self, key: str, default: int) -> int:
        return self._get(key, default, int, "a whole number")

    def choice(self, key: str, choices: tuple[str, ...], default: Any = None) -> str:
        value = self._get(key, default, str, "a string")
        if value not in choices:
            raise RuleFileError(f"{self.where}: {key}: {value!r} is not one of {', '.join(choices)}")
        return value

    def strings(self, key: str, *, required: bool = True) -> list[str]:
        value = self._get(key, [], list, "a list of strings")
        if not all(isinstance(v, str) and v.strip() for v in value):
            raise RuleFileError(f"{self.where}: {key}: must be a list of non-empty strings")
        if required and not value:
            raise RuleFileError(f"{self.where}: {key}: must not be empty")
        return [v.strip() for v in value]

    def table(self, key: str) -> dict[str, str]:
        value = self._get(key, {}, dict, "a table of \"phrase\" = \"phrase\"")
        if not value:
            raise RuleFileError(f"{self.where}: {key}: must not be empty")
        for phrase, other in value.items():
            if not isinstance(other, str) or not phrase.strip():
                raise RuleFileError(f"{self.where}: {key}: {phrase!r} must map to a string, "
                                    f"not {type(other).__name__} {other!r}")
        return {phrase.strip(): other.strip() for phrase, other in value.items()}


def _check_phrases(where: str, kind: str, entries: list[tuple[str, str]], exceptions: list[str],
                   ignore_case: bool, regex: bool) -> None:
    """No phrase twice (after folding case and spaces, unless regexes): a duplicate is an editing slip."""
    key = _ENTRY_KEY[kind]

    def norm(phrase: str) -> str:
        phrase = phrase if regex else " ".join(phrase.split())
        return phrase.lower() if ignore_case else phrase

    seen: dict[str, str] = {}
    phrases = [(key, phrase) for phrase in _phrases(kind, entries)]
    for label, phrase in [*phrases, *(("exceptions", e) for e in exceptions)]:
        if norm(phrase) in seen:
            raise RuleFileError(f"{where}: {label}: duplicate phrase {phrase!r} "
                                f"(also in {seen[norm(phrase)]})")
        seen[norm(phrase)] = label
    if not regex:
        for label, phrase in phrases:
            if kind == "substitution" and norm(phrase) == norm(dict(entries)[phrase]):
                raise RuleFileError(f"{where}: {label}: {phrase!r} is swapped for itself")


def _phrases(kind: str, entries: Iterable[tuple[str, str]]) -> list[str]:
    """The phrases a rule searches for: both forms of a consistency pair, the left side otherwise."""
    return [phrase for entry in entries for phrase in entry[:2 if kind == "consistency" else 1]]


def _check_message(where: str, message: str, allowed: tuple[str, ...]) -> None:
    try:
        parsed = list(string.Formatter().parse(message))
    except ValueError as exc:  # a lone brace
        raise RuleFileError(f"{where}: message: {exc} (write {{{{ and }}}} for braces)") from None
    for _, name, spec, conversion in parsed:
        if name is not None and (name not in allowed or spec or conversion):
            raise RuleFileError(f"{where}: message: unknown placeholder {{{name}}}; this kind offers "
                                + ", ".join(f"{{{a}}}" for a in allowed))


def _examples(value: Any, where: str) -> tuple[Example, ...]:
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise RuleFileError(f"{where}: examples: must be [[examples]] tables with bad and good texts")
    found = []
    for i, table in enumerate(value):
        label = f"{where}: examples[{i}]"
        for key, item in table.items():
            if key not in EXAMPLE_KEYS:
                raise RuleFileError(f"{label}: unknown key '{key}'{did_you_mean(key, EXAMPLE_KEYS)}")
            wanted = list if key == "expect" else str
            strings = key != "expect" or all(isinstance(x, str) for x in item)
            if not isinstance(item, wanted) or not strings:
                noun = "a list of strings" if key == "expect" else "a string"
                raise RuleFileError(f"{label}: {key}: must be {noun}")
        if "bad" not in table and "good" not in table:
            raise RuleFileError(f"{label}: needs a bad or a good text")
        for key in ("expect", "fixed"):
            if key in table and "bad" not in table:
                raise RuleFileError(f"{label}: {key}: describes the bad text, and there is none")
        expect = table.get("expect")
        found.append(Example(table.get("bad"), table.get("good"),
                             tuple(expect) if expect is not None else None, table.get("fixed")))
    for side in ("bad", "good"):
        if not any(getattr(example, side) is not None for example in found):
            raise RuleFileError(f"{where}: examples: needs at least one {side} text")
    return tuple(found)


def _doc(spec: RuleSpec, summary: str, why: str) -> str:
    """The rule's documentation in the shape of a Python rule's docstring, for rules and explain."""
    def indent(text: str) -> list[str]:
        return [f"    {line}" if line.strip() else "" for line in text.strip("\n").splitlines()]

    lines = [summary, ""]
    if why:
        lines += ["Why:", *indent(textwrap.fill(" ".join(why.split()), 96)), ""]
    for example in spec.examples:
        for side, text in (("Bad", example.bad), ("Good", example.good)):
            if text is not None:
                lines += [f"{side}:", *indent(text)]
        lines.append("")
    lines += ["Options:", "    (none)", "", "Notes:", *indent(_notes(spec))]
    return "\n".join(lines) + "\n"


def _notes(spec: RuleSpec) -> str:
    case = "ignoring case" if spec.ignore_case else "matching case"
    what = "RE2 regular expressions" if spec.regex else "whole words"
    unit = {Scope.TEXT: "every prose block", Scope.HEADING: "the headline and headings",
            Scope.PARAGRAPH: "paragraphs", Scope.SENTENCE: "sentences"}[spec.units]
    quote = ", leaving direct quotations alone" if spec.skip_quotes else ""
    if spec.kind == "substitution":
        fix = "no fix: a regex swap is only suggested" if spec.regex else (
            "the fix is safe when the case of the text carries over")
        listing = "; ".join(f"'{a}' → '{b}'" for a, b in spec.entries)
        head = f"A substitution rule ({fix})"
    elif spec.kind == "consistency":
        listing = "; ".join(f"'{a}' or '{b}'" for a, b in spec.entries)
        head = "A consistency rule: the form used more often in the article wins (on a tie, the first used)"
    elif spec.kind == "occurrence":
        listing = ", ".join(f"'{a}'" for a, _ in spec.entries)
        head = f"An occurrence rule: at most {spec.max} in an article, every one after that is reported"
    else:
        listing = ", ".join(f"'{a}'" for a, _ in spec.entries)
        head = "An existence rule"
    text = f"{head}, from {spec.where}: {what}, {case}, in {unit}{quote}. {listing}."
    if spec.exceptions:
        text += " Except: " + ", ".join(f"'{e}'" for e in spec.exceptions) + "."
    return textwrap.fill(text, 96, break_long_words=False, break_on_hyphens=False)


# ---------------------------------------------------------------------------------------------
# Examples


def example_failures(item: Rule) -> list[str]:
    """What is wrong with a data rule's own examples, run through the rule alone as plain text."""
    from copydesk.parse import parse
    from copydesk.source import Format, Source

    spec: RuleSpec = item.check.spec
    problems = []
    for i, example in enumerate(spec.examples):
        for side in ("bad", "good"):
            text = getattr(example, side)
            if text is None:
                continue
            source = Source(path="example.txt", text=text + "\n", format=Format.TEXT)
            document = parse(source)
            found = list(item.run(document, Context(rule=item, options=Options(), document=document,
                                                    severity=item.severity)))
            flagged = [source.text[d.span.start:d.span.end] for d in found]
            label = f"{spec.where}: examples[{i}]: {side}"
            if side == "good" and found:
                problems.append(f"{label}: {item.code} flags {', '.join(map(repr, flagged))}")
            elif side == "bad" and not found:
                problems.append(f"{label}: {item.code} flags nothing")
            elif side == "bad" and example.expect is not None and flagged != list(example.expect):
                problems.append(f"{label}: {item.code} flags {flagged}, expected {list(example.expect)}")
            elif side == "bad" and example.fixed is not None:
                from copydesk.fixes import apply_fixes

                fixed = apply_fixes(source.text, found)[0].removesuffix("\n")
                if fixed != example.fixed:
                    problems.append(f"{label}: the fixes give {fixed!r}, expected {example.fixed!r}")
    return problems


# ---------------------------------------------------------------------------------------------
# Project rule folders


class RuleFolder(NamedTuple):
    path: Path
    prefix: str
    label: str  # as messages and `copydesk rules` name it


_FOLDER_KEYS = {"path", "prefix"}


def rule_folders(value: Any, prefix: Any, base: Path, where: str) -> list[RuleFolder]:
    """The ``rule-paths`` entries of a configuration: folders (or files) with their code prefix."""
    if isinstance(value, (str, dict)):
        value = [value]
    if value is None or not isinstance(value, list):
        raise RuleFileError(f"{where}'rule-paths' must be a list of folders, "
                            f"not {type(value).__name__} {value!r}")
    if prefix is not None and not isinstance(prefix, str):
        raise RuleFileError(f"{where}'rule-prefix' must be a string like \"HS\", not {prefix!r}")
    folders = []
    for entry in value:
        if isinstance(entry, str):
            path, own = entry, prefix
        elif isinstance(entry, dict) and isinstance(entry.get("path"), str) and set(entry) <= _FOLDER_KEYS:
            path, own = entry["path"], entry.get("prefix", prefix)
        else:
            raise RuleFileError(f"{where}'rule-paths': {entry!r} must be a folder, or "
                                "{ path = \"folder\", prefix = \"HS\" }")
        if own is None:
            raise RuleFileError(f"{where}'rule-paths': {path!r} needs a code prefix: "
                                "set rule-prefix = \"HS\" (or { path = ..., prefix = ... })")
        if not isinstance(own, str) or not re.fullmatch(r"[A-Z]{2,4}", own):
            raise RuleFileError(f"{where}'rule-prefix': {own!r} must be 2-4 capital letters, like \"HS\"")
        if own in FAMILIES:
            raise RuleFileError(f"{where}'rule-prefix': {own!r} is copydesk's built-in "
                                f"{FAMILIES[own]} family; choose another")
        folders.append(RuleFolder(base / path, own, _display(base / path)))
    return folders


def _display(path: Path) -> str:
    """``path`` as messages show it: relative to the current folder when it lies below it."""
    try:
        return Path(os.path.abspath(path)).relative_to(Path.cwd()).as_posix()
    except ValueError:
        return path.as_posix()


def load_rule_folders(folders: list[RuleFolder], registry: Registry, where: str) -> Registry:
    """``registry`` plus the rules in ``folders``; each file's own examples must hold."""
    taken = {r.family: r.pack for r in registry.rules}
    loaded: list[Rule] = []
    for folder in folders:
        if folder.prefix in taken:
            raise RuleFileError(f"{where}'rule-prefix': {folder.prefix!r} is already used by the rules of "
                                f"{taken[folder.prefix]!r}; choose another")
        if folder.path.is_dir():
            files = sorted(folder.path.glob("*.toml"))
            if not files:
                raise RuleFileError(f"{where}'rule-paths': no *.toml rule files in {folder.label!r}")
        elif folder.path.is_file():
            files = [folder.path]
        else:
            raise RuleFileError(f"{where}'rule-paths': {folder.label!r} not found (paths are relative to "
                                "the configuration file)")
        for file in files:
            item = load_rule_file(file, pack=folder.label, prefix=folder.prefix, where=_display(file))
            problems = example_failures(item)
            if problems:
                raise RuleFileError(problems[0])
            loaded.append(item)
    files: dict[str, str] = {}
    for item in loaded:
        for key in (item.code, item.name, *item.aliases):
            if key.lower() in files:
                raise RuleFileError(f"{item.module}: duplicate rule {key!r}: also in {files[key.lower()]}")
            files[key.lower()] = item.module
    combined = Registry(registry.rules)
    for item in loaded:
        try:
            combined.add(item)
        except RegistryError as exc:
            raise RuleFileError(f"{item.module}: {exc}") from None
    combined.rules.sort(key=lambda r: r.code)
    return combined
