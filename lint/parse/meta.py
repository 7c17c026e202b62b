"""Article metadata helpers shared by the parsers: dates, bylines, front matter values."""

from __future__ import annotations

import datetime as dt
import re

from copydesk import rx
from copydesk.document import Metadata

_MONTHS = {name: i for i, names in enumerate(
    ["jan january", "feb february", "mar march", "apr april", "may", "jun june", "jul july",
     "aug august", "sep sept september", "oct october", "nov november", "dec december"], start=1)
    for name in names.split()}
_ISO = rx.compile(r"(\d{4})-(\d{2})-(\d{2})")
_MONTH_FIRST = rx.compile(r"\b([A-Z][a-z]{2,8})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b")
_DAY_FIRST = rx.compile(r"\b(\d{1,2})(?:st|nd|rd|th)? ([A-Z][a-z]{2,8})\.?,? (\d{4})\b")
_BYLINE = rx.compile(r"^by\s+(.+)$", re.IGNORECASE)
_NAME_SPLIT = rx.compile(r"\s*(?:,|\band\b|&)\s*")


def parse_date(value: object) -> dt.date | None:
    """A date from front matter, metadata or a dateline; None when there is none."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    for pattern, order in ((_ISO, "ymd"), (_MONTH_FIRST, "mdy"), (_DAY_FIRST, "dmy")):
        match = pattern.search(value)
        if not match:
            continue
        parts = dict(zip(order, match.groups(), strict=True))
        month = parts["m"] if parts["m"].isdigit() else _MONTHS.get(parts["m"].lower())
        try:
            return dt.date(int(parts["y"]), int(month), int(parts["d"]))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return None
    return None


def byline_names(line: str) -> tuple[str, ...]:
    """Names in a byline such as "By Jane Doe and John Roe" (without the "By")."""
    match = _BYLINE.match(line.strip())
    text = match.group(1) if match else line
    text = re.split(r"\s+[|•·–—-]\s+|\s*,\s*(?:staff|correspondent|reporter|editor)\b", text)[0]
    return tuple(name for name in _NAME_SPLIT.split(text.strip()) if name)


def set_field(metadata: Metadata, name: str, value: object, origin: str) -> None:
    """Fill a metadata field unless an earlier, more reliable origin already did."""
    if value in (None, "", ()) or name in metadata.origin:
        return
    if name == "date":
        date = parse_date(value)
        if date is None:
            return
        metadata.date = date
        metadata.date_text = str(value)
    elif name == "authors":
        if isinstance(value, str):
            value = byline_names(value)
        elif isinstance(value, dict):
            value = (value.get("name"),)
        elif isinstance(value, list | tuple):
            value = tuple(v.get("name") if isinstance(v, dict) else v for v in value)
        value = tuple(str(v).strip() for v in value if v)
        if not value:
            return
        metadata.authors = value
    else:
        setattr(metadata, name, str(value).strip())
    metadata.origin[name] = origin


def from_mapping(metadata: Metadata, data: dict, origin: str) -> None:
    """Read title/author/date/description from front matter or JSON-LD style keys."""
    lowered = {str(k).lower(): v for k, v in data.items()}
    for name, keys in (("title", ("title", "headline", "name")),
                       ("authors", ("author", "authors", "byline", "creator")),
                       ("date", ("date", "datepublished", "published", "pubdate", "publish_date",
                                 "published_at", "date_published")),
                       ("description", ("description", "summary", "excerpt"))):
        for key in keys:
            if key in lowered:
                set_field(metadata, name, lowered[key], origin)
                break
