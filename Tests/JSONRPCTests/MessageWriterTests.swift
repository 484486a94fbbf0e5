import Foundation
import JSONSyntax
import Synchronization
import Testing

@testable import JSONRPC

@Suite("Writing messages")
struct MessageWriterTests {
    /// Message `i` of thread `t`: sizes from a few bytes to 100 KB, with `é`, an emoji and CRLF.
    static func message(thread t: Int, index i: Int) -> Message {
        let text = String(repeating: "é😀\r\n", count: (i * 7919 + t * 104_729) % (i % 50 == 0 ? 12_000 : 60))
        return .notification(method: "t\(t)", params: .object(["i": .integer(Int64(i)), "text": .string(text)]))
    }

    static let threads = 8
    static let perThread = 400

    /// Writes from several threads at once; returns when all are done.
    static func writeConcurrently(_ writer: MessageWriter) async {
        await withTaskGroup(of: Void.self) { group in
            for t in 0..<threads {
                group.addTask {
                    await onThread { for i in 0..<perThread { writer.write(message(thread: t, index: i)) } }
                }
            }
        }
    }

    /// Every message arrived whole, and each thread's messages in the order it wrote them.
    static func checkIntact(_ bytes: [UInt8]) {
        let events = frameEvents(bytes)
        #expect(events.count == threads * perThread)
        var next = [Int](repeating: 0, count: threads)
        for event in events {
            guard case .body(let body) = event, case .success(let message) = Message.decode(body: body),
                case .notification(let method, let params) = message, let t = Int(method.dropFirst()),
                let i = params?["i"]?.intValue, t >= 0, t < threads
            else {
                Issue.record("not a whole message: \(event)")
                return
            }
            #expect(i == next[t])
            #expect(message == Self.message(thread: t, index: i))
            next[t] = i + 1
        }
    }

    @Test func concurrentWritersToMemory() async {
        let output = MemoryOutput()
        await Self.writeConcurrently(MessageWriter(output: output, logger: .silent))
        #expect(output.writeCount == Self.threads * Self.perThread)
        Self.checkIntact(output.bytes)
    }

    @Test func concurrentWritersToAPipe() async throws {
        var fds: [Int32] = [-1, -1]
        #expect(pipe(&fds) == 0)
        let readEnd = fds[0]
        let output = FileDescriptorOutput(descriptor: fds[1])
        // Drain the pipe on another thread while the writers fill it.
        async let collected = onThread { () -> [UInt8] in
            var collected: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while true {
                let n = buffer.withUnsafeMutableBytes { read(readEnd, $0.baseAddress, $0.count) }
                if n <= 0 { break }
                collected += buffer[0..<n]
            }
            close(readEnd)
            return collected
        }
        let writer = MessageWriter(output: output, logger: .silent)
        await Self.writeConcurrently(writer)
        #expect(!writer.isClosed)
        close(fds[1])
        Self.checkIntact(await collected)
    }

    @Test func brokenPipeDoesNotCrash() {
        var fds: [Int32] = [-1, -1]
        #expect(pipe(&fds) == 0)
        close(fds[0])
        defer { close(fds[1]) }
        let log = LogRecorder()
        let writer = MessageWriter(output: FileDescriptorOutput(descriptor: fds[1]), logger: log.logger)
        #expect(writer.write(.notification(method: "gone", params: nil)) == false)
        #expect(writer.isClosed)
        #expect(writer.write(.notification(method: "still gone", params: nil)) == false)
        #expect(log.messages.count == 1)
        #expect(log.messages.first?.contains("errno \(EPIPE)") == true)
    }

    @Test func closedMemoryOutputBehavesLikeABrokenPipe() {
        let output = MemoryOutput()
        let writer = MessageWriter(output: output, logger: .silent)
        #expect(writer.write(.notification(method: "a", params: nil)))
        output.close()
        #expect(!writer.write(.notification(method: "b", params: nil)))
        #expect(decodeOutput(output.bytes) == [.notification(method: "a", params: nil)])
    }

    @Test func loggerDropsMessagesBelowItsLevel() {
        let built = Locked(0)
        let logger = Logger(minimumLevel: .warning) { _, _ in }
        logger.debug(
            {
                built.withLock { $0 += 1 }
                return "debug"
            }())
        logger.error(
            {
                built.withLock { $0 += 1 }
                return "error"
            }())
        #expect(built.withLock { $0 } == 1)
    }
}
