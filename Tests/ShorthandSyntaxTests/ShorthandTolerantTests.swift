import InputSyntax
import ShorthandSyntax
import TestSupport
import Testing
import TextModel

/// The trees for half-written shorthand: `root` on refused text, `tolerantRoot` for completion. The CLI's verdict
/// never changes.
@Suite struct ShorthandTolerantTests {
    @Test func completeTextKeepsTheCLIsTree() throws {
        let result = ShorthandParser.parse("Key=STATUS,Values=SUCC")
        #expect(result.error == nil)
        #expect(result.root?.dump() == result.tolerantRoot?.dump())
        #expect(result.root?.member("Values")?.value.stringValue == "SUCC")
    }

    @Test func trailingWordIsAKeyForCompletion() throws {
        let marked = MarkedText("Key=STATUS,0️⃣Val1️⃣")
        let result = ShorthandParser.parse(marked.text)
        // Valid for the CLI: an implicit list.
        #expect(result.error == nil)
        #expect(result.root?.member("Key")?.value.elements?.compactMap(\.stringValue) == ["STATUS", "Val"])
        let tolerant = try #require(result.tolerantRoot)
        #expect(tolerant.member("Key")?.value.stringValue == "STATUS")
        let val = try #require(tolerant.member("Val"))
        #expect(val.keyRange == marked.range(0, 1))
        #expect(val.value.isMissing)
        #expect(val.value.range == .empty(at: marked[1]))
    }

    @Test func longerListsKeepTheirOtherElements() throws {
        let tolerant = try #require(ShorthandParser.parse("Values=A,B,Na").tolerantRoot)
        #expect(tolerant.member("Values")?.value.elements?.compactMap(\.stringValue) == ["A", "B"])
        #expect(tolerant.member("Na")?.value.isMissing == true)
        // Quoted elements and words with other characters are values, not keys.
        #expect(ShorthandParser.parse("Values=A,'B'").tolerantRoot?.member("B") == nil)
        #expect(ShorthandParser.parse("Values=A,B c").tolerantRoot?.member("Values")?.value.elements?.count == 2)
    }

    @Test func trailingCommaIsAnEmptyKey() throws {
        let marked = MarkedText("a=b,0️⃣")
        let result = ShorthandParser.parse(marked.text)
        #expect(result.error?.expected == "<second>")
        #expect(result.root?.member("a")?.value.elements?.last?.isMissing == true)
        let tolerant = try #require(result.tolerantRoot)
        #expect(tolerant.member("a")?.value.stringValue == "b")
        #expect(tolerant.member("")?.keyRange == .empty(at: marked[0]))
        #expect(tolerant.member("")?.value.isMissing == true)
    }

    @Test(arguments: [
        // (text, expected dump of root)
        (
            "a={b=",
            """
            object 0..<5
              "a" 0..<1 = object 2..<5
                "b" 3..<4 = missing 5..<5

            """
        ),
        (
            "a={b=}",
            """
            object 0..<6
              "a" 0..<1 = object 2..<6
                "b" 3..<4 = missing 5..<5

            """
        ),
        (
            "a=[b,c",
            """
            object 0..<6
              "a" 0..<1 = array 2..<6
                string "b" plain 3..<4
                string "c" plain 5..<6

            """
        ),
        (
            "a=[b,",
            """
            object 0..<5
              "a" 0..<1 = array 2..<5
                string "b" plain 3..<4
                missing 5..<5

            """
        ),
        (
            "a={b=c,",
            """
            object 0..<7
              "a" 0..<1 = object 2..<7
                "b" 3..<4 = string "c" plain 5..<6
                "" 7..<7 = missing 7..<7

            """
        ),
        (
            "Filters=[{Name=tag:é,Values=[x,\"y",
            """
            object 0..<34
              "Filters" 0..<7 = array 8..<34
                object 9..<34
                  "Name" 10..<14 = string "tag:é" plain 15..<21
                  "Values" 22..<28 = array 29..<34
                    string "x" plain 30..<31
                    string "y" doubleQuoted 32..<34

            """
        ),
        (
            "a=b,c d=e",
            """
            object 0..<9
              "a" 0..<1 = string "b" plain 2..<3
              "c" 4..<5 = missing 6..<6

            """
        ),
        (
            "a=[b]c,d=e",
            """
            object 0..<10
              "a" 0..<1 = array 2..<5
                string "b" plain 3..<4
              "d" 7..<8 = string "e" plain 9..<10

            """
        ),
        (
            "a=\"b\"c,d={e=1} x,f",
            """
            object 0..<18
              "a" 0..<1 = string "b" doubleQuoted 2..<5
              "d" 7..<8 = object 9..<14
                "e" 10..<11 = string "1" plain 12..<13
              "f" 17..<18 = missing 18..<18

            """
        ),
        (
            "",
            """
            object 0..<0
              "" 0..<0 = missing 0..<0

            """
        ),
        (
            "a=b,a=c",
            """
            object 0..<7
              "a" 0..<1 = string "b" plain 2..<3
              "a" 4..<5 = string "c" plain 6..<7

            """
        ),
        (
            "a='unterminated, still=typing",
            """
            object 0..<29
              "a" 0..<1 = string "unterminated, still=typing" singleQuoted 2..<29

            """
        ),
        (
            "a=x,\"é",
            """
            object 0..<7
              "a" 0..<1 = array 2..<7
                string "x" plain 2..<3
                string "é" doubleQuoted 4..<7

            """
        ),
        (
            "k=v,a=x,\"é",
            """
            object 0..<11
              "k" 0..<1 = string "v" plain 2..<3
              "a" 4..<5 = array 6..<11
                string "x" plain 6..<7
                string "é" doubleQuoted 8..<11

            """
        ),
        (
            "k={v=}},a=[x,",
            """
            object 0..<13
              "k" 0..<1 = object 2..<7
                "v" 3..<4 = string "}" plain 5..<6
              "a" 8..<9 = array 10..<13
                string "x" plain 11..<12
                missing 13..<13

            """
        ),
        (
            "a=[{b=1,c}],d=2",
            """
            object 0..<15
              "a" 0..<1 = array 2..<11
                object 3..<10
                  "b" 4..<5 = string "1" plain 6..<7
                  "c" 8..<9 = missing 9..<9
              "d" 12..<13 = string "2" plain 14..<15

            """
        ),
    ])
    func refusedTextStillHasATree(text: String, dump: String) throws {
        let result = ShorthandParser.parse(text)
        #expect(result.error != nil)
        let root = try #require(result.root)
        #expect(root.dump() == dump)
    }

    @Test func theVerdictIsTheStrictOne() throws {
        // Recovery reads `}` as closing the hash, but the CLI's error stays the CLI's.
        let error = try #require(ShorthandParser.parse("a={b=}").error)
        #expect(error.expected == ",")
        #expect(error.actual == "EOF")
        #expect(error.index == 6)
    }

    @Test func nestingBeyondTheLimitIsALimitError() throws {
        let depth = SyntaxLimits.maxNestingDepth
        let deepest = "a=" + String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        #expect(ShorthandParser.parse(deepest).error == nil)
        let tooDeep = "a=" + String(repeating: "[", count: depth + 1) + String(repeating: "]", count: depth + 1)
        let result = ShorthandParser.parse(tooDeep)
        let error = try #require(result.error)
        #expect(error.kind == .limit)
        #expect(error.index == 2 + depth)
        #expect(result.diagnostics.first?.code == SyntaxDiagnostic.Code.limit)
        #expect(result.root?.member("a")?.value.elements != nil)
        // Far deeper input costs no stack.
        let huge = "a=" + String(repeating: "{b=[", count: 50_000)
        #expect(ShorthandParser.parse(huge).error?.kind == .limit)
    }

    @Test func repeatedKeysInsideAHashAreWarnings() throws {
        let marked = MarkedText("a={b=1,0️⃣b1️⃣=2}")
        let result = ShorthandParser.parse(marked.text)
        #expect(result.error == nil)
        #expect(result.warnings.count == 1)
        #expect(result.diagnostics.map(\.code) == [SyntaxDiagnostic.Code.duplicateKey])
        #expect(result.diagnostics.first?.severity == .warning)
        #expect(result.diagnostics.first?.range == marked.range(0, 1))
        #expect(result.parseResult.hasErrors == false)
    }
}
