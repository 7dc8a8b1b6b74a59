"""The shared job store (``JOB_STORE=redis``): Redis, used by every orchestrator replica.

Records, uploads, pages and results are Redis keys under ``ocrner:job:{id}``
(written with small Lua scripts, so that a status change and its bookkeeping
happen at once); finished jobs expire by Redis' own key expiry. The queue is
Dramatiq's Redis broker: each replica runs a Dramatiq worker in its process,
with one thread, whose message carries only the job id. Dramatiq was chosen over
arq, RQ and Taskiq for one property: every worker sends heartbeats while it
works, and the broker puts back the messages of a worker not heard from for
JOB_WORKER_TIMEOUT_SECONDS, however long its job has run; the others tie
re-delivery to a job timeout or to idle time, which a 200-page job outlasts.

The job runs on the replica's event loop, next to the API, with the pipeline and
upstream connections the API uses; the Dramatiq thread only waits for it. A
replica takes one job at a time and holds no other in reserve, so that the next
job goes to an idle replica. When
the replica stops, the job it works on is sent to the queue again, for another.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import logging
from collections.abc import Iterator

import redis.asyncio as redis
from dramatiq import Actor, Worker
from dramatiq.brokers.redis import MAINTENANCE_SCALE, RedisBroker
from dramatiq.errors import BrokerConnectionError

from ocrner.core.errors import JobQueueFull, JobStoreUnavailable
from ocrner.jobs.model import Job
from ocrner.jobs.store import QueueLimits, RunJob

logger = logging.getLogger("ocrner.jobs")

PREFIX = "ocrner:job:"
ACTIVE = "ocrner:jobs:active"
"""Ids of unfinished jobs; ``ACTIVE:{key}`` those of one caller key."""
QUEUE = "ocrner-jobs"
MAINTENANCE_SHARE = 0.2
HEARTBEATS_PER_TIMEOUT = 4
"""Heartbeats a working replica sends within JOB_WORKER_TIMEOUT_SECONDS."""
REQUEUE_PAUSE_SECONDS = 5.0
"""How long a replica whose job store failed mid-job waits before queueing the job again."""
"""Share of a worker's polls (about one a second) that also look for dead workers."""

_SUBMIT = """
if redis.call('scard', KEYS[2]) >= tonumber(ARGV[4])
   or redis.call('scard', KEYS[3]) >= tonumber(ARGV[5]) then
  return 0
end
redis.call('hset', KEYS[1], 'status', ARGV[1], 'record', ARGV[2], 'pages_done', 0)
redis.call('sadd', KEYS[2], ARGV[3])
redis.call('sadd', KEYS[3], ARGV[3])
return 1
"""

_UNFINISHED = """
local status = redis.call('hget', KEYS[1], 'status')
if status ~= 'queued' and status ~= 'running' then return 0 end
"""

_UPDATE = (
    _UNFINISHED
    + """
redis.call('hset', KEYS[1], 'status', ARGV[1], 'record', ARGV[2])
return 1
"""
)

_KEEP_PAGE = (
    _UNFINISHED
    + """
redis.call('hset', KEYS[2], ARGV[1], ARGV[2])
redis.call('hset', KEYS[1], 'pages_done', redis.call('hlen', KEYS[2]))
return 1
"""
)

_FINISH = (
    _UNFINISHED
    + """
redis.call('hset', KEYS[1], 'status', ARGV[1], 'record', ARGV[2])
redis.call('pexpire', KEYS[1], ARGV[3])
if ARGV[5] == '1' then redis.call('set', KEYS[4], ARGV[4], 'px', ARGV[3]) end
redis.call('del', KEYS[5], KEYS[6])
redis.call('srem', KEYS[2], ARGV[6])
redis.call('srem', KEYS[3], ARGV[6])
return 1
"""
)


@contextlib.contextmanager
def _reachable() -> Iterator[None]:
    """Redis down or unreachable is a 503 to the caller, not an unexpected error."""
    try:
        yield
    except (redis.ConnectionError, redis.TimeoutError, BrokerConnectionError) as error:
        raise JobStoreUnavailable(
            f"The job store cannot be reached: {type(error).__name__}."
        ) from None


def _keys(job_id: str) -> dict[str, str]:
    base = PREFIX + job_id
    return {
        "job": base,
        "upload": base + ":upload",
        "pages": base + ":pages",
        "result": base + ":result",
    }


class RedisJobStore:
    """Jobs in the Redis at ``url``, queued through Dramatiq, shared by all replicas."""

    def __init__(self, url: str, worker_timeout_seconds: float) -> None:
        self.redis = redis.Redis.from_url(url)
        self._submit = self.redis.register_script(_SUBMIT)
        self._update = self.redis.register_script(_UPDATE)
        self._keep_page = self.redis.register_script(_KEEP_PAGE)
        self._finish = self.redis.register_script(_FINISH)
        # No default middleware: its time limit (10 min) and retries do not fit jobs
        # that take up where they were left off.
        self.broker = RedisBroker(
            url=url,
            middleware=[],
            namespace="ocrner-dramatiq",
            heartbeat_timeout=int(worker_timeout_seconds * 1000),
            maintenance_chance=int(MAINTENANCE_SCALE * MAINTENANCE_SHARE),
        )
        self.actor = Actor(
            self._from_queue,
            broker=self.broker,
            actor_name="ocrner_job",
            queue_name=QUEUE,
            priority=0,
            options={},
        )
        self._worker: Worker | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._run: RunJob | None = None
        self._running: set[asyncio.Task[None]] = set()
        self._closing = False

    async def submit(self, job: Job, upload: bytes, limits: QueueLimits) -> None:
        with _reachable():
            keys = _keys(job.id)
            await self.redis.set(keys["upload"], upload)
            accepted = await self._submit(
                keys=[keys["job"], ACTIVE, f"{ACTIVE}:{job.key}"],
                args=[job.status, job.model_dump_json(), job.id, limits.total, limits.per_key],
            )
            if not accepted:
                await self.redis.delete(keys["upload"])
                raise JobQueueFull("Too many jobs are queued or running; retry later.")
            await asyncio.to_thread(self.actor.send, job.id)

    async def get(self, job_id: str) -> Job | None:
        with _reachable():
            record, pages_done = await self.redis.hmget(
                _keys(job_id)["job"], ["record", "pages_done"]
            )
            if record is None:
                return None
            return Job.model_validate_json(record).model_copy(
                update={"pages_done": int(pages_done or 0)}
            )

    async def update(self, job: Job) -> Job | None:
        with _reachable():
            await self._update(
                keys=[_keys(job.id)["job"]], args=[job.status, job.model_dump_json()]
            )
            return await self.get(job.id)

    async def upload(self, job_id: str) -> bytes | None:
        with _reachable():
            return await self.redis.get(_keys(job_id)["upload"])

    async def result(self, job_id: str) -> bytes | None:
        with _reachable():
            return await self.redis.get(_keys(job_id)["result"])

    async def pages(self, job_id: str) -> dict[int, bytes]:
        with _reachable():
            stored = await self.redis.hgetall(_keys(job_id)["pages"])
            return {int(number): page for number, page in stored.items()}

    async def keep_page(self, job_id: str, number: int, page: bytes) -> None:
        with _reachable():
            keys = _keys(job_id)
            await self._keep_page(keys=[keys["job"], keys["pages"]], args=[number, page])

    async def finish(self, job: Job, result: bytes | None) -> Job | None:
        with _reachable():
            assert job.finished_at is not None and job.expires_at is not None
            keys = _keys(job.id)
            ttl_ms = max(1, int((job.expires_at - job.finished_at).total_seconds() * 1000))
            await self._finish(
                keys=[
                    keys["job"],
                    ACTIVE,
                    f"{ACTIVE}:{job.key}",
                    keys["result"],
                    keys["upload"],
                    keys["pages"],
                ],
                args=[
                    job.status,
                    job.model_dump_json(),
                    ttl_ms,
                    result or b"",
                    "1" if result is not None else "0",
                    job.id,
                ],
            )
            return await self.get(job.id)

    async def work(self, run: RunJob) -> None:
        self._loop = asyncio.get_running_loop()
        self._run = run
        self._worker = Worker(self.broker, queues={QUEUE}, worker_threads=1)
        # One job at a time, none held in reserve: a busy replica leaves the next job to
        # an idle one. Its consumer then stops polling Redis while it works, and with it
        # the heartbeats that polls carry; _heartbeat sends them instead.
        self._worker.queue_prefetch = 1
        await asyncio.to_thread(self._worker.start)

    def _from_queue(self, job_id: str) -> None:
        """The Dramatiq actor, on the worker's thread: run the job on the event loop, wait."""
        assert self._loop is not None
        future = asyncio.run_coroutine_threadsafe(self._run_here(job_id), self._loop)
        with contextlib.suppress(concurrent.futures.CancelledError):
            future.result()

    async def _run_here(self, job_id: str) -> None:
        assert self._run is not None
        if self._closing:
            await self._send_again(job_id)
            return
        task = asyncio.create_task(self._run(job_id))
        self._running.add(task)
        beating = asyncio.create_task(self._heartbeat())
        try:
            await task
        except asyncio.CancelledError:
            # This replica is stopping: queue the job again, for another to take up.
            await self._send_again(job_id)
        except Exception:
            # The runner settles every failure of the job itself; what escapes it is the
            # store failing (Redis lost). The job goes back to the queue, after a pause.
            logger.exception("job %s: the job store failed; queued again", job_id)
            await asyncio.sleep(REQUEUE_PAUSE_SECONDS)
            await self._send_again(job_id)
        finally:
            beating.cancel()
            self._running.discard(task)

    async def _send_again(self, job_id: str) -> None:
        try:
            await asyncio.to_thread(self.actor.send, job_id)
        except (redis.RedisError, BrokerConnectionError) as error:
            logger.error("job %s could not be queued again: %r", job_id, error)

    async def _heartbeat(self) -> None:
        """Tell the broker this worker is alive while it works: any broker command records
        a heartbeat, and a queue's size is the cheapest one."""
        while True:
            await asyncio.sleep(self.broker.heartbeat_timeout / 1000 / HEARTBEATS_PER_TIMEOUT)
            try:
                await asyncio.to_thread(self.broker.do_qsize, QUEUE)
            except redis.RedisError as error:
                logger.warning("job heartbeat failed: %r", error)

    async def close(self) -> None:
        self._closing = True
        for task in list(self._running):
            task.cancel()
        await asyncio.gather(*self._running, return_exceptions=True)
        if self._worker is not None:
            await asyncio.to_thread(self._worker.stop, 10_000)
        self.broker.close()
        await self.redis.aclose()
