"""What the import wizard's pages share: the table read, the mapping, the options, the plan, and
what the import did.

ImportWizard (import_wizard.py) builds on this class and adds the pages; the pages of
import_wizard_preview.py name it rather than ImportWizard, so only the wizard's module imports
theirs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget, QWizard

from collab_desktop.domain.import_records import ImportOptions

if TYPE_CHECKING:
    from collab_desktop.domain.import_records import ImportPlan, ImportResult, RosterTable
    from collab_desktop.services.undo.undo import RosterImportChange
    from collab_desktop.ui.context import AppContext


class ImportWizardState(QWizard):
    """A wizard holding what its pages choose and what the import did."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.table: RosterTable | None = None
        self.mapping: list[str] = []
        self.options = ImportOptions()
        self.plan: ImportPlan | None = None
        self.result: ImportResult | None = None
        # The finished import as an undo step: Ctrl+Z here undoes it (and nothing older).
        self.import_change: RosterImportChange | None = None
