"""``collab-desktop summary``: the one-page PDF summary from the command line, on both databases."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from document_pdfs import pdf_text, render_png
from PIL import Image
from pypdf import PdfReader

from collab_desktop.cli import parse_args, run_command
from collab_desktop.store.models import (
    Collaborative,
    Contact,
    LearningSession,
    Membership,
    Registration,
)

ESTAR = "LHS E-STaR: LHS Scientists Collaborative"


def seminars(db) -> None:  # noqa: ANN001
    """Two E-STaR seminars in 2026 and one in 2025; three members, one of them inactive."""
    with db.session() as s:
        collab = s.query(Collaborative).filter_by(name=ESTAR).one()
        people = []
        for first, ptype, active in (("Ana", "patient", True), ("Bob", "researcher", True),
                                     ("Chen", "researcher", False)):  # fmt: skip
            person = Contact(first_name=first, last_name="Summary", email=f"{first}@example.org",
                             email_key=f"{first.lower()}@example.org", participant_type=ptype)  # fmt: skip
            s.add(person)
            s.flush()
            s.add(Membership(contact_id=person.id, collaborative_id=collab.id, active=active))
            people.append(person)
        for start in (datetime(2025, 11, 4, 17, tzinfo=UTC), datetime(2026, 2, 10, 17, tzinfo=UTC),
                      datetime(2026, 3, 10, 16, tzinfo=UTC)):  # fmt: skip
            session = LearningSession(collaborative_id=collab.id, title="LHS learning seminar",
                                      start_at=start, end_at=start + timedelta(hours=1),
                                      timezone="America/New_York")  # fmt: skip
            s.add(session)
            s.flush()
            for person, status in zip(people, ("attended", "attended", "absent"), strict=True):
                s.add(Registration(session_id=session.id, contact_id=person.id, status=status))


def run(db_target: str, capsys, *args: str) -> tuple[int, str, str]:  # noqa: ANN001
    code = run_command(parse_args(["--db", db_target, *args]))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_summary_writes_one_page_of_real_text(db, db_target, clock, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    seminars(db)
    out = tmp_path / "summary.pdf"
    code, stdout, err = run(
        db_target, capsys, "summary", str(out), "--collaborative", "LHS E-STaR",
        "--from", "2026-01-01", "--to", "2026-12-31", "--paper", "letter", "--json",
    )  # fmt: skip
    assert code == 0, err
    assert json.loads(stdout) == {
        "file": str(out),
        "paper": "letter",
        "title": ESTAR,
        "subtitle": "Learning collaboratives report, 2026-01-01 to 2026-12-31",
        "active_members": 3,  # Ana and Bob, and the first-run coordinator of E-STaR
        "sessions": 2,
        "registered": 6,
        "attended": 4,
    }
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(box.width), round(box.height)) == (612, 792)
    fonts = [f for f in reader.pages[0]["/Resources"]["/Font"].values()]
    assert fonts and all(
        "/FontFile2" in f.get_object()["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        for f in fonts
    ), "every font is embedded"
    [text] = pdf_text(out)
    text = " ".join(text.split())  # the boxes wrap their labels
    for words in (
        "LHS E-STaR", "Learning collaboratives report, 2026-01-01 to 2026-12-31",
        "Made 2026-12-02", "active members", "attended, 2 absent, 0 excused (attendance rate 67%)",
        "Attendance over time", "Who attends: participant types per session",
        "Members by participant type", "Members and attendances by participant type",
        "Jan 2026", "Nov 2026", "10 Feb 26", "researcher",
    ):  # fmt: skip
        assert words in text, words
    assert "Nov 2025" not in text, "the 2025 seminar is outside the range"
    [png] = render_png(out, tmp_path / "page", dpi=40)
    picture = Image.open(png).convert("L")
    assert picture.size == (340, 440)
    dark = sum(picture.histogram()[:128])
    assert dark > 2_000, "the page has text and charts on it"


def test_summary_refuses_bad_input_in_one_line(db, db_target, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    code, stdout, err = run(db_target, capsys, "summary", str(tmp_path / "summary.txt"))
    assert (
        code == 1
        and stdout == ""
        and err == f"error: the summary file must end in .pdf: {tmp_path / 'summary.txt'}\n"
    )
    out = tmp_path / "summary.pdf"
    code, _, err = run(db_target, capsys, "summary", str(out), "--collaborative", "Nobody's")
    assert code == 1 and err.startswith("error: ") and err.count("\n") == 1
    code, _, err = run(db_target, capsys, "summary", str(out), "--from", "2026-05-01",
                       "--to", "2026-04-01")  # fmt: skip
    assert code == 1 and err.startswith("error: ") and err.count("\n") == 1
    assert not out.exists() and not list(tmp_path.glob("*.part"))
