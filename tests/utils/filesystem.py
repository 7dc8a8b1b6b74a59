"""This project's files within reach of another user, even from a private directory.

Tests run the services as the user a container would use (the manifests'
``runAsUser``, or ``nobody``), straight from this checkout's virtualenv and
source, so that user must be able to walk down to them. A clone in ``/root`` or
in a ``mktemp -d`` directory (both mode 0700) is out of its reach. The process
is then given what a container runtime would give it: in a mount namespace of
its own (``ip netns exec`` makes one per process; elsewhere ``unshare --mount``),
a tmpfs is laid over the first directory the user cannot enter, and the
project's directories are bind-mounted back at their own paths. The host's files
and permissions are never changed, and nothing is mounted where no one needs it.
"""

from __future__ import annotations

import shlex
import stat
import sys
from pathlib import Path

import ocrner


def project_paths() -> list[Path]:
    """What the services run from: this interpreter's installation and virtualenv, and the
    source of the ``ocrner`` they import."""
    source = Path(ocrner.__file__).resolve().parent.parent
    return outermost([Path(sys.base_prefix).resolve(), Path(sys.prefix).resolve(), source])


def outermost(paths: list[Path]) -> list[Path]:
    """``paths`` without those inside another one, in their order."""
    unique = list(dict.fromkeys(paths))
    return [p for p in unique if not any(o != p and p.is_relative_to(o) for o in unique)]


def can_enter(directory: Path, uid: int, gid: int) -> bool:
    """Whether a process of ``uid``:``gid`` (no other groups) may pass through ``directory``."""
    if uid == 0:
        return True
    info = directory.stat()
    if info.st_uid == uid:
        return bool(info.st_mode & stat.S_IXUSR)
    if info.st_gid == gid:
        return bool(info.st_mode & stat.S_IXGRP)
    return bool(info.st_mode & stat.S_IXOTH)


def first_closed_directory(path: Path, uid: int, gid: int) -> Path | None:
    """The outermost directory above ``path`` that ``uid`` cannot enter, if there is one."""
    for directory in reversed(path.parents):
        if not can_enter(directory, uid, gid):
            return directory
    return None


def opening_prefix(uid: int, gid: int, staging: Path) -> list[str]:
    """A command prefix that opens the project to ``uid`` in the mount namespace it runs in,
    then runs the rest of the command line; empty when ``uid`` can reach it already.

    ``staging`` is a directory outside the closed ones, where the project's directories are
    held while the tmpfs covers their parents.
    """
    hidden = [p for p in project_paths() if first_closed_directory(p, uid, gid) is not None]
    if not hidden:
        return []
    closed = outermost([d for p in hidden if (d := first_closed_directory(p, uid, gid))])
    for directory in closed:
        if staging.is_relative_to(directory):
            raise PermissionError(
                f"user {uid} cannot enter {directory}, which holds {staging}: "
                "point TMPDIR at a directory it can enter"
            )
    held = {path: staging / str(number) for number, path in enumerate(hidden)}
    for place in held.values():
        place.mkdir(parents=True, exist_ok=True)
    quote = shlex.quote
    lines = ["set -e"]
    lines += [f"mount --bind {quote(str(p))} {quote(str(h))}" for p, h in held.items()]
    lines += [f"mount -t tmpfs -o mode=0755 ocrner-pod {quote(str(d))}" for d in closed]
    for path, place in held.items():
        lines += [
            f"mkdir -p {quote(str(path))}",
            f"mount --move {quote(str(place))} {quote(str(path))}",
        ]
    lines.append('exec "$@"')
    return ["sh", "-c", "\n".join(lines), "open-checkout"]
