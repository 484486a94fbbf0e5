import InputSyntax
import JSONSyntax
import ShorthandSyntax
import Testing

/// Every vector of the shared `shorthand.json`: the CLI's value, or its error kind, strings and index.
@Suite struct ShorthandVectorTests {
    @Test func fixtureHoldsAllVectors() {
        #expect(ShorthandVector.all.count == 130)
    }

    @Test(arguments: ShorthandVector.all)
    func matchesTheCLI(_ vector: ShorthandVector) throws {
        let files = TemporaryParamFiles()
        let result = ShorthandParser.parse(vector.input, fileLoader: files)
        if vector.ok {
            #expect(result.error == nil)
            let root = try #require(result.root)
            #expect(root.pythonValue == vector.value)
            return
        }
        let error = try #require(result.error)
        switch vector.kind {
        case "syntax":
            #expect(error.kind == .syntax)
            #expect(error.expected == vector.expected)
            #expect(error.actual == vector.actual)
            #expect(error.index == vector.index)
        case "duplicate":
            #expect(error.kind == .duplicateKey)
            #expect(error.key == vector.key)
            #expect(error.index == vector.index)
            #expect(error.cliMessage == vector.message)
        default:
            #expect(error.kind == .paramFile)
            #expect(error.cliMessage == vector.message)
        }
        // The tolerant tree is always there when the CLI refuses the text.
        #expect(result.root != nil)
        #expect(result.diagnostics.first?.severity == .error)
    }
}
