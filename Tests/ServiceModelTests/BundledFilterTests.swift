import Foundation
import ServiceModel
import Testing

/// The filter knowledge shipped in the repository's `schemas/filters/`.
@Suite struct BundledFilterTests {
    static let schemas = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("schemas").path
    static let bundle = FilterBundle(schemas: schemas)

    static func extractedServices() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: schemas + "/filters/extracted")) ?? []
        return names.filter { $0.hasSuffix(".json") && $0 != "index.json" }.map { String($0.dropLast(5)) }.sorted()
    }

    @Test func everyFileReadsAndMatchesTheIndex() throws {
        let index = try JSONSerialization.jsonObject(
            with: Data(contentsOf: URL(fileURLWithPath: Self.schemas + "/filters/extracted/index.json"))) as? [String: Any]
        let counts = try #require(index?["services"] as? [String: Int])
        #expect(Self.bundle.botocoreVersion() == "1.44.5")
        #expect(Set(counts.keys) == Set(Self.extractedServices()))
        var total = 0
        for service in Self.extractedServices() {
            let filters = try #require(try Self.bundle.extracted(service))
            #expect(filters.service == service)
            #expect(filters.parameterCount == counts[service])
            #expect(filters.operations.values.joined().allSatisfy { $0.origin == .extracted })
            total += filters.parameterCount
        }
        #expect(total >= 450)
        #expect(Self.bundle.handWrittenServices() == ["ssm"])
        #expect(try Self.bundle.handWritten("ssm")?.operations.values.joined().allSatisfy { $0.origin == .handWritten } == true)
    }

    /// The hand-written SSM knowledge is a second labelled sample: how much of it the extractor finds on its own.
    @Test func extractorAgreementWithTheHandWrittenSSMKnowledge() throws {
        let hand = try #require(try Self.bundle.handWritten("ssm"))
        let mined = try #require(try Self.bundle.extracted("ssm"))
        var right = 0
        var wrong = 0
        var missed = 0
        var closedRecorded = 0
        var closedRight = 0
        for (operation, parameters) in hand.operations {
            for parameter in parameters where parameter.isExhaustive {
                let labelled = Set(parameter.keys.map(\.name) + parameter.prefixes.map(\.prefix))
                let found = mined.parameters(of: operation).first { $0.keyPath == parameter.keyPath }
                let keys = Set((found?.keys.map(\.name) ?? []) + (found?.prefixes.map(\.prefix) ?? []))
                right += keys.intersection(labelled).count
                wrong += keys.subtracting(labelled).count
                missed += labelled.subtracting(keys).count
                for key in found?.keys ?? [] where key.hasClosedValues {
                    closedRecorded += 1
                    if let truth = parameter.key(named: key.name), truth.hasClosedValues, Set(truth.values) == Set(key.values) {
                        closedRight += 1
                    }
                }
            }
        }
        print(
            "extractor vs hand-written SSM (exhaustive parameters): keys \(right) right, \(wrong) wrong, \(missed) missed; "
                + "closed value lists \(closedRight) of \(closedRecorded) right")
        #expect(right > 0)
    }
}
