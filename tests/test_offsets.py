"""Property tests: the map from prose back to source offsets is exact, for every input format."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from copydesk.document import MASK, Document, TextUnit
from copydesk.parse import parse
from copydesk.parse.markdown import _parser
from copydesk.source import Format, LineIndex, Source

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
WORD = re.compile(r"\w+")

words = st.sampled_from(["the", "mayor", "said", "Tuesday", "Dr.", "U.S.", "3.5", "café", "naïve", "über",
                         "42", "it's", "“quoted”", "end.", "why?", "no!", "wait…", "x", "a.m.", "etc."])
line_endings = st.sampled_from(["\n", "\r\n", "\r"])


def _sentence(parts: list[str]) -> str:
    return " ".join(parts)


# -- plain text ---------------------------------------------------------------------------------------
plain_line = st.one_of(
    st.lists(words, min_size=1, max_size=14).map(_sentence),
    st.tuples(st.sampled_from(["- ", "* ", "• ", "1. ", "12) ", "  - "]),
              st.lists(words, min_size=1, max_size=6).map(_sentence)).map("".join),
    st.sampled_from(["By", "By Jane Doe", "Jane Doe", "By Jane Doe and John Roe", "", "   ", "\t",
                     "copydesk: disable TK", "<!-- copydesk: disable-next-line tk -->",
                     "Published January 5, 2024", "A Short Heading", "Is this a question?"]),
    st.lists(words, min_size=8, max_size=16).map(lambda ws: "  " + " ".join(ws) + "  "),
)


@st.composite
def plain_documents(draw) -> str:
    lines = draw(st.lists(plain_line, max_size=14))
    return "".join(line + draw(line_endings) for line in lines) + draw(st.sampled_from(["", "tail"]))


# -- Markdown -----------------------------------------------------------------------------------------
md_inline = st.one_of(
    words, words, words,
    words.map(lambda w: f"*{w}*"), words.map(lambda w: f"**{w}**"), words.map(lambda w: f"_{w}_"),
    words.map(lambda w: f"~~{w}~~"),
    st.tuples(words, words).map(lambda t: f"[{t[0]} {t[1]}](http://example.com/{len(t[1])})"),
    st.tuples(words, words).map(lambda t: f'[{t[0]}](http://example.com "{t[1]} {t[0]}")'),
    st.tuples(words, words).map(lambda t: f"[{t[0]}](<http://e.com/a b>) {t[1]}"),
    st.tuples(words, words).map(lambda t: f"[{t[0]}][{t[1]}]"),
    words.map(lambda w: f"`{w}`"), words.map(lambda w: f"`` {w} ` ``"),
    st.sampled_from(["<http://example.com/path>", "<http://e.com/a%20b>", "<me@example.com>",
                     "&amp;", "&eacute;", "&#233;", "&#x41;", "&nosuch;", "\\*", "\\_", "\\[", "\\\\",
                     "\\|", "![alt](img.png)", '![alt *em*](img.png "t")', "<!-- note -->",
                     "<b>bold</b>", "a\tb", "  ", "*", "_", "[", "]", "(", ")", "<", ">", "&", "#"]),
)


def _md_line(parts: list[str]) -> str:
    return " ".join(parts)


md_text_line = st.lists(md_inline, min_size=1, max_size=8).map(_md_line)
md_block = st.one_of(
    md_text_line,
    st.lists(md_text_line, min_size=2, max_size=3).map(lambda ls: "\n".join(ls)),
    st.tuples(st.sampled_from(["# ", "## ", "### "]), md_text_line).map("".join),
    st.tuples(md_text_line, st.sampled_from(["===", "---"])).map(lambda t: f"{t[0]}\n{t[1]}"),
    st.lists(st.tuples(st.sampled_from(["- ", "* ", "1. ", "  - ", "+ "]), md_text_line).map("".join),
             min_size=1, max_size=3).map("\n".join),
    st.lists(st.tuples(st.sampled_from(["> ", ">", "> > "]), md_text_line).map("".join),
             min_size=1, max_size=3).map("\n".join),
    st.tuples(md_text_line, md_text_line).map(lambda t: f"- {t[0]}\n  {t[1]}"),
    st.tuples(words, words, md_inline, md_inline).map(
        lambda t: f"| {t[0]} | {t[1]} |\n| --- | :-: |\n| {t[2]} | {t[3]} |\n| {t[0]} | |"),
    md_text_line.map(lambda s: f"```\n{s}\n```"),
    md_text_line.map(lambda s: f"    {s}"),
    st.just("<!-- copydesk: disable TK -->"),
    st.just("<div>\nhtml block\n</div>"),
    st.just("[the]: http://example.com/the\n[x]: </u v> 'title x'"),
)


@st.composite
def markdown_documents(draw) -> str:
    blocks = draw(st.lists(md_block, min_size=1, max_size=6))
    front = draw(st.sampled_from(["", "---\ntitle: T\n---\n"]))
    body = "\n\n".join(blocks)
    ending = draw(line_endings)
    return (front + body + draw(st.sampled_from(["", "\n"]))).replace("\n", ending)


# -- HTML ---------------------------------------------------------------------------------------------
html_inline = st.one_of(
    words, words, words,
    words.map(lambda w: f"<b>{w}</b>"), words.map(lambda w: f"<em class='x'>{w}</em>"),
    words.map(lambda w: f'<a href="http://e.com/?a=1&amp;b=2">{w}</a>'),
    words.map(lambda w: f"<code>{w}</code>"),
    st.sampled_from(["&amp;", "&eacute;", "&#233;", "&#x41;", "&nosuch;", "&amp", "&", "&#xzz;", "&foo.bar;",
                     "<br>", "<br/>", "<img src='x.png' alt='pic'>", "<!-- note -->", "</span>", "<span>",
                     "<script>var x = '<p>';</script>", "<style>p { color: red }</style>", "\n", "\r\n",
                     "\r", "  ", "\t", "<![CDATA[x]]>", "<?pi?>", "<"]),
)
html_text = st.lists(html_inline, min_size=1, max_size=8).map(" ".join)
html_block = st.one_of(
    html_text.map(lambda s: f"<p>{s}</p>"), html_text.map(lambda s: f"<p>{s}"),
    html_text.map(lambda s: f"<h1>{s}</h1>"), html_text.map(lambda s: f"<h2>{s}</h2>"),
    st.lists(html_text, min_size=1, max_size=3).map(lambda ls: "<ul><li>" + "<li>".join(ls) + "</ul>"),
    html_text.map(lambda s: f"<blockquote>{s}</blockquote>"),
    st.tuples(html_text, html_text).map(lambda t: f"<table><tr><td>{t[0]}</td><th>{t[1]}</table>"),
    html_text.map(lambda s: f"<div>{s}</div>"), html_text,
    html_text.map(lambda s: f"<pre>{s}</pre>"),
)


@st.composite
def html_documents(draw) -> str:
    blocks = draw(st.lists(html_block, min_size=1, max_size=6))
    sep = draw(st.sampled_from(["", "\n", "\r\n", "\r", "\n\n"]))
    head = draw(st.sampled_from(["", "<html><head><title>T &amp; x</title></head><body>\n"]))
    return head + sep.join(blocks)


# -- checks -------------------------------------------------------------------------------------------
def _check_unit(text: str, unit: TextUnit, outer_start: int, outer_end: int) -> None:
    n = len(unit.text)
    # The pieces cover the text, in order, without gaps.
    position = 0
    for t0, t1, s0, s1, exact in unit.pieces:
        assert t0 == position and t1 > t0
        assert 0 <= s0 <= s1 <= len(text)
        position = t1
        if exact:
            assert s1 - s0 == t1 - t0
            assert text[s0:s1] == unit.text[t0:t1], (unit.text[t0:t1], text[s0:s1])
    assert position == n
    # Spans stay inside the block and move forward with the text.
    previous = None
    points = sorted({0, n, *range(0, n + 1, max(1, n // 12)), *(p[0] for p in unit.pieces)})
    for i in points:
        span = unit.source_span(i, n)
        assert outer_start <= span.start <= span.end <= outer_end, (i, span, outer_start, outer_end)
        if previous is not None:
            assert span.start >= previous.start
        previous = span
    previous = None
    for j in points:
        span = unit.source_span(0, j)
        assert outer_start <= span.start <= span.end <= outer_end
        if previous is not None:
            assert span.end >= previous.end
        previous = span
    # A word inside one verbatim piece maps back to itself.
    for match in WORD.finditer(unit.text):
        for t0, t1, _s0, _s1, exact in unit.pieces:
            if exact and t0 <= match.start() and match.end() <= t1:
                span = unit.source_span(match.start(), match.end())
                assert text[span.start:span.end] == match.group(0)
                break


def _check_document(doc: Document) -> None:
    text = doc.source.text
    for block in doc.blocks:
        assert 0 <= block.span.start <= block.span.end <= len(text)
        assert block.unit.text, block
        assert block.unit.text == block.unit.text.strip()
        _check_unit(text, block.unit, block.span.start, block.span.end)
        unit_span = block.unit.span
        for sentence in block.sentences:
            _check_unit(text, sentence, unit_span.start, unit_span.end)
    for comment in doc.comments:
        assert 0 <= comment.span.start <= comment.span.end <= len(text)


def _parse(text: str, fmt: Format) -> Document:
    return parse(Source(f"doc.{fmt.value}", text, fmt))


@SETTINGS
@given(plain_documents())
def test_plain_offsets_are_exact(text: str) -> None:
    _check_document(_parse(text, Format.TEXT))


def _markdown_prose(text: str) -> list[str]:
    """The prose of each inline run according to markdown-it itself: nothing may be lost or moved."""
    runs = []
    for token in _parser().parse(text):
        if token.type != "inline":
            continue
        parts, autolink = [], False
        for child in token.children or []:
            if child.type == "link_open":
                autolink = child.markup == "autolink"
                parts.append(MASK if autolink else "")
            elif child.type == "link_close":
                autolink = False
            elif (child.type == "text" and not autolink) or child.type == "text_special":
                parts.append(child.content)
            elif child.type in ("softbreak", "hardbreak"):
                parts.append("\n")
            elif child.type in ("code_inline", "image"):
                parts.append(MASK)
        prose = "".join(parts).strip()
        if prose:
            runs.append(prose)
    return runs


@SETTINGS
@given(markdown_documents())
def test_markdown_offsets_are_exact(text: str) -> None:
    doc = _parse(text, Format.MARKDOWN)
    _check_document(doc)
    assert [block.unit.text for block in doc.blocks] == _markdown_prose(text)


@SETTINGS
@given(html_documents())
def test_html_offsets_are_exact(text: str) -> None:
    _check_document(_parse(text, Format.HTML))


@SETTINGS
@given(st.text(alphabet=st.sampled_from("ab \t\n\r\u2028é"), max_size=40), st.sampled_from(list(Format)))
def test_arbitrary_text_parses_with_exact_offsets(text: str, fmt: Format) -> None:
    _check_document(_parse(text, fmt))


# -- line index ---------------------------------------------------------------------------------------
def _naive_position(text: str, offset: int) -> tuple[int, int]:
    line, column, i = 1, 1, 0
    while i < offset:
        if text[i] == "\r" and i + 1 < len(text) and text[i + 1] == "\n":
            if i + 1 == offset:  # between CR and LF: still on the CR's line
                return line, column + 1
            line, column, i = line + 1, 1, i + 2
        elif text[i] in "\r\n":
            line, column, i = line + 1, 1, i + 1
        else:
            column, i = column + 1, i + 1
    return line, column


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", " ", "\n", "\r", "\r\n", "é", "\t"]), max_size=60).map("".join),
       st.data())
def test_line_index_matches_naive_count(text: str, data: st.DataObject) -> None:
    index = LineIndex(text)
    offset = data.draw(st.integers(0, len(text)))
    assert index.position(offset) == _naive_position(text, offset)
    line, column = index.position(offset)
    assert index.line_start(line) + column - 1 == offset
    assert index.line_count == 1 + len(re.findall(r"\r\n|\r|\n", text))
