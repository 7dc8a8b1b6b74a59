"""OCR_DEVICE and OCR_THREADS reach onnxruntime: the providers and options RapidOCR gets."""

from __future__ import annotations

import os
from typing import Any

import onnxruntime
import pytest

from ocrner.core.settings import OcrSettings
from ocrner.ocr import rapidocr_engine
from ocrner.ocr.rapidocr_engine import DeviceUnavailable, RapidOcrEngine, check_device
from ocrner.ocr.recognize import default_engine

HAS_CUDA = "CUDAExecutionProvider" in onnxruntime.get_available_providers()


def test_on_the_cpu_every_loaded_session_runs_on_the_cpu_provider() -> None:
    engine = RapidOcrEngine(threads=1, device="cpu")
    engine.warm_up("eng")
    assert engine.provider == "CPUExecutionProvider"
    assert engine.providers() == ["CPUExecutionProvider"]


def test_the_session_options_follow_the_threads_setting() -> None:
    engine = RapidOcrEngine(threads=2)
    engine.warm_up("eng")
    options = engine._ocr.text_det.session.session.get_session_options()
    assert options.intra_op_num_threads == 2
    assert options.inter_op_num_threads == 1


def test_more_threads_than_the_machine_has_are_capped_not_dropped() -> None:
    """RapidOCR would otherwise leave onnxruntime's default: every core of the node."""
    cores = os.cpu_count() or 1
    params = RapidOcrEngine.params(cores + 8, "cpu")
    assert params["EngineConfig.onnxruntime.intra_op_num_threads"] == cores


@pytest.mark.skipif(HAS_CUDA, reason="onnxruntime here has the CUDA provider")
def test_cuda_without_onnxruntime_gpu_fails_the_start_with_a_clear_error() -> None:
    with pytest.raises(DeviceUnavailable, match="OCR_DEVICE=cuda needs onnxruntime's CUDA"):
        RapidOcrEngine(threads=1, device="cuda")
    with pytest.raises(DeviceUnavailable, match="onnxruntime-gpu"):
        default_engine(OcrSettings(ocr_engine="auto", ocr_device="cuda"))


def test_cuda_asks_rapidocr_for_the_cuda_provider(monkeypatch: pytest.MonkeyPatch) -> None:
    """With the provider present (stood in for here), the engine hands RapidOCR ``use_cuda``."""
    received: list[dict[str, Any]] = []

    class RecordingRapidOcr:
        def __init__(self, params: dict[str, Any]) -> None:
            received.append(params)

    monkeypatch.setattr(
        onnxruntime,
        "get_available_providers",
        lambda: ["CUDAExecutionProvider", "CPUExecutionProvider"],
    )
    monkeypatch.setattr("rapidocr.RapidOCR", RecordingRapidOcr)
    engine = RapidOcrEngine(threads=1, device="cuda")
    assert engine.provider == "CUDAExecutionProvider"
    (params,) = received
    assert params["EngineConfig.onnxruntime.use_cuda"] is True
    assert params["EngineConfig.onnxruntime.intra_op_num_threads"] == 1
    assert params["EngineConfig.onnxruntime.inter_op_num_threads"] == 1


def test_the_cpu_asks_for_no_cuda() -> None:
    assert RapidOcrEngine.params(1, "cpu")["EngineConfig.onnxruntime.use_cuda"] is False
    assert check_device("cpu") == "CPUExecutionProvider"
    assert set(rapidocr_engine.PROVIDERS) == {"cpu", "cuda"}


def test_the_device_setting_defaults_to_the_cpu(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OCR_DEVICE", raising=False)
    assert OcrSettings().ocr_device == "cpu"
    monkeypatch.setenv("OCR_DEVICE", "cuda")
    assert OcrSettings().ocr_device == "cuda"
    monkeypatch.setenv("OCR_DEVICE", "tpu")
    with pytest.raises(ValueError, match="ocr_device"):
        OcrSettings()
