"""contact email unique ignoring case, in the database

email_key (the trimmed, lower-cased address) is unique, but only writers that keep it in step
are held by it. A unique index on the address itself, trimmed and lower-cased, holds every
writer on both SQLite and PostgreSQL, so two imports at the same moment cannot create the same
person twice. Empty addresses are NULL in the index and never clash.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03
"""

from alembic import op
import sqlalchemy as sa

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

INDEX = "ux_contacts_email_lower"


def upgrade() -> None:
    from collab_desktop.domain.validation import email_key

    # Refuse (and change nothing) if two contacts already share an address, matched the way the
    # app matches people (trimmed, lower-cased), naming them so the coordinator can merge them.
    conn = op.get_bind()
    seen: dict[str, int] = {}
    clashes: list[str] = []
    for cid, email in conn.execute(sa.text("SELECT id, email FROM contacts ORDER BY id")):
        key = email_key(email)
        if key is None:
            continue
        if key in seen:
            clashes.append(f"{key} (contacts {seen[key]} and {cid})")
        else:
            seen[key] = cid
    if clashes:
        raise RuntimeError(
            "two contacts share an e-mail address; merge or correct them first: "
            + "; ".join(clashes[:5])
            + (f"; and {len(clashes) - 5} more" if len(clashes) > 5 else "")
        )
    op.create_index(
        INDEX, "contacts", [sa.text("lower(nullif(trim(email), ''))")], unique=True
    )


def downgrade() -> None:
    op.drop_index(INDEX, table_name="contacts")
