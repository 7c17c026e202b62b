"""Parsing plain text, Markdown and HTML into the document model."""

from __future__ import annotations

import datetime as dt
import re
import sys

import pytest

from copydesk.document import MASK, Block, BlockKind, Document
from copydesk.parse import parse
from copydesk.source import Format, InputError, Source


def doc_of(text: str, fmt: Format) -> Document:
    return parse(Source(f"article.{fmt.value}", text, fmt))


def kinds(doc: Document) -> list[tuple[str, str]]:
    return [(block.kind.name, block.unit.text) for block in doc.blocks]


def prose(doc: Document) -> str:
    return doc.prose


def src(doc: Document, block: Block) -> str:
    return doc.text[block.span.start:block.span.end]


# -- plain text ---------------------------------------------------------------------------------------
PLAIN = """\
City Council Approves New Budget
By Jane Doe

The council voted 7-2 on Tuesday to approve the budget for the next
fiscal year, ending months of debate over how to pay for new parks
and a long list of road repairs across the city.

Key Points
- Taxes stay flat
• Parks get more money
1. Roads come first
"""


def test_plain_headline_byline_paragraph_heading_and_lists() -> None:
    doc = doc_of(PLAIN, Format.TEXT)
    assert kinds(doc) == [
        ("HEADLINE", "City Council Approves New Budget"),
        ("BYLINE", "By Jane Doe"),
        ("PARAGRAPH", "The council voted 7-2 on Tuesday to approve the budget for the next fiscal year, "
                      "ending months of debate over how to pay for new parks and a long list of road repairs "
                      "across the city."),
        ("HEADING", "Key Points"),
        ("LIST_ITEM", "Taxes stay flat"),
        ("LIST_ITEM", "Parks get more money"),
        ("LIST_ITEM", "Roads come first"),
    ]
    assert doc.headline is doc.blocks[0]
    assert doc.metadata.title == "City Council Approves New Budget"
    assert doc.metadata.authors == ("Jane Doe",)
    assert doc.metadata.origin == {"title": "first-line", "authors": "byline"}


def test_plain_wrapped_paragraph_maps_each_line_back() -> None:
    doc = doc_of(PLAIN, Format.TEXT)
    paragraph = doc.blocks[2]
    assert src(doc, paragraph).startswith("The council voted")
    assert src(doc, paragraph).endswith("across the city.")
    unit = paragraph.unit
    start = unit.text.index("fiscal")
    span = unit.source_span(start, start + len("fiscal"))
    assert doc.text[span.start:span.end] == "fiscal"
    # the joining space stands for the line break
    space = unit.text.index("next fiscal") + len("next")
    span = unit.source_span(space, space + 1)
    assert doc.text[span.start:span.end] == "\n"


def test_plain_list_item_excludes_its_bullet() -> None:
    doc = doc_of("- first item\n  •  second item\n12) third\n", Format.TEXT)
    assert [b.kind for b in doc.blocks] == [BlockKind.LIST_ITEM] * 3
    assert [b.unit.text for b in doc.blocks] == ["first item", "second item", "third"]
    assert [src(doc, b) for b in doc.blocks] == ["- first item", "•  second item", "12) third"]
    assert doc.text[doc.blocks[1].unit.span.start:doc.blocks[1].unit.span.end] == "second item"


def test_plain_short_lines_are_not_joined() -> None:
    doc = doc_of("A Title\n\nFirst paragraph ends here.\nSecond paragraph ends here.\n", Format.TEXT)
    assert kinds(doc) == [("HEADLINE", "A Title"), ("PARAGRAPH", "First paragraph ends here."),
                          ("PARAGRAPH", "Second paragraph ends here.")]


def test_plain_by_then_names_pattern() -> None:
    doc = doc_of("Storm Hits Coast\n\nBy\nJane Doe\nJohn Roe\n\nThe storm arrived at dawn, officials said.\n",
                 Format.TEXT)
    assert kinds(doc) == [("HEADLINE", "Storm Hits Coast"), ("BYLINE", "By"), ("BYLINE", "Jane Doe"),
                          ("BYLINE", "John Roe"), ("PARAGRAPH", "The storm arrived at dawn, officials said.")]
    assert doc.metadata.authors == ("Jane Doe", "John Roe")


def test_plain_byline_with_several_names() -> None:
    doc = doc_of("Headline Here\nBy Jane Doe and John Roe\n\nText follows, as it should.\n", Format.TEXT)
    assert doc.blocks[1].kind is BlockKind.BYLINE
    assert doc.metadata.authors == ("Jane Doe", "John Roe")


def test_plain_by_the_way_is_not_a_byline() -> None:
    doc = doc_of("Headline Here\n\nBy the way, nobody came.\n", Format.TEXT)
    assert doc.blocks[1].kind is BlockKind.PARAGRAPH
    assert doc.metadata.authors == ()


def test_plain_dateline_feeds_metadata() -> None:
    doc = doc_of("Headline Here\nPublished March 5, 2024\n\nText.\n", Format.TEXT)
    assert doc.metadata.date == dt.date(2024, 3, 5)
    assert doc.metadata.origin["date"] == "dateline"


def test_plain_long_first_line_is_not_a_headline() -> None:
    doc = doc_of("This first line is a full sentence, so it is a paragraph.\n", Format.TEXT)
    assert doc.headline is None
    assert doc.blocks[0].kind is BlockKind.PARAGRAPH
    assert doc.metadata.title is None


def test_plain_directive_lines_are_comments_not_prose() -> None:
    text = ("Headline Here\ncopydesk: disable TK\nSome text with TK.\n"
            "<!-- copydesk: disable-next-line lorem -->\nMore text.\n")
    doc = doc_of(text, Format.TEXT)
    assert [c.body for c in doc.comments] == ["copydesk: disable TK", "copydesk: disable-next-line lorem"]
    assert [doc.text[c.span.start:c.span.end] for c in doc.comments] == [
        "copydesk: disable TK", "<!-- copydesk: disable-next-line lorem -->"]
    assert "copydesk" not in prose(doc)
    assert kinds(doc)[1:] == [("PARAGRAPH", "Some text with TK."), ("PARAGRAPH", "More text.")]


def test_plain_crlf_and_cr_offsets() -> None:
    for newline in ("\r\n", "\r"):
        text = newline.join(["Headline Here", "", "First line of text.", "- item"]) + newline
        doc = doc_of(text, Format.TEXT)
        assert [src(doc, b) for b in doc.blocks] == ["Headline Here", "First line of text.", "- item"]
        assert doc.blocks[2].unit.text == "item"


def test_plain_empty_and_blank_documents() -> None:
    assert doc_of("", Format.TEXT).blocks == []
    assert doc_of("\n \r\n\t\n", Format.TEXT).blocks == []


def test_sentences_are_slices_with_exact_offsets() -> None:
    doc = doc_of("Headline Here\n\nDr. Smith came. He left at 3.5 p.m. sharp. Nobody saw.\n", Format.TEXT)
    sentences = list(doc.sentences())
    assert [s.text for s in sentences] == ["Dr. Smith came.", "He left at 3.5 p.m. sharp.", "Nobody saw."]
    for sentence in sentences:
        assert doc.text[sentence.span.start:sentence.span.end] == sentence.text
        assert sentence.block is doc.blocks[1]


# -- Markdown -----------------------------------------------------------------------------------------
MARKDOWN = """\
---
title: Front Matter Title
date: 2024-05-06
author: Jane Doe
tags: [a, b]
---
# The *Real* Headline

Intro with `inline code`, a <https://example.com> autolink, ![a photo](photo.jpg) and
a [link to **docs**](https://example.com/docs "Docs title") plus &amp; and \\* escape.

## Section Two

- first item
- second item with *emphasis*
  1. nested numbered

> A quoted line
> that continues.

| Name | Role |
| ---- | ---- |
| Ann  | Chair &amp; host |

```python
secret_code = "TODO lorem ipsum"
```

    indented code block TODO

<!-- copydesk: disable TK -->
Text with an inline <!-- aside --> comment.
"""


@pytest.fixture(scope="module")
def md() -> Document:
    return doc_of(MARKDOWN, Format.MARKDOWN)


def test_markdown_front_matter(md: Document) -> None:
    assert md.front_matter["title"] == "Front Matter Title"
    assert md.front_matter["tags"] == ["a", "b"]
    assert md.metadata.title == "Front Matter Title"
    assert md.metadata.date == dt.date(2024, 5, 6)
    assert md.metadata.date_text == "2024-05-06"
    assert md.metadata.authors == ("Jane Doe",)
    assert md.metadata.origin == {"title": "front-matter", "date": "front-matter", "authors": "front-matter"}
    assert "Front Matter Title" not in prose(md)


def test_markdown_blocks(md: Document) -> None:
    assert kinds(md) == [
        ("HEADLINE", "The Real Headline"),
        ("PARAGRAPH",
         f"Intro with {MASK}, a {MASK} autolink, {MASK} and\na link to docs plus & and * escape."),
        ("HEADING", "Section Two"),
        ("LIST_ITEM", "first item"),
        ("LIST_ITEM", "second item with emphasis"),
        ("LIST_ITEM", "nested numbered"),
        ("BLOCKQUOTE", "A quoted line\nthat continues."),
        ("TABLE_CELL", "Name"), ("TABLE_CELL", "Role"), ("TABLE_CELL", "Ann"), ("TABLE_CELL", "Chair & host"),
        ("PARAGRAPH", "Text with an inline  comment."),
    ]
    assert md.blocks[0].level == 1
    assert md.blocks[2].level == 2
    assert src(md, md.blocks[0]) == "# The *Real* Headline"
    assert src(md, md.blocks[6]) == "> A quoted line\n> that continues."


def test_markdown_headline_without_front_matter_title() -> None:
    doc = doc_of("# Only *Heading*\n\nBody.\n\n# Second H1\n", Format.MARKDOWN)
    assert doc.metadata.title == "Only Heading"
    assert doc.metadata.origin["title"] == "heading"
    assert [b.kind for b in doc.blocks] == [BlockKind.HEADLINE, BlockKind.PARAGRAPH, BlockKind.HEADING]


def test_markdown_masks_map_to_the_whole_construct(md: Document) -> None:
    paragraph = md.blocks[1].unit
    masked = [paragraph.source_span(i, i + 1) for i, char in enumerate(paragraph.text) if char == MASK]
    assert [md.text[s.start:s.end] for s in masked] == ["`inline code`", "https://example.com",
                                                        "![a photo](photo.jpg)"]


def test_markdown_never_puts_code_urls_or_titles_in_prose(md: Document) -> None:
    text = prose(md)
    for hidden in ("secret_code", "TODO", "lorem", "inline code", "https", "photo", "Docs title", "aside",
                   "copydesk"):
        assert hidden not in text


def test_markdown_words_map_exactly(md: Document) -> None:
    for block in md.blocks:
        for word in ("Real", "docs", "continues", "emphasis", "host", "escape", "comment"):
            start = block.unit.text.find(word)
            if start >= 0:
                span = block.unit.source_span(start, start + len(word))
                assert md.text[span.start:span.end] == word


def test_markdown_entities_and_escapes_map_to_their_markup(md: Document) -> None:
    paragraph = md.blocks[1].unit
    amp = paragraph.text.index("&")
    star = paragraph.text.index("*")
    assert md.text[slice(*_pair(paragraph.source_span(amp, amp + 1)))] == "&amp;"
    assert md.text[slice(*_pair(paragraph.source_span(star, star + 1)))] == "\\*"


def _pair(span) -> tuple[int, int]:
    return span.start, span.end


def test_markdown_comments(md: Document) -> None:
    assert [c.body for c in md.comments] == ["copydesk: disable TK", "aside"]
    assert [md.text[c.span.start:c.span.end] for c in md.comments] == ["<!-- copydesk: disable TK -->",
                                                                       "<!-- aside -->"]


def test_markdown_link_title_does_not_capture_following_text() -> None:
    text = '[the link](http://x.example "A title here") here, and [b](<u v>) v.'
    unit = doc_of(text, Format.MARKDOWN).blocks[0].unit
    assert unit.text == "the link here, and b v."
    here = unit.text.index(" here")
    assert unit.source_span(here + 1, here + 5).start == text.index(") here") + 2
    v = unit.text.index(" v.") + 1
    assert unit.source_span(v, v + 1).start == text.index(") v.") + 2


def test_markdown_autolink_with_escapes_is_masked() -> None:
    text = "See <http://example.com/a%20b> now."
    unit = doc_of(text, Format.MARKDOWN).blocks[0].unit
    assert unit.text == f"See {MASK} now."
    span = unit.source_span(4, 5)
    assert text[span.start:span.end] == "http://example.com/a%20b"


def test_markdown_table_with_escaped_pipe() -> None:
    text = "| a \\| b | c |\n| --- | --- |\n| x | y |\n"
    doc = doc_of(text, Format.MARKDOWN)
    cell = doc.blocks[0].unit
    assert cell.text == "a | b"
    assert text[cell.span.start:cell.span.end] == "a \\| b"
    assert [src(doc, b) for b in doc.blocks[1:]] == ["c", "x", "y"]


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_markdown_line_endings(newline: str) -> None:
    text = newline.join(["# Title", "", "one *two*", "three", "", "- four"]) + newline
    doc = doc_of(text, Format.MARKDOWN)
    assert kinds(doc) == [("HEADLINE", "Title"), ("PARAGRAPH", "one two\nthree"), ("LIST_ITEM", "four")]
    paragraph = doc.blocks[1].unit
    three = paragraph.text.index("three")
    span = paragraph.source_span(three, three + 5)
    assert text[span.start:span.end] == "three"
    assert src(doc, doc.blocks[1]) == f"one *two*{newline}three"


def test_markdown_invalid_yaml_front_matter() -> None:
    with pytest.raises(InputError, match=r"invalid YAML front matter at line 3: mapping values"):
        doc_of("---\ntitle: ok\nbad: a: b\n---\n\nText.\n", Format.MARKDOWN)
    with pytest.raises(InputError, match=r"invalid YAML front matter at line \d+: did not find expected"):
        doc_of("---\ntitle: ok\ntags: [unclosed\n---\n\nText.\n", Format.MARKDOWN)


def test_markdown_impossible_date_in_front_matter() -> None:
    with pytest.raises(InputError, match="invalid YAML front matter"):
        doc_of("---\ndate: 2024-13-45\n---\n\nText.\n", Format.MARKDOWN)


def test_markdown_front_matter_must_be_a_mapping() -> None:
    with pytest.raises(InputError, match="mapping"):
        doc_of("---\n- a\n- b\n---\n\nText.\n", Format.MARKDOWN)


def test_markdown_empty_front_matter() -> None:
    doc = doc_of("---\n---\n\nText.\n", Format.MARKDOWN)
    assert doc.front_matter == {}
    assert kinds(doc) == [("PARAGRAPH", "Text.")]


def test_markdown_setext_heading_and_html_block() -> None:
    doc = doc_of("Big Title\n=========\n\n<div>\nhidden html\n</div>\n\nBody.\n", Format.MARKDOWN)
    assert kinds(doc) == [("HEADLINE", "Big Title"), ("PARAGRAPH", "Body.")]


# -- HTML ---------------------------------------------------------------------------------------------
HTML = """\
<!DOCTYPE html>
<html>
<head>
  <title>Page Title &amp; More</title>
  <meta name="author" content="Jane Doe">
  <meta name="description" content="A &quot;summary&quot;">
  <script type="application/ld+json">
  {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "LD Headline",
   "datePublished": "2024-02-03T10:00:00Z", "author": [{"@type": "Person", "name": "Jane Doe"},
   {"@type": "Person", "name": "John Roe"}]}
  </script>
  <style>p { content: "TODO style"; }</style>
</head>
<body>
  <h1>Caf&eacute; &amp; Bar</h1>
  <p>It cost &#8364;5 &mdash; <b>cheap</b>. Run <code>rm TODO</code> now.</p>
  <script>var lorem = "TODO script";</script>
  <pre>preformatted TODO</pre>
  <ul><li>One<li>Two</ul>
  <blockquote>Quoted words.</blockquote>
  <table><tr><td>Cell A</td><td>Cell B</td></tr></table>
  <!-- copydesk: disable TK -->
</body>
</html>
"""


@pytest.fixture(scope="module")
def html() -> Document:
    return doc_of(HTML, Format.HTML)


def test_html_blocks(html: Document) -> None:
    assert kinds(html) == [
        ("HEADLINE", "Café & Bar"),
        ("PARAGRAPH", f"It cost €5 — cheap. Run {MASK} now."),
        ("LIST_ITEM", "One"), ("LIST_ITEM", "Two"),
        ("BLOCKQUOTE", "Quoted words."),
        ("TABLE_CELL", "Cell A"), ("TABLE_CELL", "Cell B"),
    ]
    assert html.blocks[0].level == 1


def test_html_skipped_elements_never_prose(html: Document) -> None:
    text = prose(html)
    for hidden in ("TODO", "lorem", "content", "preformatted", "LD Headline", "Page Title", "copydesk"):
        assert hidden not in text


def test_html_entities_map_to_their_references(html: Document) -> None:
    unit = html.blocks[1].unit
    euro = unit.text.index("€")
    dash = unit.text.index("—")
    span = unit.source_span(euro, euro + 1)
    assert html.text[span.start:span.end] == "&#8364;"
    span = unit.source_span(dash, dash + 1)
    assert html.text[span.start:span.end] == "&mdash;"
    cheap = unit.text.index("cheap")
    span = unit.source_span(cheap, cheap + 5)
    assert html.text[span.start:span.end] == "cheap"
    headline = html.blocks[0].unit
    assert html.text[headline.span.start:headline.span.end] == "Caf&eacute; &amp; Bar"


def test_html_metadata(html: Document) -> None:
    meta = html.metadata
    assert meta.title == "Page Title & More"
    assert meta.origin["title"] == "html-title"
    assert meta.authors == ("Jane Doe",)
    assert meta.origin["authors"] == "html-meta"
    assert meta.description == 'A "summary"'
    assert meta.date == dt.date(2024, 2, 3)
    assert meta.origin["date"] == "json-ld"


def test_html_json_ld_alone() -> None:
    text = ('<script type="application/ld+json">{"@graph": [{"@type": "WebPage", "name": "Site"},'
            '{"@type": "NewsArticle", "headline": "LD Headline", "datePublished": "2024-02-03",'
            '"author": {"@type": "Person", "name": "Ann Bee"}}]}</script><p>Body text.</p>')
    doc = doc_of(text, Format.HTML)
    assert doc.metadata.title == "LD Headline"
    assert doc.metadata.authors == ("Ann Bee",)
    assert doc.metadata.date == dt.date(2024, 2, 3)
    assert doc.metadata.origin == {"title": "json-ld", "authors": "json-ld", "date": "json-ld"}
    assert kinds(doc) == [("PARAGRAPH", "Body text.")]


def test_html_broken_json_ld_is_ignored() -> None:
    doc = doc_of('<script type="application/ld+json">{"headline": </script><p>Text.</p>', Format.HTML)
    assert doc.metadata.title is None
    assert kinds(doc) == [("PARAGRAPH", "Text.")]


def test_html_comments(html: Document) -> None:
    assert [c.body for c in html.comments] == ["copydesk: disable TK"]
    span = html.comments[0].span
    assert html.text[span.start:span.end] == "<!-- copydesk: disable TK -->"


def test_html_h1_without_title_is_headline_and_title() -> None:
    doc = doc_of("<h1>Main &amp; Only</h1><h2>Sub</h2><p>Text.</p>", Format.HTML)
    assert kinds(doc) == [("HEADLINE", "Main & Only"), ("HEADING", "Sub"), ("PARAGRAPH", "Text.")]
    assert doc.metadata.title == "Main & Only"
    assert doc.metadata.origin["title"] == "heading"


def test_html_malformed_markup_is_tolerated() -> None:
    text = ("<div><p>Unclosed paragraph <b>bold <i>both</b> after</span></div></section>"
            "<p>Next one</p><li>stray")
    doc = doc_of(text, Format.HTML)
    assert kinds(doc) == [("PARAGRAPH", "Unclosed paragraph bold both after"), ("PARAGRAPH", "Next one"),
                          ("LIST_ITEM", "stray")]
    for block in doc.blocks:
        for piece in block.unit.pieces:
            if piece[4]:
                assert text[piece[2]:piece[3]] == block.unit.text[piece[0]:piece[1]]


def test_html_line_breaks_and_unknown_entities() -> None:
    text = "<p>One<br>two &nosuch; three &amp four &foo.bar; five</p>"
    doc = doc_of(text, Format.HTML)
    unit = doc.blocks[0].unit
    assert unit.text == "One\ntwo &nosuch; three & four &foo.bar; five"
    foo = unit.text.index("&foo")
    span = unit.source_span(foo, foo + len("&foo.bar;"))
    assert text[span.start:span.end] == "&foo.bar;"
    br = unit.source_span(3, 4)
    assert text[br.start:br.end] == "<br>"


def test_html_crlf_offsets() -> None:
    text = "<h1>Title</h1>\r\n<p>First\r\nsecond &amp; third.</p>\r\n"
    doc = doc_of(text, Format.HTML)
    unit = doc.blocks[1].unit
    third = unit.text.index("third")
    span = unit.source_span(third, third + 5)
    assert text[span.start:span.end] == "third"


def test_derived_values_are_computed_once_per_document() -> None:
    calls = []

    def count_blocks(document) -> int:
        calls.append(document)
        return len(document.blocks)

    first = parse(Source("a.txt", "Title\n\nOne paragraph.\n", Format.TEXT))
    second = parse(Source("b.txt", "Title\n\nOne.\n\nTwo.\n", Format.TEXT))
    counts = [first.derived(count_blocks), first.derived(count_blocks), second.derived(count_blocks)]
    assert counts == [2, 2, 3]
    assert len(calls) == 2 and calls[0] is first and calls[1] is second


def test_prose_index_holds_the_words_rules_read_not_the_markup():
    doc = doc_of('<h1>Budget &amp; Tax</h1><p>The <b>Minister</b> <a href="/x">said</a> it.</p>', Format.HTML)
    assert doc.prose == "Budget & Tax\nThe Minister said it."
    assert "minister said" in doc.lowered_prose
    assert doc.prose_words == {"budget", "tax", "the", "minister", "said", "it"}
    assert "href" not in doc.prose_words and "b" not in doc.prose_words


def test_case_mismatches_are_every_character_lower_does_not_fold_like_ignorecase() -> None:
    from copydesk.document import _CASE_MISMATCHES, fold_like_re, lowers_like_re

    others = "".join(chr(c) for c in range(128, sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    folding = {c for c in re.findall("[a-z]", others, re.IGNORECASE) if not c.lower().isascii()}
    assert folding == set(_CASE_MISMATCHES)
    for char in folding:
        assert not lowers_like_re(f"a{char}b")
        assert re.fullmatch(fold_like_re(char), char, re.IGNORECASE)
    assert lowers_like_re("Plain ASCII") and lowers_like_re("Café ’s")
