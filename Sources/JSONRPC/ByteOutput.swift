/// A sink for framed messages: a file descriptor in production, memory in tests. `MessageWriter` serialises calls.
package protocol ByteOutput: Sendable {
    /// Writes all of `bytes`, or returns the `errno` that stopped it (EPIPE when the reader has gone).
    func write(_ bytes: UnsafeRawBufferPointer) -> Int32?
}
