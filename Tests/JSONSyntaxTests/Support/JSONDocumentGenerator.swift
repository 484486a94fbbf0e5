/// Generates JSON documents for the differential test: valid ones in the shapes AWS CLI input files take, and
/// broken ones made from them by small edits with the characters that matter to a JSON reader.
struct JSONDocumentGenerator {
    private var random: SplitMix64

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    // MARK: - Valid documents

    /// A valid document as UTF-8 bytes.
    mutating func validDocument() -> [UInt8] {
        var out = [UInt8]()
        if chance(0.9) {
            object(depth: 0, into: &out)
        } else {
            value(depth: 0, into: &out)
        }
        if chance(0.3) { whitespace(into: &out) }
        return out
    }

    private static let keys = [
        "Filters", "Name", "Values", "InstanceIds", "MaxResults", "DryRun", "Tags", "Key", "Value", "é", "ключ",
        "emoji😀", "", "with space", "Quote\\\"d", "Escaped\\u00e9", "BlockDeviceMappings", "a",
    ]

    private static let strings = [
        "", "running", "i-0123456789abcdef0", "é", "😀", "日本語", "tab\\there", "line\\nbreak", "\\\"quoted\\\"",
        "back\\\\slash", "\\/slash", "\\b\\f\\r", "\\u0000", "\\u00E9", "\\ud83d\\ude00", "\\ud800", "\\udfff",
        "\\ud800x", "\\ud800\\u0041", "'single'", "{not: json}", "[1, 2]", "\u{7F}", "\u{2028}", "\u{FEFF}",
        "//comment", "/* c */", "\u{A0}nbsp",
    ]

    private static let numbers = [
        "0", "-0", "1", "-1", "42", "1234567890123456789012345678901234567890", "0.5", "-0.0", "1e3", "1E+3",
        "1e-3", "2.5e10", "1e400", "-1e400", "1e-400", "0e0", "NaN", "Infinity", "-Infinity",
    ]

    private mutating func value(depth: Int, into out: inout [UInt8]) {
        let roll = Int.random(in: 0..<10, using: &random)
        if depth < 6, roll == 0 {
            object(depth: depth + 1, into: &out)
        } else if depth < 6, roll == 1 {
            array(depth: depth + 1, into: &out)
        } else if roll < 6 {
            out += Array("\"\(pick(Self.strings))\"".utf8)
        } else if roll < 8 {
            out += Array(pick(Self.numbers).utf8)
        } else {
            out += Array(pick(["true", "false", "null"]).utf8)
        }
    }

    private mutating func object(depth: Int, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        let count = Int.random(in: 0...4, using: &random)
        var used = [String]()
        for index in 0..<count {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            whitespace(into: &out)
            // Sometimes a duplicate key: valid, the last value wins.
            let key = !used.isEmpty && chance(0.1) ? pick(used) : pick(Self.keys)
            used.append(key)
            out += Array("\"\(key)\"".utf8)
            whitespace(into: &out)
            out.append(UInt8(ascii: ":"))
            whitespace(into: &out)
            value(depth: depth, into: &out)
            whitespace(into: &out)
        }
        if count == 0 { whitespace(into: &out) }
        out.append(UInt8(ascii: "}"))
    }

    private mutating func array(depth: Int, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "["))
        let count = Int.random(in: 0...4, using: &random)
        for index in 0..<count {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            whitespace(into: &out)
            value(depth: depth, into: &out)
            whitespace(into: &out)
        }
        if count == 0 { whitespace(into: &out) }
        out.append(UInt8(ascii: "]"))
    }

    private mutating func whitespace(into out: inout [UInt8]) {
        guard chance(0.5) else { return }
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            out += Array(pick([" ", "\t", "\n", "\r\n", "\r", "    "]).utf8)
        }
    }

    // MARK: - Broken documents

    /// Pieces inserted or substituted by mutations: JSON's structural characters, parts of literals and
    /// numbers, and bytes a strict reader must refuse.
    private static let pieces: [[UInt8]] = {
        let text: [String] = [
            "{", "}", "[", "]", ":", ",", "\"", "\\", "'", " ", "\t", "\n", "\r", "0", "1", "9", "-", "+", ".",
            "e", "E", "NaN", "Infinity", "-Infinity", "true", "nul", "u", "\\u", "\\u12", "\\x", "/", "//", "/*",
            "*/", "\u{0}", "\u{1}", "\u{1F}", "\u{7F}", "\u{A0}", "\u{FEFF}", "é", "😀", "a", "x", "\u{B}",
            "\u{C}", "#", "=",
        ]
        // Invalid UTF-8: a byte that never starts a sequence, a lead without its continuation, a lone
        // continuation, an encoded surrogate, an overlong form, a code point above U+10FFFF, a truncated
        // sequence; and a byte-order mark.
        let bytes: [[UInt8]] = [
            [0xFF], [0xC3], [0x80], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82],
            [0xEF, 0xBB, 0xBF],
        ]
        return text.map { Array($0.utf8) } + bytes
    }()

    /// `document` changed by one to three random edits.
    mutating func mutated(_ document: [UInt8]) -> [UInt8] {
        var bytes = document
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            let position = bytes.isEmpty ? 0 : Int.random(in: 0...bytes.count, using: &random)
            switch Int.random(in: 0..<6, using: &random) {
            case 0, 1:
                bytes.insert(contentsOf: pick(Self.pieces), at: position)
            case 2:
                if position < bytes.count { bytes.remove(at: position) }
            case 3:
                if position < bytes.count { bytes.replaceSubrange(position...position, with: pick(Self.pieces)) }
            case 4:
                if position + 1 < bytes.count { bytes.swapAt(position, position + 1) }
            default:
                bytes = Array(bytes[0..<position])
            }
        }
        return bytes
    }

    // MARK: - Helpers

    private mutating func chance(_ probability: Double) -> Bool {
        Double.random(in: 0..<1, using: &random) < probability
    }

    private mutating func pick<T>(_ items: [T]) -> T {
        items[Int.random(in: 0..<items.count, using: &random)]
    }
}
