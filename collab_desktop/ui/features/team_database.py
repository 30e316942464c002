"""The window's team-database commands: connect to a PostgreSQL database, and move a file there."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from collab_desktop.domain.changes import ChangeSet
from collab_desktop.domain.database_address import address_from_url, label_of, without_password
from collab_desktop.domain.translation import translate
from collab_desktop.ui.host import Menu
from collab_desktop.ui.icons import icon
from collab_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from collab_desktop.services.safety.copy_database import CopyResult
    from collab_desktop.ui.dialogs.team_database_dialog import TeamDatabaseDialog
    from collab_desktop.ui.host import WindowHost


class TeamDatabase(QObject):
    """File > Connect to team database… and File > Move this database to a team server…"""

    def __init__(self, host: WindowHost) -> None:
        super().__init__(host.parent)
        self.host = host
        self.ctx = host.ctx
        self.window = host.parent
        # Test connection waits on the network: its own thread, never queued behind a write.
        self.probes = TaskRunner(self)
        self.dialog: TeamDatabaseDialog | None = None  # the one on screen, for tests

        self.connect_action = QAction(
            icon("database"), translate("TeamDatabase", "Connect to &team database…"), self.window
        )
        self.connect_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.connect_action.setStatusTip(
            translate("TeamDatabase", "Open a shared database on a PostgreSQL server")
        )
        self.connect_action.triggered.connect(self.connect_to_server)
        self.move_action = QAction(
            icon("export"),
            translate("TeamDatabase", "&Move this database to a team server…"),
            self.window,
        )
        self.move_action.setStatusTip(
            translate("TeamDatabase", "Copy this file's records into an empty server database")
        )
        self.move_action.triggered.connect(self.move_to_server)
        self._put_after_open_commands(self.connect_action)
        host.add_action(Menu.FILE, self.move_action, separator_before=True)
        self.ctx.events.changes.connect(self._on_changes)
        self.update()

    def _put_after_open_commands(self, action: QAction) -> None:
        """Connect goes with New, Open and Open recent: above the File menu's first separator."""
        menu = self.host.menus[Menu.FILE]
        first_separator = next((a for a in menu.actions() if a.isSeparator()), None)
        menu.insertAction(first_separator, action)
        self.window.addAction(action)

    def _on_changes(self, changes: ChangeSet) -> None:
        if changes.is_everything():  # another database
            self.update()

    def update(self) -> None:
        """Only a database file can be moved to a server."""
        self.move_action.setEnabled(self.ctx.db.path is not None and not self.ctx.db.read_only)

    # --- Connect -----------------------------------------------------------------------------
    def connect_dialog(self) -> TeamDatabaseDialog:
        """The Connect dialog: OK opens the database in this window (the dialog stays if not)."""
        return self._dialog(
            translate("TeamDatabase", "Connect to team database"),
            translate(
                "TeamDatabase",
                "Open a Collab Desktop database on a PostgreSQL server, shared by the "
                "coordinators of your programme. An empty database is set up the first time it "
                "is opened.",
            ),
            translate("TeamDatabase", "&Connect"),
            self.host.open_database,
        )

    def connect_to_server(self) -> bool:
        """File > Connect to team database…; True once the window shows the server's data."""
        return self._run(self.connect_dialog())

    def reopen(self, url: str) -> bool:
        """Open a team database from Open recent, through the Connect dialog filled in: it asks
        the server off the GUI thread, opens it and closes; or stays, saying why (the server
        asks for a password, say), to fix and try again."""
        dialog = self.connect_dialog()
        dialog.fields.set_address(address_from_url(url))
        dialog.fields.password.setFocus()
        dialog.connect_now()
        return self._run(dialog)

    # --- Move ---------------------------------------------------------------------------
    def move_dialog(self) -> TeamDatabaseDialog:
        """The Move dialog: OK copies this file into the server database named there."""
        return self._dialog(
            translate("TeamDatabase", "Move this database to a team server"),
            translate(
                "TeamDatabase",
                "Copy every record of this database file into an empty database on a PostgreSQL "
                "server (ask the server's administrator for one). The file stays as it is.",
            ),
            translate("TeamDatabase", "&Move"),
            self._start_move,
        )

    def move_to_server(self) -> bool:
        """Ask for an empty server database, copy this file into it, then offer to open it."""
        if self.ctx.db.path is None or not self.host.leave_all_forms():
            return False
        return self._run(self.move_dialog())

    # --- the dialog -----------------------------------------------------------------------
    def _dialog(self, title: str, intro: str, ok_text: str, on_accept) -> TeamDatabaseDialog:  # noqa: ANN001
        from collab_desktop.ui.dialogs.team_database_dialog import TeamDatabaseDialog

        dialog = TeamDatabaseDialog(
            self.window, self.probes, title=title, intro=intro, ok_text=ok_text, on_accept=on_accept
        )
        self.dialog = dialog
        dialog.finished.connect(lambda _code: dialog.deleteLater())
        return dialog

    def _run(self, dialog: TeamDatabaseDialog) -> bool:
        return dialog.exec() == dialog.DialogCode.Accepted

    def _start_move(self, url: str) -> None:
        """Copy in the background with progress, over the dialog, which stays open (with what
        was typed) if the copy is refused and closes once it is done."""
        from collab_desktop.services.safety.team_server import move_to_server
        from collab_desktop.ui.operations import Operation

        source = self.ctx.db.path
        dialog = self.dialog
        assert source is not None and dialog is not None
        where = label_of(without_password(url))
        self.host.show_status(
            translate("TeamDatabase", "Copying to {where}…").format(where=where), 5000
        )
        # The copy is one transaction on the server and cannot stop half-way: Cancel only stops
        # the waiting. What really happened is kept here so that it is told either way.
        outcome: dict[str, object] = {}

        def move() -> CopyResult:
            try:
                outcome["result"] = move_to_server(source, url)
            except Exception as exc:
                outcome["error"] = exc
                raise
            return outcome["result"]

        Operation(
            self.ctx, dialog, translate("TeamDatabase", "Move to a team server"), move
        ).always(lambda: dialog.set_busy(False)).success(
            lambda result: self._moved(dialog, result, url)
        ).cancelled(lambda: self._after_cancel(dialog, outcome, url)).run_in_background(
            progress=translate("TeamDatabase", "Copying {file} to {where}…").format(
                file=source.name, where=where
            )
        )
        return None  # the dialog stays busy; the operation closes it or frees it

    def _after_cancel(self, dialog: TeamDatabaseDialog, outcome: dict, url: str) -> None:
        """Cancel came too late to stop the copy, or the copy failed meanwhile: say which."""
        if "result" in outcome:
            self._moved(dialog, outcome["result"], url)
        elif "error" in outcome:
            QMessageBox.warning(
                dialog, translate("TeamDatabase", "Move to a team server"), str(outcome["error"])
            )

    def _moved(self, dialog: TeamDatabaseDialog, result: CopyResult, url: str) -> None:
        self.last_move = result
        dialog.accept()
        answer = QMessageBox.question(
            self.window,
            translate("TeamDatabase", "Move to a team server"),
            translate(
                "TeamDatabase",
                "Copied {counts} to {target}.\n\n"
                "Open the team database now? From then on, work there: changes made in the file "
                "are not copied again.",
            ).format(counts=result.describe_counts(), target=result.target),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Open,
        )
        if answer == QMessageBox.StandardButton.Open:
            self.host.open_database(url)


def install_team_database(host: WindowHost) -> TeamDatabase:
    """Add Connect to team database and Move this database to a team server to the File menu."""
    return TeamDatabase(host)
