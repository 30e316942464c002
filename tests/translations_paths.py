"""Where this checkout keeps its translation catalogues and their build script."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
