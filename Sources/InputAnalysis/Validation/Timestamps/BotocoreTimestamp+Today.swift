#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension BotocoreTimestamp {
    /// The date on which botocore runs, in the host's local time: dateutil takes a missing year, month or day
    /// from it (so `Feb 29` is rejected in a common year and `31` alone in a 30-day month), and two-digit years
    /// are placed within 50 years of it.
    package struct Today: Sendable, Hashable {
        package var year: Int
        /// 1...12.
        package var month: Int
        /// 1...31.
        package var day: Int

        package init(year: Int, month: Int, day: Int) {
            self.year = year
            self.month = month
            self.day = day
        }

        /// Today's date in the host's local time zone, as Python's `datetime.now()` sees it.
        package static var current: Today {
            var now = time(nil)
            var parts = tm()
            guard localtime_r(&now, &parts) != nil else { return Today(year: 1970, month: 1, day: 1) }
            return Today(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
        }
    }
}
