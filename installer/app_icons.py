"""Icon files for installers, drawn from the one source resources/app-icon.svg at build time.

PNG sizes for Linux, a .ico for Windows and a .icns for macOS. Both containers hold PNG images
(allowed since Windows Vista and macOS 10.7), so Qt's SVG renderer is the only tool needed.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE_SVG = ROOT / "resources" / "app-icon.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types that hold PNG data, by pixel size.
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}
ICNS_RETINA_1024 = b"ic10"


def render_pngs(svg: Path, sizes: tuple[int, ...] = PNG_SIZES) -> dict[int, bytes]:
    """PNG bytes of the SVG drawn at each size (offscreen; needs no display)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer
    from PySide6.QtWidgets import QApplication

    # A QApplication (not just a QGuiApplication): in a test run, later GUI tests reuse it.
    _app = QApplication.instance() or QApplication(sys.argv[:1])
    renderer = QSvgRenderer(QByteArray(svg.read_bytes()))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG")
    result = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        result[size] = bytes(data.data())
    return result


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding the given PNG images (ICONDIR, ICONDIRENTRY table, data)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        blob = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        blobs += blob
        offset += len(blob)
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding PNG elements (magic, total length, then type/length/data)."""
    body = b""
    for size, kind in ICNS_TYPES.items():
        if size in pngs:
            body += kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
    if 1024 in pngs:
        body += ICNS_RETINA_1024 + struct.pack(">I", 8 + len(pngs[1024])) + pngs[1024]
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_icons(out_dir: Path, svg: Path = SOURCE_SVG) -> dict[str, Path]:
    """Write app-icon.png (256 px), app-icon-<N>.png, app-icon.ico and app-icon.icns."""
    out_dir.mkdir(parents=True, exist_ok=True)
    pngs = render_pngs(svg)
    for size, data in pngs.items():
        (out_dir / f"app-icon-{size}.png").write_bytes(data)
    files = {
        "png": out_dir / "app-icon.png",
        "ico": out_dir / "app-icon.ico",
        "icns": out_dir / "app-icon.icns",
    }
    files["png"].write_bytes(pngs[256])
    files["ico"].write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    files["icns"].write_bytes(icns_bytes(pngs))
    return files


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "icons"
    for path in write_icons(target).values():
        print(path)
