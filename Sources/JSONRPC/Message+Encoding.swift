package import JSONSyntax

extension Message {
    /// The message as a JSON-RPC 2.0 object, members in the conventional order (`jsonrpc`, `id`, `method`,
    /// `params` / `result` / `error`); absent `params` and `data` are left out.
    package var jsonValue: JSONValue {
        var object = JSONObject()
        object.appendUnchecked("jsonrpc", .string("2.0"))
        switch self {
        case .request(let id, let method, let params):
            object.appendUnchecked("id", id.jsonValue)
            object.appendUnchecked("method", .string(method))
            if let params { object.appendUnchecked("params", params) }
        case .notification(let method, let params):
            object.appendUnchecked("method", .string(method))
            if let params { object.appendUnchecked("params", params) }
        case .response(let id, .success(let result)):
            object.appendUnchecked("id", id?.jsonValue ?? .null)
            object.appendUnchecked("result", result)
        case .response(let id, .failure(let error)):
            object.appendUnchecked("id", id?.jsonValue ?? .null)
            object.appendUnchecked("error", error.jsonValue)
        }
        return .object(object)
    }

    /// The message body: compact JSON (no spaces, UTF-8 as is), encoded by jansson.
    package func encodedBody() -> [UInt8] {
        Array(jsonValue.encode(.compact).utf8)
    }
}

extension ResponseError {
    /// The `error` member's object: `code`, `message`, and `data` when present.
    package var jsonValue: JSONValue {
        var object = JSONObject()
        object.appendUnchecked("code", .integer(Int64(code.rawValue)))
        object.appendUnchecked("message", .string(message))
        if let data { object.appendUnchecked("data", data) }
        return .object(object)
    }
}
