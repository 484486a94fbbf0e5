extension SyntaxNode {
    /// A stable, indented text dump of the tree with byte ranges, for golden tests.
    ///
    /// ```
    /// object 0..<20
    ///   "Key" 1..<6 = string "STATUS" doubleQuoted 8..<16
    /// ```
    package func dump() -> String {
        var out = ""
        dump(into: &out, indent: 0, label: "")
        return out
    }

    private func dump(into out: inout String, indent: Int, label: String) {
        let pad = String(repeating: "  ", count: indent)
        switch value {
        case .object(let members):
            out += "\(pad)\(label)object \(range)\n"
            for m in members {
                m.value.dump(into: &out, indent: indent + 1, label: "\(Self.quote(m.key)) \(m.keyRange) = ")
            }
        case .array(let elements):
            out += "\(pad)\(label)array \(range)\n"
            for e in elements { e.dump(into: &out, indent: indent + 1, label: "") }
        case .scalar(let s):
            out += "\(pad)\(label)\(Self.describe(s.kind)) \(s.style) \(range)\n"
        case .missing:
            out += "\(pad)\(label)missing \(range)\n"
        }
    }

    private static func describe(_ kind: ScalarKind) -> String {
        switch kind {
        case .string(let s): "string \(quote(s))"
        case .integer(let s): "integer \(s)"
        case .float(let d): "float \(d)"
        case .bool(let b): "bool \(b)"
        case .null: "null"
        case .date(let s): "date \(s)"
        case .timestamp(let s): "timestamp \(s)"
        case .binary(let b): "binary \(b.count) bytes"
        }
    }

    private static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    out += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
