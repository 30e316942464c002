"""The ORM tables (SQLAlchemy 2.x typed models). Dialect-neutral: no SQLite-only constructs."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from collab_desktop.store.types import UTCDateTime, utcnow

# Named constraints keep Alembic batch migrations (table rebuilds on SQLite) predictable.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Timestamped:
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class Versioned:
    """An editable record: its version (bumped by every save, the optimistic lock) and who
    created it and who last changed it (database user, login, or ``--user``)."""

    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    created_by: Mapped[str] = mapped_column(String(100), default="", server_default="")
    updated_by: Mapped[str] = mapped_column(String(100), default="", server_default="")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:  # noqa: N805
        # The version guards every ORM update (WHERE version = the one read); the next value is
        # set by store/record_stamps.py, so an undo copying an old version back cannot reuse it.
        return {"version_id_col": cls.__table__.c.version, "version_id_generator": False}


class Collaborative(Timestamped, Versioned, Base):
    __tablename__ = "collaboratives"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    short_name: Mapped[str] = mapped_column(String(60), default="")
    kind: Mapped[str] = mapped_column(String(30), default="improvement")
    focus: Mapped[str] = mapped_column(String(30), default="applied")
    status: Mapped[str] = mapped_column(String(30), default="active")
    start_date: Mapped[date | None] = mapped_column(Date)
    sponsor: Mapped[str] = mapped_column(String(200), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    colour: Mapped[str] = mapped_column(String(9), default="#1565C0")


class Contact(Timestamped, Versioned, Base):
    __tablename__ = "contacts"
    __table_args__ = (
        Index("ix_contacts_last_first", "last_name", "first_name"),
        # The database's own guard against one address twice (migration 0003).
        Index("ux_contacts_email_lower", text("lower(nullif(trim(email), ''))"), unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str] = mapped_column(String(100), default="")
    last_name: Mapped[str] = mapped_column(String(100), default="")
    # As entered; email_key is the trimmed lower-cased form that must be unique.
    email: Mapped[str | None] = mapped_column(String(320))
    email_key: Mapped[str | None] = mapped_column(String(320), unique=True)
    phone: Mapped[str] = mapped_column(String(60), default="")
    organization: Mapped[str] = mapped_column(String(200), default="")
    department: Mapped[str] = mapped_column(String(200), default="")
    job_title: Mapped[str] = mapped_column(String(200), default="")
    participant_type: Mapped[str] = mapped_column(String(60), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    consent: Mapped[bool] = mapped_column(Boolean, default=False)


class ParticipantType(Base):
    __tablename__ = "participant_types"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    sort_order: Mapped[int] = mapped_column(Integer, default=100)


class MembershipRole(Base):
    __tablename__ = "membership_roles"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    sort_order: Mapped[int] = mapped_column(Integer, default=100)


class Membership(Timestamped, Versioned, Base):
    __tablename__ = "memberships"
    __table_args__ = (
        UniqueConstraint("contact_id", "collaborative_id"),
        # Member counts per collaborative come from this index alone.
        Index("ix_memberships_collaborative_active", "collaborative_id", "active"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    collaborative_id: Mapped[int] = mapped_column(
        ForeignKey("collaboratives.id", ondelete="CASCADE")
    )
    role: Mapped[str] = mapped_column(String(60), default="member")
    joined_on: Mapped[date | None] = mapped_column(Date)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class SessionSeries(Base):
    """A recurrence rule whose occurrences are materialized as LearningSession rows."""

    __tablename__ = "session_series"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    collaborative_id: Mapped[int | None] = mapped_column(
        ForeignKey("collaboratives.id", ondelete="CASCADE")
    )
    title: Mapped[str] = mapped_column(String(300), default="")
    kind: Mapped[str] = mapped_column(String(40), default="learning seminar")
    rrule: Mapped[str] = mapped_column(Text, default="")
    # First occurrence as local wall-clock time in `timezone` (ISO text, no offset).
    dtstart_local: Mapped[str] = mapped_column(String(32), default="")
    duration_minutes: Mapped[int] = mapped_column(Integer, default=60)
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    # JSON list of skipped local start times (ISO text): the series' exceptions.
    exdates: Mapped[str] = mapped_column(Text, default="[]")
    location: Mapped[str] = mapped_column(String(300), default="")
    presenters: Mapped[str] = mapped_column(String(300), default="")
    capacity: Mapped[int | None] = mapped_column(Integer)
    followup_of_series_id: Mapped[str | None] = mapped_column(
        ForeignKey("session_series.id", ondelete="SET NULL")
    )
    restricted_role: Mapped[str] = mapped_column(String(60), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class LearningSession(Timestamped, Versioned, Base):
    __tablename__ = "learning_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    # None: the session spans every collaborative (the annual October gathering).
    collaborative_id: Mapped[int | None] = mapped_column(
        ForeignKey("collaboratives.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(40), default="learning seminar")
    start_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    end_at: Mapped[datetime] = mapped_column(UTCDateTime)
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    location: Mapped[str] = mapped_column(String(300), default="")
    presenters: Mapped[str] = mapped_column(String(300), default="")
    capacity: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")
    series_id: Mapped[str | None] = mapped_column(
        ForeignKey("session_series.id", ondelete="SET NULL"), index=True
    )
    # The occurrence's original start (UTC) within its series, kept when it is moved.
    recurrence_id: Mapped[datetime | None] = mapped_column(UTCDateTime)
    followup_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("learning_sessions.id", ondelete="SET NULL")
    )
    restricted_role: Mapped[str] = mapped_column(String(60), default="")
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)


class Registration(Versioned, Base):
    __tablename__ = "registrations"
    __table_args__ = (UniqueConstraint("session_id", "contact_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("learning_sessions.id", ondelete="CASCADE"))
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(String(20), default="registered")
    walk_in: Mapped[bool] = mapped_column(Boolean, default=False)
    # 1, 2, ... for people on the session's waitlist (status "waitlisted"), None for the others.
    waitlist_position: Mapped[int | None] = mapped_column(Integer)
    registered_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class SeriesRegistration(Base):
    """Sign-up for a whole series: future occurrences (also ones added later) get a Registration."""

    __tablename__ = "series_registrations"
    __table_args__ = (UniqueConstraint("series_id", "contact_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    series_id: Mapped[str] = mapped_column(ForeignKey("session_series.id", ondelete="CASCADE"))
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    registered_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class CertificateSettings(Timestamped, Base):
    """What a collaborative's certificates of attendance print besides the person and hours."""

    __tablename__ = "certificate_settings"

    id: Mapped[int] = mapped_column(primary_key=True)
    collaborative_id: Mapped[int] = mapped_column(
        ForeignKey("collaboratives.id", ondelete="CASCADE"), unique=True
    )
    provider: Mapped[str] = mapped_column(String(300), default="")
    signatory_name: Mapped[str] = mapped_column(String(200), default="")
    signatory_title: Mapped[str] = mapped_column(String(200), default="")
    # The signature picture (PNG or JPEG) as base64 text; "" for none.
    signature_image: Mapped[str] = mapped_column(Text, default="")
    # Credits per hour of attendance; None: the certificates name no credits.
    credit_rate: Mapped[float | None] = mapped_column(Float)
    credit_type: Mapped[str] = mapped_column(String(200), default="")


class IssuedCertificate(Base):
    """One certificate handed out; ``content`` (JSON) holds all it printed, to issue it again."""

    __tablename__ = "issued_certificates"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    batch: Mapped[str] = mapped_column(String(36), index=True)
    # Kept when the contact is deleted: the record of what was issued outlives the contact.
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), index=True
    )
    person_name: Mapped[str] = mapped_column(String(300), default="")
    email: Mapped[str | None] = mapped_column(String(320))
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    hours: Mapped[float] = mapped_column(Float, default=0.0)
    content: Mapped[str] = mapped_column(Text, default="{}")


class ImportBatch(Base):
    """One roster import, kept so it can be listed and undone."""

    __tablename__ = "import_batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(String(500))
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    collaborative_id: Mapped[int | None] = mapped_column(
        ForeignKey("collaboratives.id", ondelete="SET NULL")
    )
    added: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    errors: Mapped[int] = mapped_column(Integer, default=0)
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ImportChange(Base):
    """What one import did to one row: added it, or changed fields (old values as JSON)."""

    __tablename__ = "import_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(
        ForeignKey("import_batches.id", ondelete="CASCADE"), index=True
    )
    entity: Mapped[str] = mapped_column(String(20))  # contact | membership
    entity_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(20))  # added | updated
    before: Mapped[str] = mapped_column(Text, default="{}")


class SavedMapping(Base):
    """A remembered column mapping for a recognizable source layout."""

    __tablename__ = "saved_mappings"

    id: Mapped[int] = mapped_column(primary_key=True)
    signature: Mapped[str] = mapped_column(String(64), unique=True)
    mapping: Mapped[str] = mapped_column(Text, default="{}")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class TrashItem(Base):
    """A deleted record and what went with it (JSON), restorable until the trash is emptied."""

    __tablename__ = "trash_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    label: Mapped[str] = mapped_column(String(400))
    deleted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    payload: Mapped[str] = mapped_column(Text)


class RecordChange(Base):
    """One field of one record changed: from what, to what, by whom and when (the History)."""

    __tablename__ = "record_changes"
    __table_args__ = (Index("ix_record_changes_kind_record", "kind", "record_id", "changed_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    changed_by: Mapped[str] = mapped_column(String(100), default="")
    kind: Mapped[str] = mapped_column(String(30))  # collaborative | contact | session | ...
    record_id: Mapped[int] = mapped_column(Integer)
    field: Mapped[str] = mapped_column(String(60))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)


class AppMeta(Base):
    """Small key/value facts about the database itself (e.g. first-run data loaded)."""

    __tablename__ = "app_meta"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
