import InputSyntax
import JSONSyntax
import Testing
import TestSupport
import TextModel

/// Each kind of problem: its code, severity, message and exact range (between markers 1 and 2).
@Suite struct JSONParserDiagnosticTests {
    @Test(arguments: [
        ("[\"é1️⃣\t2️⃣x\"]", "Invalid control character in string"),
        ("[\"é1️⃣\u{0}2️⃣\"]", "Invalid control character in string"),
        ("[\"😀1️⃣\\x2️⃣\"]", "Invalid \\escape '\\x'"),
        ("[\"1️⃣\\é2️⃣\"]", "Invalid \\escape '\\é'"),
        ("[\"a1️⃣\\u122️⃣é\"]", "Invalid \\uXXXX escape"),
        ("[\"a\\ud800\\ud800é1️⃣\\u002️⃣\"]", "Invalid \\uXXXX escape"),
        ("{\"a\": 1️⃣'é'2️⃣}", "Strings must be enclosed in double quotes"),
        ("{\"a\": 1️⃣012️⃣ }", "Invalid number '01'"),
        ("{\"a\": [1️⃣1.2️⃣,\r\n 2]}", "Invalid number '1.'"),
        ("{\"a\": 1️⃣-2️⃣}", "Invalid number '-'"),
        ("{\"a\": 1️⃣+12️⃣}", "Invalid number '+1'"),
        ("{\"a\": 1️⃣nan2️⃣}", "Expecting value: JSON writes NaN, not nan"),
        ("{\"a\": 1️⃣None2️⃣}", "Expecting value: JSON writes null, not None"),
        ("{1️⃣\"é\"2️⃣: 1,\r\n \"x\": [], \"é\": 2}", "Key \"é\" appears again later"),
        ("[1️⃣}2️⃣]", "Unexpected '}'"),
        ("{\"a\":1️⃣:2️⃣ 1}", "Unexpected ':'"),
        ("{1️⃣,2️⃣\"a\": 1}", "Expecting property name enclosed in double quotes"),
        ("[1️⃣\u{FEFF}2️⃣1]", "Unexpected character U+FEFF"),
        ("[1, 1️⃣/* é2️⃣", "Comments are not allowed in JSON (and this one is not closed with */)"),
    ])
    func problemIsReportedOnItsRange(fixture: String, message: String) throws {
        let marked = MarkedText(fixture)
        let result = parse(marked)
        let diagnostic = try #require(
            result.diagnostics.first { $0.range == marked.range(1, 2) },
            "no diagnostic at \(marked.range(1, 2)): \(result.diagnosticLines)")
        #expect(diagnostic.message.hasPrefix(message), "\(diagnostic.message)")
    }

    @Test(arguments: [
        ("[\"a\\ud800\\ud800é1️⃣\\u002️⃣\"]", 1), ("[1, 1️⃣/* é2️⃣", 1),
        ("{\"a\": 1️⃣012️⃣ }", 1),
        ("[1️⃣}2️⃣]", 1), ("{\"a\": 1,\r\n \"b\"1️⃣2️⃣\r\n}", 1),
    ])
    func oneProblemGivesOneDiagnostic(fixture: String, count: Int) {
        #expect(parse(MarkedText(fixture)).diagnostics.count == count, "\(parse(MarkedText(fixture)).diagnosticLines)")
    }

    @Test func everySyntaxProblemIsAnError() {
        for fixture in ["{", "[1,]", "{'a': 1}", "// x\n1", "[1 2]", "\"\\q\"", "01", "{} {}"] {
            let result = parse(fixture)
            #expect(!result.errors.isEmpty, "\(fixture)")
            #expect(result.errors.allSatisfy { $0.code == SyntaxDiagnostic.Code.syntax }, "\(fixture)")
        }
    }

    @Test func duplicateKeysWarnOnEveryIgnoredKey() throws {
        let marked = MarkedText("{1️⃣\"a\"2️⃣: 1, 3️⃣\"a\"4️⃣: 2, \"b\": {\"a\": 0}, \"a\": 3}")
        let result = parse(marked)
        #expect(!result.hasErrors)
        #expect(result.diagnostics.map(\.range) == [marked.range(1, 2), marked.range(3, 4)])
        #expect(
            result.diagnostics.allSatisfy { $0.code == SyntaxDiagnostic.Code.duplicateKey && $0.severity == .warning })
        #expect(
            result.diagnostics.first?.message
                == "Key \"a\" appears again later in this object; the AWS CLI keeps only the last value")
        // Every member stays in the tree; lookups find the last, as Python does.
        #expect(result.root?.members?.count == 4)
        #expect(result.root?.member("a")?.value.scalar?.kind == .integer("3"))
    }

    @Test func duplicateKeysCompareDecodedScalarsExactly() {
        // `\u0061` is "a"; "é" precomposed and "e" + U+0301 are different keys for Python.
        #expect(parse(#"{"a": 1, "\u0061": 2}"#).diagnostics.count == 1)
        #expect(parse("{\"\u{E9}\": 1, \"e\u{301}\": 2}").diagnostics.isEmpty)
        #expect(parse(#"{"\u00e9": 1, "e\u0301": 2}"#).diagnostics.isEmpty)
    }

    @Test func duplicateKeysInALargeObject() {
        let members = (0..<30).map { "\"k\($0 % 20)\": \($0)" }.joined(separator: ", ")
        let result = parse("{\(members)}")
        #expect(!result.hasErrors)
        #expect(result.diagnostics.count == 10)
        #expect(result.diagnostics.allSatisfy { $0.code == SyntaxDiagnostic.Code.duplicateKey })
    }

    @Test func diagnosticsAreInSourceOrder() {
        let result = parse("{\"a\": 1, \"a\": {\"b\": 01, \"b\": 2}, \"c\": x}")
        let starts = result.diagnostics.map(\.range.start)
        #expect(starts == starts.sorted())
        #expect(result.diagnostics.count == 4)
    }

    @Test func floodOfProblemsIsCapped() throws {
        let result = parse("[" + String(repeating: "@ ", count: 1000) + "]")
        #expect(result.diagnostics.count == JSONParser.maxDiagnostics + 1)
        let last = try #require(result.diagnostics.last)
        #expect(last.code == SyntaxDiagnostic.Code.limit)
        #expect(last.severity == .error)
        #expect(last.message == "800 more problems not shown")
    }

    @Test func cappedWarningsStillShowALaterError() throws {
        let members = (0..<(JSONParser.maxDiagnostics + 5)).map { _ in "\"k\": 1" }.joined(separator: ", ")
        let result = parse("{\(members), \"z\": 01}")
        #expect(result.hasErrors)
    }
}
