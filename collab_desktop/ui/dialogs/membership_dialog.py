"""Edit one membership: collaborative (when adding), role, joined date, active."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QWidget

from collab_desktop.domain import clock
from collab_desktop.domain.records import CollaborativeRecord, MembershipRecord
from collab_desktop.domain.translation import translate
from collab_desktop.ui.accessibility import name_from_labels
from collab_desktop.ui.context import AppContext
from collab_desktop.ui.widgets.choices import combo_value, editable_combo, set_combo_value
from collab_desktop.ui.widgets.optional_date import OptionalDateEdit


class MembershipDialog(QDialog):
    """Add a contact to a collaborative (choices given) or edit an existing membership."""

    def __init__(
        self,
        roles: list[str],
        membership: MembershipRecord | None = None,
        collaboratives: list[CollaborativeRecord] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("MembershipDialog", "Edit membership")
            if membership
            else translate("MembershipDialog", "Add to collaborative")
        )
        self.setMinimumWidth(460)
        form = QFormLayout(self)
        self.collaborative_combo: QComboBox | None = None
        if membership is None:
            self.collaborative_combo = QComboBox()
            # A long name fits the width the dialog has, not the other way round: with a large
            # font the combo box took the room of its label ("Collab").
            self.collaborative_combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            self.collaborative_combo.setMinimumContentsLength(16)
            for c in collaboratives or []:
                self.collaborative_combo.addItem(c.name, c.id)
            form.addRow(translate("MembershipDialog", "Collaborative"), self.collaborative_combo)
        self.role_combo = editable_combo(roles)
        set_combo_value(self.role_combo, membership.role if membership else "member")
        form.addRow(translate("MembershipDialog", "Role"), self.role_combo)
        self.joined = OptionalDateEdit(translate("MembershipDialog", "Known"))
        self.joined.set_value(membership.joined_on if membership else clock.today())
        form.addRow(translate("MembershipDialog", "Joined"), self.joined)
        self.active = QCheckBox(translate("MembershipDialog", "Active member"))
        self.active.setChecked(membership.active if membership else True)
        form.addRow("", self.active)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        name_from_labels(self)

    def collaborative_id(self) -> int | None:
        if self.collaborative_combo is None:
            return None
        return self.collaborative_combo.currentData()

    def role(self) -> str:
        return combo_value(self.role_combo)


def run_membership_editor(parent: QWidget, ctx: AppContext, membership: MembershipRecord) -> bool:
    """Let the user change a membership, as one undo step; True when it was saved.

    When someone changed it meanwhile, the editor opens again on their version with the choices
    made (nothing chosen is lost; OK saves them over it, Cancel keeps theirs).
    """
    from collab_desktop.services.directory.vocabulary import list_roles
    from collab_desktop.ui.dialogs.confirm import show_error

    while True:
        dialog = MembershipDialog(list_roles(ctx.db), membership, parent=parent)
        if not dialog.exec():
            return False
        chosen = replace(
            membership,
            role=dialog.role(),
            joined_on=dialog.joined.value(),
            active=dialog.active.isChecked(),
        )
        outcome = _save_membership(parent, ctx, chosen)
        if isinstance(outcome, bool):
            return outcome
        show_error(
            parent,
            translate("MembershipDialog", "Edit membership"),
            translate(
                "MembershipDialog",
                "{problem}. Their version is saved; the editor opens again with your choices, "
                "to save them over it or cancel.",
            ).format(problem=str(outcome)),
        )
        membership = replace(
            outcome.current, role=chosen.role, joined_on=chosen.joined_on, active=chosen.active
        )


def _save_membership(parent: QWidget, ctx: AppContext, chosen: MembershipRecord) -> bool | Any:
    """Save the chosen values on the version shown: True, False (an error was shown), or the
    StaleRecord when someone changed it meanwhile."""
    from collab_desktop.services.directory.vocabulary import add_role
    from collab_desktop.services.errors import StaleRecord
    from collab_desktop.services.undo.links import edit_membership_with_undo
    from collab_desktop.ui.dialogs.confirm import show_error
    from collab_desktop.ui.operations import Operation

    refused: list[StaleRecord] = []

    def edit() -> tuple[MembershipRecord, object]:
        add_role(ctx.db, chosen.role)
        return edit_membership_with_undo(
            ctx.db, chosen.id, chosen.role, chosen.joined_on, chosen.active, chosen.version
        )

    def stale_or_show(exc: Exception) -> None:
        if isinstance(exc, StaleRecord) and exc.current is not None:
            refused.append(exc)
        else:
            show_error(parent, title, str(exc))

    title = translate("MembershipDialog", "Edit membership")
    operation = Operation(ctx, parent, title, edit).undo_step(lambda r: r[1])
    if operation.failure(stale_or_show).run():
        return True
    return refused[0] if refused else False
