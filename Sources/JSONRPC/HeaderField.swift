/// One `name: value` header line, split and trimmed; the value is kept as bytes.
struct HeaderField {
    let name: ArraySlice<UInt8>
    let value: ArraySlice<UInt8>

    /// The field in `line` (without its line end), or nil when the line has no `:` or its name is not an HTTP token.
    init?(_ line: [UInt8]) {
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let name = Self.trimmed(line[..<colon])
        guard !name.isEmpty, name.allSatisfy(Self.isTokenByte) else { return nil }
        self.name = name
        self.value = Self.trimmed(line[(colon + 1)...])
    }

    var isContentLength: Bool {
        name.count == 14 && zip(name, "content-length".utf8).allSatisfy { FrameDecoder.lowercased($0) == $1 }
    }

    /// The value as a non-negative decimal of 1 to 18 digits (so it cannot overflow), else nil.
    var decimalValue: Int? {
        guard !value.isEmpty, value.count <= 18 else { return nil }
        var result = 0
        for b in value {
            guard b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9") else { return nil }
            result = result * 10 + Int(b - UInt8(ascii: "0"))
        }
        return result
    }

    private static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var slice = bytes
        while let first = slice.first, first == 0x20 || first == 0x09 { slice = slice.dropFirst() }
        while let last = slice.last, last == 0x20 || last == 0x09 { slice = slice.dropLast() }
        return slice
    }

    /// RFC 9110's `tchar`: letters, digits and ``!#$%&'*+-.^_`|~``.
    private static func isTokenByte(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return "!#$%&'*+-.^_`|~".utf8.contains(b)
        }
    }
}
