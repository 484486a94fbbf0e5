/// Python's `repr()` of values that appear inside the CLI's messages.
package enum PythonRepr {
    /// `repr(text)` for a `str`: single quotes unless the text holds `'` and no `"`; backslash escapes for the
    /// quote, `\`, `\t`, `\n`, `\r`, and `\xhh`/`\uhhhh`/`\Uhhhhhhhh` for characters Python deems unprintable.
    package static func string(_ text: String) -> String {
        let hasSingle = text.unicodeScalars.contains("'")
        let hasDouble = text.unicodeScalars.contains("\"")
        let quote: Unicode.Scalar = hasSingle && !hasDouble ? "\"" : "'"
        var out = String.UnicodeScalarView()
        out.append(quote)
        for scalar in text.unicodeScalars {
            switch scalar {
            case quote, "\\":
                out.append("\\")
                out.append(scalar)
            case "\t": out.append(contentsOf: "\\t".unicodeScalars)
            case "\n": out.append(contentsOf: "\\n".unicodeScalars)
            case "\r": out.append(contentsOf: "\\r".unicodeScalars)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out.append(contentsOf: hex(scalar.value, prefix: "\\x", digits: 2).unicodeScalars)
                } else if scalar.value < 0x7F || isPrintable(scalar) {
                    out.append(scalar)
                } else if scalar.value <= 0xFF {
                    out.append(contentsOf: hex(scalar.value, prefix: "\\x", digits: 2).unicodeScalars)
                } else if scalar.value <= 0xFFFF {
                    out.append(contentsOf: hex(scalar.value, prefix: "\\u", digits: 4).unicodeScalars)
                } else {
                    out.append(contentsOf: hex(scalar.value, prefix: "\\U", digits: 8).unicodeScalars)
                }
            }
        }
        out.append(quote)
        return String(out)
    }

    /// Python's `str.isprintable()` for one non-ASCII character: not a control, format, surrogate, private-use,
    /// unassigned, or separator character.
    private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator,
            .spaceSeparator:
            return false
        default:
            return true
        }
    }

    private static func hex(_ value: UInt32, prefix: String, digits: Int) -> String {
        let h = String(value, radix: 16)
        return prefix + String(repeating: "0", count: max(0, digits - h.count)) + h
    }
}
