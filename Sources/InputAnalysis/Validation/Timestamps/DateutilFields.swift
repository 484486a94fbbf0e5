/// What dateutil's parser read from a string (its `_result`), before a `datetime` is built from it.
///
/// Integers are saturated (`PythonNumberText.saturationBase`): any value that large overflows wherever it is used.
struct DateutilFields {
    var year: Int?
    var month: Int?
    var day: Int?
    /// Monday is 0.
    var weekday: Int?
    var hour: Int?
    var minute: Int?
    var second: Int?
    var microsecond: Int?
    var timeZoneName: [Unicode.Scalar]?
    /// Seconds east of UTC.
    var timeZoneOffset: Int?
    var ampm: Int?
    var centurySpecified = false

    /// `len(res) == 0`: nothing at all was found (dateutil's "String does not contain a date").
    var isEmpty: Bool {
        year == nil && month == nil && day == nil && weekday == nil && hour == nil && minute == nil
            && second == nil && microsecond == nil && timeZoneName == nil && timeZoneOffset == nil && ampm == nil
    }

    /// The zone name as text, for comparisons with dateutil's names.
    var timeZoneNameText: String? {
        timeZoneName.map { String(String.UnicodeScalarView($0)) }
    }

    /// `parserinfo.convertyear`: a two-digit year without a written century lands within 50 years of today.
    static func convertYear(_ year: Int, centurySpecified: Bool, currentYear: Int) -> Int {
        guard year < 100, !centurySpecified else { return year }
        let converted = year + currentYear / 100 * 100
        if converted >= currentYear + 50 { return converted - 100 }
        if converted < currentYear - 50 { return converted + 100 }
        return converted
    }

    /// `parserinfo.validate`: expands the year and normalises the UTC spellings.
    mutating func normalize(currentYear: Int) {
        if let year {
            self.year = Self.convertYear(year, centurySpecified: centurySpecified, currentYear: currentYear)
        }
        let name = timeZoneNameText
        if (timeZoneOffset == 0 && name == nil) || name == "Z" || name == "z" {
            timeZoneName = Array("UTC".unicodeScalars)
            timeZoneOffset = 0
        } else if timeZoneOffset != 0, let timeZoneName, DateutilToken(timeZoneName).words.isUTCZone {
            timeZoneOffset = 0
        }
    }
}
