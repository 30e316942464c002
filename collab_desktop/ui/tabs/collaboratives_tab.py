"""Collaboratives: the list, the form, and each collaborative's members with their roles."""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from collab_desktop.domain.changes import Kind
from collab_desktop.domain.records import CollaborativeRecord, DeleteImpact, MembershipRecord
from collab_desktop.domain.vocab import (
    COLLABORATIVE_FOCUSES,
    COLLABORATIVE_KINDS,
    COLLABORATIVE_STATUSES,
)
from collab_desktop.services.directory import collaboratives as svc
from collab_desktop.services.directory import memberships as msvc
from collab_desktop.services.directory.vocabulary import add_role, list_roles
from collab_desktop.services.undo.links import add_members_with_undo
from collab_desktop.services.undo.undo import Change, delete_with_undo
from collab_desktop.ui.dialogs.confirm import confirm
from collab_desktop.ui.dialogs.contact_picker import ContactPickerDialog
from collab_desktop.ui.dialogs.membership_dialog import run_membership_editor
from collab_desktop.ui.features.membership_removal import remove_memberships
from collab_desktop.ui.models.record_table_model import Column
from collab_desktop.ui.operations import Operation
from collab_desktop.ui.tabs.record_tab import RecordTab
from collab_desktop.ui.widgets.choices import combo_value, fixed_combo, set_combo_value
from collab_desktop.ui.widgets.form_panel import FormPanel
from collab_desktop.ui.widgets.optional_date import OptionalDateEdit
from collab_desktop.ui.widgets.related_list import RelatedList

MEMBER_COLUMNS = [
    Column("Name", lambda m: m.contact_name),
    Column("Role", lambda m: m.role),
    Column("Email", lambda m: m.contact_email),
    Column(
        "Joined",
        lambda m: m.joined_on.strftime("%b %Y") if m.joined_on else "",
        lambda m: m.joined_on.isoformat() if m.joined_on else "",
    ),
    Column("Active", lambda m: "yes" if m.active else "no"),
]


class ColourButton(QPushButton):
    """Shows a colour swatch and opens a colour chooser."""

    def __init__(self, on_change) -> None:  # noqa: ANN001
        super().__init__()
        self._colour = "#1565C0"
        self._on_change = on_change
        self.clicked.connect(self._choose)
        self.setMinimumWidth(120)

    def colour(self) -> str:
        return self._colour

    def set_colour(self, colour: str) -> None:
        self._colour = colour or "#1565C0"
        self.setText(self._colour.upper())
        swatch = QPixmap(28, 16)
        swatch.fill(QColor(self._colour))
        self.setIcon(QIcon(swatch))
        self.setIconSize(swatch.size())

    def _choose(self) -> None:
        chosen = QColorDialog.getColor(QColor(self._colour), self, "Calendar colour")
        if chosen.isValid():
            self.set_colour(chosen.name())
            self._on_change()


class CollaborativesTab(RecordTab):
    kind = Kind.COLLABORATIVE
    noun = "collaborative"
    # The table counts members; the form lists them with their names and emails.
    reload_kinds = (Kind.MEMBERSHIP,)
    not_in_form = (*RecordTab.not_in_form, "member_count")
    related_kinds = (Kind.CONTACT,)
    related_shows_record = False
    search_placeholder = "Search collaboratives"

    def columns(self) -> list[Column]:
        return [
            Column("Name", lambda c: c.name, colour=lambda c: c.colour),
            Column("Short name", lambda c: c.short_name),
            Column("Kind", lambda c: f"{c.kind}, {c.focus}"),
            Column("Status", lambda c: c.status),
            Column(
                "Started",
                lambda c: c.start_date.strftime("%b %Y") if c.start_date else "",
                lambda c: c.start_date.isoformat() if c.start_date else "",
            ),
            Column("Members", lambda c: c.member_count, lambda c: c.member_count, align_right=True),
        ]

    def search_text(self, c: CollaborativeRecord) -> str:
        return f"{c.name}\t{c.short_name}\t{c.sponsor}\t{c.kind}\t{c.status}"

    def fetch_records(self) -> list[CollaborativeRecord]:
        return svc.list_collaboratives(self.ctx.db)

    def fetch_records_by_ids(self, ids: list[int]) -> list[CollaborativeRecord]:
        return svc.collaboratives_by_ids(self.ctx.db, ids)

    def natural_key(self, c: CollaborativeRecord) -> tuple[str, int]:
        return c.name.lower(), c.id

    def fetch_record(self, record_id: int) -> CollaborativeRecord:
        return svc.get_collaborative(self.ctx.db, record_id)

    def build_form(self, form: FormPanel) -> None:
        self.name_edit = form.add_field("name", "&Name", QLineEdit())
        self.short_edit = form.add_field("short_name", "Short name", QLineEdit())
        self.kind_combo = form.add_field("kind", "&Kind", fixed_combo(COLLABORATIVE_KINDS))
        self.focus_combo = form.add_field("focus", "Focus", fixed_combo(COLLABORATIVE_FOCUSES))
        self.status_combo = form.add_field("status", "Status", fixed_combo(COLLABORATIVE_STATUSES))
        self.start_edit = form.add_field(
            "start_date", "Started", OptionalDateEdit("Known", "MMMM yyyy")
        )
        self.sponsor_edit = form.add_field("sponsor", "Sponsor or partner", QLineEdit())
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        form.add_field("description", "Description", self.description_edit)
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        self.colour_button = ColourButton(form.mark_dirty)
        row.addWidget(self.colour_button)
        row.addStretch(1)
        form.add_field("colour", "Calendar colour", holder)

    def load_form(self, c: CollaborativeRecord | None) -> None:
        c = c or CollaborativeRecord()
        self.name_edit.setText(c.name)
        self.short_edit.setText(c.short_name)
        set_combo_value(self.kind_combo, c.kind)
        set_combo_value(self.focus_combo, c.focus)
        set_combo_value(self.status_combo, c.status)
        self.start_edit.set_value(c.start_date)
        self.sponsor_edit.setText(c.sponsor)
        self.description_edit.setPlainText(c.description)
        self.colour_button.set_colour(c.colour)

    def read_form(self) -> CollaborativeRecord:
        start = self.start_edit.value()
        return CollaborativeRecord(
            id=self.current_id,
            name=self.name_edit.text(),
            short_name=self.short_edit.text(),
            kind=combo_value(self.kind_combo),
            focus=combo_value(self.focus_combo),
            status=combo_value(self.status_combo),
            start_date=start.replace(day=1) if start else None,
            sponsor=self.sponsor_edit.text(),
            description=self.description_edit.toPlainText(),
            colour=self.colour_button.colour(),
        )

    def save_record(self, record: CollaborativeRecord) -> CollaborativeRecord:
        return svc.save_collaborative(self.ctx.db, record)

    def delete_impact(self, ids: list[int]) -> DeleteImpact:
        total = DeleteImpact()
        for i in ids:
            one = svc.collaborative_delete_impact(self.ctx.db, i)
            total.memberships += one.memberships
            total.sessions += one.sessions
            total.registrations += one.registrations
        return total

    def delete_records(self, ids: list[int]) -> Change:
        return delete_with_undo(self.ctx.db, "collaborative", ids)

    def describe(self, c: CollaborativeRecord) -> str:
        return c.name

    # --- members ----------------------------------------------------------------------
    def build_related(self) -> QWidget:
        self.members = RelatedList(
            "Members", MEMBER_COLUMNS, lambda m: f"{m.contact_name}\t{m.role}\t{m.contact_email}"
        )
        self.add_members_button = self.members.add_button(
            "member-add", "Add members…", "Add contacts to this collaborative"
        )
        self.edit_member_button = self.members.add_button(
            "collaborative", "Edit membership…", "Change role, joined date or active flag"
        )
        self.remove_member_button = self.members.add_button(
            "member-remove",
            "Remove",
            "Take the selected people out of this collaborative (they stay in Contacts)",
        )
        self.add_members_button.clicked.connect(self.add_members)
        self.edit_member_button.clicked.connect(self.edit_membership)
        self.remove_member_button.clicked.connect(self.remove_members)
        self.members.table.activated.connect(lambda _m: self.edit_membership())
        return self.members

    def load_related(self, c: CollaborativeRecord | None) -> None:
        records = msvc.list_members(self.ctx.db, c.id) if c is not None and c.id else []
        self.members.set_records(
            records, f"Members ({len(records)})" if c is not None else "Members"
        )
        for button in (self.add_members_button, self.edit_member_button, self.remove_member_button):
            button.setEnabled(c is not None and c.id is not None)

    def add_members(self) -> None:
        if self.current_id is None:
            return
        existing = {m.contact_id for m in self.members.table.model.records()}
        dialog = ContactPickerDialog(
            self.ctx,
            "Add members",
            existing,
            roles=list_roles(self.ctx.db),
            with_date=True,
            parent=self,
        )
        if not dialog.exec():
            return
        collaborative_id, role = self.current_id, dialog.role()
        contact_ids, joined_on = dialog.selected_ids(), dialog.joined_on()

        def add() -> tuple[list[MembershipRecord], Change | None]:
            if role:
                add_role(self.ctx.db, role)
            return add_members_with_undo(
                self.ctx.db, collaborative_id, contact_ids, role or "member", joined_on
            )

        def added(result: tuple[list[MembershipRecord], Change | None]) -> None:
            if result[1] is None:
                return  # nobody new
            n = len(result[0])
            self.status_message.emit(
                f"Added {n} member{'s' if n != 1 else ''}. Ctrl+Z undoes this."
            )

        Operation(self.ctx, self, "Add members", add).undo_step(lambda r: r[1]).success(added).run()

    def edit_membership(self) -> None:
        m: MembershipRecord | None = self.members.table.current_record()
        if m is not None:
            run_membership_editor(self, self.ctx, m)

    def remove_members(self) -> None:
        chosen = self.members.table.selected_records()
        if not chosen:
            return
        what = chosen[0].contact_name if len(chosen) == 1 else f"{len(chosen)} members"
        if not confirm(
            self,
            "Remove members",
            f"Remove {what} from {self.title.text()}?\n\nThey stay in Contacts, and "
            "Edit > Undo or Edit > Trash puts them back in.",
        ):
            return
        ids = [m.id for m in chosen]
        remove_memberships(self, ids, "Remove members", f"Removed {what} from {self.title.text()}.")
