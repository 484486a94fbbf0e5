#!/usr/bin/env bash
# Builds the libFuzzer targets of Fuzz/ and runs each for SECONDS (default 60); fails on any finding.
#   scripts/fuzz.sh [SECONDS] [TARGET...]
# Two targets run at a time (FUZZ_PARALLEL). Each starts from its committed seeds (Fuzz/corpus/TARGET) plus what
# earlier runs found (.build/fuzz/corpus/TARGET, kept between runs, never committed). A finding (crash, property
# violation, leak, timeout of 10 s, more than 2 GB of memory) is saved to .build/fuzz/artifacts/TARGET/ and makes
# the script exit 1; reproduce it with `.build/fuzz/TARGET FILE`. Logs: .build/fuzz/logs/TARGET.log.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true
scripts/build-fuzzers.sh "$@" 2> >(grep -v "Cannot export local symbol" >&2)

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    for file in Fuzz/*.swift; do targets+=("$(basename "$file" .swift)"); done
fi

run_one() {
    local target=$1 seconds=$2
    local work=.build/fuzz/corpus/$target artifacts=.build/fuzz/artifacts/$target log=.build/fuzz/logs/$target.log
    mkdir -p "$work" "$artifacts" "$(dirname "$log")"
    # The Swift runtime's own backtracer would hold a crashing process for seconds; libFuzzer reports crashes.
    if SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=scripts/lsan.supp ".build/fuzz/$target" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$artifacts/" "$work" "Fuzz/corpus/$target" >"$log" 2>&1; then
        status=ok
    else
        status=FINDING
    fi
    # The last status line: "#N DONE cov: C ft: F corp: ..." (or the last pulse before a crash).
    local last
    last=$(grep -a -E '^#[0-9]+' "$log" | tail -1 | sed -E 's/^#([0-9]+)[^c]*cov: ([0-9]+) ft: ([0-9]+).*/execs \1, cov \2, ft \3/')
    printf '%-18s %-8s %s\n' "$target" "$status" "$last"
    [ "$status" = ok ]
}
export -f run_one

echo "fuzz: ${#targets[@]} targets, ${seconds}s each, ${FUZZ_PARALLEL:-2} at a time" >&2
if printf '%s\n' "${targets[@]}" | xargs -P "${FUZZ_PARALLEL:-2}" -I{} bash -c 'run_one "$1" "$2"' _ {} "$seconds"; then
    echo "fuzz: no findings" >&2
else
    echo "fuzz: FINDINGS; see .build/fuzz/artifacts/ and .build/fuzz/logs/" >&2
    exit 1
fi
