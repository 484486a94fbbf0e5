import Foundation
import JSONSyntax
import ServiceModel
import Testing

/// The extractor measured against `Fixtures/filter-labels.json`: filter parameters of 21 services whose keys and
/// closed value lists were labelled by reading the documentation, before the extractor was written. The models in
/// `Fixtures/filter-docs/` are botocore 1.44.5's, cut down to the labelled operations' input shapes.
@Suite struct FilterExtractorSampleTests {
    struct Label {
        var service: String
        var operation: String
        var keyPath: String
        var keys: Set<String>
        var values: [String: Set<String>]
    }

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func labels(_ file: String = "filter-labels.json") throws -> [Label] {
        let json = try JSONValue.decode(Array(Data(contentsOf: fixtures.appendingPathComponent(file))))
        return try #require(json["parameters"]?.arrayValue).map { item in
            var values = [String: Set<String>]()
            for (key, list) in item["values"]?.objectValue ?? JSONObject() {
                values[key] = Set(list.arrayValue?.compactMap(\.stringValue) ?? [])
            }
            let keys = (item["keys"]?.arrayValue ?? []) + (item["prefixes"]?.arrayValue ?? [])
            return Label(
                service: item["service"]?.stringValue ?? "", operation: item["operation"]?.stringValue ?? "",
                keyPath: item["key"]?.stringValue ?? "", keys: Set(keys.compactMap(\.stringValue)), values: values)
        }
    }

    static func extracted(_ service: String) throws -> ServiceFilters {
        let url = fixtures.appendingPathComponent("filter-docs/\(service).json")
        let model = try Service.decode(
            JSONValue.decode(Array(Data(contentsOf: url))), name: service, apiVersion: "fixture", file: url.path)
        return FilterExtractor.extract(from: model)
    }

    struct Score {
        var keyTruePositives = 0
        var keyFalsePositives = 0
        var keyFalseNegatives = 0
        var valueListsRecorded = 0
        var valueListsCorrect = 0
        var valueListsLabelled = 0
        var valueListsFound = 0
        var disagreements = [String]()

        var keyPrecision: Double { Double(keyTruePositives) / Double(max(1, keyTruePositives + keyFalsePositives)) }
        var keyRecall: Double { Double(keyTruePositives) / Double(max(1, keyTruePositives + keyFalseNegatives)) }
        var valuePrecision: Double { Double(valueListsCorrect) / Double(max(1, valueListsRecorded)) }
        var valueRecall: Double { Double(valueListsFound) / Double(max(1, valueListsLabelled)) }
    }

    static func score(_ file: String = "filter-labels.json") throws -> Score {
        var score = Score()
        var byService = [String: ServiceFilters]()
        for label in try labels(file) {
            if byService[label.service] == nil { byService[label.service] = try extracted(label.service) }
            let parameter = byService[label.service]?.parameters(of: label.operation)
                .first { $0.keyPath.description == label.keyPath }
            let keys = Set((parameter?.keys.map(\.name) ?? []) + (parameter?.prefixes.map(\.prefix) ?? []))
            let where_ = "\(label.service) \(label.operation) \(label.keyPath)"
            score.keyTruePositives += keys.intersection(label.keys).count
            let extra = keys.subtracting(label.keys)
            let missing = label.keys.subtracting(keys)
            score.keyFalsePositives += extra.count
            score.keyFalseNegatives += missing.count
            if !extra.isEmpty { score.disagreements.append("\(where_): extra keys \(extra.sorted())") }
            if !missing.isEmpty { score.disagreements.append("\(where_): missing keys \(missing.sorted())") }
            score.valueListsLabelled += label.values.count
            for key in parameter?.keys ?? [] where key.hasClosedValues {
                score.valueListsRecorded += 1
                if label.values[key.name] == Set(key.values) {
                    score.valueListsCorrect += 1
                    score.valueListsFound += 1
                } else {
                    score.disagreements.append(
                        "\(where_): \(key.name) values \(key.values) (labelled \(label.values[key.name]?.sorted() ?? []))")
                }
            }
            for (name, values) in label.values
            where !(parameter?.key(named: name)?.hasClosedValues ?? false) {
                score.disagreements.append("\(where_): \(name) values not found (labelled \(values.sorted()))")
            }
        }
        return score
    }

    @Test func precisionAndRecallMeetTheTargets() throws {
        let score = try Self.score()
        let labels = try Self.labels()
        print(
            """
            filter extractor on \(labels.count) labelled parameters of \(Set(labels.map(\.service)).count) services:
              keys: precision \(score.keyPrecision) (\(score.keyTruePositives) right, \(score.keyFalsePositives) wrong), \
            recall \(score.keyRecall) (\(score.keyFalseNegatives) missed)
              closed value lists: precision \(score.valuePrecision) (\(score.valueListsCorrect) of \(score.valueListsRecorded) \
            recorded), recall \(score.valueRecall) (\(score.valueListsFound) of \(score.valueListsLabelled) labelled)
            """)
        for line in score.disagreements { print("  " + line) }
        #expect(score.keyPrecision >= 0.98)
        #expect(score.keyRecall >= 0.85)
        #expect(score.valuePrecision >= 0.98)
    }

    /// `filter-labels-heldout.json`: EC2 parameters labelled after the extractor was tuned on the first sample,
    /// before its output for them was looked at.
    @Test func heldOutSample() throws {
        let score = try Self.score("filter-labels-heldout.json")
        let labels = try Self.labels("filter-labels-heldout.json")
        print(
            """
            filter extractor on the held-out sample (\(labels.count) ec2 parameters):
              keys: precision \(score.keyPrecision) (\(score.keyTruePositives) right, \(score.keyFalsePositives) wrong), \
            recall \(score.keyRecall) (\(score.keyFalseNegatives) missed)
              closed value lists: precision \(score.valuePrecision) (\(score.valueListsCorrect) of \(score.valueListsRecorded) \
            recorded), recall \(score.valueRecall) (\(score.valueListsFound) of \(score.valueListsLabelled) labelled)
            """)
        for line in score.disagreements { print("  " + line) }
        #expect(score.keyPrecision >= 0.98)
        #expect(score.keyRecall >= 0.85)
        #expect(score.valuePrecision >= 0.98)
    }
}
