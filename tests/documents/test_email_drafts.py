"""E-mail drafts: the .eml Outlook opens unsent, templates, consent, and mailto: groups."""

from __future__ import annotations

import email
from email import policy
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import icalendar
import pytest

from collab_desktop.cli import parse_args, run_command
from collab_desktop.domain.document_records import EmailDraft, EmailTemplate
from collab_desktop.io.email_draft import mailto_links
from collab_desktop.services.documents.email_drafts import (
    email_template,
    reset_email_template,
    save_email_template,
    session_draft,
    write_session_draft,
)
from collab_desktop.services.errors import ServiceError, ValidationError


def test_reminder_draft_opens_unsent_with_calendar(db, year, tmp_path: Path) -> None:  # noqa: ANN001
    out = tmp_path / "reminder.eml"
    write_session_draft(db, out, year.future_id, "reminder")
    msg = email.message_from_bytes(out.read_bytes(), policy=policy.default)
    assert msg["X-Unsent"] == "1"
    assert msg["Subject"] == "Reminder: LHS learning seminar, Tuesday 12 January 2027"
    # Salma has no e-mail address: she is left out, the others are in Bcc, nobody in To.
    assert msg["Bcc"].split(", ") == [
        "ana@example.org", "f@example.org", "bob@example.org", "mm@example.org"
    ]  # fmt: skip
    body = msg.get_body(("plain",)).get_content()
    assert "When: Tuesday 12 January 2027, 12:00–13:00 (America/New_York)" in body
    (attachment,) = list(msg.iter_attachments())
    assert attachment.get_content_type() == "text/calendar"
    assert attachment.get_filename() == "LHS learning seminar.ics"
    cal = icalendar.Calendar.from_ical(attachment.get_content())
    (event,) = cal.walk("VEVENT")
    assert str(event["SUMMARY"]) == "LHS learning seminar"


def test_thanks_go_to_those_who_attended_and_consent_filters(db, year) -> None:  # noqa: ANN001
    thanks = session_draft(db, year.session_ids[2], "thanks")
    assert thanks.bcc == ["ana@example.org", "f@example.org", "mm@example.org"]
    assert thanks.subject == "Thank you for joining LHS learning seminar"
    consented = session_draft(db, year.session_ids[2], "thanks", consented_only=True)
    assert consented.bcc == ["ana@example.org", "f@example.org"]
    with pytest.raises(ServiceError, match="Nobody with an e-mail address attended"):
        session_draft(db, year.future_id, "thanks")


def test_templates_are_edited_checked_and_reset(db, year) -> None:  # noqa: ANN001
    save_email_template(
        db, EmailTemplate("invitation", "Join us: {title}", "See you at {location} {not a field}")
    )
    draft = session_draft(db, year.future_id, "invitation")
    assert draft.subject == "Join us: LHS learning seminar"
    assert draft.body == "See you at to be announced {not a field}"
    with pytest.raises(ValidationError, match=r"Unknown \{room\}"):
        save_email_template(db, EmailTemplate("invitation", "x", "{room}"))
    assert reset_email_template(db, "invitation") == email_template(db, "invitation")
    assert email_template(db, "invitation").subject == "Invitation: {title}, {date}"


def test_mailto_links_split_long_lists() -> None:
    draft = EmailDraft(
        "Reminder: seminar", "Hello,\nsee you", [f"p{i:03}@example.org" for i in range(300)]
    )
    links = mailto_links(draft)
    assert len(links) > 1 and all(len(link) <= 2000 for link in links)
    got = []
    for link in links:
        query = parse_qs(urlsplit(link).query)
        assert query["subject"] == ["Reminder: seminar"] and query["body"] == ["Hello,\nsee you"]
        got += query["bcc"][0].split(",")
    assert got == draft.bcc
    (short,) = mailto_links(EmailDraft("Hi", "", ["a@example.org", "b@example.org"]))
    assert short == "mailto:?subject=Hi&bcc=a@example.org%2Cb@example.org"


def test_email_draft_command(db_path: Path, year, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    out = tmp_path / "d.eml"
    args = ["--db", str(db_path), "email-draft", str(out), "--session", str(year.future_id),
            "--template", "reminder", "--consented-only"]  # fmt: skip
    assert run_command(parse_args(args)) == 0
    assert "2 recipients in Bcc" in capsys.readouterr().out
    bad = run_command(parse_args(["--db", str(db_path), "email-draft", str(tmp_path / "d.txt"),
                                  "--session", str(year.future_id)]))  # fmt: skip
    assert bad == 1 and "name it .eml" in capsys.readouterr().err
