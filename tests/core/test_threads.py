"""The numeric libraries' thread counts: one per call unless the operator chose."""

from __future__ import annotations

import os

import pytest

from ocrner.core.threads import THREAD_VARIABLES, limit_library_threads


def test_unset_thread_variables_are_set_to_one_and_chosen_ones_kept(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in THREAD_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "4")
    chosen = limit_library_threads()
    assert chosen == {"OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    assert os.environ["OPENBLAS_NUM_THREADS"] == "4"
    assert os.environ["OMP_NUM_THREADS"] == "1"
