"""The Contacts tab's rows (collaboratives' names joined in SQL) on both databases."""

from __future__ import annotations

from collab_desktop.services.directory.contacts import contact_rows


def test_rows_name_each_contacts_collaboratives(db) -> None:  # noqa: ANN001
    rows = contact_rows(db)
    assert len(rows) >= 4
    joined = [r for r in rows if ", " in str(r)]
    assert joined, "a contact in two collaboratives shows both names"
