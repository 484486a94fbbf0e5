/// The fixed operation names of the botocore that will run the commands: its `_xform_cache` entries for `-`.
///
/// The AWS CLI names operations with its own botocore's table; releases add entries (botocore 1.43.11 has 21, 1.44.5
/// has 51), so an operation such as `CreateOAuth2Token` is `create-o-auth2-token` in one and `create-oauth2-token`
/// in the other. The installed CLI's table wins; without one, the built-in table (the bundle's botocore) applies.
package enum XformExceptions {
    /// The table of the botocore whose data directory is `dataDirectory`, read from its `__init__.py`; nil when the
    /// file cannot be read or holds no table.
    package static func installed(dataDirectory: String) -> [String: String]? {
        let initFile = FileSystem.join(FileSystem.directoryName(dataDirectory), "__init__.py")
        guard let bytes = try? FileSystem.readFile(initFile, limit: 1 << 22) else { return nil }
        return parse(String(decoding: bytes, as: UTF8.self))
    }

    /// The `('Name', '-'): 'name'` pairs of the `_xform_cache = {...}` literal in botocore's `__init__.py`.
    ///
    /// Works on UTF-8 bytes: the literal is ASCII Python, and walking the file by `Character` cost several
    /// million instructions on every start of the command line.
    package static func parse(_ source: String) -> [String: String]? {
        let bytes = Array(source.utf8)
        let opener = Array("_xform_cache = {".utf8)
        guard let start = firstIndex(of: opener, in: bytes) else { return nil }
        // The literal's bytes without comments and whitespace: `('A','-'):'a',('B','_'):'b',...`.
        var compact = [UInt8]()
        var inComment = false
        var quote: UInt8?
        scan: for byte in bytes[(start + opener.count)...] {
            if let q = quote {
                compact.append(byte)
                if byte == q { quote = nil }
                continue
            }
            if inComment {
                if byte == UInt8(ascii: "\n") { inComment = false }
                continue
            }
            switch byte {
            case UInt8(ascii: "#"): inComment = true
            case UInt8(ascii: "'"), UInt8(ascii: "\""):
                quote = byte
                compact.append(byte)
            case UInt8(ascii: "}"): break scan
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), 0x0B, 0x0C: continue
            default: compact.append(byte)
            }
        }
        var result = [String: String]()
        var i = 0
        func literal() -> String? {
            guard i < compact.count, compact[i] == UInt8(ascii: "'") || compact[i] == UInt8(ascii: "\"") else {
                return nil
            }
            let q = compact[i]
            var j = i + 1
            while j < compact.count, compact[j] != q { j += 1 }
            guard j < compact.count else { return nil }
            defer { i = j + 1 }
            return String(decoding: compact[(i + 1)..<j], as: UTF8.self)
        }
        func expect(_ c: Unicode.Scalar) -> Bool {
            guard i < compact.count, compact[i] == UInt8(ascii: c) else { return false }
            i += 1
            return true
        }
        while i < compact.count {
            let entryStart = i
            if expect("("), let name = literal(), expect(","), let separator = literal(), expect(",") || true,
                expect(")"), expect(":"), let value = literal()
            {
                if separator == "-" { result[name] = value }
                _ = expect(",")
            } else {
                i = entryStart + 1
            }
        }
        return result.isEmpty ? nil : result
    }

    /// The offset of the first occurrence of `needle` in `haystack`.
    static func firstIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        var i = 0
        while i + needle.count <= haystack.count {
            if haystack[i] == needle[0], haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}
