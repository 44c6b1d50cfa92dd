#!/usr/bin/env bash
# The demo: a local Dovecot + SMTP server, a freelancer's mailbox with invoices in it/es/en, and the
# daemon run over ~40 simulated days. Prints the timeline and the status table.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
exec .venv/bin/mailduns demo "$@"
