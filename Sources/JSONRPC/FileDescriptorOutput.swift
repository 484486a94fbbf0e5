#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// Writes to a file descriptor (standard output when serving) with plain `write` calls: no buffering, so every
/// message is on its way when `write` returns.
///
/// Creating one ignores `SIGPIPE` for the whole process: a client that goes away must surface as `EPIPE` here,
/// not kill the server.
package final class FileDescriptorOutput: ByteOutput {
    package let descriptor: Int32
    private let ownsDescriptor: Bool

    /// Writes `descriptor`; closes it on deinit only when `ownsDescriptor` is set (never for standard output).
    package init(descriptor: Int32 = 1, ownsDescriptor: Bool = false) {
        self.descriptor = descriptor
        self.ownsDescriptor = ownsDescriptor
        _ = signal(SIGPIPE, SIG_IGN)
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
    }

    package func write(_ bytes: UnsafeRawBufferPointer) -> Int32? {
        var offset = 0
        while offset < bytes.count {
            let written = systemWrite(descriptor, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
            if written > 0 {
                offset += written
                continue
            }
            if written < 0 {
                let code = errno
                if code == EINTR { continue }
                if code == EAGAIN {
                    // A non-blocking descriptor that is full: wait until it drains rather than spin.
                    var fds = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                    _ = poll(&fds, 1, -1)
                    continue
                }
                return code
            }
            return EIO
        }
        return nil
    }
}
