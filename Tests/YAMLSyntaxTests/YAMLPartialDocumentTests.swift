import InputSyntax
import Testing
import TestSupport
import TextModel
import YAMLSyntax

/// Documents as they look while being typed: the editor still needs a tree.
@Suite struct YAMLPartialDocumentTests {
    @Test func valueNotYetTypedIsAnEmptyNullWhereItWouldStart() throws {
        let fixture = MarkedText("Filters:\n  - Key: 1️⃣")
        let result = YAMLParser.parse(fixture.source)
        #expect(result.diagnostics.isEmpty)
        let key = try #require(result.root?.member("Filters")?.value.elements?.first?.member("Key"))
        #expect(key.value.scalar?.kind == .null)
        #expect(key.value.range == .empty(at: fixture[1]))
    }

    @Test func listItemNotYetTypedIsAnEmptyNull() throws {
        let fixture = MarkedText("Filters:\r\n  - Key: STATUS\r\n    Values:\r\n      - 1️⃣")
        let result = YAMLParser.parse(fixture.source)
        #expect(result.diagnostics.isEmpty)
        let values = try #require(
            result.root?.member("Filters")?.value.elements?.first?.member("Values")?.value.elements)
        #expect(values.count == 1)
        #expect(values.first?.range == .empty(at: fixture[1]))
    }

    @Test func emptyValueBeforeTheNextKeyStaysOnItsLine() throws {
        let fixture = MarkedText("é:1️⃣\n😀: 2️⃣\nlast: x\n")
        let members = try #require(YAMLParser.parse(fixture.source).root?.members)
        #expect(members[0].value.range == .empty(at: fixture[1]))
        #expect(members[1].value.range == .empty(at: fixture[2]))
    }

    @Test(arguments: [
        ("Filters:\n  - Key: STATUS\n1️⃣Wind2️⃣", ["Filters", "Wind"]),
        ("Filters:\n  - Key: STATUS\n    1️⃣Val2️⃣", ["Filters"]),
    ])
    func keyBeingTypedIsAMemberWithAMissingValue(text: String, topKeys: [String]) throws {
        let fixture = MarkedText(text)
        let result = YAMLParser.parse(fixture.source)
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.code == SyntaxDiagnostic.Code.syntax)
        let root = try #require(result.root)
        #expect(root.members?.map(\.key) == topKeys)
        let typedName = fixture.source.text(in: fixture.range(1, 2))
        let holder = topKeys.contains(typedName) ? root : root.member("Filters")?.value.elements?.first
        let typed = try #require(holder?.member(typedName))
        #expect(typed.keyRange == fixture.range(1, 2))
        #expect(typed.value.isMissing)
        #expect(typed.value.range == .empty(at: fixture[2]))
    }

    @Test func unclosedQuoteKeepsTheMembersBefore() throws {
        let result = YAMLParser.parse(SourceText("Name: é\nValue: \"unterminated"))
        #expect(result.diagnostics.count == 1)
        #expect(result.root?.members?.first?.key == "Name")
    }
}
