"""The embedded job store (``JOB_STORE=sqlite``): one SQLite file, no server.

The file is ``JOB_DATA_DIR/jobs.sqlite3``. The process that serves the API also
works on the jobs, one at a time: a job is taken with a lease that the worker
renews while it works, so a job whose process died (or was stopped) is taken up
again when the lease runs out (JOB_WORKER_TIMEOUT_SECONDS), by the next process
on the same folder, with the pages already read kept. Finished jobs are deleted
once they expire.

SQLite is called from worker threads through one connection, one call at a time.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from ocrner.core.errors import JobQueueFull
from ocrner.jobs.model import Job
from ocrner.jobs.store import QueueLimits, RunJob

logger = logging.getLogger("ocrner.jobs")

T = TypeVar("T")

UNFINISHED = "('queued', 'running')"
POLL_SECONDS = 0.5
"""How often an idle worker looks for a job (a job submitted here wakes it at once)."""

_SCHEMA = """
CREATE TABLE IF NOT EXISTS jobs (
    id TEXT PRIMARY KEY,
    status TEXT NOT NULL,
    key TEXT NOT NULL,
    record TEXT NOT NULL,
    pages_done INTEGER NOT NULL DEFAULT 0,
    upload BLOB,
    result BLOB,
    created REAL NOT NULL,
    expires REAL,
    lease_until REAL NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS jobs_status ON jobs (status, created);
CREATE INDEX IF NOT EXISTS jobs_expires ON jobs (expires);
CREATE TABLE IF NOT EXISTS pages (
    job_id TEXT NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    page BLOB NOT NULL,
    PRIMARY KEY (job_id, number)
);
"""


class SqliteJobStore:
    """Jobs in ``data_dir/jobs.sqlite3``, worked on by this process."""

    def __init__(self, data_dir: Path, worker_timeout_seconds: float) -> None:
        data_dir.mkdir(parents=True, exist_ok=True)
        self.path = data_dir / "jobs.sqlite3"
        self.lease_seconds = worker_timeout_seconds
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA foreign_keys=ON")
        self._db.executescript(_SCHEMA)
        self._wake = asyncio.Event()
        self._worker: asyncio.Task[None] | None = None

    async def _call(self, work: Callable[[sqlite3.Connection], T]) -> T:
        def locked() -> T:
            with self._lock:
                return work(self._db)

        return await asyncio.to_thread(locked)

    async def submit(self, job: Job, upload: bytes, limits: QueueLimits) -> None:
        def insert(db: sqlite3.Connection) -> bool:
            db.execute("BEGIN IMMEDIATE")
            try:
                total, mine = db.execute(
                    f"SELECT count(*), coalesce(sum(key = ?), 0) FROM jobs "  # noqa: S608
                    f"WHERE status IN {UNFINISHED}",
                    (job.key,),
                ).fetchone()
                if total >= limits.total or mine >= limits.per_key:
                    return False
                db.execute(
                    "INSERT INTO jobs (id, status, key, record, upload, created) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (job.id, job.status, job.key, job.model_dump_json(), upload, time.time()),
                )
                return True
            finally:
                db.execute("COMMIT")

        if not await self._call(insert):
            raise JobQueueFull("Too many jobs are queued or running; retry later.")
        self._wake.set()

    async def get(self, job_id: str) -> Job | None:
        row = await self._call(
            lambda db: db.execute(
                "SELECT record, pages_done FROM jobs WHERE id = ? "
                "AND (expires IS NULL OR expires > ?)",
                (job_id, time.time()),
            ).fetchone()
        )
        if row is None:
            return None
        return Job.model_validate_json(row[0]).model_copy(update={"pages_done": row[1]})

    async def update(self, job: Job) -> Job | None:
        await self._call(
            lambda db: db.execute(
                f"UPDATE jobs SET status = ?, record = ? WHERE id = ? "  # noqa: S608
                f"AND status IN {UNFINISHED}",
                (job.status, job.model_dump_json(), job.id),
            )
        )
        return await self.get(job.id)

    async def upload(self, job_id: str) -> bytes | None:
        return await self._value("upload", job_id)

    async def result(self, job_id: str) -> bytes | None:
        return await self._value("result", job_id)

    async def _value(self, column: str, job_id: str) -> Any:
        row = await self._call(
            lambda db: db.execute(
                f"SELECT {column} FROM jobs WHERE id = ?",  # noqa: S608 (a column name of ours)
                (job_id,),
            ).fetchone()
        )
        return None if row is None else row[0]

    async def pages(self, job_id: str) -> dict[int, bytes]:
        rows = await self._call(
            lambda db: db.execute(
                "SELECT number, page FROM pages WHERE job_id = ?", (job_id,)
            ).fetchall()
        )
        return {number: page for number, page in rows}

    async def keep_page(self, job_id: str, number: int, page: bytes) -> None:
        def keep(db: sqlite3.Connection) -> None:
            db.execute("BEGIN IMMEDIATE")
            try:
                status = db.execute("SELECT status FROM jobs WHERE id = ?", (job_id,)).fetchone()
                if status is None or status[0] not in ("queued", "running"):
                    return
                db.execute(
                    "INSERT OR REPLACE INTO pages (job_id, number, page) VALUES (?, ?, ?)",
                    (job_id, number, page),
                )
                db.execute(
                    "UPDATE jobs SET pages_done = "
                    "(SELECT count(*) FROM pages WHERE job_id = ?) WHERE id = ?",
                    (job_id, job_id),
                )
            finally:
                db.execute("COMMIT")

        await self._call(keep)

    async def finish(self, job: Job, result: bytes | None) -> Job | None:
        assert job.expires_at is not None

        def finish(db: sqlite3.Connection) -> None:
            db.execute("BEGIN IMMEDIATE")
            try:
                changed = db.execute(
                    f"UPDATE jobs SET status = ?, record = ?, result = ?, upload = NULL, "  # noqa: S608
                    f"expires = ?, lease_until = 0 WHERE id = ? AND status IN {UNFINISHED}",
                    (job.status, job.model_dump_json(), result, job.expires_at.timestamp(), job.id),
                ).rowcount
                if changed:
                    db.execute("DELETE FROM pages WHERE job_id = ?", (job.id,))
            finally:
                db.execute("COMMIT")

        await self._call(finish)
        return await self.get(job.id)

    async def work(self, run: RunJob) -> None:
        self._worker = asyncio.create_task(self._work(run))

    async def _work(self, run: RunJob) -> None:
        while True:
            await self._call(self._purge)
            job_id = await self._call(self._claim)
            if job_id is None:
                self._wake.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), POLL_SECONDS)
                continue
            renewing = asyncio.create_task(self._renew(job_id))
            try:
                await run(job_id)
            except asyncio.CancelledError:
                await self._call(lambda db, job_id=job_id: self._release(db, job_id))
                raise
            except Exception:
                logger.exception("job %s: the worker failed", job_id)
            finally:
                renewing.cancel()

    def _claim(self, db: sqlite3.Connection) -> str | None:
        """The oldest unfinished job nobody holds, now held by this worker."""
        db.execute("BEGIN IMMEDIATE")
        try:
            now = time.time()
            row = db.execute(
                f"SELECT id FROM jobs WHERE status IN {UNFINISHED} "  # noqa: S608
                "AND lease_until < ? ORDER BY created LIMIT 1",
                (now,),
            ).fetchone()
            if row is None:
                return None
            db.execute(
                "UPDATE jobs SET lease_until = ? WHERE id = ?", (now + self.lease_seconds, row[0])
            )
            return row[0]
        finally:
            db.execute("COMMIT")

    async def _renew(self, job_id: str) -> None:
        while True:
            await asyncio.sleep(self.lease_seconds / 3)
            await self._call(
                lambda db: db.execute(
                    "UPDATE jobs SET lease_until = ? WHERE id = ?",
                    (time.time() + self.lease_seconds, job_id),
                )
            )

    @staticmethod
    def _release(db: sqlite3.Connection, job_id: str) -> None:
        db.execute("UPDATE jobs SET lease_until = 0 WHERE id = ?", (job_id,))

    @staticmethod
    def _purge(db: sqlite3.Connection) -> None:
        db.execute("DELETE FROM jobs WHERE expires IS NOT NULL AND expires <= ?", (time.time(),))

    async def close(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._worker
        await self._call(lambda db: db.close())
