import Foundation
import ShorthandSyntax

/// A `ParamFileLoader` over a fresh temporary directory, for tests: relative paths resolve against the directory,
/// absolute paths are read as they are, errors are reported as Python's `OSError` would.
final class TemporaryParamFiles: ParamFileLoader {
    let directory: URL
    /// The paths asked for, in order.
    private(set) var requests: [String] = []

    init(files: [String: [UInt8]] = ["pf.txt": Array("hello\n".utf8)]) {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("shorthand-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, contents) in files {
            _ = FileManager.default.createFile(
                atPath: directory.appendingPathComponent(name).path, contents: Data(contents))
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    func load(path: String, binary: Bool) throws(ParamFileError) -> [UInt8] {
        requests.append(path)
        let full = path.hasPrefix("/") ? path : directory.appendingPathComponent(path).path
        guard let data = FileManager.default.contents(atPath: full) else {
            throw .system(code: 2, description: "No such file or directory", path: path)
        }
        if binary { return Array(data) }
        guard let text = ParamFileText.pythonTextMode(Array(data)) else { throw .undecodable(path: path) }
        return text
    }
}
