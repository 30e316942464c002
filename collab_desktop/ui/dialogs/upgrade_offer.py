"""Opening a database of an older release: ask first, then back it up and upgrade it in the
background (the same service as ``collab-desktop upgrade-db``), with progress."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from collab_desktop import APP_NAME, __version__
from collab_desktop.domain.translation import QT_TRANSLATE_NOOP, translate
from collab_desktop.services.safety.upgrades import (
    PendingUpgrade,
    pending_upgrade,
    upgrade_database,
)
from collab_desktop.ui.off_thread import off_the_gui_thread
from collab_desktop.ui.tasks import TaskRunner

TITLE = QT_TRANSLATE_NOOP("UpgradeOffer", "Upgrade database")


def _title() -> str:
    return translate("UpgradeOffer", TITLE)


def upgrade_question(pending: PendingUpgrade) -> str:
    """The question the user answers before an older database is upgraded."""
    others = (
        translate(
            "UpgradeOffer",
            "Every workstation that uses this team database then needs this release "
            "({app} {version}) or later.",
        ).format(app=APP_NAME, version=__version__)
        if pending.on_server
        else translate("UpgradeOffer", "Older releases of the app will no longer open it.")
    )
    return translate(
        "UpgradeOffer",
        "This database was made by an older release of {app}:\n{where}\n"
        "(schema {old}; this release uses {new}).\n\n"
        "Upgrade now? A backup is saved first to:\n"
        "{backups}\n\n{others}\n\n"
        "No leaves the database as it is and does not open it.",
    ).format(
        app=APP_NAME,
        where=pending.where,
        old=pending.from_revision,
        new=pending.to_revision,
        backups=pending.backup_folder,
        others=others,
    )


def offer_upgrade(
    target: Path | str,
    parent: QWidget | None,
    read_only: bool = False,
    in_background: bool = False,
) -> bool:
    """True when target may be opened now: it needs no upgrade, or the user said Yes and it was
    upgraded. False when the user said No or the upgrade failed (after saying why).

    Raises what opening would (a newer schema, not a Collab Desktop database, no server) so the
    caller says it as it does for any database that cannot be opened. With in_background the
    schema is read on a thread (a server may take up to its connect timeout to answer).
    """
    if in_background:
        pending = off_the_gui_thread(lambda: pending_upgrade(target))
    else:
        pending = pending_upgrade(target)
    if pending is None:
        return True
    if read_only:
        QMessageBox.information(
            parent,
            _title(),
            translate(
                "UpgradeOffer",
                "{where} was made by an older release and needs an upgrade, which a read-only "
                "window cannot do. Open it where it is open for editing.",
            ).format(where=pending.where),
        )
        return False
    answer = QMessageBox.question(
        parent,
        _title(),
        upgrade_question(pending),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    error = run_upgrade(target, pending, parent)
    if error is not None:
        QMessageBox.warning(parent, _title(), error)
        return False
    return True


def run_upgrade(target: Path | str, pending: PendingUpgrade, parent: QWidget | None) -> str | None:
    """Back up and upgrade on a worker thread while a progress dialog shows; None when done,
    else the message saying why it failed (the database was left as it was)."""
    dialog = QProgressDialog(
        translate(
            "UpgradeOffer",
            "Saving a backup of {where}, then upgrading it…\n"
            "The database is left as it was if anything fails.",
        ).format(where=pending.where),
        "",
        0,
        0,
        parent,
    )
    dialog.setWindowTitle(_title())
    dialog.setCancelButton(None)  # an upgrade is one transaction: it finishes or changes nothing
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    runner = TaskRunner(parent)
    loop = QEventLoop()
    outcome: dict[str, str | None] = {}

    def done(_report: object) -> None:
        outcome["error"] = None
        loop.quit()

    def failed(exc: BaseException, _details: str) -> None:
        outcome["error"] = failure_text(exc, target)
        loop.quit()

    runner.run(upgrade_database, target, on_done=done, on_error=failed)
    dialog.show()
    if "error" not in outcome:
        loop.exec()
    dialog.hide()
    dialog.deleteLater()
    runner.deleteLater()
    return outcome["error"]


def failure_text(exc: BaseException, target: Path | str) -> str:
    """One message for a failed upgrade: the store's own words, or the server's one line."""
    from collab_desktop.store.errors import DatabaseFileError
    from collab_desktop.store.failures import server_failure_message

    if isinstance(exc, DatabaseFileError):
        return str(exc)
    message = server_failure_message(exc, str(target))
    if message is not None:
        return translate("UpgradeOffer", "The upgrade did not happen: {reason}").format(
            reason=message
        )
    if isinstance(exc, OSError):
        return translate(
            "UpgradeOffer", "The backup before the upgrade could not be saved: {reason}."
        ).format(reason=exc.strerror or exc)
    return translate(
        "UpgradeOffer", "The upgrade failed ({reason}); the database was left as it was."
    ).format(reason=exc)
