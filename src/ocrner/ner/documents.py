"""Entities that business documents (receipts, invoices, letter heads) carry on their lines.

The layout keeps a line that ends early as its own line (:mod:`ocrner.orchestrator.layout`),
so these rules read the text line by line:

* **Organisations by legal form** (ORG): a run of name words that ends in a legal form of
  one of many jurisdictions ("Ltd", "LLC", "Inc.", "GmbH", "AG", "S.A.", "SAS", "B.V.",
  "Pty Ltd", "PLC", "Sdn Bhd", "Bhd", "S/B", "K.K.", "Co.") or a generic business word
  ("Enterprise", "Trading"), from the start of its line or the first name word.
* **The merchant at the head of a receipt** (ORG): on a document with a total line, the
  first line near the top that is only words (no digits, no paperwork word such as "invoice"
  or "receipt") and not part of an address: the trade name, also where the company's legal
  name follows.
* **Amounts that a total names** (MONEY): on a line that says total, amount due, balance,
  cash, change, tax ..., the amounts with two decimals, with or without a currency; when
  the line holds no amount, a next line that holds only one.
* **Postal addresses** (ADDRESS): consecutive short lines with a street word ("Road",
  "Jalan", "Straße", "Lot", "Suite"), a house number, a postcode or a place name, and no
  telephone, tax number, date or amount, as one entity across its lines.

Every entity found here has ``source="pattern"``.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ocrner.ner.casing import in_capitals
from ocrner.ner.engine import Entity
from ocrner.ner.patterns import LOCAL_SYMBOLS, ORG_HEADS, SYMBOL
from ocrner.ner.places import CITIES, REGIONS

SCORES = {"ORG": 0.8, "MONEY": 0.9, "ADDRESS": 0.75}
"""The fixed score of each rule's entities: how often they are right, roughly."""

LEGAL_FORMS = (
    r"Sdn\.?\s*Bhd\.?|Bhd\.?|Berhad|S/B|Pty\.?\s*Ltd\.?|Pte\.?\s*Ltd\.?|Pvt\.?\s*Ltd\.?"
    r"|Co\.?,?\s*Ltd\.?|Ltd\.?|Limited|L\.?L\.?C\.?|L\.?L\.?P\.?|Inc\.?|Incorporated|Corp\.?"
    r"|Corporation|P\.?L\.?C\.?|GmbH|AG|KG|KGaA|S\.A\.S\.?|SAS|S\.A\.|S\.?p\.?A\.?|S\.?r\.?l\.?"
    r"|S\.L\.|B\.V\.?|BV|N\.V\.?|NV|K\.K\.|Oy|Oyj|AB|A/S|ApS|ASA|Tbk|Co\.|Enterprises?|Trading"
)
"""Legal forms (and two generic business words) that end an organisation's name."""

_LEGAL_FORM_END = re.compile(rf"(?:^|(?<=[\s(]))(?:{LEGAL_FORMS})(?=[\s,;:()]|$)", re.IGNORECASE)
_TWO_LETTER_FORMS = frozenset({"ag", "kg", "bv", "nv", "oy", "ab", "co."})
"""Short forms that are also words ("ab", "co."): taken only as written, never in lower case."""
_NAME_TOKEN = re.compile(r"[^\W\d_][\w'’.&/-]*|&|\([A-Z]\)|\d+[A-Za-z]*", re.UNICODE)
_LOWER_LINKS = frozenset({"of", "and", "&", "de", "du", "des", "der", "van", "von", "la", "le"})

_TOTAL_WORDS = re.compile(
    r"\b(?:(?:grand|nett?|sub)[ -]?total|total|amount(?:\s+due|\s+payable)?|balance(?:\s+due)?"
    r"|due|payable|cash|change|paid|tendered|rounding|discount|tax|gst|vat|sst|tip)\b",
    re.IGNORECASE,
)
"""Words on a line whose amounts are money."""
_NOT_MONEY_TOTAL = re.compile(
    r"\btotal\s*(?:qty|quantity|items?|pcs|units|no\.?\s+of)\b|\bqty\b", re.IGNORECASE
)
_CURRENCY = rf"(?:{SYMBOL}|{LOCAL_SYMBOLS}|[A-Z]{{3}})"
_TWO_DECIMALS = re.compile(
    rf"(?<![\w.,])(?:{_CURRENCY}\s?)?-?(?:\d{{1,3}}(?:,\d{{3}})+|\d+)[.,]\d{{2}}(?![\w.,]?\d)"
)
_ONLY_AMOUNT = re.compile(rf"\s*(?:{_CURRENCY}\s?)?-?(?:\d{{1,3}}(?:,\d{{3}})+|\d+)[.,]\d{{2}}\s*")

_PAPERWORK = re.compile(
    r"\b(?:tax|invoice|receipt|bill|order|table|welcome|customer|copy|official|cash|sales"
    r"|cashier|date|time|tel|fax|phone|gst|vat|reg|no|total|thank|member|simplified)\b",
    re.IGNORECASE,
)
_REGISTRATION = re.compile(r"\s*\([^()]*\d[^()]*\)\s*$")
"""A company's registration number in brackets at the end of its line."""
_NOT_NAME_WORD = re.compile(
    r"tax|invoice|receipt|bill|date|time|tel|fax|phone|gst|vat|reg|no\.?|total|cashier|table",
    re.IGNORECASE,
)
"""Paperwork words that end a name read backwards from its legal form ("TAX INVOICE ...");
words such as "cash" can be part of a name ("Cash & Carry")."""
HEAD_LINES = 4
"""How many lines from the top a receipt's merchant is looked for in."""

STREET_WORDS = (
    r"jalan|jln|lorong|lrg|persiaran|lebuh|lebuhraya|taman|tmn|kampung|kg|bandar|desa"
    r"|kawasan|perindustrian|seksyen|road|rd|street|st|avenue|ave|lane|drive|boulevard|blvd"
    r"|highway|hwy|way|place|court|terrace|crescent|close|parade|square|sq|plaza|mall|centre"
    r"|center|complex|tower|building|bldg|industrial|estate|park|lot|block|blk|level|floor"
    r"|suite|unit|p\.?o\.?\s*box|postfach|stra(?:ss|ß)e|str\.|weg|platz|gasse|allee|rue|chemin"
    r"|via|viale|piazza|calle|avenida|rua|carrera|soi|thanon|no\.?(?=\s*\d)"
)
"""Words of street addresses in several languages (English, Malay, German, French, Italian,
Spanish, Portuguese, Thai)."""
_STREET = re.compile(
    rf"(?<![\w.])(?:{STREET_WORDS})(?![\w])"
    r"|[^\W\d_]{2,}(?:stra(?:ss|ß)e|str\.|weg|gasse|platz|allee)(?![\w])",  # Lindenstraße
    re.IGNORECASE,
)
LOWER_CASE_STREET_WORDS = frozenset({"rue", "via", "viale", "calle", "rua", "avenida", "chemin"})
"""Street words written in lower case in their languages; the others count only when
capitalised, since "close", "way" or "park" in lower case are ordinary words."""
_POSTCODE = re.compile(
    r"(?<![\w.,/(-])(?:\d{5}(?:-\d{4})?|\d{4}|\d{6}|\d{3}-\d{4})(?![\w/-]|[.,]\d)"
    r"|\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b|\b[A-Z]\d[A-Z]\s\d[A-Z]\d\b"
)
"""Postcodes: 5 digits (Malaysia, US, Germany, France...), 4 (Australia, Switzerland), 6
(Singapore, India), 3-4 (Japan), and the UK and Canadian shapes; not a company number
("(12345-A)")."""
_HOUSE_NUMBER = re.compile(r"(?:^|(?<=[\s,]))(?:no\.?\s*)?\d+[A-Za-z]?(?:[-/]\d+[A-Za-z]?)*,")
_NOT_ADDRESS = re.compile(
    r"\b(?:tel|telephone|phone|fax|mobile|hp|gst|vat|sst|reg|email|e-mail|www|http"
    r"|invoice|receipt|cashier|date|time|total|qty|amount|price|tax|table|order|company"
    r"|co\.?\s*no)\b"
    r"|@|\d[.,]\d{2}\b|\d{1,2}:\d{2}|\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b",
    re.IGNORECASE,
)
_FUNCTION_WORDS = re.compile(
    r"\b(?:the|of|and|to|in|on|at|for|with|from|by|was|were|is|are|has|had|said|that|will)\b"
)
PROSE_FUNCTION_WORDS = 3
"""A line with this many function words in lower case is running text, not a receipt's line."""


def _prose(line: str) -> bool:
    return len(_FUNCTION_WORDS.findall(line)) >= PROSE_FUNCTION_WORDS


ADDRESS_LINE_MAX = 90
"""Longest line (characters) taken as part of an address: running text is not an address."""
ADDRESS_LINES_MAX = 5
"""Most lines one address spans."""

_UPPER_PLACES = frozenset(name.upper() for name in REGIONS | CITIES)


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    text: str


def _lines(text: str) -> list[_Line]:
    return [
        _Line(match.start(), match.end(), match.group()) for match in re.finditer(r"[^\n]+", text)
    ]


def _entity(text: str, start: int, end: int, label: str) -> Entity:
    return Entity(
        text=text[start:end],
        label=label,
        start=start,
        end=end,
        score=SCORES[label],
        source="pattern",
    )


# --- organisations ------------------------------------------------------------------------


def _is_name_word(word: str, capitals: bool) -> bool:
    if word.lower() in _LOWER_LINKS or word.startswith("("):
        return True
    if capitals:
        return not any(char.islower() for char in word)
    return word[:1].isupper()


def _name_start(line: str, end: int, capitals: bool) -> int | None:
    """Where the run of name words that ends at ``end`` starts in ``line``; None if none."""
    words = list(_NAME_TOKEN.finditer(line[:end]))
    first = None
    for previous, word in itertools.zip_longest(reversed(words[:-1]), reversed(words)):
        between = line[word.end() : end if first is None else first.start()]
        if not _is_name_word(word.group(), capitals) or re.search(r"[^\s,.()'’&-]", between):
            break
        if word.group()[0].isdigit() and (first is None or len(word.group()) > 3):
            break  # a number before the form, or a long one inside: not a name
        if _NOT_NAME_WORD.fullmatch(word.group()):
            break
        # in running text "of" links only an organisation's head ("Bank of ..."), "and" nothing
        if (
            word.group().lower() in _LOWER_LINKS - {"&"}
            and not capitals
            and (word.group() == "and" or previous is None or previous.group() not in ORG_HEADS)
        ):
            break
        first = word
    if first is None or first.group().lower() in _LOWER_LINKS:
        return None
    return first.start()


def _only_forms(name: str) -> bool:
    """Whether ``name`` is nothing but legal forms and markers: "Co. (M) Sdn Bhd"."""
    rest = re.sub(rf"(?:{LEGAL_FORMS})(?=[\s,;:()]|$)|\([A-Z]\)", " ", name, flags=re.I)
    return not rest.strip(" ,.")


def _legal_form_orgs(text: str, lines: list[_Line], index: int) -> Iterator[Entity]:
    line = lines[index]
    capitals = in_capitals(line.text)
    for form in _LEGAL_FORM_END.finditer(line.text):
        written = form.group()
        if written.lower() in _TWO_LETTER_FORMS and not written[0].isupper():
            continue
        if not capitals and not written[0].isupper():
            continue  # "the trading day", "an enterprise"
        start = _name_start(line.text, form.start(), capitals)
        if start is None:
            continue
        absolute = line.start + start
        if start == 0 and index > 0 and _only_forms(line.text[: form.end()]):
            above = lines[index - 1]  # "GOLDEN PAGE BOOK" / "CO. (M) SDN BHD": two lines
            if _only_words(above.text) and not _PAPERWORK.search(above.text):
                absolute = above.start
        yield _entity(text, absolute, line.start + form.end(), "ORG")


def _merchant(text: str, lines: list[_Line]) -> Entity | None:
    """The first line of words at the head of a receipt (see the module's docstring)."""
    for line in lines[:HEAD_LINES]:
        name = _REGISTRATION.sub("", line.text)  # "(12345-A)", "(Co. No. 12345-X)"
        words = name.split()
        if not words or any(char.isdigit() for char in name):
            continue
        if _PAPERWORK.search(name) or re.search(r"[^\w\s&.,'’()/-]", name):
            continue
        if any(_address_signals(name)):
            continue
        if len(words) > 8 or not all(word[:1].isupper() or word == "&" for word in words):
            continue
        stripped = name.rstrip(" ,.;:")
        return _entity(text, line.start, line.start + len(stripped), "ORG")
    return None


# --- amounts --------------------------------------------------------------------------------


def _total_amounts(text: str, lines: list[_Line]) -> Iterator[Entity]:
    for index, line in enumerate(lines):
        keyword = _TOTAL_WORDS.search(line.text)
        if keyword is None or _NOT_MONEY_TOTAL.search(line.text) or _prose(line.text):
            continue
        amounts = [m for m in _TWO_DECIMALS.finditer(line.text) if m.start() >= keyword.end()]
        for amount in amounts:
            yield _entity(text, line.start + amount.start(), line.start + amount.end(), "MONEY")
        if not amounts and index + 1 < len(lines):
            following = lines[index + 1]
            if _ONLY_AMOUNT.fullmatch(following.text):
                stripped = following.text.strip()
                start = following.start + following.text.index(stripped)
                yield _entity(text, start, start + len(stripped), "MONEY")


# --- addresses ------------------------------------------------------------------------------


def _has_place(line: str) -> bool:
    words = re.findall(r"[^\W\d_]+", line)
    for size in (3, 2, 1):
        for first in range(len(words) - size + 1):
            if " ".join(words[first : first + size]).upper() in _UPPER_PLACES:
                return True
    return False


def _address_signals(line: str) -> tuple[bool, bool]:
    """(strong, weak): a street word or house number with a postcode or number is strong; a
    postcode or a place name alone is weak. Both false for a line that is no address."""
    if not line.strip() or len(line) > ADDRESS_LINE_MAX or _prose(line):
        return False, False
    if _NOT_ADDRESS.search(line) or line.lstrip().startswith("("):
        return False, False  # "(Co. No. 12345-X)", "(GST Reg No ...)"
    street = any(
        word.group()[0].isupper() or word.group() in LOWER_CASE_STREET_WORDS
        for word in _STREET.finditer(line)
    )
    postcode = bool(_POSTCODE.search(line))
    number = bool(re.search(r"\d", line))
    strong = (street and number) or bool(_HOUSE_NUMBER.search(line) and street)
    strong = strong or (postcode and street)
    weak = street or postcode or _has_place(line)
    return strong, weak or strong


def _only_words(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 4 and not re.search(r"[^\w\s,.'’-]|\d", line)


@dataclass(frozen=True)
class _Part:
    """The part of a line an address may take: after a name that starts the line, before the
    first word that is no address's (a telephone, a tax number ...)."""

    start: int
    end: int
    after_name: bool
    cut: bool
    strong: bool
    weak: bool


def _part(text: str, line: _Line, taken: list[Entity]) -> _Part:
    start = line.start
    for entity in taken:  # a name on the line: the address may start after it
        if line.start <= entity.start < line.end and entity.end <= line.end:
            start = max(start, entity.end)
    if start > line.start:
        registration = re.match(r"\s*\([^()]*\d[^()]*\)", text[start : line.end])
        start += registration.end() if registration else 0
    negative = _NOT_ADDRESS.search(text, start, line.end)
    end = negative.start() if negative else line.end
    strong, weak = _address_signals(text[start:end])
    return _Part(start, end, start > line.start, negative is not None, strong, weak)


def _addresses(text: str, lines: list[_Line], taken: list[Entity]) -> Iterator[Entity]:
    parts = [_part(text, line, taken) for line in lines]
    index = 0
    while index < len(lines):
        if not parts[index].strong:
            index += 1
            continue
        first = last = index
        while (
            first > 0
            and not parts[first].after_name
            and parts[first - 1].weak
            and not parts[first - 1].cut
            and last - first < ADDRESS_LINES_MAX - 1
        ):
            first -= 1
        while (
            last + 1 < len(lines)
            and not parts[last].cut
            and not parts[last + 1].after_name
            and last - first < ADDRESS_LINES_MAX - 1
        ):
            following = lines[last + 1].text
            if parts[last + 1].weak or (
                _only_words(following) and not _PAPERWORK.search(following)
            ):
                last += 1
            else:
                break
        start, end = parts[first].start, parts[last].end
        while start < end and text[start] in " ,;:-":
            start += 1
        end = start + len(text[start:end].rstrip(" ,;:.("))
        if end > start:
            yield _entity(text, start, end, "ADDRESS")
        index = last + 1


def document_entities(text: str) -> list[Entity]:
    """Organisations by legal form, a receipt's merchant, totals and addresses, by line."""
    lines = _lines(text)
    orgs = sorted(
        (org for index in range(len(lines)) for org in _legal_form_orgs(text, lines, index)),
        key=lambda org: (org.start, org.start - org.end),  # the longest of those that start alike
    )
    amounts = list(_total_amounts(text, lines))
    if amounts:
        merchant = _merchant(text, lines)
        if merchant is not None:
            orgs.append(merchant)
    found = orgs + amounts + list(_addresses(text, lines, orgs))
    chosen: list[Entity] = []
    for entity in found:  # in order of trust: names, amounts, then addresses around them
        if not any(entity.start < other.end and other.start < entity.end for other in chosen):
            chosen.append(entity)
    return sorted(chosen, key=lambda entity: entity.start)
