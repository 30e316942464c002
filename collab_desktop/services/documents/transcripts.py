"""A person's transcript: every session attended, across collaboratives and years."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from collab_desktop.domain import clock
from collab_desktop.domain.document_records import Transcript, TranscriptLine
from collab_desktop.domain.timezones import to_local
from collab_desktop.domain.translation import translate
from collab_desktop.domain.vocab import session_kind_label
from collab_desktop.io.transcript_export import transcript_pdf, write_transcript_xlsx
from collab_desktop.services.directory.contacts import find_contact_id_by_email
from collab_desktop.services.documents.certificates import display_name
from collab_desktop.services.errors import NotFoundError, ValidationError
from collab_desktop.services.sessions.sessions import all_collaboratives_label
from collab_desktop.store.database import Database
from collab_desktop.store.models import (
    CertificateSettings,
    Collaborative,
    Contact,
    LearningSession,
    Registration,
)


def transcript(
    db: Database, contact_id: int, start: date | None = None, end: date | None = None
) -> Transcript:
    """The sessions the contact attended (oldest first), hours and credits at each
    collaborative's certificate rate."""
    if start and end and start > end:
        raise ValidationError(
            {"to": translate("Transcripts", "The end date is before the start date.")}
        )
    with db.session() as s:
        person = s.get(Contact, contact_id)
        if person is None:
            raise NotFoundError(
                translate("Transcripts", "No contact with id {contact_id}.").format(
                    contact_id=contact_id
                )
            )
        rows = s.execute(
            select(LearningSession, Collaborative.name, CertificateSettings)
            .join(Registration, Registration.session_id == LearningSession.id)
            .outerjoin(Collaborative, Collaborative.id == LearningSession.collaborative_id)
            .outerjoin(
                CertificateSettings,
                CertificateSettings.collaborative_id == LearningSession.collaborative_id,
            )
            .where(
                Registration.contact_id == contact_id,
                Registration.status == "attended",
                LearningSession.cancelled.is_(False),
            )
            .order_by(LearningSession.start_at, LearningSession.id)
        ).all()
        lines = []
        for session, collab, settings in rows:
            day = to_local(session.start_at, session.timezone).date()
            if start and day < start or end and day > end:
                continue
            hours = round((session.end_at - session.start_at).total_seconds() / 3600, 2)
            rate = settings.credit_rate if settings is not None else None
            lines.append(
                TranscriptLine(
                    day=day,
                    title=session.title,
                    collaborative=collab or all_collaboratives_label(),
                    kind=session_kind_label(session.kind),
                    hours=hours,
                    credits=round(hours * rate, 2) if rate is not None else None,
                    credit_type=settings.credit_type if rate is not None else "",
                )
            )
        return Transcript(
            person_name=display_name(person.first_name, person.last_name, person.email),
            email=person.email or "",
            organization=person.organization,
            issued_on=clock.today(),
            first=start or (lines[0].day if lines else None),
            last=end or (lines[-1].day if lines else None),
            lines=lines,
        )


def export_transcript(
    db: Database,
    path: Path,
    contact_id: int | None = None,
    email: str | None = None,
    start: date | None = None,
    end: date | None = None,
) -> Transcript:
    """Write the transcript as .xlsx or .pdf (by the file's extension)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".pdf"):
        raise ValidationError(
            {
                "out": translate(
                    "Transcripts", "{name}: name the transcript .xlsx or .pdf."
                ).format(name=path.name)
            }
        )
    if contact_id is None:
        with db.session() as s:
            contact_id = find_contact_id_by_email(s, email or "")
        if contact_id is None:
            raise NotFoundError(
                translate("Transcripts", "No contact with email {value!r}.").format(
                    value=(email or "").strip()
                )
            )
    t = transcript(db, contact_id, start, end)
    if not t.lines:
        raise ValidationError(
            {
                "contact": translate(
                    "Transcripts",
                    "{person_name} attended no session in this period; nothing was written.",
                ).format(person_name=t.person_name)
            }
        )
    if suffix == ".xlsx":
        write_transcript_xlsx(path, t)
    else:
        path.write_bytes(transcript_pdf(t))
    return t
