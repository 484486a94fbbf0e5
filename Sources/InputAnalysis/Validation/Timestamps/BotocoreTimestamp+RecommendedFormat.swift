extension BotocoreTimestamp {
    /// Whether a string is one of the unambiguous forms we recommend, and botocore accepts it: an ISO 8601
    /// (RFC 3339) date-time with a zone, `2020-01-01T10:00:00Z`, `2020-01-01 10:00:00.5+05:30`, or epoch seconds,
    /// `1577872800`, `-1.5`.
    ///
    /// Everything else botocore accepts (`Jan 1 2020 10:00 PST`, `2020-01-01`, `1 1 1`, `1e9`, `10:00`) relies on
    /// dateutil's guessing, on today's date or on the host's zone, and deserves the `timestamp-format` warning.
    package static func isRecommendedFormat(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard isEpochSeconds(bytes) || isISODateTimeWithZone(bytes) else { return false }
        // The date of today does not matter for these complete forms.
        return verdict(for: .string(text), today: Today(year: 2000, month: 1, day: 1)).isAccepted
    }

    /// `-?[0-9]+(\.[0-9]+)?`
    private static func isEpochSeconds(_ bytes: [UInt8]) -> Bool {
        var cursor = ByteCursor(bytes)
        _ = cursor.skip(0x2D)
        guard cursor.digits() > 0 else { return false }
        if cursor.skip(0x2E) {
            guard cursor.digits() > 0 else { return false }
        }
        return cursor.atEnd
    }

    /// `YYYY-MM-DD[Tt ]hh:mm[:ss[.f+]](Z|z|[+-]hh:mm)`
    private static func isISODateTimeWithZone(_ bytes: [UInt8]) -> Bool {
        var cursor = ByteCursor(bytes)
        guard cursor.digits() == 4, cursor.skip(0x2D), cursor.digits() == 2, cursor.skip(0x2D), cursor.digits() == 2,
            cursor.skip(0x54) || cursor.skip(0x74) || cursor.skip(0x20),
            cursor.digits() == 2, cursor.skip(0x3A), cursor.digits() == 2
        else { return false }
        if cursor.skip(0x3A) {
            guard cursor.digits() == 2 else { return false }
            if cursor.skip(0x2E) {
                guard cursor.digits() > 0 else { return false }
            }
        }
        if cursor.skip(0x5A) || cursor.skip(0x7A) { return cursor.atEnd }
        guard cursor.skip(0x2B) || cursor.skip(0x2D), cursor.digits() == 2, cursor.skip(0x3A), cursor.digits() == 2
        else { return false }
        return cursor.atEnd
    }

    /// A cursor over UTF-8 bytes for the two patterns above.
    private struct ByteCursor {
        let bytes: [UInt8]
        var position = 0

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        var atEnd: Bool { position == bytes.count }

        mutating func skip(_ byte: UInt8) -> Bool {
            guard position < bytes.count, bytes[position] == byte else { return false }
            position += 1
            return true
        }

        /// Skips ASCII digits; returns how many.
        mutating func digits() -> Int {
            let start = position
            while position < bytes.count, bytes[position] >= 0x30, bytes[position] <= 0x39 { position += 1 }
            return position - start
        }
    }
}
