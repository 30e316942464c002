"""Certificates of attendance: who earned one, what it says, the files, and the record kept.

A certificate covers the sessions of one scope (a session, a series, or a collaborative over a
date range) that have started by now and were not cancelled. A person is eligible after
attending at least ``min_attended`` of them (default: all). The hours are the lengths of the
sessions the person attended; credits are hours times the collaborative's rate.
"""

from __future__ import annotations

import json
import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from collab_desktop.domain import clock
from collab_desktop.domain.document_records import (
    Certificate,
    CertificateBatch,
    CertificateSettingsRecord,
    IssuedFile,
)
from collab_desktop.domain.file_names import safe_stem, unique_name
from collab_desktop.domain.timezones import to_local
from collab_desktop.domain.translation import translate
from collab_desktop.io.certificate_pdf import certificates_pdf
from collab_desktop.services.documents.certificate_settings import certificate_settings
from collab_desktop.services.errors import NotFoundError, ServiceError, ValidationError
from collab_desktop.services.sessions.sessions import all_collaboratives_label
from collab_desktop.store.database import Database
from collab_desktop.store.models import (
    Collaborative,
    Contact,
    IssuedCertificate,
    LearningSession,
    Registration,
    SessionSeries,
)

CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O or 1/I: read aloud and typed


@dataclass(slots=True)
class CertificateScope:
    """Which sessions a batch covers: exactly one of session, series or collaborative."""

    session_id: int | None = None
    series_id: str | None = None
    collaborative_id: int | None = None
    start: date | None = None
    end: date | None = None

    def to_json(self) -> dict:
        return {
            "session_id": self.session_id,
            "series_id": self.series_id,
            "collaborative_id": self.collaborative_id,
            "from": self.start.isoformat() if self.start else None,
            "to": self.end.isoformat() if self.end else None,
        }


@dataclass(slots=True)
class _Held:
    id: int
    day: date
    hours: float


def new_code(taken: set[str]) -> str:
    """A verification code like CD-7K3M-Q9PX, not in ``taken``."""
    while True:
        raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(8))
        code = f"CD-{raw[:4]}-{raw[4:]}"
        if code not in taken:
            return code


def display_name(first: str, last: str, email: str | None) -> str:
    name = " ".join(p for p in (first.strip(), last.strip()) if p)
    return name or (email or "").strip() or translate("Certificates", "(no name)")


def _scope_sessions(s, scope: CertificateScope) -> tuple[list[LearningSession], str, int | None]:
    """The sessions held in scope, the activity's name and the collaborative whose settings apply."""
    chosen = [x is not None for x in (scope.session_id, scope.series_id, scope.collaborative_id)]
    if sum(chosen) != 1:
        raise ValidationError(
            {
                "scope": translate(
                    "Certificates", "Choose one session, one series or one collaborative."
                )
            }
        )
    query = select(LearningSession).where(LearningSession.cancelled.is_(False))
    if scope.session_id is not None:
        row = s.get(LearningSession, scope.session_id)
        if row is None:
            raise NotFoundError(
                translate(
                    "Certificates",
                    "No session with id {session_id}. Run 'list sessions' to see the ids.",
                ).format(session_id=scope.session_id)
            )
        query = query.where(LearningSession.id == row.id)
        activity, collab_id = row.title, row.collaborative_id
    elif scope.series_id is not None:
        series = s.get(SessionSeries, scope.series_id)
        if series is None:
            raise NotFoundError(
                translate("Certificates", "No series with id {series_id}.").format(
                    series_id=scope.series_id
                )
            )
        query = query.where(LearningSession.series_id == series.id)
        activity, collab_id = series.title, series.collaborative_id
    else:
        collab = s.get(Collaborative, scope.collaborative_id)
        if collab is None:
            raise NotFoundError(
                translate("Certificates", "No collaborative with id {collaborative_id}.").format(
                    collaborative_id=scope.collaborative_id
                )
            )
        query = query.where(LearningSession.collaborative_id == collab.id)
        activity, collab_id = collab.name, collab.id
    now = clock.now()
    rows = []
    for row in s.scalars(query.order_by(LearningSession.start_at, LearningSession.id)):
        day = to_local(row.start_at, row.timezone).date()
        if scope.start and day < scope.start or scope.end and day > scope.end:
            continue
        if row.start_at > now:
            continue  # not held yet: nobody can have attended it
        rows.append(row)
    return rows, activity, collab_id


def plan_certificates(
    db: Database, scope: CertificateScope, min_attended: int | None = None
) -> list[tuple[int, Certificate]]:
    """(contact id, certificate) for everyone eligible, by name; codes are left empty.

    Raises ServiceError with a clear message when no session is in scope or nobody is eligible.
    """
    if scope.start and scope.end and scope.start > scope.end:
        raise ValidationError(
            {"to": translate("Certificates", "The end date is before the start date.")}
        )
    issued_on = clock.today()
    with db.session() as s:
        sessions, activity, collab_id = _scope_sessions(s, scope)
        if not sessions:
            raise ServiceError(
                translate(
                    "Certificates",
                    "No session held in this scope (cancelled and future sessions do not count); no certificate was written.",
                )
            )
        total = len(sessions)
        needed = total if min_attended is None else min_attended
        if not 1 <= needed <= total:
            raise ValidationError(
                {
                    "min_attended": translate(
                        "Certificates",
                        "--min-attended must be between 1 and {total} (the sessions held).",
                    ).format(total=total)
                }
            )
        held = {
            row.id: _Held(
                row.id,
                to_local(row.start_at, row.timezone).date(),
                (row.end_at - row.start_at).total_seconds() / 3600,
            )
            for row in sessions
        }
        collab_name = (
            s.scalar(select(Collaborative.name).where(Collaborative.id == collab_id))
            if collab_id is not None
            else all_collaboratives_label()
        )
        settings = (
            certificate_settings(db, collab_id)
            if collab_id is not None
            else CertificateSettingsRecord(0)
        )
        attended: dict[int, list[_Held]] = {}
        for contact_id, session_id in s.execute(
            select(Registration.contact_id, Registration.session_id).where(
                Registration.session_id.in_(list(held)), Registration.status == "attended"
            )
        ):
            attended.setdefault(contact_id, []).append(held[session_id])
        eligible = {cid: rows for cid, rows in attended.items() if len(rows) >= needed}
        if not eligible:
            if total == 1:
                message = translate(
                    "Certificates",
                    "Nobody attended all of the 1 session held in this scope; "
                    "no certificate was written.",
                )
            elif needed == total:
                message = translate(
                    "Certificates",
                    "Nobody attended all of the %n sessions held in this scope; "
                    "no certificate was written.",
                    None,
                    total,
                )
            else:
                message = translate(
                    "Certificates",
                    "Nobody attended at least {needed} of the %n sessions held in this scope; "
                    "no certificate was written.",
                    None,
                    total,
                ).format(needed=needed)
            raise ServiceError(message)
        people = s.execute(
            select(Contact.id, Contact.first_name, Contact.last_name, Contact.email).where(
                Contact.id.in_(list(eligible))
            )
        ).all()
    plan = []
    for cid, first, last, email in people:
        rows = eligible[cid]
        hours = round(sum(r.hours for r in rows), 2)
        credits = (
            round(hours * settings.credit_rate, 2) if settings.credit_rate is not None else None
        )
        plan.append(
            (
                cid,
                Certificate(
                    code="",
                    person_name=display_name(first, last, email),
                    email=email,
                    activity=activity,
                    collaborative=collab_name,
                    first_date=min(r.day for r in rows),
                    last_date=max(r.day for r in rows),
                    sessions_attended=len(rows),
                    sessions_total=total,
                    hours=hours,
                    issued_on=issued_on,
                    credits=credits,
                    credit_type=settings.credit_type if credits is not None else "",
                    provider=settings.provider,
                    signatory_name=settings.signatory_name,
                    signatory_title=settings.signatory_title,
                    signature_image=settings.signature_image,
                ),
            )
        )
    plan.sort(key=lambda p: (p[1].person_name.casefold(), p[0]))
    return plan


def _taken_in(folder: Path, names: set[str]):  # noqa: ANN202
    def taken(name: str) -> bool:
        return name.lower() in names or (folder / name).exists()

    return taken


def issue_certificates(
    db: Database,
    scope: CertificateScope,
    out_dir: Path,
    min_attended: int | None = None,
    progress: Callable[[int, int], object] | None = None,
) -> CertificateBatch:
    """Write one PDF per eligible person and one combined PDF to out_dir, and record each
    certificate issued. Nothing is written or recorded when nobody is eligible; files that
    already exist in out_dir are never overwritten (the new ones get "(2)" names).

    ``progress(done, total)`` is called as each PDF is made; if it raises (the user pressed
    Cancel), nothing is written or recorded."""
    plan = plan_certificates(db, scope, min_attended)
    out_dir = Path(out_dir)
    batch = str(uuid.uuid4())
    issued_at = clock.now()
    inputs = {"scope": scope.to_json(), "min_attended": min_attended}
    with db.session() as s:
        taken_codes = set(s.scalars(select(IssuedCertificate.code)))
        names: set[str] = set()
        pending: list[tuple[Path, bytes]] = []
        files: list[IssuedFile] = []
        for contact_id, cert in plan:
            cert.code = new_code(taken_codes)
            taken_codes.add(cert.code)
            stem = safe_stem(cert.person_name, fallback="certificate")
            name = unique_name(stem, ".pdf", _taken_in(out_dir, names))
            names.add(name.lower())
            path = out_dir / name
            pending.append((path, certificates_pdf([cert])))
            if progress is not None:
                progress(len(pending), len(plan) + 1)
            files.append(IssuedFile(cert.email, cert.person_name, str(path), cert.hours, cert.code))
            s.add(
                IssuedCertificate(
                    code=cert.code,
                    batch=batch,
                    contact_id=contact_id,
                    person_name=cert.person_name,
                    email=cert.email,
                    issued_at=issued_at,
                    hours=cert.hours,
                    content=json.dumps(
                        {"certificate": cert.to_json(), "inputs": inputs}, ensure_ascii=False
                    ),
                )
            )
        activity = plan[0][1].activity
        combined_stem = safe_stem(
            translate("Certificates", "{activity} - all certificates").format(activity=activity),
            fallback=translate("Certificates", "certificates"),
        )
        combined = out_dir / unique_name(combined_stem, ".pdf", _taken_in(out_dir, names))
        pending.append((combined, certificates_pdf([c for _cid, c in plan])))
        if progress is not None:
            progress(len(pending), len(plan) + 1)
        s.flush()
        # Files last, inside the transaction: if one cannot be written, nothing is recorded.
        out_dir.mkdir(parents=True, exist_ok=True)
        written: list[Path] = []
        try:
            for path, data in pending:
                path.write_bytes(data)
                written.append(path)
        except OSError:
            for path in written:
                path.unlink(missing_ok=True)
            raise
    return CertificateBatch(files=files, combined=str(combined), batch=batch)


@dataclass(slots=True)
class IssuedRecord:
    code: str
    name: str
    email: str | None
    hours: float
    issued_at: datetime
    batch: str


def issued_certificates(db: Database, contact_id: int | None = None) -> list[IssuedRecord]:
    """The certificates issued, newest first; one contact's when contact_id is given."""
    query = select(IssuedCertificate).order_by(
        IssuedCertificate.issued_at.desc(), IssuedCertificate.id
    )
    if contact_id is not None:
        query = query.where(IssuedCertificate.contact_id == contact_id)
    with db.session() as s:
        return [
            IssuedRecord(r.code, r.person_name, r.email, r.hours, r.issued_at, r.batch)
            for r in s.scalars(query)
        ]


def reissue_certificate(db: Database, code: str, out_dir: Path) -> Path:
    """Write the certificate with this verification code again, exactly as it was issued."""
    with db.session() as s:
        row = s.scalar(
            select(IssuedCertificate).where(IssuedCertificate.code == code.strip().upper())
        )
        if row is None:
            raise NotFoundError(
                translate(
                    "Certificates", "No certificate was issued with the code {value!r}."
                ).format(value=code.strip())
            )
        cert = Certificate.from_json(json.loads(row.content)["certificate"])
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = safe_stem(f"{cert.person_name} - {cert.code}", fallback="certificate")
    path = out_dir / unique_name(stem, ".pdf", lambda n: (out_dir / n).exists())
    path.write_bytes(certificates_pdf([cert]))
    return path
