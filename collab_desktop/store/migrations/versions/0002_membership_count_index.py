"""membership count index

Counting a collaborative's active members read every membership row; an index on
(collaborative_id, active) answers the count from the index alone. It replaces the index on
collaborative_id, which is its prefix.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_memberships_collaborative_active", "memberships", ["collaborative_id", "active"]
    )
    op.drop_index("ix_memberships_collaborative_id", table_name="memberships")


def downgrade() -> None:
    op.create_index("ix_memberships_collaborative_id", "memberships", ["collaborative_id"])
    op.drop_index("ix_memberships_collaborative_active", table_name="memberships")
