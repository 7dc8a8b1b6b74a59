"""A pod's user reaches this project's files even when the checkout is in a private directory."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.utils import filesystem

POD_USER = 10001  # what the manifests' securityContext asks for


@pytest.fixture
def open_dir() -> Iterator[Path]:
    """A directory every user may enter (pytest's own open_dir sits in a 0700 one)."""
    path = Path(tempfile.mkdtemp(prefix="ocrner-filesystem-"))
    path.chmod(0o755)
    yield path
    shutil.rmtree(path)


def test_a_private_directory_above_the_checkout_is_found(open_dir: Path) -> None:
    private = open_dir / "private"
    checkout = private / "clone" / "project"
    checkout.mkdir(parents=True)
    open_dir.chmod(0o755)
    private.chmod(0o700)
    assert filesystem.first_closed_directory(checkout, POD_USER, POD_USER) == private
    private.chmod(0o711)
    assert filesystem.first_closed_directory(checkout, POD_USER, POD_USER) is None
    assert filesystem.first_closed_directory(checkout, 0, 0) is None


def test_group_and_owner_bits_count_for_their_own_user(open_dir: Path) -> None:
    open_dir.chmod(0o750)
    info = open_dir.stat()
    assert filesystem.can_enter(open_dir, info.st_uid, info.st_gid)
    assert filesystem.can_enter(open_dir, POD_USER, info.st_gid)
    assert not filesystem.can_enter(open_dir, POD_USER, POD_USER)
    open_dir.chmod(0o755)


def test_nested_paths_are_opened_once() -> None:
    root, inner, other = Path("/a/b"), Path("/a/b/c"), Path("/d")
    assert filesystem.outermost([inner, root, other, root]) == [root, other]


def test_a_reachable_checkout_needs_no_mounts(open_dir: Path) -> None:
    assert filesystem.opening_prefix(0, 0, open_dir / "held") == []


def test_staging_inside_the_closed_directory_is_refused_with_a_remedy(
    open_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    private = open_dir / "private"
    (private / "project").mkdir(parents=True)
    private.chmod(0o700)
    monkeypatch.setattr(filesystem, "project_paths", lambda: [private / "project"])
    with pytest.raises(PermissionError, match="TMPDIR"):
        filesystem.opening_prefix(POD_USER, POD_USER, private / "held")


@pytest.mark.skipif(os.geteuid() != 0, reason="mount namespaces and setpriv need root")
@pytest.mark.skipif(
    shutil.which("unshare") is None or shutil.which("setpriv") is None,
    reason="util-linux's unshare and setpriv are not installed",
)
def test_the_pod_user_reads_a_checkout_under_a_private_directory(
    open_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    private = open_dir / "private"
    checkout = private / "project"
    checkout.mkdir(parents=True)
    (checkout / "marker.txt").write_text("reached\n")
    (checkout / "marker.txt").chmod(0o644)
    checkout.chmod(0o755)
    private.chmod(0o700)
    staging = open_dir / "held"
    monkeypatch.setattr(filesystem, "project_paths", lambda: [checkout])
    as_pod_user = ["setpriv", f"--reuid={POD_USER}", f"--regid={POD_USER}", "--clear-groups"]
    read = [*as_pod_user, "cat", str(checkout / "marker.txt")]

    # Without help, the pod's user is turned away, as a pod was from a clone in /root.
    plain = subprocess.run(read, capture_output=True, text=True, timeout=10)
    assert plain.returncode != 0
    assert "Permission denied" in plain.stderr

    # In its own mount namespace (``ip netns exec`` gives every pod one), it gets through.
    prefix = filesystem.opening_prefix(POD_USER, POD_USER, staging)
    assert prefix
    opened = subprocess.run(
        ["unshare", "--mount", "--propagation", "slave", *prefix, *read],
        capture_output=True,
        text=True,
        timeout=10,
    )
    assert opened.returncode == 0, opened.stderr
    assert opened.stdout == "reached\n"

    # And the host saw nothing of it: same permissions, no mount left behind.
    assert private.stat().st_mode & 0o777 == 0o700
    assert str(private) not in Path("/proc/self/mounts").read_text()
