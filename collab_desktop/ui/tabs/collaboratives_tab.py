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
from collab_desktop.domain.translation import translate
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
from collab_desktop.ui.locale_format import month_year, number
from collab_desktop.ui.models.record_table_model import Column
from collab_desktop.ui.operations import Operation
from collab_desktop.ui.tabs.record_tab import RecordTab
from collab_desktop.ui.tabs.tab_texts import TabTexts
from collab_desktop.ui.widgets.choices import combo_value, fixed_combo, set_combo_value
from collab_desktop.ui.widgets.form_panel import FormPanel
from collab_desktop.ui.widgets.optional_date import OptionalDateEdit
from collab_desktop.ui.widgets.related_list import RelatedList


def member_columns() -> list[Column]:
    """The columns of a collaborative's member list."""
    return [
        Column(translate("CollaborativesTab", "Name"), lambda m: m.contact_name),
        Column(translate("CollaborativesTab", "Role"), lambda m: translate("Vocabulary", m.role)),
        Column(translate("CollaborativesTab", "Email"), lambda m: m.contact_email),
        Column(
            translate("CollaborativesTab", "Joined"),
            lambda m: month_year(m.joined_on) if m.joined_on else "",
            lambda m: m.joined_on.isoformat() if m.joined_on else "",
        ),
        Column(translate("CollaborativesTab", "Active"), lambda m: yes_no(m.active)),
    ]


def yes_no(value: bool) -> str:
    """yes or no in the chosen language, for a table cell."""
    return translate("CollaborativesTab", "yes") if value else translate("CollaborativesTab", "no")


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
        chosen = QColorDialog.getColor(
            QColor(self._colour), self, translate("CollaborativesTab", "Calendar colour")
        )
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

    def tab_texts(self) -> TabTexts:
        return TabTexts(
            records=translate("CollaborativesTab", "Collaboratives"),
            search=translate("CollaborativesTab", "Search collaboratives"),
            new_record=translate("CollaborativesTab", "New collaborative"),
            new_tip=translate("CollaborativesTab", "Create a new collaborative (Ctrl+N)"),
            delete_tip=translate("CollaborativesTab", "Delete the selected collaborative (Del)"),
            details=translate("CollaborativesTab", "Collaborative details"),
            none_selected=translate("CollaborativesTab", "No collaborative selected"),
            the_new=translate("CollaborativesTab", "The new collaborative"),
            load_failed=translate(
                "CollaborativesTab", "The collaboratives could not be loaded: {reason}"
            ),
            history_tip=translate(
                "CollaborativesTab",
                "Who changed what in this collaborative, and when (Ctrl+Shift+H)",
            ),
            history_name=translate("CollaborativesTab", "History of this collaborative"),
        )

    def counted(self, n: int) -> str:
        return translate("CollaborativesTab", "%n collaboratives", None, n)

    def columns(self) -> list[Column]:
        return [
            Column(
                translate("CollaborativesTab", "Name"), lambda c: c.name, colour=lambda c: c.colour
            ),
            Column(translate("CollaborativesTab", "Short name"), lambda c: c.short_name),
            Column(
                translate("CollaborativesTab", "Kind"),
                lambda c: translate("CollaborativesTab", "{kind}, {focus}").format(
                    kind=translate("Vocabulary", c.kind), focus=translate("Vocabulary", c.focus)
                ),
            ),
            Column(
                translate("CollaborativesTab", "Status"),
                lambda c: translate("Vocabulary", c.status),
            ),
            Column(
                translate("CollaborativesTab", "Started"),
                lambda c: month_year(c.start_date) if c.start_date else "",
                lambda c: c.start_date.isoformat() if c.start_date else "",
            ),
            Column(
                translate("CollaborativesTab", "Members"),
                lambda c: c.member_count,
                lambda c: c.member_count,
                align_right=True,
            ),
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
        self.name_edit = form.add_field(
            "name", translate("CollaborativesTab", "&Name"), QLineEdit()
        )
        self.short_edit = form.add_field(
            "short_name", translate("CollaborativesTab", "Short name"), QLineEdit()
        )
        self.kind_combo = form.add_field(
            "kind", translate("CollaborativesTab", "&Kind"), fixed_combo(COLLABORATIVE_KINDS)
        )
        self.focus_combo = form.add_field(
            "focus", translate("CollaborativesTab", "Focus"), fixed_combo(COLLABORATIVE_FOCUSES)
        )
        self.status_combo = form.add_field(
            "status", translate("CollaborativesTab", "Status"), fixed_combo(COLLABORATIVE_STATUSES)
        )
        self.start_edit = form.add_field(
            "start_date",
            translate("CollaborativesTab", "Started"),
            OptionalDateEdit(translate("CollaborativesTab", "Known"), "MMMM yyyy"),
        )
        self.sponsor_edit = form.add_field(
            "sponsor", translate("CollaborativesTab", "Sponsor or partner"), QLineEdit()
        )
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        form.add_field(
            "description", translate("CollaborativesTab", "Description"), self.description_edit
        )
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        self.colour_button = ColourButton(form.mark_dirty)
        row.addWidget(self.colour_button)
        row.addStretch(1)
        form.add_field("colour", translate("CollaborativesTab", "Calendar colour"), holder)

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
            translate("CollaborativesTab", "Members"),
            member_columns(),
            lambda m: f"{m.contact_name}\t{m.role}\t{m.contact_email}",
        )
        self.add_members_button = self.members.add_button(
            "member-add",
            translate("CollaborativesTab", "Add members…"),
            translate("CollaborativesTab", "Add contacts to this collaborative"),
        )
        self.edit_member_button = self.members.add_button(
            "collaborative",
            translate("CollaborativesTab", "Edit membership…"),
            translate("CollaborativesTab", "Change role, joined date or active flag"),
        )
        self.remove_member_button = self.members.add_button(
            "member-remove",
            translate("CollaborativesTab", "Remove"),
            translate(
                "CollaborativesTab",
                "Take the selected people out of this collaborative (they stay in Contacts)",
            ),
        )
        self.add_members_button.clicked.connect(self.add_members)
        self.edit_member_button.clicked.connect(self.edit_membership)
        self.remove_member_button.clicked.connect(self.remove_members)
        self.members.table.activated.connect(lambda _m: self.edit_membership())
        return self.members

    def load_related(self, c: CollaborativeRecord | None) -> None:
        records = msvc.list_members(self.ctx.db, c.id) if c is not None and c.id else []
        if c is not None:
            title = translate("CollaborativesTab", "Members ({count})").format(
                count=number(len(records))
            )
        else:
            title = translate("CollaborativesTab", "Members")
        self.members.set_records(records, title)
        for button in (self.add_members_button, self.edit_member_button, self.remove_member_button):
            button.setEnabled(c is not None and c.id is not None)

    def add_members(self) -> None:
        if self.current_id is None:
            return
        existing = {m.contact_id for m in self.members.table.model.records()}
        dialog = ContactPickerDialog(
            self.ctx,
            translate("CollaborativesTab", "Add members"),
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
            # The count is passed as a plain name: lupdate skips a call whose count is an
            # expression.
            added_count = len(result[0])
            self.status_message.emit(
                translate(
                    "CollaborativesTab", "Added %n members. Ctrl+Z undoes this.", None, added_count
                )
            )

        Operation(self.ctx, self, translate("CollaborativesTab", "Add members"), add).undo_step(
            lambda r: r[1]
        ).success(added).run()

    def edit_membership(self) -> None:
        m: MembershipRecord | None = self.members.table.current_record()
        if m is not None:
            run_membership_editor(self, self.ctx, m)

    def remove_members(self) -> None:
        chosen = self.members.table.selected_records()
        if not chosen:
            return
        if len(chosen) == 1:
            what = chosen[0].contact_name
        else:
            count = len(chosen)
            what = translate("CollaborativesTab", "%n members", None, count)
        title = translate("CollaborativesTab", "Remove members")
        if not confirm(
            self,
            title,
            translate(
                "CollaborativesTab",
                "Remove {who} from {collaborative}?\n\nThey stay in Contacts, and "
                "Edit > Undo or Edit > Trash puts them back in.",
            ).format(who=what, collaborative=self.title.text()),
        ):
            return
        ids = [m.id for m in chosen]
        done = translate("CollaborativesTab", "Removed {who} from {collaborative}.").format(
            who=what, collaborative=self.title.text()
        )
        remove_memberships(self, ids, title, done)
