#!/usr/bin/env bash
# Runs every test of cli-input-ls: unit and integration tests (Swift Testing), then the differential suites
# against the installed AWS CLI. Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --test

step() { printf '\n==> %s\n' "$*" >&2; }

step "swift build (release)"
swift build -c release --product cli-input-ls --static-swift-stdlib

step "swift test"
swift test

step "differential suites against the AWS CLI ($(python3 -c 'import awscli, botocore; print("awscli", awscli.__version__, "botocore", botocore.__version__)'))"
CLI_INPUT_LS="$PWD/.build/release/cli-input-ls" python3 -m pytest -q -p no:cacheprovider Tests/Differential

step "LSP conformance (pytest-lsp, checked against the LSP 3.17 types by lsprotocol)"
CLI_INPUT_LS="$PWD/.build/release/cli-input-ls" python3 -m pytest -q -p no:cacheprovider Tests/Conformance

step "editors: Neovim and Emacs headless, the VS Code client under Node, Helix/Sublime/Zed configurations"
CLI_INPUT_LS="$PWD/.build/release/cli-input-ls" python3 -m pytest -q -p no:cacheprovider Tests/Editors
