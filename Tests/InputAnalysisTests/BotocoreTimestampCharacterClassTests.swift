import Foundation
import InputAnalysis
import Testing

/// Python's `str.isalpha`, `isdigit`, `isdecimal` (with the digit's value) and `isspace` for every code point,
/// against `PythonCharacterClass`: dateutil's lexer and Python's number parsing rest on them, and Swift's Unicode
/// tables are newer than Python 3.11's.
@Suite struct BotocoreTimestampCharacterClassTests {
    static let script = #"""
        import sys, json, unicodedata
        def ranges(predicate):
            out, start = [], None
            for cp in range(0x110000 + 1):
                inside = cp <= 0x10FFFF and not 0xD800 <= cp <= 0xDFFF and predicate(chr(cp))
                if inside and start is None: start = cp
                elif not inside and start is not None: out.append([start, cp - 1]); start = None
            return out
        decimals = [[cp, unicodedata.decimal(chr(cp))] for cp in range(0x110000) if chr(cp).isdecimal()]
        print(json.dumps({"unicode": unicodedata.unidata_version, "alpha": ranges(str.isalpha),
            "digit": ranges(str.isdigit), "space": ranges(str.isspace), "decimal": decimals}))
        """#

    static func ranges(_ predicate: (Unicode.Scalar) -> Bool) -> [[Int]] {
        var out = [[Int]]()
        var start: Int?
        for value in 0...0x11_0000 {
            let inside = Unicode.Scalar(UInt32(value)).map(predicate) ?? false
            if inside, start == nil { start = value }
            if !inside, let first = start {
                out.append([first, value - 1])
                start = nil
            }
        }
        return out
    }

    /// The code points on which two range lists disagree, in hexadecimal, at most 20.
    static func differences(_ python: Any?, _ swift: [[Int]]) -> [String] {
        let expand = { (ranges: [[Int]]) in Set(ranges.flatMap { $0.count == 2 ? Array($0[0]...$0[1]) : [] }) }
        let theirs = expand(python as? [[Int]] ?? [])
        return theirs.symmetricDifference(expand(swift)).sorted().prefix(20).map { String($0, radix: 16) }
    }

    @Test func agreesWithPythonForEveryCodePoint() throws {
        let output = try BotocoreTimestampOracle.python(Self.script, input: "")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(json["unicode"] as? String == "14.0.0")
        #expect(Self.differences(json["alpha"], Self.ranges(PythonCharacterClass.isAlpha)) == [])
        #expect(Self.differences(json["digit"], Self.ranges(PythonCharacterClass.isDigit)) == [])
        #expect(Self.differences(json["space"], Self.ranges(PythonCharacterClass.isSpace)) == [])
        let decimals = (0...0x10_FFFF).compactMap { value -> [Int]? in
            guard let scalar = Unicode.Scalar(UInt32(value)), let digit = PythonCharacterClass.decimalValue(scalar)
            else { return nil }
            return [value, digit]
        }
        let pythonDecimals = (json["decimal"] as? [[Int]]) ?? []
        #expect(Set(pythonDecimals).symmetricDifference(decimals).sorted { $0[0] < $1[0] }.prefix(20) == [])
    }
}
