import Foundation
import InputSyntax
import JSONSyntax
import ShorthandSyntax
import Testing
import TextModel

/// Our parser against the AWS CLI's own (`awscli.shorthand.ShorthandParser`) on generated and mutated strings.
@Suite struct ShorthandDifferentialTests {
    static let count = 24_000

    @Test func agreesWithTheCLIOnGeneratedStrings() throws {
        var generator = ShorthandGenerator(seed: 20_251_123)
        let inputs = (0..<Self.count).map { _ in generator.next() }
        let files = TemporaryParamFiles()
        let answers: [JSONValue]
        do {
            answers = try PythonShorthandOracle.answers(for: inputs, in: files.directory)
        } catch {
            Issue.record("\(error)")
            return
        }
        var mismatches = [String]()
        var accepted = 0
        var outcomes = [String: Int]()
        for (input, answer) in zip(inputs, answers) {
            let result = ShorthandParser.parse(input, fileLoader: files)
            if result.error == nil { accepted += 1 }
            let outcome = [answer["kind"]?.stringValue, answer["expected"]?.stringValue].compactMap { $0 }
            outcomes[outcome.isEmpty ? "accepted" : outcome.joined(separator: " "), default: 0] += 1
            if let problem = Self.compare(result, answer) {
                mismatches.append("\(input.debugDescription): \(problem)")
            }
            checkInvariants(result, input)
        }
        let agreement = Double(inputs.count - mismatches.count) / Double(inputs.count) * 100
        print("shorthand differential: \(inputs.count) strings, \(accepted) accepted, agreement \(agreement)%")
        print("shorthand differential outcomes: \(outcomes.sorted { $0.key < $1.key })")
        #expect(
            mismatches.isEmpty,
            "\(mismatches.count) disagreements, first: \(mismatches.prefix(15).joined(separator: "\n"))")
        // The generator must reach both outcomes in earnest.
        #expect(accepted > inputs.count / 5)
        #expect(accepted < inputs.count * 4 / 5)
    }

    /// Nil when our result says what the CLI said, else what differs.
    static func compare(_ result: ShorthandParseResult, _ answer: JSONValue) -> String? {
        if answer["ok"]?.boolValue == true {
            if let error = result.error { return "CLI accepts, we refuse: \(error.summary) at \(error.index)" }
            let ours = result.root?.pythonValue
            return ours == answer["value"]
                ? nil : "values differ: ours \(ours?.encode() ?? "nil"), CLI \(answer["value"]?.encode() ?? "nil")"
        }
        guard let error = result.error else { return "CLI refuses (\(answer.encode())), we accept" }
        switch answer["kind"]?.stringValue {
        case "syntax":
            guard error.kind == .syntax, error.expected == answer["expected"]?.stringValue,
                error.actual == answer["actual"]?.stringValue, error.index == answer["index"]?.intValue
            else {
                let ours = "\(error.kind) \(error.expected ?? "") \(error.actual ?? "") \(error.index)"
                return "errors differ: ours \(ours), CLI \(answer.encode())"
            }
            if error.cliMessage != answer["msg"]?.stringValue {
                return "messages differ: \(error.cliMessage.debugDescription)"
            }
        case "duplicate":
            guard error.kind == .duplicateKey, error.key == answer["key"]?.stringValue,
                error.index == answer["index"]?.intValue
            else { return "errors differ: ours \(error.kind) \(error.index), CLI \(answer.encode())" }
            if error.cliMessage != answer["msg"]?.stringValue {
                return "messages differ: \(error.cliMessage.debugDescription)"
            }
        case "ResourceLoadingError":
            guard error.kind == .paramFile, error.cliMessage == answer["msg"]?.stringValue
            else { return "errors differ: ours \(error.kind) \(error.cliMessage), CLI \(answer.encode())" }
        default:
            return "unexpected CLI answer \(answer.encode())"
        }
        return nil
    }

    /// Ranges lie inside the text on character boundaries; a refused string still has a tree.
    private func checkInvariants(_ result: ShorthandParseResult, _ input: String) {
        let bytes = Array(input.utf8)
        #expect(result.root != nil)
        var stack = [result.root, result.tolerantRoot].compactMap { $0 }
        var ranges = [ByteRange]()
        while let node = stack.popLast() {
            ranges.append(node.range)
            switch node.value {
            case .object(let members):
                for m in members {
                    ranges.append(m.keyRange)
                    stack.append(m.value)
                }
            case .array(let elements): stack.append(contentsOf: elements)
            default: break
            }
        }
        if let error = result.error { ranges.append(error.range) }
        for r in ranges {
            let ok =
                r.start >= 0 && r.end <= bytes.count && r.start <= r.end
                && isBoundary(bytes, r.start) && isBoundary(bytes, r.end)
            if !ok {
                Issue.record("range \(r) is not a character range of \(input.debugDescription)")
                return
            }
        }
    }

    private func isBoundary(_ bytes: [UInt8], _ offset: Int) -> Bool {
        offset >= bytes.count || bytes[offset] & 0xC0 != 0x80
    }
}
