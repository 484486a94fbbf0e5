import Foundation

/// Runs ruamel.yaml 0.19.1's safe loader (`YAML(typ='safe', pure=True)`, as the AWS CLI v2 reads
/// `--cli-input-yaml`) over many documents in one `python3` process.
enum RuamelOracle {
    enum Failure: Error, CustomStringConvertible {
        case ruamelMissing(String)
        case pythonFailed(String)

        var description: String {
            switch self {
            case .ruamelMissing(let detail):
                "ruamel.yaml 0.19.1 is not importable (\(detail)); run `pip install -r requirements-test.txt`."
            case .pythonFailed(let detail): "python3 failed: \(detail)"
            }
        }
    }

    /// One canonical rendering (see `CanonicalRendering`) or `ERR <exception type>` per document, in order.
    static func load(_ documents: [String]) throws -> [String] {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("yaml-oracle-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("documents.json")
        let output = directory.appendingPathComponent("results.txt")
        try JSONSerialization.data(withJSONObject: documents).write(to: input)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, input.path, output.path]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let stderr = String(decoding: errorData, as: UTF8.self)
        if process.terminationStatus == 3 { throw Failure.ruamelMissing(stderr) }
        guard process.terminationStatus == 0 else { throw Failure.pythonFailed(stderr) }
        let text = try String(contentsOf: output, encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    /// The Python side of `CanonicalRendering`.
    static let script = #"""
        import sys, json, struct, datetime, warnings
        try:
            import ruamel.yaml
            from ruamel.yaml import YAML
            assert ruamel.yaml.__version__ == '0.19.1', 'found ' + ruamel.yaml.__version__
        except Exception as e:
            sys.stderr.write(repr(e))
            sys.exit(3)
        warnings.simplefilter('ignore')

        def esc(s):
            return ''.join(c if 32 <= ord(c) < 127 and c not in '\\"' else '\\u{%x}' % ord(c) for c in s)

        def render(v):
            if v is None: return 'N'
            if isinstance(v, bool): return 'B1' if v else 'B0'
            if isinstance(v, int): return 'I' + str(v)
            if isinstance(v, float):
                return 'Fnan' if v != v else 'F' + struct.pack('>d', v).hex()
            if isinstance(v, str): return 'S"' + esc(v) + '"'
            if isinstance(v, bytes): return 'X' + v.hex()
            if isinstance(v, datetime.datetime): return 'T' + v.isoformat()
            if isinstance(v, datetime.date): return 'D' + v.isoformat()
            if isinstance(v, (list, tuple)): return '[' + ','.join(render(x) for x in v) + ']'
            if isinstance(v, dict): return '{' + ','.join(render(k) + ':' + render(x) for k, x in v.items()) + '}'
            if isinstance(v, (set, frozenset)): return 'SET'
            return 'UNKNOWN ' + type(v).__name__

        docs = json.load(open(sys.argv[1], encoding='utf-8'))
        sys.setrecursionlimit(10000)
        with open(sys.argv[2], 'w', encoding='utf-8') as out:
            for doc in docs:
                try:
                    line = render(YAML(typ='safe', pure=True).load(doc))
                except Exception as e:
                    line = 'ERR ' + type(e).__name__
                out.write(line + '\n')
        """#
}
