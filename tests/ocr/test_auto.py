"""OCR_ENGINE: which engine reads a page, from Tesseract's own signals, with the real engines."""

from __future__ import annotations

import pytest
from PIL import Image, ImageDraw

from ocrner.core.settings import OcrSettings
from ocrner.ocr.auto import (
    MAX_GARBAGE_SHARE,
    MIN_CONFIDENCE,
    MIN_INK_READ,
    AutoEngine,
    Signals,
    fill_gaps,
    is_garbage,
    respace,
    signals,
    vote,
)
from ocrner.ocr.engine import Box, OcrResult, Word
from ocrner.ocr.rapidocr_engine import RapidOcrEngine
from ocrner.ocr.recognize import OneAtATime, default_engine
from ocrner.ocr.tesseract import TesseractEngine
from tests.utils.images import LETTER, font, render_paragraph


def faint_small_print() -> Image.Image:
    """A heading Tesseract reads, over small grey lines that it largely misses."""
    image = Image.new("RGB", (700, 260), "white")
    draw = ImageDraw.Draw(image)
    draw.text((30, 30), "Invoice for Angela Merkel", font=font(28), fill="black")
    for index, line in enumerate(
        [
            "Total due on 14 March 2024 is 250.00",
            "Paid by card at Siemens in Munich",
            "Thank you for shopping with us today",
        ]
    ):
        draw.text((30, 100 + index * 40), line, font=font(8), fill=(80, 80, 80))
    return image


def test_clean_signals_give_no_reason() -> None:
    assert Signals(mean_confidence=95, garbage_share=0.0, ink_read=1.0).reasons() == []


@pytest.mark.parametrize(
    ("signal", "reason"),
    [
        ({"mean_confidence": MIN_CONFIDENCE - 1}, "mean confidence"),
        ({"garbage_share": MAX_GARBAGE_SHARE + 0.01}, "garbage words"),
        ({"ink_read": MIN_INK_READ - 0.01}, "ink read"),
    ],
)
def test_each_signal_alone_says_tesseract_struggled(signal: dict, reason: str) -> None:
    values = {"mean_confidence": 95.0, "garbage_share": 0.0, "ink_read": 1.0, **signal}
    reasons = Signals(**values).reasons()
    assert len(reasons) == 1
    assert reasons[0].startswith(reason)


@pytest.mark.parametrize(("text", "garbage"), [("|", True), ("—-", True), ("9.00", False)])
def test_garbage_words_are_mostly_not_letters_or_digits(text: str, garbage: bool) -> None:
    assert is_garbage(text) is garbage


def test_ink_outside_the_word_boxes_counts_as_unread() -> None:
    image = Image.new("L", (400, 200), 255)
    draw = ImageDraw.Draw(image)
    draw.rectangle((20, 20, 180, 40), fill=0)
    draw.rectangle((20, 120, 180, 140), fill=0)
    word = Word(text="x", box=(20, 20, 181, 41), confidence=90, block=0, paragraph=0, line=0)
    result = OcrResult(
        text="x",
        words=[word],
        width=400,
        height=200,
        engine="test",
        language="eng",
        model="none",
        mean_confidence=90,
    )
    assert signals(image, result).ink_read == pytest.approx(0.5, abs=0.05)
    assert signals(Image.new("L", (400, 200), 255), result).ink_read == 1.0


@pytest.fixture(scope="module")
def auto(ocr_settings: OcrSettings) -> AutoEngine:
    tesseract = TesseractEngine(ocr_settings.ocr_tessdata_dir, ocr_settings.ocr_preprocess)
    return AutoEngine(tesseract, lambda: RapidOcrEngine(threads=1))


def test_auto_keeps_tesseract_for_a_clean_page(auto: AutoEngine) -> None:
    result = auto.recognize(render_paragraph(LETTER), "eng")
    assert result.engine.startswith("tesseract 5")
    assert result.model == "tessdata_fast"


def test_auto_reads_faint_small_print_again_with_rapidocr(auto: AutoEngine) -> None:
    result = auto.recognize(faint_small_print(), "eng")
    assert result.engine.startswith("rapidocr 3.")
    assert "Siemens in Munich" in result.text


@pytest.mark.parametrize(
    ("name", "engine"),
    [("tesseract", TesseractEngine), ("rapidocr", OneAtATime), ("auto", AutoEngine)],
)
def test_ocr_engine_setting_picks_the_engine(
    monkeypatch: pytest.MonkeyPatch, name: str, engine: type
) -> None:
    monkeypatch.setenv("OCR_ENGINE", name)
    settings = OcrSettings(ocr_workers=1, ocr_threads=1)
    assert settings.ocr_engine == name
    chosen = default_engine(settings)
    try:
        assert isinstance(chosen, engine)
        read = chosen.recognize(faint_small_print(), "eng")
        assert read.engine.split()[0] == ("tesseract" if name == "tesseract" else "rapidocr")
    finally:
        chosen.close()


def test_ocr_engine_default_is_auto(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OCR_ENGINE", raising=False)
    assert OcrSettings().ocr_engine == "auto"


def _result(engine: str, words: list[Word]) -> OcrResult:
    return OcrResult(
        text=" ".join(word.text for word in words),
        words=words,
        width=600,
        height=200,
        engine=engine,
        language="eng",
        model=engine,
        mean_confidence=90,
    )


def _word(text: str, box: tuple[int, int, int, int], confidence: float = 95) -> Word:
    return Word(text=text, box=box, confidence=confidence, block=0, paragraph=0, line=0)


def test_sure_tesseract_words_fill_only_where_rapidocr_found_nothing() -> None:
    neural = _result(
        "rapidocr", [_word("TOTAL", (10, 10, 80, 30)), _word("9.00", (300, 10, 360, 30))]
    )
    tesseract = _result(
        "tesseract",
        [
            _word("TOTAL", (12, 11, 79, 29)),  # RapidOCR read it: not added again
            _word("RM", (200, 12, 240, 30)),  # a gap on the same line
            _word("Thanks", (10, 100, 90, 120)),  # a gap on a line of its own
            _word("unsure", (10, 150, 90, 170), confidence=60),  # too unsure to add
        ],
    )
    filled = fill_gaps(neural, tesseract)
    assert filled.engine == "rapidocr + tesseract"
    assert filled.text == "TOTAL RM 9.00\n\nThanks"
    assert [word.line for word in filled.words[:3]] == [0, 0, 0]
    assert fill_gaps(neural, _result("tesseract", [])) is neural


def _respaced_over(neural: OcrResult, tesseract: list[str], boxes: list[Box]) -> OcrResult:
    """:func:`respace` of ``neural`` against Tesseract's words ``tesseract`` at ``boxes``."""
    words = [_word(text, box) for text, box in zip(tesseract, boxes, strict=True)]
    return respace(neural, _result("tesseract", words))


@pytest.mark.parametrize(
    ("rapidocr", "tesseract", "read"),
    [
        ("TEL:03-5542", ["TEL:", "03-5542"], ["TEL:", "03-5542"]),
        ("Bahru,Johor.", ["Bahru,", "Johor."], ["Bahru,", "Johor."]),
        ("ReceiptNo:", ["Receipt", "No:"], ["Receipt", "No:"]),
        ("Date:27/07/17", ["Date:", "27/07/17"], ["Date:", "27/07/17"]),
        # numbers keep their separators, and Tesseract's stray spaces inside words are not
        # taken
        ("1,500", ["1,", "500"], ["1,500"]),
        ("28.60", ["28.", "60"], ["28.60"]),
        ("WHOLEMEAL", ["WHOL", "EMEAL"], ["WHOLEMEAL"]),
        ("Amount(RM)", ["Amount(", "RM)"], ["Amount(RM)"]),
        # the letters must agree
        ("TEL:03-5542", ["TEL:", "O3-5542"], ["TEL:03-5542"]),
        ("TEL:03-5542", ["TEL:03-5542"], ["TEL:03-5542"]),
        # a line of capitals run together, cut where Tesseract's words end, RapidOCR's own
        # letters kept
        ("TAXINVOICE", ["TAX", "INVOICE"], ["TAX", "INVOICE"]),
        ("SANYUSTATIONERYSHOP", ["SANYO", "STATIONERY", "SHOP"], ["SANYU", "STATIONERY", "SHOP"]),
        ("(TAXINVOICE):", ["(TAX", "INVOICE):"], ["(TAX", "INVOICE):"]),
        # ... but a word of the language, a short word or one not all letters is left whole
        ("WHOLEMEAL", ["WHOLE", "MEAL"], ["WHOLEMEAL"]),
        ("PASIR", ["PAS", "IR"], ["PASIR"]),
        ("TAX1NVOICE", ["TAX", "INVOICE"], ["TAX1NVOICE"]),
        # ... nor where Tesseract's words are fewer than two words of the language, have
        # another letter count, are too unlike, or one is a single letter
        ("KUALALUMPUR", ["KUALA", "LUMPUR"], ["KUALALUMPUR"]),
        ("TAXINVOICE", ["TAX", "INVOICES"], ["TAXINVOICE"]),
        ("TAXINVOICE", ["WAX", "INSPIRE"], ["TAXINVOICE"]),
        ("ANORDER", ["A", "NORDER"], ["ANORDER"]),
    ],
)
def test_a_space_rapidocr_lost_is_put_back_where_tesseract_saw_it(
    rapidocr: str, tesseract: list[str], read: list[str]
) -> None:
    neural = _result("rapidocr", [_word(rapidocr, (10, 10, 340, 30), confidence=88)])
    boxes = [(12 + 110 * index, 11, 110 + 110 * index, 29) for index in range(len(tesseract))]
    spaced = _respaced_over(neural, tesseract, boxes)
    assert [word.text for word in spaced.words] == read
    if len(read) > 1:
        assert spaced.engine == "rapidocr + tesseract"
        assert [word.box for word in spaced.words] == boxes
        assert {word.confidence for word in spaced.words} == {88}
    else:
        assert spaced is neural


@pytest.mark.parametrize(
    ("rapidocr", "tesseract", "read"),
    [
        ("OFEVENT:", ["NAME", "OF", "EVENT:"], ["OF", "EVENT:"]),
        ("Tel:0355", ["Tel:", "0355", "Fax"], ["Tel:", "0355"]),
        ("TAXINVOICE", ["NAME", "TAX", "INVOICE"], ["TAX", "INVOICE"]),
    ],
)
def test_a_tesseract_word_that_only_touches_the_rapidocr_word_is_left_out_of_its_cut(
    rapidocr: str, tesseract: list[str], read: list[str]
) -> None:
    # RapidOCR's word boxes are shares of its line's box, so a neighbour read by Tesseract
    # can lie within reach of one: the run of Tesseract's words that spells it is used.
    neural = _result("rapidocr", [_word(rapidocr, (40, 10, 300, 30))])
    boxes = [(10 + 100 * index, 11, 90 + 100 * index, 29) for index in range(len(tesseract))]
    spaced = _respaced_over(neural, tesseract, boxes)
    assert [word.text for word in spaced.words] == read
    kept = [box for text, box in zip(tesseract, boxes, strict=True) if text in read]
    assert [word.box for word in spaced.words] == kept


def test_respacing_keeps_each_word_on_its_line_and_tesseract_words_elsewhere_out() -> None:
    neural = _result(
        "rapidocr",
        [_word("TOTAL:", (10, 10, 80, 30)), _word("Tel:0355", (10, 100, 120, 120))],
    )
    tesseract = _result(
        "tesseract",
        [
            _word("Tel:", (10, 101, 50, 119)),
            _word("0355", (60, 101, 120, 119)),
            _word("Tel:", (10, 10, 40, 30)),  # on another word's box: not this one's
        ],
    )
    spaced = respace(neural, tesseract)
    assert spaced.text == "TOTAL: Tel: 0355"
    assert [word.line for word in spaced.words] == [0, 0, 0]


@pytest.mark.parametrize(
    ("rapidocr", "tesseract", "confidence", "read"),
    [
        # RapidOCR's reading is no English word, Tesseract's alike one is: Tesseract's
        ("NEEK", "WEEK", 84, "WEEK"),
        ("govemed,", "governed", 96, "governed,"),  # RapidOCR's punctuation stays
        ("MEDIÀ", "MEDIA", 95, "MEDIA"),
        # either both are words, or neither is
        ("form", "from", 95, "form"),
        ("Pittsburgii", "Pittsburgil", 95, "Pittsburgii"),
        # too short: codes and abbreviations are seldom in a lexicon
        ("SDN", "SON", 95, "SDN"),
        ("(RM)", "(RIM)", 95, "(RM)"),
        # not alike enough, not sure enough, not letters
        ("JALAN", "FLAN", 95, "JALAN"),
        ("DATEMay", "May", 95, "DATEMay"),
        ("Incldence", "Incidence", 10, "Incldence"),
        ("B0XES", "BOXES", 95, "BOXES"),
        ("1O.50", "10.50", 95, "1O.50"),
    ],
)
def test_tesseract_spelling_wins_only_where_it_is_a_word_and_rapidocr_is_not(
    rapidocr: str, tesseract: str, confidence: float, read: str
) -> None:
    box = (10, 10, 120, 30)
    neural = _result("rapidocr", [_word(rapidocr, box)])
    voted = vote(neural, _result("tesseract", [_word(tesseract, box, confidence=confidence)]))
    assert [word.text for word in voted.words] == [read]
    if read == rapidocr:
        assert voted is neural
    else:
        assert voted.engine == "rapidocr + tesseract"
        assert voted.text == read
        assert voted.words[0].box == box


def test_a_vote_needs_one_tesseract_word_over_the_same_box_and_a_word_list() -> None:
    neural = _result("rapidocr", [_word("Projcct", (10, 10, 120, 30))])
    beside = _result("tesseract", [_word("Project", (70, 10, 180, 30))])  # half over it
    assert vote(neural, beside) is neural
    two = _result(
        "tesseract", [_word("Project", (10, 10, 118, 30)), _word("Project", (12, 10, 120, 30))]
    )
    assert vote(neural, two) is neural
    over = _result("tesseract", [_word("Project", (12, 11, 118, 29))])
    assert vote(neural, over).text == "Project"
    # no word list for the page's language: nothing is voted on
    chinese = neural.model_copy(update={"language": "chi_sim"})
    assert vote(chinese, over) is chinese
