import Foundation

/// The `cli-input-ls` executable that `swift test` built next to the test bundle, run as a child process.
enum BuiltCommand {
    /// The executable's location: the directory of the running test bundle.
    static var url: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent("cli-input-ls")
    }

    /// Runs the command with `arguments` in `directory`, feeding `input` on stdin; returns stdout, stderr and the
    /// exit status.
    static func run(
        _ arguments: [String], input: String = "", in directory: URL? = nil, environment: [String: String]? = nil
    ) throws -> (stdout: String, stderr: String, status: Int32) {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if let environment { process.environment = environment }
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Write from another thread so that a full stdout pipe cannot block both sides.
        let data = Data(input.utf8)
        let writer = Thread {
            stdin.fileHandleForWriting.write(data)
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self), process.terminationStatus)
    }
}

extension BuiltCommand {
    /// The repository's root directory.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// An environment with no AWS CLI on `PATH` and an empty home: only the bundled `schemas/` are searched.
    static func bundledOnly(home: URL) -> [String: String] {
        ["PATH": "/usr/bin:/bin", "HOME": home.path, "CLI_INPUT_LS_SCHEMAS": repository.appendingPathComponent("schemas").path]
    }
}
