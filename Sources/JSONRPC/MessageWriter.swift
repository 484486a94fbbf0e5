internal import Synchronization

/// The one writer of framed messages to an output (standard output when serving); safe to call from any thread.
///
/// Each message goes out whole, header and body in a single `ByteOutput.write` made while holding a `Mutex`, so
/// messages from different threads never interleave. When the output fails (EPIPE: the client has gone) the
/// writer logs once, closes, and drops every later message: callers never crash and never block on a dead pipe.
package final class MessageWriter: Sendable {
    private let output: any ByteOutput
    private let logger: Logger
    /// Whether the output has failed; guards the output too, which is what serialises the writes.
    private let closed = Mutex(false)

    package init(output: any ByteOutput, logger: Logger = .standardError()) {
        self.output = output
        self.logger = logger
    }

    /// Whether an earlier write failed, so that nothing more is written.
    package var isClosed: Bool { closed.withLock { $0 } }

    /// Frames and writes `message` as compact JSON; returns false when it was not written (output closed).
    @discardableResult
    package func write(_ message: Message) -> Bool {
        write(body: message.encodedBody())
    }

    /// Frames and writes a body that is already JSON; returns false when it was not written.
    @discardableResult
    package func write(body: [UInt8]) -> Bool {
        let header = Array("Content-Length: \(body.count)\r\n\r\n".utf8)
        var frame = [UInt8]()
        frame.reserveCapacity(header.count + body.count)
        frame.append(contentsOf: header)
        frame.append(contentsOf: body)
        return closed.withLock { closed -> Bool in
            guard !closed else { return false }
            let failure = frame.withUnsafeBytes { output.write($0) }
            guard let failure else { return true }
            closed = true
            logger.error("Writing a message failed (errno \(failure)); no further messages will be written")
            return false
        }
    }
}
