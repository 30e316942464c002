"""Update the translations: extract every translate() of the code into collab_desktop_es.ts,
take in translators' work, and compile the .qm catalogues the app loads.

    python resources/translations/update.py                 # after changing strings in the code
    python resources/translations/update.py --fill es.json  # take in translations (repeatable)
    python resources/translations/update.py --fill-en en.json  # English singular/plural forms
    make translations                                       # the same as the first line

Steps: pyside6-lupdate reads collab_desktop/ (it finds translate("Context", "Text") and
QT_TRANSLATE_NOOP); its Python parser never marks a plural, and it flattens a plural message
of an existing .ts, losing its forms. So the old .ts is read first, and the new one is written
from lupdate's message list with numerus="yes" on every source holding %n and every earlier
translation kept. Then pyside6-lrelease compiles collab_desktop_es.qm, and the pseudo-locale
(collab_desktop_pseudo.qm: every source accented and about 30% longer, generated here, never
written by hand) is compiled beside it. Commit the .ts and both .qm files, so that a checkout
runs without the tools.

English needs a catalogue too, for plurals only: the source says "%n members", and
collab_desktop_en.ts gives its two English forms ["%n member", "%n members"]. It holds every
plural message of the code (and nothing else); a new one is unfinished until its forms are
handed in with --fill-en (same JSON shape, "translation" a list of the two English forms).

A --fill file is JSON, a list of {"context", "source", "comment", "translation"} objects;
"translation" is a string, or a list [singular, plural] for a source with %n. Entries whose
source is no longer in the code are reported and left out.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from collab_desktop.domain.languages import pseudo_text  # noqa: E402
from collab_desktop.io.translation_catalogue import Message, read_ts  # noqa: E402

SPANISH_TS = HERE / "collab_desktop_es.ts"
ENGLISH_TS = HERE / "collab_desktop_en.ts"
Key = tuple[str, str, str | None]


def tool(name: str) -> str:
    """A Qt tool of this Python's PySide6 (beside the interpreter in a venv), else on PATH."""
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else name


def extract(source_dir: Path, out: Path) -> list[Message]:
    """The messages lupdate finds in source_dir's Python files (fresh, without translations)."""
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            "-silent",
            "-extensions",
            "py",
            "-no-obsolete",
            "-locations",
            "none",
            str(source_dir),
            "-ts",
            str(out),
        ],
        check=True,
    )
    return read_ts(out)


def key_of(message: Message) -> Key:
    return (message.context, message.source, message.comment or None)


def read_fill(path: Path) -> dict[Key, tuple[str, ...]]:
    """Translations handed in as JSON (see the module's docstring)."""
    found: dict[Key, tuple[str, ...]] = {}
    for entry in json.loads(path.read_text(encoding="utf-8")):
        text = entry["translation"]
        forms = tuple(text) if isinstance(text, list) else (text,)
        if any(forms):
            found[(entry["context"], entry["source"], entry.get("comment") or None)] = forms
    return found


def merge(
    extracted: list[Message], old: list[Message], fills: dict[Key, tuple[str, ...]]
) -> list[Message]:
    """lupdate's messages with their translations: handed in, else kept from the old .ts;
    numerus wherever the source holds %n."""
    kept = {key_of(m): m for m in old}
    merged = []
    for message in extracted:
        key = key_of(message)
        numerus = "%n" in message.source
        if key in fills:
            forms, finished = fills[key], True
        elif key in kept:
            forms, finished = kept[key].forms, kept[key].finished
        else:
            forms, finished = (), False
        if numerus and len(forms) == 1:
            forms = (forms[0], forms[0]) if finished else ()
            finished = finished and bool(forms)
        merged.append(Message(*key, forms, numerus, finished))
    return merged


def write_ts(messages: list[Message], language: str, path: Path) -> None:
    """A Qt .ts file (version 2.1) of messages, grouped by context in their order."""
    root = ET.Element("TS", version="2.1", language=language)
    contexts: dict[str, ET.Element] = {}
    for message in messages:
        if message.context not in contexts:
            contexts[message.context] = ET.SubElement(root, "context")
            ET.SubElement(contexts[message.context], "name").text = message.context
        element = ET.SubElement(contexts[message.context], "message")
        if message.numerus:
            element.set("numerus", "yes")
        ET.SubElement(element, "source").text = message.source
        if message.comment:
            ET.SubElement(element, "comment").text = message.comment
        translation = ET.SubElement(element, "translation")
        if not message.finished:
            translation.set("type", "unfinished")
        if message.numerus:
            for form in message.forms or ("", ""):
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = message.forms[0] if message.forms else ""
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def pseudo_messages(messages: list[Message]) -> list[Message]:
    """The pseudo-locale: every source accented and padded (both forms of a plural)."""
    return [
        Message(
            m.context,
            m.source,
            m.comment,
            (pseudo_text(m.source),) * (2 if m.numerus else 1),
            m.numerus,
            True,
        )
        for m in messages
    ]


def release(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def release_pseudo(spanish_ts: Path, qm: Path) -> None:
    """Compile the pseudo-locale for every message of the Spanish .ts."""
    with tempfile.TemporaryDirectory() as folder:
        ts = Path(folder) / "collab_desktop_pseudo.ts"
        write_ts(pseudo_messages(read_ts(spanish_ts)), "en", ts)
        release(ts, qm)


def read_fills(paths: list[Path]) -> dict[Key, tuple[str, ...]]:
    fills: dict[Key, tuple[str, ...]] = {}
    for path in paths:
        fills.update(read_fill(path))
    return fills


def update_language(
    extracted: list[Message], ts: Path, language: str, fills: dict[Key, tuple[str, ...]]
) -> list[Message]:
    """Merge into one language's .ts (kept translations, handed-in ones) and compile its .qm."""
    old = read_ts(ts) if ts.exists() else []
    messages = merge(extracted, old, fills)
    unused = set(fills) - {key_of(m) for m in messages}
    for context, source, _comment in sorted(unused, key=str):
        print(f"{ts.name}: not in the code (left out): {context}: {source!r}", file=sys.stderr)
    write_ts(messages, language, ts)
    release(ts, ts.with_suffix(".qm"))
    unfinished = sum(not m.finished for m in messages)
    print(f"{ts.name}: {len(messages)} messages, {unfinished} unfinished")
    return messages


def update(
    source_dir: Path, out_dir: Path, fill_files: list[Path], english_fill_files: list[Path] = ()
) -> list[Message]:
    """Extract, merge and compile into out_dir; returns the Spanish messages."""
    with tempfile.TemporaryDirectory() as folder:
        extracted = extract(source_dir, Path(folder) / "extracted.ts")
    ts = out_dir / SPANISH_TS.name
    messages = update_language(extracted, ts, "es", read_fills(fill_files))
    plurals = [m for m in extracted if "%n" in m.source]
    update_language(plurals, out_dir / ENGLISH_TS.name, "en", read_fills(english_fill_files))
    release_pseudo(ts, out_dir / "collab_desktop_pseudo.qm")
    return messages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--fill",
        metavar="FILE.json",
        action="append",
        default=[],
        type=Path,
        help="translations to take in (a list of context/source/comment/translation objects)",
    )
    parser.add_argument(
        "--fill-en",
        metavar="FILE.json",
        action="append",
        default=[],
        type=Path,
        help="English singular and plural forms of plural messages (same shape)",
    )
    args = parser.parse_args(argv)
    update(ROOT / "collab_desktop", HERE, args.fill, args.fill_en)
    return 0


if __name__ == "__main__":
    sys.exit(main())
