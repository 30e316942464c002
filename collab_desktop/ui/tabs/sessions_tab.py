"""Sessions: the list of learning sessions, the session form, and who is registered."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, QTime
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from collab_desktop.domain.records import DeleteImpact, RegistrationRecord, SessionRecord
from collab_desktop.domain.timezones import local_zone, localize
from collab_desktop.domain.vocab import NOT_YET_MARKED, SESSION_KIND_LABELS, SESSION_KINDS
from collab_desktop.services import registrations as rsvc
from collab_desktop.services import sessions as svc
from collab_desktop.services.collaboratives import list_collaboratives
from collab_desktop.services.errors import ServiceError
from collab_desktop.services.undo import Change, delete_with_undo, set_status_with_undo
from collab_desktop.services.undo_links import register_with_undo
from collab_desktop.ui.dialogs.confirm import confirm, show_error
from collab_desktop.ui.dialogs.contact_picker import ContactPickerDialog
from collab_desktop.ui.models.record_table_model import Column
from collab_desktop.ui.tabs.record_tab import RecordTab
from collab_desktop.ui.tabs.session_calendar_pane import (
    attach_calendar,
    save_occurrence_with_scope,
)
from collab_desktop.ui.widgets.choices import combo_value, fixed_combo, set_combo_value
from collab_desktop.ui.widgets.form_panel import FormPanel
from collab_desktop.ui.widgets.related_list import RelatedList

DATETIME_FORMAT = "ddd d MMM yyyy  HH:mm"


def _when(s: SessionRecord) -> str:
    if s.start is None:
        return ""
    end = s.end.strftime("%H:%M") if s.end else ""
    return f"{s.start:%a %d %b %Y  %H:%M}–{end}"


def _capacity(s: SessionRecord) -> str:
    return f"{s.registered_count}/{s.capacity}" if s.capacity else str(s.registered_count)


def registration_status(r: RegistrationRecord, session_over: bool) -> str:
    """The status to show: 'not yet marked' for a registered person once the session is over."""
    return NOT_YET_MARKED if session_over and r.status == "registered" else r.status


class SessionsTab(RecordTab):
    kind = "session"
    noun = "session"
    reload_kinds = ("registration", "collaborative")
    search_placeholder = "Search title, location or presenter"

    def __init__(self, ctx, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(ctx, parent)
        self.calendar_view = attach_calendar(self)

    def selected_session_id(self) -> int | None:
        """The session in the form, or the one picked in the calendar."""
        if self.current_id is not None:
            return self.current_id
        picked = self.calendar_view.selected_session()
        return picked.id if picked is not None else None

    def columns(self) -> list[Column]:
        return [
            Column("When", _when, lambda s: s.start.timestamp() if s.start else 0),
            Column("Collaborative", lambda s: s.collaborative_name, colour=lambda s: s.colour),
            Column("Title", lambda s: s.title + (" (cancelled)" if s.cancelled else "")),
            Column("Kind", lambda s: SESSION_KIND_LABELS.get(s.kind, s.kind)),
            Column("Location", lambda s: s.location),
            Column("Registered", _capacity, lambda s: s.registered_count, align_right=True),
        ]

    def search_text(self, s: SessionRecord) -> str:
        return f"{s.title}\t{s.collaborative_name}\t{s.location}\t{s.presenters}\t{s.kind}"

    def fetch_records(self) -> list[SessionRecord]:
        return svc.list_sessions(self.ctx.db)

    def fetch_record(self, record_id: int) -> SessionRecord:
        return svc.get_session(self.ctx.db, record_id)

    def build_form(self, form: FormPanel) -> None:
        self.collab_combo = form.add_field("collaborative_id", "&Collaborative", QComboBox())
        self.title_edit = form.add_field("title", "&Title", QLineEdit())
        self.kind_combo = form.add_field(
            "kind", "&Kind", fixed_combo(SESSION_KINDS, SESSION_KIND_LABELS)
        )
        self.start_edit = form.add_field("start", "&Starts", self._datetime_edit())
        self.end_edit = form.add_field("end", "&Ends", self._datetime_edit())
        self.start_edit.dateTimeChanged.connect(self._keep_duration)
        self.location_edit = form.add_field("location", "Location or link", QLineEdit())
        self.presenters_edit = form.add_field("presenters", "Presenter(s)", QLineEdit())
        self.capacity_spin = QSpinBox()
        self.capacity_spin.setRange(0, 100000)
        self.capacity_spin.setSpecialValueText("No limit")
        form.add_field("capacity", "Capacity", self.capacity_spin)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        form.add_field("notes", "Notes", self.notes_edit)
        self._last_start: QDateTime | None = None

    @staticmethod
    def _datetime_edit() -> QDateTimeEdit:
        edit = QDateTimeEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(DATETIME_FORMAT)
        return edit

    def _keep_duration(self, new_start: QDateTime) -> None:
        """Moving the start moves the end with it, keeping the length of the session."""
        if self._last_start is not None and self.form.is_dirty():
            length = self._last_start.secsTo(self.end_edit.dateTime())
            if length > 0:
                self.end_edit.setDateTime(new_start.addSecs(length))
        self._last_start = new_start

    def _fill_collaboratives(self) -> None:
        blocker = self.collab_combo.blockSignals(True)
        self.collab_combo.clear()
        for c in list_collaboratives(self.ctx.db):
            self.collab_combo.addItem(c.name, c.id)
        self.collab_combo.addItem(svc.ALL_COLLABORATIVES + " (e.g. the October gathering)", None)
        self.collab_combo.blockSignals(blocker)

    def load_form(self, s: SessionRecord | None) -> None:
        self._fill_collaboratives()
        if s is None:
            start = datetime.now(local_zone()).replace(
                minute=0, second=0, microsecond=0
            ) + timedelta(days=1)
            start = start.replace(hour=12)
            s = SessionRecord(start=start, end=start + timedelta(hours=1))
            if self.collab_combo.count() > 1:
                self.collab_combo.setCurrentIndex(0)
        else:
            index = self.collab_combo.findData(s.collaborative_id)
            self.collab_combo.setCurrentIndex(
                index if index >= 0 else self.collab_combo.count() - 1
            )
        self.title_edit.setText(s.title)
        set_combo_value(self.kind_combo, s.kind)
        self._last_start = None
        self.start_edit.setDateTime(QDateTime(s.start.date(), QTime(s.start.hour, s.start.minute)))
        self.end_edit.setDateTime(QDateTime(s.end.date(), QTime(s.end.hour, s.end.minute)))
        self._last_start = self.start_edit.dateTime()
        self.location_edit.setText(s.location)
        self.presenters_edit.setText(s.presenters)
        self.capacity_spin.setValue(s.capacity or 0)
        self.notes_edit.setPlainText(s.notes)
        self._loaded = s

    def read_form(self) -> SessionRecord:
        base = getattr(self, "_loaded", None) or SessionRecord()
        return SessionRecord(
            id=self.current_id,
            collaborative_id=self.collab_combo.currentData(),
            title=self.title_edit.text(),
            kind=combo_value(self.kind_combo),
            start=localize(self.start_edit.dateTime().toPython()),
            end=localize(self.end_edit.dateTime().toPython()),
            location=self.location_edit.text(),
            presenters=self.presenters_edit.text(),
            capacity=self.capacity_spin.value() or None,
            notes=self.notes_edit.toPlainText(),
            series_id=base.series_id,
            followup_of_id=base.followup_of_id,
            restricted_role=base.restricted_role,
            cancelled=base.cancelled,
        )

    def save_record(self, record: SessionRecord) -> SessionRecord:
        if record.id is not None and record.series_id is not None:
            return save_occurrence_with_scope(self.ctx, self, record)
        return svc.save_session(self.ctx.db, record)

    def delete_impact(self, ids: list[int]) -> DeleteImpact:
        total = DeleteImpact()
        for i in ids:
            total.registrations += svc.session_delete_impact(self.ctx.db, i).registrations
        return total

    def delete_records(self, ids: list[int]) -> Change:
        return delete_with_undo(self.ctx.db, "session", ids)

    def describe(self, s: SessionRecord) -> str:
        return f"{s.title} — {s.start:%d %b %Y}" if s.start else s.title

    # --- registrations ------------------------------------------------------------------
    def build_related(self) -> QWidget:
        self.registrations = RelatedList(
            "Registrations",
            [
                Column(
                    "Name",
                    lambda r: f"{r.first_name} {r.last_name}".strip() or r.email,
                    lambda r: (r.last_name.lower(), r.first_name.lower()),
                ),
                Column("Email", lambda r: r.email),
                Column("Status", lambda r: registration_status(r, self._session_over())),
            ],
            lambda r: f"{r.first_name} {r.last_name}\t{r.email}\t{r.status}",
        )
        self.add_people_button = self.registrations.add_button(
            "member-add", "Add people…", "Register contacts for this session"
        )
        self.attended_button = self.registrations.add_button(
            "check", "Attended", "Mark the selected people as attended"
        )
        self.absent_button = self.registrations.add_button(
            "cancel", "Absent", "Mark the selected people as absent (no-show)"
        )
        self.unregister_button = self.registrations.add_button(
            "member-remove", "Cancel registration"
        )
        self.add_people_button.clicked.connect(self.add_people)
        self.attended_button.clicked.connect(lambda: self._set_status("attended"))
        self.absent_button.clicked.connect(lambda: self._set_status("absent"))
        self.unregister_button.clicked.connect(lambda: self._set_status("cancelled"))
        return self.registrations

    def _session_over(self) -> bool:
        s = getattr(self, "_loaded", None)
        return bool(s and s.id and s.end and s.end < datetime.now(local_zone()))

    def load_related(self, s: SessionRecord | None) -> None:
        records = rsvc.list_registrations(self.ctx.db, s.id) if s is not None and s.id else []
        if s is not None and s.id:
            active = sum(1 for r in records if r.status != "cancelled")
            cap = f"{active}/{s.capacity}" if s.capacity else str(active)
            title = f"Registrations ({cap})"
        else:
            title = "Registrations"
        self.registrations.set_records(records, title)
        for button in (
            self.add_people_button,
            self.attended_button,
            self.absent_button,
            self.unregister_button,
        ):
            button.setEnabled(s is not None and s.id is not None)

    def add_people(self) -> None:
        if self.current_id is None:
            return
        existing = {
            r.contact_id
            for r in self.registrations.table.model.records()
            if r.status != "cancelled"
        }
        dialog = ContactPickerDialog(self.ctx, "Register people", existing, parent=self)
        if not dialog.exec():
            return
        self._register_with_undo(dialog.selected_ids())

    def _register_with_undo(self, contact_ids: list[int]) -> None:
        """Register people as one Edit > Undo step (all or none)."""
        try:
            change = register_with_undo(self.ctx.db, self.current_id, contact_ids)
        except ServiceError as exc:
            show_error(self, "Register people", str(exc))
            return
        if change is not None:
            self.change_made.emit(change)
            self.ctx.events.changed("registration", change.changes.ids("registrations"))

    def _set_status(self, status: str) -> None:
        chosen = self.registrations.table.selected_records()
        if not chosen:
            return
        if status == "cancelled" and not confirm(
            self,
            "Cancel registration",
            f"Cancel the registration of {len(chosen)} {'person' if len(chosen) == 1 else 'people'}?",
        ):
            return
        self._mark_with_undo([r.id for r in chosen], status)

    def _mark_with_undo(self, ids: list[int], status: str) -> None:
        """Mark registrations as one Edit > Undo step (undo gives back each earlier status)."""
        try:
            change = set_status_with_undo(self.ctx.db, ids, status)
        except ServiceError as exc:
            show_error(self, "Registrations", str(exc))
            return
        self.change_made.emit(change)
        self.ctx.events.changed("registration", ids)
