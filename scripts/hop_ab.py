"""Two versions of the stack side by side: CPU per request of each service, under the same load.

On a shared machine CPU time per request moves with what else runs (caches,
frequency, the other hyperthread), so two versions measured one after the other
are hard to compare. Here both run at once: ``--base`` is a source tree (``src``
of an older commit, e.g. from ``git archive``) and the other stack is this
checkout; one load generator keeps ``--concurrency`` requests in flight on each,
sending every image of the folder ``--rounds`` times, and the CPU time of each
process (``/proc/PID/stat``) is divided by the requests it answered.

    git archive COMMIT src | tar -x -C /tmp/base
    .venv/bin/python scripts/hop_ab.py ../shared/samples/images --base /tmp/base/src
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from contextlib import ExitStack
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from hop_cpu import cpu_seconds, drive  # noqa: E402
from tests.utils.processes import running_stack  # noqa: E402

SERVICES = ("ocr", "ner", "orchestrator")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--base", type=Path, required=True, help="src folder of the other version")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--concurrency", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=2)
    args = parser.parse_args()
    images = sorted(p for p in args.folder.iterdir() if p.suffix in (".png", ".jpg"))
    with ExitStack() as stacks:
        os.environ["PYTHONPATH"] = str(args.base.resolve())
        base = stacks.enter_context(running_stack())
        del os.environ["PYTHONPATH"]
        head = stacks.enter_context(running_stack())
        versions = {"base": base, "head": head}

        async def load(rounds: int) -> dict[str, int]:
            answered = await asyncio.gather(
                *(drive(s.url, images, rounds, args.concurrency) for s in versions.values())
            )
            return dict(zip(versions, answered, strict=True))

        asyncio.run(load(1))  # warm up
        for repeat in range(args.repeats):
            before = {
                (name, service): cpu_seconds(getattr(stack, service).process.pid)
                for name, stack in versions.items()
                for service in SERVICES
            }
            answered = asyncio.run(load(args.rounds))
            for name, stack in versions.items():
                per = {
                    service: 1000
                    * (cpu_seconds(getattr(stack, service).process.pid) - before[name, service])
                    / answered[name]
                    for service in SERVICES
                }
                print(
                    f"repeat {repeat + 1} {name}: {answered[name]} requests, "
                    + ", ".join(f"{service} {ms:.1f}" for service, ms in per.items())
                    + f", services {sum(per.values()):.1f} ms CPU/request",
                    flush=True,
                )


if __name__ == "__main__":
    main()
