extension DateutilParser {
    /// `_parse_numeric_token`: what a number means, by its length and its neighbours. Returns the index of the
    /// last token it consumed.
    mutating func readNumber(at start: Int) throws(PythonException) -> Int {
        var index = start
        let token = tokens[index]
        guard let value = DateutilDecimal(token) else { throw .valueError }
        let length = token.count
        let next = index + 1 < tokens.count ? tokens[index + 1] : nil

        if ymd.count == 3, length == 2 || length == 4, fields.hour == nil,
            next.map({ !$0.is(":") && $0.words.hms == nil }) ?? true
        {
            // 19990101T23[59]
            fields.hour = try integer(token, 0, 2)
            if length == 4 { fields.minute = try integer(token, 2) }
        } else if length == 6 || (length > 6 && token.firstIndex(of: ".") == 6) {
            if ymd.isEmpty, !token.scalars.contains(".") {
                // YYMMDD
                try ymd.append(text: token.slice(0, 2))
                try ymd.append(text: token.slice(2, 4))
                try ymd.append(text: token.slice(4))
            } else {
                // HHMMSS[.ss]
                fields.hour = try integer(token, 0, 2)
                fields.minute = try integer(token, 2, 4)
                (fields.second, fields.microsecond) = try Self.secondsAndMicroseconds(token.slice(4))
            }
        } else if length == 8 || length == 12 || length == 14 {
            // YYYYMMDD[hhmm[ss]]
            try ymd.append(text: token.slice(0, 4), label: .year)
            try ymd.append(text: token.slice(4, 6))
            try ymd.append(text: token.slice(6, 8))
            if length > 8 {
                fields.hour = try integer(token, 8, 10)
                fields.minute = try integer(token, 10, 12)
                if length > 12 { fields.second = try integer(token, 12) }
            }
        } else if let labelIndex = hmsLabelIndex(for: index) {
            // 12h, 12 h, 12h04 (the label before applies to the next unit)
            try assignHMS(token: token, value: value, labelIndex: labelIndex, at: index)
            if labelIndex > index { index = labelIndex }
        } else if index + 2 < tokens.count, next?.is(":") == true {
            // HH:MM[:SS[.ss]]
            fields.hour = value.integerPart
            guard let minutes = DateutilDecimal(tokens[index + 2]) else { throw .valueError }
            (fields.minute, fields.second) = try minutes.minuteAndSecond()
            if index + 4 < tokens.count, tokens[index + 3].is(":") {
                (fields.second, fields.microsecond) = try Self.secondsAndMicroseconds(tokens[index + 4].scalars[...])
                index += 2
            }
            index += 2
        } else if let separator = next, separator.is("-") || separator.is("/") || separator.is(".") {
            try readSeparatedDate(token: token, separator: separator, at: &index)
        } else if next?.words.isJump ?? true {
            if index + 2 < tokens.count, let ampm = tokens[index + 2].words.ampm {
                // 12 am
                fields.hour = Self.adjusted(hour: value.integerPart, ampm: ampm)
                index += 1
            } else {
                try ymd.append(value)
            }
            index += 1
        } else if let next, let ampm = next.words.ampm, value.isAtLeast(0), value.isLess(than: 24) {
            // 12am
            fields.hour = Self.adjusted(hour: value.integerPart, ampm: ampm)
            index += 1
        } else if ymd.couldBeDay(value) {
            try ymd.append(value)
        } else {
            throw .valueError
        }
        return index
    }

    /// `01-01[-01]`, `01/Jan[/01]`, `2003.09.25`.
    private mutating func readSeparatedDate(
        token: DateutilToken, separator: DateutilToken, at index: inout Int
    ) throws(PythonException) {
        try ymd.append(text: token.scalars)
        if index + 2 < tokens.count, !tokens[index + 2].words.isJump {
            let second = tokens[index + 2]
            if second.isDigitString {
                try ymd.append(text: second.scalars)
            } else if let month = second.words.month {
                try ymd.append(month, label: .month)
            } else {
                throw .valueError
            }
            if index + 3 < tokens.count, tokens[index + 3] == separator {
                let third = try self.token(index + 4)
                if let month = third.words.month {
                    try ymd.append(month, label: .month)
                } else {
                    try ymd.append(text: third.scalars)
                }
                index += 2
            }
            index += 1
        }
        index += 1
    }

    /// `_find_hms_idx`: where the `h`/`m`/`s` label of the number at `index` is, if it has one.
    private func hmsLabelIndex(for index: Int) -> Int? {
        let count = tokens.count
        if index + 1 < count, tokens[index + 1].words.hms != nil { return index + 1 }
        if index + 2 < count, tokens[index + 1].is(" "), tokens[index + 2].words.hms != nil {
            return index + 2
        }
        if index > 0, tokens[index - 1].words.hms != nil { return index - 1 }
        if index > 1, index == count - 1, tokens[index - 1].is(" "), tokens[index - 2].words.hms != nil {
            return index - 2
        }
        return nil
    }

    /// `_parse_hms` and `_assign_hms`: a label after the number names its unit; a label before it names the
    /// previous unit, so the number is the next one (after seconds there is none, and nothing is set).
    private mutating func assignHMS(
        token: DateutilToken, value: DateutilDecimal, labelIndex: Int, at index: Int
    ) throws(PythonException) {
        guard let label = tokens[labelIndex].words.hms else { return }
        switch labelIndex > index ? label : label + 1 {
        case 0:
            fields.hour = value.integerPart
            try value.checkRemainderFitsContext()
            if value.hasFraction { fields.minute = value.sixtiethsOfFraction }
        case 1:
            (fields.minute, fields.second) = try value.minuteAndSecond()
        case 2:
            (fields.second, fields.microsecond) = try Self.secondsAndMicroseconds(token.scalars[...])
        default:
            break
        }
    }

    /// `int(token[from:to])`, or `ValueError`.
    private func integer(_ token: DateutilToken, _ from: Int, _ to: Int? = nil) throws(PythonException) -> Int {
        guard let value = token.integer(from, to) else { throw .valueError }
        return value
    }

    /// `_parsems`: `SS[.ffffff]`, the fraction read as microseconds (first six digits, padded with zeros).
    static func secondsAndMicroseconds(_ text: ArraySlice<Unicode.Scalar>) throws(PythonException)
        -> (Int, Int)
    {
        guard let point = text.firstIndex(of: ".") else {
            guard let seconds = PythonNumberText.integer(text) else { throw .valueError }
            return (seconds, 0)
        }
        let fraction = text[(point + 1)...]
        // `value.split(".")` must give exactly two parts.
        guard !fraction.contains("."), let seconds = PythonNumberText.integer(text[..<point]) else {
            throw .valueError
        }
        var padded = Array(fraction.prefix(6))
        while padded.count < 6 { padded.append("0") }
        guard let microseconds = PythonNumberText.integer(padded) else { throw .valueError }
        return (seconds, microseconds)
    }
}
