package import JSONSyntax

extension Message {
    /// Reads one message body; never throws or traps, whatever the bytes.
    ///
    /// The rules, strictest first:
    /// - Not JSON (jansson refuses it: bad syntax, invalid UTF-8, an integer beyond 64 bits) → `ParseError`, id null.
    /// - A JSON array (a JSON-RPC batch) → `InvalidRequest`, id null: LSP never sends batches, so they are refused
    ///   whole with one error rather than half supported.
    /// - Any other non-object → `InvalidRequest`, id null.
    /// - An object with `method` is a request (with `id`) or a notification (without). It needs `"jsonrpc": "2.0"`,
    ///   a string `method`, an integer or string `id` when present, and `params` absent, an object or an array;
    ///   `"params": null` is read as absent, since some clients write it. Anything else → `InvalidRequest`, with the
    ///   id when it could be read.
    /// - An object without `method` but with `result` or `error` is a response: it needs `"jsonrpc": "2.0"`, an id
    ///   (integer, string or null), exactly one of `result` and `error`, and an `error` with an integer `code` and a
    ///   string `message`. A malformed one is reported with `isResponse` set, never answered.
    /// - An object with neither → `InvalidRequest`, with its id when it has a readable one.
    /// Unknown members are ignored.
    package static func decode(body: [UInt8]) -> Result<Message, InvalidMessage> {
        let value: JSONValue
        do {
            value = try JSONValue.decode(body)
        } catch {
            return .failure(InvalidMessage(ResponseError(.parseError, "Parse error: \(error.description)")))
        }
        switch value {
        case .object(let object):
            return decode(object: object)
        case .array:
            return .failure(InvalidMessage(ResponseError(.invalidRequest, "Batch messages are not supported")))
        default:
            return .failure(InvalidMessage(ResponseError(.invalidRequest, "A message must be a JSON object")))
        }
    }

    private static func decode(object: JSONObject) -> Result<Message, InvalidMessage> {
        let idMember = object["id"]
        if let method = object["method"] {
            return decodeCall(object, method: method, idMember: idMember)
        }
        if object["result"] != nil || object["error"] != nil {
            return decodeResponse(object, idMember: idMember)
        }
        return .failure(
            InvalidMessage(
                ResponseError(.invalidRequest, "A message needs a 'method', a 'result' or an 'error'"),
                id: idMember.flatMap(RequestID.init)))
    }

    private static func decodeCall(_ object: JSONObject, method: JSONValue, idMember: JSONValue?) -> Result<
        Message, InvalidMessage
    > {
        let id = idMember.flatMap(RequestID.init)
        func invalid(_ text: String) -> Result<Message, InvalidMessage> {
            .failure(InvalidMessage(ResponseError(.invalidRequest, text), id: id))
        }
        if let idMember, id == nil {
            return invalid("'id' must be an integer or a string, not \(idMember.encode(.compact))")
        }
        guard object["jsonrpc"] == .string("2.0") else { return invalid("'jsonrpc' must be \"2.0\"") }
        guard case .string(let name) = method else { return invalid("'method' must be a string") }
        var params: JSONValue?
        switch object["params"] {
        case nil, .null?: params = nil
        case .object?, .array?: params = object["params"]
        default: return invalid("'params' must be an object or an array")
        }
        if let id { return .success(.request(id: id, method: name, params: params)) }
        return .success(.notification(method: name, params: params))
    }

    private static func decodeResponse(_ object: JSONObject, idMember: JSONValue?) -> Result<Message, InvalidMessage> {
        let id = idMember.flatMap(RequestID.init)
        func invalid(_ text: String) -> Result<Message, InvalidMessage> {
            .failure(InvalidMessage(ResponseError(.invalidRequest, text), id: id, isResponse: true))
        }
        guard let idMember else { return invalid("A response needs an 'id'") }
        if id == nil, !idMember.isNull { return invalid("'id' must be an integer, a string or null") }
        guard object["jsonrpc"] == .string("2.0") else { return invalid("'jsonrpc' must be \"2.0\"") }
        switch (object["result"], object["error"]) {
        case (let result?, nil):
            return .success(.response(id: id, result: .success(result)))
        case (nil, let error?):
            guard let decoded = ResponseError(error) else {
                return invalid("'error' needs an integer 'code' and a string 'message'")
            }
            return .success(.response(id: id, result: .failure(decoded)))
        default:
            return invalid("A response has either a 'result' or an 'error', not both")
        }
    }
}

extension ResponseError {
    /// The error in a response's `error` member, or nil when it lacks an integer `code` or a string `message`.
    package init?(_ value: JSONValue) {
        guard case .object(let object) = value, case .integer(let rawCode)? = object["code"],
            let code = Int(exactly: rawCode), case .string(let message)? = object["message"]
        else { return nil }
        self.init(Code(rawValue: code), message, data: object["data"])
    }
}
