import JSONSyntax
import Testing
import TextModel

/// `JSONPullReader` against Python's `json.loads` on the corpus of `JSONParserDifferentialTests`: the reader
/// refuses exactly the documents Python refuses, and reads the same values from the others.
@Suite struct JSONPullReaderDifferentialTests {
    @Test func validityAndValuesAgreeWithPythonJSONLoads() throws {
        let documents = JSONParserDifferentialTests.corpus()
        let pythonValues = try PythonJSONOracle.values(of: documents)
        var validityDisagreements = [String]()
        var valueDisagreements = [String]()
        var accepted = 0
        for (document, pythonValue) in zip(documents, pythonValues) {
            let shown = String(decoding: document.prefix(160), as: UTF8.self).debugDescription
            switch (PullReaderCanonicalForm.of(document), pythonValue) {
            case (.success(let ours), .some(let theirs)):
                accepted += 1
                if ours != theirs {
                    valueDisagreements.append(
                        "\(shown)\n  python: \(theirs.prefix(200))\n  reader: \(ours.prefix(200))")
                }
            case (.failure(let refusal), .some):
                validityDisagreements.append("python accepts, reader refuses (\(refusal.error)): \(shown)")
            case (.success, .none):
                validityDisagreements.append("python refuses, reader accepts: \(shown)")
            case (.failure, .none):
                break
            }
        }
        print(
            "JSONPullReader differential: \(documents.count) documents, \(accepted) valid for both; "
                + "\(validityDisagreements.count) validity and \(valueDisagreements.count) value disagreements")
        #expect(accepted > documents.count / 4, "the corpus should hold many valid documents")
        #expect(validityDisagreements.isEmpty, "\(validityDisagreements.prefix(30).joined(separator: "\n"))")
        #expect(valueDisagreements.isEmpty, "\(valueDisagreements.prefix(30).joined(separator: "\n"))")
    }

    /// `readValue` and `skipValue` agree with the event-by-event walk on every document: same verdict, and
    /// `readValue` gives the value `JSONParser`'s tree gives.
    @Test func wholeValueReadsAgreeWithTheWalk() {
        for document in JSONParserDifferentialTests.corpus() {
            let shown = String(decoding: document.prefix(160), as: UTF8.self).debugDescription
            let walked = PullReaderCanonicalForm.of(document)
            var skipping = JSONPullReader(bytes: document)
            let skipped = Result { () throws(JSONValue.DecodingError) in
                try skipping.skipValue()
                try skipping.finish()
            }
            let read = Result { () throws(JSONValue.DecodingError) in try JSONValue.parseStrict(document) }
            switch walked {
            case .success:
                #expect((try? skipped.get()) != nil, "skipValue refuses \(shown)")
                let tree = JSONParser.parse(SourceText(bytes: document)).root.map(JSONValue.init)
                #expect(Self.same(try? read.get(), tree), "readValue differs from the tree: \(shown)")
            case .failure(let refusal):
                guard case .failure(let skipError) = skipped, case .failure(let readError) = read else {
                    Issue.record("skipValue or readValue accepts \(shown)")
                    continue
                }
                #expect(skipError == refusal.error, "\(shown)")
                #expect(readError == refusal.error, "\(shown)")
            }
        }
    }

    /// Equality that takes NaN as equal to itself.
    private static func same(_ a: JSONValue?, _ b: JSONValue?) -> Bool {
        switch (a, b) {
        case (.double(let x)?, .double(let y)?): return x == y || (x.isNaN && y.isNaN)
        case (.array(let x)?, .array(let y)?): return x.count == y.count && zip(x, y).allSatisfy { same($0, $1) }
        case (.object(let x)?, .object(let y)?):
            return x.keys == y.keys && zip(x.values, y.values).allSatisfy { same($0, $1) }
        default: return a == b
        }
    }
}
