internal import JSONSyntax

/// The keys of a botocore model that `ModelDecoder` reads; every other key is skipped.
///
/// Keys are recognised from their bytes in the model, without building a `String`: by length, then three word
/// compares for each of the few keys of that length.
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

    /// The keys by length: `byLength[n]` holds the spellings of `n` bytes, each as three little-endian words.
    private static let byLength: [[(spelling: Words, key: ModelKey)]] = {
        var table = [[(spelling: Words, key: ModelKey)]](repeating: [], count: 3 * 8 + 1)
        for key in allCases {
            let spelling = Array(key.rawValue.utf8)
            spelling.withUnsafeBytes { table[spelling.count].append((words(of: $0, start: 0, count: $0.count), key)) }
        }
        return table
    }()

    /// Up to 24 bytes as three words, zero after the end, so that spellings compare in three word compares.
    private typealias Words = (UInt64, UInt64, UInt64)

    /// The key a reader's key token spells, if it is one of these.
    static func of(_ token: JSONStringToken, in reader: JSONPullReader) -> ModelKey? {
        if token.hasEscapes { return ModelKey(rawValue: reader.string(of: token)) }
        let count = token.count
        guard count < byLength.count, token.start >= 0, token.end <= reader.bytes.count else { return nil }
        let candidates = byLength[count]
        if candidates.isEmpty { return nil }
        let spelled = reader.bytes.withUnsafeBytes { words(of: $0, start: token.start, count: count) }
        for candidate in candidates where candidate.spelling == spelled { return candidate.key }
        return nil
    }

    /// `raw[start..<start + count]` (at most 24 bytes, within `raw`) as words.
    private static func words(of raw: UnsafeRawBufferPointer, start: Int, count: Int) -> Words {
        var words: Words = (0, 0, 0)
        if start + 24 <= raw.count {
            // Whole words, then the bytes past the end cleared.
            func word(_ k: Int) -> UInt64 {
                let valid = Swift.min(8, Swift.max(0, count - 8 * k))
                guard valid > 0 else { return 0 }
                let loaded = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: start + 8 * k, as: UInt64.self))
                return valid == 8 ? loaded : loaded & ((1 << UInt64(8 * valid)) - 1)
            }
            words = (word(0), word(1), word(2))
        } else {
            withUnsafeMutableBytes(of: &words) { out in
                for k in 0..<Swift.min(count, 24) { out[k] = raw[start + k] }
            }
            words = (UInt64(littleEndian: words.0), UInt64(littleEndian: words.1), UInt64(littleEndian: words.2))
        }
        return words
    }
}
