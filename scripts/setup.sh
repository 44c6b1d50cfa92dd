#!/usr/bin/env bash
# Make this checkout runnable on a fresh Debian/Ubuntu machine: Dovecot (for the local test/demo
# mail server), Python >= 3.11 with venv, and the project in .venv. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo -n "$@"; else
    echo "setup: need root to run: $*" >&2; return 1; fi
}
apt_install() {
  echo "setup: installing Debian packages: $*" >&2
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq </dev/null
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" </dev/null >/dev/null
}

need=()
[ -x /usr/sbin/dovecot ] || need+=(dovecot-imapd dovecot-lmtpd)
[ -x /usr/sbin/dovecot ] && [ ! -f /usr/lib/dovecot/lmtp ] && need+=(dovecot-lmtpd)
command -v setpriv >/dev/null || need+=(util-linux)
# the formal notice PDF embeds DejaVu (letters/notice_pdf.py); nothing is downloaded at run time
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
command -v systemd-analyze >/dev/null || need+=(systemd)     # tests/test_systemd_units.py
PY=${PYTHON:-python3}
if ! command -v "$PY" >/dev/null || ! "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  need+=(python3 python3-venv)
fi
if command -v "$PY" >/dev/null && ! "$PY" -c 'import venv, ensurepip' 2>/dev/null; then need+=(python3-venv); fi
if [ ${#need[@]} -gt 0 ]; then apt_install "${need[@]}"; fi

if [ ! -x .venv/bin/python ]; then "$PY" -m venv .venv; fi
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]' 2>&1 | grep -v '^WARNING: Location' || true
.venv/bin/python -c 'import mailduns, imapclient, aiosmtplib, aiosmtpd' 
