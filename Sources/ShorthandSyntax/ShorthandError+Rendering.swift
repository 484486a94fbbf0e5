import InputSyntax

/// The messages of a `ShorthandError`: the CLI's own text with its caret block, our aligned variant, and one line.
extension ShorthandError {
    /// How the caret block under the input is laid out.
    package enum CaretStyle: Sendable, Hashable {
        /// AWS CLI v2 from 2.24.21, byte for byte: syntax errors put one space before the block, so the first line of
        /// the input is shifted right while the caret line is not, and the caret sits one column left of the
        /// culprit. The caret column counts code points. Duplicate-key messages have no extra space in any version.
        case awsCLI
        /// Our own output: no extra space, and the caret padded by display width (tabs copied, East Asian wide
        /// characters and emoji counted as two columns, combining marks as none) so that it sits under the culprit
        /// in a terminal.
        case aligned
    }

    /// The message the AWS CLI v2 prints after `Error parsing parameter '--x': `, multi-line with the caret block.
    package var cliMessage: String { message(style: .awsCLI) }

    /// The full multi-line message in `style`.
    ///
    /// ```
    /// Expected: '=', received: 'EOF' for input:
    ///  key
    ///    ^
    /// ```
    package func message(style: CaretStyle) -> String {
        switch kind {
        case .syntax:
            let head = "Expected: '\(expected ?? "")', received: '\(actual ?? "")' for input:\n"
            return head + (style == .awsCLI ? " " : "") + caretBlock(style: style)
        case .duplicateKey:
            return "Second instance of key \"\(key ?? "")\" encountered for input:\n" + caretBlock(style: style)
                + "\nThis is often because there is a preceding \",\" instead of a space."
        case .paramFile:
            return detail ?? summary
        case .limit:
            return summary + " for input:\n" + caretBlock(style: style)
        }
    }

    /// One line for diagnostics and logs, without the input: `Expected '=', found end of input`.
    package var summary: String {
        switch kind {
        case .syntax:
            switch expected {
            case "<second>": return "Expected a value after ','"
            case "<singled quoted>": return "Unterminated single-quoted value"
            case "<double quoted>": return "Unterminated double-quoted value"
            default: return "Expected '\(expected ?? "")', found \(Self.describe(actual))"
            }
        case .duplicateKey:
            return "Duplicate key \"\(key ?? "")\": the AWS CLI refuses a top-level key given twice"
        case .paramFile:
            return detail ?? "Unable to load paramfile"
        case .limit:
            return "Nesting deeper than \(SyntaxLimits.maxNestingDepth) levels"
        }
    }

    /// The input with a caret under `index`, as the CLI's `_error_location` lays it out: the text up to the end of
    /// the culprit's line, a caret line, then the rest of the text (which starts with its `\n`).
    private func caretBlock(style: CaretStyle) -> String {
        let scalars = Array(input.unicodeScalars)
        let index = min(max(0, self.index), scalars.count)
        var lineStart = 0
        if let newline = scalars[..<index].lastIndex(of: "\n") { lineStart = newline + 1 }
        let lineEnd = scalars[index...].firstIndex(of: "\n") ?? scalars.count
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[..<lineEnd])
        out.append("\n")
        switch style {
        case .awsCLI:
            out.append(contentsOf: repeatElement(" ", count: index - lineStart))
        case .aligned:
            for scalar in scalars[lineStart..<index] {
                if scalar == "\t" {
                    out.append("\t")
                } else {
                    out.append(contentsOf: repeatElement(" ", count: DisplayWidth.of(scalar)))
                }
            }
        }
        out.append("^")
        out.append(contentsOf: scalars[lineEnd...])
        return String(out)
    }

    /// `'c'` for a character, with invisible ones and whitespace spelled out (`U+3000`); "end of input" for `EOF`.
    private static func describe(_ actual: String?) -> String {
        guard let actual else { return "nothing" }
        if actual == "EOF" { return "end of input" }
        guard actual.unicodeScalars.count == 1, let scalar = actual.unicodeScalars.first else { return "'\(actual)'" }
        switch scalar {
        case "\n": return "a line break ('\\n')"
        case "\r": return "a carriage return ('\\r')"
        case "\t": return "a tab ('\\t')"
        case " ": return "a space"
        default:
            if DisplayWidth.isInvisible(scalar) || scalar.properties.isWhitespace {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            }
            return "'\(actual)'"
        }
    }
}
