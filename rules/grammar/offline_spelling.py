"""Misspellings found offline with a hunspell dictionary, when LanguageTool is not checking.

Why:
    A misspelt word ("goverment", "recieve") makes the whole article look unchecked, and most
    machines have no LanguageTool. This rule needs no Java and no network: Debian's hunspell
    dictionaries through libhunspell or Enchant (packages libenchant-2-2 and hunspell-en-us or
    hunspell-en-gb).
    It stays silent when LanguageTool checked the document, so findings are not doubled (GR002
    reports LanguageTool's misspellings).

Bad:
    The goverment will publish its plan on Monday.
Good:
    Kremlin spokesman Dmitry Peskov said talks in Kyiv had stalled. Peskov did not give a date.

Options:
    none here: under [tool.copydesk.grammar], language picks the dictionary ("en-US", "en-GB"),
    and words (a list) and wordlist (a file, one word a line, # comments) are the house words
    that are never misspellings.

Notes:
    Capitalised words after the start of a sentence are names and are not checked, nor is a
    capitalised sentence-opening word the article also uses mid-sentence or that starts a run of
    capitalised words ("Dmitry Peskov"). URLs, e-mail addresses, @handles, #hashtags, code,
    anything with a digit ("1990s", "20th") and all-capital acronyms ("NATO", "MPs") are skipped.
    British and American spellings ("prioritise", "color") are left to CN002. Unless language
    names the variant in the config, a word the other variant's dictionary knows ("judgement",
    "storey") is not reported either.
    Possessives and curly apostrophes are read as words ("minister’s"); a hyphenated compound is
    checked whole, then part by part, with prefixes such as "de-" and "co-" accepted. Up to three
    suggestions are offered: the dictionary's own corrections of common misspellings ("alot"), then
    known words one slip away (two letters swapped, a letter dropped, added or changed), likeliest
    slip first. A word far from any known word ("shochu") gets none: hunspell's guesses there are
    far-fetched ("shock") and cost tens of milliseconds each. When
    no dictionary is installed the rule says so once per run and reports nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from copydesk import Context, Diagnostic, Document, Edit, Fix, Scope, rule
from copydesk.grammar import house_words, languagetool_report, plan
from copydesk.rules.consistency._spelling import lookup as variant_spelling
from copydesk.rules.grammar import settings
from copydesk.speller import Dictionary, dictionary, misspellings

if TYPE_CHECKING:
    from copydesk.config import Config


def _load_dictionary(config: Config) -> None:
    """Hunspell reads its dictionary (about 30 ms) in C, which leaves Python's lock free: loaded in
    the background, it is ready when the first article reaches this rule."""
    if plan(config.grammar).kind == "off":  # no LanguageTool to check spelling instead
        dictionary(config.grammar.language)


@rule(code="GR101", name="offline-spelling", scope=Scope.DOCUMENT, severity="warning",
      prepare=_load_dictionary)
def check(document: Document, ctx: Context) -> Iterator[Diagnostic]:
    chosen = settings(ctx)
    if languagetool_report(document, chosen).checked:
        return
    speller = dictionary(chosen.language)
    if not isinstance(speller, Dictionary):
        document.notices.append(speller)
        return
    words = house_words(chosen)

    def accepts(word: str) -> bool:  # house words; British and American spellings are CN002's
        return words.accepts(word) or variant_spelling(word.lower()) is not None

    for found in misspellings(document, speller, accepts):
        if not chosen.variant_chosen and _other_variant_knows(speller, found.word):
            continue  # "judgement" with no variant chosen: British or American spelling is CN002's call
        span = found.unit.source_span(found.start, found.end)
        suggestions = speller.suggestions(found.word)
        hint = f"; did you mean {' or '.join(repr(s) for s in suggestions)}?" if suggestions else ""
        fix = None
        if suggestions and document.text[span.start:span.end] == found.word:
            fix = Fix(f"replace with '{suggestions[0]}'", (Edit(span, suggestions[0]),), safe=False)
        yield ctx.report(span, f"'{found.word}' is not in the {speller.tag} dictionary{hint}", fix)


_OTHER_VARIANT = {"en_US": "en-GB", "en_GB": "en-US"}


def _other_variant_knows(speller: Dictionary, word: str) -> bool:
    """Whether the other English variant's dictionary has the word; loaded only for a word the
    article's own dictionary lacks."""
    other = _OTHER_VARIANT.get(speller.tag)
    alternative = dictionary(other) if other else None
    return isinstance(alternative, Dictionary) and any(map(alternative.knows, (word, word.lower())))
