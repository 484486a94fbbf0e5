internal import CJansson
internal import Glibc

/// Decoding and encoding of `JSONValue` through jansson: the fast path for model files, data files and protocol
/// messages. User documents go through `JSONParser`, which keeps positions and tolerates errors.
extension JSONValue {
    /// A document jansson could not read.
    package struct DecodingError: Error, Sendable, Hashable, CustomStringConvertible {
        package var message: String
        /// 1-based line and column as jansson reports them; 0 when unknown.
        package var line: Int
        package var column: Int
        /// Byte position of the error.
        package var position: Int

        package var description: String {
            line > 0 ? "\(message) (line \(line), column \(column))" : message
        }
    }

    /// Parses `bytes` as one JSON value of any type.
    package static func decode(_ bytes: some Collection<UInt8>) throws(DecodingError) -> JSONValue {
        var error = json_error_t()
        let root: UnsafeMutablePointer<json_t>? = bytes.withContiguousStorageIfAvailable { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                json_loadb(chars.baseAddress, chars.count, size_t(JSON_DECODE_ANY | JSON_ALLOW_NUL), &error)
            }
        } ?? Array(bytes).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                json_loadb(chars.baseAddress, chars.count, size_t(JSON_DECODE_ANY | JSON_ALLOW_NUL), &error)
            }
        }
        guard let root else {
            let text = withUnsafeBytes(of: error.text) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            throw DecodingError(
                message: text, line: Int(error.line), column: Int(error.column), position: Int(error.position))
        }
        defer { cjansson_decref(root) }
        return convert(root)
    }

    /// Parses a UTF-8 string as one JSON value.
    package static func decode(_ text: String) throws(DecodingError) -> JSONValue {
        try decode(Array(text.utf8))
    }

    private static func convert(_ json: UnsafeMutablePointer<json_t>) -> JSONValue {
        switch json_type(rawValue: UInt32(cjansson_typeof(json))) {
        case JSON_OBJECT:
            var object = JSONObject()
            var iter = json_object_iter(json)
            while let it = iter {
                let keyPointer = json_object_iter_key(it)
                let keyLength = json_object_iter_key_len(it)
                let key = keyPointer.map {
                    String(decoding: UnsafeRawBufferPointer(start: $0, count: keyLength), as: UTF8.self)
                } ?? ""
                if let value = json_object_iter_value(it) {
                    object.appendUnchecked(key, convert(value))
                }
                iter = json_object_iter_next(json, it)
            }
            return .object(object)
        case JSON_ARRAY:
            let n = json_array_size(json)
            var array = [JSONValue]()
            array.reserveCapacity(n)
            for i in 0..<n {
                if let element = json_array_get(json, i) { array.append(convert(element)) }
            }
            return .array(array)
        case JSON_STRING:
            let length = json_string_length(json)
            guard let pointer = json_string_value(json) else { return .string("") }
            return .string(String(decoding: UnsafeRawBufferPointer(start: pointer, count: length), as: UTF8.self))
        case JSON_INTEGER:
            return .integer(Int64(json_integer_value(json)))
        case JSON_REAL:
            return .double(json_real_value(json))
        case JSON_TRUE:
            return .bool(true)
        case JSON_FALSE:
            return .bool(false)
        default:
            return .null
        }
    }
}

extension JSONValue {
    /// How `encode` lays out text.
    package enum EncodingStyle: Sendable {
        /// Python's `json.dumps(value, indent=4)`: 4-space indent, `", "`-free line ends, `": "`, non-ASCII as
        /// `\uXXXX`. The AWS CLI prints skeletons this way.
        case pythonIndent4
        /// One line, no spaces, UTF-8 as is: protocol messages.
        case compact
        /// 4-space indent like `pythonIndent4`, but UTF-8 as is: files written for people.
        case indent4
    }

    /// The value as JSON text (without a trailing newline).
    package func encode(_ style: EncodingStyle = .compact) -> String {
        guard let json = makeJansson() else { return "null" }
        defer { cjansson_decref(json) }
        let flags: Int32
        switch style {
        case .pythonIndent4:
            flags = Int32(cjansson_indent(4)) | JSON_ENSURE_ASCII | JSON_ENCODE_ANY
        case .compact:
            flags = JSON_COMPACT | JSON_ENCODE_ANY
        case .indent4:
            flags = Int32(cjansson_indent(4)) | JSON_ENCODE_ANY
        }
        guard let text = json_dumps(json, Int(flags)) else { return "null" }
        defer { free(text) }
        var result = String(cString: text)
        if style == .pythonIndent4 { result = Self.lowercaseUnicodeEscapes(result) }
        return result
    }

    /// jansson writes `\u00E9`; Python writes `\u00e9`.
    private static func lowercaseUnicodeEscapes(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "\\")) else { return text }
        var bytes = Array(text.utf8)
        var i = 0
        while i + 5 < bytes.count {
            if bytes[i] == UInt8(ascii: "\\") {
                if bytes[i + 1] == UInt8(ascii: "u") {
                    for k in (i + 2)...(i + 5) where bytes[k] >= UInt8(ascii: "A") && bytes[k] <= UInt8(ascii: "F") {
                        bytes[k] += 32
                    }
                    i += 6
                    continue
                }
                i += 2
                continue
            }
            i += 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func makeJansson() -> UnsafeMutablePointer<json_t>? {
        switch self {
        case .null:
            return json_null()
        case .bool(let b):
            return b ? json_true() : json_false()
        case .integer(let i):
            return json_integer(json_int_t(i))
        case .double(let d):
            return json_real(d)
        case .string(let s):
            if s.isEmpty { return json_stringn_nocheck("", 0) }
            var s = s
            return s.withUTF8 { buffer in
                buffer.withMemoryRebound(to: CChar.self) { json_stringn_nocheck($0.baseAddress, $0.count) }
            }
        case .array(let elements):
            let array = json_array()
            for e in elements {
                if let child = e.makeJansson() { json_array_append_new(array, child) }
            }
            return array
        case .object(let object):
            let json = json_object()
            for (key, value) in object {
                guard let child = value.makeJansson() else { continue }
                if key.isEmpty {
                    _ = json_object_setn_new_nocheck(json, "", 0, child)
                    continue
                }
                var key = key
                key.withUTF8 { buffer in
                    buffer.withMemoryRebound(to: CChar.self) {
                        _ = json_object_setn_new_nocheck(json, $0.baseAddress, $0.count, child)
                    }
                }
            }
            return json
        }
    }
}
