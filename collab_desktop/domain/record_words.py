"""Words for the database's tables in messages to people: '1 registration', '3 series sign-ups'."""

from __future__ import annotations

# Table name -> (one, many).
TABLE_WORDS: dict[str, tuple[str, str]] = {
    "collaboratives": ("collaborative", "collaboratives"),
    "contacts": ("contact", "contacts"),
    "learning_sessions": ("session", "sessions"),
    "memberships": ("membership", "memberships"),
    "registrations": ("registration", "registrations"),
    "session_series": ("repeating series", "repeating series"),
    "series_registrations": ("series sign-up", "series sign-ups"),
    "import_batches": ("import record", "import records"),
    "import_changes": ("import change", "import changes"),
}


def table_words(table: str) -> tuple[str, str]:
    """The singular and plural word for a table's records ('row of x' for a table not named)."""
    return TABLE_WORDS.get(table, (f"row of {table}", f"rows of {table}"))


def count_text(table: str, n: int) -> str:
    """How many records of a table, in words: '1 membership', '4 memberships'."""
    one, many = table_words(table)
    return f"{n} {one if n == 1 else many}"
