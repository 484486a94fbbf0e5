import InputSyntax
import TextModel

extension JSONParser {
    /// An object or array the parser has opened and not yet closed, with what it has read so far.
    ///
    /// The parser keeps these on an explicit stack instead of recursing, so the depth of the input never
    /// reaches the call stack.
    struct Frame: Sendable {
        /// What the container expects next.
        enum State: Sendable, Equatable {
            /// Object: a key or `}` (right after `{`, or after a recovered member).
            case expectKey
            /// Object: a key; `}` here means a trailing comma.
            case expectKeyAfterComma
            /// Object: the `:` after a key.
            case expectColon
            /// Object: the value after `:`. Array: an element or `]` (right after `[`).
            case expectValue
            /// Array: an element; `]` here means a trailing comma.
            case expectValueAfterComma
            /// Object or array: `,` or the closing bracket.
            case expectSeparator
        }

        let isObject: Bool
        /// The opening bracket, UTF-8 byte offset, 0-based.
        let start: Int
        /// Where this container's members (or elements) start in the parser's shared scratch array.
        let firstItem: Int
        var state: State
        /// The index in the parser's member scratch of the member whose key was read and whose value has not,
        /// or -1. A value read while there is none is read and dropped: it stands where a key was expected
        /// (`{1: 2}`, `{"a": 1 [2]}`). Keeping the index rather than the key keeps frames free of reference
        /// counting.
        var pendingMember = -1
        /// The end of the last key read, UTF-8 byte offset: where a missing `:` belongs.
        var keyEnd = 0
        /// The last comma, UTF-8 byte offset, for the trailing-comma diagnostic. Offsets rather than ranges
        /// throughout: building a `ByteRange` is a call into another module, and every container has a frame.
        var comma = 0
        /// End of the last key or value read, UTF-8 byte offset: where a missing `,` belongs.
        var lastEnd: Int
        /// Whether the last value or key was an unterminated string: its diagnostic already explains what
        /// follows, so a missing `,` after it is not reported again.
        var lastWasUnterminated = false

        init(isObject: Bool, start: Int, firstItem: Int) {
            self.isObject = isObject
            self.start = start
            self.firstItem = firstItem
            self.state = isObject ? .expectKey : .expectValue
            self.lastEnd = start + 1
        }

        /// Whether a key waits for its value.
        var hasKey: Bool { pendingMember >= 0 }

        /// The closing bracket this container needs.
        var closer: String { isObject ? "}" : "]" }
    }
}
