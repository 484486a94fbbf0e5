/// The English words dateutil's default `parserinfo` knows, matched case-insensitively.
enum DateutilWords {
    /// Tokens skipped between date parts: separators, `T` of ISO 8601, `m` of `a.m.`, ordinal suffixes.
    private static let jumps: Set<String> = [
        " ", ".", ",", ";", "-", "/", "'", "at", "on", "and", "ad", "m", "t", "of", "st", "nd", "rd", "th",
    ]

    /// Monday is 0, as in Python's `datetime.weekday()`.
    private static let weekdays: [String: Int] = [
        "mon": 0, "monday": 0, "tue": 1, "tuesday": 1, "wed": 2, "wednesday": 2, "thu": 3, "thursday": 3,
        "fri": 4, "friday": 4, "sat": 5, "saturday": 5, "sun": 6, "sunday": 6,
    ]

    private static let months: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
        "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
        "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    ]

    /// 0 hours, 1 minutes, 2 seconds.
    private static let hms: [String: Int] = [
        "h": 0, "hour": 0, "hours": 0, "m": 1, "minute": 1, "minutes": 1, "s": 2, "second": 2, "seconds": 2,
    ]

    /// 0 before noon, 1 after.
    private static let ampm: [String: Int] = ["am": 0, "a": 0, "pm": 1, "p": 1]

    /// dateutil's `UTCZONE` list, compared case-sensitively where dateutil does (`token in UTCZONE`).
    static let utcZoneSpellings: Set<String> = ["UTC", "GMT", "Z", "z"]

    static func isJump(_ token: DateutilToken) -> Bool {
        token.asciiLowercased.map(jumps.contains) ?? false
    }

    static func weekday(_ token: DateutilToken) -> Int? {
        token.asciiLowercased.flatMap { weekdays[$0] }
    }

    static func month(_ token: DateutilToken) -> Int? {
        token.asciiLowercased.flatMap { months[$0] }
    }

    static func hms(_ token: DateutilToken) -> Int? {
        token.asciiLowercased.flatMap { hms[$0] }
    }

    static func ampm(_ token: DateutilToken) -> Int? {
        token.asciiLowercased.flatMap { ampm[$0] }
    }

    /// `PERTAIN`: the `of` in `Jan of 01`.
    static func isPertain(_ token: DateutilToken) -> Bool {
        token.asciiLowercased == "of"
    }

    /// `parserinfo.utczone`: case-insensitive.
    static func isUTCZone(_ token: [Unicode.Scalar]) -> Bool {
        guard let lower = DateutilToken(token).asciiLowercased else { return false }
        return lower == "utc" || lower == "gmt" || lower == "z"
    }
}
