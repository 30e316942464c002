"""Per collaborative: the provider, signatory and credits its certificates print."""

from __future__ import annotations

import base64
import binascii
from dataclasses import replace

from sqlalchemy import select

from collab_desktop.domain.document_records import CertificateSettingsRecord
from collab_desktop.domain.translation import translate
from collab_desktop.services.errors import NotFoundError, ValidationError
from collab_desktop.store.database import Database
from collab_desktop.store.models import CertificateSettings, Collaborative

MAX_SIGNATURE_BYTES = 2_000_000


def _record(row: CertificateSettings) -> CertificateSettingsRecord:
    return CertificateSettingsRecord(
        collaborative_id=row.collaborative_id,
        provider=row.provider,
        signatory_name=row.signatory_name,
        signatory_title=row.signatory_title,
        signature_image=row.signature_image,
        credit_rate=row.credit_rate,
        credit_type=row.credit_type,
    )


def certificate_settings(db: Database, collaborative_id: int) -> CertificateSettingsRecord:
    """The collaborative's settings; empty ones when none were saved."""
    with db.session() as s:
        if s.get(Collaborative, collaborative_id) is None:
            raise NotFoundError(
                translate(
                    "CertificateSettings", "No collaborative with id {collaborative_id}."
                ).format(collaborative_id=collaborative_id)
            )
        row = s.scalar(
            select(CertificateSettings).where(
                CertificateSettings.collaborative_id == collaborative_id
            )
        )
        return _record(row) if row else CertificateSettingsRecord(collaborative_id)


def signature_from_file(data: bytes) -> str:
    """A signature picture's bytes as stored (base64), after checking it is a PNG or JPEG."""
    if len(data) > MAX_SIGNATURE_BYTES:
        raise ValidationError(
            {
                "signature_image": translate(
                    "CertificateSettings", "The signature picture is over 2 MB."
                )
            }
        )
    if not (data.startswith(b"\x89PNG\r\n\x1a\n") or data.startswith(b"\xff\xd8\xff")):
        raise ValidationError(
            {
                "signature_image": translate(
                    "CertificateSettings", "The signature picture must be a PNG or JPEG."
                )
            }
        )
    return base64.b64encode(data).decode("ascii")


def validate_settings(rec: CertificateSettingsRecord) -> dict[str, str]:
    errors: dict[str, str] = {}
    if rec.credit_rate is not None and not (0 <= rec.credit_rate <= 100):
        errors["credit_rate"] = translate(
            "CertificateSettings", "Credits per hour must be between 0 and 100."
        )
    if rec.credit_rate is not None and not rec.credit_type.strip():
        errors["credit_type"] = translate(
            "CertificateSettings", "Name the credits (for example 'CE contact hours')."
        )
    if rec.signature_image:
        try:
            base64.b64decode(rec.signature_image, validate=True)
        except (binascii.Error, ValueError):
            errors["signature_image"] = translate(
                "CertificateSettings", "The stored signature picture is damaged."
            )
    for name, limit in (("provider", 300), ("signatory_name", 200), ("signatory_title", 200)):
        if len(getattr(rec, name)) > limit:
            errors[name] = translate("CertificateSettings", "At most {limit} characters.").format(
                limit=limit
            )
    return errors


def save_certificate_settings(
    db: Database, rec: CertificateSettingsRecord
) -> CertificateSettingsRecord:
    """Create or replace the collaborative's settings."""
    rec = replace(
        rec,
        provider=rec.provider.strip(),
        signatory_name=rec.signatory_name.strip(),
        signatory_title=rec.signatory_title.strip(),
        credit_type=rec.credit_type.strip(),
    )
    errors = validate_settings(rec)
    if errors:
        raise ValidationError(errors)
    with db.session() as s:
        if s.get(Collaborative, rec.collaborative_id) is None:
            raise NotFoundError(
                translate(
                    "CertificateSettings", "No collaborative with id {collaborative_id}."
                ).format(collaborative_id=rec.collaborative_id)
            )
        row = s.scalar(
            select(CertificateSettings).where(
                CertificateSettings.collaborative_id == rec.collaborative_id
            )
        )
        if row is None:
            row = CertificateSettings(collaborative_id=rec.collaborative_id)
            s.add(row)
        for name in (
            "provider",
            "signatory_name",
            "signatory_title",
            "signature_image",
            "credit_rate",
            "credit_type",
        ):
            setattr(row, name, getattr(rec, name))
        s.flush()
        return _record(row)
