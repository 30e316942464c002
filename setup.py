"""Package discovery: every package under collab_desktop/, plus the folders mapped in pyproject.toml.

pyproject.toml cannot combine automatic discovery with packages mapped from other folders
(resources/ and docs/ ship as collab_desktop.resources and collab_desktop.docs), so the list is
built here; a new subpackage needs nothing more than its __init__.py.
"""

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

MAPPED = ["collab_desktop.resources", "collab_desktop.docs"]
# Scripts kept beside the docs for developers, not shipped with the app.
NOT_SHIPPED = {("collab_desktop.docs", "make_screenshots")}


class BuildPy(build_py):
    """The standard build_py, without the developer scripts in NOT_SHIPPED."""

    def find_package_modules(self, package, package_dir):  # noqa: ANN001, ANN201
        modules = super().find_package_modules(package, package_dir)
        return [m for m in modules if (m[0], m[1]) not in NOT_SHIPPED]


setup(
    packages=find_packages(include=["collab_desktop", "collab_desktop.*"]) + MAPPED,
    cmdclass={"build_py": BuildPy},
)
