import Foundation

/// Generates YAML documents for the differential test: realistic `--cli-input-yaml` files, every interesting
/// plain scalar form, tags, anchors and merges, document markers, and random mutations of all of these.
struct YAMLDocumentGenerator {
    private var rng: SplitMix64

    init(seed: UInt64) {
        rng = SplitMix64(seed: seed)
    }

    /// Plain scalars whose resolution differs between YAML 1.1, YAML 1.2 and intuition.
    static let interestingScalars = [
        "yes", "no", "on", "off", "y", "n", "Yes", "NO", "true", "True", "TRUE", "tRUE", "false", "False", "FALSE",
        "~", "null", "Null", "NULL", "nULL", "0777", "0o777", "0o8", "0o", "1:30", "1:30.5", "190:20:30", "0x1F",
        "0X1F", "0x", "0x_", "0xg", "-0x1f", "+0o17", "0b101", "0b2", "0b_1", "1_000", "1__0", "_1", "1_", ".5", "5.",
        "+1", "-1", "+0", "-0", "00", "007", "08", "09.5", "0.0", "-0.0", "+.inf", "-.inf", ".inf", ".Inf", ".INF",
        ".iNF", ".nan", ".NaN", ".NAN", "-.nan", "+.nan", "1e3", "1E3", "1e+3", "1e-3", "1.5e-3", ".5e3", ".5e+3",
        "-.5e-3", "1_0.0_1", "1.e5", "1e400", "-1e400", "1e-400", "._5", "._", "1.2.3", "2020-01-01", "2020-1-1",
        "2020-01-1", "2020-01-01 10:00:00", "2020-01-01T10:00:00Z", "2020-01-01t10:00:00.123+05:30",
        "2020-01-01 10:00:00 -5", "2020-01-01  10:00:00.9999996", "2020-01-01T1:00:00", "2020-1-1T10:00:00",
        "2020-01-01T10:00:00.", "2020-01-01T10:00:00+24", "2020-01-01T10:00:00-23:59", "2020-13-01", "2020-02-30",
        "2020-02-29", "2019-02-29", "0000-01-01", "9999-12-31T23:59:59.9999999", "2020-01-01 24:00:00",
        "2020-01-01 10:60:00", "2020-01-01 10:00:60", "20200101", "1577872800", "1577872800.5",
        "123456789012345678901234567890123456", "=", "<<", "12:30:45", "a b", "hello world", "http://x.y/z",
        "a:b", "-", "--", "-a", "?x", "x?", "@", "`", "é", "😀", "a #b", "1 2", "0xDEAD_BEEF", "-_", "+_", "0_",
        "0o_7", "1e", "1e+", "e3", ".e3", "inf", "nan", "Infinity", "1,000", "$1", "1%",
    ]

    static let keys = [
        "Filters", "InstanceIds", "MaxResults", "NextToken", "DryRun", "Tags", "Name", "Values", "Key", "Description",
        "StartTime", "CommandId", "Details", "\"Quoted Key\"", "'single'", "é-key", "emoji😀", "a b",
    ]

    mutating func documents(count: Int) -> [String] {
        var out: [String] = []
        out.reserveCapacity(count)
        for index in 0..<count {
            switch index % 10 {
            case 0, 1, 2, 3: out.append(realistic())
            case 4, 5: out.append(scalarDocument())
            case 6: out.append(structural())
            default: out.append(mutate(index % 3 == 0 ? scalarDocument() : realistic()))
            }
        }
        return out
    }

    // MARK: realistic files

    mutating func realistic() -> String {
        var lines: [String] = []
        if chance(0.2) { lines.append("# cli-input: ssm list-command-invocations") }
        if chance(0.1) { lines.append("---") }
        var usedKeys: Set<String> = []
        for _ in 0..<int(1...6) {
            var key = pick(Self.keys)
            if usedKeys.contains(key), chance(0.9) { continue }
            if chance(0.1) { key = pick(Self.interestingScalars.filter { !$0.contains(":") && !$0.contains("#") && !$0.hasPrefix("-") && !$0.hasPrefix("?") && !$0.hasPrefix("@") && !$0.hasPrefix("`") && $0 != "<<" }) }
            usedKeys.insert(key)
            lines.append(contentsOf: member(key: key, indent: 0, depth: 0))
        }
        if chance(0.1) { lines.append("...") }
        var text = lines.joined(separator: "\n") + (chance(0.8) ? "\n" : "")
        if chance(0.15) { text = text.replacingOccurrences(of: "\n", with: "\r\n") }
        if chance(0.05) { text = "\u{FEFF}" + text }
        return text
    }

    private mutating func member(key: String, indent: Int, depth: Int) -> [String] {
        let pad = String(repeating: " ", count: indent)
        let comment = chance(0.1) ? "  # note é" : ""
        switch depth >= 2 ? 0 : int(0...5) {
        case 0, 1:
            return ["\(pad)\(key): \(scalar())\(comment)"]
        case 2:
            let items = (0..<int(0...4)).map { _ in scalar() }
            if chance(0.5) || items.isEmpty { return ["\(pad)\(key): [\(items.joined(separator: ", "))]"] }
            let dash = chance(0.5) ? pad + "  " : pad
            return ["\(pad)\(key):\(comment)"] + items.map { "\(dash)- \($0)" }
        case 3:
            var lines = ["\(pad)\(key):"]
            for _ in 0..<int(1...3) {
                let itemPad = pad + "  "
                lines.append("\(itemPad)- Key: \(scalar())")
                lines.append("\(itemPad)  Values:")
                for _ in 0..<int(0...3) { lines.append("\(itemPad)    - \(scalar())") }
                if chance(0.3) { lines.append("\(itemPad)  Values: [dup]") }
            }
            return lines
        case 4:
            var lines = ["\(pad)\(key):"]
            for _ in 0..<int(1...3) {
                lines.append(contentsOf: member(key: pick(Self.keys), indent: indent + 2, depth: depth + 1))
            }
            return lines
        default:
            let style = pick(["|", ">", "|-", ">+", "|2"])
            var lines = ["\(pad)\(key): \(style)"]
            for _ in 0..<int(1...3) { lines.append("\(pad)  \(pick(["line é", "  more", "", "😀 text", "a: b"]))") }
            return lines
        }
    }

    /// A scalar as it may appear after `key: `.
    private mutating func scalar() -> String {
        switch int(0...9) {
        case 0...3: return pick(Self.interestingScalars.filter { !$0.contains("#") && !$0.hasPrefix("-") && !$0.hasPrefix("?") && !$0.hasPrefix("@") && !$0.hasPrefix("`") && !$0.contains(": ") && $0 != "-" })
        case 4: return pick(["i-0123456789abcdef0", "STATUS", "Success", "my value", "Ünïcødé", "😀 emoji", "x"])
        case 5: return String(int(0...2_000_000_000)) + (chance(0.3) ? "." + String(int(0...999)) : "")
        case 6: return "\"" + pick(["plain", "é\\u00e9", "tab\\there", "quote\\\"d", "\\x41", "\\U0001F600", "multi\\nline", "", "1", "true"]) + "\""
        case 7: return "'" + pick(["it''s", "", "0777", "yes", "é", "a: b", "# not a comment"]) + "'"
        case 8: return pick([
            "!!int \"5\"", "!!int '0x10'", "!!str 5", "!!float \"1e3\"", "!!float '.5'", "!!bool yes", "!!bool \"off\"",
            "!!null \"\"", "!!null x", "!!binary aGVsbG8=", "!!binary \"aGVsbG8\"", "!!timestamp \"2020-1-1\"",
            "!!timestamp 2020-01-01 10:00:00", "!foo x", "!!foo x", "! 123", "! \"123\"", "!!str", "!!int", "!!int \"\"",
            "!!int \"0b101\"", "!!int \" 7 \"", "!!float \"nan\"", "!!float \"-inf\"", "!!bool \"maybe\"",
            "!<tag:yaml.org,2002:int> \"8\"", "!!seq [a]", "!!map {a: 1}", "!!str [a]", "!!omap [a: 1, b: 2]",
            "!!pairs [a: 1, a: 2]", "!!omap [a: 1, a: 2]", "!!int [1]",
        ])
        default: return ""
        }
    }

    // MARK: scalar-focused and structural documents

    mutating func scalarDocument() -> String {
        let value = pick(Self.interestingScalars)
        switch int(0...5) {
        case 0: return value
        case 1: return "v: \(value)\n"
        case 2: return "- \(value)\n- \(pick(Self.interestingScalars))\n"
        case 3: return "[\(value), \(pick(Self.interestingScalars))]"
        case 4: return "\(value): x\n\(pick(Self.interestingScalars)): y\n"
        default: return "%YAML 1.1\n---\nv: \(value)\n"
        }
    }

    mutating func structural() -> String {
        pick([
            "a: &a {x: 1, y: 2}\nb: &b {x: 3, z: 4}\nc:\n  <<: [*a, *b]\n  y: 9\n",
            "base: &base\n  Key: STATUS\n  Values: [Success]\nFilters:\n  - <<: *base\n  - <<: *base\n    Key: Other\n",
            "a: &x 1\nb: &x 2\nc: *x\n", "a: *y\n", "a: &x [1, *x]\n", "<<: {a: 1}\na: 2\na: 3\n",
            "<<: []\na: 1\na: 2\n", "<<: 1\n", "<<: [1]\n", "<<: {a: 1}\n<<: {b: 2}\n", "\"<<\": {a: 1}\n",
            "a: 1\n---\nb: 2\n", "a: 1\n...\n", "a: 1\n...\nb: 2\n", "", "# only a comment\n", "---\n", "---\n...\n",
            "---\n---\n", "a: 1\n---\n", "1: a\ntrue: b\n", "1: a\n1.0: b\n", ".nan: a\n.NaN: b\n", "~: a\nnull: b\n",
            "0x10: a\n16: b\n", "2020-01-01: a\n2020-1-1: b\n", "'a': 1\na: 2\n", "? [a, b]\n: c\n",
            "? {a: b}\n: c\n", "{a: 1, b: [2, {c: 3}]}", "[1, [2, [3, [4]]]]", "a: {b: }\n", "{a, b: 1}",
            "- a\n-\n- c\n", "a:\n  - b\n  -\n", "%YAML 1.1\n---\na: yes\nb: 0777\nc: 1:30\n", "%YAML 1.2\n---\na: yes\n",
            "%YAML 1.3\n---\na: 1\n", "%YAML 2.0\n---\na: 1\n", "%TAG !e! tag:yaml.org,2002:\n---\na: !e!int \"5\"\n",
            "a: =\n", "=: 1\n", "a: <<\n", "key: \"unterminated\n", "key: [1, 2\n", "key: {a: 1\n", "a:\n\tb: 1\n",
            "a: b: c\n", "- a\nb: c\n", "a: 'x\n  y'\n", "a: |\n  x\n b\n", "\u{FEFF}a: 1\n", "a: \"\\x00\"\n",
            "a: \"\\ud800\"\n", "a: @x\n", "a: `x\n", "&a a: b\n*a : c\n", "a: !!binary |\n  aGVs\n  bG8=\n",
            "a:\r\n  - b\r\n  - c\r\n", "a: 'é😀'\nb: é😀\n", "a: [b, c]]\n", "a: 1\n b: 2\n", "? a\n? b\n",
            "a: |-\n  text\n\n\n", "- - - a\n  - b\n- c\n", "a: *\n", "a: &\n", "a: !\n", "a: &x\nb: *x\n",
            "a: [1,\n2]", "a: {b: 1,\nc: 2}", "a: \"x\ny\"", "a:\n  b\n  c", "a: 'x\n\n  y'", "a: b\r c: d",
            "a: b\rc: d", "- [a,\n  b]\n", "key: &a !!str x", "key: !!str &a x", "a: [b, c]d", "\"a\"b: c",
            "a: - b", "a: 1 # c\n# d\nb: 2", "a: >\n  x\n\n  y\n", "a: >-\n\n  x", "a: |+\n  x\n\n",
            "top: |\n  a\n    b\n  c\n", "a: x\u{85}b: y", "a: x\u{2028}b", "k: \"\\x85\\N\\_\\L\\P\"",
            "a: \"\\t\\/\\ \\e\\0\"", "a: [a b, c d]", "{? a: b}", "[? a: b]", "a: {b}", "a: !!binary |\n  aGVs\n  bG8=\n",
            "[\"a\":b]", "[\"a\": b]", "[{\"a\":b}]", "[\"a\":]", "[a:1]", "{\"a\":1}",
        ])
    }

    // MARK: mutations

    mutating func mutate(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        let inserts: [Unicode.Scalar] = [":", "-", " ", " ", "\t", "\n", "#", "'", "\"", "[", "]", "{", "}", ",", "&",
            "*", "!", "|", ">", "?", "%", "@", "`", "é", "😀", "0", "a", "."]
        for _ in 0..<int(1...3) {
            guard !scalars.isEmpty else { break }
            let at = int(0...(scalars.count - 1))
            switch int(0...4) {
            case 0: scalars.remove(at: at)
            case 1, 2: scalars.insert(pick(inserts), at: at)
            case 3: scalars[at] = pick(inserts)
            default:
                var lines = String(String.UnicodeScalarView(scalars)).split(separator: "\n", omittingEmptySubsequences: false)
                guard lines.count > 1 else { break }
                let i = int(0...(lines.count - 1))
                if chance(0.5) { lines.insert(lines[i], at: i) } else { lines[i] = " " + lines[i] }
                scalars = Array(lines.joined(separator: "\n").unicodeScalars)
            }
        }
        return String(String.UnicodeScalarView(scalars))
    }

    // MARK: randomness

    private mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(rng.next() % UInt64(range.count))
    }

    private mutating func chance(_ p: Double) -> Bool {
        Double(rng.next() % 1_000_000) / 1_000_000 < p
    }

    private mutating func pick<T>(_ items: [T]) -> T {
        items[int(0...(items.count - 1))]
    }
}
