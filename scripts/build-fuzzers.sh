#!/usr/bin/env bash
# Builds the libFuzzer targets of Fuzz/ into .build/fuzz/: one executable per target, with AddressSanitizer.
#   scripts/build-fuzzers.sh [TARGET...]      default: every Fuzz/*.swift
#
# SwiftPM does not link libFuzzer's main into executables, so this compiles each product module with swiftc
# directly, in Package.swift's order: one object file and one .swiftmodule per module, all instrumented for
# coverage (-sanitize=fuzzer) and ASan. Each target then links its own file with those objects. Modules are
# rebuilt only when one of their sources (or a module they import) is newer than their object.
set -euo pipefail
cd "$(dirname "$0")/.."

out=.build/fuzz
mkdir -p "$out/modules"

swift_flags=(
    -swift-version 6 -package-name cli_input_ls
    -enable-upcoming-feature ExistentialAny -enable-upcoming-feature InternalImportsByDefault
    -sanitize=fuzzer,address -O -g -parse-as-library
    -I "$out/modules" -I Sources/CJansson -I Sources/CYAML -I Sources/CZlib
)
c_flags=()
for flag in $(pkg-config --cflags jansson yaml-0.1 zlib); do c_flags+=(-Xcc "$flag"); done
# shellcheck disable=SC2207
link_flags=($(pkg-config --libs jansson yaml-0.1 zlib))

# The product modules the targets need, dependencies first (Package.swift's order).
modules=(TextModel InputSyntax JSONSyntax YAMLSyntax ShorthandSyntax ServiceModel InputAnalysis JSONRPC LanguageServer)

newest_input() {  # the newest mtime (seconds) among the given files
    stat -c %Y "$@" | sort -n | tail -1
}

previous_object=""
for module in "${modules[@]}"; do
    mapfile -t sources < <(find "Sources/$module" -name '*.swift' | sort)
    object="$out/modules/$module.o"
    inputs=("${sources[@]}")
    [ -n "$previous_object" ] && inputs+=("$previous_object")
    if [ ! -f "$object" ] || [ "$(newest_input "${inputs[@]}")" -gt "$(stat -c %Y "$object")" ]; then
        echo "build-fuzzers: compiling $module (${#sources[@]} files)" >&2
        swiftc "${swift_flags[@]}" "${c_flags[@]}" -suppress-warnings -module-name "$module" -wmo -c "${sources[@]}" \
            -emit-module -emit-module-path "$out/modules/$module.swiftmodule" -o "$object"
    fi
    previous_object=$object
done

objects=()
for module in "${modules[@]}"; do objects+=("$out/modules/$module.o"); done

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    for file in Fuzz/*.swift; do targets+=("$(basename "$file" .swift)"); done
fi
for target in "${targets[@]}"; do
    source="Fuzz/$target.swift"
    [ -f "$source" ] || { echo "build-fuzzers: no $source" >&2; exit 2; }
    binary="$out/$target"
    if [ ! -f "$binary" ] || [ "$(newest_input "$source" "${objects[@]}")" -gt "$(stat -c %Y "$binary")" ]; then
        echo "build-fuzzers: linking $target" >&2
        swiftc "${swift_flags[@]}" "${c_flags[@]}" -module-name "${target//-/_}" "$source" Fuzz/Support/*.swift \
            "${objects[@]}" "${link_flags[@]}" -use-ld=lld -o "$binary"
    fi
done
