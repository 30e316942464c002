"""The roster import wizard: file and sheet, column mapping, target, preview, then the import.

Every step calls the same services as ``import-roster``; reading the file and the import itself
run on the background worker with a progress dialog and Cancel (ui/operations.py), and the
import commits in one transaction.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from collab_desktop.domain.import_records import RosterTable
from collab_desktop.domain.translation import translate
from collab_desktop.io.roster_mapping import FIELD_LABELS, cell_text
from collab_desktop.ui.accessibility import name_from_labels, set_name
from collab_desktop.ui.context import AppContext
from collab_desktop.ui.dialogs.import_wizard_preview import PreviewPage, SummaryPage
from collab_desktop.ui.dialogs.import_wizard_state import ImportWizardState
from collab_desktop.ui.operations import Operation
from collab_desktop.ui.undo_stack import add_dialog_undo
from collab_desktop.ui.widgets.choices import combo_value, editable_combo, refill_combo


def roster_filter() -> str:
    """The file dialog's filter for rosters, described in the chosen language."""
    return translate(
        "ImportWizard", "Rosters (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)"
    )


SAMPLE_ROWS = 3


class ImportWizard(ImportWizardState):
    """File > Import roster…; holds what the pages choose (table, mapping, options, plan)."""

    def __init__(self, ctx: AppContext, path: Path | None = None, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setWindowTitle(translate("ImportWizard", "Import roster"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.target_page = TargetPage(self)
        self.preview_page = PreviewPage(self)
        self.summary_page = SummaryPage(self)
        for page in (
            self.file_page,
            self.mapping_page,
            self.target_page,
            self.preview_page,
            self.summary_page,
        ):
            self.addPage(page)
        self.resize(900, 620)
        self.dialog_undo = add_dialog_undo(
            self, ctx, wants=lambda change: change is self.import_change
        )
        if path is not None:
            self.file_page.load(path)


class FilePage(QWizardPage):
    """Step 1: the file, the sheet and the header row (found automatically, changeable)."""

    read_finished = Signal()  # a read of the file has landed (a table, a message, or cancelled)

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.reading = False
        self._read_generation = 0
        self.setTitle(translate("ImportWizard", "Choose the roster file"))
        self.setSubTitle(
            translate(
                "ImportWizard",
                "Excel (.xlsx, .xlsm, .xls), OpenDocument (.ods) or CSV. The header row is found "
                "automatically; change it if the preview shows the wrong row.",
            )
        )
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(translate("ImportWizard", "No file chosen"))
        self.browse_button = QPushButton(translate("ImportWizard", "&Browse…"))
        self.browse_button.clicked.connect(self.browse)
        self.sheet_combo = QComboBox()
        self.sheet_combo.activated.connect(lambda _i: self.reload(sheet_changed=True))
        self.header_spin = QSpinBox()
        self.header_spin.setRange(1, 1000)
        self.header_spin.editingFinished.connect(self._header_row_edited)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("formError")
        self.headers_label = QLabel()
        self.headers_label.setWordWrap(True)
        self.headers_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        form = QFormLayout()
        file_label = QLabel(translate("ImportWizard", "&File:"))
        file_label.setBuddy(self.browse_button)
        form.addRow(file_label, file_row)
        form.addRow(translate("ImportWizard", "&Sheet:"), self.sheet_combo)
        form.addRow(translate("ImportWizard", "&Header row:"), self.header_spin)
        self.path_edit.setAccessibleName(translate("ImportWizard", "File"))
        # Its own name: as the File label's buddy it was named "File", like the box beside it.
        self.browse_button.setAccessibleName(translate("ImportWizard", "Browse…"))
        self.browse_button.setAccessibleDescription(
            translate("ImportWizard", "Choose the roster file to import")
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.headers_label)
        layout.addStretch(1)
        name_from_labels(self)

    def browse(self) -> None:
        start = self.path_edit.text() or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self, translate("ImportWizard", "Import roster"), start, roster_filter()
        )
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        """Read a new file: its first sheet with a recognizable header."""
        self.path_edit.setText(str(path))
        self._read(path, sheet=None, header_row=None)

    def reload(self, sheet_changed: bool) -> None:
        if not self.path_edit.text():
            return
        header = None if sheet_changed else self.header_spin.value() - 1
        self._read(Path(self.path_edit.text()), self.sheet_combo.currentText() or None, header)

    def _header_row_edited(self) -> None:
        """Read again from the row typed in; Tab passing through the box reads nothing.

        A read disables Next until it lands, and Tab from this box goes to Next: reading again
        on every pass left the keyboard focus on a disabled button, that is nowhere.
        """
        table = self.wiz.table
        if table is None or table.header_row != self.header_spin.value() - 1:
            self.reload(sheet_changed=False)

    def _read(self, path: Path, sheet: str | None, header_row: int | None) -> None:
        """Read the file on the worker (progress and Cancel past a moment); the page waits."""
        from collab_desktop.io.roster_reader import read_roster

        self._read_generation += 1
        generation = self._read_generation
        self.wiz.table = None
        self.reading = True
        self.message.setText(translate("ImportWizard", "Reading the file…"))
        self.headers_label.clear()
        self.completeChanged.emit()

        def current() -> bool:
            return generation == self._read_generation  # a newer read replaces this one

        cancelled = translate("ImportWizard", "Reading the file was cancelled.")
        Operation(
            self.wiz.ctx, self, translate("ImportWizard", "Import roster"),
            lambda: read_roster(path, sheet=sheet, header_row=header_row),
        ).success(lambda table: current() and self._show_table(table)).failure(
            lambda exc: current() and self._show_problem(path, sheet, str(exc))
        ).cancelled(
            lambda: current() and self._done_reading(cancelled)
        ).run_in_background(progress=translate("ImportWizard", "Reading the roster…"))  # fmt: skip

    def _show_table(self, table: RosterTable) -> None:
        self.wiz.table = table
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        self.sheet_combo.addItems(table.sheet_names)
        self.sheet_combo.setCurrentText(table.sheet)
        self.sheet_combo.blockSignals(False)
        self.header_spin.setValue(table.header_row + 1)
        headers = ", ".join(h for h in table.headers if h) or translate("ImportWizard", "(blank)")
        count = len(table.rows)
        rows = translate("ImportWizard", "%n rows", None, count)
        self.headers_label.setText(
            translate("ImportWizard", "<b>{rows}</b> below the header. Columns: {headers}").format(
                rows=rows, headers=headers
            )
        )
        self._done_reading("")

    def _show_problem(self, path: Path, sheet: str | None, message: str) -> None:
        """Say what is wrong, and still list the sheets so another one can be picked."""
        from collab_desktop.io.roster_files import open_roster

        generation = self._read_generation

        def offer(names: list[str]) -> None:
            if generation != self._read_generation:
                return
            self.sheet_combo.blockSignals(True)
            self.sheet_combo.clear()
            self.sheet_combo.addItems(names)
            if sheet:
                self.sheet_combo.setCurrentText(sheet)
            self.sheet_combo.blockSignals(False)
            self._done_reading(message)

        Operation(
            self.wiz.ctx,
            self,
            translate("ImportWizard", "Import roster"),
            lambda: open_roster(path).sheet_names,
        ).success(offer).failure(lambda _exc: offer([])).run_in_background()

    def _done_reading(self, message: str) -> None:
        self.reading = False
        self.message.setText(message)
        self.completeChanged.emit()
        self.read_finished.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self.wiz.table is not None

    def validatePage(self) -> bool:  # noqa: N802
        return self.wiz.table is not None  # not while the file is still being read


class MappingPage(QWizardPage):
    """Step 2: each source column to a contact field or ignore (remembered per layout)."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(translate("ImportWizard", "Match the columns"))
        self.setSubTitle(
            translate(
                "ImportWizard",
                "Choose the contact field each column holds. The choice is remembered for files "
                "with the same columns.",
            )
        )
        self.combos: list[QComboBox] = []
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setColumnStretch(1, 1)
        self.grid.setHorizontalSpacing(16)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        scroll.setAccessibleName(translate("ImportWizard", "Columns of the file"))
        self.message = QLabel()
        self.message.setObjectName("formError")
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)

    def initializePage(self) -> None:  # noqa: N802
        from collab_desktop.services.rosters.saved_mappings import mapping_for

        table = self.wiz.table
        assert table is not None
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.combos = []
        headings = (
            translate("ImportWizard", "Column in the file"),
            translate("ImportWizard", "Sample values"),
            translate("ImportWizard", "Contact field"),
        )
        for col, text in enumerate(headings):
            label = QLabel(f"<b>{text}</b>")
            self.grid.addWidget(label, 0, col)
        mapping = mapping_for(self.wiz.ctx.db, table)
        for i, header in enumerate(table.headers):
            shown = header or translate("ImportWizard", "Column {number}").format(number=i + 1)
            if i in table.hidden_columns:
                shown = translate("ImportWizard", "{column} (hidden)").format(column=shown)
            name = QLabel(shown)
            samples = [
                cell_text(cells[i]) for _n, cells in table.rows[:SAMPLE_ROWS] if i < len(cells)
            ]
            sample = QLabel("  |  ".join(s for s in samples if s)[:90])
            sample.setObjectName("hint")
            # Samples give way to the choice beside them (with a large font the choice stayed
            # out of sight behind a horizontal scroll bar), and wrap rather than being cut off.
            sample.setWordWrap(True)
            policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            policy.setHeightForWidth(True)
            sample.setSizePolicy(policy)
            sample.setToolTip(sample.text())
            combo = QComboBox()
            for key, label_text in FIELD_LABELS.items():
                # The field names are marked where they are defined (io/roster_mapping.py).
                combo.addItem(translate("RosterMapping", label_text), key)
            combo.setCurrentIndex(combo.findData(mapping[i]))
            combo.currentIndexChanged.connect(lambda _i: self.completeChanged.emit())
            name.setBuddy(combo)
            set_name(
                combo,
                translate("ImportWizard", "Contact field for column {column}").format(
                    column=name.text()
                ),
                translate("ImportWizard", "Samples: {samples}").format(samples=sample.text()),
            )
            self.grid.addWidget(name, i + 1, 0)
            self.grid.addWidget(sample, i + 1, 1)
            self.grid.addWidget(combo, i + 1, 2)
            self.combos.append(combo)
        self.grid.setRowStretch(len(table.headers) + 1, 1)

    def current_mapping(self) -> list[str]:
        return [c.currentData() for c in self.combos]

    def isComplete(self) -> bool:  # noqa: N802
        names = {"email", "first_name", "last_name", "full_name", "full_name_last_first"}
        ok = bool(names & set(self.current_mapping()))
        self.message.setText(
            ""
            if ok
            else translate("ImportWizard", "Match at least one column to Email or a name field.")
        )
        return ok

    def validatePage(self) -> bool:  # noqa: N802
        self.wiz.mapping = self.current_mapping()
        return True


class TargetPage(QWizardPage):
    """Step 3: the collaborative people join (optional) and their role."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(translate("ImportWizard", "Add them to a collaborative (optional)"))
        self.setSubTitle(
            translate(
                "ImportWizard",
                "Imported people can join a collaborative with a role. A Collaborative or Role "
                "column in the file takes precedence row by row.",
            )
        )
        self.collab_combo = QComboBox()
        self.role_combo = editable_combo([])
        form = QFormLayout(self)
        form.addRow(translate("ImportWizard", "&Collaborative:"), self.collab_combo)
        form.addRow(translate("ImportWizard", "&Role:"), self.role_combo)
        name_from_labels(self)

    def initializePage(self) -> None:  # noqa: N802
        from collab_desktop.services.directory.collaboratives import list_collaboratives
        from collab_desktop.services.directory.vocabulary import list_roles

        current = self.collab_combo.currentData()
        self.collab_combo.clear()
        self.collab_combo.addItem(
            translate("ImportWizard", "(none: only add or update contacts)"), None
        )
        for c in list_collaboratives(self.wiz.ctx.db):
            self.collab_combo.addItem(c.name, c.id)
        if current is not None:
            self.collab_combo.setCurrentIndex(max(self.collab_combo.findData(current), 0))
        role = combo_value(self.role_combo) or "member"
        refill_combo(self.role_combo, list_roles(self.wiz.ctx.db))
        self.role_combo.setCurrentText(role)

    def validatePage(self) -> bool:  # noqa: N802
        self.wiz.options.collaborative_id = self.collab_combo.currentData()
        self.wiz.options.role = combo_value(self.role_combo)
        return True
