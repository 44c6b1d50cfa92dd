"""The contract ships with the project (docs/interface.md), the README points to it, and the commands
it promises exist."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from mailduns.cli.main import main

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "interface.md"


def test_the_readme_points_to_the_shipped_contract() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "docs/interface.md" in readme and "../shared/" not in readme
    assert DOC.is_file()


def _promised_commands() -> set[str]:
    text = DOC.read_text(encoding="utf-8").split("# Additions of")[0]
    table = text.split("## Command line", 1)[1].split("\n## ", 1)[0]
    return {
        m
        for row in re.findall(r"^\| `([^|]+)\|", table, flags=re.MULTILINE)
        for m in re.findall(r"(?:^|/ `)([a-z]+)", row)
    }


@pytest.mark.parametrize(
    "command", sorted({"run", "status", "inspect", "check", "init", "preview", "paid", "hold", "resume"})
)
def test_every_promised_command_exists(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert command in _promised_commands()
    try:
        code = main([command, "--help"])
    except SystemExit as exc:
        code = int(exc.code or 0)
    assert code == 0
    assert "usage:" in capsys.readouterr().out
