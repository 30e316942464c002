"""Keeping data safe: the trash, backups, the database check and the row log undo relies on."""
