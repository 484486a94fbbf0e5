/// The `datetime` dateutil builds from parsed fields: a wall-clock time and what it knows of its zone.
struct DateutilDateTime: Equatable {
    enum Zone: Equatable {
        /// No zone, or a name dateutil does not know (`PST`): botocore takes it as UTC.
        case naive
        /// UTC (`Z`, `UTC`, `GMT`, `+00:00`).
        case utc
        /// A fixed offset from UTC, in seconds east; never 0.
        case offset(Int)
    }

    /// The wall-clock time in seconds from 1970-01-01T00:00:00 (proleptic Gregorian, years 1 to 9999).
    var wallSeconds: Int
    /// 0...999,999.
    var microsecond: Int
    var zone: Zone
    /// Whether a zone name other than UTC or GMT was read (`EST`, `-0300 (BRST)`): when it equals one of the host
    /// zone's own names, dateutil attaches the host zone instead (ignoring any written offset), so the instant,
    /// and for an offset of a day or more even the verdict, depend on the host.
    var namesAZone: Bool

    /// Builds the `datetime` as `parser.parse` does (`_build_naive`, `_build_tzaware`), with `today` supplying
    /// the missing fields.
    ///
    /// Invalid field values raise `ValueError`; a field beyond C `int`, a weekday step past 9999-12-31 or an
    /// offset beyond `timedelta`'s range raise `OverflowError`.
    init(_ fields: DateutilFields, today: BotocoreTimestamp.Today) throws(PythonException) {
        var day = fields.day
        if day == nil {
            let year = fields.year ?? today.year
            let month = fields.month ?? today.month
            guard (1...12).contains(month) else { throw .valueError }
            let last = ProlepticCalendar.daysInMonth(year: year, month: month)
            if today.day > last { day = last }
        }
        let given = [fields.year, fields.month, day, fields.hour, fields.minute, fields.second, fields.microsecond]
        // `datetime.replace` converts every argument to a C int before it checks any range.
        if given.contains(where: { ($0 ?? 0) > Int(Int32.max) }) {
            throw .overflowError("signed integer is greater than maximum")
        }
        let year = fields.year ?? today.year
        let month = fields.month ?? today.month
        let dayOfMonth = day ?? today.day
        let hour = fields.hour ?? 0
        let minute = fields.minute ?? 0
        let second = fields.second ?? 0
        let microsecond = fields.microsecond ?? 0
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...ProlepticCalendar.daysInMonth(year: year, month: month)).contains(dayOfMonth),
            (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second),
            (0...999_999).contains(microsecond)
        else { throw .valueError }

        var days = ProlepticCalendar.daysFromEpoch(year: year, month: month, day: dayOfMonth)
        if let weekday = fields.weekday, fields.day == nil {
            // relativedelta(weekday=...) moves forward to that weekday, today included.
            days += (7 - ProlepticCalendar.weekday(daysFromEpoch: days) + weekday) % 7
            guard days * ProlepticCalendar.secondsPerDay <= ProlepticCalendar.lastSecond else {
                throw .overflowError("date value out of range")
            }
        }
        self.wallSeconds = days * ProlepticCalendar.secondsPerDay + hour * 3600 + minute * 60 + second
        self.microsecond = microsecond
        self.zone = try Self.zone(of: fields)
        let name = fields.timeZoneNameText
        self.namesAZone = name != nil && name != "UTC" && name != "GMT"
    }

    /// `_build_tzaware` with `tzinfos={'GMT': tzutc()}` on a host whose zone is UTC (`time.tzname` is
    /// `('UTC', 'UTC')`).
    private static func zone(of fields: DateutilFields) throws(PythonException) -> Zone {
        let name = fields.timeZoneNameText
        if name == "GMT" || name == "UTC" || fields.timeZoneOffset == 0 { return .utc }
        if let offset = fields.timeZoneOffset {
            // tzoffset stores a timedelta, which holds at most 999,999,999 days either way.
            let days = ProlepticCalendar.floorDivide(offset, ProlepticCalendar.secondsPerDay)
            guard abs(days) <= 999_999_999 else { throw .overflowError("days; must have magnitude <= 999999999") }
            return .offset(offset)
        }
        return .naive
    }
}
