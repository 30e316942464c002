"""Use cases for registrations and attendance of one session.

Who may join a session only for a role is decided in role_restrictions.py.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from collab_desktop.domain import clock
from collab_desktop.domain.records import RegistrationRecord
from collab_desktop.domain.series_records import BulkAddResult
from collab_desktop.domain.translation import translate
from collab_desktop.domain.vocab import REGISTRATION_STATUSES
from collab_desktop.services.errors import ConflictError, NotFoundError, ValidationError
from collab_desktop.services.record_versions import check_version
from collab_desktop.services.sessions.role_restrictions import check_may_join
from collab_desktop.services.sessions.waitlist import (
    Places,
    affected_rows,
    after_status_change,
    place_for,
    put_places,
    snapshot,
)
from collab_desktop.store.database import Database
from collab_desktop.store.models import (
    Contact,
    LearningSession,
    Membership,
    Registration,
    SeriesRegistration,
    SessionSeries,
)

if TYPE_CHECKING:
    from collab_desktop.services.safety.row_log import RowLog
    from collab_desktop.services.safety.trash import TrashEntry

# Registration id -> (status, updated_at, waitlist position): enough to put a mark back exactly.
Marks = Places

_SELECT = select(
    Registration.id,
    Registration.session_id,
    Registration.contact_id,
    Registration.status,
    Registration.registered_at,
    Registration.updated_at,
    Registration.walk_in,
    Contact.first_name,
    Contact.last_name,
    Contact.email,
    Contact.organization,
    Registration.waitlist_position,
    Registration.version,
    Registration.created_by,
    Registration.updated_by,
).join(Contact, Contact.id == Registration.contact_id)


def _record(row) -> RegistrationRecord:  # noqa: ANN001
    values = dict(row._mapping)
    values["email"] = values["email"] or ""
    return RegistrationRecord(**values)


def find_registration(s: Session, session_id: int, contact_id: int) -> Registration | None:
    """The contact's registration for the session, whatever its status, or None."""
    return s.scalar(
        select(Registration).where(
            Registration.session_id == session_id, Registration.contact_id == contact_id
        )
    )


def list_registrations(db: Database, session_id: int) -> list[RegistrationRecord]:
    """Everyone registered for a session, by last name; NotFoundError for an unknown session."""
    with db.session() as s:
        if s.get(LearningSession, session_id) is None:
            raise NotFoundError(
                translate(
                    "Registrations",
                    "No session with id {session_id}. Run 'list sessions' to see the ids.",
                ).format(session_id=session_id)
            )
        rows = s.execute(
            _SELECT.where(Registration.session_id == session_id).order_by(
                func.lower(Contact.last_name), func.lower(Contact.first_name)
            )
        )
        return [_record(r) for r in rows]


def register(
    db: Database,
    session_id: int,
    contact_id: int,
    status: str = "registered",
    walk_in: bool = False,
    any_role: bool = False,
) -> RegistrationRecord:
    """Register a contact for a session (a cancelled registration is revived).

    A full session with a capacity puts them on its waitlist instead (status "waitlisted").
    A session only for a role refuses others (OutsideRoleError) unless any_role is True.
    """
    try:
        with db.session() as s:
            row = _register_in(s, session_id, contact_id, status, walk_in, any_role)
            s.flush()
            return _record(s.execute(_SELECT.where(Registration.id == row.id)).one())
    except IntegrityError as exc:
        # Someone else registered them between the check and the write: the unique index
        # kept them to one registration.
        with db.session() as s:
            if find_registration(s, session_id, contact_id) is None:
                raise
        raise ConflictError("This person is already registered for the session.") from exc


def _register_in(
    s: Session,
    session_id: int,
    contact_id: int,
    status: str = "registered",
    walk_in: bool = False,
    any_role: bool = False,
    log: RowLog | None = None,
) -> Registration:
    if status not in REGISTRATION_STATUSES:
        raise ValidationError(
            {
                "status": translate("Registrations", "Status must be one of: {value}.").format(
                    value=", ".join(REGISTRATION_STATUSES)
                )
            }
        )
    session = s.get(LearningSession, session_id)
    if session is None:
        raise NotFoundError(
            translate("Registrations", "No session with id {session_id}.").format(
                session_id=session_id
            )
        )
    check_may_join(s, session, contact_id, any_role)
    row = find_registration(s, session_id, contact_id)
    if row is not None and row.status != "cancelled":
        raise ConflictError(
            translate("Registrations", "This person is already registered for the session.")
        )
    position = None
    if status == "registered":  # decided before a new row is added (and counted)
        status, position = place_for(s, session)
    if row is None:
        row = Registration(session_id=session_id, contact_id=contact_id, status=status)
        s.add(row)
        _note_added(log, row)
    elif log is not None:
        log.changing(row)
    row.status, row.waitlist_position = status, position
    row.walk_in = walk_in
    return row


def _note_added(log: RowLog | None, row: object) -> None:
    if log is not None:
        log.added(row)


def register_people(
    db: Database,
    session_id: int,
    contact_ids: Sequence[int],
    whole_series: bool = False,
    any_role: bool = False,
    log: RowLog | None = None,
) -> list[int]:
    """Register people for a session in one transaction (all or none); returns the contact ids.

    With ``whole_series`` each is signed up for the session's series too (every future
    occurrence); this session is registered as well when it has already started.
    """
    with db.session() as s:
        session = s.get(LearningSession, session_id)
        if session is None:
            raise NotFoundError(
                translate("Registrations", "No session with id {session_id}.").format(
                    session_id=session_id
                )
            )
        series_id = session.series_id if whole_series else None
        for contact_id in contact_ids:
            if series_id is None:
                _register_in(s, session_id, contact_id, any_role=any_role, log=log)
                continue
            _sign_up_for_series(s, series_id, contact_id, any_role, log)
            s.flush()
            if session.start_at < clock.now():  # the sign-up covers the future only
                row = find_registration(s, session_id, contact_id)
                if row is None or row.status == "cancelled":
                    _register_in(s, session_id, contact_id, any_role=any_role, log=log)
        if log is not None:
            log.finish(s)
        return list(contact_ids)


def set_status(
    db: Database, registration_id: int, status: str, version: int | None = None
) -> RegistrationRecord:
    """Mark a registration (see set_statuses for what happens to the waitlist).

    version: the one the editor showed; another stored version raises StaleRecord.
    """
    set_statuses(
        db, [registration_id], status, None if version is None else {registration_id: version}
    )
    with db.session() as s:
        return _record(s.execute(_SELECT.where(Registration.id == registration_id)).one())


def set_statuses(
    db: Database,
    registration_ids: Sequence[int],
    status: str,
    versions: Mapping[int, int] | None = None,
) -> tuple[Marks, Marks]:
    """Mark several registrations at once; returns the marks before and after, for undo.

    versions: registration id -> the version the editor showed; a registration stored at another
    version refuses the whole change (StaleRecord), so nobody's mark is overwritten unseen.

    Someone leaving a waitlist loses their position and the line closes up; a cancellation
    frees a place and the first person waiting moves up; someone marked "waitlisted" joins
    the end of the line. The marks cover every registration so changed.
    """
    if status not in REGISTRATION_STATUSES:
        raise ValidationError(
            {
                "status": translate("Registrations", "Status must be one of: {value}.").format(
                    value=", ".join(REGISTRATION_STATUSES)
                )
            }
        )
    with db.session() as s:
        chosen = _rows(s, registration_ids)
        for row in chosen:
            if versions is not None and row.id in versions:
                check_version(
                    "registration",
                    row.version,
                    versions[row.id],
                    lambda row=row: _record(
                        s.execute(_SELECT.where(Registration.id == row.id)).one()
                    ),
                )
        rows = affected_rows(s, chosen)
        before = snapshot(rows)
        now = clock.now()  # set here, so the marks returned are the ones stored
        for row in chosen:
            if row.status != status:
                row.status, row.updated_at = status, now
                if status == "waitlisted":
                    row.waitlist_position = 10**9  # the end of the line; closed up below
        after_status_change(s, chosen, now)
        s.flush()
        rows = affected_rows(s, rows)
        after = snapshot(rows)
        for reg_id, mark in after.items():
            before.setdefault(reg_id, mark)
        return before, after


def put_statuses(db: Database, marks: Marks) -> list[int]:
    """Give registrations back the exact status, time of change and waitlist position they had
    (undo and redo)."""
    return put_places(db, marks)


def _rows(s: Session, registration_ids: Sequence[int]) -> list[Registration]:
    rows = list(s.scalars(select(Registration).where(Registration.id.in_(registration_ids))))
    missing = set(registration_ids) - {r.id for r in rows}
    if missing:
        raise NotFoundError(
            translate("Registrations", "No registration with id {value}.").format(
                value=min(missing)
            )
        )
    return rows


def remove_registrations(db: Database, registration_ids: Sequence[int]) -> TrashEntry:
    """Delete registrations outright, as one trash item (status 'cancelled' keeps a trace)."""
    from collab_desktop.services.safety.trash import delete_to_trash

    return delete_to_trash(db, "registration", registration_ids)


def remove_registration(db: Database, registration_id: int) -> TrashEntry:
    """Delete one registration; the trash keeps it until emptied."""
    return remove_registrations(db, [registration_id])


def register_series(db: Database, series_id: str, contact_id: int, any_role: bool = False) -> int:
    """Sign a contact up for a whole series: every future occurrence (and any added later).

    Returns how many occurrences got a new registration. A series only for a role refuses
    others (OutsideRoleError) unless any_role is True.
    """
    with db.session() as s:
        return _sign_up_for_series(s, series_id, contact_id, any_role)


def _sign_up_for_series(
    s: Session, series_id: str, contact_id: int, any_role: bool, log: RowLog | None = None
) -> int:
    series = s.get(SessionSeries, series_id)
    if series is None:
        raise NotFoundError(
            translate("Registrations", "No series with id {series_id}.").format(series_id=series_id)
        )
    check_may_join(s, series, contact_id, any_role)
    exists = s.scalar(
        select(SeriesRegistration.id).where(
            SeriesRegistration.series_id == series_id,
            SeriesRegistration.contact_id == contact_id,
        )
    )
    if exists is None:
        sign_up = SeriesRegistration(series_id=series_id, contact_id=contact_id)
        s.add(sign_up)
        _note_added(log, sign_up)
    future = s.scalars(
        select(LearningSession).where(
            LearningSession.series_id == series_id,
            LearningSession.cancelled.is_(False),
            LearningSession.start_at >= clock.now(),
        )
    )
    added = 0
    for occurrence in list(future):
        row = find_registration(s, occurrence.id, contact_id)
        if row is None:
            row = Registration(session_id=occurrence.id, contact_id=contact_id)
            row.status, row.waitlist_position = place_for(s, occurrence)
            s.add(row)
            _note_added(log, row)
            added += 1
        elif row.status == "cancelled":
            if log is not None:
                log.changing(row)
            row.status, row.waitlist_position = place_for(s, occurrence)
            added += 1
    return added


def unregister_series(db: Database, series_id: str, contact_id: int) -> int:
    """Undo a series sign-up: future registrations still 'registered' become cancelled."""
    with db.session() as s:
        for row in s.scalars(
            select(SeriesRegistration).where(
                SeriesRegistration.series_id == series_id,
                SeriesRegistration.contact_id == contact_id,
            )
        ):
            s.delete(row)
        regs = s.scalars(
            select(Registration)
            .join(LearningSession, LearningSession.id == Registration.session_id)
            .where(
                LearningSession.series_id == series_id,
                LearningSession.start_at >= clock.now(),
                Registration.contact_id == contact_id,
                Registration.status == "registered",
            )
        )
        changed = 0
        for reg in regs:
            reg.status = "cancelled"
            changed += 1
        return changed


def register_collaborative(
    db: Database,
    session_id: int,
    collaborative_id: int | None = None,
    role: str | None = None,
    log: RowLog | None = None,
) -> BulkAddResult:
    """Register every active member of a collaborative (all collaboratives when None), optionally
    only those with a role, in one action; people already registered are counted, not touched."""
    with db.session() as s:
        session = s.get(LearningSession, session_id)
        if session is None:
            raise NotFoundError(
                translate("Registrations", "No session with id {session_id}.").format(
                    session_id=session_id
                )
            )
        query = select(Membership.contact_id).where(Membership.active.is_(True)).distinct()
        if collaborative_id is not None:
            query = query.where(Membership.collaborative_id == collaborative_id)
        if role:
            query = query.where(func.lower(Membership.role) == role.strip().lower())
        regs = {
            r.contact_id: r
            for r in s.scalars(select(Registration).where(Registration.session_id == session_id))
        }
        result = BulkAddResult()
        for contact_id in s.scalars(query):
            reg = regs.get(contact_id)
            if reg is not None and reg.status != "cancelled":
                result.already += 1
                continue
            status, position = place_for(s, session)  # before the new row is added
            if reg is None:
                reg = Registration(session_id=session_id, contact_id=contact_id)
                s.add(reg)
                _note_added(log, reg)
            elif log is not None:
                log.changing(reg)
            reg.status, reg.waitlist_position = status, position
            s.flush()  # counted by the next one's place_for
            result.added += 1
            result.contact_ids.append(contact_id)
        if log is not None:
            log.finish(s)
        return result


def capacity_text(registered: int, capacity: int | None) -> str:
    """'12/20' when the session has a capacity, '12' otherwise."""
    return f"{registered}/{capacity}" if capacity else str(registered)
