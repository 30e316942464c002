"""The real main window for GUI tests: shown, sized as on a laptop, closed without questions."""

from __future__ import annotations

from typing import Any


def open_main_window(qtbot: Any, db: Any) -> Any:
    """A MainWindow over db, on screen (offscreen), registered with qtbot for teardown."""
    from collab_desktop.ui.app import create_application
    from collab_desktop.ui.main_window import MainWindow

    create_application()
    win = MainWindow(db)

    def forget_edits(w) -> None:  # noqa: ANN001
        # Closing at teardown must not stop on an unsaved-edits question nobody will answer.
        for tab in w.record_tabs():
            tab.form.set_dirty(False)

    qtbot.addWidget(win, before_close_func=forget_edits)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    return win
