/// Checks of filter values against a key's type: ISO 8601 timestamps, integers, booleans, and wildcard matching.
enum FilterValueSyntax {
    /// An ISO 8601 date (`2024-07-07`) or date and time (`2024-07-07T00:00:00Z`, with optional seconds, fraction
    /// and `Z` or `±hh:mm` / `±hhmm` offset; a space may stand for the `T`).
    static func isTimestamp(_ text: String) -> Bool {
        let s = Array(text.utf8)
        var i = 0
        func digits(_ n: Int) -> Int? {
            guard i + n <= s.count else { return nil }
            var value = 0
            for k in i..<(i + n) {
                guard s[k] >= 48, s[k] <= 57 else { return nil }
                value = value * 10 + Int(s[k] - 48)
            }
            i += n
            return value
        }
        func expect(_ c: Character) -> Bool {
            guard i < s.count, s[i] == c.asciiValue else { return false }
            i += 1
            return true
        }
        guard digits(4) != nil, expect("-"), let month = digits(2), (1...12).contains(month), expect("-"),
            let day = digits(2), (1...31).contains(day)
        else { return false }
        if i == s.count { return true }
        guard i < s.count, s[i] == UInt8(ascii: "T") || s[i] == UInt8(ascii: " ") else { return false }
        i += 1
        guard let hour = digits(2), hour <= 24, expect(":"), let minute = digits(2), minute <= 59 else { return false }
        if i < s.count, s[i] == UInt8(ascii: ":") {
            i += 1
            guard let second = digits(2), second <= 60 else { return false }
            if i < s.count, s[i] == UInt8(ascii: ".") || s[i] == UInt8(ascii: ",") {
                i += 1
                let start = i
                while i < s.count, s[i] >= 48, s[i] <= 57 { i += 1 }
                guard i > start else { return false }
            }
        }
        if i == s.count { return true }
        if s[i] == UInt8(ascii: "Z") { return i + 1 == s.count }
        guard s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-") else { return false }
        i += 1
        guard let offsetHours = digits(2), offsetHours <= 23 else { return false }
        if i == s.count { return true }
        if s[i] == UInt8(ascii: ":") { i += 1 }
        guard let offsetMinutes = digits(2), offsetMinutes <= 59 else { return false }
        return i == s.count
    }

    /// An optional sign and decimal digits.
    static func isInteger(_ text: String) -> Bool {
        var body = Substring(text)
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        return !body.isEmpty && body.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// Whether `text` holds a `*` or `?` wildcard.
    static func hasWildcard(_ text: String) -> Bool {
        text.contains("*") || text.contains("?")
    }

    /// Whether `pattern` (with `*` for any run and `?` for one character) matches all of `text`.
    static func glob(_ pattern: String, matches text: String) -> Bool {
        let p = Array(pattern)
        let t = Array(text)
        var pi = 0
        var ti = 0
        var star = -1
        var mark = 0
        while ti < t.count {
            if pi < p.count, p[pi] == "?" || p[pi] == t[ti] {
                pi += 1
                ti += 1
            } else if pi < p.count, p[pi] == "*" {
                star = pi
                mark = ti
                pi += 1
            } else if star >= 0 {
                pi = star + 1
                mark += 1
                ti = mark
            } else {
                return false
            }
        }
        while pi < p.count, p[pi] == "*" { pi += 1 }
        return pi == p.count
    }
}
