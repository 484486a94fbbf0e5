import JSONSyntax

/// What the first bytes of a skipped body reveal about the message: its top-level `id` and `method`, and which
/// other top-level members start there.
///
/// A shallow scan of a bounded prefix, never a parse of the whole body: it walks the top-level object's members,
/// stepping over nested values by counting brackets outside strings, and stops at the end of the prefix. A member
/// whose value is cut off still counts as present; its value is read only when complete. Clients write `id` and
/// `method` before `params` (vscode-jsonrpc writes `jsonrpc`, `id`, `method`, `params`), so both are normally
/// found in the first few dozen bytes.
package struct BodyPeek: Sendable, Hashable {
    package var id: RequestID?
    package var method: String?
    /// Whether a top-level `params` member starts in the prefix.
    package var hasParams = false
    /// Whether a top-level `result` or `error` member starts in the prefix.
    package var hasResultOrError = false

    package init(id: RequestID? = nil, method: String? = nil, hasParams: Bool = false, hasResultOrError: Bool = false) {
        self.id = id
        self.method = method
        self.hasParams = hasParams
        self.hasResultOrError = hasResultOrError
    }

    /// Whether the body is certainly a request with a known id, so that an error response reaches its sender.
    package var isRequest: Bool { id != nil && (method != nil || hasParams) && !hasResultOrError }

    /// Whether the body is certainly a response with a known id.
    package var isResponse: Bool { id != nil && hasResultOrError && method == nil && !hasParams }

    /// Scans `prefix`, the first bytes of a body (any length; linear time, no recursion).
    package init(scanning prefix: [UInt8]) {
        var scanner = Scanner(bytes: prefix)
        scanner.scanTopLevel(into: &self)
    }

    private struct Scanner {
        let bytes: [UInt8]
        var i = 0

        mutating func scanTopLevel(into peek: inout BodyPeek) {
            skipWhitespace()
            guard byte == UInt8(ascii: "{") else { return }
            i += 1
            while true {
                skipWhitespace()
                guard let b = byte else { return }
                if b == UInt8(ascii: ",") {
                    i += 1
                    continue
                }
                guard b == UInt8(ascii: "\"") else { return }
                let keyStart = i + 1
                guard let afterKey = endOfString(from: i) else { return }
                let key = bytes[keyStart..<(afterKey - 1)]
                i = afterKey
                skipWhitespace()
                guard byte == UInt8(ascii: ":") else { return }
                i += 1
                skipWhitespace()
                if key.elementsEqual("params".utf8) { peek.hasParams = true }
                if key.elementsEqual("result".utf8) || key.elementsEqual("error".utf8) { peek.hasResultOrError = true }
                let valueStart = i
                guard let valueEnd = endOfValue(from: i) else { return }
                i = valueEnd
                if key.elementsEqual("id".utf8) {
                    peek.id = (try? JSONValue.decode(bytes[valueStart..<valueEnd])).flatMap(RequestID.init)
                } else if key.elementsEqual("method".utf8) {
                    peek.method = (try? JSONValue.decode(bytes[valueStart..<valueEnd]))?.stringValue
                }
            }
        }

        var byte: UInt8? { i < bytes.count ? bytes[i] : nil }

        mutating func skipWhitespace() {
            while let b = byte, b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { i += 1 }
        }

        /// The index just past the string that starts at `start` (a quote), or nil when the prefix ends inside it.
        func endOfString(from start: Int) -> Int? {
            var j = start + 1
            while j < bytes.count {
                switch bytes[j] {
                case UInt8(ascii: "\\"): j += 2
                case UInt8(ascii: "\""): return j + 1
                default: j += 1
                }
            }
            return nil
        }

        /// The index just past the value that starts at `start`, or nil when the prefix ends inside it. Brackets
        /// are counted without checking that they pair up: the scan only needs to find where the value ends.
        func endOfValue(from start: Int) -> Int? {
            guard start < bytes.count else { return nil }
            switch bytes[start] {
            case UInt8(ascii: "\""):
                return endOfString(from: start)
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                var depth = 0
                var j = start
                while j < bytes.count {
                    switch bytes[j] {
                    case UInt8(ascii: "\""):
                        guard let end = endOfString(from: j) else { return nil }
                        j = end
                        continue
                    case UInt8(ascii: "{"), UInt8(ascii: "["):
                        depth += 1
                    case UInt8(ascii: "}"), UInt8(ascii: "]"):
                        depth -= 1
                        if depth == 0 { return j + 1 }
                    default:
                        break
                    }
                    j += 1
                }
                return nil
            default:
                var j = start
                while j < bytes.count {
                    switch bytes[j] {
                    case UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x09, 0x0A, 0x0D: return j
                    default: j += 1
                    }
                }
                return nil
            }
        }
    }
}
