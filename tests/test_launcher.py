"""``ocrner up``: three processes that start together and stop together."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time

import httpx
import pytest

from tests.utils.processes import LOOPBACK, free_port

pytestmark = pytest.mark.e2e


def children_of(pid: int) -> set[int]:
    found = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    fields = stat.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.add(int(entry))
    return found


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_up_starts_three_services_prints_the_curl_and_stops_them_all_on_sigterm() -> None:
    ports = [free_port() for _ in range(3)]
    process = subprocess.Popen(
        [sys.executable, "-m", "ocrner", "up", "--port", str(ports[0]),
         "--ocr-port", str(ports[1]), "--ner-port", str(ports[2])],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
        text=True,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        banner = ""
        deadline = time.monotonic() + 120
        while "Press Ctrl-C" not in banner and time.monotonic() < deadline:
            line = process.stdout.readline()
            if not line:
                break
            banner += line
        assert f"http://{LOOPBACK}:{ports[0]}" in banner
        assert '--form "file=@test-image.jpg"' in banner
        services = children_of(process.pid)
        assert len(services) == 3
        for port in ports:
            assert httpx.get(f"http://{LOOPBACK}:{port}/readyz", timeout=5).status_code == 200
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=60) == 0
        assert not any(alive(pid) for pid in services)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_up_says_which_port_is_taken() -> None:
    with socket.socket() as taken:
        taken.bind((LOOPBACK, 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "ocrner", "up", "--port", str(free_port()),
             "--ocr-port", str(port), "--ner-port", str(free_port())],
            capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
        )  # fmt: skip
    assert result.returncode == 1
    assert f"port {port}" in result.stderr
    assert "ocr service" in result.stderr
    assert "already in use" in result.stderr
