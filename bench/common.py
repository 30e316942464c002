"""What every benchmark shares: the figure format run_all.py collects, timing and process helpers.

A benchmark prints readable lines for people and, for each figure, one ``BENCH {json}`` line
with: bench, name, value, unit, and optionally reference, ref_name, ratio, target, ok, note.
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PREFIX = "BENCH "


def scratch_dir(prefix: str) -> Path:
    """A new temporary folder, removed when this process ends (databases, homes, settings)."""
    path = Path(tempfile.mkdtemp(prefix=prefix))
    atexit.register(shutil.rmtree, path, ignore_errors=True)
    return path


def report(
    bench: str,
    name: str,
    value: float,
    unit: str,
    *,
    reference: float | None = None,
    ref_name: str = "",
    target: str = "",
    ok: bool | None = None,
    note: str = "",
) -> None:
    """Print one figure for people and for run_all.py."""
    ratio = value / reference if reference else None
    shown = f"{name}: {value:.3f} {unit}"
    if reference is not None:
        shown += f" (reference {ref_name}: {reference:.3f} {unit}; ratio {ratio:.2f})"
    if target:
        shown += f"  target {target}: {'met' if ok else 'NOT met' if ok is not None else '?'}"
    print(shown)
    record = {
        "bench": bench,
        "name": name,
        "value": value,
        "unit": unit,
        "reference": reference,
        "ref_name": ref_name,
        "ratio": ratio,
        "target": target,
        "ok": ok,
        "note": note,
    }
    print(PREFIX + json.dumps(record), flush=True)


def bench_env(home: Path | None = None) -> dict[str, str]:
    """Environment for child processes: offscreen Qt and per-user folders in a temp folder."""
    env = dict(os.environ)
    env["COLLAB_DESKTOP_HOME"] = str(home or scratch_dir("collab-bench-home-"))
    if not env.get("QT_QPA_PLATFORM"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    env.setdefault("COLLAB_DESKTOP_TZ", "America/New_York")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    # An installed app has compiled .pyc files; without them every launch would compile the
    # project's modules again and time the compiler, not the app.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_python(args: Sequence[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run this Python with args; raise with the output if it fails."""
    done = subprocess.run(
        [sys.executable, *args], env=env, capture_output=True, text=True, cwd=ROOT, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"{args} exited {done.returncode}:\n{done.stdout}\n{done.stderr}")
    return done


def wall(fn: Callable[[], object]) -> float:
    """Seconds one call of fn takes."""
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def repeats(default: int) -> int:
    """How many times to repeat a measurement (BENCH_REPEATS overrides, for quick runs)."""
    return max(1, int(os.environ.get("BENCH_REPEATS", default)))
