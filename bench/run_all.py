"""Run every bench/bench_*.py in a fresh process and print one table of figures, ratios and targets.

Figures come from ``BENCH {json}`` lines (see common.py); a benchmark that prints none is still
run, its ratio lines (``name = 1.23  (<= 1.0)``) go into the table and its output is shown below.
``--markdown`` prints the table as Markdown (for RESULTS.md); ``--only NAME`` runs a subset.
"""

from __future__ import annotations

import argparse
import json
import operator
import os
import re
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import PREFIX, bench_env  # noqa: E402

RATIO_LINE = re.compile(
    r"^\s*(?P<name>[^=]+?)\s*=\s*(?P<value>\d+(?:\.\d+)?)\s*\((?P<op><=|>=|<|>)\s*(?P<limit>\d+(?:\.\d+)?)\)"
)
OPS = {"<=": operator.le, ">=": operator.ge, "<": operator.lt, ">": operator.gt}


def figures_from(bench: str, stdout: str) -> list[dict]:
    """The figures a benchmark printed: its BENCH json lines, else its ratio lines."""
    rows = [
        json.loads(line[len(PREFIX) :])
        for line in stdout.splitlines()
        if line.startswith(PREFIX + "{")
    ]
    if rows:
        return rows
    for line in stdout.splitlines():
        if m := RATIO_LINE.match(line):
            value, limit = float(m["value"]), float(m["limit"])
            rows.append(
                {
                    "bench": bench,
                    "name": m["name"],
                    "value": value,
                    "unit": "x",
                    "ratio": value,
                    "target": f"{m['op']} {m['limit']}",
                    "ok": OPS[m["op"]](value, limit),
                }
            )
    return rows


def _num(value: float | None, unit: str = "") -> str:
    if value is None:
        return ""
    text = f"{value:,.0f}" if abs(value) >= 100 else f"{value:.3g}" if value else "0"
    return f"{text} {unit}".strip()


def table_lines(rows: list[dict], markdown: bool) -> list[str]:
    header = ["bench", "figure", "value", "reference", "ratio", "target", "met"]
    body = []
    for r in rows:
        ok = r.get("ok")
        body.append(
            [
                r["bench"],
                r["name"],
                _num(r["value"], r.get("unit", "")),
                (
                    f"{_num(r.get('reference'), r.get('unit', ''))} ({r.get('ref_name', '')})"
                    if r.get("reference") is not None
                    else ""
                ),
                f"{r['ratio']:.2f}" if r.get("ratio") is not None else "",
                r.get("target", ""),
                "yes" if ok else "NO" if ok is not None else "",
            ]
        )
    if markdown:
        lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        lines += ["| " + " | ".join(cells) + " |" for cells in body]
        return lines
    widths = [max(len(str(c)) for c in col) for col in zip(header, *body, strict=False)]
    fmt = "  ".join(f"{{:<{w}}}" for w in widths)
    return [fmt.format(*header), fmt.format(*("-" * w for w in widths))] + [
        fmt.format(*cells) for cells in body
    ]


# Short, latency-bound benchmarks first, the minutes-long roster runs last: after minutes of
# full load this shared machine ran the same start-up up to 50% slower (1.6 s, against
# 1.0-1.2 s when run first or on its own).
FIRST = ("startup", "contacts_table", "refresh", "live", "sheets", "reports", "memory")


def _run_order(script: Path) -> tuple[int, str]:
    name = script.stem.removeprefix("bench_")
    return (FIRST.index(name) if name in FIRST else len(FIRST), name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    parser.add_argument("--only", action="append", default=[], help="run bench_NAME.py only")
    args = parser.parse_args(argv)
    scripts = sorted(HERE.glob("bench_*.py"), key=_run_order)
    if args.only:
        scripts = [s for s in scripts if s.stem.removeprefix("bench_") in args.only]
    env = bench_env()
    env.pop("COLLAB_DESKTOP_HOME")  # each benchmark chooses its own folders
    rows: list[dict] = []
    failed = 0
    for script in scripts:
        name = script.stem.removeprefix("bench_")
        print(f"== {script.name} ...", flush=True)
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, str(script)], env=env, capture_output=True, text=True, check=False
        )
        took = time.perf_counter() - start
        found = figures_from(name, done.stdout)
        readable = "\n".join(ln for ln in done.stdout.splitlines() if not ln.startswith(PREFIX))
        print(readable)
        print(f"   ({took:.0f} s, exit {done.returncode})", flush=True)
        if done.returncode != 0:
            failed += 1
            tail = "\n".join(done.stderr.strip().splitlines()[-15:])
            print(f"   FAILED:\n{tail}", flush=True)
        rows += found
    print()
    print(f"Results ({os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f} at the end):")
    print("\n".join(table_lines(rows, args.markdown)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
