/// A source of bytes the connection's reader thread reads from: a file descriptor in production, memory in tests.
///
/// `read` is called from one thread at a time (the reader thread); `interrupt` may be called from any thread.
package protocol ByteInput: Sendable {
    /// Blocks until some bytes are available, the input ends, `interrupt()` is called, or reading fails.
    func read(into buffer: UnsafeMutableRawBufferPointer) -> ReadOutcome
    /// Makes a blocked or later `read` return `.interrupted`.
    func interrupt()
}

/// The result of one `ByteInput.read`.
package enum ReadOutcome: Sendable, Hashable {
    /// This many bytes (at least 1) were stored at the start of the buffer.
    case bytes(Int)
    /// The input has ended (end of file, or the writing side closed).
    case end
    /// `interrupt()` was called.
    case interrupted
    /// Reading failed with this `errno`.
    case failed(Int32)
}
