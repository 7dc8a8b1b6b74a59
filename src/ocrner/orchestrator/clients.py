"""HTTP clients for the OCR and NER services, as the orchestrator's pipeline backends.

One pooled ``httpx.AsyncClient`` per upstream, with connect and read timeouts
and the request's remaining deadline. Each call carries the request's
``X-Request-ID`` and its remaining time budget (``X-Deadline-Ms``). Connection
failures and 503s are retried with exponential backoff and jitter while the
deadline allows (OCR and NER are pure, so a repeat is safe); everything else
is mapped once to the errors of :mod:`ocrner.core.errors`, naming the upstream.
"""

from __future__ import annotations

import time
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

import httpx
from pydantic import ValidationError
from tenacity import (
    AsyncRetrying,
    retry_if_exception_type,
    stop_after_attempt,
    wait_random_exponential,
)

from ocrner.core.errors import (
    UpstreamError,
    UpstreamRejected,
    UpstreamTimeout,
    UpstreamUnavailable,
)
from ocrner.core.observability import REQUEST_ID_HEADER, UPSTREAM_LATENCY, request_id_var
from ocrner.core.settings import OrchestratorSettings
from ocrner.ner.engine import NerResult
from ocrner.ocr.engine import OcrResult
from ocrner.orchestrator.pipeline import Upload

DEADLINE_HEADER = "X-Deadline-Ms"

deadline_var: ContextVar[float | None] = ContextVar("deadline", default=None)
"""The monotonic time by which the current request must be answered, if any."""


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how patiently to repeat a call that could not get through."""

    attempts: int = 3
    initial_backoff_seconds: float = 0.05
    max_backoff_seconds: float = 1.0


class _Retryable(Exception):
    """A failure worth another attempt: the call never reached a working upstream."""

    def __init__(self, error: UpstreamError) -> None:
        super().__init__(error.message)
        self.error = error


class UpstreamClient:
    """Calls one upstream service; subclasses say which endpoint and what comes back."""

    def __init__(
        self,
        name: str,
        display_name: str,
        base_url: str,
        settings: OrchestratorSettings,
        retry: RetryPolicy = RetryPolicy(),
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.name = name
        self.display_name = display_name
        self.base_url = base_url.rstrip("/")
        self.read_timeout = settings.upstream_read_timeout
        self.retry = retry
        self.http = httpx.AsyncClient(
            base_url=self.base_url,
            timeout=httpx.Timeout(
                connect=settings.upstream_connect_timeout,
                read=settings.upstream_read_timeout,
                write=settings.upstream_read_timeout,
                pool=settings.upstream_connect_timeout,
            ),
            limits=httpx.Limits(
                max_connections=settings.upstream_max_connections,
                max_keepalive_connections=settings.upstream_max_connections,
            ),
            transport=transport,
        )

    async def aclose(self) -> None:
        await self.http.aclose()

    async def _post(self, path: str, **request: Any) -> dict[str, Any]:
        """POST with retries; return the JSON body of a 2xx answer or raise an UpstreamError."""
        retrying = AsyncRetrying(
            stop=stop_after_attempt(self.retry.attempts),
            wait=wait_random_exponential(
                multiplier=self.retry.initial_backoff_seconds, max=self.retry.max_backoff_seconds
            ),
            retry=retry_if_exception_type(_Retryable),
            reraise=True,
        )
        try:
            async for attempt in retrying:
                with attempt:
                    return await self._post_once(path, **request)
        except _Retryable as failure:
            raise failure.error from None
        raise AssertionError("unreachable: tenacity either returns or raises")

    async def _post_once(self, path: str, **request: Any) -> dict[str, Any]:
        remaining = self._remaining_seconds()
        headers = {REQUEST_ID_HEADER: request_id_var.get()}
        if remaining is not None:
            headers[DEADLINE_HEADER] = str(int(remaining * 1000))
        timeout = httpx.USE_CLIENT_DEFAULT
        if remaining is not None and remaining < self.read_timeout:
            timeout = httpx.Timeout(remaining, connect=min(remaining, 2.0))
        started = time.perf_counter()
        outcome = "error"
        try:
            response = await self.http.post(path, headers=headers, timeout=timeout, **request)
            outcome = str(response.status_code)
        except httpx.TimeoutException as error:
            outcome = "timeout"
            if isinstance(error, httpx.ConnectTimeout | httpx.PoolTimeout):
                raise _Retryable(self._unavailable("did not accept a connection in time")) from None
            raise UpstreamTimeout(
                self.name, f"The {self.display_name} did not answer in time."
            ) from None
        except (httpx.ConnectError, httpx.RemoteProtocolError, httpx.ReadError) as error:
            outcome = "unreachable"
            raise _Retryable(
                self._unavailable(f"cannot be reached ({type(error).__name__})")
            ) from None
        except httpx.HTTPError as error:
            raise self._unavailable(f"failed ({type(error).__name__})") from None
        finally:
            UPSTREAM_LATENCY.labels(self.name, outcome).observe(time.perf_counter() - started)
        return self._json_or_error(response)

    def _json_or_error(self, response: httpx.Response) -> dict[str, Any]:
        body: Any
        try:
            body = response.json()
        except ValueError:
            body = None
        if response.is_success and isinstance(body, dict):
            return body
        problem = body if isinstance(body, dict) else {}
        if response.status_code == 503:
            raise _Retryable(self._unavailable("is overloaded or not ready (503)"))
        if 400 <= response.status_code < 500:
            raise UpstreamRejected(
                self.name,
                status=response.status_code,
                code=str(problem.get("code", "invalid_input")),
                title=str(problem.get("title", "Invalid input")),
                message=str(problem.get("detail", f"The {self.display_name} refused the input.")),
            )
        raise UpstreamError(
            self.name,
            f"The {self.display_name} failed (HTTP {response.status_code}).",
        )

    def _unavailable(self, what: str) -> UpstreamUnavailable:
        return UpstreamUnavailable(self.name, f"The {self.display_name} {what}.")

    def _parse(self, model: type, body: dict[str, Any]) -> Any:
        try:
            return model.model_validate(body)
        except ValidationError:
            raise UpstreamError(
                self.name, f"The {self.display_name} answered in an unexpected shape."
            ) from None

    def _remaining_seconds(self) -> float | None:
        deadline = deadline_var.get()
        if deadline is None:
            return None
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise UpstreamTimeout(
                self.name, f"The request ran out of time before the {self.display_name} answered."
            )
        return remaining


class OcrClient(UpstreamClient):
    """The OCR service as an :class:`~ocrner.orchestrator.pipeline.OcrBackend`."""

    def __init__(self, settings: OrchestratorSettings, **options: Any) -> None:
        super().__init__("ocr", "OCR service", str(settings.ocr_service_url), settings, **options)

    async def read(self, upload: Upload, language: str | None) -> OcrResult:
        body = await self._post(
            "/api/OCR",
            files={"file": (upload.filename, upload.data, upload.content_type)},
            params={"lang": language} if language else None,
        )
        return self._parse(OcrResult, body)


class NerClient(UpstreamClient):
    """The NER service as a :class:`~ocrner.orchestrator.pipeline.NerBackend`."""

    def __init__(self, settings: OrchestratorSettings, **options: Any) -> None:
        super().__init__("ner", "NER service", str(settings.ner_service_url), settings, **options)

    async def find(self, text: str) -> NerResult:
        return self._parse(NerResult, await self._post("/api/NER", json={"text": text}))
