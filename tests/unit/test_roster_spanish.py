"""A roster exported in Spanish maps itself back on import, in Spanish as in English."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from spanish import in_spanish

from collab_desktop.domain.import_records import ImportOptions
from collab_desktop.io.roster_mapping import suggest_mapping
from collab_desktop.io.roster_reader import read_roster
from collab_desktop.services.directory.collaboratives import list_collaboratives
from collab_desktop.services.directory.contacts import get_contact
from collab_desktop.services.rosters.roster_export import export_roster
from collab_desktop.services.rosters.roster_plan import plan_import

SPANISH = {
    ("RosterExport", "Collab Desktop contact id"): "Id de contacto de Collab Desktop",
    ("RosterExport", "First name"): "Nombre",
    ("RosterExport", "Last name"): "Apellidos",
    ("RosterExport", "Email"): "Correo electrónico",
    ("RosterExport", "Phone"): "Teléfono",
    ("RosterExport", "Organization"): "Organización",
    ("RosterExport", "Department"): "Departamento",
    ("RosterExport", "Job title"): "Puesto",
    ("RosterExport", "Participant type"): "Tipo de participante",
    ("RosterExport", "Collaborative"): "Colaborativo",
    ("RosterExport", "Role"): "Función",
    ("RosterExport", "Joined"): "Fecha de incorporación",
    ("RosterExport", "Notes"): "Notas",
    ("RosterExport", "Roster"): "Lista de participantes",
}
FIELDS = [
    "contact_id", "first_name", "last_name", "email", "phone", "organization", "department",
    "job_title", "participant_type", "collaborative", "role", "joined_on", "notes",
]  # fmt: skip


def test_spanish_roster_maps_itself_back(db, tmp_path: Path) -> None:  # noqa: ANN001
    collab = list_collaboratives(db)[0]
    out = tmp_path / "lista.xlsx"
    with in_spanish(SPANISH):
        export_roster(db, out, collab.id)
        everyone = tmp_path / "todos.xlsx"
        export_roster(db, everyone)
    assert openpyxl.load_workbook(everyone).active.title == "Lista de participantes"
    wb = openpyxl.load_workbook(out)
    ws = wb.active
    assert [c.value for c in ws[1]][:4] == [
        "Id de contacto de Collab Desktop", "Nombre", "Apellidos", "Correo electrónico"
    ]  # fmt: skip
    contact_id = ws.cell(row=2, column=1).value
    before = get_contact(db, contact_id)
    ws.cell(row=2, column=3, value="Renombrado")
    wb.save(out)
    table = read_roster(out)
    # Read back with English chosen (a colleague's copy of the app) and with Spanish.
    assert suggest_mapping(table.headers) == FIELDS
    with in_spanish(SPANISH):
        assert suggest_mapping(table.headers) == FIELDS
    plan = plan_import(
        db,
        table,
        suggest_mapping(table.headers),
        ImportOptions("overwrite", collaborative_id=collab.id),
    )
    changed = [r for r in plan.rows if r.outcome != "unchanged"]
    assert [(r.contact_id, r.changes) for r in changed] == [
        (contact_id, {"last_name": (before.last_name, "Renombrado")})
    ]
