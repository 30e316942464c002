"""What the documents coordinators hand out hold: plain values the PDF and e-mail writers take."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date

from collab_desktop.domain.locale_format import date_range, decimal_number, long_date


@dataclass(slots=True)
class CertificateSettingsRecord:
    """A collaborative's certificate settings; empty strings and None mean "not printed"."""

    collaborative_id: int
    provider: str = ""
    signatory_name: str = ""
    signatory_title: str = ""
    signature_image: str = ""  # base64 PNG or JPEG
    credit_rate: float | None = None  # credits per hour
    credit_type: str = ""


@dataclass(slots=True)
class Certificate:
    """Everything one certificate prints. Stored as JSON when issued, to issue it again."""

    code: str
    person_name: str
    email: str | None
    activity: str
    collaborative: str
    first_date: date
    last_date: date
    sessions_attended: int
    sessions_total: int
    hours: float
    issued_on: date
    credits: float | None = None
    credit_type: str = ""
    provider: str = ""
    signatory_name: str = ""
    signatory_title: str = ""
    signature_image: str = ""

    def to_json(self) -> dict:
        data = asdict(self)
        for key in ("first_date", "last_date", "issued_on"):
            data[key] = data[key].isoformat()
        return data

    @classmethod
    def from_json(cls, data: dict) -> Certificate:
        values = dict(data)
        for key in ("first_date", "last_date", "issued_on"):
            values[key] = date.fromisoformat(values[key])
        return cls(**values)


@dataclass(slots=True)
class IssuedFile:
    """One certificate written by a batch: who, where, hours and the verification code."""

    email: str | None
    name: str
    file: str
    hours: float
    code: str


@dataclass(slots=True)
class CertificateBatch:
    files: list[IssuedFile]
    combined: str
    batch: str


@dataclass(slots=True)
class TranscriptLine:
    day: date
    title: str
    collaborative: str
    kind: str
    hours: float
    credits: float | None = None
    credit_type: str = ""


@dataclass(slots=True)
class Transcript:
    person_name: str
    email: str
    organization: str
    issued_on: date
    first: date | None
    last: date | None
    lines: list[TranscriptLine] = field(default_factory=list)

    @property
    def hours(self) -> float:
        return round(sum(line.hours for line in self.lines), 2)

    def credits_by_type(self) -> dict[str, float]:
        totals: dict[str, float] = {}
        for line in self.lines:
            if line.credits is not None:
                key = line.credit_type or "credits"
                totals[key] = round(totals.get(key, 0.0) + line.credits, 2)
        return totals


@dataclass(slots=True)
class Badge:
    name: str
    organization: str = ""
    collaborative: str = ""
    participant_type: str = ""
    colour: str = ""  # #RRGGBB for the bar, "" for none


@dataclass(slots=True)
class EmailTemplate:
    kind: str
    subject: str
    body: str


@dataclass(slots=True)
class EmailDraft:
    subject: str
    body: str
    bcc: list[str]
    attachment_name: str = ""
    attachment: bytes = b""
    sender: str = ""


def format_hours(hours: float) -> str:
    """Hours as people write them in the chosen language: 1, 1.5, 2.25 (1,5 in Spanish)."""
    return decimal_number(hours, 2)


def format_day(day: date) -> str:
    """A day as certificates and transcripts write it: 3 March 2026 / 3 de marzo de 2026."""
    return long_date(day)


def date_range_text(first: date, last: date) -> str:
    """One day, or a range written once where the parts agree: 3-24 March 2026."""
    return date_range(first, last)
