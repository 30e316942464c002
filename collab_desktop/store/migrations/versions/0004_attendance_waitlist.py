"""attendance statuses and waitlist

Registrations may now be waitlisted (and excused); a waitlisted person keeps their place in
line in waitlist_position (1 is the next to move up). Statuses are plain text, so the new
ones need no schema change; existing rows keep their status and get no position.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("registrations") as batch:
        batch.add_column(sa.Column("waitlist_position", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("registrations") as batch:
        batch.drop_column("waitlist_position")
