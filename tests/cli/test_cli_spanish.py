"""The command line in Spanish: messages, table headings and errors follow the chosen language;
--json keys and values, command names and stored words in JSON stay as they are."""

from __future__ import annotations

import json

from collab_desktop.cli import parse_args, run_command


def test_messages_and_tables_in_spanish(db_target: str, capsys) -> None:  # noqa: ANN001
    """--lang es: the shipped catalogue (parse_args installs it) puts them in Spanish."""
    from collab_desktop.domain.translation import set_translator

    base = ["--db", db_target, "--lang", "es"]
    try:
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

    finally:
        set_translator(None)  # the next tests in English
