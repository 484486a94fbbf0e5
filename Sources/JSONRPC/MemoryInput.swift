internal import Dispatch
internal import Synchronization

/// An in-memory `ByteInput` for tests: each appended chunk is delivered by its own `read` (split only when the
/// reader's buffer is smaller), so tests choose exactly where chunk boundaries fall.
package final class MemoryInput: ByteInput {
    private struct State {
        var chunks: [[UInt8]] = []
        /// Index of the next chunk to deliver, and the offset inside it.
        var head = 0
        var offset = 0
        var closed = false
        var interrupted = false
        /// Reads performed, so that tests can check nothing is read after the end.
        var reads = 0
    }

    private let state = Mutex(State())
    /// Counts wake-ups (a chunk, the end, an interruption); `read` waits on it while there is nothing to return.
    private let available = DispatchSemaphore(value: 0)

    package init(chunks: [[UInt8]] = [], closed: Bool = false) {
        state.withLock {
            $0.chunks = chunks
            $0.closed = closed
        }
        for _ in 0..<(chunks.count + (closed ? 1 : 0)) { available.signal() }
    }

    /// Queues one chunk; ignored after `close()` (bytes after the end of input are never read).
    package func append(_ chunk: [UInt8]) {
        guard !chunk.isEmpty else { return }
        let accepted = state.withLock { state -> Bool in
            guard !state.closed else { return false }
            state.chunks.append(chunk)
            return true
        }
        if accepted { available.signal() }
    }

    /// Ends the input once the queued chunks are read.
    package func close() {
        state.withLock { $0.closed = true }
        available.signal()
    }

    /// How many `read` calls have returned.
    package var readCount: Int { state.withLock { $0.reads } }

    package func read(into buffer: UnsafeMutableRawBufferPointer) -> ReadOutcome {
        guard buffer.count > 0 else { return .failed(22) }  // EINVAL
        while true {
            available.wait()
            let outcome = state.withLock { state -> ReadOutcome? in
                if state.interrupted { return .interrupted }
                if state.head < state.chunks.count {
                    let chunk = state.chunks[state.head]
                    let count = min(buffer.count, chunk.count - state.offset)
                    chunk.withUnsafeBytes { source in
                        buffer.copyMemory(
                            from: UnsafeRawBufferPointer(rebasing: source[state.offset..<(state.offset + count)]))
                    }
                    state.offset += count
                    if state.offset == chunk.count {
                        state.chunks[state.head] = []
                        state.head += 1
                        state.offset = 0
                    }
                    state.reads += 1
                    return .bytes(count)
                }
                if state.closed {
                    state.reads += 1
                    return .end
                }
                return nil
            }
            guard let outcome else { continue }
            // Leave the wake-up for the next read when this one did not use up its reason: the rest of a chunk
            // split by a small buffer, or the end and interruption, which every later read must see too.
            let again = state.withLock { state in
                state.interrupted || (state.head < state.chunks.count && state.offset > 0)
                    || (outcome == .end && state.closed)
            }
            if again { available.signal() }
            return outcome
        }
    }

    package func interrupt() {
        state.withLock { $0.interrupted = true }
        available.signal()
    }
}
