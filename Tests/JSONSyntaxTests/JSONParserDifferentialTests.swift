import Foundation
import InputSyntax
import JSONSyntax
import Testing
import TextModel

/// `JSONParser` against Python's `json.loads`: for every document, error diagnostics exactly when Python raises.
@Suite struct JSONParserDifferentialTests {
    /// Documents chosen by hand for the corners of Python's reader.
    static let handWritten: [String] = [
        "", " ", "{}", "[]", "0", "-0", "01", "-", "1.", ".5", "1e", "1e+", "1E-2", "+1", "0x10", "1_000", "NaN",
        "-NaN", "Infinity", "-Infinity", "+Infinity", "infinity", "nan", "true", "True", "tru", "truex", "null",
        "None", "\"\"", "\"a", "\"\\\"", "\"\\u12\"", "\"\\u12g4\"", "\"\\uD800\"", "\"\\uDC00\\uD800\"",
        "\"\\ud83d\\ude00\"", "\"\\U0041\"", "\"\\x41\"", "\"\\'\"", "\"\t\"", "\"\u{7F}\"", "\"\u{1F}\"",
        "\"\u{0}\"", "[1,]", "[,1]", "[1,,2]", "{\"a\":1,}", "{,}", "{\"a\"}", "{\"a\":}", "{\"a\" 1}", "{a:1}",
        "{'a':1}", "['a']", "[1 2]", "{\"a\":1 \"b\":2}", "{\"a\":1}}", "[1]]", "{\"a\":[1}", "[{\"a\":1]",
        "[1] [2]", "1 2", "\u{FEFF}{}", "{}\u{FEFF}", "[\"\u{FEFF}\"]", "\u{A0}{}", "{}\u{A0}", "// c\n{}",
        "{} // c", "/* c */ {}", "{\"a\":1, \"a\":2}", "\r\n{\r\n\t\"a\" : [ 1 , 2 ]\r\n}\r\n", "\u{B}{}",
        "\u{C}{}", "[\u{0}]", String(repeating: "1", count: 4300), String(repeating: "9", count: 4301),
        "-" + String(repeating: "1", count: 4300), "-" + String(repeating: "1", count: 4301),
        String(repeating: "1", count: 5000) + ".0", "[" + String(repeating: "1", count: 4301) + "e1]",
        String(repeating: "[", count: 100) + String(repeating: "]", count: 100), "[\"é😀\", \"\\u00e9\"]",
        "{\"é\": {\"😀\": [null]}}", "\"\u{2028}\"", "[1e400, -1e400, 1e-400]", "[-0.0, 0e0, 0E+00]", "[00]",
        "[-01]", "[1.e5]", "[1.5e]", "{\"\":\"\"}", "\"\\/\\b\\f\\n\\r\\t\\\\\\\"\"",
        "[1\u{0662}]", "[\u{0661}]", "1.\u{0662}", "[1,2]\u{0}", "\"\\uDBFF\\uDFFF\"", "\"\\uD800\\uDBFF\"",
        "\"\\uD800\\u\"", "\"\\uD800\\\"", "{\"a\": 1}\r\n\r\n", "{\"a\"\r: 1}", "[\"\r\"]", "[1\r]",
    ]

    static let invalidUTF8: [[UInt8]] = [
        [0xFF], [0x22, 0xFF, 0x22], [0x22, 0xC3, 0x22], [0x22, 0xED, 0xA0, 0x80, 0x22], [0x22, 0xC0, 0xAF, 0x22],
        [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], [0x22, 0xE2, 0x82, 0x22], [0x7B, 0x7D, 0x80], [0x5B, 0x31, 0xFE, 0x5D],
        [0x22, 0xF0, 0x9F, 0x98, 0x80, 0x22], [0x22, 0xEF, 0xBF, 0xBF, 0x22], [0xEF, 0xBB],
    ]

    /// Hand-written documents, invalid UTF-8, and generated valid and mutated documents: 2,000 valid ones
    /// (two mutants each) unless `CLI_INPUT_LS_DIFFERENTIAL_SEEDS` asks for more, with
    /// `CLI_INPUT_LS_DIFFERENTIAL_SEED` choosing the random seed.
    static func corpus() -> [[UInt8]] {
        let environment = ProcessInfo.processInfo.environment
        let count = environment["CLI_INPUT_LS_DIFFERENTIAL_SEEDS"].flatMap { Int($0) } ?? 2_000
        let seed = environment["CLI_INPUT_LS_DIFFERENTIAL_SEED"].flatMap { UInt64($0) } ?? 0x5EED_2026
        var documents = handWritten.map { Array($0.utf8) } + invalidUTF8
        var generator = JSONDocumentGenerator(seed: seed)
        for _ in 0..<count {
            let valid = generator.validDocument()
            documents.append(valid)
            documents.append(generator.mutated(valid))
            documents.append(generator.mutated(valid))
        }
        return documents
    }

    @Test func validityAndValuesAgreeWithPythonJSONLoads() throws {
        let documents = Self.corpus()
        let clock = ContinuousClock()
        let started = clock.now
        let pythonValues = try PythonJSONOracle.values(of: documents)
        let pythonTime = clock.now - started
        var validityDisagreements = [String]()
        var valueDisagreements = [String]()
        var accepted = 0
        for (document, pythonValue) in zip(documents, pythonValues) {
            let result = JSONParser.parse(SourceText(bytes: document))
            let shown = String(decoding: document.prefix(160), as: UTF8.self).debugDescription
            if pythonValue != nil { accepted += 1 }
            if result.hasErrors == (pythonValue != nil) {
                let firstError = result.diagnostics.first { $0.severity == .error }
                let verdict = firstError.map { "refuses (\($0.message) at \($0.range))" } ?? "accepts"
                validityDisagreements.append(
                    "python \(pythonValue == nil ? "refuses" : "accepts"), parser \(verdict): \(shown)")
            } else if let pythonValue, let root = result.root, PythonCanonicalForm.of(root) != pythonValue {
                let parsed = PythonCanonicalForm.of(root)
                valueDisagreements.append(
                    "\(shown)\n  python: \(pythonValue.prefix(200))\n  parser: \(parsed.prefix(200))")
            }
        }
        print(
            "JSON differential: \(documents.count) documents, \(accepted) valid for Python; "
                + "\(validityDisagreements.count) validity and \(valueDisagreements.count) value disagreements; "
                + "python3 took \(pythonTime)")
        #expect(accepted > documents.count / 4, "the corpus should hold many valid documents")
        #expect(accepted < documents.count * 3 / 4, "the corpus should hold many invalid documents")
        #expect(validityDisagreements.isEmpty, "\(validityDisagreements.prefix(30).joined(separator: "\n"))")
        #expect(valueDisagreements.isEmpty, "\(valueDisagreements.prefix(30).joined(separator: "\n"))")
    }
}
