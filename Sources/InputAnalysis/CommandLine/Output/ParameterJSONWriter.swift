package import InputSyntax

/// The request parameters as JSON text, laid out like Python's `json.dumps(indent=4, ensure_ascii=False)`: the
/// values Python holds (integers of any size, floats as `repr` writes them, `NaN` and `Infinity`), with two things
/// JSON has no word for written as one-member objects: bytes as `{"$base64": "…"}` and a streaming blob option's
/// open file as `{"$file": "PATH"}`. YAML dates and times are written as strings.
package enum ParameterJSONWriter {
    /// How the text is laid out.
    package enum Layout: Sendable {
        /// Python's `indent=4`.
        case indented
        /// One line, `", "` and `": "` separators (Python's default `json.dumps`).
        case compact
    }

    /// `parameters` (an object) as JSON; top-level members named in `fileMembers` are open files.
    package static func render(_ parameters: SyntaxNode, fileMembers: Set<String> = [], layout: Layout = .indented)
        -> String
    {
        var out = ""
        write(parameters.pythonDict(), into: &out, level: 0, layout: layout, fileMembers: fileMembers)
        return out
    }

    private static func write(
        _ node: SyntaxNode, into out: inout String, level: Int, layout: Layout, fileMembers: Set<String> = []
    ) {
        switch node.value {
        case .object(let members):
            guard !members.isEmpty else {
                out += "{}"
                return
            }
            out += "{"
            for (i, member) in members.enumerated() {
                if i > 0 { out += layout == .indented ? "," : ", " }
                newline(&out, level + 1, layout)
                writeString(member.key, into: &out)
                out += ": "
                if fileMembers.contains(member.key), let path = member.value.stringValue {
                    out += "{\"$file\": "
                    writeString(path, into: &out)
                    out += "}"
                } else {
                    write(member.value, into: &out, level: level + 1, layout: layout)
                }
            }
            newline(&out, level, layout)
            out += "}"
        case .array(let elements):
            guard !elements.isEmpty else {
                out += "[]"
                return
            }
            out += "["
            for (i, element) in elements.enumerated() {
                if i > 0 { out += layout == .indented ? "," : ", " }
                newline(&out, level + 1, layout)
                write(element, into: &out, level: level + 1, layout: layout)
            }
            newline(&out, level, layout)
            out += "]"
        case .missing:
            out += "null"
        case .scalar(let scalar):
            switch scalar.kind {
            case .string(let text), .date(let text), .timestamp(let text): writeString(text, into: &out)
            case .integer(let digits): out += digits
            case .float(let value):
                if value.isNaN {
                    out += "NaN"
                } else if value.isInfinite {
                    out += value < 0 ? "-Infinity" : "Infinity"
                } else {
                    out += PythonFloat.repr(value)
                }
            case .bool(let flag): out += flag ? "true" : "false"
            case .null: out += "null"
            case .binary(let bytes): out += "{\"$base64\": \"" + Base64.encode(bytes) + "\"}"
            }
        }
    }

    private static func newline(_ out: inout String, _ level: Int, _ layout: Layout) {
        guard layout == .indented else { return }
        out += "\n" + String(repeating: " ", count: 4 * level)
    }

    /// A JSON string: `"` and `\` escaped, control characters as Python escapes them, everything else as is.
    static func writeString(_ text: String, into out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
