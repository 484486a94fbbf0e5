/// dateutil's `parser._parse` with the default `parserinfo` (English, month before day, not fuzzy): reads the
/// fields of a date and time from a string, token by token.
///
/// Every token must be understood: a number (whose meaning depends on its length and neighbours), a weekday, a
/// month, AM/PM, a zone name or numeric offset once an hour is known, or one of the skippable words. Anything else
/// is a `ValueError`, as is a neighbour that is missing where dateutil indexes past the end (its `IndexError`).
struct DateutilParser {
    var tokens: [DateutilToken]
    var fields = DateutilFields()
    var ymd = DateutilYMD()
    let currentYear: Int

    private init(tokens: [DateutilToken], currentYear: Int) {
        self.tokens = tokens
        self.currentYear = currentYear
    }

    /// The fields of `text`, normalised (`parserinfo.validate`); `currentYear` anchors two-digit years.
    static func parse(_ text: some Sequence<Unicode.Scalar>, currentYear: Int) throws(PythonException)
        -> DateutilFields
    {
        var parser = DateutilParser(tokens: DateutilLexer.tokens(text), currentYear: currentYear)
        try parser.readAll()
        parser.fields.normalize(currentYear: currentYear)
        guard !parser.fields.isEmpty else { throw .valueError }
        return parser.fields
    }

    private mutating func readAll() throws(PythonException) {
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if token.isPythonFloat {
                index = try readNumber(at: index)
            } else if let weekday = token.words.weekday {
                fields.weekday = weekday
            } else if let month = token.words.month {
                try readMonthName(month, at: &index)
            } else if let ampm = token.words.ampm {
                guard let hour = fields.hour, (0...12).contains(hour) else { throw .valueError }
                fields.hour = Self.adjusted(hour: hour, ampm: ampm)
                fields.ampm = ampm
            } else if couldBeTimeZoneName(token, offset: fields.timeZoneOffset) {
                readTimeZoneName(token, at: index)
            } else if fields.hour != nil, token.is("+") || token.is("-") {
                try readOffset(at: &index)
            } else if !token.words.isJump {
                throw .valueError
            }
            index += 1
        }
        let (year, month, day) = try ymd.resolve()
        fields.year = year
        fields.month = month
        fields.day = day
        fields.centurySpecified = ymd.centurySpecified
    }

    /// The token at `index`, or the `IndexError` dateutil would hit.
    func token(_ index: Int) throws(PythonException) -> DateutilToken {
        guard index >= 0, index < tokens.count else { throw .valueError }
        return tokens[index]
    }

    /// `Jan-01[-99]`, `Jan of 01`, or a lone month name.
    private mutating func readMonthName(_ month: Int, at index: inout Int) throws(PythonException) {
        try ymd.append(month, label: .month)
        guard index + 1 < tokens.count else { return }
        let next = tokens[index + 1]
        if next.is("-") || next.is("/") {
            try ymd.append(text: token(index + 2).scalars)
            if index + 3 < tokens.count, tokens[index + 3] == next {
                try ymd.append(text: token(index + 4).scalars)
                index += 2
            }
            index += 2
        } else if index + 4 < tokens.count, next.is(" "), tokens[index + 3].is(" "),
            tokens[index + 2].words.isPertain
        {
            let yearToken = tokens[index + 4]
            if yearToken.isDigitString {
                guard let value = yearToken.integer() else { throw .valueError }
                let year = DateutilFields.convertYear(value, centurySpecified: false, currentYear: currentYear)
                try ymd.append(text: String(year).unicodeScalars, label: .year)
            }
            index += 4
        }
    }

    /// `_could_be_tzname`: after an hour, a run of up to five ASCII capitals, or one of `UTC`, `GMT`, `Z`, `z`.
    func couldBeTimeZoneName(_ token: DateutilToken, offset: Int?) -> Bool {
        guard fields.hour != nil, fields.timeZoneName == nil, offset == nil, token.count <= 5 else { return false }
        guard token.scalars.allSatisfy(\.isASCII) else { return false }
        if token.scalars.allSatisfy({ $0.value >= 0x41 && $0.value <= 0x5A }) { return true }
        return DateutilWords.utcZoneSpellings.contains(String(String.UnicodeScalarView(token.scalars)))
    }

    /// A zone name; `GMT+3` means "UTC is my time plus 3", so the sign of a following offset is flipped.
    private mutating func readTimeZoneName(_ token: DateutilToken, at index: Int) {
        fields.timeZoneName = token.scalars
        // dateutil looks the name up in its lower-cased UTC table with the name as written: only "z" is found.
        fields.timeZoneOffset = token.is("z") ? 0 : nil
        guard index + 1 < tokens.count, tokens[index + 1].is("+") || tokens[index + 1].is("-") else { return }
        tokens[index + 1] = DateutilToken(tokens[index + 1].is("+") ? "-" : "+")
        fields.timeZoneOffset = nil
        if token.words.isUTCZone {
            fields.timeZoneName = nil
        }
    }

    /// `+0300`, `-03:00`, `+3`, optionally followed by a zone name in parentheses (`-0300 (BRST)`).
    private mutating func readOffset(at index: inout Int) throws(PythonException) {
        let sign = tokens[index].is("+") ? 1 : -1
        let digits = try token(index + 1)
        let hours: Int?
        let minutes: Int?
        if digits.count == 4 {
            hours = digits.integer(0, 2)
            minutes = digits.integer(2)
        } else if index + 2 < tokens.count, tokens[index + 2].is(":") {
            hours = digits.integer()
            minutes = try token(index + 3).integer()
            index += 2
        } else if digits.count <= 2 {
            hours = digits.integer(0, 2)
            minutes = 0
        } else {
            throw .valueError
        }
        guard let hours, let minutes else { throw .valueError }
        fields.timeZoneOffset = sign * (hours * 3600 + minutes * 60)

        if index + 5 < tokens.count, tokens[index + 2].words.isJump, tokens[index + 3].is("("),
            tokens[index + 5].is(")"), tokens[index + 4].count >= 3,
            couldBeTimeZoneName(tokens[index + 4], offset: nil)
        {
            fields.timeZoneName = tokens[index + 4].scalars
            index += 4
        }
        index += 1
    }

    /// `_adjust_ampm`: 1 pm is 13, 12 am is 0.
    static func adjusted(hour: Int, ampm: Int) -> Int {
        if hour < 12, ampm == 1 { return hour + 12 }
        if hour == 12, ampm == 0 { return 0 }
        return hour
    }
}
