import InputSyntax
import Testing
import TestSupport
import TextModel
import YAMLSyntax

/// Anchors, aliases and `<<` merge keys, expanded into copies as ruamel's safe loader builds them.
@Suite struct YAMLAliasMergeTests {
    @Test func aliasCopiesKeepTheAnchoredRangesInside() throws {
        let fixture = MarkedText("base: &b {1️⃣Key2️⃣: 3️⃣é4️⃣}\nuse: 5️⃣*b6️⃣\n")
        let root = try #require(YAMLParser.parse(fixture.source).root)
        let copy = try #require(root.member("use")?.value)
        #expect(copy.range == fixture.range(5, 6))
        let member = try #require(copy.member("Key"))
        #expect(member.keyRange == fixture.range(1, 2))
        #expect(member.value.range == fixture.range(3, 4))
    }

    @Test func laterAnchorsReplaceEarlierOnes() throws {
        let root = try #require(YAMLParser.parse(SourceText("a: &x 1\nb: &x 2\nc: *x\n")).root)
        #expect(root.member("c")?.value.scalar?.kind == .integer("2"))
    }

    @Test func mergeListEarlierMappingsWinAndExplicitKeysWinOverAll() throws {
        let text = "a: &a {x: 1, y: 2}\nb: &b {x: 3, z: 4}\nc:\n  <<: [*a, *b]\n  y: 9\n"
        let result = YAMLParser.parse(SourceText(text))
        #expect(result.diagnostics.isEmpty)
        let c = try #require(result.root?.member("c")?.value.members)
        // Python's dict order: merged keys first (b's reversed list fills x, z; then a's x, y), explicit last.
        #expect(c.map(\.key) == ["x", "z", "y"])
        #expect(c.map(\.value.scalar?.kind) == [.integer("1"), .integer("4"), .integer("9")])
    }

    @Test func mergeIntoFilterItems() throws {
        let fixture = MarkedText(
            "base: &base\n  Key: 1️⃣STATUS2️⃣\n  Values: [Success]\nFilters:\n  - <<: *base\n  - <<: *base\n    Key: 3️⃣Other4️⃣\n")
        let result = YAMLParser.parse(fixture.source)
        #expect(result.diagnostics.isEmpty)
        let items = try #require(result.root?.member("Filters")?.value.elements)
        #expect(items[0].member("Key")?.value.range == fixture.range(1, 2))
        #expect(items[1].member("Key")?.value.range == fixture.range(3, 4))
        #expect(items[1].members?.map(\.key) == ["Key", "Values"])
    }

    @Test func duplicatesAreAllowedOnlyWhenSomethingWasMerged() {
        #expect(YAMLParser.parse(SourceText("<<: {a: 1}\na: 2\na: 3\n")).diagnostics.isEmpty)
        #expect(YAMLParser.parse(SourceText("<<: {}\na: 1\na: 2\n")).diagnostics.map(\.code) == ["duplicate-key"])
    }

    @Test func quotedMergeKeyIsAnOrdinaryKey() throws {
        let root = try #require(YAMLParser.parse(SourceText("\"<<\": {a: 1}\n")).root)
        #expect(root.members?.map(\.key) == ["<<"])
    }

    @Test func mergeOfAScalarIsRefused() {
        let fixture = MarkedText("<<: 1️⃣12️⃣\n")
        #expect(YAMLParser.parse(fixture.source).diagnostics.map(\.range) == [fixture.range(1, 2)])
    }
}
