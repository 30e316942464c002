"""Undo and redo of the services' changes (edits, deletes, links, imports)."""
