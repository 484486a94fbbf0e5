/// A small logger for the connection; by default it writes lines to standard error, never to standard output.
package struct Logger: Sendable {
    package enum Level: Int, Sendable, Hashable, Comparable, CustomStringConvertible {
        case debug
        case info
        case warning
        case error

        package static func < (lhs: Level, rhs: Level) -> Bool { lhs.rawValue < rhs.rawValue }

        package var description: String {
            switch self {
            case .debug: "debug"
            case .info: "info"
            case .warning: "warning"
            case .error: "error"
            }
        }
    }

    /// Messages below this level are dropped without being built.
    package var minimumLevel: Level
    private let sink: @Sendable (Level, String) -> Void

    /// A logger that hands each message to `sink` (tests collect them; the language server may forward them).
    package init(minimumLevel: Level = .info, sink: @escaping @Sendable (Level, String) -> Void) {
        self.minimumLevel = minimumLevel
        self.sink = sink
    }

    /// Lines `PREFIX: LEVEL: message` on standard error, each in one `write` so that threads do not mix.
    package static func standardError(minimumLevel: Level = .info, prefix: String = "cli-input-ls") -> Logger {
        Logger(minimumLevel: minimumLevel) { level, message in
            var line = Array("\(prefix): \(level): \(message)\n".utf8)
            line.withUnsafeMutableBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let written = systemWrite(2, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
                    // Nothing sensible to do when standard error itself fails: drop the line.
                    guard written > 0 else { return }
                    offset += written
                }
            }
        }
    }

    /// A logger that drops everything.
    package static let silent = Logger(minimumLevel: .error) { _, _ in }

    package func log(_ level: Level, _ message: @autoclosure () -> String) {
        guard level >= minimumLevel else { return }
        sink(level, message())
    }

    package func debug(_ message: @autoclosure () -> String) { log(.debug, message()) }
    package func info(_ message: @autoclosure () -> String) { log(.info, message()) }
    package func warning(_ message: @autoclosure () -> String) { log(.warning, message()) }
    package func error(_ message: @autoclosure () -> String) { log(.error, message()) }
}
