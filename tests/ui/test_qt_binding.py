"""The Qt binding keeps Python's reference counts: a leak on None/True/False aborts a long session.

PySide6 6.12.0 on Python 3.11 drops one reference to the object a call returns (None from
``update()``, True from ``emit()``), so after enough calls the process dies with "deallocating
None". pyproject.toml keeps that release off Python 3.11; this test catches a binding that
brings it back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

CALLS = 500


class _Emitter(QObject):
    changed = Signal(object)


def _drift(call) -> dict[str, int]:  # noqa: ANN001
    before = {name: sys.getrefcount(obj) for name, obj in (("None", None), ("True", True))}
    for _ in range(CALLS):
        call()
    return {
        name: sys.getrefcount(obj) - before[name] for name, obj in (("None", None), ("True", True))
    }


def test_void_and_bool_returning_calls_keep_reference_counts(qtbot) -> None:  # noqa: ANN001
    label = QLabel("x")
    qtbot.addWidget(label)
    emitter = _Emitter()
    emitter.changed.connect(lambda _value: None)

    drifts = {
        "update()": _drift(label.update),
        "setText()": _drift(lambda: label.setText("y")),
        "emit()": _drift(lambda: emitter.changed.emit(1)),
    }

    # A leak shows as a loss of one reference per call; allow a little noise either way.
    for call, drift in drifts.items():
        assert all(abs(d) < CALLS // 2 for d in drift.values()), (call, drift)
