"""Pattern recognisers: entities that rules find more reliably than a small model.

Two kinds, which :mod:`ocrner.ner.merge` treats differently:

* **structured** (:func:`structured_entities`): amounts with their currency sign, code or
  local sign (MONEY: "RM 9.00", "kr 199"), percentages (PERCENT), dates in common written
  and numeric formats (DATE; a numeric one checked for a real day, read in DATE_ORDER),
  clock times (TIME), and the labels the model does not know at all: EMAIL, URL, PHONE and
  IBAN (checksum-verified). Their shape is unambiguous, so they win over the model.
* **names by their head word** (:func:`named_entities`): nationalities (NORP) and
  capitalised names ending in a word that says what they are ("... Plumbing" is an ORG,
  "... Airport" a FAC, "... Summit" an EVENT). These only fill gaps the model left.

Every entity found here has ``source="pattern"`` and the fixed score of its recogniser.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ocrner.ner.engine import Entity
from ocrner.ner.places import CITIES, REGIONS


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# --- building blocks ---------------------------------------------------------------------

_MONTHS_FULL = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
_MONTHS_SHORT = r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
MONTH = rf"(?:{_MONTHS_FULL}|(?:{_MONTHS_SHORT})\.?)"
WEEKDAY = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|(?:Mon|Tues|Tue|Wed|Thurs|Thu|Fri|Sat|Sun)\.?)"
)
DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
YEAR = r"(?:1[89]\d\d|2[01]\d\d)"
_END_OF_NUMBER = r"(?![\d,.]?\d)"
"""Not followed by more of a number: "May 2" but not the start of "May 2,500"."""

_DAY_MONTH = rf"{DAY}(?:\s+of)?\s+{MONTH}(?:,?\s+{YEAR})?"
_MONTH_DAY = rf"{MONTH}\s+{DAY}{_END_OF_NUMBER}(?:,?\s+{YEAR})?"
_DAY_RANGE = rf"{DAY}(?:\s+{MONTH})?\s*(?:-|–|to|and|until)\s*{_DAY_MONTH}"
_MONTH_DAY_RANGE = (
    rf"{MONTH}\s+{DAY}\s*(?:-|–|to|and|until)\s*{DAY}{_END_OF_NUMBER}(?:,?\s+{YEAR})?"
)
_WRITTEN_DATE = rf"(?:{_DAY_RANGE}|{_MONTH_DAY_RANGE}|{_DAY_MONTH}|{_MONTH_DAY}|{MONTH}\s+{YEAR})"

_MONTH_CODES = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
_NUMERIC_DATE = re.compile(
    # 15/01/2019, 15-01-19, 15.01.2019 (day and month in DATE_ORDER)
    r"(?<![\w/.,-])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4}|\d{2})"
    r"(?![\w/]|[.,:-]\d)"
    # 2019-01-15, 2019/01/15, 2019.01.15
    r"|(?<![\w/.,-])(?P<iso_year>(?:19|20)\d\d)(?P<iso_sep>[/.-])(?P<iso_month>\d{1,2})"
    r"(?P=iso_sep)(?P<iso_day>\d{1,2})(?:(?![\w/]|[.,:-]\d)|(?<=\d\d)(?=\d\d?:\d\d))"
    # 15 Jan 2019, 15-JAN-19, 15JAN2019, 15 January 2019 in any case
    rf"|(?<![\w/.-])(?P<day>\d{{1,2}})[ /.-]?(?P<month>{_MONTH_CODES})[a-z]*\.?[ /.-]?"
    r"(?P<short_year>\d{4}|\d{2})(?![\w/]|[.,:-]\d)"
    # OCT 3, 2016, Jan 15 2019 in any case
    rf"|(?<![\w/.-])(?P<us_month>{_MONTH_CODES})[a-z]*\.?[ ](?P<us_day>\d{{1,2}}),?[ ]"
    r"(?P<us_year>\d{4})(?![\w/]|[.,:-]\d)",
    re.IGNORECASE,
)
"""Dates written with digits (and a month's name or code), checked by :func:`_date_ok`."""

DATE_ORDERS = ("DMY", "MDY")
"""How a date such as 05/06/2025 is read: day first (5 June) or month first (May 6)."""

_DATES = [
    # Monday, 6 January 2025 / 6 January 2025 / January 6, 2025 / 8 to 11 May / May 2024
    rf"\b(?:{WEEKDAY},?\s+)?{_WRITTEN_DATE}\b",
]

_TIMES = [
    # 16:05, 8:20 a.m., 10.30pm
    r"(?<![\d:.])(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s?(?:[ap]\.m\.|[ap]m\b|[AP]M\b))?"
    r"(?!:?\d)",
    r"(?<![\d:.])(?:[01]?\d|2[0-3])\.[0-5]\d\s?(?:[ap]\.m\.|[ap]m\b|[AP]M\b)",
    # 6 a.m., 7pm
    r"(?<![\d:.,])(?:1[0-2]|0?[1-9])\s?(?:[ap]\.m\.|[ap]m\b|[AP]M\b)",
]

CURRENCY_CODES = (
    "USD|EUR|GBP|JPY|CHF|CAD|AUD|NZD|CNY|RMB|HKD|SGD|SEK|NOK|DKK|ISK|PLN|CZK|HUF|RON|BGN|"
    "RUB|UAH|TRY|INR|PKR|BDT|LKR|IDR|MYR|THB|VND|KRW|TWD|ZAR|NGN|KES|GHS|EGP|MAD|AED|"
    "SAR|QAR|KWD|ILS|BRL|ARS|CLP|COP|PEN|MXN"
)
"""ISO 4217 codes common in business text (PHP is left out: it is far more often the language)."""

LOCAL_SYMBOLS = r"RM|Rp|Rs\.?|kr\.?|Kč|zł|Fr\.|SFr\.?"
"""Local currency signs written in letters: ringgit, rupiah, rupee, krona/krone, koruna, złoty,
franc. Only next to an amount, so "kr" or "RM" alone is never money."""

SYMBOL = r"(?:[A-Z]{1,3}\$|[$€£¥₹₩₺₽₪₫₱฿₴₦])"
"""Currency signs: "$", "€", ... and prefixed dollars ("NZ$", "A$")."""
_CODE = rf"(?<![\w.])(?:{CURRENCY_CODES}|{LOCAL_SYMBOLS})(?![A-Za-z])"
_AMOUNT = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d+(?:[.,]\d+)?"
_SCALE = r"(?:\s?(?:million|billion|trillion|thousand|bn|mn)\b|(?:m|k|bn)\b)"
_CURRENCY_WORD = (
    r"(?:(?:US|Canadian|Australian|New\s+Zealand|Hong\s+Kong|Singapore)\s+)?"
    r"(?:dollars?|euros?|pounds?\s+sterling|pounds?|pence|cents?|yen|yuan|francs?|rupees?"
    r"|pesos?|rand|kronor|kroner|krona|krone|zloty|forints?|lira|rubles?|roubles?)\b"
)
_MONEY = [
    rf"{SYMBOL}\s?(?:{_AMOUNT}){_SCALE}?(?![\d])",
    rf"{_CODE}\s?(?:{_AMOUNT}){_SCALE}?(?![\d])",
    rf"(?<![\w.,])(?:{_AMOUNT}){_SCALE}?\s?(?:{_CODE}|[€£¥₹₩₺₽₪₫₱฿₴₦])(?![A-Za-z])",
    rf"(?<![\w.,])(?:{_AMOUNT}){_SCALE}?\s+{_CURRENCY_WORD}",
]

_PERCENT = [r"(?<![\w.,])\d+(?:[.,]\d+)?\s?(?:%|percent\b|per\s+cent\b)"]

_EMAIL = [
    r"(?<![\w.+-])[\w.+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}\b"
]

_TLDS = (
    "com|org|net|edu|gov|int|io|co|uk|de|fr|eu|nl|es|it|ch|at|be|se|no|dk|fi|ie|nz|au|ca|info|biz"
)
_URL = [
    r"(?<![\w/.-])(?:https?://|www\.)[^\s<>\"']{0,2048}[^\s<>\"'.,;:!?)\]]",
    rf"(?<![@\w.-])[a-z0-9][a-z0-9-]{{0,62}}(?:\.[a-z0-9-]{{1,63}}){{0,8}}\.(?:{_TLDS})\b"
    r"(?:/[^\s<>\"']{0,2048}[^\s<>\"'.,;:!?)\]])?",
]

_PHONE = [
    # +44 20 7946 0958, +1 (555) 123-4567, +49-30-1234567
    r"(?<![\w+])\+\d{1,3}(?:[ \t.-]?\(\d{1,4}\))?(?:[ \t.-]?\d{1,5}){2,5}(?!\d)",
    # (555) 123-4567, (020) 7946 0958
    r"(?<!\w)\(\d{2,5}\)[ \t]?\d{3,4}[ \t.-]?\d{3,4}(?!\d)",
    # 555-123-4567
    r"(?<![\w.-])\d{3}[-.]\d{3}[-.]\d{4}(?![\w-])",
    # 020 7946 0958 (a leading 0 and at least three groups)
    r"(?<![\w.,-])0\d{1,4}(?:[ \t-]\d{2,4}){2,3}(?![\d,.]\d|-)",
]
_PHONE_DIGITS = (8, 15)

_IBAN = [r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b"]

# --- names by their head word ------------------------------------------------------------

NATIONALITIES = _word_set(
    """Afghan Albanian Algerian American Andorran Angolan Argentine Argentinian Armenian
    Australian Austrian Azerbaijani Bahraini Bangladeshi Belarusian Belgian Bolivian Bosnian
    Brazilian British Bulgarian Burmese Cambodian Cameroonian Canadian Catalan Chilean Chinese
    Colombian Congolese Croatian Cuban Cypriot Czech Danish Dutch Ecuadorian Egyptian
    Eritrean Estonian Ethiopian European Fijian Filipino Finnish Flemish French Georgian
    German Ghanaian Greek Guatemalan Haitian Honduran Hungarian Icelandic Indian Indonesian
    Iranian Iraqi Irish Israeli Italian Ivorian Jamaican Japanese Jordanian Kazakh Kenyan
    Korean Kosovar Kurdish Kuwaiti Kyrgyz Latvian Lebanese Liberian Libyan Lithuanian Luxembourgish
    Macedonian Malagasy Malawian Malaysian Maltese Maori Mexican Moldovan Mongolian
    Montenegrin Moroccan Mozambican Namibian Nepalese Nepali Nigerian Nigerien Norwegian Omani
    Pakistani Palestinian Panamanian Paraguayan Persian Peruvian Polish Portuguese Qatari
    Romanian Russian Rwandan Saudi Scottish Senegalese Serbian Singaporean Slovak Slovakian
    Slovenian Somali Spanish Sudanese Swedish Swiss Syrian Taiwanese Tajik Tanzanian Thai
    Tibetan Tunisian Turkish Turkmen Ugandan Ukrainian Uruguayan Uzbek Venezuelan Vietnamese
    Welsh Yemeni Zambian Zimbabwean"""
)
"""Nationality and regional adjectives (NORP)."""

ORG_HEADS = _word_set(
    """Ltd Ltd. Limited Inc Inc. Incorporated LLC LLP PLC plc GmbH AG SA S.A. SE NV BV Oy AB
    ASA Corp Corp. Corporation Co. Company Group Holdings Partners Associates Ventures Capital
    Bank Bancorp Insurance Assurance Brokers Investments Securities Industries Enterprises
    Technologies Technology Systems Solutions Software Labs Laboratories Pharma
    Pharmaceuticals Biotech Therapeutics Motors Automotive Airlines Airways Aviation Logistics
    Shipping Freight Transport Cabs Taxis Couriers Foods Beverages Brewery Distillery
    Wines Winery Bakery Dairies Farms Imports Exports Trading Supplies Supply Hardware
    Plumbing Electrical Construction Builders Engineering Architects Consulting Consultants
    Lettings Realty Properties Estates Media Publishing Press Studios Productions Records
    Telecom Communications Networks Energy Power Utilities Mining Resources Chemicals Steel
    Textiles Translations Travel Tours Hotels Resorts Clinic Dental Healthcare Alliance
    Association Federation Foundation Trust Institute Institution University College Academy
    Council Commission Committee Ministry Department Agency Authority Bureau Police
    Cooperative Co-operative Collective Union Society Club League Party Charity
    Campaign Network Services"""
)
"""Last words that make a capitalised name an organisation."""

FAC_HEADS = _word_set(
    """Airport Station Terminal Bridge Tunnel Highway Motorway Freeway Expressway Stadium
    Arena Hall Tower Towers Cathedral Basilica Mosque Synagogue Temple Palace Castle Fort
    Pier Harbour Harbor Dam Canal Lighthouse Monument Memorial Plaza Square Mall Building"""
)
"""Last words that make a capitalised name a facility (buildings, airports, bridges...)."""

FAC_HEAD_PHRASES = frozenset(
    {
        "Convention Centre",
        "Convention Center",
        "Conference Centre",
        "Conference Center",
        "Exhibition Centre",
        "Exhibition Center",
        "Power Station",
        "Power Plant",
        "Railway Station",
        "Bus Station",
    }
)

ORG_HEAD_PHRASES = frozenset({"School District", "Health Centre", "Medical Center", "Food Bank"})
"""Two-word heads that make a name an organisation."""
"""Two-word heads that make a name a facility even though "Centre" alone does not."""

EVENT_HEADS = _word_set(
    """Summit Festival Fest Gala Conference Congress Convention Symposium Expo Exhibition Fair
    Olympics Games Championship Championships Cup Marathon Derby Week Awards Forum
    Biennale Carnival Parade Rally"""
)
"""Last words that make a capitalised name an event."""

EVENT_PREFIXES = frozenset({"Storm", "Hurricane", "Typhoon", "Cyclone", "Tropical Storm"})
"""Named storms are events: "Storm Ingrid"."""

_NAME_WORD = r"[A-Z][\w'’]*(?:-[\w'’]+)*"
_NAME_RUN = re.compile(
    rf"\b{_NAME_WORD}(?:[ \t]+(?:{_NAME_WORD}|&|(?:of|de|du|des|da|do|la|le|van|von|der|for)\b))*"
)
_POSSESSIVE = re.compile(r"['’]s$")
_PLACE_CANDIDATE = re.compile(r"\b[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}")
_NATIONALITY = re.compile(rf"\b(?:{'|'.join(sorted(NATIONALITIES))})\b")

LEADING_WORDS = _word_set(
    """The A An This That These Those Our Your Their His Her Its My Dear Mr Mr. Mrs Mrs. Ms
    Ms. Dr Dr. Prof Prof. Sir Madam"""
)
"""Capitalised words that start a sentence or a name but are not part of it."""

# --- scores ------------------------------------------------------------------------------

SCORES = {
    "MONEY": 0.95,
    "PERCENT": 0.97,
    "DATE": 0.9,
    "TIME": 0.9,
    "EMAIL": 0.99,
    "URL": 0.95,
    "PHONE": 0.85,
    "IBAN": 0.99,
    "NORP": 0.8,
    "GPE": 0.75,
    "ORG": 0.7,
    "FAC": 0.7,
    "EVENT": 0.7,
}
"""The fixed score of each recogniser: how often its matches are right, roughly."""

IBAN_BAD_CHECKSUM_SCORE = 0.5


@dataclass(frozen=True)
class _Recogniser:
    label: str
    patterns: tuple[re.Pattern[str], ...]

    def matches(self, text: str) -> Iterator[tuple[int, int]]:
        for pattern in self.patterns:
            for match in pattern.finditer(text):
                yield match.start(), match.end()


def _recogniser(label: str, patterns: list[str], flags: int = 0) -> _Recogniser:
    return _Recogniser(label, tuple(re.compile(pattern, flags) for pattern in patterns))


_RECOGNISERS = (
    # Order breaks ties between equally long matches: an e-mail is not also a URL.
    _recogniser("EMAIL", _EMAIL),
    _recogniser("URL", _URL),
    _recogniser("IBAN", _IBAN),
    _recogniser("MONEY", _MONEY),
    _recogniser("PERCENT", _PERCENT),
    _recogniser("DATE", _DATES),
    _recogniser("TIME", _TIMES),
    _recogniser("PHONE", _PHONE),
)


def iban_checksum_ok(candidate: str) -> bool:
    """ISO 13616 check: the IBAN, moved and turned into digits, is 1 modulo 97."""
    compact = candidate.replace(" ", "")
    if not 15 <= len(compact) <= 34:
        return False
    moved = compact[4:] + compact[:4]
    digits = "".join(str(int(char, 36)) for char in moved)
    return int(digits) % 97 == 1


def _digits(text: str) -> int:
    return sum(char.isdigit() for char in text)


def _score(label: str, text: str) -> float | None:
    """The recogniser's score, or None when the match is not kept."""
    if label == "PHONE" and not _PHONE_DIGITS[0] <= _digits(text) <= _PHONE_DIGITS[1]:
        return None
    if label == "IBAN":
        if _digits(text) < 8:
            return None
        return SCORES[label] if iban_checksum_ok(text) else IBAN_BAD_CHECKSUM_SCORE
    return SCORES[label]


def longest_first(entities: Iterable[Entity]) -> list[Entity]:
    """Non-overlapping entities, preferring the leftmost, then the longest; in text order."""
    chosen: list[Entity] = []
    for entity in sorted(entities, key=lambda item: (item.start, item.start - item.end)):
        if chosen and entity.start < chosen[-1].end:
            continue
        chosen.append(entity)
    return chosen


def _entity(text: str, start: int, end: int, label: str, score: float) -> Entity:
    return Entity(
        text=text[start:end], label=label, start=start, end=end, score=score, source="pattern"
    )


def _real_day(year: int, month: int, day: int) -> str | None:
    if not 1900 <= year <= 2099 or not 1 <= month <= 12:
        return None
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def numeric_date(match: re.Match[str], order: str) -> str | None:
    """The ISO date a match of the numeric date pattern names, or None if no such day exists.

    Day and month are read in ``order``; where that gives no real day but the other order
    does (12/13/2016 read day first), the other. A two-digit year is 20yy; years run from
    1900 to 2099.
    """
    groups = match.groupdict()
    if groups["a"] is not None:
        first, second = int(groups["a"]), int(groups["b"])
        year = int(groups["year"]) + (2000 if len(groups["year"]) == 2 else 0)
        day, month = (first, second) if order == "DMY" else (second, first)
        return _real_day(year, month, day) or _real_day(year, day, month)
    if groups["iso_year"] is not None:
        year, month, day = (int(groups[name]) for name in ("iso_year", "iso_month", "iso_day"))
        return _real_day(year, month, day)
    if groups["us_month"] is not None:
        month = _MONTH_CODES.split("|").index(groups["us_month"].lower()) + 1
        return _real_day(int(groups["us_year"]), month, int(groups["us_day"]))
    month = _MONTH_CODES.split("|").index(groups["month"].lower()) + 1
    year = int(groups["short_year"]) + (2000 if len(groups["short_year"]) == 2 else 0)
    return _real_day(year, month, int(groups["day"]))


def structured_entities(text: str, date_order: str = "DMY") -> list[Entity]:
    """MONEY, PERCENT, DATE, TIME, EMAIL, URL, PHONE and IBAN found by their shape.

    A numeric date is read in ``date_order`` (:data:`DATE_ORDERS`, see :func:`numeric_date`),
    kept only if that day exists (31/02/2025 and 13/13/2025 are not dates) and given its
    ISO ``value``.
    """
    found: list[Entity] = []
    for recogniser in _RECOGNISERS:
        for start, end in recogniser.matches(text):
            score = _score(recogniser.label, text[start:end])
            if score is not None:
                found.append(_entity(text, start, end, recogniser.label, score))
    dates = []
    for match in _NUMERIC_DATE.finditer(text):
        value = numeric_date(match, date_order)
        if value is not None:
            date = _entity(text, match.start(), match.end(), "DATE", SCORES["DATE"])
            dates.append(date.model_copy(update={"value": value}))
    found = [  # "03-05-18 14:12" is a date and a time, not a phone number
        entity
        for entity in found
        if entity.label != "PHONE"
        or not any(date.start < entity.end and entity.start < date.end for date in dates)
    ]
    return longest_first(dates + found)  # a tie goes to the date with its value


def head_label(name: str) -> str | None:
    """ORG, FAC or EVENT when the last word(s) of ``name`` say so, else None."""
    words = name.split()
    if len(words) < 2:
        return None
    last_two = " ".join(words[-2:])
    if last_two in FAC_HEAD_PHRASES:
        return "FAC"
    if last_two in ORG_HEAD_PHRASES:
        return "ORG"
    if words[0] in EVENT_PREFIXES or " ".join(words[:2]) in EVENT_PREFIXES:
        return "EVENT"
    last = words[-1]
    for label, heads in (("FAC", FAC_HEADS), ("EVENT", EVENT_HEADS), ("ORG", ORG_HEADS)):
        if last in heads:
            return label
    return None


def _prefix_ends(match: re.Match[str]) -> list[int]:
    """Where each leading run of the matched words ends, longest first."""
    return [match.start() + word.end() for word in re.finditer(r"\S+", match.group())][::-1]


def _strip_leading(words: list[re.Match[str]]) -> list[re.Match[str]]:
    while words and words[0].group() in LEADING_WORDS:
        words = words[1:]
    return words


_LOCATIVE = re.compile(
    r"(?:\b(?:in|from|to|at|near|via|outside|around|into|across|between|leaves?|leaving"
    r"|departs?|departing|reach(?:es)?|visit(?:s|ed)?))\s+$"
)
"""Words before a place name ("in Vaasa", "from Hanoi")."""
_LISTED = re.compile(r"\b[A-Z][\w'’-]+,\s+$")
"""A name and a comma before a place name ("Prairie Hardware, Winnipeg")."""
CLOSING = re.compile(
    r"(?:[Rr]egards|Yours(?:\s+(?:sincerely|faithfully|truly))?|[Ss]incerely|[Ww]ishes"
    r"|[Gg]ratitude|Thanks|Cheers|Respectfully),?\s*$"
)
"""The end of a letter, before the name of who signs it."""
_AFTER_PLACE = re.compile(r",\s+([A-Z][\w'’ -]*?)(?=[,.;:)]|\s+(?:and|on|in|at|to)\b|$)")


def is_place(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a country or region, or a city in a place's context:
    after "in", "from", "to" ..., or before ", <region>" ("Lyon, France")."""
    name = text[start:end]
    if name in REGIONS:
        return True
    if name not in CITIES:
        return False
    before = text[max(0, start - 30) : start]
    if _LOCATIVE.search(before) or (_LISTED.search(before) and not CLOSING.search(before)):
        return True
    after = _AFTER_PLACE.match(text, end)
    return bool(after and after.group(1).strip() in REGIONS)


def named_entities(text: str) -> list[Entity]:
    """Nationalities, places in context, and names whose head word gives their label."""
    found = [
        _entity(text, match.start(), match.end(), "NORP", SCORES["NORP"])
        for match in _NATIONALITY.finditer(text)
    ]
    for match in _PLACE_CANDIDATE.finditer(text):
        for end in _prefix_ends(match):
            if is_place(text, match.start(), end):
                found.append(_entity(text, match.start(), end, "GPE", SCORES["GPE"]))
                break
    for run in _NAME_RUN.finditer(text):
        words = _strip_leading(list(re.finditer(r"\S+", run.group())))
        possessives = [i for i, word in enumerate(words) if _POSSESSIVE.search(word.group())]
        if possessives:  # "Ghana's Electoral Commission": the name starts after the 's
            words = words[possessives[-1] + 1 :]
        while words and not words[-1].group()[0].isupper():
            words.pop()
        if len(words) < 2:
            continue
        start, end = run.start() + words[0].start(), run.start() + words[-1].end()
        label = head_label(text[start:end])
        if label is not None:
            found.append(_entity(text, start, end, label, SCORES[label]))
    return longest_first(found)
