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

from collab_desktop.domain.translation import translate
from collab_desktop.services.sessions.signup_sheets import AttendancePreview


class AttendancePreviewDialog(QDialog):
    """Attended, absent, walk-ins and notes in tabs; Record attendance applies it."""

    def __init__(self, preview: AttendancePreview, session_title: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(
            translate("AttendancePreviewDialog", "Read attendance — {file}").format(
                file=preview.file_name
            )
        )
        self.resize(620, 520)
        counts = preview.counts()
        # lupdate reads a plural's count only as a plain name.
        adding, created = counts["walk_ins_added"], counts["contacts_created"]
        walk_ins = translate("AttendancePreviewDialog", "%n walk-ins to add", None, adding)
        new_contacts = translate("AttendancePreviewDialog", "%n new contacts", None, created)
        summary = QLabel(
            translate(
                "AttendancePreviewDialog",
                "<b>{session}</b><br>{attended} attended, {absent} absent, {walk_ins} "
                "({new_contacts}).",
            ).format(
                session=escape(session_title),
                attended=counts["attended"],
                absent=counts["absent"],
                walk_ins=walk_ins,
                new_contacts=new_contacts,
            )
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
                    (
                        f"{w.display_name} <{w.email}>"
                        if w.contact_id
                        else translate(
                            "AttendancePreviewDialog", "{name} <{email}>  (new contact)"
                        ).format(name=w.display_name, email=w.email)
                    )
                    for w in preview.walk_ins
                    if w.registration_id is None
                ]
            ),
            "problems": self._list(preview.problems),
        }
        for key, label, count in (
            ("attended", translate("AttendancePreviewDialog", "Attended ({count})"), len(attended)),
            ("absent", translate("AttendancePreviewDialog", "Absent ({count})"), counts["absent"]),
            (
                "walk_ins",
                translate("AttendancePreviewDialog", "Walk-ins ({count})"),
                counts["walk_ins_added"],
            ),
            (
                "problems",
                translate("AttendancePreviewDialog", "Notes ({count})"),
                len(preview.problems),
            ),
        ):
            tabs.addTab(self.lists[key], label.format(count=count))
        tabs.setAccessibleName(translate("AttendancePreviewDialog", "What the sheet records"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("AttendancePreviewDialog", "Record attendance")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(tabs, 1)
        layout.addWidget(buttons)

    @staticmethod
    def _list(items: list[str]) -> QListWidget:
        widget = QListWidget()
        widget.addItems(items or [translate("AttendancePreviewDialog", "(none)")])
        return widget
