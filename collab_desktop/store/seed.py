"""First-run data: the four collaboratives and their contacts, loaded once per database."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from collab_desktop.domain.validation import email_key
from collab_desktop.resources_path import resource
from collab_desktop.store.database import Database
from collab_desktop.store.models import AppMeta, Collaborative, Contact, Membership

SEEDED_KEY = "first_run_data_loaded"


def load_first_run_data(db: Database) -> bool:
    """Fill a new database with the first-run data; True when it was loaded now."""
    with db.session() as s:
        return fill_first_run_data(s)


def fill_first_run_data(s: Session) -> bool:
    """The first-run rows, added in the caller's transaction (a server's first setup)."""
    if s.get(AppMeta, SEEDED_KEY) is not None:
        return False
    data = json.loads(resource("first_run.json").read_text(encoding="utf-8"))
    by_name: dict[str, Collaborative] = {}
    for item in data["collaboratives"]:
        existing = s.scalar(select(Collaborative).where(Collaborative.name == item["name"]))
        if existing is None:
            start = item.get("start_date")
            existing = Collaborative(
                **{k: v for k, v in item.items() if k != "start_date"},
                start_date=date.fromisoformat(start) if start else None,
            )
            s.add(existing)
        by_name[item["name"]] = existing
    s.flush()
    for item in data["contacts"]:
        key = email_key(item["email"])
        contact = s.scalar(select(Contact).where(Contact.email_key == key))
        if contact is None:
            fields = {k: v for k, v in item.items() if k != "memberships"}
            contact = Contact(**fields, email_key=key)
            s.add(contact)
            s.flush()
        for m in item.get("memberships", []):
            collab = by_name[m["collaborative"]]
            exists = s.scalar(
                select(Membership).where(
                    Membership.contact_id == contact.id,
                    Membership.collaborative_id == collab.id,
                )
            )
            if exists is None:
                s.add(
                    Membership(
                        contact_id=contact.id,
                        collaborative_id=collab.id,
                        role=m["role"],
                        joined_on=collab.start_date,
                    )
                )
    s.add(AppMeta(key=SEEDED_KEY, value="1"))
    return True
