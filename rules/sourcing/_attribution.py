"""Who stands behind each claim: the attribution analysis shared by the SC rules.

Each sentence of the article's prose (paragraphs, list items, table cells; not headings, whose
claims the body sources, nor block quotes, which are someone's words) is searched for *cues*: a
claim pinned on a vague group ("analysts say"), on anonymous sources, on nobody at all ("it is
believed", "reportedly", "studies show", "according to reports"), a figure with no source in its
sentence or the sentences next to it, and a direct quotation with no speaker in or next to it.

The analysis is patterns, not a parser: a source is *named* when a capitalised name, a pronoun
standing for one ("he said"), or a definite organisation ("the ministry said") stands next to a
reporting verb or after "according to"; a group is *vague* unless a name qualifies it ("Kremlin
officials", "analysts at Capital Economics", "analysts such as Jo Lee"). Words inside a direct
quotation are the speaker's, so no cue is taken from them. Computed once per document.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from copydesk import Block, BlockKind, Document, TextUnit, rx
from copydesk.document import lowers_like_re
from copydesk.quotes import disjoint, overlapping, quotations
from copydesk.usercache import remembered

try:
    from re import _parser
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _parser


class Kind(enum.Enum):
    VAGUE = "vague"            # a vague group: "analysts say", "by analysts", "many believe"
    ANONYMOUS = "anonymous"    # "sources said", "people familiar with the matter"
    PASSIVE = "passive"        # "it is believed", "is said to", "is widely regarded"
    HEDGE = "hedge"            # "reportedly", "allegedly" with nobody named
    STUDY = "study"            # "studies show", "research suggests" with no study named
    ACCORDING = "according"    # "according to reports"
    FIGURE = "figure"          # a statistic with no source in or next to its sentence
    QUOTE = "quote"            # a direct quotation with no speaker in or next to it
    WEASEL = "weasel"          # encyclopedic weasel words: "many", "some", "probably", "widely"


@dataclass(frozen=True)
class Cue:
    """A phrase that presents a claim without naming its source."""

    kind: Kind
    sentence: TextUnit
    start: int        # offsets in the sentence's text
    end: int
    what: str         # the words the message quotes ("analysts", "it is believed")
    words: int = 0    # quotations: how many words the quotation has

    @property
    def text(self) -> str:
        return self.sentence.text[self.start:self.end]


# --- vocabulary -------------------------------------------------------------------------------------

# Verbs of saying, reporting and holding an opinion, in the forms a subject takes before them.
_SAY = (r"(?:says?|said|claim(?:s|ed)?|argue[sd]?|arguing|believe[sd]?|think|thinks|thought|note[sd]?|"
        r"suggest(?:s|ed)?|warn(?:s|ed)?|fear(?:s|ed)?|expect(?:s|ed)?|predict(?:s|ed)?|estimate[sd]?|"
        r"agree[sd]?|contend(?:s|ed)?|maintain(?:s|ed)?|insist(?:s|ed)?|point(?:s|ed)? out|feel|feels|felt|"
        r"consider(?:s|ed)?|regard(?:s|ed)?|view(?:s|ed)?|see|sees|saw|describe[sd]?|doubt(?:s|ed)?|"
        r"speculate[sd]?|question(?:s|ed)?|complain(?:s|ed)?|acknowledge[sd]?|admit(?:s|ted)?|"
        r"concede[sd]?|caution(?:s|ed)?|reckon(?:s|ed)?|assert(?:s|ed)?|allege[sd]?|worr(?:y|ies|ied)|"
        r"confirm(?:s|ed)?|report(?:s|ed)?|told|tells?|write|writes|wrote|add(?:s|ed)?|explain(?:s|ed)?|"
        r"stress(?:es|ed)?|emphasi[sz]e[sd]?|forecast(?:s|ed)?|hope[sd]?|urge[sd]?|accuse[sd]?|"
        r"blame[sd]?|critici[sz]e[sd]?|attribute[sd]?|credit(?:s|ed)?|dismiss(?:es|ed)?|announce[sd]?|"
        r"state[sd]?|reveal(?:s|ed)?|indicate[sd]?|signal(?:s|led|ed)?|deny|denie[sd]|hint(?:s|ed)?|"
        r"stated|observe[sd]?|contend|recall(?:s|ed)?|remark(?:s|ed)?|comment(?:s|ed)?|cite[sd]?|"
        r"calculate[sd]?|pointed|welcome[sd]?|hail(?:s|ed)?|praise[sd]?|label(?:s|led|ed)?|call(?:s|ed)?)")
# Words that may stand between a subject and its verb: "analysts have long said".
_AUX = (r"(?:\s+(?:have|has|had|will|would|could|may|might|can|are|were|is|was|do|did|also|now|long|"
        r"still|widely|generally|often|already|largely|privately|publicly|been|too|all|themselves|"
        r"increasingly|repeatedly|even|however|not|never|mostly|broadly|usually|tend\s+to|seem\s+to|"
        r"continue\s+to|appear\s+to)){0,3}")
# The same without the passive's auxiliaries: "Standard Chartered is believed" names nobody who believes.
_AUX_ACTIVE = (r"(?:\s+(?:have|has|had|will|would|could|may|might|can|do|did|also|now|long|still|widely|"
               r"generally|often|already|largely|privately|publicly|too|all|themselves|increasingly|"
               r"repeatedly|even|however|not|never|mostly|broadly|usually)){0,3}")
# Vague groups: people named only by their trade or stance.
_GROUP_NOUNS = (r"analysts?|experts?|critics?|observers?|commentators?|pundits?|officials?|insiders?|"
                r"economists?|scientists?|researchers?|scholars?|historians?|academics?|diplomats?|"
                r"campaigners?|activists?|opponents?|supporters?|sceptics?|skeptics?|specialists?|"
                r"strategists?|watchers|onlookers|authorities|lawmakers|legislators|theorists|"
                r"conservationists|environmentalists|psychologists|biologists|physicists|"
                r"proponents|advocates|detractors|"
                r"theologians|philosophers|linguists|archaeologists|musicologists|critics")
# Quantifiers that make a group vague however it is named: "some historians", "many people".
_QUANT = r"(?:many|some|several|most|numerous|various|certain|other|few|countless|a\s+number\s+of|a\s+few)"
_PEOPLE = (r"(?:people|persons|observers|others|members|residents|citizens|fans|users|readers|viewers|"
           r"listeners|voters|americans|britons|europeans|christians|muslims|jews|scholars|writers|"
           r"commentators|reviewers|sources)")
# Sources deliberately left unnamed.
_ANONYMOUS = (r"(?:(?:(?:unnamed|anonymous|informed|senior|reliable|diplomatic|security|intelligence|"
              r"government|military|official|industry|party|western|local|police|other)\s+)*sources?"
              r"(?:\s+(?:close|familiar|in|at|within|inside|near)\b)?"
              r"|(?:people|persons?|an?\s+(?:person|source|official|insider))\s+(?:familiar|close)\s+with"
              r"|(?:an?|one|two|three)\s+(?:senior\s+|unnamed\s+|anonymous\s+|western\s+|"
              r"government\s+|administration\s+)*(?:official|insider|aide|source|diplomat)s?"
              r"(?=\s+(?:who|said|says|told|close|familiar|speaking|with)\b)"
              r"|insiders"
              r"|(?:speaking|spoke)\s+on\s+(?:the\s+)?condition\s+of\s+anonymity"
              r"|(?:asked|declined|did\s+not\s+want)\s+not\s+to\s+be\s+(?:named|identified)"
              r"|who\s+(?:asked|declined)\s+(?:not\s+)?to\s+be\s+(?:named|identified))")

# A capitalised word that is not a name: sentence openers and vague capitalised modifiers.
_NOT_NAME_WORDS = """
a an the this that these those there their his her its our my your some many most several other
others but and or so yet however still also then now when while if as although though because since
after before in on at by for from with without of to into over under about between among against
during according it he she they we i you one two three four five all both each every no not such
what which who whose where how why independent western eastern foreign senior top leading local
industry market city wall street major certain various numerous mr mrs ms dr prof sir lord lady
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december last next
"""
_NOT_NAMES = frozenset(_NOT_NAME_WORDS.split())

_CAPITALISED = rx.compile(r"[A-Z][\w'’.-]*|[A-Z]{2,}")
_WORD = rx.compile(r"[\w'’-]+")

# Organisations an article names once and then calls by their kind: "the ministry said".
_ORG_NOUNS = (r"(?:company|firm|group|ministry|government|department|agency|bank|council|court|police|"
              r"army|military|party|union|commission|committee|office|spokesman|spokeswoman|spokesperson|"
              r"minister|president|prime\s+minister|chancellor|secretary|chairman|chairwoman|chief|"
              r"executive|director|board|club|team|manager|coach|report|study|survey|poll|statement|"
              r"website|newspaper|paper|broadcaster|channel|network|airline|carrier|retailer|"
              r"supermarket|maker|producer|regulator|watchdog|authority|institute|university|"
              r"organisation|organization|charity|foundation|association|federation|alliance|"
              r"administration|white\s+house|kremlin|embassy|prosecutor|prosecutors|judge|jury|"
              r"inquiry|review|audit|book|researchers|scientists|authors|team|survey|index|figures|data|"
              r"statistics|census|budget|forecast|treasury|campaign|fund|operator|landlord|owner|"
              r"country|state|city|mayor|governor|senator|mp|leader|spokesperson|official\s+figures)")

_PRONOUN_SOURCE = r"(?:he|she|they|it|we|i|you|his|her|their|its|him|them)"


def _rx(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    return rx.compile(pattern, flags)


_ANONYMOUS_RX = _rx(_ANONYMOUS)
# "Sources" as someone's informants: "sources said", "sources close to", "told sources".
_INFORMANTS = rx.compile(
    rf"(?i:\bsources?{_AUX_ACTIVE}\s+(?:{_SAY})\b|\bsources?\s+(?:close|familiar|within|inside|near)\b|"
    rf"\bsources?\s+(?:in|at|with)\s+(?:the\s+)?(?-i:[A-Z])|"
    rf"\b(?:told|according\s+to|cited|quoted)\s+(?:\w+\s+){{0,2}}sources\b)")
# A named agent of a passive: "is considered by Jo Lee", "was said by him".
_BY_NAMED = rx.compile(r"\bby\s+(?:the\s+|a\s+|an\s+)?(?:[A-Z]|(?i:{_PRONOUN_SOURCE})\b)".replace(
    "{_PRONOUN_SOURCE}", _PRONOUN_SOURCE))
# "according to X": X named (a capital, a pronoun, a definite organisation) or not.
_ACCORDING = _rx(r"\baccording\s+to\s+")
# Reporting verb next to a name, a pronoun or a definite organisation (either side).
_NAMED_BEFORE = rx.compile(
    rf"(?:\b[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|de|van|von|al|bin))*|\b(?i:{_PRONOUN_SOURCE})|"
    rf"\b(?i:the|a|its|his|her|their)\s+(?:[\w'’-]+\s+){{0,3}}(?i:{_ORG_NOUNS})|['’]s\s+(?i:{_ORG_NOUNS}))"
    rf"(?:,[^,]{{1,80}},)?{_AUX_ACTIVE}\s+(?i:{_SAY})\b")
_NAMED_AFTER = rx.compile(
    rf"\b(?i:{_SAY})\s+(?:(?:the|a)\s+)?(?:[A-Z][\w'’.-]*|(?i:{_PRONOUN_SOURCE})\b|(?i:{_ORG_NOUNS})\b)")
# Written sources and sources by their record: "in a statement", "data from the ONS".
_RECORD = _rx(r"\b(?:in\s+a\s+(?:statement|letter|report|interview|post|tweet|speech|filing|note)|"
              r"(?i:figures|data|statistics|numbers|estimates|research|study|survey|report|poll|analysis)"
              r"\s+(?:from|by|published\s+by|released\s+by|compiled\s+by|of)\s+(?:the\s+)?[A-Z]|"
              r"published\s+(?:in|by)\s+(?:the\s+)?[A-Z]|cited\s+by\s+[A-Z]|as\s+reported\s+by\s+[A-Z]|"
              r"quoted\s+(?:by|in)\s+[A-Z]|[A-Z][\w.&-]*['’]s?\s+(?:figures|data|statistics|survey|"
              r"report|study|poll|research|estimates?|analysis|forecasts?))", 0)
# Any reporting at all, named or not: enough to source a figure ("sales fell 5%, analysts said" is
# the vague-attribution rule's).
_ANY_SAY = _rx(rf"\b(?:{_SAY})\b|\baccording\s+to\b|\bas\s+saying\b|\bquoted\b|\bin\s+a\s+statement\b|"
               r"\bfigures\b|\bdata\b|\bstatistics\b|\bsurvey\b|\bpoll\b|\bcensus\b|\bestimates?\b|"
               r"\bforecasts?\b|\breport(?:ed)?\b|\bresults\b|\bpredictions?\b")

# Narration that gives a quotation its speaker.
_SPEECH_MEDIA = (r"interview|letter|post|tweet|speech|email|e-mail|memo|note|message|book|article|essay|"
                 r"column|blog|editorial|video|broadcast|podcast")
_SPEECH_WORDS = (r"asked|replied|responded|answered|shouted|joked|laughed|sighed|cried|wondered|"
                 r"declared|vowed|pledged|promised|recalled|recounted|quipped|conceded|continued|went\s+on|"
                 r"put\s+it|words|slogan|motto|titled|entitled|dubbed|branded|headline[sd]?|read|reads|"
                 r"tweeted|posted|stated|describ(?:ed|ing)|call(?:ed|ing)|word|phrase|term|message|"
                 r"urging|warning|saying|telling|adding|noting|arguing|insisting|claiming|writing|"
                 r"announcing|explaining|smiles?|smiled|laugh(?:s|ed)|grin(?:s|ned)|shrug(?:s|ged)|"
                 r"sigh(?:s|ed)|predicts?|predicted|admits?|admitted|theme|talking\s+point|billed|title")
_SPEECH = _rx(rf"\b(?:{_SAY})\b|\baccording\s+to\b|\bas\s+saying\b|\bquot(?:ed|ing|es?)\b|"
              rf"\bstatement\b|\bin\s+(?:an?\s+)?(?:{_SPEECH_MEDIA})\b|\b(?:{_SPEECH_WORDS})\b")

_VAGUE_SUBJECT = _rx(
    rf"\b(?:(?P<quant>{_QUANT})\s+(?:(?:[\w-]+\s+){{0,2}}?)(?P<qnoun>{_GROUP_NOUNS}|{_PEOPLE})"
    rf"|(?P<pron>(?:some|many|others|most|few))(?!\s+(?:of|more|less|time|years?|months?|weeks?|days?)\b)"
    rf"|(?P<noun>{_GROUP_NOUNS}))(?={_AUX_ACTIVE}\s+(?:{_SAY})\b(?!\s+to\s+(?:be|have)\b))")
_VAGUE_AGENT = _rx(
    rf"\b(?:by|among|to|from)\s+(?P<agent>{_QUANT}\s+(?:(?!its\b|their\b|his\b|her\b|the\b)(?-i:[a-z-]+)\s+){{0,2}}?"
    rf"(?:{_GROUP_NOUNS}|{_PEOPLE})|(?:(?!its\b|their\b|his\b|her\b|the\b|our\b)(?!\w+ing\b)(?-i:[a-z-]+)\s+)?"
    rf"(?:{_GROUP_NOUNS})|"
    rf"some|many|others|most)\b")
# A closing tag naming the speaker: ", Mr Hensel said." / ", said Jo Lee."
_NAMED_TAG = rx.compile(rf",\s*(?:(?:[A-Z][\w'’.-]*\s+){{1,4}}|(?i:he|she|they)\s+|(?i:the)\s+[\w\s]{{0,30}}?"
                        rf"(?i:{_ORG_NOUNS})\s+)(?:(?i:has|have|had)\s+)?(?i:said|says|added|told|argued|warned|noted|explained|"
                        rf"wrote|insisted)\b[^.]*\.?[\"”]?$|,\s*(?i:said|says|added)\s+(?:the\s+)?[A-Z]")
_VAGUE_AGENT_VERB = _rx(
    r"\b(?:seen|viewed|regarded|considered|described|called|hailed|criticised|criticized|dismissed|"
    r"believed|thought|perceived|labelled|labeled|branded|deemed|praised|welcomed|recognised|recognized|"
    r"acknowledged|accepted|disputed|questioned|doubted|expected|predicted|known|reported|cited|"
    r"interpreted|judged|rated|ranked|touted|heralded|celebrated|blamed|attributed|credited|"
    r"popular|controversial|unpopular|common|widespread)\b")
_SAID_GROUP = _rx(rf"\b(?:said|says|say|according\s+to|warned|added|noted|argued|believe)\s+"
                  rf"(?P<noun>(?:(?:some|many|most|several|other)\s+)?(?:{_GROUP_NOUNS}))\b")

_PASSIVE = _rx(
    r"\bit\s+(?:is|was|has\s+been|had\s+been|is\s+now|is\s+often|is\s+generally|is\s+widely|"
    r"was\s+widely|is\s+increasingly|is\s+commonly|was\s+once|is\s+also|was\s+also|is\s+sometimes|"
    r"may\s+be|might\s+be|could\s+be|can\s+be|would\s+be|must\s+be)\s+"
    r"(?:believed|thought|said|claimed|alleged|understood|rumou?red|reported|suggested|argued|"
    r"speculated|feared|estimated|assumed|accepted|held|known|felt|considered|acknowledged|agreed|"
    r"recognised|recognized|maintained|contended|supposed|presumed|suspected|reckoned|asserted|"
    r"noted|hoped|expected|predicted|theorized|theorised|posited|hypothesi[sz]ed|proposed|"
    r"questioned|disputed|documented)"
    r"(?:\s+by\s+(?:some|many|most|others)\b)?(?=\s*(?:that|,|\bby\b|$))"
    r"|\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been|being)\s+(?:also\s+|now\s+|often\s+|"
    r"generally\s+|commonly\s+|widely\s+|still\s+|sometimes\s+|popularly\s+|traditionally\s+|"
    r"largely\s+)?(?:said|believed|thought|rumou?red|alleged|understood|reputed|reckoned|"
    r"claimed|reported|purported|supposed|suspected|considered|presumed|estimated|assumed|felt)"
    r"\s+to\s+(?:be|have|include|contain|hold|come|date|originate|stem|represent|number|lie|live|"
    r"exist|cause|play|make|mean|derive|refer|reflect|resemble|account|possess)\b"
    r"|\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been|being|remains?|became|become)\s+"
    r"(?:widely|generally|commonly|often|frequently|popularly|universally|increasingly|broadly|"
    r"traditionally|largely)\s+"
    r"(?:(?:and\s+)?(?:widely|generally|commonly|often|popularly)\s+)?"
    r"(?:regarded|considered|seen|viewed|believed|thought|held|accepted|acknowledged|recognised|"
    r"recognized|acclaimed|praised|criticised|criticized|cited|described|credited|known|perceived|"
    r"assumed|agreed|reported|touted|hailed|deemed|referred\s+to|called|labell?ed|"
    r"blamed|disputed|debated|rumou?red|speculated|claimed)"
    r"|\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been|being|remains?)\s+"
    r"(?:regarded|considered|viewed|deemed|perceived|seen|reckoned)\s+(?:as|to\s+be|by\s+(?:some|many))\b"
    r"|\bthere\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:a\s+|some\s+|widespread\s+|"
    r"growing\s+|general\s+)?(?:belief|speculation|suggestions?|claims?|concerns?|fears?|rumou?rs?|"
    r"reports?|consensus|agreement|speculations|allegations?)\s+that"
    r"|\b(?:widely|generally|commonly|popularly|often)\s+(?:regarded|considered|believed|thought|"
    r"accepted|acknowledged|recognised|recognized|acclaimed|seen|viewed|held|cited|described|"
    r"credited|reported|touted|hailed|deemed|perceived|known)\b")
# Hedges that pass on somebody's report or allegation without saying whose.
_HEDGE_WORDS = r"reportedly|allegedly|purportedly|reputedly|rumou?redly"
_HEDGE = _rx(rf"\b(?:{_HEDGE_WORDS})\b")
# Where "allegedly" is the law's word, the allegation has an owner: a charge, a court, the police.
_LEGAL = _rx(r"\b(?:charged?|charges|accused|accusations?|trial|court|courts|suspended|arrested|police|"
             r"prosecut\w+|lawsuit|sued|sues|suing|inquiry|investigat\w+|convicted|guilty|custody|"
             r"indicted|indictment|alleg\w+|jury|case|tribunal|hearing|disciplin\w+|banned|sacked)\b")
_STUDY = _rx(
    r"\b(?:(?:studies|research|surveys|polls|experiments|evidence|data|statistics|reports|"
    r"scientists|science|experts)\s+(?:ha(?:s|ve)\s+)?(?:also\s+)?"
    r"(?:shows?|shown|suggests?|suggested|finds|found|indicates?|indicated|proves?|proven|proved|"
    r"demonstrates?|demonstrated|confirms?|confirmed|reveals?|revealed|points?\s+to|backs?\s+up)"
    r"|(?:a|one|another|some|several|many|recent|new|a\s+recent|a\s+new|the\s+latest|numerous|"
    r"previous)\s+(?:[\w-]+\s+)?(?:study|studies|survey|surveys|poll|research|report|reports|analysis|"
    r"paper|experiment|trial)\s+(?:ha(?:s|ve)\s+)?(?:shows?|shown|showed|suggests?|suggested|finds|"
    r"found|indicates?|indicated|concluded|concludes|revealed|reveals|claims?|claimed|estimates?|"
    r"estimated|proves?|proved|demonstrated|demonstrates)"
    r"|(?:research|studies)\s+(?:has|have)\s+(?:shown|found|suggested|indicated|demonstrated|proved))\b")
_STUDY_NAMED = _rx(r"\b(?:published|conducted|carried\s+out|commissioned|funded|led|run|compiled|"
                   r"by|from|at|of|in)\s+(?:the\s+)?(?:journal\s+)?[A-Z]|[A-Z][\w.&-]*(?:['’]s?)?\s+(?:study|"
                   r"survey|poll|research|report|analysis|paper)|\b(?:the|this|that|his|her|their|its)\s+"
                   r"(?:[\w-]+\s+)?(?:study|survey|poll|research|report|analysis|paper)\b", 0)
_ACCORDING_VAGUE = _rx(
    r"\baccording\s+to\s+(?P<who>(?:(?:some|many|most|several|various|other|unconfirmed|local|media|"
    r"press|news|published|recent|early|initial|preliminary|official|one|some\s+of\s+the|"
    r"unofficial|independent|industry|market|widespread|several\s+media)\s+)*(?:reports?|estimates?|"
    r"accounts?|rumou?rs?|sources?|experts?|analysts?|observers?|critics?|officials?|insiders?|"
    r"historians?|scholars?|researchers?|scientists?|studies|research|surveys?|polls?|legend|"
    r"tradition|witnesses|residents|locals|media|some|many|others|most|people|commentators|"
    r"economists|diplomats|figures|data|statistics)\b)")

# Statistics: shares, sums of money in millions, and counts in the thousands of something.
_CURRENCY_NAMES = r"dollars|euros|pounds|yen|roubles|rubles|rupees|yuan"
_COUNTED = (r"people|jobs|workers|employees|deaths|cases|refugees|visitors|users|customers|voters|members|"
            r"troops|soldiers|civilians|children|students|patients|homes|households|families|residents|"
            r"victims|casualties|bodies|prisoners|migrants|protesters|fans|subscribers|copies|units|vehicles|"
            r"cars|barrels|tonnes|tons")
_FIGURE = _rx(
    r"(?<![\w.,])(?:"
    r"\d[\d,]*(?:\.\d+)?\s?(?:%|per\s?cent\b|percent\b|percentage\s+points?\b)"
    r"|[£$€¥]\s?\d[\d,]*(?:\.\d+)?\s?(?:bn|m|tn|billion|million|trillion)\b"
    rf"|\d[\d,]*(?:\.\d+)?\s?(?:bn|m|billion|million|trillion)\s(?:{_CURRENCY_NAMES})\b"
    r"|\d[\d,]*(?:\.\d+)?\s(?:million|billion|trillion)\s(?!years\b)[a-z]+"
    rf"|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?\s(?:[a-z-]+\s)?(?:{_COUNTED})\b"
    r")")
# Encyclopedic weasel words (Wikipedia's sense, the CoNLL-2010 cues): vague quantities, hedges,
# generalisations and puffery. Too common in news to be on by default.
_WEASEL_WORDS = (
    r"many|some|several|countless|probably|possibly|perhaps|arguably|apparently|seemingly|presumably|"
    r"likely|might|believed|considered|widely|generally|seems?|seemed|suggests?|suggested|thought\s+to|"
    r"said\s+to|regarded|one\s+of\s+the\s+(?:most|best|greatest|first|largest|few)|famous|famously|"
    r"notable|notably|well[- ]known|best[- ]known|renowned|legendary|unclear|unknown")
_WEASEL = _rx(rf"\b(?:{_WEASEL_WORDS})\b")

# What may follow a vague group and name it: "analysts at Capital Economics", "experts such as Jo Lee".
_NAME_AFTER_GROUP = rx.compile(
    r"(?:,\s*)?(?:\s+(?:the\s+)?[A-Z][\w/&.-]*(?:\s+[A-Z]|[,.]?\s*$|,|\s+(?:said|says|have|has|of|at)\b)|"
    r"\s+and\s+[\w\s]{0,30}?[A-Z][a-z]+\s+[A-Z][a-z]+|"
    r"\s+(?:at|from|with|of|for|in|on|by|inside|within|such\s+as|including|like|led\s+by|"
    r"working\s+for)\s+(?:the\s+|a\s+)?(?:[a-z]+\s+){0,3}(?:the\s+)?[A-Z]|"
    r"\s+(?:[a-z]+\s+)?(?:gathered|revealed|compiled|published|released|collected|produced|issued|"
    r"commissioned|carried\s+out|conducted)\s+by\s+[^.]{0,30}?[A-Z]|,?\s+[A-Z][a-z]+\s+[A-Z][a-z]+,|"
    r"\s+(?:at|from|of)\s+the\s+(?:[\w-]+\s+)?" + _ORG_NOUNS + r"\b)")
# After "according to": a name, a pronoun or a definite organisation.
_ACCORDING_NAMED = rx.compile(
    rf"(?:the\s+)?[A-Z]|(?i:{_PRONOUN_SOURCE})\b|(?i:the\s+(?:[\w-]+\s+)?{_ORG_NOUNS})\b")
# A sentence-opening word that is a vague group, not a name: "Analysts note …".
_GROUP_WORD = rx.compile(rf"(?i:{_GROUP_NOUNS}|sources?|people|reports?|studies|research|investors|traders)")
_GROUP_AT_END = rx.compile(rf"(?i)({_GROUP_NOUNS})\s*$")

_WORDS = rx.compile(r"[^\W\d_][\w'’-]*")


# --- pre-checks -------------------------------------------------------------------------------------
# Most sentences hold none of the words the costly patterns need. Each sentence's words are looked
# up once (_classes), and a pattern runs only on the sentences that have the words one of its
# alternatives needs: whole words (runs of \w, which no word of a pattern can straddle) in lower
# case, or substrings where a pattern may find its word inside a longer one ("resources").

def _spellings(pattern: str, first_words: bool = False) -> frozenset[str]:
    r"""The single words that a word-list pattern (``analysts?|worr(?:y|ies|ied)|a\s+few``) matches,
    in lower case; alternatives of several words are left out, or with ``first_words`` give their
    first word. Anything but literals, character sets, groups, alternatives, optional parts and
    whitespace is refused."""

    def expand(items: list) -> set[str]:
        found = {""}
        for op, arg in items:
            if op is _parser.LITERAL:
                options = {chr(arg)}
            elif op is _parser.IN and all(kind is _parser.LITERAL for kind, _ in arg):
                options = {chr(code) for _, code in arg}
            elif op is _parser.IN and arg == [(_parser.CATEGORY, _parser.CATEGORY_SPACE)]:
                options = {" "}
            elif op is _parser.SUBPATTERN:
                options = expand(arg[-1])
            elif op is _parser.BRANCH:
                options = set().union(*(expand(alternative) for alternative in arg[1]))
            elif op is _parser.MAX_REPEAT and arg[1] == 1:
                options = expand(arg[2]) | ({""} if arg[0] == 0 else set())
            elif op is _parser.MAX_REPEAT and expand(arg[2]) == {" "}:
                options = {" "}
            else:
                raise ValueError(f"not a word list: {pattern!r}")
            found = {a + b for a in found for b in options}
        return found

    spellings = expand(list(_parser.parse(pattern)))
    if first_words:
        return frozenset(_WORD_RUN.match(spelling).group().lower() for spelling in spellings)
    return frozenset(word.lower() for word in spellings if _WORD_RUN.fullmatch(word))


_WORD_RUN = rx.compile(r"\w+")
# The sentence classes (``_Sentence.has``): which patterns may match.
(_HAS_ANONYMOUS, _HAS_ACCORDING, _HAS_GROUP, _HAS_PASSIVE, _HAS_HEDGE, _HAS_WEASEL, _HAS_STUDY,
 _HAS_FIGURE, _HAS_REPORTING, _HAS_SPEECH) = (1 << bit for bit in range(10))
_ALL_CLASSES = (1 << 10) - 1
_CLAIM_CLASSES = _HAS_ANONYMOUS | _HAS_ACCORDING | _HAS_GROUP | _HAS_PASSIVE | _HAS_HEDGE | _HAS_STUDY
# Words that count only together with others (see _classes, _may_be_passive, _may_be_anonymous).
(_W_IT, _W_IT_VERB, _W_THERE, _W_ADVERB, _W_AUXILIARY, _W_SAID, _W_TO, _W_INFINITIVE, _W_REGARDED,
 _W_BY, _W_FAMILIAR, _W_AFTER_OFFICIAL, _W_BE, _W_QUANTIFIER, _W_PEOPLE, _W_AMOUNT) = (
    1 << bit for bit in range(10, 26))
# Words that are a whole match of _ANY_SAY or _SPEECH by themselves: no need to search.
_SURELY_REPORTING, _SURELY_SPEECH = 1 << 26, 1 << 27


def _word_bits(*classes: tuple[int, frozenset[str]]) -> dict[str, int]:
    bits: dict[str, int] = {}
    for bit, words in classes:
        for word in words:
            bits[word] = bits.get(word, 0) | bit
    return bits


def _word_lists() -> tuple[dict[str, int], tuple[str, ...]]:
    """_WORD_BITS and _IT_PARTICIPLES, read out of the patterns' word lists."""
    word_bits = _word_bits(
        (_HAS_ACCORDING, frozenset({"according"})),
        # _VAGUE_SUBJECT, _VAGUE_AGENT and _SAID_GROUP need a group, a bare pronoun ("many believe") or
        # a quantifier and people ("a number of residents").
        (_HAS_GROUP, _spellings(rf"{_GROUP_NOUNS}|some|many|others|most|few")),
        (_W_QUANTIFIER, _spellings(rf"{_QUANT}|number")),
        (_W_PEOPLE, _spellings(_PEOPLE)),
        (_HAS_HEDGE, _spellings(_HEDGE_WORDS)),
        # With the first words of its phrases: "thought to", "one of the most", "well-known", "best known".
        (_HAS_WEASEL, _spellings(rf"{_WEASEL_WORDS}|thought|said|one|well|best")),
        # _STUDY: the research word before its verb ("studies show", "a new survey found").
        (_HAS_STUDY, _spellings(r"studies|research|surveys?|polls?|experiments?|evidence|data|statistics|"
                                r"reports?|scientists|science|experts|study|analysis|paper|trial")),
        # _ANY_SAY, with the first word of "points out", "as saying", "in a statement".
        (_HAS_REPORTING, _spellings(rf"{_SAY}|point|points|pointed|according|saying|quoted|statement|figures|"
                                    r"data|statistics|survey|poll|census|estimates?|forecasts?|report(?:ed)?|"
                                    r"results|predictions?")),
        # _SPEECH, with the first word of its phrases ("went on", "talking point", "e-mail") and the
        # medium after "in" ("in an interview").
        (_HAS_SPEECH, _spellings(rf"{_SAY}|point|points|pointed|according|saying|quot(?:ed|ing|es?)|"
                                 rf"statement|{_SPEECH_MEDIA}|e|{_SPEECH_WORDS}|went|put|talking")),
        (_SURELY_REPORTING, _spellings(rf"{_SAY}|quoted|figures|data|statistics|survey|poll|census|"
                                       r"estimates?|forecasts?|report(?:ed)?|results|predictions?")),
        (_SURELY_SPEECH, _spellings(rf"{_SAY}|quot(?:ed|ing|es?)|statement|{_SPEECH_WORDS}")),
        # _PASSIVE's words, as _may_be_passive combines them.
        (_W_IT, frozenset({"it"})),
        (_W_IT_VERB, _spellings(r"is|was|has|had|may|might|could|can|would|must")),
        (_W_THERE, frozenset({"there"})),
        (_W_ADVERB, _spellings(r"widely|generally|commonly|often|frequently|popularly|universally|"
                               r"increasingly|broadly|traditionally|largely")),
        (_W_AUXILIARY, _spellings(r"is|are|was|were|been|being|remains?")),
        (_W_SAID, _spellings(r"said|believed|thought|rumou?red|alleged|understood|reputed|reckoned|claimed|"
                             r"reported|purported|supposed|suspected|considered|presumed|estimated|assumed|felt")),
        (_W_TO, frozenset({"to"})),
        (_W_INFINITIVE, _spellings(r"be|have|include|contain|hold|come|date|originate|stem|represent|number|"
                                   r"lie|live|exist|cause|play|make|mean|derive|refer|reflect|resemble|"
                                   r"account|possess")),
        (_W_REGARDED, _spellings(r"regarded|considered|viewed|deemed|perceived|seen|reckoned")),
        (_W_BY, frozenset({"by"})),
        # _ANONYMOUS's words, as _may_be_anonymous combines them.
        (_W_FAMILIAR, frozenset({"familiar", "close"})),
        (_W_AFTER_OFFICIAL, _spellings(r"who|said|says|told|close|familiar|speaking|with")),
        (_W_BE, frozenset({"be"})),
        # _FIGURE's words after a number: "$3bn dollars", "2 million people", "6,000 jobs".
        (_W_AMOUNT, _spellings(rf"{_CURRENCY_NAMES}|million|billion|trillion|{_COUNTED}")),
    )
    # The participles of "it is believed" and the like: a word may go on past one ("saidthat").
    participles = tuple(sorted(_spellings(
        r"believed|thought|said|claimed|alleged|understood|rumou?red|reported|suggested|argued|speculated|"
        r"feared|estimated|assumed|accepted|held|known|felt|considered|acknowledged|agreed|recognised|"
        r"recognized|maintained|contended|supposed|presumed|suspected|reckoned|asserted|noted|hoped|expected|"
        r"predicted|theorized|theorised|posited|hypothesi[sz]ed|proposed|questioned|disputed|documented")))
    return word_bits, participles


# Reading the word lists out of the patterns costs a one-file run about 10 ms: the answer is kept.
_WORD_BITS, _IT_PARTICIPLES = remembered("sourcing-words", _word_lists, __file__)
_TRIGGERS = frozenset(_WORD_BITS)
# The patterns match case-insensitively: word look-ups in lower case agree with them only where
# ``lowers_like_re`` says so.
_DIGIT = rx.compile(r"\d")  # every _FIGURE has one, and a share, a currency or an amount
# ASCII with every byte that \w does not match turned into a space.
_ASCII_WORD_BYTES = bytes(code if chr(code).isalnum() or chr(code) == "_" else ord(" ")
                          for code in range(256))


def _classes(text: str) -> int:
    """The classes (``_HAS_*``) of the patterns that may match ``text``, or-ed together."""
    if not lowers_like_re(text):
        return _ALL_CLASSES
    lowered = text.lower()
    if lowered.isascii():  # the same words as _WORD_RUN finds, three times as fast
        words = set(lowered.encode().translate(_ASCII_WORD_BYTES).decode().split())
    else:
        words = set(_WORD_RUN.findall(lowered))
    bits = 0
    for word in words & _TRIGGERS:
        bits |= _WORD_BITS[word]
    found = bits & (_ALL_CLASSES | _SURELY_REPORTING | _SURELY_SPEECH)
    if bits & _W_QUANTIFIER and bits & _W_PEOPLE:
        found |= _HAS_GROUP
    if (bits & _W_AMOUNT or "%" in text or "cent" in lowered  # "per cent"
            or any(map(text.__contains__, "£$€¥"))) and _DIGIT.search(text):
        found |= _HAS_FIGURE
    if _may_be_passive(bits, words, lowered):
        found |= _HAS_PASSIVE
    if _may_be_anonymous(bits, lowered):
        found |= _HAS_ANONYMOUS
    return found


# Where a match of _VAGUE_SUBJECT can begin (for _matches_at): a quantifier ("a number of"), a
# pronoun, a group. It is the costliest pattern, with no literal start for the engine to skip to.
_VAGUE_SUBJECT_STARTS = _spellings(rf"{_QUANT}|some|many|others|most|few|{_GROUP_NOUNS}", first_words=True)


def _matches_at(pattern: re.Pattern[str], text: str, starts: frozenset[str]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose every match begins with a whole word of
    ``starts`` (lower case): tried at those words only rather than at every position."""
    if not lowers_like_re(text):
        yield from pattern.finditer(text)  # lower case may not be what the pattern matches
        return
    end = 0
    for word in _WORD_RUN.finditer(text):
        if word.start() >= end and word.group().lower() in starts:
            match = pattern.match(text, word.start())
            if match:
                end = match.end()
                yield match


def _may_be_passive(bits: int, words: set[str], lowered: str) -> bool:
    """Has the sentence the words of one of _PASSIVE's alternatives?"""
    return bool(
        bits & _W_ADVERB  # "is widely regarded", "generally accepted"
        or (bits & _W_AUXILIARY and (
            (bits & _W_SAID and bits & _W_TO and bits & _W_INFINITIVE)  # "is said to be"
            or (bits & _W_REGARDED and (bits & (_W_TO | _W_BY) or "as" in lowered))))  # "as" may begin a word
        or (bits & _W_IT and bits & _W_IT_VERB and any(word.startswith(_IT_PARTICIPLES) for word in words))
        or (bits & _W_THERE and "that" in lowered))  # "there is speculation that"


def _may_be_anonymous(bits: int, lowered: str) -> bool:
    """Has the sentence the words of one of _ANONYMOUS's alternatives? Its nouns may end a longer
    word ("resources", "townspeople")."""
    return bool(
        any(map(lowered.__contains__, ("source", "insider", "aide", "diplomat", "anonymity")))
        or (bits & _W_FAMILIAR and any(map(lowered.__contains__, ("people", "person", "official"))))
        or (bits & _W_AFTER_OFFICIAL and "official" in lowered)  # "an official who", "one official said"
        or (bits & _W_BE and ("named" in lowered or "identified" in lowered)))  # "asked not to be named"


# --- helpers ----------------------------------------------------------------------------------------

def _is_name(word: str) -> bool:
    return bool(_CAPITALISED.fullmatch(word)) and word.lower().strip("'’.") not in _NOT_NAMES


def _group_is_named(text: str, start: int, end: int) -> bool:
    """Is the vague group at ``text[start:end]`` qualified by a name ("Kremlin officials", "analysts
    at Capital Economics", "experts such as Jo Lee", "the bank's economists")?"""
    # Only the words right before the group, with no punctuation between, can qualify it.
    run = re.search(r"(?:[\w'’&.-]+\s+){0,3}$", text[max(0, start - 40):start])
    before = _WORD.findall(run.group(0) if run else "")
    if any(_is_name(w) for w in before) or (before and before[-1].endswith(("'s", "’s", "s'", "s’"))):
        return True
    return bool(_NAME_AFTER_GROUP.match(text[end:end + 80]))


def _named_source(text: str, has: int = _ALL_CLASSES) -> bool:
    """Does ``text`` (quotations blanked, its pre-check classes ``has``) name who says what it says?"""
    if _RECORD.search(text):
        return True
    if not has & _HAS_REPORTING and not has & _HAS_ACCORDING:
        return False  # the patterns below need "according to" or a verb of saying
    for match in _ACCORDING.finditer(text):
        rest = text[match.end():]
        if _ACCORDING_NAMED.match(rest):
            return True
    for match in _NAMED_BEFORE.finditer(text):
        head = _WORD.match(match.group(0))
        word = head.group(0) if head else ""
        if word[:1].isupper() and word.lower() in _NOT_NAMES and word.lower() not in (
                "he", "she", "they", "it", "we", "i", "the", "a", "an", "his", "her", "its", "their",
                "mr", "mrs", "ms", "dr", "prof", "sir", "lord", "lady"):
            continue
        if _GROUP_WORD.fullmatch(word):
            continue  # "Analysts note": a vague group opening the sentence, not a name
        return True
    return bool(_NAMED_AFTER.search(text))


def _blank(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    """``text`` with the quoted stretches replaced by spaces (offsets kept)."""
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


@dataclass
class _Sentence:
    """A sentence as the sourcing analysis reads it."""

    unit: TextUnit
    block: Block
    offset: int                 # start in the block's text
    text: str                   # quotations blanked
    has: int                    # the pre-check classes of its words (``_HAS_*``)

    # Asked only about sentences with a candidate cue and their neighbours: most never are.
    @cached_property
    def named(self) -> bool:
        """Does the sentence name a source?"""
        return _named_source(self.text, self.has)

    @cached_property
    def reporting(self) -> bool:
        """Does it report anything, named or not?"""
        return bool(self.has & _SURELY_REPORTING
                    or (self.has & _HAS_REPORTING and _ANY_SAY.search(self.text)))


PROSE = frozenset({BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.TABLE_CELL})


def _sentences(document: Document, quoted_in: dict[int, tuple[tuple[int, int], ...]]) -> list[_Sentence]:
    found = []
    for block in document.blocks:
        if block.kind not in PROSE:
            continue
        text = _blank(block.unit.text, quoted_in[id(block)])
        for (start, end), unit in zip(block.sentence_bounds, block.sentences, strict=True):
            sentence = text[start:end]
            found.append(_Sentence(unit, block, start, sentence, _classes(sentence)))
    return found


# --- the analysis -----------------------------------------------------------------------------------

def _claim_cues(s: _Sentence, neighbours: list[_Sentence]) -> list[Cue]:
    text, cues, taken = s.text, [], []

    def add(kind: Kind, start: int, end: int, what: str) -> None:
        if any(a < end and start < b for a, b in taken):
            return
        taken.append((start, end))
        cues.append(Cue(kind, s.unit, start, end, what))

    has = s.has
    for match in _ANONYMOUS_RX.finditer(text) if has & _HAS_ANONYMOUS else ():
        word = match.group(0)
        if re.search(r"(?i)sources?$", word) and not _INFORMANTS.search(
                text[max(0, match.start() - 40):match.end() + 40]):
            continue  # "sources of income", "energy sources"
        trimmed = re.sub(r"(?i)\s+(?:close|familiar|in|at|within|inside|near)$", "", word)
        add(Kind.ANONYMOUS, match.start(), match.start() + len(trimmed), " ".join(trimmed.split()))
    for match in _ACCORDING_VAGUE.finditer(text) if has & _HAS_ACCORDING else ():
        who = match.group("who")
        if re.search(r"(?i)\bsources?\b", who):
            add(Kind.ANONYMOUS, match.start(), match.end(), " ".join(match.group(0).split()))
            continue
        if _group_is_named(text, match.start("who"), match.end("who")):
            continue
        add(Kind.ACCORDING, match.start(), match.end(), " ".join(match.group(0).split()))
    tagged: re.Match[str] | bool | None = False  # searched for at the first vague subject
    # A vague subject and "said analysts" both need a verb of saying: a reporting word.
    group_says = has & _HAS_GROUP and has & _HAS_REPORTING
    for match in _matches_at(_VAGUE_SUBJECT, text, _VAGUE_SUBJECT_STARTS) if group_says else ():
        start, end = match.span()
        if tagged is False:
            tagged = _NAMED_TAG.search(text)
        if tagged and tagged.start() > end:
            continue  # "… which many fear, Mr Hensel said": the named speaker's claim
        if match.group("noun") and not match.group("noun").lower().endswith(("s", "ies")) and not re.search(
                r"(?i)\b(?:an?|one)\s+(?:[\w-]+\s+)?$", text[max(0, start - 20):start]):
            continue  # "analyst forecasts": a modifier, not a subject
        if match.group("noun") and _group_is_named(text, start, end):
            continue
        if re.search(r"(?i)\bthan\s+$", text[max(0, start - 6):start]):
            continue  # "lower than analysts had expected": the market's consensus, not a claim
        if match.group("noun") and re.search(r"(?i)\b(?:the|these|those|both|such)\s+$",
                                             text[max(0, start - 12):start]):
            continue  # "the analysts said": a group named before
        if match.group("qnoun") and _group_is_named(text, match.start("qnoun"), match.end("qnoun")):
            continue
        if match.group("pron") and not re.search(
                r"(?i)(?:^|[,;:—–]|\b(?:and|but|while|as|that|because|though|although|yet|whereas|where))\s*$",
                text[max(0, start - 12):start]):
            continue  # "answer some questions": not the subject of a clause
        if _resolved_by_neighbour(match.group(0), neighbours):
            continue
        add(Kind.VAGUE, start, end, " ".join(match.group(0).split()))
    for match in _SAID_GROUP.finditer(text) if group_says else ():
        noun_start, noun_end = match.span("noun")
        if (_group_is_named(text, noun_start, noun_end)
                or _resolved_by_neighbour(match.group("noun"), neighbours)):
            continue
        add(Kind.VAGUE, noun_start, noun_end, " ".join(match.group("noun").split()))
    for match in _VAGUE_AGENT.finditer(text) if has & _HAS_GROUP else ():
        agent_start, agent_end = match.span("agent")
        window = text[max(0, match.start() - 60):match.start()]
        if not _VAGUE_AGENT_VERB.search(window) or _group_is_named(text, agent_start, agent_end):
            continue
        if (re.match(r"(?i)(?:some|many|most|others)$", match.group("agent"))
                and match.group(0)[:2].lower() != "by"):
            continue  # "from some" / "to many": a quantity, not an agent
        if re.match(r"(?i)(?:people|persons|members|users|residents|citizens|readers|viewers|listeners|"
                    r"voters)$", match.group("agent")):
            continue  # "known to people": bare people are no source
        add(Kind.VAGUE, agent_start, agent_end, " ".join(match.group("agent").split()))
    passives = list(_PASSIVE.finditer(text)) if has & _HAS_PASSIVE else []
    for match in passives if passives and not s.named else ():
        clause = re.match(r"[^.;:!?]*", text[match.end():match.end() + 80]).group(0)
        if _BY_NAMED.search(clause) and not match.group(0).lower().startswith("it "):
            continue  # "is considered by Jo Lee the best": the agent is named
        if any(c.kind is Kind.VAGUE and match.end() <= c.start <= match.end() + len(clause) for c in cues):
            continue  # "were viewed as … by analysts": the vague agent is the finding
        add(Kind.PASSIVE, match.start(), match.end(), " ".join(match.group(0).split()))
    for match in _HEDGE.finditer(text) if has & _HAS_HEDGE else ():
        word = match.group(0).lower()
        if word == "allegedly" and (_LEGAL.search(text[:match.start()] + text[match.end():]) or
                                    any(_LEGAL.search(n.text) for n in neighbours)):
            continue
        if not s.named and not any(n.named for n in neighbours):
            add(Kind.HEDGE, match.start(), match.end(), match.group(0))
    for match in _STUDY.finditer(text) if has & _HAS_STUDY else ():
        if s.named or _STUDY_NAMED.search(text) or any(_STUDY_NAMED.search(n.text)
                                                                         for n in neighbours):
            continue
        add(Kind.STUDY, match.start(), match.end(), " ".join(match.group(0).split()))
    return cues


_JOBS = _rx(r"\b(?:analyst|economist|strategist|expert|professor|researcher|scientist|editor|director|"
            r"chief|head|spokes(?:man|woman|person)|official|adviser|advisor|consultant|partner|fellow)\b")


def _resolved_by_neighbour(group: str, neighbours: list[_Sentence]) -> bool:
    """"Analysts said … . 'Quote,' said Jo Lee, an analyst at X." names the analyst next door."""
    noun = _GROUP_AT_END.search(group)
    stem = noun.group(1).lower().rstrip("s") if noun else None
    stem = {"authoritie": "authorit"}.get(stem, stem)
    for n in neighbours:
        if not (n.named and re.search(r"\b[A-Z][a-z]+\s+[A-Z][a-z]+", n.text)):
            continue
        if (stem and re.search(rf"(?i)\b{re.escape(stem)}", n.text)) or _JOBS.search(n.text):
            return True
    return False


def _figure_cues(s: _Sentence, neighbours: list[_Sentence]) -> list[Cue]:
    figure = _FIGURE.search(s.text)  # one figure is enough to ask for the sentence's source
    if figure is None or s.reporting or any(n.reporting for n in neighbours):
        return []
    return [Cue(Kind.FIGURE, s.unit, figure.start(), figure.end(), figure.group(0).strip())]


_PERSON = rx.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]er|[Hh]is|[Tt]hey|[Tt]heir|[Tt]hem|I|[Ww]e|[Oo]ur)\b|"
                     r"\b(?:Mr|Mrs|Ms|Dr|Prof|Sir|Lord|Lady)\.?\s+[A-Z]|\b[A-Z][a-z]+\s+[A-Z][a-z]+")
_SPEAKER_COLON = rx.compile(r"(?:^|\b[A-Z][\w'’.-]*|\b(?i:he|she|they|it|we))[^.!?]{0,40}:\s*$")


def _quote_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The direct quotations of a block, as ``copydesk.quotes`` finds them, except that a straight
    double quote opening after a sentence's end while a quotation is open starts a new quotation.

    Text whose paragraph breaks were lost runs news-style continued quotations together (``… the
    roof. "The Audit …``); pairing the marks in order would then turn the rest of the block inside
    out. A straight mark's direction is read from its neighbours: after a space it opens, before a
    space or punctuation it closes.
    """
    if '"' not in text:
        return quotations(text).spans
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for match in re.finditer('"', text):
        i = match.start()
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        opens = before.isspace() or (before in "([{—–-/" and not after.isspace())
        closes = not before.isspace() and (after.isspace() or after in ".,;:!?)]}'’—–-")
        if start is None:
            if opens or not closes:
                start = i
        elif opens and not closes:
            spans.append((start, i))  # a continued quotation: the previous paragraph's ran to here
            start = i
        else:
            spans.append((start, i + 1))
            start = None
    if start is not None:
        spans.append((start, len(text)))
    others = text.replace('"', " ")
    # The shared helper's other quote marks are all non-ASCII (it leaves straight single quotes out).
    curly = [] if others.isascii() else [span for span in quotations(others).spans
                                         if not any(s < span[1] and span[0] < e for s, e in spans)]
    return tuple(sorted(spans + curly))


def _quote_cues(sentences: list[_Sentence], quoted_in: dict[int, tuple[tuple[int, int], ...]]) -> list[Cue]:
    """Direct quotations with no speaker in their sentences or the sentences next to them.

    A quotation that goes on from the one before (the next sentence or paragraph of the same
    speaker's words, with no narration between) shares that one's speaker.
    """
    cues: list[Cue] = []
    position = {id(s): i for i, s in enumerate(sentences)}
    blocks: list[Block] = []
    members: dict[int, list[_Sentence]] = {}
    for s in sentences:
        if id(s.block) not in members:
            blocks.append(s.block)
            members[id(s.block)] = []
        members[id(s.block)].append(s)
    last: tuple[int, bool] | None = None  # (index of the sentence the last quotation ended in, attributed)
    for block in blocks:
        text = block.unit.text
        own = members[id(block)]
        bounds = [(m.offset, m.offset + len(m.unit.text)) for m in own]
        in_order = disjoint(bounds)
        for q_start, q_end in quoted_in[id(block)]:
            inside = [own[i] for i in overlapping(bounds, q_start, q_end, in_order)]
            if not inside:
                continue
            first, final = position[id(inside[0])], position[id(inside[-1])]
            narration = sentences[first].text[:max(0, q_start - inside[0].offset)].strip(" ,;:—–-")
            if last is not None and last[1] and first - last[0] <= 2 and not (first == last[0] and narration):
                attributed = True  # the same speaker goes on
            else:
                attributed = _speaker_near(sentences, own, first, final, text[:q_start])
            last = (final, attributed)
            if attributed:
                continue
            inner = text[q_start + 1:q_end - 1] if q_end - q_start > 1 else ""
            words = _WORDS.findall(inner)
            if not words:
                continue
            home = inside[0]
            start = max(q_start - home.offset, 0)
            end = min(q_end - home.offset, len(home.unit.text))
            if start >= end:
                continue
            title_case = sum(w[0].isupper() for w in words) >= max(2, 0.6 * len(words)) and len(words) <= 8
            cues.append(Cue(Kind.QUOTE, home.unit, start, end, " ".join(inner.split()),
                            words=0 if title_case else len(words)))
    return cues


def _speaker_near(sentences: list[_Sentence], own: list[_Sentence], first: int, final: int,
                 before: str) -> bool:
    if _SPEAKER_COLON.search(before[-60:]):
        return True  # "Jo Lee: "…""
    window = sentences[max(0, first - 1):final + 2]
    # The narration around a quotation names its speaker by a verb of saying or by being about
    # someone ("She won't commit to an opinion yet. "I'm just in the middle of it."").
    return any(w.has & _SURELY_SPEECH or (w.has & _HAS_SPEECH and _SPEECH.search(w.text))
               or _PERSON.search(w.text) or _proper_noun(w.text) for w in window)


def _proper_noun(text: str) -> bool:
    """A capitalised word that is not the sentence's first word nor a common opener: "PC Pro's staff"."""
    return any(_is_name(m.group(0)) for m in re.finditer(r"(?<=[\w,;:)’'\"”] )[A-Z][\w'’.-]*", text))


@dataclass(frozen=True)
class Analysis:
    """The sourcing cues of one document, shared by the SC rules."""

    cues: tuple[Cue, ...]

    def of(self, kind: Kind) -> list[Cue]:
        return [cue for cue in self.cues if cue.kind is kind]


def _prose_sentences(document: Document) -> tuple[dict[int, tuple[tuple[int, int], ...]], list[_Sentence]]:
    quoted_in = {id(block): _quote_spans(block.unit.text) for block in document.blocks if block.kind in PROSE}
    return quoted_in, _sentences(document, quoted_in)


def _analyse(document: Document) -> Analysis:
    quoted_in, sentences = document.derived(_prose_sentences)
    cues: list[Cue] = []
    for index, s in enumerate(sentences):
        if not s.has & (_CLAIM_CLASSES | _HAS_FIGURE):
            continue
        neighbours = [sentences[i] for i in (index - 1, index + 1) if 0 <= i < len(sentences)]
        if s.has & _CLAIM_CLASSES:
            cues += _claim_cues(s, neighbours)
        if s.has & _HAS_FIGURE:
            cues += _figure_cues(s, neighbours)
    cues += _quote_cues(sentences, quoted_in)
    return Analysis(tuple(cues))


def analysis(document: Document) -> Analysis:
    """The attribution analysis of ``document`` (all but weasel words), computed once for the SC rules."""
    return document.derived(_analyse)


def _weasels(document: Document) -> tuple[Cue, ...]:
    _, sentences = document.derived(_prose_sentences)
    return tuple(Cue(Kind.WEASEL, s.unit, match.start(), match.end(), " ".join(match.group(0).split()))
                 for s in sentences if s.has & _HAS_WEASEL for match in _WEASEL.finditer(s.text))


def weasel_cues(document: Document) -> tuple[Cue, ...]:
    """The weasel words of ``document``: apart, as only the opt-in SC009 asks for them."""
    return document.derived(_weasels)


