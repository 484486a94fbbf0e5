#!/usr/bin/env bash
# Rebuilds schemas/ from a botocore release on PyPI: scripts/refresh-schemas.sh [VERSION]
set -euo pipefail
cd "$(dirname "$0")/.."
version="${1:-}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 -m pip download --quiet --no-deps -d "$work" "botocore${version:+==$version}"
python3 -m zipfile -e "$work"/botocore-*.whl "$work/unpacked"
swift build -c release --product cli-input-ls --static-swift-stdlib
.build/release/cli-input-ls schemas build --from "$work/unpacked/botocore/data" --out schemas
