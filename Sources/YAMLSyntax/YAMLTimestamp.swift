/// A YAML `!!timestamp` as ruamel's `create_timestamp` builds it: a `datetime.date` when there is no time, else a
/// `datetime.datetime`, naive or with a fixed UTC offset.
struct YAMLTimestamp: Sendable {
    var year: Int
    var month: Int
    var day: Int
    /// Hour, minute, second and microsecond; nil for a date.
    var time: (hour: Int, minute: Int, second: Int, microsecond: Int)?
    /// The UTC offset in minutes; nil for a date or a naive datetime.
    var offsetMinutes: Int?

    /// The pieces of ruamel's timestamp expression, as written.
    struct Parts {
        var year = 0
        var month = 0
        var day = 0
        var monthDigits = 0
        var dayDigits = 0
        var hasTime = false
        var hour = 0
        var minute = 0
        var second = 0
        /// The digits after `.`, possibly empty; nil without a `.`.
        var fraction: ArraySlice<UInt8>?
        /// `Z`, or a sign with hours and optional minutes.
        var zone: Zone?

        enum Zone {
            case z
            case offset(negative: Bool, hours: Int, minutes: Int?)
        }
    }

    /// Matches ruamel's constructor expression (`util.timestamp_regexp`): `YYYY-M?M-D?D`, optionally followed by
    /// `T`, `t` or blanks, `H?H:MM:SS`, an optional `.fraction` and an optional zone (`Z`, `+H`, `-HH:MM`, after
    /// optional blanks). The caller drops one final `\n`, which Python's `$` would allow.
    static func match(_ s: ArraySlice<UInt8>) -> Parts? {
        var c = ByteCursor(s)
        var p = Parts()
        let year = c.eatDigits(max: 4)
        guard year.count == 4, c.eat(UInt8(ascii: "-")) else { return nil }
        let month = c.eatDigits(max: 2)
        guard month.count > 0, c.eat(UInt8(ascii: "-")) else { return nil }
        let day = c.eatDigits(max: 2)
        guard day.count > 0 else { return nil }
        (p.year, p.month, p.day, p.monthDigits, p.dayDigits) = (year.value, month.value, day.value, month.count, day.count)
        if c.atEnd { return p }
        if !(c.eat(UInt8(ascii: "T")) || c.eat(UInt8(ascii: "t"))) {
            guard c.eatRun(isBlank) > 0 else { return nil }
        }
        let hour = c.eatDigits(max: 2)
        guard hour.count > 0, c.eat(UInt8(ascii: ":")) else { return nil }
        let minute = c.eatDigits(max: 2)
        guard minute.count == 2, c.eat(UInt8(ascii: ":")) else { return nil }
        let second = c.eatDigits(max: 2)
        guard second.count == 2 else { return nil }
        (p.hasTime, p.hour, p.minute, p.second) = (true, hour.value, minute.value, second.value)
        if c.eat(UInt8(ascii: ".")) {
            let start = c.index
            c.eatRun(ByteCursor.isDigit)
            p.fraction = s[start..<c.index]
        }
        if c.atEnd { return p }
        c.eatRun(isBlank)
        if c.eat(UInt8(ascii: "Z")) {
            p.zone = .z
        } else {
            let negative = c.peek == UInt8(ascii: "-")
            guard c.eatSign() else { return nil }
            let hours = c.eatDigits(max: 2)
            guard hours.count > 0 else { return nil }
            var minutes: Int?
            if c.eat(UInt8(ascii: ":")) {
                let m = c.eatDigits(max: 2)
                guard m.count == 2 else { return nil }
                minutes = m.value
            }
            p.zone = .offset(negative: negative, hours: hours.value, minutes: minutes)
        }
        return c.atEnd ? p : nil
    }

    private static func isBlank(_ b: UInt8) -> Bool { b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") }

    /// Builds the value the way `create_timestamp` and Python's `datetime` do, with their range checks; the error
    /// is Python's message.
    static func construct(_ parts: Parts) -> Result<YAMLTimestamp, YAMLConstructionError> {
        guard (1...9999).contains(parts.year) else { return .failure(.init("year \(parts.year) is out of range")) }
        guard (1...12).contains(parts.month) else { return .failure(.init("month must be in 1..12")) }
        guard (1...daysInMonth(parts.year, parts.month)).contains(parts.day) else {
            return .failure(.init("day is out of range for month"))
        }
        guard parts.hasTime else { return .success(YAMLTimestamp(year: parts.year, month: parts.month, day: parts.day)) }
        var microsecond = 0
        var addSecond = false
        if let fraction = parts.fraction, !fraction.isEmpty {
            var digits = Array(fraction.prefix(6))
            while digits.count < 6 { digits.append(UInt8(ascii: "0")) }
            var value = digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
            if fraction.count > 6, fraction[fraction.startIndex + 6] > UInt8(ascii: "4") { value += 1 }
            // ruamel rounds .9999995 up to a whole second by adding one second afterwards.
            if value > 999_999 { addSecond = true } else { microsecond = value }
        }
        var offset: Int?
        switch parts.zone {
        case .none: offset = nil
        case .z: offset = 0
        case .offset(let negative, let hours, let minutes):
            let total = hours * 60 + (minutes ?? 0)
            guard total < 24 * 60 else {
                return .failure(.init("offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24)"))
            }
            offset = negative ? -total : total
        }
        guard parts.hour < 24 else { return .failure(.init("hour must be in 0..23")) }
        guard parts.minute < 60 else { return .failure(.init("minute must be in 0..59")) }
        guard parts.second < 60 else { return .failure(.init("second must be in 0..59")) }
        var result = YAMLTimestamp(
            year: parts.year, month: parts.month, day: parts.day,
            time: (parts.hour, parts.minute, parts.second, microsecond), offsetMinutes: offset)
        if addSecond {
            guard let later = result.addingOneSecond() else { return .failure(.init("date value out of range")) }
            result = later
        }
        return .success(result)
    }

    private init(
        year: Int, month: Int, day: Int, time: (hour: Int, minute: Int, second: Int, microsecond: Int)? = nil,
        offsetMinutes: Int? = nil
    ) {
        self.year = year
        self.month = month
        self.day = day
        self.time = time
        self.offsetMinutes = offsetMinutes
    }

    private func addingOneSecond() -> YAMLTimestamp? {
        guard var t = time else { return self }
        var copy = self
        t.second += 1
        if t.second == 60 { (t.second, t.minute) = (0, t.minute + 1) }
        if t.minute == 60 { (t.minute, t.hour) = (0, t.hour + 1) }
        if t.hour == 24 {
            t.hour = 0
            copy.day += 1
            if copy.day > Self.daysInMonth(copy.year, copy.month) { (copy.day, copy.month) = (1, copy.month + 1) }
            if copy.month > 12 { (copy.month, copy.year) = (1, copy.year + 1) }
            if copy.year > 9999 { return nil }
        }
        copy.time = t
        return copy
    }

    static func daysInMonth(_ year: Int, _ month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Python's `isoformat()` of the value: `2020-01-01`, `2020-01-01T10:00:00.500000+05:30`.
    var isoformat: String {
        var out = Self.pad(year, 4) + "-" + Self.pad(month, 2) + "-" + Self.pad(day, 2)
        guard let t = time else { return out }
        out += "T" + Self.pad(t.hour, 2) + ":" + Self.pad(t.minute, 2) + ":" + Self.pad(t.second, 2)
        if t.microsecond != 0 { out += "." + Self.pad(t.microsecond, 6) }
        if let offset = offsetMinutes {
            out += (offset < 0 ? "-" : "+") + Self.pad(abs(offset) / 60, 2) + ":" + Self.pad(abs(offset) % 60, 2)
        }
        return out
    }

    /// How the value compares as a Python dictionary key: dates, naive and aware datetimes never equal each other;
    /// aware datetimes compare as instants.
    var keyIdentity: YAMLKeyIdentity {
        let days = Self.daysFromCivil(year, month, day)
        guard let t = time else { return .date(days) }
        var seconds = days * 86_400 + t.hour * 3_600 + t.minute * 60 + t.second
        guard let offset = offsetMinutes else { return .naiveDateTime(seconds: seconds, microsecond: t.microsecond) }
        seconds -= offset * 60
        return .awareDateTime(seconds: seconds, microsecond: t.microsecond)
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar.
    private static func daysFromCivil(_ y: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y - 1 : y
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
