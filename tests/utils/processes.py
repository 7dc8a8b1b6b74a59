"""Real service processes for tests: ``python -m ocrner serve NAME`` on a free loopback port.

Every process a test starts is stopped when the test (or the session) ends,
even when it fails: use :func:`running_stack` / :class:`ServiceProcess` as
context managers or through the fixtures in ``tests/conftest.py``.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx

LOOPBACK = "127.0.0.1"
READY_TIMEOUT_SECONDS = 90.0


def free_port() -> int:
    """A TCP port on loopback that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind((LOOPBACK, 0))
        return probe.getsockname()[1]


@dataclass
class ServiceProcess:
    """One service started as its own process, as ``ocrner serve`` runs it."""

    name: str
    port: int = field(default_factory=free_port)
    env: dict[str, str] = field(default_factory=dict)
    python: str = sys.executable
    """The interpreter that runs ``-m ocrner`` (another virtualenv's, to test its install)."""
    process: subprocess.Popen[bytes] | None = None
    log_path: Path | None = None
    job_dir: tempfile.TemporaryDirectory[str] | None = None
    """An orchestrator's own JOB_DATA_DIR (unless ``env`` names one), removed with it."""

    @property
    def url(self) -> str:
        return f"http://{LOOPBACK}:{self.port}"

    def start(self) -> ServiceProcess:
        handle, path = tempfile.mkstemp(prefix=f"ocrner-{self.name}-", suffix=".log")
        self.log_path = Path(path)
        env = {**os.environ, "HOST": LOOPBACK, "PORT": str(self.port), **self.env}
        if self.name == "orchestrator" and "JOB_DATA_DIR" not in self.env:
            self.job_dir = self.job_dir or tempfile.TemporaryDirectory(prefix="ocrner-jobs-")
            env["JOB_DATA_DIR"] = self.job_dir.name
        self.process = subprocess.Popen(
            [self.python, "-m", "ocrner", "serve", self.name],
            env=env,
            stdout=handle,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
        os.close(handle)
        return self

    def wait_ready(self, timeout: float = READY_TIMEOUT_SECONDS) -> ServiceProcess:
        deadline = time.monotonic() + timeout
        with httpx.Client(timeout=1.0) as client:  # one client: each new one costs ~20 ms CPU
            while time.monotonic() < deadline:
                assert self.process is not None
                if self.process.poll() is not None:
                    raise RuntimeError(f"{self.name} exited early:\n{self.log()}")
                try:
                    if client.get(f"{self.url}/readyz").status_code == 200:
                        return self
                except httpx.HTTPError:
                    pass
                time.sleep(0.1)
        raise RuntimeError(f"{self.name} not ready after {timeout} s:\n{self.log()}")

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 30.0) -> int | None:
        """Stop the process (SIGTERM, then SIGKILL) and return its exit code."""
        if self.process is None:
            return None
        if self.process.poll() is None:
            self.process.send_signal(sig)
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.process.returncode

    def kill(self) -> None:
        """Kill the process at once, as a crashed pod would die."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def log(self) -> str:
        if self.log_path is None or not self.log_path.exists():
            return ""
        return self.log_path.read_text(errors="replace")[-5000:]

    def __enter__(self) -> ServiceProcess:
        return self.start().wait_ready()

    def __exit__(self, *_: object) -> None:
        self.stop()
        if self.log_path is not None:
            self.log_path.unlink(missing_ok=True)
        if self.job_dir is not None:
            self.job_dir.cleanup()


@dataclass
class Stack:
    """The three services, each its own process, wired by URL as in a cluster."""

    ocr: ServiceProcess
    ner: ServiceProcess
    orchestrator: ServiceProcess

    @property
    def url(self) -> str:
        return self.orchestrator.url


@contextmanager
def running_stack(
    orchestrator_env: dict[str, str] | None = None,
    ocr_env: dict[str, str] | None = None,
    ner_env: dict[str, str] | None = None,
) -> Iterator[Stack]:
    """Start OCR, NER and the orchestrator on free ports; stop all three afterwards."""
    with ExitStack() as stack:
        ocr = ServiceProcess("ocr", env=ocr_env or {}).start()
        stack.callback(ocr.__exit__)
        ner = ServiceProcess("ner", env=ner_env or {}).start()
        stack.callback(ner.__exit__)
        orchestrator = ServiceProcess(
            "orchestrator",
            env={
                "OCR_SERVICE_URL": ocr.url,
                "NER_SERVICE_URL": ner.url,
                **(orchestrator_env or {}),
            },
        ).start()
        stack.callback(orchestrator.__exit__)
        for service in (ocr, ner, orchestrator):
            service.wait_ready()
        yield Stack(ocr, ner, orchestrator)
