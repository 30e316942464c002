"""Attendance from an online meeting's report (Zoom or Teams): minutes per person, matched to
contacts, in two steps like the sign-up sheet: preview (changes nothing), then apply.

Time in the meeting is each person's joins with overlaps merged (two devices count once).
A person counts as attended when that reaches the minimum; nobody is marked absent here.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from collab_desktop.domain import clock
from collab_desktop.domain.records import ContactRecord
from collab_desktop.domain.translation import translate
from collab_desktop.io.meeting_report import Join, MeetingReportError, read_meeting_report
from collab_desktop.services.directory.contacts import apply_contact_fields
from collab_desktop.services.errors import ServiceError, ValidationError
from collab_desktop.services.sessions import signup_sheets
from collab_desktop.services.sessions.registrations import find_registration
from collab_desktop.services.sessions.sessions import get_session
from collab_desktop.services.sessions.signup_sheets import split_name
from collab_desktop.services.sessions.waitlist import after_status_change, waiting
from collab_desktop.store.database import Database
from collab_desktop.store.models import Contact, Registration

if TYPE_CHECKING:
    from collab_desktop.services.safety.row_log import RowLog
    from collab_desktop.services.sessions.signup_sheets import AttendancePreview

DEFAULT_MIN_SHARE = 0.5
# A report from a meeting more than this far from the session's start is another meeting's.
DATE_TOLERANCE = timedelta(days=1)


class OtherMeetingError(ServiceError):
    """The report is of a meeting on another day than the session's (read anyway with force)."""

    def __init__(self, message: str, report_day: date, session_day: date) -> None:
        super().__init__(message)
        self.report_day, self.session_day = report_day, session_day


@dataclass(slots=True)
class Candidate:
    """A contact whose name matches a person of the report that several contacts share."""

    contact_id: int
    name: str
    email: str
    registration_id: int | None = None
    registration_status: str = ""

    @property
    def label(self) -> str:
        return f"{self.name} <{self.email}>" if self.email else self.name


@dataclass(slots=True)
class MeetingPerson:
    """One person of the report, with their minutes and who they are here."""

    name: str
    email: str
    minutes: float
    contact_id: int | None = None
    registration_id: int | None = None
    registration_status: str = ""
    # Contacts sharing the person's name (ambiguous: someone must choose, see choose_contact).
    candidates: list[Candidate] = field(default_factory=list)
    # An unmatched person to add as a new contact and walk-in (the window asks per person).
    add_as_new: bool = False
    contact_label: str = ""  # the matched contact as "Name <e-mail>", to show

    @property
    def walk_in(self) -> bool:
        return self.contact_id is not None and (
            self.registration_id is None or self.registration_status == "cancelled"
        )


@dataclass(slots=True)
class MeetingPreview:
    session_id: int
    file_name: str
    source: str
    min_minutes: float
    attended: list[MeetingPerson] = field(default_factory=list)
    below_minimum: list[MeetingPerson] = field(default_factory=list)
    unmatched: list[MeetingPerson] = field(default_factory=list)
    report_start: datetime | None = None
    # Named like two or more contacts and without a known e-mail: left out until chosen.
    ambiguous: list[MeetingPerson] = field(default_factory=list)

    def to_add(self, add_unmatched: bool = False) -> list[MeetingPerson]:
        """Unknown people to add as contacts: all (add_unmatched) or those marked add_as_new,
        only when they count as attended (a walk-in came); an unknown person below the
        minimum stays listed as unmatched rather than vanishing."""
        return [
            p
            for p in self.unmatched
            if (add_unmatched or p.add_as_new) and p.minutes >= self.min_minutes
        ]

    def chosen(self) -> list[MeetingPerson]:
        """Ambiguous people a contact was chosen for (choose_contact), who stayed long enough."""
        return [
            p for p in self.ambiguous if p.contact_id is not None and p.minutes >= self.min_minutes
        ]

    def counts(self, add_unmatched: bool = False) -> dict:
        added = self.to_add(add_unmatched)
        marked = [*self.attended, *self.chosen()]
        return {
            "attended": len(marked) + len(added),
            "walk_ins": sum(1 for p in marked if p.walk_in) + len(added),
            "below_minimum": [_label(p) for p in self.below_minimum],
            "unmatched": [_label(p) for p in self.unmatched if not any(p is a for a in added)],
            "ambiguous": [
                {
                    "name": p.name,
                    "email": p.email,
                    "minutes": p.minutes,
                    "candidates": [c.email for c in p.candidates],
                }
                for p in self.ambiguous
                if p.contact_id is None
            ],
        }


def choose_contact(person: MeetingPerson, contact_id: int | None) -> None:
    """Say which of an ambiguous person's candidates they are (None: leave them out)."""
    chosen = next((c for c in person.candidates if c.contact_id == contact_id), None)
    if contact_id is not None and chosen is None:
        raise ValidationError(
            {
                "contact": translate(
                    "MeetingAttendance", "Choose one of the contacts with this name."
                )
            }
        )
    person.contact_id = contact_id
    person.contact_label = chosen.label if chosen else ""
    person.registration_id = chosen.registration_id if chosen else None
    person.registration_status = chosen.registration_status if chosen else ""


def _label(p: MeetingPerson) -> str:
    return f"{p.name} <{p.email}>" if p.email else p.name


_BRACKET = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\s*$")


def name_key(name: str) -> str:
    """Case, accents and trailing brackets ("(Guest)", "(she/her)") ignored; "Last, First" read."""
    text = str(name).strip()
    while _BRACKET.search(text):
        text = _BRACKET.sub("", text)
    first, last = split_name(text)
    text = f"{first} {last}"
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.lower().split())


def merged_minutes(joins: list[Join]) -> float:
    """Minutes covered by the joins, overlaps counted once."""
    total = timedelta()
    end = None
    for j in sorted(joins, key=lambda j: j.join):
        start, stop = j.join, max(j.leave, j.join)
        if end is None or start > end:
            total += stop - start
            end = stop
        elif stop > end:
            total += stop - end
            end = stop
    return total.total_seconds() / 60


def preview_meeting_attendance(
    db: Database,
    path: Path,
    session_id: int,
    min_minutes: float | None = None,
    min_share: float | None = None,
    force: bool = False,
) -> MeetingPreview:
    """Read a meeting report and say who attended, who stayed too briefly, who is unknown."""
    session = get_session(db, session_id)
    if min_share is not None and not 0 < min_share <= 1:
        raise ValidationError(
            {
                "min_share": translate(
                    "MeetingAttendance", "--min-share must be above 0 and at most 1."
                )
            }
        )
    if min_minutes is not None and min_minutes < 0:
        raise ValidationError(
            {"min_minutes": translate("MeetingAttendance", "--min-minutes cannot be negative.")}
        )
    try:
        report = read_meeting_report(Path(path))
    except MeetingReportError as exc:
        raise ServiceError(str(exc)) from exc
    if not report.joins:
        raise ServiceError(
            translate("MeetingAttendance", "{name} lists nobody who joined the meeting.").format(
                name=Path(path).name
            )
        )
    if (
        report.start is not None
        and abs(report.start - session.start) > DATE_TOLERANCE
        and not force
    ):
        raise OtherMeetingError(
            translate(
                "MeetingAttendance",
                "{name} is a report of a meeting on {start:%Y-%m-%d}, but session {session_id} is on {start2:%Y-%m-%d}; is it the right file? (--force reads it anyway)",
            ).format(
                name=Path(path).name,
                start=report.start,
                session_id=session_id,
                start2=session.start,
            ),
            report.start.date(),
            session.start.date(),
        )
    length = (session.end - session.start).total_seconds() / 60
    if min_minutes is None:
        min_minutes = length * (min_share if min_share is not None else DEFAULT_MIN_SHARE)
    preview = MeetingPreview(
        session_id, Path(path).name, report.source, min_minutes, report_start=report.start
    )
    people = _people(report.joins)
    with db.session() as s:
        by_email, by_name, about = _contacts(s)
        for key_joins in people.values():
            first = key_joins[0]
            email = next((j.email.strip() for j in key_joins if j.email.strip()), "")
            person = MeetingPerson(
                name=_BRACKET.sub("", first.name).strip() or first.name,
                email=email,
                minutes=round(merged_minutes(key_joins), 1),
            )
            person.contact_id = by_email.get(email.lower()) if email else None
            ids = [] if person.contact_id is not None else by_name.get(name_key(first.name), [])
            if len(ids) == 1:
                person.contact_id = ids[0]
            elif len(ids) > 1:
                for cid in ids:
                    reg = find_registration(s, session_id, cid)
                    name, mail = about[cid]
                    person.candidates.append(
                        Candidate(
                            cid, name, mail, reg.id if reg else None, reg.status if reg else ""
                        )
                    )
                preview.ambiguous.append(person)
                continue
            if person.contact_id is None:
                preview.unmatched.append(person)
                continue
            name, mail = about[person.contact_id]
            person.contact_label = f"{name} <{mail}>" if mail else name
            reg = find_registration(s, session_id, person.contact_id)
            if reg is not None:
                person.registration_id, person.registration_status = reg.id, reg.status
            if person.minutes >= min_minutes:
                preview.attended.append(person)
            elif reg is not None and reg.status != "cancelled":
                preview.below_minimum.append(person)
    return preview


def preview_attendance_file(
    db: Database, path: Path, session_id: int, force: bool = False
) -> MeetingPreview | AttendancePreview:
    """Read attendance from a sign-up sheet made here or a Zoom or Teams report, told apart by
    their content (as import-attendance does); nothing changes until the preview is applied."""
    if signup_sheets.is_signup_sheet(Path(path)):
        return signup_sheets.preview_attendance(db, Path(path), session_id)
    return preview_meeting_attendance(db, Path(path), session_id, force=force)


def _people(joins: list[Join]) -> dict[str, list[Join]]:
    """Joins grouped per person: by e-mail when given, else by name (same person's lines)."""
    email_of_name: dict[str, str] = {}
    for j in joins:
        if j.email.strip():
            email_of_name.setdefault(name_key(j.name), j.email.strip().lower())
    groups: dict[str, list[Join]] = {}
    for j in joins:
        key = j.email.strip().lower() or email_of_name.get(name_key(j.name)) or name_key(j.name)
        groups.setdefault(key, []).append(j)
    return groups


def _contacts(s):  # noqa: ANN001, ANN202
    """Contact ids by e-mail and by name key, and each one's name and e-mail to show."""
    by_email: dict[str, int] = {}
    by_name: dict[str, list[int]] = {}
    about: dict[int, tuple[str, str]] = {}
    for cid, first, last, key, email in s.execute(
        select(
            Contact.id, Contact.first_name, Contact.last_name, Contact.email_key, Contact.email
        ).order_by(Contact.id)
    ):
        if key:
            by_email[key] = cid
        by_name.setdefault(name_key(f"{first} {last}"), []).append(cid)
        about[cid] = (f"{first} {last}".strip(), email or "")
    return by_email, by_name, about


def apply_meeting_attendance(
    db: Database, preview: MeetingPreview, add_unmatched: bool = False, log: RowLog | None = None
) -> dict:
    """Write a confirmed preview in one transaction: attended (walk-ins added), the ambiguous
    people a contact was chosen for, and the unknown people who stayed long enough as new
    contacts and walk-ins (all with add_unmatched, else those marked add_as_new)."""
    now = clock.now()
    with db.session() as s:
        marked: list[Registration] = []
        people = [*preview.attended, *preview.chosen()]
        for p in preview.to_add(add_unmatched):
            first, last = split_name(p.name)
            contact = Contact()
            apply_contact_fields(
                contact,
                ContactRecord(
                    first_name=first,
                    last_name=last,
                    email=p.email,
                    notes=f"Added from the meeting report {preview.file_name}.",
                ),
            )
            s.add(contact)
            s.flush()
            if log is not None:
                log.added(contact)
            p.contact_id = contact.id
            people.append(p)
        for p in people:
            reg = find_registration(s, preview.session_id, p.contact_id)
            if reg is None:
                reg = Registration(
                    session_id=preview.session_id, contact_id=p.contact_id, status="attended"
                )
                reg.walk_in = True
                s.add(reg)
                if log is not None:
                    log.added(reg)
            else:
                if log is not None:
                    log.changing(reg)
                if reg.status == "cancelled":
                    reg.walk_in = True
                reg.status, reg.updated_at = "attended", now
            marked.append(reg)
        s.flush()
        if log is not None:
            for row in waiting(s, preview.session_id):  # their positions may close up
                log.changing(row)
        after_status_change(s, marked, now)
        if log is not None:
            log.finish(s)
    return preview.counts(add_unmatched)
