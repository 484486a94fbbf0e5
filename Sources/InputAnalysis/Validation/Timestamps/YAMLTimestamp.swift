/// A YAML timestamp with a time (`2001-12-14t21:59:43.10-05:00`) as ruamel.yaml's safe loader builds it: a
/// `datetime`, aware when a zone is written.
struct YAMLTimestamp: Equatable {
    /// The wall-clock time in seconds from 1970-01-01T00:00:00.
    var wallSeconds: Int
    /// 0...999,999.
    var microsecond: Int
    /// Seconds east of UTC when a zone is written (`Z` is 0); nil for a naive datetime.
    var offset: Int?

    /// Nil when the text is not such a timestamp or the loader itself would fail on it (an invalid date, an
    /// offset of a day or more): those never reach botocore as a datetime.
    init?(_ text: String) {
        var reader = Reader(Array(text.utf8))
        guard let year = reader.digits(4...4), reader.skip("-"), let month = reader.digits(1...2), reader.skip("-"),
            let day = reader.digits(1...2)
        else { return nil }
        if !reader.skip("T"), !reader.skip("t") {
            guard reader.skipBlanks() > 0 else { return nil }
        }
        guard let hour = reader.digits(1...2), reader.skip(":"), let minute = reader.digits(2...2), reader.skip(":"),
            let second = reader.digits(2...2)
        else { return nil }
        var fraction = [UInt8]()
        if reader.skip(".") {
            while let digit = reader.digits(1...1) { fraction.append(UInt8(digit)) }
        }
        var offset: Int?
        if !reader.atEnd {
            reader.skipBlanks()
            if reader.skip("Z") {
                offset = 0
            } else {
                let sign = reader.skip("-") ? -1 : (reader.skip("+") ? 1 : 0)
                guard sign != 0, let hours = reader.digits(1...2) else { return nil }
                var minutes = 0
                if reader.skip(":") {
                    guard let written = reader.digits(2...2) else { return nil }
                    minutes = written
                }
                offset = sign * (hours * 3600 + minutes * 60)
            }
        }
        guard reader.atEnd, (1...9999).contains(year), (1...12).contains(month),
            (1...ProlepticCalendar.daysInMonth(year: year, month: month)).contains(day), hour <= 23, minute <= 59,
            second <= 59, abs(offset ?? 0) < ProlepticCalendar.secondsPerDay
        else { return nil }

        // ruamel keeps six digits and rounds on the seventh; rounding up to a whole second adds that second.
        var micro = fraction.prefix(6).reduce(0) { $0 * 10 + Int($1) }
        for _ in fraction.count..<max(6, fraction.count) { micro *= 10 }
        var carry = 0
        if fraction.count > 6, fraction[6] > 4 { micro += 1 }
        if micro > 999_999 {
            micro = 0
            carry = 1
        }
        let days = ProlepticCalendar.daysFromEpoch(year: year, month: month, day: day)
        self.wallSeconds = days * ProlepticCalendar.secondsPerDay + hour * 3600 + minute * 60 + second + carry
        self.microsecond = micro
        self.offset = offset
        guard wallSeconds <= ProlepticCalendar.lastSecond else { return nil }
    }

    /// A cursor over ASCII bytes.
    private struct Reader {
        let bytes: [UInt8]
        var position = 0

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        var atEnd: Bool { position == bytes.count }

        mutating func skip(_ character: Unicode.Scalar) -> Bool {
            guard position < bytes.count, bytes[position] == UInt8(character.value) else { return false }
            position += 1
            return true
        }

        @discardableResult
        mutating func skipBlanks() -> Int {
            let start = position
            while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x09 { position += 1 }
            return position - start
        }

        /// Between `count.lowerBound` and `count.upperBound` ASCII digits, as a number.
        mutating func digits(_ count: ClosedRange<Int>) -> Int? {
            var value = 0
            var read = 0
            while read < count.upperBound, position < bytes.count, bytes[position] >= 0x30, bytes[position] <= 0x39 {
                value = value * 10 + Int(bytes[position] - 0x30)
                position += 1
                read += 1
            }
            return read >= count.lowerBound ? value : nil
        }
    }
}
