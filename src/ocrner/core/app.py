"""The HTTP app factory every service is built with.

:func:`create_service_app` gives a FastAPI app with what all three services
share: ``/healthz``, ``/readyz`` and ``/metrics``; the request-ID, body-limit,
backpressure, deadline, metrics and Server-Timing middleware; and the single
place where errors become HTTP answers (problem details, see
:mod:`ocrner.core.problems`). A service adds its own router and the engine it
loads at start-up.

The middleware protects a service before the app sees a request: a body over
MAX_UPLOAD_BYTES is refused with 413 from its ``Content-Length`` or, without
one, as soon as the bytes received pass the limit; beyond the in-flight limit
(:attr:`~ocrner.core.settings.ServiceSettings.in_flight_limit`) a request is
answered 503 with ``Retry-After`` at once; a request whose ``X-Deadline-Ms``
has run out is answered 504 without touching the engine.
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass

from fastapi import APIRouter, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from starlette.datastructures import Headers, MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ocrner import __version__
from ocrner.core.deadlines import DEADLINE_HEADER, deadline_from_header, deadline_var
from ocrner.core.errors import (
    DeadlineExceeded,
    NotReady,
    OcrnerError,
    Overloaded,
    PayloadTooLarge,
)
from ocrner.core.observability import (
    HTTP_IN_FLIGHT,
    HTTP_LATENCY,
    HTTP_REQUESTS,
    REQUEST_ID_HEADER,
    clean_request_id,
    collect_stage_times,
    request_id_var,
    server_timing_header,
)
from ocrner.core.problems import PROBLEM_MEDIA_TYPE, Problem, problem_responses
from ocrner.core.settings import ServiceSettings

logger = logging.getLogger("ocrner.http")

API_PREFIX = "/api/"

SHARED_ERROR_STATUSES = (413, 500, 503, 504)
"""Problems any service endpoint may answer, documented on each: a body over the limit, an
unexpected failure, at capacity or not ready, a caller's deadline passed."""

EngineLifespan = Callable[[FastAPI], AbstractAsyncContextManager[None]]
Admission = Callable[[Headers], None]
"""Checks an API request's headers before its body is read; raises an OcrnerError to refuse."""


@dataclass
class ServiceState:
    """What the probes and the backpressure need to know about a running service."""

    name: str
    loaded: bool = False
    """The engine is loaded: the service can do its work."""
    draining: bool = False
    """SIGTERM came: finish and keep taking requests, but tell the load balancer to stop."""
    in_flight: int = 0

    @property
    def ready(self) -> bool:
        """What /readyz says: loaded and not shutting down."""
        return self.loaded and not self.draining


def problem_response(
    error: OcrnerError | None = None,
    *,
    status: int = 500,
    code: str = "internal_error",
    title: str = "Internal error",
    detail: str = "The service failed to handle the request; the log has the details.",
) -> JSONResponse:
    """The problem-details answer for an error (or, without one, for the given fields)."""
    request_id = request_id_var.get()
    if error is not None:
        problem = Problem.from_error(error, request_id)
    else:
        problem = Problem.build(
            status=status, code=code, title=title, detail=detail, request_id=request_id
        )
    headers = {}
    if problem.status == 503:
        headers["Retry-After"] = str(getattr(error, "retry_after_seconds", 1))
    return JSONResponse(
        problem.model_dump(exclude_none=True),
        status_code=problem.status,
        media_type=PROBLEM_MEDIA_TYPE,
        headers=headers,
    )


def _install_error_handlers(app: FastAPI) -> None:
    """Map every error to a problem-details answer: the one place this happens."""

    @app.exception_handler(OcrnerError)
    async def _ocrner_error(_: Request, error: OcrnerError) -> JSONResponse:
        if error.status >= 500:
            logger.warning("%s: %s", error.code, error.message)
        return problem_response(error)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(_: Request, error: RequestValidationError) -> JSONResponse:
        parts = []
        for item in error.errors():
            where = ".".join(str(part) for part in item.get("loc", ()))
            parts.append(f"{where}: {item.get('msg', 'invalid')}")
        return problem_response(
            status=422,
            code="invalid_request",
            title="Invalid request",
            detail="; ".join(parts) or "The request is not valid.",
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_: Request, error: StarletteHTTPException) -> JSONResponse:
        code = {
            400: "bad_request",
            404: "not_found",
            405: "method_not_allowed",
            413: "payload_too_large",
        }.get(error.status_code, "http_error")
        response = problem_response(
            status=error.status_code,
            code=code,
            title=str(error.detail) if error.status_code != 400 else "Bad request",
            detail=str(error.detail),
        )
        response.headers.update(error.headers or {})  # e.g. Allow on a 405
        return response


class ServiceMiddleware:
    """Request ID, body limit, backpressure, deadline, metrics, Server-Timing and access log.

    One pure-ASGI layer around the app, so that every request, even one the app
    never sees (too large, too many), is counted, logged and answered in the
    documented shape.
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        state: ServiceState,
        settings: ServiceSettings,
        known_routes: Callable[[], set[str]],
        admit: Admission | None = None,
        body_limits: Mapping[str, int] | None = None,
    ) -> None:
        self.app = app
        self.admit = admit
        self.body_limits = body_limits or {}
        self.state = state
        self.max_body = settings.max_upload_bytes
        self.max_in_flight = settings.in_flight_limit
        self.known_routes = known_routes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        request_id = clean_request_id(headers.get(REQUEST_ID_HEADER))
        token = request_id_var.set(request_id)
        path: str = scope["path"]
        route = path if path in self.known_routes() else "unmatched"
        max_body = self.body_limits.get(path, self.max_body)
        started = time.perf_counter()
        status = 500
        answered_early = False  # the middleware answered; drop what the app sends after

        with collect_stage_times() as stage_times:

            async def send_with_headers(message: Message) -> None:
                nonlocal status
                if answered_early:
                    return
                if message["type"] == "http.response.start":
                    status = message["status"]
                    response_headers = MutableHeaders(scope=message)
                    response_headers[REQUEST_ID_HEADER] = request_id
                    if self.state.draining:
                        response_headers["Connection"] = "close"
                    total = time.perf_counter() - started
                    response_headers["Server-Timing"] = server_timing_header(
                        [*stage_times, ("total", total)]
                    )
                await send(message)

            async def answer(response: Response) -> None:
                nonlocal answered_early
                await response(scope, receive, send_with_headers)
                answered_early = True

            received = 0

            async def receive_limited() -> Message:
                nonlocal received
                message = await receive()
                if message["type"] == "http.request":
                    received += len(message.get("body", b""))
                    if received > max_body and not answered_early:
                        await answer(problem_response(self._too_large(max_body)))
                        raise _BodyTooLarge
                return message

            is_api = path.startswith(API_PREFIX)
            deadline = deadline_from_header(headers.get(DEADLINE_HEADER))
            deadline_token = deadline_var.set(deadline)
            try:
                declared = headers.get("content-length")
                refusal = self._refusal(headers) if is_api else None
                if declared is not None and declared.isdigit() and int(declared) > max_body:
                    await answer(problem_response(self._too_large(max_body)))
                elif refusal is not None:
                    await answer(problem_response(refusal))
                elif is_api and not self.state.loaded:
                    await answer(problem_response(NotReady("The service is still starting.")))
                elif is_api and deadline is not None and deadline <= time.monotonic():
                    await answer(
                        problem_response(
                            DeadlineExceeded("The caller's deadline passed before the request.")
                        )
                    )
                elif is_api and self.state.in_flight >= self.max_in_flight:
                    await answer(
                        problem_response(
                            Overloaded("The service is at capacity; retry after a second.")
                        )
                    )
                elif is_api:
                    self.state.in_flight += 1
                    HTTP_IN_FLIGHT.labels(self.state.name).inc()
                    try:
                        await self.app(scope, receive_limited, send_with_headers)
                    finally:
                        self.state.in_flight -= 1
                        HTTP_IN_FLIGHT.labels(self.state.name).dec()
                else:
                    await self.app(scope, receive_limited, send_with_headers)
            except _BodyTooLarge:
                pass
            except Exception:
                logger.exception("unhandled error on %s %s", scope["method"], path)
                if status == 500 and not answered_early:
                    await answer(problem_response())
            finally:
                elapsed = time.perf_counter() - started
                HTTP_REQUESTS.labels(self.state.name, route, scope["method"], str(status)).inc()
                HTTP_LATENCY.labels(self.state.name, route).observe(elapsed)
                if route not in _QUIET_ROUTES:
                    logger.info("%s %s %d %.1fms", scope["method"], path, status, elapsed * 1000)
                deadline_var.reset(deadline_token)
                request_id_var.reset(token)

    def _refusal(self, headers: Headers) -> OcrnerError | None:
        """The error ``admit`` raises for these headers, if any."""
        if self.admit is None:
            return None
        try:
            self.admit(headers)
        except OcrnerError as error:
            return error
        return None

    @staticmethod
    def _too_large(max_body: int) -> PayloadTooLarge:
        return PayloadTooLarge(f"The request body is over the limit of {max_body} bytes.")


class _BodyTooLarge(Exception):
    """Raised into the app to stop reading a body that is over the limit."""


_QUIET_ROUTES = {"/healthz", "/readyz", "/metrics"}


def _probe_router(state: ServiceState) -> APIRouter:
    router = APIRouter(tags=["operations"])

    @router.get("/healthz", summary="Liveness: the process answers")
    async def healthz() -> dict[str, str]:
        return {"status": "ok", "service": state.name}

    @router.get(
        "/readyz",
        summary="Readiness: the engine is loaded and the service takes requests",
        responses={503: {"description": "Not ready yet, or shutting down."}},
    )
    async def readyz() -> JSONResponse:
        ready = state.ready
        return JSONResponse(
            {"status": "ready" if ready else "not ready", "service": state.name},
            status_code=200 if ready else 503,
        )

    @router.get("/metrics", summary="Prometheus metrics", response_class=PlainTextResponse)
    async def metrics() -> Response:
        return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)

    return router


def create_service_app(
    *,
    name: str,
    title: str,
    description: str,
    settings: ServiceSettings,
    engine_lifespan: EngineLifespan,
    routers: list[APIRouter],
    admit: Admission | None = None,
    body_limits: Mapping[str, int] | None = None,
) -> FastAPI:
    """Build a service's app: the shared operations endpoints plus its own routers.

    ``engine_lifespan`` loads the service's engine (into ``app.state``) and
    releases it; the service reports ready only while it is inside it.
    ``admit`` vets each API request's headers (an API key, say) before its body is read.
    ``body_limits`` gives paths a body limit other than MAX_UPLOAD_BYTES.
    """
    state = ServiceState(name=name)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with engine_lifespan(app):
            state.loaded = True
            logger.info("%s ready", name)
            try:
                yield
            finally:
                state.loaded = False

    app = FastAPI(title=title, description=description, version=__version__, lifespan=lifespan)
    app.state.service = state
    app.state.settings = settings
    probes = _probe_router(state)
    app.include_router(probes)
    for router in routers:
        app.include_router(router, responses=problem_responses(*SHARED_ERROR_STATUSES))
    _install_error_handlers(app)
    routes = {  # included routers' own routes: FastAPI lists them lazily in app.routes
        getattr(route, "path", "")
        for router in (app.router, probes, *routers)
        for route in router.routes
    }
    app.add_middleware(
        ServiceMiddleware,
        state=state,
        settings=settings,
        known_routes=lambda: routes,
        admit=admit,
        body_limits=body_limits,
    )
    return app
