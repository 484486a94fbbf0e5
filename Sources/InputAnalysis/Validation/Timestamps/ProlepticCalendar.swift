/// Proleptic Gregorian calendar arithmetic, as Python's `datetime` and `calendar` modules do it.
enum ProlepticCalendar {
    static let secondsPerDay = 86_400

    /// `calendar.isleap(year)`; exact for saturated years too (`PythonNumberText.saturationBase` is a multiple of
    /// 400).
    static func isLeap(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    /// `calendar.monthrange(year, month)[1]` for a month in 1...12.
    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days from 1970-01-01 to the given date (negative before it), for any year that fits comfortably in `Int`.
    static func daysFromEpoch(year: Int, month: Int, day: Int) -> Int {
        // Counting years from March makes the leap day the last day of the counted year.
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = floorDivide(shiftedYear, 400)
        let yearOfEra = shiftedYear - era * 400
        let monthFromMarch = (month + 9) % 12
        let dayOfYear = (153 * monthFromMarch + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// `date.weekday()` of a day counted from 1970-01-01 (a Thursday): Monday is 0.
    static func weekday(daysFromEpoch days: Int) -> Int {
        floorModulo(days + 3, 7)
    }

    /// The first second of year 1 and the last second of year 9999, in seconds from the epoch: the range of
    /// Python's `datetime`.
    static let firstSecond = daysFromEpoch(year: 1, month: 1, day: 1) * secondsPerDay
    static let lastSecond = daysFromEpoch(year: 10_000, month: 1, day: 1) * secondsPerDay - 1

    static func floorDivide(_ a: Int, _ b: Int) -> Int {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }

    static func floorModulo(_ a: Int, _ b: Int) -> Int {
        a - floorDivide(a, b) * b
    }
}
