"""Header detection, synonyms, name splitting and row extraction for roster imports."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from collab_desktop.io.roster_mapping import (
    IGNORE,
    cell_date,
    cell_text,
    extract_values,
    find_header_row,
    is_blank,
    is_data_row,
    is_totals_row,
    layout_signature,
    split_full_name,
    split_last_first,
    suggest_field,
    suggest_mapping,
)


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("E-mail Address", "email"),
        ("Email", "email"),
        ("email_address", "email"),
        ("Work Email", "email"),
        (" FIRST NAME ", "first_name"),
        ("first_name", "first_name"),
        ("Surname", "last_name"),
        ("Name", "full_name"),
        ("Name (Last, First)", "full_name_last_first"),
        ("Company", "organization"),
        ("institution", "organization"),
        ("Job Title", "job_title"),
        ("Business Phone", "phone"),
        ("Collab Desktop contact id", "contact_id"),
        ("Contact ID", IGNORE),
        ("Joined", "joined_on"),
        ("ID", IGNORE),
        ("Start time", IGNORE),
        ("Favourite colour", IGNORE),
        (None, IGNORE),
    ],
)
def test_synonyms(header: str | None, field: str) -> None:
    assert suggest_field(header) == field


def test_header_found_below_title_rows() -> None:
    rows = [["Spring roster", None], [None, None], ["Name", "Email"], ["Ana Lee", "a@x.org"]]
    assert find_header_row(rows) == 2


def test_no_header_in_first_twenty_rows() -> None:
    rows = [[str(i), i] for i in range(19)] + [["First", "Email"]] + [["Last", "Email"]]
    assert find_header_row(rows) == 19
    assert find_header_row([[1, 2]] * 20 + [["Name", "Email"]]) is None


def test_outlook_title_is_not_the_job_title() -> None:
    headers = ["First Name", "Title", "Job Title", "E-mail Address", "E-mail 2 Address"]
    assert suggest_mapping(headers) == [
        "first_name",
        IGNORE,
        "job_title",
        "email",
        "email",
    ]


def test_hidden_duplicate_column_is_ignored_but_hidden_contact_id_is_kept() -> None:
    headers = ["Collab Desktop contact id", "Email", "Email", "Organization"]
    assert suggest_mapping(headers, hidden={0, 2}) == [
        "contact_id",
        "email",
        IGNORE,
        "organization",
    ]
    assert suggest_mapping(["Name", "Email"], hidden={1}) == ["full_name", "email"]


@pytest.mark.parametrize(
    ("name", "first", "last"),
    [
        ("Ana Lee", "Ana", "Lee"),
        ("Mary Ann  Jones", "Mary Ann", "Jones"),
        ("Lee, Ana", "Ana", "Lee"),
        ("Ludwig van Beethoven", "Ludwig", "van Beethoven"),
        ("Martin Luther King Jr.", "Martin Luther", "King Jr."),
        ("Madonna", "Madonna", ""),
        ("山田太郎", "山田太郎", ""),
        ("Seán O'Brien-Nolan", "Seán", "O'Brien-Nolan"),
    ],
)
def test_split_full_name(name: str, first: str, last: str) -> None:
    assert split_full_name(name) == (first, last)


def test_split_last_first() -> None:
    assert split_last_first(" García Márquez ,  Gabriel ") == ("Gabriel", "García Márquez")
    assert split_last_first("Cher") == ("", "Cher")


def test_extract_values_first_non_empty_and_anonymous() -> None:
    mapping = ["full_name", "email", "email", "phone", IGNORE]
    values = extract_values(["  Ana  Lee ", "anonymous", "", 5550100.0, "x"], mapping)
    assert values == {"first_name": "Ana", "last_name": "Lee", "email": "", "phone": "5550100"}
    values = extract_values(["Lee, Ana", "", "Ana@X.org "], ["full_name", "email", "email"])
    assert values["email"] == "Ana@X.org"
    assert (values["first_name"], values["last_name"]) == ("Ana", "Lee")


def test_first_and_last_columns_win_over_full_name() -> None:
    values = extract_values(
        ["Ana", "Lee", "Someone Else"], ["first_name", "last_name", "full_name"]
    )
    assert (values["first_name"], values["last_name"]) == ("Ana", "Lee")


def test_totals_row() -> None:
    assert is_totals_row([None, "Total", 12])
    assert is_totals_row(["Grand total: 42"])
    assert not is_totals_row(["Totalia", "Smith"])
    assert not is_totals_row(["Ana", "Total"])


@pytest.mark.parametrize(
    "row",
    [
        [None, "Total", 12],
        ["Grand total: 42"],
        ["Totalia", "Smith"],
        ["Ana", "Total"],
        [None, "", "  "],
        [],
        ["  ", 0],
        [" count ", None],
        [3, "Total"],
        ["SUM 12"],
        ["  grand   totals"],
        ["Count: 3", "x"],
        ["Sarah", "Lee"],
        ["  Grace", "Total"],
        ["Émile", None],
        ["ſum", 3],
    ],
)
def test_data_row_is_neither_blank_nor_totals(row: list) -> None:
    assert is_data_row(row) == (not is_blank(row) and not is_totals_row(row))


def test_cells_and_dates() -> None:
    assert cell_text(12.5) == "12.5"
    assert cell_text(True) == "yes"
    assert cell_text(datetime(2024, 3, 1)) == "2024-03-01"
    assert cell_date("3/4/2025") == date(2025, 3, 4)
    assert cell_date("2025-03-04") == date(2025, 3, 4)
    assert cell_date(datetime(2025, 3, 4, 9)) == date(2025, 3, 4)
    assert cell_date("") is None
    with pytest.raises(ValueError):
        cell_date("next spring")


def test_layout_signature_ignores_spelling_noise() -> None:
    assert layout_signature(["E-mail", "Name"]) == layout_signature(["email", " name "])
    assert layout_signature(["Email", "Name"]) != layout_signature(["Name", "Email"])


def test_extract_handles_short_rows_numbers_and_blanks() -> None:
    mapping = ["first_name", "last_name", "email", "phone"]
    assert extract_values(["Ana"], mapping) == {"first_name": "Ana"}
    assert extract_values([" Ana ", "  ", None, 6035550100.0], mapping) == {
        "first_name": "Ana",
        "phone": "6035550100",
    }
