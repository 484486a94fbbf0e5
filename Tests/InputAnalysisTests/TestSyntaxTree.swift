import InputSyntax
import TextModel

/// A small JSON reader for tests: builds the syntax tree with byte ranges, as the real front ends do, for
/// well-formed JSON plus two half-written forms: a member without a value (`"Key": ,` or `"Key": }`) gets a
/// `.missing` value with an empty range, and a member key without a colon at the end of an object is skipped.
enum TestSyntaxTree {
    static func parse(_ text: String) -> SyntaxNode? {
        var reader = Reader(bytes: Array(text.utf8))
        return reader.value()
    }

    private struct Reader {
        let bytes: [UInt8]
        var i = 0

        mutating func space() {
            while i < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 }
        }

        mutating func value() -> SyntaxNode? {
            space()
            guard i < bytes.count else { return nil }
            let start = i
            switch bytes[i] {
            case UInt8(ascii: "{"):
                i += 1
                var members = [SyntaxMember]()
                while true {
                    space()
                    guard i < bytes.count else { break }
                    if bytes[i] == UInt8(ascii: "}") {
                        i += 1
                        break
                    }
                    if bytes[i] == UInt8(ascii: ",") {
                        i += 1
                        continue
                    }
                    let keyStart = i
                    guard let key = string() else { return nil }
                    let keyRange = ByteRange(start: keyStart, end: i)
                    space()
                    guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { continue }
                    i += 1
                    space()
                    if i < bytes.count, bytes[i] == UInt8(ascii: ",") || bytes[i] == UInt8(ascii: "}") {
                        members.append(SyntaxMember(key: key, keyRange: keyRange, value: SyntaxNode(.missing, range: .empty(at: i))))
                        continue
                    }
                    guard let v = value() else { return nil }
                    members.append(SyntaxMember(key: key, keyRange: keyRange, value: v))
                }
                return SyntaxNode(.object(members), range: ByteRange(start: start, end: i))
            case UInt8(ascii: "["):
                i += 1
                var elements = [SyntaxNode]()
                while true {
                    space()
                    guard i < bytes.count else { break }
                    if bytes[i] == UInt8(ascii: "]") {
                        i += 1
                        break
                    }
                    if bytes[i] == UInt8(ascii: ",") {
                        i += 1
                        continue
                    }
                    guard let v = value() else { return nil }
                    elements.append(v)
                }
                return SyntaxNode(.array(elements), range: ByteRange(start: start, end: i))
            case UInt8(ascii: "\""):
                guard let s = string() else { return nil }
                return SyntaxNode(.scalar(Scalar(.string(s), style: .doubleQuoted)), range: ByteRange(start: start, end: i))
            default:
                while i < bytes.count, !",]} \r\n\t".utf8.contains(bytes[i]) { i += 1 }
                let word = String(decoding: bytes[start..<i], as: UTF8.self)
                let kind: ScalarKind =
                    switch word {
                    case "true": .bool(true)
                    case "false": .bool(false)
                    case "null": .null
                    default: word.contains(".") ? .float(Double(word) ?? 0) : .integer(word)
                    }
                return SyntaxNode(.scalar(Scalar(kind, style: .plain)), range: ByteRange(start: start, end: i))
            }
        }

        mutating func string() -> String? {
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { return nil }
            i += 1
            var out = [UInt8]()
            while i < bytes.count, bytes[i] != UInt8(ascii: "\"") {
                if bytes[i] == UInt8(ascii: "\\"), i + 1 < bytes.count {
                    i += 1
                    switch bytes[i] {
                    case UInt8(ascii: "n"): out.append(0x0A)
                    case UInt8(ascii: "t"): out.append(0x09)
                    default: out.append(bytes[i])
                    }
                } else {
                    out.append(bytes[i])
                }
                i += 1
            }
            i += 1
            return String(decoding: out, as: UTF8.self)
        }
    }
}
