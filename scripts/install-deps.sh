#!/usr/bin/env bash
# Installs what building and testing cli-input-ls needs, only where it is missing.
#   scripts/install-deps.sh          build dependencies (C libraries, pkg-config)
#   scripts/install-deps.sh --test   also what the test suites need (Python packages, the AWS CLI v1, editors)
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=false
[ "${1:-}" = "--test" ] && want_test=true

as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
        echo "install-deps: need root to run: $*" >&2; return 1; fi
}

apt_updated=false
apt_install() {
    local missing=()
    for package in "$@"; do
        dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "install-deps: installing ${missing[*]}" >&2
    if ! $apt_updated; then as_root apt-get update -qq >/dev/null; apt_updated=true; fi
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

apt_install libjansson-dev libyaml-dev pkg-config zlib1g-dev

if $want_test; then
    python3 -c 'import sys; assert sys.version_info >= (3, 9)' 2>/dev/null || apt_install python3 python3-pip
    pip_install() { python3 -m pip install --quiet --disable-pip-version-check "$@" 2>&1 | grep -v '^WARNING: Running pip as' || true; }
    # The oracle of the differential suites: AWS CLI v1 and its botocore (AWSCLI.md was measured with 1.45.11).
    python3 -c 'import awscli, botocore' 2>/dev/null || pip_install 'awscli==1.45.11'
    python3 - <<'PY' || pip_install -r requirements-test.txt
import importlib.metadata as m, re, sys
for line in open('requirements-test.txt'):
    line = line.split('#')[0].strip()
    if not line:
        continue
    name = re.split('[<>=!~ ]', line, 1)[0]
    try:
        version = m.version(name)
    except m.PackageNotFoundError:
        sys.exit(1)
    if '==' in line and version != line.split('==', 1)[1].strip():
        sys.exit(1)
PY
    command -v hyperfine >/dev/null || apt_install hyperfine || true
    # Real editors for the editor-integration tests; Node runs the VS Code client under a fake VS Code.
    apt_install neovim emacs-nox elpa-eglot nodejs
fi
