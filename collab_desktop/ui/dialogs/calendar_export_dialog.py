"""Choose what goes into a calendar file: a session, its series, a collaborative or everything."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from collab_desktop.domain.records import SessionRecord
from collab_desktop.domain.translation import translate
from collab_desktop.services.directory.collaboratives import list_collaboratives
from collab_desktop.ui.accessibility import set_name
from collab_desktop.ui.context import AppContext


class CalendarExportDialog(QDialog):
    """``scope()`` gives keyword arguments for export_calendar."""

    def __init__(self, ctx: AppContext, session: SessionRecord | None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(translate("CalendarExportDialog", "Export calendar (.ics)"))
        self.session = session
        title = session.title if session else ""
        self.one = QRadioButton(
            translate("CalendarExportDialog", "This session: {title}").format(title=title)
            if session
            else translate("CalendarExportDialog", "This session")
        )
        self.series = QRadioButton(
            translate("CalendarExportDialog", "Its whole series (one recurring appointment)")
        )
        self.collab = QRadioButton(
            translate("CalendarExportDialog", "Every session of a collaborative")
        )
        self.everything = QRadioButton(translate("CalendarExportDialog", "Every session"))
        self.collab_combo = QComboBox()
        for c in list_collaboratives(ctx.db):
            self.collab_combo.addItem(c.name, c.id)
        if session is not None and session.collaborative_id is not None:
            self.collab_combo.setCurrentIndex(self.collab_combo.findData(session.collaborative_id))
        group = QButtonGroup(self)
        for button in (self.one, self.series, self.collab, self.everything):
            group.addButton(button)
        self.one.setEnabled(session is not None)
        self.series.setEnabled(session is not None and session.series_id is not None)
        (
            self.series if self.series.isEnabled() else self.one if session else self.everything
        ).setChecked(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("CalendarExportDialog", "Export…")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (self.one, self.series, self.collab, self.collab_combo, self.everything, buttons):
            layout.addWidget(w)
        self.collab_combo.currentIndexChanged.connect(lambda _i: self.collab.setChecked(True))
        set_name(self.collab_combo, translate("CalendarExportDialog", "Collaborative to export"))

    def scope(self) -> dict:
        if self.one.isChecked() and self.session is not None:
            return {"session_id": self.session.id}
        if self.series.isChecked() and self.session is not None:
            return {"series_id": self.session.series_id}
        if self.collab.isChecked():
            return {"collaborative_id": self.collab_combo.currentData()}
        return {}
