/// Whole values: skipped (validated, nothing kept) or read into a `JSONValue`. Both walk nested containers with an
/// explicit stack, so depth costs no call stack.
extension JSONPullReader {
    /// Consumes the next value, whatever it is, checking it as strictly as any other read.
    package mutating func skipValue() throws(JSONValue.DecodingError) {
        var open = skipStack
        skipStack = []
        open.removeAll(keepingCapacity: true)
        defer { skipStack = open }
        while true {
            switch try peekKind() {
            case .object:
                try beginObject()
                open.append(true)
            case .array:
                try beginArray()
                open.append(false)
            case .string: _ = try readStringToken()
            case .number: _ = try readNumberToken()
            case .bool: _ = try readBool()
            case .null: try readNull()
            }
            // Close every container that has no more items, until one has another value to read.
            while let isObject = open.last {
                if isObject {
                    if try nextKey() != nil { break }
                } else if try nextElement() {
                    break
                }
                open.removeLast()
            }
            if open.isEmpty { return }
        }
    }

    /// Consumes the next value and returns it. A key repeated in an object keeps its first position and its last
    /// value, as in Python's `dict`.
    package mutating func readValue() throws(JSONValue.DecodingError) -> JSONValue {
        var open = [OpenContainer]()
        while true {
            var complete: JSONValue?
            switch try peekKind() {
            case .object:
                try beginObject()
                open.append(OpenContainer(isObject: true))
            case .array:
                try beginArray()
                open.append(OpenContainer(isObject: false))
            case .string: complete = .string(try readString())
            case .number: complete = try readNumberValue()
            case .bool: complete = .bool(try readBool())
            case .null:
                try readNull()
                complete = .null
            }
            // Hand finished values to their container and close the containers that end, until one has another
            // value to read.
            while true {
                if let value = complete {
                    guard !open.isEmpty else { return value }
                    open[open.count - 1].add(value)
                    complete = nil
                }
                guard let innermost = open.last else { break }
                if innermost.isObject {
                    if let key = try nextKey() {
                        open[open.count - 1].pendingKey = string(of: key)
                        break
                    }
                } else if try nextElement() {
                    break
                }
                complete = open.removeLast().value
            }
        }
    }
}

/// An object or array `readValue` is filling.
private struct OpenContainer {
    let isObject: Bool
    var object = JSONObject()
    var elements: [JSONValue] = []
    /// The key whose value comes next.
    var pendingKey = ""
    /// Where each key is, once the object is large enough that searching its keys would cost more.
    var positions: [String: Int]?

    init(isObject: Bool) {
        self.isObject = isObject
    }

    var value: JSONValue { isObject ? .object(object) : .array(elements) }

    mutating func add(_ value: JSONValue) {
        guard isObject else {
            elements.append(value)
            return
        }
        if positions == nil, object.count >= 16 {
            var index = [String: Int](minimumCapacity: object.count * 2)
            for (i, key) in object.keys.enumerated() { index[key] = i }
            positions = index
        }
        if positions != nil {
            if positions?[pendingKey] == nil {
                positions?[pendingKey] = object.count
                object.appendUnchecked(pendingKey, value)
            } else {
                object[pendingKey] = value
            }
        } else {
            object[pendingKey] = value
        }
    }
}
