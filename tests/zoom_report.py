"""Write a small Zoom participant report (current layout, meeting details above) for tests."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

FMT = "%m/%d/%Y %I:%M:%S %p"


def write_zoom_report(
    path: Path, start: datetime, lines: list[tuple[str, str, float, float]]
) -> Path:
    """One line per join: name, e-mail, minutes after ``start`` joined and left."""

    def at(minutes: float) -> str:
        return (start + timedelta(minutes=minutes)).strftime(FMT)

    out = [
        "Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants",
        f"812 3456 7890,Hybrid seminar,{at(0)},{at(60)},host@example.org,60,{len(lines)}",
        "",
        "Name (original name),Email,Join time,Leave time,Duration (minutes),Guest,In waiting room",
    ]
    for name, email, joined, left in lines:
        out.append(f'"{name}",{email},{at(joined)},{at(left)},{round(left - joined)},No,No')
    path.write_text("\n".join(out) + "\n", encoding="utf-8-sig")
    return path
