internal import Synchronization

/// An in-memory `ByteOutput` for tests: collects everything written; can be closed to fail like a broken pipe.
package final class MemoryOutput: ByteOutput {
    private struct State {
        var bytes: [UInt8] = []
        var writes = 0
        var closed = false
    }

    private let state = Mutex(State())

    package init() {}

    /// Everything written so far.
    package var bytes: [UInt8] { state.withLock { $0.bytes } }

    /// How many `write` calls succeeded (one per message with `MessageWriter`).
    package var writeCount: Int { state.withLock { $0.writes } }

    /// Makes every later write fail with EPIPE, as a pipe whose reader has gone.
    package func close() {
        state.withLock { $0.closed = true }
    }

    package func write(_ bytes: UnsafeRawBufferPointer) -> Int32? {
        state.withLock { state -> Int32? in
            guard !state.closed else { return 32 }  // EPIPE
            state.bytes.append(contentsOf: bytes)
            state.writes += 1
            return nil
        }
    }
}
