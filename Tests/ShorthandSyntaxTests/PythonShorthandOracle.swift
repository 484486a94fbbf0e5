import Foundation
import JSONSyntax

/// The AWS CLI's own shorthand parser, run in one `python3` process over many strings.
///
/// Strings go to the process as JSON lines on stdin; each answer comes back as one JSON line: the value (bytes as
/// `{"$bytes": …}`), or the error's kind, expected/actual strings, index, and v2-style message.
enum PythonShorthandOracle {
    /// Why the oracle could not run.
    struct Unavailable: Error, CustomStringConvertible {
        var description: String
    }

    private static let script = #"""
        import json, sys
        try:
            from awscli.shorthand import ShorthandParser, ShorthandParseSyntaxError, DuplicateKeyInObjectError
        except Exception as e:
            sys.stderr.write("cannot import awscli.shorthand: %r\n" % (e,))
            sys.exit(3)

        def plain(v):
            if isinstance(v, bytes):
                return {"$bytes": v.decode("utf-8", "replace")}
            if isinstance(v, dict):
                return {k: plain(x) for k, x in v.items()}
            if isinstance(v, list):
                return [plain(x) for x in v]
            return v

        out = sys.stdout
        for line in sys.stdin.buffer:
            s = json.loads(line)
            try:
                r = {"ok": True, "value": plain(ShorthandParser().parse(s))}
            except ShorthandParseSyntaxError as e:
                msg = "Expected: '%s', received: '%s' for input:\n %s" % (e.expected, e.actual, e._error_location())
                r = {"ok": False, "kind": "syntax", "expected": e.expected, "actual": e.actual, "index": e.index,
                     "msg": msg}
            except DuplicateKeyInObjectError as e:
                r = {"ok": False, "kind": "duplicate", "key": e.key, "index": e.index, "msg": str(e)}
            except RecursionError:
                r = {"ok": False, "kind": "RecursionError"}
            except Exception as e:
                r = {"ok": False, "kind": type(e).__name__, "msg": str(e)}
            out.write(json.dumps(r) + "\n")
        out.flush()
        """#

    /// The CLI's answer for each of `inputs`, in order, with `directory` as the working directory (where `@=`
    /// values find their files).
    static func answers(for inputs: [String], in directory: URL) throws -> [JSONValue] {
        let inputFile = directory.appendingPathComponent("inputs.jsonl")
        var lines = ""
        for input in inputs { lines += JSONValue.string(input).encode(.compact) + "\n" }
        try Data(lines.utf8).write(to: inputFile)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["PYTHONIOENCODING"] = "utf-8"
        process.environment = environment
        process.standardInput = try FileHandle(forReadingFrom: inputFile)
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw Unavailable(
                description: "cannot start python3 (the differential test needs python3 with awscli): \(error)")
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Unavailable(
                description: "python3 with the AWS CLI (awscli.shorthand) is required for the differential test; "
                    + "python3 exited with \(process.terminationStatus): \(errorText)")
        }
        var answers = [JSONValue]()
        answers.reserveCapacity(inputs.count)
        for line in data.split(separator: UInt8(ascii: "\n")) {
            answers.append(try JSONValue.decode(Array(line)))
        }
        guard answers.count == inputs.count else {
            throw Unavailable(description: "python3 answered \(answers.count) of \(inputs.count) strings: \(errorText)")
        }
        return answers
    }
}
