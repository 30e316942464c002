"""Check-in mode for the room: a big searchable list; one click or Enter marks attended; undo."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from collab_desktop.domain.records import RegistrationRecord, SessionRecord
from collab_desktop.domain.translation import translate
from collab_desktop.services.sessions.attendance import check_in, undo_check_in
from collab_desktop.services.sessions.registrations import list_registrations
from collab_desktop.ui.context import AppContext
from collab_desktop.ui.icons import icon
from collab_desktop.ui.models.record_table_model import Column
from collab_desktop.ui.operations import Operation
from collab_desktop.ui.widgets.record_table import RecordTable


def _name(r: RegistrationRecord) -> str:
    return f"{r.first_name} {r.last_name}".strip() or r.email


def _mark(r: RegistrationRecord) -> str:
    return translate("CheckInDialog", "✓ here") if r.status == "attended" else ""


class CheckInDialog(QDialog):
    """Everyone registered (not cancelled); type to find a name, click or Enter to check in."""

    def __init__(
        self, ctx: AppContext, session: SessionRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session = session
        self.undo_stack: list[tuple[int, str]] = []
        self.setWindowTitle(
            translate("CheckInDialog", "Check-in — {title}").format(title=session.title)
        )
        self.resize(900, 700)
        big = QFont(self.font())
        big.setPointSizeF(self.font().pointSizeF() * 1.6)
        when = QLocale().toString(session.start, "ddd d MMM yyyy HH:mm")
        self.heading = QLabel(f"{session.title} · {when}")
        self.heading.setObjectName("formTitle")
        hint = QLabel(
            translate(
                "CheckInDialog",
                "Click a name, or type it and press Enter, to check someone in. Ctrl+Z undoes.",
            )
        )
        hint.setObjectName("hint")
        self.table = RecordTable(
            [
                Column(
                    translate("CheckInDialog", "Name"),
                    _name,
                    lambda r: (r.last_name.lower(), r.first_name.lower()),
                ),
                Column(translate("CheckInDialog", "Organization"), lambda r: r.organization),
                Column(
                    translate("CheckInDialog", "Here"),
                    _mark,
                    colour=lambda r: "#2E7D32" if r.status == "attended" else None,
                ),
            ],
            lambda r: f"{_name(r)}\t{r.email}\t{r.organization}",
            translate("CheckInDialog", "Type a name, then Enter"),
            shortcut_hint=False,
        )
        self.table.set_accessible_names(
            translate("CheckInDialog", "Registered people"),
            translate("CheckInDialog", "Find a name"),
        )
        self.table.setFont(big)
        # A style sheet font wins over setFont under the app's style sheet.
        self.table.setStyleSheet(f"font-size: {big.pointSizeF():.0f}pt;")
        self.table.view.verticalHeader().setDefaultSectionSize(
            int(self.fontMetrics().height() * 2.4)
        )
        self.table.view.setSelectionMode(self.table.view.SelectionMode.SingleSelection)
        self.count = QLabel()
        self.count.setFont(big)
        # Says when a registration had changed since the list was shown (checked in on the latest).
        self.note = QLabel()
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        self.note.setAccessibleName(translate("CheckInDialog", "Last check-in note"))
        self.note.setVisible(False)
        self.undo_button = QPushButton(icon("undo"), translate("CheckInDialog", "Undo"))
        self.undo_button.setToolTip(translate("CheckInDialog", "Undo the last check-in (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo)
        close = QPushButton(translate("CheckInDialog", "Done"))
        close.clicked.connect(self.accept)
        for button in (self.undo_button, close):
            # Enter belongs to the list and the search box, never to a dialog button.
            button.setAutoDefault(False)
            button.setDefault(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addStretch(1)
        bottom.addWidget(self.undo_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addLayout(bottom)
        self.table.view.clicked.connect(lambda index: self.check_in_row(index.row()))
        self.table.search.returnPressed.connect(self._enter_in_search)
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table.view)
        enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        enter.activated.connect(lambda: self.check_in_row(self.table.view.currentIndex().row()))
        undo = QShortcut(QKeySequence.StandardKey.Undo, self)
        undo.activated.connect(self.undo)
        self._shortcuts = (enter, undo)
        self.table.search.installEventFilter(self)
        self.reload()
        self.table.fit_columns(420)
        self.table.search.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Ctrl+Z in the empty search box undoes the last check-in (the box would eat it)."""
        if (
            watched is self.table.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Undo)
            and not self.table.search.text()
        ):
            self.undo()
            return True
        return super().eventFilter(watched, event)

    def reload(self) -> None:
        records = [
            r for r in list_registrations(self.ctx.db, self.session.id) if r.status != "cancelled"
        ]
        current = self.table.current_record()
        self.table.set_records(records, keep_id=getattr(current, "id", None))
        here, everyone = sum(1 for r in records if r.status == "attended"), len(records)
        self.count.setText(
            translate("CheckInDialog", "{here} of %n checked in", None, everyone).format(here=here)
        )
        self.undo_button.setEnabled(bool(self.undo_stack))

    def check_in_row(self, row: int) -> None:
        """Mark the person on this (visible) row attended."""
        if row < 0:
            return
        visible = self.table.visible_records()
        if row >= len(visible):
            return
        self.check_in(visible[row])

    def check_in(self, record: RegistrationRecord) -> None:
        if record.status == "attended":
            return
        checked = Operation(
            self.ctx,
            self,
            translate("CheckInDialog", "Check-in"),
            lambda: check_in(self.ctx.db, record.id, record.version),
        )
        if checked.run():
            self.undo_stack.append((record.id, checked.result.previous))
            self.note.setText(checked.result.note)
            self.note.setVisible(bool(checked.result.note))
        self.reload()

    def _enter_in_search(self) -> None:
        """Enter in the search box checks in the first match and clears the box for the next."""
        visible = [r for r in self.table.visible_records() if r.status != "attended"]
        if visible and self.table.search.text().strip():
            self.check_in(visible[0])
            self.table.search.clear()

    def undo(self) -> None:
        if not self.undo_stack:
            return
        reg_id, previous = self.undo_stack.pop()
        self.note.setVisible(False)  # about the check-in being undone
        Operation(
            self.ctx,
            self,
            translate("CheckInDialog", "Check-in"),
            lambda: undo_check_in(self.ctx.db, reg_id, previous),
        ).run()
        self.reload()
