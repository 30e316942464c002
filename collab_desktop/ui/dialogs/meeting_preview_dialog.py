"""What a Zoom or Teams report will record, person by person, before anything is written: their
minutes in the meeting, the contact they match, and the status they will get. A name several
contacts share is a choice; an unknown person who stayed long enough may be added."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from collab_desktop.domain.translation import QT_TRANSLATE_NOOP, translate
from collab_desktop.services.sessions.meeting_attendance import (
    MeetingPerson,
    MeetingPreview,
    choose_contact,
)

COLUMNS = (
    QT_TRANSLATE_NOOP("MeetingPreviewDialog", "Name in the report"),
    QT_TRANSLATE_NOOP("MeetingPreviewDialog", "Minutes"),
    QT_TRANSLATE_NOOP("MeetingPreviewDialog", "Contact"),
    QT_TRANSLATE_NOOP("MeetingPreviewDialog", "Will be"),
)
CONTACT = 2

Index = QModelIndex | QPersistentModelIndex


class MeetingPeopleModel(QAbstractTableModel):
    """The report's people over the preview's own records; choices are written to them."""

    def __init__(self, preview: MeetingPreview) -> None:
        super().__init__()
        self.preview = preview
        # Who stayed first, then the ones to decide about, then the rest.
        self.rows: list[tuple[str, MeetingPerson]] = [
            *(("attended", p) for p in preview.attended),
            *(("ambiguous", p) for p in preview.ambiguous),
            *(("unmatched", p) for p in preview.unmatched),
            *(("below", p) for p in preview.below_minimum),
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("MeetingPreviewDialog", COLUMNS[section])
        return None

    def person(self, row: int) -> MeetingPerson:
        return self.rows[row][1]

    def group(self, row: int) -> str:
        return self.rows[row][0]

    def _can_add(self, row: int) -> bool:
        kind, p = self.rows[row]
        return kind == "unmatched" and p.minutes >= self.preview.min_minutes

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        kind, p = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return f"{p.name} <{p.email}>" if p.email else p.name
            if col == 1:
                return f"{p.minutes:g}"
            if col == CONTACT:
                return self._contact_text(kind, p, index.row())
            return self.will_be(kind, p)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.CheckStateRole and col == CONTACT and self._can_add(index.row()):
            return Qt.CheckState.Checked if p.add_as_new else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and kind == "ambiguous":
            return translate(
                "MeetingPreviewDialog",
                "Several contacts have this name: choose which one this was, or leave them out.",
            )
        return None

    def _contact_text(self, kind: str, p: MeetingPerson, row: int) -> str:
        if kind == "ambiguous":
            return p.contact_label or translate("MeetingPreviewDialog", "Choose which contact…")
        if kind == "unmatched":
            if self._can_add(row):
                return translate("MeetingPreviewDialog", "not matched: add as a new contact")
            return translate("MeetingPreviewDialog", "not matched")
        return p.contact_label

    def will_be(self, kind: str, p: MeetingPerson) -> str:
        """The status the person gets when the report is applied, in words."""
        short = p.minutes < self.preview.min_minutes
        if kind == "unmatched":
            if p.add_as_new and not short:
                return translate("MeetingPreviewDialog", "new contact, attended (walk-in)")
            if short:
                return translate("MeetingPreviewDialog", "left out (below the minimum)")
            return translate("MeetingPreviewDialog", "left out")
        if kind == "ambiguous" and p.contact_id is None:
            return translate("MeetingPreviewDialog", "left out until a contact is chosen")
        if short:
            status = (
                translate("Vocabulary", p.registration_status)
                if p.registration_status
                else translate("MeetingPreviewDialog", "unregistered")
            )
            return translate("MeetingPreviewDialog", "stays {status} (below the minimum)").format(
                status=status
            )
        if p.walk_in:
            return translate("MeetingPreviewDialog", "attended (walk-in)")
        return translate("MeetingPreviewDialog", "attended")

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == CONTACT and self._can_add(index.row()):
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not (index.isValid() and index.column() == CONTACT):
            return False
        kind, p = self.rows[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and self._can_add(index.row()):
            p.add_as_new = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role == Qt.ItemDataRole.EditRole and kind == "ambiguous":
            choose_contact(p, value)
        else:
            return False
        row = index.row()
        self.dataChanged.emit(self.index(row, CONTACT), self.index(row, len(COLUMNS) - 1))
        return True


class MeetingPreviewDialog(QDialog):
    """The people of a meeting report and what each will get; Record attendance applies it."""

    def __init__(
        self,
        preview: MeetingPreview,
        session_title: str,
        parent: QWidget | None = None,
        reread: Callable[[float], MeetingPreview | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.preview = preview
        self._reread = reread
        self.setWindowTitle(
            translate("MeetingPreviewDialog", "Read attendance — {file}").format(
                file=preview.file_name
            )
        )
        self.resize(980, 560)
        self.title = session_title
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        # The minimum can be changed: the report is read again with it (choices are kept).
        self.minimum = QSpinBox()
        self.minimum.setRange(0, 24 * 60)
        self.minimum.setSuffix(translate("MeetingPreviewDialog", " minutes"))
        self.minimum.setValue(round(preview.min_minutes))
        self.minimum.setEnabled(reread is not None)
        self.minimum.setToolTip(
            translate(
                "MeetingPreviewDialog", "Time in the meeting (joins added up) to count as attended"
            )
        )
        self.minimum.editingFinished.connect(self._minimum_changed)
        minimum_label = QLabel(translate("MeetingPreviewDialog", "Count as attended from"))
        minimum_label.setBuddy(self.minimum)
        minimum_row = QHBoxLayout()
        minimum_row.addWidget(minimum_label)
        minimum_row.addWidget(self.minimum)
        minimum_row.addStretch(1)
        self.view = QTableView()
        self.view.setAccessibleName(
            translate("MeetingPreviewDialog", "People in the meeting report")
        )
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.choices: dict[int, QComboBox] = {}
        self._show(preview)
        note = QLabel(
            translate(
                "MeetingPreviewDialog",
                "Registered people below the minimum or missing from the report keep their "
                "status: nobody is marked absent. Tick an unknown person to add them as a new "
                "contact.",
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.record_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.record_button.setText(translate("MeetingPreviewDialog", "Record attendance"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(minimum_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.view.setFocus()

    def _show(self, preview: MeetingPreview) -> None:
        """Show a preview's people (again, after the minimum changed)."""
        self.preview = preview
        self.model = MeetingPeopleModel(preview)
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        # The drop-downs count in the Contact column's width; "Will be" takes what is left.
        header.setSectionResizeMode(CONTACT, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.choices = {}
        for row in range(self.model.rowCount()):
            if self.model.group(row) == "ambiguous":
                self.choices[row] = self._choice(row)
        self.view.resizeRowsToContents()
        self.model.dataChanged.connect(lambda *_a: self._summarise())
        self._summarise()

    def _minimum_changed(self) -> None:
        """Read the report again with the new minimum, keeping the choices made so far."""
        if self._reread is None or self.minimum.value() == round(self.preview.min_minutes):
            return
        old = self.preview
        fresh = self._reread(float(self.minimum.value()))
        if fresh is None:  # the file could not be read again (the error was shown)
            self.minimum.setValue(round(old.min_minutes))
            return
        chosen = {p.name: p.contact_id for p in old.ambiguous if p.contact_id is not None}
        adding = {p.name for p in old.unmatched if p.add_as_new}
        for p in fresh.ambiguous:
            if p.name in chosen:
                choose_contact(p, chosen[p.name])
        for p in fresh.unmatched:
            p.add_as_new = p.name in adding
        self._show(fresh)
        for row, combo in self.choices.items():
            combo.setCurrentIndex(max(0, combo.findData(self.model.person(row).contact_id)))

    def _choice(self, row: int) -> QComboBox:
        """A drop-down of the contacts sharing the name, always shown in the Contact column."""
        person = self.model.person(row)
        combo = QComboBox()
        combo.setAccessibleName(
            translate("MeetingPreviewDialog", "Which contact is {name}").format(name=person.name)
        )
        combo.addItem(
            translate("MeetingPreviewDialog", "Choose which contact… (or leave out)"), None
        )
        for c in person.candidates:
            status = (
                translate("Vocabulary", c.registration_status)
                if c.registration_status
                else translate("MeetingPreviewDialog", "not registered")
            )
            combo.addItem(f"{c.label} — {status}", c.contact_id)
        index = self.model.index(row, CONTACT)
        combo.currentIndexChanged.connect(
            lambda _i: self.model.setData(
                self.model.index(row, CONTACT), combo.currentData(), Qt.ItemDataRole.EditRole
            )
        )
        self.view.setIndexWidget(index, combo)
        return combo

    def choose(self, name: str, contact_id: int | None) -> None:
        """Pick the contact for the ambiguous person of that name, as the drop-down does."""
        for row, combo in self.choices.items():
            if self.model.person(row).name == name:
                combo.setCurrentIndex(combo.findData(contact_id))

    def will_be(self) -> dict[str, str]:
        """Each person's name in the report and what they will get (what the table shows)."""
        return {
            self.model.person(r).name: str(self.model.index(r, 3).data())
            for r in range(self.model.rowCount())
        }

    def _summarise(self) -> None:
        p = self.preview
        counts = p.counts()
        waiting = len(counts["ambiguous"])
        walk_in_count = counts["walk_ins"]
        walk_ins = translate("MeetingPreviewDialog", "%n walk-ins", None, walk_in_count)
        text = translate(
            "MeetingPreviewDialog",
            "<b>{session}</b> · {source} report · counted as attended from {minutes} minutes in "
            "the meeting<br>{attended} attended ({walk_ins}), {below} below the minimum, "
            "{unmatched} not matched",
        ).format(
            session=escape(self.title),
            source=p.source.title(),
            minutes=f"{p.min_minutes:g}",
            attended=counts["attended"],
            walk_ins=walk_ins,
            below=len(p.below_minimum),
            unmatched=len(counts["unmatched"]),
        )
        if waiting:
            text += translate(
                "MeetingPreviewDialog",
                ", <b>{count} to choose</b> (several contacts share the name)",
            ).format(count=waiting)
        self.summary.setText(text + ".")
