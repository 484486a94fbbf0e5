/// Why a connection stopped reading.
package enum InputEnd: Sendable, Hashable {
    /// The input reached its end: the client closed its side (or exited) without necessarily sending `exit`.
    case endOfInput
    /// Reading failed with this `errno`.
    case readFailed(Int32)
    /// `Connection.stop()` was called.
    case stopped
}
