"""The shipped translations match the code: every string is in the Spanish .ts and finished,
placeholders survive, lupdate sees every call, and the committed .qm files are compiled from
the committed .ts files. Needs only the venv's pyside6-lupdate and pyside6-lrelease."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from types import ModuleType

import pytest

from collab_desktop.io.translation_catalogue import Message, read_ts
from tests.translations_paths import ROOT, TRANSLATIONS

SOURCE = ROOT / "collab_desktop"
NAMED = re.compile(r"\{[^{}]*\}")


@pytest.fixture(scope="module")
def extracted(update_script: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> list[Message]:
    return update_script.extract(SOURCE, tmp_path_factory.mktemp("lupdate") / "code.ts")


def keys(messages: list[Message]) -> set[tuple[str, str, str | None]]:
    return {(m.context, m.source, m.comment or None) for m in messages}


def literal_calls() -> list[tuple[str, int, str, str]]:
    """Every translate("Ctx", "Text", ...) and QT_TRANSLATE_NOOP in the code with literal
    context and source: (file, line, context, source)."""
    found = []
    for path in sorted(SOURCE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            if node.func.id not in ("translate", "QT_TRANSLATE_NOOP") or len(node.args) < 2:
                continue
            context, source = node.args[0], node.args[1]
            if all(
                isinstance(a, ast.Constant) and isinstance(a.value, str) for a in (context, source)
            ):
                found.append(
                    (str(path.relative_to(ROOT)), node.lineno, context.value, source.value)
                )
    return found


def test_lupdate_sees_every_literal_call(extracted: list[Message]) -> None:
    """lupdate's Python parser silently skips a call whose count is an expression
    (translate("C", "%n x", None, len(items))): pass a plain name instead."""
    seen = {(m.context, m.source) for m in extracted}
    skipped = [
        f"{f}:{line}: {ctx}: {src!r}"
        for f, line, ctx, src in literal_calls()
        if (ctx, src) not in seen
    ]
    assert not skipped, "lupdate does not extract:\n" + "\n".join(skipped)


def test_every_string_of_the_code_is_translated(extracted: list[Message]) -> None:
    spanish = {
        (m.context, m.source, m.comment or None): m
        for m in read_ts(TRANSLATIONS / "collab_desktop_es.ts")
    }
    missing = sorted(keys(extracted) - set(spanish))
    unfinished = sorted(k for k in keys(extracted) if k in spanish and not spanish[k].finished)
    assert not missing, (
        f"{len(missing)} strings missing from collab_desktop_es.ts "
        f"(run make translations): {missing[:20]}"
    )
    assert not unfinished, (
        f"{len(unfinished)} unfinished in collab_desktop_es.ts: {unfinished[:20]}"
    )


def test_every_plural_is_numerus_with_english_forms(extracted: list[Message]) -> None:
    plurals = {k for k in keys(extracted) if "%n" in k[1]}
    spanish = [m for m in read_ts(TRANSLATIONS / "collab_desktop_es.ts") if "%n" in m.source]
    assert all(m.numerus and len(m.forms) == 2 for m in spanish), [
        m.source for m in spanish if not (m.numerus and len(m.forms) == 2)
    ]
    english = {
        (m.context, m.source, m.comment or None): m
        for m in read_ts(TRANSLATIONS / "collab_desktop_en.ts")
    }
    lacking = sorted(k for k in plurals if k not in english or not english[k].finished)
    assert not lacking, f"English singular/plural forms missing (update.py --fill-en): {lacking}"


@pytest.mark.parametrize("name", ["collab_desktop_es.ts", "collab_desktop_en.ts"])
def test_translations_keep_every_placeholder(name: str) -> None:
    """Every {name} of the source in every form; %n in the plural form (a singular may say
    "the last session" without the number)."""
    wrong = []
    for m in read_ts(TRANSLATIONS / name):
        if not m.finished:
            continue
        wanted = sorted(NAMED.findall(m.source))
        for index, form in enumerate(m.forms):
            plural_form = index == len(m.forms) - 1
            if sorted(NAMED.findall(form)) != wanted or (
                plural_form and ("%n" in m.source) != ("%n" in form)
            ):
                wrong.append(f"{m.context}: {m.source!r} -> {form!r}")
    assert not wrong, "placeholders lost or added:\n" + "\n".join(wrong)


@pytest.mark.parametrize("language", ["es", "en"])
def test_committed_qm_is_compiled_from_the_committed_ts(
    update_script: ModuleType, tmp_path: Path, language: str
) -> None:
    compiled = tmp_path / f"collab_desktop_{language}.qm"
    update_script.release(TRANSLATIONS / f"collab_desktop_{language}.ts", compiled)
    committed = TRANSLATIONS / f"collab_desktop_{language}.qm"
    assert committed.read_bytes() == compiled.read_bytes(), (
        f"{committed.name} is stale: run make translations"
    )


def test_committed_pseudo_qm_is_generated_from_the_spanish_message_list(
    update_script: ModuleType, tmp_path: Path
) -> None:
    compiled = tmp_path / "collab_desktop_pseudo.qm"
    update_script.release_pseudo(TRANSLATIONS / "collab_desktop_es.ts", compiled)
    committed = TRANSLATIONS / "collab_desktop_pseudo.qm"
    assert committed.read_bytes() == compiled.read_bytes(), "collab_desktop_pseudo.qm is stale"
