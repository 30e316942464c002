"""Two roster imports into one database never interleave: the second waits, then goes on or is
told to try again with nothing changed."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from collab_desktop.domain.import_records import ImportOptions
from collab_desktop.io.roster_reader import read_roster
from collab_desktop.services.rosters.roster_import import ImportBusy, apply_import
from collab_desktop.services.rosters.roster_plan import plan_import
from collab_desktop.services.rosters.saved_mappings import mapping_for
from collab_desktop.store import acting_user
from collab_desktop.store.models import Contact, ImportBatch
from collab_desktop.store.open import open_database


def _plan(db, path: Path, emails: list[str]):  # noqa: ANN001, ANN202
    wb = openpyxl.Workbook()
    wb.active.append(["First Name", "Last Name", "Email"])
    for i, email in enumerate(emails):
        wb.active.append([f"P{i}", path.stem, email])
    wb.save(path)
    table = read_roster(path)
    return plan_import(db, table, mapping_for(db, table), ImportOptions())


def _counts(db) -> tuple[int, int]:  # noqa: ANN001
    with db.session() as s:
        return (
            s.scalar(select(func.count()).select_from(Contact)),
            s.scalar(select(func.count()).select_from(ImportBatch)),
        )


@pytest.fixture
def dana():  # noqa: ANN201
    acting_user.set_user("dana")
    yield "dana"
    acting_user.set_user(None)


class _Holding:
    """An import held open (inside its locked transaction) until released."""

    def __init__(self, db, plan) -> None:  # noqa: ANN001
        self.inside = threading.Event()
        self.release = threading.Event()
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, args=(db, plan))

    def _progress(self, _done: int, _total: int) -> bool:
        self.inside.set()
        assert self.release.wait(30)
        return True

    def _run(self, db, plan) -> None:  # noqa: ANN001
        try:
            apply_import(db, plan, self._progress)
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            self.error = exc

    def __enter__(self) -> _Holding:
        self.thread.start()
        assert self.inside.wait(30)
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release.set()
        self.thread.join(30)
        assert self.error is None, self.error


def test_a_second_import_is_told_to_try_again_with_nothing_applied(
    db, db_target: str, tmp_path: Path, dana: str
) -> None:  # noqa: ANN001
    other = open_database(db_target)[0]
    try:
        first = _plan(db, tmp_path / "first.xlsx", ["a@x.org", "b@x.org", "same@x.org"])
        second = _plan(other, tmp_path / "second.xlsx", ["c@x.org", "same@x.org"])
        before = _counts(db)
        said: list[str] = []
        with _Holding(db, first):
            with pytest.raises(ImportBusy) as refused:
                apply_import(other, second, waiting=said.append, wait_s=1.0)
            assert _counts(other) == before  # nothing of either import is visible yet
        assert said and said[0].startswith(
            "Another import into this database is running (started by dana at "
        )
        assert said[0].endswith("; waiting…")
        assert "try again when it has finished" in str(refused.value)
        assert "Nothing was changed" in str(refused.value)
        assert _counts(db) == (before[0] + 3, before[1] + 1)
        # Tried again: the contact the first import added meanwhile is matched, not doubled.
        result = apply_import(other, second)
        assert (result.added, result.rematched) == (1, 1)
        assert _counts(db) == (before[0] + 4, before[1] + 2)
    finally:
        other.dispose()


def test_a_second_import_waits_and_then_goes_on(
    db, db_target: str, tmp_path: Path, dana: str
) -> None:  # noqa: ANN001
    other = open_database(db_target)[0]
    try:
        first = _plan(db, tmp_path / "first.xlsx", ["a@x.org", "same@x.org"])
        second = _plan(other, tmp_path / "second.xlsx", ["same@x.org", "c@x.org"])
        before = _counts(db)
        waiting = threading.Event()
        outcome: list[object] = []

        def second_import() -> None:
            try:
                outcome.append(apply_import(other, second, waiting=lambda _m: waiting.set()))
            except BaseException as exc:  # noqa: BLE001 - handed to the test
                outcome.append(exc)

        with _Holding(db, first):
            thread = threading.Thread(target=second_import)
            thread.start()
            assert waiting.wait(30)  # it waits while the first holds the lock
            assert not outcome
        thread.join(30)
        [result] = outcome
        assert not isinstance(result, BaseException), result
        assert (result.added, result.rematched) == (1, 1)
        assert _counts(db) == (before[0] + 3, before[1] + 2)
    finally:
        other.dispose()


def test_cancel_while_waiting_stops_at_once(db, db_target: str, tmp_path: Path, dana: str) -> None:  # noqa: ANN001
    from collab_desktop.services.rosters.roster_import import ImportCancelled

    other = open_database(db_target)[0]
    try:
        first = _plan(db, tmp_path / "first.xlsx", ["a@x.org"])
        second = _plan(other, tmp_path / "second.xlsx", ["c@x.org"])
        said: list[str] = []
        with _Holding(db, first):
            started = time.monotonic()
            with pytest.raises(ImportCancelled):
                apply_import(other, second, lambda _d, _t: not said, said.append, wait_s=60)
            assert time.monotonic() - started < 20
        assert len(said) == 1  # said once, however long it waited
        assert _counts(db)[1] == _counts(other)[1]
        with db.session() as s:
            assert s.scalar(select(func.count()).where(Contact.email == "c@x.org")) == 0
    finally:
        other.dispose()
