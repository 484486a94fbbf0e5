/// Decides the tag of an untagged plain scalar exactly as ruamel.yaml 0.19.1's `VersionedResolver` does.
///
/// ruamel picks candidate resolvers by the value's first character, tries them in its table order and takes the
/// first regular expression that matches. The expressions are re-implemented here as deterministic matchers; one
/// quirk is kept on purpose: Python's `$` also matches before one final `\n`, which only matters for quoted
/// scalars given the non-specific `!` tag.
enum YAMLScalarResolver {
    static func resolve(_ value: String, version: YAMLSchemaVersion) -> YAMLTag {
        let bytes = Array(value.utf8)
        guard let first = bytes.first else { return .null }
        var text = bytes[...]
        if text.last == UInt8(ascii: "\n") { text = text.dropLast() }
        switch version {
        case .v1_2: return resolve12(first, text)
        case .v1_1: return resolve11(first, text)
        }
    }

    private static func resolve12(_ first: UInt8, _ s: ArraySlice<UInt8>) -> YAMLTag {
        switch first {
        case UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"):
            return isOneOf(s, ["true", "True", "TRUE", "false", "False", "FALSE"]) ? .bool : .str
        case UInt8(ascii: "."):
            return isFloat(s, version: .v1_2) ? .float : .str
        case UInt8(ascii: "-"), UInt8(ascii: "+"):
            if isFloat(s, version: .v1_2) { return .float }
            return isInt12(s) ? .int : .str
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            if isFloat(s, version: .v1_2) { return .float }
            if isInt12(s) { return .int }
            return isTimestamp(s) ? .timestamp : .str
        case UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"):
            return isOneOf(s, ["~", "null", "Null", "NULL", ""]) ? .null : .str
        case UInt8(ascii: "<"):
            return isOneOf(s, ["<<"]) ? .merge : .str
        case UInt8(ascii: "="):
            return isOneOf(s, ["="]) ? .value : .str
        default:
            return .str
        }
    }

    private static func resolve11(_ first: UInt8, _ s: ArraySlice<UInt8>) -> YAMLTag {
        switch first {
        case UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"),
            UInt8(ascii: "F"), UInt8(ascii: "o"), UInt8(ascii: "O"):
            return isBool11(s) ? .bool : .str
        case UInt8(ascii: "n"), UInt8(ascii: "N"):
            if isBool11(s) { return .bool }
            return isOneOf(s, ["null", "Null", "NULL", ""]) ? .null : .str
        case UInt8(ascii: "."):
            return isFloat(s, version: .v1_1) ? .float : .str
        case UInt8(ascii: "-"), UInt8(ascii: "+"):
            if isFloat(s, version: .v1_1) { return .float }
            return isInt11(s) ? .int : .str
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            if isFloat(s, version: .v1_1) { return .float }
            if isInt11(s) { return .int }
            return isTimestamp(s) ? .timestamp : .str
        case UInt8(ascii: "~"):
            return isOneOf(s, ["~"]) ? .null : .str
        case UInt8(ascii: "<"):
            return isOneOf(s, ["<<"]) ? .merge : .str
        case UInt8(ascii: "="):
            return isOneOf(s, ["="]) ? .value : .str
        default:
            return .str
        }
    }

    private static func isBool11(_ s: ArraySlice<UInt8>) -> Bool {
        isOneOf(s, [
            "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE", "false", "False",
            "FALSE", "on", "On", "ON", "off", "Off", "OFF",
        ])
    }

    private static func isOneOf(_ s: ArraySlice<UInt8>, _ words: [StaticString]) -> Bool {
        for word in words {
            let w = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
            if s.elementsEqual(w) { return true }
        }
        return false
    }

    // MARK: float

    /// The float expression of the version: `[-+]?[0-9][0-9_]*\.[0-9_]*([eE][-+]?[0-9]+)?`,
    /// `[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+`, `.5`-style fractions (signed in 1.2 only, exponent sign required),
    /// 1.1's sexagesimal `1:30.5`, `[-+]?.inf` and unsigned `.nan` in their three spellings.
    static func isFloat(_ s: ArraySlice<UInt8>, version: YAMLSchemaVersion) -> Bool {
        if isOneOf(s, [".nan", ".NaN", ".NAN"]) { return true }
        var c = ByteCursor(s)
        let signed = c.eatSign()
        if isOneOf(c.rest, [".inf", ".Inf", ".INF"]) { return true }
        if c.peek == UInt8(ascii: ".") {
            if signed && version == .v1_1 { return false }
            c.advance()
            guard c.eatRun(ByteCursor.isDigitOrUnderscore) > 0 else { return false }
            if c.atEnd { return true }
            guard c.eat(UInt8(ascii: "e")) || c.eat(UInt8(ascii: "E")) else { return false }
            guard c.eatSign() else { return false }
            return c.eatRun(ByteCursor.isDigit) > 0 && c.atEnd
        }
        guard let first = c.peek, ByteCursor.isDigit(first) else { return false }
        c.advance()
        c.eatRun(ByteCursor.isDigitOrUnderscore)
        if version == .v1_1, c.peek == UInt8(ascii: ":") {
            guard eatSexagesimalGroups(&c) else { return false }
            guard c.eat(UInt8(ascii: ".")) else { return false }
            c.eatRun(ByteCursor.isDigitOrUnderscore)
            return c.atEnd
        }
        if c.eat(UInt8(ascii: ".")) {
            c.eatRun(ByteCursor.isDigitOrUnderscore)
            if c.atEnd { return true }
        }
        else if c.atEnd {
            return false  // an integer, not a float
        }
        guard c.eat(UInt8(ascii: "e")) || c.eat(UInt8(ascii: "E")) else { return false }
        c.eatSign()
        return c.eatRun(ByteCursor.isDigit) > 0 && c.atEnd
    }

    /// One or more `:[0-5]?[0-9]` groups, as the backtracking expression accepts them.
    private static func eatSexagesimalGroups(_ c: inout ByteCursor) -> Bool {
        var groups = 0
        while c.eat(UInt8(ascii: ":")) {
            var digits: [UInt8] = []
            while let d = c.peek, ByteCursor.isDigit(d), digits.count < 3 {
                digits.append(d)
                c.advance()
            }
            switch digits.count {
            case 1: break
            case 2 where digits[0] <= UInt8(ascii: "5"): break
            default: return false
            }
            groups += 1
        }
        return groups > 0
    }

    // MARK: int

    /// `[-+]?(0b[0-1_]+|0o?[0-7_]+|[0-9_]+|0x[0-9a-fA-F_]+)`.
    static func isInt12(_ s: ArraySlice<UInt8>) -> Bool {
        var c = ByteCursor(s)
        c.eatSign()
        let rest = c.rest
        if rest.starts(with: [UInt8(ascii: "0"), UInt8(ascii: "b")]) {
            return rest.count > 2 && rest.dropFirst(2).allSatisfy(ByteCursor.isBinaryOrUnderscore)
        }
        if rest.starts(with: [UInt8(ascii: "0"), UInt8(ascii: "o")]) {
            return rest.count > 2 && rest.dropFirst(2).allSatisfy(ByteCursor.isOctalOrUnderscore)
        }
        if rest.starts(with: [UInt8(ascii: "0"), UInt8(ascii: "x")]) {
            return rest.count > 2 && rest.dropFirst(2).allSatisfy(ByteCursor.isHexOrUnderscore)
        }
        return !rest.isEmpty && rest.allSatisfy(ByteCursor.isDigitOrUnderscore)
    }

    /// `[-+]?(0b[0-1_]+|0?[0-7_]+|(0|[1-9][0-9_]*)|0x[0-9a-fA-F_]+|[1-9][0-9_]*(:[0-5]?[0-9])+)`.
    static func isInt11(_ s: ArraySlice<UInt8>) -> Bool {
        var c = ByteCursor(s)
        c.eatSign()
        let rest = c.rest
        guard let first = rest.first else { return false }
        if rest.starts(with: [UInt8(ascii: "0"), UInt8(ascii: "b")]) {
            return rest.count > 2 && rest.dropFirst(2).allSatisfy(ByteCursor.isBinaryOrUnderscore)
        }
        if rest.starts(with: [UInt8(ascii: "0"), UInt8(ascii: "x")]) {
            return rest.count > 2 && rest.dropFirst(2).allSatisfy(ByteCursor.isHexOrUnderscore)
        }
        if rest.allSatisfy(ByteCursor.isOctalOrUnderscore) { return true }
        if rest.elementsEqual([UInt8(ascii: "0")]) { return true }
        guard first >= UInt8(ascii: "1"), first <= UInt8(ascii: "9") else { return false }
        var d = ByteCursor(rest)
        d.advance()
        d.eatRun(ByteCursor.isDigitOrUnderscore)
        if d.atEnd { return true }
        return eatSexagesimalGroups(&d) && d.atEnd
    }

    // MARK: timestamp

    /// The resolver's timestamp expression: a date with two-digit month and day, or a date (one- or two-digit
    /// month and day) with a time.
    static func isTimestamp(_ s: ArraySlice<UInt8>) -> Bool {
        guard let parts = YAMLTimestamp.match(s) else { return false }
        return parts.hasTime || (parts.monthDigits == 2 && parts.dayDigits == 2)
    }
}
