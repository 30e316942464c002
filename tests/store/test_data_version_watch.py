"""A database file tells a watching window when someone else committed (PRAGMA data_version)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from collab_desktop.services.directory.contacts import get_contact, save_contact
from collab_desktop.store.open import open_database
from collab_desktop.store.sqlite import DataVersionWatch


def test_a_commit_by_another_connection_is_seen_once(db_path: Path) -> None:
    writer, _ = open_database(db_path)
    watch = DataVersionWatch(db_path)
    try:
        assert not watch.changed()
        save_contact(writer, replace(get_contact(writer, 1), organization="Elsewhere"))
        assert watch.changed()
        assert not watch.changed()  # once per change
    finally:
        watch.close()
        writer.dispose()


def test_absorb_takes_a_commit_as_seen(db_path: Path) -> None:
    own, _ = open_database(db_path)
    watch = DataVersionWatch(db_path)
    forget = own.on_commit(lambda _changes: watch.absorb())
    try:
        save_contact(own, replace(get_contact(own, 1), organization="Mine"))
        assert not watch.changed()
        forget()
        save_contact(own, replace(get_contact(own, 1), organization="Mine again"))
        assert watch.changed()
    finally:
        watch.close()
        own.dispose()


def test_a_read_only_look_changes_nothing(db_path: Path) -> None:
    before = db_path.read_bytes()
    watch = DataVersionWatch(db_path)
    watch.changed()
    watch.close()
    assert db_path.read_bytes() == before
