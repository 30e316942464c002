"""The Windows version resource (file properties > Details) made from collab_desktop.__version__."""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PUBLISHER = "Collab Desktop"
DESCRIPTION = "Collab Desktop: learning collaboratives, sessions and attendance"


def package_version() -> str:
    """__version__ read from the source without importing the package."""
    text = (ROOT / "collab_desktop" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.MULTILINE)
    if not match:
        raise ValueError("collab_desktop/__init__.py has no __version__")
    return match.group(1)


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """ "1.2.3" or "1.2.3rc1" -> (1, 2, 3, 0): Windows wants four numbers."""
    numbers = [int(re.match(r"\d+", part).group()) for part in version.split(".")[:4]]
    return tuple((numbers + [0, 0, 0, 0])[:4])  # type: ignore[return-value]


def version_file_text(version: str) -> str:
    """A version file in the format PyInstaller's EXE(version=...) reads."""
    numbers = version_tuple(version)
    strings = {
        "CompanyName": PUBLISHER,
        "FileDescription": DESCRIPTION,
        "FileVersion": version,
        "InternalName": "CollabDesktop",
        "LegalCopyright": "MIT License",
        "OriginalFilename": "CollabDesktop.exe",
        "ProductName": "Collab Desktop",
        "ProductVersion": version,
    }
    string_structs = ",\n".join(f"        StringStruct('{k}', '{v}')" for k, v in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable('040904B0', [
{string_structs}
      ])
    ]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def write_version_file(path: Path, version: str | None = None) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(version_file_text(version or package_version()), encoding="utf-8")
    return path


if __name__ == "__main__":
    print(version_file_text(sys.argv[1] if len(sys.argv) > 1 else package_version()))
