"""A contact's recent attendance at a glance: their last few sessions, newest first.

Each session is a small card with a symbol and the status in words (colour only repeats what
they say), the day, and the session's title as a tooltip; a line above says when the person last
came and how many sessions in a row they have missed.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from collab_desktop.domain import clock
from collab_desktop.domain.series_records import AttendanceEntry
from collab_desktop.domain.translation import translate
from collab_desktop.domain.vocab import NOT_YET_MARKED
from collab_desktop.ui.contrast import AA_TEXT, readable_on
from collab_desktop.ui.locale_format import day_text, day_time_text

RECENT_COUNT = 6
# Symbol and colour per shown status; the words are always shown beside the symbol.
STATUS_MARKS: dict[str, tuple[str, str]] = {
    "attended": ("✔", "#2E7D32"),
    "absent": ("✘", "#C62828"),
    NOT_YET_MARKED: ("?", "#8D6E00"),
    "excused": ("–", "#455A64"),
    "cancelled": ("⊘", "#616161"),
    "waitlisted": ("…", "#616161"),
    "registered": ("•", "#1565C0"),
}
MISSES = ("absent", NOT_YET_MARKED)
# Statuses that say nothing about whether the person comes (they were not expected).
NOT_EXPECTED = ("cancelled", "waitlisted")


def recent_entries(
    entries: Sequence[AttendanceEntry], count: int = RECENT_COUNT
) -> list[AttendanceEntry]:
    """The newest ``count`` sessions that have started, newest first."""
    now = clock.now()
    held = [e for e in entries if e.start <= now]
    held.sort(key=lambda e: e.start, reverse=True)
    return held[:count]


def glance_text(entries: Sequence[AttendanceEntry]) -> str:
    """'Last attended 4 Nov 2026; missed the last 3 sessions.' from a newest-first history."""
    now = clock.now()
    held = sorted((e for e in entries if e.start <= now), key=lambda e: e.start, reverse=True)
    if not held:
        return translate("RecentAttendance", "No sessions yet.")
    missed = 0
    last = None
    for entry in held:
        if entry.status == "attended":
            last = entry
            break
        if entry.status in MISSES:
            missed += 1
    if last is not None:
        came = translate("RecentAttendance", "Last attended {day}").format(day=day_text(last.start))
    else:
        came = translate("RecentAttendance", "Never attended")
    if not missed:
        return translate("RecentAttendance", "{attended}.").format(attended=came)
    excused = any(e.status == "excused" for e in held)
    return translate("RecentAttendance", "{attended}; {missed}.").format(
        attended=came, missed=missed_text(missed, excused)
    )


def missed_text(missed: int, excused: bool) -> str:
    """'missed the last 3 sessions', saying when excused absences were left out of the count."""
    if missed == 1:
        if excused:
            return translate(
                "RecentAttendance", "missed the last 1 session (excused ones not counted)"
            )
        return translate("RecentAttendance", "missed the last 1 session")
    if excused:
        return translate(
            "RecentAttendance",
            "missed the last %n sessions (excused ones not counted)",
            None,
            missed,
        )
    return translate("RecentAttendance", "missed the last %n sessions", None, missed)


class StatusCard(QFrame):
    """One session: symbol and status, then the day."""

    def __init__(self, entry: AttendanceEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        symbol, colour = STATUS_MARKS.get(entry.status, ("•", "#616161"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("statusCard")
        self.setStyleSheet(f"#statusCard {{ border: 1px solid {colour}; border-radius: 4px; }}")
        status = translate("Vocabulary", entry.status)
        self.status = QLabel(f"{symbol} {status}")
        # The status is in words and a symbol; its colour is moved to read on this palette.
        window = self.palette().color(self.palette().ColorRole.Window).name()
        text_colour = readable_on(colour, [window], AA_TEXT)
        self.status.setStyleSheet(f"color: {text_colour}; font-weight: bold;")
        self.day = QLabel(day_text(entry.start))
        for label in (self.status, self.day):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        when = day_time_text(entry.start)
        self.setToolTip(
            translate("RecentAttendance", "{session} ({collaborative}), {when}: {status}").format(
                session=entry.title,
                collaborative=entry.collaborative_name,
                when=when,
                status=status,
            )
        )
        self.setAccessibleName(
            translate("RecentAttendance", "{session}, {when}: {status}").format(
                session=entry.title, when=when, status=status
            )
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(0)
        layout.addWidget(self.status)
        layout.addWidget(self.day)


class RecentAttendance(QWidget):
    """The line of cards and the summary above it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.cards_row = QHBoxLayout()
        self.cards_row.setSpacing(6)
        self.cards: list[StatusCard] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        heading = QLabel(translate("RecentAttendance", "Recent sessions, newest first:"))
        heading.setObjectName("hint")
        layout.addWidget(self.summary)
        layout.addWidget(heading)
        layout.addLayout(self.cards_row)
        self.show_entries([])

    def show_entries(self, entries: Sequence[AttendanceEntry]) -> None:
        """Show a contact's history (any order); an empty history hides the cards."""
        for card in self.cards:
            self.cards_row.removeWidget(card)
            card.deleteLater()
        while self.cards_row.count():
            self.cards_row.takeAt(0)
        self.cards = [StatusCard(e) for e in recent_entries(entries)]
        for card in self.cards:
            self.cards_row.addWidget(card)
        self.cards_row.addStretch(1)
        self.summary.setText(glance_text(entries))
        self.setVisible(bool(entries))

    def card_texts(self) -> list[str]:
        """'✔ attended' and the like, newest first (for tests and screen readers)."""
        return [card.status.text() for card in self.cards]


def attach_recent_attendance(history) -> RecentAttendance:  # noqa: ANN001 - AttendanceHistoryList
    """Put a RecentAttendance under a contact's attendance history title, kept up to date with
    whatever the history list shows."""
    glance = RecentAttendance(history)
    history.layout().insertWidget(1, glance)
    model = history.table.model
    model.modelReset.connect(lambda: glance.show_entries(model.records()))
    glance.show_entries(model.records())
    return glance
