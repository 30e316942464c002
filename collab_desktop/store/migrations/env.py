"""Alembic environment: runs on the connection handed in by collab_desktop.store.migrate."""

import warnings

from alembic import context

from collab_desktop.store.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "Run migrations through collab_desktop.store.migrate, which passes a connection"
    )

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with warnings.catch_warnings():
    # A batch rebuild on SQLite cannot reflect expression indexes; migrate puts them back.
    warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression-based index")
    context.run_migrations()
