"""Sessions: the list of learning sessions, the session form, and who is registered."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QWidget

from collab_desktop.domain.changes import Kind
from collab_desktop.domain.records import DeleteImpact, SessionRecord
from collab_desktop.domain.translation import translate
from collab_desktop.domain.vocab import SESSION_KIND_LABELS
from collab_desktop.services.errors import ServiceError
from collab_desktop.services.sessions import sessions as svc
from collab_desktop.services.sessions.conflicts import find_conflicts
from collab_desktop.services.undo.undo import Change, delete_with_undo
from collab_desktop.ui.dialogs.confirm import confirm
from collab_desktop.ui.locale_format import number, short_date, short_time, weekday_short
from collab_desktop.ui.models.record_table_model import Column
from collab_desktop.ui.tabs.record_tab import RecordTab
from collab_desktop.ui.tabs.tab_texts import TabTexts
from collab_desktop.ui.widgets.form_panel import FormPanel
from collab_desktop.ui.widgets.registrations_panel import RegistrationsPanel
from collab_desktop.ui.widgets.session_calendar_pane import (
    attach_calendar,
    save_occurrence_with_scope,
)
from collab_desktop.ui.widgets.session_fields import SessionFields, blank_session


def _when(s: SessionRecord) -> str:
    """The day and times, as the locale writes them (Wed 3/5/25  9:00 AM–10:00 AM)."""
    if s.start is None:
        return ""
    return translate("SessionsTab", "{weekday} {date}  {start}–{end}").format(
        weekday=weekday_short(s.start),
        date=short_date(s.start),
        start=short_time(s.start),
        end=short_time(s.end) if s.end else "",
    )


def _capacity(s: SessionRecord) -> str:
    if not s.capacity:
        return number(s.registered_count)
    return translate("SessionsTab", "{registered}/{capacity}").format(
        registered=number(s.registered_count), capacity=number(s.capacity)
    )


class SessionsTab(RecordTab):
    kind = Kind.SESSION
    noun = "session"
    # The table shows registration counts and collaboratives' names and colours (the form's
    # registrations panel follows its changes itself).
    reload_kinds = (Kind.REGISTRATION, Kind.COLLABORATIVE)
    not_in_form = (*RecordTab.not_in_form, "collaborative_name", "colour", "registered_count")

    def __init__(self, ctx, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(ctx, parent)
        self.calendar_view = attach_calendar(self)
        self.table.current_changed.connect(self._calendar_follows)

    def _calendar_follows(self, record: SessionRecord | None) -> None:
        """The calendar goes to the day of the session the form now shows (after the tab)."""
        if record is not None and record.id == self.current_id:
            self.calendar_view.show_session(record)

    def selected_session_id(self) -> int | None:
        """The session in the form, or the one picked in the calendar."""
        if self.current_id is not None:
            return self.current_id
        picked = self.calendar_view.selected_session()
        return picked.id if picked is not None else None

    def tab_texts(self) -> TabTexts:
        return TabTexts(
            records=translate("SessionsTab", "Sessions"),
            search=translate("SessionsTab", "Search title, location or presenter"),
            new_record=translate("SessionsTab", "New session"),
            new_tip=translate("SessionsTab", "Create a new session (Ctrl+N)"),
            delete_tip=translate("SessionsTab", "Delete the selected session (Del)"),
            details=translate("SessionsTab", "Session details"),
            none_selected=translate("SessionsTab", "No session selected"),
            the_new=translate("SessionsTab", "The new session"),
            load_failed=translate("SessionsTab", "The sessions could not be loaded: {reason}"),
            history_tip=translate(
                "SessionsTab", "Who changed what in this session, and when (Ctrl+Shift+H)"
            ),
            history_name=translate("SessionsTab", "History of this session"),
        )

    def counted(self, n: int) -> str:
        return translate("SessionsTab", "%n sessions", None, n)

    def columns(self) -> list[Column]:
        return [
            Column(
                translate("SessionsTab", "When"),
                _when,
                lambda s: s.start.timestamp() if s.start else 0,
            ),
            Column(
                translate("SessionsTab", "Collaborative"),
                lambda s: s.collaborative_name,
                colour=lambda s: s.colour,
            ),
            Column(translate("SessionsTab", "Title"), lambda s: s.title + s.state_note()),
            Column(
                translate("SessionsTab", "Kind"),
                lambda s: translate("Vocabulary", SESSION_KIND_LABELS.get(s.kind, s.kind)),
            ),
            Column(translate("SessionsTab", "Location"), lambda s: s.location),
            Column(
                translate("SessionsTab", "Registered"),
                _capacity,
                lambda s: s.registered_count,
                align_right=True,
            ),
        ]

    def search_text(self, s: SessionRecord) -> str:
        return f"{s.title}\t{s.collaborative_name}\t{s.location}\t{s.presenters}\t{s.kind}"

    def fetch_records(self) -> list[SessionRecord]:
        return svc.list_sessions(self.ctx.db)

    def fetch_records_by_ids(self, ids: list[int]) -> list[SessionRecord]:
        return svc.sessions_by_ids(self.ctx.db, ids)

    def natural_key(self, s: SessionRecord) -> tuple[float, int]:
        return (s.start.timestamp() if s.start else 0.0), s.id or 0

    def fetch_record(self, record_id: int) -> SessionRecord:
        return svc.get_session(self.ctx.db, record_id)

    def build_form(self, form: FormPanel) -> None:
        self.fields = f = SessionFields(self.ctx.db, self, keep_length=self.form.is_dirty)
        self.collab_combo = form.add_field(
            "collaborative_id", translate("SessionsTab", "&Collaborative"), f.collab
        )
        self.title_edit = form.add_field("title", translate("SessionsTab", "&Title"), f.title)
        self.kind_combo = form.add_field("kind", translate("SessionsTab", "&Kind"), f.kind)
        self.start_edit = form.add_field("start", translate("SessionsTab", "&Starts"), f.start)
        self.end_edit = form.add_field("end", translate("SessionsTab", "&Ends"), f.end)
        self.location_edit = form.add_field(
            "location", translate("SessionsTab", "Location or link"), f.location
        )
        self.presenters_edit = form.add_field(
            "presenters", translate("SessionsTab", "Presenter(s)"), f.presenters
        )
        self.capacity_spin = form.add_field(
            "capacity", translate("SessionsTab", "Capacity"), f.capacity
        )
        self.notes_edit = form.add_field("notes", translate("SessionsTab", "Notes"), f.notes)
        f.link_end_to_start()

    def load_form(self, s: SessionRecord | None) -> None:
        self.fields.fill_collaboratives()
        s = s or blank_session()
        self.fields.load(s)
        self._loaded = s

    def describe_value(self, field: str, value: object) -> str:
        """The merge dialog names a collaborative rather than showing its id."""
        if field == "collaborative_id":
            index = self.fields.collab.findData(value)
            if index >= 0:
                return self.fields.collab.itemText(index)
        return super().describe_value(field, value)

    def read_form(self) -> SessionRecord:
        base = getattr(self, "_loaded", None) or SessionRecord()
        return replace(self.fields.read(base), id=self.current_id)

    def save_record(self, record: SessionRecord) -> SessionRecord:
        hints = [h.describe() for h in find_conflicts(self.ctx.db, record)]
        if hints and not confirm(
            self,
            translate("SessionsTab", "Overlapping session"),
            translate("SessionsTab", "{overlaps}\n\nSave anyway?").format(
                overlaps="\n".join(hints)
            ),
        ):
            raise ServiceError(
                translate("SessionsTab", "Not saved: {overlaps}").format(overlaps="; ".join(hints))
            )
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
        if not s.start:
            return s.title
        return translate("SessionsTab", "{title} — {date}").format(
            title=s.title, date=short_date(s.start)
        )

    # --- registrations ------------------------------------------------------------------
    def build_related(self) -> QWidget:
        self.registrations = panel = RegistrationsPanel(self.ctx)
        self.add_people_button = panel.add_people_button
        self.attended_button = panel.attended_button
        self.absent_button = panel.absent_button
        self.unregister_button = panel.cancel_button
        panel.status_message.connect(self.status_message)
        return panel

    def load_related(self, s: SessionRecord | None) -> None:
        self.registrations.load(s if s is not None and s.id else None)
