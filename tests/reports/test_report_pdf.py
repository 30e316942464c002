"""The one-page PDF summary: made in the core, written from the Reports tab and the File menu."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from document_pdfs import pdf_text, render_png
from PySide6.QtGui import QAction
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QFileDialog

from collab_desktop.domain.paper import paper_for_locale
from collab_desktop.domain.report_records import ReportFilter
from collab_desktop.io.summary_pdf import headline_figures, type_rows
from collab_desktop.services.reports.reports import build_report
from collab_desktop.services.reports.summary import write_summary

YEAR_2026 = {"date_from": date(2026, 1, 1), "date_to": date(2026, 12, 31)}


def pdf_facts(path: Path) -> tuple[int, str]:
    """Pages and text of a PDF, read by Qt's PDF reader; the raw file must agree on pages."""
    raw = path.read_bytes()
    assert raw.startswith(b"%PDF-"), "not a PDF file"
    page_objects = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", raw))
    document = QPdfDocument(None)
    assert document.load(str(path)) == QPdfDocument.Error.None_
    assert document.pageCount() == page_objects
    text = "\n".join(document.getAllText(i).text() for i in range(document.pageCount()))
    document.close()
    return page_objects, text


def pdftotext(path: Path) -> str | None:
    """The text poppler's pdftotext finds, when that tool is installed."""
    tool = shutil.which("pdftotext")
    if tool is None:
        return None
    done = subprocess.run([tool, str(path), "-"], capture_output=True, text=True, check=True)
    return done.stdout


def test_pdf_button_writes_one_page_with_title_and_figures(
    qtbot,
    tab,
    data,
    tmp_path,
    monkeypatch,  # noqa: ANN001
) -> None:
    flt = ReportFilter(collaborative_id=data.collab["A"], **YEAR_2026)
    with qtbot.waitSignal(tab.report_shown, timeout=10000):
        tab.set_filter(flt)
    target = tmp_path / "alpha-summary"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    tab.pdf_button.click()
    written = tmp_path / "alpha-summary.pdf"
    qtbot.waitUntil(lambda: "PDF summary written" in tab.summary.text(), timeout=10000)
    pages, text = pdf_facts(written)
    assert pages == 1
    assert "Alpha" in text
    assert "Learning collaboratives report, 2026-01-01 to 2026-12-31" in text
    assert "Attendance over time" in text and "Members by participant type" in text
    poppler = pdftotext(written)
    if poppler is not None:
        assert "Alpha" in poppler and "2026-01-01 to 2026-12-31" in poppler


def test_headline_figures_and_type_table_from_the_report(rdb, data) -> None:  # noqa: ANN001
    report = build_report(rdb, ReportFilter(), min_attended=3)
    assert headline_figures(report) == [
        ("4", "active members"),
        ("7", "sessions (cancelled ones left out)"),
        ("12", "attended, 3 absent, 0 excused (attendance rate 80%)"),
        ("75%", "of attendees are patient and family partners"),
        ("1", "person active in more than one collaborative"),
        ("1", "person attended at least 3 sessions of a series"),
    ]
    assert type_rows(report) == [
        ("patient", 1, 6, "50%"),
        ("family member", 1, 3, "25%"),
        ("frontline team member", 1, 2, "17%"),
        ("researcher", 1, 1, "8%"),
        ("(not set)", 0, 0, "0%"),
    ]


def test_empty_collaborative_still_gives_one_page(rdb, data, tmp_path, clock) -> None:  # noqa: ANN001
    report = build_report(rdb, ReportFilter(collaborative_id=data.collab["E"], **YEAR_2026))
    out = tmp_path / "empty.pdf"
    written = write_summary(report, out, "a4")
    assert written.file == str(out) and written.paper == "a4"
    [text] = pdf_text(out)
    assert "Empty" in text and "No members in scope." in text
    assert "Made 2026-12-02" in text


def test_summary_has_every_part_of_the_page_as_text_and_pixels(rdb, tmp_path, clock) -> None:  # noqa: ANN001
    report = build_report(rdb, ReportFilter(), min_attended=3)
    out = tmp_path / "all.pdf"
    write_summary(report, out, "a4")
    text = " ".join(pdf_text(out)[0].split())
    for value, label in headline_figures(report):
        assert f"{value} {label}" in text
    for name, active, came, share in type_rows(report):
        assert f"{name} {active} {came} {share}" in text
    for words in ("Attendance over time", "Registered Attended", "People", "Attendees",
                  "20 Jan 26", "15 Oct 26", "patient family member frontline team member",
                  "Annual gathering 2026: 3 people from 2 collaboratives"):  # fmt: skip
        assert words in text, words
    [png] = render_png(out, tmp_path / "page", dpi=50)
    assert png.stat().st_size > 20_000


def test_page_size_follows_the_locale(rdb, tmp_path) -> None:  # noqa: ANN001
    assert paper_for_locale("en_US") == paper_for_locale("fr_CA.UTF-8") == "letter"
    assert paper_for_locale("English_United States.1252") == "letter"
    assert paper_for_locale("en_GB") == paper_for_locale("fr_FR") == "a4"
    assert paper_for_locale("C") == paper_for_locale(None) == "a4"
    report = build_report(rdb, ReportFilter())
    out = tmp_path / "letter.pdf"
    write_summary(report, out, "letter")
    document = QPdfDocument(None)
    document.load(str(out))
    size = document.pagePointSize(0)
    assert (round(size.width()), round(size.height())) == (612, 792)


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_file_menu_exports_the_summary_with_its_own_shortcut(
    qtbot,
    rdb,
    data,
    tmp_path,
    monkeypatch,  # noqa: ANN001
) -> None:
    from collab_desktop.ui.features.report_actions import (
        EXPORT_PDF_SHORTCUT,
        EXPORT_REPORT_SHORTCUT,
    )
    from collab_desktop.ui.main_window import MainWindow

    window = MainWindow(rdb)
    qtbot.addWidget(window)
    actions = window.report_actions
    assert actions.pdf_action in window.file_menu.actions()
    assert actions.export_action in window.file_menu.actions()
    shortcuts = [
        a.shortcut().toString() for a in window.findChildren(QAction) if not a.shortcut().isEmpty()
    ]
    assert shortcuts.count(EXPORT_PDF_SHORTCUT) == 1
    assert shortcuts.count(EXPORT_REPORT_SHORTCUT) == 1
    assert len(shortcuts) == len(set(shortcuts)), "no two actions share a shortcut"

    target = tmp_path / "from-menu.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    actions.pdf_action.trigger()
    assert window.tabs.currentWidget() is window.reports_page
    qtbot.waitUntil(target.exists, timeout=10000)
    assert pdf_facts(target)[0] == 1
    window.ctx.tasks.wait()


def test_export_asked_while_computing_waits_for_the_new_report(
    qtbot,
    tab,
    data,
    tmp_path,
    monkeypatch,  # noqa: ANN001
) -> None:
    with qtbot.waitSignal(tab.report_shown, timeout=10000):
        tab.set_filter(ReportFilter())
    target = tmp_path / "beta.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    tab.set_filter(ReportFilter(collaborative_id=data.collab["B"]))
    assert tab._running, "the new report is still being computed"
    tab.pdf_button.click()
    assert not target.exists()
    qtbot.waitUntil(target.exists, timeout=10000)
    text = pdf_facts(target)[1]
    assert "Beta" in text and "All collaboratives" not in text
