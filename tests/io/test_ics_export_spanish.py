"""A calendar file written in Spanish: the fixed words we write translate, what users typed stays."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
from spanish import in_spanish

from collab_desktop.domain.records import SessionRecord
from collab_desktop.services.directory.collaboratives import collaborative_by_name
from collab_desktop.services.sessions.calendar_export import export_calendar
from collab_desktop.services.sessions.sessions import save_session

NY = ZoneInfo("America/New_York")
SPANISH = {
    ("CalendarExport", "Collab Desktop sessions"): "Sesiones de Collab Desktop",
    ("CalendarExport", "Presenter: {presenter}"): "Presentador: {presenter}",
    ("CalendarExport", "For: {role}s only"): "Solo para: {role}",
    ("Vocabulary", "Learning seminar"): "Seminario de aprendizaje",
    ("Vocabulary", "Annual learning session"): "Sesión de aprendizaje anual",
    ("Vocabulary", "coach"): "asesor",
    ("Sessions", "All collaboratives"): "Todos los colaborativos",
}


def test_spanish_fixed_texts(db, tmp_path: Path) -> None:  # noqa: ANN001
    estar = collaborative_by_name(db, "LHS E-STaR")
    save_session(
        db,
        SessionRecord(
            collaborative_id=estar.id,
            title="LHS seminar",
            start=datetime(2030, 1, 8, 12, tzinfo=NY),
            end=datetime(2030, 1, 8, 13, tzinfo=NY),
            presenters="Dr. Rivera",
            restricted_role="coach",
            notes="Bring questions.",
        ),
    )
    save_session(
        db,
        SessionRecord(
            collaborative_id=None,
            title="Annual gathering",
            kind="annual learning session",
            start=datetime(2030, 10, 15, 9, tzinfo=NY),
            end=datetime(2030, 10, 15, 16, tzinfo=NY),
        ),
    )
    path = tmp_path / "todo.ics"
    with in_spanish(SPANISH):
        assert export_calendar(db, path) == 2
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    assert str(cal["X-WR-CALNAME"]) == "Sesiones de Collab Desktop"
    events = {str(e["SUMMARY"]): e for e in cal.walk("VEVENT")}
    assert set(events) == {"LHS seminar", "Annual gathering"}  # titles as typed
    seminar = str(events["LHS seminar"]["DESCRIPTION"]).splitlines()
    assert seminar == [
        estar.name,
        "Seminario de aprendizaje",
        "Presentador: Dr. Rivera",
        "Solo para: asesor",
        "",
        "Bring questions.",
    ]
    gathering = str(events["Annual gathering"]["DESCRIPTION"]).splitlines()
    assert gathering == ["Todos los colaborativos", "Sesión de aprendizaje anual"]
