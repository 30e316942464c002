"""Change notices between Databases on one team server: the payload, NOTIFY on commit only,
a listener that hears other Databases and not its own, and that listens again after its
connection is killed."""

from __future__ import annotations

import json
import queue
import time

import pytest

from collab_desktop.domain.changes import ChangeSet, Kind
from collab_desktop.domain.records import ContactRecord
from collab_desktop.services.directory.contacts import save_contact
from collab_desktop.store import acting_user, change_notice
from collab_desktop.store.change_listener import ChangeListener
from collab_desktop.store.open import open_database

WAIT_S = 5.0


# --- the payload --------------------------------------------------------------------------------
def test_a_notice_round_trips_ids_many_user_and_origin() -> None:
    changes = ChangeSet({Kind.CONTACT: {3, 1}, Kind.MEMBERSHIP: {7}}, frozenset({Kind.TRASH}))
    payload = change_notice.encode(changes, "dana", "window-1")
    assert json.loads(payload)["c"]["contact"] == [1, 3]
    notice = change_notice.decode(payload)
    assert notice is not None
    assert notice.changes == changes
    assert (notice.user, notice.origin) == ("dana", "window-1")


def test_an_oversize_notice_names_its_largest_kinds_as_many() -> None:
    changes = ChangeSet({Kind.CONTACT: set(range(1_000_000, 1_000_999)), Kind.SESSION: {5}})
    full = json.dumps({"c": {"contact": sorted(changes.ids(Kind.CONTACT))}})
    assert len(full) > change_notice.MAX_PAYLOAD_BYTES  # the test needs a notice over the limit
    payload = change_notice.encode(changes, "dana", "w")
    assert len(payload.encode()) <= change_notice.MAX_PAYLOAD_BYTES
    notice = change_notice.decode(payload)
    assert notice is not None
    assert notice.changes.is_many(Kind.CONTACT)
    assert notice.changes.ids(Kind.SESSION) == {5}  # the small kind keeps its ids


def test_a_long_user_name_with_many_kinds_still_fits() -> None:
    changes = ChangeSet({k: set(range(900)) for k in (Kind.CONTACT, Kind.MEMBERSHIP)})
    payload = change_notice.encode(changes, "é" * 100, "w", limit=600)
    assert len(payload.encode()) <= 600
    notice = change_notice.decode(payload)
    assert notice is not None and notice.changes.many == {Kind.CONTACT, Kind.MEMBERSHIP}


@pytest.mark.parametrize("payload", ["", "not json", "[]", '{"v": 99}', '{"v":1,"c":{"x":1}}'])
def test_payloads_that_are_not_notices_are_ignored(payload: str) -> None:
    assert change_notice.decode(payload) is None or not change_notice.decode(payload).changes


def test_unknown_kinds_from_a_newer_version_are_left_out() -> None:
    notice = change_notice.decode('{"v":1,"o":"w","u":"x","c":{"gadget":[1],"contact":[2]},"m":[]}')
    assert notice is not None and notice.changes == ChangeSet.of(Kind.CONTACT, [2])


def test_unseen_changes_reload_every_kind_without_being_a_new_database() -> None:
    unseen = ChangeSet.unseen()
    assert unseen.touches(Kind.CONTACT, Kind.SESSION, Kind.REGISTRATION, Kind.TRASH)
    assert not unseen.is_everything()  # the undo history and the file's lock stay
    assert ChangeSet.everything().is_everything()


# --- on a real server -----------------------------------------------------------------------------
@pytest.fixture
def two_databases(pg_url: str):  # noqa: ANN201
    mine, _ = open_database(pg_url)
    theirs, _ = open_database(pg_url)
    yield mine, theirs
    mine.dispose()
    theirs.dispose()


def _listen(db, heard: queue.Queue, resumed: queue.Queue | None = None) -> ChangeListener:  # noqa: ANN001
    listener = ChangeListener(
        db.url,
        db.origin,
        heard.put,
        on_resumed=(lambda: resumed.put(True)) if resumed is not None else lambda: None,
    ).start()
    assert listener.listening.wait(WAIT_S)
    return listener


def test_a_listener_hears_another_database_and_not_its_own(two_databases) -> None:  # noqa: ANN001
    mine, theirs = two_databases
    heard: queue.Queue = queue.Queue()
    listener = _listen(mine, heard)
    acting_user.set_user("dana")
    try:
        save_contact(mine, ContactRecord(first_name="Own", last_name="Write"))
        saved = save_contact(theirs, ContactRecord(first_name="Their", last_name="Write"))
        # Notices arrive in commit order: had the own write's notice been handed on, it would
        # come first.
        notice = heard.get(timeout=WAIT_S)
        assert notice.origin == theirs.origin
        assert notice.changes.ids(Kind.CONTACT) == {saved.id}
        assert notice.user == "dana"
        assert heard.empty()
    finally:
        acting_user.set_user(None)
        listener.stop()


def test_a_rolled_back_transaction_announces_nothing(two_databases) -> None:  # noqa: ANN001
    from collab_desktop.store.models import Contact

    mine, theirs = two_databases
    heard: queue.Queue = queue.Queue()
    listener = _listen(mine, heard)
    try:
        with pytest.raises(RuntimeError), theirs.session() as s:
            s.add(Contact(first_name="Never", last_name="Kept", email="never@example.org"))
            s.flush()
            raise RuntimeError("changed my mind")
        saved = save_contact(theirs, ContactRecord(first_name="Kept", last_name="One"))
        notice = heard.get(timeout=WAIT_S)
        assert notice.changes.ids(Kind.CONTACT) == {saved.id}  # the first notice is the kept one
    finally:
        listener.stop()


def test_the_listener_listens_again_after_its_connection_is_killed(
    two_databases,
    pg_server,  # noqa: ANN001
) -> None:
    mine, theirs = two_databases
    heard: queue.Queue = queue.Queue()
    resumed: queue.Queue = queue.Queue()
    listener = _listen(mine, heard, resumed)
    try:
        pid = listener.backend_pid
        assert pid is not None
        with pg_server.admin() as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", [pid])
        assert resumed.get(timeout=WAIT_S)  # views are told to reload what they show
        assert listener.listening.wait(WAIT_S)
        assert listener.backend_pid not in (None, pid)
        saved = save_contact(theirs, ContactRecord(first_name="After", last_name="Restart"))
        notice = heard.get(timeout=WAIT_S)
        assert notice.changes.ids(Kind.CONTACT) == {saved.id}
    finally:
        listener.stop()
    assert not listener.listening.is_set()


def test_stop_ends_the_thread_promptly(two_databases) -> None:  # noqa: ANN001
    mine, _ = two_databases
    listener = _listen(mine, queue.Queue())
    thread = listener._thread
    started = time.perf_counter()
    listener.stop()
    assert time.perf_counter() - started < 1.5
    assert thread is not None and not thread.is_alive()
