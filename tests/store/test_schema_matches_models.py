"""The migrations build exactly the schema the models describe (tables, columns, indexes)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from collab_desktop.store.models import Base


# SQLite's reflection skips expression indexes (ux_contacts_email_lower); the next test checks it.
@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
@pytest.mark.filterwarnings(
    "ignore:autogenerate skipping metadata-specified expression-based index"
)
def test_migrated_database_matches_the_models(db_path: Path) -> None:
    engine = create_engine(f"sqlite:///{db_path}")
    try:
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    finally:
        engine.dispose()
    assert diff == []


def test_member_counts_are_answered_from_an_index(db_path: Path) -> None:
    query = (
        "EXPLAIN QUERY PLAN SELECT collaborative_id, count(*) FROM memberships"
        " WHERE active = 1 GROUP BY collaborative_id"
    )
    with sqlite3.connect(db_path) as conn:
        plan = " ".join(str(row[-1]) for row in conn.execute(query))
    assert "COVERING INDEX ix_memberships_collaborative_active" in plan


def test_one_address_twice_is_refused_by_the_database(db_path: Path) -> None:
    """The expression index holds writers that bypass email_key (any case, spaces around)."""
    with sqlite3.connect(db_path) as conn:
        sql = conn.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'ux_contacts_email_lower'"
        ).fetchone()[0]
        assert "lower(nullif(trim(email), ''))" in sql
        insert = (
            "INSERT INTO contacts (first_name, last_name, email, phone, organization, department,"
            " job_title, participant_type, notes, consent, created_at, updated_at)"
            " VALUES ('A', 'B', ?, '', '', '', '', '', '', 0, '2026-01-01', '2026-01-01')"
        )
        conn.execute(insert, ("Same.Person@Example.org",))
        conn.execute(insert, ("",))
        conn.execute(insert, ("",))  # empty addresses never clash
        with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
            conn.execute(insert, (" same.person@example.ORG ",))
