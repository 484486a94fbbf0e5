import Foundation
import InputSyntax
@testable import YAMLSyntax

/// Renders a parse result the way the oracle script renders a Python value, so that the two compare as strings:
/// `N`, `B1`, `I60`, `F<IEEE bits>`, `S"text"`, `X<hex>`, `D<isoformat>`, `T<isoformat>`, `[…]`, `{k:v,…}`.
enum CanonicalRendering {
    static func render(_ result: ParseResult, source: [UInt8], version: YAMLSchemaVersion) -> String {
        if let error = result.diagnostics.first(where: { $0.severity == .error }) { return "ERR \(error.code)" }
        guard let root = result.root else { return "N" }
        return render(root, source: source, version: version)
    }

    static func render(_ node: SyntaxNode, source: [UInt8], version: YAMLSchemaVersion) -> String {
        switch node.value {
        case .missing:
            return "MISSING"
        case .array(let elements):
            return "[" + elements.map { render($0, source: source, version: version) }.joined(separator: ",") + "]"
        case .object(let members):
            return "{"
                + members.map {
                    renderKey($0, source: source, version: version) + ":" + render($0.value, source: source, version: version)
                }.joined(separator: ",") + "}"
        case .scalar(let scalar):
            return render(scalar.kind)
        }
    }

    static func render(_ kind: ScalarKind) -> String {
        switch kind {
        case .null: return "N"
        case .bool(let b): return b ? "B1" : "B0"
        case .integer(let digits): return "I" + digits
        case .float(let d):
            if d.isNaN { return "Fnan" }
            let hex = String(d.bitPattern, radix: 16)
            return "F" + String(repeating: "0", count: 16 - hex.count) + hex
        case .string(let s): return "S\"" + escape(s) + "\""
        case .binary(let bytes): return "X" + bytes.map { String(format: "%02x", $0) }.joined()
        case .date(let text), .timestamp(let text):
            var bytes = Array(text.utf8)[...]
            if bytes.last == UInt8(ascii: "\n") { bytes = bytes.dropLast() }
            guard let parts = YAMLTimestamp.match(bytes), case .success(let stamp) = YAMLTimestamp.construct(parts)
            else { return "BADTIME" }
            return (stamp.time == nil ? "D" : "T") + stamp.isoformat
        }
    }

    /// Keys carry only their text in the tree; a plain key is resolved again to learn the Python type.
    private static func renderKey(_ member: SyntaxMember, source: [UInt8], version: YAMLSchemaVersion) -> String {
        let first = member.keyRange.start < source.count ? source[member.keyRange.start] : 0
        if [UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "|"), UInt8(ascii: ">")].contains(first) {
            return render(.string(member.key))
        }
        var tag = YAMLScalarResolver.resolve(member.key, version: version)
        // A tagged key (`? !!str 5`): the key range leaves the tag out, so look for it just before.
        var end = member.keyRange.start
        while end > 0, source[end - 1] == UInt8(ascii: " ") { end -= 1 }
        var start = end
        while start > 0, ![UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t")].contains(source[start - 1]) {
            start -= 1
        }
        if end > start, source[start] == UInt8(ascii: "!"), end < member.keyRange.start {
            let text = String(decoding: source[start..<end], as: UTF8.self)
            if text.hasPrefix("!!") { tag = YAMLTag(fullName: "tag:yaml.org,2002:" + text.dropFirst(2)) }
            else if text != "!" { tag = YAMLTag(fullName: text) }
        }
        switch YAMLScalarConstructor.construct(tag, value: member.key, version: version, offset: 0) {
        case .success(let constructed): return render(constructed.kind)
        case .failure: return render(.string(member.key))
        }
    }

    static func escape(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            if scalar.value >= 32 && scalar.value < 127 && scalar != "\\" && scalar != "\"" {
                out.unicodeScalars.append(scalar)
            } else {
                out += "\\u{" + String(scalar.value, radix: 16) + "}"
            }
        }
        return out
    }
}
