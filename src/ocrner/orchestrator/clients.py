"""HTTP clients for the OCR and NER services, as the orchestrator's pipeline backends.

One pooled ``httpx.AsyncClient`` per upstream, with connect and read timeouts,
a connection-pool limit and the request's remaining deadline. Each call carries
the request's ``X-Request-ID`` and its remaining time budget (``X-Deadline-Ms``).

A call that could not get through (connection refused, reset or timed out while
connecting, or a 503 from a busy or starting upstream) is repeated, with
exponential backoff and full jitter, for up to ``UPSTREAM_RETRY_SECONDS`` and
never past the deadline; the OCR and NER calls are pure, so a repeat is safe.
Three things bound the repeats:

- the deadline and the retry window above;
- a retry budget per upstream (:mod:`ocrner.orchestrator.budget`): repeats that
  reach the network are at most a fraction of the requests sent;
- a circuit breaker per upstream (:mod:`ocrner.orchestrator.breaker`): once it
  is open no call reaches the upstream but one probe per cool-down. A request
  meeting an open breaker waits for the probe's outcome while the upstream has
  been failing for less than the retry window (a restart, a replaced pod); once
  it has been failing for longer (an outage), the request fails at once with
  503 ``upstream_unavailable`` and ``Retry-After``.

httpx opens a new connection, resolving the host name again, for every call
that finds no idle one in the pool, and drops a connection that failed; so
after an upstream is replaced, the retries reach the new one. The pool itself is
renewed every ``UPSTREAM_CONNECTION_MAX_AGE_SECONDS``
(:mod:`ocrner.orchestrator.recycling`), so replicas added behind a Service get
traffic too. Everything else
is mapped once to the errors of :mod:`ocrner.core.errors`, naming the upstream.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import httpx
from pydantic import ValidationError
from tenacity import (
    AsyncRetrying,
    retry_if_exception_type,
    stop_before_delay,
    wait_random_exponential,
)

from ocrner.core.deadlines import DEADLINE_HEADER, deadline_var
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
from ocrner.orchestrator.breaker import BreakerPolicy, CircuitBreaker
from ocrner.orchestrator.budget import RetryBudget
from ocrner.orchestrator.pipeline import Upload
from ocrner.orchestrator.recycling import RecycledClient

logger = logging.getLogger("ocrner.upstream")


@dataclass(frozen=True)
class RetryPolicy:
    """How long and how patiently to repeat a call that could not get through."""

    window_seconds: float = 5.0
    initial_backoff_seconds: float = 0.05
    max_backoff_seconds: float = 1.0


class _Retryable(Exception):
    """A failure worth another attempt: the call never reached a working upstream."""

    def __init__(self, error: UpstreamError) -> None:
        super().__init__(error.message)
        self.error = error


class _ConnectionFailed(_Retryable):
    """The upstream could not be reached or dropped the connection: the breaker counts it."""


@dataclass
class _Call:
    """One logical call and its attempts so far."""

    sent: int = 0
    last_error: UpstreamError | None = None


class UpstreamClient:
    """Calls one upstream service; subclasses say which endpoint and what comes back."""

    def __init__(
        self,
        name: str,
        display_name: str,
        base_url: str,
        settings: OrchestratorSettings,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.name = name
        self.display_name = display_name
        self.base_url = base_url.rstrip("/")
        self.connect_timeout = settings.upstream_connect_timeout
        self.read_timeout = settings.upstream_read_timeout
        self.retry = RetryPolicy(window_seconds=settings.upstream_retry_seconds)
        self.breaker = CircuitBreaker(
            name,
            BreakerPolicy(
                failures=settings.upstream_breaker_failures,
                cooldown_seconds=settings.upstream_breaker_cooldown_seconds,
            ),
        )
        self.budget = RetryBudget(
            ratio=settings.upstream_retry_budget_ratio,
            per_second=settings.upstream_retry_budget_per_second,
        )
        self.timeout = httpx.Timeout(
            connect=settings.upstream_connect_timeout,
            read=settings.upstream_read_timeout,
            write=settings.upstream_read_timeout,
            pool=settings.upstream_connect_timeout,
        )
        limits = httpx.Limits(
            max_connections=settings.upstream_max_connections,
            max_keepalive_connections=settings.upstream_max_connections,
        )
        tls = httpx.create_ssl_context()  # built once: each renewal would cost ~20 ms CPU
        # Calls go to the transport (the connection pool) itself: httpx.AsyncClient's own
        # layers (URL merging, auth, redirects, cookies, hooks) cost about 1 ms of CPU a
        # call, more than the transport, and none of them is used here.
        self.http: RecycledClient[httpx.AsyncBaseTransport] = RecycledClient(
            lambda: transport or httpx.AsyncHTTPTransport(verify=tls, limits=limits),
            max_age=settings.upstream_connection_max_age_seconds,
        )

    async def aclose(self) -> None:
        await self.http.aclose()

    async def _post(self, path: str, **request: Any) -> httpx.Response:
        """POST with retries; return a 2xx answer or raise an UpstreamError."""
        retrying = AsyncRetrying(
            stop=stop_before_delay(self._retry_window()),
            wait=wait_random_exponential(
                multiplier=self.retry.initial_backoff_seconds, max=self.retry.max_backoff_seconds
            ),
            retry=retry_if_exception_type(_Retryable),
            reraise=True,
        )
        call = _Call()
        self.budget.record_request()
        try:
            async for attempt in retrying:
                with attempt:
                    return await self._attempt(path, call, request)
        except _Retryable as failure:
            raise failure.error from None
        raise AssertionError("unreachable: tenacity either returns or raises")

    async def _attempt(self, path: str, call: _Call, request: dict[str, Any]) -> httpx.Response:
        """One try: past the breaker and the retry budget, then over the network."""
        if not self.breaker.allow():
            error = UpstreamUnavailable(
                self.name,
                f"The {self.display_name} cannot be reached (circuit open).",
                retry_after_seconds=self.breaker.retry_after_seconds(),
            )
            if self.breaker.failing_for >= self.retry.window_seconds:
                raise error  # down for longer than a request waits: fail at once
            raise _Retryable(error)
        if call.sent and call.last_error is not None and not self.budget.try_retry():
            self.breaker.released()
            raise call.last_error
        call.sent += 1
        try:
            response = await self._send(path, request)
        except _ConnectionFailed as failure:
            self.breaker.failed()
            call.last_error = failure.error
            raise
        except BaseException:
            self.breaker.released()
            raise
        self.breaker.succeeded()
        try:
            return self._answer_or_error(response)
        except _Retryable as failure:
            call.last_error = failure.error
            raise

    async def _send(self, path: str, request: dict[str, Any]) -> httpx.Response:
        """One HTTP exchange, its failures sorted into retryable and final ones."""
        remaining = self._remaining_seconds()
        request = dict(request)  # a retry sends the same request again
        headers = {**request.pop("headers", {}), REQUEST_ID_HEADER: request_id_var.get()}
        if remaining is not None:
            headers[DEADLINE_HEADER] = str(int(remaining * 1000))
        timeout = self.timeout
        if remaining is not None and remaining < self.read_timeout:
            timeout = httpx.Timeout(remaining, connect=min(remaining, self.connect_timeout))
        params = request.pop("params", None)
        call = httpx.Request(
            "POST",
            httpx.URL(self.base_url + path, params=params),
            headers=headers,
            extensions={"timeout": timeout.as_dict()},
            **request,
        )
        started = time.perf_counter()
        outcome = "error"
        try:
            async with self.http.lease() as transport:
                response = await transport.handle_async_request(call)
                try:
                    await response.aread()
                finally:
                    await response.aclose()
            outcome = str(response.status_code)
        except httpx.PoolTimeout:
            outcome = "pool_timeout"
            raise self._unavailable("has no free connection in this orchestrator") from None
        except httpx.ConnectTimeout:
            outcome = "unreachable"
            raise _ConnectionFailed(
                self._unavailable("did not accept a connection in time")
            ) from None
        except httpx.TimeoutException:
            outcome = "timeout"
            raise UpstreamTimeout(
                self.name, f"The {self.display_name} did not answer in time."
            ) from None
        except (httpx.NetworkError, httpx.RemoteProtocolError) as error:
            outcome = "unreachable"
            logger.info("%s call failed: %s: %s", self.name, type(error).__name__, error)
            if isinstance(error, httpx.ConnectError):
                raise _ConnectionFailed(self._unavailable("cannot be reached")) from None
            raise _ConnectionFailed(
                self._unavailable("dropped the connection before it answered")
            ) from None
        except httpx.HTTPError as error:
            logger.warning("%s call failed: %s: %s", self.name, type(error).__name__, error)
            raise self._unavailable("could not be called") from None
        finally:
            UPSTREAM_LATENCY.labels(self.name, outcome).observe(time.perf_counter() - started)
        return response

    def _answer_or_error(self, response: httpx.Response) -> httpx.Response:
        if response.is_success:
            return response
        body: Any
        try:
            body = response.json()
        except ValueError:
            body = None
        problem = body if isinstance(body, dict) else {}
        if response.status_code == 503:
            raise _Retryable(self._unavailable("is overloaded or not ready (503)"))
        if response.status_code == 504:
            raise UpstreamTimeout(
                self.name, f"The {self.display_name} gave up: the request ran out of time."
            )
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

    def _parse(self, model: type, response: httpx.Response) -> Any:
        try:
            return model.model_validate_json(response.content)
        except ValidationError:
            raise UpstreamError(
                self.name, f"The {self.display_name} answered in an unexpected shape."
            ) from None

    def _retry_window(self) -> float:
        """Seconds within which a retry may start: the retry window, cut by the deadline."""
        deadline = deadline_var.get()
        if deadline is None:
            return self.retry.window_seconds
        return max(0.0, min(self.retry.window_seconds, deadline - time.monotonic()))

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
        """The image as the raw body: no multipart to build here or to parse there."""
        media_type = upload.content_type if upload.content_type.startswith("image/") else ""
        response = await self._post(
            "/api/OCR",
            content=upload.data,
            headers={
                "Content-Type": media_type or "application/octet-stream",
                "Content-Disposition": f"inline; filename*=UTF-8''{quote(upload.filename)}",
            },
            params={"lang": language} if language else None,
        )
        return self._parse(OcrResult, response)


class NerClient(UpstreamClient):
    """The NER service as a :class:`~ocrner.orchestrator.pipeline.NerBackend`."""

    def __init__(self, settings: OrchestratorSettings, **options: Any) -> None:
        super().__init__("ner", "NER service", str(settings.ner_service_url), settings, **options)

    async def find(self, text: str) -> NerResult:
        return self._parse(NerResult, await self._post("/api/NER", json={"text": text}))
