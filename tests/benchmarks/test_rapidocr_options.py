"""The RapidOCR settings benchmark: its options reach RapidOCR, and bad ones are refused."""

from __future__ import annotations

import pytest
from benchmarks.rapidocr_options import DEFAULT_SETTINGS, TunedRapidOcr, _settings


def test_settings_are_parsed_one_per_option() -> None:
    assert _settings(
        ["Det.box_thresh=0.4", "Det.max_candidates=500", "Global.log_level=error"]
    ) == [
        {"Det.box_thresh": 0.4},
        {"Det.max_candidates": 500},
        {"Global.log_level": "error"},
    ]


def test_no_option_tries_the_default_sweep() -> None:
    assert _settings([]) == DEFAULT_SETTINGS


def test_an_option_without_value_is_refused() -> None:
    with pytest.raises(SystemExit, match="KEY=VALUE"):
        _settings(["Det.box_thresh"])


def test_the_options_reach_rapidocr_on_top_of_the_products_settings() -> None:
    engine = TunedRapidOcr(1, {"Det.box_thresh": 0.35})
    config = engine._ocr.cfg
    assert config.Det.box_thresh == pytest.approx(0.35)
    assert config.EngineConfig.onnxruntime.intra_op_num_threads == 1
