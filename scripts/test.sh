#!/usr/bin/env bash
# The test command: installs what it needs (see scripts/setup.sh), then runs the whole suite
# against a real Dovecot and SMTP server started by the fixtures. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
# Headless Chromium renders the evidence pack's index.html in tests/test_formal_evidence.py; without it
# (no root, no package) that one check is skipped and says so.
if ! command -v chromium >/dev/null && ! command -v chromium-browser >/dev/null && [ "$(id -u)" = 0 ]; then
  echo "test: installing chromium for the evidence page check" >&2
  { { DEBIAN_FRONTEND=noninteractive apt-get update -qq </dev/null >/dev/null && \
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium </dev/null >/dev/null; } \
    || echo "test: chromium could not be installed; the evidence page check will be skipped" >&2; } || true
fi
exec .venv/bin/python -m pytest -q -p no:cacheprovider "$@"
