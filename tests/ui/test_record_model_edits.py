"""Records put into the table model by id: rows updated, moved, added and removed in place."""

from __future__ import annotations

import random
from collections import namedtuple

from PySide6.QtCore import QPersistentModelIndex, Qt

from collab_desktop.ui.models.record_table_model import Column, RecordTableModel

Person = namedtuple("Person", "id last first")


def _model(natural: bool = True) -> RecordTableModel:
    return RecordTableModel(
        [Column("Last", lambda p: p.last), Column("First", lambda p: p.first)],
        lambda p: f"{p.first} {p.last}",
        (lambda p: (p.last.casefold(), p.first.casefold(), p.id)) if natural else None,
    )


def _people() -> list[Person]:
    return [Person(1, "Adams", "Mary"), Person(2, "Baker", "Ann"), Person(3, "Cruz", "Luis")]


def _signals(model: RecordTableModel) -> list[str]:
    heard: list[str] = []
    model.modelReset.connect(lambda: heard.append("reset"))
    model.layoutChanged.connect(lambda: heard.append("layout"))
    model.rowsInserted.connect(lambda *_a: heard.append("inserted"))
    model.rowsRemoved.connect(lambda *_a: heard.append("removed"))
    model.rowsMoved.connect(lambda *_a: heard.append("moved"))
    model.dataChanged.connect(lambda *_a: heard.append("changed"))
    return heard


def test_update_in_place_keeps_selection_and_emits_data_changed_only() -> None:
    model = _model()
    model.set_records(_people())
    heard = _signals(model)
    kept = QPersistentModelIndex(model.index(1, 0))
    model.upsert([Person(2, "Baker", "Anna")])
    assert heard == ["changed"]
    assert model.record(1).first == "Anna" and kept.row() == 1


def test_a_renamed_record_moves_to_its_sorted_place_with_its_selection() -> None:
    model = _model()
    model.set_records(_people())
    model.sort(0, Qt.SortOrder.AscendingOrder)
    heard = _signals(model)
    kept = QPersistentModelIndex(model.index(0, 0))  # Adams
    model.upsert([Person(1, "Zane", "Mary")])
    assert heard == ["moved", "changed"]
    assert [r.id for r in model.shown_records()] == [2, 3, 1]
    assert kept.row() == 2 and model.row_of(1) == 2


def test_new_records_go_to_their_place_unsorted_by_the_natural_key() -> None:
    model = _model()
    model.set_records(_people())
    heard = _signals(model)
    model.upsert([Person(9, "Bell", "Ed")])
    assert heard == ["inserted"]
    assert [r.id for r in model.shown_records()] == [1, 2, 9, 3]
    assert model.total_count() == 4 and model.row_of(9) == 2


def test_removed_and_filtered_records() -> None:
    model = _model()
    model.set_records(_people())
    model.set_search("a")  # Adams Mary, Baker Ann (and Cruz Luis: no "a"... "Luis Cruz" has none)
    assert [r.id for r in model.shown_records()] == [1, 2]
    heard = _signals(model)
    model.upsert([Person(3, "Cruz", "Ana")])  # now matches: shown
    assert [r.id for r in model.shown_records()] == [1, 2, 3]
    model.upsert([Person(1, "Doe", "Jo")])  # no longer matches: hidden
    assert [r.id for r in model.shown_records()] == [2, 3]
    model.remove_ids([2, 42])
    assert [r.id for r in model.shown_records()] == [3] and model.total_count() == 2
    assert heard == ["inserted", "removed", "removed"]
    model.set_search("")
    assert [r.id for r in model.shown_records()] == [3, 1]  # Cruz, then Doe (renamed)


def test_merge_edits_only_the_rows_that_differ() -> None:
    model = _model()
    model.set_records(_people())
    heard = _signals(model)
    assert not model.merge_records([Person(1, "Adams", "Mary"), Person(3, "Cruz", "Lu")])
    assert heard == ["removed", "changed"]
    assert [r.id for r in model.shown_records()] == [1, 3]


def test_random_edits_match_a_fresh_model() -> None:
    """After any mix of edits, the rows are those a fresh model of the same records shows."""
    rng = random.Random(7)
    names = ["Ana", "Bo", "Cy", "Di", "Ed", "Flo", "Gus"]
    for sort in ((-1, Qt.SortOrder.AscendingOrder), (0, Qt.SortOrder.AscendingOrder),
                 (1, Qt.SortOrder.DescendingOrder)):  # fmt: skip
        for needle in ("", "o"):
            model = _model(natural=False)
            records = {i: Person(i, rng.choice(names), rng.choice(names)) for i in range(30)}
            model.set_records(list(records.values()))
            model.sort(*sort)
            model.set_search(needle)
            for _ in range(200):
                action = rng.random()
                if action < 0.5:
                    pick = rng.choice(list(records)) if records else 100
                    records[pick] = Person(pick, rng.choice(names), rng.choice(names))
                    model.upsert([records[pick]])
                elif action < 0.75:
                    new = max(records, default=0) + 1
                    records[new] = Person(new, rng.choice(names), rng.choice(names))
                    model.upsert([records[new]])
                elif records:
                    gone = rng.sample(list(records), min(len(records), rng.randint(1, 3)))
                    for i in gone:
                        del records[i]
                    model.remove_ids(gone)
                shown_ids = [r.id for r in model.shown_records()]
                for i in rng.sample(list(records), min(3, len(records))):
                    expected = shown_ids.index(i) if i in shown_ids else -1
                    assert model.row_of(i) == expected
            fresh = _model(natural=False)
            fresh.set_records(model.records())
            fresh.sort(*sort)
            fresh.set_search(needle)
            assert sorted(model.records()) == sorted(records.values())
            shown = [(r.last.casefold(), r.first.casefold()) for r in model.shown_records()]
            expected = [(r.last.casefold(), r.first.casefold()) for r in fresh.shown_records()]
            if sort[0] == -1:  # added records go last; compare as sets of rows
                assert sorted(shown) == sorted(expected)
            else:
                column = sort[0]
                assert [s[column] for s in shown] == [e[column] for e in expected]
            for row in range(model.rowCount()):
                assert model.row_of(model.record(row).id) == row
