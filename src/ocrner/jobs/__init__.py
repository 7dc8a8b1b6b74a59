"""Long documents as jobs: submit, watch, fetch, cancel (``/api/jobs``).

A job is one upload read by the same :class:`~ocrner.orchestrator.pipeline.Pipeline`
as ``POST /api/NER``, in the background: the caller gets an id at once, polls
the job for its pages done, and fetches the very answer ``/api/NER`` would have
given. Every page read is kept in the store as soon as it is read, so a job
taken up again (its replica died, or was stopped) reads only the pages not read
yet (:class:`~ocrner.orchestrator.pipeline.PageMemory`).

Where jobs live is a :class:`~ocrner.jobs.store.JobStore`, one implementation
per file:

* :mod:`ocrner.jobs.sqlite_store` (``JOB_STORE=sqlite``, the default): a SQLite
  file in ``JOB_DATA_DIR``, worked on by the process that serves it;
* :mod:`ocrner.jobs.redis_store` (``JOB_STORE=redis``): Redis at ``REDIS_URL``,
  shared by every orchestrator replica, queued with Dramatiq, whose worker
  heartbeats let another replica take up the job of one that died.

:class:`~ocrner.jobs.runner.JobRunner` runs one job; :mod:`ocrner.jobs.callbacks`
tells an allowed callback URL that a job has finished.
"""

from ocrner.jobs.model import FINISHED, Job, JobOptions, JobStatus, JobView
from ocrner.jobs.store import JobStore, QueueLimits, open_store

__all__ = [
    "FINISHED",
    "Job",
    "JobOptions",
    "JobStatus",
    "JobStore",
    "JobView",
    "QueueLimits",
    "open_store",
]
