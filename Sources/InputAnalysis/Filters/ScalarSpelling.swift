package import InputSyntax

/// How to write a string scalar in each document format, for completion edits.
enum ScalarSpelling {
    /// `text` as a JSON string, a YAML scalar (keeping the quoting style of the scalar it replaces; plain when that
    /// reads back as the same string), or a shorthand value (quoted only when it holds shorthand punctuation).
    static func write(_ text: String, format: DocumentFormat, style: ScalarStyle?) -> String {
        switch format {
        case .json:
            return doubleQuoted(text)
        case .yaml:
            switch style {
            case .doubleQuoted: return doubleQuoted(text)
            case .singleQuoted: return "'" + text.replacingAll("'", with: "''") + "'"
            default: return isPlainYAML(text) ? text : doubleQuoted(text)
            }
        case .shorthand:
            let special: Set<Character> = [",", "=", "[", "]", "{", "}", "\"", "'", " ", "\\"]
            return text.contains(where: { special.contains($0) }) ? doubleQuoted(text) : text
        }
    }

    /// A double-quoted scalar, escaped as JSON escapes it (YAML reads the same escapes).
    private static func doubleQuoted(_ text: String) -> String {
        var out = ""
        ParameterJSONWriter.writeString(text, into: &out)
        return out
    }

    /// Letters, digits and `_ . : / + @ -`, starting with a letter or digit, not ending with `:`, and read back as a
    /// string (not `true`, `null`, a number or a date).
    private static func isPlainYAML(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.properties.isAlphabetic || ("0"..."9").contains(first),
            text.last != ":"
        else { return false }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "_", ".", ":", "/", "+", "@", "-": continue
            default: return false
            }
        }
        return YAMLPlainScalarResolution.isString(text)
    }
}

extension String {
    /// The string with every `target` replaced by `replacement`.
    fileprivate func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
