"""File > Documents: certificates and their settings, name badges, a transcript, e-mail drafts,
mailto: links and the e-mail templates.

Each action asks what it needs in a dialog and runs the service in the background; the
documents themselves are made in the core (services/documents), as on the command line.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMenu, QMessageBox

from collab_desktop.domain.email_templates import EMAIL_KINDS
from collab_desktop.domain.translation import QT_TRANSLATE_NOOP, translate
from collab_desktop.services.directory.collaboratives import list_collaboratives
from collab_desktop.services.sessions.sessions import get_session
from collab_desktop.ui.host import Menu, WindowHost
from collab_desktop.ui.operations import Operation

if TYPE_CHECKING:
    from collab_desktop.domain.document_records import CertificateBatch
    from collab_desktop.domain.records import CollaborativeRecord, SessionRecord
    from collab_desktop.services.documents.certificates import CertificateScope
    from collab_desktop.ui.dialogs.certificate_settings_dialog import CertificateSettingsDialog
    from collab_desktop.ui.dialogs.certificates_dialog import CertificatesDialog
    from collab_desktop.ui.dialogs.email_templates_dialog import EmailTemplatesDialog
    from collab_desktop.ui.tasks import TaskContext

LAYOUTS = {
    QT_TRANSLATE_NOOP("DocumentActions", "Letter, 6 badges of 4 x 3 in"): "letter-6",
    QT_TRANSLATE_NOOP("DocumentActions", "A4, 8 badges"): "a4-8",
}
CERTIFICATES_SHORTCUT = "Ctrl+Shift+T"
BADGES_SHORTCUT = "Ctrl+Shift+N"
EMAIL_DRAFT_SHORTCUT = "Ctrl+Shift+M"


class DocumentActions:
    """The Documents submenu; ``current_session`` and ``current_contact`` give the selection."""

    def __init__(self, host: WindowHost) -> None:
        self.host = host
        self.window = host.parent  # the parent of this feature's dialogs
        self.ctx = host.ctx
        self.current_session = host.selected_session_id
        self.current_contact = host.current_contact_id
        self.menu = QMenu(translate("DocumentActions", "&Documents"), self.window)
        self.certificates = self._add(
            translate("DocumentActions", "&Certificates of attendance…"),
            self.issue_certificates,
            CERTIFICATES_SHORTCUT,
        )
        self.certificate_settings = self._add(
            translate("DocumentActions", "Certificate &settings…"), self.edit_settings
        )
        self.badges = self._add(
            translate("DocumentActions", "&Name badges…"), self.write_badges, BADGES_SHORTCUT
        )
        self.transcript = self._add(
            translate("DocumentActions", "&Transcript for the selected contact…"),
            self.write_transcript,
        )
        self.menu.addSeparator()
        self.email_draft = self._add(
            translate("DocumentActions", "&E-mail draft (.eml)…"),
            self.write_email_draft,
            EMAIL_DRAFT_SHORTCUT,
        )
        self.mailto = self._add(
            translate("DocumentActions", "&Open e-mail in mail app…"), self.open_in_mail_app
        )
        self.email_templates = self._add(
            translate("DocumentActions", "E-mail te&mplates…"), self.edit_templates
        )

    def _add(self, text: str, slot, shortcut: str = "") -> QAction:  # noqa: ANN001
        action = self.menu.addAction(text)
        if shortcut:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    # --- helpers ------------------------------------------------------------------------
    def _session(self, what: str) -> SessionRecord | None:
        session_id = self.current_session()
        if session_id is None:
            QMessageBox.information(
                self.window,
                what,
                translate("DocumentActions", "Select a session first (in the Sessions tab)."),
            )
            return None
        found = Operation(self.ctx, self.window, what, lambda: get_session(self.ctx.db, session_id))
        return found.result if found.run() else None

    def _folder(self) -> Path:
        return self.ctx.db.path.parent if self.ctx.db.path else Path.home()

    def _status(self, text: str) -> None:
        self.host.show_status(text, 8000)

    def _written_status(self, what: str, count: int, path: str) -> None:
        """Say in the status bar that a transcript or a draft was written."""
        if what == "transcript":
            text = translate(
                "DocumentActions", "Transcript of %n session(s) written to {path}", None, count
            )
        else:
            text = translate("DocumentActions", "Draft to %n people written to {path}", None, count)
        self._status(text.format(path=path))

    def _run(self, title: str, fn, *args, done) -> None:  # noqa: ANN001
        Operation(self.ctx, self.window, title, lambda: fn(*args)).success(done).run_in_background()

    # --- actions ------------------------------------------------------------------------
    def _selected_session(self) -> SessionRecord | None:
        """The session selected in the Sessions tab, if any (no message when there is none)."""
        session_id = self.current_session()
        if session_id is None:
            return None
        found = Operation(self.ctx, self.window, translate("DocumentActions", "Documents"),
                          lambda: get_session(self.ctx.db, session_id))  # fmt: skip
        return found.result if found.run() else None

    def _collaboratives(self) -> list[CollaborativeRecord] | None:
        found = Operation(self.ctx, self.window, translate("DocumentActions", "Documents"),
                          lambda: list_collaboratives(self.ctx.db))  # fmt: skip
        return found.result if found.run() else None

    def certificates_dialog(self) -> CertificatesDialog | None:
        """The dialog that asks whose certificates to write (opened by the menu; tests fill it)."""
        from collab_desktop.ui.dialogs.certificates_dialog import CertificatesDialog

        collaboratives = self._collaboratives()
        if collaboratives is None:
            return None
        return CertificatesDialog(collaboratives, self._selected_session(),
                                  self._folder() / translate("DocumentActions", "Certificates"), self.window)  # fmt: skip

    def issue_certificates(self) -> None:
        """Ask for a session, a series or a collaborative over dates; write in the background."""
        dialog = self.certificates_dialog()
        if dialog is not None and dialog.exec() == QDialog.DialogCode.Accepted:
            self.write_certificates(dialog.scope(), dialog.min_attended(), dialog.folder())

    def write_certificates(
        self, scope: CertificateScope, min_attended: int | None, folder: Path
    ) -> None:
        """Issue the batch into folder in the background, with progress and Cancel (which
        leaves nothing written); the status bar says where it went."""
        from collab_desktop.services.documents.certificates import issue_certificates

        def work(task: TaskContext) -> CertificateBatch:
            def step(done: int, total: int) -> None:
                task.progress(done, total)
                task.check()

            return issue_certificates(self.ctx.db, scope, folder, min_attended, progress=step)

        (
            Operation(self.ctx, self.window,
                      translate("DocumentActions", "Certificates of attendance"), work)
            .success(self._certificates_written)
            .cancelled(lambda: self._status(
                translate("DocumentActions", "Certificates cancelled; nothing was written.")))
            .run_in_background(progress=translate("DocumentActions", "Writing the certificates…"),
                               with_task=True)
        )  # fmt: skip

    def _certificates_written(self, batch: CertificateBatch) -> None:
        written = len(batch.files)
        self._status(
            translate(
                "DocumentActions", "%n certificate(s) written; all of them in {file}", None, written
            ).format(file=batch.combined)
        )

    def settings_dialog(self) -> CertificateSettingsDialog | None:
        from collab_desktop.ui.dialogs.certificate_settings_dialog import (
            CertificateSettingsDialog,
        )

        collaboratives = self._collaboratives()
        if collaboratives is None:
            return None
        session = self._selected_session()
        return CertificateSettingsDialog(self.ctx, collaboratives,
                                         session.collaborative_id if session else None,
                                         self.window)  # fmt: skip

    def edit_settings(self) -> None:
        """Edit what a collaborative's certificates print."""
        dialog = self.settings_dialog()
        if dialog is not None:
            dialog.exec()

    def templates_dialog(self) -> EmailTemplatesDialog:
        from collab_desktop.ui.dialogs.email_templates_dialog import EmailTemplatesDialog

        return EmailTemplatesDialog(self.ctx, "invitation", self.window)

    def edit_templates(self) -> None:
        """Edit the invitation, reminder and thank-you e-mails."""
        self.templates_dialog().exec()

    def write_badges(self) -> None:
        from collab_desktop.services.documents.badges import export_badges

        title = translate("DocumentActions", "Name badges")
        session = self._session(title)
        if session is None:
            return
        layouts = {translate("DocumentActions", label): key for label, key in LAYOUTS.items()}
        layout, ok = QInputDialog.getItem(
            self.window, title, translate("DocumentActions", "Sheet:"), list(layouts), 0, False
        )
        if not ok:
            return
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            title,
            str(self._folder() / translate("DocumentActions", "badges.pdf")),
            translate("DocumentActions", "PDF (*.pdf)"),
        )
        if not path:
            return
        self._run(
            title, export_badges, self.ctx.db, Path(path), session.id, layouts[layout],
            done=lambda n: self._status(
                translate("DocumentActions", "%n badge(s) written to {path}", None, n).format(
                    path=path)),
        )  # fmt: skip

    def write_transcript(self) -> None:
        from collab_desktop.services.documents.transcripts import export_transcript

        title = translate("DocumentActions", "Transcript")
        contact_id = self.current_contact()
        if contact_id is None:
            QMessageBox.information(
                self.window,
                title,
                translate("DocumentActions", "Select a contact first (Contacts tab)."),
            )
            return
        path, _ = QFileDialog.getSaveFileName(
            self.window, title, str(self._folder() / translate("DocumentActions", "transcript.pdf")),
            translate("DocumentActions", "PDF (*.pdf);;Excel workbook (*.xlsx)"),
        )  # fmt: skip
        if not path:
            return
        self._run(
            title, export_transcript, self.ctx.db, Path(path), contact_id,
            done=lambda t: self._written_status(
                "transcript", len(t.lines), path),
        )  # fmt: skip

    def _kind(self, title: str) -> str | None:
        """Ask which e-mail (shown by name, in the chosen language); its stored kind."""
        from collab_desktop.ui.dialogs.email_templates_dialog import kind_name

        names = {kind_name(k): k for k in EMAIL_KINDS}
        name, ok = QInputDialog.getItem(
            self.window, title, translate("DocumentActions", "Template:"), list(names), 1, False
        )
        return names.get(name) if ok else None

    def write_email_draft(self) -> None:
        from collab_desktop.services.documents.email_drafts import write_session_draft
        from collab_desktop.ui.settings import exports_need_consent

        title = translate("DocumentActions", "E-mail draft")
        session = self._session(title)
        kind = self._kind(title) if session else None
        if kind is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            title,
            str(self._folder() / f"{kind}.eml"),
            translate("DocumentActions", "E-mail (*.eml)"),
        )
        if not path:
            return
        self._run(
            title, write_session_draft, self.ctx.db, Path(path), session.id, kind,
            exports_need_consent(),
            done=lambda d: self._written_status("draft", len(d.bcc), path),
        )  # fmt: skip

    def open_in_mail_app(self) -> None:
        from collab_desktop.io.email_draft import mailto_links
        from collab_desktop.services.documents.email_drafts import session_draft
        from collab_desktop.ui.settings import exports_need_consent

        title = translate("DocumentActions", "Open e-mail in mail app")
        session = self._session(title)
        kind = self._kind(title) if session else None
        if kind is None:
            return
        consented_only = exports_need_consent()
        made = Operation(
            self.ctx,
            self.window,
            title,
            lambda: session_draft(self.ctx.db, session.id, kind, consented_only),
        )
        if not made.run():
            return
        draft = made.result
        links = mailto_links(draft)
        if len(links) > 1:
            answer = QMessageBox.question(
                self.window,
                title,
                translate(
                    "DocumentActions",
                    "The {addresses} addresses are too many for one message link; {messages} "
                    "messages will open, each to part of the list. The calendar file cannot "
                    "travel in a link: use the e-mail draft (.eml) to attach it.",
                ).format(addresses=len(draft.bcc), messages=len(links)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        for link in links:
            QDesktopServices.openUrl(QUrl(link))
        opened = len(links)
        self._status(
            translate("DocumentActions", "Opened %n message(s) in the mail app", None, opened)
        )


def install_document_actions(host: WindowHost) -> DocumentActions:
    """Add File > Documents."""
    actions = DocumentActions(host)
    host.add_action(Menu.FILE, actions.menu.menuAction())
    return actions
