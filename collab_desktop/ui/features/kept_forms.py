"""The record tabs' unsaved forms, kept in a file while the team database is away, and offered
back by the next window on that database (the file itself: services/safety/kept_work.py; the
session editor's part: kept_editor.py).

Restore puts the kept values back where they were typed, a tab's form or the session editor, as
unsaved edits: the user looks, then saves, so validation and conflict handling run as for any
save.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from collab_desktop.domain import clock
from collab_desktop.domain.database_address import without_password
from collab_desktop.domain.record_merge import EDITABLE_FIELDS
from collab_desktop.domain.timezones import to_local
from collab_desktop.domain.translation import translate
from collab_desktop.services.safety.kept_work import (
    KeptForm,
    KeptWork,
    changed_fields,
    edit_base,
    keep_work,
    merged,
    read_kept_work,
    typed_over,
)
from collab_desktop.ui.dialogs.confirm import confirm
from collab_desktop.ui.features.kept_editor import editor_snapshot, open_kept_editor
from collab_desktop.ui.locale_format import day_time_text
from collab_desktop.ui.operations import Operation
from collab_desktop.ui.widgets.notice_bar import NoticeBar

if TYPE_CHECKING:
    from collab_desktop.ui.dialogs.session_dialog import SessionDialog
    from collab_desktop.ui.host import WindowHost
    from collab_desktop.ui.tabs.record_tab import RecordTab

log = logging.getLogger(__name__)


def snapshot(tab: RecordTab) -> KeptForm:
    """The tab's form as a KeptForm: its record as typed, a name, and what was changed."""
    record = tab.read_form()
    try:
        label = tab.describe(record)
    except Exception:  # noqa: BLE001 - a half-typed record still deserves keeping
        label = ""
    before = getattr(tab, "_form_record", None)
    if before is not None and getattr(before, "id", None) != record.id:
        before = None
    changed = changed_fields(before, record)
    # The record the edits started from: its version and the values typed over go with the
    # kept work, so a restore after someone else's change still meets the merge.
    base = tab.base_record
    if base is not None and getattr(base, "id", None) != record.id:
        base = None
    if base is not None:
        record = replace(record, version=base.version)
    return KeptForm(
        str(tab.kind),
        record,
        label or tab.title.text(),
        changed,
        before=typed_over(base, changed),
    )


def restore(tab: RecordTab, form: KeptForm) -> bool:
    """Show form's record in tab as unsaved edits (of the stored record, or of a new one when
    it is new or was deleted meanwhile). False when the user kept the tab's own unsaved edits."""
    record = form.record
    tab.load_now()
    if record.id is None or not tab.select_record(record.id):
        if tab.form.is_dirty():
            return False
        tab.new_record()
        tab.show_kept_edits(replace(record, id=None))
        return True
    stored = tab.base_record  # as select_record just showed it
    kept_version = record.version is not None and stored is not None
    base = edit_base(stored, form, EDITABLE_FIELDS[str(tab.kind)]) if kept_version else None
    tab.show_kept_edits(record, base)
    return True


class KeptForms(QObject):
    """Writes the dirty forms to the kept-work file, and offers a kept file back."""

    def __init__(self, host: WindowHost, record_tabs: Callable[[], list[RecordTab]]) -> None:
        super().__init__(host.parent)
        self.host = host
        self.ctx = host.ctx
        self.record_tabs = record_tabs
        # Kept by an earlier window and neither restored nor discarded: written again with ours.
        self.carried: list[KeptForm] = []
        self.kept: KeptWork | None = None
        self.editor: SessionDialog | None = None  # the session editor Restore opened last
        self.offer = NoticeBar("KeptWorkOffer", translate("KeptForms", "Kept unsaved work"))
        self.restore_button = self.offer.add_button(
            translate("KeptForms", "&Restore"),
            translate("KeptForms", "Restore the kept work into the forms"),
            translate(
                "KeptForms",
                "Put the kept values back into the forms and the session editor, to check and save",
            ),
        )
        self.discard_button = self.offer.add_button(
            translate("KeptForms", "&Discard"),
            translate("KeptForms", "Discard the kept work"),
            translate("KeptForms", "Throw the kept values away"),
        )
        self.later_button = self.offer.add_button(
            translate("KeptForms", "&Later"),
            translate("KeptForms", "Decide about the kept work later"),
            translate("KeptForms", "Hide this bar; the work stays kept and is offered next time"),
        )
        self.restore_button.clicked.connect(self.restore_all)
        self.discard_button.clicked.connect(self.discard)
        self.later_button.clicked.connect(self.offer.hide)
        host.add_bar(self.offer)
        self.offer.hide()

    # --- keeping -------------------------------------------------------------------------
    def dirty_tabs(self) -> list[RecordTab]:
        return [t for t in self.record_tabs() if t.form.is_dirty() and t.save_button.isEnabled()]

    def keep(self, tabs: list[RecordTab] | None = None) -> None:
        """Write the carried forms and those of tabs to the file (by default every dirty tab and
        open session editor)."""
        if tabs is None:
            forms = [snapshot(t) for t in self.dirty_tabs()] + self.open_editors()
        else:
            forms = [snapshot(t) for t in tabs]
        try:
            keep_work(self.ctx.db.url, merged(self.carried, forms))
        except OSError as exc:
            log.error("unsaved work not kept: %s", exc)
            self.host.show_status(
                translate(
                    "KeptForms", "The unsaved work could not be kept on this computer: {why}"
                ).format(why=exc),
                10000,
            )

    def open_editors(self) -> list[KeptForm]:
        """What the open session editors hold that differs from the stored session."""
        from collab_desktop.ui.dialogs.session_dialog import SessionDialog

        dialogs = [d for d in self.host.parent.findChildren(SessionDialog) if d.isVisible()]
        return [f for d in dialogs if (f := editor_snapshot(d)) is not None]

    # --- offering ------------------------------------------------------------------------
    def offer_kept(self) -> bool:
        """Show the bar when work was kept for the open database; True when it did."""
        self.kept = None if self.ctx.db.read_only else read_kept_work(self.ctx.db.url)
        self.carried = list(self.kept.forms) if self.kept is not None else []
        if self.kept is None:
            self.offer.hide()
            return False
        self.offer.show_text(offer_text(self.kept))
        self.offer.show()
        return True

    def restore_all(self) -> None:
        """Put each kept form back where it was typed: its tab (one per tab) or the session
        editor (one at a time); the rest stay kept and offered."""
        by_kind = {str(t.kind): t for t in self.record_tabs()}
        restored: list[KeptForm] = []
        first: RecordTab | None = None
        for form in self.carried:
            tab = None if form.from_editor else by_kind.pop(form.kind, None)
            if tab is None:
                continue
            if restore(tab, form):
                restored.append(form)
                first = first or tab
        tabs = getattr(self.host.parent, "tabs", None)  # the window's QTabWidget
        if first is not None and tabs is not None:
            tabs.setCurrentWidget(first)
        in_editor = next((f for f in self.carried if f.from_editor), None)
        deleted = False
        if in_editor is not None:
            reopened = self.reopen_editor(in_editor)
            if reopened is not None:
                restored.append(in_editor)
                deleted = reopened
        self.carried = [f for f in self.carried if f not in restored]
        self.keep(tabs=[])
        count = len(restored)
        text = translate("KeptForms", "Restored %n forms: check them, then save.", None, count)
        if deleted:
            text = translate(
                "KeptForms",
                "The session {title} was deleted meanwhile: the session editor shows the kept "
                "values as a new session. Check them, then save.",
            ).format(title=in_editor.label)
        self.host.show_status(text, 8000 if not deleted else 15000)
        if self.carried and self.kept is not None:
            self.kept.forms = self.carried
            self.offer.show_text(offer_text(self.kept))
        else:
            self.offer.hide()

    def reopen_editor(self, form: KeptForm) -> bool | None:
        """Open the session editor on the kept session (a new one when it was deleted
        meanwhile) with the kept values as unsaved edits: whether it was deleted, or None when
        the editor could not be opened (the error is shown)."""
        opening = Operation(
            self.ctx,
            self.host.parent,
            translate("KeptForms", "Session editor"),
            lambda: open_kept_editor(self.ctx, form, self.host.parent),
        )
        if not opening.run() or opening.result is None:
            return None
        self.editor, deleted = opening.result
        editor = self.editor
        editor.finished.connect(lambda result: self._editor_closed(editor, result))
        editor.open()
        self.editor.title_edit.setFocus()
        return deleted

    def _editor_closed(self, editor: SessionDialog, result: int) -> None:
        """A restored editor closed without saving: its work is kept again and offered, so
        that a Close by mistake loses nothing (the bar's Discard throws it away)."""
        if result == QDialog.DialogCode.Accepted:
            return
        form = editor_snapshot(editor)
        if form is None:
            return
        self.carried = merged(self.carried, [form])
        self.keep(tabs=[])
        self.kept = KeptWork(without_password(self.ctx.db.url), clock.now(), self.carried)
        self.offer.show_text(offer_text(self.kept))
        self.offer.show()
        self.host.show_status(
            translate(
                "KeptForms",
                "The session editor closed without saving: its work is kept again (Restore or "
                "Discard it in the bar).",
            ),
            10000,
        )

    def discard(self) -> None:
        """Throw the kept work away, after asking."""
        if not confirm(
            self.host.parent,
            translate("KeptForms", "Discard kept work"),
            translate("KeptForms", "Throw away the kept unsaved work? This cannot be undone."),
        ):
            return
        self.carried = []
        self.keep(tabs=[])
        self.offer.hide()


def offer_text(kept: KeptWork) -> str:
    """'Unsaved work from 03 Dec 2026 14:03 was kept: contact Ana Ruiz (organization, notes).'"""
    return translate("KeptForms", "Unsaved work from {when} was kept: {what}.").format(
        when=day_time_text(to_local(kept.saved_at)),
        what="; ".join(f.summary() for f in kept.forms),
    )
