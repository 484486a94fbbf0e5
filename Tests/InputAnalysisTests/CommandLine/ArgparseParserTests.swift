import Testing

@testable import InputAnalysis

@Suite struct ArgparseParserTests {
    let parser = ArgparseParser([
        ArgparseAction(optionStrings: ["--filters"], dest: "filters", arity: .zeroOrMore),
        ArgparseAction(optionStrings: ["--filter-name"], dest: "filter_name", arity: .one),
        ArgparseAction(optionStrings: ["--count"], dest: "count", arity: .one, valueType: .int),
        ArgparseAction(optionStrings: ["--dry-run"], dest: "dry_run", arity: .none, kind: .flag(true)),
        ArgparseAction(optionStrings: ["--no-dry-run"], dest: "dry_run", arity: .none, kind: .flag(false)),
        ArgparseAction(optionStrings: ["--id"], dest: "id", arity: .one, required: true),
        ArgparseAction(optionStrings: [], dest: "help", arity: .optional),
    ])

    func words(_ outcome: ArgparseParser.Outcome, _ dest: String, _ input: [String]) -> [String]? {
        switch outcome.values[dest] {
        case .word(let reference)?:
            [String(decoding: Array(input[reference.index].utf8).dropFirst(reference.prefixLength), as: UTF8.self)]
        case .words(let references)?: references.map { input[$0.index] }
        default: nil
        }
    }

    @Test func listsTakeWordsUpToTheNextOptionAndTheLastOccurrenceWins() {
        let input = ["--id", "x", "--filters", "a", "b", "--dry-run", "--filters", "c", "--no-dry-run"]
        let outcome = parser.parseKnownArgs(input)
        #expect(outcome.failure == nil)
        #expect(words(outcome, "filters", input) == ["c"])
        #expect(outcome.values["dry_run"] == .flag(false, at: 8))
    }

    @Test func abbreviationsEqualsAndNegativeNumbers() {
        let input = ["--id=x=y", "--co", "-5", "--filters", "-1.5", "a b"]
        let outcome = parser.parseKnownArgs(input)
        #expect(outcome.failure == nil)
        #expect(words(outcome, "id", input) == ["x=y"])
        #expect(words(outcome, "count", input) == ["-5"])
        #expect(words(outcome, "filters", input) == ["-1.5", "a b"])
    }

    @Test(arguments: [
        (["--id"], "argument --id: expected one argument"),
        (["--id", "--dry-run"], "argument --id: expected one argument"),
        (["--id", "x", "--fil", "y"], "ambiguous option: --fil could match --filters, --filter-name"),
        (["--id", "x", "--count", "x1"], "argument --count: invalid int value: 'x1'"),
        (["--id", "x", "--dry-run=yes"], "argument --dry-run: ignored explicit argument 'yes'"),
        (["--filters", "a"], "the following arguments are required: --id"),
    ])
    func errors(_ input: [String], _ message: String) {
        #expect(parser.parseKnownArgs(input).failure?.message == message)
    }

    @Test func unknownOptionsAndStrayWordsAreExtras() {
        let input = ["x", "--id", "i", "--bogus", "v", "-q", "--", "--id"]
        let outcome = parser.parseKnownArgs(input)
        #expect(outcome.failure == nil)
        #expect(words(outcome, "help", input) == ["x"])
        #expect(outcome.extras == [3, 4, 5, 6, 7])
    }

    @Test func negativeNumberPatternFollowsArgparse() {
        #expect(ArgparseParser.looksLikeNegativeNumber("-5"))
        #expect(ArgparseParser.looksLikeNegativeNumber("-.5"))
        #expect(ArgparseParser.looksLikeNegativeNumber("-٣"))
        #expect(!ArgparseParser.looksLikeNegativeNumber("-5."))
        #expect(!ArgparseParser.looksLikeNegativeNumber("-1e3"))
        #expect(!ArgparseParser.looksLikeNegativeNumber("-"))
    }
}
