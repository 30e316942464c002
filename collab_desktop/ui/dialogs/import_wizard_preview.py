"""The last two steps of the import wizard: the preview of every row, and the summary."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from collab_desktop.domain.changes import ChangeSet
from collab_desktop.domain.import_records import POLICIES, POLICY_LABELS
from collab_desktop.domain.translation import QT_TRANSLATE_NOOP, translate
from collab_desktop.ui.accessibility import set_name
from collab_desktop.ui.dialogs.confirm import show_error
from collab_desktop.ui.models.record_table_model import Column
from collab_desktop.ui.operations import Operation
from collab_desktop.ui.widgets.record_table import RecordTable

if TYPE_CHECKING:
    from collab_desktop.ui.dialogs.import_wizard_state import ImportWizardState

OUTCOME_LABELS = {
    "new": QT_TRANSLATE_NOOP("ImportWizardPreview", "New"),
    "update": QT_TRANSLATE_NOOP("ImportWizardPreview", "Update"),
    "unchanged": QT_TRANSLATE_NOOP("ImportWizardPreview", "Unchanged"),
    "duplicate": QT_TRANSLATE_NOOP("ImportWizardPreview", "Duplicate in file"),
    "error": QT_TRANSLATE_NOOP("ImportWizardPreview", "Error"),
}
# The choices for contacts already in the database, as the wizard offers them.
POLICY_TEXT = {
    "fill": QT_TRANSLATE_NOOP("ImportWizardPreview", "Fill empty fields only"),
    "overwrite": QT_TRANSLATE_NOOP("ImportWizardPreview", "Overwrite with the file's values"),
    "skip": QT_TRANSLATE_NOOP("ImportWizardPreview", "Leave existing contacts as they are"),
}


def policy_label(policy: str) -> str:
    """A policy for existing contacts ("fill") in words, in the chosen language."""
    if policy in POLICY_TEXT:
        return translate("ImportWizardPreview", POLICY_TEXT[policy])
    return POLICY_LABELS.get(policy, policy)


OUTCOME_COLOURS = {
    "new": "#2E7D32",
    "update": "#1565C0",
    "duplicate": "#EF6C00",
    "error": "#C62828",
}


def preview_columns() -> list[Column]:
    """The preview's columns, headed in the chosen language."""
    return [
        Column(translate("ImportWizardPreview", "Row"), lambda r: r.row, align_right=True),
        Column(
            translate("ImportWizardPreview", "Outcome"),
            lambda r: translate("ImportWizardPreview", OUTCOME_LABELS[r.outcome]),
            colour=lambda r: OUTCOME_COLOURS.get(r.outcome),
        ),
        Column(translate("ImportWizardPreview", "Name"), lambda r: r.name),
        Column(translate("ImportWizardPreview", "Email"), lambda r: r.email),
        Column(translate("ImportWizardPreview", "What happens"), lambda r: r.describe()),
    ]


def _apply(task: Any, db: Any, plan: Any) -> Any:
    """Runs on the worker: the import, reporting progress; Cancel rolls it back."""
    from collab_desktop.services.rosters.roster_import import apply_import

    return apply_import(db, plan, task.progress)


class PreviewPage(QWizardPage):
    """Step 4: every row's outcome and the policy for existing contacts; Import runs it."""

    def __init__(self, wizard: ImportWizardState) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(translate("ImportWizardPreview", "Check what will happen"))
        self.setSubTitle(
            translate(
                "ImportWizardPreview",
                "Nothing is changed until you press Import. Rows with errors are skipped.",
            )
        )
        self.setCommitPage(True)
        self.setButtonText(
            QWizard.WizardButton.CommitButton, translate("ImportWizardPreview", "&Import")
        )
        self.policy_combo = QComboBox()
        for policy in POLICIES:
            self.policy_combo.addItem(policy_label(policy), policy)
        self.policy_combo.activated.connect(lambda _i: self.replan())
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        filter_rows = translate("ImportWizardPreview", "Filter rows")
        self.table = RecordTable(preview_columns(), placeholder=filter_rows, shortcut_hint=False)
        self.table.set_accessible_names(
            translate("ImportWizardPreview", "Rows of the file and what happens to each"),
            filter_rows,
        )
        set_name(self.policy_combo, translate("ImportWizardPreview", "Existing contacts"))
        top = QHBoxLayout()
        label = QLabel(translate("ImportWizardPreview", "&Existing contacts:"))
        label.setBuddy(self.policy_combo)
        top.addWidget(label)
        top.addWidget(self.policy_combo)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.counts)
        layout.addWidget(self.table, 1)
        self._running = False

    def initializePage(self) -> None:  # noqa: N802
        self.policy_combo.setCurrentIndex(self.policy_combo.findData(self.wiz.options.policy))
        self.replan()

    def replan(self) -> None:
        from collab_desktop.services.rosters.roster_plan import plan_import

        self.wiz.options.policy = self.policy_combo.currentData()
        wiz = self.wiz
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            planned = Operation(
                wiz.ctx, self, translate("ImportWizardPreview", "Import roster"),
                lambda: plan_import(wiz.ctx.db, wiz.table, wiz.mapping, wiz.options),
            ).failure(self._no_plan)  # fmt: skip
            if not planned.run():
                return
        finally:
            QGuiApplication.restoreOverrideCursor()
        plan = self.wiz.plan = planned.result
        self.counts.setText(
            translate(
                "ImportWizardPreview",
                "<b>{new} new, {update} to update, {unchanged} unchanged, {duplicate} duplicates "
                "in the file, {errors} with errors</b>",
            ).format(
                new=f"{len(plan.new_contacts):,}",
                update=f"{plan.count('update'):,}",
                unchanged=f"{plan.count('unchanged'):,}",
                duplicate=f"{plan.count('duplicate'):,}",
                errors=f"{len(plan.errors):,}",
            )
        )
        self.table.set_records(plan.rows)
        self.table.fit_columns()
        self.completeChanged.emit()

    def _no_plan(self, exc: Exception) -> None:
        self.wiz.plan = None
        self.counts.setText(str(exc))
        self.table.set_records([])

    def isComplete(self) -> bool:  # noqa: N802
        return self.wiz.plan is not None and not self._running

    def validatePage(self) -> bool:  # noqa: N802
        """Start the import on the worker; the wizard moves on when it has committed."""
        if self.wiz.result is not None:
            return True
        if self._running or self.wiz.plan is None:
            return False
        self._running = True
        self.completeChanged.emit()
        wiz = self.wiz
        db, plan = wiz.ctx.db, wiz.plan
        title = translate("ImportWizardPreview", "Import roster")
        Operation(wiz.ctx, wiz, title, lambda task: _apply(task, db, plan)).undo_step(self._import_change).always(self._stopped).success(self._done).failure(
            self._failed
        ).cancelled(self._cancelled).run_in_background(
            progress=translate("ImportWizardPreview", "Importing the roster…"), with_task=True
        )  # fmt: skip
        return False

    def _import_change(self, result: Any) -> Any:
        """The undo step of the import; Ctrl+Z in the wizard undoes it (and nothing older)."""
        from collab_desktop.services.undo.undo import RosterImportChange

        self.wiz.import_change = RosterImportChange(self.wiz.plan, result)
        return self.wiz.import_change

    def _stopped(self) -> None:
        self._running = False
        self.completeChanged.emit()

    def _done(self, result: Any) -> None:
        from collab_desktop.services.rosters.saved_mappings import remember_mapping

        wiz = self.wiz
        wiz.result = result
        # Files laid out the same way get this column mapping next time.
        headers, mapping = wiz.table.headers, wiz.mapping
        Operation(
            wiz.ctx,
            self,
            translate("ImportWizardPreview", "Import roster"),
            lambda: remember_mapping(wiz.ctx.db, headers, mapping),
        ).run()
        wiz.next()

    def _cancelled(self) -> None:
        self.counts.setText(
            translate(
                "ImportWizardPreview", "<b>The import was cancelled; nothing was changed.</b>"
            )
        )

    def _failed(self, exc: Exception) -> None:
        show_error(self, translate("ImportWizardPreview", "Import roster"), str(exc))
        self.replan()  # the database changed under the preview: show the rows afresh


class SummaryPage(QWizardPage):
    """Step 5: what the import did (or that Ctrl+Z undid it), and the rejected rows to fix."""

    def __init__(self, wizard: ImportWizardState) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(translate("ImportWizardPreview", "Import finished"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.save_errors_button = QPushButton(
            translate("ImportWizardPreview", "Save &errors as Excel…")
        )
        self.save_errors_button.clicked.connect(self.save_errors)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        row = QHBoxLayout()
        row.addWidget(self.save_errors_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        wizard.ctx.events.changes.connect(self._on_changes)

    def initializePage(self) -> None:  # noqa: N802
        self.show_result()
        # The import ran behind a progress dialog, and the focus came back to a control of the
        # preview, hidden now: it goes to Finish (Enter closes; Save errors is Alt+E or Tab),
        # once the wizard has shown the page and its buttons.
        QTimer.singleShot(0, self._focus_finish)

    def _focus_finish(self) -> None:
        finish = self.wiz.button(QWizard.WizardButton.FinishButton)
        if self.wiz.currentPage() is self and finish.isVisible():
            finish.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_changes(self, _changes: ChangeSet) -> None:
        if self.wiz.currentPage() is self:  # Ctrl+Z or Ctrl+Shift+Z on the import
            self.show_result()

    def show_result(self) -> None:
        """The import's counts and first errors, or that it was undone."""
        change = self.wiz.import_change
        if change is not None:
            self.wiz.result = change.result  # a redo imports again, as a new batch
        r = self.wiz.result
        undone = change is not None and change.undone
        self.setTitle(
            translate("ImportWizardPreview", "Import undone")
            if undone
            else translate("ImportWizardPreview", "Import finished")
        )
        if undone:
            self.summary.setText(
                translate(
                    "ImportWizardPreview",
                    "<p><b>The import was undone.</b> The {added} contacts and the memberships it "
                    "added are removed; the {updated} contacts it updated are as they were.</p>",
                ).format(added=f"{r.added:,}", updated=f"{r.updated:,}")
            )
            self.hint.setText(
                translate("ImportWizardPreview", "Ctrl+Shift+Z imports the same rows again.")
            )
            return
        refused = len(r.errors)
        with_errors = translate("ImportWizardPreview", "<b>%n</b> rows with errors", None, refused)
        lines = [
            translate(
                "ImportWizardPreview",
                "<p><b>{added}</b> added, <b>{updated}</b> updated, <b>{unchanged}</b> unchanged, "
                "<b>{duplicates}</b> duplicates skipped, {with_errors}.</p>",
            ).format(
                added=f"{r.added:,}",
                updated=f"{r.updated:,}",
                unchanged=f"{r.unchanged:,}",
                duplicates=f"{r.duplicates:,}",
                with_errors=with_errors,
            )
        ]
        for row, message in r.errors[:5]:
            lines.append(
                translate("ImportWizardPreview", "<p>Row {row}: {message}</p>").format(
                    row=row, message=message
                )
            )
        if refused > 5:
            more = refused - 5
            lines.append(translate("ImportWizardPreview", "<p>… and %n more.</p>", None, more))
        self.summary.setText("".join(lines))
        self.save_errors_button.setEnabled(bool(r.errors))
        self.hint.setText(
            translate(
                "ImportWizardPreview",
                "Ctrl+Z undoes the whole import; later, so do Edit > Undo and File > Import history.",
            )
        )

    def save_errors(self, path: str | None = None) -> None:
        from collab_desktop.io.roster_export import write_rejected_rows

        if not path:
            start = self.wiz.table.path.with_name(
                translate("ImportWizardPreview", "{name} - errors.xlsx").format(
                    name=self.wiz.table.path.stem
                )
            )
            path, _ = QFileDialog.getSaveFileName(
                self,
                translate("ImportWizardPreview", "Save errors as Excel"),
                str(start),
                translate("ImportWizardPreview", "Excel workbook (*.xlsx)"),
            )
        if not path:
            return
        try:
            count = write_rejected_rows(self.wiz.plan, path)
        except OSError as exc:
            show_error(
                self,
                translate("ImportWizardPreview", "Save errors"),
                translate("ImportWizardPreview", "{path} could not be written: {error}.").format(
                    path=path, error=exc.strerror or exc
                ),
            )
            return
        self.hint.setText(
            translate(
                "ImportWizardPreview",
                "Saved %n rows to {path}. Fix them and import that file again.",
                None,
                count,
            ).format(path=path)
        )
