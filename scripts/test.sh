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

# The toolchain offers no -sanitize=undefined for Swift on Linux; Swift's own checks (overflow, bounds,
# exclusivity) trap in every build, so the tests above and the fuzzers already cover what UBSan would.
step "swift test under AddressSanitizer (parsers, analysis, JSON-RPC, server)"
swift build --build-tests --sanitize=address --scratch-path .build-asan
# Timing assertions are skipped: ASan makes code several times slower.
LSAN_OPTIONS=suppressions="$PWD/scripts/lsan.supp" swift test --skip-build --sanitize=address --scratch-path .build-asan \
    --filter "${ASAN_TEST_FILTER:-TextModelTests|JSONSyntaxTests|YAMLSyntaxTests|ShorthandSyntaxTests|InputAnalysisTests|JSONRPCTests|LanguageServerTests}" \
    --skip "PerformanceTests|Benchmark"

step "fuzzing: every libFuzzer target of Fuzz/ for ${FUZZ_SECONDS:-60} s (AddressSanitizer)"
scripts/fuzz.sh "${FUZZ_SECONDS:-60}"

step "soak: random LSP sessions against the built server"
CLI_INPUT_LS="$PWD/.build/release/cli-input-ls" python3 Tests/Soak/soak.py --sessions "${SOAK_SESSIONS:-200}" --marathon 5000

step "reliability: commands and the server never write files; schemas build only under --out"
CLI_INPUT_LS="$PWD/.build/release/cli-input-ls" python3 -m pytest -q -p no:cacheprovider Tests/Reliability

step "differential suites against the AWS CLI ($(python3 -c 'import awscli, botocore; print("awscli", awscli.__version__, "botocore", botocore.__version__)'))"
CLI_INPUT_LS="$PWD/.build/release/cli-input-ls" python3 -m pytest -q -p no:cacheprovider Tests/Differential

step "LSP conformance (pytest-lsp, checked against the LSP 3.17 types by lsprotocol)"
CLI_INPUT_LS="$PWD/.build/release/cli-input-ls" python3 -m pytest -q -p no:cacheprovider Tests/Conformance

step "editors: Neovim and Emacs headless, the VS Code client under Node, Helix/Sublime/Zed configurations"
CLI_INPUT_LS="$PWD/.build/release/cli-input-ls" python3 -m pytest -q -p no:cacheprovider Tests/Editors
