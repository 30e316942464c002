"""The preview checked again when it is applied: contacts someone else added meanwhile.

Between the preview and Import another coordinator may have added a person the roster adds
too. Inside the import's locked transaction each new contact is looked up again (same email,
case-blind; or, without an email, the same name as exactly one stored contact) and, when found,
treated as the preview treats a match, so the import never makes a second copy of them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from collab_desktop.domain.import_records import ImportPlan
from collab_desktop.domain.records import CONTACT_TEXT_FIELDS
from collab_desktop.services.rosters.roster_plan import field_changes, name_key
from collab_desktop.store.models import Contact, Membership

_CHUNK = 500
_COLUMNS = (Contact.id, *(func.coalesce(getattr(Contact, f), "") for f in CONTACT_TEXT_FIELDS))


@dataclass
class CheckedOrders:
    """The plan's work orders as they stand now: what to insert, update and log."""

    new_contacts: list[dict[str, Any]]
    contact_updates: dict[int, dict[str, Any]]
    contact_before: dict[int, dict[str, Any]]
    new_memberships: list[dict[str, Any]]
    rematched: int = 0
    rematched_changed: int = 0
    found: dict[str, int] = field(default_factory=dict)  # new contact ref -> stored id


def _chunks(items: list, size: int = _CHUNK) -> list[list]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def _stored_by_email(s: Session, keys: list[str]) -> dict[str, tuple]:
    found = {}
    for chunk in _chunks(keys):
        for row in s.execute(
            select(*_COLUMNS, Contact.email_key).where(Contact.email_key.in_(chunk))
        ):
            found[row[-1]] = tuple(row[:-1])
    return found


def _stored_by_name(s: Session, names: set[tuple[str, str]]) -> dict[tuple[str, str], list[tuple]]:
    lasts = sorted({last for _first, last in names})
    found: dict[tuple[str, str], list[tuple]] = defaultdict(list)
    for chunk in _chunks(lasts):
        stmt = select(*_COLUMNS).where(func.lower(func.trim(Contact.last_name)).in_(chunk))
        for row in s.execute(stmt):
            key = name_key(row[1], row[2])
            if key in names:
                found[key].append(tuple(row))
    return found


def recheck(s: Session, plan: ImportPlan) -> CheckedOrders:
    """The plan's orders with every new contact that now exists turned into a match."""
    by_email = _stored_by_email(
        s, sorted({c["email"].strip().lower() for c in plan.new_contacts if c["email"]})
    )
    nameless = {
        name_key(c["first_name"], c["last_name"])
        for c in plan.new_contacts
        if not c["email"] and (c["first_name"] or c["last_name"])
    }
    by_name = _stored_by_name(s, nameless) if nameless else {}
    out = CheckedOrders([], {}, {}, [])
    _planned_updates(s, plan, out)
    for contact in plan.new_contacts:
        if contact["email"]:
            stored = by_email.get(contact["email"].strip().lower())
        else:
            same = by_name.get(name_key(contact["first_name"], contact["last_name"]), [])
            stored = same[0] if len(same) == 1 else None
        if stored is None:
            out.new_contacts.append(contact)
            continue
        cid = stored[0]
        out.found[contact["ref"]] = cid
        out.rematched += 1
        current = dict(zip(CONTACT_TEXT_FIELDS, stored[1:], strict=True))
        incoming = {f: contact[f] for f in CONTACT_TEXT_FIELDS}
        changes = field_changes(current, incoming, plan.options.policy)
        if changes:
            out.rematched_changed += 1
            out.contact_updates[cid] = {f: new for f, (_old, new) in changes.items()}
            out.contact_before[cid] = {f: old for f, (old, _new) in changes.items()}
    out.new_memberships = _memberships(s, plan, out)
    return out


def _planned_updates(s: Session, plan: ImportPlan, out: CheckedOrders) -> None:
    """The preview's changes to stored contacts, against what they hold now.

    What a field held at the preview may have been changed since: the undo log keeps the value
    the import replaces, and "fill" fills only fields that are still empty, so an edit someone
    made meanwhile is neither overwritten nor lost on undo. Contacts deleted since are left out.
    """
    ids = sorted(plan.contact_updates)
    stored: dict[int, dict[str, Any]] = {}
    for chunk in _chunks(ids):
        for row in s.execute(select(*_COLUMNS).where(Contact.id.in_(chunk))):
            stored[row[0]] = dict(zip(CONTACT_TEXT_FIELDS, row[1:], strict=True))
    for cid in ids:
        current = stored.get(cid)
        if current is None:
            continue
        updates = plan.contact_updates[cid]
        if plan.options.policy == "fill":
            updates = {f: v for f, v in updates.items() if not current[f]}
        if updates:
            out.contact_updates[cid] = dict(updates)
            out.contact_before[cid] = {f: current[f] for f in updates}


def _memberships(s: Session, plan: ImportPlan, out: CheckedOrders) -> list[dict[str, Any]]:
    """The new memberships, those of re-matched contacts pointed at them (none twice)."""
    if not out.found:
        return list(plan.new_memberships)
    held = set()
    for chunk in _chunks(sorted(set(out.found.values()))):
        rows = s.execute(
            select(Membership.contact_id, Membership.collaborative_id).where(
                Membership.contact_id.in_(chunk)
            )
        )
        held.update((contact_id, collab_id) for contact_id, collab_id in rows)
    orders = []
    for m in plan.new_memberships:
        cid = out.found.get(m["ref"]) if isinstance(m["ref"], str) else None
        if cid is None:
            orders.append(m)
        elif (cid, m["collaborative_id"]) not in held:
            orders.append({**m, "ref": cid})
            held.add((cid, m["collaborative_id"]))
    return orders
