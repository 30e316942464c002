"""One trash for everyone on the database: what one coordinator deleted, another sees and puts back."""

from __future__ import annotations

import pytest

from collab_desktop.domain.records import ContactRecord
from collab_desktop.services.directory.contacts import delete_contacts, get_contact, save_contact
from collab_desktop.services.errors import NotFoundError
from collab_desktop.services.safety.trash import list_trash, restore_from_trash
from collab_desktop.store import acting_user
from collab_desktop.store.open import open_database


@pytest.fixture
def other(db_target: str):  # noqa: ANN201 - Database
    """A second coordinator's Database on the same file or server."""
    database = open_database(db_target)[0]
    yield database
    database.dispose()


@pytest.fixture
def as_user():  # noqa: ANN201
    yield acting_user.set_user
    acting_user.set_user(None)


def test_what_one_deleted_another_sees_and_puts_back(db, other, as_user) -> None:  # noqa: ANN001
    ana = save_contact(db, ContactRecord(first_name="Ana", last_name="Ruiz", email="ana@x.org"))
    as_user("dana")
    delete_contacts(db, [ana.id])
    as_user(None)

    [entry] = [e for e in list_trash(other) if e.label == "Ana Ruiz"]
    assert entry.deleted_by == "dana"
    assert entry.kind == "contact"
    with pytest.raises(NotFoundError):
        get_contact(other, ana.id)

    restore_from_trash(other, entry.id)
    assert get_contact(db, ana.id).email == "ana@x.org"
    assert all(e.id != entry.id for e in list_trash(db))


def test_who_deleted_is_the_database_user_or_login_by_default(db, other) -> None:  # noqa: ANN001
    bo = save_contact(db, ContactRecord(first_name="Bo", last_name="Ng"))
    delete_contacts(db, [bo.id])
    [entry] = [e for e in list_trash(other) if e.label == "Bo Ng"]
    assert entry.deleted_by == acting_user.acting_user(db.engine) != ""
