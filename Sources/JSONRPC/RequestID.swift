package import JSONSyntax

/// The id of a JSON-RPC request: an integer or a string, as LSP's `integer | string`.
///
/// Ids of requests the peer sends and ids of requests this side sends live in separate namespaces: a response is
/// matched only against requests that went the other way.
package enum RequestID: Sendable, Hashable, CustomStringConvertible {
    case number(Int)
    case string(String)

    /// The id in `value`, or nil when `value` is not an integer or a string.
    ///
    /// A number with a fraction or exponent (`1.0`, `1e3`) is refused: JSON-RPC says ids should not have fractional
    /// parts, and echoing `1.0` back as `1` could fail the peer's own matching.
    package init?(_ value: JSONValue) {
        switch value {
        case .integer(let i):
            guard let n = Int(exactly: i) else { return nil }
            self = .number(n)
        case .string(let s):
            self = .string(s)
        default:
            return nil
        }
    }

    package var jsonValue: JSONValue {
        switch self {
        case .number(let n): .integer(Int64(n))
        case .string(let s): .string(s)
        }
    }

    /// The id as JSON text, so that log lines tell `1` from `"1"`.
    package var description: String { jsonValue.encode(.compact) }
}
