import InputSyntax
import TextModel

/// A scalar node and, when it came from a `file://`/`fileb://` value under `key@=`, its file reference.
struct ScalarValue {
    var node: SyntaxNode
    var reference: ShorthandFileReference?
}

/// Scalars: unquoted first and second values, quoted values, and `@=` file resolution.
extension ShorthandReader {
    /// `first-value`: a quoted value, or an unquoted one that may match nothing (giving `""`).
    mutating func firstValue() throws(Failure) -> ScalarValue {
        if index < count, bytes[index] == Byte.singleQuote || bytes[index] == Byte.doubleQuote {
            guard let value = try quotedValue() else {
                let quote = bytes[index]
                try syntaxFailure(
                    expected: quote == Byte.singleQuote ? "<singled quoted>" : "<double quoted>",
                    actual: "<none>", at: index)
                return try unterminatedQuotedValue()
            }
            return value
        }
        let start = index
        let end = unquotedEnd(from: start, second: false)
        guard end > start else {
            return ScalarValue(node: SyntaxNode(.scalar(Scalar(.string(""), style: .plain)), range: .empty(at: start)))
        }
        index = end
        return try unquotedValue(start: start, end: end)
    }

    /// `second-value`, an implicit-list element after a comma: a quoted value, or an unquoted one of at least one
    /// character without `=`. Nil when none can be read here (the position is unchanged), which makes the caller
    /// backtrack, as the CLI's caught `ShorthandParseSyntaxError` does.
    mutating func secondValue() throws(Failure) -> ScalarValue? {
        guard index < count else { return nil }
        if bytes[index] == Byte.singleQuote || bytes[index] == Byte.doubleQuote {
            if let value = try quotedValue() { return value }
            // Recovery reads an unterminated quote as a value running to the end rather than as a key.
            if mode == .tolerant { return try unterminatedQuotedValue() }
            stoppedAtUnterminatedQuote = true
            return nil
        }
        let start = index
        let end = unquotedEnd(from: start, second: true)
        guard end > start else { return nil }
        index = end
        return try unquotedValue(start: start, end: end)
    }

    /// The end of the CLI's unquoted regex `(\\,|[START])(\\,|[FOLLOW])*` from `start`; `start` when it does not
    /// match. The escaped comma is tried first, as in the regex's alternation.
    private func unquotedEnd(from start: Int, second: Bool) -> Int {
        var i = start
        if i + 1 < count, bytes[i] == Byte.backslash, bytes[i + 1] == Byte.comma {
            i += 2
        } else {
            let length = ShorthandCharacters.startLength(bytes, i)
            if length == 0 { return start }
            i += length
        }
        while i < count {
            if bytes[i] == Byte.backslash, i + 1 < count, bytes[i + 1] == Byte.comma {
                i += 2
                continue
            }
            let length =
                second
                ? ShorthandCharacters.secondFollowLength(bytes, i) : ShorthandCharacters.firstFollowLength(bytes, i)
            if length == 0 { break }
            i += length
        }
        return i
    }

    /// An unquoted match: every `\,` becomes `,`, then Python's `rstrip()` removes trailing Unicode whitespace. The
    /// node's range excludes the stripped whitespace.
    private mutating func unquotedValue(start: Int, end: Int) throws(Failure) -> ScalarValue {
        let stripped = ShorthandCharacters.pythonRStripEnd(bytes, start: start, end: end)
        let range = ByteRange(start: start, end: stripped)
        guard bytes[start..<stripped].contains(Byte.backslash) else {
            return try resolved(String(decoding: bytes[start..<stripped], as: UTF8.self), style: .plain, range: range)
        }
        var processed = [UInt8]()
        processed.reserveCapacity(stripped - start)
        var i = start
        while i < stripped {
            if bytes[i] == Byte.backslash, i + 1 < stripped, bytes[i + 1] == Byte.comma {
                processed.append(Byte.comma)
                i += 2
            } else {
                processed.append(bytes[i])
                i += 1
            }
        }
        return try resolved(String(decoding: processed, as: UTF8.self), style: .plain, range: range)
    }

    /// A complete quoted value at the current position, or nil (position unchanged) when it has no closing quote.
    private mutating func quotedValue() throws(Failure) -> ScalarValue? {
        let start = index
        guard let end = quotedEnd(from: start) else { return nil }
        index = end
        let quote = bytes[start]
        let body = Self.unescape(bytes[(start + 1)..<(end - 1)], quote: quote)
        let style: ScalarStyle = quote == Byte.singleQuote ? .singleQuoted : .doubleQuoted
        return try resolved(body, style: style, range: ByteRange(start: start, end: end))
    }

    /// Tolerant recovery for a quote that never closes: the rest of the text is its body.
    private mutating func unterminatedQuotedValue() throws(Failure) -> ScalarValue {
        let start = index
        index = count
        let quote = bytes[start]
        let body = Self.unescape(bytes[(start + 1)..<count], quote: quote)
        let style: ScalarStyle = quote == Byte.singleQuote ? .singleQuoted : .doubleQuoted
        return try resolved(body, style: style, range: ByteRange(start: start, end: count))
    }

    /// The offset after the closing quote of the quoted value starting at `start`, as the CLI's regex
    /// `'(?:\\'|[^'])*'` matches it, or nil when it does not match.
    ///
    /// The regex prefers `\'` as an escape, so the first unescaped quote closes the value. When none follows, its
    /// backtracking reads the last `\'` as a backslash followed by the closing quote instead (`"x\\",b=c` gives
    /// `x\`). Either way every quote character belongs to some match, so a value without a match means no quote of
    /// that kind follows: remembering that keeps repeated attempts linear.
    mutating func quotedEnd(from start: Int) -> Int? {
        let quote = bytes[start]
        let single = quote == Byte.singleQuote
        if start >= (single ? unclosedSingleQuoteFrom : unclosedDoubleQuoteFrom) { return nil }
        var lastEscapedQuote: Int?
        var i = start + 1
        while i < count {
            let b = bytes[i]
            if b == Byte.backslash, i + 1 < count, bytes[i + 1] == quote {
                lastEscapedQuote = i + 1
                i += 2
            } else if b == quote {
                return i + 1
            } else {
                i += 1
            }
        }
        if let lastEscapedQuote { return lastEscapedQuote + 1 }
        if single { unclosedSingleQuoteFrom = start } else { unclosedDoubleQuoteFrom = start }
        return nil
    }

    /// The CLI's unescaping of a quoted body: every `\<quote>` becomes `<quote>`, then, in a second pass over the
    /// result, every `\\` becomes `\`. Nothing else is an escape.
    private static func unescape(_ body: ArraySlice<UInt8>, quote: UInt8) -> String {
        guard body.contains(Byte.backslash) else { return String(decoding: body, as: UTF8.self) }
        var first = [UInt8]()
        first.reserveCapacity(body.count)
        var i = body.startIndex
        while i < body.endIndex {
            if body[i] == Byte.backslash, i + 1 < body.endIndex, body[i + 1] == quote {
                first.append(quote)
                i += 2
            } else {
                first.append(body[i])
                i += 1
            }
        }
        var second = [UInt8]()
        second.reserveCapacity(first.count)
        var j = 0
        while j < first.count {
            if first[j] == Byte.backslash, j + 1 < first.count, first[j + 1] == Byte.backslash {
                second.append(Byte.backslash)
                j += 2
            } else {
                second.append(first[j])
                j += 1
            }
        }
        return String(decoding: second, as: UTF8.self)
    }

    /// The node for a processed value, replaced by the file's contents when the key was written `key@=` and the
    /// value starts with `file://` or `fileb://` (AWSCLI.md 1.4).
    ///
    /// The strict pass calls the loader (once per path) and throws the CLI's `ResourceLoadingError` when it fails;
    /// without a loader the value stays a literal string, listed in `fileReferences`. The tolerant pass only
    /// reuses what the strict pass loaded, so it never reads a file the CLI would not have read.
    private mutating func resolved(_ value: String, style: ScalarStyle, range: ByteRange) throws(Failure)
        -> ScalarValue
    {
        let literal = SyntaxNode(.scalar(Scalar(.string(value), style: style)), range: range)
        guard resolveParamFiles else { return ScalarValue(node: literal) }
        let binary: Bool
        let prefixLength: Int
        if value.utf8.starts(with: Self.filePrefix) {
            binary = false
            prefixLength = Self.filePrefix.count
        } else if value.utf8.starts(with: Self.fileBinaryPrefix) {
            binary = true
            prefixLength = Self.fileBinaryPrefix.count
        } else {
            return ScalarValue(node: literal)
        }
        let path = String(decoding: value.utf8.dropFirst(prefixLength), as: UTF8.self)
        var reference = ShorthandFileReference(range: range, path: path, binary: binary, loaded: false)
        let key = LoadKey(path: path, binary: binary)
        var outcome = loads[key]
        if outcome == nil, mode == .strict, let loader {
            do throws(ParamFileError) {
                outcome = .success(try loader.load(path: path, binary: binary))
            } catch {
                outcome = .failure(error)
            }
            loads[key] = outcome
        }
        switch outcome {
        case .success(let contents):
            reference.loaded = true
            let kind: ScalarKind = binary ? .binary(contents) : .string(String(decoding: contents, as: UTF8.self))
            return ScalarValue(
                node: SyntaxNode(.scalar(Scalar(kind, style: style)), range: range), reference: reference)
        case .failure(let error):
            if mode == .strict {
                let message = error.cliMessage(reference: value)
                throw Failure(kind: .paramFile, offset: range.start, range: range, detail: message)
            }
            return ScalarValue(node: literal, reference: reference)
        case nil:
            return ScalarValue(node: literal, reference: reference)
        }
    }

    private static let filePrefix = Array("file://".utf8)
    private static let fileBinaryPrefix = Array("fileb://".utf8)
}
