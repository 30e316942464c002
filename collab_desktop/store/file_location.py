"""Is a database file somewhere SQLite cannot be trusted: a network share or a synced folder?

SQLite's locking fails on network file systems, WAL does not work over a network, and sync
clients (OneDrive, Dropbox, Google Drive, iCloud Drive) copy the file and its -wal apart: a
database used from two computers that way gets corrupted. The answer is a warning that suggests a
team server, never a refusal (a share used by one person at a time may work for years).
"""

from __future__ import annotations

import contextlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path, PurePath, PureWindowsPath

# File system types (as /proc/self/mountinfo names them) that live on another computer.
NETWORK_FILE_SYSTEMS = {
    "cifs", "smb3", "smbfs", "smb2", "nfs", "nfs4", "afs", "ncpfs", "9p", "ceph", "glusterfs",
    "lustre", "gpfs", "davfs", "fuse.sshfs", "fuse.davfs2", "fuse.rclone", "fuse.s3fs",
    "fuse.gcsfuse", "fuse.onedriver", "fuse.google-drive-ocamlfuse",
}  # fmt: skip
# macOS f_fstypename values of network file systems.
MAC_NETWORK_FILE_SYSTEMS = {"smbfs", "nfs", "afpfs", "webdav", "cifs", "ftp"}

# Folder names the sync clients create (compared without case).
_CLOUD_FOLDERS = {
    "onedrive": "OneDrive",
    "dropbox": "Dropbox",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "my drive": "Google Drive",
    "icloud drive": "iCloud Drive",
    "iclouddrive": "iCloud Drive",
    "mobile documents": "iCloud Drive",
}
# Name prefixes: "OneDrive - Contoso", "Dropbox (Team)", macOS's CloudStorage "GoogleDrive-x@y".
_CLOUD_PREFIXES = {
    "onedrive - ": "OneDrive",
    "onedrive-": "OneDrive",
    "dropbox (": "Dropbox",
    "dropbox-": "Dropbox",
    "googledrive-": "Google Drive",
}


@dataclass(frozen=True, slots=True)
class Mount:
    point: str
    fstype: str
    source: str


def _unescape(field: str) -> str:
    # mountinfo writes space, tab, newline and backslash as octal escapes (\040 ...).
    out, i = [], 0
    while i < len(field):
        if field[i] == "\\" and field[i + 1 : i + 4].isdigit() and len(field[i + 1 : i + 4]) == 3:
            out.append(chr(int(field[i + 1 : i + 4], 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def parse_mountinfo(text: str) -> list[Mount]:
    """The mounts listed in Linux's /proc/self/mountinfo text."""
    mounts = []
    for line in text.splitlines():
        left, sep, right = line.partition(" - ")
        fields, tail = left.split(), right.split()
        if not sep or len(fields) < 5 or len(tail) < 2:
            continue
        mounts.append(Mount(_unescape(fields[4]), tail[0], _unescape(tail[1])))
    return mounts


def mount_of(path: PurePath, mounts: list[Mount]) -> Mount | None:
    """The mount holding path: the longest mount point that contains it (the last one listed
    wins when a folder is mounted over twice)."""
    best: Mount | None = None
    text = path.as_posix()
    for m in mounts:
        point = m.point.rstrip("/") or "/"
        inside = point == "/" or text == point or text.startswith(point + "/")
        if inside and (best is None or len(point) >= len(best.point.rstrip("/") or "/")):
            best = m
    return best


def cloud_folder(path: PurePath) -> str | None:
    """The sync service whose folder holds path (by the folder names they create), or None."""
    for part in path.parts[:-1]:
        name = part.lower()
        if name in _CLOUD_FOLDERS:
            return _CLOUD_FOLDERS[name]
        for prefix, service in _CLOUD_PREFIXES.items():
            if name.startswith(prefix):
                return service
    return None


def _linux_network_fs(path: Path, mountinfo: str | None) -> str | None:
    if mountinfo is None:
        try:
            mountinfo = Path("/proc/self/mountinfo").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    mount = mount_of(path, parse_mountinfo(mountinfo))
    if mount is not None and mount.fstype.lower() in NETWORK_FILE_SYSTEMS:
        return mount.fstype
    return None


def _windows_network_drive(path: PureWindowsPath) -> str | None:
    if str(path).startswith("\\\\") and not str(path).startswith("\\\\?\\"):
        return "a network share"
    if str(path).startswith("\\\\?\\UNC\\"):
        return "a network share"
    drive = path.drive
    if not drive or sys.platform != "win32":
        return None
    try:
        import ctypes

        drive_remote = 4
        if ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote:  # type: ignore[attr-defined]
            return f"the network drive {drive}"
    except (AttributeError, OSError):
        return None
    return None


def _mac_network_fs(path: Path) -> str | None:
    """f_fstypename from statfs(2), read through ctypes (the struct's layout on 64-bit macOS)."""
    try:
        import ctypes
        import ctypes.util

        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        statfs = getattr(libc, "statfs$INODE64", None) or libc.statfs
        buf = ctypes.create_string_buffer(4096)
        if statfs(os.fsencode(str(path)), buf) != 0:
            return None
        mnt_local = 0x1000
        flags = int.from_bytes(buf.raw[64:68], sys.byteorder)
        fstype = buf.raw[72:88].split(b"\0", 1)[0].decode("ascii", "replace")
    except (OSError, AttributeError, ValueError):
        return None
    if fstype in MAC_NETWORK_FILE_SYSTEMS or not flags & mnt_local:
        return fstype or "a network file system"
    return None


def risky_place(
    path: Path | str, *, platform: str | None = None, mountinfo: str | None = None
) -> str | None:
    """Why a database file at path is at risk ('a network share (cifs)', 'a OneDrive folder'),
    or None for a local folder. platform and mountinfo are for tests."""
    platform = platform or sys.platform
    if platform == "win32":
        win = PureWindowsPath(str(path))
        if (why := _windows_network_drive(win)) is not None:
            return why
        service = cloud_folder(win)
        return f"a {service} folder" if service else None
    real = Path(path).expanduser()
    if mountinfo is None:
        with contextlib.suppress(OSError):
            real = real.resolve()
    service = cloud_folder(real)
    if service is not None:
        return f"a {service} folder"
    if platform.startswith("linux"):
        fstype = _linux_network_fs(real, mountinfo)
    elif platform == "darwin":
        fstype = _mac_network_fs(real if real.exists() else real.parent)
    else:
        fstype = None
    return f"a network share ({fstype})" if fstype else None


def location_warning(path: Path | str, **kwargs: str) -> str | None:
    """The warning for a database file in a risky place, or None."""
    why = risky_place(path, **kwargs)
    if why is None:
        return None
    return (
        f"{path} is in {why}. SQLite databases get corrupted when their file is shared or "
        "synced this way (file locking does not work there); keep the file on this computer's "
        "own disk, or move the data to a team server: collab-desktop copy-db FILE "
        "postgresql://user@host/dbname."
    )
