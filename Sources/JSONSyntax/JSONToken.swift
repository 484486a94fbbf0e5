import TextModel

/// One token of JSON text as `JSONLexer` finds it: a kind and a byte range, nothing decoded yet.
///
/// Decoding (string escapes, numbers) and the diagnostics that come with it happen when `JSONParser` consumes
/// the token, so the parser may lex the same bytes twice to look ahead without reporting anything twice.
struct JSONToken: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case beginObject
        case endObject
        case beginArray
        case endArray
        case colon
        case comma
        /// A double-quoted string.
        case string
        /// A single-quoted string: not JSON, read so that recovery can use it as a key or value.
        case singleQuotedString
        /// A run of bytes up to the next delimiter: a number, a literal, an unquoted word or stray characters.
        case word
        /// `// …` up to the end of the line or `/* … */`: not JSON, skipped.
        case comment
        case endOfText
    }

    var kind: Kind
    /// The token's first byte, UTF-8 byte offset, 0-based; strings include their quotes.
    var start: Int
    /// One past the token's last byte, UTF-8 byte offset, 0-based.
    var end: Int
    /// For strings and block comments: whether the closing delimiter was found. A string stops, unterminated,
    /// before a line break: a raw line break is never valid inside a JSON string, and stopping there keeps the
    /// rest of a half-written document readable.
    var isTerminated = true
    /// For strings: whether the bytes between the quotes decode to themselves (no escape, no control character,
    /// no invalid UTF-8), so one conversion yields the value and nothing needs reporting.
    var isSimple = true

    init(_ kind: Kind, _ start: Int, _ end: Int, isTerminated: Bool = true, isSimple: Bool = true) {
        self.kind = kind
        self.start = start
        self.end = end
        self.isTerminated = isTerminated
        self.isSimple = isSimple
    }

    /// The token's bytes. Kept as two integers and built on demand: constructing a `ByteRange` is a call into
    /// another module, and most tokens never need one.
    var range: ByteRange { ByteRange(start: start, end: end) }

    /// Whether the token can begin a value (a string, a word, or an opening bracket).
    var canStartValue: Bool {
        switch kind {
        case .beginObject, .beginArray, .string, .singleQuotedString, .word: true
        default: false
        }
    }

    /// Whether the token can be read as an object key: JSON allows only `.string`; the others are read for
    /// recovery with a diagnostic.
    var canBeKey: Bool {
        switch kind {
        case .string, .singleQuotedString, .word: true
        default: false
        }
    }
}
