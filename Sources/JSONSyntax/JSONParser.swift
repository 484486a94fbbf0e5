package import InputSyntax
package import TextModel

/// Reads a user's JSON document as the AWS CLI does (Python's `json.loads`) into the shared syntax tree, with
/// exact byte ranges, and keeps going after errors so that half-written documents still give useful trees.
///
/// A document is free of error diagnostics exactly when `json.loads` accepts it, with one documented exception:
/// nesting deeper than `SyntaxLimits.maxNestingDepth` is refused here, while Python gives up only at about
/// 1,000 levels. Duplicate keys, which Python accepts (the last value wins), get a `duplicate-key` warning on
/// each ignored key.
///
/// The parser walks the bytes once with an explicit stack of open containers (`current` and `outer`): linear
/// time, and no recursion, so no input can exhaust the call stack.
package struct JSONParser: Sendable {
    /// Most diagnostics one document reports; the rest are counted in one last `limit` diagnostic, so a binary
    /// file opened by mistake cannot flood the editor.
    package static let maxDiagnostics = 200

    /// Parses `source` as one JSON document. Pure: the same text always gives the same result.
    package static func parse(_ source: SourceText) -> ParseResult {
        guard source.count <= SyntaxLimits.maxDocumentBytes else {
            let diagnostic = SyntaxDiagnostic(
                code: SyntaxDiagnostic.Code.limit, message: JSONParseMessage.documentTooLarge,
                range: .empty(at: 0))
            return ParseResult(root: nil, diagnostics: [diagnostic])
        }
        var parser = JSONParser(bytes: source.bytes)
        return parser.run()
    }

    /// What a state handler did with the current token.
    enum Step {
        /// Consumed it: read the next token.
        case next
        /// Changed state without consuming it: look at the same token again.
        case again
        /// Consumed everything up to this UTF-8 byte offset: the token and what a fast path or a skip took
        /// after it.
        case resume(Int)
        /// The document is done.
        case stop
    }

    let bytes: [UInt8]
    let lexer: JSONLexer
    /// How many containers are open: `current` and everything in `outer`.
    var depth = 0
    /// The innermost open container, meaningful while `depth > 0`. Kept apart from `outer` because nearly
    /// every token updates it, and a stored property is cheaper to change than an array element.
    var current = Frame(isObject: false, start: 0, firstItem: 0)
    /// The open containers around `current`, outermost first.
    var outer: [Frame] = []
    /// How many of the open containers are objects, so that a `}` no open object can match is known to be
    /// stray without searching the stack (which, for every `}` of a long run, would cost its depth each time).
    var openObjects = 0
    /// The members of every open object, innermost last. Sharing one growing array, and moving each object's
    /// members out once when it closes, costs one allocation per object instead of one per doubling.
    var memberScratch: [SyntaxMember] = []
    /// The elements of every open array, innermost last, as `memberScratch` for objects.
    var elementScratch: [SyntaxNode] = []
    var root: SyntaxNode?
    var diagnostics: [SyntaxDiagnostic] = []
    private var droppedDiagnostics = 0
    private var droppedError = false
    private var firstDropped = ByteRange.empty(at: 0)
    private var hasError = false
    /// Whether an error already points at the end of the text (an unterminated string there), so running out
    /// of text is not reported a second time.
    private var reportedAtEnd = false
    private var reportedDepthLimit = false

    private init(bytes: [UInt8]) {
        self.bytes = bytes
        self.lexer = JSONLexer(bytes: bytes)
    }

    private mutating func run() -> ParseResult {
        var offset = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            report(JSONParseMessage.byteOrderMark, ByteRange(start: 0, end: 3))
            offset = 3
        }
        var token = nextToken(from: offset)
        while true {
            if token.kind == .word, isStray(token) {
                if depth == 0, root != nil {
                    reportExtraData(from: token)
                    break
                }
                reportStray(token)
                token = nextToken(from: token.end)
                continue
            }
            let step: Step
            if depth > 0 {
                step = current.isObject ? objectStep(token) : arrayStep(token)
            } else {
                step = topLevelStep(token)
            }
            switch step {
            case .next: token = nextToken(from: token.end)
            case .again: continue
            case .resume(let offset): token = nextToken(from: offset)
            case .stop: return finish()
            }
        }
        return finish()
    }

    private mutating func finish() -> ParseResult {
        if droppedDiagnostics > 0 {
            diagnostics.append(
                SyntaxDiagnostic(
                    code: SyntaxDiagnostic.Code.limit, severity: droppedError ? .error : .warning,
                    message: JSONParseMessage.tooManyProblems(droppedDiagnostics), range: firstDropped))
        }
        // Duplicate keys are found when their object closes, after the errors inside it: restore source order.
        let ordered = diagnostics.enumerated().sorted { a, b in
            let (x, y) = (a.element.range, b.element.range)
            return (x.start, x.end, a.offset) < (y.start, y.end, b.offset)
        }
        return ParseResult(root: root, diagnostics: ordered.map(\.element))
    }

    // MARK: - Top level

    private mutating func topLevelStep(_ token: JSONToken) -> Step {
        if root != nil {
            if token.kind != .endOfText { reportExtraData(from: token) }
            return .stop
        }
        switch token.kind {
        case .endOfText:
            if !hasError { report(JSONParseMessage.emptyDocument, token.range) }
            return .stop
        case .endObject, .endArray, .colon, .comma:
            reportUnexpected(token.range)
            return .next
        default:
            return beginValue(token)
        }
    }

    private mutating func reportExtraData(from token: JSONToken) {
        var end = bytes.count
        while end > token.start, JSONLexer.isWhitespace(bytes[end - 1]) { end -= 1 }
        report(JSONParseMessage.extraData, ByteRange(start: token.start, end: end))
    }

    // MARK: - Tokens

    /// The next token at or after `offset`, reporting and skipping comments.
    mutating func nextToken(from offset: Int) -> JSONToken {
        var token = lexer.token(at: offset)
        while token.kind == .comment {
            report(
                token.isTerminated ? JSONParseMessage.comment : JSONParseMessage.unterminatedComment, token.range)
            token = lexer.token(at: token.end)
        }
        return token
    }

    /// Whether the token after `token` is a colon, without consuming or reporting anything. Usually the next
    /// token is a single character, so looking costs little.
    func isFollowedByColon(_ token: JSONToken) -> Bool {
        let i = lexer.skipWhitespace(from: token.end)
        guard i < bytes.count, bytes[i] == UInt8(ascii: "/") else {
            return i < bytes.count && bytes[i] == UInt8(ascii: ":")
        }
        var next = lexer.token(at: i)
        while next.kind == .comment { next = lexer.token(at: next.end) }
        return next.kind == .colon
    }

    /// The text of `range` as a `String` (invalid UTF-8 repaired), read without slicing the array, which would
    /// retain and release its storage for every key and value.
    func text(_ range: ByteRange) -> String {
        let start = min(max(0, range.start), bytes.count)
        let end = min(max(start, range.end), bytes.count)
        return bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self)
        }
    }

    // MARK: - Values

    /// Starts reading the value that begins with `token`: a scalar is read and delivered at once; an object or
    /// array is opened (or skipped when it would nest too deeply).
    mutating func beginValue(_ token: JSONToken) -> Step {
        switch token.kind {
        case .beginObject, .beginArray:
            if depth >= SyntaxLimits.maxNestingDepth {
                let end = skipNestedValue(from: token)
                deliver(SyntaxNode(.missing, range: ByteRange(start: token.start, end: end)))
                return .resume(end)
            }
            let isObject = token.kind == .beginObject
            let frame = Frame(
                isObject: isObject, start: token.start,
                firstItem: isObject ? memberScratch.count : elementScratch.count)
            if depth > 0 { outer.append(current) }
            current = frame
            depth += 1
            if isObject { openObjects += 1 }
            return .next
        case .string:
            let text = stringValue(token, quote: UInt8(ascii: "\""))
            if !token.isTerminated { report(JSONParseMessage.unterminatedString, token.range) }
            deliver(
                SyntaxNode(.scalar(Scalar(.string(text), style: .doubleQuoted)), range: token.range),
                unterminated: !token.isTerminated)
            return afterValue(endingAt: token.end)
        case .singleQuotedString:
            let text = stringValue(token, quote: UInt8(ascii: "'"))
            report(JSONParseMessage.singleQuotedString, token.range)
            deliver(
                SyntaxNode(.scalar(Scalar(.string(text), style: .singleQuoted)), range: token.range),
                unterminated: !token.isTerminated)
            return .next
        case .word:
            deliver(wordValue(token))
            return afterValue(endingAt: token.end)
        default:
            return .next
        }
    }

    /// Where to go on after a value that ends at `end` (UTF-8 byte offset). Fast path: a comma right after it
    /// is taken here, without a trip through the loop; anything else is left to the state handlers.
    mutating func afterValue(endingAt end: Int) -> Step {
        guard depth > 0, let after = offset(after: UInt8(ascii: ","), from: end) else { return .next }
        current.comma = after - 1
        current.state = current.isObject ? .expectKeyAfterComma : .expectValueAfterComma
        return .resume(after)
    }

    /// The offset just past `byte` when it is the first byte at or after `offset` that is not whitespace.
    func offset(after byte: UInt8, from offset: Int) -> Int? {
        let i = lexer.skipWhitespace(from: offset)
        return i < bytes.count && bytes[i] == byte ? i + 1 : nil
    }

    /// Hands a finished value to the container that waits for it, or makes it the document's root.
    mutating func deliver(_ node: consuming SyntaxNode, unterminated: Bool = false) {
        guard depth > 0 else {
            root = node
            return
        }
        current.state = .expectSeparator
        current.lastEnd = node.range.end
        current.lastWasUnterminated = unterminated
        if current.isObject {
            let pending = current.pendingMember
            current.pendingMember = -1
            if pending >= 0, pending < memberScratch.count {
                memberScratch[pending].value = node
            }
        } else {
            elementScratch.append(node)
        }
    }

    /// Closes the innermost container, its range ending at `end` (UTF-8 byte offset, exclusive), and delivers it.
    /// A key still waiting for its value gets a `.missing` one at `end`.
    mutating func closeInnermost(end: Int) {
        guard depth > 0 else { return }
        if current.isObject { addMissingValue(at: end) }
        let frame = current
        depth -= 1
        if frame.isObject { openObjects -= 1 }
        if depth > 0, let next = outer.popLast() { current = next }
        let range = ByteRange(start: frame.start, end: end)
        if frame.isObject {
            let members = takeMembers(from: frame.firstItem)
            reportDuplicateKeys(members)
            deliver(SyntaxNode(.object(members), range: range))
        } else {
            deliver(SyntaxNode(.array(takeElements(from: frame.firstItem)), range: range))
        }
    }

    /// Moves `memberScratch[first...]` into a new array of exactly that size and removes it from the scratch.
    ///
    /// Popping moves each member out, so nothing is retained and released on the way (copying the slice and
    /// then removing it did both, for every member of every object). Reserving and appending, for the concrete
    /// element type, allocates through code specialized here; `Array(unsafeUninitializedCapacity:)` went
    /// through the generic runtime path, which looks type metadata up on every call.
    private mutating func takeMembers(from first: Int) -> [SyntaxMember] {
        let count = max(0, memberScratch.count - max(0, first))
        var members = [SyntaxMember]()
        members.reserveCapacity(count)
        while members.count < count, let member = memberScratch.popLast() { members.append(member) }
        members.reverse()
        return members
    }

    /// The elements of `elementScratch[first...]`, as `takeMembers` does for members.
    private mutating func takeElements(from first: Int) -> [SyntaxNode] {
        let count = max(0, elementScratch.count - max(0, first))
        var elements = [SyntaxNode]()
        elements.reserveCapacity(count)
        while elements.count < count, let element = elementScratch.popLast() { elements.append(element) }
        elements.reverse()
        return elements
    }

    /// Gives the innermost object's pending key, if any, a `.missing` value at `offset` (UTF-8 byte offset,
    /// 0-based).
    mutating func addMissingValue(at offset: Int) {
        guard depth > 0, current.hasKey else { return }
        let pending = current.pendingMember
        if pending < memberScratch.count {
            memberScratch[pending].value = SyntaxNode(.missing, range: .empty(at: offset))
        }
        current.pendingMember = -1
        current.lastEnd = current.keyEnd
    }

    /// Handles the end of the text with containers still open: one diagnostic for what the innermost one
    /// expected, then every container is closed at the end of the text.
    mutating func finishAtEndOfText() -> Step {
        let end = bytes.count
        if depth > 0, !reportedAtEnd {
            let expected: String
            switch current.state {
            case .expectKey: expected = "a property name or '}'"
            case .expectKeyAfterComma: expected = "a property name enclosed in double quotes"
            case .expectColon: expected = "':'"
            case .expectValue: expected = current.isObject ? "a value" : "a value or ']'"
            case .expectValueAfterComma: expected = "a value"
            case .expectSeparator: expected = "',' or '\(current.closer)'"
            }
            report(JSONParseMessage.endOfText(expecting: expected), .empty(at: end))
        }
        while depth > 0 { closeInnermost(end: end) }
        return .stop
    }

    /// Handles a closing bracket that does not match the innermost container: when an outer container matches,
    /// the ones inside it are closed where the bracket stands; otherwise the bracket is skipped.
    mutating func mismatchedClose(_ token: JSONToken) -> Step {
        let closesObject = token.kind == .endObject
        // `current` does not match (the handlers send matching brackets elsewhere); look outwards, only when
        // something can match, so that the search always ends in closing the frames it passed.
        let openArrays = depth - openObjects
        var match = (closesObject ? openObjects : openArrays) > 0 ? outer.count - 1 : -1
        while match >= 0, outer[match].isObject != closesObject { match -= 1 }
        guard match >= 0 else {
            reportUnexpected(token.range)
            return .next
        }
        report(JSONParseMessage.unclosed(current.closer), .empty(at: token.start))
        // Close `current` and the containers between it and the match, which then becomes `current`.
        while depth > match + 1 { closeInnermost(end: token.start) }
        return .again
    }

    /// Skips the too-deeply nested value that starts at `token` by counting brackets, without building anything.
    /// Returns the UTF-8 byte offset after it.
    private mutating func skipNestedValue(from token: JSONToken) -> Int {
        if !reportedDepthLimit {
            reportedDepthLimit = true
            report(JSONParseMessage.nestingTooDeep, token.range, code: SyntaxDiagnostic.Code.limit)
        }
        var level = 0
        var offset = token.start
        while true {
            let t = lexer.token(at: offset)
            switch t.kind {
            case .beginObject, .beginArray: level += 1
            case .endObject, .endArray: level -= 1
            case .endOfText: return t.start
            default: break
            }
            offset = t.end
            if level <= 0 { return offset }
        }
    }

    // MARK: - Diagnostics

    /// Records a diagnostic, up to `maxDiagnostics`; past that, only counts it.
    mutating func report(
        _ message: String, _ range: ByteRange, severity: Severity = .error,
        code: String = SyntaxDiagnostic.Code.syntax
    ) {
        if severity == .error {
            hasError = true
            if range.end == bytes.count { reportedAtEnd = true }
        }
        guard diagnostics.count < Self.maxDiagnostics else {
            if droppedDiagnostics == 0 { firstDropped = range }
            droppedDiagnostics += 1
            droppedError = droppedError || severity == .error
            return
        }
        diagnostics.append(SyntaxDiagnostic(code: code, severity: severity, message: message, range: range))
    }

    /// Reports the token in `range` as unexpected. Its text is quoted only while diagnostics are still
    /// recorded: a flood of stray characters should cost no string building once the cap is reached.
    mutating func reportUnexpected(_ range: ByteRange) {
        report(diagnostics.count < Self.maxDiagnostics ? JSONParseMessage.unexpected(excerpt(range)) : "", range)
    }

    /// The text of `range` for a message, shortened when long.
    func excerpt(_ range: ByteRange) -> String {
        let limit = 40
        guard range.length > limit else { return text(range) }
        var end = range.start + limit
        while end > range.start, !UTF8Scanning.isBoundary(bytes, end) { end -= 1 }
        return text(ByteRange(start: range.start, end: end)) + "…"
    }
}
