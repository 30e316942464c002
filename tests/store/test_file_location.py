"""A database file on a network share or in a synced folder is recognised (synthetic mounts and
paths, so the test holds on any machine)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from collab_desktop.store.file_location import (
    cloud_folder,
    location_warning,
    mount_of,
    parse_mountinfo,
    risky_place,
)

MOUNTINFO = r"""22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw
35 22 0:31 / /home rw,relatime shared:2 - ext4 /dev/sda2 rw
41 22 0:40 / /mnt/team rw,relatime shared:20 - cifs //files.example.org/team rw,vers=3.1.1
42 22 0:41 / /mnt/nfs\040share rw,relatime shared:21 - nfs4 srv:/export rw
43 41 0:42 / /mnt/team/local rw,relatime shared:22 - ext4 /dev/sdb1 rw
44 35 0:43 / /home/ann/gdrive rw,nosuid shared:23 - fuse.rclone gdrive: rw
"""


def test_mountinfo_is_parsed_with_escaped_spaces() -> None:
    mounts = parse_mountinfo(MOUNTINFO + "garbage line\n")
    assert [m.point for m in mounts][:4] == ["/", "/home", "/mnt/team", "/mnt/nfs share"]
    assert mounts[2].fstype == "cifs" and mounts[2].source == "//files.example.org/team"
    assert mount_of(PurePosixPath("/mnt/team/a/b.sqlite"), mounts).fstype == "cifs"
    assert mount_of(PurePosixPath("/mnt/team/local/b.sqlite"), mounts).fstype == "ext4"
    assert mount_of(PurePosixPath("/mnt/teamwork/b.sqlite"), mounts).point == "/"


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/home/ann/collab.sqlite", None),
        ("/mnt/team/collab.sqlite", "a network share (cifs)"),
        ("/mnt/nfs share/x/collab.sqlite", "a network share (nfs4)"),
        ("/mnt/team/local/collab.sqlite", None),
        ("/home/ann/gdrive/collab.sqlite", "a network share (fuse.rclone)"),
        ("/home/ann/Dropbox/work/collab.sqlite", "a Dropbox folder"),
        ("/home/ann/OneDrive - Contoso/collab.sqlite", "a OneDrive folder"),
    ],
)
def test_linux_places(path: str, expected: str | None) -> None:
    assert risky_place(path, platform="linux", mountinfo=MOUNTINFO) == expected


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (r"C:\Users\ann\Documents\collab.sqlite", None),
        (r"\\files\team\collab.sqlite", "a network share"),
        (r"\\?\UNC\files\team\collab.sqlite", "a network share"),
        (r"C:\Users\ann\OneDrive\Documents\collab.sqlite", "a OneDrive folder"),
        (r"C:\Users\ann\OneDrive - Contoso\collab.sqlite", "a OneDrive folder"),
        (r"G:\My Drive\collab.sqlite", "a Google Drive folder"),
        (r"C:\Users\ann\iCloudDrive\collab.sqlite", "a iCloud Drive folder"),
    ],
)
def test_windows_places(path: str, expected: str | None) -> None:
    assert risky_place(path, platform="win32") == expected


def test_macos_cloud_folders() -> None:
    home = PurePosixPath("/Users/ann/Library")
    assert (
        cloud_folder(home / "Mobile Documents/com~apple~CloudDocs/collab.sqlite") == "iCloud Drive"
    )
    assert (
        cloud_folder(home / "CloudStorage/GoogleDrive-ann@x.org/My Drive/c.sqlite")
        == "Google Drive"
    )
    assert cloud_folder(home / "CloudStorage/OneDrive-Contoso/c.sqlite") == "OneDrive"
    assert cloud_folder(PureWindowsPath(r"D:\Dropbox (Team)\c.sqlite")) == "Dropbox"
    # A file merely named like a service is not in its folder.
    assert cloud_folder(PurePosixPath("/home/ann/dropbox.sqlite")) is None


def test_the_warning_suggests_a_team_server() -> None:
    text = location_warning("/mnt/team/collab.sqlite", platform="linux", mountinfo=MOUNTINFO)
    assert text is not None and "network share (cifs)" in text and "copy-db" in text
    assert location_warning("/home/ann/c.sqlite", platform="linux", mountinfo=MOUNTINFO) is None


def test_the_command_line_warns_on_standard_error(tmp_path: Path) -> None:
    folder = tmp_path / "Dropbox"
    folder.mkdir()
    done = subprocess.run(
        [sys.executable, "-m", "collab_desktop", "--db", str(folder / "c.sqlite"), "list",
         "collaboratives", "--json"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    [line] = done.stderr.splitlines()
    assert line.startswith("warning: ") and "Dropbox folder" in line and "team server" in line
    assert done.stdout.startswith("[")
