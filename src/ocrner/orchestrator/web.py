"""The web page at ``/``: upload a file, see its entities drawn over it, redact it.

Static files shipped in the package (``web/index.html``, ``app.js``,
``style.css``, ``favicon.svg``), no build step and nothing loaded from elsewhere. The page calls
the same ``POST /api/NER``, ``POST /api/redact`` and ``POST /api/page`` as any client, with the
``X-API-Key`` the user typed when the service has one. It is served with a
Content-Security-Policy that allows only this origin's scripts and styles, and
images from ``blob:`` URLs (the uploaded and the redacted file, and the pages of a
PDF or TIFF it gets from ``POST /api/page``).
"""

from __future__ import annotations

from importlib.resources import files

from fastapi import APIRouter, HTTPException
from fastapi.responses import Response

WEB_FILES = {
    "index.html": "text/html; charset=utf-8",
    "app.js": "text/javascript; charset=utf-8",
    "style.css": "text/css; charset=utf-8",
    "favicon.svg": "image/svg+xml",
}

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob:; "
        "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-cache",
}

web_router = APIRouter(include_in_schema=False)


def _asset(name: str) -> Response:
    media_type = WEB_FILES.get(name)
    if media_type is None:
        raise HTTPException(status_code=404, detail="Not Found")
    body = files("ocrner.orchestrator").joinpath("web", name).read_bytes()
    return Response(body, media_type=media_type, headers=SECURITY_HEADERS)


@web_router.get("/")
async def index() -> Response:
    return _asset("index.html")


@web_router.get("/web/{name}")
async def asset(name: str) -> Response:
    return _asset(name)
