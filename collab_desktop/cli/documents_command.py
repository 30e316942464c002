"""Documents to hand out: ``certificates``, ``certificate-settings``, ``reissue-certificate``,
``transcript``, ``badges`` and ``email-draft``."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from collab_desktop.cli.arguments import iso_date, positive_int
from collab_desktop.cli.output import print_json
from collab_desktop.domain.translation import translate

if TYPE_CHECKING:
    from collab_desktop.store.database import Database


def register(sub: argparse._SubParsersAction) -> None:
    c = sub.add_parser(
        "certificates",
        help=translate(
            "DocumentsCommand",
            "write certificates of attendance (one PDF per person and one to print)",
        ),
    )
    c.add_argument(
        "out_dir",
        metavar="OUTDIR",
        help=translate("DocumentsCommand", "folder for the PDFs (made if missing)"),
    )
    scope = c.add_mutually_exclusive_group(required=True)
    scope.add_argument("--session", type=int, metavar="ID")
    scope.add_argument(
        "--series",
        metavar="ID",
        help=translate("DocumentsCommand", "a series id (see list sessions --json)"),
    )
    scope.add_argument("--collaborative", metavar="NAME")
    c.add_argument("--from", dest="date_from", type=iso_date, metavar="DATE",
                   help=translate("DocumentsCommand", "first day (with --collaborative)"))  # fmt: skip
    c.add_argument("--to", dest="date_to", type=iso_date, metavar="DATE",
                   help=translate("DocumentsCommand", "last day (with --collaborative)"))  # fmt: skip
    c.add_argument("--min-attended", type=positive_int, metavar="N",
                   help=translate("DocumentsCommand", "sessions a person must have attended (default: all held)"))  # fmt: skip
    c.add_argument(
        "--json",
        action="store_true",
        help=translate("DocumentsCommand", "print who got which file as JSON"),
    )
    c.set_defaults(handler=run_certificates)

    s = sub.add_parser(
        "certificate-settings",
        help=translate(
            "DocumentsCommand",
            "show or set what a collaborative's certificates print (provider, signatory, credits)",
        ),
    )
    s.add_argument("--collaborative", required=True, metavar="NAME")
    s.add_argument("--provider", metavar="TEXT")
    s.add_argument("--signatory", metavar="NAME")
    s.add_argument("--signatory-title", metavar="TEXT")
    s.add_argument(
        "--signature",
        metavar="IMAGE",
        help=translate("DocumentsCommand", "a PNG or JPEG of the signature"),
    )
    s.add_argument(
        "--no-signature",
        action="store_true",
        help=translate("DocumentsCommand", "remove the signature picture"),
    )
    s.add_argument(
        "--credit-rate",
        type=float,
        metavar="N",
        help=translate("DocumentsCommand", "credits per hour attended"),
    )
    s.add_argument(
        "--no-credits", action="store_true", help=translate("DocumentsCommand", "print no credits")
    )
    s.add_argument(
        "--credit-type",
        metavar="TEXT",
        help=translate("DocumentsCommand", "e.g. 'CE contact hours'"),
    )
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=run_settings)

    r = sub.add_parser(
        "reissue-certificate",
        help=translate("DocumentsCommand", "write an issued certificate again, exactly as it was"),
    )
    r.add_argument(
        "code",
        metavar="CODE",
        help=translate("DocumentsCommand", "the verification code on the certificate"),
    )
    r.add_argument("out_dir", metavar="OUTDIR")
    r.set_defaults(handler=run_reissue)
    register_transcript(sub)
    register_badges(sub)
    register_email(sub)


def run_certificates(args: argparse.Namespace, db: Database) -> int:
    from collab_desktop.cli import CliError
    from collab_desktop.services.directory.collaboratives import collaborative_by_name
    from collab_desktop.services.documents.certificates import (
        CertificateScope,
        issue_certificates,
    )

    if (args.date_from or args.date_to) and not args.collaborative:
        raise CliError(translate("DocumentsCommand", "--from and --to go with --collaborative."))
    scope = CertificateScope(
        session_id=args.session,
        series_id=args.series,
        collaborative_id=collaborative_by_name(db, args.collaborative).id
        if args.collaborative
        else None,
        start=args.date_from,
        end=args.date_to,
    )
    batch = issue_certificates(db, scope, Path(args.out_dir), args.min_attended)
    if args.json:
        print_json([asdict(f) for f in batch.files])
        return 0
    for f in batch.files:
        print(f"{f.code}  {f.name}  {f.file}")
    count = len(batch.files)
    if count == 1:
        done = translate("DocumentsCommand", "Wrote 1 certificate; all of them in {combined}")
    else:
        done = translate(
            "DocumentsCommand", "Wrote %n certificates; all of them in {combined}", None, count
        )
    print(done.format(combined=batch.combined))
    return 0


def run_settings(args: argparse.Namespace, db: Database) -> int:
    from collab_desktop.cli import CliError
    from collab_desktop.services.directory.collaboratives import collaborative_by_name
    from collab_desktop.services.documents.certificate_settings import (
        certificate_settings,
        save_certificate_settings,
        signature_from_file,
    )

    collab = collaborative_by_name(db, args.collaborative)
    rec = certificate_settings(db, collab.id)
    changes = {
        "provider": args.provider,
        "signatory_name": args.signatory,
        "signatory_title": args.signatory_title,
        "credit_type": args.credit_type,
        "credit_rate": args.credit_rate,
    }
    if args.no_credits and args.credit_rate is not None:
        raise CliError(
            translate("DocumentsCommand", "--no-credits and --credit-rate contradict each other.")
        )
    changed = False
    for name, value in changes.items():
        if value is not None:
            setattr(rec, name, value)
            changed = True
    if args.no_credits:
        rec.credit_rate, rec.credit_type, changed = None, "", True
    if args.signature:
        rec.signature_image = signature_from_file(Path(args.signature).read_bytes())
        changed = True
    elif args.no_signature:
        rec.signature_image, changed = "", True
    if changed:
        rec = save_certificate_settings(db, rec)
    shown = asdict(rec) | {
        "collaborative": collab.name,
        "signature_image": bool(rec.signature_image),
    }
    if args.json:
        print_json(shown)
    else:
        for key, value in shown.items():
            print(f"{key}: {'' if value is None else value}")
    return 0


def run_reissue(args: argparse.Namespace, db: Database) -> int:
    from collab_desktop.services.documents.certificates import reissue_certificate

    print(
        translate("DocumentsCommand", "Wrote {file}").format(
            file=reissue_certificate(db, args.code, Path(args.out_dir))
        )
    )
    return 0


def register_transcript(sub: argparse._SubParsersAction) -> None:
    t = sub.add_parser(
        "transcript",
        help=translate(
            "DocumentsCommand",
            "write one person's attended sessions, hours and credits (.xlsx/.pdf)",
        ),
    )
    t.add_argument("out", metavar="OUT.xlsx|OUT.pdf")
    t.add_argument("--email", required=True, metavar="EMAIL")
    t.add_argument(
        "--from",
        dest="date_from",
        type=iso_date,
        metavar="DATE",
        help=translate("DocumentsCommand", "first day"),
    )
    t.add_argument(
        "--to",
        dest="date_to",
        type=iso_date,
        metavar="DATE",
        help=translate("DocumentsCommand", "last day"),
    )
    t.set_defaults(handler=run_transcript)


def run_transcript(args: argparse.Namespace, db: Database) -> int:
    from collab_desktop.domain.document_records import format_hours
    from collab_desktop.services.documents.transcripts import export_transcript

    t = export_transcript(
        db, Path(args.out), email=args.email, start=args.date_from, end=args.date_to
    )
    sessions = len(t.lines)
    if sessions == 1:
        done = translate("DocumentsCommand", "Wrote {out}: 1 session, {hours} hours")
    else:
        done = translate(
            "DocumentsCommand", "Wrote {out}: %n sessions, {hours} hours", None, sessions
        )
    print(done.format(out=args.out, hours=format_hours(t.hours)))
    return 0


def register_badges(sub: argparse._SubParsersAction) -> None:
    b = sub.add_parser(
        "badges",
        help=translate("DocumentsCommand", "write name badges for a session's registrants (PDF)"),
    )
    b.add_argument("out", metavar="OUT.pdf")
    b.add_argument("--session", required=True, type=int, metavar="ID")
    b.add_argument("--layout", choices=("letter-6", "a4-8"), default="letter-6",
                   help=translate("DocumentsCommand", "4 x 3 in, 6 to a Letter page (default), or 8 to an A4 page"))  # fmt: skip
    b.add_argument("--no-colour-bar", action="store_true",
                   help=translate("DocumentsCommand", "leave out the bar coloured by participant type"))  # fmt: skip
    b.set_defaults(handler=run_badges)


def run_badges(args: argparse.Namespace, db: Database) -> int:
    from collab_desktop.services.documents.badges import export_badges

    count = export_badges(
        db, Path(args.out), args.session, args.layout, colour_bar=not args.no_colour_bar
    )
    if count == 1:
        done = translate("DocumentsCommand", "Wrote 1 badge to {out}")
    else:
        done = translate("DocumentsCommand", "Wrote %n badges to {out}", None, count)
    print(done.format(out=args.out))
    return 0


def register_email(sub: argparse._SubParsersAction) -> None:
    from collab_desktop.domain.email_templates import EMAIL_KINDS

    e = sub.add_parser(
        "email-draft",
        help=translate(
            "DocumentsCommand",
            "write an e-mail draft (.eml) to a session's registrants, calendar file attached",
        ),
    )
    e.add_argument("out", metavar="OUT.eml")
    e.add_argument("--session", required=True, type=int, metavar="ID")
    e.add_argument("--template", choices=EMAIL_KINDS, default="invitation")
    e.add_argument("--consented-only", action="store_true",
                   help=translate("DocumentsCommand", "leave out people without recorded consent"))  # fmt: skip
    e.set_defaults(handler=run_email_draft)

    t = sub.add_parser(
        "email-template", help=translate("DocumentsCommand", "show or edit an e-mail template")
    )
    t.add_argument("kind", choices=EMAIL_KINDS)
    t.add_argument("--subject", metavar="TEXT")
    t.add_argument(
        "--body-file",
        metavar="FILE",
        help=translate("DocumentsCommand", "a UTF-8 text file with the new text"),
    )
    t.add_argument(
        "--reset",
        action="store_true",
        help=translate("DocumentsCommand", "go back to the default template"),
    )
    t.add_argument("--json", action="store_true")
    t.set_defaults(handler=run_email_template)


def run_email_draft(args: argparse.Namespace, db: Database) -> int:
    from collab_desktop.cli import CliError
    from collab_desktop.services.documents.email_drafts import write_session_draft

    out = Path(args.out)
    if out.suffix.lower() != ".eml":
        raise CliError(
            translate(
                "DocumentsCommand", "{name}: the draft is an e-mail file; name it .eml."
            ).format(name=out.name)
        )
    draft = write_session_draft(db, out, args.session, args.template, args.consented_only)
    count = len(draft.bcc)
    if count == 1:
        done = translate("DocumentsCommand", "Wrote {out}: 1 recipient in Bcc")
    else:
        done = translate("DocumentsCommand", "Wrote {out}: %n recipients in Bcc", None, count)
    print(done.format(out=out))
    return 0


def run_email_template(args: argparse.Namespace, db: Database) -> int:
    from collab_desktop.domain.document_records import EmailTemplate
    from collab_desktop.services.documents.email_drafts import (
        email_template,
        reset_email_template,
        save_email_template,
    )

    if args.reset:
        template = reset_email_template(db, args.kind)
    else:
        template = email_template(db, args.kind)
        if args.subject is not None or args.body_file:
            body = (
                Path(args.body_file).read_text(encoding="utf-8")
                if args.body_file
                else template.body
            )
            template = save_email_template(
                db, EmailTemplate(args.kind, args.subject or template.subject, body)
            )
    if args.json:
        print_json(asdict(template))
    else:
        print(
            translate("DocumentsCommand", "Subject: {subject}\n\n{body}").format(
                subject=template.subject, body=template.body
            )
        )
    return 0
