"""A tab page that builds its real content the first time it is shown (or asked for).

Start-up pays only for the tab in view: a page such as Reports, with its charts library and
queries, costs nothing until the user opens it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyTab(QWidget):
    """Holds a factory; ``content()`` builds the page once and returns it."""

    def __init__(self, factory: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self._content: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def is_built(self) -> bool:
        return self._content is not None

    def content(self) -> QWidget:
        """The page, built now if this is the first time it is needed."""
        if self._content is None:
            self._content = self._factory()
            self._layout.addWidget(self._content)
        return self._content

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        self.content()
        super().showEvent(event)
