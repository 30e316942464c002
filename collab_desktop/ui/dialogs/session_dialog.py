"""The session form as a dialog: details, recurrence, follow-up, conflicts and registrations."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from collab_desktop.domain import recurrence as rr
from collab_desktop.domain.changes import ChangeSet, Kind
from collab_desktop.domain.record_merge import EDITABLE_FIELDS, compare, merged
from collab_desktop.domain.record_stamps import stamp_line
from collab_desktop.domain.records import SessionRecord
from collab_desktop.domain.series_records import FollowupPlan
from collab_desktop.domain.timezones import localize
from collab_desktop.domain.translation import translate
from collab_desktop.services.directory.vocabulary import list_roles
from collab_desktop.services.errors import StaleRecord, ValidationError
from collab_desktop.services.sessions import series as ssvc
from collab_desktop.services.sessions import series_edits
from collab_desktop.services.sessions.conflicts import find_conflicts
from collab_desktop.services.sessions.sessions import get_session, save_session
from collab_desktop.ui.accessibility import name_from_labels, set_name
from collab_desktop.ui.context import AppContext
from collab_desktop.ui.dialogs import edit_scope
from collab_desktop.ui.dialogs.confirm import confirm
from collab_desktop.ui.dialogs.edit_scope import EditScope
from collab_desktop.ui.dialogs.merge_dialog import MergeDialog, run_merge_dialog, shown_value
from collab_desktop.ui.operations import Operation, fetch_or_none
from collab_desktop.ui.undo_stack import add_dialog_undo
from collab_desktop.ui.widgets.changed_bar import ChangedBar
from collab_desktop.ui.widgets.choices import combo_value, editable_combo, set_combo_value
from collab_desktop.ui.widgets.recurrence_picker import RecurrencePicker
from collab_desktop.ui.widgets.registrations_panel import RegistrationsPanel
from collab_desktop.ui.widgets.session_fields import SessionFields, blank_session

log = logging.getLogger(__name__)


class SessionDialog(QDialog):
    """Create a session (or series) or edit one; ``saved_ids`` lists what was written."""

    def __init__(
        self, ctx: AppContext, session: SessionRecord | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved_ids: list[int] = []
        self._session = session or blank_session()
        self._theirs: SessionRecord | None = None  # the stored session when it changed elsewhere
        self.setWindowTitle(
            translate("SessionDialog", "Session")
            if session and session.id
            else translate("SessionDialog", "New session")
        )
        self.resize(1180, 720)
        self._build()
        self._load(self._session)
        add_dialog_undo(self, ctx)
        ctx.events.changes.connect(self._on_changes)

    def _build(self) -> None:
        self.fields = f = SessionFields(self.ctx.db, self)
        f.fill_collaboratives()
        self.collab, self.title_edit, self.kind = f.collab, f.title, f.kind
        self.start, self.end = f.start, f.end
        self.location, self.presenters = f.location, f.presenters
        self.presenters.setPlaceholderText(translate("SessionDialog", "e.g. Dr. Rivera; Dr. Chen"))
        self.capacity, self.notes = f.capacity, f.notes
        roles = list_roles(self.ctx.db)
        self.restricted = editable_combo(["", *roles])
        self.restricted.lineEdit().setPlaceholderText(
            translate("SessionDialog", "Open to everyone")
        )
        self.errors = QLabel()
        self.errors.setObjectName("error")
        self.errors.setWordWrap(True)
        self.conflicts = QLabel()
        self.conflicts.setWordWrap(True)
        self.conflicts.setObjectName("warning")
        form = QFormLayout()
        form.addRow(translate("SessionDialog", "&Collaborative"), self.collab)
        form.addRow(translate("SessionDialog", "&Title"), self.title_edit)
        form.addRow(translate("SessionDialog", "&Kind"), self.kind)
        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(QLabel(translate("SessionDialog", "to")))
        times.addWidget(self.end)
        times.addStretch(1)
        form.addRow(translate("SessionDialog", "When"), times)
        form.addRow(translate("SessionDialog", "&Location"), self.location)
        form.addRow(translate("SessionDialog", "&Presenter(s)"), self.presenters)
        form.addRow(translate("SessionDialog", "Capacity"), self.capacity)
        form.addRow(translate("SessionDialog", "Only for role"), self.restricted)
        form.addRow(translate("SessionDialog", "Notes"), self.notes)

        self.recurrence = RecurrencePicker()
        repeat_box = QGroupBox(translate("SessionDialog", "Repeat"))
        QVBoxLayout(repeat_box).addWidget(self.recurrence)
        self.followup = QGroupBox(
            translate("SessionDialog", "Add a follow-up session right after (e.g. private session)")
        )
        self.followup.setCheckable(True)
        self.followup.setChecked(False)
        self.follow_title = QLineEdit(translate("SessionDialog", "Private session"))
        self.follow_minutes = QSpinBox()
        self.follow_minutes.setRange(5, 600)
        self.follow_minutes.setValue(60)
        self.follow_minutes.setSuffix(translate("SessionDialog", " min"))
        self.follow_role = editable_combo(roles)
        set_combo_value(self.follow_role, "scientist")
        follow_form = QFormLayout(self.followup)
        follow_form.addRow(translate("SessionDialog", "Title"), self.follow_title)
        follow_form.addRow(translate("SessionDialog", "Length"), self.follow_minutes)
        follow_form.addRow(translate("SessionDialog", "Only for role"), self.follow_role)
        self.start.setAccessibleName(translate("SessionDialog", "Starts"))
        self.end.setAccessibleName(translate("SessionDialog", "Ends"))
        self.follow_title.setAccessibleName(translate("SessionDialog", "Follow-up title"))
        self.follow_minutes.setAccessibleName(translate("SessionDialog", "Follow-up length"))
        set_name(self.follow_role, translate("SessionDialog", "Follow-up only for role"))

        self.registrations = RegistrationsPanel(self.ctx)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.cancel_occurrence_button = self.buttons.addButton(
            translate("SessionDialog", "Cancel this session…"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.cancel_occurrence_button.setToolTip(
            translate(
                "SessionDialog",
                "Call off this session; in a series the date is kept as a skipped date",
            )
        )
        self.cancel_occurrence_button.clicked.connect(self.cancel_occurrence)
        self.history_button = self.buttons.addButton(
            translate("SessionDialog", "History…"), QDialogButtonBox.ButtonRole.HelpRole
        )
        self.history_button.setToolTip(
            translate("SessionDialog", "Who changed what in this session, and when (Ctrl+Shift+H)")
        )
        self.history_button.setAccessibleName(translate("SessionDialog", "History of this session"))
        self.history_button.clicked.connect(self.show_history)
        # The window's shortcut does not reach past this dialog while it is open.
        QShortcut(QKeySequence("Ctrl+Shift+H"), self, self.show_history)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        # Who created the session and who changed it last.
        self.stamps = QLabel()
        self.stamps.setObjectName("hint")
        self.stamps.setWordWrap(True)
        self.stamps.setAccessibleName(translate("SessionDialog", "Created and changed by"))
        details = QVBoxLayout()
        details.addLayout(form)
        details.addWidget(self.stamps)
        details.addWidget(self.conflicts)
        details.addWidget(repeat_box)
        details.addWidget(self.followup)
        details.addWidget(self.errors)
        details.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(details, 5)
        columns.addWidget(self.registrations, 4)
        # Said when the session changes in another window while this form holds unsaved edits.
        self.changed_bar = ChangedBar()
        self.changed_bar.reload_requested.connect(self.reload_theirs)
        self.changed_bar.keep_requested.connect(self.keep_editing)
        # Said when the form holds work kept while the team database could not be reached.
        self.restored_note = QLabel()
        self.restored_note.setObjectName("warning")
        self.restored_note.setWordWrap(True)
        self.restored_note.setAccessibleName(translate("SessionDialog", "Restored work"))
        self.restored_note.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.changed_bar)
        layout.addWidget(self.restored_note)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)
        name_from_labels(self)
        f.link_end_to_start()
        self.start.dateTimeChanged.connect(self._start_moved)
        for signal in (self.end.dateTimeChanged, self.location.editingFinished,
                       self.presenters.editingFinished):  # fmt: skip
            signal.connect(self._show_conflicts)

    def _load(self, s: SessionRecord) -> None:
        self.fields.load(s)
        stamps = (
            stamp_line(s.created_by, s.created_at, s.updated_by, s.updated_at, s.version)
            if s.created_at is not None
            else ""
        )
        self.stamps.setText(stamps)
        self.stamps.setVisible(bool(stamps))
        set_combo_value(self.restricted, s.restricted_role)
        self.recurrence.set_start(s.start)
        if s.series_id:
            self._series = ssvc.get_series(self.ctx.db, s.series_id)
            self.recurrence.set_rule(self._series.rrule)
            self._loaded_rule = self.recurrence.rule()
        else:
            self._series = None
            self._loaded_rule = None
        self.recurrence.setEnabled(s.id is None or s.series_id is not None)
        self.followup.setVisible(s.id is None)
        self.registrations.setVisible(s.id is not None)
        self.cancel_occurrence_button.setVisible(s.id is not None and not s.cancelled)
        self.history_button.setVisible(s.id is not None)
        self.registrations.load(s if s.id else None)
        self._show_conflicts()
        self._loaded_form = self.read_form()
        self.changed_bar.hide()
        self.restored_note.hide()

    def is_dirty(self) -> bool:
        """True when the fields differ from the session as loaded (unsaved edits)."""
        if self.read_form() != self._loaded_form:
            return True
        return self._loaded_rule is not None and self.recurrence.rule() != self._loaded_rule

    # --- changes made in another window ------------------------------------------------------
    def _on_changes(self, changes: ChangeSet) -> None:
        """The session changed elsewhere: show it, or say so above unsaved edits."""
        who = self.ctx.events.changed_by
        session_id = self._session.id
        if who is None or session_id is None:
            return  # this window's own writes (its saves close the dialog)
        if session_id not in changes.ids(Kind.SESSION) and not changes.is_many(Kind.SESSION):
            return
        stored = fetch_or_none(get_session, self.ctx.db, session_id)
        if stored == self._session:
            return
        if not self.is_dirty():
            if stored is not None:
                self._session = stored
                self._load(stored)
            else:
                self.changed_bar.show_change(who, deleted=True)
            return
        self.changed_bar.show_change(who, deleted=stored is None)
        self._theirs = stored

    def reload_theirs(self) -> None:
        """Drop the unsaved edits and show the session as stored now (the bar's Reload)."""
        stored = fetch_or_none(get_session, self.ctx.db, self._session.id)
        if stored is None:
            self.reject()  # it was deleted: nothing is left to edit
            return
        self._session, self._theirs = stored, None
        self._load(stored)
        self.title_edit.setFocus()

    def keep_editing(self) -> None:
        """Go on with the unsaved edits over the session as stored now (the bar's Keep editing)."""
        stored, self._theirs = self._theirs, None
        if stored is not None:
            self._session = stored  # what the form does not show is kept as they left it
        self.changed_bar.hide()
        self.title_edit.setFocus()

    def _start_moved(self, new_start: QDateTime) -> None:
        """The repeat pattern and the conflict hint follow the start."""
        self.recurrence.set_start(localize(new_start.toPython()))
        self._show_conflicts()

    def read_form(self) -> SessionRecord:
        """A record from the fields (keeping the session's id, series and links)."""
        return replace(
            self.fields.read(self._session), restricted_role=combo_value(self.restricted)
        )

    def _show_conflicts(self, *_args: object) -> list[str]:
        hints = [h.describe() for h in find_conflicts(self.ctx.db, self.read_form())]
        self.conflicts.setText(
            translate("SessionDialog", "Conflict: {conflicts}").format(conflicts="; ".join(hints))
            if hints
            else ""
        )
        self.conflicts.setVisible(bool(hints))
        return hints

    def _series_conflicts(self, rec: SessionRecord) -> list[str]:
        """Overlaps of every occurrence a new series would have (not only the first)."""
        try:
            rule = self.recurrence.rule()
            starts = rr.expand(rule, rec.start) if rule and rec.start and rec.end else []
        except rr.RecurrenceError:
            return []  # the save itself says what is wrong with the rule
        length = rec.end - rec.start if rec.start and rec.end else None
        hints: list[str] = []
        for start in starts:
            occurrence = replace(rec, start=start, end=rr.wall_clock_end(start, length))
            hints += [h.describe() for h in find_conflicts(self.ctx.db, occurrence)]
        return hints

    def _plan(self) -> FollowupPlan | None:
        if self._session.id is not None or not self.followup.isChecked():
            return None
        return FollowupPlan(
            title=self.follow_title.text().strip() or translate("SessionDialog", "Private session"),
            duration_minutes=self.follow_minutes.value(),
            restricted_role=combo_value(self.follow_role),
        )

    def save(self) -> bool:
        """Write the form; for a recurring session, ask which occurrences the change is for."""
        rec = self.read_form()
        try:
            hints = self._show_conflicts()
            if rec.id is None:
                hints = self._series_conflicts(rec) or hints
        except Exception as exc:
            # The server went away: the form stays as typed and waits for it (the window's bar).
            if self.ctx.events.note_failure(exc, self.ctx.db.url, self):
                return False
            raise
        if hints and not confirm(
            self,
            translate("SessionDialog", "Overlapping session"),
            translate("SessionDialog", "{conflicts}\n\nSave anyway?").format(
                conflicts="\n".join(_first_lines(hints))
            ),
        ):
            return False
        self._merged = False  # set when a refused save was merged and the merge saved
        op = Operation(
            self.ctx, self, translate("SessionDialog", "Session"), lambda: self._write(rec)
        ).failure(self._refused)
        if not op.run() or op.result is None:
            return self._merged
        self.saved_ids = op.result
        self.accept()
        return True

    def _refused(self, exc: Exception) -> None:
        """A refused save is said under the form, every problem on its own line; a save based on
        an old version opens the merge dialog."""
        errors = exc.errors if isinstance(exc, ValidationError) else {"_": str(exc)}
        self.errors.setText("\n".join(errors.values()))
        if isinstance(exc, StaleRecord) and exc.current is not None:
            self._merge(exc)

    def _merge(self, exc: StaleRecord) -> None:
        """Someone saved this session meanwhile: choose per field; OK saves the merge on their
        version (the dialog comes back if it moved again); Cancel keeps what was typed."""
        mine, theirs = self.read_form(), exc.current
        comparison = compare(self._session, mine, theirs, EDITABLE_FIELDS["session"])
        dialog = MergeDialog(
            theirs.title,
            exc.changed_by,
            exc.changed_at,
            comparison,
            self._labels(),
            self._describe_value,
            self,
        )
        dialog.setObjectName("merge_dialog")
        if run_merge_dialog(dialog) != QDialog.DialogCode.Accepted:
            return
        result = merged(mine, theirs, comparison, dialog.choices())
        self._session = theirs
        self.fields.load(result)
        set_combo_value(self.restricted, result.restricted_role)
        self.errors.setText("")
        self._merged = self.save()

    def _labels(self) -> dict[str, str]:
        return {
            "collaborative_id": translate("SessionDialog", "Collaborative"),
            "title": translate("SessionDialog", "Title"),
            "kind": translate("SessionDialog", "Kind"),
            "start": translate("SessionDialog", "Starts"),
            "end": translate("SessionDialog", "Ends"),
            "location": translate("SessionDialog", "Location or link"),
            "presenters": translate("SessionDialog", "Presenter(s)"),
            "capacity": translate("SessionDialog", "Capacity"),
            "notes": translate("SessionDialog", "Notes"),
            "restricted_role": translate("SessionDialog", "Only for role"),
            "cancelled": translate("SessionDialog", "Cancelled"),
        }

    def _describe_value(self, field: str, value: object) -> str:
        if field == "collaborative_id":
            index = self.fields.collab.findData(value)
            if index >= 0:
                return self.fields.collab.itemText(index)
        return shown_value(value)

    def show_history(self) -> None:
        """The session's History, beside this dialog (it refreshes after every save)."""
        from collab_desktop.ui.dialogs.history_panel import open_history

        open_history(self.ctx, "session", self._session.id, self._session.title, self)

    def cancel_occurrence(self) -> None:
        """Cancel this one session (registrations stay; a series keeps the date as skipped)."""
        rec = self._session
        if rec.id is None or not confirm(
            self,
            translate("SessionDialog", "Cancel session"),
            translate("SessionDialog", "Cancel {title} on {date}?").format(
                title=rec.title, date=QLocale().toString(rec.start.date(), "ddd d MMM yyyy")
            ),
        ):
            return
        cancel = Operation(
            self.ctx, self, translate("SessionDialog", "Cancel session"),
            lambda: series_edits.cancel_occurrence(self.ctx.db, rec.id),
        )  # fmt: skip
        if cancel.run():
            self.saved_ids = [rec.id]
            self.accept()

    def _write(self, rec: SessionRecord) -> list[int] | None:
        rule = self.recurrence.rule()
        if rec.id is None:
            if rule:
                result = ssvc.create_series(self.ctx.db, rec, rule, self._plan())
                return [s.id for s in result.sessions + result.followup_sessions]
            saved = save_session(self.ctx.db, rec)
            plan = self._plan()
            extra = [ssvc.create_followup_session(self.ctx.db, saved, plan).id] if plan else []
            return [saved.id, *extra]
        if rec.series_id is None:
            return [save_session(self.ctx.db, rec).id]
        scope = edit_scope.ask_edit_scope(self)
        if scope is None:
            return None
        new_rule = rule if rule != self._loaded_rule else None
        if scope == EditScope.OCCURRENCE:
            if new_rule is not None:
                self.errors.setText(
                    translate(
                        "SessionDialog",
                        "A new repeat pattern changes the series: choose “This and following” "
                        "or “Whole series” to save it.",
                    )
                )
                return None
            return [series_edits.edit_occurrence(self.ctx.db, rec).id]
        if scope == EditScope.FOLLOWING:
            result = series_edits.edit_this_and_following(self.ctx.db, rec.id, rec, new_rule)
        else:
            result = series_edits.edit_whole_series(self.ctx.db, rec.series_id, rec, new_rule)
        return [s.id for s in result.sessions]


def _first_lines(lines: list[str], most: int = 10) -> list[str]:
    """At most ``most`` lines, then how many more there are."""
    if len(lines) <= most:
        return lines
    rest = len(lines) - most
    return [*lines[:most], translate("SessionDialog", "… and %n more", None, rest)]


def open_session_dialog(ctx: AppContext, session_id: int | None, parent: QWidget | None = None,
                        day: datetime | None = None) -> SessionDialog:  # fmt: skip
    """A dialog for an existing session, or a new one starting at noon on a given day."""
    if session_id is not None:
        return SessionDialog(ctx, get_session(ctx.db, session_id), parent)
    blank = blank_session()
    if day is not None:
        start = blank.start.replace(year=day.year, month=day.month, day=day.day)
        blank.start, blank.end = start, start + timedelta(hours=1)
    return SessionDialog(ctx, blank, parent)
