package import JSONSyntax

/// How the AWS CLI pages an operation (`paginators-1.json`): which input members carry the token and the page size.
package struct Paginator: Sendable, Hashable {
    /// Input members that carry the continuation token (`NextToken`, `Marker`…).
    package var inputTokens: [String]
    /// The input member that limits a page (`MaxResults`), when there is one.
    package var limitKey: String?

    package init(inputTokens: [String], limitKey: String?) {
        self.inputTokens = inputTokens
        self.limitKey = limitKey
    }

    /// The paginators of a `paginators-1.json` document, by API operation name.
    package static func decode(_ json: JSONValue) -> [String: Paginator] {
        var result = [String: Paginator]()
        for (name, value) in json["pagination"]?.objectValue ?? JSONObject() {
            let tokens: [String]
            switch value["input_token"] {
            case .string(let token): tokens = [token]
            case .array(let list): tokens = list.compactMap(\.stringValue)
            default: tokens = []
            }
            result[name] = Paginator(inputTokens: tokens, limitKey: value["limit_key"]?.stringValue)
        }
        return result
    }
}
