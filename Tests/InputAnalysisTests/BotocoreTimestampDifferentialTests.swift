import Foundation
import InputAnalysis
import Testing

/// `BotocoreTimestamp` against botocore itself: one `python3` process per host zone, over the generated corpus.
@Suite(.serialized) struct BotocoreTimestampDifferentialTests {
    /// The fixed corpus; `BOTOCORE_TIMESTAMP_SEED=<n>` explores another one.
    static let corpus = BotocoreTimestampCorpus(
        seed: ProcessInfo.processInfo.environment["BOTOCORE_TIMESTAMP_SEED"].flatMap { UInt64($0) } ?? 0x5EED_7157)

    /// The exception class a crash description names (`"decimal.InvalidOperation: …"` → `"InvalidOperation"`).
    static func exceptionClass(_ description: String) -> String {
        String(description.prefix { $0 != ":" }.split(separator: ".").last ?? "")
    }

    /// Whether the value may legitimately get another answer on a host whose zone is not UTC: it lies within two
    /// days of year 1 or year 9999 (converting through the host zone can overflow there), or it names one of the
    /// host zone's own abbreviations (dateutil then attaches the host zone and ignores any written offset).
    static func dependsOnHostZone(
        _ item: BotocoreTimestampCorpus.Item, _ verdict: TimestampVerdict, hostZoneNames: [String]
    ) -> Bool {
        if item.nearDateLimit { return true }
        if case .accepted(let seconds?) = verdict {
            let margin = 2.0 * 86_400
            if seconds < -62_135_596_800 + margin || seconds > 253_402_300_799 - margin { return true }
        }
        guard case .string(let text) = item.value else { return false }
        return hostZoneNames.contains { text.contains($0) }
    }

    /// Whether Swift's verdict matches Python's answer; instants must agree to the microsecond where both exist.
    static func agrees(_ verdict: TimestampVerdict, _ answer: BotocoreTimestampOracle.Answer) -> Bool {
        switch (verdict, answer) {
        case (.accepted(let mine?), .accepted(let theirs)):
            return abs(mine - theirs) <= max(1e-6, abs(theirs) * 1e-15)
        case (.accepted(nil), .accepted), (.rejected, .rejected):
            return true
        case (.crashes(let mine), .crashed(let theirs)):
            return exceptionClass(mine) == theirs
        default:
            return false
        }
    }

    @Test(arguments: ["UTC", "America/New_York"])
    func agreesWithBotocore(timeZone: String) throws {
        try compare(timeZone: timeZone, pretending: nil)
    }

    /// Missing fields come from today: a leap day, the last day of a 30-day month, late December (a weekday can
    /// step into the next year) and a date in another century (two-digit years) exercise that.
    @Test(arguments: [
        BotocoreTimestamp.Today(year: 2024, month: 2, day: 29), BotocoreTimestamp.Today(year: 2023, month: 4, day: 30),
        BotocoreTimestamp.Today(year: 9999, month: 12, day: 29), BotocoreTimestamp.Today(year: 2071, month: 1, day: 31),
    ])
    func agreesWithBotocoreOnAnotherDay(today: BotocoreTimestamp.Today) throws {
        try compare(timeZone: "UTC", pretending: today)
    }

    private func compare(timeZone: String, pretending: BotocoreTimestamp.Today?) throws {
        let items = Self.corpus.items
        #expect(items.count { if case .string = $0.value { true } else { false } } >= 20_000)
        let run = try BotocoreTimestampOracle.run(items.map(\.value), timeZone: timeZone, pretending: pretending)
        if let pretending { try #require(run.today == pretending) }
        let hostIsUTC = run.hostZoneNames.allSatisfy { $0 == "UTC" }

        var accepted = 0
        var rejected = 0
        var crashed = 0
        var zoneDependent = [String]()
        var mismatches = [String]()
        for (item, answer) in zip(items, run.answers) {
            let verdict = BotocoreTimestamp.verdict(for: item.value.scalarKind, today: run.today)
            switch answer {
            case .accepted: accepted += 1
            case .rejected: rejected += 1
            case .crashed: crashed += 1
            }
            guard !Self.agrees(verdict, answer) else { continue }
            let line = "\(item.family) \(item.value.jsonLine): swift \(verdict), python \(answer)"
            if !hostIsUTC, Self.dependsOnHostZone(item, verdict, hostZoneNames: run.hostZoneNames) {
                zoneDependent.append(line)
            } else {
                mismatches.append(line)
            }
        }
        let verdictsOnly = mismatches.filter { !$0.contains("python accepted") || !$0.contains("swift accepted") }
        print(
            "BotocoreTimestamp vs botocore, TZ=\(timeZone), today \(run.today): \(items.count) values, "
                + "\(accepted) accepted, \(rejected) rejected, \(crashed) crash; \(mismatches.count) disagreements "
                + "(\(verdictsOnly.count) on the verdict), \(zoneDependent.count) explained by the host zone")
        for line in zoneDependent.prefix(3) { print("  explained by the host zone: \(line)") }
        #expect(
            mismatches.isEmpty, "\(mismatches.count) disagreements:\n\(mismatches.prefix(40).joined(separator: "\n"))")
    }
}
