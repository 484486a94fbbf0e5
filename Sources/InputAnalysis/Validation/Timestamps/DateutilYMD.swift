/// dateutil's `_ymd`: the year, month and day candidates in the order found, some labelled, and how they resolve.
///
/// Only "year" and "month" labels are ever given by the parser (a month name, a four-digit or >100 value, a
/// `YYYYMMDD` run, `Jan of 01`); the day is whatever is left.
struct DateutilYMD {
    enum Label { case year, month }

    private(set) var values: [Int] = []
    /// Whether a value had more than two digits or exceeded 100, so two-digit-year expansion does not apply.
    private(set) var centurySpecified = false
    private var yearIndex: Int?
    private var monthIndex: Int?

    var count: Int { values.count }
    var isEmpty: Bool { values.isEmpty }

    /// `append(str)`: text of more than two digits is a year; `int(text)` must succeed.
    mutating func append(text: some Collection<Unicode.Scalar>, label: Label? = nil) throws(PythonException) {
        var label = label
        if PythonNumberText.isDigitString(text), text.count > 2 {
            centurySpecified = true
            label = .year
        }
        guard let value = PythonNumberText.integer(text) else { throw .valueError }
        try append(value, label: label)
    }

    /// `append(Decimal)`: a value above 100 is a year; stored truncated.
    mutating func append(_ value: DateutilDecimal) throws(PythonException) {
        var label: Label?
        if value.isGreater(than: 100) {
            centurySpecified = true
            label = .year
        }
        try append(value.integerPart, label: label)
    }

    /// Appends a whole value (a month number, a converted year); a second year or month is an error.
    mutating func append(_ value: Int, label: Label?) throws(PythonException) {
        values.append(value)
        switch label {
        case .year?:
            guard yearIndex == nil else { throw .valueError }
            yearIndex = values.count - 1
        case .month?:
            guard monthIndex == nil else { throw .valueError }
            monthIndex = values.count - 1
        case nil:
            break
        }
    }

    /// `could_be_day`: whether `value` fits as the day given the month and year found so far.
    func couldBeDay(_ value: DateutilDecimal) -> Bool {
        guard let monthIndex else { return value.isAtLeast(1) && value.isAtMost(31) }
        let month = values[monthIndex]
        // Without a year, dateutil allows 29 February.
        let year = yearIndex.map { values[$0] } ?? 2000
        return value.isAtLeast(1) && value.isAtMost(ProlepticCalendar.daysInMonth(year: year, month: month))
    }

    /// `resolve_ymd(yearfirst=False, dayfirst=False)`: which value is the year, the month and the day.
    func resolve() throws(PythonException) -> (year: Int?, month: Int?, day: Int?) {
        let labelled = (yearIndex == nil ? 0 : 1) + (monthIndex == nil ? 0 : 1)
        if (values.count == labelled && labelled > 0) || (values.count == 3 && labelled == 2) {
            return resolvedFromLabels()
        }
        switch values.count {
        case 0:
            return (nil, nil, nil)
        case 1 where monthIndex != nil:
            return (nil, values[0], nil)
        case 1:
            return values[0] > 31 ? (values[0], nil, nil) : (nil, nil, values[0])
        case 2:
            return resolveTwo()
        case 3:
            return resolveThree()
        default:
            throw .valueError
        }
    }

    private func resolvedFromLabels() -> (year: Int?, month: Int?, day: Int?) {
        let dayIndex = values.count == 3 ? (0..<3).first { $0 != yearIndex && $0 != monthIndex } : nil
        return (yearIndex.map { values[$0] }, monthIndex.map { values[$0] }, dayIndex.map { values[$0] })
    }

    private func resolveTwo() -> (year: Int?, month: Int?, day: Int?) {
        let first = values[0]
        let second = values[1]
        if let monthIndex {
            let other = monthIndex == 0 ? second : first
            return other > 31 ? (other, values[monthIndex], nil) : (nil, values[monthIndex], other)
        }
        if first > 31 { return (first, second, nil) }
        if second > 31 { return (second, first, nil) }
        return (nil, first, second)
    }

    private func resolveThree() -> (year: Int?, month: Int?, day: Int?) {
        let (a, b, c) = (values[0], values[1], values[2])
        switch monthIndex {
        case 0?:
            return b > 31 ? (b, a, c) : (c, a, b)
        case 1?:
            return a > 31 ? (a, b, c) : (c, b, a)
        case 2?:
            return b > 31 ? (b, c, a) : (a, c, b)
        default:
            if a > 31 || yearIndex == 0 { return (a, b, c) }
            if a > 12 { return (c, b, a) }
            return (c, a, b)
        }
    }
}
