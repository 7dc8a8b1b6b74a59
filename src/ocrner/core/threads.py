"""One thread per engine call for the numeric libraries under the OCR and NER engines.

The services already run their engines in parallel (``OCR_WORKERS`` Tesseract
instances, the NER batcher); OpenBLAS (numpy's, under spaCy's ``thinc``) and any
OpenMP runtime would otherwise start one thread per CPU *of the node* on their
first large operation, each competing with the other workers for the container's
CPU share. Set before the libraries load, and only where the operator has not
set the variable. RapidOCR's onnxruntime threads are ``OCR_THREADS``.
"""

from __future__ import annotations

import os

THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


def limit_library_threads() -> dict[str, str]:
    """Set each of :data:`THREAD_VARIABLES` that is unset to 1; return those set here."""
    chosen = {name: "1" for name in THREAD_VARIABLES if name not in os.environ}
    os.environ.update(chosen)
    return chosen
