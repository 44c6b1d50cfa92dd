"""Only here to put the shipped letters (top-level templates/) inside the wheel as mailduns/templates.

Everything else about the package is in pyproject.toml. From a checkout the templates are read in
place (see compose.default_templates_dir).
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithTemplates(build_py):
    def run(self) -> None:
        super().run()
        source = Path(__file__).parent / "templates"
        if source.is_dir():
            shutil.copytree(source, Path(self.build_lib) / "mailduns" / "templates", dirs_exist_ok=True)


setup(cmdclass={"build_py": BuildWithTemplates})
