#!/usr/bin/env bash
# Times `params` on Benchmarks/params/*.sh in release mode: the scan of each script and the interpretation of its
# aws lines (models from the installed AWS CLI's botocore, else the bundled schemas).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product cli-input-ls --static-swift-stdlib >/dev/null
models=$(python3 -c 'import botocore, os; print(os.path.join(os.path.dirname(botocore.__file__), "data"))' 2>/dev/null || echo schemas)
for script in Benchmarks/params/*.sh; do
    printf '%s: ' "$script"
    .build/release/cli-input-ls bench params --models "$models" "$script"
done
