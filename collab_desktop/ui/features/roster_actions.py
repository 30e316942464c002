"""Roster actions in the main window: import (menu, Ctrl+I, drop a file), export, history, copy emails."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from collab_desktop.domain.translation import translate
from collab_desktop.ui.dialogs.confirm import show_error
from collab_desktop.ui.host import Menu
from collab_desktop.ui.icons import icon
from collab_desktop.ui.operations import Operation

if TYPE_CHECKING:
    from collab_desktop.ui.host import WindowHost

ROSTER_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".txt")


class RosterActions(QObject):
    """Owns the roster actions of one main window."""

    def __init__(self, host: WindowHost) -> None:
        super().__init__(host.parent)
        self.host = host
        self.window = host.parent  # the parent of this feature's dialogs and actions
        self.import_action = self._action(
            translate("RosterActions", "&Import roster…"),
            self.import_roster,
            "Ctrl+I",
            "import",
            translate("RosterActions", "Import contacts from Excel or CSV"),
        )
        self.export_action = self._action(
            translate("RosterActions", "&Export roster…"),
            self.export_roster,
            "Ctrl+Shift+E",
            "export",
            translate("RosterActions", "Export a roster to Excel"),
        )
        self.history_action = self._action(
            translate("RosterActions", "Import &history…"),
            self.show_history,
            None,
            "undo",
            translate("RosterActions", "Past imports, with Undo"),
        )
        self.copy_emails_action = self._action(
            translate("RosterActions", "Copy &emails of the listed contacts"),
            self.copy_emails,
            "Ctrl+Shift+C",
            "copy",
            translate(
                "RosterActions",
                "Copy the selected (or listed) contacts' emails for Outlook's To: field",
            ),
        )
        for action in (self.import_action, self.export_action, self.history_action):
            host.add_action(Menu.FILE, action)
        host.add_action(Menu.EDIT, self.copy_emails_action, separator_before=True)
        self.window.setAcceptDrops(True)
        self.window.installEventFilter(self)
        self.wizard = None

    def _action(self, text: str, slot, shortcut: str | None, icon_name: str, tip: str) -> QAction:  # noqa: ANN001
        action = QAction(icon(icon_name), text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    # --- import -----------------------------------------------------------------------
    def import_roster(self, path: Path | None = None) -> QWidget | None:
        """Open the import wizard (on a dropped file, when given)."""
        from collab_desktop.ui.dialogs.import_wizard import ImportWizard

        if self.host.ctx.db.read_only:
            show_error(
                self.window,
                translate("RosterActions", "Import roster"),
                translate("RosterActions", "This database is open read-only."),
            )
            return None
        self.wizard = ImportWizard(self.host.ctx, path, self.window)
        self.wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.wizard.open()
        return self.wizard

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Accept a roster file dropped anywhere on the window and open the wizard on it."""
        if watched is self.window and event.type() in (QEvent.Type.DragEnter, QEvent.Type.Drop):
            path = _dropped_roster(event)  # type: ignore[arg-type]
            if path is not None:
                event.acceptProposedAction()  # type: ignore[attr-defined]
                if event.type() == QEvent.Type.Drop:
                    self.import_roster(path)
                return True
        return super().eventFilter(watched, event)

    # --- export -----------------------------------------------------------------------
    def export_roster(self, collaborative: str | None = None, path: str | None = None) -> None:
        from collab_desktop.services.directory.collaboratives import list_collaboratives

        title = translate("RosterActions", "Export roster")
        collaboratives = list_collaboratives(self.host.ctx.db)
        if collaborative is None:
            everyone_label = translate("RosterActions", "All contacts (one row per membership)")
            names = [everyone_label, *(c.name for c in collaboratives)]
            collaborative, ok = QInputDialog.getItem(
                self.window,
                title,
                translate("RosterActions", "Export the roster of:"),
                names,
                0,
                False,
            )
            if not ok:
                return
        match = next((c for c in collaboratives if c.name == collaborative), None)
        if path is None:
            db_path = self.host.ctx.db.path
            folder = db_path.parent if db_path else Path.home()
            start = folder / translate("RosterActions", "{name} roster.xlsx").format(
                name=match.name if match else translate("RosterActions", "Contacts")
            )
            path, _ = QFileDialog.getSaveFileName(
                self.window,
                title,
                str(start),
                translate("RosterActions", "Excel workbook (*.xlsx)"),
            )
            if not path:
                return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        from collab_desktop.services.rosters.roster_export import export_roster
        from collab_desktop.ui.settings import exports_need_consent

        ctx = self.host.ctx
        everyone = not exports_need_consent()
        Operation(
            ctx, self.window, title,
            lambda: export_roster(ctx.db, path, match.id if match else None, everyone),
        ).success(
            lambda n: self.host.show_status(
                translate("RosterActions", "Exported %n rows to {path}", None, n).format(path=path),
                8000,
            )
        ).run_in_background()  # fmt: skip

    # --- history and emails -------------------------------------------------------------
    def show_history(self) -> QWidget:
        from collab_desktop.ui.dialogs.import_history import ImportHistoryDialog

        dialog = ImportHistoryDialog(self.host.ctx, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def copy_emails(self) -> str:
        """The selected contacts' emails (or, with none selected, the listed ones) to the clipboard."""
        from collab_desktop.io.roster_export import emails_for_clipboard

        records = self.host.chosen_contacts()
        text = emails_for_clipboard(r.email for r in records)
        QGuiApplication.clipboard().setText(text)
        count = len(text.split("; ")) if text else 0
        self.host.show_status(
            translate("RosterActions", "Copied %n email addresses", None, count), 5000
        )
        return text


def _dropped_roster(event: QDragEnterEvent | QDropEvent) -> Path | None:
    mime = event.mimeData()
    if not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile() and url.toLocalFile().lower().endswith(ROSTER_SUFFIXES):
            return Path(url.toLocalFile())
    return None


def install_roster_actions(host: WindowHost) -> RosterActions:
    """Add the roster actions to a window's File and Edit menus (and accept dropped rosters)."""
    return RosterActions(host)
