"""copydesk: an article quality linter."""

from copydesk.document import Block, BlockKind, Document, Metadata, TextUnit
from copydesk.model import Diagnostic, Edit, Fix, Severity, Span
from copydesk.registry import Context, Options, Rule, Scope, rule, shorten

__version__ = "0.1.0"

__all__ = [
    "Block",
    "BlockKind",
    "Context",
    "Diagnostic",
    "Document",
    "Edit",
    "Fix",
    "Metadata",
    "Options",
    "Rule",
    "Scope",
    "Severity",
    "Span",
    "TextUnit",
    "__version__",
    "rule",
    "shorten",
]
