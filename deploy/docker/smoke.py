"""Build-time smoke check: a service starts in-process and reports ready.

The Dockerfile runs ``python smoke.py SERVICE`` right after installing that
service's extra. The app is started through its lifespan, as ``ocrner serve``
starts it, so the engine and its language data are loaded; the build fails
unless ``/readyz`` then answers 200. An image that builds is therefore an
image whose dependencies and data are complete.
"""

from __future__ import annotations

import asyncio
import sys

import httpx

from ocrner.server import build


async def readyz_status(service: str) -> int:
    """Start ``service``'s app in this process and return the status of its ``/readyz``."""
    app, _ = build(service)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://smoke") as client:
            response = await client.get("/readyz")
    sys.stdout.write(f"smoke check {service}: /readyz {response.status_code} {response.text}\n")
    return response.status_code


if __name__ == "__main__":
    raise SystemExit(0 if asyncio.run(readyz_status(sys.argv[1])) == 200 else 1)
