import Foundation
import InputSyntax
import Testing
import TextModel
@testable import YAMLSyntax

/// Compares the parser with ruamel.yaml 0.19.1's safe loader, the AWS CLI v2's YAML reader, on generated documents:
/// the same verdict (refused or not) and, when both read the document, the same values and Python types.
@Suite struct RuamelDifferentialTests {
    static let documentCount = 4_000

    @Test func agreesWithRuamelSafeLoader() throws {
        let environment = ProcessInfo.processInfo.environment
        let seed = environment["YAML_DIFFERENTIAL_SEED"].flatMap { UInt64($0) } ?? 0x5EED_0001
        let count = environment["YAML_DIFFERENTIAL_COUNT"].flatMap { Int($0) } ?? Self.documentCount
        var generator = YAMLDocumentGenerator(seed: seed)
        let documents = generator.documents(count: count)
        let expected = try RuamelOracle.load(documents)
        try #require(expected.count == documents.count, "the oracle answered \(expected.count) of \(documents.count)")

        var divergences: [String] = []
        var refusedByBoth = 0
        var accepted: [AcceptedDivergence: Int] = [:]
        for (document, oracle) in zip(documents, expected) {
            let bytes = Array(document.utf8)
            let result = YAMLParser.parse(SourceText(bytes: bytes))
            let version: YAMLSchemaVersion = document.hasPrefix("%YAML 1.1") ? .v1_1 : .v1_2
            let mine = CanonicalRendering.render(result, source: bytes, version: version)
            let agree = oracle.hasPrefix("ERR") ? mine.hasPrefix("ERR") : mine == oracle
            if agree {
                if oracle.hasPrefix("ERR") { refusedByBoth += 1 }
            } else if let reason = AcceptedDivergence.reason(document: document, oracle: oracle, result: result) {
                accepted[reason, default: 0] += 1
            } else {
                divergences.append("\(document.debugDescription)\n    ruamel: \(oracle)\n    ours:   \(mine)\(result.diagnostics.map { "\n    diag: \($0.range) \($0.message)" }.joined())")
            }
        }
        let agreed = documents.count - divergences.count - accepted.values.reduce(0, +)
        print("ruamel differential: \(agreed)/\(documents.count) agree (\(refusedByBoth) refused by both)")
        for (reason, count) in accepted.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            print("  accepted divergence \(reason.rawValue): \(count)")
        }
        if let path = ProcessInfo.processInfo.environment["YAML_DIVERGENCES"] {
            try divergences.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        }
        #expect(divergences.isEmpty, "\(divergences.count) divergences, first: \(divergences.prefix(10).joined(separator: "\n"))")
    }
}
