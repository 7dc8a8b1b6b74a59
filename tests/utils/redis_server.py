"""A real Redis for tests: Debian's ``redis-server`` on a free loopback port, in a temp folder."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager

import redis

from tests.utils.processes import LOOPBACK, free_port

REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"


def have_redis() -> bool:
    return shutil.which(REDIS_SERVER) is not None


@contextmanager
def redis_server() -> Iterator[str]:
    """Start redis-server (no persistence), yield its URL, stop it and remove its folder."""
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="ocrner-redis-") as folder:
        process = subprocess.Popen(
            [REDIS_SERVER, "--port", str(port), "--bind", LOOPBACK, "--dir", folder,
             "--save", "", "--appendonly", "no", "--protected-mode", "yes"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            stdin=subprocess.DEVNULL,
        )  # fmt: skip
        url = f"redis://{LOOPBACK}:{port}/0"
        try:
            client = redis.Redis.from_url(url)
            deadline = time.monotonic() + 30
            while True:
                try:
                    client.ping()
                    break
                except redis.ConnectionError:
                    if process.poll() is not None or time.monotonic() > deadline:
                        raise
                    time.sleep(0.05)
            client.close()
            yield url
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
