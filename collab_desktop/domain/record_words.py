"""Words for the database's tables in messages to people: '1 registration', '3 series sign-ups'."""

from __future__ import annotations

from collab_desktop.domain.translation import translate


def table_words(table: str) -> tuple[str, str]:
    """The singular and plural word for a table's records, in the chosen language ('row of x' for
    a table not named)."""
    words = {
        "collaboratives": (
            translate("RecordWords", "collaborative"),
            translate("RecordWords", "collaboratives"),
        ),
        "contacts": (translate("RecordWords", "contact"), translate("RecordWords", "contacts")),
        "learning_sessions": (
            translate("RecordWords", "session"),
            translate("RecordWords", "sessions"),
        ),
        "memberships": (
            translate("RecordWords", "membership"),
            translate("RecordWords", "memberships"),
        ),
        "registrations": (
            translate("RecordWords", "registration"),
            translate("RecordWords", "registrations"),
        ),
        "session_series": (
            translate("RecordWords", "repeating series"),
            translate("RecordWords", "repeating series", "plural"),
        ),
        "series_registrations": (
            translate("RecordWords", "series sign-up"),
            translate("RecordWords", "series sign-ups"),
        ),
        "import_batches": (
            translate("RecordWords", "import record"),
            translate("RecordWords", "import records"),
        ),
        "import_changes": (
            translate("RecordWords", "import change"),
            translate("RecordWords", "import changes"),
        ),
    }
    found = words.get(table)
    if found is None:
        return (
            translate("RecordWords", "row of {table}").format(table=table),
            translate("RecordWords", "rows of {table}").format(table=table),
        )
    return found


def count_text(table: str, n: int) -> str:
    """How many records of a table, in words: '1 membership', '4 memberships'."""
    if n == 1:  # English has no catalogue: its singular is a message of its own
        one = {
            "collaboratives": translate("RecordWords", "1 collaborative"),
            "contacts": translate("RecordWords", "1 contact"),
            "learning_sessions": translate("RecordWords", "1 session"),
            "memberships": translate("RecordWords", "1 membership"),
            "registrations": translate("RecordWords", "1 registration"),
            "session_series": translate("RecordWords", "1 repeating series"),
            "series_registrations": translate("RecordWords", "1 series sign-up"),
            "import_batches": translate("RecordWords", "1 import record"),
            "import_changes": translate("RecordWords", "1 import change"),
        }.get(table)
        if one is not None:
            return one
        return translate("RecordWords", "1 row of {table}").format(table=table)
    texts = {
        "collaboratives": translate("RecordWords", "%n collaboratives", None, n),
        "contacts": translate("RecordWords", "%n contacts", None, n),
        "learning_sessions": translate("RecordWords", "%n sessions", None, n),
        "memberships": translate("RecordWords", "%n memberships", None, n),
        "registrations": translate("RecordWords", "%n registrations", None, n),
        "session_series": translate("RecordWords", "%n repeating series", None, n),
        "series_registrations": translate("RecordWords", "%n series sign-ups", None, n),
        "import_batches": translate("RecordWords", "%n import records", None, n),
        "import_changes": translate("RecordWords", "%n import changes", None, n),
    }
    text = texts.get(table)
    if text is None:
        return translate("RecordWords", "%n rows of {table}", None, n).format(table=table)
    return text


def join_words(parts: list[str]) -> str:
    """'a', 'a and b', 'a, b and c' in the chosen language."""
    if len(parts) <= 1:
        return "".join(parts)
    return translate("RecordWords", "{items} and {last}").format(
        items=", ".join(parts[:-1]), last=parts[-1]
    )
