"""Reads by id for views that refresh only the records a change set names."""

from __future__ import annotations

from collab_desktop.services.directory import collaboratives, contacts
from collab_desktop.services.sessions import sessions


def test_contact_rows_by_ids_match_the_full_list(db) -> None:  # noqa: ANN001
    every = {r.id: r for r in contacts.contact_rows(db)}
    picked = sorted(every)[:2]
    found = contacts.contact_rows_by_ids(db, [*picked, 999_999, picked[0]])
    assert sorted(found) == sorted(every[i] for i in picked)
    assert any(r.collaboratives for r in every.values())


def test_collaboratives_by_ids_carry_member_counts(db) -> None:  # noqa: ANN001
    every = {c.id: c for c in collaboratives.list_collaboratives(db)}
    picked = sorted(every)[:3]
    assert collaboratives.collaboratives_by_ids(db, [*picked, 999]) == sorted(
        (every[i] for i in picked), key=lambda c: c.name.lower()
    )


def test_sessions_by_ids(db) -> None:  # noqa: ANN001
    from datetime import datetime, timedelta

    from collab_desktop.domain.records import SessionRecord
    from collab_desktop.domain.timezones import localize

    start = localize(datetime(2030, 1, 8, 12))
    made = [
        sessions.save_session(
            db,
            SessionRecord(
                title=f"S{i}",
                start=start + timedelta(days=i),
                end=start + timedelta(days=i, hours=1),
            ),
        )
        for i in range(3)
    ]
    found = sessions.sessions_by_ids(db, [made[2].id, made[0].id, 12345])
    assert [s.id for s in found] == [made[0].id, made[2].id]
    assert found[0] == sessions.get_session(db, made[0].id)
