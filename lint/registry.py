"""Rules: how they are declared (``@rule``), what they receive (``Context``) and how packs load."""

from __future__ import annotations

import enum
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from copydesk.model import Diagnostic, Fix, Severity, Span

if TYPE_CHECKING:
    from copydesk.config import Config
    from copydesk.document import Document, TextUnit

ENTRY_POINT_GROUP = "copydesk.rules"
BUILTIN_PACK = "copydesk"
FAMILIES = {
    "PH": "placeholders",
    "BP": "boilerplate and extraction leftovers",
    "DU": "duplication",
    "SC": "sourcing",
    "RD": "readability",
    "TY": "typography",
    "TM": "time and dates",
    "CN": "consistency",
    "AI": "chatbot and LLM leftovers",
    "GR": "grammar and spelling",
    "MD": "metadata and directives",
}
CODE_PATTERN = re.compile(r"^[A-Z]{2,4}[0-9]{3}$")
NAME_PATTERN = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")


def shorten(text: str, limit: int = 60) -> str:
    """``text`` on one line, cut with an ellipsis to ``limit`` characters: for quoting it in a message."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def did_you_mean(key: str, choices: Iterable[str]) -> str:
    """" (did you mean 'x'?)" for the closest of ``choices`` to a misspelt ``key``, or ""."""
    import difflib  # only on the way to an error message

    close = difflib.get_close_matches(key, list(choices), n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


def family_of(code: str) -> str:
    """The family prefix of a rule code: "PH" for "PH001"; a prefix is its own family."""
    return code.rstrip("0123456789")


class RegistryError(Exception):
    """A rule or pack that cannot be loaded; the message names the culprits."""


class Scope(enum.Enum):
    """Which units a rule's check receives."""

    TEXT = "text"            # every prose block: headline, headings, paragraphs, list items, quotes, cells
    HEADING = "heading"      # the headline and headings
    PARAGRAPH = "paragraph"  # paragraphs and block-quote paragraphs
    SENTENCE = "sentence"    # each sentence of paragraphs, list items, quotes and cells
    DOCUMENT = "document"    # the whole Document, once


@dataclass(frozen=True)
class Options:
    """Base class of a rule's options; subclasses are frozen dataclasses with defaults."""


OptionsT = TypeVar("OptionsT", bound=Options)


@dataclass
class Context(Generic[OptionsT]):
    """What a rule's check gets besides its unit: options, the document, the file's configuration, and
    ``report``."""

    rule: Rule
    options: OptionsT
    document: Document
    severity: Severity
    diagnostics: list[Diagnostic] = field(default_factory=list)
    config: Config | None = None

    def report(self, span: Span, message: str, fix: Fix | None = None) -> Diagnostic:
        return Diagnostic(self.rule.code, self.rule.name, message, span, self.severity, fix)


CheckFn = Callable[..., Iterable[Diagnostic]]


@dataclass(frozen=True, eq=False)
class Rule:
    """A rule as declared by ``@rule`` or read from a data rule file."""

    code: str
    name: str
    check: CheckFn
    scope: Scope
    severity: Severity
    options: type[Options]
    doc: str
    aliases: tuple[str, ...] = ()
    status: str = "stable"           # stable | preview | deprecated
    default_enabled: bool = True     # False: runs only when selected by exact code or name
    module: str = ""                 # the Python module, or the file a data rule was read from
    pack: str = BUILTIN_PACK
    digest: str = ""                 # a data rule: the SHA-256 of its file, so caches see edits
    # Work the rule can start before the first document, given that file's Config: the runner does
    # it in a background thread while it reads and parses. Only work that leaves Python's lock
    # (a C library loading its data, I/O) gains from it.
    prepare: Callable[[Any], None] | None = None

    @property
    def summary(self) -> str:
        from copydesk.ruledoc import parse_doc

        return parse_doc(self.doc).summary.rstrip(".")

    @property
    def family(self) -> str:
        return family_of(self.code)

    def run(self, document: Document, ctx: Context) -> Iterator[Diagnostic]:
        if self.scope is Scope.DOCUMENT:
            yield from self.check(document, ctx)
            return
        for unit in units(document, self.scope):
            yield from self.check(unit, ctx)


def units(document: Document, scope: Scope) -> Iterator[TextUnit]:
    """The units of ``document`` that a rule of ``scope`` receives (not for ``Scope.DOCUMENT``)."""
    from copydesk.document import HEADING_KINDS, PARAGRAPH_KINDS

    if scope is Scope.SENTENCE:
        yield from document.sentences()
        return
    for block in document.blocks:
        if scope is Scope.TEXT or (scope is Scope.HEADING and block.kind in HEADING_KINDS) or (
                scope is Scope.PARAGRAPH and block.kind in PARAGRAPH_KINDS):
            yield block.unit


def rule(*, code: str, name: str, scope: Scope = Scope.TEXT, severity: str = "warning",
         options: type[Options] = Options, aliases: tuple[str, ...] = (), status: str = "stable",
         default_enabled: bool = True, prepare: Callable[[Any], None] | None = None,
         ) -> Callable[[CheckFn], Rule]:
    """Declare a rule. Its documentation is the docstring of the module that defines it."""

    def decorate(check: CheckFn) -> Rule:
        module = sys.modules.get(check.__module__)
        return Rule(code=code, name=name, check=check, scope=scope, severity=Severity.parse(severity),
                    options=options, doc=(module.__doc__ if module else check.__doc__) or "",
                    aliases=tuple(aliases), status=status, default_enabled=default_enabled,
                    module=check.__module__, prepare=prepare)

    return decorate


class Registry:
    """Every loaded rule, found by code, name or alias."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        self.rules: list[Rule] = []
        self._by_key: dict[str, Rule] = {}
        for item in rules:
            self.add(item)
        self.rules.sort(key=lambda r: r.code)

    def add(self, item: Rule) -> None:
        if not CODE_PATTERN.match(item.code):
            raise RegistryError(f"rule {item.name!r} from {item.pack!r}: code {item.code!r} must be 2-4 "
                                "capital letters and 3 digits, like PH001")
        if not NAME_PATTERN.match(item.name):
            raise RegistryError(f"rule {item.code} from {item.pack!r}: name {item.name!r} must be kebab-case")
        family_is_builtin = item.family in FAMILIES
        if family_is_builtin != (item.pack == BUILTIN_PACK):
            families = ", ".join(FAMILIES)
            problem = (f"the prefix {item.family} belongs to copydesk's built-in rules; choose another"
                       if family_is_builtin else f"unknown built-in family; families are {families}")
            raise RegistryError(f"rule {item.code} ({item.name}) from {item.pack!r}: {problem}")
        for key in (item.code, item.name, *item.aliases):
            other = self._by_key.get(key.lower())
            if other is not None:
                raise RegistryError(f"duplicate rule {key!r}: {other.code} ({other.name}) from "
                                    f"{other.pack!r} and {item.code} ({item.name}) from {item.pack!r}")
            self._by_key[key.lower()] = item
        self.rules.append(item)

    def get(self, key: str) -> Rule | None:
        return self._by_key.get(key.lower())

    @property
    def data_fingerprint(self) -> str:
        """A digest of every data rule's file: changes when any rule file is edited, added or removed."""
        import hashlib

        digest = hashlib.sha256()
        for item in self.rules:
            if item.digest:
                digest.update(f"{item.code} {item.digest}\n".encode())
        return digest.hexdigest()

    def match(self, selector: str) -> list[Rule] | None:
        """Rules a selector names: ``ALL``, a code, a code prefix, a name or alias; None if nothing."""
        found = self.get(selector)
        if found:
            return [found]
        if selector.upper() == "ALL":
            return list(self.rules)
        prefix = selector.upper()
        if re.fullmatch(r"[A-Z]{1,4}[0-9]{0,3}", prefix):
            matched = [r for r in self.rules if r.code.startswith(prefix)]
            return matched or None
        return None


def _load_pack(name: str, loader: Callable[[], Iterable[Rule]], pack: str) -> list[Rule]:
    try:
        rules = list(loader())
    except Exception as exc:  # a broken third-party pack must not hide the others' names
        raise RegistryError(f"rule pack {name!r} from {pack!r} failed to load: {exc}") from exc
    loaded = []
    for item in rules:
        if not isinstance(item, Rule):
            raise RegistryError(f"rule pack {name!r} from {pack!r} returned {item!r}, not a Rule")
        loaded.append(item if item.pack == pack else _with_pack(item, pack))
    return loaded


def _with_pack(item: Rule, pack: str) -> Rule:
    from dataclasses import replace

    return replace(item, pack=pack)


@lru_cache(maxsize=1)
def load_registry() -> Registry:
    """The built-in rules plus every pack registered under the ``copydesk.rules`` entry point."""
    from copydesk.entrypoints import entry_points

    rules: list[Rule] = []
    builtin_seen = False
    for ep in entry_points(ENTRY_POINT_GROUP):
        pack = ep.dist_name or ep.name
        if pack == BUILTIN_PACK:
            if builtin_seen:  # the same distribution visible twice on sys.path
                continue
            builtin_seen = True
        try:
            loader = ep.load()
        except Exception as exc:
            raise RegistryError(f"rule pack {ep.name!r} from {pack!r} failed to import: {exc}") from exc
        rules.extend(_load_pack(ep.name, loader, pack))
    if not builtin_seen:  # running from a tree whose metadata lacks the entry point
        from copydesk.rules import get_rules

        rules.extend(_load_pack("builtin", get_rules, BUILTIN_PACK))
    return Registry(rules)


def option_fields(options: type[Options]) -> dict[str, Any]:
    """Option name → its type annotation (resolved)."""
    import dataclasses
    import typing

    hints = typing.get_type_hints(options)
    return {f.name: hints.get(f.name, Any) for f in dataclasses.fields(options)}
