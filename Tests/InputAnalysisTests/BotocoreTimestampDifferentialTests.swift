import Foundation
import InputAnalysis
import Testing

/// `BotocoreTimestamp` against botocore itself: one `python3` process per host zone, over the generated corpus.
@Suite(.serialized) struct BotocoreTimestampDifferentialTests {
    static let corpus = BotocoreTimestampCorpus(seed: 0x5EED_7157)

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
        let items = Self.corpus.items
        #expect(items.count { if case .string = $0.value { true } else { false } } >= 20_000)
        let run = try BotocoreTimestampOracle.run(items.map(\.value), timeZone: timeZone)
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
        #expect(mismatches.isEmpty, "\(mismatches.count) disagreements:\n\(mismatches.prefix(40).joined(separator: "\n"))")
        if hostIsUTC {
            #expect(zoneDependent.isEmpty)
        }
    }
}
