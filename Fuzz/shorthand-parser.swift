// libFuzzer target: the shorthand parser on arbitrary bytes, with an in-memory file loader for `@=` values.
// Checks: no trap; every range (tree, tolerant tree, error, warnings, file references) inside the text on
// character boundaries; positions round-trip; the error's code-point index matches its byte offset; rendering
// the error message never traps.
import InputSyntax
import ShorthandSyntax
import TextModel

/// Answers `@=file://` reads from memory: paths starting with `missing` or `latin` fail, others return their own
/// name.
private struct MemoryLoader: ParamFileLoader {
    func load(path: String, binary: Bool) throws(ParamFileError) -> [UInt8] {
        if path.hasPrefix("missing") {
            throw .system(code: 2, description: "No such file or directory", path: path)
        }
        if path.hasPrefix("latin") { throw .undecodable(path: path) }
        return Array(path.utf8)
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzShorthandParser(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    var input = FuzzData(data, size)
    let useLoader = input.byte() & 1 == 1
    let bytes = input.rest()
    let source = SourceText(bytes: bytes)
    let result = ShorthandParser.parse(bytes: bytes, fileLoader: useLoader ? MemoryLoader() : nil)
    Properties.checkParse(result.parseResult, in: source, "shorthand")
    Properties.checkTree(result.tolerantRoot, in: source, "shorthand tolerant")
    for reference in result.fileReferences { Properties.checkRange(reference.range, in: source, "file reference") }
    if let error = result.error {
        Properties.checkRange(error.range, in: source, "shorthand error")
        Properties.require(
            error.offset >= 0 && error.offset <= source.count && source.isCharacterBoundary(error.offset),
            "error offset \(error.offset)")
        Properties.checkPositions(error.range, in: source)
        // The CLI counts code points; each byte of an invalid sequence counts as one.
        Properties.require(
            error.index == codePoints(before: error.offset, in: source),
            "error index \(error.index) is not the code-point count of byte offset \(error.offset)")
        _ = error.message(style: .awsCLI)
        _ = error.message(style: .aligned)
    }
    return 0
}

/// Code points before `offset`; each byte of an invalid sequence counts as one.
private func codePoints(before offset: Int, in source: SourceText) -> Int {
    var count = 0
    var i = 0
    while i < offset {
        i += max(1, UTF8Scanning.sequenceLength(source.bytes, at: i))
        count += 1
    }
    return count
}
