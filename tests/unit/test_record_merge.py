"""The comparison behind the merge dialog: who changed what, and what a merge saves."""

from __future__ import annotations

from dataclasses import replace

from collab_desktop.domain.record_merge import EDITABLE_FIELDS, Side, compare, merged
from collab_desktop.domain.records import ContactRecord

FIELDS = EDITABLE_FIELDS["contact"]
BASE = ContactRecord(id=7, first_name="Ana", last_name="Ruiz", phone="1", notes="a", version=4)


def test_fields_are_sorted_by_who_changed_them() -> None:
    mine = replace(BASE, phone="2", notes="mine", job_title="Nurse")
    theirs = replace(BASE, phone="3", notes="mine ", department="ICU", version=5)
    found = compare(BASE, mine, theirs, FIELDS)
    assert [d.name for d in found.both] == ["phone"]
    assert [d.name for d in found.theirs_only] == ["department"]
    assert found.mine_only == ("job_title",)  # notes: both typed the same words, nothing to choose
    assert [d.name for d in found.differences] == ["phone", "department"]
    phone = found.both[0]
    assert (phone.base, phone.mine, phone.theirs, phone.default) == ("1", "2", "3", Side.MINE)
    assert found.theirs_only[0].default is Side.THEIRS


def test_merge_keeps_my_edits_their_edits_and_the_choices() -> None:
    mine = replace(BASE, phone="2", job_title="Nurse", consent=True)
    theirs = replace(BASE, phone="3", department="ICU", updated_by="dana", version=5)
    found = compare(BASE, mine, theirs, FIELDS)
    default = merged(mine, theirs, found)
    assert (default.phone, default.department, default.job_title, default.consent) == (
        "2", "ICU", "Nurse", True,
    )  # fmt: skip
    assert default.version == 5 and default.id == 7
    all_theirs = merged(mine, theirs, found, {"phone": Side.THEIRS})
    assert (all_theirs.phone, all_theirs.job_title) == ("3", "Nurse")
    all_mine = merged(mine, theirs, found, {"phone": Side.MINE, "department": Side.MINE})
    assert (all_mine.phone, all_mine.department) == ("2", "")


def test_nothing_in_common_lists_nothing() -> None:
    same = compare(BASE, BASE, replace(BASE, version=9), FIELDS)
    assert same.differences == () and same.mine_only == ()
