"""The offline speller: Debian's hunspell dictionaries, with names told apart from misspellings.

Hunspell's ``.dic``/``.aff`` files know the en-US / en-GB variants and their affix rules
("prioritise" is British, "realise" wrong in American text). They are loaded by libhunspell itself,
called through ctypes, with the user's Enchant personal word lists applied as Enchant applies them:
a look-up then costs about 1 µs instead of Enchant's 6–10 (Enchant looks at its word-list files
again on every look-up). Where libhunspell cannot be loaded, pyenchant (a thin binding of Enchant,
which packages hunspell on every platform) does the same job: Enchant prefers aspell when both
are installed, and aspell knows fewer words, so its hunspell provider is asked for and required.

A dictionary does not know the names news is made of, so a word is only reported when it is not
a name: capitalised words after the start of a sentence are proper nouns, and so is a capitalised
sentence-opening word the article also uses mid-sentence, or that opens a run of capitalised
words ("Dmitry Peskov said"). URLs, e-mail addresses, handles, hashtags, code, anything with a
digit and all-capital acronyms are never checked; possessives, curly apostrophes and hyphenated
compounds are checked the way a reader sees them.
"""

from __future__ import annotations

import bisect
import codecs
import os
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import accumulate
from pathlib import Path
from typing import Any

from copydesk.document import SENTENCE_KINDS, BlockKind, Document, TextUnit

DEBIAN_PACKAGES = "libenchant-2-2 hunspell-en-us hunspell-en-gb"
_TOKEN_SEPARATORS = "—–"  # and whitespace: "goverment—and" is two tokens
_TOKEN = re.compile(rf"[^\s{_TOKEN_SEPARATORS}]+")
# A token whose first letter or digit is a letter, and not a lower-case ASCII one: most are capitalised.
_CAPITALISED_TOKEN = re.compile(
    rf"(?<![^\s{_TOKEN_SEPARATORS}])(?:[^\w\s{_TOKEN_SEPARATORS}]|_)*[^\W\d_a-z][^\s{_TOKEN_SEPARATORS}]*")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")  # letters, joined by apostrophes or hyphens
_POSSESSIVE = re.compile(r"['’]s?$")
# A token holding a word: before it no letter or digit ([^\W_]: isalnum) and none of "@#.$", after it
# no letter or digit.
_TOKEN_WORD = re.compile(r"(?:[^\w@#.$]|_)*(" + _WORD.pattern + r")[\W_]*")
# A capital after these opens a sentence or quotation; after a colon or a bracket it is a name in a
# list ("Subs not used: Senderos", "Yann Delaigue (Castres)").
_OPENERS = set("\"“‘'«—–-•*")
_CLAUSE_END = frozenset(".!?…")
# Prefixes written with a hyphen that no dictionary lists alone ("de-escalate", "co-operate").
_PREFIXES = frozenset("""a ab ante anti bi bio co counter cross de dis e eco euro ex extra geo hyper
in inter intra macro mega meta micro mid mini multi neo non over pan para post pre pro pseudo quasi
re semi socio sub super trans tri ultra un under vice""".split())  # noqa: SIM905
# Standard words of news copy that Debian's 2020 hunspell dictionaries lack.
NEWS_WORDS = frozenset("""amidst anymore capt crypto cryptocurrency cryptocurrencies dotcom eg etc hi-fi ie
layoff layoffs olds renminbi sci-fi wi-fi wifi""".split())  # noqa: SIM905
_LONGEST_WORD = 40
_FEW_TOKENS = 40      # up to this many, tokens are looked for one by one (str.find) rather than in one pass
_SURE_LENGTH = 6      # a sentence-opening capitalised word shorter than this is as likely a name
_COMPOUND_PART = 3    # "layoffs" is "lay" + "offs"; "alot" is not "a" + "lot"
_MAX_KEPT = 200_000   # tokens remembered per dictionary: an archive's vocabulary, not an unbounded one


@dataclass(frozen=True)
class Word:
    """A word read from a token, placed in its unit's text."""

    start: int          # in the unit's text
    text: str
    abbreviated: bool   # a full stop follows: "etc.", "Capt."


@dataclass
class Misspelling:
    """A word the dictionary does not know, in its unit."""

    unit: TextUnit
    start: int
    end: int
    word: str


@dataclass(frozen=True)
class _Hints:
    """What a dictionary's files say about likely slips."""

    letters: frozenset[str]                   # every lower-case letter the dictionary's words hold
    order: str                                # the letters slips are made of, likeliest first, and "'"
    replacements: tuple[tuple[str, str], ...]  # its REP table: common misspellings, "alot" → "a lot"


# Hunspell's default keyboard (its KEY option): a letter's neighbours on its row are likely slips.
_KEYBOARD = "qwertyuiop|asdfghjkl|zxcvbnm"
_NEIGHBOURS = {c: (_KEYBOARD[max(0, i - 1):i] + _KEYBOARD[i + 1:i + 2]).replace("|", "")
               for i, c in enumerate(_KEYBOARD) if c != "|"}


def _edits(word: str, letters: str, *, keyboard_first: bool = False) -> Iterator[str]:
    """Every string one slip from ``word``, in the order hunspell tries them: two neighbours
    swapped, (with ``keyboard_first``) a letter changed to its keyboard neighbour, a letter dropped,
    one of ``letters`` added, a letter changed to one of ``letters``."""
    for i in range(len(word) - 1):
        yield word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if keyboard_first:
        for i, c in enumerate(word):
            for near in _NEIGHBOURS.get(c, ""):
                yield word[:i] + near + word[i + 1:]
    for i in range(len(word)):
        yield word[:i] + word[i + 1:]
    for c in letters:
        for i in range(len(word) + 1):
            yield word[:i] + c + word[i:]
    for c in letters:
        for i in range(len(word)):
            yield word[:i] + c + word[i + 1:]


def _slips(word: str, hints: _Hints) -> Iterator[str]:
    """Candidate corrections of ``word``, likeliest first: its REP-table rewrites, then its edits."""
    for wrong, right in hints.replacements:
        start = word.find(wrong)
        while start != -1:
            yield word[:start] + right + word[start + len(wrong):]
            start = word.find(wrong, start + 1)
    yield from _edits(word, hints.order, keyboard_first=True)


class Dictionary:
    """A hunspell dictionary, with the answers for words and tokens already looked up kept: an
    archive repeats most of its words, and asking Enchant costs far more than a dictionary look-up."""

    def __init__(self, tag: str, handle: Any) -> None:
        self.tag = tag
        self._handle = handle
        self._known: dict[str, bool] = {}
        self._plain_tokens: set[str] = set()  # ``plain``'s verdicts, as sets: a whole article's
        self._odd_tokens: set[str] = set()    # tokens are looked up in one set difference
        self._neighbours: dict[str, bool] = {}

    def knows(self, word: str) -> bool:
        word = word.replace("’", "'")
        known = self._known.get(word)
        if known is None:
            if len(self._known) > _MAX_KEPT:
                self._known.clear()
            known = self._known[word] = bool(self._handle.check(word))
        return known

    @lru_cache(maxsize=1024)  # noqa: B019 - one Dictionary per language per process
    def hunspell_suggestions(self, word: str) -> tuple[str, ...]:
        """Hunspell's own first three: good, but its n-gram search costs about 35 ms a word."""
        return tuple(self._handle.suggest(word.replace("’", "'"))[:3])

    @lru_cache(maxsize=1024)  # noqa: B019
    def suggestions(self, word: str) -> tuple[str, ...]:
        """Up to three known words one slip from ``word``, tried in hunspell's order: its REP table of
        common misspellings, two letters swapped, a letter dropped, one added, one changed (letters
        in the order of its TRY line). Without the dictionary's files, hunspell's own."""
        hints = self._hints
        if hints is None:
            return self.hunspell_suggestions(word)
        word = word.replace("’", "'")
        title = word[:1].isupper() and word[1:].islower()
        stem = word.lower() if title else word
        found: list[str] = []
        for candidate in dict.fromkeys(_slips(stem, hints)):
            if candidate != stem and all(map(self.knows, candidate.split(" "))):
                found.append(candidate[:1].upper() + candidate[1:] if title else candidate)
                if len(found) == 3:
                    break
        return tuple(found)

    def has_neighbour(self, word: str) -> bool:
        """Whether the dictionary knows a word of letters one slip from ``word`` (see
        ``one_edit_apart``). A suggestion ``near_miss`` accepts is such a word, so without one
        hunspell need not be asked: a few hundred look-ups cost a few milliseconds, a suggestion
        tens. True when the dictionary's letters are unknown (its files were not found)."""
        found = self._neighbours.get(word)
        if found is None:
            found = self._neighbours[word] = self._has_neighbour(word)
        return found

    def _has_neighbour(self, word: str) -> bool:
        if self._hints is None:
            return True
        letters = "".join(self._hints.letters | set(word))
        candidates = set(_edits(word, letters))
        candidates.discard(word)
        return any(c.isalpha() and self.knows(c) for c in candidates)

    @cached_property
    def _hints(self) -> _Hints | None:
        """What the dictionary's ``.dic`` and ``.aff`` files say about likely slips, wherever Enchant
        may have found them; None when there are none to read."""
        found: set[str] = set()
        tried = ""
        replacements: list[tuple[str, str]] = []
        for folder in _dictionary_folders():
            try:
                affixes = (folder / f"{self.tag}.aff").read_bytes()
                words = (folder / f"{self.tag}.dic").read_bytes()
            except OSError:
                continue
            encoding = re.search(rb"^SET\s+(\S+)", affixes, re.MULTILINE)
            try:  # hunspell's default is ISO 8859-1
                rules = affixes.decode(encoding[1].decode() if encoding else "latin-1")
                found.update(rules, words.decode(encoding[1].decode() if encoding else "latin-1"))
            except (LookupError, UnicodeDecodeError):
                return None
            tried = tried or next(iter(re.findall(r"^TRY\s+(\S+)", rules, re.MULTILINE)), "")
            replacements = replacements or [(a, b.replace("_", " ")) for a, b in
                                            re.findall(r"^REP\s+(\S+)\s+(\S+)\s*$", rules, re.MULTILINE)]
        letters = {c for c in found if c.isalpha()}
        # near_miss takes lower-case suggestions only: no capital can be the slipped letter
        letters = {c for c in letters if not c.isupper()} | {c.lower() for c in letters}
        if not letters:
            return None
        # TRY lists letters by frequency, lower case first: that part is what a slip usually is. An
        # apostrophe may be the letter missing ("wouldnt"); a hyphen splits a word, it does not mend it.
        frequent = re.match(r"[^A-Z]*", tried)[0]
        order = "".join(dict.fromkeys(c for c in frequent + "'" if c.isalpha() or c == "'"))
        return _Hints(frozenset(letters), order or "".join(sorted(letters)), tuple(replacements))

    def plain(self, token: str) -> bool:
        """Whether a whitespace-separated token holds no word worth a closer look: no word at all, or
        one the dictionary passes whatever the house words are."""
        if token in self._plain_tokens:
            return True
        if token in self._odd_tokens:
            return False
        if len(self._plain_tokens) + len(self._odd_tokens) > _MAX_KEPT:
            self._plain_tokens.clear()
            self._odd_tokens.clear()
        found = _token_word(token)
        verdict = found is None or self.passes(found[1], found[2])
        (self._plain_tokens if verdict else self._odd_tokens).add(token)
        return verdict

    def odd_tokens(self, tokens: set[str]) -> set[str]:
        """The tokens of ``tokens`` that are not ``plain``."""
        return {token for token in tokens.difference(self._plain_tokens) if not self.plain(token)}

    def passes(self, word: str, abbreviated: bool) -> bool:
        """The dictionary's part of the test ``misspellings`` makes first (house words are the other)."""
        return (_other_script(word) or word.lower() in NEWS_WORDS or self.knows(word)
                or self.knows(word.title()) or (abbreviated and self.knows(word + "."))
                or (len(word) <= 4 and self.knows(word.upper()))  # "ok", "tv"
                or ("-" in word and word[0].isupper()))  # "Dai-ichi", "Authenti-corp": names


def _user_enchant_folder() -> str:
    """Enchant's folder in the user's configuration (its dictionaries and personal word lists)."""
    return f"{os.environ.get('XDG_CONFIG_HOME') or os.path.expanduser('~/.config')}/enchant"


def _dictionary_folders() -> list[Path]:
    """The folders Enchant's hunspell provider reads dictionaries from, and hunspell's own."""
    data = (os.environ.get("XDG_DATA_DIRS") or "/usr/local/share:/usr/share").split(":")
    bases = [os.environ.get("ENCHANT_CONFIG_DIR", ""), _user_enchant_folder(), *data,
             *(f"{d}/enchant-2" for d in data), "/etc/enchant-2"]
    folders = [Path(b) / sub for b in bases if b for sub in ("hunspell", "myspell", "myspell/dicts")]
    return folders + [Path(d) for d in os.environ.get("DICPATH", "").split(":") if d]


def dictionary_tag(language: str) -> str:
    """Enchant's tag for a LanguageTool language code: "en-GB" → "en_GB"; plain "en" is "en_US"."""
    parts = language.split("-")
    if len(parts) == 1:
        return {"en": "en_US"}.get(parts[0], parts[0])
    return f"{parts[0]}_{parts[1].upper()}"


def _install_hint(tag: str) -> str:
    package = f"hunspell-{tag.lower().replace('_', '-')}"
    return f"Debian/Ubuntu: apt-get install libenchant-2-2 {package}"


# GR101's background preparation and its check may ask for the same dictionary at once: the second
# waits for the first instead of loading it again.
_LOADING = threading.Lock()


def dictionary(language: str) -> Dictionary | str:
    """The hunspell dictionary for ``language``, or why there is none (a notice)."""
    with _LOADING:
        return _dictionary(language)


@lru_cache(maxsize=8)
def _dictionary(language: str) -> Dictionary | str:
    tag = dictionary_tag(language)
    direct = _hunspell(tag)
    if direct is not None:
        return Dictionary(tag, direct)
    silence = "ignore GR101 to silence this notice"
    try:
        import enchant
    except (ImportError, OSError) as exc:
        reason = " ".join(str(exc).split()) or type(exc).__name__
        return f"offline spelling skipped: {reason} ({_install_hint(tag)}); {silence}"
    broker = enchant.Broker()
    broker.set_ordering(tag, "hunspell")
    try:
        handle = broker.request_dict(tag)
    except enchant.errors.Error:
        handle = None
    if handle is None or handle.provider.name != "hunspell":
        return f"offline spelling skipped: no hunspell dictionary for {tag} ({_install_hint(tag)}); {silence}"
    return Dictionary(tag, handle)


# Where libhunspell is found: Debian and Ubuntu (1.7, 1.6), Fedora and Homebrew.
_LIBRARIES = ("libhunspell-1.7.so.0", "libhunspell-1.6.so.0", "libhunspell.so", "libhunspell-1.7.0.dylib",
              "/opt/homebrew/lib/libhunspell-1.7.0.dylib", "/usr/local/lib/libhunspell-1.7.0.dylib")


@lru_cache(maxsize=1)
def _library() -> Any:
    """libhunspell's C interface, or None where none of its usual names loads."""
    import ctypes

    for name in _LIBRARIES:
        try:
            library = ctypes.CDLL(name)
        except OSError:
            continue
        handle, text = ctypes.c_void_p, ctypes.c_char_p
        words = ctypes.POINTER(ctypes.POINTER(ctypes.c_char_p))
        for function, arguments, result in (
                ("Hunspell_create", [text, text], handle), ("Hunspell_get_dic_encoding", [handle], text),
                ("Hunspell_spell", [handle, text], ctypes.c_int),
                ("Hunspell_suggest", [handle, words, text], ctypes.c_int),
                ("Hunspell_free_list", [handle, words, ctypes.c_int], None)):
            getattr(library, function).argtypes = arguments
            getattr(library, function).restype = result
        return library
    return None


def _hunspell(tag: str) -> _Hunspell | None:
    """The ``tag`` dictionary loaded by libhunspell, from the first folder that has both its files
    (the folders Enchant's hunspell provider reads); None without the library or the files, or for
    files in an encoding Python does not know (Enchant converts those)."""
    for folder in _dictionary_folders():
        affixes, words = folder / f"{tag}.aff", folder / f"{tag}.dic"
        if affixes.is_file() and words.is_file():
            library = _library()
            try:
                return _Hunspell(library, affixes, words, _PersonalWords.of(tag)) if library else None
            except LookupError:
                return None
    return None


class _Hunspell:
    """A dictionary loaded by libhunspell, answering as Enchant does: the user's exclusion list
    first, then the personal word list, then hunspell."""

    def __init__(self, library: Any, affixes: Path, words: Path, personal: _PersonalWords) -> None:
        self._library = library
        self._handle = library.Hunspell_create(os.fsencode(affixes), os.fsencode(words))
        self.encoding = codecs.lookup((library.Hunspell_get_dic_encoding(self._handle) or b"ISO8859-1")
                                      .decode("ascii", "replace")).name
        self._personal = personal

    def check(self, word: str) -> bool:
        if self._personal:
            if self._personal.excluded(word):
                return False
            if self._personal.included(word):
                return True
        try:
            encoded = word.encode(self.encoding)
        except UnicodeEncodeError:  # not a letter of the dictionary's alphabet
            return False
        return bool(self._library.Hunspell_spell(self._handle, encoded))

    def suggest(self, word: str) -> list[str]:
        import ctypes

        try:
            encoded = word.encode(self.encoding)
        except UnicodeEncodeError:
            return []
        found = ctypes.POINTER(ctypes.c_char_p)()
        count = self._library.Hunspell_suggest(self._handle, ctypes.byref(found), encoded)
        try:
            suggested = [found[i].decode(self.encoding, "replace") for i in range(count)]
        finally:
            if count:
                self._library.Hunspell_free_list(self._handle, ctypes.byref(found), count)
        return [s for s in suggested if not (self._personal and self._personal.excluded(s))]


@dataclass(frozen=True)
class _PersonalWords:
    """The user's Enchant word lists for a dictionary: ``{tag}.dic`` (words to accept) and ``{tag}.exc``
    (words to reject), one a line, in Enchant's configuration folder. Matched as Enchant matches
    them: exactly, or a capitalised or all-capital word through its lower-case entry, or an
    all-capital word through its capitalised entry."""

    accepted: frozenset[str]
    rejected: frozenset[str]

    @classmethod
    def of(cls, tag: str) -> _PersonalWords:
        folder = Path(os.environ.get("ENCHANT_CONFIG_DIR") or _user_enchant_folder())
        return cls(_word_list(folder / f"{tag}.dic"), _word_list(folder / f"{tag}.exc"))

    def __bool__(self) -> bool:
        return bool(self.accepted or self.rejected)

    def included(self, word: str) -> bool:
        return _listed(self.accepted, word)

    def excluded(self, word: str) -> bool:
        return _listed(self.rejected, word)


def _word_list(path: Path) -> frozenset[str]:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError):  # Enchant, too, reads no list it cannot decode
        return frozenset()
    return frozenset(line.strip() for line in text.splitlines() if line.strip())


def _listed(words: frozenset[str], word: str) -> bool:
    if not words:
        return False
    if word in words:
        return True
    capitals = word.isupper()
    if capitals or (word[:1].isupper() and not any(c.isupper() for c in word[1:])):
        return word.lower() in words or (capitals and word[:1] + word[1:].lower() in words)
    return False


# ---------------------------------------------------------------------------------------------
# Names


class _Names:
    """The capitalised words an article uses after a sentence's start, and its bylines' and authors'
    words. Asked about a few sentence-opening words only, and most articles are asked nothing, so the
    index of mid-sentence words is built at the first question, in one pass (a pass per question
    made a long article quadratic)."""

    def __init__(self, document: Document) -> None:
        self._document = document
        fixed: set[str] = set()
        for block in document.blocks:
            if block.kind is BlockKind.BYLINE:
                fixed.update(re.findall(r"[^\W\d_][\w'’-]*", block.unit.text))
        for author in document.metadata.authors:
            fixed.update(author.split())
        self._fixed = fixed

    def __contains__(self, name: str) -> bool:
        return name in self._fixed or (name[:1].isupper() and not name.isupper()
                                       and name in self._mid_sentence)

    @cached_property
    def _mid_sentence(self) -> frozenset[str]:
        found: set[str] = set()
        for block in self._document.blocks_of(SENTENCE_KINDS):
            for match in _CAPITALISED_TOKEN.finditer(block.unit.text):
                word = _token_word(match[0])
                if (word is not None and word[1][:1].isupper()
                        and not clause_start(block.unit, match.start() + word[0])):
                    found.add(word[1])
        return frozenset(found)


@lru_cache(maxsize=1 << 16)  # tokens repeat across an archive: "the", "said", "government"
def _token_word(token: str) -> tuple[int, str, bool] | None:
    """The word a reader sees in one whitespace-separated token, possessive dropped: its offset in the
    token, the word, and whether a full stop follows it. None for no word: tokens with digits, ``@``,
    ``#``, ``/``, ``&``, ``_`` or inner dots (numbers, URLs, e-mail, handles, hashtags, paths,
    entities, code, abbreviations like "U.S.") and file extensions (".png") are not words."""
    found = _TOKEN_WORD.fullmatch(token)
    if found is None or found.end(1) - found.start(1) > _LONGEST_WORD:
        return None
    core = found[1]  # ends with a letter: a possessive is "'s"
    bare = core[:-2] if core.endswith(("'s", "’s")) else core
    return found.start(1), bare, token.startswith(".", found.end(1))


def _sentence_start(unit: TextUnit, index: int) -> int:
    block = unit.block
    if block is None or block.kind not in SENTENCE_KINDS or block.unit is not unit:
        return 0
    found = bisect.bisect_right(block.sentence_bounds, index, key=lambda bounds: bounds[0])
    return block.sentence_bounds[found - 1][0] if found else 0


def clause_start(unit: TextUnit, index: int) -> bool:
    """Whether the word at ``unit.text[index]`` opens a sentence, a quotation or a clause after a colon."""
    text, start = unit.text, _sentence_start(unit, index)
    for at in range(index - 1, start - 1, -1):  # the last character before it that is not a space
        if not text[at].isspace():
            return text[at] in _OPENERS or text[at] in _CLAUSE_END
    return True


def _next_word_capitalised(text: str, end: int) -> bool:
    following = re.match(r"[\s\"“”‘’'(]*([^\W\d_])", text[end:])
    return bool(following and following[1].isupper())


def is_proper_noun(document: Document, unit: TextUnit, start: int, word: str) -> bool:
    """A capitalised word after a sentence's start, or one the article shows to be a name."""
    if not word[:1].isupper():
        return False
    if not clause_start(unit, start):
        return True
    bare = _POSSESSIVE.sub("", word)
    return bare in document.derived(_Names) or _next_word_capitalised(unit.text, start + len(word))


# ---------------------------------------------------------------------------------------------
# Checking


def one_edit_apart(a: str, b: str) -> bool:
    """One letter inserted, deleted, changed, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long = sorted((a, b), key=len)
    i = next((i for i in range(len(short)) if short[i] != long[i]), len(short))
    return short[i:] == long[i + 1:]


def near_miss(speller: Dictionary, word: str) -> bool:
    """Whether a common (lower-case) word is one slip away from ``word``."""
    lower = word.lower()
    return speller.has_neighbour(lower) and any(s.isalpha() and s.islower() and one_edit_apart(lower, s)
                                                for s in speller.hunspell_suggestions(lower))


def _other_script(word: str) -> bool:
    return not word.isascii() and any(c.isalpha() and ord(c) > 0x24F for c in word)


def _acronym_or_brand(part: str) -> bool:
    """NATO, NGOs, iPhone, McDonald, YouTube: capitals after the first letter."""
    return len(part) < 2 or any(c.isupper() for c in part[1:])


def misspellings(document: Document, speller: Dictionary, accepts) -> Iterator[Misspelling]:
    """Unknown words of the document's prose (bylines left out); ``accepts`` says a house word."""
    prose = document.prose  # the blocks' texts, one a line
    # The article's distinct tokens are looked up at once; most are plain, and only the others are
    # looked for in the text.
    odd = speller.odd_tokens(set(prose.replace("—", " ").replace("–", " ").split()))  # _TOKEN's split
    if not odd:
        return
    block_starts = list(accumulate((len(block.unit.text) + 1 for block in document.blocks), initial=0))
    if len(odd) <= _FEW_TOKENS:  # most articles: a search per token is 6 times cheaper than a pass
        places = sorted((at, token) for token in odd for at in _token_places(prose, token))
    else:  # and a pass keeps a long file with many unknown words linear
        places = [(match.start(), match[0]) for match in _TOKEN.finditer(prose) if match[0] in odd]
    for at, token in places:
        index = bisect.bisect_right(block_starts, at) - 1
        block = document.blocks[index]
        if block.kind is BlockKind.BYLINE:
            continue
        lead, text, abbreviated = _token_word(token)  # a word, or the token would be plain
        if not accepts(text):
            word = Word(at - block_starts[index] + lead, text, abbreviated)
            yield from _unknown_parts(document, block.unit, word, speller, accepts)


def _token_places(text: str, token: str) -> Iterator[int]:
    """Where ``token`` stands in ``text`` as a whole token, between spaces and dashes."""
    at = text.find(token)
    while at != -1:
        end = at + len(token)
        if (at == 0 or _separates(text[at - 1])) and (end == len(text) or _separates(text[end])):
            yield at
        at = text.find(token, at + 1)


def _separates(char: str) -> bool:
    return char.isspace() or char in _TOKEN_SEPARATORS


def _unknown_parts(document: Document, unit: TextUnit, word: Word, speller: Dictionary,
                   accepts) -> Iterator[Misspelling]:
    parts = word.text.split("-")
    offset = word.start
    for i, part in enumerate(parts):
        here, offset = offset, offset + len(part) + 1
        if _acronym_or_brand(part) or accepts(part):
            continue
        if part[0].isupper():
            if is_proper_noun(document, unit, here, part):
                continue
            # A sentence opens with a name as often as not ("Kyiv hopes…"): report the word only
            # when it is long and one slip away from a common word ("Goverment").
            if (speller.knows(part) or speller.knows(part.lower()) or len(part) < _SURE_LENGTH
                    or not near_miss(speller, part)):
                continue
        elif (speller.knows(part) or _compound(speller, part)
              or (i + 1 < len(parts) and (part in _PREFIXES or speller.knows(part + parts[i + 1])))
              or (i > 0 and part.endswith("s") and speller.knows(part[:-1]))  # "five-year-olds"
              or (len(part) <= 3 and _next_word_capitalised(unit.text, here + len(part)))):  # "du Caire"
            continue
        yield Misspelling(unit, here, here + len(part), part)


def _compound(speller: Dictionary, word: str) -> bool:
    """Two known words written as one, as news coins them: "drugmaker", "timeframe", "layoffs"."""
    return any(speller.knows(word[:i]) and speller.knows(word[i:])
               for i in range(_COMPOUND_PART, len(word) - _COMPOUND_PART + 1))
