"""The migrations build exactly the schema the models describe (tables, columns, indexes)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from collab_desktop.store.models import Base


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
