"""What a tab shows while the database opens: an empty table that says "Loading…", quietly.

The window is on screen before the database layer is imported, so its tabs cannot be built yet
(they read through the services). Each stands in as this page, shaped like a record tab (a table
on the left, room for the form on the right) so that little moves when the real tab takes its
place. It is drawn with plain frames, the cheapest widgets to build before the first paint.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QSplitter, QVBoxLayout, QWidget

from collab_desktop.domain.translation import translate


class LoadingPage(QWidget):
    """A tab's place holder: an empty table with "Loading…" in it (or the word alone)."""

    def __init__(self, with_table: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(translate("LoadingPage", "Loading…"))
        self.label.setObjectName("hint")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        if not with_table:
            layout.addWidget(self.label)
            return
        # An empty table: a framed panel in the colour of a table's rows.
        table = QFrame()
        table.setFrameShape(QFrame.Shape.StyledPanel)
        table.setBackgroundRole(QPalette.ColorRole.Base)
        table.setAutoFillBackground(True)
        QVBoxLayout(table).addWidget(self.label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(table)
        self.splitter.addWidget(QWidget())
        self.splitter.setChildrenCollapsible(False)
        # About where a record tab first puts its divider: the table and the form half each.
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([1000, 1000])
        layout.addWidget(self.splitter)

    def restore_splitter(self, state: object) -> None:
        """Put the divider where the user left it in the real tab (its saved splitter state)."""
        if isinstance(state, QByteArray) and hasattr(self, "splitter"):
            self.splitter.restoreState(state)
