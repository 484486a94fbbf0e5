import InputSyntax

/// A syntax tree written the way `PythonJSONOracle` writes Python values, so the two can be compared as text:
/// objects keep the first position and the last value of a repeated key (Python's `dict`), strings are written
/// as `json.dumps(ensure_ascii=True)` does, floats by their bits.
enum PythonCanonicalForm {
    static func of(_ node: SyntaxNode) -> String {
        var out = ""
        write(node, into: &out)
        return out
    }

    private static func write(_ node: SyntaxNode, into out: inout String) {
        switch node.value {
        case .object(let members):
            var keys = [[UInt8]]()
            var values = [SyntaxNode]()
            var index = [[UInt8]: Int]()
            for member in members {
                let key = Array(member.key.utf8)
                if let i = index[key] {
                    values[i] = member.value
                } else {
                    index[key] = keys.count
                    keys.append(key)
                    values.append(member.value)
                }
            }
            out += "{"
            for (i, (key, value)) in zip(keys, values).enumerated() {
                if i > 0 { out += "," }
                writeString(String(decoding: key, as: UTF8.self), into: &out)
                out += ":"
                write(value, into: &out)
            }
            out += "}"
        case .array(let elements):
            out += "["
            for (i, element) in elements.enumerated() {
                if i > 0 { out += "," }
                write(element, into: &out)
            }
            out += "]"
        case .scalar(let scalar):
            switch scalar.kind {
            case .bool(let b): out += b ? "T" : "F"
            case .null: out += "N"
            case .integer(let digits): out += "i" + digits
            case .float(let d):
                if d.isNaN {
                    out += "nan"
                } else {
                    let hex = String(d.bitPattern, radix: 16)
                    out += "f" + String(repeating: "0", count: 16 - hex.count) + hex
                }
            case .string(let s):
                out += "s"
                writeString(s, into: &out)
            default:
                out += "?"
            }
        case .missing:
            out += "?"
        }
    }

    static func writeString(_ s: String, into out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{8}": out += "\\b"
            case "\u{C}": out += "\\f"
            default:
                if scalar.value >= 0x20 && scalar.value < 0x7F {
                    out.unicodeScalars.append(scalar)
                } else {
                    for unit in String(scalar).utf16 {
                        let hex = String(unit, radix: 16)
                        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                    }
                }
            }
        }
        out += "\""
    }
}
