import InputSyntax
import TextModel

/// The places where ruamel.yaml's pure-Python scanner, which the AWS CLI v2 uses, refuses text that libyaml
/// accepts. Checked after libyaml read the document without error; the earliest violation is reported.
///
/// - Tabs: ruamel skips only spaces between tokens in block context and never lets a tab continue a plain scalar;
///   tabs are fine inside quoted and block scalars, comments, and between the tokens of a flow collection.
/// - Block scalars without an indentation indicator: a leading blank line holding spaces must not be followed by
///   blank lines or a first line indented further (ruamel's "more indented follow up line than first").
/// - A tag directly followed by `,`, `[` or `]`: ruamel reads them as part of the tag, which it then cannot
///   construct.
/// - A block scalar header with anything but blanks before a comment (`|#`, `|` and a tab).
/// - In a flow list, a `:` glued to what follows (`["a":b]`): YAML 1.2 reads it as text there.
/// - A `...` marker that ends no document (a second `...`, or one before any content): ruamel sees a second
///   document there.
enum YAMLRuamelScannerRules {
    static func firstViolation(_ bytes: [UInt8], _ facts: YAMLScannerFacts) -> SyntaxDiagnostic? {
        let candidates = [
            firstTab(bytes, facts), firstBlockIndentation(bytes, facts), firstTagSuffix(bytes, facts),
            firstStrayDocumentEnd(bytes, facts), firstVersionDirective(bytes, facts),
            facts.gluedPairColons.min().map { offset in
                SyntaxDiagnostic(
                    code: SyntaxDiagnostic.Code.syntax,
                    message:
                        "Put a space after ':' here: inside a flow list the AWS CLI's YAML reader reads a ':' followed by another character as text.",
                    range: ByteRange(start: offset, end: offset + 1))
            },
        ]
        return candidates.compactMap { $0 }.min { $0.range.start < $1.range.start }
    }

    // MARK: tabs

    private static func firstTab(_ bytes: [UInt8], _ facts: YAMLScannerFacts) -> SyntaxDiagnostic? {
        guard bytes.contains(UInt8(ascii: "\t")) else { return nil }
        let flow = mergedRanges(facts.flow)
        let blockContent = facts.block.map { ByteRange(start: lineEnd(bytes, from: $0.start), end: $0.end) }
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\t") {
            if contains(facts.quoted, offset) || contains(blockContent, offset) { continue }
            let inPlain = contains(facts.plain, offset)
            if !inPlain {
                if isInComment(bytes, offset, facts) { continue }
                if contains(flow, offset) { continue }
            }
            return SyntaxDiagnostic(
                code: SyntaxDiagnostic.Code.syntax,
                message:
                    "A tab here is refused by the AWS CLI's YAML reader: use spaces; tabs may appear only inside quoted strings, block scalars and comments.",
                range: ByteRange(start: offset, end: offset + 1))
        }
        return nil
    }

    /// Whether a `#` that starts a comment (at a line start or after a blank, outside scalars) precedes `offset`
    /// on its line.
    private static func isInComment(_ bytes: [UInt8], _ offset: Int, _ facts: YAMLScannerFacts) -> Bool {
        var i = offset
        while i > 0, bytes[i - 1] != UInt8(ascii: "\n"), bytes[i - 1] != UInt8(ascii: "\r") { i -= 1 }
        while i < offset {
            if bytes[i] == UInt8(ascii: "#"), i == 0 || i == facts.textStart || isBlank(bytes[i - 1]) || bytes[i - 1] == UInt8(ascii: "\n")
                || bytes[i - 1] == UInt8(ascii: "\r"), !contains(facts.quoted, i), !contains(facts.plain, i)
            {
                return true
            }
            i += 1
        }
        return false
    }

    // MARK: block scalars

    private static func firstBlockIndentation(_ bytes: [UInt8], _ facts: YAMLScannerFacts) -> SyntaxDiagnostic? {
        for scalar in facts.block {
            var i = scalar.start + 1
            var hasIndicator = false
            while i < bytes.count, [UInt8(ascii: "+"), UInt8(ascii: "-")].contains(bytes[i]) || ByteCursor.isDigit(bytes[i]) {
                if ByteCursor.isDigit(bytes[i]) { hasIndicator = true }
                i += 1
            }
            if i < bytes.count, ![UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r")].contains(bytes[i]) {
                return SyntaxDiagnostic(
                    code: SyntaxDiagnostic.Code.syntax,
                    message:
                        "Put a space between the block scalar indicator and what follows; the AWS CLI's YAML reader refuses it.",
                    range: ByteRange(start: i, end: Self.characterEnd(bytes, at: i)))
            }
            if hasIndicator { continue }
            i = lineEnd(bytes, from: i)
            if i < bytes.count, bytes[i] == UInt8(ascii: "\r") { i += 1 }
            if i < bytes.count, bytes[i] == UInt8(ascii: "\n") { i += 1 }
            var firstIndent = -1
            var maxIndent = 0
            var column = 0
            while i < bytes.count {
                let b = bytes[i]
                if b == UInt8(ascii: " ") {
                    column += 1
                    maxIndent = max(maxIndent, column)
                    i += 1
                } else if b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r") {
                    if firstIndent < 0 { firstIndent = column }
                    column = 0
                    i += b == UInt8(ascii: "\r") && i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "\n") ? 2 : 1
                } else {
                    break
                }
            }
            if firstIndent > 0 && maxIndent > firstIndent {
                return SyntaxDiagnostic(
                    code: SyntaxDiagnostic.Code.syntax,
                    message:
                        "This block scalar starts with a blank line of \(firstIndent) spaces and continues more indented; the AWS CLI's YAML reader refuses it (remove the spaces from the blank line).",
                    range: ByteRange(start: i, end: Self.characterEnd(bytes, at: i)))
            }
        }
        return nil
    }

    /// One past the UTF-8 character that starts at `i` (its continuation bytes included), so that a range over
    /// it never cuts a character.
    static func characterEnd(_ bytes: [UInt8], at i: Int) -> Int {
        guard i < bytes.count else { return bytes.count }
        var end = i + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return end
    }

    // MARK: document markers

    private static func firstStrayDocumentEnd(_ bytes: [UInt8], _ facts: YAMLScannerFacts) -> SyntaxDiagnostic? {
        let ends = Set(facts.documentEnds)
        var i = facts.textStart
        while i < bytes.count {
            if bytes[i...].starts(with: [UInt8(ascii: "."), UInt8(ascii: "."), UInt8(ascii: ".")]),
                i + 3 == bytes.count || [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r")]
                    .contains(bytes[i + 3]),
                !ends.contains(i)
            {
                return SyntaxDiagnostic(
                    code: SyntaxDiagnostic.Code.syntax,
                    message: "This '...' ends no document; the AWS CLI's YAML reader takes it as a second document.",
                    range: ByteRange(start: i, end: i + 3))
            }
            i = lineEnd(bytes, from: i)
            if i < bytes.count, bytes[i] == UInt8(ascii: "\r") { i += 1 }
            if i < bytes.count, bytes[i] == UInt8(ascii: "\n") { i += 1 }
        }
        return nil
    }

    /// ruamel wants a blank or a line break right after the version of a `%YAML` directive (libyaml also takes
    /// `%YAML 1.2#`).
    private static func firstVersionDirective(_ bytes: [UInt8], _ facts: YAMLScannerFacts) -> SyntaxDiagnostic? {
        var i = facts.textStart
        while i < bytes.count, bytes[i] == UInt8(ascii: "%") {
            var c = ByteCursor(bytes[i..<lineEnd(bytes, from: i)])
            if c.rest.starts(with: Array("%YAML ".utf8)) {
                for _ in 0..<6 { c.advance() }
                c.eatRun { $0 == UInt8(ascii: " ") }
                if c.eatRun(ByteCursor.isDigit) > 0, c.eat(UInt8(ascii: ".")), c.eatRun(ByteCursor.isDigit) > 0,
                    let next = c.peek, next != UInt8(ascii: " ")
                {
                    return SyntaxDiagnostic(
                        code: SyntaxDiagnostic.Code.syntax,
                        message: "Put a space after the %YAML version; the AWS CLI's YAML reader refuses it.",
                        range: ByteRange(start: c.index, end: Self.characterEnd(bytes, at: c.index)))
                }
            }
            i = lineEnd(bytes, from: i)
            if i < bytes.count, bytes[i] == UInt8(ascii: "\r") { i += 1 }
            if i < bytes.count, bytes[i] == UInt8(ascii: "\n") { i += 1 }
        }
        return nil
    }

    // MARK: tags

    private static func firstTagSuffix(_ bytes: [UInt8], _ facts: YAMLScannerFacts) -> SyntaxDiagnostic? {
        for start in facts.tags {
            var i = start + 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "<") { continue }
            while i < bytes.count, isLibYAMLTagCharacter(bytes[i]) { i += 1 }
            guard i < bytes.count, [UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]")].contains(bytes[i]) else {
                continue
            }
            return SyntaxDiagnostic(
                code: SyntaxDiagnostic.Code.syntax,
                message:
                    "Put a space after the tag: the AWS CLI's YAML reader takes '\(Character(Unicode.Scalar(bytes[i])))' as part of the tag name and refuses the unknown tag.",
                range: ByteRange(start: start, end: i + 1))
        }
        return nil
    }

    private static func isLibYAMLTagCharacter(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "A")...UInt8(ascii: "Z"):
            return true
        default:
            return Array("-_;/?:@&=+$.%!~*'()".utf8).contains(b)
        }
    }

    // MARK: helpers

    private static func isBlank(_ b: UInt8) -> Bool { b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") }

    private static func lineEnd(_ bytes: [UInt8], from offset: Int) -> Int {
        var i = offset
        while i < bytes.count, bytes[i] != UInt8(ascii: "\n"), bytes[i] != UInt8(ascii: "\r") { i += 1 }
        return i
    }

    /// Whether one of `ranges` (sorted by start, not overlapping) contains `offset`.
    private static func contains(_ ranges: [ByteRange], _ offset: Int) -> Bool {
        var low = 0
        var high = ranges.count
        while low < high {
            let mid = (low + high) / 2
            if ranges[mid].end <= offset { low = mid + 1 } else { high = mid }
        }
        return low < ranges.count && ranges[low].contains(offset)
    }

    /// Nested ranges reduced to their outermost ones, sorted.
    private static func mergedRanges(_ ranges: [ByteRange]) -> [ByteRange] {
        var out: [ByteRange] = []
        for r in ranges.sorted(by: { $0.start < $1.start }) {
            if let last = out.last, r.start < last.end {
                out[out.count - 1] = last.union(r)
            } else {
                out.append(r)
            }
        }
        return out
    }
}
