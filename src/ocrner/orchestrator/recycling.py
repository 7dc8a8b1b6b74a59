"""An HTTP client whose connections are renewed now and then.

Kubernetes Services balance connections, not requests: an orchestrator that
keeps its pooled keep-alive connections for ever keeps sending a steady load to
the replicas it first connected to, and a replica added later (by a scale-up or
the autoscaler) gets nothing. :class:`RecycledClient` hands out one client (an
``httpx`` transport or client: anything holding a connection pool) until it is
``max_age`` seconds old, then starts a fresh one (new connections, a new DNS
look-up, a new pick by kube-proxy) and closes the old one as soon as the calls
still using it have finished.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Generic, Protocol, TypeVar


class Closable(Protocol):
    """A pool of connections: ``httpx.AsyncClient`` or an ``httpx`` transport."""

    async def aclose(self) -> None: ...


Client = TypeVar("Client", bound=Closable)


class RecycledClient(Generic[Client]):
    """Leases the current client; replaces it once it is ``max_age`` seconds old."""

    def __init__(self, make_client: Callable[[], Client], max_age: float) -> None:
        self._make_client = make_client
        self._max_age = max_age
        self._current = make_client()
        self._born = time.monotonic()
        self._calls: dict[Client, int] = {self._current: 0}

    @property
    def generation_count(self) -> int:
        """Clients open now: the current one plus retired ones still finishing calls."""
        return len(self._calls)

    @asynccontextmanager
    async def lease(self) -> AsyncIterator[Client]:
        """The client to make one call with; a retired one is closed after its last call."""
        if time.monotonic() - self._born >= self._max_age:
            await self._renew()
        client = self._current
        self._calls[client] += 1
        try:
            yield client
        finally:
            self._calls[client] -= 1
            if client is not self._current and self._calls[client] == 0:
                del self._calls[client]
                await client.aclose()

    async def aclose(self) -> None:
        for client in list(self._calls):
            await client.aclose()
        self._calls.clear()

    async def _renew(self) -> None:
        retired = self._current
        self._current = self._make_client()
        self._born = time.monotonic()
        self._calls[self._current] = 0
        if self._calls[retired] == 0:
            del self._calls[retired]
            await retired.aclose()
