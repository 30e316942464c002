"""Help > User guide: the guide shipped with the app, shown in a window of its own.

The guide is Markdown with screenshots beside it; QTextBrowser renders both, offline, on every
system (a .md file handed to the desktop often has no program to open it, on Windows above all).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, QUrl
from PySide6.QtGui import QAction, QImage, QKeySequence, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from collab_desktop import APP_NAME
from collab_desktop.domain.translation import translate
from collab_desktop.resources_path import user_guide
from collab_desktop.ui.dialogs.confirm import show_error
from collab_desktop.ui.host import Menu
from collab_desktop.ui.icons import icon

if TYPE_CHECKING:
    from collab_desktop.ui.host import WindowHost


# Screenshots are taken at full window size; shown narrower so the text beside them wraps.
IMAGE_WIDTH = 820


class GuideBrowser(QTextBrowser):
    """A QTextBrowser that shrinks wide screenshots to fit the reading width."""

    def loadResource(self, kind: int, url: QUrl) -> object:  # noqa: N802
        data = super().loadResource(kind, url)
        if kind != QTextDocument.ResourceType.ImageResource.value or data is None:
            return data
        image = data if isinstance(data, QImage) else QImage.fromData(QByteArray(data))
        if image.width() > IMAGE_WIDTH:
            mode = Qt.TransformationMode.SmoothTransformation
            return image.scaledToWidth(IMAGE_WIDTH, mode)
        return image


class UserGuideWindow(QDialog):
    """A non-modal reader for the user guide; links to the web open in the browser."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("UserGuideWindow")
        self.setWindowTitle(translate("UserGuide", "{app} user guide").format(app=APP_NAME))
        self.browser = GuideBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(translate("UserGuide", "User guide"))
        self.browser.setSource(QUrl.fromLocalFile(str(user_guide())))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(900, 760)


def show_user_guide(window: QWidget) -> UserGuideWindow | None:
    """Show (or raise) the guide beside the main window."""
    if not user_guide().is_file():
        show_error(
            window,
            translate("UserGuide", "User guide"),
            translate("UserGuide", "The user guide is missing from {folder}.").format(
                folder=user_guide().parent
            ),
        )
        return None
    guide = window.findChild(UserGuideWindow)
    if guide is None:
        guide = UserGuideWindow(window)
    guide.show()
    guide.raise_()
    guide.activateWindow()
    return guide


def install_user_guide_action(host: WindowHost) -> QAction:
    """Help > User guide (F1), above the Help menu's anchor (About)."""
    action = QAction(icon("help"), translate("UserGuide", "&User guide"), host.parent)
    action.setShortcut(QKeySequence.StandardKey.HelpContents)
    action.setStatusTip(translate("UserGuide", "Read the user guide"))
    action.triggered.connect(lambda: show_user_guide(host.parent))
    host.add_action(Menu.HELP, action)
    return action
