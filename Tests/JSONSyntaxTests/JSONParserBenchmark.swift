import Foundation
import InputSyntax
import JSONSyntax
import Testing
import TextModel

/// Timings of `JSONParser` (and of `JSONPullReader`) on 750 KB documents, next to jansson and to Python's `json.loads` (what the AWS CLI
/// runs) on the same bytes. Runs only when `CLI_INPUT_LS_BENCHMARK` is set; `Benchmarks/json-parser.sh` sets
/// it and builds in release mode. It prints and never asserts a time.
///
/// `CLI_INPUT_LS_BENCHMARK=profile` instead parses the first document `CLI_INPUT_LS_PROFILE_RUNS` times
/// (300 by default), for `perf record`.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["CLI_INPUT_LS_BENCHMARK"] != nil))
struct JSONParserBenchmark {
    static let mode = ProcessInfo.processInfo.environment["CLI_INPUT_LS_BENCHMARK"]

    static let documents: [(String, String)] = [
        ("dynamodb batch-write-item, LF", RealisticDocuments.batchWriteItem(targetBytes: 750_000)),
        ("dynamodb batch-write-item, CRLF", RealisticDocuments.batchWriteItem(targetBytes: 750_000, lineBreak: "\r\n")),
        ("ec2 run-instances, LF", RealisticDocuments.runInstances(targetBytes: 750_000)),
    ]

    @Test(.enabled(if: mode == "profile"))
    func profileParser() {
        let source = SourceText(Self.documents[0].1)
        let runs = Int(ProcessInfo.processInfo.environment["CLI_INPUT_LS_PROFILE_RUNS"] ?? "") ?? 300
        for _ in 0..<runs { _ = JSONParser.parse(source) }
    }

    @Test(.enabled(if: mode != "profile"))
    func parse750KB() throws {
        for (name, text) in Self.documents {
            let source = SourceText(text)
            let check = JSONParser.parse(source)
            #expect(!check.hasErrors, "\(name): \(check.diagnostics.prefix(3))")
            // "parse": the previous tree is freed before the clock starts, as an editor frees the tree a new one
            // replaces. "parse + free": the tree is freed inside the timing.
            var previous: ParseResult?
            let parse = Self.measure(before: { previous = nil }) { previous = JSONParser.parse(source) }
            #expect(previous?.root != nil)
            previous = nil
            let parseAndFree = Self.measure { _ = JSONParser.parse(source) }
            let jansson = Self.measure { _ = try? JSONValue.decode(source.bytes) }
            let pullValue = Self.measure { _ = try? JSONValue.parseStrict(source.bytes) }
            let pullSkip = Self.measure {
                var reader = JSONPullReader(bytes: source.bytes)
                _ = try? reader.skipValue()
            }
            print(
                "\(name), \(source.count) bytes (min / median of 30): JSONParser.parse \(Self.ms(parse)); "
                    + "parse + free \(Self.ms(parseAndFree)); jansson decode \(Self.ms(jansson)); "
                    + "JSONPullReader to JSONValue \(Self.ms(pullValue)), skipValue \(Self.ms(pullSkip)); "
                    + "python3 json.loads \(Self.pythonTime(source.bytes))")
        }
    }

    private static func measure(before: () -> Void = {}, _ body: () -> Void) -> (min: Duration, median: Duration) {
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

    private static func ms(_ times: (min: Duration, median: Duration)) -> String {
        "\(ms(times.min)) / \(ms(times.median))"
    }

    private static func ms(_ d: Duration) -> String {
        let value = Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
        return String(format: "%.2f ms", value)
    }

    /// Python's `json.loads` on the same text (decoding included, as the CLI reads a file), min / median of 30.
    private static func pythonTime(_ bytes: [UInt8]) -> String {
        let script = """
            import json, sys, time
            text = sys.stdin.buffer.read().decode("utf-8")
            times = []
            for _ in range(33):
                start = time.perf_counter(); json.loads(text); times.append(time.perf_counter() - start)
            times = sorted(times[3:])
            print("%.2f ms / %.2f ms" % (times[0] * 1000, times[len(times) // 2] * 1000))
            """
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("json-benchmark-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: url) }
        let process = Process()
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        process.standardOutput = output
        do {
            try Data(bytes).write(to: url)
            process.standardInput = try FileHandle(forReadingFrom: url)
            try process.run()
        } catch {
            return "unavailable (\(error))"
        }
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
