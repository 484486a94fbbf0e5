import InputSyntax
import Testing
import TextModel
import YAMLSyntax

/// Every prefix of every fixture parses without trapping, with every range inside the text: the editor sends
/// each keystroke's document, including ones cut inside a UTF-8 sequence, a CRLF or a quoted string.
@Suite struct YAMLPrefixTests {
    static var fixtures: [String] {
        var generator = YAMLDocumentGenerator(seed: 42)
        var documents = [
            YAMLLimitsTests.billionLaughs,
            "\u{FEFF}# cli-input: ssm list-command-invocations\r\nFilters:\r\n  - Key: Status\r\n    Values: [Success, \"é😀\"]\r\n",
            "a: &a {x: 1, y: [2, 3]}\nb:\n  <<: *a\n  z: !!binary aGVsbG8=\nc: |\n  é\n  😀\n",
        ]
        for _ in 0..<40 { documents.append(generator.realistic()) }
        for _ in 0..<20 { documents.append(generator.structural()) }
        return documents
    }

    @Test func everyPrefixParses() {
        var parses = 0
        for document in Self.fixtures {
            let bytes = Array(document.utf8)
            for length in 0...bytes.count {
                let source = SourceText(bytes: Array(bytes[0..<length]))
                let result = YAMLParser.parse(source)
                parses += 1
                for diagnostic in result.diagnostics {
                    #expect(Self.isInside(diagnostic.range, source), "\(diagnostic) in \(source.string.debugDescription)")
                }
                if let root = result.root {
                    #expect(Self.rangesAreInside(root, source), "\(source.string.debugDescription)")
                }
            }
        }
        #expect(parses > 5_000)
    }

    static func isInside(_ range: ByteRange, _ source: SourceText) -> Bool {
        range.start >= 0 && range.start <= range.end && range.end <= source.count
    }

    static func rangesAreInside(_ node: SyntaxNode, _ source: SourceText) -> Bool {
        guard isInside(node.range, source) else { return false }
        switch node.value {
        case .object(let members):
            return members.allSatisfy { isInside($0.keyRange, source) && rangesAreInside($0.value, source) }
        case .array(let elements):
            return elements.allSatisfy { rangesAreInside($0, source) }
        case .scalar, .missing:
            return true
        }
    }
}
