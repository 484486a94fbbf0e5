import JSONSyntax

/// A document read with `JSONPullReader` and written the way `PythonJSONOracle` writes Python values, so that the
/// two can be compared as text; nil when the reader refuses the document.
///
/// Numbers are taken as written (`readNumberToken`), so integers of any length compare exactly. Containers are
/// walked with an explicit stack, as the reader itself does.
enum PullReaderCanonicalForm {
    struct Refusal: Error {
        var error: JSONValue.DecodingError
    }

    static func of(_ document: [UInt8]) -> Result<String, Refusal> {
        var reader = JSONPullReader(bytes: document)
        do {
            let text = try read(&reader)
            try reader.finish()
            return .success(text)
        } catch {
            return .failure(Refusal(error: error))
        }
    }

    private struct Open {
        var isObject: Bool
        var keys: [String] = []
        var values: [String] = []
        var index: [String: Int] = [:]
        var pendingKey = ""

        mutating func add(_ value: String) {
            guard isObject else {
                values.append(value)
                return
            }
            if let i = index[pendingKey] {
                values[i] = value
            } else {
                index[pendingKey] = keys.count
                keys.append(pendingKey)
                values.append(value)
            }
        }

        var text: String {
            guard isObject else { return "[" + values.joined(separator: ",") + "]" }
            var out = "{"
            for (i, key) in keys.enumerated() {
                if i > 0 { out += "," }
                PythonCanonicalForm.writeString(key, into: &out)
                out += ":" + values[i]
            }
            return out + "}"
        }
    }

    private static func read(_ reader: inout JSONPullReader) throws(JSONValue.DecodingError) -> String {
        var open = [Open]()
        while true {
            var complete: String?
            switch try reader.peekKind() {
            case .object:
                try reader.beginObject()
                open.append(Open(isObject: true))
            case .array:
                try reader.beginArray()
                open.append(Open(isObject: false))
            case .string:
                var out = "s"
                PythonCanonicalForm.writeString(try reader.readString(), into: &out)
                complete = out
            case .number:
                complete = number(try reader.readNumberToken(), in: reader.bytes)
            case .bool:
                complete = try reader.readBool() ? "T" : "F"
            case .null:
                try reader.readNull()
                complete = "N"
            }
            while true {
                if let value = complete {
                    guard !open.isEmpty else { return value }
                    open[open.count - 1].add(value)
                    complete = nil
                }
                guard let innermost = open.last else { break }
                if innermost.isObject {
                    if let key = try reader.nextKey() {
                        open[open.count - 1].pendingKey = reader.string(of: key)
                        break
                    }
                } else if try reader.nextElement() {
                    break
                }
                complete = open.removeLast().text
            }
        }
    }

    private static func number(_ number: JSONPullReader.Number, in bytes: [UInt8]) -> String {
        let written = String(decoding: bytes[number.start..<number.end], as: UTF8.self)
        if number.isInteger {
            return "i" + (written.allSatisfy { $0 == "-" || $0 == "0" } ? "0" : written)
        }
        let value = Double(written) ?? .nan
        if value.isNaN { return "nan" }
        let hex = String(value.bitPattern, radix: 16)
        return "f" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
