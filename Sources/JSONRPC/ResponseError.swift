package import JSONSyntax

/// The `error` member of a JSON-RPC response: a numeric code, a message and optional data.
///
/// This is also the error the connection's own APIs report, for example when a request to the peer cannot be
/// delivered or answered (see `Connection.request(_:params:)`).
package struct ResponseError: Error, Sendable, Hashable, CustomStringConvertible {
    package var code: Code
    package var message: String
    package var data: JSONValue?

    package init(_ code: Code, _ message: String, data: JSONValue? = nil) {
        self.code = code
        self.message = message
        self.data = data
    }

    package var description: String { "\(code) (\(code.rawValue)): \(message)" }

    /// A JSON-RPC or LSP error code; the named ones are those JSON-RPC 2.0 and LSP 3.17 define.
    package struct Code: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        package var rawValue: Int

        package init(rawValue: Int) { self.rawValue = rawValue }

        /// The body is not JSON (JSON-RPC).
        package static let parseError = Code(rawValue: -32700)
        /// The JSON is not a valid request object (JSON-RPC).
        package static let invalidRequest = Code(rawValue: -32600)
        /// The method does not exist or is not available (JSON-RPC).
        package static let methodNotFound = Code(rawValue: -32601)
        /// The parameters are invalid (JSON-RPC).
        package static let invalidParams = Code(rawValue: -32602)
        /// An error inside the server (JSON-RPC).
        package static let internalError = Code(rawValue: -32603)
        /// A request other than `initialize` came before `initialize` (LSP).
        package static let serverNotInitialized = Code(rawValue: -32002)
        /// An error without a more precise code (LSP).
        package static let unknownErrorCode = Code(rawValue: -32001)
        /// The request was well formed but failed (LSP 3.17).
        package static let requestFailed = Code(rawValue: -32803)
        /// The server cancelled a request that supports server cancellation (LSP 3.17).
        package static let serverCancelled = Code(rawValue: -32802)
        /// The document changed in a way that made the result meaningless (LSP).
        package static let contentModified = Code(rawValue: -32801)
        /// The client cancelled the request (LSP).
        package static let requestCancelled = Code(rawValue: -32800)

        private static let names: [Int: String] = [
            -32700: "ParseError", -32600: "InvalidRequest", -32601: "MethodNotFound", -32602: "InvalidParams",
            -32603: "InternalError", -32002: "ServerNotInitialized", -32001: "UnknownErrorCode",
            -32803: "RequestFailed", -32802: "ServerCancelled", -32801: "ContentModified",
            -32800: "RequestCancelled",
        ]

        /// The specification's name for a named code, else the number.
        package var description: String { Self.names[rawValue] ?? String(rawValue) }
    }
}
