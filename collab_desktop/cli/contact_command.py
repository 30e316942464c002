"""``add-contact``: add one person (optionally into a collaborative)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from collab_desktop.cli.output import print_json
from collab_desktop.domain.translation import translate

if TYPE_CHECKING:
    from collab_desktop.store.database import Database


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "add-contact", help=translate("ContactCommand", "add a contact (and a membership)")
    )
    p.add_argument(
        "--first", required=True, metavar="NAME", help=translate("ContactCommand", "first name")
    )
    p.add_argument(
        "--last", required=True, metavar="NAME", help=translate("ContactCommand", "last name")
    )
    p.add_argument("--email", required=True, metavar="EMAIL")
    p.add_argument("--organization", default="", metavar="ORG")
    p.add_argument(
        "--collaborative",
        metavar="NAME",
        help=translate("ContactCommand", "also make them a member of this one"),
    )
    p.add_argument(
        "--role",
        default="member",
        help=translate("ContactCommand", "membership role (default: member)"),
    )
    p.add_argument(
        "--json",
        action="store_true",
        help=translate("ContactCommand", "print the new contact as JSON"),
    )
    p.set_defaults(handler=run)


def run(args: argparse.Namespace, db: Database) -> int:
    from collab_desktop.domain.records import ContactRecord
    from collab_desktop.services.directory.collaboratives import collaborative_by_name
    from collab_desktop.services.directory.contacts import get_contact, save_contact
    from collab_desktop.services.directory.memberships import add_membership

    collab = collaborative_by_name(db, args.collaborative) if args.collaborative else None
    contact = save_contact(
        db,
        ContactRecord(
            first_name=args.first,
            last_name=args.last,
            email=args.email,
            organization=args.organization,
        ),
    )
    if collab is not None:
        add_membership(db, contact.id, collab.id, role=args.role)
        contact = get_contact(db, contact.id)
    if args.json:
        print_json(
            {
                "id": contact.id,
                "first_name": contact.first_name,
                "last_name": contact.last_name,
                "email": contact.email,
                "organization": contact.organization,
                "collaboratives": contact.collaboratives,
            }
        )
    else:
        print(
            translate("ContactCommand", "Added contact {id}: {display_name} <{email}>").format(
                id=contact.id, display_name=contact.display_name, email=contact.email
            )
        )
    return 0
