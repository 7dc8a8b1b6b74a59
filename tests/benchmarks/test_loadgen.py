"""The benchmark's load generator sends what httpx would and reads answers over keep-alive."""

from __future__ import annotations

import asyncio

import httptools
import pytest
from benchmarks.loadgen import PreparedRequest, load_client


class _Recorder:
    """httptools callbacks that keep one request's parts."""

    def __init__(self) -> None:
        self.url = b""
        self.headers: dict[bytes, bytes] = {}
        self.body = b""
        self.complete = False

    def on_url(self, url: bytes) -> None:
        self.url += url

    def on_header(self, name: bytes, value: bytes) -> None:
        self.headers[name.lower()] = value

    def on_body(self, body: bytes) -> None:
        self.body += body

    def on_message_complete(self) -> None:
        self.complete = True


async def _serve(received: list[_Recorder], connections: list[int], close_after: int):
    """A loopback HTTP/1.1 server that answers each request with its number, and closes
    the connection after ``close_after`` answers on it."""

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        connections.append(len(connections))
        for answered in range(1, close_after + 1):
            request = _Recorder()
            parser = httptools.HttpRequestParser(request)
            while not request.complete:
                data = await reader.read(65536)
                if not data:
                    writer.close()
                    return
                parser.feed_data(data)
            received.append(request)
            body = f'{{"n": {len(received)}}}'.encode()
            closing = answered == close_after
            writer.write(
                b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"
                + b"server-timing: total;dur=1.5\r\n"
                + (b"connection: close\r\n" if closing else b"")
                + f"content-length: {len(body)}\r\n\r\n".encode()
                + body
            )
            await writer.drain()
        writer.close()

    return await asyncio.start_server(handle, "127.0.0.1", 0)


def test_a_prepared_upload_is_the_multipart_request_httpx_sends() -> None:
    async def run() -> tuple[list[_Recorder], list[int], list[bytes]]:
        received: list[_Recorder] = []
        connections: list[int] = []
        server = await _serve(received, connections, close_after=2)
        port = server.sockets[0].getsockname()[1]
        url = f"http://127.0.0.1:{port}"
        request = PreparedRequest.post_file(
            f"{url}/api/NER", "file", "page.png", b"\x89PNG-bytes", "image/png"
        )
        bodies = []
        async with server, load_client(url, 1, 10.0) as client:
            for _ in range(3):
                answer = await client.send(request)
                assert answer.status == 200
                assert answer.headers["server-timing"] == "total;dur=1.5"
                bodies.append(answer.body)
        return received, connections, bodies

    received, connections, bodies = asyncio.run(run())
    assert bodies == [b'{"n": 1}', b'{"n": 2}', b'{"n": 3}']
    assert len(connections) == 2  # kept alive, opened again once the server closed it
    first = received[0]
    assert first.url == b"/api/NER"
    assert first.headers[b"content-type"].startswith(b"multipart/form-data; boundary=")
    assert int(first.headers[b"content-length"]) == len(first.body)
    assert b'name="file"; filename="page.png"' in first.body
    assert b"Content-Type: image/png\r\n\r\n\x89PNG-bytes\r\n" in first.body
    assert all(request.body == first.body for request in received)


def test_a_server_that_hangs_up_without_answering_is_an_error() -> None:
    async def run() -> None:
        async def hang_up(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            await reader.read(65536)
            writer.close()

        server = await asyncio.start_server(hang_up, "127.0.0.1", 0)
        url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"
        request = PreparedRequest.post_file(f"{url}/x", "file", "a.png", b"a", "image/png")
        async with server, load_client(url, 1, 10.0) as client:
            with pytest.raises(ConnectionError):
                await client.send(request)

    asyncio.run(run())


def test_a_kept_alive_connection_the_server_dropped_is_replaced() -> None:
    async def run() -> tuple[list[bytes], list[int]]:
        connections: list[int] = []

        async def answer_once(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            connections.append(len(connections))
            request = _Recorder()
            parser = httptools.HttpRequestParser(request)
            while not request.complete:
                parser.feed_data(await reader.read(65536))
            body = str(len(connections)).encode()
            writer.write(b"HTTP/1.1 200 OK\r\ncontent-length: %d\r\n\r\n%s" % (len(body), body))
            await writer.drain()
            writer.close()  # an idle keep-alive connection timed out, without saying so

        server = await asyncio.start_server(answer_once, "127.0.0.1", 0)
        url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"
        request = PreparedRequest.post_file(f"{url}/x", "file", "a.png", b"a", "image/png")
        async with server, load_client(url, 1, 10.0) as client:
            bodies = [(await client.send(request)).body for _ in range(3)]
        return bodies, connections

    bodies, connections = asyncio.run(run())
    assert bodies == [b"1", b"2", b"3"]
    assert len(connections) == 3
