"""Contacts: the people list, the form, and the collaboratives each person belongs to."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from collab_desktop.domain.changes import Kind
from collab_desktop.domain.records import ContactRecord, ContactRow, DeleteImpact, MembershipRecord
from collab_desktop.domain.translation import translate
from collab_desktop.services.directory import contacts as svc
from collab_desktop.services.directory import memberships as msvc
from collab_desktop.services.directory.collaboratives import list_collaboratives
from collab_desktop.services.directory.vocabulary import (
    add_participant_type,
    add_role,
    list_participant_types,
    list_roles,
)
from collab_desktop.services.undo.links import add_members_with_undo
from collab_desktop.services.undo.undo import Change, delete_with_undo
from collab_desktop.ui.dialogs.confirm import confirm, show_error
from collab_desktop.ui.dialogs.membership_dialog import MembershipDialog, run_membership_editor
from collab_desktop.ui.features.membership_removal import remove_memberships
from collab_desktop.ui.locale_format import month_year, number
from collab_desktop.ui.models.record_table_model import Column
from collab_desktop.ui.operations import Operation
from collab_desktop.ui.tabs.collaboratives_tab import yes_no
from collab_desktop.ui.tabs.record_tab import RecordTab
from collab_desktop.ui.tabs.tab_texts import TabTexts
from collab_desktop.ui.widgets.attendance_history import AttendanceHistoryList
from collab_desktop.ui.widgets.choices import (
    combo_value,
    editable_combo,
    refill_combo,
    set_combo_value,
)
from collab_desktop.ui.widgets.form_panel import FormPanel
from collab_desktop.ui.widgets.recent_attendance import attach_recent_attendance
from collab_desktop.ui.widgets.related_list import RelatedList


def membership_columns() -> list[Column]:
    """The columns of a contact's list of collaboratives."""
    return [
        Column(translate("ContactsTab", "Collaborative"), lambda m: m.collaborative_name),
        Column(translate("ContactsTab", "Role"), lambda m: translate("Vocabulary", m.role)),
        Column(
            translate("ContactsTab", "Joined"),
            lambda m: month_year(m.joined_on) if m.joined_on else "",
            lambda m: m.joined_on.isoformat() if m.joined_on else "",
        ),
        Column(translate("ContactsTab", "Active"), lambda m: yes_no(m.active)),
    ]


class ContactsTab(RecordTab):
    kind = Kind.CONTACT
    noun = "contact"
    # The table shows each person's collaboratives; the form, their attendance.
    reload_kinds = (Kind.MEMBERSHIP, Kind.COLLABORATIVE)
    not_in_form = (*RecordTab.not_in_form, "collaboratives")
    related_kinds = (Kind.REGISTRATION, Kind.SESSION)
    related_shows_record = False

    def tab_texts(self) -> TabTexts:
        return TabTexts(
            records=translate("ContactsTab", "Contacts"),
            search=translate("ContactsTab", "Search name, email or organization"),
            new_record=translate("ContactsTab", "New contact"),
            new_tip=translate("ContactsTab", "Create a new contact (Ctrl+N)"),
            delete_tip=translate("ContactsTab", "Delete the selected contact (Del)"),
            details=translate("ContactsTab", "Contact details"),
            none_selected=translate("ContactsTab", "No contact selected"),
            the_new=translate("ContactsTab", "The new contact"),
            load_failed=translate("ContactsTab", "The contacts could not be loaded: {reason}"),
            history_tip=translate(
                "ContactsTab", "Who changed what in this contact, and when (Ctrl+Shift+H)"
            ),
            history_name=translate("ContactsTab", "History of this contact"),
        )

    def counted(self, n: int) -> str:
        return translate("ContactsTab", "%n contacts", None, n)

    def columns(self) -> list[Column]:
        return [
            Column(translate("ContactsTab", "Last name"), lambda c: c.last_name),
            Column(translate("ContactsTab", "First name"), lambda c: c.first_name),
            Column(translate("ContactsTab", "Email"), lambda c: c.email),
            Column(translate("ContactsTab", "Organization"), lambda c: c.organization),
            Column(
                translate("ContactsTab", "Type"),
                lambda c: translate("Vocabulary", c.participant_type),
            ),
            Column(translate("ContactsTab", "Collaboratives"), lambda c: c.collaboratives),
        ]

    def search_text(self, c: ContactRow) -> str:
        return f"{c.first_name} {c.last_name}\t{c.last_name}, {c.first_name}\t{c.email}\t{c.organization}\t{c.participant_type}"

    background_threshold = 5_000

    def fetch_records(self) -> list[ContactRow]:
        return svc.contact_rows(self.ctx.db)

    def fetch_records_by_ids(self, ids: list[int]) -> list[ContactRow]:
        return svc.contact_rows_by_ids(self.ctx.db, ids)

    def natural_key(self, c: ContactRow) -> tuple[str, str, int]:
        return c.last_name.lower(), c.first_name.lower(), c.id

    def count_records(self) -> int:
        return svc.count_contacts(self.ctx.db)

    def fetch_first_rows(self, limit: int) -> list[ContactRow]:
        return svc.contact_rows(self.ctx.db, limit=limit)

    def fetch_record(self, record_id: int) -> ContactRecord:
        return svc.get_contact(self.ctx.db, record_id)

    def build_form(self, form: FormPanel) -> None:
        self.first_edit = form.add_field(
            "first_name", translate("ContactsTab", "&First name"), QLineEdit()
        )
        self.last_edit = form.add_field(
            "last_name", translate("ContactsTab", "&Last name"), QLineEdit()
        )
        self.email_edit = form.add_field("email", translate("ContactsTab", "&Email"), QLineEdit())
        self.email_edit.setPlaceholderText(translate("ContactsTab", "name@example.org"))
        self.phone_edit = form.add_field("phone", translate("ContactsTab", "Phone"), QLineEdit())
        self.org_edit = form.add_field(
            "organization", translate("ContactsTab", "Organization"), QLineEdit()
        )
        self.dept_edit = form.add_field(
            "department", translate("ContactsTab", "Department"), QLineEdit()
        )
        self.job_edit = form.add_field(
            "job_title", translate("ContactsTab", "Job title"), QLineEdit()
        )
        self.type_combo = form.add_field(
            "participant_type", translate("ContactsTab", "Participant type"), editable_combo([])
        )
        self.type_combo.lineEdit().setPlaceholderText(
            translate("ContactsTab", "Choose or type a new type")
        )
        self.consent_check = form.add_field(
            "consent",
            translate("ContactsTab", "Consent"),
            QCheckBox(translate("ContactsTab", "Agrees to be listed in shared rosters and sheets")),
        )
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        form.add_field("notes", translate("ContactsTab", "Notes"), self.notes_edit)

    def load_form(self, c: ContactRecord | None) -> None:
        c = c or ContactRecord()
        refill_combo(self.type_combo, ["", *list_participant_types(self.ctx.db)])
        self.first_edit.setText(c.first_name)
        self.last_edit.setText(c.last_name)
        self.email_edit.setText(c.email)
        self.phone_edit.setText(c.phone)
        self.org_edit.setText(c.organization)
        self.dept_edit.setText(c.department)
        self.job_edit.setText(c.job_title)
        set_combo_value(self.type_combo, c.participant_type)
        self.consent_check.setChecked(c.consent)
        self.notes_edit.setPlainText(c.notes)

    def read_form(self) -> ContactRecord:
        return ContactRecord(
            id=self.current_id,
            first_name=self.first_edit.text(),
            last_name=self.last_edit.text(),
            email=self.email_edit.text(),
            phone=self.phone_edit.text(),
            organization=self.org_edit.text(),
            department=self.dept_edit.text(),
            job_title=self.job_edit.text(),
            participant_type=combo_value(self.type_combo),
            consent=self.consent_check.isChecked(),
            notes=self.notes_edit.toPlainText(),
        )

    def save_record(self, record: ContactRecord) -> ContactRecord:
        saved = svc.save_contact(self.ctx.db, record)
        if record.participant_type.strip():
            add_participant_type(self.ctx.db, record.participant_type)
        return saved

    def delete_impact(self, ids: list[int]) -> DeleteImpact:
        total = DeleteImpact()
        for i in ids:
            one = svc.contact_delete_impact(self.ctx.db, i)
            total.memberships += one.memberships
            total.registrations += one.registrations
        return total

    def delete_records(self, ids: list[int]) -> Change:
        return delete_with_undo(self.ctx.db, "contact", ids)

    def describe(self, c: ContactRecord | ContactRow) -> str:
        return c.display_name or translate("ContactsTab", "(no name)")

    # --- collaboratives of the contact ----------------------------------------------------
    def build_related(self) -> QWidget:
        self.memberships = RelatedList(
            translate("ContactsTab", "Collaboratives"), membership_columns()
        )
        self.add_to_button = self.memberships.add_button(
            "member-add", translate("ContactsTab", "Add to collaborative…")
        )
        self.edit_membership_button = self.memberships.add_button(
            "collaborative", translate("ContactsTab", "Edit membership…")
        )
        self.leave_button = self.memberships.add_button(
            "member-remove", translate("ContactsTab", "Remove from collaborative")
        )
        self.add_to_button.clicked.connect(self.add_to_collaborative)
        self.edit_membership_button.clicked.connect(self.edit_membership)
        self.leave_button.clicked.connect(self.remove_membership)
        self.memberships.table.activated.connect(lambda _m: self.edit_membership())
        self.attendance = AttendanceHistoryList(self.ctx)
        self.recent_attendance = attach_recent_attendance(self.attendance)
        related = QWidget()
        layout = QVBoxLayout(related)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.memberships, 1)
        layout.addWidget(self.attendance, 1)
        return related

    def load_related(self, c: ContactRecord | None) -> None:
        records = (
            msvc.list_memberships_of_contact(self.ctx.db, c.id) if c is not None and c.id else []
        )
        if c is not None:
            title = translate("ContactsTab", "Collaboratives ({count})").format(
                count=number(len(records))
            )
        else:
            title = translate("ContactsTab", "Collaboratives")
        self.memberships.set_records(records, title)
        for button in (self.add_to_button, self.edit_membership_button, self.leave_button):
            button.setEnabled(c is not None and c.id is not None)
        self.attendance.load(c.id if c is not None else None)

    def add_to_collaborative(self) -> None:
        if self.current_id is None:
            return
        joined = {m.collaborative_id for m in self.memberships.table.model.records()}
        choices = [c for c in list_collaboratives(self.ctx.db) if c.id not in joined]
        if not choices:
            show_error(
                self,
                translate("ContactsTab", "Add to collaborative"),
                translate("ContactsTab", "This contact is already in every collaborative."),
            )
            return
        dialog = MembershipDialog(list_roles(self.ctx.db), collaboratives=choices, parent=self)
        if not dialog.exec():
            return
        contact_id, collaborative_id, role = (
            self.current_id,
            dialog.collaborative_id(),
            dialog.role(),
        )
        joined_on, active = dialog.joined.value(), dialog.active.isChecked()

        def add() -> tuple[list[MembershipRecord], Change | None]:
            add_role(self.ctx.db, role)
            return add_members_with_undo(
                self.ctx.db, collaborative_id, [contact_id], role, joined_on, active
            )

        Operation(self.ctx, self, translate("ContactsTab", "Add to collaborative"), add).undo_step(
            lambda r: r[1]
        ).run()

    def edit_membership(self) -> None:
        m: MembershipRecord | None = self.memberships.table.current_record()
        if m is not None:
            run_membership_editor(self, self.ctx, m)

    def remove_membership(self) -> None:
        """Take the contact out of the selected collaboratives (one undo step, kept in the trash)."""
        chosen: list[MembershipRecord] = self.memberships.table.selected_records()
        if not chosen:
            current = self.memberships.table.current_record()
            chosen = [current] if current is not None else []
        if not chosen:
            return
        names = ", ".join(m.collaborative_name for m in chosen)
        title = translate("ContactsTab", "Remove from collaborative")
        if not confirm(
            self,
            title,
            translate(
                "ContactsTab",
                "Remove {who} from {collaboratives}?\n\n"
                "Edit > Undo or Edit > Trash puts them back in.",
            ).format(who=self.title.text(), collaboratives=names),
        ):
            return
        ids = [m.id for m in chosen]
        done = translate("ContactsTab", "Removed from {collaboratives}.").format(
            collaboratives=names
        )
        remove_memberships(self, ids, title, done)
