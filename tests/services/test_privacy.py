"""Exports can leave out contacts without consent."""

from __future__ import annotations

from collab_desktop.domain.records import ContactRecord
from collab_desktop.services.directory.contacts import list_contacts, save_contact
from collab_desktop.services.directory.privacy import contacts_with_consent, filter_by_consent


def test_filter_by_consent_on_contacts(db) -> None:  # noqa: ANN001
    yes = save_contact(db, ContactRecord(first_name="Yes", email="yes@x.org", consent=True))
    save_contact(db, ContactRecord(first_name="No", email="no@x.org", consent=False))
    everyone = list_contacts(db)
    kept = filter_by_consent(everyone, include_without_consent=False)
    assert yes.id in [c.id for c in kept]
    assert all(c.consent for c in kept) and "no@x.org" not in [c.email for c in kept]
    assert filter_by_consent(everyone, include_without_consent=True) == everyone


def test_consent_lookup_for_rows_with_only_a_contact_id(db) -> None:  # noqa: ANN001
    yes = save_contact(db, ContactRecord(first_name="Yes", email="yes@x.org", consent=True))
    no = save_contact(db, ContactRecord(first_name="No", email="no@x.org"))
    allowed = contacts_with_consent(db, [yes.id, no.id, yes.id, 999])
    assert allowed == {yes.id}
    rows = [(no.id, "No"), (yes.id, "Yes")]
    assert filter_by_consent(rows, False, lambda r: r[0] in allowed) == [(yes.id, "Yes")]
