#!/usr/bin/env bash
# Builds cli-input-ls in release mode and runs it on the bundled examples: `check` over examples/, then the
# skeletons of the two operations the examples are for. Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
swift build -c release --product cli-input-ls --static-swift-stdlib
bin=.build/release/cli-input-ls

echo "==> cli-input-ls check examples/"
status=0
"$bin" check examples/ || status=$?
# 1 means "findings of error severity", which the examples with mistakes are meant to show.
if [ "$status" -gt 1 ]; then exit "$status"; fi

echo
echo "==> cli-input-ls skeleton ssm describe-maintenance-window-execution-task-invocations yaml-input"
"$bin" skeleton ssm describe-maintenance-window-execution-task-invocations yaml-input
echo
echo "==> cli-input-ls skeleton ssm list-command-invocations"
"$bin" skeleton ssm list-command-invocations
