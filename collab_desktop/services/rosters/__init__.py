"""Rosters in and out: preview and carry out an import, its history and saved column mappings."""
