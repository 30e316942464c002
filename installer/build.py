"""Build the standalone app with PyInstaller: dist/CollabDesktop/ for the OS this runs on.

Draws the icons from resources/app-icon.svg and writes the Windows version file (both into
build/installer/), runs PyInstaller on installer/collab_desktop.spec, then reports the size.
On macOS the same run also makes dist/Collab Desktop.app.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "installer"))

from app_icons import write_icons  # noqa: E402
from version_info import package_version, write_version_file  # noqa: E402

SPEC = ROOT / "installer" / "collab_desktop.spec"
APP_DIR_NAME = "CollabDesktop"


def folder_size(path: Path) -> tuple[int, int]:
    """(bytes, files) of everything under path, symlinks not followed."""
    total = count = 0
    for item in path.rglob("*"):
        if item.is_file() and not item.is_symlink():
            total += item.stat().st_size
            count += 1
    return total, count


def install_package(site: Path) -> None:
    """Install the project (built as a wheel, no dependencies) into a folder of its own."""
    shutil.rmtree(site, ignore_errors=True)
    command = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps"]
    command += ["--no-build-isolation", "--target", str(site), str(ROOT)]
    subprocess.run(command, cwd=ROOT, check=True)


def build(dist: Path, work: Path) -> Path:
    """Run PyInstaller; returns the one-folder app's directory."""
    generated = work / "installer"
    install_package(generated / "site")
    write_icons(generated / "icons")
    write_version_file(generated / "version_info.txt")
    env = dict(os.environ, COLLAB_DESKTOP_BUILD_DIR=str(generated))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level=WARN"]
    command += ["--distpath", str(dist), "--workpath", str(work / "pyinstaller"), str(SPEC)]
    subprocess.run(command, cwd=ROOT, env=env, check=True)
    return dist / APP_DIR_NAME


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="scratch folder")
    args = parser.parse_args(argv)
    app_dir = build(args.dist.resolve(), args.work.resolve())
    size, files = folder_size(app_dir)
    print(f"Collab Desktop {package_version()}: {app_dir}")
    print(f"  {size / 2**20:.1f} MiB in {files} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
