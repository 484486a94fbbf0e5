#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// Reads a file descriptor (standard input when serving), waiting in `poll` so that `interrupt()` can wake it.
///
/// A private pipe carries the interruption: `interrupt()` writes a byte to it, and every later `read` sees it
/// readable and returns `.interrupted` without touching the input.
package final class FileDescriptorInput: ByteInput {
    package let descriptor: Int32
    private let ownsDescriptor: Bool
    /// The wake-up pipe's read end (polled) and write end (written by `interrupt`); -1 if `pipe` failed, in which
    /// case `interrupt` cannot wake a blocked read and only the end of input stops it.
    private let wakeRead: Int32
    private let wakeWrite: Int32

    /// Reads `descriptor`; closes it on deinit only when `ownsDescriptor` is set (never for standard input).
    package init(descriptor: Int32 = 0, ownsDescriptor: Bool = false) {
        self.descriptor = descriptor
        self.ownsDescriptor = ownsDescriptor
        var fds: [Int32] = [-1, -1]
        if pipe(&fds) == 0 {
            // Non-blocking, so that repeated interrupts cannot block on a full pipe.
            _ = fcntl(fds[1], F_SETFL, fcntl(fds[1], F_GETFL) | O_NONBLOCK)
            _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC)
            _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
        }
        self.wakeRead = fds[0]
        self.wakeWrite = fds[1]
    }

    deinit {
        if wakeRead >= 0 { close(wakeRead) }
        if wakeWrite >= 0 { close(wakeWrite) }
        if ownsDescriptor { close(descriptor) }
    }

    package func read(into buffer: UnsafeMutableRawBufferPointer) -> ReadOutcome {
        guard buffer.count > 0 else { return .failed(EINVAL) }
        while true {
            var fds = [
                pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0),
                pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0),
            ]
            let ready = fds.withUnsafeMutableBufferPointer { poll($0.baseAddress, nfds_t(wakeRead >= 0 ? 2 : 1), -1) }
            if ready < 0 {
                if errno == EINTR { continue }
                return .failed(errno)
            }
            if fds[1].revents != 0 { return .interrupted }
            if fds[0].revents & Int16(POLLNVAL) != 0 { return .failed(EBADF) }
            // Data, hang-up or error: `read` tells which (hang-up reads as 0 once the data is drained).
            let count = systemRead(descriptor, buffer.baseAddress, buffer.count)
            if count > 0 { return .bytes(count) }
            if count == 0 { return .end }
            switch errno {
            case EINTR, EAGAIN: continue
            default: return .failed(errno)
            }
        }
    }

    package func interrupt() {
        guard wakeWrite >= 0 else { return }
        var byte: UInt8 = 1
        _ = systemWrite(wakeWrite, &byte, 1)
    }
}

/// The C library's `read`, named apart from `ByteInput.read`.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(fd, buffer, count)
}

/// The C library's `write`, named apart so that calls inside types cannot pick up a method.
func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(fd, buffer, count)
}
