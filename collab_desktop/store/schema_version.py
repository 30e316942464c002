"""The schema revision this release writes, known without loading Alembic (a test keeps it in step)."""

SCHEMA_HEAD = "0006"
