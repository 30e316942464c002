"""Make tests/data/schema_<revision>.sqlite: a small database of this release with rows in every table.

Run once per released schema (``python tests/data/make_schema_dbs.py``) and commit the file, so
every later release is tested upgrading it without losing a row.
"""

from __future__ import annotations

import json
import sys
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from collab_desktop.store import sqlite
from collab_desktop.store.migrate import head_revision
from collab_desktop.store.models import (
    Base,
    CertificateSettings,
    Collaborative,
    Contact,
    ImportBatch,
    ImportChange,
    IssuedCertificate,
    LearningSession,
    Membership,
    RecordChange,
    Registration,
    SavedMapping,
    SeriesRegistration,
    SessionSeries,
    TrashItem,
)
from collab_desktop.store.open import open_database

HERE = Path(__file__).resolve().parent


def fill(path: Path) -> None:
    """First-run data plus a few rows in each table, with the links between them."""
    db, _ = open_database(path)
    start = datetime(2025, 3, 4, 17, 0, tzinfo=UTC)
    with db.session() as s:
        collab = (
            s.query(Collaborative).filter_by(short_name="").first()
            or s.query(Collaborative).order_by(Collaborative.id).first()
        )
        people = [
            Contact(
                first_name=f"Ana{i}",
                last_name="Lopez-Ñúñez",
                email=f"Ana{i}@Example.org",
                email_key=f"ana{i}@example.org",
                phone="555-0100",
                organization="Riverside Clinic",
                participant_type="Patient partner" if i % 2 else "Staff",
                notes="Prefers email\nSecond line",
                consent=bool(i % 2),
            )
            for i in range(6)
        ]
        s.add_all(people)
        s.flush()
        for i, person in enumerate(people):
            s.add(
                Membership(
                    contact_id=person.id,
                    collaborative_id=collab.id,
                    role="faculty" if i == 0 else "member",
                    joined_on=date(2025, 1, 15),
                    active=i != 5,
                )
            )
        series = SessionSeries(
            id="3f1c2a54-0000-4000-8000-000000000001",
            collaborative_id=collab.id,
            title="Monthly huddle",
            rrule="FREQ=MONTHLY;BYDAY=1TU;COUNT=3",
            dtstart_local="2025-03-04T12:00:00",
            timezone="America/New_York",
            exdates='["2025-04-01T12:00:00"]',
        )
        s.add(series)
        s.flush()
        sessions = [
            LearningSession(
                collaborative_id=collab.id,
                title=f"Huddle {i + 1}",
                start_at=start + timedelta(days=28 * i),
                end_at=start + timedelta(days=28 * i, hours=1),
                timezone="America/New_York",
                series_id=series.id,
                recurrence_id=start + timedelta(days=28 * i),
                capacity=30,
            )
            for i in range(3)
        ]
        sessions.append(
            LearningSession(
                collaborative_id=None,
                title="Annual gathering",
                kind="annual gathering",
                start_at=datetime(2025, 10, 15, 13, 0, tzinfo=UTC),
                end_at=datetime(2025, 10, 15, 21, 0, tzinfo=UTC),
                timezone="America/New_York",
            )
        )
        s.add_all(sessions)
        s.flush()
        sessions[1].followup_of_id = sessions[0].id
        for person in people[:4]:
            s.add(Registration(session_id=sessions[0].id, contact_id=person.id, status="attended"))
            s.add(Registration(session_id=sessions[3].id, contact_id=person.id, walk_in=True))
        s.add(
            Registration(
                session_id=sessions[1].id,
                contact_id=people[4].id,
                status="waitlisted",
                waitlist_position=1,
            )
        )
        s.add(Registration(session_id=sessions[1].id, contact_id=people[5].id, status="excused"))
        s.add(SeriesRegistration(series_id=series.id, contact_id=people[0].id))
        batch = ImportBatch(file_name="roster.xlsx", collaborative_id=collab.id, added=2, updated=1)
        s.add(batch)
        s.flush()
        s.add(
            ImportChange(
                batch_id=batch.id, entity="contact", entity_id=people[1].id, action="added"
            )
        )
        s.add(
            ImportChange(
                batch_id=batch.id,
                entity="contact",
                entity_id=people[2].id,
                action="updated",
                before=json.dumps({"phone": ""}),
            )
        )
        s.add(SavedMapping(signature="a" * 64, mapping=json.dumps({"E-mail": "email"})))
        s.add(TrashItem(kind="contact", label="Old Contact", payload=json.dumps({"rows": {}})))
        s.add(
            CertificateSettings(
                collaborative_id=collab.id,
                provider="Riverside Learning Center",
                signatory_name="Dana Ortiz",
                signatory_title="Director",
                credit_rate=1.0,
                credit_type="CE contact hours",
            )
        )
        s.add(
            IssuedCertificate(
                code="CD-TEST-0001",
                batch="3f1c2a54-0000-4000-8000-0000000000c1",
                contact_id=people[0].id,
                person_name="Ana0 Lopez-Ñúñez",
                email="Ana0@Example.org",
                hours=1.0,
                content=json.dumps({"person_name": "Ana0 Lopez-Ñúñez"}),
            )
        )
        s.add(
            RecordChange(
                changed_by="dana",
                kind="contact",
                record_id=people[2].id,
                field="phone",
                old_value="",
                new_value="555-0102",
            )
        )
    db.dispose()


def main() -> int:
    out = HERE / f"schema_{head_revision()}.sqlite"
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / "work.sqlite"
        fill(work)
        sqlite.backup_file(work, out)
    tables = sorted(t.name for t in Base.metadata.sorted_tables)
    print(f"wrote {out} ({len(tables)} tables)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
