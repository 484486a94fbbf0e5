internal import JSONSyntax

/// The keys of a botocore model that `ModelDecoder` reads; every other key is skipped.
///
/// Keys are recognised from their bytes in the model, without building a `String`: by length, then byte by byte
/// among the few keys of that length.
enum ModelKey: String, CaseIterable {
    // The top level.
    case metadata, operations, shapes, documentation
    // Operations.
    case http, method, requestUri, input, output
    // Shapes.
    case type, members, required, `enum`, min, max, pattern, union, document, eventstream, sensitive, exception
    case member, key, value, timestampFormat, payload
    // Shapes and references.
    case deprecated, deprecatedMessage, streaming
    // References (structure members, list members, map keys and values).
    case shape, hostLabel, jsonvalue, location, locationName, idempotencyToken

    /// The keys by length: `byLength[n]` holds the spellings of `n` bytes.
    private static let byLength: [[(spelling: [UInt8], key: ModelKey)]] = {
        var table = [[(spelling: [UInt8], key: ModelKey)]](repeating: [], count: 18)
        for key in allCases {
            let spelling = Array(key.rawValue.utf8)
            table[spelling.count].append((spelling, key))
        }
        return table
    }()

    /// The key a reader's key token spells, if it is one of these.
    static func of(_ token: JSONStringToken, in reader: JSONPullReader) -> ModelKey? {
        if token.hasEscapes { return ModelKey(rawValue: reader.string(of: token)) }
        let count = token.count
        guard count < byLength.count else { return nil }
        for candidate in byLength[count] where reader.bytes(of: token, equal: candidate.spelling) {
            return candidate.key
        }
        return nil
    }
}
