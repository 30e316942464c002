"""Reading the PDFs back: their text as a reader copies it, and their pages as pictures."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest


def pdf_text(path: Path) -> list[str]:
    """The text of each page, as a reader copies it."""
    from pypdf import PdfReader

    return [page.extract_text() for page in PdfReader(path).pages]


def render_png(pdf: Path, out: Path, dpi: int = 60) -> list[Path]:
    """Each page as a PNG (pdftoppm); skips the test when pdftoppm is missing."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(out)], check=True)
    return sorted(out.parent.glob(out.name + "*.png"))
