"""How a record tab's table gets its rows: a full load (in the background when large), or by id.

A mixin of RecordTab: a change to some records fetches just those records again and puts them
in place (``refresh_ids``); a change to what the rows show of other kinds (member counts,
collaboratives' names) fetches the full list and edits only the rows that differ
(``refresh_rows``); only a bulk change of the tab's own kind reloads and resets the table.
"""

from __future__ import annotations

import logging
from collections.abc import Collection
from typing import Any

from PySide6.QtCore import QTimer

from collab_desktop.ui.context import AppContext
from collab_desktop.ui.tabs.tab_texts import TabTexts
from collab_desktop.ui.widgets.record_table import RecordTable

log = logging.getLogger(__name__)

FIRST_PAGE = 200  # rows shown at once while a large table loads in the background
BACKGROUND_DELAY_MS = 150


class RecordRows:
    """Loading and refreshing the rows of RecordTab's table."""

    # Set by RecordTab.
    ctx: AppContext
    table: RecordTable
    noun: str
    texts: TabTexts
    _current_id: Any
    _loaded: bool
    _load_generation: int
    # Ids changed while a full load was on its way: put in again once it lands.
    _late_ids: set[Any]
    # Above this many records the table loads on the worker thread (0: always at once).
    background_threshold = 0
    loading = False

    def load_now(self) -> None:
        """Have every record in the table now, waiting for none (for actions on the listed rows)."""
        if self._loaded and not self.loading:
            return
        first = not self._loaded
        self._loaded = True
        self._load_generation += 1  # a background result still on its way is dropped
        self.loading = False
        self.table.set_records(self.fetch_records(), keep_id=self._current_id)
        if first:
            self.table.fit_columns()
        self._update_count()

    def reload(self) -> None:
        """Fetch the records again, keeping the selection (and an unsaved form) where it is.

        Past background_threshold records the full list is fetched on the worker thread (the
        first page is shown at once on the first load), so the window never waits for it.
        """
        if not self._large():
            self.table.set_records(self.fetch_records(), keep_id=self._current_id)
            self._update_count()
            return
        if self.table.model.total_count() == 0:
            self.table.set_records(self.fetch_first_rows(FIRST_PAGE), keep_id=self._current_id)
        self._load_in_background(merge=False)

    def refresh_ids(self, ids: Collection[Any]) -> None:
        """Fetch these records again and update, add or remove just their rows."""
        records = self.fetch_records_by_ids(sorted(ids, key=str))
        found = {getattr(r, "id", None) for r in records}
        self.table.upsert(records)
        self.table.remove_ids([i for i in ids if i not in found])
        if self.loading:
            self._late_ids |= set(ids)
        self._update_count()

    def refresh_rows(self) -> None:
        """Fetch every record again and edit only the rows that differ (no reset)."""
        if self.loading:
            self._load_in_background(merge=self.table.model.total_count() > 0)
        elif not self._large():
            self.table.merge_records(self.fetch_records(), keep_id=self._current_id)
            self._update_count()
        else:
            self._load_in_background(merge=True)

    # --- hooks ------------------------------------------------------------------------------
    def fetch_records(self) -> list[Any]:
        raise TypeError(f"{type(self).__name__} must define fetch_records()")

    def fetch_records_by_ids(self, ids: list[Any]) -> list[Any]:
        """These records (the ones that still exist), in any order."""
        wanted = set(ids)
        return [r for r in self.fetch_records() if getattr(r, "id", None) in wanted]

    def count_records(self) -> int:
        """How many records the table will hold (only asked when background_threshold is set)."""
        raise TypeError(f"{type(self).__name__} must define count_records()")

    def fetch_first_rows(self, limit: int) -> list[Any]:
        """The first records in the table's order, shown while the rest load."""
        raise TypeError(f"{type(self).__name__} must define fetch_first_rows()")

    def _update_count(self, *_args: object) -> None:
        """Show how many records are listed (RecordTab defines it)."""
        raise TypeError(f"{type(self).__name__} must define _update_count()")

    def _loaded_in_background(self) -> None:
        """A background load has landed (RecordTab tells its listeners)."""

    def _background_failed(self, message: str) -> None:
        """A background load failed (RecordTab says so in the status bar)."""

    # --- background loading -----------------------------------------------------------------
    def _large(self) -> bool:
        return bool(self.background_threshold) and self.count_records() > self.background_threshold

    def _load_in_background(self, merge: bool) -> None:
        self._load_generation += 1
        generation = self._load_generation
        if not self.loading:
            self._late_ids = set()
        self.loading = True
        self._update_count()
        # Start a moment later, so the first page is painted before the worker takes its share
        # of the interpreter.
        QTimer.singleShot(
            BACKGROUND_DELAY_MS, self.table, lambda: self._start_loading(generation, merge)
        )

    def _start_loading(self, generation: int, merge: bool) -> None:
        if generation != self._load_generation:
            return  # a newer reload (or load_now) took over
        self.ctx.tasks.run(
            self._fetch_for_table,
            on_done=lambda result: self._apply_loaded(generation, result, merge),
            on_error=lambda exc, _details: self._load_failed(generation, exc),
        )

    def _fetch_for_table(self) -> tuple[list[Any], list[str]]:
        """On the worker thread: the records and their search texts."""
        records = self.fetch_records()
        return records, self.table.model.search_texts(records)

    def _apply_loaded(
        self, generation: int, result: tuple[list[Any], list[str]], merge: bool
    ) -> None:
        if generation != self._load_generation:
            return  # a newer reload is on its way
        records, haystack = result
        self.loading = False
        if merge:
            self.table.merge_records(records, keep_id=self._current_id)
        else:
            self.table.set_records(records, keep_id=self._current_id, haystack=haystack)
        late, self._late_ids = self._late_ids, set()
        if late:  # committed after the list was read: fetch those again
            self.refresh_ids(late)
        self._update_count()
        self._loaded_in_background()

    def _load_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._load_generation:
            return
        self.loading = False
        log.error("loading %ss failed: %s", self.noun, exc)
        self._update_count()
        self._background_failed(self.texts.load_failed.format(reason=exc))
        self.ctx.events.note_failure(exc, self.ctx.db.url)
