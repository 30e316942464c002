"""The session editor's unsaved work, kept while the team database is away (with the repeat
pattern and follow-up plan typed there), and reopened in the session editor by Restore.

The kept values come back as unsaved edits: the user checks them and saves, so the editor's
validation, edit-scope question and stale-version merge run as for any save.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING

from collab_desktop.domain import recurrence as rr
from collab_desktop.domain.record_merge import EDITABLE_FIELDS
from collab_desktop.domain.records import SessionRecord
from collab_desktop.domain.series_records import FollowupPlan
from collab_desktop.domain.translation import translate
from collab_desktop.services.safety.kept_work import (
    EDITOR,
    FOLLOWUP_PLAN,
    RECURRENCE,
    KeptForm,
    changed_fields,
    edit_base,
    typed_over,
)
from collab_desktop.services.sessions.sessions import get_session
from collab_desktop.ui.operations import fetch_or_none
from collab_desktop.ui.widgets.choices import set_combo_value

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from collab_desktop.ui.context import AppContext
    from collab_desktop.ui.dialogs.session_dialog import SessionDialog

log = logging.getLogger(__name__)


def editor_snapshot(dialog: SessionDialog) -> KeptForm | None:
    """An open session editor's work as typed (the session, and the repeat pattern and
    follow-up plan when set there), or None when nothing in it was changed."""
    try:
        record = dialog.read_form()
    except Exception:  # noqa: BLE001 - a field the editor cannot read yet: nothing to keep
        log.warning("session editor not kept", exc_info=True)
        return None
    # A new session is compared with the editor as it opened: its defaults are not edits.
    before = dialog._session if record.id is not None else dialog._loaded_form
    changed = changed_fields(before, record)
    rule = typed_rule(dialog)
    if rule is not None:
        changed.append(RECURRENCE)
    plan = dialog._plan()
    if plan is not None:
        changed.append(FOLLOWUP_PLAN)
    if not changed:
        return None
    # (the window title may say it waits for the server: not a name for the session)
    if record.id is None:
        label = record.title or translate("SessionDialog", "New session")
    else:
        label = record.title or translate("SessionDialog", "Session")
    kept = KeptForm("session", record, label, changed, EDITOR, rule, plan)
    if record.id is not None:
        kept.before = typed_over(dialog._session, changed)
    return kept


def typed_rule(dialog: SessionDialog) -> str | None:
    """The repeat pattern the user set in the editor: any for a new session, a changed one for
    a series; None otherwise (or when the pattern as set cannot be written as a rule)."""
    try:
        rule = dialog.recurrence.rule()
    except (rr.RecurrenceError, ValueError):
        return None
    if rule is None:
        return None
    if dialog._session.id is None:
        return rule
    loaded = dialog._loaded_rule
    return rule if loaded is not None and rule != loaded else None


def restore_edits(
    dialog: SessionDialog,
    typed: SessionRecord,
    rule: str | None = None,
    plan: FollowupPlan | None = None,
    base: SessionRecord | None = None,
) -> None:
    """Show edits typed earlier (kept while the server was away) as unsaved edits of the
    loaded session: its fields, repeat pattern and follow-up plan. base is the session the
    edits started from; its version goes with the save, so a session changed meanwhile
    opens the merge dialog."""
    if base is not None:
        dialog._session = base
    dialog.fields.load(replace(typed, id=dialog._session.id))
    set_combo_value(dialog.restricted, typed.restricted_role)
    if typed.start is not None:
        dialog.recurrence.set_start(typed.start)
    if rule and dialog.recurrence.isEnabled():
        try:
            dialog.recurrence.set_rule(rule)
        except (rr.RecurrenceError, ValueError):
            log.warning("kept repeat pattern not shown: %s", rule, exc_info=True)
    if plan is not None and dialog._session.id is None:
        dialog.followup.setChecked(True)
        dialog.follow_title.setText(plan.title)
        dialog.follow_minutes.setValue(plan.duration_minutes)
        set_combo_value(dialog.follow_role, plan.restricted_role)
    if typed.id is not None and dialog._session.id is None:
        note = translate(
            "SessionDialog",
            "This session was deleted after this work was kept: Save creates it again as a "
            "new session.",
        )
    else:
        note = translate(
            "SessionDialog",
            "Restored: this work was kept while the team database could not be reached. "
            "Check it, then save.",
        )
    dialog.restored_note.setText(note)
    dialog.restored_note.show()
    dialog._show_conflicts()


def open_kept_editor(
    ctx: AppContext, form: KeptForm, parent: QWidget | None = None
) -> tuple[SessionDialog, bool]:
    """A session editor with the kept work in it as unsaved edits, and whether the session was
    deleted meanwhile (the editor then holds the kept values as a new session)."""
    from collab_desktop.ui.dialogs.session_dialog import SessionDialog

    typed = form.record
    stored = fetch_or_none(get_session, ctx.db, typed.id) if typed.id is not None else None
    deleted = typed.id is not None and stored is None
    if stored is None:
        dialog = SessionDialog(ctx, None, parent)
        restore_edits(dialog, typed, form.rule, form.followup)
    else:
        dialog = SessionDialog(ctx, stored, parent)
        base = edit_base(stored, form, EDITABLE_FIELDS["session"])
        restore_edits(dialog, typed, form.rule, form.followup, base)
    return dialog, deleted
