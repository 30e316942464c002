"""certificates

Per collaborative, what its certificates of attendance print (provider, signatory, credits);
and every certificate issued, with its verification code and everything it printed, so that
it can be issued again identically.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

from alembic import op
import sqlalchemy as sa

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "certificate_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("collaborative_id", sa.Integer(), nullable=False),
        sa.Column("provider", sa.String(length=300), nullable=False),
        sa.Column("signatory_name", sa.String(length=200), nullable=False),
        sa.Column("signatory_title", sa.String(length=200), nullable=False),
        sa.Column("signature_image", sa.Text(), nullable=False),
        sa.Column("credit_rate", sa.Float(), nullable=True),
        sa.Column("credit_type", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["collaborative_id"],
            ["collaboratives.id"],
            name=op.f("fk_certificate_settings_collaborative_id_collaboratives"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certificate_settings")),
        sa.UniqueConstraint(
            "collaborative_id", name=op.f("uq_certificate_settings_collaborative_id")
        ),
    )
    op.create_table(
        "issued_certificates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("batch", sa.String(length=36), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("person_name", sa.String(length=300), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=True),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("hours", sa.Float(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_issued_certificates_contact_id_contacts"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issued_certificates")),
        sa.UniqueConstraint("code", name=op.f("uq_issued_certificates_code")),
    )
    with op.batch_alter_table("issued_certificates", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_issued_certificates_batch"), ["batch"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_issued_certificates_contact_id"), ["contact_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("issued_certificates")
    op.drop_table("certificate_settings")
