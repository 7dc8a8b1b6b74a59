"""A pytest run stopped with SIGTERM stops the processes its tests started."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.utils.images import REPO_ROOT

WAIT_SECONDS = 60.0

INNER_TEST = """
import subprocess, sys, time
from pathlib import Path

def test_holds_a_child():
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    try:
        Path({pid_file!r}).write_text(str(child.pid))
        time.sleep(600)
    finally:
        child.kill()
        child.wait()
"""

INNER_CONFTEST = """
from tests.utils.interrupt import unwind_on_sigterm

def pytest_configure(config):
    unwind_on_sigterm()
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie (no parent has reaped it yet) has ended too
    stat = Path(f"/proc/{pid}/stat").read_text()
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _wait_for(path: Path) -> str:
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        if path.is_file() and path.read_text():
            return path.read_text()
        time.sleep(0.05)
    raise AssertionError(f"{path} was not written in {WAIT_SECONDS} s")


@pytest.mark.parametrize("unwinds", [True, False], ids=["with unwind_on_sigterm", "without"])
def test_sigterm_to_the_runner_runs_the_tests_cleanup(tmp_path: Path, unwinds: bool) -> None:
    pid_file = tmp_path / "child.pid"
    (tmp_path / "test_inner.py").write_text(INNER_TEST.format(pid_file=str(pid_file)))
    if unwinds:
        (tmp_path / "conftest.py").write_text(INNER_CONFTEST)
    runner = subprocess.Popen(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
    )
    child = None
    try:
        child = int(_wait_for(pid_file))
        runner.send_signal(signal.SIGTERM)
        runner.wait(timeout=WAIT_SECONDS)
        time.sleep(0.2)  # an orphan is reaped by init, not at once
        assert _alive(child) is not unwinds
    finally:
        if runner.poll() is None:
            runner.kill()
            runner.wait()
        if child is not None and _alive(child):
            os.kill(child, signal.SIGKILL)
