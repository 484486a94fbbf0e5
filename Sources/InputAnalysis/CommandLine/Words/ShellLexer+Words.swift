import TextModel

extension ShellLexer {
    /// Collects one word's value bytes and the source offset each came from.
    struct WordBuilder {
        var value: [UInt8] = []
        var offsets: [Int] = []
        var expansions: [CommandWord.Expansion] = []

        mutating func append(_ byte: UInt8, from offset: Int) {
            value.append(byte)
            offsets.append(offset)
        }

        /// Appends source bytes `range` verbatim as a run-time expansion.
        mutating func appendExpansion(_ bytes: [UInt8], _ range: Range<Int>, quoted: Bool) {
            let start = value.count
            for k in range {
                value.append(bytes[k])
                offsets.append(k)
            }
            expansions.append(
                CommandWord.Expansion(valueRange: ByteRange(start: start, end: value.count), isQuoted: quoted))
        }
    }

    /// Reads the word starting at `i` up to the next unquoted metacharacter.
    mutating func readWord() -> CommandWord {
        let start = i
        var word = WordBuilder()
        while i < end {
            let b = bytes[i]
            if b == Shell.carriageReturn, i + 1 < end, bytes[i + 1] == Shell.lineFeed { break }
            if Shell.isMetacharacter(b) {
                // `<(…)` and `>(…)` are words: process substitutions.
                if (b == Shell.less || b == Shell.greater) && i + 1 < end && bytes[i + 1] == Shell.openParen {
                    readCommandSubstitution(into: &word, openerLength: 2, quoted: false)
                    continue
                }
                break
            }
            switch b {
            case Shell.backslash:
                if let skip = lineContinuation(at: i) {
                    i += skip
                } else if i + 1 < end {
                    word.append(bytes[i + 1], from: i + 1)
                    i += 2
                } else {
                    word.append(b, from: i)
                    i += 1
                }
            case Shell.singleQuote:
                i += 1
                while i < end, bytes[i] != Shell.singleQuote {
                    word.append(bytes[i], from: i)
                    i += 1
                }
                i = min(i + 1, end)
            case Shell.doubleQuote:
                readDoubleQuoted(into: &word)
            case Shell.dollar:
                readDollar(into: &word, quoted: false)
            case Shell.backtick:
                readBackticks(into: &word, quoted: false)
            default:
                word.append(b, from: i)
                i += 1
            }
        }
        word.offsets.append(i)
        return CommandWord(
            value: word.value, range: ByteRange(start: start, end: i), offsets: word.offsets,
            expansions: word.expansions)
    }

    /// The length of a backslash-newline continuation at `offset` (2, or 3 with `\r\n`), or nil.
    func lineContinuation(at offset: Int) -> Int? {
        guard offset + 1 < end else { return nil }
        if bytes[offset + 1] == Shell.lineFeed { return 2 }
        if bytes[offset + 1] == Shell.carriageReturn, offset + 2 < end, bytes[offset + 2] == Shell.lineFeed {
            return 3
        }
        return nil
    }

    /// `"…"`: backslash escapes only `$`, backtick, `"`, `\` and a line break; expansions are quoted.
    private mutating func readDoubleQuoted(into word: inout WordBuilder) {
        i += 1
        while i < end {
            let b = bytes[i]
            switch b {
            case Shell.doubleQuote:
                i += 1
                return
            case Shell.backslash:
                if let skip = lineContinuation(at: i) {
                    i += skip
                } else if i + 1 < end,
                    [Shell.dollar, Shell.backtick, Shell.doubleQuote, Shell.backslash].contains(bytes[i + 1])
                {
                    word.append(bytes[i + 1], from: i + 1)
                    i += 2
                } else {
                    word.append(b, from: i)
                    i += 1
                }
            case Shell.dollar:
                readDollar(into: &word, quoted: true)
            case Shell.backtick:
                readBackticks(into: &word, quoted: true)
            default:
                word.append(b, from: i)
                i += 1
            }
        }
    }

    /// `$…` at `i`: an expansion, an ANSI-C string, or a lone `$`.
    private mutating func readDollar(into word: inout WordBuilder, quoted: Bool) {
        let start = i
        guard i + 1 < end else {
            word.append(Shell.dollar, from: i)
            i += 1
            return
        }
        let next = bytes[i + 1]
        switch next {
        case Shell.singleQuote where !quoted:
            readANSIC(into: &word)
        case Shell.doubleQuote where !quoted:
            // `$"…"`: a translatable string, read as `"…"`.
            i += 1
            readDoubleQuoted(into: &word)
        case Shell.openParen:
            if i + 2 < end, bytes[i + 2] == Shell.openParen {
                // `$((…))`: arithmetic, opaque.
                let close = ShellBrackets.matchingClose(bytes, from: i + 2, end: end, opener: .paren) ?? (end - 1)
                i = min(close + 1, end)
                word.appendExpansion(bytes, start..<i, quoted: quoted)
            } else {
                readCommandSubstitution(into: &word, openerLength: 2, quoted: quoted)
            }
        case Shell.openBrace:
            let close = ShellBrackets.matchingClose(bytes, from: i + 2, end: end, opener: .brace) ?? (end - 1)
            i = min(close + 1, end)
            word.appendExpansion(bytes, start..<i, quoted: quoted)
        default:
            var j = i + 1
            if Self.isNameStart(next) {
                while j < end, Self.isNameStart(bytes[j]) || (bytes[j] >= Shell.zero && bytes[j] <= Shell.nine) {
                    j += 1
                }
            } else if (next >= Shell.zero && next <= Shell.nine) || "@*#?$!-".utf8.contains(next) {
                j += 1
            } else {
                word.append(Shell.dollar, from: i)
                i += 1
                return
            }
            i = j
            word.appendExpansion(bytes, start..<i, quoted: quoted)
        }
    }

    /// `$(…)` (or `<(…)`, `>(…)`) at `i`: an opaque expansion whose inside is scanned for commands.
    private mutating func readCommandSubstitution(into word: inout WordBuilder, openerLength: Int, quoted: Bool) {
        let start = i
        let innerStart = i + openerLength
        if let close = ShellBrackets.matchingClose(bytes, from: innerStart, end: end, opener: .paren) {
            addSubstitution(start: innerStart, end: close)
            i = close + 1
        } else {
            addSubstitution(start: innerStart, end: end)
            i = end
        }
        word.appendExpansion(bytes, start..<i, quoted: quoted)
    }

    /// `` `…` ``: an opaque expansion whose inside is scanned for commands.
    private mutating func readBackticks(into word: inout WordBuilder, quoted: Bool) {
        let start = i
        var j = i + 1
        while j < end, bytes[j] != Shell.backtick {
            j += bytes[j] == Shell.backslash ? 2 : 1
        }
        let close = min(j, end)
        addSubstitution(start: start + 1, end: close)
        i = min(close + 1, end)
        word.appendExpansion(bytes, start..<i, quoted: quoted)
    }

    /// `$'…'`: ANSI-C quoting with backslash escapes.
    private mutating func readANSIC(into word: inout WordBuilder) {
        i += 2
        while i < end, bytes[i] != Shell.singleQuote {
            let b = bytes[i]
            guard b == Shell.backslash, i + 1 < end else {
                word.append(b, from: i)
                i += 1
                continue
            }
            let escapeStart = i
            let e = bytes[i + 1]
            i += 2
            let simple: [UInt8: UInt8] = [
                UInt8(ascii: "n"): 0x0A, UInt8(ascii: "t"): 0x09, UInt8(ascii: "r"): 0x0D, UInt8(ascii: "a"): 0x07,
                UInt8(ascii: "b"): 0x08, UInt8(ascii: "e"): 0x1B, UInt8(ascii: "E"): 0x1B, UInt8(ascii: "f"): 0x0C,
                UInt8(ascii: "v"): 0x0B, Shell.backslash: Shell.backslash, Shell.singleQuote: Shell.singleQuote,
                Shell.doubleQuote: Shell.doubleQuote, UInt8(ascii: "?"): UInt8(ascii: "?"),
            ]
            if let byte = simple[e] {
                word.append(byte, from: escapeStart)
            } else if e == UInt8(ascii: "x") || e == UInt8(ascii: "u") || e == UInt8(ascii: "U") {
                let maxDigits = e == UInt8(ascii: "x") ? 2 : e == UInt8(ascii: "u") ? 4 : 8
                var value: UInt32 = 0
                var digits = 0
                while digits < maxDigits, i < end, let d = Self.hexValue(bytes[i]) {
                    value = value * 16 + UInt32(d)
                    digits += 1
                    i += 1
                }
                if digits == 0 {
                    word.append(Shell.backslash, from: escapeStart)
                    word.append(e, from: escapeStart + 1)
                } else if e == UInt8(ascii: "x") {
                    word.append(UInt8(value), from: escapeStart)
                } else {
                    for byte in String(Character(Unicode.Scalar(value) ?? "\u{FFFD}")).utf8 {
                        word.append(byte, from: escapeStart)
                    }
                }
            } else if e >= Shell.zero, e <= UInt8(ascii: "7") {
                var value = UInt32(e - Shell.zero)
                var digits = 1
                while digits < 3, i < end, bytes[i] >= Shell.zero, bytes[i] <= UInt8(ascii: "7") {
                    value = value * 8 + UInt32(bytes[i] - Shell.zero)
                    digits += 1
                    i += 1
                }
                word.append(UInt8(truncatingIfNeeded: value), from: escapeStart)
            } else {
                word.append(Shell.backslash, from: escapeStart)
                word.append(e, from: escapeStart + 1)
            }
        }
        i = min(i + 1, end)
    }

    private static func isNameStart(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F
    }

    private static func hexValue(_ b: UInt8) -> UInt8? {
        switch b {
        case Shell.zero...Shell.nine: b - Shell.zero
        case UInt8(ascii: "a")...UInt8(ascii: "f"): b - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): b - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
