"""The shape shared by every tab: a searchable table on the left, the selected record's form on the right.

Subclasses say how to fetch, show, read, save and delete their records; this class does the flow:
selection, New, Save, Cancel, Delete with confirmation, unsaved-edit prompts and refresh on change.
Saves and deletes run through ui/operations.py; the tab follows every published ChangeSet (its own
writes and everyone else's) by fetching the changed records by id (record_rows.py). A form with
unsaved edits is never overwritten: when its record changed elsewhere, the changed bar above it
offers Reload or Keep editing (record_live.py). A save refused because the record moved on opens
the merge dialog (record_merge_flow.py). The widgets are laid out by record_tab_layout.py.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from collab_desktop.domain.changes import ChangeSet, Kind
from collab_desktop.domain.record_stamps import stamp_line
from collab_desktop.domain.records import STAMP_FIELDS, DeleteImpact
from collab_desktop.domain.translation import translate
from collab_desktop.services.undo.undo import Change, edit_change
from collab_desktop.ui.context import AppContext
from collab_desktop.ui.dialogs.confirm import Leave, ask_unsaved, confirm_delete
from collab_desktop.ui.dialogs.merge_dialog import shown_value
from collab_desktop.ui.locale_format import number
from collab_desktop.ui.models.record_table_model import Column
from collab_desktop.ui.operations import Operation, fetch_or_none
from collab_desktop.ui.tabs import record_live
from collab_desktop.ui.tabs.record_merge_flow import save_refused
from collab_desktop.ui.tabs.record_rows import RecordRows
from collab_desktop.ui.tabs.record_tab_layout import build_form_column, build_list_column
from collab_desktop.ui.tabs.tab_texts import TabTexts
from collab_desktop.ui.widgets.changed_bar import ChangedBar
from collab_desktop.ui.widgets.form_panel import FormPanel
from collab_desktop.ui.widgets.record_table import RecordTable


class RecordTab(RecordRows, QWidget):
    """Base for the Collaboratives, Contacts and Sessions tabs."""

    status_message = Signal(str)
    records_loaded = Signal()  # a background load of the table finished

    kind: Kind  # the records the table lists
    noun = "record"  # in log records (the window's texts come from texts())
    # Other kinds the table's rows show something of (member counts, collaboratives' names):
    # a change to them merges a fresh list into the table.
    reload_kinds: tuple[Kind, ...] = ()
    # Kinds the selected record's related lists show (its members, its attendance).
    related_kinds: tuple[Kind, ...] = ()
    # False when the related lists show nothing of the record's own fields, so saving the
    # record leaves them as they are (a session's times decide how its registrations show).
    related_shows_record = True
    # Fields of a record that its form does not show (counts, related names, stamps): when only
    # they change elsewhere, a form with unsaved edits carries on without the changed bar.
    not_in_form: tuple[str, ...] = STAMP_FIELDS

    # The widgets record_tab_layout.py puts on the tab.
    new_button: QPushButton
    count_label: QLabel
    title: QLabel
    form: FormPanel
    changed_bar: ChangedBar
    stamps: QLabel
    save_button: QPushButton
    cancel_button: QPushButton
    delete_button: QPushButton
    history_button: QPushButton

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._current_id: Any = None
        self._selecting = False
        self._saving = False
        # The record as the form last showed it: what an edit's undo step puts back. None when
        # it changed elsewhere while the form held unsaved edits (then fetched on save).
        self._form_record: Any = None
        # The record as last fetched from the database, to tell whether a change touched it.
        self._stored_record: Any = None
        # The record the form's edits started from, kept while the form holds unsaved edits:
        # its version goes with the save, and a refused save is compared with it.
        self._base_record: Any = None
        self._merge_saved = False
        self._late_ids: set[Any] = set()
        self.texts = self.tab_texts()
        self.search_placeholder = self.texts.search
        self.table = RecordTable(
            self.columns(), self.search_text, self.search_placeholder, natural_key=self.natural_key
        )
        self.table.setObjectName(f"{self.kind}_table")
        self.table.set_accessible_names(self.texts.records, self.search_placeholder)
        left = build_list_column(self)
        scroll = build_form_column(self)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName(f"{self.kind}_splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.splitter)

        self.table.current_changed.connect(self._on_current_changed)
        self.form.dirty_changed.connect(self._update_buttons)
        self.table.proxy.rowsInserted.connect(self._update_count)
        self.table.proxy.rowsRemoved.connect(self._update_count)
        self.table.proxy.modelReset.connect(self._update_count)
        self.table.proxy.layoutChanged.connect(self._update_count)
        ctx.events.changes.connect(self._on_changes)
        # Records (and the form's choice lists) are fetched when the tab is first shown:
        # start-up pays only for the tab in view.
        self._loaded = False
        self._load_generation = 0
        self._editing = False
        self.form.setEnabled(False)
        self.title.setText(self.texts.none_selected)
        self._update_buttons()

    # --- hooks for subclasses -----------------------------------------------------------
    def tab_texts(self) -> TabTexts:
        """The tab's sentences about its records, each translated whole."""
        raise TypeError(f"{type(self).__name__} must define tab_texts()")

    def counted(self, n: int) -> str:
        """n records in words ("3 contacts"), for the delete question and its message."""
        raise TypeError(f"{type(self).__name__} must define counted()")

    def columns(self) -> list[Column]:
        raise TypeError(f"{type(self).__name__} must define columns()")

    def search_text(self, record: Any) -> str:
        return ""

    def natural_key(self, record: Any) -> Any:
        """Where a new record goes in the table while no column is sorted (the list's order)."""
        return getattr(record, "id", 0)

    def build_form(self, form: FormPanel) -> None:
        raise TypeError(f"{type(self).__name__} must define build_form()")

    def load_form(self, record: Any | None) -> None:
        """Fill the fields from a record (None: blank fields for a new one)."""
        raise TypeError(f"{type(self).__name__} must define load_form()")

    def read_form(self) -> Any:
        """A record from the fields, with the current id (None for a new one)."""
        raise TypeError(f"{type(self).__name__} must define read_form()")

    def save_record(self, record: Any) -> Any:
        raise TypeError(f"{type(self).__name__} must define save_record()")

    def fetch_record(self, record_id: Any) -> Any:
        raise TypeError(f"{type(self).__name__} must define fetch_record()")

    def delete_impact(self, ids: list[Any]) -> DeleteImpact:
        return DeleteImpact()

    def delete_records(self, ids: list[Any]) -> Change | None:
        """Delete (to the trash); return the change that undoes it."""
        raise TypeError(f"{type(self).__name__} must define delete_records()")

    def describe(self, record: Any) -> str:
        return str(getattr(record, "name", self.noun))

    def build_related(self) -> QWidget | None:
        return None

    def describe_value(self, field: str, value: Any) -> str:
        """A field's value as the merge dialog shows it (a subclass names ids, e.g. a
        collaborative's name)."""
        return shown_value(value)

    def load_related(self, record: Any | None) -> None:
        """Show what belongs to the selected record (members, collaboratives, registrations)."""

    # --- flow -------------------------------------------------------------------------
    @property
    def current_id(self) -> Any:
        return self._current_id

    @property
    def base_record(self) -> Any:
        """The record the form's unsaved edits started from (its version goes with the save)."""
        return self._base_record

    def rebase_on(self, record: Any) -> None:
        """The form's edits now start from record (a merge made on someone else's version):
        its version goes with the next save, and its stamps show under the form."""
        self._base_record = record
        self._form_record = record
        self._show_stamps(record)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        self.ensure_loaded()
        super().showEvent(event)

    def ensure_loaded(self) -> None:
        """Fetch the records the first time they are needed."""
        if not self._loaded:
            self._loaded = True
            self.reload()
            self.table.fit_columns()
            if self._current_id is None and not self.form.is_dirty():
                self._show(None)

    def _loaded_in_background(self) -> None:
        self.records_loaded.emit()

    def _background_failed(self, message: str) -> None:
        self.status_message.emit(message)

    def _update_count(self, *_args: object) -> None:
        shown, total = self.table.proxy.rowCount(), self.table.model.total_count()
        if shown == total:
            text = number(total)
        else:
            text = translate("RecordTab", "{shown} of {total}").format(
                shown=number(shown), total=number(total)
            )
        if self.loading:
            text = translate("RecordTab", "{count} (loading…)").format(count=text)
        self.count_label.setText(text)

    def _on_changes(self, changes: ChangeSet) -> None:
        """Follow a published ChangeSet (who made it elsewhere, if so, is said by the events)."""
        record_live.follow(self, changes, self.ctx.events.changed_by)

    def form_values(self, record: Any | None) -> Any:
        """What of a record the form shows, to tell whether a change elsewhere touched it."""
        return record_live.form_values(record, self.not_in_form)

    def reload_theirs(self) -> None:
        """Drop the unsaved edits and show the record as stored now (the bar's Reload)."""
        record_live.reload_theirs(self)

    def keep_editing(self) -> None:
        """Hide the bar and go on with the unsaved edits (the bar's Keep editing)."""
        record_live.keep_editing(self)

    def _safe_fetch(self, record_id: Any) -> Any:
        return fetch_or_none(self.fetch_record, record_id)

    def _show(self, record: Any | None, new: bool = False, related: bool = True) -> None:
        self.changed_bar.hide()
        self._current_id = getattr(record, "id", None) if record is not None else None
        self._form_record = record
        self._stored_record = record
        self._base_record = record
        self._show_stamps(record)
        with self.form.loading():
            self.load_form(record)
        self.form.clear_errors()
        if record is not None:
            self.title.setText(self.describe(record))
        elif new:
            self.title.setText(self.texts.new_record)
        else:
            self.title.setText(self.texts.none_selected)
        self._editing = record is not None or new
        self.form.setEnabled(self._editing)
        if related:
            self.load_related(record)
        self._update_buttons()

    def _show_stamps(self, record: Any | None) -> None:
        created_at = getattr(record, "created_at", None)
        text = (
            stamp_line(
                record.created_by,
                created_at,
                record.updated_by,
                record.updated_at,
                record.version,
            )
            if created_at is not None
            else ""
        )
        self.stamps.setText(text)
        self.stamps.setVisible(bool(text))

    def _update_buttons(self, *_args: object) -> None:
        editing = getattr(self, "_editing", False)
        self.save_button.setEnabled(editing)
        self.cancel_button.setEnabled(
            self.form.is_dirty() or (editing and self._current_id is None)
        )
        self.delete_button.setEnabled(
            self._current_id is not None or bool(self.table.selected_records())
        )
        self.history_button.setEnabled(self._current_id is not None)

    def maybe_leave(self) -> bool:
        """Before the form's record changes: ask about unsaved edits. False means stay."""
        if not self.form.is_dirty():
            return True
        what = self.title.text() if self._current_id is not None else self.texts.the_new
        choice = ask_unsaved(self, what)
        if choice == Leave.CANCEL:
            return False
        if choice == Leave.SAVE:
            return self.save()
        self.form.set_dirty(False)
        return True

    def _on_current_changed(self, record: Any) -> None:
        if record is not None and getattr(record, "id", None) == self._current_id:
            self._update_buttons()
            return
        # We are inside the selection model's signal: a save here must not reset the model
        # under it, so change handling is postponed until the selection settles.
        self._selecting = True
        try:
            leave = self.maybe_leave()
        finally:
            self._selecting = False
        if not leave:
            previous = self._current_id
            QTimer.singleShot(0, lambda: self._restore_selection(previous))
            return
        if record is None:
            self._show(None)
            return
        self._show(self._safe_fetch(record.id) or record)

    def _restore_selection(self, record_id: Any) -> None:
        if record_id is not None:
            self.table.select_id(record_id, emit=False)
        else:
            self.table.clear_selection()

    def new_record(self) -> None:
        """Blank form for a new record (after asking about unsaved edits)."""
        if not self.maybe_leave():
            return
        self.table.clear_selection()
        self._show(None, new=True)
        self.focus_first_field()

    def focus_first_field(self) -> None:
        """Put the keyboard focus on the form's first field (a new record starts there)."""
        self.form.focus_first_field()

    def save(self) -> bool:
        """Validate and save the form; messages appear beside the fields. True when saved."""
        if not getattr(self, "_editing", False):
            return False
        record = self.read_form()
        created = record.id is None
        before = None
        base = self._base_record
        if not created and base is not None and getattr(base, "id", None) == record.id:
            record.version = base.version  # the version the edits started from
        if not created:
            shown = self._form_record
            known = shown is not None and getattr(shown, "id", None) == record.id
            before = shown if known else self._safe_fetch(record.id)

        def undo_step(saved: Any) -> Change | None:
            return edit_change(self.kind, before, saved) if created or before is not None else None

        def refused(exc: Exception) -> None:  # a stale save opens the merge dialog, saved or not
            self._merge_saved = save_refused(self, exc, record)

        self._saving = True  # the form is shown from the saved record, once, by _saved
        self._merge_saved = False  # set when a refused save was merged and the merge saved
        try:
            saved = (
                Operation(
                    self.ctx,
                    self,
                    translate("RecordTab", "Save"),
                    lambda: self.save_record(record),
                )
                .undo_step(undo_step)
                .success(lambda saved: self._saved(saved, created))
                .failure(refused)
                .run()
            )
            return saved or self._merge_saved
        finally:
            self._saving = False

    def _saved(self, saved: Any, created: bool) -> None:
        self.form.set_dirty(False)
        self._current_id = saved.id
        if not self._selecting:  # when leaving for another record, that record is shown next
            self.table.select_id(saved.id, emit=False)
            self._show(saved, related=created or self.related_shows_record)
        if created:
            text = translate("RecordTab", "Created {name}.")
        else:
            text = translate("RecordTab", "Saved {name}.")
        self.status_message.emit(text.format(name=self.describe(saved)))

    def cancel_edit(self) -> None:
        """Throw away unsaved edits (or the new record) and show the stored record again."""
        self.form.set_dirty(False)
        if self._current_id is None:
            self._show(None)
            return
        self._show(self._safe_fetch(self._current_id))

    def delete_selected(self) -> None:
        """Delete the selected records after a confirmation that says what goes with them."""
        records = self.table.selected_records()
        if not records and self._current_id is not None:
            records = [self._safe_fetch(self._current_id)]
        records = [r for r in records if r is not None]
        if not records:
            return
        ids = [r.id for r in records]
        impact = self.delete_impact(ids)
        what = self.describe(records[0]) if len(records) == 1 else self.counted(len(records))
        if not confirm_delete(self, what, impact.describe()):
            return
        Operation(
            self.ctx, self, translate("RecordTab", "Delete"), lambda: self.delete_records(ids)
        ).undo_step().success(lambda _change: self._deleted(what)).run()

    def _deleted(self, what: str) -> None:
        self.form.set_dirty(False)
        self._current_id = None
        self._show(None)
        self.status_message.emit(
            translate("RecordTab", "Deleted {what}. Ctrl+Z puts it back.").format(what=what)
        )

    def show_history(self) -> None:
        """Open the History panel of the record in the form (beside it, not blocking it)."""
        from collab_desktop.ui.dialogs.history_panel import open_history

        open_history(self.ctx, str(self.kind), self._current_id, self.title.text(), self.window())

    def focus_search(self) -> None:
        self.table.search.setFocus()
        self.table.search.selectAll()

    def show_kept_edits(self, record: Any, base: Any | None = None) -> None:
        """Show edits typed earlier as unsaved edits; base, when given, is the record they
        started from (a save on its version meets the merge if the record moved since)."""
        if base is not None:
            self._base_record = base
        with self.form.loading():
            self.load_form(record)
        self.form.set_dirty(True)

    def select_record(self, record_id: Any) -> bool:
        """Select a record by id (used by other tabs to jump here)."""
        if not self.maybe_leave():
            return False
        self.ensure_loaded()
        self.table.search.clear()
        return self.table.select_id(record_id)
