"""Icons and the Windows version resource that installer/build.py generates."""

from __future__ import annotations

import struct
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "installer"))

from app_icons import icns_bytes, ico_bytes, write_icons  # noqa: E402
from version_info import package_version, version_file_text, version_tuple  # noqa: E402

from collab_desktop import __version__  # noqa: E402


@pytest.fixture(scope="module")
def icons(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write_icons(tmp_path_factory.mktemp("icons"))


def test_icons_are_drawn_from_the_svg(icons: dict[str, Path]) -> None:
    from PySide6.QtGui import QImage

    image = QImage(str(icons["png"]))
    assert (image.width(), image.height()) == (256, 256)
    # The SVG's dark blue fills the bottom edge; the rounded corner stays transparent.
    assert image.pixelColor(128, 236).name() == "#1565c0"
    assert image.pixelColor(0, 0).alpha() == 0


def test_ico_lists_every_size_with_its_png(icons: dict[str, Path]) -> None:
    data = icons["ico"].read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, 7)
    sides = []
    for index in range(count):
        width, _h, _c, _r, _p, _bpp, size, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + size <= len(data)
        sides.append(width or 256)
    assert sides == [16, 24, 32, 48, 64, 128, 256]


def test_icns_elements_add_up(icons: dict[str, Path]) -> None:
    data = icons["icns"].read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    kinds, pos = [], 8
    while pos < len(data):
        kind, length = data[pos : pos + 4], struct.unpack(">I", data[pos + 4 : pos + 8])[0]
        assert data[pos + 8 : pos + 16] == b"\x89PNG\r\n\x1a\n"
        kinds.append(kind)
        pos += length
    assert pos == len(data)
    assert kinds == [b"icp4", b"icp5", b"icp6", b"ic07", b"ic08", b"ic09", b"ic10"]


def test_containers_for_empty_input_are_well_formed() -> None:
    assert ico_bytes({}) == struct.pack("<HHH", 0, 1, 0)
    assert icns_bytes({}) == b"icns" + struct.pack(">I", 8)


def test_version_resource_follows_the_package() -> None:
    assert package_version() == __version__
    assert version_tuple("0.1.0") == (0, 1, 0, 0)
    assert version_tuple("2.10.3rc1") == (2, 10, 3, 0)
    text = version_file_text("1.2.3")
    assert "filevers=(1, 2, 3, 0)" in text and "prodvers=(1, 2, 3, 0)" in text
    assert "StringStruct('ProductVersion', '1.2.3')" in text
    assert "StringStruct('OriginalFilename', 'CollabDesktop.exe')" in text
