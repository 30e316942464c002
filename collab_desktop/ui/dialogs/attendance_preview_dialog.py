"""Shows what a filled-in sign-up sheet will record before anything is written."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from collab_desktop.services.sessions.signup_sheets import AttendancePreview


def plural(n: int, word: str) -> str:
    """'1 walk-in', '2 walk-ins'."""
    return f"{n} {word}{'' if n == 1 else 's'}"


class AttendancePreviewDialog(QDialog):
    """Attended, absent, walk-ins and notes in tabs; Record attendance applies it."""

    def __init__(self, preview: AttendancePreview, session_title: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(f"Read attendance — {preview.file_name}")
        self.resize(620, 520)
        counts = preview.counts()
        summary = QLabel(
            f"<b>{escape(session_title)}</b><br>{counts['attended']} attended, "
            f"{counts['absent']} absent, {plural(counts['walk_ins_added'], 'walk-in')} to add "
            f"({plural(counts['contacts_created'], 'new contact')})."
        )
        summary.setWordWrap(True)
        tabs = QTabWidget()
        walk_in_names = [w.display_name for w in preview.walk_ins if w.registration_id is not None]
        attended = sorted([*preview.attended.values(), *walk_in_names])
        self.lists = {
            "attended": self._list(attended),
            "absent": self._list(sorted(preview.absent.values())),
            "walk_ins": self._list(
                [
                    f"{w.display_name} <{w.email}>" + ("" if w.contact_id else "  (new contact)")
                    for w in preview.walk_ins
                    if w.registration_id is None
                ]
            ),
            "problems": self._list(preview.problems),
        }
        tabs.addTab(self.lists["attended"], f"Attended ({len(attended)})")
        tabs.addTab(self.lists["absent"], f"Absent ({counts['absent']})")
        tabs.addTab(self.lists["walk_ins"], f"Walk-ins ({counts['walk_ins_added']})")
        tabs.addTab(self.lists["problems"], f"Notes ({len(preview.problems)})")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Record attendance")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(tabs, 1)
        layout.addWidget(buttons)

    @staticmethod
    def _list(items: list[str]) -> QListWidget:
        widget = QListWidget()
        widget.addItems(items or ["(none)"])
        return widget
