import InputSyntax
import TextModel

/// One pass of the AWS CLI's shorthand grammar over UTF-8 bytes, building the syntax tree as it goes.
///
/// In `strict` mode the reader follows the CLI exactly and stops at the first thing the CLI refuses, throwing a
/// `Failure` that carries the CLI's expected/actual strings and position. In `tolerant` mode the same code never
/// throws: at each of those points it records a `.missing` value or skips to the next separator and goes on, so a
/// half-written string still yields a tree. Before the first failure the modes differ in two readings only, both on
/// purpose: tolerant mode takes `}` right after `=` in a hash as a missing value (the CLI takes it as the value `}`),
/// and an unterminated quote after a comma as a value running to the end (the CLI backtracks, then fails).
///
/// Positions are UTF-8 byte offsets, 0-based; the CLI's code point index is computed once, for the error only. The
/// top level (key=value pairs and implicit lists, where the CLI backtracks) is here; nested lists and hashes, read
/// with an explicit stack, are in `ShorthandReader+Nested.swift`; scalars in `ShorthandReader+Scalars.swift`.
struct ShorthandReader {
    /// How the reader reacts to text the CLI refuses.
    enum Mode {
        case strict
        case tolerant
    }

    /// Why the strict reader stopped; becomes a `ShorthandError` once the code point index is known.
    struct Failure: Error {
        var kind: ShorthandError.Kind
        var expected: String?
        var actual: String?
        var key: String?
        /// UTF-8 byte offset of the CLI's index.
        var offset: Int
        /// The bytes to mark, UTF-8 byte offsets.
        var range: ByteRange
        var detail: String?
    }

    /// Where the tolerant pass can take over from a failed strict pass: just after the last complete top-level pair
    /// that both modes read alike, so that the text before it is read only once.
    struct Checkpoint {
        /// UTF-8 byte offset after that pair's value.
        var index: Int
        var memberCount: Int
        var fileReferenceCount: Int
        var warningCount: Int
    }

    /// A file read once per parse, whatever the number of references to it.
    struct LoadKey: Hashable {
        var path: String
        var binary: Bool
    }

    let bytes: [UInt8]
    let mode: Mode
    /// The loader for `@=` values; nil reads nothing (the tolerant pass only reuses `loads`).
    let loader: (any ParamFileLoader)?
    /// Results of the loader so far, by path.
    var loads: [LoadKey: Result<[UInt8], ParamFileError>]
    /// The read position, UTF-8 byte offset.
    var index = 0
    /// The CLI's `_should_resolve_paramfiles`: set by `key@=`, cleared by every later key, never restored.
    var resolveParamFiles = false
    /// `file://`/`fileb://` values that made it into the tree.
    var fileReferences: [ShorthandFileReference] = []
    /// Keys repeated inside a hash literal (the CLI keeps the last silently).
    var warnings: [SyntaxDiagnostic] = []
    /// The top-level pairs read so far (kept in the reader so that a failed strict pass leaves them behind).
    var members: [SyntaxMember] = []
    /// The last place the tolerant pass may resume from; nil before the first pair is complete.
    var checkpoint: Checkpoint?
    /// Whether an implicit list of the current top-level pair ended at a quote without a closing partner, which the
    /// strict pass reads differently from the tolerant one.
    var stoppedAtUnterminatedQuote = false
    /// Quote characters at or after these offsets have no closing partner (memo that keeps recovery linear).
    var unclosedSingleQuoteFrom = Int.max
    var unclosedDoubleQuoteFrom = Int.max

    init(
        bytes: [UInt8], mode: Mode, loader: (any ParamFileLoader)?,
        loads: [LoadKey: Result<[UInt8], ParamFileError>] = [:]
    ) {
        self.bytes = bytes
        self.mode = mode
        self.loader = loader
        self.loads = loads
    }

    /// A tolerant reader that continues after `checkpoint` of a failed strict reader, taking over its pairs (moved,
    /// not copied: the strict reader is left without them).
    init(resuming strict: inout ShorthandReader, from checkpoint: Checkpoint) {
        self.init(bytes: strict.bytes, mode: .tolerant, loader: nil, loads: strict.loads)
        index = checkpoint.index
        swap(&members, &strict.members)
        members.removeSubrange(min(checkpoint.memberCount, members.count)...)
        swap(&fileReferences, &strict.fileReferences)
        fileReferences.removeSubrange(min(checkpoint.fileReferenceCount, fileReferences.count)...)
        swap(&warnings, &strict.warnings)
        warnings.removeSubrange(min(checkpoint.warningCount, warnings.count)...)
    }

    var count: Int { bytes.count }

    // MARK: - Top level

    /// The whole string: `keyval ("," keyval)*`, as the top-level hash. A reader made with `init(resuming:from:)`
    /// starts after its checkpoint's pairs.
    mutating func parameter() throws(Failure) -> SyntaxNode {
        var seen = TopLevelKeyTable()
        if members.isEmpty {
            let first = try keyValue()
            members.append(first)
            _ = seen.insert(first.keyRange, in: bytes)
            saveCheckpoint()
        }
        var lastIndex = index
        while index < count {
            skipWhitespace()
            if index >= count || bytes[index] != Byte.comma {
                try syntaxFailure(expected: ",", at: index)
                skipToSeparator(closer: nil)
                if index >= count { break }
            }
            index += 1
            skipWhitespace()
            let member = try keyValue()
            if !seen.insert(member.keyRange, in: bytes) {
                try duplicateFailure(member, previousEnd: lastIndex)
            }
            members.append(member)
            saveCheckpoint()
            lastIndex = index
        }
        return SyntaxNode(.object(members), range: ByteRange(start: 0, end: count))
    }

    /// Remembers the state after a complete top-level pair, unless the strict pass read that pair's end differently
    /// from the tolerant pass (which takes an unterminated quote after a comma as a value, not as a place to
    /// backtrack from).
    private mutating func saveCheckpoint() {
        guard mode == .strict, !stoppedAtUnterminatedQuote else { return }
        checkpoint = Checkpoint(
            index: index, memberCount: members.count, fileReferenceCount: fileReferences.count,
            warningCount: warnings.count)
    }

    /// `key ws? ("@" ws?)? "=" ws? values`.
    private mutating func keyValue() throws(Failure) -> SyntaxMember {
        stoppedAtUnterminatedQuote = false
        let keyRange = scanKey()
        let key = text(keyRange)
        resolveParamFiles = false
        skipWhitespace()
        if index < count, bytes[index] == Byte.at {
            index += 1
            skipWhitespace()
            resolveParamFiles = true
        }
        guard index < count, bytes[index] == Byte.equals else {
            try syntaxFailure(expected: "=", at: index)
            return SyntaxMember(key: key, keyRange: keyRange, value: missing(at: index))
        }
        index += 1
        skipWhitespace()
        return SyntaxMember(key: key, keyRange: keyRange, value: try values())
    }

    /// A top-level value: empty at the end, an explicit list, a hash, or a scalar or implicit list.
    private mutating func values() throws(Failure) -> SyntaxNode {
        guard index < count else {
            return SyntaxNode(.scalar(Scalar(.string(""), style: .plain)), range: .empty(at: index))
        }
        if bytes[index] == Byte.openBracket || bytes[index] == Byte.openBrace {
            return try nestedValue()
        }
        return try implicitList()
    }

    /// `first-value (ws? "," ws? second-value)*`, with the CLI's backtracking: when an element after a comma
    /// cannot be read or is not followed by `,` or the end, the reader goes back to the nearest comma before the
    /// failure, and the caller reads a new key there (`a=b,c=d`).
    private mutating func implicitList() throws(Failure) -> SyntaxNode {
        let first = try firstValue()
        accept(first)
        skipWhitespace()
        guard index < count, bytes[index] == Byte.comma else { return first.node }
        index += 1
        skipWhitespace()
        var elements = [first.node]
        while true {
            if let element = try secondValue() {
                skipWhitespace()
                if index >= count {
                    accept(element)
                    elements.append(element.node)
                    break
                }
                if bytes[index] == Byte.comma {
                    index += 1
                    skipWhitespace()
                    accept(element)
                    elements.append(element.node)
                    continue
                }
            }
            if index >= count {
                // A comma with nothing after it: the only failure the CLI does not backtrack from.
                try syntaxFailure(expected: "<second>", actual: "<none>", at: index)
                elements.append(missing(at: index))
                break
            }
            backtrackToComma()
            break
        }
        if elements.count == 1 { return first.node }
        let range = ByteRange(start: first.node.range.start, end: elements[elements.count - 1].range.end)
        return SyntaxNode(.array(elements), range: range)
    }

    /// The CLI's `_backtrack_to(',')`: a plain scan back to the nearest comma character, even one inside an earlier
    /// quoted value or a `\,` escape. A comma always exists: the one that started the current element.
    private mutating func backtrackToComma() {
        while index > 0, index >= count || bytes[index] != Byte.comma {
            index -= 1
        }
    }

    // MARK: - Shared helpers

    /// `[A-Za-z0-9_.#/:-]*` from the current position; may be empty.
    mutating func scanKey() -> ByteRange {
        let start = index
        while index < count, ShorthandCharacters.isKey(bytes[index]) { index += 1 }
        return ByteRange(start: start, end: index)
    }

    /// Skips Python's `string.whitespace` (ASCII only).
    mutating func skipWhitespace() {
        while index < count, ShorthandCharacters.isASCIIWhitespace(bytes[index]) { index += 1 }
    }

    func text(_ range: ByteRange) -> String {
        String(decoding: bytes[range.start..<range.end], as: UTF8.self)
    }

    func missing(at offset: Int) -> SyntaxNode {
        SyntaxNode(.missing, range: .empty(at: offset))
    }

    /// Records the file reference of a value that became part of the tree.
    mutating func accept(_ value: ScalarValue) {
        if let reference = value.reference { fileReferences.append(reference) }
    }

    /// Stops the strict reader with the CLI's `ShorthandParseSyntaxError`; returns in tolerant mode so the caller
    /// can recover. `actual` defaults to the character at `offset`, or `EOF` at the end.
    mutating func syntaxFailure(expected: String, actual: String? = nil, at offset: Int) throws(Failure) {
        guard mode == .strict else { return }
        let length = offset < count ? max(1, UTF8Scanning.sequenceLength(bytes, at: offset)) : 0
        let found = actual ?? (offset < count ? String(UTF8Scanning.scalar(bytes, at: offset)) : "EOF")
        throw Failure(
            kind: .syntax, expected: expected, actual: found, offset: offset,
            range: ByteRange(start: offset, end: offset + length))
    }

    /// The CLI's `DuplicateKeyInObjectError`, whose caret is one character past the end of the previous value.
    private mutating func duplicateFailure(_ member: SyntaxMember, previousEnd: Int) throws(Failure) {
        guard mode == .strict else { return }
        let caret = previousEnd + max(1, UTF8Scanning.sequenceLength(bytes, at: previousEnd))
        throw Failure(kind: .duplicateKey, key: member.key, offset: caret, range: member.keyRange)
    }

    /// Tolerant recovery: moves to the next `,` outside brackets and quotes, or to `closer` (the `]` or `}` of the
    /// enclosing literal), or to the end.
    mutating func skipToSeparator(closer: UInt8?) {
        var depth = 0
        while index < count {
            let b = bytes[index]
            switch b {
            case Byte.singleQuote, Byte.doubleQuote:
                index = quotedEnd(from: index) ?? index + 1
            case Byte.backslash where index + 1 < count && bytes[index + 1] == Byte.comma:
                index += 2
            case Byte.openBracket, Byte.openBrace:
                depth += 1
                index += 1
            case Byte.closeBracket, Byte.closeBrace:
                if depth == 0, b == closer { return }
                depth = max(0, depth - 1)
                index += 1
            case Byte.comma:
                if depth == 0 { return }
                index += 1
            default:
                index += 1
            }
        }
    }
}
