"""The shipped systemd units: every directive known to this systemd (`systemd-analyze verify`, the
user unit as a user unit), and the sandbox no weaker than docs/service.md says
(`systemd-analyze security --offline=true`: exposure ≤ 2.0 for the user unit, ≤ 1.5 for the system one)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

UNITS = Path(__file__).resolve().parents[1] / "systemd"
ANALYZE = shutil.which("systemd-analyze")
pytestmark = pytest.mark.skipif(
    ANALYZE is None, reason="systemd-analyze is not installed (apt-get install systemd)"
)


def _analyze(tmp_path: Path, unit: str, *args: str, user: bool) -> subprocess.CompletedProcess[str]:
    """Run systemd-analyze on a copy of `unit` named mailduns.service, with a fake home that has the
    mailduns executable the unit starts (verify checks that it exists)."""
    home = tmp_path / "home"
    (home / ".local" / "bin").mkdir(parents=True, exist_ok=True)
    exe = home / ".local" / "bin" / "mailduns"
    exe.write_text("#!/bin/sh\n")
    exe.chmod(0o755)
    runtime = tmp_path / "run"
    runtime.mkdir(exist_ok=True)
    work = tmp_path / ("user" if user else "system")
    work.mkdir(exist_ok=True)
    text = (UNITS / unit).read_text()
    if not user:  # the system unit starts /usr/local/bin/mailduns
        text = text.replace("/usr/local/bin/mailduns", str(exe))
    (work / "mailduns.service").write_text(text)
    env = {**os.environ, "HOME": str(home), "XDG_RUNTIME_DIR": str(runtime), "SYSTEMD_LOG_COLOR": "0"}
    cmd = [str(ANALYZE), *args, *(["--user"] if user else []), "./mailduns.service"]
    return subprocess.run(cmd, cwd=work, env=env, capture_output=True, text=True, timeout=120, check=False)


@pytest.mark.parametrize(("unit", "user"), [("mailduns-user.service", True), ("mailduns.service", False)])
def test_every_directive_is_accepted(tmp_path: Path, unit: str, user: bool) -> None:
    done = _analyze(tmp_path, unit, "verify", user=user)
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip() == "" and done.stdout.strip() == "", done.stderr + done.stdout


@pytest.mark.parametrize(
    ("unit", "user", "limit"), [("mailduns-user.service", True, 2.0), ("mailduns.service", False, 1.5)]
)
def test_sandbox_exposure(tmp_path: Path, unit: str, user: bool, limit: float) -> None:
    done = _analyze(tmp_path, unit, "security", "--offline=true", "--no-pager", user=user)
    found = re.search(r"Overall exposure level for mailduns\.service: ([0-9.]+)", done.stdout + done.stderr)
    assert found, done.stdout + done.stderr
    assert float(found.group(1)) <= limit
