"""The offline copy of a team database: taken at most daily, whole or not at all, readable alone."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest

from collab_desktop.domain import clock as app_clock
from collab_desktop.domain.records import ContactRecord
from collab_desktop.services.directory.contacts import save_contact
from collab_desktop.services.safety.offline_copy import (
    REFRESH_EVERY,
    offline_copy_info,
    offline_copy_path,
    refresh_offline_copy,
)
from collab_desktop.store.open import open_database


@pytest.fixture
def team_db(pg_url: str):  # noqa: ANN201 - Database
    db, _ = open_database(pg_url)
    yield db
    db.dispose()


def contacts_in(path) -> int:  # noqa: ANN001
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT count(*) FROM contacts").fetchone()[0]


def test_the_first_refresh_takes_a_copy_that_holds_the_server_rows(team_db, clock) -> None:  # noqa: ANN001
    assert offline_copy_info(team_db.url) is None
    save_contact(team_db, ContactRecord(first_name="Ana", last_name="Ruiz", email="ana@x.org"))

    info = refresh_offline_copy(team_db)

    assert info is not None and info.path == offline_copy_path(team_db.url)
    assert info.taken_at == app_clock.now() and info.size_bytes == info.path.stat().st_size > 0
    assert info.source == team_db.describe() and "password" not in info.source
    with sqlite3.connect(info.path) as conn:
        assert conn.execute("SELECT 1 FROM contacts WHERE email = 'ana@x.org'").fetchone()
    assert offline_copy_info(team_db.url) == info


def test_a_copy_is_taken_again_only_once_a_day_has_passed(team_db, clock) -> None:  # noqa: ANN001
    first = refresh_offline_copy(team_db)
    assert first is not None
    save_contact(team_db, ContactRecord(first_name="Ben", last_name="Ode", email="ben@x.org"))

    clock.advance(REFRESH_EVERY - timedelta(minutes=1))
    assert refresh_offline_copy(team_db) is None  # not due: yesterday's copy stays
    before = contacts_in(first.path)

    clock.advance(timedelta(minutes=1))
    again = refresh_offline_copy(team_db)
    assert again is not None and again.taken_at == app_clock.now()
    assert contacts_in(again.path) == before + 1


def test_force_takes_a_copy_now_and_the_age_is_measured_from_the_app_clock(team_db, clock) -> None:  # noqa: ANN001
    refresh_offline_copy(team_db)
    clock.advance(timedelta(hours=3))
    info = refresh_offline_copy(team_db, force=True)
    assert info is not None and info.age() == timedelta(0)
    clock.advance(timedelta(hours=5))
    assert offline_copy_info(team_db.url).age() == timedelta(hours=5)


def test_a_refresh_cut_short_leaves_the_last_copy_usable(team_db, clock, monkeypatch) -> None:  # noqa: ANN001
    first = refresh_offline_copy(team_db)
    clock.advance(REFRESH_EVERY)

    def lost(done: int, total: int) -> None:
        raise ConnectionError("the server went away")

    with pytest.raises(ConnectionError):
        refresh_offline_copy(team_db, progress=lost)
    assert offline_copy_info(team_db.url) == first
    assert not list(first.path.parent.glob("*.part"))


def test_the_copy_opens_read_only_and_refuses_writes(team_db, clock) -> None:  # noqa: ANN001
    from collab_desktop.store.database import ReadOnlyDatabase

    info = refresh_offline_copy(team_db)
    copy, _ = open_database(info.path, read_only=True)
    try:
        with pytest.raises(ReadOnlyDatabase):
            save_contact(copy, ContactRecord(first_name="Cy", last_name="Ng", email="cy@x.org"))
    finally:
        copy.dispose()


def test_a_file_database_has_no_offline_copy(db_path) -> None:  # noqa: ANN001
    db, _ = open_database(db_path)
    try:
        with pytest.raises(ValueError):
            refresh_offline_copy(db)
    finally:
        db.dispose()
