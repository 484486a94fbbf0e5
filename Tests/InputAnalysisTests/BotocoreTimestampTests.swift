import InputAnalysis
import InputSyntax
import Testing

/// Representative values for each branch of botocore's timestamp conversion, with botocore's own answers
/// (python3, botocore 1.43.11, dateutil 2.9.0, `TZ=UTC`, `datetime.now()` pinned to 2021-06-15).
@Suite struct BotocoreTimestampTests {
    static let today = BotocoreTimestamp.Today(year: 2021, month: 6, day: 15)

    static func verdict(_ value: ScalarKind) -> TimestampVerdict {
        BotocoreTimestamp.verdict(for: value, today: today)
    }

    static func verdict(_ text: String) -> TimestampVerdict {
        verdict(.string(text))
    }

    /// The exception class a crash names.
    static func crashClass(_ verdict: TimestampVerdict) -> String? {
        guard case .crashes(let description) = verdict else { return nil }
        return String(description.prefix { $0 != ":" })
    }

    @Test(
        arguments: [
            // ISO 8601 and RFC 822/2822.
            ("2020-01-01T10:00:00Z", 1_577_872_800), ("2020-01-01T10:00:00.5+05:30", 1_577_853_000.5),
            ("2020-01-01", 1_577_836_800), ("20200101T101010Z", 1_577_873_410),
            ("Wed, 01 Jan 2020 10:00:00 GMT", 1_577_872_800), ("Wed, 01 Jan 2020 10:00:00 -0500", 1_577_890_800),
            ("2020-01-01\r\n10:00", 1_577_872_800),
            // dateutil's guesses: missing fields come from today, two-digit years land near it.
            ("1 1 1", 978_307_200), ("10:00", 1_623_751_200), ("10 pm", 1_623_794_400), ("13 pm", 1_623_762_000),
            ("10h30m", 1_623_753_000), ("1.5h", 1_623_720_600), ("Monday", 1_624_233_600),
            ("Mon Jan 2020", 1_579_478_400), ("Jan of 05", 1_105_747_200), ("Sat Dec 9999", 253_401_091_200),
            ("10:00 GMT+3", 1_623_762_000), ("1\u{0}1", 1_623_369_600),
            // Numbers first: Python's float() takes spaces, underscores and digits of any script.
            ("31", 31), ("1577836800", 1_577_836_800), ("1577836800.5", 1_577_836_800.5),
            (" 1_577_836_800 ", 1_577_836_800),
            ("\u{661}\u{665}\u{667}\u{667}\u{668}\u{663}\u{666}\u{668}\u{660}\u{660}", 1_577_836_800),
            ("1e9", 1_000_000_000),
        ] as [(String, Double)])
    func acceptedWithInstant(text: String, epochSeconds: Double) {
        #expect(Self.verdict(text) == .accepted(epochSeconds: epochSeconds))
    }

    /// A zone name other than UTC or GMT is ignored by dateutil unless the host's zone has that name, so the
    /// instant is not given.
    @Test(arguments: ["Jan 1 2020 10:00 PST", "10:00 EST", "10:00 -0300 (BRST)"])
    func acceptedWithHostDependentInstant(text: String) {
        #expect(Self.verdict(text) == .accepted(epochSeconds: nil))
    }

    @Test(arguments: [
        "", "   ", "not a date", "2020-13-01", "2020-W01-1", "Feb 29", "31 Jun", "June 31", "1e12", "nan",
        "10:00 +24:00", "é 2020", "2020-01-01 😀", "2020-01-01é",
    ])
    func rejected(text: String) {
        #expect(Self.verdict(text) == .rejected)
    }

    @Test func dependsOnToday() {
        #expect(
            BotocoreTimestamp.verdict(for: .string("Feb 29"), today: .init(year: 2024, month: 3, day: 1)).isAccepted)
        #expect(BotocoreTimestamp.verdict(for: .string("31"), today: .init(year: 2021, month: 6, day: 1)).isAccepted)
        #expect(
            BotocoreTimestamp.verdict(for: .string("31 10:00"), today: .init(year: 2021, month: 6, day: 1)) == .rejected
        )
        #expect(
            BotocoreTimestamp.verdict(for: .string("31 10:00"), today: .init(year: 2021, month: 7, day: 1)).isAccepted)
    }

    @Test(arguments: [
        ("1e17", "RuntimeError"), ("inf", "RuntimeError"), ("99999999999999999999 Jan", "RuntimeError"),
        ("9999-12-31T23:00:00-05:00", "OverflowError"),
        ("10:" + String(repeating: "9", count: 29), "decimal.InvalidOperation"),
    ])
    func crashes(text: String, exception: String) {
        #expect(Self.crashClass(Self.verdict(text)) == exception)
    }

    @Test func numbersBoolsAndNone() {
        #expect(Self.verdict(.bool(true)) == .accepted(epochSeconds: 1))
        #expect(Self.verdict(.bool(false)) == .accepted(epochSeconds: 0))
        #expect(Self.verdict(.null) == .rejected)
        #expect(Self.verdict(.integer("0")) == .accepted(epochSeconds: 0))
        #expect(Self.verdict(.integer("-1")) == .accepted(epochSeconds: -1))
        #expect(Self.verdict(.integer("253402300799")) == .accepted(epochSeconds: 253_402_300_799))
        #expect(Self.verdict(.integer("253402300800")) == .rejected)
        #expect(Self.verdict(.integer("-62135596800")) == .accepted(epochSeconds: -62_135_596_800))
        #expect(Self.verdict(.integer("-62135596801")) == .rejected)
        #expect(Self.crashClass(Self.verdict(.integer("1" + String(repeating: "0", count: 20)))) == "RuntimeError")
        #expect(Self.crashClass(Self.verdict(.integer("1" + String(repeating: "0", count: 400)))) == "OverflowError")
        #expect(Self.verdict(.float(1.5)) == .accepted(epochSeconds: 1.5))
        #expect(Self.verdict(.float(.nan)) == .rejected)
        #expect(Self.crashClass(Self.verdict(.float(.infinity))) == "RuntimeError")
        #expect(Self.crashClass(Self.verdict(.float(1e20))) == "RuntimeError")
    }

    @Test func bytesAndYAMLValues() {
        #expect(Self.verdict(.binary(Array("2020-01-01".utf8))) == .accepted(epochSeconds: 1_577_836_800))
        #expect(Self.verdict(.binary(Array("1.5".utf8))) == .accepted(epochSeconds: 1.5))
        #expect(Self.verdict(.binary([0xFF] + Array("2020".utf8))) == .rejected)
        // datetime.date has no tzinfo and is no string: rejected, whatever the date.
        #expect(Self.verdict(.date("2020-01-01")) == .rejected)
        #expect(Self.verdict(.timestamp("2001-12-14t21:59:43.10-05:00")) == .accepted(epochSeconds: 1_008_385_183.1))
        #expect(Self.verdict(.timestamp("2020-01-01 10:00:00")) == .accepted(epochSeconds: 1_577_872_800))
        #expect(Self.verdict(.timestamp("2020-01-01T10:00:00.9999995Z")) == .accepted(epochSeconds: 1_577_872_801))
        #expect(Self.crashClass(Self.verdict(.timestamp("9999-12-31 23:00:00 -05:00"))) == "OverflowError")
    }

    @Test(arguments: [
        "2020-01-01T10:00:00Z", "2020-01-01T10:00Z", "2020-01-01 10:00:00.123+05:30", "2020-01-01t10:00:00z",
        "1969-12-31T23:59:59-00:00", "1577836800", "1577836800.25", "-1", "0",
    ])
    func recommended(text: String) {
        #expect(BotocoreTimestamp.isRecommendedFormat(text))
    }

    @Test(arguments: [
        "Jan 1 2020 10:00 PST", "2020-01-01", "1 1 1", "1e9", "10:00", "2020-01-01T10:00:00", "2020-02-30T00:00:00Z",
        "2020-01-01T10:00:00+0530", "2020-1-1T10:00:00Z", " 1577836800", "1_577_836_800", "+1577836800",
        "9999-12-31T23:00:00-05:00", "2020-01-01T10:00:00+24:00", "", "é", "😀", "2020-01-01T10:00:00Z\r\n",
        "\u{661}\u{665}\u{667}\u{667}",
    ])
    func notRecommended(text: String) {
        #expect(!BotocoreTimestamp.isRecommendedFormat(text))
    }
}
