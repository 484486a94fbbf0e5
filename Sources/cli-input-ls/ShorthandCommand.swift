import ArgumentParser
import JSONSyntax
import ShorthandSyntax

/// `cli-input-ls shorthand`: parses AWS CLI shorthand exactly as the CLI does and prints the result as JSON.
struct ShorthandCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shorthand",
        abstract: "Parse an AWS CLI shorthand value (Key=STATUS,Values=A,B) as the AWS CLI does.",
        discussion: """
            Prints one JSON object: {"value": ...} with the parsed value (file contents from fileb:// as \
            {"$bytes": "<text>"}) and exits 0, or {"error": {...}} and exits 1. The error holds "kind" (syntax, \
            duplicateKey, paramFile, limit), "message" (the AWS CLI v2 message with its caret block), "summary" \
            (one line), "offset" (the AWS CLI's index: Unicode code points into the string), "range" (UTF-8 byte \
            offsets [start, end]) and, where they apply, "expected", "actual" and "key". On a terminal-facing \
            error the message is also written to standard error with the caret aligned under the culprit.

            Values of keys written key@=file://PATH or key@=fileb://PATH are read from PATH, relative to the \
            current directory, with ~ and $VARIABLES expanded, as the AWS CLI does.

            With "-" instead of a string, reads standard input: each line is one shorthand string written as a JSON \
            string literal (so it can hold line breaks: "a=b\\nc"). Prints one JSON object per line, in order, \
            flushed after each line; a line that is not a JSON string gives {"error": {"kind": "input", ...}}. \
            Exits 0, or 2 when a line could not be read as a JSON string.

            A string that starts with "-" must follow "--": cli-input-ls shorthand -- -x=1
            """)

    @Argument(help: "The shorthand string, or - to read JSON string literals from standard input, one per line.")
    var text: String

    func run() throws {
        let loader = LocalParamFileLoader()
        guard text == "-" else {
            let result = ShorthandParser.parse(text, fileLoader: loader)
            write(Self.response(for: result).encode(.compact))
            if let error = result.error {
                writeStandardError(error.message(style: .aligned) + "\n")
                throw ExitCode(1)
            }
            return
        }
        var unreadable = false
        var lineNumber = 0
        while let line = readLine(strippingNewline: true) {
            lineNumber += 1
            guard case .string(let input)? = try? JSONValue.decode(line) else {
                unreadable = true
                let message = "Line \(lineNumber) is not a JSON string literal"
                write(
                    JSONValue.object(["error": .object(["kind": .string("input"), "message": .string(message)])])
                        .encode(.compact))
                continue
            }
            write(Self.response(for: ShorthandParser.parse(input, fileLoader: loader)).encode(.compact))
        }
        if unreadable { throw ExitCode(2) }
    }

    /// Writes one line to standard output at once, so that a reader sees each answer as soon as it is ready.
    private func write(_ line: String) {
        writeStandardOutput(line + "\n")
    }

    /// `{"value": …}` or `{"error": {…}}` for one parse.
    static func response(for result: ShorthandParseResult) -> JSONValue {
        guard let error = result.error else {
            return .object(["value": result.root?.shorthandJSONValue ?? .null])
        }
        var details: JSONObject = [
            "kind": .string(error.kind.rawValue),
            "message": .string(error.cliMessage),
            "summary": .string(error.summary),
            "offset": .integer(Int64(error.index)),
            "range": .array([.integer(Int64(error.range.start)), .integer(Int64(error.range.end))]),
        ]
        if let expected = error.expected { details["expected"] = .string(expected) }
        if let actual = error.actual { details["actual"] = .string(actual) }
        if let key = error.key { details["key"] = .string(key) }
        return .object(["error": .object(details)])
    }
}
