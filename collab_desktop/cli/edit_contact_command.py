"""``edit-contact ID --set FIELD=VALUE [...] [--if-version N]``: change one contact's fields.

With ``--if-version`` the change is refused (exit 1) when the contact is no longer at that
version, so a script never overwrites an edit it has not seen. A field the contact does not have,
or a value it cannot take, exits 2.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from collab_desktop.cli.arguments import positive_int
from collab_desktop.cli.output import print_json

if TYPE_CHECKING:
    from collab_desktop.domain.records import ContactRecord
    from collab_desktop.store.database import Database

BAD_INPUT = 2  # argparse's own code for wrong usage
_YES = {"yes", "true", "1", "y", "on"}
_NO = {"no", "false", "0", "n", "off", ""}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "edit-contact",
        help="change a contact's fields (refused if changed since --if-version)",
        description="Change fields of one contact, e.g. --set phone=555-0100 --set consent=yes. "
        "Fields: first_name, last_name, email, phone, organization, department, job_title, "
        "participant_type, notes, consent.",
    )
    p.add_argument("id", type=positive_int, metavar="ID", help="the contact's id (list contacts)")
    p.add_argument(
        "--set",
        dest="changes",
        action="append",
        required=True,
        metavar="FIELD=VALUE",
        help="a field and its new value; repeat for several",
    )
    p.add_argument(
        "--if-version",
        type=positive_int,
        metavar="N",
        help="only if the contact is still at version N (as listed by list contacts --json)",
    )
    p.add_argument("--json", action="store_true", help="print the saved contact as JSON")
    p.set_defaults(handler=run)


def _bad(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return BAD_INPUT


def parse_changes(changes: list[str]) -> dict[str, Any]:
    """``FIELD=VALUE`` texts as field values; ValueError says which one is wrong and why."""
    from collab_desktop.domain.records import CONTACT_EDITABLE_FIELDS

    values: dict[str, Any] = {}
    for change in changes:
        name, equals, value = change.partition("=")
        name = name.strip()
        if not equals:
            raise ValueError(f"--set needs FIELD=VALUE, got {change!r}")
        if name not in CONTACT_EDITABLE_FIELDS:
            raise ValueError(
                f"unknown field {name!r}; fields: {', '.join(CONTACT_EDITABLE_FIELDS)}"
            )
        if name == "consent":
            word = value.strip().lower()
            if word not in _YES | _NO:
                raise ValueError(f"consent must be yes or no, got {value!r}")
            values[name] = word in _YES
        else:
            values[name] = value
    return values


def contact_json(contact: ContactRecord) -> dict[str, Any]:
    """A contact as printed by --json: id and version first, then its fields and stamps."""
    from collab_desktop.domain.records import CONTACT_EDITABLE_FIELDS

    return {
        "id": contact.id,
        "version": contact.version,
        **{name: getattr(contact, name) for name in CONTACT_EDITABLE_FIELDS},
        "collaboratives": contact.collaboratives,
        "created_by": contact.created_by,
        "created_at": contact.created_at,
        "updated_by": contact.updated_by,
        "updated_at": contact.updated_at,
    }


def run(args: argparse.Namespace, db: Database) -> int:
    from dataclasses import replace

    from collab_desktop.services.directory.contacts import get_contact, save_contact
    from collab_desktop.services.errors import ValidationError

    try:
        values = parse_changes(args.changes)
    except ValueError as exc:
        return _bad(str(exc))
    current = get_contact(db, args.id)
    # Without --if-version, the version just read: a change made meanwhile is still not lost.
    version = args.if_version if args.if_version is not None else current.version
    try:
        saved = save_contact(db, replace(current, **values, version=version))
    except ValidationError as exc:
        return _bad(str(exc))
    if args.json:
        print_json(contact_json(saved))
    else:
        print(f"Saved contact {saved.id}: {saved.display_name} (version {saved.version})")
    return 0
