"""Make a .deb from the one-folder app: /opt/collab-desktop, /usr/bin launcher, menu entry, icons.

Run installer/build.py first (``make package``); this packs dist/CollabDesktop/ with dpkg-deb
into dist/collab-desktop_<version>_<arch>.deb and prints its path.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "installer"))

from app_icons import render_pngs  # noqa: E402
from version_info import package_version  # noqa: E402

PACKAGE = "collab-desktop"
INSTALL_DIR = Path("opt") / PACKAGE
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)
# What Qt's xcb platform plugin loads from the system (the rest ships in the app folder).
DEPENDS = (
    "libc6, libegl1, libfontconfig1, libfreetype6, libglib2.0-0, libx11-6, libx11-xcb1, "
    "libxcb-cursor0, libxcb-icccm4, libxcb-image0, libxcb-keysyms1, libxcb-randr0, "
    "libxcb-render-util0, libxcb-shape0, libxcb-xfixes0, libxcb-xinerama0, libxcb-xkb1, "
    "libxkbcommon0, libxkbcommon-x11-0"
)
LAUNCHER = f"""#!/bin/sh
# Collab Desktop: the window, or the command line when given a command.
exec /{INSTALL_DIR.as_posix()}/CollabDesktop "$@"
"""
# Menus and icon caches refresh when the tools exist; a missing tool is not an error.
REFRESH = """#!/bin/sh
set -e
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q /usr/share/applications || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t -f /usr/share/icons/hicolor || true
fi
"""


def architecture() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()


def folder_kib(path: Path) -> int:
    return (
        sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
    )


def control_text(version: str, arch: str, installed_kib: int) -> str:
    return (
        f"Package: {PACKAGE}\n"
        f"Version: {version}\n"
        "Section: misc\n"
        "Priority: optional\n"
        f"Architecture: {arch}\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {DEPENDS}\n"
        "Maintainer: Collab Desktop <collab-desktop@localhost>\n"
        "Description: desktop app for coordinators of learning collaboratives\n"
        " Collaboratives, contacts and memberships, session calendars, registrations and\n"
        " attendance in one local SQLite database that works offline. Each user's data\n"
        " lives in their home folder and is kept when the package is removed.\n"
    )


def write(path: Path, text: str | bytes, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    path.chmod(mode)


def stage(app_dir: Path, root: Path, version: str, arch: str) -> None:
    """Lay out the package's files under root (DEBIAN/ plus the installed tree)."""
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(app_dir, root / INSTALL_DIR, symlinks=True)
    write(root / "usr" / "bin" / PACKAGE, LAUNCHER, 0o755)
    desktop = (ROOT / "installer" / "linux" / f"{PACKAGE}.desktop").read_text(encoding="utf-8")
    write(root / "usr" / "share" / "applications" / f"{PACKAGE}.desktop", desktop)
    icons = root / "usr" / "share" / "icons" / "hicolor"
    svg = ROOT / "resources" / "app-icon.svg"
    for size, data in render_pngs(svg, ICON_SIZES).items():
        write(icons / f"{size}x{size}" / "apps" / f"{PACKAGE}.png", data)
    write(icons / "scalable" / "apps" / f"{PACKAGE}.svg", svg.read_bytes())
    debian = root / "DEBIAN"
    write(debian / "control", control_text(version, arch, folder_kib(root)))
    write(debian / "postinst", REFRESH, 0o755)
    write(debian / "postrm", REFRESH, 0o755)


def build_deb(app_dir: Path, out_dir: Path, work: Path) -> Path:
    version, arch = package_version(), architecture()
    if not (app_dir / "CollabDesktop").is_file():
        raise SystemExit(f"{app_dir} has no CollabDesktop: run installer/build.py first")
    root = work / f"{PACKAGE}_{version}_{arch}"
    stage(app_dir, root, version, arch)
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{PACKAGE}_{version}_{arch}.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(target)], check=True
    )
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", type=Path, default=ROOT / "dist" / "CollabDesktop")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "deb")
    args = parser.parse_args(argv)
    target = build_deb(args.app.resolve(), args.out.resolve(), args.work.resolve())
    print(f"{target} ({target.stat().st_size / 2**20:.1f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
