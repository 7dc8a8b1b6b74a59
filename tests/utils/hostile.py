"""Hostile uploads, built in memory: bombs, disguised files, truncated and padded images."""

from __future__ import annotations

import struct
import zlib

from PIL import Image

from tests.utils.images import encode, render_lines

MiB = 1024 * 1024


def small_picture() -> Image.Image:
    """A short line of text: cheap to read, so tests can send it many times."""
    return render_lines(["Angela Merkel visited Siemens in Munich."], size=22)


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_bomb(width: int = 30_000, height: int = 30_000) -> bytes:
    """A real decompression bomb: a 1-bit PNG of ``width`` x ``height`` zeros, about 100 KiB."""
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    compressor = zlib.compressobj(9)
    rows = b"\x00" * ((width + 7) // 8 + 1) * 1000  # a filter byte per row, then 8 pixels a byte
    pixels = b"".join(compressor.compress(rows) for _ in range(height // 1000))
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", pixels + compressor.flush())
        + _chunk(b"IEND", b"")
    )


def padded_png(total_bytes: int) -> bytes:
    """A valid PNG of :func:`small_picture`, padded to exactly ``total_bytes`` with a private chunk.

    Decoders skip the unknown ancillary chunk, so this is the largest upload
    that is still a cheap image to read.
    """
    png = encode(small_picture(), "PNG")
    iend = png.rindex(b"IEND") - 4
    padding = total_bytes - len(png) - 12
    assert padding >= 0, "the picture alone is larger than total_bytes"
    return png[:iend] + _chunk(b"prVt", b"\x00" * padding) + png[iend:]


def truncated(data: bytes, keep: float = 0.5) -> bytes:
    """The first ``keep`` part of ``data``: a download cut short."""
    return data[: max(1, int(len(data) * keep))]


PDF = (
    b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
    b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
)
"""A minimal PDF, to be sent under an image's name."""

SVG_WITH_ENTITY = (
    b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    b'<svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text></svg>'
)
"""An SVG whose entity would read a server file if anything parsed it as XML."""

EPS = b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\nshowpage\n"
"""PostScript: Pillow would hand it to Ghostscript on load, so it must be refused first."""
