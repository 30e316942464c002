"""Who is registered for one session: statuses, capacity, add people by search or a whole group."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from collab_desktop.domain.changes import ChangeSet, Kind
from collab_desktop.domain.records import RegistrationRecord, SessionRecord
from collab_desktop.domain.series_records import BulkAddResult
from collab_desktop.domain.translation import translate
from collab_desktop.services.directory.collaboratives import list_collaboratives
from collab_desktop.services.directory.vocabulary import list_roles
from collab_desktop.services.sessions import registrations as rsvc
from collab_desktop.services.sessions.attendance import shown_status
from collab_desktop.services.sessions.role_restrictions import role_problems
from collab_desktop.services.sessions.waitlist import WAITLISTED
from collab_desktop.services.undo.links import register_collaborative_with_undo, register_with_undo
from collab_desktop.services.undo.undo import set_status_with_undo
from collab_desktop.ui.accessibility import name_from_labels
from collab_desktop.ui.context import AppContext
from collab_desktop.ui.dialogs.confirm import confirm, show_error
from collab_desktop.ui.dialogs.contact_picker import ContactPickerDialog
from collab_desktop.ui.icons import icon
from collab_desktop.ui.models.record_table_model import Column
from collab_desktop.ui.operations import Operation, fetch_or_none
from collab_desktop.ui.widgets.related_list import RelatedList
from collab_desktop.ui.widgets.waitlist_list import WaitlistList, person_name, with_key
from collab_desktop.ui.widgets.wrapping_row import WrappingRow

# Keys that work while the focus is in the registrations table.
ATTENDED_KEY = "Ctrl+Shift+A"
EXCUSED_KEY = "Ctrl+Shift+X"
ABSENT_KEY = "Ctrl+Shift+B"
CANCEL_KEY = "Ctrl+Shift+Delete"


class AddGroupDialog(QDialog):
    """Choose a collaborative (or all of them) and optionally a role."""

    def __init__(self, ctx: AppContext, default_collaborative: int | None, role: str = "",
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(translate("AddGroupDialog", "Add a whole collaborative"))
        self.collaborative = QComboBox()
        for c in list_collaboratives(ctx.db):
            self.collaborative.addItem(f"{c.name} ({c.member_count})", c.id)
        self.collaborative.addItem(
            translate("AddGroupDialog", "All collaboratives (combined roster)"), None
        )
        index = self.collaborative.findData(default_collaborative)
        self.collaborative.setCurrentIndex(max(index, 0))
        self.role = QComboBox()
        self.role.addItem(translate("AddGroupDialog", "Any role"), "")
        for name in list_roles(ctx.db):
            self.role.addItem(translate("Vocabulary", name), name)
        self.role.setCurrentIndex(max(self.role.findData(role), 0))
        form = QFormLayout(self)
        form.addRow(translate("AddGroupDialog", "Co&llaborative"), self.collaborative)
        form.addRow(translate("AddGroupDialog", "Only members with &role"), self.role)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("AddGroupDialog", "Add everyone")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        name_from_labels(self)

    def choice(self) -> tuple[int | None, str]:
        return self.collaborative.currentData(), str(self.role.currentData() or "")


class RegistrationsPanel(RelatedList):
    """The registrations of the session shown in the session form, its waitlist apart."""

    # A message for the status bar (e.g. who moved up from the waitlist).
    status_message = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("RegistrationsPanel", "Registrations"),
            [
                Column(
                    translate("RegistrationsPanel", "Name"),
                    person_name,
                    lambda r: (r.last_name.lower(), r.first_name.lower()),
                ),
                Column(translate("RegistrationsPanel", "Email"), lambda r: r.email),
                Column(translate("RegistrationsPanel", "Status"), self._status),
                Column(
                    translate("RegistrationsPanel", "Walk-in"),
                    lambda r: translate("RegistrationsPanel", "yes") if r.walk_in else "",
                ),
            ],
            # The stored status and the one shown (in the chosen language) both find a row.
            lambda r: f"{person_name(r)}\t{r.email}\t{r.status}\t{self._status(r)}",
            parent,
        )
        self.ctx = ctx
        self._session: SessionRecord | None = None
        self.table.view.setAccessibleName(translate("RegistrationsPanel", "Registrations"))
        self.whole_series = QCheckBox(translate("RegistrationsPanel", "For the whole series"))
        self.whole_series.setToolTip(
            translate("RegistrationsPanel", "Also register them for every later occurrence")
        )
        # Adding people on one row, marking them on the next: each wraps in a narrow form.
        self.add_people_button = self._button(
            "member-add",
            translate("RegistrationsPanel", "Add people…"),
            translate("RegistrationsPanel", "Find contacts and register them"),
        )
        self.add_group_button = self._button(
            "collaborative",
            translate("RegistrationsPanel", "Add collaborative…"),
            translate(
                "RegistrationsPanel",
                "Register every member of a collaborative (or of a role) in one step",
            ),
        )
        adding = WrappingRow(
            [self.add_people_button], [self.add_group_button], [self.whole_series],
            last_at_right=False,
        )  # fmt: skip
        layout = self.layout()
        layout.insertWidget(layout.indexOf(self.table) + 1, adding)
        self.attended_button = self._mark_button(
            "check",
            translate("RegistrationsPanel", "Attended"),
            translate("RegistrationsPanel", "Mark the selected people as attended"),
            ATTENDED_KEY,
        )
        self.excused_button = self._mark_button(
            "info",
            translate("RegistrationsPanel", "Excused"),
            translate(
                "RegistrationsPanel", "Mark the selected people as excused (not counted absent)"
            ),
            EXCUSED_KEY,
        )
        self.absent_button = self._mark_button(
            "cancel",
            translate("RegistrationsPanel", "Absent"),
            translate("RegistrationsPanel", "Mark the selected people as absent (no-show)"),
            ABSENT_KEY,
        )
        self.cancel_button = self._mark_button(
            "member-remove",
            translate("RegistrationsPanel", "Cancel registration"),
            translate(
                "RegistrationsPanel",
                "Cancel the selected registrations; the first person waiting moves up",
            ),
            CANCEL_KEY,
        )
        # Who moved up after the last change, shown under the table until the session changes.
        self.moved_up = QLabel()
        self.moved_up.setWordWrap(True)
        self.moved_up.setVisible(False)
        layout.addWidget(self.moved_up)
        self.waitlist = WaitlistList(ctx, self)
        self.waitlist.promoted.connect(self._say_moved_up)
        layout.addWidget(self.waitlist)
        self.add_people_button.clicked.connect(self.add_people)
        self.add_group_button.clicked.connect(self.add_group)
        self.attended_button.clicked.connect(lambda: self.set_status("attended"))
        self.excused_button.clicked.connect(lambda: self.set_status("excused"))
        self.absent_button.clicked.connect(lambda: self.set_status("absent"))
        self.cancel_button.clicked.connect(lambda: self.set_status("cancelled"))
        ctx.events.changes.connect(self._on_changes)

    @staticmethod
    def _button(icon_name: str, text: str, tooltip: str) -> QPushButton:
        button = QPushButton(icon(icon_name), text)
        button.setToolTip(tooltip)
        return button

    def _mark_button(self, icon_name: str, text: str, tooltip: str, key: str) -> QPushButton:
        button = self.add_button(icon_name, text, tooltip)
        button.setAccessibleName(text)
        with_key(self.table, button, key)
        return button

    def _status(self, r: RegistrationRecord) -> str:
        """The status as shown: 'not yet marked' once the session is over, in the language."""
        end = self._session.end if self._session is not None else None
        status = shown_status(r.status, end) if end is not None else r.status
        return translate("Vocabulary", status)

    def load(self, session: SessionRecord | None) -> None:
        """Show a session's registrations with its capacity, e.g. 'Registrations (12/20)', and
        the people waiting apart, in the order they move up."""
        records = None
        if session is not None and session.id is not None:
            # None: the session itself is gone (e.g. its creation was undone); show nothing.
            records = fetch_or_none(rsvc.list_registrations, self.ctx.db, session.id)
        if records is None:
            session, records = None, []
        # Any reload (another change, Edit > Undo) makes "who moved up" old news.
        self.moved_up.setVisible(False)
        self._session = session
        saved = session is not None
        waiting = [r for r in records if r.status == WAITLISTED]
        places = [r for r in records if r.status != WAITLISTED]
        active = sum(1 for r in places if r.status != "cancelled")
        title = translate("RegistrationsPanel", "Registrations")
        if saved:
            title = translate("RegistrationsPanel", "Registrations ({capacity})").format(
                capacity=rsvc.capacity_text(active, session.capacity)
            )
            if session.capacity and active > session.capacity:
                title = translate("RegistrationsPanel", "{title} — over capacity").format(
                    title=title
                )
            if count := len(waiting):
                title = translate("RegistrationsPanel", "{title} · %n waiting", None, count).format(
                    title=title
                )
        self.set_records(places, title)
        self.waitlist.show_line(waiting)
        self.whole_series.setVisible(saved and session.series_id is not None)
        for w in (self.add_people_button, self.add_group_button, self.attended_button,
                  self.excused_button, self.absent_button, self.cancel_button):  # fmt: skip
            w.setEnabled(saved)

    def _refused(self, error: Exception) -> None:
        """Say why the marks were not saved, then show the registrations as they are now."""
        show_error(self, translate("RegistrationsPanel", "Registrations"), str(error))
        self.load(self._session)

    def _say_moved_up(self, names: list[str]) -> None:
        """Tell the user who moved up from the waitlist, in the panel and the status bar."""
        if not names:
            return
        if len(names) == 1:
            text = translate(
                "RegistrationsPanel", "{names} moved up from the waitlist.", "one person"
            )
        else:
            text = translate(
                "RegistrationsPanel", "{names} moved up from the waitlist.", "several people"
            )
        text = text.format(names=", ".join(names))
        self.moved_up.setText(text)
        self.moved_up.setVisible(True)
        self.status_message.emit(
            translate("RegistrationsPanel", "{message} Ctrl+Z undoes this.").format(message=text)
        )

    def _on_changes(self, changes: ChangeSet) -> None:
        """Reload after any change to registrations, people or sessions (Edit > Undo included)."""
        if self._session is not None and changes.touches(
            Kind.REGISTRATION, Kind.CONTACT, Kind.SESSION
        ):
            self.load(self._session)

    def add_people(self) -> None:
        """Register the people picked: one Edit > Undo step, the series sign-up included.

        People outside a session's role are registered only when the user says so.
        """
        if self._session is None or self._session.id is None:
            return
        existing = {r.contact_id for r in self.table.model.records() if r.status != "cancelled"}
        title = translate("RegistrationsPanel", "Register people")
        dialog = ContactPickerDialog(self.ctx, title, existing, parent=self)
        if not dialog.exec():
            return
        chosen = dialog.selected_ids()
        whole_series = self.whole_series.isVisibleTo(self) and self.whole_series.isChecked()
        session_id = self._session.id

        def register() -> object:
            outside = role_problems(self.ctx.db, session_id, chosen, whole_series)
            any_role = bool(outside) and confirm(
                self,
                title,
                translate("RegistrationsPanel", "{problems}\n\nRegister them anyway?").format(
                    problems="\n".join(outside.values())
                ),
            )
            people = chosen if any_role else [c for c in chosen if c not in outside]
            return register_with_undo(self.ctx.db, session_id, people, whole_series, any_role)

        Operation(self.ctx, self, title, register).undo_step().run()

    def add_group(self) -> None:
        """Register a whole collaborative (or role): one undo step for those not yet registered."""
        if self._session is None or self._session.id is None:
            return
        dialog = AddGroupDialog(
            self.ctx, self._session.collaborative_id, self._session.restricted_role, self
        )
        if not dialog.exec():
            return
        collab_id, role = dialog.choice()
        only = self._session.restricted_role.strip()
        if only and role.strip().lower() != only.lower():
            if role:
                question = translate(
                    "RegistrationsPanel",
                    "This session is only for {role}s. Add members with the role {chosen} anyway?",
                )
            else:
                question = translate(
                    "RegistrationsPanel",
                    "This session is only for {role}s. Add members of every role anyway?",
                )
            question = question.format(
                role=translate("Vocabulary", only), chosen=translate("Vocabulary", role)
            )
            if not confirm(
                self, translate("RegistrationsPanel", "Add a whole collaborative"), question
            ):
                return
        session_id = self._session.id

        def added(result: tuple[BulkAddResult, object]) -> None:
            self.title.setText(
                translate(
                    "RegistrationsPanel", "{title}  ·  added {added}, {already} already registered"
                ).format(title=self.title.text(), added=result[0].added, already=result[0].already)
            )

        Operation(
            self.ctx, self, translate("RegistrationsPanel", "Add collaborative"),
            lambda: register_collaborative_with_undo(
                self.ctx.db, session_id, collab_id, role or None
            ),
        ).undo_step(lambda r: r[1]).success(added).run()  # fmt: skip

    def set_status(self, status: str) -> None:
        """Mark the selected people; Edit > Undo gives each one back the status it had."""
        chosen = self.table.selected_records()
        if not chosen:
            return
        count = len(chosen)
        if count == 1:
            question = translate("RegistrationsPanel", "Cancel the registration of 1 person?")
        else:
            question = translate(
                "RegistrationsPanel", "Cancel the registration of %n people?", None, count
            )
        if status == "cancelled" and not confirm(
            self, translate("RegistrationsPanel", "Cancel registration"), question
        ):
            return
        ids = [r.id for r in chosen]
        # The versions shown: a registration someone else marked meanwhile is not overwritten.
        versions = {r.id: r.version for r in chosen if r.version is not None}
        Operation(
            self.ctx,
            self,
            translate("RegistrationsPanel", "Registrations"),
            lambda: set_status_with_undo(self.ctx.db, ids, status, versions),
        ).undo_step().success(lambda change: self._say_moved_up(
            [m.name for m in change.promoted]
        )).failure(self._refused).run()  # fmt: skip
