"""British and American spellings: which conventions accept a word, and its other spelling.

Three conventions: American (``en-US``: organize, color), British (``en-GB``: organise, colour)
and Oxford British (``en-GB-oxendict``: organize, colour, but analyse). A word spelled one way is
evidence for the conventions that accept it. Only unambiguous forms are listed: "license" (a
British verb too), "program" (British for software), "meter" (a device everywhere), "check",
"tire", "curb", "story" and "draft" carry no evidence either way.
"""

from __future__ import annotations

from dataclasses import dataclass

from copydesk import rx

US, GB, OXFORD = "en-US", "en-GB", "en-GB-oxendict"
CONVENTIONS = (US, GB, OXFORD)
NAMES = {US: "American", GB: "British", OXFORD: "Oxford British"}

# Stems that take -ize (US, Oxford) or -ise (GB): organ → organize/organise, organization…
_IZE_STEMS = """
apolog author bapt brutal capital categor central character civil colon commercial computer
compartmental critic decentral democrat demoral desensit destabil digit dramat econom emphas
energ epitom equal external familiar fantas fertil final fossil galvan general global harmon
hospital human hypothes ideal immobil immun incentiv individual industrial institutional
internal international item jeopard legal legitim liberal local magnet marginal maxim memor
mesmer militar minim mobil modern monet monopol moral motor national natural neutral normal
optim organ ostrac patron penal personal polar politic popular pressur priorit privat public
radical rational real recogn reorgan revital revolution sanit satir scandal scrutin sensit
sermon social special stabil standard steril stigmat subsid summar symbol sympath synchron
synthes terror theor traumat trivial union urban util vandal vapor visual vocal weapon
""".split()  # noqa: SIM905
_IZE_ENDINGS = ("e", "ed", "es", "ing", "ation", "ations", "er", "ers")
# -yse / -yze: the Oxford convention keeps -yse.
_YSE_STEMS = ("anal", "paral", "catal", "breathal", "electrol", "dial")

# (British, American) pairs; the British form is Oxford's too. Inflected forms are listed whole.
_PAIRS = """
colour color colours colors coloured colored colourful colorful
favour favor favours favors favoured favored favourite favorite favourites favorites favourable favorable
honour honor honours honors honoured honored honourable honorable
humour humor labour labor labours labors laboured labored
neighbour neighbor neighbours neighbors neighbourhood neighborhood neighbourhoods neighborhoods
behaviour behavior behaviours behaviors behavioural behavioral flavour flavor flavours flavors
harbour harbor harbours harbors rumour rumor rumours rumors rumoured rumored
vapour vapor vigour vigor armour armor armoured armored endeavour endeavor endeavours endeavors
odour odor rigour rigor saviour savior splendour splendor tumour tumor tumours tumors
candour candor valour valor ardour ardor demeanour demeanor fervour fervor
centre center centres centers centred centered theatre theater theatres theaters
metre meter metres meters kilometre kilometer kilometres kilometers centimetre centimeter
centimetres centimeters millimetre millimeter millimetres millimeters litre liter litres liters
fibre fiber fibres fibers calibre caliber sombre somber spectre specter lustre luster
manoeuvre maneuver manoeuvres maneuvers
defence defense offence offense offences offenses licence license pretence pretense
travelled traveled travelling traveling traveller traveler travellers travelers
cancelled canceled cancelling canceling labelled labeled labelling labeling
modelled modeled modelling modeling signalled signaled signalling signaling
fuelled fueled fuelling fueling counselling counseling counsellor counselor counsellors counselors
jewellery jewelry marvellous marvelous levelled leveled totalled totaled channelled channeled
tunnelling tunneling dialled dialed rivalled rivaled quarrelled quarreled equalled equaled
woollen woolen fulfil fulfill fulfils fulfills fulfilment fulfillment enrolment enrollment
instalment installment instalments installments skilful skillful wilful willful
catalogue catalog catalogues catalogs programme program programmes programs
paediatric pediatric paediatrician pediatrician encyclopaedia encyclopedia anaemia anemia
haemorrhage hemorrhage oestrogen estrogen foetus fetus diarrhoea diarrhea leukaemia leukemia
orthopaedic orthopedic anaesthetic anesthetic
grey gray tyre tire tyres tires aluminium aluminum plough plow ploughs plows
sceptic skeptic sceptical skeptical scepticism skepticism mould mold mouldy moldy smoulder smolder
moult molt pyjamas pajamas cheque check cheques checks kerb curb draught draft
"""
# American forms that are also ordinary British words: no evidence for either side.
_AMBIGUOUS_US = {"license", "meter", "meters", "tire", "tires", "check", "checks", "curb", "draft",
                 "program", "programs"}


@dataclass(frozen=True)
class Spelling:
    """A word spelt one way by one convention and another way by the other."""

    word: str                  # as found, lower case
    accepted: frozenset[str]   # conventions that spell it this way
    other: str                 # the same word in the other spelling (lower case)
    family: str                # "-ize", "-our", … for messages

    def fits(self, convention: str) -> bool:
        return convention in self.accepted


def _build() -> dict[str, Spelling]:
    table: dict[str, Spelling] = {}
    for stem in _IZE_STEMS:
        for ending in _IZE_ENDINGS:
            ise, ize = f"{stem}is{ending}", f"{stem}iz{ending}"
            table[ise] = Spelling(ise, frozenset({GB}), ize, "-ise/-ize")
            table[ize] = Spelling(ize, frozenset({US, OXFORD}), ise, "-ise/-ize")
    for stem in _YSE_STEMS:
        for ending in ("e", "ed", "es", "ing"):
            yse, yze = f"{stem}ys{ending}", f"{stem}yz{ending}"
            table[yse] = Spelling(yse, frozenset({GB, OXFORD}), yze, "-yse/-yze")
            table[yze] = Spelling(yze, frozenset({US}), yse, "-yse/-yze")
    words = _PAIRS.split()
    for british, american in zip(words[::2], words[1::2], strict=True):
        table[british] = Spelling(british, frozenset({GB, OXFORD}), american, "British/American")
        if american not in _AMBIGUOUS_US:
            table[american] = Spelling(american, frozenset({US}), british, "British/American")
    return table


TABLE = _build()
TABLE_WORDS = frozenset(TABLE)
# Lower-case words only: "Labor Day", "Pearl Harbor" and "World Trade Center" are names.
WORD = rx.compile(r"(?<![\w'’])[a-z]+(?!\w)")


def lookup(word: str) -> Spelling | None:
    return TABLE.get(word)


def respell(word: str, spelling: Spelling) -> str:
    """``spelling.other`` with the case of ``word`` (lower, Capitalised or UPPER)."""
    other = spelling.other
    if word.isupper():
        return other.upper()
    if word[:1].isupper():
        return other[:1].upper() + other[1:]
    return other
