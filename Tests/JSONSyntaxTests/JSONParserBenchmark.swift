import Foundation
import InputSyntax
import JSONSyntax
import Testing
import TextModel

/// Timings of `JSONParser` on 750 KB documents. It runs only when `CLI_INPUT_LS_BENCHMARK` is set (see
/// `Benchmarks/json-parser.sh`, which builds in release mode); it prints and never asserts a time.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["CLI_INPUT_LS_BENCHMARK"] != nil))
struct JSONParserBenchmark {
    static let documents: [(String, String)] = [
        ("dynamodb batch-write-item, LF", RealisticDocuments.batchWriteItem(targetBytes: 750_000)),
        ("dynamodb batch-write-item, CRLF", RealisticDocuments.batchWriteItem(targetBytes: 750_000, lineBreak: "\r\n")),
        ("ec2 run-instances, LF", RealisticDocuments.runInstances(targetBytes: 750_000)),
    ]

    @Test(.enabled(if: ProcessInfo.processInfo.environment["CLI_INPUT_LS_BENCHMARK"] == "profile"))
    func profileParser() {
        let source = SourceText(Self.documents[0].1)
        if let path = ProcessInfo.processInfo.environment["CLI_INPUT_LS_PROFILE_DUMP"] {
            try? Data(source.bytes).write(to: URL(fileURLWithPath: path))
        }
        let runs = Int(ProcessInfo.processInfo.environment["CLI_INPUT_LS_PROFILE_RUNS"] ?? "") ?? 300
        for _ in 0..<runs { _ = JSONParser.parse(source) }
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["CLI_INPUT_LS_BENCHMARK"] != "profile"))
    func parse750KB() throws {
        for (name, text) in Self.documents {
            let source = SourceText(text)
            let check = JSONParser.parse(source)
            #expect(!check.hasErrors, "\(name): \(check.diagnostics.prefix(3))")
            // "parse": the previous tree is freed before the clock starts, as an editor frees the tree a new one
            // replaces. "with free": the tree is freed inside the timing.
            var previous: ParseResult?
            let parse = Self.measure(before: { previous = nil }) { previous = JSONParser.parse(source) }
            #expect(previous?.root != nil)
            previous = nil
            let parseAndFree = Self.measure { _ = JSONParser.parse(source) }
            let jansson = Self.measure { _ = try? JSONValue.decode(source.bytes) }
            print(
                "\(name): \(source.count) bytes; JSONParser.parse min \(Self.ms(parse.min)) "
                    + "median \(Self.ms(parse.median)); "
                    + "with free min \(Self.ms(parseAndFree.min)) median \(Self.ms(parseAndFree.median)); "
                    + "jansson decode (reference) min \(Self.ms(jansson.min)) median \(Self.ms(jansson.median))")
        }
    }

    private static func measure(
        before: () -> Void = {}, _ body: () -> Void
    ) -> (min: Duration, median: Duration) {
        let clock = ContinuousClock()
        for _ in 0..<3 {
            before()
            body()
        }
        var times = [Duration]()
        for _ in 0..<30 {
            before()
            times.append(clock.measure(body))
        }
        times.sort()
        return (times[0], times[times.count / 2])
    }

    private static func ms(_ d: Duration) -> String {
        let value = Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
        return String(format: "%.2f ms", value)
    }
}
