"""Telling a job's caller that it has finished: one POST to its callback URL.

Only to hosts the operator allowed (JOB_CALLBACK_HOSTS, ``host`` or
``host:port``): a callback URL is checked when the job is submitted, so that
the service never sends requests to arbitrary addresses on a caller's word. The
body is the job as ``GET /api/jobs/{id}`` shows it; a failed callback is logged,
not retried, and changes nothing about the job.
"""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

import httpx

from ocrner.core.errors import CallbackNotAllowed
from ocrner.core.settings import OrchestratorSettings
from ocrner.jobs.model import Job

logger = logging.getLogger("ocrner.jobs")

CALLBACK_TIMEOUT_SECONDS = 10.0


def check_callback(url: str, allowed_hosts: list[str]) -> str:
    """``url`` if it is http(s) to an allowed host; CallbackNotAllowed otherwise."""
    if not allowed_hosts:
        raise CallbackNotAllowed("This service sends no callbacks (JOB_CALLBACK_HOSTS is empty).")
    parts = urlsplit(url)
    try:
        port = parts.port
    except ValueError:
        port = None
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("http", "https") or not host:
        raise CallbackNotAllowed("callback_url must be an http or https URL.")
    if host not in allowed_hosts and f"{host}:{port}" not in allowed_hosts:
        raise CallbackNotAllowed(f"callback_url's host {host} is not on JOB_CALLBACK_HOSTS.")
    return url


async def notify(job: Job, settings: OrchestratorSettings) -> None:
    """POST the finished job to its callback URL, if it has one (checked again here)."""
    url = job.options.callback_url
    if url is None:
        return
    try:
        check_callback(url, settings.job_callback_hosts)
        async with httpx.AsyncClient(timeout=CALLBACK_TIMEOUT_SECONDS) as client:
            response = await client.post(
                url,
                content=job.view().model_dump_json(),
                headers={"Content-Type": "application/json"},
            )
        response.raise_for_status()
    except (httpx.HTTPError, CallbackNotAllowed) as error:
        logger.warning("job %s: callback to %s failed: %r", job.id, url, error)
