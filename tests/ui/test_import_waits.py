"""An import from the window that waits for another coordinator's import says so in its progress."""

from __future__ import annotations

import threading
from pathlib import Path

import openpyxl
from PySide6.QtWidgets import QProgressDialog

from collab_desktop.domain.import_records import ImportOptions
from collab_desktop.io.roster_reader import read_roster
from collab_desktop.services.directory.contacts import contact_by_email
from collab_desktop.services.rosters.roster_plan import plan_import
from collab_desktop.services.rosters.saved_mappings import mapping_for
from collab_desktop.store.import_lock import import_lock
from collab_desktop.store.open import open_database
from collab_desktop.ui.dialogs.import_wizard_preview import _apply
from collab_desktop.ui.operations import Operation


def test_the_progress_says_whose_import_it_waits_for(window, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    db = window.ctx.db
    wb = openpyxl.Workbook()
    for row in (["First Name", "Last Name", "Email"], ["Eve", "Hart", "eve@x.org"]):
        wb.active.append(row)
    wb.save(tmp_path / "r.xlsx")
    table = read_roster(tmp_path / "r.xlsx")
    plan = plan_import(db, table, mapping_for(db, table), ImportOptions())

    other = open_database(db.url)[0]
    holding, release = threading.Event(), threading.Event()

    def dana_imports() -> None:  # another coordinator's import, held inside its lock
        with other.session() as s, import_lock(s, "dana", 5):
            holding.set()
            release.wait(30)

    holder = threading.Thread(target=dana_imports)
    holder.start()
    try:
        assert holding.wait(10)
        outcome: list[object] = []
        Operation(window.ctx, window, "Import roster", lambda task: _apply(task, db, plan)).success(
            outcome.append
        ).run_in_background(progress="Importing the roster…", with_task=True)

        def waiting_shown() -> bool:
            return any(
                d.isVisible()
                and d.labelText().startswith(
                    "Another import into this database is running (started by dana at "
                )
                for d in window.findChildren(QProgressDialog)
            )

        qtbot.waitUntil(waiting_shown, timeout=10000)
        assert not outcome
    finally:
        release.set()
        holder.join(30)
        other.dispose()
    qtbot.waitUntil(lambda: bool(outcome), timeout=15000)
    assert outcome[0].added == 1
    assert contact_by_email(db, "eve@x.org").first_name == "Eve"
