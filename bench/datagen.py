"""A seeded, realistic database for the benchmarks: contacts, collaboratives, sessions, registrations.

Built with bulk Core inserts in one transaction on a migrated database, and cached in the temp
folder under a name made of the seed and the sizes, so a second run reuses the file at once.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

# Bump when the generated content changes, so stale cached files are not reused.
GENERATOR_VERSION = 1

FIRST_NAMES = [
    "Amélie", "Ana", "André", "Anaïs", "Aoife", "Beatriz", "Bjørn", "Camille", "Chloé", "Chidi",
    "Dmitri", "Élodie", "Émile", "Fatima", "François", "Gabriel", "Giulia", "Hélène", "Hiroshi",
    "Ingrid", "Isabel", "Jamal", "James", "Jean-Luc", "Joaquín", "José", "Karin", "Laura",
    "Léa", "Liam", "Linh", "Lucía", "Maëlle", "Malik", "María", "Mateo", "Mei", "Michael",
    "Mohammed", "Nadia", "Noé", "Noah", "Olivia", "Oluwaseun", "Paul", "Priya", "Raphaël",
    "Renée", "Rosa", "Sarah", "Seán", "Siobhán", "Sofia", "Søren", "Thérèse", "Thomas", "Tomás",
    "Valérie", "William", "Xavier", "Yusuf", "Zoë", "Zuzana", "Ángel", "Íñigo", "Łukasz",
    "Ömer", "Ruth", "Grace", "Daniel", "Emma",
]  # fmt: skip
LAST_NAMES = [
    "O'Brien", "O'Connor", "D'Angelo", "D'Souza", "McDonald", "MacLeod", "García", "Pérez",
    "Müller", "Schröder", "Gómez", "Núñez", "Dubois", "Lefèvre", "Côté", "Bélanger", "Gagné",
    "Tremblay", "Nguyen", "Tran", "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller",
    "Davis", "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Martin", "Jackson", "Thompson",
    "White", "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King",
    "Wright", "Scott", "Hill", "Green", "Adams", "Baker", "Nelson", "Carter", "Mitchell",
    "Roberts", "Turner", "Phillips", "Campbell", "Parker", "Evans", "Edwards", "Collins",
    "Stewart", "Morris", "Rogers", "Reed", "Cook", "Morgan", "Bell", "Murphy", "Bailey",
    "Rivera", "Cooper", "Richardson", "Cox", "Howard", "Ward", "Torres", "Peterson", "Gray",
    "Ramírez", "James", "Watson", "Brooks", "Kelly", "Sanders", "Price", "Bennett", "Wood",
    "Barnes", "Ross", "Henderson", "Jensen", "Kowalski", "Nowak", "Ødegaard", "Åberg",
    "Sjöström", "Yılmaz", "Papadopoulos", "Rossi", "Bianchi", "Esposito", "Van", "der", "Berg",
    "De", "la", "Cruz", "St.", "John", "Ó", "Súilleabháin", "Al-Hassan", "Ben-David", "Kim",
    "Park", "Lee", "Chen", "Wang", "Singh", "Patel", "Sharma", "Okafor", "Adeyemi", "Mensah",
    "Haddad", "Khoury", "Cohen", "Levi", "Novák", "Horváth",
]  # fmt: skip
ORGS = (
    "Riverside Children's Hospital",
    "St. Mary's Medical Center",
    "Northside Community Health",
    "University Hospital",
    "Lakeview Clinic",
    "Parents' Advisory Council",
    "Hôpital Sainte-Justine",
    "Valley Family Practice",
    "Eastgate Pediatrics",
    "County Public Health",
)
DEPARTMENTS = ("Gastroenterology", "Nursing", "Quality", "Research", "Pharmacy", "Family Council")
TYPES = ("clinician", "nurse", "patient", "parent/family", "researcher", "staff", "improvement")
DOMAINS = ("example.org", "hospital.example", "mail.example.com", "clinic.example.net")
COLLABORATIVE_THEMES = (
    "IBD Care",
    "Sickle Cell",
    "Cystic Fibrosis",
    "Type 1 Diabetes",
    "Epilepsy",
    "Asthma",
    "Juvenile Arthritis",
    "Kidney Health",
    "Heart Network",
    "Neonatal Care",
    "Transplant",
    "Lupus",
    "Oncology Survivorship",
    "Mental Health",
    "Obesity",
    "Rare Disease",
    "Bronchiolitis",
    "Pain Management",
    "Transition Care",
    "Family Partners",
)
SESSION_KINDS = ("learning seminar", "community call", "coaching call", "learning session")


@dataclass(frozen=True)
class Sizes:
    """How much data to make."""

    contacts: int = 50_000
    collaboratives: int = 20
    sessions: int = 5_000
    registrations: int = 100_000

    def key(self) -> str:
        return f"c{self.contacts}_k{self.collaboratives}_s{self.sessions}_r{self.registrations}"


def cache_dir() -> Path:
    """Where generated databases are kept between runs."""
    path = Path(
        os.environ.get("COLLAB_BENCH_CACHE") or Path(tempfile.gettempdir()) / "collab-bench"
    )
    path.mkdir(parents=True, exist_ok=True)
    return path


def ascii_fold(text: str) -> str:
    """An email-friendly form of a name: accents removed, spaces and apostrophes dropped."""
    import unicodedata

    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in folded.lower() if ch.isalnum() or ch in "-")


def _contacts(rng: random.Random, n: int, base: int, now: datetime) -> list[dict]:
    rows = []
    for i in range(base + 1, base + n + 1):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        if rng.random() < 0.08:
            last = f"{last}-{rng.choice(LAST_NAMES)}"
        local = f"{ascii_fold(first)}.{ascii_fold(last)}{i}"
        email = f"{local}@{rng.choice(DOMAINS)}"
        # Some addresses are typed with capitals; the key is always lower-cased.
        shown = email.capitalize() if rng.random() < 0.1 else email
        rows.append(
            {
                "id": i,
                "first_name": first,
                "last_name": last,
                "email": shown,
                "email_key": email,
                "phone": f"+1 555 {rng.randrange(1000000):07d}" if rng.random() < 0.6 else "",
                "organization": rng.choice(ORGS),
                "department": rng.choice(DEPARTMENTS),
                "job_title": "",
                "participant_type": rng.choice(TYPES),
                "notes": "",
                "consent": rng.random() < 0.8,
                "created_at": now,
                "updated_at": now,
            }
        )
    return rows


def _collaboratives(rng: random.Random, n: int, base: int, now: datetime) -> list[dict]:
    rows = []
    for i in range(1, n + 1):
        theme = COLLABORATIVE_THEMES[(i - 1) % len(COLLABORATIVE_THEMES)]
        name = theme if i <= len(COLLABORATIVE_THEMES) else f"{theme} {i}"
        rows.append(
            {
                "id": base + i,
                "name": f"{name} Learning Collaborative",
                "short_name": "".join(w[0] for w in name.split()).upper(),
                "kind": "improvement",
                "focus": "applied",
                "status": "active" if rng.random() < 0.85 else "closed",
                "start_date": date(2015 + rng.randrange(8), 1 + rng.randrange(12), 1),
                "sponsor": rng.choice(ORGS),
                "description": "",
                "colour": f"#{rng.randrange(0x1000000):06X}",
                "created_at": now,
                "updated_at": now,
            }
        )
    return rows


def _memberships(
    rng: random.Random, contact_ids: range, collab_ids: range, now: datetime
) -> list[dict]:
    rows = []
    for contact_id in contact_ids:
        count = rng.choices((0, 1, 2, 3), weights=(10, 60, 22, 8))[0]
        for collab_id in rng.sample(collab_ids, min(count, len(collab_ids))):
            rows.append(
                {
                    "contact_id": contact_id,
                    "collaborative_id": collab_id,
                    "role": "member" if rng.random() < 0.9 else "lead",
                    "joined_on": date(2016 + rng.randrange(9), 1 + rng.randrange(12), 1),
                    "active": rng.random() < 0.9,
                    "created_at": now,
                    "updated_at": now,
                }
            )
    return rows


def _sessions(
    rng: random.Random, n: int, base: int, collab_ids: range, now: datetime
) -> list[dict]:
    first = datetime(2016, 1, 4, 14, 0, tzinfo=UTC)
    span_days = 10 * 365
    rows = []
    for i in range(base + 1, base + n + 1):
        start = first + timedelta(days=rng.randrange(span_days), hours=rng.randrange(8))
        collab = None if rng.random() < 0.02 else rng.choice(collab_ids)
        kind = rng.choice(SESSION_KINDS)
        rows.append(
            {
                "id": i,
                "collaborative_id": collab,
                "title": f"{kind.title()} #{i}",
                "kind": kind,
                "start_at": start,
                "end_at": start + timedelta(minutes=rng.choice((60, 90, 120))),
                "timezone": "America/New_York",
                "location": rng.choice(("Zoom", "Teams", "Room 2B", "Auditorium", "")),
                "presenters": "",
                "capacity": rng.choice((None, 50, 100, 300)),
                "notes": "",
                "restricted_role": "",
                "cancelled": rng.random() < 0.03,
                "created_at": now,
                "updated_at": now,
            }
        )
    return rows


def _registrations(
    rng: random.Random, n: int, session_ids: range, contact_ids: range, now: datetime
) -> list[dict]:
    seen: set[tuple[int, int]] = set()
    rows = []
    statuses = ("registered", "attended", "attended", "no-show", "cancelled")
    while len(rows) < n:
        pair = (rng.choice(session_ids), rng.choice(contact_ids))
        if pair in seen:
            continue
        seen.add(pair)
        rows.append(
            {
                "session_id": pair[0],
                "contact_id": pair[1],
                "status": rng.choice(statuses),
                "walk_in": rng.random() < 0.05,
                "registered_at": now,
                "updated_at": now,
            }
        )
    return rows


def generate(path: Path, seed: int = 1, sizes: Sizes = Sizes()) -> Path:
    """Create a migrated database at path filled with seeded random data; returns path."""
    from sqlalchemy import func, insert, select, text

    from collab_desktop.store.models import (
        Collaborative,
        Contact,
        LearningSession,
        Membership,
        Registration,
    )
    from collab_desktop.store.open import open_database

    rng = random.Random(seed)
    now = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)
    # First-run data is kept (a real database has it); generated ids follow its ids.
    db, _ = open_database(path)
    try:
        with db.engine.begin() as conn:

            def top(table) -> int:  # noqa: ANN001
                return conn.execute(select(func.coalesce(func.max(table.id), 0))).scalar_one()

            c0, k0, s0 = top(Contact), top(Collaborative), top(LearningSession)
            contact_ids = range(c0 + 1, c0 + sizes.contacts + 1)
            collab_ids = range(k0 + 1, k0 + sizes.collaboratives + 1)
            session_ids = range(s0 + 1, s0 + sizes.sessions + 1)
            conn.execute(insert(Collaborative), _collaboratives(rng, sizes.collaboratives, k0, now))
            conn.execute(insert(Contact), _contacts(rng, sizes.contacts, c0, now))
            conn.execute(insert(Membership), _memberships(rng, contact_ids, collab_ids, now))
            conn.execute(
                insert(LearningSession), _sessions(rng, sizes.sessions, s0, collab_ids, now)
            )
            conn.execute(
                insert(Registration),
                _registrations(rng, sizes.registrations, session_ids, contact_ids, now),
            )
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute(text("ANALYZE"))
    finally:
        db.dispose()
    return path


def cached_database(seed: int = 1, sizes: Sizes = Sizes()) -> Path:
    """The generated database for this seed and size, made once and then reused."""
    from collab_desktop.store.schema_version import SCHEMA_HEAD

    name = f"bench_v{GENERATOR_VERSION}_{SCHEMA_HEAD}_seed{seed}_{sizes.key()}.sqlite"
    target = cache_dir() / name
    if target.exists():
        return target
    work = Path(tempfile.mkdtemp(prefix="gen-", dir=cache_dir()))
    try:
        generate(work / name, seed, sizes)
        os.replace(work / name, target)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return target


def working_copy(seed: int = 1, sizes: Sizes = Sizes(), folder: Path | None = None) -> Path:
    """A private copy of the cached database, so a benchmark may write to it."""
    source = cached_database(seed, sizes)
    folder = folder or Path(tempfile.mkdtemp(prefix="collab-bench-"))
    dest = folder / "bench.sqlite"
    shutil.copyfile(source, dest)
    return dest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--contacts", type=int, default=Sizes.contacts)
    parser.add_argument("--force", action="store_true", help="make it again even if cached")
    args = parser.parse_args(argv)
    sizes = Sizes(contacts=args.contacts)
    if args.force:
        for old in cache_dir().glob(f"bench_v*_seed{args.seed}_{sizes.key()}.sqlite"):
            old.unlink()
    start = time.perf_counter()
    path = cached_database(args.seed, sizes)
    print(f"{path} ({path.stat().st_size / 1e6:.1f} MB) in {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
