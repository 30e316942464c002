"""The shape shared by every tab: a searchable table on the left, the selected record's form on the right.

Subclasses say how to fetch, show, read, save and delete their records; this class does the flow:
selection, New, Save, Cancel, Delete with confirmation, unsaved-edit prompts and refresh on change.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from collab_desktop.domain.records import DeleteImpact
from collab_desktop.services.errors import ConflictError, ServiceError, ValidationError
from collab_desktop.services.undo.undo import Change, edit_change
from collab_desktop.ui.context import AppContext
from collab_desktop.ui.dialogs.confirm import Leave, ask_unsaved, confirm_delete, show_error
from collab_desktop.ui.icons import icon
from collab_desktop.ui.models.record_table_model import Column
from collab_desktop.ui.widgets.form_panel import FormPanel
from collab_desktop.ui.widgets.record_table import RecordTable

log = logging.getLogger(__name__)

FIRST_PAGE = 200  # rows shown at once while a large table loads in the background
BACKGROUND_DELAY_MS = 150


class RecordTab(QWidget):
    """Base for the Collaboratives, Contacts and Sessions tabs."""

    status_message = Signal(str)
    records_loaded = Signal()  # a background load of the table finished
    # A services.undo.undo Change for each save and delete, for Edit > Undo.
    change_made = Signal(object)

    kind = "record"  # sent with data_changed
    noun = "record"  # shown in buttons and messages
    reload_kinds: tuple[str, ...] = ()
    search_placeholder = "Search"
    # Above this many records the table loads on the worker thread (0: always at once).
    background_threshold = 0
    loading = False

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._current_id: Any = None
        self._selecting = False
        self.table = RecordTable(self.columns(), self.search_text, self.search_placeholder)
        self.table.setObjectName(f"{self.kind}_table")
        self.new_button = QPushButton(icon("add"), f"New {self.noun}")
        self.new_button.setToolTip(f"Create a new {self.noun} (Ctrl+N)")
        self.new_button.clicked.connect(self.new_record)
        self.count_label = QLabel()
        self.count_label.setObjectName("hint")

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.new_button)
        bottom.addStretch(1)
        bottom.addWidget(self.count_label)
        left_layout.addLayout(bottom)

        self.title = QLabel()
        self.title.setObjectName("formTitle")
        self.title.setWordWrap(True)
        self.form = FormPanel()
        self.build_form(self.form)
        self.save_button = QPushButton(icon("save"), "Save")
        self.save_button.setToolTip("Save changes (Ctrl+S)")
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(icon("cancel"), "Cancel")
        self.cancel_button.setToolTip("Discard unsaved changes")
        self.delete_button = QPushButton(icon("delete"), "Delete")
        self.delete_button.setToolTip(f"Delete the selected {self.noun} (Del)")
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel_edit)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)

        right_inner = QWidget()
        right_layout = QVBoxLayout(right_inner)
        right_layout.setContentsMargins(16, 8, 16, 8)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.form)
        right_layout.addLayout(buttons)
        related = self.build_related()
        if related is not None:
            right_layout.addWidget(related, 1)
        else:
            right_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(right_inner)

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
        ctx.events.data_changed.connect(self._on_data_changed)
        # Records (and the form's choice lists) are fetched when the tab is first shown:
        # start-up pays only for the tab in view.
        self._loaded = False
        self._load_generation = 0
        self._editing = False
        self.form.setEnabled(False)
        self.title.setText(f"No {self.noun} selected")
        self._update_buttons()

    # --- hooks for subclasses -----------------------------------------------------------
    def columns(self) -> list[Column]:
        raise TypeError(f"{type(self).__name__} must define columns()")

    def search_text(self, record: Any) -> str:
        return ""

    def fetch_records(self) -> list[Any]:
        raise TypeError(f"{type(self).__name__} must define fetch_records()")

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

    def count_records(self) -> int:
        """How many records the table will hold (only asked when background_threshold is set)."""
        raise TypeError(f"{type(self).__name__} must define count_records()")

    def fetch_first_rows(self, limit: int) -> list[Any]:
        """The first records in the table's order, shown while the rest load."""
        raise TypeError(f"{type(self).__name__} must define fetch_first_rows()")

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

    def load_related(self, record: Any | None) -> None:
        """Show what belongs to the selected record (members, collaboratives, registrations)."""

    # --- flow -------------------------------------------------------------------------
    @property
    def current_id(self) -> Any:
        return self._current_id

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

    def load_now(self) -> None:
        """Have every record in the table now, waiting for none (for actions on the listed rows)."""
        if self._loaded and not self.loading:
            return
        first = not self._loaded
        self._loaded = True
        self._load_generation += 1  # a background result still on its way is dropped
        self.loading = False
        self.table.set_records(self.fetch_records(), keep_id=self._current_id)
        if first:
            self.table.fit_columns()
        self._update_count()

    def reload(self) -> None:
        """Fetch the records again, keeping the selection (and an unsaved form) where it is.

        Past background_threshold records the full list is fetched on the worker thread (the
        first page is shown at once on the first load), so the window never waits for it.
        """
        if not self.background_threshold or self.count_records() <= self.background_threshold:
            self.table.set_records(self.fetch_records(), keep_id=self._current_id)
            self._update_count()
            return
        if self.table.model.total_count() == 0:
            self.table.set_records(self.fetch_first_rows(FIRST_PAGE), keep_id=self._current_id)
        self._load_generation += 1
        generation = self._load_generation
        self.loading = True
        self._update_count()
        # Start a moment later, so the first page is painted before the worker takes its share
        # of the interpreter.
        QTimer.singleShot(BACKGROUND_DELAY_MS, self, lambda: self._start_loading(generation))

    def _start_loading(self, generation: int) -> None:
        if generation != self._load_generation:
            return  # a newer reload (or load_now) took over
        self.ctx.tasks.run(
            self._fetch_for_table,
            on_done=lambda result: self._apply_loaded(generation, result),
            on_error=lambda exc, _details: self._load_failed(generation, exc),
        )

    def _fetch_for_table(self) -> tuple[list[Any], list[str]]:
        """On the worker thread: the records and their search texts."""
        records = self.fetch_records()
        return records, self.table.model.search_texts(records)

    def _apply_loaded(self, generation: int, result: tuple[list[Any], list[str]]) -> None:
        if generation != self._load_generation:
            return  # a newer reload is on its way
        records, haystack = result
        self.loading = False
        self.table.set_records(records, keep_id=self._current_id, haystack=haystack)
        self._update_count()
        self.records_loaded.emit()

    def _load_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._load_generation:
            return
        self.loading = False
        log.error("loading %ss failed: %s", self.noun, exc)
        self._update_count()
        self.status_message.emit(f"The {self.noun}s could not be loaded: {exc}")

    def _update_count(self, *_args: object) -> None:
        shown, total = self.table.proxy.rowCount(), self.table.model.total_count()
        text = f"{total:,}" if shown == total else f"{shown:,} of {total:,}"
        self.count_label.setText(f"{text} (loading…)" if self.loading else text)

    def _on_data_changed(self, kind: str, ids: list) -> None:
        if kind not in (self.kind, "all", *self.reload_kinds) or not self._loaded:
            return
        if self._selecting:
            QTimer.singleShot(0, lambda: self._on_data_changed(kind, ids))
            return
        self.reload()
        if self._current_id is not None and not self.form.is_dirty():
            try:
                record = self.fetch_record(self._current_id)
            except ServiceError:
                self._show(None)
                return
            self._show(record)
        elif self._current_id is not None:
            self.load_related(self._safe_fetch(self._current_id))

    def _safe_fetch(self, record_id: Any) -> Any:
        try:
            return self.fetch_record(record_id)
        except ServiceError:
            return None

    def _show(self, record: Any | None, new: bool = False) -> None:
        self._current_id = getattr(record, "id", None) if record is not None else None
        with self.form.loading():
            self.load_form(record)
        self.form.clear_errors()
        if record is not None:
            self.title.setText(self.describe(record))
        elif new:
            self.title.setText(f"New {self.noun}")
        else:
            self.title.setText(f"No {self.noun} selected")
        self._editing = record is not None or new
        self.form.setEnabled(self._editing)
        self.load_related(record)
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        editing = getattr(self, "_editing", False)
        self.save_button.setEnabled(editing)
        self.cancel_button.setEnabled(
            self.form.is_dirty() or (editing and self._current_id is None)
        )
        self.delete_button.setEnabled(
            self._current_id is not None or bool(self.table.selected_records())
        )

    def maybe_leave(self) -> bool:
        """Before the form's record changes: ask about unsaved edits. False means stay."""
        if not self.form.is_dirty():
            return True
        what = self.title.text() if self._current_id is not None else f"The new {self.noun}"
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
        # under it, so data_changed handling is postponed until the selection settles.
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
        self.form.focusNextChild()

    def save(self) -> bool:
        """Validate and save the form; messages appear beside the fields. True when saved."""
        if not getattr(self, "_editing", False):
            return False
        record = self.read_form()
        before = self._safe_fetch(record.id) if record.id is not None else None
        try:
            saved = self.save_record(record)
        except ValidationError as exc:
            self.form.show_errors(exc.errors)
            return False
        except ConflictError as exc:
            self.form.show_errors({exc.field or "_": str(exc)})
            return False
        except ServiceError as exc:
            self.form.show_errors({"_": str(exc)})
            return False
        created = record.id is None
        if created or before is not None:
            self.change_made.emit(edit_change(self.kind, before, saved))
        self.form.set_dirty(False)
        self._current_id = saved.id
        self.ctx.events.changed(self.kind, [saved.id])
        if not self._selecting:  # when leaving for another record, that record is shown next
            self.table.select_id(saved.id, emit=False)
            self._show(saved)
        self.status_message.emit(f"{'Created' if created else 'Saved'} {self.describe(saved)}.")
        return True

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
        what = self.describe(records[0]) if len(records) == 1 else f"{len(records)} {self.noun}s"
        if not confirm_delete(self, what, impact.describe()):
            return
        try:
            change = self.delete_records(ids)
        except ServiceError as exc:
            show_error(self, "Delete", str(exc))
            return
        if change is not None:
            self.change_made.emit(change)
        self.form.set_dirty(False)
        self._current_id = None
        self.ctx.events.changed(self.kind, ids)
        self._show(None)
        self.status_message.emit(f"Deleted {what}. Ctrl+Z puts it back.")

    def focus_search(self) -> None:
        self.table.search.setFocus()
        self.table.search.selectAll()

    def select_record(self, record_id: Any) -> bool:
        """Select a record by id (used by other tabs to jump here)."""
        if not self.maybe_leave():
            return False
        self.ensure_loaded()
        self.table.search.clear()
        return self.table.select_id(record_id)
