"""From a sheet's rows to contact fields: header detection, column synonyms, name splitting.

Headers are compared in a compact form (lower case, letters and digits only), so "E-mail
Address", "email_address" and "Email" all meet the same synonym.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable
from datetime import date, datetime, time
from typing import Any

from collab_desktop.domain.translation import QT_TRANSLATE_NOOP, translate

IGNORE = "ignore"
# Target fields in the order the column-mapping combo boxes list them; field_label() shows one
# in the chosen language.
FIELD_LABELS: dict[str, str] = {
    IGNORE: QT_TRANSLATE_NOOP("RosterMapping", "(ignore)"),
    "first_name": QT_TRANSLATE_NOOP("RosterMapping", "First name"),
    "last_name": QT_TRANSLATE_NOOP("RosterMapping", "Last name"),
    "full_name": QT_TRANSLATE_NOOP("RosterMapping", "Full name (First Last)"),
    "full_name_last_first": QT_TRANSLATE_NOOP("RosterMapping", "Full name (Last, First)"),
    "email": QT_TRANSLATE_NOOP("RosterMapping", "Email"),
    "phone": QT_TRANSLATE_NOOP("RosterMapping", "Phone"),
    "organization": QT_TRANSLATE_NOOP("RosterMapping", "Organization"),
    "department": QT_TRANSLATE_NOOP("RosterMapping", "Department"),
    "job_title": QT_TRANSLATE_NOOP("RosterMapping", "Job title"),
    "participant_type": QT_TRANSLATE_NOOP("RosterMapping", "Participant type"),
    "notes": QT_TRANSLATE_NOOP("RosterMapping", "Notes"),
    "collaborative": QT_TRANSLATE_NOOP("RosterMapping", "Collaborative"),
    "role": QT_TRANSLATE_NOOP("RosterMapping", "Role"),
    "joined_on": QT_TRANSLATE_NOOP("RosterMapping", "Joined date"),
    "contact_id": QT_TRANSLATE_NOOP("RosterMapping", "Contact id (from an export)"),
}

_SYNONYMS: dict[str, tuple[str, ...]] = {
    # Only our own export's header: a "Contact ID" from another system holds other ids.
    "contact_id": ("collabdesktopcontactid", "collabdesktopid", "iddecontactodecollabdesktop"),
    "first_name": (
        "firstname",
        "first",
        "givenname",
        "forename",
        "fname",
        "preferredname",
        "prenom",
        "nombre",
    ),
    "last_name": (
        "lastname",
        "last",
        "surname",
        "familyname",
        "lname",
        "nom",
        "apellido",
        "apellidos",
    ),
    "full_name": (
        "name",
        "fullname",
        "displayname",
        "participantname",
        "participant",
        "attendeename",
        "attendee",
        "contactname",
        "membername",
        "yourname",
        "respondent",
    ),
    "full_name_last_first": ("namelastfirst", "lastfirst", "lastnamefirstname", "sortname"),
    "email": (
        "email",
        "emailaddress",
        "mail",
        "workemail",
        "businessemail",
        "primaryemail",
        "email1",
        "email1address",
        "email2address",
        "email3address",
        "youremail",
        "youremailaddress",
        "emailid",
        "courriel",
        "correo",
        "correoelectronico",
    ),
    "phone": (
        "phone",
        "phonenumber",
        "telephone",
        "tel",
        "businessphone",
        "workphone",
        "mobilephone",
        "mobile",
        "cell",
        "cellphone",
        "primaryphone",
        "homephone",
        "telefono",
        "movil",
    ),
    "organization": (
        "organization",
        "organisation",
        "org",
        "company",
        "companyname",
        "institution",
        "employer",
        "affiliation",
        "hospital",
        "agency",
        "organizationname",
        "site",
        "practice",
        "yourorganization",
        "yourorganisation",
        "organizacion",
        "institucion",
        "empresa",
    ),
    "department": ("department", "dept", "unit", "division", "departamento", "servicio", "unidad"),
    "job_title": ("jobtitle", "title", "position", "occupation", "profession", "puesto", "cargo"),
    "participant_type": (
        "participanttype",
        "participantcategory",
        "type",
        "category",
        "stakeholdertype",
        "perspective",
        "tipodeparticipante",
    ),
    "notes": ("notes", "note", "comments", "comment", "remarks", "notas", "comentarios"),
    "collaborative": (
        "collaborative",
        "collaborativename",
        "learningcollaborative",
        "colaborativo",
    ),
    "role": ("role", "membershiprole", "collaborativerole", "funcion", "rol"),
    "joined_on": (
        "joined",
        "joinedon",
        "joineddate",
        "datejoined",
        "joindate",
        "membersince",
        "fechadeincorporacion",
        "incorporacion",
    ),
}
_LOOKUP = {syn: f for f, syns in _SYNONYMS.items() for syn in syns}
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")
_TOTALS = re.compile(r"^(grand\s+)?(totals?|count|sum)\b", re.IGNORECASE)
# First letters of the words _TOTALS matches, as re.IGNORECASE folds them (the long s "ſ"
# matches "s"): any other first letter needs no regex.
_TOTALS_INITIALS = frozenset("gGtTcCsSſ")
_SUFFIXES = frozenset(("jr", "jr.", "sr", "sr.", "ii", "iii", "iv"))
_PARTICLES = frozenset(("van", "von", "de", "da", "del", "della", "der", "di", "le", "la", "st."))
_MULTI_COLUMN = frozenset((IGNORE, "email", "phone"))
HEADER_SCAN_ROWS = 20
ANONYMOUS = "anonymous"


def compact(header: Any) -> str:
    """A header reduced to lower-case ASCII letters and digits (accents dropped), for lookup."""
    text = unicodedata.normalize("NFKD", str(header or "").strip().lower())
    return _NOT_ALNUM.sub("", text.encode("ascii", "ignore").decode("ascii"))


def field_label(field: str) -> str:
    """A target field's name for the column-mapping choices, in the chosen language."""
    label = FIELD_LABELS.get(field)
    return translate("RosterMapping", label) if label else field


def _export_headers() -> dict[str, str]:
    """Our own roster export's headings in the chosen language -> field: a roster exported in
    any language maps itself back. English and Spanish are among the synonyms already."""
    names = (
        ("contact_id", translate("RosterExport", "Collab Desktop contact id")),
        ("first_name", translate("RosterExport", "First name")),
        ("last_name", translate("RosterExport", "Last name")),
        ("email", translate("RosterExport", "Email")),
        ("phone", translate("RosterExport", "Phone")),
        ("organization", translate("RosterExport", "Organization")),
        ("department", translate("RosterExport", "Department")),
        ("job_title", translate("RosterExport", "Job title")),
        ("participant_type", translate("RosterExport", "Participant type")),
        ("collaborative", translate("RosterExport", "Collaborative")),
        ("role", translate("RosterExport", "Role")),
        ("joined_on", translate("RosterExport", "Joined")),
        ("notes", translate("RosterExport", "Notes")),
    )
    return {compact(text): field for field, text in names}


def suggest_field(header: Any) -> str:
    """The contact field a column header most likely holds, or IGNORE."""
    key = compact(header)
    found = _LOOKUP.get(key)
    if found is None:
        found = _export_headers().get(key, IGNORE)
    return found


def recognized_count(row: list[Any]) -> int:
    """How many cells of a row are headers we recognize."""
    return sum(1 for v in row if isinstance(v, str) and suggest_field(v) != IGNORE)


def find_header_row(rows: list[list[Any]]) -> int | None:
    """Index of the first row among the first 20 with two or more recognizable headers."""
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        if recognized_count(row) >= 2:
            return index
    return None


def header_texts(row: list[Any]) -> list[str]:
    """The header row as trimmed text (blank headers stay blank)."""
    return [cell_text(v) for v in row]


def _rank(header: str) -> int:
    field = suggest_field(header)
    return _SYNONYMS[field].index(compact(header)) if field != IGNORE else 0


def suggest_mapping(headers: list[str], hidden: set[int] | None = None) -> list[str]:
    """A field per column, suggested from the headers.

    Several email or phone columns are all kept (the first non-empty value wins); for other
    fields only the closest synonym is kept ("Job Title" over Outlook's "Title", which holds
    "Dr."). A hidden column is ignored when a visible one holds the same field.
    """
    hidden = hidden or set()
    fields = [suggest_field(h) for h in headers]
    best: dict[str, int] = {}
    for i, f in enumerate(fields):
        key = (i in hidden, _rank(headers[i]))
        if f not in _MULTI_COLUMN and (
            f not in best or key < (best[f] in hidden, _rank(headers[best[f]]))
        ):
            best[f] = i
    visible = {f for i, f in enumerate(fields) if i not in hidden}
    out = []
    for i, f in enumerate(fields):
        if f not in _MULTI_COLUMN and best.get(f) != i:
            f = IGNORE
        if i in hidden and f in visible and f != "contact_id":
            f = IGNORE
        out.append(f)
    return out


def layout_signature(headers: list[str]) -> str:
    """A stable key for a source layout (its compact headers), to remember its mapping."""
    joined = "\x1f".join(compact(h) for h in headers)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()


def cell_text(value: Any) -> str:
    """A cell as trimmed text: whole floats without '.0', dates as ISO."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def cell_date(value: Any) -> date | None:
    """A cell as a date (real dates, ISO or US-style text); None when blank; ValueError if not."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = cell_text(value)
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        from dateutil import parser

        try:
            return parser.parse(text, dayfirst=False).date()
        except (ValueError, OverflowError) as exc:
            raise ValueError(f"Not a date: {text!r}") from exc


def split_full_name(name: str) -> tuple[str, str]:
    """(first, last) from 'First Last' or 'Last, First'; particles and suffixes stay in last."""
    name = " ".join(name.split())
    if "," in name:
        return split_last_first(name)
    parts = name.split(" ")
    if len(parts) == 1:
        return parts[0], ""
    cut = len(parts) - 1
    if parts[cut].lower() in _SUFFIXES and cut > 1:
        cut -= 1
    while cut > 1 and parts[cut - 1].lower() in _PARTICLES:
        cut -= 1
    return " ".join(parts[:cut]), " ".join(parts[cut:])


def split_last_first(name: str) -> tuple[str, str]:
    """(first, last) from 'Last, First'; without a comma the whole text is the last name."""
    last, _, first = " ".join(name.split()).partition(",")
    return first.strip(), last.strip()


def is_blank(values: list[Any]) -> bool:
    """True when every cell is empty or only spaces."""
    for v in values:
        if v is None or v == "":
            continue
        if v.__class__ is not str or v.strip():
            return False
    return True


def is_totals_row(values: list[Any]) -> bool:
    """A summary row at the foot of a hand-made sheet ("Total", "Grand total: 42", "Count")."""
    for v in values:
        if v is None or (isinstance(v, str) and not v.strip()):
            continue
        return isinstance(v, str) and bool(_TOTALS.match(v.strip()))
    return False


def is_data_row(values: list[Any]) -> bool:
    """Neither blank nor a totals row (is_blank and is_totals_row in one pass, for speed)."""
    for v in values:
        if v is None or v == "":
            continue
        if v.__class__ is not str:
            return True
        text = v.strip()
        if text:
            return text[0] not in _TOTALS_INITIALS or _TOTALS.match(text) is None
    return False


def make_extractor(mapping: list[str]) -> Callable[[list[Any]], dict[str, Any]]:
    """A function giving field -> value for one row (built once per import for speed).

    For a field mapped more than once, the first non-empty value wins; "anonymous" (Microsoft
    Forms) counts as no email and no name; a full-name column fills first and last name when
    the row has neither.
    """
    columns = [(i, f) for i, f in enumerate(mapping) if f != IGNORE]
    splitters = [
        (f, split)
        for f, split in (("full_name", split_full_name), ("full_name_last_first", split_last_first))
        if f in mapping
    ]

    fields = [f for _i, f in columns]
    # Each field in one column and no date: no first-value-wins or date checks per cell.
    simple = len(set(fields)) == len(fields) and "joined_on" not in fields
    needed = max((i for i, _f in columns), default=-1) + 1

    def values_of(row: list[Any]) -> dict[str, Any]:
        if simple and len(row) >= needed:
            out = {}
            for index, f in columns:
                raw = row[index]
                if raw.__class__ is str:
                    raw = raw.strip()
                    if raw:
                        out[f] = raw
                elif raw is not None:
                    text = cell_text(raw)
                    if text:
                        out[f] = text
            return out
        out = {}
        width = len(row)
        for index, f in columns:
            if index >= width or f in out:
                continue
            raw = row[index]
            if raw is None or raw == "":
                continue
            if f == "joined_on":
                out[f] = raw
                continue
            text = raw.strip() if raw.__class__ is str else cell_text(raw)
            if text:
                out[f] = text
        return out

    def extract(row: list[Any]) -> dict[str, Any]:
        out = values_of(row)
        if "email" in out and out["email"].lower() == ANONYMOUS:
            out["email"] = ""
        for f, split in splitters:
            full = out.pop(f, "")
            named = "first_name" in out or "last_name" in out
            if full and not named and full.lower() != ANONYMOUS:
                out["first_name"], out["last_name"] = split(full)
        return out

    return extract


def extract_values(row: list[Any], mapping: list[str]) -> dict[str, Any]:
    """Field -> value for one row (see make_extractor)."""
    return make_extractor(mapping)(row)
