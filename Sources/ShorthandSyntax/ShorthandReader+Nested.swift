import InputSyntax
import TextModel

/// Explicit lists `[...]` and hash literals `{...}`, read with an explicit stack so that nesting depth costs heap,
/// not call stack, and is bounded by `SyntaxLimits.maxNestingDepth`.
extension ShorthandReader {
    /// An open literal.
    private enum Frame {
        /// `[` at `start` (UTF-8 byte offset) and the elements read so far.
        case list(start: Int, elements: [SyntaxNode])
        /// `{` at `start`, the members read so far, and the key whose value is being read.
        case hash(start: Int, members: [SyntaxMember], key: String, keyRange: ByteRange)
    }

    /// What the reader does next.
    private enum Step {
        /// Read an element (`[`, `{` or a first value) at the current position.
        case value
        /// After `[` or a separator: the closing `]` or the next element.
        case listNext
        /// After `{` or a separator: the closing `}` or the next `key=`.
        case hashNext
        /// Hand the finished node to the enclosing literal, then expect `,` or its closer.
        case deliver(SyntaxNode)
    }

    /// The CLI's `_explicit_values`: an explicit list, a hash literal, or a first value, at the current position.
    mutating func nestedValue() throws(Failure) -> SyntaxNode {
        var frames = [Frame]()
        var step = Step.value
        while true {
            switch step {
            case .value:
                step = try valueStep(&frames)
            case .listNext:
                if index < count, bytes[index] == Byte.closeBracket {
                    index += 1
                    step = .deliver(close(&frames, end: index))
                } else if index >= count, mode == .tolerant {
                    return closeAll(&frames)
                } else {
                    step = .value
                }
            case .hashNext:
                if index < count, bytes[index] == Byte.closeBrace {
                    index += 1
                    step = .deliver(close(&frames, end: index))
                } else if index >= count, mode == .tolerant {
                    // A key about to be typed: an empty key whose value is missing.
                    setPendingKey(&frames, key: "", range: .empty(at: index))
                    return closeAll(&frames, pending: missing(at: index))
                } else {
                    step = try hashKeyStep(&frames)
                }
            case .deliver(let node):
                guard let closer = append(node, to: &frames) else { return node }
                let next: Step = closer == Byte.closeBracket ? .listNext : .hashNext
                skipWhitespace()
                if index < count, bytes[index] == closer {
                    step = next
                } else if index < count, bytes[index] == Byte.comma {
                    index += 1
                    skipWhitespace()
                    if mode == .tolerant, index >= count, closer == Byte.closeBracket {
                        // `[b,` at the end: the element about to be typed.
                        return closeAll(&frames, pending: missing(at: index))
                    }
                    step = next
                } else {
                    try syntaxFailure(expected: ",", at: index)
                    if index >= count { return closeAll(&frames) }
                    skipToSeparator(closer: closer)
                    if index < count, bytes[index] == Byte.comma {
                        index += 1
                        skipWhitespace()
                    }
                    step = next
                }
            }
        }
    }

    /// Opens a literal or reads a first value.
    private mutating func valueStep(_ frames: inout [Frame]) throws(Failure) -> Step {
        guard index < count else {
            // Only reachable on the way to an error: `[` or `=` at the very end.
            return .deliver(missing(at: index))
        }
        let b = bytes[index]
        if b == Byte.openBracket || b == Byte.openBrace {
            if frames.count >= SyntaxLimits.maxNestingDepth {
                try limitFailure(at: index)
                let node = missing(at: index)
                index = count
                return .deliver(node)
            }
            let start = index
            index += 1
            skipWhitespace()
            if b == Byte.openBracket {
                frames.append(.list(start: start, elements: []))
                return .listNext
            }
            frames.append(.hash(start: start, members: [], key: "", keyRange: .empty(at: index)))
            return .hashNext
        }
        if mode == .tolerant, b == Byte.closeBrace, case .hash = frames.last {
            // The CLI reads `{b=}` as the value `}` and then misses the closing brace; recovery reads it as a
            // missing value followed by the brace, which is what the writer meant.
            return .deliver(missing(at: index))
        }
        let value = try firstValue()
        accept(value)
        return .deliver(value.node)
    }

    /// Reads `key ws? ("@" ws?)? "=" ws?` inside a hash literal.
    private mutating func hashKeyStep(_ frames: inout [Frame]) throws(Failure) -> Step {
        let keyRange = scanKey()
        setPendingKey(&frames, key: text(keyRange), range: keyRange)
        resolveParamFiles = false
        skipWhitespace()
        if index < count, bytes[index] == Byte.at {
            index += 1
            skipWhitespace()
            resolveParamFiles = true
        }
        guard index < count, bytes[index] == Byte.equals else {
            try syntaxFailure(expected: "=", at: index)
            return .deliver(missing(at: index))
        }
        index += 1
        skipWhitespace()
        return .value
    }

    private mutating func limitFailure(at offset: Int) throws(Failure) {
        guard mode == .strict else { return }
        throw Failure(kind: .limit, offset: offset, range: ByteRange(start: offset, end: offset + 1))
    }

    private func setPendingKey(_ frames: inout [Frame], key: String, range: ByteRange) {
        guard case .hash(let start, let members, _, _) = frames.popLast() else { return }
        frames.append(.hash(start: start, members: members, key: key, keyRange: range))
    }

    /// Adds `node` to the innermost literal and returns that literal's closer; nil when there is none (`node` is the
    /// finished value).
    private mutating func append(_ node: SyntaxNode, to frames: inout [Frame]) -> UInt8? {
        switch frames.popLast() {
        case nil:
            return nil
        case .list(let start, var elements):
            elements.append(node)
            frames.append(.list(start: start, elements: elements))
            return Byte.closeBracket
        case .hash(let start, var members, let key, let keyRange):
            members.append(SyntaxMember(key: key, keyRange: keyRange, value: node))
            frames.append(.hash(start: start, members: members, key: "", keyRange: .empty(at: index)))
            return Byte.closeBrace
        }
    }

    /// Pops the innermost literal as a node ending at `end` (UTF-8 byte offset, exclusive).
    private mutating func close(_ frames: inout [Frame], end: Int) -> SyntaxNode {
        switch frames.popLast() {
        case .list(let start, let elements):
            return SyntaxNode(.array(elements), range: ByteRange(start: start, end: end))
        case .hash(let start, let members, _, _):
            warnAboutRepeatedKeys(members)
            return SyntaxNode(.object(members), range: ByteRange(start: start, end: end))
        case nil:
            return missing(at: end)
        }
    }

    /// Tolerant recovery at the end of the text: closes every open literal, innermost first, giving `pending` to the
    /// innermost one.
    private mutating func closeAll(_ frames: inout [Frame], pending: SyntaxNode? = nil) -> SyntaxNode {
        var node = pending
        while !frames.isEmpty {
            if let node { _ = append(node, to: &frames) }
            node = close(&frames, end: count)
        }
        return node ?? missing(at: count)
    }

    /// Warns about every member whose key an earlier member of the same hash already has: the CLI keeps the last.
    /// Hashes are usually small, where comparing pairs is cheaper than hashing every key.
    private mutating func warnAboutRepeatedKeys(_ members: [SyntaxMember]) {
        guard members.count > 1 else { return }
        if members.count <= 16 {
            for i in 1..<members.count where members[0..<i].contains(where: { $0.key == members[i].key }) {
                warnRepeated(members[i])
            }
            return
        }
        var seen = Set<String>()
        for member in members where !seen.insert(member.key).inserted {
            warnRepeated(member)
        }
    }

    private mutating func warnRepeated(_ member: SyntaxMember) {
        warnings.append(
            SyntaxDiagnostic(
                code: SyntaxDiagnostic.Code.duplicateKey, severity: .warning,
                message: "Duplicate key \"\(member.key)\": the AWS CLI keeps only the last value",
                range: member.keyRange))
    }
}
