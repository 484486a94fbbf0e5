/// `datetime.datetime.fromtimestamp(value, tzlocal())` on Linux with a UTC host zone: seconds since the epoch
/// to a `datetime`, or the exception Python raises.
enum PythonEpochConversion {
    enum Outcome: Equatable {
        /// The instant, rounded to microseconds as Python rounds it (half to even).
        case accepted(Double)
        /// `ValueError`: NaN, or a year outside 1...9999 that C's `gmtime` could still compute.
        case valueError
        /// `OverflowError` (beyond `time_t`) or `OSError` (beyond `gmtime`'s `int` year).
        case overflowOrOSError
    }

    /// The first second glibc's `gmtime` cannot express: its year minus 1900 must fit in a C `int`.
    static let firstSecondBeyondGmtime =
        ProlepticCalendar.daysFromEpoch(year: Int(Int32.max) + 1901, month: 1, day: 1) * ProlepticCalendar.secondsPerDay
    /// The first second glibc's `gmtime` can express.
    static let firstSecondOfGmtime =
        ProlepticCalendar.daysFromEpoch(year: Int(Int32.min) + 1900, month: 1, day: 1) * ProlepticCalendar.secondsPerDay

    /// An `int` (decimal digits with an optional `-`, any length).
    static func convert(integerText: String) -> Outcome {
        // `time_t` is 64 bits: anything longer than 19 digits is out of range.
        guard let seconds = Int(integerText) else { return .overflowOrOSError }
        return convert(seconds: seconds, microseconds: 0)
    }

    /// A `float`.
    static func convert(_ value: Double) -> Outcome {
        guard !value.isNaN else { return .valueError }
        guard value.isFinite else { return .overflowOrOSError }
        // CPython's _PyTime_DoubleToDenominator: split, scale the fraction to microseconds, round half to even,
        // carry into the seconds.
        var whole = value.rounded(.towardZero)
        var micro = ((value - whole) * 1e6).rounded(.toNearestOrEven)
        if micro >= 1e6 {
            micro -= 1e6
            whole += 1
        } else if micro < 0 {
            micro += 1e6
            whole -= 1
        }
        guard whole >= -0x1p63, whole < 0x1p63 else { return .overflowOrOSError }
        return convert(seconds: Int(whole), microseconds: Int(micro))
    }

    private static func convert(seconds: Int, microseconds: Int) -> Outcome {
        guard seconds >= firstSecondOfGmtime, seconds < firstSecondBeyondGmtime else { return .overflowOrOSError }
        guard seconds >= ProlepticCalendar.firstSecond, seconds <= ProlepticCalendar.lastSecond else {
            return .valueError
        }
        return .accepted(Double(seconds) + Double(microseconds) / 1e6)
    }

    /// Whether `float(int)` overflows: the integer rounds (half to even) to 2**1024 or beyond.
    static func integerOverflowsFloat(_ integerText: String) -> Bool {
        let digits = integerText.hasPrefix("-") ? integerText.dropFirst() : integerText[...]
        // Swift's reader rounds like Python's int-to-float conversion and gives an infinity past the range.
        return Double(digits).map { $0.isInfinite } ?? true
    }
}
