"""The command line in Spanish: messages, table headings and errors follow the chosen language;
--json keys and values, command names and stored words in JSON stay as they are."""

from __future__ import annotations

import json

from spanish import in_spanish

from collab_desktop.cli import parse_args, run_command

SPANISH = {
    ("ContactCommand", "Added contact {id}: {display_name} <{email}>"): (
        "Contacto {id} añadido: {display_name} <{email}>"
    ),
    ("Cli", "error: {message}"): "error: {message}",
    ("Collaboratives", "No collaborative called {name!r}. Known collaboratives: {value}."): (
        "No hay ningún colaborativo llamado {name!r}. Colaborativos existentes: {value}."
    ),
    ("ListCommand", "id"): "id",
    ("ListCommand", "name"): "nombre",
    ("ListCommand", "kind"): "tipo",
    ("ListCommand", "status"): "estado",
    ("ListCommand", "members"): "miembros",
    ("Vocabulary", "active"): "activo",
    ("Vocabulary", "improvement"): "mejora",
}


def test_messages_and_tables_in_spanish(db_target: str, capsys) -> None:  # noqa: ANN001
    base = ["--db", db_target]
    with in_spanish(SPANISH):
        code = run_command(
            parse_args(
                [*base, "add-contact", "--first", "Ana", "--last", "Ruiz", "--email", "ana@x.org"]
            )
        )
        assert code == 0
        out = capsys.readouterr().out
        assert out.startswith("Contacto ") and out.rstrip().endswith(
            "añadido: Ana Ruiz <ana@x.org>"
        )

        code = run_command(parse_args([*base, "list", "contacts", "--collaborative", "Nope"]))
        assert code == 1
        err = capsys.readouterr().err
        assert err.startswith("error: No hay ningún colaborativo llamado 'Nope'. Colaborativos")

        assert run_command(parse_args([*base, "list", "collaboratives"])) == 0
        table = capsys.readouterr().out.splitlines()
        assert table[0].split() == ["id", "nombre", "tipo", "estado", "miembros"]
        assert any(" mejora " in row and " activo " in row for row in table[2:])

        assert run_command(parse_args([*base, "list", "collaboratives", "--json"])) == 0
        rows = json.loads(capsys.readouterr().out)
        assert {"id", "name", "kind", "status"} <= set(rows[0])  # keys and stored values stay
        assert any(r["kind"] == "improvement" for r in rows)
