"""Whether a path lies on a network file system, where SQLite's WAL mode must not be used."""

from __future__ import annotations

import os
import sys
from pathlib import Path

# WAL needs shared memory that every client of the file can map; these file systems cannot give it.
NETWORK_FILE_SYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "ceph", "glusterfs", "lustre",
    "gpfs", "9p", "davfs", "fuse.davfs2", "fuse.sshfs", "sshfs", "fuse.rclone", "fuse.glusterfs", "fuse.s3fs",
    "fuse.gcsfuse", "fuse.smbnetfs", "fuse.cephfs", "afpfs", "webdav",
})


def _unescape_mount(field: str) -> str:
    # /proc/mounts writes space, tab, newline and backslash as octal escapes
    return (field.replace("\\040", " ").replace("\\011", "\t").replace("\\012", "\n")
            .replace("\\134", "\\"))


def _linux_fs_type(path: Path, mounts: str = "/proc/self/mounts") -> str | None:
    """The type of the file system that holds `path`: the longest mount point that contains it wins."""
    try:
        with open(mounts, encoding="utf-8", errors="replace") as fh:
            mounts = [line.split() for line in fh]
    except OSError:
        return None
    best, best_type = "", None
    target = str(path)
    for fields in mounts:
        if len(fields) < 3:
            continue
        point = _unescape_mount(fields[1])
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, best_type = point, fields[2]
    return best_type


def _windows_is_remote(path: Path) -> bool:
    text = str(path)
    if text.startswith("\\\\"):  # \\server\share
        return True
    try:
        import ctypes

        drive = os.path.splitdrive(text)[0]
        if not drive:
            return False
        DRIVE_REMOTE = 4
        return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == DRIVE_REMOTE  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        return False


def is_network_path(path: str | os.PathLike[str]) -> bool:
    """True when `path` (a file or the folder it would be created in) is on a network share.

    Unknown platforms and failures answer False: a local disk is far more common, and WAL is then right.
    """
    p = Path(os.path.realpath(path))
    if sys.platform.startswith("linux"):
        kind = _linux_fs_type(p)
        return kind is not None and kind.lower() in NETWORK_FILE_SYSTEMS
    if sys.platform == "win32":
        return _windows_is_remote(p)
    return False
