import Foundation

/// Asks Python's `json.loads`, the reader the AWS CLI uses, about many documents at once: one `python3` process
/// for all of them, reading base64 lines on standard input.
enum PythonJSONOracle {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Reads each document as the AWS CLI does (strict UTF-8 text, then `json.loads`) and prints `-` when that
    /// raises, or the value in the canonical form of `PythonCanonicalForm`. Lone surrogates, which a Swift
    /// `String` cannot hold, are compared as U+FFFD.
    private static let script = #"""
        import base64, json, struct, sys

        def fix(s):
            return s.encode("utf-16", "surrogatepass").decode("utf-16", "replace")

        def text(s):
            return json.dumps(fix(s), ensure_ascii=True)

        def canon(v):
            if v is True: return "T"
            if v is False: return "F"
            if v is None: return "N"
            if isinstance(v, int): return "i" + str(v)
            if isinstance(v, float):
                if v != v: return "nan"
                return "f%016x" % struct.unpack(">Q", struct.pack(">d", v))[0]
            if isinstance(v, str): return "s" + text(v)
            if isinstance(v, list): return "[" + ",".join(canon(x) for x in v) + "]"
            return "{" + ",".join(text(k) + ":" + canon(x) for k, x in v.items()) + "}"

        out = []
        for line in sys.stdin.buffer:
            data = base64.b64decode(line.strip())
            try:
                value = json.loads(data.decode("utf-8"))
            except Exception:
                out.append("-")
                continue
            out.append(canon(value))
        sys.stdout.write("\n".join(out) + "\n")
        """#

    /// For each document, in order: nil when `json.loads` raises, otherwise its value in canonical form.
    static func values(of documents: [[UInt8]]) throws -> [String?] {
        let input = documents.map { Data($0).base64EncodedString() }.joined(separator: "\n") + "\n"
        let inputURL = FileManager.default.temporaryDirectory.appendingPathComponent(
            "json-oracle-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).txt")
        try Data(input.utf8).write(to: inputURL)
        defer { try? FileManager.default.removeItem(at: inputURL) }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        process.standardInput = try FileHandle(forReadingFrom: inputURL)
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw Failure(description: "could not start python3, the json.loads oracle: \(error)")
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(
                description: "python3 exited with status \(process.terminationStatus); the differential test needs "
                    + "python3 on PATH: \(errorText)")
        }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count == documents.count + 1 else {
            throw Failure(description: "python3 gave \(lines.count - 1) answers for \(documents.count) documents")
        }
        return lines.dropLast().map { $0 == "-" ? nil : String($0) }
    }
}
