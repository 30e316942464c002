"""Help > User guide opens the shipped guide, with its screenshots, inside the app."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument

from collab_desktop.resources_path import user_guide

IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")


def guide_images() -> list[str]:
    return IMAGE.findall(user_guide().read_text(encoding="utf-8"))


def test_guide_is_shipped_with_its_images() -> None:
    assert user_guide().read_text(encoding="utf-8").startswith("# Collab Desktop user guide")
    for target in guide_images():
        assert (user_guide().parent / target).is_file(), target


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_help_menu_opens_the_guide_once(window) -> None:  # noqa: ANN001
    from collab_desktop.ui.features.user_guide import UserGuideWindow

    texts = [a.text() for a in window.help_menu.actions()]
    assert texts.index("&User guide") < texts.index("&About Collab Desktop")
    assert window.user_guide_action.shortcut().toString() == "F1"
    window.user_guide_action.trigger()
    guide = window.findChild(UserGuideWindow)
    assert guide is not None and guide.isVisible()
    assert guide.browser.document().toPlainText().startswith("Collab Desktop user guide")
    for target in guide_images():
        data = guide.browser.loadResource(QTextDocument.ResourceType.ImageResource, QUrl(target))
        image = data if isinstance(data, QImage) else QImage.fromData(data)
        assert not image.isNull(), target
    window.user_guide_action.trigger()
    assert len(window.findChildren(UserGuideWindow)) == 1
