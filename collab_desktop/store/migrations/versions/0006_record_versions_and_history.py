"""record versions, who created and changed each record, and its history

Every editable record (collaborative, contact, membership, learning session, registration)
carries a version (the optimistic lock that refuses a save based on an old copy) and the names
of who created it and who last changed it. ``record_changes`` keeps one row per changed field:
what it was, what it became, who changed it and when.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03
"""

from alembic import op
import sqlalchemy as sa

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

VERSIONED = ("collaboratives", "contacts", "memberships", "learning_sessions", "registrations")


def upgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(
                sa.Column("version", sa.Integer(), nullable=False, server_default="1")
            )
            batch.add_column(
                sa.Column("created_by", sa.String(length=100), nullable=False, server_default="")
            )
            batch.add_column(
                sa.Column("updated_by", sa.String(length=100), nullable=False, server_default="")
            )
    op.create_table(
        "record_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_changes")),
    )
    op.create_index(
        "ix_record_changes_kind_record", "record_changes", ["kind", "record_id", "changed_at"]
    )


def downgrade() -> None:
    op.drop_index("ix_record_changes_kind_record", table_name="record_changes")
    op.drop_table("record_changes")
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("updated_by")
            batch.drop_column("created_by")
            batch.drop_column("version")
