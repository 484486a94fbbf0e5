import ArgumentParser
internal import Glibc

/// Prints `message` as one line on standard error, prefixed with the program name, and returns the exit code to
/// throw. Commands use it for every user-facing failure so that none ends in a stack trace.
func failure(_ message: String, code: Int32) -> ExitCode {
    writeStandardError("cli-input-ls: \(message)\n")
    return ExitCode(code)
}

/// Writes `text` to standard error unbuffered.
func writeStandardError(_ text: String) {
    var text = text
    text.withUTF8 { buffer in
        var offset = 0
        while offset < buffer.count {
            let n = write(2, buffer.baseAddress! + offset, buffer.count - offset)
            if n <= 0 { break }
            offset += n
        }
    }
}

/// Writes `text` to standard output as is (no newline added).
func writeStandardOutput(_ text: String) {
    var text = text
    text.withUTF8 { buffer in
        guard let base = buffer.baseAddress else { return }
        var offset = 0
        while offset < buffer.count {
            let n = write(1, base + offset, buffer.count - offset)
            if n <= 0 { break }
            offset += n
        }
    }
}

/// Exit codes shared by the commands.
enum ExitCodes {
    /// Findings of error severity, or a requested item that exists but cannot be produced.
    static let findings: Int32 = 1
    /// Usage errors (unknown names, bad options) and I/O errors.
    static let usage: Int32 = 2
}
