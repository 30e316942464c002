"""Addresses of team databases in words people read, and never with a password."""

from __future__ import annotations

import pytest

from collab_desktop.domain.database_address import (
    ServerAddress,
    address_from_url,
    is_server_url,
    kind_of,
    label_of,
    place_of,
    without_password,
)


def test_a_form_makes_a_url_and_the_url_gives_the_form_back() -> None:
    address = ServerAddress("db.example.org", 5433, "collab", "dana", "verify-full")
    url = address.url("p@ss:w/rd")
    assert url == "postgresql://dana:p%40ss%3Aw%2Frd@db.example.org:5433/collab?sslmode=verify-full"
    assert address_from_url(url) == address
    assert address.url() == "postgresql://dana@db.example.org:5433/collab?sslmode=verify-full"


def test_a_service_name_stands_for_the_whole_address() -> None:
    address = ServerAddress(service="team", sslmode="require")
    assert address.url("ignored") == "postgresql://?service=team&sslmode=require"
    assert address_from_url(address.url()) == address
    assert address.label() == "service team (team)"


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("postgresql://dana:secret@h:5432/collab", "postgresql://dana@h:5432/collab"),
        ("postgresql+psycopg://dana:secret@h/collab", "postgresql://dana@h/collab"),
        (
            "postgres://dana@h/collab?password=secret&sslmode=require",
            "postgresql://dana@h/collab?sslmode=require",
        ),
        ("postgresql://h/collab?PASSWORD=secret", "postgresql://h/collab"),
        ("/home/dana/collab.sqlite", "/home/dana/collab.sqlite"),
    ],
)
def test_passwords_are_taken_out(url: str, kept: str) -> None:
    assert without_password(url) == kept
    assert "secret" not in label_of(url) and "secret" not in place_of(url)


def test_labels_for_menus_and_the_status_bar() -> None:
    url = "postgresql+psycopg://dana:secret@db.example.org:5432/collab"
    assert label_of(url) == "collab on db.example.org (team)"
    assert place_of(url) == "collab on db.example.org:5432 as dana"
    assert kind_of(url) == "PostgreSQL" and is_server_url(url)
    assert kind_of("C:\\Users\\dana\\collab.sqlite") == "SQLite"
    assert place_of("C:\\Users\\dana\\collab.sqlite") == "C:\\Users\\dana\\collab.sqlite"
    assert not is_server_url("postgresql:/not-a-url") and not is_server_url("mysql://h/x")
    assert ServerAddress("::1", 5432, "x", "").url() == "postgresql://[::1]:5432/x"
