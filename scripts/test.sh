#!/usr/bin/env bash
# The test command: installs what it needs (see scripts/setup.sh), then runs the whole suite
# against a real Dovecot and SMTP server started by the fixtures. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
exec .venv/bin/python -m pytest -q -p no:cacheprovider "$@"
