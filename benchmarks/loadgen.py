"""The benchmark's load generator: prepared HTTP/1.1 requests on keep-alive connections.

The load generator shares the machine's cores with the stack it measures, so whatever
it spends on a request is taken from the stack (in production the callers are
elsewhere). ``httpx`` spent about 2 ms of CPU on each of the paragraph requests, building
the multipart body, its client and transport layers, and parsing the answer in Python:
2-3 % of a request's whole cost, and on the critical path at low concurrency. So, as load
generators such as ``wrk`` do, each request is encoded once, by ``httpx`` itself (the same
bytes its client would send), and sent as it is; answers are parsed by ``httptools`` (the
C parser uvicorn uses). One connection per request in flight, reused while the server
keeps it open.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httptools
import httpx


@dataclass(frozen=True)
class PreparedRequest:
    """One request, encoded once: its bytes on the wire."""

    wire: bytes

    @classmethod
    def post_file(
        cls, url: str, field_name: str, filename: str, data: bytes, content_type: str
    ) -> PreparedRequest:
        """A multipart upload of ``data`` as ``field_name``, as ``httpx`` encodes it."""
        request = httpx.Request("POST", url, files={field_name: (filename, data, content_type)})
        body = request.read()
        target = request.url.raw_path.decode("ascii")
        head = [f"POST {target} HTTP/1.1"]
        head += [f"{name}: {value}" for name, value in request.headers.items()]
        return cls(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body)


@dataclass
class Answer:
    """A response: status, headers (names in lower case) and body."""

    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""


class _Reading:
    """httptools' callbacks, gathering one response."""

    def __init__(self) -> None:
        self.headers: dict[str, str] = {}
        self.chunks: list[bytes] = []
        self.complete = False
        self.keep_alive = False
        self.parser = httptools.HttpResponseParser(self)

    def on_header(self, name: bytes, value: bytes) -> None:
        self.headers[name.decode("latin-1").lower()] = value.decode("latin-1")

    def on_body(self, body: bytes) -> None:
        self.chunks.append(body)

    def on_message_complete(self) -> None:
        self.complete = True
        self.keep_alive = self.parser.should_keep_alive()  # only known until the parser resets


class _Connection:
    """One keep-alive connection to the server."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader = reader
        self.writer = writer

    async def exchange(self, request: PreparedRequest) -> tuple[Answer, bool]:
        """Send ``request``, read its answer; whether the connection may be used again."""
        self.writer.write(request.wire)
        reading = _Reading()
        while not reading.complete:
            data = await self.reader.read(65536)
            if not data:
                raise ConnectionError("the server closed the connection before answering")
            reading.parser.feed_data(data)
        status = reading.parser.get_status_code()
        return Answer(status, reading.headers, b"".join(reading.chunks)), reading.keep_alive

    def close(self) -> None:
        self.writer.close()


class LoadClient:
    """Sends prepared requests to one server, with up to ``connections`` in flight."""

    def __init__(self, base_url: str, connections: int, request_seconds: float) -> None:
        parts = urlsplit(base_url)
        self.host = parts.hostname or "127.0.0.1"
        self.port = parts.port or 80
        self.request_seconds = request_seconds
        self._idle: list[_Connection] = []
        self._slots = asyncio.Semaphore(connections)

    async def send(self, request: PreparedRequest) -> Answer:
        """``request``'s answer. A kept-alive connection the server closed while it was
        idle fails before any answer; the request then goes once more on a new one."""
        async with self._slots, asyncio.timeout(self.request_seconds):
            if self._idle:
                try:
                    return await self._exchange(self._idle.pop(), request)
                except ConnectionError:
                    pass
            return await self._exchange(await self._connect(), request)

    async def _exchange(self, connection: _Connection, request: PreparedRequest) -> Answer:
        try:
            answer, reusable = await connection.exchange(request)
        except BaseException:
            connection.close()
            raise
        if reusable:
            self._idle.append(connection)
        else:
            connection.close()
        return answer

    async def _connect(self) -> _Connection:
        return _Connection(*await asyncio.open_connection(self.host, self.port))

    async def aclose(self) -> None:
        while self._idle:
            self._idle.pop().close()


@contextlib.asynccontextmanager
async def load_client(
    base_url: str, connections: int, request_seconds: float
) -> AsyncIterator[LoadClient]:
    """A :class:`LoadClient`, its connections closed on the way out."""
    client = LoadClient(base_url, connections, request_seconds)
    try:
        yield client
    finally:
        await client.aclose()
