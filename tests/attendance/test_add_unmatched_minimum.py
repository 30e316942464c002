"""--add-unmatched adds the unknown people who attended; one below the minimum stays listed."""

from __future__ import annotations

from collab_desktop.services.sessions.meeting_attendance import MeetingPerson, MeetingPreview


def test_unknown_people_below_the_minimum_stay_listed() -> None:
    preview = MeetingPreview(session_id=1, file_name="zoom.csv", source="zoom", min_minutes=30)
    preview.unmatched = [
        MeetingPerson("Stayed Long", "long@elsewhere.org", 55),
        MeetingPerson("Dropped By", "", 4),
    ]
    assert preview.counts(add_unmatched=True) == {
        "attended": 1,
        "walk_ins": 1,
        "below_minimum": [],
        "unmatched": ["Dropped By"],
        "ambiguous": [],
    }
    assert preview.counts()["unmatched"] == ["Stayed Long <long@elsewhere.org>", "Dropped By"]
