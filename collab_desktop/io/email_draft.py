"""E-mail drafts: an .eml that Outlook and Thunderbird open as an unsent message, and
mailto: links for the default mail app, split into groups when the list is long."""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from urllib.parse import quote

from collab_desktop.domain.document_records import EmailDraft

# Windows hands at most about 2,048 characters of a mailto: link to the mail app; Outlook
# takes 2,083. Links stay under this.
MAILTO_LIMIT = 2000


def draft_bytes(draft: EmailDraft, when: datetime) -> bytes:
    """The .eml bytes: X-Unsent: 1 makes Outlook open it as a new message ready to send."""
    msg = EmailMessage(policy=SMTP)
    msg["X-Unsent"] = "1"
    if draft.sender:
        msg["From"] = draft.sender
    if draft.bcc:
        msg["Bcc"] = ", ".join(draft.bcc)
    msg["Subject"] = draft.subject
    msg["Date"] = format_datetime(when)
    msg.set_content(draft.body)
    if draft.attachment:
        msg.add_attachment(
            draft.attachment,
            maintype="text",
            subtype="calendar",
            filename=draft.attachment_name or "session.ics",
        )
    return msg.as_bytes()


def mailto_links(draft: EmailDraft, limit: int = MAILTO_LIMIT) -> list[str]:
    """mailto: links with the recipients in Bcc, as few as fit under ``limit`` characters each.

    The text goes in every link; when the text alone is too long it is cut (the .eml draft
    keeps it whole). An empty list of recipients gives one link with nobody in Bcc.
    """
    subject = quote(draft.subject, safe="")
    body = quote(draft.body, safe="")
    base = f"mailto:?subject={subject}"
    room_for_body = limit - len(base) - len("&body=") - 400  # keep room for some addresses
    if len(body) > room_for_body:
        body = quote(draft.body[: max(0, room_for_body // 3)], safe="") + quote("\n…", safe="")
    tail = f"&body={body}" if draft.body else ""
    groups: list[list[str]] = []
    current: list[str] = []
    length = len(base) + len("&bcc=") + len(tail)
    for address in draft.bcc:
        piece = quote(address, safe="@+")
        extra = len(piece) + (3 if current else 0)  # "%2C" between addresses
        if current and length + extra > limit:
            groups.append(current)
            current, length = [], len(base) + len("&bcc=") + len(tail)
            extra = len(piece)
        current.append(piece)
        length += extra
    if current or not groups:
        groups.append(current)
    return [base + (f"&bcc={'%2C'.join(group)}" if group else "") + tail for group in groups]
