"""Package discovery: every package under collab_desktop/, plus the folders mapped in pyproject.toml.

pyproject.toml cannot combine automatic discovery with packages mapped from other folders
(resources/ and docs/ ship as collab_desktop.resources and collab_desktop.docs), so the list is
built here; a new subpackage needs nothing more than its __init__.py.
"""

from setuptools import find_packages, setup

MAPPED = ["collab_desktop.resources", "collab_desktop.docs"]

setup(packages=find_packages(include=["collab_desktop", "collab_desktop.*"]) + MAPPED)
