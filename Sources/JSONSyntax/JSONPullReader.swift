import InputSyntax
import TextModel

/// A strict, forward-only JSON reader: the caller pulls one value at a time, and no tree is built.
///
/// It accepts exactly the documents Python's `json.loads` accepts (the rules `JSONParser` documents: `NaN` and
/// `Infinity` yes; control characters in strings, a byte-order mark, invalid UTF-8, integers longer than 4,300
/// digits no), so a model file botocore can load is one this reads; unlike `JSONParser` it stops at the first
/// problem and throws `JSONValue.DecodingError`. Containers nest at most `SyntaxLimits.maxNestingDepth` deep.
///
/// The caller says what it expects next. An object is `beginObject()`, then `nextKey()` until it returns nil,
/// each key followed by one value read or skipped; an array is `beginArray()`, then `nextElement()` until it
/// returns false. Strings can be taken as `JSONStringToken`s (validated, not decoded), so long values the caller
/// does not need yet cost one scan and no allocation. All offsets are UTF-8 byte offsets, 0-based.
package struct JSONPullReader: Sendable {
    /// What the next value is, judged from its first byte.
    package enum ValueKind: Sendable, Equatable {
        case object, array, string, number, bool, null
    }

    /// A number as written, validated: `bytes[start..<end]`.
    package struct Number: Sendable, Hashable {
        package var start: Int
        package var end: Int
        /// Written without fraction or exponent (and not `NaN` or `Infinity`): Python reads it as an `int`.
        package var isInteger: Bool
    }

    /// The document.
    package let bytes: [UInt8]
    /// Where reading continues: the byte after the last one consumed.
    package internal(set) var offset = 0
    /// How many containers are open.
    package private(set) var depth = 0
    /// Whether the innermost container was just opened, so that its first key or element comes without a comma.
    private var afterOpen = false
    /// The open containers of `skipValue` (true for objects), kept between calls to reuse the storage.
    var skipStack: [Bool] = []

    package init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    // MARK: - Looking ahead

    /// The kind of the next value, without consuming it; throws when no value starts there.
    package mutating func peekKind() throws(JSONValue.DecodingError) -> ValueKind {
        let i = skipWhitespace(from: offset)
        offset = i
        guard i < bytes.count else { throw failure(JSONParseMessage.expectingValue, at: i) }
        switch bytes[i] {
        case UInt8(ascii: "{"): return .object
        case UInt8(ascii: "["): return .array
        case UInt8(ascii: "\""): return .string
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return .bool
        case UInt8(ascii: "n"): return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "N"), UInt8(ascii: "I"):
            return .number
        default:
            throw notAValue(at: i)
        }
    }

    // MARK: - Containers

    /// Consumes the `{` of the next value.
    package mutating func beginObject() throws(JSONValue.DecodingError) {
        let i = skipWhitespace(from: offset)
        guard i < bytes.count, bytes[i] == UInt8(ascii: "{") else { throw unexpectedKind("an object", .object, at: i) }
        try open(at: i)
    }

    /// Consumes the `[` of the next value.
    package mutating func beginArray() throws(JSONValue.DecodingError) {
        let i = skipWhitespace(from: offset)
        guard i < bytes.count, bytes[i] == UInt8(ascii: "[") else { throw unexpectedKind("an array", .array, at: i) }
        try open(at: i)
    }

    private mutating func open(at i: Int) throws(JSONValue.DecodingError) {
        guard depth < SyntaxLimits.maxNestingDepth else { throw failure(JSONParseMessage.nestingTooDeep, at: i) }
        depth += 1
        afterOpen = true
        offset = i + 1
    }

    /// The next key of the innermost open object, its `:` consumed, so that its value comes next; nil when the
    /// object ends (its `}` consumed).
    package mutating func nextKey() throws(JSONValue.DecodingError) -> JSONStringToken? {
        let n = bytes.count
        var i = skipWhitespace(from: offset)
        if afterOpen {
            afterOpen = false
            if i < n, bytes[i] == UInt8(ascii: "}") { return close(at: i) }
        } else {
            guard i < n else { throw failure(JSONParseMessage.expectingComma, at: i) }
            if bytes[i] == UInt8(ascii: "}") { return close(at: i) }
            guard bytes[i] == UInt8(ascii: ",") else { throw failure(JSONParseMessage.expectingComma, at: i) }
            let comma = i
            i = skipWhitespace(from: i + 1)
            if i < n, bytes[i] == UInt8(ascii: "}") {
                throw failure(JSONParseMessage.trailingCommaInObject, at: comma)
            }
        }
        guard i < n, bytes[i] == UInt8(ascii: "\"") else {
            throw failure(JSONParseMessage.expectingPropertyName, at: i)
        }
        let key = try scanString(quote: i)
        let colon = skipWhitespace(from: key.end + 1)
        guard colon < n, bytes[colon] == UInt8(ascii: ":") else {
            throw failure(JSONParseMessage.expectingColon, at: colon)
        }
        offset = colon + 1
        return key
    }

    /// Whether the innermost open array has another element, its `,` consumed; false when the array ends (its
    /// `]` consumed).
    package mutating func nextElement() throws(JSONValue.DecodingError) -> Bool {
        let n = bytes.count
        let i = skipWhitespace(from: offset)
        if afterOpen {
            afterOpen = false
            if i < n, bytes[i] == UInt8(ascii: "]") { return close(at: i) != nil }
            offset = i
            return true
        }
        guard i < n else { throw failure(JSONParseMessage.expectingComma, at: i) }
        if bytes[i] == UInt8(ascii: "]") { return close(at: i) != nil }
        guard bytes[i] == UInt8(ascii: ",") else { throw failure(JSONParseMessage.expectingComma, at: i) }
        let next = skipWhitespace(from: i + 1)
        if next < n, bytes[next] == UInt8(ascii: "]") {
            throw failure(JSONParseMessage.trailingCommaInArray, at: i)
        }
        offset = next
        return true
    }

    /// Closes the innermost container at its closing bracket `i`; always nil, for `nextKey`.
    private mutating func close(at i: Int) -> JSONStringToken? {
        depth -= 1
        offset = i + 1
        return nil
    }

    /// Checks that nothing but whitespace follows the document's one value.
    package mutating func finish() throws(JSONValue.DecodingError) {
        let i = skipWhitespace(from: offset)
        guard i == bytes.count else { throw failure(JSONParseMessage.extraData, at: i) }
        offset = i
    }

    // MARK: - Whitespace and errors

    /// The first offset at or after `start` that is not JSON whitespace (space, tab, line feed, carriage return).
    @inline(__always)
    func skipWhitespace(from start: Int) -> Int {
        let n = bytes.count
        var i = start
        while i < n {
            let b = bytes[i]
            guard JSONLexer.isWhitespace(b) else { return i }
            i += 1
            // Pretty-printed models indent with long runs of spaces: step over them eight at a time.
            if i + 8 <= n, bytes[i] == 0x20 {
                i = bytes.withUnsafeBytes { raw in
                    var j = i
                    while j + 8 <= raw.count,
                        raw.loadUnaligned(fromByteOffset: j, as: UInt64.self) == 0x2020_2020_2020_2020
                    {
                        j += 8
                    }
                    return j
                }
            }
        }
        return i
    }

    /// The error for `message` at `position`, with Python's 1-based line and column (in characters).
    func failure(_ message: String, at position: Int) -> JSONValue.DecodingError {
        let end = min(max(0, position), bytes.count)
        var line = 1
        var lineStart = 0
        for k in 0..<end where bytes[k] == 0x0A {
            line += 1
            lineStart = k + 1
        }
        var column = 1
        var k = lineStart
        while k < end {
            k += max(1, UTF8Scanning.sequenceLength(bytes, at: k))
            column += 1
        }
        return JSONValue.DecodingError(message: message, line: line, column: column, position: end)
    }

    /// The error for a byte at `i` that starts no value.
    func notAValue(at i: Int) -> JSONValue.DecodingError {
        if i == 0, bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            return failure(JSONParseMessage.byteOrderMark, at: 0)
        }
        if i < bytes.count, bytes[i] >= 0x80, UTF8Scanning.sequenceLength(bytes, at: i) <= 1 {
            return failure(JSONParseMessage.invalidUTF8, at: i)
        }
        return failure(JSONParseMessage.expectingValue, at: i)
    }

    /// The error for a caller that asked for a value of kind `wanted` (described as `what`) at `i`: when one of
    /// another kind starts there, the caller's expectation failed; otherwise the text is no value at all (`tru`).
    func unexpectedKind(_ what: String, _ wanted: ValueKind, at i: Int) -> JSONValue.DecodingError {
        var probe = self
        probe.offset = i
        guard let found = try? probe.peekKind(), found != wanted else { return notAValue(at: i) }
        return failure("Expecting \(what)", at: i)
    }
}
