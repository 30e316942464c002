"""Consent in exports: contacts without consent can be left out of any roster or sign-up sheet.

Exporters take an ``include_without_consent: bool`` option and pass their rows through
``filter_by_consent``; rows that carry only a contact id (registrations, memberships) use
``contacts_with_consent`` to look the flags up in one query.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from sqlalchemy import select

from collab_desktop.domain.translation import QT_TRANSLATE_NOOP
from collab_desktop.store.database import Database
from collab_desktop.store.models import Contact

T = TypeVar("T")

# Shown through translate("Privacy", CONSENT_NOTE).
CONSENT_NOTE = QT_TRANSLATE_NOOP(
    "Privacy",
    "Contacts without recorded consent were left out. Patient and family partners must agree "
    "before their names are shared.",
)


def filter_by_consent(
    rows: Iterable[T],
    include_without_consent: bool,
    consent_of: Callable[[T], Any] = lambda row: getattr(row, "consent"),  # noqa: B009
) -> list[T]:
    """The rows to export: all of them, or only those whose contact gave consent."""
    if include_without_consent:
        return list(rows)
    return [row for row in rows if bool(consent_of(row))]


def contacts_with_consent(db: Database, contact_ids: Iterable[int]) -> set[int]:
    """Which of these contacts have consent recorded (for rows that only hold a contact id)."""
    ids = list(dict.fromkeys(contact_ids))
    found: set[int] = set()
    with db.session() as s:
        for start in range(0, len(ids), 500):
            part = ids[start : start + 500]
            found.update(
                s.scalars(select(Contact.id).where(Contact.id.in_(part), Contact.consent.is_(True)))
            )
    return found
