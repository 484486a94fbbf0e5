/// Whether a plain YAML scalar reads back as a string under ruamel.yaml's YAML 1.2 implicit resolvers (and so may be
/// written unquoted), or as a bool, int, float, null, timestamp, merge key or value indicator.
enum YAMLPlainScalarResolution {
    static func isString(_ text: String) -> Bool {
        let s = Array(text.utf8)
        guard let first = s.first else { return false }  // empty is null
        switch first {
        case UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"):
            if ["true", "True", "TRUE", "false", "False", "FALSE"].contains(text) { return false }
        case UInt8(ascii: "~"):
            if text == "~" { return false }
        case UInt8(ascii: "n"), UInt8(ascii: "N"):
            if ["null", "Null", "NULL"].contains(text) { return false }
        case UInt8(ascii: "<"):
            if text == "<<" { return false }
        case UInt8(ascii: "="):
            if text == "=" { return false }
        case UInt8(ascii: "!"), UInt8(ascii: "&"), UInt8(ascii: "*"):
            if s.count == 1 { return false }
        default:
            break
        }
        if isFloat(s) || isInt(s) || isTimestamp(s) { return false }
        return true
    }

    private static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }

    /// `[-+]?0b[0-1_]+ | [-+]?0o?[0-7_]+ | [-+]?[0-9_]+ | [-+]?0x[0-9a-fA-F_]+`
    private static func isInt(_ s: [UInt8]) -> Bool {
        var i = 0
        if i < s.count, s[i] == UInt8(ascii: "-") || s[i] == UInt8(ascii: "+") { i += 1 }
        guard i < s.count, isDigit(s[i]) else { return false }
        let body = s[i...]
        func all(_ slice: ArraySlice<UInt8>, _ ok: (UInt8) -> Bool) -> Bool { !slice.isEmpty && slice.allSatisfy(ok) }
        if all(body, { isDigit($0) || $0 == UInt8(ascii: "_") }) { return true }
        if body.count >= 2, body.first == UInt8(ascii: "0") {
            let marker = body[body.startIndex + 1]
            let rest = body.dropFirst(2)
            if marker == UInt8(ascii: "b") { return all(rest, { $0 == 48 || $0 == 49 || $0 == 95 }) }
            if marker == UInt8(ascii: "o") { return all(rest, { ($0 >= 48 && $0 <= 55) || $0 == 95 }) }
            if marker == UInt8(ascii: "x") {
                return all(rest, { isDigit($0) || ($0 >= 97 && $0 <= 102) || ($0 >= 65 && $0 <= 70) || $0 == 95 })
            }
        }
        return false
    }

    /// `[-+]?[0-9][0-9_]*\.[0-9_]*([eE][-+]?[0-9]+)? | [-+]?[0-9][0-9_]*[eE][-+]?[0-9]+ |
    /// [-+]?\.[0-9_]+([eE][-+][0-9]+)? | [-+]?\.(inf|Inf|INF) | \.(nan|NaN|NAN)`
    private static func isFloat(_ s: [UInt8]) -> Bool {
        let text = String(decoding: s, as: UTF8.self)
        if [".nan", ".NaN", ".NAN"].contains(text) { return true }
        var i = 0
        if i < s.count, s[i] == UInt8(ascii: "-") || s[i] == UInt8(ascii: "+") { i += 1 }
        let unsigned = String(decoding: s[i...], as: UTF8.self)
        if [".inf", ".Inf", ".INF"].contains(unsigned) { return true }
        func exponent(_ j: Int, signRequired: Bool) -> Bool {
            var j = j
            guard j < s.count, s[j] == UInt8(ascii: "e") || s[j] == UInt8(ascii: "E") else { return false }
            j += 1
            if j < s.count, s[j] == UInt8(ascii: "-") || s[j] == UInt8(ascii: "+") {
                j += 1
            } else if signRequired {
                return false
            }
            guard j < s.count else { return false }
            return s[j...].allSatisfy(isDigit)
        }
        if i < s.count, s[i] == UInt8(ascii: ".") {
            var j = i + 1
            guard j < s.count, isDigit(s[j]) || s[j] == UInt8(ascii: "_") else { return false }
            while j < s.count, isDigit(s[j]) || s[j] == UInt8(ascii: "_") { j += 1 }
            return j == s.count || exponent(j, signRequired: true)
        }
        guard i < s.count, isDigit(s[i]) else { return false }
        var j = i + 1
        while j < s.count, isDigit(s[j]) || s[j] == UInt8(ascii: "_") { j += 1 }
        if j < s.count, s[j] == UInt8(ascii: ".") {
            j += 1
            while j < s.count, isDigit(s[j]) || s[j] == UInt8(ascii: "_") { j += 1 }
            return j == s.count || exponent(j, signRequired: false)
        }
        return exponent(j, signRequired: false)
    }

    /// `YYYY-MM-DD`, or `YYYY-M-D` followed by `T`/`t`/blanks, `H:MM:SS`, an optional fraction and time zone.
    private static func isTimestamp(_ s: [UInt8]) -> Bool {
        var i = 0
        func digits(_ minimum: Int, _ maximum: Int) -> Bool {
            var n = 0
            while i < s.count, n < maximum, isDigit(s[i]) { i += 1; n += 1 }
            return n >= minimum
        }
        func char(_ c: Character) -> Bool {
            guard i < s.count, s[i] == c.asciiValue else { return false }
            i += 1
            return true
        }
        guard digits(4, 4), char("-") else { return false }
        let afterYear = i
        if digits(2, 2), char("-"), digits(2, 2), i == s.count { return true }
        i = afterYear
        guard digits(1, 2), char("-"), digits(1, 2) else { return false }
        if char("T") || char("t") {
        } else {
            var blanks = 0
            while i < s.count, s[i] == 32 || s[i] == 9 { i += 1; blanks += 1 }
            guard blanks > 0 else { return false }
        }
        guard digits(1, 2), char(":"), digits(2, 2), char(":"), digits(2, 2) else { return false }
        if char(".") { while i < s.count, isDigit(s[i]) { i += 1 } }
        while i < s.count, s[i] == 32 || s[i] == 9 { i += 1 }
        if i == s.count { return true }
        if char("Z") { return i == s.count }
        guard char("-") || char("+"), digits(1, 2) else { return false }
        if char(":") { guard digits(2, 2) else { return false } }
        return i == s.count
    }
}
