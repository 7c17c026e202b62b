"""TM: time and dates — weekdays that do not match their dates, and relative dates readers cannot resolve.

Shared here: finding written dates ("Monday, June 3, 2025", "3 June", "2025-06-03"), relative dates
("on Monday", "next week", "yesterday"), and the article's publication date: the document's
metadata (front matter, HTML metadata, a "Published …" line), else a dateline at the top of the
text ("June 3, 2025 (Reuters) -", "Monday, 16 June 2025"), else ``check --date``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from copydesk import BlockKind, Document, rx

# This family's rules, one module each, in code order.
RULES = (
    "weekday_date_mismatch",
    "future_tense_past_date",
    "relative_date",
    "undated_relative_date",
)

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = {name: number for number, names in enumerate(
    ("January Jan", "February Feb", "March Mar", "April Apr", "May", "June Jun", "July Jul",
     "August Aug", "September Sept Sep", "October Oct", "November Nov", "December Dec"), start=1)
    for name in names.split()}

_WEEKDAY = "|".join(WEEKDAYS)
# Capitalised month names only: "may" and "march" in lower case are a verb. An abbreviation may take a dot.
_FULL_MONTHS = [name for name in MONTHS if len(name) > 4 or name in ("May", "June", "July")]
_MONTH = (r"(?:" + "|".join(_FULL_MONTHS) + r"|(?:"
          + "|".join(sorted(set(MONTHS) - set(_FULL_MONTHS), key=lambda m: (-len(m), m))) + r")\b\.?)")
_ORDINAL = r"(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d{2})(?!\d|,\d))?"
_LEAD = rf"(?:(?P<weekday>{_WEEKDAY})(?:,\s*|\s+)(?:the\s+)?)?"
_DATE = rx.compile(
    rf"\b{_LEAD}(?:"
    rf"(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}}){_ORDINAL}(?![\d:])(?!\s*(?:%|per\s?cent|-\d))"
    rf"|(?P<day2>\d{{1,2}}){_ORDINAL}\s+(?:of\s+)?(?P<month2>{_MONTH})\b"
    rf"){_YEAR}"
    rf"|\b(?P<iso>(?P<iy>(?:19|20)\d{{2}})-(?P<im>[01]\d)-(?P<id>[0-3]\d))\b")
_MONTH_YEAR = rx.compile(rf"\b(?P<month>{_MONTH}),?\s+(?P<year>(?:19|20)\d{{2}})\b")
# Every written date holds one of these: the first three letters of a month name or abbreviation,
# or the hyphen and month number of an ISO date.
_DATE_HINT = rx.compile("|".join(sorted({name[:3] for name in MONTHS})) + r"|\d-[01]\d")
# Month names are whole words, so they are among a document's prose words, where "may" and "march"
# are mostly verbs: those two are looked for capitalised. An ISO date's hyphen is found fast.
_MONTH_WORDS = frozenset(name.lower() for name in MONTHS) - {"may", "march"}
_ISO_HINT = rx.compile(r"-(?<=\d-)[01]\d")


@dataclass(frozen=True)
class DateMention:
    """A written date: ``start:end`` in the unit's text, the weekday it names, and the date."""

    start: int
    end: int
    text: str
    weekday: int | None      # 0 = Monday, as ``date.weekday()``
    month: int
    day: int
    year: int | None         # as written; None when the text gives no year

    def resolve(self, published: dt.date | None) -> dt.date | None:
        """The date itself: its own year, else the year that puts it nearest the publication date."""
        if self.year is not None:
            return _date(self.year, self.month, self.day)
        if published is None:
            return None
        candidates = [d for year in (published.year - 1, published.year, published.year + 1)
                      if (d := _date(year, self.month, self.day)) is not None]
        return min(candidates, key=lambda d: abs((d - published).days), default=None)


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# A weekday before a written date: "…day", its separator and the month's capital or the day's digit.
_WEEKDAY_DATE_HINT = rx.compile(r"day(?:,\s*|\s+)(?:the\s+)?(?:[A-Z]|\d)")


def may_name_weekday_dates(document: Document) -> bool:
    """False when no written date in the document's prose names its weekday."""
    return document.derived(_may_name_weekday_dates)


def _may_name_weekday_dates(document: Document) -> bool:
    return _WEEKDAY_DATE_HINT.search(document.prose) is not None


def document_may_name_dates(document: Document) -> bool:
    """False when no written date stands anywhere in the document's prose."""
    return document.derived(_document_may_name_dates)


def _document_may_name_dates(document: Document) -> bool:
    prose = document.prose
    return (not document.prose_words.isdisjoint(_MONTH_WORDS) or "May" in prose or "March" in prose
            or _ISO_HINT.search(prose) is not None)


def may_name_dates(text: str) -> bool:
    """False when ``text`` can hold no written date: it names no month and has no ISO date."""
    return _DATE_HINT.search(text) is not None


@lru_cache(maxsize=2048)  # the same paragraphs and sentences are read by every rule of the family
def date_mentions(text: str) -> tuple[DateMention, ...]:
    if not may_name_dates(text):
        return ()
    return tuple(_date_mentions(text))


def _date_mentions(text: str) -> Iterator[DateMention]:
    for match in _DATE.finditer(text):
        weekday = WEEKDAYS.index(match["weekday"]) if match["weekday"] else None
        if match["iso"]:
            yield DateMention(match.start(), match.end(), match[0], None, int(match["im"]), int(match["id"]),
                              int(match["iy"]))
            continue
        month = MONTHS[(match["month"] or match["month2"]).rstrip(".")]
        day = int(match["day"] or match["day2"])
        if not 1 <= day <= 31:
            continue
        year = int(match["year"]) if match["year"] else None
        yield DateMention(match.start(), match.end(), match[0], weekday, month, day, year)


def month_mentions(text: str) -> Iterator[tuple[int, int, str, int, int]]:
    """"March 2024" style mentions: (start, end, text, year, month)."""
    if not may_name_dates(text):
        return
    for match in _MONTH_YEAR.finditer(text):
        yield match.start(), match.end(), match[0], int(match["year"]), MONTHS[match["month"].rstrip(".")]


# --- relative dates -----------------------------------------------------------------------------------

# A weekday counts as relative after a word that makes it a day of this week or a neighbouring one;
# "Sunday Times", "Good Friday" or "Super Tuesday" have none of them before the weekday.
_WEEKDAY_LEAD = r"(?i:on|last|next|this|coming|by|until|till|from|since|before|after|early|late)"
_RELATIVE = rx.compile(
    rf"\b(?P<lead>{_WEEKDAY_LEAD})\s+(?P<weekday>{_WEEKDAY})\b(?!\s+[A-Z][a-z])"
    r"|\b(?P<word>[Yy]esterday|[Tt]omorrow)\b(?!['’]s)"
    r"|\b(?P<which>(?i:last|next|this|earlier this|later this))\s+(?P<period>week|month)\b(?!['’]s)"
    r"|\b(?P<night>[Ll]ast night)\b")


@dataclass(frozen=True)
class RelativeDate:
    """A relative date in a text unit ("on Friday", "last week")."""

    start: int
    end: int
    text: str
    kind: str                # "weekday" | "day" | "week" | "month"
    lead: str                # "on", "last", "next", "this", … (lower case) or the word itself
    weekday: int | None = None

    def resolve(self, published: dt.date, future: bool) -> tuple[dt.date, dt.date]:
        """The first and last day meant, counting from the publication date."""
        if self.kind == "day":
            offset = {"yesterday": -1, "last night": -1, "tomorrow": 1}[self.lead]
            day = published + dt.timedelta(days=offset)
            return day, day
        if self.kind == "weekday":
            assert self.weekday is not None
            ahead = (self.weekday - published.weekday()) % 7  # 0..6 days ahead
            if self.lead in ("next", "coming", "last", "since"):
                forward = self.lead in ("next", "coming")
            else:
                forward = future
            if forward:
                days = ahead or (7 if self.lead in ("next", "coming") else 0)
            else:
                days = ahead - 7 if ahead else (-7 if self.lead == "last" else 0)
            day = published + dt.timedelta(days=days)
            return day, day
        step = {"last": -1, "next": 1}.get(self.lead, 0)
        if self.kind == "week":
            monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=step)
            return monday, monday + dt.timedelta(days=6)
        month = published.month + step
        year = published.year + (month - 1) // 12
        month = (month - 1) % 12 + 1
        first = dt.date(year, month, 1)
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        return first, following - dt.timedelta(days=1)


@lru_cache(maxsize=2048)  # read by both TM003 and TM004, sentence by sentence
def relative_dates(text: str) -> tuple[RelativeDate, ...]:
    if not may_hold_relative_dates(text):
        return ()
    return tuple(_relative_dates(text))


def may_hold_relative_dates(text: str) -> bool:
    """False when ``text`` holds none of the words every relative date has (weekdays and "yesterday"
    end in "day"); then neither does any part of it."""
    return "day" in text or "omorrow" in text or "week" in text or "month" in text or "night" in text


def _relative_dates(text: str) -> Iterator[RelativeDate]:
    for match in _RELATIVE.finditer(text):
        if any(m.start < match.end() + 2 and match.start() < m.end for m in date_mentions(text)):
            continue  # "on Monday, June 3": a written date, not a relative one
        if match["weekday"]:
            yield RelativeDate(match.start(), match.end(), match[0], "weekday", match["lead"].lower(),
                               WEEKDAYS.index(match["weekday"]))
        elif match["word"] or match["night"]:
            word = (match["word"] or match["night"]).lower()
            yield RelativeDate(match.start(), match.end(), match[0], "day", word)
        else:
            which = match["which"].lower().split()[-1]
            yield RelativeDate(match.start(), match.end(), match[0], match["period"], which)


# --- the publication date -------------------------------------------------------------------------

_DATELINE_PREFIX = rx.compile(r"^(?:(?:published|updated|posted|date)\b:?\s*(?:on\s+)?)?", re.IGNORECASE)
# "LONDON, June 3 (Reuters) -" and "June 3, 2025 —": a date at the very start of the first paragraph.
_DATELINE_LEAD = rx.compile(r"^(?:[A-Z][A-Za-z .'-]{1,40},\s+)?$")
TOP_BLOCKS = 6


@dataclass(frozen=True)
class Published:
    """The publication date when known, and whether the reader sees a date at all."""

    date: dt.date | None
    dated: bool                # a dateline without a year still tells the reader when
    origin: str = ""


def publication(document: Document) -> Published:
    """When the article was published, and where that comes from; worked out once per document (the
    dateline search reads the top blocks, which in an article of one paragraph is all of it)."""
    return document.derived(_publication)


def _publication(document: Document) -> Published:
    meta = document.metadata
    if meta.date is not None and meta.origin.get("date") != "command-line":
        return Published(meta.date, True, meta.origin.get("date", "metadata"))
    line = dateline(document)
    if line is not None and line.year is not None:
        return Published(line.resolve(None), True, "dateline")
    if meta.date is not None:
        return Published(meta.date, True, "command-line")
    return Published(None, line is not None, "dateline" if line else "")


def dateline(document: Document) -> DateMention | None:
    """A date standing alone at the top ("Monday, 16 June 2025") or opening the first paragraph."""
    if not document_may_name_dates(document):
        return None
    for block in document.blocks[:TOP_BLOCKS]:
        text = block.unit.text
        lead = _DATELINE_PREFIX.match(text)
        rest = text[lead.end():] if lead else text
        for mention in date_mentions(rest):
            before, after = rest[:mention.start], rest[mention.end:]
            if not _DATELINE_LEAD.match(before):
                break
            if not after.strip(" .,|·•") or re.match(r"^\s*(?:\d{1,2}[:.]\d{2}|\(|[-–—]\s)", after):
                return mention
            break
        if block.kind is BlockKind.PARAGRAPH and len(text.split()) > 20:
            break  # the body has begun
    return None
