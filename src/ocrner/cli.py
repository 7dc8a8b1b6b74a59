"""The ``ocrner`` command: extract entities from images, run the stack, serve one service."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from pathlib import Path
from typing import Any

from ocrner import __version__
from ocrner.core.settings import (
    DEFAULT_NER_PORT,
    DEFAULT_OCR_PORT,
    DEFAULT_ORCHESTRATOR_PORT,
)

SERVICES = ("ocr", "ner", "orchestrator")
API_KEY_ENV = "OCRNER_API_KEY"
PASSWORD_ENV = "OCRNER_PDF_PASSWORD"  # noqa: S105 (the variable's name, not a password)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ocrner",
        description=(
            "Named entities (people, organisations, places, dates, amounts), with their "
            "boxes, from pictures of text. Settings come from environment variables; "
            "see the README's configuration table."
        ),
    )
    parser.add_argument("--version", action="version", version=f"ocrner {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    extract = commands.add_parser(
        "extract",
        help="find the entities in images (in this process, or through a running stack)",
        description=(
            "Run OCR and NER on each FILE (an image, a PDF or a multi-page TIFF) and print the "
            "entities with their page and boxes. By "
            "default the engines run in this process (needs ocrner[ocr,ner]); with --url "
            "the images go to a running orchestrator instead. Exit code 1 if any image "
            "failed; its error is printed in the output."
        ),
    )
    extract.add_argument(
        "images", nargs="+", type=Path, metavar="FILE", help="images, PDFs or multi-page TIFFs"
    )
    extract.add_argument(
        "--url",
        help="base URL of a running orchestrator, e.g. http://localhost:8080",
    )
    extract.add_argument(
        "--format",
        choices=("json", "table"),
        default="json",
        help="json: a JSON array, one object per image (default); table: for reading",
    )
    extract.add_argument("--lang", help="OCR language, e.g. eng (default: OCR_LANG)")
    extract.add_argument(
        "--api-key",
        default=os.environ.get(API_KEY_ENV),
        help=f"with --url: the orchestrator's API_KEY, sent as X-API-Key "
        f"(default: the {API_KEY_ENV} environment variable)",
    )
    _password_option(extract)
    extract.add_argument(
        "--async",
        dest="as_jobs",
        action="store_true",
        help="with --url: send each file as a job (POST /api/jobs), show each job's pages done "
        "on stderr, print each result as its job finishes (json: one object per line); "
        "Ctrl-C cancels the jobs",
    )

    redact = commands.add_parser(
        "redact",
        help="burn entities out of a file and check they are gone; writes FILE.redacted.EXT",
        description=(
            "Fill every box of the entities with the given labels black, in the pixels, "
            "read the result again by OCR to check none of them can still be read, and "
            "write it next to FILE as FILE.redacted.EXT (an image, a multi-page TIFF or a "
            "PDF of page images). Prints what was removed as JSON. In this process by "
            "default; with --url through a running orchestrator. Exit code 1 on an error."
        ),
    )
    redact.add_argument("file", type=Path, metavar="FILE", help="image, TIFF or PDF")
    redact.add_argument(
        "--labels",
        help="comma-separated labels to remove (default: the personal ones, "
        "PERSON,EMAIL,PHONE,IBAN,ADDRESS)",
    )
    redact.add_argument("--url", help="base URL of a running orchestrator")
    redact.add_argument(
        "--api-key",
        default=os.environ.get(API_KEY_ENV),
        help=f"with --url: the orchestrator's API_KEY, sent as X-API-Key "
        f"(default: the {API_KEY_ENV} environment variable)",
    )
    redact.add_argument("--lang", help="OCR language, e.g. eng (default: OCR_LANG)")
    _password_option(redact)

    up = commands.add_parser(
        "up",
        help="start the three services locally and wait (Ctrl-C stops them)",
        description=(
            "Start the OCR, NER and orchestrator services as separate processes on this "
            "machine, wait until all three are ready, print the URL and a curl to try, "
            "and stop all three on Ctrl-C or SIGTERM."
        ),
    )
    up.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    up.add_argument(
        "--port",
        type=int,
        default=DEFAULT_ORCHESTRATOR_PORT,
        help=f"orchestrator port, the one you call ({DEFAULT_ORCHESTRATOR_PORT})",
    )
    up.add_argument(
        "--ocr-port", type=int, default=DEFAULT_OCR_PORT, help=f"OCR port ({DEFAULT_OCR_PORT})"
    )
    up.add_argument(
        "--ner-port", type=int, default=DEFAULT_NER_PORT, help=f"NER port ({DEFAULT_NER_PORT})"
    )

    serve = commands.add_parser(
        "serve",
        help="run one service (what a container runs)",
        description=(
            "Run one service in the foreground. HOST, PORT and the service's other "
            "settings come from the environment; --host and --port override them."
        ),
    )
    serve.add_argument("service", choices=SERVICES, help="which service")
    serve.add_argument("--host", help="address to listen on (default: HOST, or 127.0.0.1)")
    serve.add_argument(
        "--port",
        type=int,
        help=f"port (default: PORT, or {DEFAULT_ORCHESTRATOR_PORT} orchestrator, "
        f"{DEFAULT_OCR_PORT} ocr, {DEFAULT_NER_PORT} ner)",
    )
    serve.add_argument(
        "--fd",
        type=int,
        help="accept on this inherited listening socket instead of binding host and port "
        "(how ocrner up keeps a port open while it restarts the service)",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "serve":
        from ocrner.server import serve

        overrides = {key: value for key in ("host", "port") if (value := getattr(args, key))}
        return serve(args.service, fd=args.fd, **overrides)
    if args.command == "up":
        from ocrner.launcher import run_stack

        return run_stack(args.host, args.port, args.ocr_port, args.ner_port)
    if args.command == "redact":
        from ocrner.redacting import redact_file

        return redact_file(
            args.file,
            args.labels,
            url=args.url,
            api_key=args.api_key,
            language=args.lang,
            password=args.password,
        )
    if args.as_jobs:
        if not args.url:
            _parser().error("--async needs --url: jobs run on a stack")
        return _extract_as_jobs(
            args.images, args.url, args.format, args.lang, args.api_key, args.password
        )
    return _extract(
        args.images,
        url=args.url,
        output_format=args.format,
        language=args.lang,
        api_key=args.api_key,
        password=args.password,
    )


def _password_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--password",
        default=os.environ.get(PASSWORD_ENV),
        help=f"the password of encrypted PDFs (default: the {PASSWORD_ENV} environment "
        "variable, which keeps it out of the process list)",
    )


def _extract_as_jobs(
    images: list[Path],
    url: str,
    output_format: str,
    language: str | None,
    api_key: str | None,
    password: str | None,
) -> int:
    from ocrner.jobs.client import extract_as_jobs

    def show(result: dict[str, Any]) -> None:
        if output_format == "json":
            sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
        else:
            sys.stdout.write(_table([result]))
        sys.stdout.flush()

    try:
        results = asyncio.run(
            extract_as_jobs(
                images,
                url.rstrip("/"),
                language,
                show,
                sys.stderr,
                api_key=api_key,
                password=password,
            )
        )
    except KeyboardInterrupt:
        sys.stderr.write("cancelled\n")
        return 130
    return 1 if any(result.get("error") for result in results) else 0


def _extract(
    images: list[Path],
    *,
    url: str | None,
    output_format: str,
    language: str | None,
    api_key: str | None,
    password: str | None,
) -> int:
    from ocrner.extraction import extract_files

    results = asyncio.run(
        extract_files(images, url=url, language=language, api_key=api_key, password=password)
    )
    if output_format == "json":
        json.dump(results, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(_table(results))
    return 1 if any(result.get("error") for result in results) else 0


def _table(results: list[dict[str, Any]]) -> str:
    lines: list[str] = []
    for result in results:
        lines.append(f"== {result['file']}")
        if result.get("error"):
            error = result["error"]
            lines.append(f"   error {error['status']} {error['code']}: {error['detail']}")
            continue
        entities = result["result"]["entities"]
        pages = result["result"].get("pages", [])
        if not entities:
            lines.append("   (no entities)")
        width = max((len(entity["text"]) for entity in entities), default=4)
        page_number = None
        for entity in entities:
            if len(pages) > 1 and entity["page"] != page_number:
                page_number = entity["page"]
                lines.append(_page_heading(pages[page_number - 1]))
            boxes = " ".join("[" + ",".join(map(str, box)) + "]" for box in entity["boxes"])
            text = entity["text"].replace("\n", " ")
            lines.append(f"   {entity['label']:<10} {text:<{width}}  {boxes}")
    return "\n".join(lines) + "\n"


def _page_heading(page: dict[str, Any]) -> str:
    """``-- page 2 (ocr, 2550x3300 px at 300 dpi)``, over that page's entities."""
    dpi = f" at {page['dpi']:g} dpi" if page.get("dpi") else ""
    return f"-- page {page['number']} ({page['read']}, {page['width']}x{page['height']} px{dpi})"
