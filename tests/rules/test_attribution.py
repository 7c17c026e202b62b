"""The SC family's shared attribution analysis: cues, quotations, the per-document cache."""

from __future__ import annotations

import gc
import weakref

import pytest

from copydesk.parse import parse
from copydesk.quotes import quotations
from copydesk.rules.sourcing import _attribution as attribution
from copydesk.rules.sourcing._attribution import Kind, analysis
from copydesk.source import Format, Source


def document(text: str, path: str = "a.txt"):
    return parse(Source(path, text, Format.MARKDOWN if path.endswith(".md") else Format.TEXT))


def cues(text: str) -> list[tuple[str, str]]:
    found = analysis(document(text)).cues
    return [(cue.kind.value, cue.text) for cue in found if cue.kind is not Kind.WEASEL]


@pytest.mark.parametrize(("text", "named"), [
    ("Kremlin spokesman Dmitry Peskov announced the talks.", True),
    ("The talks will go ahead, he said.", True),
    ("The ministry said the talks would go ahead.", True),
    ("According to Peskov, the demands remain.", True),
    ("The figures, as reported by Anadolu Agency, were revised.", True),
    ("Figures from the ONS show a rise.", True),
    ("Analysts note that the gap is wide.", False),
    ("Standard Chartered is believed to have made a bid.", False),
    ("The talks will go ahead next week.", False),
])
def test_named_source(text, named):
    assert attribution._named_source(text) is named


@pytest.mark.parametrize(("text", "expected"), [
    ("Analysts note that the gap is wide.", [("vague", "Analysts")]),
    ("It is believed that the talks will resume.", [("passive", "It is believed")]),
    ("Washington has reportedly set a deadline.", [("hedge", "reportedly")]),
    ("Studies show that sleep matters.", [("study", "Studies show")]),
    ("Prices rose, according to reports.", [("according", "according to reports")]),
    ("Sources in Kyiv confirmed it.", [("anonymous", "Sources")]),
    ("Unemployment rose to 12% last year.", [("figure", "12%")]),
    ("Kremlin officials said the talks ended.", []),
])
def test_each_claim_gets_one_cue(text, expected):
    assert cues(text) == expected


def test_quotations_are_the_speakers_words():
    text = '"Analysts say it is believed that prices will rise by 12%," Mr Lee said.'
    assert cues(text) == []


def test_quote_spans_keep_continued_quotations_apart():
    text = 'He said: "We are spending more. "The commission says so." Then he left.'
    spans = attribution._quote_spans(text)
    assert [text[s:e] for s, e in spans] == ['"We are spending more. ', '"The commission says so."']


def test_quote_spans_fall_back_to_the_shared_helper_for_curly_quotes():
    text = "She called it “a disgrace” and ‘a shame’."
    assert [text[s:e] for s, e in attribution._quote_spans(text)] == ["“a disgrace”", "‘a shame’"]


def test_analysis_is_computed_once_per_document_and_released_with_it():
    doc = document("Analysts note that the gap is wide.")
    first = analysis(doc)
    assert analysis(doc) is first
    released = weakref.ref(doc)
    del doc, first
    gc.collect()
    assert released() is None, "nothing outside the document keeps its analysis (or the document) alive"


def test_headings_and_block_quotes_carry_no_claims():
    doc = document("# Analysts say prices will rise\n\n> Experts say it will rain.\n", "a.md")
    assert analysis(doc).cues == ()


def test_spellings_lists_the_single_words_of_a_word_list():
    assert attribution._spellings(r"analysts?|worr(?:y|ies)|well[- ]known|a\s+few") == {
        "analyst", "analysts", "worry", "worries"}
    assert attribution._spellings(r"analysts?|well[- ]known|a\s+few", first_words=True) == {
        "analyst", "analysts", "well", "a"}
    with pytest.raises(ValueError):
        attribution._spellings(r"\w+ing")


# Sentences whose cues a careless word pre-check would miss.
_TRICKY = [
    "ANALYSTS SAY the gap is wide.",
    "Its resources said little; sources close to him said more.",
    "Anonymous ſources said the deal was close.",  # ſ matches "s" case-insensitively
    "İnsiders say the plan is dead.",  # İ lowers to two characters
    "It is saidthat the plan is dead.",  # the participle runs into "that"
    "Officials’ hopes, experts warn, are high, and it is thought that they will rise.",
    "Well-known critics have long argued this, Reportedly.",
    "Sales rose 12 Per Cent to £3.5bn, with 6,000 jobs lost, according to SOME reports.",
    "A NEW STUDY FOUND that the ministry is widely regarded as corrupt.",
    "The townspeople familiar with the plan refused.",  # "people" ends a longer word
    "The Korean official who spoke refused to comment.",  # "an" ends "Korean"
    "The minister, who asked not to be NAMED, refused.",
    "The rumours were said to have started in May.",
    "There were fears thatthe vote would be lost.",  # "that" runs into the next word
    "Sales rose 12% at that point.",  # "point" reports only in "points out"
    "A number of residents say the plan failed.",  # a quantifier and people
    "Critics say the plan failed, and many believe the next one will.",
    "Unemployment rose to 12 PER CENT.",
    "Profits hit 3 BILLION DOLLARS.",
    "About 6,000 JOBS went.",
    "Rents rose by ¥2m.",
    'At that point the line went dead.\n\n"We will appeal against the ruling at once."',
]


def _all_cues(doc) -> list[tuple[str, int, int, str]]:
    found = analysis(doc).cues + attribution.weasel_cues(doc)
    return [(cue.kind.value, cue.start, cue.end, cue.what) for cue in found]


def _without_pre_checks(monkeypatch):
    monkeypatch.setattr(attribution, "_classes", lambda text: attribution._ALL_CLASSES)
    monkeypatch.setattr(attribution, "_matches_at", lambda pattern, text, starts: pattern.finditer(text))


def test_the_word_lists_kept_between_runs_are_the_ones_the_patterns_give():
    assert attribution._word_lists() == (attribution._WORD_BITS, attribution._IT_PARTICIPLES)


@pytest.mark.parametrize("text", _TRICKY)
def test_pre_checks_skip_only_sentences_the_patterns_cannot_match(text, monkeypatch):
    gated = _all_cues(document(text))
    assert gated, "each sentence has a cue"
    _without_pre_checks(monkeypatch)
    assert _all_cues(document(text)) == gated


@pytest.mark.parametrize("text", [
    "Washington has reportedly set a deadline, ACCORDING TO Peskov.",
    "Sales rose 12%, the company SAID.",
])
def test_pre_checks_still_see_the_source_that_silences_a_cue(text, monkeypatch):
    assert _all_cues(document(text)) == []
    _without_pre_checks(monkeypatch)
    assert _all_cues(document(text)) == []


def test_quote_spans_rely_on_the_shared_helper_leaving_straight_single_quotes_out():
    # _quote_spans asks the helper about curly quotes only in text that is not plain ASCII.
    assert quotations("He said 'no' to the 'deal', it's over.").spans == ()


def test_speech_pre_check_knows_the_first_word_of_each_phrase():
    quote = '\n\n"We will appeal against this ruling at once."'
    assert cues("The reply came in an e-mail." + quote) == []
    assert cues("The reply came in an envelope." + quote) == [
        ("quote", '"We will appeal against this ruling at once."')]
