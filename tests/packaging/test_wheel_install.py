"""The built wheel installs into a fresh venv outside the checkout and runs from there."""

from __future__ import annotations

import json
import os
import site
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def make_venv(where: Path) -> Path:
    """A venv without pip whose dependencies come from this environment's site-packages.

    A plain path line in a .pth adds the folder to sys.path without running that folder's own
    .pth files, so the editable install of the checkout stays invisible to the new venv.
    """
    venv.EnvBuilder(with_pip=False).create(where)
    python = where / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    deps = "\n".join(site.getsitepackages()) + "\n"
    (Path(purelib) / "_collab_desktop_test_deps.pth").write_text(deps, encoding="utf-8")
    return python


@pytest.mark.slow
def test_wheel_runs_from_a_fresh_venv(wheel_path: Path, tmp_path: Path) -> None:
    python = make_venv(tmp_path / "venv")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "-q"]
        + [str(wheel_path)],
        check=True,
    )
    run_dir = tmp_path / "elsewhere"
    run_dir.mkdir()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH="")
    where = subprocess.run(
        [str(python), "-c", "import collab_desktop as c; print(c.__file__)"],
        cwd=run_dir,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert Path(where.strip()).is_relative_to(tmp_path / "venv")
    assert not Path(where.strip()).is_relative_to(ROOT)

    script = python.parent / ("collab-desktop.exe" if os.name == "nt" else "collab-desktop")
    db = tmp_path / "T.sqlite"
    listed = subprocess.run(
        [str(script), "--db", str(db), "list", "collaboratives", "--json"],
        cwd=run_dir,
        env=env,
        capture_output=True,
        text=True,
    )
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)) == 4

    shown = subprocess.run(
        [str(script), "--db", str(db)],
        cwd=run_dir,
        env=dict(env, COLLAB_DESKTOP_SMOKE_TEST="1"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert shown.returncode == 0, shown.stderr
    assert "window shown: T.sqlite" in shown.stdout
