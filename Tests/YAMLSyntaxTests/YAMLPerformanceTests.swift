import Foundation
import InputSyntax
import Testing
import TextModel
import YAMLSyntax

/// A 750 KB input file parses in linear time; the time is printed for the benchmark notes (measure with
/// `swift test -c release --filter YAMLPerformanceTests`).
@Suite struct YAMLPerformanceTests {
    static func largeDocument(targetBytes: Int = 750_000) -> String {
        var text = "# cli-input: ec2 describe-instances\nDryRun: false\nFilters:\n"
        var index = 0
        while text.utf8.count < targetBytes {
            text += "  - Name: tag:Name-\(index)\n    Values:\n"
            text += "      - \"é value \(index)\"\n      - plain 😀 \(index)\n      - \(index)\n      - 2020-01-01T10:00:00Z\n"
            text += "    Extra: {Key: k\(index), Flag: true, Size: 1.5e3}\n"
            index += 1
        }
        return text
    }

    @Test func largeDocumentParsesQuickly() throws {
        let source = SourceText(Self.largeDocument())
        let clock = ContinuousClock()
        var result: ParseResult?
        var elapsed = Duration.seconds(1_000)
        for _ in 0..<5 {
            elapsed = min(elapsed, clock.measure { result = YAMLParser.parse(source) })
        }
        print("YAML parse of \(source.count) bytes: \(elapsed) (best of 5)")
        #expect(result?.diagnostics.isEmpty == true)
        let filters = try #require(result?.root?.member("Filters")?.value.elements)
        #expect(filters.count > 3_000)
        #expect(elapsed < .seconds(3))
    }
}
