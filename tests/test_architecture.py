"""The layers of the house are contracts (pyproject.toml, [tool.importlinter]), checked here.

Why a test: an import cycle or a core module importing the store comes back one convenient import
at a time (issue 14 found four). `lint-imports` runs on the checkout these tests belong to.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SRC = REPO / "src"
LONG = 650  # lines; a longer module says at its top why it is not split


def _lint(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    code = "import sys; from importlinter.cli import lint_imports_command; sys.exit(lint_imports_command())"
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


def test_the_import_contracts_hold() -> None:
    done = _lint()
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout


def test_a_broken_contract_is_reported(tmp_path: Path) -> None:
    """The runner is not vacuous: a contract the code breaks (the CLI uses the core) fails."""
    bad = tmp_path / "bad.ini"
    bad.write_text(
        "[importlinter]\nroot_package = mailduns\n\n[importlinter:contract:1]\nname = cli never uses "
        "core\ntype = forbidden\nsource_modules =\n    mailduns.cli\nforbidden_modules =\n    mailduns.core\n"
    )
    done = _lint("--config", str(bad))
    assert done.returncode != 0 and "BROKEN" in done.stdout.upper()


def test_long_modules_say_why_they_are_long() -> None:
    unexplained = []
    for path in sorted(SRC.rglob("*.py")):
        lines = path.read_text(encoding="utf-8").splitlines()
        if len(lines) > LONG and not any(
            "long:" in line.lower() or "why this file is long" in line.lower() for line in lines[:40]
        ):
            unexplained.append(f"{path.relative_to(REPO)} ({len(lines)} lines)")
    assert not unexplained, "split these or say at their top why not: " + ", ".join(unexplained)
