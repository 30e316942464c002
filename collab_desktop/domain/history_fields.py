"""What a History line's field is called on screen: the label the record's form gives it.

Fields are stored by column name ("first_name"), plus the events "created", "deleted" and
"restored" and the links "membership: ...", "member: ..." and "registration: ..."; this turns them into the
words people read in the forms.
"""

from __future__ import annotations

from collab_desktop.domain.translation import translate


def _contact_labels() -> dict[str, str]:
    return {
        "first_name": translate("ContactsTab", "First name"),
        "last_name": translate("ContactsTab", "Last name"),
        "email": translate("ContactsTab", "Email"),
        "phone": translate("ContactsTab", "Phone"),
        "organization": translate("ContactsTab", "Organization"),
        "department": translate("ContactsTab", "Department"),
        "job_title": translate("ContactsTab", "Job title"),
        "participant_type": translate("ContactsTab", "Participant type"),
        "consent": translate("ContactsTab", "Consent"),
        "notes": translate("ContactsTab", "Notes"),
    }


def _collaborative_labels() -> dict[str, str]:
    return {
        "name": translate("CollaborativesTab", "Name"),
        "short_name": translate("CollaborativesTab", "Short name"),
        "kind": translate("CollaborativesTab", "Kind"),
        "focus": translate("CollaborativesTab", "Focus"),
        "status": translate("CollaborativesTab", "Status"),
        "start_date": translate("CollaborativesTab", "Start date"),
        "sponsor": translate("CollaborativesTab", "Sponsor or partner"),
        "description": translate("CollaborativesTab", "Description"),
        "colour": translate("CollaborativesTab", "Calendar colour"),
    }


def _session_labels() -> dict[str, str]:
    return {
        "collaborative_id": translate("SessionDialog", "Collaborative"),
        "title": translate("SessionDialog", "Title"),
        "kind": translate("SessionDialog", "Kind"),
        "start_at": translate("SessionDialog", "Starts"),
        "end_at": translate("SessionDialog", "Ends"),
        "timezone": translate("SessionDialog", "Time zone"),
        "location": translate("SessionDialog", "Location"),
        "presenters": translate("SessionDialog", "Presenter(s)"),
        "capacity": translate("SessionDialog", "Capacity"),
        "notes": translate("SessionDialog", "Notes"),
        "restricted_role": translate("SessionDialog", "Only for role"),
        "cancelled": translate("SessionDialog", "Cancelled"),
        "series_id": translate("SessionDialog", "Repeating series"),
        "recurrence_id": translate("SessionDialog", "Original start in its series"),
        "followup_of_id": translate("SessionDialog", "Follow-up of"),
    }


_LABELS = {
    "contact": _contact_labels,
    "collaborative": _collaborative_labels,
    "session": _session_labels,
}


def field_label(kind: str, field: str) -> str:
    """The on-screen name of a History field of a record of kind (contact, collaborative, ...)."""
    if field == "created":
        return translate("RecordHistory", "Created")
    if field == "deleted":
        return translate("RecordHistory", "Deleted")
    if field == "restored":
        return translate("RecordHistory", "Put back from the trash")
    if field.startswith("membership: "):
        return translate("RecordHistory", "Membership: {name}").format(
            name=field[len("membership: ") :]
        )
    if field.startswith("member: "):
        return translate("RecordHistory", "Member: {name}").format(name=field[len("member: ") :])
    if field.startswith("registration: "):
        return translate("RecordHistory", "Registration: {name}").format(
            name=field[len("registration: ") :]
        )
    labels = _LABELS.get(kind)
    found = labels().get(field) if labels is not None else None
    return found or field.replace("_", " ").capitalize()
