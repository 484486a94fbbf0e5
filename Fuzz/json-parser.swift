// libFuzzer target: JSONParser on arbitrary bytes.
// Checks: no trap; every range inside the document on character boundaries; positions round-trip; and the
// parser's verdict (error diagnostics or not) agrees with jansson configured as the AWS CLI reads JSON.
import Glibc
import InputSyntax
import JSONSyntax
import TextModel

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzJSONParser(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let input = FuzzData(data, size)
    let source = SourceText(bytes: input.all)
    let result = JSONParser.parse(source)
    Properties.checkParse(result, in: source, "json")
    // Round-tripping costs a scan of the line per end; the first diagnostics are enough to catch a bad range.
    for diagnostic in result.diagnostics.prefix(10) { Properties.checkPositions(diagnostic.range, in: source) }
    Properties.require(
        result.diagnostics.count <= JSONParser.maxDiagnostics + 1, "\(result.diagnostics.count) diagnostics")
    compareWithJansson(result, source)
    return 0
}

/// jansson (`JSON_DECODE_ANY | JSON_ALLOW_NUL`, as `JSONValue.decode`) and the parser agree on whether the text
/// is one valid JSON value, except where Python's `json.loads`, which the parser follows, and jansson differ:
/// - `NaN`, `Infinity`, `-Infinity`: Python accepts them, jansson does not;
/// - numbers beyond 64-bit integers or beyond `Double`: Python reads them (as big ints, or `inf`), jansson
///   refuses them ("too big integer", "real number overflow");
/// - `\u` escapes of lone surrogates: Python keeps them in the string, jansson refuses them;
/// - `\u0000` in an object key: Python accepts it, jansson refuses NUL in keys;
/// - nesting deeper than `SyntaxLimits.maxNestingDepth`: the parser stops there (a `limit` finding), jansson goes
///   on to 2,048 levels;
/// - a raw NUL byte: jansson stops reading at it (so `8<NUL>junk` is the number 8), Python refuses it;
/// - integers longer than 4,300 digits, which Python refuses (its int-conversion limit): jansson already refuses
///   anything beyond 64 bits, so they are covered by the second rule.
private func compareWithJansson(_ result: ParseResult, _ source: SourceText) {
    let parserAccepts = !result.hasErrors
    var janssonError: JSONValue.DecodingError?
    do {
        _ = try JSONValue.decode(source.bytes)
    } catch {
        janssonError = error
    }
    switch (parserAccepts, janssonError) {
    case (true, nil), (false, _?):
        return
    case (true, let error?):
        let message = error.message
        let known =
            message.contains("too big") || message.contains("overflow") || message.contains("invalid Unicode")
            || message.contains("NUL byte in object key") || containsPythonOnlyLiteral(source.bytes)
        Properties.require(known, "the parser accepts what jansson refuses: \(error)")
    case (false, nil):
        if source.bytes.contains(0) { return }
        let onlyLimits = result.diagnostics.allSatisfy {
            $0.severity != .error || $0.code == SyntaxDiagnostic.Code.limit
        }
        let first = result.diagnostics.first { $0.severity == .error }?.message ?? ""
        Properties.require(onlyLimits, "the parser refuses what jansson accepts: \(first)")
    }
}

/// Whether the text has `NaN` or `Infinity` outside strings (close enough: inside a string they change nothing
/// the comparison could miss, since jansson's verdict is then decided by the rest).
private func containsPythonOnlyLiteral(_ bytes: [UInt8]) -> Bool {
    let text = String(decoding: bytes, as: UTF8.self)
    return text.contains("NaN") || text.contains("Infinity")
}
