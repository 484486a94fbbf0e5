import InputSyntax
package import TextModel

/// The AWS CLI's shorthand syntax (`Key=STATUS,Values=A,B`, `[...]`, `{...}`, quotes, `\,`, `key@=file://…`) read
/// into the format-neutral tree, with the CLI's own verdict and error positions (AWSCLI.md 1.3–1.7).
///
/// Pure and synchronous: files are read only through the given `ParamFileLoader`. Parsing never throws or traps; it
/// takes time linear in the length of the text, including the CLI's backtracking in implicit lists.
package enum ShorthandParser {
    /// Parses `text` as the CLI would receive it on the command line (one shell word, quotes already removed).
    ///
    /// All ranges in the result are UTF-8 byte offsets into `text`; use `ShorthandParseResult.shifted(by:)` when the
    /// string sits inside a larger document.
    package static func parse(_ text: String, fileLoader: (any ParamFileLoader)? = nil) -> ShorthandParseResult {
        parse(bytes: Array(text.utf8), input: text, fileLoader: fileLoader)
    }

    /// Parses the whole of `source`.
    package static func parse(_ source: SourceText, fileLoader: (any ParamFileLoader)? = nil) -> ShorthandParseResult {
        parse(bytes: source.bytes, fileLoader: fileLoader)
    }

    /// Parses UTF-8 bytes that may be invalid: each byte of an invalid sequence counts as one character (the CLI
    /// would see a surrogate escape there, which unquoted values admit).
    package static func parse(bytes: [UInt8], fileLoader: (any ParamFileLoader)? = nil) -> ShorthandParseResult {
        parse(bytes: bytes, input: nil, fileLoader: fileLoader)
    }

    private static func parse(bytes: [UInt8], input: String?, fileLoader: (any ParamFileLoader)?)
        -> ShorthandParseResult
    {
        if bytes.count > SyntaxLimits.maxDocumentBytes {
            let error = ShorthandError(
                kind: .limit, index: 0, offset: 0, range: .empty(at: 0),
                detail: "Shorthand longer than \(SyntaxLimits.maxDocumentBytes) bytes", input: "")
            return ShorthandParseResult(root: nil, tolerantRoot: nil, error: error)
        }
        var strict = ShorthandReader(bytes: bytes, mode: .strict, loader: fileLoader)
        do {
            let root = try strict.parameter()
            return ShorthandParseResult(
                root: root, tolerantRoot: trailingWordAsKey(root, bytes: bytes, references: strict.fileReferences),
                error: nil, fileReferences: strict.fileReferences, warnings: strict.warnings)
        } catch {
            var tolerant: ShorthandReader
            if let checkpoint = strict.checkpoint {
                tolerant = ShorthandReader(resuming: &strict, from: checkpoint)
            } else {
                tolerant = ShorthandReader(bytes: bytes, mode: .tolerant, loader: nil, loads: strict.loads)
            }
            let root = try? tolerant.parameter()
            let text = input ?? cliString(bytes)
            let shorthandError = ShorthandError(
                kind: error.kind, expected: error.expected, actual: error.actual, key: error.key,
                index: codePointCount(bytes, upTo: error.offset), offset: error.offset, range: error.range,
                detail: error.detail, input: text)
            return ShorthandParseResult(
                root: root,
                tolerantRoot: root.map { trailingWordAsKey($0, bytes: bytes, references: tolerant.fileReferences) },
                error: shorthandError, fileReferences: tolerant.fileReferences, warnings: tolerant.warnings)
        }
    }

    /// The number of code points in `bytes[0..<offset]`, counting each byte of an invalid sequence as one.
    private static func codePointCount(_ bytes: [UInt8], upTo offset: Int) -> Int {
        var i = 0
        var n = 0
        let end = min(offset, bytes.count)
        while i < end {
            i += max(1, UTF8Scanning.sequenceLength(bytes, at: i))
            n += 1
        }
        return n
    }

    /// The text as a string with one U+FFFD per invalid byte, so that code point indexes agree with the bytes.
    private static func cliString(_ bytes: [UInt8]) -> String {
        guard UTF8Scanning.firstInvalidSequence(bytes) != nil else { return String(decoding: bytes, as: UTF8.self) }
        var scalars = String.UnicodeScalarView()
        var i = 0
        while i < bytes.count {
            scalars.append(UTF8Scanning.scalar(bytes, at: i))
            i += max(1, UTF8Scanning.sequenceLength(bytes, at: i))
        }
        return String(scalars)
    }

    /// `tolerantRoot`: when the last top-level value is an implicit list whose last element ends the text and is
    /// either missing (a trailing comma) or an unquoted word of key characters, that element becomes a new member
    /// with a `.missing` value.
    private static func trailingWordAsKey(_ root: SyntaxNode, bytes: [UInt8], references: [ShorthandFileReference])
        -> SyntaxNode
    {
        guard var members = root.members, let member = members.last, let elements = member.value.elements,
            elements.count >= 2, let last = elements.last, member.value.range.start < bytes.count,
            bytes[member.value.range.start] != Byte.openBracket,
            ShorthandCharacters.pythonRStripEnd(bytes, start: last.range.end, end: bytes.count) == last.range.end
        else { return root }
        let key: String
        switch last.value {
        case .missing:
            key = ""
        case .scalar(let scalar):
            let r = last.range
            guard scalar.style == .plain, !r.isEmpty, !references.contains(where: { $0.range == r }),
                bytes[r.start..<r.end].allSatisfy(ShorthandCharacters.isKey)
            else { return root }
            key = String(decoding: bytes[r.start..<r.end], as: UTF8.self)
        default:
            return root
        }
        let rest = Array(elements.dropLast())
        let value =
            rest.count == 1
            ? rest[0]
            : SyntaxNode(
                .array(rest), range: ByteRange(start: member.value.range.start, end: rest[rest.count - 1].range.end))
        members[members.count - 1] = SyntaxMember(key: member.key, keyRange: member.keyRange, value: value)
        let keyRange = last.isMissing ? ByteRange.empty(at: last.range.start) : last.range
        members.append(
            SyntaxMember(key: key, keyRange: keyRange, value: SyntaxNode(.missing, range: .empty(at: keyRange.end))))
        return SyntaxNode(.object(members), range: root.range)
    }
}
