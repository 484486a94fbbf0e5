/// How ruamel.yaml (YAML 1.2, block context) writes a string scalar: plain when it reads back as the same string,
/// single-quoted when it can, double-quoted otherwise.
package enum YAMLScalarStyle: Sendable, Hashable {
    case plain
    case singleQuoted
    case doubleQuoted

    /// The style ruamel chooses for `text`.
    /// - Parameter simpleKey: whether the scalar is a mapping key (an empty or multi-line key is never plain).
    package static func choose(_ text: String, simpleKey: Bool) -> YAMLScalarStyle {
        let analysis = Analysis(text)
        if !(simpleKey && (analysis.empty || analysis.multiline)), analysis.allowBlockPlain,
            YAMLPlainScalarResolution.isString(text)
        {
            return .plain
        }
        if analysis.allowDoubleQuoted, text.contains("'") || text.contains("\n") { return .doubleQuoted }
        if analysis.allowSingleQuoted, !(simpleKey && analysis.multiline) { return .singleQuoted }
        return .doubleQuoted
    }

    /// `text` as YAML source on one line.
    package static func render(_ text: String, simpleKey: Bool) -> String {
        switch choose(text, simpleKey: simpleKey) {
        case .plain: text
        case .singleQuoted: "'" + text.replacingAll("'", with: "''") + "'"
        case .doubleQuoted: doubleQuoted(text)
        }
    }

    static func doubleQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case "\0": out += "\\0"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                    || scalar.value == 0xFEFF
                {
                    out += "\\x" + hex(scalar.value, width: 2)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    private static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// ruamel's `analyze_scalar`, for the block context with unicode allowed.
    private struct Analysis {
        var empty = false
        var multiline = false
        var allowBlockPlain = true
        var allowSingleQuoted = true
        var allowDoubleQuoted = true

        init(_ text: String) {
            let chars = Array(text.unicodeScalars)
            if chars.isEmpty {
                empty = true
                return
            }
            let whitespace: Set<Unicode.Scalar> = ["\0", " ", "\t", "\r", "\n", "\u{85}", "\u{2028}", "\u{2029}"]
            let breaks: Set<Unicode.Scalar> = ["\n", "\u{85}", "\u{2028}", "\u{2029}"]
            var blockIndicators = text.hasPrefix("---") || text.hasPrefix("...")
            var lineBreaks = false
            var special = false
            var leadingSpace = false
            var leadingBreak = false
            var trailingSpace = false
            var trailingBreak = false
            var breakSpace = false
            var spaceBreak = false
            var precededByWhitespace = true
            var followedByWhitespace = chars.count == 1 || whitespace.contains(chars[1])
            var previousSpace = false
            var previousBreak = false
            for (index, ch) in chars.enumerated() {
                if index == 0 {
                    if "#,[]{}&*!|>'\"%@`".unicodeScalars.contains(ch) { blockIndicators = true }
                    if (ch == "?" || ch == ":") && followedByWhitespace { blockIndicators = true }
                    if ch == "-" && followedByWhitespace { blockIndicators = true }
                } else {
                    if ch == ":" && followedByWhitespace { blockIndicators = true }
                    if ch == "#" && precededByWhitespace { blockIndicators = true }
                }
                if breaks.contains(ch) { lineBreaks = true }
                if !(ch == "\n" || (0x20...0x7E).contains(ch.value)) {
                    let printable =
                        ch.value == 0x85 || (0xA0...0xD7FF).contains(ch.value) || (0xE000...0xFFFD).contains(ch.value)
                        || (0x10000...0x10FFFF).contains(ch.value)
                    if !printable || ch.value == 0xFEFF { special = true }
                }
                if ch == " " {
                    if index == 0 { leadingSpace = true }
                    if index == chars.count - 1 { trailingSpace = true }
                    if previousBreak { breakSpace = true }
                    previousSpace = true
                    previousBreak = false
                } else if breaks.contains(ch) {
                    if index == 0 { leadingBreak = true }
                    if index == chars.count - 1 { trailingBreak = true }
                    if previousSpace { spaceBreak = true }
                    previousSpace = false
                    previousBreak = true
                } else {
                    previousSpace = false
                    previousBreak = false
                }
                precededByWhitespace = whitespace.contains(ch)
                followedByWhitespace = index + 2 >= chars.count || whitespace.contains(chars[index + 2])
            }
            multiline = lineBreaks
            if leadingSpace || leadingBreak || trailingSpace || trailingBreak { allowBlockPlain = false }
            if breakSpace { allowBlockPlain = false; allowSingleQuoted = false }
            if special || spaceBreak { allowBlockPlain = false; allowSingleQuoted = false }
            if lineBreaks { allowBlockPlain = false }
            if blockIndicators { allowBlockPlain = false }
        }
    }
}

extension String {
    /// The string with every occurrence of `target` replaced (no Foundation needed).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        var result = ""
        var rest = Substring(self)
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
