"""update.py over a small source tree: plural forms survive a new extraction (lupdate alone
flattens them), handed-in JSON fills messages, and the pseudo-locale is generated."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import QTranslator

from collab_desktop.io.translation_catalogue import read_ts

CODE = """
from collab_desktop.domain.translation import translate, QT_TRANSLATE_NOOP

KIND = QT_TRANSLATE_NOOP("Vocabulary", "active")


def texts(count, name):
    return [
        translate("Ctx", "%n contacts", None, count),
        translate("Ctx", "Deleted {name}").format(name=name),
        translate("Ctx", "&Save"),
    ]
"""


def source_tree(tmp_path: Path) -> Path:
    folder = tmp_path / "code"
    folder.mkdir()
    (folder / "module.py").write_text(CODE, encoding="utf-8")
    return folder


def write_fill(path: Path, *entries: tuple[str, str, str | list[str]]) -> Path:
    """A translators' JSON file of (context, source, translation) entries."""
    items = [
        {"context": c, "source": s, "comment": None, "translation": tr} for c, s, tr in entries
    ]
    path.write_text(json.dumps(items), encoding="utf-8")
    return path


def test_plural_forms_and_fills_survive_a_second_update(
    update_script: ModuleType, tmp_path: Path
) -> None:
    code, out = source_tree(tmp_path), tmp_path / "out"
    out.mkdir()
    fill = write_fill(
        tmp_path / "es.json",
        ("Ctx", "%n contacts", ["%n contacto", "%n contactos"]),
        ("Ctx", "&Save", "&Guardar"),
        ("Gone", "Old", "Viejo"),
    )
    english = write_fill(
        tmp_path / "en.json", ("Ctx", "%n contacts", ["%n contact", "%n contacts"])
    )
    update_script.update(code, out, [fill], [english])
    update_script.update(code, out, [])  # again, with nothing handed in: all is kept

    spanish = {m.source: m for m in read_ts(out / "collab_desktop_es.ts")}
    assert spanish["%n contacts"].numerus
    assert spanish["%n contacts"].forms == ("%n contacto", "%n contactos")
    assert spanish["&Save"].forms == ("&Guardar",) and spanish["&Save"].finished
    assert not spanish["Deleted {name}"].finished
    assert "Old" not in spanish  # not in the code: left out
    assert {m.source for m in read_ts(out / "collab_desktop_en.ts")} == {"%n contacts"}

    translator = QTranslator()
    assert translator.load(str(out / "collab_desktop_es.qm"))
    assert translator.translate("Ctx", "%n contacts", None, 1) == "%n contacto"
    assert translator.translate("Ctx", "%n contacts", None, 4) == "%n contactos"
    pseudo = QTranslator()
    assert pseudo.load(str(out / "collab_desktop_pseudo.qm"))
    assert pseudo.translate("Ctx", "&Save") == "[&Sávë·]"
    assert pseudo.translate("Vocabulary", "active").startswith("[áçtîvë")


def test_lupdate_alone_flattens_a_plural(update_script: ModuleType, tmp_path: Path) -> None:
    """Why update.py writes the .ts itself: lupdate run over an existing .ts loses the forms."""
    code, out = source_tree(tmp_path), tmp_path / "out"
    out.mkdir()
    fill = write_fill(tmp_path / "es.json", ("Ctx", "%n contacts", ["%n contacto", "%n contactos"]))
    update_script.update(code, out, [fill])
    ts = out / "collab_desktop_es.ts"
    update_script.extract(code, ts)  # lupdate straight into the existing file
    flattened = {m.source: m for m in read_ts(ts)}["%n contacts"]
    assert not flattened.numerus and flattened.forms != ("%n contacto", "%n contactos")
