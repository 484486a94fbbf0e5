#!/bin/sh
# Times JSONParser on 750 KB AWS CLI input documents in release mode, next to jansson and Python's json.loads.
# Prints the numbers; asserts nothing. Usage: Benchmarks/json-parser.sh
set -eu
cd "$(dirname "$0")/.."
CLI_INPUT_LS_BENCHMARK=1 swift test -c release --filter JSONParserBenchmark 2>&1 | grep -E "bytes \(min|error|failed"
