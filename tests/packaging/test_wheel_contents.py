"""The wheel carries every file the app reads at run time: resources, guide, migrations."""

from __future__ import annotations

from pathlib import Path

from collab_desktop import __version__

ROOT = Path(__file__).resolve().parents[2]


def test_wheel_is_named_for_the_package_version(wheel_path: Path) -> None:
    assert wheel_path.name == f"collab_desktop-{__version__}-py3-none-any.whl"


def test_wheel_has_resources_and_migrations(wheel_names: set[str]) -> None:
    resources = "collab_desktop/resources/"
    migrations = "collab_desktop/store/migrations/"
    for name in (
        resources + "style.qss",
        resources + "first_run.json",
        resources + "app-icon.svg",
        resources + "fonts/DejaVuSans.ttf",
        resources + "fonts/DejaVuSans-Bold.ttf",
        resources + "fonts/LICENSE-DejaVu.txt",
        migrations + "env.py",
        migrations + "script.py.mako",
        "collab_desktop/docs/user-guide.md",
    ):
        assert name in wheel_names, name
    assert any(
        n.startswith(migrations + "versions/0001") and n.endswith(".py") for n in wheel_names
    )
    icons = {p.name for p in (ROOT / "resources" / "icons").glob("*.svg")}
    assert icons and {f"{resources}icons/{n}" for n in icons} <= wheel_names


def test_wheel_has_every_subpackage_and_guide_image(wheel_names: set[str]) -> None:
    """A new folder with an __init__.py ships without editing any list."""
    for init in (ROOT / "collab_desktop").rglob("__init__.py"):
        assert init.relative_to(ROOT).as_posix() in wheel_names
    for image in (ROOT / "docs" / "images").glob("*.png"):
        assert f"collab_desktop/docs/images/{image.name}" in wheel_names
    assert "collab_desktop/docs/make_screenshots.py" not in wheel_names


def test_wheel_has_the_translations(wheel_names: set[str]) -> None:
    """The Spanish source (the command line reads it) and both compiled catalogues ship; the
    build script does not."""
    folder = "collab_desktop/resources/translations/"
    for name in (
        "collab_desktop_es.ts",
        "collab_desktop_es.qm",
        "collab_desktop_en.ts",
        "collab_desktop_en.qm",
        "collab_desktop_pseudo.qm",
    ):
        assert folder + name in wheel_names, name
    assert folder + "update.py" not in wheel_names
