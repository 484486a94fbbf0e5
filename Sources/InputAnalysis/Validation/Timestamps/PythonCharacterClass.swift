/// The per-character predicates of Python's `str` that botocore's timestamp parsing depends on.
///
/// Python 3.11 (the AWS CLI's interpreter) uses the Unicode 14.0 character database; Swift's is newer. Characters
/// assigned after 14.0 are treated as unassigned, which is what Python sees. Whitespace is a fixed list in CPython
/// (bidirectional class WS, B or S, or category Zs), spelled out here.
package enum PythonCharacterClass {
    /// `ch.isalpha()`: general category Lu, Ll, Lt, Lm or Lo.
    package static func isAlpha(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        guard isAssignedInPython(scalar) else { return false }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    /// `ch.isdigit()`: Numeric_Type Decimal or Digit (so superscripts count, though `int()` refuses them).
    package static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return v >= 0x30 && v <= 0x39 }
        guard isAssignedInPython(scalar) else { return false }
        switch scalar.properties.numericType {
        case .decimal?, .digit?: return true
        default: return false
        }
    }

    /// The value of a decimal digit (Numeric_Type Decimal), which `int()`, `float()` and `Decimal()` accept.
    package static func decimalValue(_ scalar: Unicode.Scalar) -> Int? {
        let v = scalar.value
        if v < 0x80 { return v >= 0x30 && v <= 0x39 ? Int(v - 0x30) : nil }
        guard isAssignedInPython(scalar), scalar.properties.numericType == .decimal,
            let value = scalar.properties.numericValue, value >= 0, value <= 9
        else { return nil }
        return Int(value)
    }

    /// `ch.isspace()`.
    package static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// Whether the character existed in Unicode 14.0, the database of Python 3.11.
    private static func isAssignedInPython(_ scalar: Unicode.Scalar) -> Bool {
        guard let age = scalar.properties.age else { return false }
        return age.major < 14 || (age.major == 14 && age.minor == 0)
    }
}
