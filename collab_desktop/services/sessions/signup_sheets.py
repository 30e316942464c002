"""Sign-up sheets: export one for a session, and record attendance from a filled-in one.

Reading back is two steps so the user sees what will change: preview_attendance() reads the
sheet and matches it to the session; apply_attendance() writes it all in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from collab_desktop.domain import clock
from collab_desktop.domain.records import ContactRecord
from collab_desktop.domain.translation import translate
from collab_desktop.domain.validation import email_problem
from collab_desktop.io.signup_sheet import (
    DEFAULT_BLANK_ROWS,
    people_from_registrations,
    waitlist_from_registrations,
    write_signup_sheet,
)
from collab_desktop.io.signup_sheet_reader import SheetReadError, read_signup_sheet
from collab_desktop.services.directory.contacts import (
    apply_contact_fields,
    find_contact_id_by_email,
)
from collab_desktop.services.errors import ServiceError
from collab_desktop.services.sessions.attendance import late_registration_ids
from collab_desktop.services.sessions.registrations import find_registration, list_registrations
from collab_desktop.services.sessions.sessions import get_session
from collab_desktop.services.sessions.waitlist import after_status_change, waiting
from collab_desktop.store.database import Database
from collab_desktop.store.models import Contact, LearningSession, Membership, Registration

if TYPE_CHECKING:
    from collab_desktop.services.safety.row_log import RowLog


# An unticked line leaves these as they are: excused people sent word, waitlisted ones had no
# place, and cancelled ones were not coming.
KEEP_WHEN_UNTICKED = ("excused", "waitlisted", "cancelled")


@dataclass(slots=True)
class WalkIn:
    """Someone who wrote themselves into a blank row."""

    row_number: int
    first_name: str
    last_name: str
    email: str
    organization: str
    contact_id: int | None = None  # an existing contact with that email
    registration_id: int | None = None  # already registered for the session

    @property
    def display_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip() or self.email


@dataclass(slots=True)
class AttendancePreview:
    """What importing a filled-in sheet would do, for the user to confirm."""

    session_id: int
    file_name: str
    attended: dict[int, str] = field(default_factory=dict)  # registration id -> name
    absent: dict[int, str] = field(default_factory=dict)
    walk_ins: list[WalkIn] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        """attended / absent / walk_ins_added, as the CLI prints them."""
        new_walk_ins = [w for w in self.walk_ins if w.registration_id is None]
        return {
            "attended": len(self.attended) + len(self.walk_ins) - len(new_walk_ins),
            "absent": len(self.absent),
            "walk_ins_added": len(new_walk_ins),
            "contacts_created": sum(1 for w in new_walk_ins if w.contact_id is None),
        }


def export_signup_sheet(
    db: Database,
    session_id: int,
    path: Path,
    blank_rows: int = DEFAULT_BLANK_ROWS,
    include_without_consent: bool = True,
) -> Path:
    """Write the printable sheet for a session; people's role shows when no organization.

    With include_without_consent False, people without recorded consent are not listed.
    """
    session = get_session(db, session_id)
    registrations = list_registrations(db, session_id)
    if not include_without_consent:
        from collab_desktop.services.directory.privacy import contacts_with_consent

        allowed = contacts_with_consent(db, (r.contact_id for r in registrations))
        registrations = [r for r in registrations if r.contact_id in allowed]
    roles: dict[int, str] = {}
    with db.session() as s:
        query = select(Membership.contact_id, Membership.role).where(
            Membership.contact_id.in_([r.contact_id for r in registrations])
        )
        if session.collaborative_id is not None:
            query = query.where(Membership.collaborative_id == session.collaborative_id)
        for contact_id, role in s.execute(query):
            roles.setdefault(contact_id, role)
    if blank_rows < 0:
        raise ServiceError(
            translate("SignupSheets", "The number of blank rows cannot be negative.")
        )
    return write_signup_sheet(
        Path(path),
        session,
        people_from_registrations(registrations, roles),
        blank_rows,
        waitlist_from_registrations(registrations, roles),
    )


def is_signup_sheet(path: Path) -> bool:
    """True for a sign-up sheet made here (read back by preview_attendance)."""
    try:
        read_signup_sheet(Path(path))
    except SheetReadError:
        return False
    return True


def split_name(text: str) -> tuple[str, str]:
    """'Last, First' or 'First Middle Last' -> (first, last)."""
    text = " ".join(text.split())
    if "," in text:
        last, _, first = text.partition(",")
        return first.strip(), last.strip()
    if " " in text:
        first, _, last = text.rpartition(" ")
        return first, last
    return text, ""


def preview_attendance(db: Database, path: Path, session_id: int) -> AttendancePreview:
    """Read a filled-in sheet and say who attended, who was absent and which walk-ins to add."""
    registrations = {r.id: r for r in list_registrations(db, session_id)}
    try:
        sheet = read_signup_sheet(Path(path))
    except SheetReadError as exc:
        raise ServiceError(str(exc)) from exc
    if sheet.session_id is not None and sheet.session_id != session_id:
        raise ServiceError(
            translate(
                "SignupSheets",
                "{name} is the sign-up sheet of session {session_id}, not of session {session_id2}.",
            ).format(name=Path(path).name, session_id=sheet.session_id, session_id2=session_id)
        )
    preview = AttendancePreview(session_id=session_id, file_name=Path(path).name)
    by_email = {r.email.strip().lower(): r for r in registrations.values() if r.email}
    seen: set[str] = set()
    with db.session() as s:
        late = late_registration_ids(s, [LearningSession.id == session_id])
        for row in sheet.rows:
            if row.registration_id is not None:
                reg = registrations.get(row.registration_id)
                if reg is None:
                    preview.problems.append(
                        translate(
                            "SignupSheets",
                            "Row {row_number}: registration {registration_id} is not in this session; skipped.",
                        ).format(row_number=row.row_number, registration_id=row.registration_id)
                    )
                    continue
                name = f"{reg.first_name} {reg.last_name}".strip() or reg.email
                if row.marked:
                    preview.attended[reg.id] = name
                elif reg.status not in KEEP_WHEN_UNTICKED and reg.id not in late:
                    preview.absent[reg.id] = name
                continue
            label = row.name or row.email or translate("SignupSheets", "(no name)")
            if not row.email:
                preview.problems.append(
                    translate(
                        "SignupSheets",
                        "Row {row_number}: walk-in {label!r} has no email; not added.",
                    ).format(row_number=row.row_number, label=label)
                )
                continue
            problem = email_problem(row.email)
            if problem:
                preview.problems.append(f"Row {row.row_number}: {label!r}: {problem}")
                continue
            key = row.email.strip().lower()
            if key in seen:
                preview.problems.append(
                    translate(
                        "SignupSheets", "Row {row_number}: {email} is written twice; counted once."
                    ).format(row_number=row.row_number, email=row.email)
                )
                continue
            seen.add(key)
            first, last = split_name(row.name)
            walk_in = WalkIn(row.row_number, first, last, row.email.strip(), row.organization)
            walk_in.contact_id = find_contact_id_by_email(s, row.email)
            existing = by_email.get(key)
            if existing is not None and existing.status != "cancelled":
                walk_in.registration_id = existing.id
                preview.absent.pop(existing.id, None)
            preview.walk_ins.append(walk_in)
    return preview


def apply_attendance(
    db: Database, preview: AttendancePreview, log: RowLog | None = None
) -> dict[str, int]:
    """Write a confirmed preview in one transaction; returns its counts."""
    with db.session() as s:
        marked: list[Registration] = []

        def mark(reg_id: int, status: str) -> None:
            row = s.get(Registration, reg_id)
            if row is None:  # removed since the preview; nothing to mark
                return
            if log is not None:
                log.changing(row)
            row.status = status
            marked.append(row)

        for reg_id in preview.attended:
            mark(reg_id, "attended")
        for reg_id in preview.absent:
            mark(reg_id, "absent")
        for walk_in in preview.walk_ins:
            if walk_in.registration_id is not None:
                mark(walk_in.registration_id, "attended")
                continue
            contact_id = find_contact_id_by_email(s, walk_in.email)
            if contact_id is None:
                contact = Contact()
                apply_contact_fields(
                    contact,
                    ContactRecord(
                        first_name=walk_in.first_name,
                        last_name=walk_in.last_name,
                        email=walk_in.email,
                        organization=walk_in.organization,
                        notes=f"Added as a walk-in from {preview.file_name}.",
                    ),
                )
                s.add(contact)
                s.flush()
                if log is not None:
                    log.added(contact)
                contact_id = contact.id
            reg = find_registration(s, preview.session_id, contact_id)
            if reg is None:
                reg = Registration(session_id=preview.session_id, contact_id=contact_id)
                s.add(reg)
                if log is not None:
                    log.added(reg)
            elif log is not None:
                log.changing(reg)
            reg.status = "attended"
            reg.walk_in = True
            marked.append(reg)
        if log is not None:
            for row in waiting(s, preview.session_id):  # their positions may close up
                log.changing(row)
        after_status_change(s, marked, clock.now())  # someone waitlisted came: the line closes up
        if log is not None:
            log.finish(s)
    return preview.counts()
