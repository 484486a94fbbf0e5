package import InputSyntax

/// botocore's client-side acceptance of a value for a timestamp member (`ParamValidator._validate_timestamp`).
///
/// botocore calls `parse_to_aware_datetime(value)`: a `datetime` is kept; an `int` or `float` is epoch seconds;
/// anything else is first tried as `float(value)` epoch seconds, then parsed by `dateutil.parser.parse`. An aware
/// result is converted to UTC. The validator rejects the value when this raises `TypeError`, `ValueError` or
/// `AttributeError`; other exceptions escape and crash the AWS CLI.
///
/// The rules are re-expressed from botocore 1.43, python-dateutil 2.9.0 and CPython 3.11 on 64-bit Linux, for a
/// host whose time zone is UTC. On another host botocore answers differently only within a day of year 1 or year
/// 9999 (converting through the host zone overflows there) and for a value that names one of the host zone's own
/// abbreviations (`EST` on a New York host), which dateutil resolves to the host zone, ignoring a written offset.
/// The date does matter: a value without a year, month or day takes them from today (`Today`).
package enum BotocoreTimestamp {
    /// The verdict for a value as the tree holds it, on the host's current date.
    package static func verdict(for value: ScalarKind) -> TimestampVerdict {
        verdict(for: value, today: .current)
    }

    /// The verdict for a value as the tree holds it, on the given date (dateutil fills missing fields from it).
    package static func verdict(for value: ScalarKind, today: Today) -> TimestampVerdict {
        switch value {
        case .string(let text):
            return verdict(
                forText: text.unicodeScalars, pythonFloat: PythonNumberText.float(text.unicodeScalars),
                display: text, today: today)
        case .binary(let bytes):
            // float() reads bytes as ASCII; dateutil decodes them as UTF-8 and fails (ValueError) if it cannot.
            let float = PythonNumberText.float(bytes: bytes)
            let display = String(decoding: bytes, as: UTF8.self)
            var decoded = [Unicode.Scalar]()
            var decoder = UTF8()
            var iterator = bytes.makeIterator()
            decoding: while true {
                switch decoder.decode(&iterator) {
                case .scalarValue(let scalar): decoded.append(scalar)
                case .emptyInput: break decoding
                case .error:
                    guard let float else { return .rejected }
                    return verdict(forEpoch: PythonEpochConversion.convert(float), display: display) ?? .rejected
                }
            }
            return verdict(forText: decoded, pythonFloat: float, display: display, today: today)
        case .integer(let digits):
            switch PythonEpochConversion.convert(integerText: digits) {
            case .accepted(let seconds): return .accepted(epochSeconds: seconds)
            case .valueError: return .rejected
            case .overflowOrOSError:
                // The fallback first converts the int to float, which can itself overflow.
                if PythonEpochConversion.integerOverflowsFloat(digits) {
                    return .crashes("OverflowError: int too large to convert to float")
                }
                return unableToCalculate(digits)
            }
        case .float(let number):
            return verdict(forEpoch: PythonEpochConversion.convert(number), display: pythonRepr(number)) ?? .rejected
        case .bool(let flag):
            return .accepted(epochSeconds: flag ? 1 : 0)
        case .null, .date:
            // Neither a number nor text: float() and dateutil both raise TypeError.
            return .rejected
        case .timestamp(let text):
            return YAMLTimestamp(text).map(verdict(forYAML:)) ?? .accepted(epochSeconds: nil)
        }
    }

    /// A string (or decoded bytes): epoch seconds if `float()` reads it and `fromtimestamp` succeeds, else dateutil.
    private static func verdict(
        forText text: some Collection<Unicode.Scalar>, pythonFloat: Double?, display: String, today: Today
    ) -> TimestampVerdict {
        if let pythonFloat,
            let verdict = verdict(
                forEpoch: PythonEpochConversion.convert(pythonFloat),
                display: display)
        {
            return verdict
        }
        let dateTime: DateutilDateTime
        do {
            let fields = try DateutilParser.parse(text, currentYear: today.year)
            dateTime = try DateutilDateTime(fields, today: today)
        } catch .overflowError {
            // parse_timestamp catches OverflowError, retries float() (which fails here) and gives up.
            return unableToCalculate(display)
        } catch .uncaught(let description) {
            return .crashes(description)
        } catch {
            return .rejected
        }
        let verdict = awareUTC(dateTime.wallSeconds, microsecond: dateTime.microsecond, zone: dateTime.zone)
        return dateTime.namesAZone && verdict.isAccepted ? .accepted(epochSeconds: nil) : verdict
    }

    /// The verdict of the epoch branch, or nil when it raised `ValueError` (then a string goes on to dateutil,
    /// while a number is rejected).
    private static func verdict(forEpoch outcome: PythonEpochConversion.Outcome, display: String)
        -> TimestampVerdict?
    {
        switch outcome {
        case .accepted(let seconds): .accepted(epochSeconds: seconds)
        case .valueError: nil
        // The fallback adds a timedelta to the epoch, which overflows as well.
        case .overflowOrOSError: unableToCalculate(display)
        }
    }

    /// `parse_to_aware_datetime`: a naive result is taken as UTC; an aware one is converted to UTC, which fails for
    /// an offset of a day or more (`ValueError`) and outside years 1 to 9999 (`OverflowError`, not caught).
    private static func awareUTC(_ wallSeconds: Int, microsecond: Int, zone: DateutilDateTime.Zone)
        -> TimestampVerdict
    {
        var utcSeconds = wallSeconds
        switch zone {
        case .naive, .utc:
            break
        case .offset(let offset):
            guard abs(offset) < ProlepticCalendar.secondsPerDay else { return .rejected }
            utcSeconds -= offset
            guard utcSeconds >= ProlepticCalendar.firstSecond, utcSeconds <= ProlepticCalendar.lastSecond else {
                return .crashes("OverflowError: date value out of range")
            }
        }
        return .accepted(epochSeconds: Double(utcSeconds) + Double(microsecond) / 1e6)
    }

    private static func verdict(forYAML timestamp: YAMLTimestamp) -> TimestampVerdict {
        awareUTC(
            timestamp.wallSeconds, microsecond: timestamp.microsecond,
            zone: timestamp.offset.map { $0 == 0 ? .utc : .offset($0) } ?? .naive)
    }

    private static func unableToCalculate(_ display: String) -> TimestampVerdict {
        // Python quotes the whole value; a long one is cut here.
        let shown = display.unicodeScalars.count > 60 ? String(display.prefix(57)) + "…" : display
        return .crashes("RuntimeError: Unable to calculate correct timezone offset for \"\(shown)\"")
    }

    /// Python's `str(float)` for the usual cases (Swift prints the same shortest digits).
    private static func pythonRepr(_ value: Double) -> String {
        value.isNaN ? "nan" : value.isInfinite ? (value < 0 ? "-inf" : "inf") : "\(value)"
    }
}
