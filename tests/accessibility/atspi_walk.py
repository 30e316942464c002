"""Read one application's accessibility tree over AT-SPI and list its focusable controls.

Runs under Debian's /usr/bin/python3 (python3-pyatspi), not the project's venv:

    python3 atspi_walk.py PID

prints one JSON object: {"windows": [{"title", "role", "controls": [{"role", "name",
"path"}, ...]}]}, each window with every showing, focusable control of the application with that process id (cells inside tables and lists are
named by their text and not listed one by one).
"""

import json
import sys
import time

import pyatspi

# Items of these containers are their rows and cells, read by a screen reader from their text.
CONTAINERS = {"table", "tree table", "list", "tree", "list box", "page tab list", "menu bar"}


def find_app(pid, seconds=20.0):
    """The desktop's application with this process id (it registers a moment after it starts)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            try:
                if app is not None and app.get_process_id() == pid:
                    return app
            except Exception:  # an application that went away meanwhile
                continue
        time.sleep(0.2)
    return None


def ident(node):
    """Qt's identifier for the widget (object names up the parent chain), to find it in code."""
    try:
        return node.get_accessible_id() or ""
    except Exception:
        return ""


def named_by_value(node, role, name):
    """True for a combo box whose name is only its current value (Qt's bridge on Linux)."""
    if role != "combo box" or not name:
        return False
    items = set()
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        for j in range(min(child.childCount, 500) if child is not None else 0):
            items.add((child.getChildAtIndex(j).name or "").strip())
    return name in items


def walk(node, path, out, depth=0):
    """Add every showing focusable control under node to out."""
    if node is None or depth > 60:
        return
    try:
        states = node.getState()
        role = node.getRoleName()
        name = node.name or ""
        count = node.childCount
    except Exception:
        return
    if not states.contains(pyatspi.STATE_SHOWING):
        return
    here = f"{path}/{role}" + (f"[{name}]" if name else "")
    if states.contains(pyatspi.STATE_FOCUSABLE) and role not in ("frame", "dialog", "window"):
        out.append(
            {
                "role": role,
                "name": name.strip(),
                "description": (node.description or "").strip(),
                "named_by_value": named_by_value(node, role, name.strip()),
                "path": here,
                "id": ident(node),
            }
        )
    if role in CONTAINERS:
        return
    for i in range(count):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        walk(child, here, out, depth + 1)


def main():
    pid = int(sys.argv[1])
    app = find_app(pid)
    if app is None:
        print(json.dumps({"error": f"no application with pid {pid} on the AT-SPI bus"}))
        return 1
    windows = []
    for i in range(app.childCount):
        top = app.getChildAtIndex(i)
        controls = []
        walk(top, "", controls)
        windows.append({"title": top.name or "", "role": top.getRoleName(), "controls": controls})
    print(json.dumps({"windows": windows}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
