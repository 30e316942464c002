"""A record tab's refused save: each message beside its field, or, when the save was based on an
old version, the merge dialog between what was typed and what someone else saved meanwhile."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, cast

from PySide6.QtWidgets import QDialog, QWidget

from collab_desktop.domain.record_merge import EDITABLE_FIELDS, compare, merged
from collab_desktop.domain.translation import translate
from collab_desktop.services.errors import ConflictError, StaleRecord, ValidationError
from collab_desktop.ui.dialogs.merge_dialog import MergeDialog, run_merge_dialog

if TYPE_CHECKING:
    from collab_desktop.domain.changes import Kind
    from collab_desktop.ui.widgets.form_panel import FormPanel


class MergingTab(Protocol):
    """What a refused save uses of a record tab (a QWidget, the merge dialog's parent): its
    form, how it names records and values, and how it takes and saves a merge."""

    kind: Kind
    form: FormPanel

    @property
    def base_record(self) -> Any: ...

    def describe(self, record: Any) -> str: ...

    def describe_value(self, field: str, value: Any) -> str: ...

    def load_form(self, record: Any | None) -> None: ...

    def rebase_on(self, record: Any) -> None: ...

    def save(self) -> bool: ...


def save_refused(tab: MergingTab, exc: Exception, record: Any = None) -> bool:
    """Say why the save was refused (a save based on an old version opens the merge dialog).
    True when the merge was then saved."""
    if isinstance(exc, StaleRecord) and record is not None and exc.current is not None:
        return merge(tab, exc, record)
    if isinstance(exc, ValidationError):
        tab.form.show_errors(exc.errors)
    elif isinstance(exc, ConflictError):
        tab.form.show_errors({exc.field or "_": str(exc)})
    else:
        tab.form.show_errors({"_": str(exc)})
    return False


def merge(tab: MergingTab, exc: StaleRecord, mine: Any) -> bool:
    """Someone saved the record since the form was loaded: show what they changed beside what
    was typed; OK saves the merge on their version (and comes back if it moved again);
    Cancel leaves the typed values in the form, unsaved. True when the merge was saved."""
    theirs = exc.current
    base = tab.base_record
    if base is None or getattr(base, "id", None) != theirs.id:
        base = mine  # nothing to compare with: every field they hold differently is listed
    comparison = compare(base, mine, theirs, EDITABLE_FIELDS[str(tab.kind)])
    dialog = MergeDialog(
        tab.describe(theirs),
        exc.changed_by,
        exc.changed_at,
        comparison,
        tab.form.labels(),
        tab.describe_value,
        cast(QWidget, tab),
    )
    dialog.setObjectName("merge_dialog")
    if run_merge_dialog(dialog) != QDialog.DialogCode.Accepted:
        tab.form.show_errors(
            {
                "_": translate(
                    "RecordTab",
                    "Not saved: {problem}. What you typed is still here; Save compares it "
                    "with their version again.",
                ).format(problem=str(exc))
            }
        )
        return False
    result = merged(mine, theirs, comparison, dialog.choices())
    # The form now holds the merge, based on their version; the undo step puts theirs back.
    with tab.form.loading():
        tab.load_form(result)
    tab.form.set_dirty(True)
    tab.rebase_on(theirs)
    return tab.save()
