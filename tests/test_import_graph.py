"""The package's imports form no cycle, and no module reaches for another module's private names.

Every import counts, wherever it sits: at the top of a file, inside a function, or under
TYPE_CHECKING. An import tucked into a function still ties two modules together; when two
modules need each other, the shared part belongs in a module both import, or one side offers a
hook the other registers with (see services/safety/trash_hooks.py).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import collab_desktop

PACKAGE_DIR = Path(collab_desktop.__file__).resolve().parent
ROOT = PACKAGE_DIR.name


def module_files() -> dict[str, Path]:
    """Dotted module name -> file, for every module and package of collab_desktop."""
    modules = {}
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        parts = (ROOT, *path.relative_to(PACKAGE_DIR).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        modules[".".join(parts)] = path
    return modules


def imports_of(name: str, path: Path, modules: dict[str, Path]) -> Iterator[tuple[str, str | None]]:
    """(imported module, private name or None) for each collab_desktop import in one file."""
    is_package = path.name == "__init__.py"
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                target = alias.name
                while target and target not in modules:
                    target = target.rpartition(".")[0]
                if target:
                    yield target, None
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                package = name if is_package else name.rpartition(".")[0]
                for _ in range(node.level - 1):
                    package = package.rpartition(".")[0]
                base = ".".join(p for p in (package, node.module or "") if p)
            else:
                base = node.module or ""
            if base.split(".")[0] != ROOT:
                continue
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                if sub in modules:
                    yield sub, None
                elif base in modules:
                    private = alias.name.startswith("_") and not alias.name.endswith("__")
                    yield base, alias.name if private else None


def import_graph() -> tuple[dict[str, set[str]], list[str]]:
    """Module -> modules it imports (itself left out), and every private name imported."""
    modules = module_files()
    graph: dict[str, set[str]] = {name: set() for name in modules}
    private = []
    for name, path in modules.items():
        for target, private_name in imports_of(name, path, modules):
            if target == name:
                continue
            graph[name].add(target)
            if private_name is not None:
                private.append(f"{name} imports {private_name} from {target}")
    return graph, private


def strongly_connected(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's algorithm, iterative: the components, each a list of module names."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components = []
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    components.append(sorted(component))
    return components


def test_every_kind_of_import_counts(tmp_path: Path) -> None:
    source = tmp_path / "example.py"
    source.write_text(
        "from typing import TYPE_CHECKING\n"
        "import collab_desktop.store.models\n"
        "if TYPE_CHECKING:\n"
        "    from collab_desktop.ui import events\n"
        "def later():\n"
        "    from collab_desktop.services.sessions import series\n"
        "    from .errors import _hidden, NotFoundError\n"
        "    from collab_desktop import __version__\n"
    )
    modules = {**module_files(), "collab_desktop.services.example": source}
    assert set(imports_of("collab_desktop.services.example", source, modules)) == {
        ("collab_desktop.store.models", None),
        ("collab_desktop.ui.events", None),
        ("collab_desktop.services.sessions.series", None),
        ("collab_desktop.services.errors", "_hidden"),
        ("collab_desktop.services.errors", None),
        ("collab_desktop", None),
    }


def test_no_import_cycles():
    graph, _ = import_graph()
    cycles = [c for c in strongly_connected(graph) if len(c) > 1]
    assert not cycles, "modules that import each other in a circle:\n" + "\n".join(
        " <-> ".join(c) for c in cycles
    )


def test_no_private_names_imported_from_other_modules():
    _, private = import_graph()
    assert not private, "\n".join(private)


def test_cycle_finder_finds_a_cycle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert [c for c in strongly_connected(graph) if len(c) > 1] == [["a", "b", "c"]]


def test_io_reads_and_writes_files_only():
    """io/ turns files into plain data and back; the database is the services' business."""
    graph, _ = import_graph()
    reaching = [
        f"{name} imports {target}"
        for name, targets in graph.items()
        if name.startswith(f"{ROOT}.io")
        for target in sorted(targets)
        if target.startswith((f"{ROOT}.store", f"{ROOT}.services"))
    ]
    assert not reaching, "\n".join(reaching)
