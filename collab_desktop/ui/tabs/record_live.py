"""A record tab following published change sets: the changed rows, then the form and its related
lists. A form with unsaved edits is never overwritten: when its record changed elsewhere, the
changed bar above it offers Reload or Keep editing."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import fields, is_dataclass
from typing import TYPE_CHECKING, Any, Protocol, cast

from PySide6.QtCore import QObject, QTimer

from collab_desktop.ui.widgets.changed_bar import ChangedBar

if TYPE_CHECKING:
    from collab_desktop.domain.changes import ChangeSet, Kind
    from collab_desktop.ui.widgets.form_panel import FormPanel


class ChangedBarOwner(Protocol):
    """What the changed bar is wired to: the tab's kind (in the bar's name) and its answers."""

    kind: Kind

    def reload_theirs(self) -> None: ...

    def keep_editing(self) -> None: ...


class LiveTab(ChangedBarOwner, Protocol):
    """What following change sets uses of a record tab (a QWidget): its rows, its form and the
    state of the form's record, private to the tab and shared with this module only."""

    reload_kinds: tuple[Kind, ...]
    related_kinds: tuple[Kind, ...]
    form: FormPanel
    changed_bar: ChangedBar
    _loaded: bool  # the records were fetched once (the tab was shown)
    _selecting: bool  # inside the selection model's signal
    _saving: bool  # a save of the form is under way
    _form_record: Any  # the record as the form last showed it (a save's undo step)
    _stored_record: Any  # the record as last fetched, to tell whether a change touched it

    @property
    def current_id(self) -> Any: ...

    def reload(self) -> None: ...

    def refresh_rows(self) -> None: ...

    def refresh_ids(self, ids: Collection[Any]) -> None: ...

    def load_related(self, record: Any | None) -> None: ...

    def form_values(self, record: Any | None) -> Any: ...

    def _safe_fetch(self, record_id: Any) -> Any: ...

    def _show(self, record: Any | None) -> None: ...


def make_changed_bar(tab: ChangedBarOwner) -> ChangedBar:
    """The bar said when the record changes elsewhere while the form holds unsaved edits."""
    bar = ChangedBar()
    bar.setObjectName(f"{tab.kind}_changed_bar")
    bar.reload_requested.connect(tab.reload_theirs)
    bar.keep_requested.connect(tab.keep_editing)
    return bar


def follow(tab: LiveTab, changes: ChangeSet, changed_by: str | None) -> None:
    """The changed rows, then the form and its related lists."""
    if not tab._loaded:
        return  # the tab fetches everything when it is first shown
    if tab._selecting:  # inside the selection model's signal: once it has settled
        # The tab (a QWidget) is the timer's context: no call once it is gone.
        QTimer.singleShot(0, cast(QObject, tab), lambda: follow(tab, changes, changed_by))
        return
    whole = changes.is_many(tab.kind)
    ids = changes.ids(tab.kind)
    if whole and changed_by is not None:
        tab.refresh_rows()  # made elsewhere: edit the rows that differ, the view stays put
    elif whole:
        tab.reload()
    elif ids:
        tab.refresh_ids(ids)
    shown_kinds = changes.touches(*tab.reload_kinds)
    if shown_kinds and not whole:
        tab.refresh_rows()
    if tab.current_id is None or tab._saving:
        return  # a save shows the saved record itself
    if whole or shown_kinds or tab.current_id in ids:
        show_current(tab, changed_by)
    elif changes.touches(*tab.related_kinds):
        tab.load_related(tab._safe_fetch(tab.current_id))


def show_current(tab: LiveTab, changed_by: str | None = None) -> None:
    """Show the selected record as it is now; an unsaved edit stays as typed, and when the
    record itself changed the bar above the form says by whom (Reload · Keep editing)."""
    record = tab._safe_fetch(tab.current_id)
    if not tab.form.is_dirty():
        tab._show(record)  # None: it was deleted
        return
    if tab.form_values(record) != tab.form_values(tab._stored_record):
        tab.changed_bar.show_change(changed_by, deleted=record is None)
        tab._form_record = None  # the undo step of a save takes the stored record then
    tab._stored_record = record
    tab.load_related(record)


def form_values(record: Any | None, not_in_form: tuple[str, ...]) -> Any:
    """What of a record the form shows (all its fields but not_in_form), to tell whether a change
    elsewhere touched it."""
    if record is None or not is_dataclass(record):
        return record
    return tuple(getattr(record, f.name) for f in fields(record) if f.name not in not_in_form)


def reload_theirs(tab: LiveTab) -> None:
    """Drop the unsaved edits and show the record as stored now (the bar's Reload)."""
    tab.form.set_dirty(False)
    tab._show(tab._safe_fetch(tab.current_id) if tab.current_id is not None else None)
    tab.form.focus_first_field()


def keep_editing(tab: LiveTab) -> None:
    """Hide the bar and go on with the unsaved edits (the bar's Keep editing)."""
    tab.changed_bar.hide()
    tab.form.focus_first_field()
