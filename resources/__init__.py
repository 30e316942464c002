"""Icons, style sheet and first-run data, shipped as package data (see collab_desktop.resources_path)."""
