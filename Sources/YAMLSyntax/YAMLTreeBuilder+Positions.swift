import InputSyntax
import TextModel

/// Byte-exact ranges where libyaml's marks are not what an editor wants: keys without their `&anchor !tag`,
/// empty values placed where they would be typed, block scalars without trailing line breaks.
extension YAMLTreeBuilder {
    /// The key as written: the event's range without the anchor and tag libyaml includes at its start.
    func keyRange(_ range: ByteRange, _ properties: YAMLNodeProperties) -> ByteRange {
        guard properties.anchor != nil || properties.tag != nil else { return range }
        var i = range.start
        for _ in 0..<2 {
            guard i < range.end, bytes[i] == UInt8(ascii: "&") || bytes[i] == UInt8(ascii: "!") else { break }
            if bytes[i] == UInt8(ascii: "!"), i + 1 < range.end, bytes[i + 1] == UInt8(ascii: "<") {
                while i < range.end, bytes[i] != UInt8(ascii: ">") { i += 1 }
                i += 1
            }
            while i < range.end, !isWhitespace(bytes[i]) { i += 1 }
            while i < range.end, isWhitespace(bytes[i]) { i += 1 }
        }
        return i < range.end ? ByteRange(start: i, end: range.end) : range
    }

    /// Records where a scalar's content and tag lie.
    mutating func recordFacts(_ scalar: YAMLScalarEvent, range: ByteRange) {
        recordTag(scalar.properties, range: range)
        let content = keyRange(range, scalar.properties)
        switch scalar.style {
        case .plain: if !scalar.value.isEmpty { facts.plain.append(content) }
        case .singleQuoted, .doubleQuoted: facts.quoted.append(content)
        case .literal, .folded: facts.block.append(content)
        }
    }

    /// Records the offset of a node's tag, found among the properties at the start of its event.
    mutating func recordTag(_ properties: YAMLNodeProperties, range: ByteRange) {
        guard properties.tag != nil else { return }
        var i = range.start
        for _ in 0..<2 {
            guard i < range.end else { return }
            if bytes[i] == UInt8(ascii: "!") {
                facts.tags.append(i)
                return
            }
            guard bytes[i] == UInt8(ascii: "&") else { return }
            while i < range.end, !isWhitespace(bytes[i]) { i += 1 }
            while i < range.end, isWhitespace(bytes[i]) { i += 1 }
        }
    }

    /// Records the `:` of a single-pair mapping in a flow sequence when a non-blank follows it: ruamel (YAML 1.2)
    /// takes such a `:` as text inside `[…]`, so `["a":b]` is two scalars without a comma there.
    mutating func recordGluedPairColons(_ frame: Frame) {
        for entry in frame.entries {
            var i = entry.keyRange.end
            while i < bytes.count, isWhitespace(bytes[i]) { i += 1 }
            guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: ":"), !isWhitespace(bytes[i + 1]) else { continue }
            facts.gluedPairColons.append(i)
        }
    }

    /// Where an empty value libyaml reports at `mark` (the next token, often on a later line) would be typed:
    /// after `key: ` or after `- `.
    func emptyValueOffset(mark: Int) -> Int {
        guard let top = frames.indices.last else { return mark }
        if frames[top].isMapping {
            if let pending = frames[top].pendingKey { return valueOffset(afterKey: pending.range) }
            return mark
        }
        if !frames[top].flow {
            var i = skipBlanksAndComments(from: frames[top].lastEnd, limit: bytes.count)
            guard i < bytes.count, bytes[i] == UInt8(ascii: "-") else { return mark }
            i += 1
            while i < bytes.count, bytes[i] == UInt8(ascii: " ") || bytes[i] == UInt8(ascii: "\t") { i += 1 }
            return i
        }
        return mark
    }

    /// The offset after the `:` that follows a key and the blanks after it, or the key's end without a `:`.
    func valueOffset(afterKey key: ByteRange) -> Int {
        var i = skipBlanksAndComments(from: key.end, limit: bytes.count)
        guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return key.end }
        i += 1
        while i < bytes.count, bytes[i] == UInt8(ascii: " ") || bytes[i] == UInt8(ascii: "\t") { i += 1 }
        return i
    }

    /// The range without trailing blanks and line breaks.
    func trimmedTrailingSpace(_ range: ByteRange) -> ByteRange {
        var end = min(range.end, bytes.count)
        while end > range.start, isWhitespace(bytes[end - 1]) { end -= 1 }
        return ByteRange(start: range.start, end: end)
    }

    /// The character at `offset` as a range, or an empty range at a line break or the end of the text.
    func characterRange(at offset: Int) -> ByteRange {
        let o = min(max(0, offset), bytes.count)
        guard o < bytes.count, bytes[o] != UInt8(ascii: "\n"), bytes[o] != UInt8(ascii: "\r") else {
            return .empty(at: o)
        }
        return ByteRange(start: o, end: o + max(1, UTF8Scanning.sequenceLength(bytes, at: o)))
    }

    /// The offset of the end of the line holding `offset`, before its line break.
    func lineEnd(from offset: Int) -> Int {
        var i = min(max(0, offset), bytes.count)
        while i < bytes.count, bytes[i] != UInt8(ascii: "\n"), bytes[i] != UInt8(ascii: "\r") { i += 1 }
        return i
    }

    /// The offset of the start of the line holding `offset`.
    func lineStart(of offset: Int) -> Int {
        var i = min(max(0, offset), bytes.count)
        while i > 0, bytes[i - 1] != UInt8(ascii: "\n"), bytes[i - 1] != UInt8(ascii: "\r") { i -= 1 }
        return i
    }

    /// When libyaml stopped on a plain key still without its `:` (a key being typed), remembers it so that the
    /// block mapping at its column gets it as a member with a missing value.
    mutating func recoverTypedKey(_ error: LibYAMLError) {
        guard error.problem == "could not find expected ':'", error.context == "while scanning a simple key",
            let start = error.contextOffset, start < bytes.count
        else { return }
        let first = bytes[start]
        let indicators = Array("\"'[]{}&!*|>%@`#,?:-".utf8)
        guard !indicators.contains(first), !isWhitespace(first) else { return }
        var end = lineEnd(from: start)
        if let comment = (start..<end).first(where: { bytes[$0] == UInt8(ascii: "#") && isWhitespace(bytes[$0 - 1]) }) {
            end = comment
        }
        let range = trimmedTrailingSpace(ByteRange(start: start, end: end))
        guard !range.isEmpty, error.problemOffset >= range.end else { return }
        let column = start - lineStart(of: start)
        for index in frames.indices.reversed() {
            guard frames[index].isMapping, !frames[index].flow else { continue }
            let mappingColumn = frames[index].start - lineStart(of: frames[index].start)
            if mappingColumn == column {
                recoveredKey = (index, String(decoding: bytes[range.range], as: UTF8.self), range)
            }
            if mappingColumn <= column { return }
        }
    }

    private func skipBlanksAndComments(from offset: Int, limit: Int) -> Int {
        var i = max(0, offset)
        let end = min(limit, bytes.count)
        while i < end {
            if isWhitespace(bytes[i]) {
                i += 1
            } else if bytes[i] == UInt8(ascii: "#") {
                while i < end, bytes[i] != UInt8(ascii: "\n"), bytes[i] != UInt8(ascii: "\r") { i += 1 }
            } else {
                break
            }
        }
        return i
    }

    private func isWhitespace(_ b: UInt8) -> Bool {
        b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") || b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r")
    }
}
