"""The report workbook in Spanish: sheet names, headings and built-in words; numbers stay numbers."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from openpyxl import load_workbook
from spanish import in_spanish

from collab_desktop.domain.report_records import ReportFilter
from collab_desktop.io.report_export import export_report
from collab_desktop.services.reports.reports import build_report

SPANISH = {
    ("ReportExport", "Summary"): "Resumen",
    ("ReportExport", "Members by type"): "Miembros por tipo",
    ("ReportExport", "Attendance"): "Asistencia",
    ("ReportExport", "Participant type"): "Tipo de participante",
    ("ReportExport", "Active"): "Activos",
    ("ReportExport", "Inactive"): "Inactivos",
    ("ReportExport", "Date"): "Fecha",
    ("ReportExport", "Session"): "Sesión",
    ("ReportExport", "Attendance rate"): "Tasa de asistencia",
    ("ReportExport", "Figure"): "Dato",
    ("ReportExport", "Value"): "Valor",
    ("ReportExport", "Attendance rate is"): "La tasa de asistencia es",
    ("ReportExport", "People with at least {count} sessions of a series"): (
        "Personas con al menos {count} sesiones de una serie"
    ),
    ("ReportRecords", "attended / (attended + absent); excused and not yet marked are left out"): (
        "asistieron / (asistieron + ausentes); no cuentan los justificados ni los sin marcar"
    ),
    ("Vocabulary", "patient"): "paciente",
    ("Vocabulary", "learning seminar"): "seminario de aprendizaje",
}


def _rows(ws) -> list[tuple]:  # noqa: ANN001
    return [tuple(c.value for c in row) for row in ws.iter_rows()]


def test_spanish_workbook_headings(rdb, data, tmp_path: Path) -> None:  # noqa: ANN001
    report = build_report(rdb, ReportFilter(), min_attended=2)
    with in_spanish(SPANISH):
        out = export_report(report, tmp_path / "informe.xlsx")
    wb = load_workbook(out)
    assert wb.sheetnames[:2] == ["Resumen", "Miembros por tipo"]
    assert "Asistencia" in wb.sheetnames
    summary = _rows(wb["Resumen"])
    assert summary[0] == ("Dato", "Valor")
    facts = dict(summary[1:])
    assert facts["La tasa de asistencia es"].startswith("asistieron / (asistieron + ausentes)")
    assert "Personas con al menos 2 sesiones de una serie" in facts
    by_type = _rows(wb["Miembros por tipo"])
    assert by_type[0] == ("Tipo de participante", "Activos", "Inactivos", "Total")
    assert by_type[1] == ("paciente", 1, 0, 1)  # the stored word shown in Spanish; counts numbers
    attendance = _rows(wb["Asistencia"])
    assert attendance[0][:2] == ("Fecha", "Sesión") and attendance[0][10] == "Tasa de asistencia"
    assert attendance[1][:4] == (
        datetime(2026, 1, 20),
        "Seminar 1",
        "Alpha",
        "seminario de aprendizaje",
    )
    assert wb["Asistencia"]["K2"].number_format == "0.0%"
